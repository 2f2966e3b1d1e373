#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# `cpack -G DEB` into a temporary directory, then the package checked as dpkg sees it:
# - its contents (dpkg-deb -c): the commands, man pages, completions, templates and docs, all
#   under /usr;
# - its control fields (dpkg-deb -I): name, version, and Depends that are Debian package names,
#   among them the libraries the commands link; when apt knows them, installable here
#   (apt-get install --simulate);
# - the commands unpacked from it (dpkg-deb -x) run and use the package's templates;
# - its copyright file (DEP-5, the EUPL-1.2 of LICENSE) and changelog;
# - lintian reports no error and no warning (info tags are shown, not failed on).
# Skipped (77) without dpkg-deb; without lintian, the other checks run and then it is skipped.
#   deb_test.sh CPACK BUILD_DIR VERSION WITH_MAN(ON|OFF) SOURCE_DIR
set -uo pipefail

cpack=$1 build=$2 version=$3 with_man=$4 source=$5
command -v dpkg-deb >/dev/null || { echo "dpkg-deb not found: skipped"; exit 77; }
commands=(tender-check tender-score tender-schedule tender-init tender-match)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log"
  echo "FAIL: cpack -G DEB"
  exit 1
fi
debs=("$tmp"/out/tenderkit_"$version"_*.deb)
if [[ ${#debs[@]} -ne 1 || ! -f "${debs[0]}" ]]; then
  ls -l "$tmp/out"
  echo "FAIL: no single tenderkit_${version}_ARCH.deb"
  exit 1
fi
deb=${debs[0]}
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# Contents.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/contents"
expected=(/usr/share/tenderkit/templates/bridging-days.toml
          /usr/share/tenderkit/templates/mvs/tender.toml
          /usr/share/tenderkit/templates/ijmond-zk/contracts.toml
          /usr/share/tenderkit/templates/blank/tender.toml
          /usr/share/doc/tenderkit/README.md /usr/share/doc/tenderkit/docs/packaging.md
          /usr/share/doc/tenderkit/copyright /usr/share/doc/tenderkit/changelog.gz)
for command in "${commands[@]}"; do
  expected+=("/usr/bin/$command" "/usr/share/bash-completion/completions/$command")
  [[ "$with_man" == ON ]] && expected+=("/usr/share/man/man1/$command.1.gz")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" "$tmp/contents" || fail "the package lacks $path"
done
outside=$(grep -vE '^/$|^/usr(/|$)' "$tmp/contents" || true)
[[ -z "$outside" ]] || fail "the package installs outside /usr: $outside"

# Control fields.
dpkg-deb -I "$deb" >"$tmp/info" || fail "dpkg-deb -I"
sed -n '/^ [A-Z][A-Za-z-]*:/,$p' "$tmp/info"
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == tenderkit ]] || fail "Package is '$(field Package)'"
[[ "$(field Version)" == "$version" ]] || fail "Version is '$(field Version)', not $version"
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@\>]+@[^@\>]+\>$ ]] ||
  fail "Maintainer is '$(field Maintainer)', not 'Name <address>'"
[[ "$(field Maintainer)" != *example.* && "$(field Homepage)" != *example.* ]] ||
  fail "a placeholder in Maintainer or Homepage: $(field Maintainer), $(field Homepage)"
[[ "$(field Homepage)" == https://* ]] || fail "Homepage is '$(field Homepage)'"
[[ "$(field Section)" == utils ]] || fail "Section is '$(field Section)', not utils"
# The long description is more than the synopsis said again.
description=$(field Description)
synopsis=$(head -1 <<<"$description")
[[ -n "$synopsis" ]] || fail "no Description"
(($(tail -n +2 <<<"$description" | wc -l) >= 5)) || fail "the long description is too short"
tail -n +2 <<<"$description" | grep -qF "$synopsis" &&
  fail "the long description repeats the synopsis"
depends=$(field Depends)
[[ -n "$depends" ]] || fail "Depends is empty"
names=()
IFS=',' read -ra items <<<"$depends"
for item in "${items[@]}"; do
  IFS='|' read -ra alternatives <<<"$item"
  for alternative in "${alternatives[@]}"; do
    alternative=$(sed -E 's/^ +| +$//g' <<<"$alternative")
    if [[ "$alternative" =~ ^([a-z0-9][a-z0-9.+-]+)(:[a-z0-9]+)?( \((<<|<=|=|>=|>>) [0-9A-Za-z.+~:-]+\))?$ ]]; then
      names+=("${BASH_REMATCH[1]}")
    else
      fail "Depends: '$alternative' is not a Debian package name with an optional version"
    fi
  done
done
for library in libc6 libstdc++6 libfmt9 libxlsxwriter4 libzip4 libpugixml1v5 libssl3; do
  [[ " ${names[*]} " == *" $library "* ]] || fail "Depends lacks $library: $depends"
done
for name in "${names[@]}"; do
  [[ "$name" == *-dev ]] && fail "Depends names a development package: $name"
done
# Installable here: every dependency is a package apt knows (or dpkg has installed), and apt
# would install the package.
for name in "${names[@]}"; do
  dpkg-query -W "$name" >/dev/null 2>&1 ||
    apt-cache show "$name" >/dev/null 2>&1 || fail "Depends: no Debian package $name known here"
done
if command -v apt-get >/dev/null; then
  if ! apt-get install --simulate -qq "$deb" >"$tmp/simulate" 2>&1; then
    cat "$tmp/simulate"
    fail "apt-get install --simulate $(basename "$deb")"
  fi
fi

# The unpacked commands run and use the package's own templates (no bridging-days.toml beside
# the tender file: the package's is used).
dpkg-deb -x "$deb" "$tmp/root" || fail "dpkg-deb -x"
mkdir -p "$tmp/run" && cd "$tmp/run" || exit 1
env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 NO_COLOR=1 \
  "$tmp/root/usr/bin/tender-init" --template blank tender >/dev/null ||
  fail "the packaged tender-init failed"
rm -f tender/bridging-days.toml
used=$(env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 \
         "$tmp/root/usr/bin/tender-schedule" tender/tender.toml --format json |
       sed -n '/"bridging_days"/,/\]/p' | sed -nE 's/^ *"([^"]+)",?$/\1/p')
[[ "$used" == "$tmp/root/usr/share/tenderkit/templates/bridging-days.toml" ]] ||
  fail "the packaged tender-schedule used the bridging days of '$used'"

# The copyright file: machine-readable (DEP-5), tenderkit under the EUPL-1.2 with the whole text of
# LICENSE; the changelog names this version.
copyright=$tmp/root/usr/share/doc/tenderkit/copyright
if [[ -f "$copyright" ]]; then
  dep5='Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/'
  head -1 "$copyright" | grep -qxF "$dep5" ||
    fail "the copyright file is not DEP-5: $(head -1 "$copyright")"
  sed -n '/^Files: \*$/,/^$/p' "$copyright" | grep -qx 'License: EUPL-1.2' ||
    fail "the copyright file does not license Files: * under the EUPL-1.2"
  # The stand-alone paragraph that starts with "License: EUPL-1.2": the text, one space in, "."
  # for an empty line.
  awk 'BEGIN { RS = "" } /^License: EUPL-1.2\n/ { print }' "$copyright" | tail -n +2 |
    sed -E 's/^ //; s/^\.$//' >"$tmp/eupl"
  diff -q "$tmp/eupl" "$source/LICENSE" >/dev/null ||
    fail "the EUPL-1.2 text of the copyright file differs from LICENSE"
fi
changelog=$tmp/root/usr/share/doc/tenderkit/changelog.gz
if [[ -f "$changelog" ]]; then
  gzip -dc "$changelog" | head -1 | grep -q "^tenderkit ($version) " ||
    fail "the changelog does not start with version $version: $(gzip -dc "$changelog" | head -1)"
fi

# lintian, as Debian's archive would run it: no error and no warning. Nothing is overridden or
# suppressed; should a tag ever need it, its reason goes in docs/packaging.md ("lintian").
lintian_ran=no
if command -v lintian >/dev/null; then
  lintian_ran=yes
  lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" >"$tmp/lintian" 2>&1
  status=$?
  grep -v 'running with root privileges is not recommended' "$tmp/lintian"
  ((status == 0)) || fail "lintian reports errors or warnings (exit $status)"
else
  echo "lintian not found (scripts/install-deps.sh --test installs it)"
fi

if ((failures > 0)); then
  echo "$failures package check(s) failed"
  exit 1
fi
if [[ "$lintian_ran" == no ]]; then
  echo "deb: the other checks passed; skipped as lintian is missing"
  exit 77
fi
echo "deb: all checks passed, lintian clean"
