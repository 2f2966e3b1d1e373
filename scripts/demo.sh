#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# Installs what is missing, builds tenderkit, and runs it on the shipped examples.
# Outputs go to out/demo/; the terminal shows the text reports.
set -euo pipefail
cd "$(dirname "$0")/.."

out=out/demo
bin=build/apps
if [[ -n ${TENDERKIT_DEMO_BIN:-} ]]; then
  # The test suite's demo.script: the commands as the test build made them, outputs in its scratch.
  bin=$TENDERKIT_DEMO_BIN
  out=${TENDERKIT_DEMO_OUT:?TENDERKIT_DEMO_OUT names the folder of the outputs}
else
  scripts/install-deps.sh
  # The four commands and their man pages, nothing else (no tests, benchmarks or fuzz harnesses),
  # in the build folder and type docs/packaging.md uses: installing or packaging afterwards
  # compiles nothing again. ccache is used when it is installed.
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DTENDERKIT_TESTS=OFF >/dev/null
  cmake --build build
fi
mkdir -p "$out"

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

echo
echo "=== tender-init: a new tender folder from the MVS template"
"$bin/tender-init" --force --template mvs "$out/new-tender"
"$bin/tender-check" "$out/new-tender/tender.toml" "$out/new-tender/registrations"

run_check mvs templates/mvs/tender.toml templates/mvs/registrations
run_check ijmond-zk templates/ijmond-zk/tender.toml templates/ijmond-zk/registrations
# The intake: the same registrations with every provider's ESPD (UEA) response, read from the
# folder the platform's export was saved in (scripts/generate-template-espds.sh wrote them): one
# provider answers an exclusion ground with yes, one hands in the ESPD of another KvK number.
run_check mvs-espd --espd templates/mvs/espd templates/mvs/tender.toml templates/mvs/registrations
run_check ijmond-zk-espd --espd templates/ijmond-zk/espd templates/ijmond-zk/tender.toml \
  templates/ijmond-zk/registrations

echo
echo "=== tender-check: the intake by registration form (MVS)"
"$bin/tender-check" --force --registration-form "$out/mvs-registratieformulier.xlsx" templates/mvs/tender.toml
echo "  the blank form to publish: $out/mvs-registratieformulier.xlsx"
# Filled forms (one with a missing certification) checked together with the TOML registrations.
run_check mvs-intake templates/mvs/tender.toml templates/mvs/registrations templates/mvs/registration-forms
"$bin/tender-check" --force --toml "$out/jeugdteams-waterweg.toml" templates/mvs/tender.toml \
  templates/mvs/registration-forms/07-combinatie-jeugdteams-waterweg.xlsx >/dev/null
echo "  a filled form converted to TOML, to version: $out/jeugdteams-waterweg.toml"

# The preselection of the MVS example: blank forms per evaluator, the three evaluators' returned
# scores (shipped as TOML score files) collected, and the ranking with its workbook. The forms are
# the demo's own blank ones, so a second run replaces them (--force); forms never overwrites
# without it, since an evaluator may have filled one in.
echo
echo "=== tender-score: MVS preselection"
"$bin/tender-score" forms templates/mvs/tender.toml templates/mvs/registrations --dir "$out/forms" --force
"$bin/tender-score" collect templates/mvs/tender.toml templates/mvs/scores/*.toml -o "$out/mvs-scores.toml"
"$bin/tender-score" rank templates/mvs/tender.toml "$out/mvs-scores.toml" --xlsx "$out/mvs-preselection.xlsx"
"$bin/tender-score" rank templates/mvs/tender.toml "$out/mvs-scores.toml" --format json \
  -o "$out/mvs-preselection.json"

# Contract schedules: the MVS integral contract (9 years, evaluations after years 3 and 6) with
# its annex, and the IJmond/ZK integral contract, existing contracts and procurement timeline,
# then the timeline re-planned ("temporiseren": the dialogue takes three months longer) against
# the original plan.
echo
echo "=== tender-schedule: MVS integral contract"
"$bin/tender-schedule" templates/mvs/tender.toml --xlsx "$out/mvs-schedule.xlsx" \
  --format markdown -o "$out/mvs-schedule.md"
"$bin/tender-schedule" templates/mvs/tender.toml -o "$out/mvs-schedule.txt"
sed -n '1,12p' "$out/mvs-schedule.txt"
echo "  ... (all milestones in $out/mvs-schedule.txt)"

echo
echo "=== tender-schedule: IJmond/ZK contracts and procurement timeline"
ijmond=(templates/ijmond-zk/tender.toml templates/ijmond-zk/contracts.toml)
"$bin/tender-schedule" "${ijmond[@]}" --xlsx "$out/ijmond-zk-schedule.xlsx" --format json \
  -o "$out/ijmond-zk-schedule.json"
"$bin/tender-schedule" "${ijmond[@]}" --format ics -o "$out/ijmond-zk-schedule.ics"
"$bin/tender-schedule" "${ijmond[@]}" --format csv -o "$out/ijmond-zk-schedule.csv"
"$bin/tender-schedule" "${ijmond[@]}" --format markdown -o "$out/ijmond-zk-schedule.md"
"$bin/tender-schedule" "${ijmond[@]}" | sed -n '1,/^milestones/p'

echo
echo "=== tender-schedule: IJmond/ZK re-planned (--shift dialoog=+3m) against the plan"
"$bin/tender-schedule" "${ijmond[@]}" --shift dialoog=+3m --baseline "$out/ijmond-zk-schedule.json" \
  --xlsx "$out/ijmond-zk-replanned.xlsx" --format json -o "$out/ijmond-zk-replanned.json"
"$bin/tender-schedule" "${ijmond[@]}" --shift dialoog=+3m --baseline "$out/ijmond-zk-schedule.json" \
  | sed -n '/^changes against/,$p'

# Consortia from the provider registers: the fewest-member compositions of IJmond/ZK written as
# registration files and checked by tender-check, the gap of a rejected registration, and the
# market map with the number of competing consortia (exit 0: answered).
echo
echo "=== tender-match: IJmond/ZK consortia from the provider register"
ijmond_match=(templates/ijmond-zk/tender.toml templates/ijmond-zk/providers.toml)
"$bin/tender-match" compose "${ijmond_match[@]}" --alternatives 3 \
  --write-registrations "$out/ijmond-zk-proposals" --xlsx "$out/ijmond-zk-compose.xlsx"
# Each proposal is an alternative and passes on its own; checked together they would share
# providers, which INT-008 forbids among the registrations of one tender.
for proposal in "$out"/ijmond-zk-proposals/*.toml; do
  "$bin/tender-check" templates/ijmond-zk/tender.toml "$proposal" | tail -1
done
"$bin/tender-match" complete "${ijmond_match[@]}" \
  templates/ijmond-zk/registrations/03-combinatie-zonder-keurmerk.toml
"$bin/tender-match" market "${ijmond_match[@]}" --xlsx "$out/ijmond-zk-market.xlsx" \
  --format json -o "$out/ijmond-zk-market.json"
"$bin/tender-match" market "${ijmond_match[@]}" --format markdown -o "$out/ijmond-zk-market.md"
"$bin/tender-match" market "${ijmond_match[@]}" | sed -n '/^Concurrerende/,$p'
echo
echo "=== tender-match: MVS market map"
"$bin/tender-match" market templates/mvs/tender.toml templates/mvs/providers.toml \
  --xlsx "$out/mvs-market.xlsx"

echo
echo "Outputs written to $PWD/$out/:"
(cd "$out" && find . -type f | sort | sed 's|^\./|  |')

echo
echo "The commands are in $PWD/$bin/: tender-check, tender-score, tender-schedule, tender-init,"
echo "  tender-match."
echo "  Put them on the PATH:  export PATH=\"$PWD/$bin:\$PATH\""
echo "  Their manuals:         man -l $PWD/build/man/tender-check.1   (and the other four)"
echo "  Install them:          $PWD/docs/packaging.md (cmake --install, or the Debian package)"
echo "Read next: $PWD/docs/user-guide.md, one whole tender from tender-init to the contract annex."
