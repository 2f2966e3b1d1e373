#!/usr/bin/env bash
# Installs what is missing, builds tenderkit, and runs it on the shipped examples.
# Outputs go to out/demo/; the terminal shows the text reports.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DTENDERKIT_TESTS=OFF >/dev/null
cmake --build build

out=out/demo
mkdir -p "$out"
bin=build/apps

# Exit code 1 means "some registration is not compliant": the examples include such ones on purpose.
run_check() {
  local name=$1
  shift
  echo
  echo "=== tender-check: $name"
  local status=0
  "$bin/tender-check" "$@" || status=$?
  [[ $status -le 1 ]] || { echo "demo: tender-check failed with exit code $status" >&2; exit "$status"; }
  "$bin/tender-check" "$@" --format json -o "$out/$name-check.json" --xlsx "$out/$name-check.xlsx" || [[ $? -eq 1 ]]
  "$bin/tender-check" "$@" --format junit -o "$out/$name-check.junit.xml" || [[ $? -eq 1 ]]
  "$bin/tender-check" "$@" --format markdown -o "$out/$name-check.md" || [[ $? -eq 1 ]]
}

run_check mvs templates/mvs/tender.toml templates/mvs/registrations
run_check ijmond-zk templates/ijmond-zk/tender.toml templates/ijmond-zk/registrations

# The preselection of the MVS example: blank forms per evaluator, the three evaluators' returned
# scores (shipped as TOML score files) collected, and the ranking with its workbook.
echo
echo "=== tender-score: MVS preselection"
"$bin/tender-score" forms templates/mvs/tender.toml templates/mvs/registrations -o "$out/forms"
"$bin/tender-score" collect templates/mvs/tender.toml templates/mvs/scores/*.toml -o "$out/mvs-scores.toml"
"$bin/tender-score" rank templates/mvs/tender.toml "$out/mvs-scores.toml" -o "$out/mvs-preselection.xlsx"
"$bin/tender-score" rank templates/mvs/tender.toml "$out/mvs-scores.toml" --format json \
  --report "$out/mvs-preselection.json"

echo
echo "Outputs written to $out/:"
(cd "$out" && find . -type f | sort | sed 's|^\./|  |')
