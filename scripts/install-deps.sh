#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# Installs the Debian packages tenderkit needs that are missing; quiet when all are present.
#   scripts/install-deps.sh          what building and the demo need
#   scripts/install-deps.sh --test   also what the test suite needs (openpyxl, holidays,
#                                    icalendar, jsonschema, PyYAML, cram, PuLP with CBC for the
#                                    matching oracle, LibreOffice, valgrind, lintian)
set -euo pipefail

packages=(cmake g++ ninja-build pkg-config libcli11-dev libtomlplusplus-dev libfmt-dev
          libxlsxwriter-dev nlohmann-json3-dev libgtest-dev zlib1g-dev libssl-dev
          libzip-dev libpugixml-dev libutf8proc-dev help2man dpkg-dev)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(python3 python3-openpyxl python3-holidays python3-icalendar python3-jsonschema
            python3-yaml python3-cram python3-pulp coinor-cbc libreoffice-calc-nogui valgrind time
            lintian)
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
