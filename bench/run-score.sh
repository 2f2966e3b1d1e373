#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# tender-score rank benchmark (issue: ranking workbook for 1,000 candidates x 40 criteria x 7
# evaluators). Builds in release mode and prints the median of several runs of: tenderkit ranking
# and writing the workbook (bench/score_rank_bench.cpp); the floor, plain C over libxlsxwriter
# writing the same cells (bench/write_cells_c.c); Python XlsxWriter writing the same cells
# (bench/write_cells_xlsxwriter.py); and `tender-score rank` end to end on the same data as TOML.
#   bench/run-score.sh [RUNS]     (default 5; targets: <= 1.3x the C floor, >= 4x faster than
#                                  Python XlsxWriter, peak RSS under 64 MB)
# The baselines replay the cells of the workbook tenderkit wrote (bench/dump_cells.py); they are
# dumped again whenever that workbook changes. Their times are measured inside the program and
# exclude reading the cell file: each also runs with --parse-only, and that median is subtracted.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

scripts/install-deps.sh
# The baselines' packages belong to the benchmark, not to building tenderkit.
missing=()
for package in time python3 python3-openpyxl python3-xlsxwriter; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  echo "run-score: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
python=/usr/bin/python3  # Debian's, which has openpyxl and XlsxWriter (not a pyenv shim)

build="build-bench-score"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTENDERKIT_TESTS=OFF \
  -DTENDERKIT_BENCH=ON >/dev/null
cmake --build "$build" --target tender-score score_rank_bench write_cells_c >/dev/null

data=$build/data-score
mkdir -p "$data"
"$build/bench/score_rank_bench" --write-inputs "$data" "$data/tenderkit.xlsx" >/dev/null
workbook_hash=$(sha256sum <"$data/tenderkit.xlsx")
if [[ ! -f $data/cells.tsv || "$(cat "$data/cells.sha256" 2>/dev/null)" != "$workbook_hash" ]]; then
  echo "run-score: dumping the cells of the workbook (about 30 s)" >&2
  "$python" bench/dump_cells.py "$data/tenderkit.xlsx" "$data/cells.tsv"
  echo "$workbook_hash" >"$data/cells.sha256"
fi

source bench/common.sh

field() {  # field KEY LINE: the value of KEY=value in LINE
  tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"
}

echo "run-score: tenderkit" >&2
tenderkit=$(measure rank_s,workbook_s "$build/bench/score_rank_bench" "$data/tenderkit.xlsx")
echo "run-score: C libxlsxwriter floor" >&2
# The ranking workbook is written in constant-memory mode (row order), so the baselines are too;
# the floor also runs in libxlsxwriter's default mode for comparison.
c_full=$(measure elapsed_s "$build/bench/write_cells_c" --constant-memory "$data/cells.tsv" \
                 "$data/c.xlsx")
c_parse=$(measure elapsed_s "$build/bench/write_cells_c" --parse-only "$data/cells.tsv" "$data/c.xlsx")
c_memory=$(measure elapsed_s "$build/bench/write_cells_c" "$data/cells.tsv" "$data/c-memory.xlsx")
echo "run-score: Python XlsxWriter" >&2
py_full=$(measure elapsed_s "$python" bench/write_cells_xlsxwriter.py --constant-memory \
                  "$data/cells.tsv" "$data/py.xlsx")
py_parse=$(measure elapsed_s "$python" bench/write_cells_xlsxwriter.py --parse-only "$data/cells.tsv" \
                   "$data/py.xlsx")
echo "run-score: tender-score rank end to end" >&2
e2e=$(measure - "$build/apps/tender-score" rank "$data/tender.toml" "$data/scores.toml" \
              --xlsx "$data/e2e.xlsx")

round() { awk -v x="$1" 'BEGIN { printf "%.0f", x }'; }
read -r tk_s tk_wall tk_kib _ <<<"$tenderkit"
read -r c_s _ c_kib _ <<<"$c_full"
read -r c_parse_s _ <<<"$c_parse"
read -r cm_s _ cm_kib _ <<<"$c_memory"
read -r py_s _ py_kib _ <<<"$py_full"
read -r py_parse_s _ <<<"$py_parse"
read -r e2e_s _ e2e_kib _ <<<"$e2e"
c_write=$(sub "$c_s" "$c_parse_s")
cm_write=$(sub "$cm_s" "$c_parse_s")
py_write=$(sub "$py_s" "$py_parse_s")

cells=$(field cells "$c_full")
echo "tender-score rank benchmark: 1,000 candidates x 40 criteria x 7 evaluators ($cells cells)," \
     "median of $runs runs, $(nproc) cores"
printf '%-52s %8s %8s %14s\n' "what" "s" "peak MB" "ratio"
printf '%-52s %8s %8s %14s\n' "tenderkit: rank + workbook (in-process phases)" "$tk_s" "$(mb "$tk_kib")" ""
printf '%-52s %8s %8s %14s\n' "  rank" "$(field rank_s "$tenderkit")" "" ""
printf '%-52s %8s %8s %14s\n' "  workbook (peak: its own, above the model)" \
  "$(field workbook_s "$tenderkit")" "$(round "$(field workbook_peak_mb "$tenderkit")")" ""
printf '%-52s %8s %8s %14s\n' "  model: scores + ranking in memory" "" \
  "$(awk -v a="$(field model_mb "$tenderkit")" -v b="$(field ranking_mb "$tenderkit")" 'BEGIN { printf "%.0f", a + b }')" ""
printf '%-52s %8s %8s %14s\n' "floor: C libxlsxwriter, same cells, constant_memory" "$c_write" \
  "$(mb "$c_kib")" "$(ratio "$tk_s" "$c_write")x"
printf '%-52s %8s %8s %14s\n' "  same, all cells in memory (not what tenderkit uses)" "$cm_write" \
  "$(mb "$cm_kib")" "$(ratio "$tk_s" "$cm_write")x"
printf '%-52s %8s %8s %14s\n' "Python XlsxWriter, same cells, constant_memory" "$py_write" \
  "$(mb "$py_kib")" \
  "$(ratio "$py_write" "$tk_s")x faster"
printf '%-52s %8s %8s %14s\n' "tender-score rank end to end (TOML in, xlsx out)" "$e2e_s" \
  "$(mb "$e2e_kib")" ""
echo "tenderkit's process took $tk_wall s in all (generating the data included);" \
     "peak MB is the process's"
echo "baselines exclude reading the cell file (parse-only medians: C $c_parse_s s, Python $py_parse_s s)"
echo "targets: <= 1.30x the C floor, >= 4x faster than Python XlsxWriter, peak RSS under 64 MB"

# One line per figure for the combined table of bench/run (BENCH_TSV names the file to append to):
# benchmark, what, seconds, peak MB, ratio.
if [[ -n ${BENCH_TSV:-} ]]; then
  {
    printf 'tender-score rank\tranking workbook, 1,000 x 40 x 7 (in process)\t%s\t%s\t%s\n' \
      "$tk_s" "$(mb "$tk_kib")" "$(ratio "$tk_s" "$c_write")x C libxlsxwriter floor"
    printf 'tender-score rank\tPython XlsxWriter, same cells\t%s\t%s\ttenderkit %s\n' "$py_write" \
      "$(mb "$py_kib")" "$(ratio "$py_write" "$tk_s")x faster"
    printf 'tender-score rank\tfloor: C libxlsxwriter, same cells\t%s\t%s\t\n' "$c_write" \
      "$(mb "$c_kib")"
    printf 'tender-score rank\tend to end, TOML in, xlsx out\t%s\t%s\t\n' "$e2e_s" "$(mb "$e2e_kib")"
  } >>"$BENCH_TSV"
  echo "$data/tenderkit.xlsx" >"${BENCH_TSV%.tsv}.score-workbook"
fi
