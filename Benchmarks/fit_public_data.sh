#!/usr/bin/env bash
# Fits every public dataset bundled in Scenarios/data and writes the public-data block of
# docs/fitting-results.md (between its public-data markers; the rest of the file is kept).
# Usage: bash Benchmarks/fit_public_data.sh   (needs a release build; builds one)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product budgetlab >/dev/null
B=.build/release/budgetlab
out=$(mktemp)
run() {  # title, command...
  local title=$1; shift
  echo "## $title" >> "$out"; echo >> "$out"
  echo '```sh' >> "$out"; echo "budgetlab $*" >> "$out"; echo '```' >> "$out"; echo >> "$out"
  local start=$(date +%s.%N)
  "$B" "$@" --format markdown | sed 's/^# /### /' >> "$out"
  printf '\n(%.1f s on this machine, release build)\n\n' "$(echo "$(date +%s.%N) - $start" | bc)" >> "$out"
}
cat > "$out" <<'HEAD'
<!-- public-data:begin (written by Benchmarks/fit_public_data.sh; edit the script, not this block) -->
# What `budgetlab fit` finds on the public datasets

Produced by `bash Benchmarks/fit_public_data.sh` (release build, 100 posterior draws, seed 1).
All four datasets are weekly and aggregate (one outcome), so each gets the media-mix fit
(see [fitting.md](fitting.md)). None ships the true channel effects, so judge the fits by
R², hold-out error and the width of the intervals; the "Evidence" column says how well the
data pins each channel's ROI down. Every file is bundled in `Scenarios/data/` (sources and
licences in `Scenarios/data/NOTICE`), so each command runs as written from a clone.

HEAD
run "Robyn (simulated, 208 weeks, 5 channels)" fit Scenarios/data/robyn_weekly.csv --date DATE --outcome revenue \
  --spend tv_S,ooh_S,print_S,search_S,facebook_S --control competitor_sales_B,newsletter
run "Meridian national (simulated, 156 weeks, 5 channels; revenue = conversions × revenue per conversion)" \
  fit Scenarios/data/meridian_national_all_channels.csv --date time --outcome conversions --outcome-multiplier revenue_per_conversion \
  --spend Channel0_spend,Channel1_spend,Channel2_spend,Channel3_spend,Channel4_spend \
  --control competitor_sales_control,sentiment_score_control,Promo
run "Meridian geo (40 geos summed per week)" \
  fit Scenarios/data/meridian_geo_all_channels.csv --date time --outcome conversions --outcome-multiplier revenue_per_conversion \
  --spend Channel0_spend,Channel1_spend,Channel2_spend,Channel3_spend,Channel4_spend \
  --control competitor_sales_control,sentiment_score_control,Promo --sum-duplicate-dates
run "mmm_stan (described as real, 209 weeks, 10 channels)" fit Scenarios/data/mmm_stan_case_study_data.csv --date wk_strt_dt --outcome sales \
  --spend mdsp_dm,mdsp_inst,mdsp_nsp,mdsp_auddig,mdsp_audtr,mdsp_vidtr,mdsp_viddig,mdsp_so,mdsp_on,mdsp_sem \
  --control me_ics_all,me_gas_dpg,st_ct,mrkdn_valadd_edw,mrkdn_pdm
run "mmm_stan with a scale-free ROI prior, --roi-prior 10 (sd = 10 × the data's outcome per unit of spend)" fit Scenarios/data/mmm_stan_case_study_data.csv --date wk_strt_dt --outcome sales \
  --spend mdsp_dm,mdsp_inst,mdsp_nsp,mdsp_auddig,mdsp_audtr,mdsp_vidtr,mdsp_viddig,mdsp_so,mdsp_on,mdsp_sem \
  --control me_ics_all,me_gas_dpg,st_ct,mrkdn_valadd_edw,mrkdn_pdm --roi-prior 10
cat "$(dirname "$0")/fitting-results-reading.md" >> "$out"
echo "<!-- public-data:end -->" >> "$out"
bash "$(dirname "$0")/splice_block.sh" docs/fitting-results.md public-data "$out"
rm -f "$out"
echo "wrote docs/fitting-results.md"
