#!/usr/bin/env bash
# The known-truth benchmark of the media-mix fit: `budgetlab-bench --workloads fit-truth`
# (seeds 1…SEEDS of every recipe, default 20, fixed in advance), written into
# docs/fitting-results.md between the fit-truth markers, with the machine's load noted.
# Usage: bash Benchmarks/fit_truth.sh   (builds a release budgetlab-bench; takes minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${SEEDS:-20}
swift build -c release --product budgetlab-bench >/dev/null
block=$(mktemp)
before=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s)
table=$(.build/release/budgetlab-bench --workloads fit-truth --seeds "$seeds" 2>/dev/null | grep -v '^workload')
after=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "<!-- fit-truth:begin (written by Benchmarks/fit_truth.sh; edit the script, not this block) -->"
  echo "Run $(date -u +%Y-%m-%d) on $(nproc) cores, release build, seeds 1–$seeds of every recipe, default options"
  echo "(100 posterior draws). Load average before/after: $before / $after (a shared machine: times are"
  echo "wall clock under that load). The whole run took $(( $(date +%s) - start )) s."
  echo
  echo "$table"
  echo "<!-- fit-truth:end -->"
} > "$block"
bash Benchmarks/splice_block.sh docs/fitting-results.md fit-truth "$block"
rm -f "$block"
echo "wrote docs/fitting-results.md"
