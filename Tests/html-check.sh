#!/usr/bin/env bash
# Renders the comparison report in a real headless browser and checks what it drew.
#
#   Tests/html-check.sh [REPORT_DIR]
#
# Builds budgetlab (debug), runs `compare` on Scenarios/world-poor-start.yaml into REPORT_DIR
# (default: a temporary folder), then with Debian's chromium (installed with apt-get if missing):
#   - --dump-dom: the DOM the browser built has the five charts, every strategy's lines, bands
#     and allocation panel, the ranking table with one row per strategy, and no network request
#     was needed (the page has no URL to fetch);
#   - --screenshot: REPORT_DIR/report.png, to look at.
# The ranking's numbers are checked against the JSON written by `simulate` for the same run.
# CI does not run this (chromium is slow to install); the Swift tests check the HTML text.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if ! command -v chromium >/dev/null 2>&1; then
    echo "installing chromium..." >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

scratch="${SCRATCH_PATH:-.build}"
swift build --scratch-path "$scratch" --product budgetlab >/dev/null
bin="$scratch/debug/budgetlab"
world=Scenarios/world-poor-start.yaml
rm -f "$out/sim.json"
"$bin" simulate --world "$world" --months 24 --seeds 10 --format json --output "$out/sim.json"
"$bin" compare --from "$out/sim.json" --report "$out" >/dev/null

flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --hide-scrollbars)
chromium "${flags[@]}" --dump-dom "file://$out/report.html" 2>/dev/null > "$out/dom.html"
chromium "${flags[@]}" --window-size=1000,3600 --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null

python3 - "$out" <<'PY'
import json, re, sys
out = sys.argv[1]
dom = open(f"{out}/dom.html", encoding="utf-8").read()
summary = json.load(open(f"{out}/sim.json"))
names = [s["name"] for s in summary["strategies"]]
problems = []
for chart in ["chart-cumulative", "chart-allocation", "chart-roi", "chart-regret", "chart-regret-time"]:
    if not re.search(rf'<svg[^>]*id="{chart}"', dom):
        problems.append(f"missing chart {chart}")
for name in names:
    for cls, count in [("band", 1), ("series", 3), ("regret-bar", 1), ("allocation-panel", 1)]:
        found = len(re.findall(rf'class="{cls}" data-strategy="{re.escape(name)}"', dom))
        if found != count:
            problems.append(f"{name}: {found} {cls} elements, expected {count}")
rows = re.findall(r"<tr>(.*?)</tr>", dom.split('id="ranking-table"')[1].split("</table>")[0], re.S)
body = [r for r in rows if "<td" in r]
if len(body) != len(names):
    problems.append(f"ranking table has {len(body)} rows for {len(names)} strategies")
by_name = {s["name"]: s for s in summary["strategies"]}
for row in body:
    name = re.findall(r"<td>([^<]*)</td>", row)[0]
    for key, value in re.findall(r'data-key="([^"]+)" data-value="([^"]+)"', row):
        if float(value) != float(by_name[name][key]):
            problems.append(f"{name} {key}: table {value}, JSON {by_name[name][key]}")
if re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", dom.replace("http://www.w3.org/2000/svg", "")):
    problems.append("the page refers to a URL")
if problems:
    print("html-check: FAILED\n  " + "\n  ".join(problems))
    sys.exit(1)
print(f"html-check: OK: 5 charts, {len(names)} strategies, ranking numbers equal the JSON; screenshot {out}/report.png")
PY
