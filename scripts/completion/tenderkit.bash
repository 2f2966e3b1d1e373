# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# bash completion for tenderkit: tender-check, tender-score, tender-schedule, tender-init,
# tender-match.
#
# Installed once per command as share/bash-completion/completions/<command> (bash-completion
# loads a completion by the name of the command); each copy registers all five. Self-contained:
# it needs bash, not the bash-completion package, so it can also be sourced by hand:
#   source scripts/completion/tenderkit.bash
# tests/scripts/completion_test.sh checks it against every long option of every --help.

# The option lists, one per command (and per tender-score subcommand). A new option must be added
# here: the completion test fails otherwise.
_tenderkit_check_options="-h --help --version --format -o --output --xlsx --lang --color --strict
  --registration-form --toml -f --force --espd"
_tenderkit_init_options="-h --help --version -t --template -f --force --examples --lang --color"
_tenderkit_schedule_options="-h --help --version --format -o --output --xlsx --lang --color --shift
  --baseline --as-of --bridging-days --no-bridging-days"
_tenderkit_score_options="-h --help --version"
_tenderkit_score_commands="forms collect rank"
_tenderkit_score_forms_options="-h --help --dir -f --force --lang --color"
_tenderkit_score_collect_options="-h --help -o --output --format --lang --color"
_tenderkit_score_rank_options="-h --help --consensus --format -o --output --xlsx --lang --color"
_tenderkit_match_options="-h --help --version"
_tenderkit_match_commands="compose complete market"
_tenderkit_match_common="-h --help --format -o --output --color --lang --xlsx -q --quiet --time-limit
  --write-registrations --exclude"
_tenderkit_match_compose_options="$_tenderkit_match_common --require --max-members --legal-form
  --prefer-fewer-subcontractors --prefer-tag --alternatives"
_tenderkit_match_complete_options="$_tenderkit_match_common --max-members"
_tenderkit_match_market_options="$_tenderkit_match_common --registrations --exclusivity"

# Appends to COMPREPLY the words of $1 that start with $2.
_tenderkit_words() {
  local word
  for word in $1; do
    [[ "$word" == "$2"* ]] && COMPREPLY+=("$word")
  done
}

# Appends to COMPREPLY the directories starting with $1, and the files among them whose name ends
# in one of the extensions $2... (none: every file). Names are quoted by readline (-o filenames).
_tenderkit_files() {
  local cur="$1" entry extension
  shift
  local IFS=$'\n'
  compopt -o filenames 2>/dev/null
  for entry in $(compgen -d -- "$cur"); do
    COMPREPLY+=("$entry")
  done
  for entry in $(compgen -f -- "$cur"); do
    [[ -d "$entry" ]] && continue
    if [[ $# -eq 0 ]]; then
      COMPREPLY+=("$entry")
      continue
    fi
    for extension in "$@"; do
      if [[ "${entry,,}" == *."$extension" ]]; then
        COMPREPLY+=("$entry")
        break
      fi
    done
  done
}

# Appends to COMPREPLY the directories starting with $1.
_tenderkit_dirs() {
  local IFS=$'\n' entry
  compopt -o filenames 2>/dev/null
  for entry in $(compgen -d -- "$1"); do
    COMPREPLY+=("$entry")
  done
}

# The names of the shipped templates: directories with a tender.toml in $TENDERKIT_TEMPLATES or in
# share/tenderkit/templates beside the tender-init found on PATH; else the three shipped ones.
_tenderkit_template_names() {
  local directory="${TENDERKIT_TEMPLATES:-}" program names="" entry
  if [[ -z "$directory" ]] && program=$(type -P tender-init 2>/dev/null); then
    directory="${program%/*}/../share/tenderkit/templates"
  fi
  if [[ -n "$directory" && -d "$directory" ]]; then
    for entry in "$directory"/*/tender.toml; do
      [[ -f "$entry" ]] || continue
      entry="${entry%/tender.toml}"
      names+=" ${entry##*/}"
    done
  fi
  echo "${names:-mvs ijmond-zk blank}"
}

# Sets cur and prev from COMP_WORDS and COMP_CWORD, joining "--option=value" (split at '=' by
# readline's COMP_WORDBREAKS, or not) so that prev is the option and cur the value typed so far.
_tenderkit_current() {
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev=""
  ((COMP_CWORD > 0)) && prev="${COMP_WORDS[COMP_CWORD - 1]}"
  if [[ "$cur" == "=" && "$prev" == -* ]]; then
    cur=""
  elif [[ "$prev" == "=" ]] && ((COMP_CWORD > 1)); then
    prev="${COMP_WORDS[COMP_CWORD - 2]}"
  elif [[ "$cur" == --*=* ]]; then
    prev="${cur%%=*}"
    cur="${cur#*=}"
  fi
}

# Counts the positional arguments before the current word, skipping options and their values.
# $1: the options that take a value; $2: the first word to look at.
_tenderkit_positionals_before() {
  local with_value=" $1 " i word count=0 skip=0
  for ((i = $2; i < COMP_CWORD; i++)); do
    word="${COMP_WORDS[i]}"
    if ((skip)); then
      skip=0
      [[ "$word" == "=" ]] && skip=1
      continue
    fi
    case "$word" in
      --*=*) ;;
      -*) [[ "$with_value" == *" $word "* ]] && skip=1 ;;
      =) ;;
      *) ((count++)) ;;
    esac
  done
  echo "$count"
}

_tenderkit_check() {
  local cur prev
  COMPREPLY=()
  _tenderkit_current
  case "$prev" in
    --format) _tenderkit_words "text json junit markdown" "$cur"; return 0 ;;
    --color) _tenderkit_words "auto always never" "$cur"; return 0 ;;
    --lang) _tenderkit_words "nl en" "$cur"; return 0 ;;
    -o | --output) _tenderkit_files "$cur"; return 0 ;;
    --xlsx | --registration-form) _tenderkit_files "$cur" xlsx; return 0 ;;
    --toml) _tenderkit_files "$cur" toml; return 0 ;;
    --espd) _tenderkit_dirs "$cur"; return 0 ;;
  esac
  if [[ "$cur" == -* ]]; then
    _tenderkit_words "$_tenderkit_check_options" "$cur"
    return 0
  fi
  # TENDER is a .toml file; REGISTRATIONS are .toml files, filled registration forms (.xlsx) or
  # directories of them.
  _tenderkit_files "$cur" toml xlsx
}

_tenderkit_init() {
  local cur prev
  COMPREPLY=()
  _tenderkit_current
  case "$prev" in
    -t | --template) _tenderkit_words "$(_tenderkit_template_names)" "$cur"; return 0 ;;
    --lang) _tenderkit_words "nl en" "$cur"; return 0 ;;
    --color) _tenderkit_words "auto always never" "$cur"; return 0 ;;
  esac
  if [[ "$cur" == -* ]]; then
    _tenderkit_words "$_tenderkit_init_options" "$cur"
    return 0
  fi
  _tenderkit_dirs "$cur"
}

_tenderkit_schedule() {
  local cur prev
  COMPREPLY=()
  _tenderkit_current
  case "$prev" in
    --format) _tenderkit_words "text json csv ics markdown" "$cur"; return 0 ;;
    --color) _tenderkit_words "auto always never" "$cur"; return 0 ;;
    --lang) _tenderkit_words "nl en" "$cur"; return 0 ;;
    -o | --output) _tenderkit_files "$cur"; return 0 ;;
    --xlsx) _tenderkit_files "$cur" xlsx; return 0 ;;
    --baseline) _tenderkit_files "$cur" json; return 0 ;;
    --bridging-days) _tenderkit_files "$cur" toml; return 0 ;;
    --as-of) _tenderkit_words "$(date +%Y-%m-%d 2>/dev/null)" "$cur"; return 0 ;;
    --shift) return 0 ;;  # PHASE=DURATION, e.g. dialoog=+3m: nothing to offer
  esac
  if [[ "$cur" == -* ]]; then
    _tenderkit_words "$_tenderkit_schedule_options" "$cur"
    return 0
  fi
  _tenderkit_files "$cur" toml
}

_tenderkit_score() {
  local cur prev command="" i
  COMPREPLY=()
  _tenderkit_current
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in
      forms | collect | rank) command="${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$command" in
    "")
      if [[ "$cur" == -* ]]; then
        _tenderkit_words "$_tenderkit_score_options" "$cur"
      else
        _tenderkit_words "$_tenderkit_score_commands" "$cur"
      fi
      ;;
    forms)
      case "$prev" in
        --dir) _tenderkit_dirs "$cur"; return 0 ;;
        --lang) _tenderkit_words "nl en" "$cur"; return 0 ;;
        --color) _tenderkit_words "auto always never" "$cur"; return 0 ;;
      esac
      if [[ "$cur" == -* ]]; then
        _tenderkit_words "$_tenderkit_score_forms_options" "$cur"
      else
        _tenderkit_files "$cur" toml
      fi
      ;;
    collect)
      case "$prev" in
        -o | --output) _tenderkit_files "$cur" toml; return 0 ;;
        --format) _tenderkit_words "text json" "$cur"; return 0 ;;
        --lang) _tenderkit_words "nl en" "$cur"; return 0 ;;
        --color) _tenderkit_words "auto always never" "$cur"; return 0 ;;
      esac
      if [[ "$cur" == -* ]]; then
        _tenderkit_words "$_tenderkit_score_collect_options" "$cur"
      elif [[ $(_tenderkit_positionals_before "-o --output --format" $((i + 1))) -eq 0 ]]; then
        _tenderkit_files "$cur" toml
      else
        _tenderkit_files "$cur" xlsx csv toml
      fi
      ;;
    rank)
      case "$prev" in
        -o | --output) _tenderkit_files "$cur"; return 0 ;;
        --xlsx) _tenderkit_files "$cur" xlsx; return 0 ;;
        --format) _tenderkit_words "text json markdown" "$cur"; return 0 ;;
        --lang) _tenderkit_words "nl en" "$cur"; return 0 ;;
        --color) _tenderkit_words "auto always never" "$cur"; return 0 ;;
        --consensus) _tenderkit_files "$cur" toml; return 0 ;;
      esac
      if [[ "$cur" == -* ]]; then
        _tenderkit_words "$_tenderkit_score_rank_options" "$cur"
      else
        _tenderkit_files "$cur" toml
      fi
      ;;
  esac
  return 0
}

_tenderkit_match() {
  local cur prev command="" i options
  COMPREPLY=()
  _tenderkit_current
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in
      compose | complete | market) command="${COMP_WORDS[i]}"; break ;;
    esac
  done
  if [[ -z "$command" ]]; then
    if [[ "$cur" == -* ]]; then
      _tenderkit_words "$_tenderkit_match_options" "$cur"
    else
      _tenderkit_words "$_tenderkit_match_commands" "$cur"
    fi
    return 0
  fi
  case "$prev" in
    --format) _tenderkit_words "text json markdown" "$cur"; return 0 ;;
    --color) _tenderkit_words "auto always never" "$cur"; return 0 ;;
    -o | --output) _tenderkit_files "$cur"; return 0 ;;
    --xlsx) _tenderkit_files "$cur" xlsx; return 0 ;;
    --write-registrations) _tenderkit_dirs "$cur"; return 0 ;;
    --registrations) _tenderkit_files "$cur" toml; return 0 ;;
    --legal-form) _tenderkit_words "combination main-contractor" "$cur"; return 0 ;;
    --exclusivity) _tenderkit_words "participate-once lead-once" "$cur"; return 0 ;;
    # A number, a KvK number or a tag: nothing to offer.
    --time-limit | --max-members | --alternatives | --require | --exclude | --prefer-tag) return 0 ;;
  esac
  case "$command" in
    compose) options="$_tenderkit_match_compose_options" ;;
    complete) options="$_tenderkit_match_complete_options" ;;
    market) options="$_tenderkit_match_market_options" ;;
  esac
  if [[ "$cur" == -* ]]; then
    _tenderkit_words "$options" "$cur"
    return 0
  fi
  # TENDER, REGISTER (and complete's REGISTRATION) are .toml files.
  _tenderkit_files "$cur" toml
}

complete -F _tenderkit_check tender-check
complete -F _tenderkit_init tender-init
complete -F _tenderkit_schedule tender-schedule
complete -F _tenderkit_score tender-score
complete -F _tenderkit_match tender-match
