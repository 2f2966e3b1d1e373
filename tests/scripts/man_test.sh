#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# The man pages the build generated (build/man/COMMAND.1.gz):
# - the sections a user looks for, with the hand-written text of docs/man/COMMAND.h2m in place;
# - every option of --help (and of each tender-score subcommand) in the page;
# - man renders each without warnings;
# - reproducible: generated again from the same inputs, byte-identical.
#   man_test.sh GENERATOR HELP2MAN BIN_DIR H2M_DIR MAN_DIR EPOCH
set -uo pipefail

generator=$1 help2man=$2 bin=$3 h2m=$4 pages=$5 epoch=$6
commands=(tender-check tender-score tender-schedule tender-init tender-match)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

for command in "${commands[@]}"; do
  page=$pages/$command.1.gz
  [[ -f "$page" ]] || { fail "$page was not generated"; continue; }
  gzip -dc "$page" >"$tmp/$command.1" || { fail "$page is not gzipped"; continue; }
  roff=$tmp/$command.1
  for section in NAME SYNOPSIS DESCRIPTION OPTIONS ENVIRONMENT EXAMPLES '"SEE ALSO"'; do
    grep -qx "\\.SH $section" "$roff" || fail "$command.1 has no $section section"
  done
  for variable in NO_COLOR SOURCE_DATE_EPOCH TENDERKIT_TEMPLATES; do
    grep -qx "\\.B $variable" "$roff" || fail "$command.1 does not explain $variable"
  done
  grep -q "^\\.TH ${command^^} \"1\"" "$roff" || fail "$command.1 has no .TH header of section 1"
  grep -q "^$command \\\\- " "$roff" || fail "$command.1 has not the NAME of $command.h2m"
  # The description of the .h2m, placed after the paragraph its /pattern/ matches: its first line
  # of text must be in the page (a pattern that stops matching drops it silently otherwise).
  first=$(sed -n '/^\//,/^\[/p' "$h2m/$command.h2m" | grep -vE '^(/|\[|\.PP$|$)' | head -1)
  grep -qF -- "$first" "$roff" || fail "$command.1 lacks the description of $command.h2m: $first"
  grep -q "$command (tenderkit)\|tenderkit [0-9]" "$roff" || fail "$command.1 names no version"

  # Every option of --help, written as roff writes it (\-\-format).
  help=$("$bin/$command" --help)
  subcommand_list=()
  [[ "$command" == tender-score ]] && subcommand_list=(forms collect rank)
  [[ "$command" == tender-match ]] && subcommand_list=(compose complete market)
  if ((${#subcommand_list[@]} > 0)); then
    grep -qx '\.SH SUBCOMMANDS' "$roff" || fail "$command.1 has no SUBCOMMANDS section"
    for subcommand in "${subcommand_list[@]}"; do
      grep -qx "\\.SS \"$command $subcommand\"" "$roff" ||
        fail "$command.1 has no subsection for $subcommand"
      help+=$'\n'$("$bin/$command" "$subcommand" --help)
    done
  fi
  for option in $(grep -oE -- '(^|[^[:alnum:]-])--[a-z][a-z-]*' <<<"$help" | sed -E 's/^[^-]*//' |
                  sort -u); do
    grep -qF -- "${option//-/\\-}" "$roff" || fail "$command.1 does not mention $option"
  done

  if command -v man >/dev/null; then
    warnings=$(MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$page" 2>&1 >/dev/null)
    [[ -z "$warnings" ]] || fail "man $command.1 warns: $warnings"
    # What the user guide and the demo tell a source-tree user to run: man -l build/man/COMMAND.1.
    MANWIDTH=80 LC_ALL=C.UTF-8 man -l "$pages/$command.1" 2>/dev/null | grep -q "$command" ||
      fail "man -l $pages/$command.1 shows no page"
  fi

  # The same inputs give the same bytes.
  subcommands=()
  [[ "$command" == tender-score ]] && subcommands=(forms collect rank)
  [[ "$command" == tender-match ]] && subcommands=(compose complete market)
  if "$generator" "$help2man" "$bin/$command" "$h2m/$command.h2m" "$tmp/again/$command.1.gz" \
       "$epoch" "${subcommands[@]}"; then
    cmp -s "$page" "$tmp/again/$command.1.gz" ||
      fail "$command.1.gz generated again differs from the build's"
  else
    fail "generating $command.1.gz again failed"
  fi
done

if ((failures > 0)); then
  echo "$failures man page check(s) failed"
  exit 1
fi
echo "man: all checks passed"
