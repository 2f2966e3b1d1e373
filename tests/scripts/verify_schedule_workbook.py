#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Checks a tender-schedule workbook against the JSON report of the same run.

    verify_schedule_workbook.py WORKBOOK.xlsx REPORT.json
    verify_schedule_workbook.py --run TENDER_SCHEDULE SCRATCH_DIR TENDER.toml [CONTRACTS.toml]...

Reads the workbook with openpyxl (Debian's python3-openpyxl, hence /usr/bin/python3) and checks:
every cell with a date format holds a real date and no text looks like a date; the workbook holds
no formula; the sheet names are in the tender's language; the milestone table is an Excel table
whose rows are the JSON milestones (ids, dates, weekdays, contracts, kinds, contract years, the
date a milestone moved from and a reason exactly when it moved; descriptions and reasons are
compared in either language, the JSON's texts being in the tender's language); the overview rows
are the JSON contracts (dates, options, next deadline, the re-tender flag and its colour); the
procurement plan; the timeline's months; and every annex (its title, its milestones, print area,
repeated rows, header and footer).
Prints every mismatch; exits 1 when there is one, 2 on bad usage.

With --run it first runs tender-schedule itself twice with the same SOURCE_DATE_EPOCH, checks that
both runs give byte-identical workbooks, and then checks the workbook (the form CTest uses). The
workbook stays in SCRATCH_DIR/schedule.xlsx for the LibreOffice check.
"""

import datetime
import json
import os
import re
import subprocess
import sys

import openpyxl

LABELS = {
    "nl": {
        "overview": "Overzicht", "plan": "Planning", "milestones": "Mijlpalen",
        "timeline": "Tijdlijn", "annex": "Bijlage", "table": "Mijlpalen",
        "headers": ["Datum", "Dag", "Contract", "Soort", "Omschrijving", "Contractjaar",
                    "Verschoven van", "Reden verschuiving", "Id"],
        "timeline_owner": "aanbesteding", "retender": "opnieuw aanbesteden",
        "weekdays": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                     "zondag"],
        "page": "Pagina &P van &N",
    },
    "en": {
        "overview": "Overview", "plan": "Procurement plan", "milestones": "Milestones",
        "timeline": "Timeline", "annex": "Annex", "table": "Milestones",
        "headers": ["Date", "Day", "Contract", "Kind", "Description", "Contract year",
                    "Moved from", "Reason moved", "Id"],
        "timeline_owner": "procurement", "retender": "re-tender",
        "weekdays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                     "Sunday"],
        "page": "Page &P of &N",
    },
}
RED = "FFFFC7CE"
OVERVIEW_HEADER_ROW = 8  # 1-based, as openpyxl counts
DATE_LIKE = re.compile(r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})\s*$")


class Checker:
    def __init__(self):
        self.problems = []

    def equal(self, where, actual, expected):
        if actual != expected:
            self.problems.append(f"{where}: expected {expected!r}, found {actual!r}")

    def true(self, where, condition, message):
        if not condition:
            self.problems.append(f"{where}: {message}")


def iso(value):
    """A cell's date as YYYY-MM-DD, or None for an empty cell; the value itself otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    return value


def fill(cell):
    pattern = cell.fill
    if pattern is None or pattern.fill_type != "solid":
        return ""
    return pattern.fgColor.rgb if isinstance(pattern.fgColor.rgb, str) else ""


def check_cells(check, workbook):
    """Dates are real dates with a date format; no text looks like a date; nothing is a formula."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                where = f"{sheet.title}!{cell.coordinate}"
                if cell.value is None:
                    continue
                if cell.data_type == "f":
                    check.problems.append(f"{where}: a formula ({cell.value!r})")
                elif cell.is_date:
                    check.true(where, isinstance(cell.value, datetime.datetime),
                               f"a date format over {cell.value!r}")
                elif isinstance(cell.value, str):
                    check.true(where, not DATE_LIKE.match(cell.value),
                               f"a date written as text: {cell.value!r}")
                check.true(where, not isinstance(cell.value, datetime.datetime) or cell.is_date,
                           "a date without a date format")


def check_milestones(check, sheet, report, labels, language):
    tables = sheet.tables
    check.equal(f"{sheet.title}: tables", list(tables.keys()), [labels["table"]])
    if labels["table"] not in tables:
        return
    table = tables[labels["table"]]
    milestones = report["milestones"]
    check.equal(f"{sheet.title}: table range", table.ref, f"A1:I{len(milestones) + 1}")
    headers = [cell.value for cell in sheet[1]][:9]
    check.equal(f"{sheet.title}: headers", headers, labels["headers"])
    kind_labels = {}
    for index, milestone in enumerate(milestones):
        row = index + 2
        cells = [sheet.cell(row=row, column=column) for column in range(1, 10)]
        values = [cell.value for cell in cells]
        where = f"{sheet.title} row {row} ({milestone['id']})"
        check.equal(f"{where}: id", values[8], milestone["id"])
        check.equal(f"{where}: date", iso(values[0]), milestone["date"])
        check.true(where, cells[0].is_date, "the date cell has no date format")
        day = datetime.date.fromisoformat(milestone["date"]).weekday()
        check.equal(f"{where}: weekday", values[1], labels["weekdays"][day])
        owner = labels["timeline_owner"] if milestone["owner"] == "timeline" else milestone["owner"]
        check.equal(f"{where}: contract", values[2], owner)
        # The kinds' names differ by language: one name per kind, and no name for two kinds.
        known = kind_labels.setdefault(milestone["kind"], values[3])
        check.equal(f"{where}: kind", values[3], known)
        check.equal(f"{where}: description", values[4], milestone["description"])
        year = milestone.get("contract_year") or None
        check.equal(f"{where}: contract year", values[5], year)
        check.equal(f"{where}: moved from", iso(values[6]), milestone.get("moved_from"))
        if milestone.get("moved_from"):
            check.true(where, isinstance(values[7], str) and values[7], "moved without a reason")
            check.equal(f"{where}: reason", values[7], milestone["reason"])
        else:
            check.equal(f"{where}: reason", values[7], None)
    check.equal(f"{sheet.title}: row after the table",
                sheet.cell(row=len(milestones) + 2, column=9).value, None)
    check.equal(f"{sheet.title}: one name per kind", len(set(kind_labels.values())),
                len(kind_labels))


def check_overview(check, sheet, report, labels):
    milestones = {milestone["id"]: milestone for milestone in report["milestones"]}
    check.equal(f"{sheet.title}!A{OVERVIEW_HEADER_ROW}",
                sheet.cell(row=OVERVIEW_HEADER_ROW, column=1).value, "Id")
    annexes = {}
    for index, contract in enumerate(report["contracts"]):
        row = OVERVIEW_HEADER_ROW + 1 + index
        value = lambda column: sheet.cell(row=row, column=column).value  # noqa: E731
        where = f"{sheet.title} row {row} ({contract['id']})"
        check.equal(f"{where}: id", value(1), contract["id"])
        check.equal(f"{where}: name", value(2), contract["name"])
        check.equal(f"{where}: provider", value(3), contract["provider"] or None)
        check.equal(f"{where}: start", iso(value(5)), contract["start"])
        check.equal(f"{where}: end of term", iso(value(6)), contract["end_of_term"])
        check.equal(f"{where}: latest end", iso(value(7)), contract["latest_end"])
        check.equal(f"{where}: options", value(8), contract["options"])
        check.equal(f"{where}: options used", value(9), contract["options_used"])
        check.equal(f"{where}: options left", value(10), contract["options_left"])
        deadline = contract.get("next_deadline")
        check.equal(f"{where}: next deadline", iso(value(11)),
                    deadline["date"] if deadline else None)
        if deadline:
            check.equal(f"{where}: next deadline date", deadline["date"],
                        milestones[deadline["id"]]["date"])
        flag = sheet.cell(row=row, column=13)
        if contract["retender"]:
            check.equal(f"{where}: flag", flag.value, labels["retender"])
            check.equal(f"{where}: flag colour", fill(flag), RED)
            check.equal(f"{where}: row colour", fill(sheet.cell(row=row, column=1)), RED)
        else:
            check.equal(f"{where}: flag", flag.value, None)
            check.equal(f"{where}: row colour", fill(sheet.cell(row=row, column=1)), "")
        annexes[contract["id"]] = value(14)
    check.equal(f"{sheet.title}: row after the contracts",
                sheet.cell(row=OVERVIEW_HEADER_ROW + 1 + len(report["contracts"]), column=1).value,
                None)
    return annexes


def check_plan(check, sheet, report):
    for index, phase in enumerate(report["timeline"]):
        row = 6 + index
        where = f"{sheet.title} row {row} ({phase['id']})"
        check.equal(f"{where}: id", sheet.cell(row=row, column=1).value, phase["id"])
        check.equal(f"{where}: name", sheet.cell(row=row, column=2).value, phase["name"])
        check.equal(f"{where}: start", iso(sheet.cell(row=row, column=4).value), phase["start"])
        check.equal(f"{where}: end", iso(sheet.cell(row=row, column=5).value), phase["end"])


def check_timeline(check, sheet, report):
    months = []
    column = 5
    while sheet.cell(row=4, column=column).value is not None:
        cell = sheet.cell(row=4, column=column)
        check.true(f"{sheet.title}!{cell.coordinate}", cell.is_date, "a month that is no date")
        months.append(cell.value)
        column += 1
    check.true(sheet.title, months, "no months")
    for before, after in zip(months, months[1:]):
        step = (after.year * 12 + after.month) - (before.year * 12 + before.month)
        check.true(f"{sheet.title}: {after}", step == 1 and after.day == 1,
                   f"months do not follow each other: {before} then {after}")
    rows = [phase["id"] for phase in report["timeline"]] + [c["id"] for c in report["contracts"]]
    for index, expected in enumerate(rows):
        check.equal(f"{sheet.title}!A{5 + index}", sheet.cell(row=5 + index, column=1).value,
                    expected)
    # Every contract's term starts in the month of its start (when the timeline reaches it).
    for index, contract in enumerate(report["contracts"]):
        start = datetime.date.fromisoformat(contract["start"])
        for offset, month in enumerate(months):
            if (month.year, month.month) == (start.year, start.month):
                cell = sheet.cell(row=5 + len(report["timeline"]) + index, column=5 + offset)
                check.true(f"{sheet.title}!{cell.coordinate}", fill(cell) != "",
                           f"{contract['id']} starts here, but the cell has no fill")


def check_annex(check, sheet, contract, report, labels):
    where = sheet.title
    title = sheet.cell(row=1, column=1).value or ""
    check.true(where, title.startswith(f"{labels['annex']} {contract['id']}: "),
               f"title {title!r}")
    check.true(where, sheet.print_area is not None, "no print area")
    check.true(where, sheet.print_title_rows is not None, "no repeated rows")
    check.equal(f"{where}: footer", sheet.oddFooter.center.text, labels["page"])
    check.equal(f"{where}: header right", sheet.oddHeader.right.text, contract["id"])
    # The milestone list: below the last "Datum"/"Date" header in column A.
    header_row = max(row for row in range(1, sheet.max_row + 1)
                     if sheet.cell(row=row, column=1).value == labels["headers"][0])
    dates = []
    for row in range(header_row + 1, sheet.max_row + 1):
        value = sheet.cell(row=row, column=1).value
        if value is None:
            break
        dates.append(iso(value))
    expected = [m["date"] for m in report["milestones"] if m["owner"] == contract["id"]]
    check.equal(f"{where}: milestone dates", dates, expected)
    moved = [iso(sheet.cell(row=row, column=4).value)
             for row in range(header_row + 1, header_row + 1 + len(dates))]
    check.equal(f"{where}: moved from",
                moved, [m.get("moved_from") for m in report["milestones"]
                        if m["owner"] == contract["id"]])
    # The clauses are the JSON's, word for word (worded once, by the schedule).
    texts = {cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)}
    for clause in contract["clauses"]:
        check.true(where, clause in texts, f"lacks the clause {clause!r}")


def verify(workbook_path, report_path):
    with open(report_path, encoding="utf-8") as handle:
        report = json.load(handle)
    workbook = openpyxl.load_workbook(workbook_path)
    check = Checker()
    language = report["tender"]["language"]
    labels = LABELS[language]
    names = [labels["overview"]] + ([labels["plan"]] if report["timeline"] else []) + \
        [labels["milestones"], labels["timeline"]] + \
        (["Wijzigingen" if language == "nl" else "Changes"] if report.get("baseline") else [])
    check.equal("first sheets", workbook.sheetnames[:len(names)], names)
    check.equal("sheet count", len(workbook.sheetnames), len(names) + len(report["contracts"]))
    check_cells(check, workbook)
    if labels["milestones"] in workbook.sheetnames:
        check_milestones(check, workbook[labels["milestones"]], report, labels, language)
    annexes = {}
    if labels["overview"] in workbook.sheetnames:
        annexes = check_overview(check, workbook[labels["overview"]], report, labels)
    if report["timeline"] and labels["plan"] in workbook.sheetnames:
        check_plan(check, workbook[labels["plan"]], report)
    if labels["timeline"] in workbook.sheetnames:
        check_timeline(check, workbook[labels["timeline"]], report)
    for contract in report["contracts"]:
        name = annexes.get(contract["id"])
        if name not in workbook.sheetnames:
            check.problems.append(f"no annex sheet {name!r} for contract {contract['id']}")
            continue
        check_annex(check, workbook[name], contract, report, labels)
    return check.problems


def run_and_verify(program, scratch, inputs):
    """Runs tender-schedule on `inputs` twice and verifies what it wrote; the problems found."""
    os.makedirs(scratch, exist_ok=True)
    environment = dict(os.environ, SOURCE_DATE_EPOCH="1672531200")
    report = os.path.join(scratch, "schedule.json")
    workbooks = [os.path.join(scratch, name) for name in ("schedule.xlsx", "second.xlsx")]
    for workbook in workbooks:
        command = [program, *inputs, "--xlsx", workbook, "--format", "json", "-o", report]
        result = subprocess.run(command, env=environment, capture_output=True, text=True,
                                check=False)
        if result.returncode != 0:
            return [f"{' '.join(command)} exited {result.returncode}: {result.stderr}"]
    problems = []
    with open(workbooks[0], "rb") as first, open(workbooks[1], "rb") as second:
        if first.read() != second.read():
            problems.append("two runs gave different workbooks")
    return problems + verify(workbooks[0], report)


def main(argv):
    if len(argv) >= 5 and argv[1] == "--run":
        problems = run_and_verify(argv[2], argv[3], argv[4:])
        subject = f"tender-schedule on {' '.join(argv[4:])}"
    elif len(argv) == 3 and not argv[1].startswith("-"):
        problems = verify(argv[1], argv[2])
        subject = argv[1]
    else:
        print("usage:\n" + "\n".join(__doc__.strip().splitlines()[2:4]), file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {subject}", file=sys.stderr)
        return 1
    print(f"{subject}: workbook matches the JSON report")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
