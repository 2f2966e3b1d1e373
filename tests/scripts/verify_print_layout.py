#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""The print layout of every workbook the demo writes, checked on paper: LibreOffice headless
prints every sheet to PDF and pdftotext reads it back.

Usage: verify_print_layout.py BIN_DIR SCRATCH [GROUP...]
BIN_DIR holds the commands; SCRATCH is emptied and receives the workbooks, one copy per sheet and
the PDFs. GROUP (check, score, schedule; default all) limits the run. The workbooks are those of
verify_all_workbooks.py (the demo's check workbooks, scoring forms, ranking and schedules).

Each visible sheet is printed alone (a hidden one, such as the forms' metadata, is not printed):
a copy of the workbook in which every other sheet is hidden (one attribute in xl/workbook.xml,
nothing else touched), converted to PDF with the sheet's own page setup (print area, fit to
width, repeated rows). Then every word of every text cell of the sheet,
as openpyxl reads it, must appear whole in the PDF's text (looked for with the white space of the
PDF's text left out, since pdftotext splits some kerned words): a column too narrow ("Ingangsdatu"),
text cut at the cell's edge ("(opzegtermijn" lost) or a column outside the print area fails.
A cell that does not wrap must appear in one piece; of a cell that wraps, every word. Words are
runs of letters and digits ("Noord-Holland" is two), and the PDF's text is read as one run of
them, so a wrap (pdftotext joins "Noord-" and "Holland" at a line end, and puts the second
lines of a row's wrapped cells after all their first lines) does not count as a cut.
Exit 0 when every sheet passes, 1 when one fails or pdftotext is missing; 77 (skipped, with a
message) only when soffice is missing.
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import verify_all_workbooks  # noqa: E402

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list:
    return [w.casefold() for w in _WORD.findall(text)]


def only_sheet(book: pathlib.Path, index: int, target: pathlib.Path) -> None:
    """A copy of `book` where every sheet but the one at `index` is hidden."""
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/workbook.xml":
                xml = data.decode("utf-8")
                position = 0

                def hide(match):
                    nonlocal position
                    tag = match.group(0)
                    mine = position == index
                    position += 1
                    tag = re.sub(r'\sstate="[^"]*"', "", tag)
                    return tag if mine else tag.replace("<sheet ", '<sheet state="hidden" ', 1)

                xml = re.sub(r"<sheet [^>]*/>", hide, xml)
                # The active and first shown sheet must be the visible one.
                xml = re.sub(r'activeTab="\d+"', f'activeTab="{index}"', xml)
                xml = re.sub(r'firstSheet="\d+"', f'firstSheet="{index}"', xml)
                if "activeTab=" not in xml:
                    xml = xml.replace("<workbookView ", f'<workbookView activeTab="{index}" ', 1)
                data = xml.encode("utf-8")
            out.writestr(item, data)


def to_pdf(sources: list, out: pathlib.Path) -> None:
    with tempfile.TemporaryDirectory(prefix="tenderkit-pdf-") as profile:
        result = subprocess.run(
            [shutil.which("soffice"), f"-env:UserInstallation={pathlib.Path(profile).as_uri()}",
             "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(out),
             *map(str, sources)],
            capture_output=True, text=True, timeout=1800, check=False)
    if result.returncode != 0:
        raise SystemExit(f"verify_print_layout: LibreOffice failed: {result.stdout} {result.stderr}")


def pdf_text(pdf: pathlib.Path) -> str:
    """The printed text without hyphens and white space, case folded: pdftotext splits some words
    where the font kerns ("Dialoo gfase"), so words are looked for as parts of this text."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return "".join(words(text))


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    if not shutil.which("soffice"):
        print("verify_print_layout: SKIPPED: LibreOffice (soffice) is not installed; "
              "scripts/install-deps.sh --test installs libreoffice-calc-nogui")
        return 77
    if not shutil.which("pdftotext"):
        print("verify_print_layout: pdftotext is missing: scripts/install-deps.sh --test installs "
              "poppler-utils", file=sys.stderr)
        return 1
    bin_dir, scratch = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    groups = set(sys.argv[3:]) or {"check", "score", "schedule"}
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    books = verify_all_workbooks.produce(bin_dir, scratch, groups)
    sheets_dir, pdf_dir = scratch / "sheets", scratch / "pdf"
    sheets_dir.mkdir()
    pdf_dir.mkdir()
    expected = []  # (workbook, sheet title, copy, {word: first cell holding it})
    for book in books:
        # The cached results of formulas, as printed; not the formulas.
        workbook = openpyxl.load_workbook(book, data_only=True)
        for index, sheet in enumerate(workbook.worksheets):
            if sheet.sheet_state != "visible":
                continue  # a hidden sheet (the forms' metadata) is not printed
            copy = sheets_dir / f"{book.stem}--{index:03}.xlsx"
            only_sheet(book, index, copy)
            cells = {}
            for row in sheet.iter_rows():
                for cell in row:
                    if not isinstance(cell.value, str):
                        continue
                    where = f"{cell.coordinate} {cell.value!r}"
                    if cell.alignment is not None and cell.alignment.wrap_text:
                        for word in words(cell.value):
                            cells.setdefault(word, where)
                    elif words(cell.value):
                        # One line: the whole text, in one piece ("intake-2024-04-0" fails).
                        cells.setdefault("".join(words(cell.value)), where)
            expected.append((book.name, sheet.title, copy, cells))
    to_pdf([copy for _, _, copy, _ in expected], pdf_dir)
    failed = 0
    for book, title, copy, cells in expected:
        pdf = pdf_dir / (copy.stem + ".pdf")
        if not pdf.exists():
            print(f"verify_print_layout: {book} '{title}': no PDF was written", file=sys.stderr)
            failed += 1
            continue
        printed = pdf_text(pdf)
        missing = sorted(word for word in cells if word not in printed)
        if missing:
            failed += 1
            print(f"verify_print_layout: {book} '{title}': {len(missing)} word(s) not printed "
                  "whole:", file=sys.stderr)
            for word in missing[:12]:
                print(f"  {word!r} of {cells[word]}", file=sys.stderr)
    print(f"{len(expected) - failed} of {len(expected)} sheets of {len(books)} workbooks print "
          "every word whole")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
