#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# tender-schedule benchmark (issue 4: 1,000 contracts of 9 years with quarterly reporting into
# every format; target under 1 s and under 64 MB each). Builds in release mode, generates the data
# once (bench/generate_contracts.py) and prints the median of several end-to-end runs of the real
# binary per format, with its ratio to a floor:
#   - text, JSON, CSV, ICS, Markdown (--format X -o FILE): the same two input files read and
#     parsed by toml++ alone (bench/toml_parse_floor.cpp);
#   - the workbook (--xlsx schedule.xlsx): that parse floor plus plain C over libxlsxwriter writing the
#     very same cells in the same mode (row order: constant memory), replayed from a dump of the
#     workbook tenderkit wrote (bench/dump_cells.py, bench/write_cells_c.c; see bench/run-score.sh).
#     The C floor's time is measured inside it and excludes reading the cell file (its
#     --parse-only median is subtracted).
#   bench/run-schedule.sh [RUNS]     (default 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

scripts/install-deps.sh
# The baselines' packages belong to the benchmark, not to building tenderkit.
missing=()
for package in time python3 python3-openpyxl; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  echo "run-schedule: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
python=/usr/bin/python3  # Debian's, which has openpyxl (not a pyenv shim)

build=build-bench-schedule
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTENDERKIT_TESTS=OFF \
  -DTENDERKIT_BENCH=ON >/dev/null
cmake --build "$build" --target tender-schedule toml_parse_floor write_cells_c >/dev/null

data=$build/data-schedule
generator_hash=$(sha256sum <bench/generate_contracts.py)
if [[ ! -f $data/.complete || "$(cat "$data/.complete")" != "$generator_hash" ]]; then
  rm -rf "$data"
  "$python" bench/generate_contracts.py "$data" --contracts 1000
  echo "$generator_hash" >"$data/.complete"
fi
out=$build/out-schedule
mkdir -p "$out"
# Fixed timestamps and "as of" day, so that every run writes the same bytes.
export SOURCE_DATE_EPOCH=1672531200 NO_COLOR=1
schedule=("$build/apps/tender-schedule" "$data/tender.toml" "$data/contracts.toml")

source bench/common.sh

echo "run-schedule: parse floor" >&2
read -r floor_s _ floor_kib _ < <(measure - "$build/bench/toml_parse_floor" --threads 1 \
                                     "$data/tender.toml" "$data/contracts.toml")

formats=(text json csv ics markdown)
declare -A wall peak
for format in "${formats[@]}"; do
  echo "run-schedule: --format $format" >&2
  read -r wall[$format] _ peak[$format] _ < <(measure - "${schedule[@]}" --format "$format" \
                                                 -o "$out/schedule.$format")
done
echo "run-schedule: workbook" >&2
read -r wall[xlsx] _ peak[xlsx] _ < <(measure - "${schedule[@]}" --xlsx "$out/schedule.xlsx")

workbook_hash=$(sha256sum <"$out/schedule.xlsx")
if [[ ! -f $out/cells.tsv || "$(cat "$out/cells.sha256" 2>/dev/null)" != "$workbook_hash" ]]; then
  echo "run-schedule: dumping the cells of the workbook (about 20 s)" >&2
  "$python" bench/dump_cells.py "$out/schedule.xlsx" "$out/cells.tsv"
  echo "$workbook_hash" >"$out/cells.sha256"
fi
echo "run-schedule: C libxlsxwriter floor" >&2
c_full=$(measure elapsed_s "$build/bench/write_cells_c" --constant-memory "$out/cells.tsv" \
                 "$out/c.xlsx")
c_parse=$(measure elapsed_s "$build/bench/write_cells_c" --parse-only "$out/cells.tsv" \
                  "$out/c.xlsx")
read -r c_s _ c_kib c_line <<<"$c_full"
read -r c_parse_s _ <<<"$c_parse"
c_write=$(sub "$c_s" "$c_parse_s")
xlsx_floor=$(sum "$floor_s" "$c_write")
sheets=$(grep -c '^sheet' "$out/cells.tsv")
cells=$(tr ' ' '\n' <<<"$c_line" | sed -n 's/^cells=//p')
milestones=$(sed -n 's/.* contracts, \([0-9]*\) milestones.*/\1/p' "$out/schedule.text")

echo "tender-schedule benchmark: 1,000 contracts of 9 years, quarterly reporting ($milestones" \
     "milestones), median of $runs runs, $(nproc) cores"
printf '%-58s %8s %8s %8s\n' "what" "wall s" "peak MB" "ratio"
for format in "${formats[@]}"; do
  printf '%-58s %8s %8s %8s\n' "tender-schedule --format $format -o FILE" "${wall[$format]}" \
    "$(mb "${peak[$format]}")" "$(ratio "${wall[$format]}" "$floor_s")x"
done
printf '%-58s %8s %8s %8s\n' "tender-schedule --xlsx schedule.xlsx ($sheets sheets)" "${wall[xlsx]}" \
  "$(mb "${peak[xlsx]}")" "$(ratio "${wall[xlsx]}" "$xlsx_floor")x"
printf '%-58s %8s %8s %8s\n' "floor: toml++ parse of the two files (text formats)" "$floor_s" \
  "$(mb "$floor_kib")" ""
printf '%-58s %8s %8s %8s\n' "floor: C libxlsxwriter, same $cells cells, constant memory" \
  "$c_write" "$(mb "$c_kib")" ""
printf '%-58s %8s %8s %8s\n' "floor for the workbook: parse + C libxlsxwriter" "$xlsx_floor" "" ""
echo "the C floor's time excludes reading its cell file (parse-only median $c_parse_s s);" \
     "its peak MB is its process's"
echo "targets: each run under 1 s and under 64 MB"

# One line per figure for the combined table of bench/run (BENCH_TSV names the file to append to):
# benchmark, what, seconds, peak MB, ratio.
if [[ -n ${BENCH_TSV:-} ]]; then
  {
    for format in "${formats[@]}"; do
      printf 'tender-schedule\t1,000 contracts, --format %s\t%s\t%s\t%s\n' "$format" \
        "${wall[$format]}" "$(mb "${peak[$format]}")" \
        "$(ratio "${wall[$format]}" "$floor_s")x toml++ parse floor"
    done
    printf 'tender-schedule\t1,000 contracts, workbook (%s sheets)\t%s\t%s\t%s\n' "$sheets" \
      "${wall[xlsx]}" "$(mb "${peak[xlsx]}")" \
      "$(ratio "${wall[xlsx]}" "$xlsx_floor")x parse + C libxlsxwriter floor"
    printf 'tender-schedule\tfloor: toml++ parse of the inputs\t%s\t%s\t\n' "$floor_s" \
      "$(mb "$floor_kib")"
    printf 'tender-schedule\tfloor: C libxlsxwriter, same cells\t%s\t%s\t\n' "$c_write" \
      "$(mb "$c_kib")"
  } >>"$BENCH_TSV"
  echo "$out/schedule.xlsx" >"${BENCH_TSV%.tsv}.schedule-workbook"
fi
