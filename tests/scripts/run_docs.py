#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Runs the shell examples of a Markdown document and compares their shown output.

Every ```console block of the document is a transcript: `$ command` lines (with `> ` lines
continuing one), each followed by the output it shows. The blocks of a document run in order, in
one shell, from an empty temporary folder, with the built commands first on PATH. What runs them
is cram (Debian's python3-cram): the blocks become a cram test file, written beside the work folder
so that it can be read and run by hand (`cram3 FILE.t` runs it as far as it has no elisions).

The shown output is compared line by line with cram's own matchers, so a line may end in ` (re)`
(a regular expression) or ` (glob)` (`*` and `?`). Beyond cram:
- a line `...` (indented or not) elides any number of lines, none included, but not the exit
  code;
- a command that exits with N > 0 shows `[N]` as its last line (cram's notation);
- blank lines at the end of a command's output are not compared (they separate the commands).

Blocks that are not run are marked as such: a ```sh block (an install command, a path of the
reader's own) or an HTML comment `<!-- docs: not run -->` on the line before a ```console block.
A ``` block without a language whose first line starts with `$ ` is an error: it looks like an
example that no one runs.

--update rewrites the shown output of each command that differs with what it printed, keeping
the `...` elisions and the (re)/(glob) lines that still match, and reports what it changed.

Exit: 0 every example shows what it prints; 1 differences (shown as a diff); 2 usage or a
malformed document.
"""

import argparse
import codecs
import difflib
import os
import re
import shutil
import sys
import tempfile

try:
    import cram
    from cram._diff import esc, glob, regex
except ImportError:  # pragma: no cover
    sys.exit("run_docs: needs python3-cram (scripts/install-deps.sh --test)")

ELISION = "..."
INDENT = "  "
FENCE = re.compile(r"^(```+|~~~+)\s*([\w-]*)")
NOT_RUN = "<!-- docs: not run -->"


class Command:
    """One `$ command` of a console block: its lines, and the expected output with its lines in
    the document (0-based)."""

    def __init__(self, block, first_line, text):
        self.block = block
        self.first_line = first_line
        self.lines = [text]
        self.expected = []  # (line number in the document, text)

    def expected_trimmed(self):
        return trim([text for _, text in self.expected])


EXIT_CODE = re.compile(r"^\[\d+\]$")


def trim(lines):
    """The lines without blank lines at the end, before the exit code `[N]` if there is one."""
    lines = list(lines)
    code = lines.pop() if lines and EXIT_CODE.match(lines[-1]) else None
    while lines and lines[-1].strip() == "":
        lines.pop()
    return lines + ([code] if code else [])


def parse(path):
    """The commands of the run blocks, the number of run and not-run blocks, and the document."""
    with open(path, encoding="utf-8") as f:
        doc = f.read().split("\n")
    commands, run, not_run, errors = [], 0, 0, []
    i = 0
    while i < len(doc):
        match = FENCE.match(doc[i])
        if not match:
            i += 1
            continue
        fence, language = match.group(1), match.group(2)
        end = i + 1
        while end < len(doc) and not doc[end].startswith(fence):
            end += 1
        body = doc[i + 1:end]
        previous = next((doc[j] for j in range(i - 1, -1, -1) if doc[j].strip()), "")
        if language == "console" and previous.strip() != NOT_RUN:
            run += 1
            current = None
            for offset, line in enumerate(body):
                number = i + 1 + offset
                if line.startswith("$ "):
                    current = Command(run, number, line[2:])
                    commands.append(current)
                elif line.startswith("> ") and current is not None and not current.expected:
                    current.lines.append(line[2:])
                elif (current is not None and not current.expected and
                      current.lines[-1].endswith("\\")):
                    current.lines.append(line)  # a command continued after a backslash
                elif current is None:
                    if line.strip():
                        errors.append(f"{path}:{number + 1}: a console block starts with output, "
                                      "not with a '$ ' command")
                else:
                    current.expected.append((number, line))
        elif language in ("console", "sh", "shell", "bash"):
            not_run += 1
        elif language == "" and body and body[0].startswith("$ "):
            errors.append(f"{path}:{i + 1}: a ``` block holds a '$ ' command: make it ```console "
                          "(run and compared) or ```sh (not run)")
        i = end + 1
    return doc, commands, run, not_run, errors


def cram_lines(commands, name):
    """The cram test file of the commands; elisions are kept as comments, since cram compares
    line by line."""
    out = [f"Shell examples of {name}, run by tests/scripts/run_docs.py.\n"]
    for command in commands:
        out.append(f"\nline {command.first_line + 1}:\n")
        out.append(f"{INDENT}$ {command.lines[0]}\n")
        out.extend(f"{INDENT}> {line}\n" for line in command.lines[1:])
        for text in command.expected_trimmed():
            out.append(f"{INDENT}{text}\n" if text.strip() != ELISION else f"{INDENT}... (elided)\n")
    return out


def matches(expected, actual):
    """Whether an expected line (maybe (re) or (glob)) matches an actual line, both without the
    indent, by cram's matchers."""
    e = (expected + "\n").encode()
    a = (actual + "\n").encode()
    if e == a:
        return True
    if any(m(e, a) for m in (regex, glob)):
        return True
    return esc(e, a)


def align(expected, actual):
    """The cheapest alignment of expected lines (with `...` elisions) to actual lines: a list of
    (kind, expected index or None, actual indexes) where kind is match, elide, replace, delete or
    insert. A match and what an elision covers cost 0, a deleted or inserted line 1, a replaced
    line between 0.5 and 1 by how much it differs, so that a changed line is shown in its place."""
    n, m = len(expected), len(actual)
    elided = [line.strip() == ELISION for line in expected]
    # An elision never covers the exit code: a command that fails where the document shows none
    # is a difference even after `...`.
    final_code = [j == m - 1 and bool(EXIT_CODE.match(actual[j])) for j in range(m)]
    same = [[matches(expected[i], actual[j]) for j in range(m)] for i in range(n)]

    def substitution(i, j):
        if same[i][j]:
            return 0.0
        return 1.0 - 0.5 * difflib.SequenceMatcher(None, expected[i], actual[j]).ratio()

    sub = [[substitution(i, j) for j in range(m)] for i in range(n)]
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    cost[n][m] = 0.0
    for i in range(n, -1, -1):
        for j in range(m, -1, -1):
            if i == n and j == m:
                continue
            best = inf
            if i < n and elided[i]:
                best = min(best, cost[i + 1][j])
                if j < m and not final_code[j]:
                    best = min(best, cost[i][j + 1])
            else:
                if i < n and j < m:
                    best = min(best, cost[i + 1][j + 1] + sub[i][j])
                if i < n:
                    best = min(best, cost[i + 1][j] + 1)
                if j < m:
                    best = min(best, cost[i][j + 1] + 1)
            cost[i][j] = best

    def close(a, b):
        return abs(a - b) < 1e-9

    steps, i, j = [], 0, 0
    while i < n or j < m:
        here = cost[i][j]
        if i < n and elided[i]:
            if not (steps and steps[-1][0] == "elide" and steps[-1][1] == i):
                steps.append(("elide", i, []))
            if j == m or final_code[j] or close(cost[i + 1][j], here):  # ends as soon as it can
                i += 1
            else:
                steps[-1][2].append(j)
                j += 1
            continue
        if i < n and j < m and close(cost[i + 1][j + 1] + sub[i][j], here):
            steps.append(("match" if same[i][j] else "replace", i, [j]))
            i, j = i + 1, j + 1
            continue
        if i < n and close(cost[i + 1][j] + 1, here):
            steps.append(("delete", i, []))
            i += 1
            continue
        steps.append(("insert", None, [j]))
        j += 1
    return cost[0][0], steps


def run_commands(commands, bin_dir, templates, keep):
    """Runs the commands with cram in an empty folder; returns each command's output lines."""
    lines = []
    for command in commands:
        lines.append(f"{INDENT}$ {command.lines[0]}\n".encode())
        lines.extend(f"{INDENT}> {line}\n".encode() for line in command.lines[1:])
    env = os.environ.copy()
    env["PATH"] = os.path.abspath(bin_dir) + os.pathsep + env.get("PATH", "")
    env["NO_COLOR"] = "1"
    env.pop("CLICOLOR_FORCE", None)
    if templates:
        env["TENDERKIT_TEMPLATES"] = os.path.abspath(templates)
    work = tempfile.mkdtemp(prefix="docs-run-")
    cwd = os.getcwd()
    try:
        os.chdir(work)
        _, postout, _ = cram.test(lines, shell="/bin/sh", indent=len(INDENT), env=env)
    finally:
        os.chdir(cwd)
        if keep:
            print(f"run_docs: the work folder is kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    outputs, current, k = [], None, 0
    for raw in postout:
        line = raw.decode("utf-8", "replace").rstrip("\n")
        if k < len(commands) and line == f"{INDENT}$ {commands[k].lines[0]}":
            current = []
            outputs.append(current)
            k += 1
            continue
        if line.startswith(f"{INDENT}> ") and current is not None and not current:
            continue
        if current is None or not line.startswith(INDENT):
            continue
        text = line[len(INDENT):]
        if text.endswith(" (esc)"):
            text = codecs.escape_decode(text[:-len(" (esc)")].encode())[0].decode("utf-8", "replace")
        current.append(text)
    while len(outputs) < len(commands):
        outputs.append(["(no output: the shell stopped before this command)"])
    return [trim(output) for output in outputs]


def updated_lines(expected, actual, steps):
    out = []
    for kind, i, js in steps:
        if kind in ("match",):
            out.append(expected[i])
        elif kind == "elide":
            out.append(expected[i])
        elif kind in ("replace", "insert"):
            out.extend(actual[j] for j in js)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("docs", nargs="+", metavar="DOC", help="a Markdown document")
    parser.add_argument("--bin-dir", required=True, help="where the built commands are")
    parser.add_argument("--templates", help="TENDERKIT_TEMPLATES for the run")
    parser.add_argument("--cram-dir", help="where to write the cram test files (default: none)")
    parser.add_argument("--update", action="store_true",
                        help="rewrite the shown output in the documents from the actual run")
    parser.add_argument("--keep", action="store_true", help="keep the work folders")
    args = parser.parse_args()
    worst = 0
    for path in args.docs:  # each in a fresh folder of its own
        worst = max(worst, check_doc(path, args))
    return worst


def check_doc(path, args):
    name = os.path.basename(path)
    doc, commands, run, not_run, errors = parse(path)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 2
    if args.cram_dir:
        os.makedirs(args.cram_dir, exist_ok=True)
        with open(os.path.join(args.cram_dir, os.path.splitext(name)[0] + ".t"), "w",
                  encoding="utf-8") as f:
            f.writelines(cram_lines(commands, name))
    outputs = run_commands(commands, args.bin_dir, args.templates, args.keep) if commands else []

    failures = 0
    replacements = {}  # first document line of a command's output -> (old line count, new lines)
    for command, actual in zip(commands, outputs):
        expected = command.expected_trimmed()
        cost, steps = align(expected, actual)
        if cost == 0:
            continue
        failures += 1
        shown = "\n  > ".join(command.lines)
        print(f"{path}:{command.first_line + 1}: the output differs from what is shown\n"
              f"  $ {shown}")
        folded = updated_lines(expected, actual, steps)
        for line in difflib.unified_diff(expected, folded, "shown", "actual", lineterm="", n=2):
            print("  " + line)
        if args.update:
            start = command.first_line + len(command.lines)
            replacements[start] = (len(expected), folded)

    if args.update and replacements:
        updated = len(replacements)
        new_doc, i = [], 0
        while i <= len(doc):
            if i in replacements:
                old_count, lines = replacements.pop(i)
                new_doc.extend(lines)
                if old_count:
                    i += old_count
                    continue
            if i < len(doc):
                new_doc.append(doc[i])
            i += 1
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(new_doc))
        print(f"run_docs: {name}: updated the output of {updated} commands")

    print(f"run_docs: {name}: ran {run} blocks ({len(commands)} commands), {not_run} not run; "
          f"{len(commands) - failures} of {len(commands)} show what they print")
    return 1 if failures and not args.update else 0


if __name__ == "__main__":
    sys.exit(main())
