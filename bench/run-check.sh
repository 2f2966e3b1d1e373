#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# tender-check benchmark (issue: 10,000 registrations of 12 members against one tender).
# Builds in release mode, generates the data once, and prints the median of several runs of
# tender-check and of the floor (the same files parsed by toml++ alone), with their ratio.
#   bench/run-check.sh [RUNS]        (default 5 runs; targets: <= 1.3x floor, < 3 s, < 300 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

scripts/install-deps.sh
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTENDERKIT_TESTS=OFF \
  -DTENDERKIT_BENCH=ON >/dev/null
cmake --build build-bench --target tender-check toml_parse_floor >/dev/null

data=build-bench/data-check
if [[ ! -f $data/.complete ]]; then
  rm -rf "$data"
  /usr/bin/python3 bench/generate_registrations.py "$data" --registrations 10000 --members 12
  touch "$data/.complete"
fi

# Prints "seconds peak_kib" of the median run (by wall time).
measure() {
  local results=() timing
  timing=$(mktemp)
  "$@" >/dev/null 2>&1 || true  # warm the page cache
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -o "$timing" -f '%e %M' "$@" >/dev/null 2>&1 || true
    results+=("$(tail -n 1 "$timing")")
  done
  rm -f "$timing"
  printf '%s\n' "${results[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

files=("$data"/registrations/*.toml)
threads=$(nproc)
# The report goes to standard output, which measure() discards: never `-o /dev/null`, which
# tenderkit before issue 11 replaced by a regular file (as root, the machine's /dev/null).
read -r check_s check_kib < <(measure build-bench/apps/tender-check --format json \
                                "$data/tender.toml" "$data/registrations" || true)
read -r floor1_s floor1_kib < <(measure build-bench/bench/toml_parse_floor --threads 1 "${files[@]}")
read -r floorn_s floorn_kib < <(measure build-bench/bench/toml_parse_floor --threads "$threads" "${files[@]}")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

echo "tender-check benchmark: ${#files[@]} registrations x 12 members, median of $runs runs, $(nproc) cores"
printf '%-44s %8s %9s %10s\n' "what" "wall s" "peak MB" "ratio"
printf '%-44s %8s %9s %10s\n' "tender-check (json to stdout, discarded)" "$check_s" "$(mb "$check_kib")" ""
printf '%-44s %8s %9s %10s\n' "floor: toml++ parse, 1 thread" "$floor1_s" "$(mb "$floor1_kib")" \
  "$(ratio "$check_s" "$floor1_s")x"
printf '%-44s %8s %9s %10s\n' "floor: toml++ parse, $threads threads" "$floorn_s" "$(mb "$floorn_kib")" \
  "$(ratio "$check_s" "$floorn_s")x"
echo "targets: ratio <= 1.30 against the floor, under 3 s, under 300 MB"

# One line per figure for the combined table of bench/run (BENCH_TSV names the file to append to):
# benchmark, what, seconds, peak MB, ratio.
if [[ -n ${BENCH_TSV:-} ]]; then
  {
    printf 'tender-check\t10,000 registrations, JSON report\t%s\t%s\t%s\n' "$check_s" \
      "$(mb "$check_kib")" "$(ratio "$check_s" "$floor1_s")x toml++ parse floor (1 thread)"
    printf 'tender-check\tfloor: toml++ parse, 1 thread\t%s\t%s\t\n' "$floor1_s" "$(mb "$floor1_kib")"
  } >>"$BENCH_TSV"
fi
