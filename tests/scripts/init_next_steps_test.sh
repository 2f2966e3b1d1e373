#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# What tender-init tells a new user to run next, run: for every shipped template, tender-init writes
# a tender folder (its name holds a space, as "Mijn aanbesteding" would) in an empty directory,
# then each command line under "next:" ("verder:" for a Dutch template) runs there, with the built commands first on the PATH, as
# a user would paste it. Every one must succeed (exit 0) and write what it names with -o.
#   init_next_steps_test.sh BIN_DIR TEMPLATES_DIR
set -uo pipefail

bin=$1 templates=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

names=()
for tender in "$templates"/*/tender.toml; do
  names+=("$(basename "$(dirname "$tender")")")
done
((${#names[@]} >= 3)) || fail "fewer than three templates in $templates: ${names[*]}"

for name in "${names[@]}"; do
  work=$tmp/$name
  mkdir -p "$work"
  cd "$work" || exit 1
  if ! env PATH="$bin:$PATH" NO_COLOR=1 tender-init --template "$name" "mijn aanbesteding" \
       >init.out 2>&1; then
    fail "tender-init --template $name:"
    cat init.out
    continue
  fi
  mapfile -t steps < <(sed -n '/^\(next\|verder\):$/,$p' init.out | tail -n +2 | sed 's/^  //')
  ((${#steps[@]} >= 2)) ||
    fail "tender-init --template $name printed no next steps: $(cat init.out)"
  for step in "${steps[@]}"; do
    echo "[$name] \$ $step"
    if ! env PATH="$bin:$PATH" NO_COLOR=1 bash -c "$step" >step.out 2>&1; then
      fail "[$name] the next step '$step' failed:"
      sed 's/^/    /' step.out | head -20
      continue
    fi
    # What it names with an output option exists (the words as the shell splits them).
    output=$(eval "set -- $step"; for ((i = 1; i < $#; i++)); do
               [[ "${!i}" == -o || "${!i}" == --xlsx || "${!i}" == --dir ]] &&
                 { j=$((i + 1)); echo "${!j}"; }; done)
    if [[ -n "$output" && ! -e "$output" ]]; then
      fail "[$name] '$step' did not write $output"
    fi
  done
done

if ((failures > 0)); then
  echo "$failures next-step check(s) failed"
  exit 1
fi
echo "init next steps: every step of ${names[*]} ran"
