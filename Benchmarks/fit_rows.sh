#!/bin/sh
# Fit time against rows (issue 11, point 7: linear in rows, 10⁶ daily rows in under a minute).
# For each row count, writes a daily history with a known truth (Benchmarks/make_daily.py,
# seed fixed at 1 before any result was seen), fits it with the release binary under
# /usr/bin/time -v, and prints CPU and wall time, peak memory, the load, and each channel's
# fitted ROI and 90% interval against the true ROI.
# Usage: Benchmarks/fit_rows.sh [ROWS ...]   (default 10000 100000 1000000; needs python3)
set -eu
BIN=${BIN:-.build/release/budgetlab}
[ -x "$BIN" ] || swift build -c release --product budgetlab >&2
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
[ $# -gt 0 ] || set -- 10000 100000 1000000
printf '%9s  %8s  %8s  %8s  %s\n' rows cpu_s wall_s peak_MB "load (1 min)"
for rows in "$@"; do
    python3 Benchmarks/make_daily.py "$rows" 1 >"$DIR/data.csv" 2>"$DIR/truth.txt"
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -v "$BIN" fit "$DIR/data.csv" --date date --outcome revenue \
        --spend douyin,xiaohongshu,baidu_sem,tmall,ooh --format json >"$DIR/fit.json" 2>"$DIR/time.txt"
    cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u + s}' "$DIR/time.txt")
    wall=$(awk -F': ' '/Elapsed/ {n=split($2, p, ":"); t=0; for (i=1;i<=n;i++) t=t*60+p[i]; printf "%.1f", t}' "$DIR/time.txt")
    mem=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$DIR/time.txt")
    printf '%9s  %8s  %8s  %8s  %s\n' "$rows" "$cpu" "$wall" "$mem" "$load"
    python3 - "$DIR/fit.json" "$DIR/truth.txt" <<'PY'
import json, sys
truth = {line.split(":")[0]: float(line.split("ROI ")[1]) for line in open(sys.argv[2])}
for channel in json.load(open(sys.argv[1]))["channels"]:
    name, roi, (low, high) = channel["name"], channel["roi"], channel["roi_interval"]
    inside = "inside" if low <= truth[name] <= high else "OUTSIDE"
    print(f"           {name:12s} ROI {roi:.3f} [{low:.3f}, {high:.3f}]  true {truth[name]:.3f}  {inside}")
PY
done
