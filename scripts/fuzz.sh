#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# Builds the libFuzzer harnesses (fuzz/) with clang, AddressSanitizer and UndefinedBehaviorSanitizer,
# seeds their corpora from templates/ and tests/, and runs them side by side for SECONDS each
# (default 600). Prints executions and findings per harness; a finding (crash, hang, leak,
# sanitizer report) is saved under build-fuzz/findings/HARNESS/ and makes the script exit 1.
# Keep each finding, once fixed, as fuzz/regressions/HARNESS/NAME: every build replays them.
#   scripts/fuzz.sh [SECONDS] [HARNESS...]      harnesses: toml_loaders xlsx_form xlsx_registration dates
#                                               espd
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
harnesses=("$@")
[[ ${#harnesses[@]} -gt 0 ]] || harnesses=(toml_loaders xlsx_form xlsx_registration dates espd)

scripts/install-deps.sh
if ! command -v clang++ >/dev/null; then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    clang libclang-rt-dev >/dev/null 2>&1 || \
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    clang >/dev/null
fi

build=build-fuzz
sanitize="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTENDERKIT_FUZZ=ON -DTENDERKIT_LIBFUZZER=ON -DTENDERKIT_TESTS=OFF -DCMAKE_CXX_FLAGS="$sanitize" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
targets=()
for harness in "${harnesses[@]}"; do targets+=("fuzz_$harness"); done
cmake --build "$build" --target "${targets[@]}"

# Seed corpora: the regression inputs, plus every input file of the project in each mode that
# fits it (the first byte of an input picks the loader or the part; see each harness).
seed() {
  local harness=$1 corpus=$build/corpus/$1
  mkdir -p "$corpus"
  cp fuzz/regressions/"$harness"/* "$corpus"/ 2>/dev/null || true
  local n=0 file mode
  case $harness in
    toml_loaders)
      while IFS= read -r -d '' file; do
        for mode in 0 1 2 3 4; do
          { printf "\\x0$mode"; cat "$file"; } >"$corpus/seed-$n-$mode"
        done
        n=$((n + 1))
      done < <(find templates tests/data tests/cli -name '*.toml' -size -64k -print0)
      ;;
    xlsx_form)
      while IFS= read -r -d '' file; do
        { printf '\x00'; cat "$file"; } >"$corpus/seed-xlsx-$n"
        n=$((n + 1))
      done < <(find tests/data fuzz -name '*.xlsx' -size -256k -print0)
      { printf '\x01'; unzip -p fuzz/mvs-form.xlsx xl/worksheets/sheet2.xml; } >"$corpus/seed-sheet"
      { printf '\x02'; unzip -p fuzz/mvs-form.xlsx xl/sharedStrings.xml; } >"$corpus/seed-strings"
      { printf '\x03'; unzip -p fuzz/mvs-form.xlsx xl/workbook.xml; } >"$corpus/seed-workbook"
      while IFS= read -r -d '' file; do
        { printf '\x04'; cat "$file"; } >"$corpus/seed-csv-$n"
        n=$((n + 1))
      done < <(find tests -name '*.csv' -size -64k -print0)
      ;;
    xlsx_registration)
      local form=templates/mvs/registration-forms/07-combinatie-jeugdteams-waterweg.xlsx
      while IFS= read -r -d '' file; do
        { printf '\x00'; cat "$file"; } >"$corpus/seed-xlsx-$n"
        n=$((n + 1))
      done < <(find templates tests/data -name '*.xlsx' -size -256k -print0)
      { printf '\x01'; unzip -p "$form" xl/worksheets/sheet3.xml; } >"$corpus/seed-members"
      { printf '\x02'; unzip -p "$form" xl/worksheets/sheet6.xml; } >"$corpus/seed-identity"
      { printf '\x03'; unzip -p "$form" xl/workbook.xml; } >"$corpus/seed-workbook"
    espd)
      while IFS= read -r -d '' file; do
        cp "$file" "$corpus/seed-$n.xml"
        n=$((n + 1))
      done < <(find tests/data/espd templates -name '*.xml' -size -256k -print0)
      ;;
    dates)
      for text in 2023-01-01 2024-02-29 1900-01-01 2200-12-31 9y 6m 20d 10wd -2w +3m "9 jaar" \
                  "6 maanden" "10 werkdagen" "1 week" 04-01 02-29 12-31 dialoog=+3m "a=-10wd" \
                  8 7.5 "6,5" " 10 " A1 XFD1048576 '$B$7'; do
        printf '%s' "$text" >"$corpus/seed-$n"
        n=$((n + 1))
      done
      ;;
  esac
}

declare -A pids
for harness in "${harnesses[@]}"; do
  seed "$harness"
  mkdir -p "$build/findings/$harness" "$build/logs"
  echo "fuzz: $harness for $seconds s ($(ls "$build/corpus/$harness" | wc -l) seed inputs)" >&2
  (cd "$build" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
     "fuzz/fuzz_$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
     -max_len=65536 -print_final_stats=1 -artifact_prefix="findings/$harness/" \
     "corpus/$harness" >"logs/$harness.log" 2>&1) &
  pids[$harness]=$!
done

status=0
printf '%-14s %8s %14s %10s %9s %s\n' harness seconds executions exec/s corpus findings
for harness in "${harnesses[@]}"; do
  result=0
  wait "${pids[$harness]}" || result=$?
  log=$build/logs/$harness.log
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  corpus=$(ls "$build/corpus/$harness" | wc -l)
  findings=$(find "$build/findings/$harness" -type f | wc -l)
  printf '%-14s %8s %14s %10s %9s %s\n' "$harness" "$seconds" "${runs:-?}" "${speed:-?}" \
    "$corpus" "$findings"
  if [[ $result -ne 0 || $findings -gt 0 ]]; then
    echo "fuzz: $harness found a problem (exit $result); see $log and $build/findings/$harness/" >&2
    status=1
  fi
done
exit "$status"
