#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# Writes the shipped example ESPD (UEA) responses, templates/<region>/espd/, one per provider of the
# region's example registrations, with scripts/generate-espd.py. The output is deterministic.
#   MVS: 'Praktijk voor Jeugd Ëlzenhof' answers yes to grave professional misconduct and declares
#        self-cleaning measures (ESP-003).
#   IJmond/ZK: 'Stichting Behandelcentrum Zuiderhout' hands in the ESPD of another KvK number
#        (ESP-001), 'Stichting Jongerenperspectief Haarlem' answers yes to unpaid taxes without
#        self-cleaning (ESP-003); the providers of registration 02 answer in ESPD-EDM 2.1.1.
set -euo pipefail
cd "$(dirname "$0")/.."
generate=scripts/generate-espd.py

rm -rf templates/mvs/espd templates/ijmond-zk/espd
/usr/bin/python3 "$generate" --out-dir templates/mvs/espd --contract-folder TN401577 \
  --city Vlaardingen --yes 76660132:prof-misconduct:self-cleaning \
  $(printf -- '--registration %s ' templates/mvs/registrations/*.toml)

v2=()
while read -r kvk; do v2+=(--v2 "$kvk"); done < <(
  sed -n 's/^kvk = "\([0-9]*\)"/\1/p' templates/ijmond-zk/registrations/02-*.toml)
/usr/bin/python3 "$generate" --out-dir templates/ijmond-zk/espd --contract-folder TN412093 \
  --city Haarlem --operator-kvk 58126609=58126617 --yes 71458820:tax-pay "${v2[@]}" \
  $(printf -- '--registration %s ' templates/ijmond-zk/registrations/*.toml)
