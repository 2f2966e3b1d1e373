#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Self-test of run_docs.py on fixtures: the elisions, exit codes, (re), (glob), UTF-8 and
continued commands of elisions.md are accepted; each command of wrong.md is a difference (a wrong
line, an exit code that `...` must not hide, an unshown line); --update rewrites wrong.md so that
it passes, keeping its elisions."""

import os
import shutil
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "data", "docs")
runner = [sys.executable, os.path.join(here, "run_docs.py"), "--bin-dir", "/nonexistent"]


def run(doc, *extra):
    result = subprocess.run(runner + [doc, *extra], capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


failures = []
code, out = run(os.path.join(fixtures, "elisions.md"))
if code != 0 or "ran 1 blocks (6 commands), 2 not run; 6 of 6" not in out:
    failures.append(f"elisions.md should pass (exit {code}):\n{out}")

code, out = run(os.path.join(fixtures, "wrong.md"))
if code != 1 or "0 of 3 show what they print" not in out:
    failures.append(f"wrong.md should fail on every command (exit {code}):\n{out}")

with tempfile.TemporaryDirectory() as work:
    copy = os.path.join(work, "wrong.md")
    shutil.copy(os.path.join(fixtures, "wrong.md"), copy)
    code, out = run(copy, "--update")
    if code != 0 or "updated the output of 3 commands" not in out:
        failures.append(f"--update should rewrite 3 commands (exit {code}):\n{out}")
    with open(copy, encoding="utf-8") as f:
        updated = f.read()
    expected = ("$ printf 'one\\ntwo\\n'\none\ntwo\n$ printf 'shown\\n'; false\n...\nshown\n[1]\n"
                "$ printf 'a\\nb\\nc\\n'\na\nb\nc\n")
    if expected not in updated:
        failures.append(f"--update wrote:\n{updated}")
    code, out = run(copy)
    if code != 0:
        failures.append(f"the updated document should pass (exit {code}):\n{out}")

print("\n".join(failures) if failures else "run_docs self-test: ok")
sys.exit(1 if failures else 0)
