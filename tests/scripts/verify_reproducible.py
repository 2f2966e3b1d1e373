#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Checks that every output of the demo is reproducible with SOURCE_DATE_EPOCH.

See docs/reproducibility.md.

    verify_reproducible.py BIN_DIR SCRATCH

BIN_DIR holds tender-check, tender-score, tender-schedule and tender-init. Every command and format
that scripts/demo.sh runs (and a few more: the ijmond-zk and blank templates of tender-init, collect
from the blank xlsx forms, the report of tender-schedule with and without --as-of) runs in a copy
of templates/ under SCRATCH/<run>, with paths relative to that directory, so the runs differ only in
what the test changes on purpose:

  1. two runs with the same SOURCE_DATE_EPOCH, in different directories, one with TZ=UTC and
     LC_ALL=C, the other with TZ=Pacific/Kiritimati (UTC+14: another calendar day for the chosen
     timestamp) and nl_NL.UTF-8 (else C.UTF-8): every output file, standard output and standard
     error must be byte-identical, including the exit codes. In every workbook, every zip entry has
     the date libxlsxwriter always writes (1980-01-01 00:00:00, whatever the timestamp), and
     docProps/core.xml's dcterms:created and dcterms:modified are the timestamp;
  2. a run with another SOURCE_DATE_EPOCH and a run without it: compared with the first run, the
     only differences allowed are the documented timestamps (TIMESTAMP_CELLS, core.xml, ICS
     DTSTAMP), and each of them must hold that run's time. Outputs whose --as-of defaults to the
     timestamp's day are compared instead with the same command given that day as --as-of.

Prints every problem; exits 1 when there is one, 2 on bad usage.
"""

import datetime
import hashlib
import pathlib
import re
import shutil
import subprocess
import sys
import time
import zipfile

SOURCE = pathlib.Path(__file__).resolve().parents[2]
EPOCH = 1700000000          # 2023-11-14 22:13:20 UTC; 2023-11-15 in Kiritimati
OTHER_EPOCH = 1400000000    # 2014-05-13 16:53:20 UTC
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # libxlsxwriter's fixed zip entry date (packager.c)
AS_OF = "2023-03-01"

# The cells of each kind of workbook that hold the time of the run. (sheet, cell, what): sheet is
# the 1-based sheet number, -1 for the last sheet; what is "date" (the UTC day as an Excel date
# serial) or "datetime" (day and time of day, UTC). With --as-of absent, the schedule's as-of date
# (Overzicht/Overview B3) is the timestamp's day too, and so is everything computed from it.
TIMESTAMP_CELLS = {
    "check": [(1, "B3", "date")],                          # Overzicht/Summary: Datum/Date
    "forms": [],                                           # none: only docProps/core.xml
    "rank": [(1, "B3", "date"),                            # Rangorde/Ranking: Datum/Date
             (-1, "B4", "datetime")],                      # Verantwoording/Audit: Aangemaakt (UTC)
    "schedule": [(1, "B4", "date")],                       # Overzicht/Overview: Datum/Date
}
CORE_TIMES = re.compile(r"(<dcterms:(created|modified) xsi:type=\"dcterms:W3CDTF\">)([^<]*)(<)")
FORM_HASH = re.compile(rb'^source = "(out/[^"]+[.]xlsx)"\nsha256 = "([0-9a-f]{64})"$', re.MULTILINE)
DTSTAMP = re.compile(rb"^DTSTAMP:(\d{8}T\d{6}Z)\r?$", re.MULTILINE)
# The schedule's annexes carry their document date, the timestamp's day: in the JSON's "document"
# and the Markdown's "Datum document" line (the workbook's annexes: a date cell, C9).
DOCUMENT_DATE = re.compile(rb'("document": \{\s*"date": ")([0-9-]{10})(")|'
                           rb"^((?:Datum document|Document date): )(.*)$", re.MULTILINE)

CHECK_REGIONS = [("mvs", "templates/mvs/tender.toml", "templates/mvs/registrations"),
                 ("ijmond-zk", "templates/ijmond-zk/tender.toml",
                  "templates/ijmond-zk/registrations")]
BRIDGING = ["--bridging-days", "templates/bridging-days.toml"]
IJMOND = ["templates/ijmond-zk/tender.toml", "templates/ijmond-zk/contracts.toml"]
MVS_SCORES = ["templates/mvs/scores/bakker.toml", "templates/mvs/scores/devries.toml",
              "templates/mvs/scores/ozturk.toml"]


class Step:
    """One command line. outputs: {relative path: kind} (kind None for a text file)."""

    def __init__(self, name, program, args, outputs=None, ok=(0,), as_of_default=False):
        self.name, self.program, self.args = name, program, args
        self.outputs = outputs or {}
        self.ok = ok
        self.as_of_default = as_of_default


def steps():
    result = [
        Step("init-mvs", "tender-init", ["--force", "--template", "mvs", "out/new-tender"]),
        Step("init-ijmond-zk", "tender-init", ["--template", "ijmond-zk", "out/init-ijmond-zk"]),
        Step("init-blank", "tender-init", ["--template", "blank", "out/init-blank"]),
        Step("check-new-tender", "tender-check",
             ["out/new-tender/tender.toml", "out/new-tender/registrations"], ok=(0, 1)),
    ]
    for region, tender, registrations in CHECK_REGIONS:
        base = [tender, registrations]
        result += [
            Step(f"check-{region}-stdout", "tender-check", base, ok=(0, 1)),
            Step(f"check-{region}-json-xlsx", "tender-check",
                 base + ["--format", "json", "-o", f"out/{region}-check.json",
                         "--xlsx", f"out/{region}-check.xlsx"],
                 {f"out/{region}-check.xlsx": "check"}, ok=(0, 1)),
            Step(f"check-{region}-junit", "tender-check",
                 base + ["--format", "junit", "-o", f"out/{region}-check.junit.xml"], ok=(0, 1)),
            Step(f"check-{region}-markdown", "tender-check",
                 base + ["--format", "markdown", "-o", f"out/{region}-check.md"], ok=(0, 1)),
            Step(f"check-{region}-text", "tender-check",
                 base + ["--format", "text", "-o", f"out/{region}-check.txt"], ok=(0, 1)),
        ]
    mvs = ["templates/mvs/tender.toml"]
    result += [
        Step("score-forms", "tender-score",
             ["forms"] + mvs + ["templates/mvs/registrations", "--dir", "out/forms"],
             {f"out/forms/mvs-jeugdhulp-2023-{who}.xlsx": "forms"
              for who in ("devries", "bakker", "ozturk")}),
        Step("score-collect-text", "tender-score",
             ["collect"] + mvs + MVS_SCORES + ["-o", "out/mvs-scores.toml"]),
        Step("score-collect-json", "tender-score",
             ["collect"] + mvs + MVS_SCORES + ["-o", "out/mvs-scores-2.toml", "--format", "json"]),
        Step("score-collect-blank-forms", "tender-score",
             ["collect"] + mvs + [f"out/forms/mvs-jeugdhulp-2023-{who}.xlsx"
                                  for who in ("devries", "bakker", "ozturk")]
             + ["-o", "out/forms-scores.toml", "--format", "json"], ok=(1,)),
        Step("score-rank-xlsx", "tender-score",
             ["rank"] + mvs + ["out/mvs-scores.toml", "--xlsx", "out/mvs-preselection.xlsx"],
             {"out/mvs-preselection.xlsx": "rank"}),
        Step("score-rank-json", "tender-score",
             ["rank"] + mvs + ["out/mvs-scores.toml", "--format", "json",
                               "-o", "out/mvs-preselection.json"]),
        Step("score-rank-markdown", "tender-score",
             ["rank"] + mvs + ["out/mvs-scores.toml", "--format", "markdown",
                               "-o", "out/mvs-preselection.md"]),
    ]
    fixed = BRIDGING + ["--as-of", AS_OF]
    baseline = ["--shift", "dialoog=+3m", "--baseline", "out/ijmond-zk-schedule.json"]
    result += [
        Step("schedule-mvs-xlsx-markdown", "tender-schedule",
             mvs + fixed + ["--xlsx", "out/mvs-schedule.xlsx", "--format", "markdown",
                            "-o", "out/mvs-schedule.md"],
             {"out/mvs-schedule.xlsx": "schedule"}),
        Step("schedule-mvs-text", "tender-schedule",
             mvs + fixed + ["-o", "out/mvs-schedule.txt"]),
        Step("schedule-ijmond-zk-xlsx-json", "tender-schedule",
             IJMOND + fixed + ["--xlsx", "out/ijmond-zk-schedule.xlsx", "--format", "json",
                               "-o", "out/ijmond-zk-schedule.json"],
             {"out/ijmond-zk-schedule.xlsx": "schedule"}),
        Step("schedule-ijmond-zk-ics", "tender-schedule",
             IJMOND + fixed + ["--format", "ics", "-o", "out/ijmond-zk-schedule.ics"]),
        Step("schedule-ijmond-zk-csv", "tender-schedule",
             IJMOND + fixed + ["--format", "csv", "-o", "out/ijmond-zk-schedule.csv"]),
        Step("schedule-ijmond-zk-markdown", "tender-schedule",
             IJMOND + fixed + ["--format", "markdown", "-o", "out/ijmond-zk-schedule.md"]),
        Step("schedule-ijmond-zk-stdout", "tender-schedule", IJMOND + fixed),
        Step("schedule-ijmond-zk-replanned", "tender-schedule",
             IJMOND + fixed + baseline + ["--xlsx", "out/ijmond-zk-replanned.xlsx", "--format", "json",
                                          "-o", "out/ijmond-zk-replanned.json"],
             {"out/ijmond-zk-replanned.xlsx": "schedule"}),
        Step("schedule-ijmond-zk-replanned-stdout", "tender-schedule", IJMOND + fixed + baseline),
        # As the demo runs them: --as-of defaults to SOURCE_DATE_EPOCH's day (UTC).
        Step("schedule-default-as-of-xlsx-json", "tender-schedule",
             IJMOND + BRIDGING + ["--xlsx", "out/default-as-of.xlsx", "--format", "json",
                                  "-o", "out/default-as-of.json"],
             {"out/default-as-of.xlsx": "schedule"}, as_of_default=True),
        Step("schedule-default-as-of-ics", "tender-schedule",
             IJMOND + BRIDGING + ["--format", "ics", "-o", "out/default-as-of.ics"],
             as_of_default=True),
        Step("schedule-default-as-of-stdout", "tender-schedule", IJMOND + BRIDGING,
             as_of_default=True),
    ]
    return result


def with_explicit_as_of(step, day):
    """The same step with --as-of DAY, writing to *.explicit.* names."""
    rename = {path: re.sub(r"(\.[a-z]+)$", r".explicit\1", path) for path in step.outputs}
    args = [a for a in step.args]
    for i, arg in enumerate(args):
        if i > 0 and args[i - 1] in ("-o", "--xlsx"):
            args[i] = re.sub(r"(\.[a-z]+)$", r".explicit\1", arg)
    return Step(step.name + ".explicit", step.program, args + ["--as-of", day],
                {rename[p]: k for p, k in step.outputs.items()}, step.ok)


class Checker:
    def __init__(self, bin_dir, scratch):
        self.bin_dir = pathlib.Path(bin_dir).resolve()
        self.scratch = pathlib.Path(scratch).resolve()
        self.problems = []

    def fail(self, message):
        self.problems.append(message)
        print("FAIL: " + message)

    # --- running ---------------------------------------------------------------------------------

    def run(self, name, epoch, tz, locale, extra_steps=()):
        """Runs every step in SCRATCH/name; returns (directory, {step: (exit, stdout, stderr)})."""
        directory = self.scratch / name
        shutil.rmtree(directory, ignore_errors=True)
        directory.mkdir(parents=True)
        shutil.copytree(SOURCE / "templates", directory / "templates")
        (directory / "out").mkdir()
        environment = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TZ": tz, "LANG": locale,
                       "LC_ALL": locale}
        if epoch is not None:
            environment["SOURCE_DATE_EPOCH"] = str(epoch)
        results = {}
        for step in list(steps()) + list(extra_steps):
            completed = subprocess.run([str(self.bin_dir / step.program)] + step.args,
                                       cwd=directory, env=environment, capture_output=True,
                                       timeout=120, check=False)
            results[step.name] = (completed.returncode, completed.stdout, completed.stderr)
            if completed.returncode not in step.ok:
                self.fail(f"{name}: {step.name}: exit {completed.returncode}, expected "
                          f"{' or '.join(map(str, step.ok))}: {completed.stderr.decode()}")
        return directory, results

    # --- phase 1: byte-identical -----------------------------------------------------------------

    def files(self, directory):
        return sorted(str(p.relative_to(directory)) for p in (directory / "out").rglob("*")
                      if p.is_file())

    def compare_identical(self, first, second):
        (dir_a, res_a), (dir_b, res_b) = first, second
        files_a, files_b = self.files(dir_a), self.files(dir_b)
        if files_a != files_b:
            self.fail(f"the runs wrote different files: {sorted(set(files_a) ^ set(files_b))}")
        for path in sorted(set(files_a) & set(files_b)):
            if (dir_a / path).read_bytes() != (dir_b / path).read_bytes():
                self.fail(f"{path}: not byte-identical between {dir_a.name} and {dir_b.name}"
                          f"{self.describe_difference(dir_a / path, dir_b / path)}")
        for step, (exit_a, out_a, err_a) in res_a.items():
            exit_b, out_b, err_b = res_b[step]
            if exit_a != exit_b:
                self.fail(f"{step}: exit {exit_a} in {dir_a.name}, {exit_b} in {dir_b.name}")
            if out_a != out_b:
                self.fail(f"{step}: standard output differs between {dir_a.name} and {dir_b.name}")
            if err_a != err_b:
                self.fail(f"{step}: standard error differs between {dir_a.name} and {dir_b.name}")
        return files_a

    def describe_difference(self, a, b):
        if a.suffix != ".xlsx":
            lines_a = a.read_bytes().splitlines()
            lines_b = b.read_bytes().splitlines()
            for number, (x, y) in enumerate(zip(lines_a, lines_b), 1):
                if x != y:
                    return f" (line {number}: {x[:120]!r} vs {y[:120]!r})"
            return f" ({len(lines_a)} vs {len(lines_b)} lines)"
        try:
            za, zb = zipfile.ZipFile(a), zipfile.ZipFile(b)
            differing = [i.filename for i in za.infolist()
                         if i.filename not in zb.namelist()
                         or za.read(i.filename) != zb.read(i.filename)
                         or i.date_time != zb.getinfo(i.filename).date_time]
            return f" (entries: {differing or 'same content, different zip metadata'})"
        except zipfile.BadZipFile as error:
            return f" ({error})"

    # --- workbook timestamps ---------------------------------------------------------------------

    @staticmethod
    def sheet_entries(book):
        names = re.findall(r"<sheet name=", book.read("xl/workbook.xml").decode())
        return [f"xl/worksheets/sheet{i}.xml" for i in range(1, len(names) + 1)]

    @staticmethod
    def cell_pattern(ref):
        return re.compile(r'(<c r="%s"[^>]*>)(.*?)(</c>)' % ref)

    def timestamp_cells(self, book, kind, as_of_default):
        """[(entry, cell, what)] of the cells holding the run's time."""
        entries = self.sheet_entries(book)
        cells = [(entries[sheet if sheet < 0 else sheet - 1], ref, what)
                 for sheet, ref, what in TIMESTAMP_CELLS[kind]]
        if kind == "schedule" and as_of_default:
            cells.append((entries[0], "B3", "date"))
        if kind == "schedule":
            # Each annex's document date (C9); annexes are the sheets named Bijlage/Annex.
            names = re.findall(r'<sheet name="([^"]*)"', book.read("xl/workbook.xml").decode())
            cells += [(entries[i], "C9", "date") for i, name in enumerate(names)
                      if name.startswith(("Bijlage ", "Annex "))]
        return cells

    def check_workbook_times(self, path, kind, low, high, as_of_default=False):
        """Zip entry dates, core.xml and the timestamp cells hold a time in [low, high]."""
        try:
            book = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile) as error:
            self.fail(f"{path}: not a zip file: {error}")
            return
        for info in book.infolist():
            if info.date_time != ZIP_DATE:
                self.fail(f"{path}: zip entry {info.filename} dated {info.date_time}, "
                          f"expected {ZIP_DATE}")
        core = book.read("docProps/core.xml").decode()
        found = {m.group(2): m.group(3) for m in CORE_TIMES.finditer(core)}
        for field in ("created", "modified"):
            value = found.get(field)
            try:
                stamp = datetime.datetime.strptime(value or "", "%Y-%m-%dT%H:%M:%SZ").replace(
                    tzinfo=datetime.timezone.utc).timestamp()
            except ValueError:
                self.fail(f"{path}: docProps/core.xml dcterms:{field} is {value!r}")
                continue
            if not low <= stamp <= high:
                self.fail(f"{path}: docProps/core.xml dcterms:{field} is {value}, expected "
                          f"{iso(low)}" + ("" if low == high else f"..{iso(high)}"))
        for entry, ref, what in self.timestamp_cells(book, kind, as_of_default):
            match = self.cell_pattern(ref).search(book.read(entry).decode())
            value = re.search(r"<v>([^<]*)</v>", match.group(2)) if match else None
            if value is None:
                self.fail(f"{path}: {entry} {ref}: no timestamp cell")
                continue
            serial = float(value.group(1))
            if what == "date":
                ok = excel_day(low) <= serial <= excel_day(high) and serial == int(serial)
            else:
                ok = excel_time(low) - 1e-6 <= serial <= excel_time(high) + 1e-6
            if not ok:
                self.fail(f"{path}: {entry} {ref} ({what}) is {serial}, expected the "
                          f"{'day' if what == 'date' else 'time'} of {iso(low)}"
                          + ("" if low == high else f"..{iso(high)}"))

    def masked_workbook(self, path, kind, as_of_default=False):
        """{entry: content} with the timestamps replaced by a placeholder."""
        book = zipfile.ZipFile(path)
        entries = {}
        for info in book.infolist():
            entries[info.filename] = (info.date_time, info.compress_type, book.read(info.filename))
        core = entries["docProps/core.xml"]
        entries["docProps/core.xml"] = core[:2] + (
            CORE_TIMES.sub(r"\1TIMESTAMP\4", core[2].decode()).encode(),)
        for entry, ref, _ in self.timestamp_cells(book, kind, as_of_default):
            meta = entries[entry][:2]
            text = self.cell_pattern(ref).sub(r"\1TIMESTAMP\3", entries[entry][2].decode(), count=1)
            entries[entry] = meta + (text.encode(),)
        return list(entries.items())

    # --- phase 2: only timestamps differ ---------------------------------------------------------

    def compare_masked(self, reference, other, low, high, label):
        """other (run with time in [low, high]) equals reference after masking timestamps."""
        (dir_a, res_a), (dir_b, res_b) = reference, other
        kinds = {}
        as_of_default = {}
        for step in steps():
            for path, kind in step.outputs.items():
                kinds[path] = kind
            for i, arg in enumerate(step.args):
                if i > 0 and step.args[i - 1] in ("-o", "--xlsx"):
                    as_of_default[arg] = step.as_of_default
        files_a, files_b = self.files(dir_a), self.files(dir_b)
        explicit = {p for p in files_b if ".explicit." in p}
        if set(files_a) != set(files_b) - explicit:
            unexpected = sorted(set(files_a) ^ (set(files_b) - explicit))
            self.fail(f"{label}: different files: {unexpected}")
        for path in sorted(set(files_a) & set(files_b)):
            if as_of_default.get(path):
                # Compared with the same command given the timestamp's day as --as-of instead.
                twin = re.sub(r"(\.[a-z]+)$", r".explicit\1", path)
                self.compare_file(dir_b / twin, dir_b / path, kinds.get(path), low, high,
                                  f"{label}: {path} against {twin}", as_of_default=True)
            else:
                self.compare_file(dir_a / path, dir_b / path, kinds.get(path), low, high,
                                  f"{label}: {path}")
        by_name = {step.name: step for step in steps()}
        for step, (exit_a, out_a, err_a) in res_a.items():
            exit_b, out_b, err_b = res_b[step]
            if by_name[step].as_of_default:
                exit_a, out_a, err_a = res_b[step + ".explicit"]
            if (exit_a, out_a, err_a) != (exit_b, out_b, err_b):
                self.fail(f"{label}: {step}: exit code, standard output or standard error differs")

    def compare_file(self, a, b, kind, low, high, label, as_of_default=False):
        if a.suffix == ".xlsx":
            if kind is None:
                self.fail(f"{label}: a workbook of unknown kind")
                return
            self.check_workbook_times(b, kind, low, high, as_of_default)
            masked_a = self.masked_workbook(a, kind, as_of_default)
            masked_b = self.masked_workbook(b, kind, as_of_default)
            if [e for e, _ in masked_a] != [e for e, _ in masked_b]:
                self.fail(f"{label}: the zip entries differ")
                return
            for (entry, meta_a), (_, meta_b) in zip(masked_a, masked_b):
                if meta_a != meta_b:
                    cells_a = re.split(r"(?=<c |<si>)", meta_a[2].decode(errors="replace"))
                    cells_b = re.split(r"(?=<c |<si>)", meta_b[2].decode(errors="replace"))
                    first = next(((x, y) for x, y in zip(cells_a, cells_b) if x != y), None)
                    self.fail(f"{label}: zip entry {entry} differs beyond the timestamps: "
                              f"{first[0][:100] + ' vs ' + first[1][:100] if first else ''}")
            return
        content_a, content_b = a.read_bytes(), b.read_bytes()
        content_a = self.mask_form_hashes(a, content_a, label)
        content_b = self.mask_form_hashes(b, content_b, label)
        if a.suffix == ".ics":
            for stamp in DTSTAMP.findall(content_b):
                value = datetime.datetime.strptime(stamp.decode(), "%Y%m%dT%H%M%SZ").replace(
                    tzinfo=datetime.timezone.utc).timestamp()
                if not low <= value <= high:
                    self.fail(f"{label}: DTSTAMP {stamp.decode()} is not {iso(low)}")
                    break
            content_a = DTSTAMP.sub(b"DTSTAMP:TIMESTAMP", content_a)
            content_b = DTSTAMP.sub(b"DTSTAMP:TIMESTAMP", content_b)
        if a.suffix in (".json", ".md"):
            def document(match):
                return (match.group(1) + b"TIMESTAMP" + match.group(3) if match.group(1)
                        else match.group(4) + b"TIMESTAMP")
            content_a = DOCUMENT_DATE.sub(document, content_a)
            content_b = DOCUMENT_DATE.sub(document, content_b)
        if content_a != content_b:
            self.fail(f"{label}: differs beyond the timestamps"
                      f"{first_line_difference(content_a, content_b)}")

    def mask_form_hashes(self, path, content, label):
        """A scores file records each form's SHA-256; a form written by this run carries its
        timestamp, so its hash is checked against the form and masked."""
        run_directory = path.parents[len(path.relative_to(self.scratch).parts) - 2]

        def replace(match):
            source, digest = match.group(1), match.group(2)
            actual = hashlib.sha256((run_directory / source.decode()).read_bytes()).hexdigest()
            if digest.decode() != actual:
                self.fail(f"{label}: sha256 of {source.decode()} is {digest.decode()}, the form's "
                          f"is {actual}")
            return match.group(0).replace(digest, b"SHA256-OF-A-FORM-OF-THIS-RUN")

        return FORM_HASH.sub(replace, content)


def first_line_difference(a, b):
    for number, (x, y) in enumerate(zip(a.splitlines(), b.splitlines()), 1):
        if x != y:
            return f" (line {number}: {x[:120]!r} vs {y[:120]!r})"
    return ""


def iso(stamp):
    return datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ")


def excel_day(stamp):
    return int(stamp // 86400) + 25569


def excel_time(stamp):
    return stamp / 86400 + 25569


def utc_day(stamp):
    return datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc).strftime("%Y-%m-%d")


def dutch_locale():
    listed = subprocess.run(["locale", "-a"], capture_output=True, text=True,
                            check=False).stdout.split()
    for name in listed:
        if name.lower().replace("-", "") in ("nl_nl.utf8",):
            return name
    return "C.UTF-8"


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    checker = Checker(argv[1], argv[2])
    kiritimati = "Pacific/Kiritimati"
    if not pathlib.Path("/usr/share/zoneinfo", kiritimati).exists():
        print(f"note: no zoneinfo for {kiritimati}; TZ=UTC-14 instead")
        kiritimati = "UTC-14"
    locale = dutch_locale()
    print(f"runs: SOURCE_DATE_EPOCH={EPOCH} TZ=UTC LC_ALL=C; SOURCE_DATE_EPOCH={EPOCH} "
          f"TZ={kiritimati} LC_ALL={locale}; SOURCE_DATE_EPOCH={OTHER_EPOCH}; none")

    # 1. The same timestamp: byte-identical, across directories, time zones and locales.
    first = checker.run("a", EPOCH, "UTC", "C")
    second = checker.run("b", EPOCH, kiritimati, locale)
    files = checker.compare_identical(first, second)
    workbooks = {p: k for s in steps() for p, k in s.outputs.items()}
    defaults = {p for s in steps() if s.as_of_default for p in s.outputs}
    for run in (first, second):
        for path, kind in workbooks.items():
            checker.check_workbook_times(run[0] / path, kind, EPOCH, EPOCH, path in defaults)
    ics = [p for p in files if p.endswith(".ics")]
    for path in ics:
        stamps = set(DTSTAMP.findall((first[0] / path).read_bytes()))
        if stamps != {b"20231114T221320Z"}:
            checker.fail(f"{path}: DTSTAMP {stamps}, expected 20231114T221320Z")

    # 2. Another timestamp, and none: only the timestamps differ.
    twins = lambda day: [with_explicit_as_of(s, day) for s in steps() if s.as_of_default]
    other = checker.run("c", OTHER_EPOCH, "UTC", "C", twins(utc_day(OTHER_EPOCH)))
    checker.compare_masked(first, other, OTHER_EPOCH, OTHER_EPOCH,
                           f"SOURCE_DATE_EPOCH={OTHER_EPOCH}")
    for attempt in range(2):
        start = int(time.time())
        none = checker.run("d", None, "UTC", "C", twins(utc_day(start)))
        end = int(time.time()) + 1
        if utc_day(start) == utc_day(end) or attempt == 1:
            break  # else the run crossed midnight (UTC): the twins got another day; once more
    checker.compare_masked(first, none, start, end, "without SOURCE_DATE_EPOCH")

    if checker.problems:
        print(f"{len(checker.problems)} problem(s)")
        return 1
    print(f"ok: {len(files)} output files and {len(first[1])} commands' standard output and error "
          f"byte-identical across directories, TZ and locale; with another timestamp and without "
          f"one only the documented timestamps differ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
