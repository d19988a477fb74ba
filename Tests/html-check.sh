#!/usr/bin/env bash
# Checks every HTML report BudgetLab writes in a real headless browser, in every language.
#
#   Tests/html-check.sh [OUT_DIR]
#
# `.ci/run` runs it after `swift test`; it runs by hand the same way. It installs what it needs
# from Debian when missing (chromium, fonts-noto-cjk, fontconfig, python3) and FAILS (exit 1)
# when it cannot: a browser check that silently skips would prove nothing. Then it builds
# budgetlab (debug), runs Tests/html-check.py's self-test (the CJK font check must reject a page
# drawn without CJK fonts), and for each language in `langs` and each report below writes the
# report with its JSON into OUT_DIR/LANG/REPORT/ (default: a temporary folder) and checks it
# with Tests/html-check.py: the DOM Chromium built has every chart and table, the numbers equal
# the JSON, nothing is fetched from the network, and Chinese text is drawn with a real CJK font.
# A screenshot of each page is left beside it (report.png).
#
# To check a new HTML report (or SVG chart): add a `report_NAME` function below that writes
# DIR/report.html (or DIR/report.svg) and DIR/data.json, add NAME to `reports`, and add a
# `check_NAME` to CHECKS in html-check.py.
set -euo pipefail
cd "$(dirname "$0")/.."

# The languages every report is checked in (each run passes --lang, so LANG cannot change it).
langs=(en zh)
reports=(compare plan)

out="${1:-$(mktemp -d)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list ':charset=4e2d' family)" ]; then need+=(fonts-noto-cjk); fi
if [ ${#need[@]} -gt 0 ]; then
    echo "html-check: installing ${need[*]} from Debian..." >&2
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"; } >/dev/null; then
        echo "html-check: FAILED: cannot install ${need[*]} (apt-get needs root and the Debian mirror); the reports were not checked" >&2
        exit 1
    fi
fi

scratch="${SCRATCH_PATH:-.build}"
swift build --scratch-path "$scratch" --product budgetlab >/dev/null
bin="$scratch/debug/budgetlab"

python3 Tests/html-check.py --self-test

# compare: a simulation written as JSON, then its report. The world's name is Chinese so that
# CJK text is rendered (and font-checked) in every language.
report_compare() {
    local dir="$1"
    shift
    sed 's/^name: .*/name: 抖音与小红书：起点不佳的预算 (world with a poor starting mix)/' Scenarios/world-poor-start.yaml >"$dir/world.yaml"
    rm -f "$dir/data.json"
    "$bin" simulate --world "$dir/world.yaml" --months 24 --seeds 10 --format json --output "$dir/data.json"
    "$bin" compare --from "$dir/data.json" --report "$dir" "$@" >/dev/null
}

# plan: an annual plan as JSON, and its chart (an SVG page).
report_plan() {
    local dir="$1"
    shift
    "$bin" plan Scenarios/annual-plan-b2c.yaml --format json --chart "$dir/report.svg" "$@" >"$dir/data.json"
}

for lang in "${langs[@]}"; do
    flags=(--lang "$lang")
    for report in "${reports[@]}"; do
        dir="$out/$lang/$report"
        mkdir -p "$dir"
        "report_$report" "$dir" ${flags[@]+"${flags[@]}"}
        page="$dir/report.html"
        [ -f "$page" ] || page="$dir/report.svg"
        python3 Tests/html-check.py "$report" "$page" "$dir/data.json" --screenshot "$dir/report.png" --lang "$lang"
    done
done
echo "html-check: OK: ${reports[*]} in ${langs[*]}; pages and screenshots in $out"
