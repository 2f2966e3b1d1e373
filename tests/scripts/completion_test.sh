#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# The bash completion of scripts/completion/tenderkit.bash, sourced into bash and asked as bash
# asks it (COMP_WORDS, COMP_CWORD, then the function registered with `complete -F`):
# - subcommands, option names and the values of --format, --color and --template;
# - file arguments: *.toml, *.xlsx, directories, as each argument takes;
# - every option in each command's --help (and each tender-score subcommand's) is completed, and
#   every completed option is in --help: an option added without completion fails here.
#   completion_test.sh COMPLETION_SCRIPT BIN_DIR TEMPLATES_DIR
set -uo pipefail

script=$1 bin=$2 templates=$3
# shellcheck source=/dev/null
source "$script" || { echo "cannot source $script"; exit 1; }

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# complete_words WORD... : the completions bash would offer with the cursor at the end of the last
# WORD (an empty last word: after a space). Sorted, one per line.
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  local spec function
  spec=$(complete -p "$1" 2>/dev/null) || { echo "<no completion for $1>"; return; }
  function=$(sed -E 's/.*-F ([^ ]+).*/\1/' <<<"$spec")
  "$function" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]:-}" 2>/dev/null
  [[ ${#COMPREPLY[@]} -eq 0 ]] || printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort -u
}

# expect "WANTED WORDS" WORD... : the completions are exactly WANTED (in any order).
expect() {
  local wanted actual
  wanted=$(tr ' ' '\n' <<<"$1" | sed '/^$/d' | LC_ALL=C sort -u)
  shift
  actual=$(complete_words "$@")
  if [[ "$actual" != "$wanted" ]]; then
    fail "completing '$*': expected [${wanted//$'\n'/ }], got [${actual//$'\n'/ }]"
  fi
}

for command in tender-check tender-score tender-schedule tender-init tender-match; do
  complete -p "$command" >/dev/null 2>&1 || fail "no completion registered for $command"
done

# Subcommands, options and their values.
expect "forms collect rank" tender-score ""
expect "rank" tender-score r
expect "--help --version" tender-score --
expect "text json junit markdown" tender-check --format ""
expect "json junit" tender-check tender.toml --format j
expect "json junit" tender-check --format = j   # --format=j, split at '=' by readline
expect "text json junit markdown" tender-check --format =   # --format=
expect "--color" tender-check --co
expect "auto always never" tender-check --color ""
expect "text json csv ics markdown" tender-schedule t.toml --format ""
expect "--no-bridging-days" tender-schedule --no
expect "auto always never" tender-schedule --color ""
expect "text json" tender-score collect t.toml --format ""
expect "text json markdown" tender-score rank t.toml --format ""
expect "--force" tender-init --f
TENDERKIT_TEMPLATES=$templates expect "blank ijmond-zk mvs" tender-init --template ""
TENDERKIT_TEMPLATES=$templates expect "ijmond-zk" tender-init -t i
# Installed beside tender-init on PATH: its share/tenderkit/templates.
(
  failures=0
  fake=$(mktemp -d)
  trap 'rm -rf "$fake"' EXIT
  mkdir -p "$fake/bin" "$fake/share/tenderkit/templates/only-one"
  touch "$fake/bin/tender-init" "$fake/share/tenderkit/templates/only-one/tender.toml"
  chmod +x "$fake/bin/tender-init"
  unset TENDERKIT_TEMPLATES
  PATH="$fake/bin:$PATH" expect "only-one" tender-init --template ""
  exit "$failures"
) || failures=$((failures + $?))

# File arguments, in a directory with one file of each kind.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(
  failures=0
  cd "$work" || exit 1
  mkdir forms
  touch tender.toml scores.xlsx baseline.json notes.txt filled.csv
  # Registrations are TOML files or filled registration forms (.xlsx).
  expect "forms scores.xlsx tender.toml" tender-check ""
  expect "forms scores.xlsx tender.toml" tender-check tender.toml ""
  expect "forms scores.xlsx" tender-check tender.toml forms --xlsx ""
  expect "forms scores.xlsx" tender-check --registration-form ""
  expect "forms tender.toml" tender-check tender.toml form.xlsx --toml ""
  expect "baseline.json filled.csv forms notes.txt scores.xlsx tender.toml" tender-check -o ""
  expect "forms" tender-init ""
  expect "forms" tender-init --force f
  expect "forms tender.toml" tender-schedule ""
  expect "forms scores.xlsx" tender-schedule tender.toml --xlsx ""
  expect "baseline.json filled.csv forms notes.txt scores.xlsx tender.toml" tender-schedule t.toml -o ""
  expect "en nl" tender-schedule tender.toml --lang ""
  expect "baseline.json forms" tender-schedule tender.toml --baseline ""
  expect "forms tender.toml" tender-schedule tender.toml --bridging-days ""
  expect "" tender-schedule tender.toml --shift ""
  expect "forms tender.toml" tender-score forms ""
  expect "forms" tender-score forms tender.toml forms --dir ""
  expect "forms tender.toml" tender-score collect ""
  expect "filled.csv forms scores.xlsx tender.toml" tender-score collect tender.toml ""
  expect "filled.csv forms scores.xlsx tender.toml" tender-score collect --format json t.toml ""
  expect "forms tender.toml" tender-score collect tender.toml x.xlsx -o ""
  expect "forms tender.toml" tender-score rank tender.toml ""
  expect "forms scores.xlsx" tender-score rank tender.toml --xlsx ""
  expect "baseline.json filled.csv forms notes.txt scores.xlsx tender.toml" tender-score rank t.toml -o ""
  exit "$failures"
) || failures=$((failures + $?))

# The options of a --help text: every --long option anywhere in it (the footer names options too),
# and the short ones of the option lists ("  -o,--output FILE").
help_options() {
  {
    grep -oE -- '(^|[^[:alnum:]-])--[a-z][a-z-]*' <<<"$1" | sed -E 's/^[^-]*//'
    grep -E '^  -' <<<"$1" | sed -E 's/^  ([^ ]+).*/\1/' | tr ',' '\n' | grep -E '^-[a-zA-Z]$'
  } | LC_ALL=C sort -u
}

# compare_options LABEL HELP_TEXT WORD... : the options completed after WORD... "-" are those of the
# help text.
compare_options() {
  local label=$1 help=$2 documented completed option
  shift 2
  documented=$(help_options "$help")
  completed=$(complete_words "$@" -)
  [[ -n "$documented" ]] || fail "$label: no options found in --help"
  for option in $documented; do
    grep -qxF -- "$option" <<<"$completed" || fail "$label: option $option of --help is not completed"
  done
  for option in $completed; do
    grep -qxF -- "$option" <<<"$documented" || fail "$label: completes $option, which --help lacks"
  done
}

for command in tender-check tender-schedule tender-init tender-score; do
  help=$("$bin/$command" --help) || fail "$command --help failed"
  compare_options "$command" "$help" "$command"
done
score_help=$("$bin/tender-score" --help)
subcommands=$(sed -n '/^Subcommands:/,/^$/p' <<<"$score_help" | sed -nE 's/^  ([a-z]+) .*/\1/p')
[[ -n "$subcommands" ]] || fail "no subcommands found in tender-score --help"
completed_subcommands=$(complete_words tender-score "")
for subcommand in $subcommands; do
  grep -qxF "$subcommand" <<<"$completed_subcommands" ||
    fail "tender-score: subcommand $subcommand is not completed"
  help=$("$bin/tender-score" "$subcommand" --help) || fail "tender-score $subcommand --help failed"
  # The footer repeats the command's; only the subcommand's own part counts.
  help=$(sed "/^Run 'tender-score COMMAND --help'/,\$d" <<<"$help")
  compare_options "tender-score $subcommand" "$help" tender-score "$subcommand"
done
for subcommand in $completed_subcommands; do
  grep -qxF "$subcommand" <<<"$subcommands" ||
    fail "tender-score: completes subcommand $subcommand, which --help lacks"
done

# tender-match: its subcommands and each one's options, the same way.
expect "compose complete market" tender-match ""
expect "combination main-contractor" tender-match compose t.toml p.toml --legal-form ""
expect "participate-once lead-once" tender-match market --exclusivity ""
match_help=$("$bin/tender-match" --help)
match_subcommands=$(sed -n '/^Subcommands:/,/^$/p' <<<"$match_help" | sed -nE 's/^  ([a-z]+) .*/\1/p')
[[ -n "$match_subcommands" ]] || fail "no subcommands found in tender-match --help"
compare_options tender-match "$match_help" tender-match
for subcommand in $match_subcommands; do
  help=$("$bin/tender-match" "$subcommand" --help) || fail "tender-match $subcommand --help failed"
  help=$(sed "/^Run 'tender-match COMMAND --help'/,\$d" <<<"$help")
  compare_options "tender-match $subcommand" "$help" tender-match "$subcommand"
done

if ((failures > 0)); then
  echo "$failures completion check(s) failed"
  exit 1
fi
echo "completion: all checks passed"
