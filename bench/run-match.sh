#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# Matching engine benchmark (issue 13): a generated register of 500 providers, 12 services,
# 10 municipalities, 4 certifications (tests/unit/match_generator.hpp, a fixed seed). Prints the
# engine's time for compose (proven optimal), complete and market (the most disjoint consortia)
# next to the time of an independent integer programme of the same question solved by CBC
# through PuLP (tests/scripts/verify_match_oracle.py --bench), and whether the answers agree.
#   bench/run-match.sh [SEED]   (default 7; targets: compose and complete < 1 s, market proven
#                                optimal or within 1 of its bound < 30 s)
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-7}

scripts/install-deps.sh
dpkg-query -W -f='${Status}' python3-pulp 2>/dev/null | grep -q 'install ok installed' ||
  scripts/install-deps.sh --test
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTENDERKIT_TESTS=OFF \
  -DTENDERKIT_BENCH=ON >/dev/null
cmake --build build-bench --target match_instance >/dev/null
tool=$(find build-bench -name match_instance -type f -perm -u+x | head -n 1)

result=$(/usr/bin/python3 tests/scripts/verify_match_oracle.py "$tool" --bench "$seed")
echo "tender-match engine benchmark: 500 providers, 12 services, 10 municipalities, 4 certifications, seed $seed, $(nproc) cores"
/usr/bin/python3 - "$result" "${BENCH_TSV:-}" <<'PY'
import json, sys
data = json.loads(sys.argv[1])
rows = []
print(f"{'question':<10} {'engine s':>9} {'value':>6} {'bound':>6} {'proven':>7} {'oracle s':>9} {'oracle':>7}")
for key, what in (("compose", "fewest members"), ("complete", "additions*1000+changes"),
                  ("market", "most disjoint consortia")):
    if key not in data:
        continue
    e = data[key]["engine"]
    o = data[key]
    print(f"{key:<10} {e['seconds']:>9.3f} {e['best']:>6} {e['bound']:>6} {str(e['proven_optimal']):>7} "
          f"{o['oracle_s']:>9.2f} {str(o['oracle']):>7}")
    rows.append(f"tender-match {key}\t500 providers, {what}: {e['best']} "
                f"({'proven' if e['proven_optimal'] else 'bound ' + str(e['bound'])})\t"
                f"{e['seconds']:.3f}\t\tCBC/PuLP oracle {o['oracle_s']:.2f} s, value {o['oracle']}\n")
print("targets: compose and complete under 1 s; market proven optimal or within 1 of its bound under 30 s")
if sys.argv[2]:
    with open(sys.argv[2], "a") as tsv:
        tsv.writelines(rows)
PY
