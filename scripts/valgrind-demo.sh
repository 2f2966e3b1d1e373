#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# Runs the demo's commands under valgrind memcheck: every command (tender-init, tender-check,
# tender-score forms/collect/rank, tender-schedule), every output format and workbook, on the
# shipped examples, plus a few refused inputs for the error paths.
#   scripts/valgrind-demo.sh [BIN_DIR]   BIN_DIR holds the tender-* programs (default build/apps;
#                                        a RelWithDebInfo build gives the most readable reports)
# Exit 0 when memcheck finds no error and no definite or indirect leak, 1 when it does (or a
# command exits with an unexpected code), 77 when valgrind is not installed
# (scripts/install-deps.sh --test installs it). Outputs and logs go to a temporary directory
# (kept, and named, when something fails). No suppressions are needed: Debian 12's libxlsxwriter,
# libzip, pugixml, toml++ and fmt run clean here.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "${1:-$root/build/apps}" && pwd)

if ! command -v valgrind >/dev/null; then
  echo "valgrind-demo: valgrind is not installed (apt-get install valgrind); skipped" >&2
  exit 77
fi
for program in tender-init tender-check tender-score tender-schedule; do
  [[ -x "$bin/$program" ]] || { echo "valgrind-demo: no $bin/$program" >&2; exit 2; }
done
if ldd "$bin/tender-check" 2>/dev/null | grep -q 'libasan'; then
  echo "valgrind-demo: $bin is an AddressSanitizer build, which valgrind cannot run; skipped" >&2
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/tenderkit-valgrind.XXXXXX")
out=$work/out
logs=$work/logs
mkdir -p "$out" "$logs"
export SOURCE_DATE_EPOCH=1700000000 NO_COLOR=1
templates=$root/templates

failed=0
runs=0
# vg EXPECTED_EXIT_CODES PROGRAM ARGS...: runs PROGRAM under memcheck; EXPECTED_EXIT_CODES is a
# comma-separated list of the program's own exit codes that are fine here (99 is memcheck's).
vg() {
  local expected=$1 program=$2
  shift 2
  runs=$((runs + 1))
  local log=$logs/$(printf '%02d' "$runs")-$program.log
  local status=0
  valgrind --quiet --error-exitcode=99 --leak-check=full \
    --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
    --log-file="$log" \
    "$bin/$program" "$@" >"$log.stdout" 2>"$log.stderr" || status=$?
  if [[ $status -eq 99 ]]; then
    echo "valgrind-demo: memcheck errors in: $program $*" >&2
    cat "$log" >&2
    failed=$((failed + 1))
  elif [[ ",$expected," != *",$status,"* ]]; then
    echo "valgrind-demo: $program $* exited with $status (expected $expected)" >&2
    cat "$log.stderr" "$log" >&2
    failed=$((failed + 1))
  fi
}

mvs=$templates/mvs
ijmond=("$templates/ijmond-zk/tender.toml" "$templates/ijmond-zk/contracts.toml")

# tender-init: a template written; refused without --force; an unknown template.
vg 0 tender-init --force --template mvs "$out/new-tender"
vg 3 tender-init --template mvs "$out/new-tender"
vg 2 tender-init --template nosuch "$out/other"

# tender-check: every format and the workbook, on both regions; exit 1 = findings (on purpose).
for region in mvs ijmond-zk; do
  args=("$templates/$region/tender.toml" "$templates/$region/registrations")
  vg 0,1 tender-check "${args[@]}"
  vg 0,1 tender-check "${args[@]}" --format json -o "$out/$region-check.json" \
    --xlsx "$out/$region-check.xlsx"
  vg 0,1 tender-check "${args[@]}" --format junit -o "$out/$region-check.junit.xml"
  vg 0,1 tender-check "${args[@]}" --format markdown -o "$out/$region-check.md"
done
vg 0,1 tender-check "$out/new-tender/tender.toml" "$out/new-tender/registrations"
printf 'id = "x"\ntitle = \n' >"$out/broken.toml"
vg 2 tender-check "$out/broken.toml" "$mvs/registrations"

# tender-score: the forms (written, then read back blank by collect), the shipped scores
# collected, the ranking in every format with its workbook.
vg 0 tender-score forms "$mvs/tender.toml" "$mvs/registrations" --dir "$out/forms"
vg 0,1 tender-score collect "$mvs/tender.toml" "$out"/forms/*.xlsx --format json \
  -o "$out/blank-scores.toml"
vg 0 tender-score collect "$mvs/tender.toml" "$mvs"/scores/*.toml -o "$out/mvs-scores.toml"
vg 0 tender-score rank "$mvs/tender.toml" "$out/mvs-scores.toml" --xlsx "$out/mvs-preselection.xlsx"
vg 0 tender-score rank "$mvs/tender.toml" "$out/mvs-scores.toml" --format json \
  -o "$out/mvs-preselection.json"
vg 0 tender-score rank "$mvs/tender.toml" "$out/mvs-scores.toml" --format markdown
vg 2 tender-score rank "$mvs/tender.toml" "$out/broken.toml"

# tender-schedule: the workbook and every report format, the re-planning against a baseline.
vg 0 tender-schedule "$mvs/tender.toml" --xlsx "$out/mvs-schedule.xlsx" --format markdown \
  -o "$out/mvs-schedule.md"
vg 0 tender-schedule "$mvs/tender.toml" -o "$out/mvs-schedule.txt"
vg 0 tender-schedule "${ijmond[@]}" --xlsx "$out/ijmond-zk-schedule.xlsx" --format json \
  -o "$out/ijmond-zk-schedule.json"
vg 0 tender-schedule "${ijmond[@]}" --format ics -o "$out/ijmond-zk-schedule.ics"
vg 0 tender-schedule "${ijmond[@]}" --format csv -o "$out/ijmond-zk-schedule.csv"
vg 0 tender-schedule "${ijmond[@]}" --shift dialoog=+3m --baseline "$out/ijmond-zk-schedule.json" \
  --xlsx "$out/ijmond-zk-replanned.xlsx" --format json -o "$out/ijmond-zk-replanned.json"
vg 2 tender-schedule "${ijmond[@]}" --shift nosuch=+3m

if [[ $failed -ne 0 ]]; then
  echo "valgrind-demo: $failed of $runs runs failed; outputs and logs in $work" >&2
  exit 1
fi
echo "valgrind-demo: $runs runs under memcheck, no errors, no definite or indirect leaks"
rm -rf "$work"
