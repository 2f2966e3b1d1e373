#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Checks that every kind of output target is written as docs/limits.md ("Outputs") says.

    verify_output_targets.py BIN_DIR SCRATCH

Runs the real programs on the MVS template with outputs that are no plain new file, all made by
this script in SCRATCH (never in /dev):

  - a character device made with `mknod SCRATCH/null c 1 3` (as root; else skipped): the run
    succeeds and the node is still a character device;
  - a FIFO with a live reader: the reader gets the whole report, byte-identical to a file run;
  - a symbolic link (absolute, relative, and a chain of two): the file at the end is updated and
    every link stays a link;
  - `-o -` into a pipe, and `-o /proc/self/fd/1` (and /dev/stdout): the report on standard output;
  - an output that is an input (the tender file, a registration, through a symlink): exit 2,
    the input byte-identical;
  - a workbook to `-`: on a terminal (a pty) refused with exit 2 and a message, nothing written;
    into a pipe a valid workbook (a zip with xl/workbook.xml), byte-identical to one written to
    a file.

Prints every problem; exits 1 when there is one.
"""

import os
import pathlib
import pty
import select
import shutil
import stat
import subprocess
import sys
import threading
import zipfile

SOURCE = pathlib.Path(__file__).resolve().parents[2]
ENVIRONMENT = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LC_ALL": "C",
               "SOURCE_DATE_EPOCH": "1700000000", "TZ": "UTC"}
PROBLEMS = []


def check(condition, message):
    if not condition:
        PROBLEMS.append(message)
        print("FAIL: " + message)
    return condition


def run(argv, **options):
    return subprocess.run(argv, env=ENVIRONMENT, capture_output=True, check=False, timeout=60,
                          **options)


def main(argv):
    bin_dir, scratch = pathlib.Path(argv[1]).resolve(), pathlib.Path(argv[2]).resolve()
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    inputs = scratch / "mvs"
    shutil.copytree(SOURCE / "templates/mvs", inputs)
    check_program = str(bin_dir / "tender-check")
    check_args = [str(inputs / "tender.toml"), str(inputs / "registrations"), "--format", "json"]

    # The reference: the same report written to a plain new file.
    reference_path = scratch / "reference.json"
    done = run([check_program, *check_args, "-o", str(reference_path)])
    check(done.returncode == 1, f"reference run: exit {done.returncode}: {done.stderr!r}")
    reference = reference_path.read_bytes()
    check(len(reference) > 1000, "reference run: report too short")

    # A character device, made here: it must stay one.
    null = scratch / "null"
    try:
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        print("note: character device skipped: mknod needs root")
    else:
        done = run([check_program, *check_args, "-o", str(null)])
        check(done.returncode == 1, f"char device: exit {done.returncode}: {done.stderr!r}")
        check(stat.S_ISCHR(os.lstat(null).st_mode), "char device: no longer a character device")
        check(not list(scratch.glob(".null.tmp-*")), "char device: temporary file left")

    # A FIFO with a live reader.
    fifo = scratch / "report.fifo"
    os.mkfifo(fifo)
    received = bytearray()

    def read_fifo():
        with open(fifo, "rb") as reader:
            received.extend(reader.read())

    reader = threading.Thread(target=read_fifo)
    reader.start()
    done = run([check_program, *check_args, "-o", str(fifo)])
    reader.join(timeout=60)
    check(done.returncode == 1, f"FIFO: exit {done.returncode}: {done.stderr!r}")
    check(bytes(received) == reference,
          f"FIFO: the reader got {len(received)} bytes, expected the {len(reference)} of the report")
    check(stat.S_ISFIFO(os.lstat(fifo).st_mode), "FIFO: no longer a FIFO")

    # Symbolic links: absolute, relative, a chain.
    (scratch / "real").mkdir()
    real = scratch / "real/report.json"
    real.write_bytes(b"old\n")
    links = scratch / "links"
    links.mkdir()
    (links / "absolute.json").symlink_to(real)
    (links / "relative.json").symlink_to("../real/report.json")
    (links / "chain.json").symlink_to("relative.json")
    for name in ["absolute.json", "relative.json", "chain.json"]:
        real.write_bytes(b"old\n")
        link = links / name
        before = os.readlink(link)
        done = run([check_program, *check_args, "-o", str(link)])
        check(done.returncode == 1, f"symlink {name}: exit {done.returncode}: {done.stderr!r}")
        check(link.is_symlink() and os.readlink(link) == before,
              f"symlink {name}: the link was replaced")
        check(real.read_bytes() == reference, f"symlink {name}: the target was not updated")
    check(not list(links.glob(".*.tmp-*")) and not list((scratch / "real").glob(".*.tmp-*")),
          "symlinks: temporary file left")

    # Standard output: '-', /proc/self/fd/1 and /dev/stdout, into a pipe.
    for target in ["-", "/proc/self/fd/1", "/dev/stdout"]:
        done = run([check_program, *check_args, "-o", target], cwd=scratch)
        check(done.returncode == 1, f"-o {target}: exit {done.returncode}: {done.stderr!r}")
        check(done.stdout == reference, f"-o {target}: standard output is not the report")
    check(not (scratch / "-").exists(), "-o -: a file named '-' was written")

    # An output that is an input: exit 2, the input byte-identical.
    registration = sorted((inputs / "registrations").glob("*.toml"))[0]
    (scratch / "tender-link.toml").symlink_to(inputs / "tender.toml")
    for output in [inputs / "tender.toml", registration, scratch / "tender-link.toml"]:
        before = (inputs / "tender.toml").read_bytes(), registration.read_bytes()
        done = run([check_program, *check_args, "-o", str(output)])
        check(done.returncode == 2, f"output {output.name} is an input: exit {done.returncode}")
        check(b"would destroy the input" in done.stderr,
              f"output {output.name} is an input: message {done.stderr!r}")
        check(((inputs / "tender.toml").read_bytes(), registration.read_bytes()) == before,
              f"output {output.name} is an input: an input changed")

    # A workbook to '-': into a pipe, the same bytes as to a file; on a terminal, refused.
    workbook_file = scratch / "check.xlsx"
    run([check_program, *check_args[:2], "--xlsx", str(workbook_file), "-o",
         str(scratch / "ignored.txt")])
    done = run([check_program, *check_args[:2], "--xlsx", "-", "-o", str(scratch / "r.txt")])
    check(done.returncode == 1, f"--xlsx - into a pipe: exit {done.returncode}: {done.stderr!r}")
    check(workbook_file.is_file() and done.stdout == workbook_file.read_bytes(),
          "--xlsx - into a pipe: not the workbook written to a file")
    piped = scratch / "piped.xlsx"
    piped.write_bytes(done.stdout)
    try:
        with zipfile.ZipFile(piped) as archive:
            check("xl/workbook.xml" in archive.namelist(), "--xlsx - into a pipe: no workbook")
            check(archive.testzip() is None, "--xlsx - into a pipe: a damaged zip")
    except zipfile.BadZipFile:
        check(False, "--xlsx - into a pipe: not a zip")

    for program, args in [
            (check_program, [*check_args[:2], "--xlsx", "-", "-o", str(scratch / "t.txt")]),
            (str(bin_dir / "tender-schedule"), [str(inputs / "tender.toml"), "--xlsx", "-",
                                                "-o", str(scratch / "s.txt")])]:
        status, output = run_on_terminal([program, *args])
        name = pathlib.Path(program).name
        check(status == 2, f"{name}: workbook to '-' on a terminal: exit {status}")
        # In the tender's language: the refusal comes after the tender is read.
        check(b"will not write a workbook to standard output: it is a terminal" in output
              or b"schrijft geen werkboek naar de standaarduitvoer: dat is een terminal" in output,
              f"{name}: workbook to '-' on a terminal: message {output[:300]!r}")
        check(b"PK\x03\x04" not in output, f"{name}: a workbook reached the terminal")

    if PROBLEMS:
        print(f"{len(PROBLEMS)} problem(s)")
        return 1
    print("ok")
    return 0


def run_on_terminal(argv):
    """Runs argv with standard output (and error) on a pseudo-terminal; (exit code, output)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(argv, env=ENVIRONMENT, stdin=subprocess.DEVNULL, stdout=follower,
                               stderr=follower, close_fds=True)
    os.close(follower)
    output = bytearray()
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the program ended and closed the terminal
            break
        if not chunk:
            break
        output.extend(chunk)
    os.close(leader)
    return process.wait(timeout=60), bytes(output)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
