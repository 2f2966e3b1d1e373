# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# Shared by the benchmark scripts (sourced): measuring a command and small arithmetic.
# The sourcing script sets $runs.

# Runs a command $runs times after a warm-up run. Prints the median run (by VALUE) as
# "VALUE WALL_S PEAK_KIB OUTPUT", where VALUE sums the KEY=number fields named in $1
# (comma-separated) in the command's output, or is the wall time when $1 is "-".
measure() {
  local keys=$1 timing output value
  shift
  timing=$(mktemp)
  output=$(mktemp)
  local results=()
  "$@" >/dev/null  # warm the page cache
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -o "$timing" -f '%e %M' "$@" >"$output"
    if [[ $keys == - ]]; then
      value=$(cut -d' ' -f1 "$timing")
    else
      value=$(awk -v keys="$keys" '
        { n = split(keys, k, ",")
          for (f = 1; f <= NF; f++) { split($f, kv, "="); for (j = 1; j <= n; j++) if (kv[1] == k[j]) s += kv[2] } }
        END { printf "%.3f", s }' "$output")
    fi
    results+=("$value $(tail -n 1 "$timing") $(head -c 400 "$output" | head -n 1)")
  done
  rm -f "$timing" "$output"
  printf '%s\n' "${results[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
sum() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a + b }'; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }
