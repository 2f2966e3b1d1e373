#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""The licence header of every source file tenderkit owns (docs/packaging.md, "Licence").

Each file starts with two SPDX lines (after a #! line, when it has one), then a blank line:

    // SPDX-License-Identifier: EUPL-1.2
    // SPDX-FileCopyrightText: 2026 The tenderkit authors

`//` in C and C++, `#` in CMake, shell, Python and bash-completion files.

    spdx-headers.py SOURCE_DIR          lists the files without the header; exit 1 if any
    spdx-headers.py --add SOURCE_DIR    adds the header where it is missing

Owned sources are the code under lib/, apps/, tests/, bench/, fuzz/, scripts/, cmake/ and
docs/man/, and the top CMakeLists.txt. Data is not: the golden cases (tests/cli/COMMAND/CASE/),
test inputs (tests/data/), fuzz regressions and seeds, templates, workbooks.
"""
import pathlib
import sys

LICENSE = "SPDX-License-Identifier: EUPL-1.2"
COPYRIGHT = "SPDX-FileCopyrightText: 2026 The tenderkit authors"

ROOTS = ["lib", "apps", "tests", "bench", "fuzz", "scripts", "cmake", "docs/man"]
SLASH = {".cpp", ".hpp", ".h", ".c"}
HASH = {".py", ".sh", ".cmake", ".bash", ".supp"}
# Executable scripts without an extension.
HASH_NAMES = {"CMakeLists.txt", "run"}
# Data, not code: golden cases are tests/cli/COMMAND/CASE/...; the rest by folder.
EXCLUDED = ["tests/data/", "fuzz/regressions/", "templates/"]


def comment_of(path: pathlib.Path, relative: str):
    if any(relative.startswith(prefix) for prefix in EXCLUDED):
        return None
    parts = relative.split("/")
    if parts[:2] == ["tests", "cli"] and len(parts) > 3:
        return None
    if path.suffix in SLASH:
        return "//"
    if path.suffix in HASH or path.name in HASH_NAMES:
        return "#"
    return None


def owned_files(source: pathlib.Path):
    files = [source / "CMakeLists.txt"]
    for root in ROOTS:
        files += [path for path in sorted((source / root).rglob("*")) if path.is_file()]
    for path in files:
        relative = path.relative_to(source).as_posix()
        if relative.startswith("build") or "/build" in relative:
            continue
        comment = comment_of(path, relative)
        if comment is not None:
            yield path, relative, comment


def header(comment: str) -> list:
    return [f"{comment} {LICENSE}\n", f"{comment} {COPYRIGHT}\n"]


def has_header(lines: list, comment: str) -> bool:
    start = 1 if lines and lines[0].startswith("#!") else 0
    return lines[start:start + 2] == header(comment)


def add_header(lines: list, comment: str) -> list:
    start = 1 if lines and lines[0].startswith("#!") else 0
    rest = lines[start:]
    separator = ["\n"] if rest and rest[0].strip() else []
    return lines[:start] + header(comment) + separator + rest


def main(argv: list) -> int:
    add = len(argv) > 1 and argv[1] == "--add"
    arguments = argv[2:] if add else argv[1:]
    if len(arguments) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    source = pathlib.Path(arguments[0]).resolve()
    missing = []
    count = 0
    for path, relative, comment in owned_files(source):
        count += 1
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if has_header(lines, comment):
            continue
        if add:
            path.write_text("".join(add_header(lines, comment)), encoding="utf-8")
            print(f"added: {relative}")
        else:
            missing.append(relative)
    for relative in missing:
        print(f"{relative}: no '{LICENSE}' header (scripts/spdx-headers.py --add .)")
    if missing:
        print(f"{len(missing)} of {count} source files lack the licence header")
        return 1
    print(f"all {count} source files have the licence header")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
