#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Checks that a failed or interrupted write loses nothing.

See docs/exit-codes.md#outputs-and-interruptions.

    verify_failures.py BIN_DIR SCRATCH [CASE...]

CASE is one of disk-full, not-writable, directory, signal, concurrent (default: all). Every command
that writes files is run with a previous output in place (content no run writes), from copies of
the templates in SCRATCH (0755 directories, 0644 files), with SOURCE_DATE_EPOCH fixed:

  disk-full     under `ulimit -f 1` (512 bytes): exit 3, 'File too large', previous output intact;
  not-writable  as user nobody (setpriv; as a normal user: a 0555 directory) against a 0755 root
                directory holding the previous output: exit 3, 'Permission denied', intact; as
                root, the programs, the inputs and the outputs are first copied to a folder
                nobody can enter (the checkout may lie under /root or in a mktemp -d folder);
  directory     the output path (for several files: the first) is a directory holding a file:
                exit 3, the directory and its file untouched, the other previous outputs intact;
                for a command writing several files, then the second: the files before it are
                the complete new ones, those after it the previous ones (tender-init and
                tender-score forms, which check every target first: all intact);
  signal        SIGTERM (at several moments, and the moment the temporary file appears), SIGINT
                and SIGHUP while tender-schedule writes a large workbook and a large JSON report
                (bench/generate_contracts.py), and SIGTERM at 150 random moments of a short
                tender-score rank run: the command ends by the signal (or exits 0 if it had
                finished), and each output is either the previous one or the complete new one,
                never anything else;
  concurrent    two runs of the same command writing the same outputs at once: both succeed, and
                every output is byte-identical to the one a single run writes.

After every run no temporary file (.NAME.tmp-*) may be left anywhere in the output directory.
Prints every problem; exits 1 when there is one, 2 on bad usage, 77 when nothing could be checked.
"""

import json
import os
import pathlib
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

SOURCE = pathlib.Path(__file__).resolve().parents[2]
EPOCH = "1700000000"
AS_OF = "2023-03-01"
NOBODY = 65534
CASES = ["disk-full", "not-writable", "directory", "signal", "concurrent"]
EVALUATORS = ["devries", "bakker", "ozturk"]


class Command:
    """A command writing `targets` (paths relative to its output directory OUT)."""

    def __init__(self, name, program, args, targets, ok=(0,), checks_first=False):
        self.name, self.program, self.args, self.targets, self.ok = name, program, args, targets, ok
        # Checks every target before writing any (never overwrites without --force; a directory
        # is refused even with it): a directory among the targets means nothing is written.
        self.checks_first = checks_first

    def argv(self, bin_dir, inputs, out):
        return [str(bin_dir / self.program)] + [
            a.replace("@IN@", str(inputs)).replace("@OUT@", str(out)) for a in self.args]


# The templates' tenders are Dutch; the reasons are checked in English (--lang en): the language is not
# the point here.
MVS = ["@IN@/mvs/tender.toml", "--lang", "en"]
MVS_REGISTRATIONS = ["@IN@/mvs/registrations"]
MVS_SCORES = [f"@IN@/mvs/scores/{who}.toml" for who in EVALUATORS]
IJMOND = ["@IN@/ijmond-zk/tender.toml", "@IN@/ijmond-zk/contracts.toml", "--lang", "en",
          "--bridging-days", "@IN@/bridging-days.toml", "--as-of", AS_OF]
COMMANDS = [
    Command("check-report", "tender-check",
            MVS + MVS_REGISTRATIONS + ["--format", "json", "-o", "@OUT@/check.json"],
            ["check.json"], ok=(1,)),
    Command("check-xlsx", "tender-check",
            MVS + MVS_REGISTRATIONS + ["--xlsx", "@OUT@/check.xlsx", "-o", "@OUT@/check.txt"],
            ["check.xlsx", "check.txt"], ok=(1,)),
    Command("score-forms", "tender-score",
            ["forms", "--force"] + MVS + MVS_REGISTRATIONS + ["--dir", "@OUT@/forms"],
            [f"forms/mvs-jeugdhulp-2023-{who}.xlsx" for who in EVALUATORS]
            + ["forms/mvs-jeugdhulp-2023-scores-template.toml"], checks_first=True),
    Command("score-collect", "tender-score",
            ["collect"] + MVS + MVS_SCORES + ["-o", "@OUT@/scores.toml"],
            ["scores.toml"]),
    Command("score-rank", "tender-score",
            ["rank"] + MVS + ["@IN@/scores.toml", "--xlsx", "@OUT@/ranking.xlsx", "--format", "json",
                              "-o", "@OUT@/ranking.json"],
            ["ranking.xlsx", "ranking.json"]),
    Command("schedule-xlsx", "tender-schedule", IJMOND + ["--xlsx", "@OUT@/schedule.xlsx"],
            ["schedule.xlsx"]),
    Command("schedule-report", "tender-schedule",
            IJMOND + ["--format", "ics", "-o", "@OUT@/schedule.ics"], ["schedule.ics"]),
    Command("init", "tender-init", ["--force", "--template", "mvs", "@OUT@/tender"],
            ["tender/tender.toml", "tender/registrations/01-combinatie-samen-voor-jeugd.toml",
             "tender/contracts.toml", "tender/bridging-days.toml"], checks_first=True),
]


def previous_content(command, target):
    text = f"previous output of {command.name}: {target}; no run writes this"
    if target.endswith("scores.toml"):
        # A scores file of the tender, of another form version, that nobody wrote into by hand:
        # collect replaces only such a file (it refuses one holding a consensus or a comment).
        return (f'tender = "mvs-jeugdhulp-2023"\nform_version = "{(text + " ") * 40}"\n'
                .encode())
    return f"{text}\n".encode() * 40


def temporaries(directory):
    return sorted(str(p) for p in pathlib.Path(directory).rglob(".*.tmp-*"))


def make_readable_tree(path):
    for root, dirs, files in os.walk(path):
        os.chmod(root, 0o755)
        for name in files:
            os.chmod(os.path.join(root, name), 0o644)


def reachable_folder():
    """A temporary folder that every user can enter (each folder on its path searchable by
    others), or None."""
    for base in [tempfile.gettempdir(), "/tmp", "/var/tmp", "/dev/shm"]:
        path = pathlib.Path(base).resolve()
        if path.is_dir() and all(os.stat(p).st_mode & 0o001 for p in [path, *path.parents]):
            return path
    return None


class Checker:
    def __init__(self, bin_dir, scratch):
        self.bin_dir = pathlib.Path(bin_dir).resolve()
        self.scratch = pathlib.Path(scratch).resolve()
        self.problems = []
        self.checked = 0
        self.environment = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LC_ALL": "C",
                            "SOURCE_DATE_EPOCH": EPOCH, "TZ": "UTC"}

    def fail(self, message):
        self.problems.append(message)
        print("FAIL: " + message)

    def run(self, argv, prefix=(), timeout=60, cwd=None, environment=None):
        return subprocess.run(list(prefix) + argv, env=environment or self.environment,
                              capture_output=True, timeout=timeout, check=False,
                              cwd=cwd or self.scratch)

    # --- setup -----------------------------------------------------------------------------------

    def prepare(self):
        shutil.rmtree(self.scratch, ignore_errors=True)
        self.scratch.mkdir(parents=True)
        os.chmod(self.scratch, 0o755)
        self.inputs = self.scratch / "inputs"
        shutil.copytree(SOURCE / "templates", self.inputs)
        # The rank input: the collected MVS scores.
        collected = self.run([str(self.bin_dir / "tender-score"), "collect",
                              str(self.inputs / "mvs/tender.toml")]
                             + [str(self.inputs / f"mvs/scores/{who}.toml") for who in EVALUATORS]
                             + ["-o", str(self.inputs / "scores.toml")])
        if collected.returncode != 0:
            self.fail(f"setup: tender-score collect failed: {collected.stderr.decode()}")
        make_readable_tree(self.inputs)
        # Every command's output of a good run: what a complete new output looks like.
        self.reference = {}
        for command in COMMANDS:
            out = self.fresh_directory(f"reference/{command.name}")
            done = self.run(command.argv(self.bin_dir, self.inputs, out))
            if done.returncode not in command.ok:
                self.fail(f"setup: {command.name} exit {done.returncode}: {done.stderr.decode()}")
            self.reference[command.name] = {
                t: (out / t).read_bytes() if (out / t).is_file() else None
                for t in command.targets}

    def fresh_directory(self, name):
        directory = self.scratch / name
        if directory.exists():
            for root, dirs, _ in os.walk(directory):
                for d in dirs:
                    os.chmod(os.path.join(root, d), 0o755)
            shutil.rmtree(directory)
        directory.mkdir(parents=True)
        os.chmod(directory, 0o755)
        return directory

    def place_previous(self, command, out):
        for target in command.targets:
            path = out / target
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(previous_content(command, target))
        make_readable_tree(out)

    # --- checks ----------------------------------------------------------------------------------

    def expect_failure(self, label, command, done, out, reason, intact):
        """Exit 3, a message naming the reason, the `intact` targets unchanged, no litter."""
        self.checked += 1
        stderr = done.stderr.decode(errors="replace")
        print(f"{label}: exit {done.returncode}: {stderr.strip()}".replace(str(out), "OUT"))
        if done.returncode != 3:
            self.fail(f"{label}: exit {done.returncode}, expected 3; stderr: {stderr.strip()}")
        first_line = stderr.splitlines()[0] if stderr else ""
        if not first_line.startswith(f"{command.program}: error: ") or reason not in first_line:
            self.fail(f"{label}: expected '{command.program}: error: ...{reason}...' on standard "
                      f"error, got: {stderr.strip()!r}")
        for target in intact:
            path = out / target
            if not path.is_file() or path.read_bytes() != previous_content(command, target):
                self.fail(f"{label}: the previous {target} was changed or removed")
        self.expect_no_litter(label, out)

    def expect_no_litter(self, label, out):
        litter = temporaries(out)
        if litter:
            self.fail(f"{label}: temporary files left behind: {litter}")

    # --- the cases -------------------------------------------------------------------------------

    def disk_full(self):
        for command in COMMANDS:
            out = self.fresh_directory(f"disk-full/{command.name}")
            self.place_previous(command, out)
            done = self.run(command.argv(self.bin_dir, self.inputs, out),
                            prefix=["/bin/sh", "-c", 'ulimit -f 1 && exec "$0" "$@"'])
            self.expect_failure(f"disk-full: {command.name}", command, done, out,
                                "File too large", command.targets)

    def not_writable(self):
        if os.geteuid() != 0:
            self.not_writable_in(self.bin_dir, self.inputs, self.scratch, prefix=[])
            return
        if shutil.which("setpriv"):
            prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        elif shutil.which("runuser"):
            prefix = ["runuser", "-u", "nobody", "--"]
        else:
            print("note: not-writable skipped: neither setpriv nor runuser")
            return
        # User nobody must reach the programs and the inputs, wherever the checkout lies (under
        # /root, or in a 0700 mktemp -d folder): they are copied to a folder it can enter.
        base = reachable_folder()
        if base is None:
            print("note: not-writable skipped: no temporary folder user nobody can enter")
            return
        stage = pathlib.Path(tempfile.mkdtemp(prefix="tenderkit-not-writable-", dir=base))
        try:
            os.chmod(stage, 0o755)
            bin_dir = stage / "bin"
            bin_dir.mkdir()
            for program in sorted({command.program for command in COMMANDS}):
                shutil.copy2(self.bin_dir / program, bin_dir / program)
                os.chmod(bin_dir / program, 0o755)
            os.chmod(bin_dir, 0o755)
            inputs = stage / "inputs"
            shutil.copytree(self.inputs, inputs)
            make_readable_tree(inputs)
            if self.run(prefix + ["/bin/true"], cwd=stage).returncode != 0:
                print("note: not-writable skipped: cannot run as nobody")
                return
            self.not_writable_in(bin_dir, inputs, stage, prefix)
        finally:
            shutil.rmtree(stage, ignore_errors=True)

    def not_writable_in(self, bin_dir, inputs, folder, prefix):
        # tender-init takes its templates from the copy too, not from the source tree.
        environment = dict(self.environment, TENDERKIT_TEMPLATES=str(inputs))
        for command in COMMANDS:
            out = folder / "not-writable" / command.name
            if out.exists():
                shutil.rmtree(out)
            out.mkdir(parents=True)
            for directory in [out, *out.parents]:
                if directory == folder.parent:
                    break
                os.chmod(directory, 0o755)
            self.place_previous(command, out)
            directories = {(out / t).parent for t in command.targets}
            if not prefix:  # not root: the permission bits apply
                for directory in directories:
                    os.chmod(directory, 0o555)
            done = self.run(command.argv(bin_dir, inputs, out), prefix=prefix, cwd=folder,
                            environment=environment)
            for directory in directories:
                os.chmod(directory, 0o755)
            self.expect_failure(f"not-writable: {command.name}", command, done, out,
                                "Permission denied", command.targets)

    def directory(self):
        for command in COMMANDS:
            out = self.fresh_directory(f"directory/{command.name}")
            self.place_previous(command, out)
            first = out / command.targets[0]
            first.unlink()
            first.mkdir()
            (first / "keep.txt").write_bytes(b"inside the directory\n")
            done = self.run(command.argv(self.bin_dir, self.inputs, out))
            reason = "exists" if command.checks_first else "it is a directory"
            self.expect_failure(f"directory: {command.name}", command, done, out, reason,
                                command.targets[1:])
            if (not first.is_dir() or sorted(os.listdir(first)) != ["keep.txt"]
                    or (first / "keep.txt").read_bytes() != b"inside the directory\n"):
                self.fail(f"directory: {command.name}: the directory {command.targets[0]} changed")
        self.later_directory()

    def later_directory(self):
        """Part of `directory`: for a command writing several files, the second is a directory.
        Each file is written atomically in turn, so the ones before it are the new complete
        outputs and the ones after it the previous ones; tender-init and tender-score forms check
        every target first and write nothing."""
        for command in COMMANDS:
            if len(command.targets) < 2:
                continue
            out = self.fresh_directory(f"directory/{command.name}-second")
            self.place_previous(command, out)
            second = out / command.targets[1]
            second.unlink()
            second.mkdir()
            done = self.run(command.argv(self.bin_dir, self.inputs, out))
            label = f"directory (second output): {command.name}"
            reason = "exists" if command.checks_first else "it is a directory"
            before = [] if command.checks_first else command.targets[:1]
            self.expect_failure(label, command, done, out, reason,
                                [t for t in command.targets[2:]]
                                + ([command.targets[0]] if not before else []))
            for target in before:
                if (out / target).read_bytes() != self.reference[command.name][target]:
                    self.fail(f"{label}: {target}, written before the failure, is not the "
                              f"complete new output")
            if not second.is_dir() or os.listdir(second):
                self.fail(f"{label}: the directory {command.targets[1]} changed")

    def signal(self):
        data = self.scratch / "big"
        generated = self.run([sys.executable, str(SOURCE / "bench/generate_contracts.py"),
                              str(data), "--contracts", "300"])
        if generated.returncode != 0:
            self.fail(f"signal: generate_contracts.py failed: {generated.stderr.decode()}")
            return
        make_readable_tree(data)
        big = [str(data / "tender.toml"), str(data / "contracts.toml"), "--no-bridging-days",
               "--as-of", "2027-01-01"]
        jobs = [("xlsx", ["--xlsx", "@OUT@/big.xlsx"], "big.xlsx"),
                ("json", ["--format", "json", "-o", "@OUT@/big.json"], "big.json")]
        for kind, extra, target in jobs:
            command = Command(f"schedule-big-{kind}", "tender-schedule", big + extra, [target])
            out = self.fresh_directory(f"signal/{kind}")
            started = time.monotonic()
            done = self.run(command.argv(self.bin_dir, self.inputs, out))
            duration = time.monotonic() - started
            if done.returncode != 0:
                self.fail(f"signal: {command.name}: exit {done.returncode}: {done.stderr.decode()}")
                continue
            complete = (out / target).read_bytes()
            print(f"signal: {command.name} takes {duration:.2f} s ({len(complete)} bytes)")
            # Signals at fractions of the run's duration cover every stage; under load those
            # moments drift, so three more are sent the moment the temporary file appears, which
            # proves the mid-write case whatever the machine is doing.
            plan = [(signal.SIGTERM, f) for f in (0.1, 0.3, 0.5, 0.7, 0.9)]
            plan += [(signal.SIGINT, 0.6), (signal.SIGHUP, 0.6)]
            plan += [(signal.SIGTERM, None)] * 3
            mid_write = sum(self.interrupt(command, out, target, complete, signal_number,
                                           None if fraction is None else fraction * duration)
                            for signal_number, fraction in plan)
            print(f"signal: {command.name}: {mid_write} of {len(plan)} signals arrived while the "
                  f"temporary file was being written")
            if mid_write == 0:
                self.fail(f"signal: {command.name}: no signal arrived while the output was being "
                          f"written; the test proved nothing")
        self.signal_burst()

    def signal_burst(self, runs=150):
        """SIGTERM at many (seeded) random moments of a short run writing two files, to hit the
        narrow windows around creating and renaming a temporary file."""
        command = next(c for c in COMMANDS if c.name == "score-rank")
        out = self.fresh_directory("signal/burst")
        started = time.monotonic()
        done = self.run(command.argv(self.bin_dir, self.inputs, out))
        duration = time.monotonic() - started
        if done.returncode not in command.ok:
            self.fail(f"signal: {command.name}: exit {done.returncode}: {done.stderr.decode()}")
            return
        complete = {t: (out / t).read_bytes() for t in command.targets}
        moments = random.Random(20261123)
        for run in range(runs):
            delay = moments.uniform(0, 1.2 * duration)
            label = f"signal: {command.name}: SIGTERM after {delay * 1000:.1f} ms (run {run + 1})"
            self.place_previous(command, out)
            process = subprocess.Popen(command.argv(self.bin_dir, self.inputs, out),
                                       env=self.environment, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL, cwd=self.scratch)
            time.sleep(delay)
            process.send_signal(signal.SIGTERM)
            process.wait()
            self.checked += 1
            if process.returncode not in (0, 3, -signal.SIGTERM):
                self.fail(f"{label}: returncode {process.returncode}")
            for target in command.targets:
                content = (out / target).read_bytes() if (out / target).is_file() else None
                if content not in (previous_content(command, target), complete[target]):
                    self.fail(f"{label}: {target} is neither the previous output nor the "
                              f"complete new one")
            self.expect_no_litter(label, out)
        print(f"signal: {command.name}: {runs} runs ({duration * 1000:.0f} ms each) ended by "
              f"SIGTERM at random moments")

    def interrupt(self, command, out, target, complete, signal_number, delay):
        """Runs `command`, sends the signal after `delay` seconds (None: as soon as a temporary
        file exists) and checks what is left. True if the signal came while it was writing."""
        name = signal.Signals(signal_number).name
        moment = "on the temporary file" if delay is None else f"after {delay:.2f} s"
        label = f"signal: {command.name}: {name} {moment}"
        self.place_previous(command, out)
        process = subprocess.Popen(command.argv(self.bin_dir, self.inputs, out),
                                   env=self.environment, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, cwd=self.scratch)
        if delay is None:
            deadline = time.monotonic() + 60
            while not temporaries(out) and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.0002)
        else:
            time.sleep(delay)
        writing = bool(temporaries(out))
        process.send_signal(signal_number)
        try:
            process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            self.fail(f"{label}: did not end within 60 s of the signal")
            return False
        self.checked += 1
        content = (out / target).read_bytes() if (out / target).is_file() else None
        interrupted = False
        if content == previous_content(command, target):
            if process.returncode not in (-signal_number, 3):
                self.fail(f"{label}: returncode {process.returncode}, expected "
                          f"{-signal_number} (ended by the signal) or 3")
            interrupted = writing
        elif content == complete:
            if process.returncode not in (0, -signal_number):
                self.fail(f"{label}: wrote the output but returned {process.returncode}")
            self.expect_valid(label, out / target)
        else:
            self.fail(f"{label}: {target} is neither the previous output nor the complete "
                      f"new one ({'missing' if content is None else len(content)} bytes; "
                      f"returncode {process.returncode})")
        self.expect_no_litter(label, out)
        return interrupted

    def expect_valid(self, label, path):
        try:
            if path.suffix == ".xlsx":
                if zipfile.ZipFile(path).testzip() is not None:
                    self.fail(f"{label}: {path.name} has a corrupt zip entry")
            else:
                json.loads(path.read_bytes())
        except (zipfile.BadZipFile, ValueError) as error:
            self.fail(f"{label}: {path.name} is not valid: {error}")

    def concurrent(self):
        for command in COMMANDS:
            out = self.fresh_directory(f"concurrent/{command.name}")
            self.place_previous(command, out)
            label = f"concurrent: {command.name}"
            argv = command.argv(self.bin_dir, self.inputs, out)
            processes = [subprocess.Popen(argv, env=self.environment, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.PIPE, cwd=self.scratch)
                         for _ in range(2)]
            for number, process in enumerate(processes, 1):
                _, stderr = process.communicate(timeout=60)
                if process.returncode not in command.ok:
                    self.fail(f"{label}: run {number} exit {process.returncode}: "
                              f"{stderr.decode().strip()}")
            self.checked += 1
            for target in command.targets:
                path = out / target
                if not path.is_file() or path.read_bytes() != self.reference[command.name][target]:
                    self.fail(f"{label}: {target} is not the output of a single run")
            self.expect_no_litter(label, out)


def main(argv):
    if len(argv) < 3 or any(case not in CASES for case in argv[3:]):
        print(__doc__, file=sys.stderr)
        return 2
    checker = Checker(argv[1], argv[2])
    checker.prepare()
    for case in argv[3:] or CASES:
        started = time.monotonic()
        getattr(checker, case.replace("-", "_"))()
        print(f"{case}: done in {time.monotonic() - started:.1f} s")
    if checker.problems:
        print(f"{len(checker.problems)} problem(s)")
        return 1
    if checker.checked == 0:
        print("nothing was checked")
        return 77
    print(f"ok: {checker.checked} runs checked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
