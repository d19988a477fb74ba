#!/bin/sh
# Runs the libFuzzer targets of issue 11 (Sources/FuzzChecks, driver Benchmarks/fuzz/target)
# for a given time each, both at once, at nice 10, and prints inputs run, exec/s and findings.
#
#   scenario: scenario parser + validator + optimiser; an exit-0 plan must obey every rule
#             (checked independently, PlanCheck) with a bound on the right side.
#   history:  history CSV reader + media-mix fit; every ROI finite and inside its interval.
#
# A crash, an abort, a finding in words (which aborts) or an input running over 10 s is saved
# under $OUT/<target>/crashes/. Replay one with the normally built driver:
#   swift build --product budgetlab-fuzz && .build/debug/budgetlab-fuzz scenario FILE
# and add it to Tests/FuzzTests/regressions/<target>/ once fixed (FuzzRegressionTests replays
# that folder in `swift test`).
#
# Usage: Benchmarks/fuzz/run.sh [SECONDS_EACH] [scenario|history|both]   (default 600, both)
set -eu
SECONDS_EACH=${1:-600}
WHICH=${2:-both}
OUT=${FUZZ_OUT:-.build/fuzz-runs}
# The fuzzer build has its own scratch path (coverage-instrumented, -DFUZZING selects libFuzzer's driver).
[ -d .build/fuzz/checkouts ] || { mkdir -p .build/fuzz && cp -r .build/checkouts .build/repositories .build/workspace-state.json .build/fuzz/ 2>/dev/null || true; }
nice -n 10 swift build -c release --product budgetlab-fuzz --sanitize fuzzer -Xswiftc -DFUZZING --scratch-path .build/fuzz >&2
BIN=.build/fuzz/release/budgetlab-fuzz

run() {
    target=$1
    mkdir -p "$OUT/$target/corpus" "$OUT/$target/seeds" "$OUT/$target/crashes"
    if [ "$target" = scenario ]; then
        cp Scenarios/*.yaml Scenarios/errors/*.yaml "$OUT/$target/seeds/"
        rm -f "$OUT/$target/seeds/"world-*.yaml
        dict="-dict=Benchmarks/fuzz/scenario.dict"
    else
        cp Tests/FuzzTests/corpus/history/*.csv "$OUT/$target/seeds/"
        dict=""
    fi
    cp Tests/FuzzTests/regressions/"$target"/* "$OUT/$target/seeds/" 2>/dev/null || true
    # SWIFT_BACKTRACE=enable=no: a Swift runtime trap reaches libFuzzer's handler, which saves the input.
    SWIFT_BACKTRACE=enable=no BUDGETLAB_FUZZ_TARGET=$target nice -n 10 "$BIN" "$OUT/$target/corpus" "$OUT/$target/seeds" $dict \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -artifact_prefix="$OUT/$target/crashes/" -print_final_stats=1 >"$OUT/$target/log.txt" 2>&1 || true
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$OUT/$target/log.txt" | grep -o '[0-9]*$' || echo "?")
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$OUT/$target/log.txt" | grep -o '[0-9]*$' || echo "?")
    found=$(ls "$OUT/$target/crashes" | wc -l)
    echo "$target: $runs inputs in ${SECONDS_EACH} s ($rate exec/s), $found saved in $OUT/$target/crashes/"
}

case $WHICH in
    both) run scenario & run history & wait ;;
    *) run "$WHICH" ;;
esac
echo "load: $(uptime)"
