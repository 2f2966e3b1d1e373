#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Property test: any bytes in a path or id, every output stays valid (docs/limits.md).

Usage: verify_byte_names.py BIN_DIR SOURCE_DIR SCRATCH [ROUNDS]
BIN_DIR holds tender-check, tender-score and tender-schedule; SCRATCH is emptied first.

Each round draws a random name of 1 to 12 bytes (any byte but '/' and NUL, at least one of them
not ASCII; seeded, so a failure can be repeated: TENDERKIT_BYTE_NAMES_SEED) and uses it
- as a folder holding the MVS registrations, and as a registration file name (so as its id, as
  registrations without an `id` key take it from the file name): tender-check in every format and
  --xlsx; the id must either be valid (a normal run) or be refused with exit 2 and a hint;
- for tender-score forms (registrations folder, output folder) and collect (the scores template
  of forms collected back, output file name);
- as the contracts file of tender-schedule: --format json, ics, csv, markdown and text, and -o.
Every output is read with a real parser: json, xml.etree, tomllib, csv, openpyxl; text and
Markdown must be UTF-8. Standard error must be UTF-8 too.
"""
import csv
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tomllib
import warnings
import xml.etree.ElementTree as ElementTree

import openpyxl

ID = re.compile(rb"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def random_name(rng):
    while True:
        length = rng.randint(1, 12)
        name = bytes(rng.choice([b for b in range(1, 256) if b != ord("/")]) for _ in range(length))
        if name in (b".", b"..") or all(b < 0x80 for b in name):
            continue
        return name


class Run:
    def __init__(self, bin_dir, source_dir):
        self.bin_dir = os.fsencode(bin_dir)
        self.source_dir = source_dir
        self.failures = []

    def __call__(self, label, program, arguments, allowed):
        command = [os.path.join(self.bin_dir, program.encode())] + [
            a if isinstance(a, bytes) else a.encode() for a in arguments]
        result = subprocess.run(command, cwd=self.source_dir, capture_output=True,
                                env=dict(os.environ, NO_COLOR="1", SOURCE_DATE_EPOCH="1672531200"))
        if result.returncode not in allowed:
            self.fail(label, f"exit {result.returncode}, expected {sorted(allowed)}; stderr: "
                      f"{result.stderr[:400]!r}")
        self.utf8(label + " stderr", result.stderr)
        return result

    def fail(self, label, message):
        self.failures.append(f"{label}: {message}")

    def utf8(self, label, data):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            self.fail(label, f"not UTF-8: {error}")
            return None

    def check(self, label, kind, data):
        text = self.utf8(label, data)
        if text is None:
            return None
        try:
            if kind == "json":
                return json.loads(text)
            if kind == "xml":
                return ElementTree.fromstring(data)
            if kind == "toml":
                return tomllib.loads(text)
            if kind == "csv":
                return list(csv.reader(io.StringIO(text, newline="")))
            if kind == "ics":
                if not text.startswith("BEGIN:VCALENDAR\r\n") or "END:VCALENDAR" not in text:
                    self.fail(label, "no calendar")
                return text
        except Exception as error:  # noqa: BLE001 - any parser error is a failure
            self.fail(label, f"{kind} parser: {error}")
        return text

    def workbook(self, label, path):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                with open(path, "rb") as stream:
                    book = openpyxl.load_workbook(stream)
            return [cell.value for sheet in book.worksheets for row in sheet.iter_rows()
                    for cell in row if cell.value is not None]
        except Exception as error:  # noqa: BLE001
            self.fail(label, f"openpyxl: {error}")
            return []


def one_round(run, rng, number, scratch, source):
    name = random_name(rng)
    label = f"round {number} name {name!r}"
    base = os.path.join(os.fsencode(scratch), str(number).encode())
    os.makedirs(base)
    tender = os.path.join(source, "templates/mvs/tender.toml").encode()
    registrations = os.path.join(source, "templates/mvs/registrations")

    # A folder with that name holding the MVS registrations: paths in every report.
    folder = os.path.join(base, name)
    os.makedirs(folder)
    for file in sorted(os.listdir(registrations)):
        shutil.copy(os.path.join(registrations, file), os.path.join(folder, file.encode()))
    # A skipped entry with the name too, so the skipped lists carry it.
    with open(os.path.join(folder, name + b".txt"), "wb"):
        pass
    for form, kind in (("json", "json"), ("junit", "xml"), ("markdown", "md"), ("text", "md")):
        result = run(f"{label}: tender-check --format {form}", "tender-check",
                     [tender, folder, "--format", form], {1})
        document = run.check(f"{label}: tender-check {form}", kind, result.stdout)
        if form == "json" and isinstance(document, dict):
            if len(document["skipped"]) != 1:
                run.fail(label, f"skipped: {document['skipped']}")
    workbook = os.path.join(base, b"check.xlsx")
    run(f"{label}: tender-check --xlsx", "tender-check", [tender, folder, "--xlsx", workbook], {1})
    run.workbook(f"{label}: tender-check workbook", workbook)

    # The name as a registration file name, so as the registration's id.
    single = os.path.join(base, b"single")
    os.makedirs(single)
    registration = os.path.join(single, name + b".toml")
    shutil.copy(os.path.join(registrations, "01-combinatie-samen-voor-jeugd.toml"), registration)
    valid_id = bool(ID.match(name))
    result = run(f"{label}: id from the file name", "tender-check",
                 [tender, registration, "--format", "json"], {0, 1} if valid_id else {2})
    if valid_id:
        run.check(f"{label}: json with that id", "json", result.stdout)
    elif b"hint: write id = " not in result.stderr and b"tip: schrijf id = " not in result.stderr:
        run.fail(label, f"refused id without a hint: {result.stderr!r}")

    # tender-score forms into a folder with that name, then collect its scores template back.
    forms = os.path.join(base, b"forms-" + name)
    result = run(f"{label}: tender-score forms", "tender-score",
                 ["forms", tender, folder, "--dir", forms], {0})
    run.utf8(f"{label}: forms stdout", result.stdout)
    templates = [f for f in os.listdir(forms)] if os.path.isdir(forms) else []
    template = next((f for f in templates if f.endswith(b"-scores-template.toml")), None)
    if template is None:
        run.fail(label, f"no scores template among {templates}")
    else:
        with open(os.path.join(forms, template), "rb") as stream:
            run.check(f"{label}: scores template", "toml", stream.read())
        scores = os.path.join(base, name + b"-scores.toml")
        result = run(f"{label}: tender-score collect", "tender-score",
                     ["collect", tender, os.path.join(forms, template), "-o", scores, "--format",
                      "json"], {1})
        run.check(f"{label}: collect json", "json", result.stdout)
        if os.path.exists(scores):
            with open(scores, "rb") as stream:
                run.check(f"{label}: collected scores", "toml", stream.read())
        forms_workbook = os.path.join(forms, sorted(f for f in templates if f.endswith(b".xlsx"))[0])
        run.workbook(f"{label}: form", forms_workbook)

    # The name as tender-schedule's contracts file.
    contracts = os.path.join(base, name + b".toml")
    shutil.copy(os.path.join(source, "templates/mvs/contracts.toml"), contracts)
    bridging = ["--bridging-days", os.path.join(source, "templates/bridging-days.toml")]
    for form, kind in (("json", "json"), ("ics", "ics"), ("csv", "csv"), ("markdown", "md"),
                       ("text", "md")):
        result = run(f"{label}: tender-schedule --format {form}", "tender-schedule",
                     [tender, contracts, "--format", form, *bridging], {0})
        run.check(f"{label}: tender-schedule {form}", kind, result.stdout)
    schedule = os.path.join(base, name + b"-schedule.xlsx")
    run(f"{label}: tender-schedule --xlsx", "tender-schedule",
        [tender, contracts, "--xlsx", schedule, *bridging], {0})
    run.workbook(f"{label}: schedule workbook", schedule)


def main():
    if len(sys.argv) not in (4, 5):
        print(__doc__, file=sys.stderr)
        return 2
    bin_dir, source_dir, scratch = (os.path.abspath(a) for a in sys.argv[1:4])
    rounds = int(sys.argv[4]) if len(sys.argv) == 5 else 6
    seed = int(os.environ.get("TENDERKIT_BYTE_NAMES_SEED", "20261203"))
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    rng = random.Random(seed)
    run = Run(bin_dir, source_dir)
    # Always the case of the report: a Latin-1 'é'; then random names.
    for number in range(rounds):
        one_round(run, rng, number, scratch, source_dir)
    for failure in run.failures:
        print("FAIL:", failure)
    print(f"{rounds} names (seed {seed}): {len(run.failures)} failure(s)")
    return 1 if run.failures else 0


if __name__ == "__main__":
    sys.exit(main())
