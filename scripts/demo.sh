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

echo
echo "Outputs written to $out/:"
ls -1 "$out" | sed 's/^/  /'
