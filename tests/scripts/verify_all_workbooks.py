#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Every workbook the demo writes, opened by real clients: openpyxl and LibreOffice headless.

Usage: verify_all_workbooks.py BIN_DIR SCRATCH [GROUP...]
BIN_DIR holds tender-check, tender-score, tender-schedule and tender-init; SCRATCH is emptied and
receives the workbooks. GROUP (check, score, schedule; default all) limits the run, so the groups
can run as separate, parallel tests.

The commands are those of scripts/demo.sh, with SOURCE_DATE_EPOCH fixed; the workbooks are the
tender-check workbooks of both template regions and of a folder tender-init just wrote, the three
blank scoring forms, the MVS ranking, and the schedules of MVS, IJmond/ZK and IJmond/ZK re-planned
against its baseline. Each workbook must:
- load in openpyxl without any warning;
- hold a date (datetime) in every non-empty cell with a date number format, and no date as text;
- convert to CSV in LibreOffice headless, every sheet, with stock settings (the cached formula
  results) and forced to recalculate, with equal results, as many sheets as openpyxl sees, and no
  repair or corruption message from LibreOffice.
"""
import datetime
import os
import pathlib
import re
import shutil
import subprocess
import sys
import warnings

import openpyxl
from openpyxl.styles.numbers import is_date_format

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import libreoffice  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
EPOCH = "1700000000"

# A text cell that is nothing but a date: it should have been a date cell.
_TEXT_DATE = re.compile(r"\s*(\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\s*")


def run(command, accept=(0,)):
    environment = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, NO_COLOR="1")
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True,
                            env=environment, check=False)
    if result.returncode not in accept:
        raise SystemExit(f"verify_all_workbooks: {' '.join(map(str, command))} exited with "
                         f"{result.returncode}\n{result.stderr}")
    return result


def produce(bin_dir: pathlib.Path, out: pathlib.Path, groups) -> list:
    """Writes the demo's workbooks into `out`; returns their paths."""
    books = []
    check, score = bin_dir / "tender-check", bin_dir / "tender-score"
    schedule, init = bin_dir / "tender-schedule", bin_dir / "tender-init"
    if "check" in groups:
        for region in ("mvs", "ijmond-zk"):
            book = out / f"{region}-check.xlsx"
            run([check, TEMPLATES / region / "tender.toml", TEMPLATES / region / "registrations",
                 "--format", "json", "-o", out / f"{region}-check.json", "--xlsx", book],
                accept=(0, 1))
            books.append(book)
        run([init, "--force", "--template", "mvs", out / "new-tender"])
        book = out / "new-tender-check.xlsx"
        run([check, out / "new-tender" / "tender.toml", out / "new-tender" / "registrations",
             "--xlsx", book], accept=(0, 1))
        books.append(book)
    if "score" in groups:
        mvs = TEMPLATES / "mvs"
        run([score, "forms", mvs / "tender.toml", mvs / "registrations", "--dir", out / "forms"])
        forms = sorted((out / "forms").glob("*.xlsx"))
        if len(forms) != 3:
            raise SystemExit(f"verify_all_workbooks: expected 3 forms, got {forms}")
        books.extend(forms)
        run([score, "collect", mvs / "tender.toml", *sorted((mvs / "scores").glob("*.toml")),
             "-o", out / "mvs-scores.toml"])
        book = out / "mvs-preselection.xlsx"
        run([score, "rank", mvs / "tender.toml", out / "mvs-scores.toml", "--xlsx", book])
        books.append(book)
    if "schedule" in groups:
        book = out / "mvs-schedule.xlsx"
        run([schedule, TEMPLATES / "mvs" / "tender.toml", "--xlsx", book])
        books.append(book)
        ijmond = [TEMPLATES / "ijmond-zk" / "tender.toml", TEMPLATES / "ijmond-zk" / "contracts.toml"]
        book = out / "ijmond-zk-schedule.xlsx"
        run([schedule, *ijmond, "--xlsx", book, "--format", "json",
             "-o", out / "ijmond-zk-schedule.json"])
        books.append(book)
        book = out / "ijmond-zk-replanned.xlsx"
        run([schedule, *ijmond, "--shift", "dialoog=+3m", "--baseline",
             out / "ijmond-zk-schedule.json", "--xlsx", book])
        books.append(book)
    return books


def check_openpyxl(book: pathlib.Path) -> tuple:
    """Failures found by openpyxl, and the sheet names it sees."""
    failures = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        workbook = openpyxl.load_workbook(book)
    failures += [f"openpyxl warns: {w.category.__name__}: {w.message}" for w in caught]
    dates = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and _TEXT_DATE.fullmatch(cell.value):
                    failures.append(f"{sheet.title}!{cell.coordinate} holds the date "
                                    f"{cell.value!r} as text")
                if cell.value is None or not is_date_format(cell.number_format):
                    continue
                if isinstance(cell.value, (datetime.datetime, datetime.date)):
                    dates += 1
                else:
                    failures.append(f"{sheet.title}!{cell.coordinate} has date format "
                                    f"{cell.number_format!r} but holds {cell.value!r}")
                if cell.data_type == "f":
                    failures.append(f"{sheet.title}!{cell.coordinate}: unexpected formula date")
    return failures, workbook.sheetnames, dates


def check_libreoffice(book: pathlib.Path, sheet_count: int) -> list:
    failures = []
    results = {}
    for recalculate in (False, True):
        complaints = []
        try:
            results[recalculate] = libreoffice.sheets_as_csv(book, recalculate=recalculate,
                                                             complaints=complaints)
        except RuntimeError as error:
            return [str(error)]
        failures.extend(f"LibreOffice ({'recalculated' if recalculate else 'stock'}): {line}"
                        for line in complaints)
    cached, recalculated = results[False], results[True]
    if len(cached) != sheet_count:
        failures.append(f"LibreOffice wrote {len(cached)} sheets, openpyxl sees {sheet_count}")
    if sorted(cached) != sorted(recalculated):
        failures.append(f"sheet lists differ: {sorted(cached)} vs {sorted(recalculated)}")
    for name in sorted(set(cached) & set(recalculated)):
        if cached[name] == recalculated[name]:
            continue
        for row, (before, after) in enumerate(zip(cached[name], recalculated[name]), start=1):
            if before != after:
                failures.append(f"{name} row {row}: cached {before} but recalculated {after}")
                break
        else:
            failures.append(f"{name}: row counts differ after recalculation")
    return failures


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    bin_dir, scratch = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    groups = set(sys.argv[3:]) or {"check", "score", "schedule"}
    if groups - {"check", "score", "schedule"}:
        print(f"verify_all_workbooks: unknown group in {sorted(groups)}", file=sys.stderr)
        return 2
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    books = produce(bin_dir, scratch, groups)
    failed = 0
    for book in books:
        failures, sheets, dates = check_openpyxl(book)
        failures += check_libreoffice(book, len(sheets))
        for failure in failures:
            print(f"verify_all_workbooks: {book.name}: {failure}", file=sys.stderr)
        if failures:
            failed += 1
        else:
            print(f"{book.name}: {len(sheets)} sheets, {dates} date cells, no warnings; "
                  "LibreOffice cached = recalculated")
    print(f"{len(books) - failed} of {len(books)} workbooks pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
