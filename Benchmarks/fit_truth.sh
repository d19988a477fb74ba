#!/usr/bin/env bash
# The known-truth benchmark of the media-mix fit: `budgetlab-bench --workloads fit-truth` on five
# seed sets fixed in advance: the development set (seeds 1…SEEDS of every recipe, default 20;
# settings were chosen while looking at it), the held-out set (seeds 21…20+SEEDS) and a fresh
# held-out set (seeds 41…40+SEEDS, fixed on 2026-11-26 and first run for the block it wrote) and a
# second fresh set (seeds 61…60+SEEDS, fixed on 2026-11-26 at 20:21 UTC before any fit of them)
# and a third (seeds 81…80+SEEDS, fixed on 2026-11-27 at 00:05 UTC, after the fifth session chose
# the Weibull kernel on the other sets and before any fit of them) and a fourth (seeds
# 101…100+SEEDS, fixed on 2026-11-27 at 01:05 UTC before the seventh session's runs, first run
# for its block) and a fifth (seeds 121…120+SEEDS, "fresh5", fixed on 2026-11-27 at 03:35 UTC
# before the eighth session's runs, first run for its block) and a sixth (seeds 141…140+SEEDS,
# "fresh6", fixed on 2026-11-27 at 06:00 UTC before the ninth session's runs).
# Each is written into docs/fitting-results.md between its markers (fit-truth,
# fit-truth-heldout, fit-truth-fresh, fit-truth-fresh2, fit-truth-fresh3, fit-truth-fresh4, fit-truth-fresh5,
# fit-truth-fresh6),
# with the machine's load noted.
# SETS="development" runs one.
# Usage: bash Benchmarks/fit_truth.sh   (builds a release budgetlab-bench; takes minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${SEEDS:-20}
swift build -c release --product budgetlab-bench >/dev/null
for set in ${SETS:-development heldout fresh fresh2 fresh3 fresh4 fresh5 fresh6}; do
  case "$set" in
    development) first=1; name=fit-truth ;;
    heldout) first=$((seeds + 1)); name=fit-truth-heldout ;;
    fresh) first=$((2 * seeds + 1)); name=fit-truth-fresh ;;
    fresh2) first=$((3 * seeds + 1)); name=fit-truth-fresh2 ;;
    fresh3) first=$((4 * seeds + 1)); name=fit-truth-fresh3 ;;
    fresh4) first=$((5 * seeds + 1)); name=fit-truth-fresh4 ;;
    fresh5) first=$((6 * seeds + 1)); name=fit-truth-fresh5 ;;
    fresh6) first=$((7 * seeds + 1)); name=fit-truth-fresh6 ;;
    *) echo "unknown seed set $set (development, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6)" >&2; exit 2 ;;
  esac
  last=$((first + seeds - 1))
  block=$(mktemp)
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s)
  table=$(nice -n 10 .build/release/budgetlab-bench --workloads fit-truth --first-seed "$first" --seeds "$seeds" 2>/dev/null | grep -v '^workload')
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  {
    echo "<!-- $name:begin (written by Benchmarks/fit_truth.sh; edit the script, not this block) -->"
    echo "**Seeds $first–$last** ($set set) of every recipe. Run $(date -u +%Y-%m-%d) on $(nproc) cores, release build, default options"
    echo "(100 posterior draws). Load average before/after: $before / $after (a shared machine: times are"
    echo "wall clock under that load). The whole run took $(( $(date +%s) - start )) s."
    echo
    echo "$table"
    echo "<!-- $name:end -->"
  } > "$block"
  bash Benchmarks/splice_block.sh docs/fitting-results.md "$name" "$block"
  rm -f "$block"
done
echo "wrote docs/fitting-results.md"
