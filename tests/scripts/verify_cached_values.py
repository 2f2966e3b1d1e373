#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Checks that LibreOffice opens a workbook and that its cached formula results are right.

Usage: verify_cached_values.py WORKBOOK.xlsx [EXPECTED_SHEETS]
       verify_cached_values.py --corrupt WORKBOOK.xlsx EXPECTED_SHEETS
       verify_cached_values.py --run PROGRAM WORKBOOK.xlsx EXPECTED_SHEETS ARGS...
--run first writes the workbook with `PROGRAM ARGS... --xlsx WORKBOOK` (exit 0 or 1 accepted).
--corrupt first changes one cached formula result in a copy, to show that the check catches it.
Converts every sheet to CSV twice with LibreOffice headless, with stock settings (cached values)
and forced to recalculate, and fails when they differ or when fewer sheets come out than expected.
"""
import pathlib
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import libreoffice  # noqa: E402


def corrupt_first_cached_value(source: pathlib.Path, target: pathlib.Path) -> None:
    """Copies the workbook with the first cached formula result in any sheet replaced by 987."""
    done = False
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if not done and item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")
                changed = re.sub(r"(<f>[^<]*</f><v>)[^<]*(</v>)", r"\g<1>987\g<2>", text, count=1)
                if changed != text:
                    data, done = changed.encode("utf-8"), True
            zout.writestr(item, data)
    if not done:
        raise SystemExit(f"{source} has no cached formula result to corrupt")


def main() -> int:
    arguments = sys.argv[1:]
    if arguments and arguments[0] == "--run":
        program, workbook_arg, sheets = arguments[1], arguments[2], arguments[3]
        pathlib.Path(workbook_arg).parent.mkdir(parents=True, exist_ok=True)
        status = subprocess.run([program, *arguments[4:], "--xlsx", workbook_arg],
                                stdout=subprocess.DEVNULL, check=False).returncode
        if status not in (0, 1):
            print(f"verify_cached_values: {program} exited with {status}", file=sys.stderr)
            return 1
        arguments = [workbook_arg, sheets]
    elif arguments and arguments[0] == "--corrupt":
        source = pathlib.Path(arguments[1])
        corrupted = source.with_name("corrupted-" + source.name)
        corrupt_first_cached_value(source, corrupted)
        arguments = [str(corrupted), arguments[2]]
    workbook = pathlib.Path(arguments[0])
    expected_sheets = int(arguments[1]) if len(arguments) > 1 else 1
    cached = libreoffice.sheets_as_csv(workbook, recalculate=False)
    recalculated = libreoffice.sheets_as_csv(workbook, recalculate=True)
    failures = []
    if len(cached) < expected_sheets:
        failures.append(f"LibreOffice produced {len(cached)} sheets, expected {expected_sheets}")
    if sorted(cached) != sorted(recalculated):
        failures.append(f"sheet lists differ: {sorted(cached)} vs {sorted(recalculated)}")
    for name in sorted(set(cached) & set(recalculated)):
        if cached[name] != recalculated[name]:
            for row, (before, after) in enumerate(zip(cached[name], recalculated[name]), start=1):
                if before != after:
                    failures.append(f"{name} row {row}: cached {before} but recalculated {after}")
                    break
            else:
                failures.append(f"{name}: row counts differ")
        if not any(any(cell for cell in row) for row in cached[name]):
            failures.append(f"{name} is empty")
    for failure in failures:
        print(f"verify_cached_values: {workbook}: {failure}", file=sys.stderr)
    if not failures:
        print(f"{workbook}: {len(cached)} sheets, cached values equal LibreOffice's recalculation")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
