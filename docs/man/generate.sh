#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# Writes the man page of one tenderkit command, gzipped, from its --help and --version (help2man)
# and the hand-written sections of docs/man/COMMAND.h2m. Run by the build (target "man"):
#   generate.sh HELP2MAN PROGRAM INCLUDE OUTPUT.1.gz EPOCH [SUBCOMMAND...]
# EPOCH becomes SOURCE_DATE_EPOCH, the date in the page's header, so a page depends only on its
# inputs (gzip -n: no name or time in the archive either). Each SUBCOMMAND's --help becomes a
# subsection of a SUBCOMMANDS section (tender-score forms, collect, rank).
set -euo pipefail

help2man=$1 program=$2 include=$3 output=$4 epoch=$5
shift 5
name=$(basename "$program")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=$epoch LC_ALL=C.UTF-8 LANGUAGE='' NO_COLOR=1
unset TENDERKIT_TEMPLATES

# help2man reads --help through a wrapper of the same name that
# - widens CLI11's one-space gap after an option of exactly 27 characters (e.g. "--color
#   {auto|always|never} Colour...") to two, which help2man needs to tell option from text;
# - for a subcommand, runs "PROGRAM SUBCOMMAND --help" and leaves out the footer the subcommands
#   repeat from the command ("Run '... COMMAND --help' ..." and below);
# - leaves out an "Examples:" block of the footer: help2man would run its lines together into one
#   paragraph; the .h2m has the examples, each explained.
write_wrapper() {  # write_wrapper PATH [SUBCOMMAND]
  local filter="s/^(  -.{25}[^ ]) ([^ ])/\\1  \\2/"
  local examples='/^Examples:$/,/^$/d'
  {
    echo '#!/usr/bin/env bash'
    echo 'set -o pipefail'
    if [[ -n "${2:-}" ]]; then
      # shellcheck disable=SC2016  # expanded by the wrapper, not here
      printf 'if [[ "${1:-}" == --version ]]; then exec %q --version; fi\n' "$program"
      printf '%q %q "$@" | sed -E -e %q -e %q -e %q\n' "$program" "$2" "$filter" "$examples" \
        "/^Run '.* COMMAND --help'/,\$d"
    else
      printf '%q "$@" | sed -E -e %q -e %q\n' "$program" "$filter" "$examples"
    fi
  } >"$1"
  chmod +x "$1"
}

includes=(--include="$include")
if [[ $# -gt 0 ]]; then
  sections="$work/subcommands.h2m"
  echo '[SUBCOMMANDS]' >"$sections"
  for subcommand in "$@"; do
    mkdir -p "$work/$subcommand"
    write_wrapper "$work/$subcommand/$name" "$subcommand"
    "$help2man" --no-info --output="$work/$subcommand.1" "$work/$subcommand/$name"
    # The page's synopsis and description, demoted to a subsection: "tender-score forms ..." in
    # bold, the positionals and options as labelled lists.
    {
      printf '.SS "%s %s"\n' "$name" "$subcommand"
      sed -n '/^\.SH SYNOPSIS/,$p' "$work/$subcommand.1" |
        sed -e '1d' \
          -e "s/^\\\\fI\\\\,$subcommand \\\\\\/\\\\fR/\\\\fB$subcommand\\\\fR /" \
          -e 's/^\.SH DESCRIPTION$/.PP/' \
          -e 's/^\.SS "\(.*\)"$/.PP\n\\fI\1\\fR/' \
          -e 's/^\.SH OPTIONS$/.PP\n\\fIOptions:\\fR/'
    } >>"$sections"
  done
  if grep -q '^\.SH' "$sections"; then
    echo "generate.sh: unexpected section in the help of $name $*" >&2
    exit 1
  fi
  includes+=(--include="$sections")
fi

mkdir -p "$work/bin"
write_wrapper "$work/bin/$name"
"$help2man" --no-info --section=1 --manual="User Commands" "${includes[@]}" \
  --output="$work/$name.1" "$work/bin/$name"
mkdir -p "$(dirname "$output")"
gzip -9n <"$work/$name.1" >"$output.tmp"
mv "$output.tmp" "$output"
# The uncompressed page too, for reading in the build tree: man -l build/man/tender-check.1
cp "$work/$name.1" "${output%.gz}"
