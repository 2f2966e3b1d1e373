#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

# Renders the workbook pictures of docs/user-guide.md with a real client: LibreOffice headless
# prints each workbook to PDF (print areas, headers and page setup as a user would print them),
# poppler's pdftoppm turns the top of one page into a PNG under docs/images/.
#   scripts/screenshots.sh [BIN_DIR]      (default build/apps; run scripts/demo.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/apps}
for tool in soffice pdftoppm pdftotext; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing" \
    "(apt-get install libreoffice-calc-nogui poppler-utils)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000 NO_COLOR=1

"$bin/tender-score" collect templates/mvs/tender.toml templates/mvs/scores/*.toml \
  -o "$work/scores.toml" >/dev/null
"$bin/tender-score" rank templates/mvs/tender.toml "$work/scores.toml" \
  --xlsx "$work/preselection.xlsx" >/dev/null
"$bin/tender-schedule" templates/mvs/tender.toml templates/mvs/contracts.toml --as-of 2023-01-01 \
  --xlsx "$work/schedule.xlsx" >/dev/null
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf \
  --outdir "$work" "$work/preselection.xlsx" "$work/schedule.xlsx" >/dev/null 2>&1

# render PDF MARKER NAME HEIGHT: the top HEIGHT pixels (at 110 dpi) of the first page whose text
# holds MARKER, as docs/images/NAME.png.
render() {
  local pdf=$1 marker=$2 name=$3 height=$4 pages page
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  for ((page = 1; page <= pages; page++)); do
    if pdftotext -f "$page" -l "$page" "$pdf" - | grep -qF "$marker"; then
      pdftoppm -f "$page" -l "$page" -r 110 -x 40 -y 20 -W 1200 -H "$height" -png -singlefile \
        "$pdf" "docs/images/$name"
      echo "docs/images/$name.png: page $page of $(basename "$pdf")"
      return
    fi
  done
  echo "screenshots: no page of $pdf holds '$marker'" >&2
  exit 1
}
render "$work/preselection.pdf" "Preselectie: rangorde" preselection-ranking 330
render "$work/schedule.pdf" "Looptijd en planning van de overeenkomst" schedule-annex 560
