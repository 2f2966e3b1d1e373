#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# `cmake --install` into a temporary prefix, then the installed commands run as a user would run
# them: from another directory, with a clean environment (no TENDERKIT_TEMPLATES), on a tender
# folder that the installed tender-init wrote. Proves that the installed commands use the
# installed templates, not the source tree they were built from:
# - the prefix is moved after installing, so no path compiled into the binaries points into it;
# - the installed mvs template gets a marker line, which the copy tender-init writes must have;
# - tender-schedule, with no bridging-days.toml beside the tender file, names the installed one
#   (calendar.bridging_days of --format json) as the table it used.
# Also checks that the man pages, the bash completions and the docs were installed.
#   install_test.sh BUILD_DIR SOURCE_DIR VERSION WITH_MAN(ON|OFF)
set -uo pipefail

build=$1 source=$2 version=$3 with_man=$4
commands=(tender-check tender-score tender-schedule tender-init tender-match)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

cmake --install "$build" --prefix "$tmp/staged" >"$tmp/install.log" ||
  { cat "$tmp/install.log"; echo "FAIL: cmake --install"; exit 1; }
mv "$tmp/staged" "$tmp/prefix"
prefix=$tmp/prefix
data=$prefix/share/tenderkit/templates

# What is installed where.
for command in "${commands[@]}"; do
  [[ -x "$prefix/bin/$command" ]] || fail "bin/$command not installed"
  [[ -f "$prefix/share/bash-completion/completions/$command" ]] ||
    fail "share/bash-completion/completions/$command not installed"
  if [[ "$with_man" == ON ]]; then
    page=$prefix/share/man/man1/$command.1.gz
    if [[ ! -f "$page" ]]; then
      fail "share/man/man1/$command.1.gz not installed"
    elif ! gzip -dc "$page" | grep -q '^\.SH ENVIRONMENT'; then
      fail "$page is not a gzipped man page with an ENVIRONMENT section"
    fi
  fi
done
for file in bridging-days.toml mvs/tender.toml mvs/contracts.toml ijmond-zk/tender.toml \
            blank/tender.toml; do
  [[ -f "$data/$file" ]] || fail "share/tenderkit/templates/$file not installed"
done
# The whole templates tree, file for file.
(cd "$source/templates" && find . -type f | LC_ALL=C sort) >"$tmp/source-templates"
(cd "$data" && find . -type f | LC_ALL=C sort) >"$tmp/installed-templates"
diff "$tmp/source-templates" "$tmp/installed-templates" >/dev/null ||
  fail "share/tenderkit/templates differs from templates/: $(diff "$tmp/source-templates" \
        "$tmp/installed-templates" | tr '\n' ' ')"
for doc in README.md docs/packaging.md docs/user-guide.md docs/tender-check.md \
           docs/images/schedule-annex.png docs/schema/tender-check.schema.json; do
  [[ -f "$prefix/share/doc/tenderkit/$doc" ]] || fail "share/doc/tenderkit/$doc not installed"
done

# The completion as installed loads and registers every command.
for command in "${commands[@]}"; do
  bash -c 'source "$1" && complete -p "$2"' _ "$prefix/share/bash-completion/completions/$command" \
    "$command" >/dev/null 2>&1 || fail "the installed completion does not register $command"
done
if [[ "$with_man" == ON ]] && command -v man >/dev/null; then
  found=$(MANPATH="$prefix/share/man" man -w tender-score 2>/dev/null || true)
  [[ "$found" == "$prefix/share/man/man1/tender-score.1.gz" ]] ||
    fail "man -w tender-score with MANPATH=$prefix/share/man found '$found'"
fi

# A marker in the installed template: tender-init must copy it.
marker="# install_test: the installed template"
echo "$marker" >>"$data/mvs/tender.toml"

# The installed commands, run from a fresh directory with a clean environment.
mkdir "$tmp/run" || exit 1
cd "$tmp/run" || exit 1
run() {  # run EXPECTED_EXIT COMMAND ARGS...: COMMAND from the prefix; output in $tmp/out
  local expected=$1 status=0
  shift
  env -i PATH=/usr/bin:/bin HOME="$tmp/run" LC_ALL=C.UTF-8 NO_COLOR=1 \
    "$prefix/bin/$1" "${@:2}" >"$tmp/out" 2>&1 || status=$?
  if [[ "$status" -ne "$expected" ]]; then
    fail "$* exited with $status, expected $expected:"
    sed 's/^/    /' "$tmp/out" | head -20
    return 1
  fi
}

for command in "${commands[@]}"; do
  if run 0 "$command" --version; then
    grep -qx "$command (tenderkit) $version" "$tmp/out" ||
      fail "$command --version printed '$(cat "$tmp/out")'"
  fi
done

run 0 tender-init --template mvs tender && cat "$tmp/out"
grep -qxF "$marker" tender/tender.toml 2>/dev/null ||
  fail "tender-init did not copy the installed template (no marker in tender/tender.toml)"
cmp -s tender/bridging-days.toml "$data/bridging-days.toml" ||
  fail "tender/bridging-days.toml is not the installed one"

run 0 tender-check tender/tender.toml tender/registrations && head -5 "$tmp/out"
run 0 tender-schedule tender/tender.toml tender/contracts.toml --xlsx schedule.xlsx
[[ "$(head -c 2 schedule.xlsx 2>/dev/null)" == "PK" ]] || fail "schedule.xlsx is not a workbook"
run 0 tender-score forms tender/tender.toml tender/registrations --dir forms && cat "$tmp/out"
run 0 tender-match compose "$data/ijmond-zk/tender.toml" "$data/ijmond-zk/providers.toml" \
  --write-registrations proposals && head -5 "$tmp/out"
run 0 tender-check "$data/ijmond-zk/tender.toml" proposals
compgen -G "forms/*.xlsx" >/dev/null || fail "tender-score forms wrote no forms"
run 0 tender-score rank "$data/mvs/tender.toml" "$data"/mvs/scores/*.toml --xlsx ranking.xlsx
[[ "$(head -c 2 ranking.xlsx 2>/dev/null)" == "PK" ]] || fail "ranking.xlsx is not a workbook"

# No bridging-days.toml beside the tender file: tender-schedule uses the installed one.
mkdir plan
cp tender/tender.toml plan/tender.toml
if run 0 tender-schedule plan/tender.toml --format json; then
  used=$(sed -n '/"bridging_days"/,/\]/p' "$tmp/out" | sed -nE 's/^ *"([^"]+)",?$/\1/p')
  echo "tender-schedule used the bridging days of: $used"
  [[ "$used" == "$data/bridging-days.toml" ]] ||
    fail "tender-schedule used the bridging days of '$used', not $data/bridging-days.toml"
fi

if ((failures > 0)); then
  echo "$failures install check(s) failed"
  exit 1
fi
echo "install: all checks passed ($prefix)"
