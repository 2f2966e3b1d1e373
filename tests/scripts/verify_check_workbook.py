#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Checks a `tender-check --xlsx` workbook against the JSON report of the same run.

    verify_check_workbook.py WORKBOOK.xlsx REPORT.json
    verify_check_workbook.py --run TENDER_CHECK SCRATCH_DIR TENDER.toml (REG.toml | DIR)...

Reads the workbook with openpyxl (Debian's python3-openpyxl, hence /usr/bin/python3) twice: once
for what the cells hold (text or formula), once for the cached results that LibreOffice shows
without recalculating. Checks the summary rows (verdict, error and warning counts), every
registration sheet (members, the role in each cell of the coverage matrix, supplier counts and
their colours, findings), that user text which looks like a formula is a string, and that the
sheet names follow Excel's rules. Prints every mismatch; exits 1 when there is one, 2 on bad usage.

With --run it first runs tender-check itself on the inputs, with and without --strict, each
twice with the same SOURCE_DATE_EPOCH, checks that both runs give byte-identical workbooks, and
then checks each workbook against its JSON report (the form CTest uses).
"""

import json
import os
import subprocess
import sys

import openpyxl

LABELS = {
    "nl": {
        "summary": "Overzicht", "name": "Naam", "service": "Dienst", "rule": "Regel",
        "yes": "ja", "no": "nee", "error": "fout", "warning": "waarschuwing",
        "legal_forms": {"combination": "combinatie",
                        "main-contractor": "hoofd- en onderaannemersconstructie"},
        "roles": {"lead": "penvoerder", "member": "lid", "main-contractor": "hoofdaannemer",
                  "subcontractor": "onderaannemer"},
    },
    "en": {
        "summary": "Summary", "name": "Name", "service": "Service", "rule": "Rule",
        "yes": "yes", "no": "no", "error": "error", "warning": "warning",
        "legal_forms": {"combination": "combination",
                        "main-contractor": "main-contractor construction"},
        "roles": {"lead": "lead", "member": "member", "main-contractor": "main contractor",
                  "subcontractor": "subcontractor"},
    },
}
RED, AMBER = "FFFFC7CE", "FFFFEB9C"
FORMULA_STARTS = ("=", "+", "-", "@")


class Checker:
    def __init__(self):
        self.problems = []

    def equal(self, where, actual, expected):
        if actual != expected:
            self.problems.append(f"{where}: expected {expected!r}, found {actual!r}")

    def true(self, where, condition, message):
        if not condition:
            self.problems.append(f"{where}: {message}")


def fill(cell):
    """The solid fill colour of a cell as AARRGGBB, or None."""
    if cell.fill is None or cell.fill.fill_type != "solid":
        return None
    return cell.fill.fgColor.rgb


def find_row(sheet, column, text, second=None):
    """The first row whose cell in `column` holds `text` (and the next cell `second`), or 0."""
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row, column).value == text and (
                second is None or sheet.cell(row, column + 1).value == second):
            return row
    return 0


def location(finding):
    if finding.get("line") is None:
        return finding["file"]
    return f"{finding['file']}:{finding['line']}:{finding['column']}"


def check_text(check, where, cell, expected):
    """User text: equal, and a string even when it looks like a formula."""
    check.equal(where, cell.value, expected)
    if isinstance(expected, str) and expected.startswith(FORMULA_STARTS):
        check.equal(f"{where} (cell type)", cell.data_type, "s")


def check_sheet_names(check, names):
    seen = set()
    for name in names:
        check.true(f"sheet '{name}'", 0 < len(name.encode("utf-16-le")) // 2 <= 31,
                   "sheet name longer than 31 characters or empty")
        check.true(f"sheet '{name}'", not any(c in name for c in "[]:*?/\\"),
                   "sheet name holds a forbidden character")
        check.true(f"sheet '{name}'", not name.startswith("'") and not name.endswith("'"),
                   "sheet name starts or ends with an apostrophe")
        check.true(f"sheet '{name}'", name.lower() not in seen,
                   "sheet name not unique ignoring case")
        seen.add(name.lower())


def check_summary(check, sheet, cached, report, labels):
    check.equal("summary A1 (tender title)", sheet["A1"].value, report["tender"]["title"])
    check.equal("summary B2 (tender id)", sheet["B2"].value, report["tender"]["id"])
    check.equal("summary B4 (strict)", sheet["B4"].value,
                labels["yes"] if report["strict"] else labels["no"])
    registrations = report["registrations"]
    check.equal("summary B5 (registrations, cached)", cached["B5"].value, len(registrations))
    check.equal("summary B6 (compliant, cached)", cached["B6"].value,
                sum(1 for r in registrations if r["compliant"]))

    header = find_row(sheet, 1, "Id", labels["name"])
    check.true("summary", header > 0, "no header row")
    sheet_names = []
    for i, registration in enumerate(registrations):
        row = header + 1 + i
        where = f"summary row {row} ({registration['id']})"
        check.equal(f"{where} id", sheet.cell(row, 1).value, registration["id"])
        check_text(check, f"{where} name", sheet.cell(row, 2), registration["name"])
        check.equal(f"{where} legal form", sheet.cell(row, 3).value,
                    labels["legal_forms"][registration["legal_form"]])
        check.equal(f"{where} members", sheet.cell(row, 4).value, len(registration["members"]))
        verdict = labels["yes"] if registration["compliant"] else labels["no"]
        check.equal(f"{where} compliant", sheet.cell(row, 5).value, verdict)
        check.equal(f"{where} errors", sheet.cell(row, 6).value, registration["errors"])
        check.equal(f"{where} warnings", sheet.cell(row, 7).value, registration["warnings"])
        link = sheet.cell(row, 8)
        name = link.value
        sheet_names.append(name)
        quoted = "'" + str(name).replace("'", "''") + "'!A1"
        check.true(f"{where} sheet link", link.hyperlink is not None and
                   link.hyperlink.location == quoted, f"no link to {quoted}")
    check.equal(f"summary row {header + 1 + len(registrations)}",
                sheet.cell(header + 1 + len(registrations), 1).value, None)
    return sheet_names


def check_registration(check, sheet, cached, registration, labels, language):
    where = f"sheet '{sheet.title}'"
    check_text(check, f"{where} A1 (name)", sheet["A1"],
               registration["name"] or registration["id"])
    check.equal(f"{where} B2 (id)", sheet["B2"].value, registration["id"])
    check.equal(f"{where} B5 (compliant)", sheet["B5"].value,
                labels["yes"] if registration["compliant"] else labels["no"])
    check.equal(f"{where} B6 (errors)", sheet["B6"].value, registration["errors"])
    check.equal(f"{where} B7 (warnings)", sheet["B7"].value, registration["warnings"])

    header = find_row(sheet, 1, "Id")
    check.true(where, header > 0 and sheet.cell(header, 3).value == labels["service"],
               "no coverage matrix")
    members = registration["members"]
    first_member = 6
    for j, member in enumerate(members):
        column = first_member + j
        check_text(check, f"{where} member {j + 1} name", sheet.cell(header, column),
                   member["name"])
        check.equal(f"{where} member {j + 1} KvK", sheet.cell(header + 1, column).value,
                    f"KvK {member['kvk']}")
    check.equal(f"{where} column after the members",
                sheet.cell(header, first_member + len(members)).value, None)

    row = header + 2
    services = []
    while sheet.cell(row, 1).value is not None:
        service = sheet.cell(row, 1).value
        services.append(service)
        suppliers = 0
        for j, member in enumerate(members):
            delivers = service in member["services"]
            suppliers += delivers
            expected = labels["roles"][member["role"]] if delivers else None
            check.equal(f"{where} service '{service}', member {j + 1}",
                        sheet.cell(row, first_member + j).value, expected)
        check.equal(f"{where} service '{service}' suppliers (cached)", cached.cell(row, 5).value,
                    suppliers)
        colour = RED if suppliers == 0 else AMBER if suppliers == 1 else None
        check.equal(f"{where} service '{service}' colour", fill(sheet.cell(row, 1)), colour)
        row += 1
    delivered = {service for member in members for service in member["services"]}
    check.true(where, delivered <= set(services),
               f"services delivered but not in the matrix: {sorted(delivered - set(services))}")

    findings = registration["findings"]
    header = find_row(sheet, 1, labels["rule"])
    check.true(where, header > 0, "no findings table")
    for k, finding in enumerate(findings):
        row = header + 1 + k
        check.equal(f"{where} finding {k + 1} rule", sheet.cell(row, 1).value, finding["rule"])
        check.equal(f"{where} finding {k + 1} severity", sheet.cell(row, 2).value,
                    labels[finding["severity"]])
        if language == "en":  # the JSON holds the English message only
            check.equal(f"{where} finding {k + 1} message", sheet.cell(row, 3).value,
                        finding["message"])
        check.equal(f"{where} finding {k + 1} location", sheet.cell(row, 4).value,
                    location(finding))
    if findings:
        check.equal(f"{where} row after the findings",
                    sheet.cell(header + 1 + len(findings), 1).value, None)


def check_formulas(check, workbook, summary_name):
    """Formulas only where the workbook means them: the summary totals and supplier counts."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                intended = (sheet.title == summary_name and cell.coordinate in ("B5", "B6")) or (
                    sheet.title != summary_name and cell.column == 5 and
                    str(cell.value).startswith("=COUNTA("))
                check.true(f"sheet '{sheet.title}' {cell.coordinate}", intended,
                           f"unexpected formula {cell.value!r}")


def verify(workbook_path, report_path):
    """Checks one workbook against one JSON report; the problems found."""
    workbook = openpyxl.load_workbook(workbook_path)
    cached = openpyxl.load_workbook(workbook_path, data_only=True)
    with open(report_path, encoding="utf-8") as source:
        report = json.load(source)

    check = Checker()
    summary_name = workbook.sheetnames[0]
    language = next((code for code, labels in LABELS.items()
                     if labels["summary"] == summary_name), None)
    if language is None:
        return [f"first sheet '{summary_name}' is not a summary sheet"]
    labels = LABELS[language]
    check_sheet_names(check, workbook.sheetnames)
    registrations = report["registrations"]
    check.equal("sheet count", len(workbook.sheetnames), 1 + len(registrations))
    for sheet in workbook.worksheets:
        check.equal(f"sheet '{sheet.title}' visibility", sheet.sheet_state, "visible")

    sheet_names = check_summary(check, workbook[summary_name], cached[summary_name], report,
                                labels)
    for registration, name in zip(registrations, sheet_names):
        if name not in workbook.sheetnames:
            check.problems.append(f"no sheet '{name}' for registration {registration['id']}")
            continue
        check_registration(check, workbook[name], cached[name], registration, labels, language)
    check_formulas(check, workbook, summary_name)
    return check.problems


def run_and_verify(program, scratch, inputs):
    """Runs tender-check on `inputs` and verifies what it wrote; the problems found."""
    os.makedirs(scratch, exist_ok=True)
    environment = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    problems = []
    for mode, extra in (("default", []), ("strict", ["--strict"])):
        report = os.path.join(scratch, f"{mode}.json")
        workbooks = [os.path.join(scratch, f"{mode}-{run}.xlsx") for run in (1, 2)]
        for workbook in workbooks:
            command = [program, *inputs, "--format", "json", "-o", report, "--xlsx", workbook,
                       *extra]
            result = subprocess.run(command, env=environment, capture_output=True, text=True,
                                    check=False)
            if result.returncode not in (0, 1):  # 1: some registration is not compliant
                return [f"{' '.join(command)} exited {result.returncode}: {result.stderr}"]
        with open(workbooks[0], "rb") as first, open(workbooks[1], "rb") as second:
            if first.read() != second.read():
                problems.append(f"{mode}: two runs gave different workbooks")
        problems += [f"{mode}: {problem}" for problem in verify(workbooks[0], report)]
    return problems


def main(argv):
    if len(argv) >= 5 and argv[1] == "--run":
        problems = run_and_verify(argv[2], argv[3], argv[4:])
        subject = f"tender-check on {' '.join(argv[4:])}"
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
