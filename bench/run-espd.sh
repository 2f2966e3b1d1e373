#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# The ESPD (UEA) reader on a 1 MB response (ESPD-EDM 4.1.0 by scripts/generate-espd.py: every
# exclusion ground, padded with answered selection criteria), against pugixml parsing the same
# bytes. Target: well under 50 ms.
#   bench/run-espd.sh [RUNS]   (median of RUNS reads, default 21)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTENDERKIT_TESTS=OFF \
  -DTENDERKIT_BENCH=ON >/dev/null
cmake --build build-bench --target espd_read_bench >/dev/null
file=build-bench/espd-1mb.xml
/usr/bin/python3 scripts/generate-espd.py --kvk 41128790 --name "Stichting Jeugd & Gezin Zuid-Holland" \
  --role group-lead --contract-folder TN401577 --yes fraud:self-cleaning --pad-to 1048576 -o "$file"
result=$(build-bench/bench/espd_read_bench "$file" "$runs")
echo "$result"
read_ms=$(sed -n 's/.*read_ms=\([0-9.]*\).*/\1/p' <<<"$result")
floor_ms=$(sed -n 's/.*pugixml_parse_ms=\([0-9.]*\).*/\1/p' <<<"$result")
if [[ -n ${BENCH_TSV:-} ]]; then
  awk -v r="$read_ms" -v f="$floor_ms" 'BEGIN {
    printf "tender-check --espd\tread a 1 MB ESPD response (4.1.0)\t%.4f\t\tpugixml parse %.4f s, tenderkit %.1fx\n",
      r / 1000, f / 1000, (f > 0 ? r / f : 0) }' >>"$BENCH_TSV"
fi
