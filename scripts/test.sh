#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# Installs what is missing, builds tenderkit with warnings as errors, and runs the whole test
# suite twice: in a normal build and in an AddressSanitizer + UndefinedBehaviorSanitizer build.
# Both build everything: the fuzz harnesses (their regression inputs are tests) and the benchmark
# helpers (so that they keep compiling), which a user's build leaves out.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
jobs=$(nproc)

run_suite() {
  local dir=$1
  shift
  echo "== building $dir ($*)"
  cmake -S . -B "$dir" -G Ninja -DTENDERKIT_WERROR=ON -DTENDERKIT_FUZZ=ON -DTENDERKIT_BENCH=ON "$@" \
    >/dev/null
  cmake --build "$dir" -j "$jobs"
  echo "== testing $dir"
  ctest --test-dir "$dir" --output-on-failure -j "$jobs" --timeout 300
}

run_suite build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Every test of the sanitizer build, not only the unit tests, needs the suppressions of leaks
# inside libxlsxwriter (tests/lsan.supp); print_suppressions=0 keeps their summary out of the
# standard error that golden tests compare.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
  run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DTENDERKIT_SANITIZE=ON
