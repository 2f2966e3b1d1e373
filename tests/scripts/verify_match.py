#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""tender-match end to end on a template region: the round trip to tender-check, and the workbook.

    verify_match.py TENDER_MATCH TENDER_CHECK SCRATCH_DIR TEMPLATE_DIR

For the region's tender.toml and providers.toml:

1. compose --alternatives 3, market and complete (of every registration of the template that
   tender-check rejects) are run with --write-registrations, --format json and --xlsx, twice with
   the same SOURCE_DATE_EPOCH: the workbooks must be byte-identical;
2. every registration file written is passed to tender-check, which must exit 0 for each (the
   proposals comply), and the files are exactly those the JSON report names;
3. each workbook is read with openpyxl (Debian's python3-openpyxl, hence /usr/bin/python3) and
   compared with the JSON report of the same run: the sheet names in the tender's language; the
   proposals side by side as service x member matrices (member names, KvK numbers, roles, an "x"
   exactly where the member delivers the service); the market map as a heat map (every count
   equal to the JSON cell, red fill for 0, amber for 1, green otherwise); no formula anywhere.

Prints every mismatch; exits 1 when there is one, 2 on bad usage.
"""

import filecmp
import json
import os
import shutil
import subprocess
import sys
import tomllib

import openpyxl

SHEETS = {
    "nl": {"summary": "Samenvatting", "proposals": "Voorstellen", "completed": "Aangevuld",
           "market": "Marktkaart", "consortia": "Combinaties"},
    "en": {"summary": "Summary", "proposals": "Proposals", "completed": "Completed",
           "market": "Market map", "consortia": "Consortia"},
}
RED, AMBER, GREEN = "FFFFC7CE", "FFFFEB9C", "FFC6EFCE"

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}")


def run(program, arguments, allowed, env):
    result = subprocess.run([program, *arguments], capture_output=True, text=True, env=env,
                            check=False)
    if result.returncode not in allowed:
        fail(f"{os.path.basename(program)} {' '.join(arguments)} exited {result.returncode}, "
             f"expected {sorted(allowed)}\n{result.stderr}")
        return None
    return result


def fill_of(cell):
    color = cell.fill.fgColor
    return color.rgb if color is not None and color.type == "rgb" else None


def check_matrix(sheet, registrations, services, label):
    """The registrations side by side: a column per member, a row per service."""
    names = {service["id"]: service for service in services}
    column = 2  # 1-based: column A holds the service names
    for registration in registrations:
        for member in registration["members"]:
            name = sheet.cell(row=2, column=column).value
            kvk = sheet.cell(row=4, column=column).value
            if name != member["name"] or kvk != member["kvk"]:
                fail(f"{label}: column {column} is {name!r} {kvk!r}, expected "
                     f"{member['name']!r} {member['kvk']!r}")
            for index, service_id in enumerate(names):
                value = sheet.cell(row=5 + index, column=column).value
                delivers = service_id in member["services"]
                if (value == "x") != delivers:
                    fail(f"{label}: {member['name']} / {service_id}: cell {value!r}, delivers "
                         f"{delivers}")
            column += 1
        column += 1  # the empty column between registrations


def check_workbook(path, document, services, municipalities):
    book = openpyxl.load_workbook(path)
    language = document["tender"]["language"]
    labels = SHEETS[language]
    label = f"{os.path.basename(path)}"
    if book.sheetnames[0] != labels["summary"]:
        fail(f"{label}: first sheet {book.sheetnames[0]!r}, expected {labels['summary']!r}")
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    fail(f"{label}: {sheet.title}!{cell.coordinate} holds a formula")
    command = document["command"]
    if command == "compose":
        check_matrix(book[labels["proposals"]], document["proposals"], services, label)
    elif command == "complete" and document["completed"] and not document["already_compliant"]:
        check_matrix(book[labels["completed"]], [document["completed"]], services, label)
    elif command == "market":
        sheet = book[labels["market"]]
        cells = {(cell["service"], cell["municipality"]): cell["providers"]
                 for cell in document["cells"]}
        for s, service in enumerate(services):
            for m, municipality in enumerate(municipalities):
                cell = sheet.cell(row=3 + s, column=2 + m)
                expected = cells[(service["id"], municipality)]
                if cell.value != expected:
                    fail(f"{label}: market map {service['id']}/{municipality} is {cell.value!r}, "
                         f"JSON says {expected}")
                colour = RED if expected == 0 else AMBER if expected == 1 else GREEN
                if fill_of(cell) != colour:
                    fail(f"{label}: market map {service['id']}/{municipality} has fill "
                         f"{fill_of(cell)}, expected {colour}")
        if document["partition"]:
            check_matrix(book[labels["consortia"]], document["partition"], services, label)


def main():
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    match, check, scratch, template = sys.argv[1:]
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    tender = os.path.join(template, "tender.toml")
    register = os.path.join(template, "providers.toml")
    env = {**os.environ, "NO_COLOR": "1", "SOURCE_DATE_EPOCH": "1672531200"}

    # The services and municipalities in the tender's order, as the workbook lists them.
    with open(tender, "rb") as stream:
        parsed = tomllib.load(stream)
    services = parsed["service"]
    municipalities = [municipality["id"] for municipality in parsed["municipality"]]

    registrations = os.path.join(template, "registrations")
    rejected = []
    for name in sorted(os.listdir(registrations)):
        path = os.path.join(registrations, name)
        result = run(check, [tender, path], {0, 1}, env)
        if result is not None and result.returncode == 1:
            rejected.append(path)
    if not rejected:
        fail(f"{template}: no registration that tender-check rejects, nothing to complete")

    runs = [("compose", ["compose", tender, register, "--alternatives", "3"], {0}),
            ("market", ["market", tender, register], {0})]
    for path in rejected:
        stem = os.path.splitext(os.path.basename(path))[0]
        runs.append((f"complete-{stem}", ["complete", tender, register, path], {0, 1}))
    written_total = 0
    for label, arguments, allowed in runs:
        out = os.path.join(scratch, label)
        workbooks = []
        document = None
        for attempt in (1, 2):
            directory = os.path.join(out, f"registrations-{attempt}")
            workbook = os.path.join(out, f"run-{attempt}.xlsx")
            os.makedirs(out, exist_ok=True)
            result = run(match, [*arguments, "--format", "json", "--xlsx", workbook,
                                 "--write-registrations", directory], allowed, env)
            if result is None:
                break
            workbooks.append(workbook)
            document = json.loads(result.stdout)
        if len(workbooks) != 2 or document is None:
            continue
        if not filecmp.cmp(workbooks[0], workbooks[1], shallow=False):
            fail(f"{label}: two runs with the same SOURCE_DATE_EPOCH wrote different workbooks")
        directory = os.path.join(out, "registrations-2")
        named = []
        if document["command"] == "compose":
            named = [proposal["file"] for proposal in document["proposals"]]
        elif document["command"] == "market":
            named = [consortium["file"] for consortium in document["partition"]]
        elif document["completed"] and not document["already_compliant"]:
            named = [document["completed"]["file"]]
        found = sorted(os.path.join(directory, name) for name in os.listdir(directory)) \
            if os.path.isdir(directory) else []
        if sorted(named) != found:
            fail(f"{label}: the report names {named}, the directory holds {found}")
        for path in found:
            written_total += 1
            result = run(check, [tender, path], {0, 1}, env)
            if result is not None and result.returncode != 0:
                fail(f"{label}: tender-check rejects {path}:\n{result.stdout}")
        check_workbook(workbooks[1], document, services, municipalities)
    if written_total == 0:
        fail(f"{template}: no registration file was written")
    print(f"{template}: {len(runs)} runs, {written_total} registration files passed tender-check")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
