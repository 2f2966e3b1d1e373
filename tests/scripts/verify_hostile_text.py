#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Hostile user text end to end: formula injection, control characters, spreadsheet limits.

Usage: verify_hostile_text.py BIN_DIR SCRATCH
BIN_DIR holds tender-check, tender-score and tender-schedule; SCRATCH is emptied first.

Writes a tender, registrations and a contracts file whose user text (tender title, municipality,
certification, service, evaluator, contract and phase names, providers, consortium and member
names) starts with '=', '+', '-', '@', a tab or a carriage return, holds control characters XML
cannot carry (U+0001, U+000B, U+001F), is 40,000 characters long, or makes sheet names that are
too long, hold []:*?/\\, clash after truncation or differ only by case (a registration's name is
its sheet's name in the tender-check workbook). Then runs tender-check --xlsx, tender-score forms,
tender-schedule -o and tender-schedule --format csv, and checks what docs/tender-check.md and
docs/tender-schedule.md promise:
- every piece of user text is a string cell (never a formula), as given but for the removed
  control characters, cut to 32,767 characters with the documented warning on stderr;
- no XML-illegal character is left; openpyxl loads each workbook without warnings, and
  LibreOffice converts every sheet (cached and recalculated equal) without a repair message and
  shows the text literally;
- sheet names are valid: at most 31 characters, none of []:*?/\\, unique regardless of case;
- the CSV (read with Python's csv) gives every field starting with '=', '+', '-', '@', a tab or a
  carriage return a leading apostrophe and writes all other text as given (docs/exit-codes.md);
- the text and Markdown reports (with and without --color always) and error messages quoting
  user text hold no control character but tab and newline, and no escape sequence but
  tenderkit's own colours: ESC, BEL, CR and U+009B (CSI) in names show as \u001B, \u0007, ...
Without LibreOffice only openpyxl reads the workbooks.
"""
import csv
import os
import pathlib
import re
import shutil
import subprocess
import sys
import warnings

import openpyxl
from openpyxl.utils.escape import unescape

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import libreoffice  # noqa: E402

MAX_CELL = 32767
LONG = "Lang" + "x" * 39992 + "EIND"  # 40,000 characters, ASCII so characters = UTF-16 units
assert len(LONG) == 40000

# Every hostile text carries a token (T01, T02, ...) so its cells can be found.
TEXT = {
    "title": '=HYPERLINK("http://example.invalid/T01","klik")',
    "municipality_a": "+31 Gemeente T02",
    "municipality_b": "-Gemeente T03",
    "certification": "@Keurmerk T04 \x01ctl",
    "service_a": "\tAmbulant T05",
    "service_b": "\rVerblijf T06 \x0bvt",
    "evaluator": "=1+1 beoordelaar T07",
    "criterion": "@SUM(A1:A9) visie T08",
    "contract": "=cmd|' /C calc'!A0 T09",
    "provider": "-2+3 aanbieder T10 \x1fus",
    "phase_a": "@fase T11 \x1b[8m\x9b2J",
    "phase_b": "\tfase T12 \x01\x0b\x1f",
    "phase_c": "\rfase T13",
    "phase_long": "T14" + LONG,
    "old_contract": "+lopend contract T15",
    "old_provider": "=HYPERLINK(\"http://example.invalid\";\"T16\")",
    "member_a": "=SUM(1;2) lid T17",
    "member_b": "\x01@lid T18\x1f",
    "member_c": "-lid T19",
    "member_long": "T20" + LONG,
}
# Registration (consortium) names, which become sheet names.
REGISTRATIONS = {
    "r01": '=HYPERLINK("http://example.invalid","T21")',
    "r02": "+Combinatie T22 \x1b]0;owned\x07\x1b[2J",
    "r03": "\tCombinatie T23 \x01",
    "r04": "T24" + LONG,
    "r05": "T25 [a]:b*c?d/e\\f",
    "r06": "T26 Combinatie met een heel lange naam A",
    "r07": "T26 Combinatie met een heel lange naam B",
    "r08": "T27 Samen voor Jeugd",
    "r09": "T27 SAMEN VOOR JEUGD",
    "r10": "History",
    "r11": "@T28 [Overzicht]",
    # A line break that would fake a verdict in a text report.
    "r12": "T29 Kwaad\n  compliant\n\nnep: Nep Combinatie (combination, 2 members)",
}
FORBIDDEN_IN_SHEET = set("[]:*?/\\")
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TOKEN = re.compile(r"T\d\d")


def toml_string(text: str) -> str:
    """A TOML basic string holding `text` exactly (control characters as \\uXXXX escapes)."""
    out = []
    for char in text:
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def cleaned(text: str) -> str:
    """`text` as a cell must hold it: XML-illegal characters removed, cut to 32,767."""
    return XML_ILLEGAL.sub("", text)[:MAX_CELL]


def write_inputs(folder: pathlib.Path) -> None:
    t = {key: toml_string(value) for key, value in TEXT.items()}
    (folder / "tender.toml").write_text(f"""\
id = "hostile-2027"
title = {t["title"]}
language = "nl"

[[municipality]]
id = "gemeente-a"
name = {t["municipality_a"]}

[[municipality]]
id = "gemeente-b"
name = {t["municipality_b"]}

[[certification]]
id = "keurmerk"
name = {t["certification"]}

[[service]]
id = "ambulant"
name = {t["service_a"]}
local = true
certifications = ["keurmerk"]

[[service]]
id = "verblijf"
name = {t["service_b"]}
certifications = ["keurmerk"]

[integrality]
legal_forms = ["combination"]
min_members = 2
may_lead_several = true
may_participate_several = true

[preselection]
min_candidates = 1
max_candidates = 3
weight_kind = "percentage"
consensus = "mean"
tie_break = ["visie", "lot"]
lot_seed = "test"

[preselection.scale]
values = [0, 5, 10]

[[preselection.criterion]]
id = "visie"
title = {t["criterion"]}
weight = 100

[[preselection.evaluator]]
id = "e1"
name = {t["evaluator"]}

[contract]
name = {t["contract"]}
provider = {t["provider"]}
start = 2027-01-01
term = "4y"
evaluations = [2]
notice_period = "6m"

[[phase]]
id = "a"
name = {t["phase_a"]}
start = 2026-02-02

[[phase]]
id = "b"
name = {t["phase_b"]}
after = "a"
duration = "6w"

[[phase]]
id = "c"
name = {t["phase_c"]}
after = "b"
duration = "20wd"

[[phase]]
id = "d"
name = {t["phase_long"]}
after = "c"
lag = "2w"
""", encoding="utf-8")
    (folder / "contracts.toml").write_text(f"""\
title = "Lopende contracten"

[[contract]]
id = "lopend"
name = {t["old_contract"]}
provider = {t["old_provider"]}
start = 2024-01-01
term = "4y"
""", encoding="utf-8")
    registrations = folder / "registrations"
    registrations.mkdir()
    for number, (file_id, name) in enumerate(REGISTRATIONS.items()):
        members = (TEXT["member_a"], TEXT["member_b"]) if number % 2 == 0 else \
                  (TEXT["member_c"], TEXT["member_long"])
        (registrations / f"{file_id}.toml").write_text(f"""\
name = {toml_string(name)}
tender = "hostile-2027"
legal_form = "combination"

[[member]]
name = {toml_string(members[0])}
kvk = "{10000000 + 2 * number:08d}"
role = "lead"
services = ["ambulant", "verblijf"]
certifications = ["keurmerk"]
declaration = true

[[member]]
name = {toml_string(members[1])}
kvk = "{10000001 + 2 * number:08d}"
role = "member"
services = ["ambulant"]
certifications = ["keurmerk"]
declaration = true
""", encoding="utf-8")


def run(command, accept=(0,)) -> subprocess.CompletedProcess:
    environment = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", NO_COLOR="1")
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True,
                            env=environment, check=False)
    if result.returncode not in accept:
        raise SystemExit(f"verify_hostile_text: {' '.join(map(str, command))[:300]} exited with "
                         f"{result.returncode}\n{result.stderr[:3000]}")
    return result


def cell_text(cell) -> str:
    """A string cell's text as a spreadsheet shows it: openpyxl 3.0 leaves OOXML's _xHHHH_
    escapes (libxlsxwriter writes a carriage return as _x000D_) undecoded."""
    return unescape(cell.value)


def check_sheet_names(names, failures, where) -> None:
    folded = set()
    for name in names:
        if not 1 <= len(name) <= 31:
            failures.append(f"{where}: sheet name {name!r} has {len(name)} characters")
        if FORBIDDEN_IN_SHEET & set(name) or XML_ILLEGAL.search(name):
            failures.append(f"{where}: sheet name {name!r} holds a forbidden character")
        if name[0] in " '" or name[-1] in " '":
            failures.append(f"{where}: sheet name {name!r} starts or ends with a space or quote")
        if name.casefold() in folded or name.casefold() == "history":
            failures.append(f"{where}: sheet name {name!r} clashes (case-insensitively)")
        folded.add(name.casefold())


def check_workbook(book: pathlib.Path, expected: list, sheets: int, failures: list) -> None:
    """openpyxl and LibreOffice read `book`; every expected text is a string cell, as given."""
    where = book.name
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        workbook = openpyxl.load_workbook(book)
    failures += [f"{where}: openpyxl warns: {w.message}" for w in caught]
    if len(workbook.sheetnames) != sheets:
        failures.append(f"{where}: {len(workbook.sheetnames)} sheets, expected {sheets}")
    check_sheet_names(workbook.sheetnames, failures, where)
    texts = []  # every string cell's text
    tokens = set()
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                place = f"{where} {sheet.title}!{cell.coordinate}"
                if cell.data_type == "f":
                    if TOKEN.search(cell.value):
                        failures.append(f"{place}: user text in a formula: {cell.value[:80]!r}")
                    continue
                if cell.data_type != "s":
                    failures.append(f"{place}: data type {cell.data_type!r}")
                text = cell_text(cell)
                if XML_ILLEGAL.search(text):
                    failures.append(f"{place}: holds an XML-illegal character: {text[:80]!r}")
                if len(text.encode("utf-16-le")) // 2 > MAX_CELL:
                    failures.append(f"{place}: {len(text)} characters")
                texts.append(text)
                tokens.update(TOKEN.findall(text))
    for original in expected:
        want = cleaned(original)
        if not any(text.startswith(want) for text in texts):
            near = [t[:60] for t in texts if TOKEN.search(original).group() in t][:3]
            failures.append(f"{where}: no string cell holds {want[:60]!r} as given "
                            f"(cells with its token: {near})")
    # LibreOffice: loads without repair, cached = recalculated, and shows the text literally
    # (a formula would show its result, not the token).
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print(f"{where}: LibreOffice is not installed; only openpyxl read the workbook")
        return
    complaints = []
    try:
        cached = libreoffice.sheets_as_csv(book, recalculate=False, complaints=complaints)
        recalculated = libreoffice.sheets_as_csv(book, recalculate=True, complaints=complaints)
    except RuntimeError as error:
        failures.append(f"{where}: {error}")
        return
    failures.extend(f"{where}: LibreOffice: {line}" for line in complaints)
    if len(cached) != sheets:
        failures.append(f"{where}: LibreOffice wrote {len(cached)} sheets, expected {sheets}")
    if cached != recalculated:
        failures.append(f"{where}: LibreOffice's recalculation differs from the cached values")
    shown = "\n".join(cell for rows in cached.values() for row in rows for cell in row)
    missing = sorted(token for token in tokens if token not in shown)
    if missing:
        failures.append(f"{where}: LibreOffice does not show the text of {missing}")
    for original in expected:
        want = cleaned(original).replace("\r", "")[:200].strip()
        if want.startswith(FORMULA_START) and want not in shown:
            failures.append(f"{where}: LibreOffice does not show {want[:60]!r} literally")


def check_warning(stderr: str, book: pathlib.Path, failures: list) -> None:
    pattern = (rf"(warning|waarschuwing): {re.escape(str(book))}: \d+ (cells? held more than 32,767 characters|cellen? bevat(ten)? meer dan 32\.767 tekens)")
    if not re.search(pattern, stderr):
        failures.append(f"{book.name}: no warning about text cut to 32,767 characters on stderr "
                        f"(stderr: {stderr[-500:]!r})")


def check_csv(path: pathlib.Path, failures: list) -> None:
    """docs/tender-schedule.md: a field starting with = + - @ tab or CR gets a leading
    apostrophe; all other text is written as given (control characters too, not cut)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, rows = rows[0], rows[1:]
    fields = [field for row in rows for field in row]
    for row in rows:
        if len(row) != len(header):
            failures.append(f"{path.name}: row {row[0]!r} has {len(row)} fields, not {len(header)}")
        for field in row:
            if field.startswith(FORMULA_START):
                failures.append(f"{path.name}: field {field[:60]!r} would run as a formula")
    for key in ("contract", "old_contract", "phase_a", "phase_long"):
        want = TEXT[key]
        if want.startswith(FORMULA_START):
            want = "'" + want
        if want not in fields:
            failures.append(f"{path.name}: no field {want[:60]!r}")
    for key in ("phase_b", "phase_c"):  # inside a description: not at the start, left as is
        if f"Start: {TEXT[key]}" not in fields:
            failures.append(f"{path.name}: no field {'Start: ' + TEXT[key]!r}")


# Escape sequences tenderkit writes itself when colour is on (core/terminal_text.cpp).
OWN_COLOURS = re.compile(r"\x1b\[(?:0|1|31|32|33|1;31|1;36)m")
TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def check_terminal_text(label: str, output: str, colour: bool, expected: list,
                        failures: list) -> None:
    """No control character reaches the terminal; the hostile names show as escapes."""
    visible = OWN_COLOURS.sub("", output) if colour else output
    if re.search(r"^nep: Nep", visible, re.MULTILINE):
        failures.append(f"{label}: a name with line breaks starts lines of its own")
    for match in TERMINAL_CONTROL.finditer(visible):
        context = visible[max(0, match.start() - 30):match.end() + 10]
        failures.append(f"{label}: control character U+{ord(match.group()):04X} reaches the "
                        f"terminal: {context!r}")
        break
    for text in expected:
        if text not in visible:
            failures.append(f"{label}: does not show {text!r}")


def check_terminal_outputs(bin_dir, tender, registrations, contracts, scratch, failures) -> None:
    names = ["T22 \\u001B]0;owned\\u0007\\u001B[2J", "T29 Kwaad\\u000A  compliant\\u000A\\u000Anep"]
    phases = ["T11 \\u001B[8m\\u009B2J"]
    # Markdown also escapes the brackets: T22 \u001B\]0;owned...
    markdown_names, markdown_phases = ["T22 \\u001B\\]0;owned\\u0007"], ["T11 \\u001B\\[8m"]
    runs = [
        ("tender-check text", [bin_dir / "tender-check", tender, registrations], names),
        ("tender-check markdown", [bin_dir / "tender-check", tender, registrations, "--format",
                                   "markdown"], markdown_names),
        ("tender-schedule text", [bin_dir / "tender-schedule", tender, contracts], phases),
        ("tender-schedule markdown", [bin_dir / "tender-schedule", tender, contracts,
                                      "--format", "markdown"], markdown_phases),
    ]
    runs.append(("tender-score forms", [bin_dir / "tender-score", "forms", tender, registrations,
                                        "--dir", scratch / "terminal-forms"], []))
    for label, command, expected in runs:
        for colour in (False, True) if "forms" not in label else (False,):
            extra = ["--color", "always"] if colour else []
            result = run(command + extra, accept=(0, 1))
            check_terminal_text(f"{label}{' --color always' if colour else ''}", result.stdout,
                                colour and "markdown" not in label, expected, failures)
    # An error message quoting an unknown service id made of escape sequences.
    bad = scratch / "bad-registrations"
    bad.mkdir()
    (bad / "bad.toml").write_text(
        (registrations / "r01.toml").read_text(encoding="utf-8").replace(
            '"ambulant", "verblijf"', '"ambulant\\u001B]0;owned\\u0007", "verblijf"', 1),
        encoding="utf-8")
    # --color always colours the error message too (docs/cli.md): only tenderkit's own colours.
    result = run([bin_dir / "tender-check", tender, bad, "--color", "always"], accept=(2,))
    check_terminal_text("tender-check error", result.stderr, True,
                        ["ambulant\\u001B]0;owned\\u0007"], failures)


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    bin_dir, scratch = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    write_inputs(scratch)
    tender, registrations = scratch / "tender.toml", scratch / "registrations"
    failures = []

    check_book = scratch / "check.xlsx"
    result = run([bin_dir / "tender-check", tender, registrations, "--xlsx", check_book],
                 accept=(0, 1))
    check_warning(result.stderr, check_book, failures)
    check_workbook(check_book, [TEXT[key] for key in ("title", "service_a", "service_b",
                                                      "member_a", "member_b", "member_c",
                                                      "member_long")]
                   + list(REGISTRATIONS.values()), 1 + len(REGISTRATIONS), failures)

    forms = scratch / "forms"
    result = run([bin_dir / "tender-score", "forms", tender, registrations, "--dir", forms])
    form = forms / "hostile-2027-e1.xlsx"
    check_warning(result.stderr, form, failures)
    check_workbook(form, [TEXT["evaluator"], TEXT["criterion"]] + list(REGISTRATIONS.values()),
                   4, failures)

    contracts = scratch / "contracts.toml"
    schedule = scratch / "schedule.xlsx"
    result = run([bin_dir / "tender-schedule", tender, contracts, "--xlsx", schedule])
    check_warning(result.stderr, schedule, failures)
    check_workbook(schedule, [TEXT[key] for key in ("title", "contract", "provider", "phase_a",
                                                    "phase_b", "phase_c", "phase_long",
                                                    "old_contract", "old_provider")],
                   6, failures)

    report = scratch / "schedule.csv"
    run([bin_dir / "tender-schedule", tender, contracts, "--format", "csv", "-o", report])
    check_csv(report, failures)

    check_terminal_outputs(bin_dir, tender, registrations, contracts, scratch, failures)

    for failure in failures:
        print(f"verify_hostile_text: {failure}", file=sys.stderr)
    if not failures:
        print("hostile text: string cells as given (control characters removed, cut to 32,767 "
              "with a warning), valid unique sheet names, openpyxl and LibreOffice read all three "
              "workbooks, the CSV neutralises formula-like fields, text and Markdown reports and "
              "error messages show control characters as escapes")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
