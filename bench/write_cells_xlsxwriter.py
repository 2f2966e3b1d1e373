#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""The Python baseline of the tender-score rank benchmark: XlsxWriter (Debian python3-xlsxwriter)
replaying the cells of the ranking workbook as bench/dump_cells.py dumped them.

    write_cells_xlsxwriter.py [--constant-memory] [--parse-only] CELLS.tsv OUT.xlsx

Streams the file while writing and prints "elapsed_s=S" (from opening the file to after
workbook.close(), so interpreter start-up and imports are left out); --parse-only reads and
converts every field without calling XlsxWriter, so full minus parse-only is the writing time.
"""

import sys
import time

import xlsxwriter

ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def unescape(text):
    if "\\" not in text:
        return text
    out = []
    chars = iter(text)
    for c in chars:
        if c == "\\":
            c = next(chars, "")
            c = ESCAPES.get(c, c)
        out.append(c)
    return "".join(out)


def make_format(workbook, f):
    # style ID BOLD ITALIC UNDERLINE SIZE FONT FILL BORDER WRAP ALIGN VALIGN NUM_FORMAT
    properties = {}
    if f[2] == "1":
        properties["bold"] = True
    if f[3] == "1":
        properties["italic"] = True
    if f[4] == "1":
        properties["underline"] = 1
    if float(f[5]) != 11.0:
        properties["font_size"] = float(f[5])
    if f[6] != "-":
        properties["font_color"] = "#" + f[6]
    if f[7] != "-":
        properties["pattern"] = 1
        properties["bg_color"] = "#" + f[7]
    if f[8] in ("thin", "medium"):
        properties["border"] = 1 if f[8] == "thin" else 2
    if f[9] == "1":
        properties["text_wrap"] = True
    if f[10] != "general":
        properties["align"] = f[10]
    if f[11] != "bottom":
        properties["valign"] = "vcenter" if f[11] == "center" else f[11]
    if f[12]:
        properties["num_format"] = unescape(f[12])
    return workbook.add_format(properties)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    if len(args) != 2 or flags - {"--constant-memory", "--parse-only"}:
        raise SystemExit("usage: write_cells_xlsxwriter.py [--constant-memory] [--parse-only] "
                         "CELLS.tsv OUT.xlsx")
    parse_only = "--parse-only" in flags
    start = time.perf_counter()
    workbook = None
    if not parse_only:
        # Strings stay strings: the dump says what each cell is.
        workbook = xlsxwriter.Workbook(args[1], {
            "constant_memory": "--constant-memory" in flags,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        })
    formats = {}
    sheet = None
    checksum = 0.0  # keeps the parse-only work comparable
    cells = 0
    with open(args[0], encoding="utf-8", newline="\n") as source:
        for line in source:
            f = line.rstrip("\n").split("\t")
            kind = f[0]
            if kind == "s":
                cells += 1
                text = unescape(f[4])
                style = int(f[3])
                if not parse_only:
                    sheet.write_string(int(f[1]), int(f[2]), text, formats.get(style))
            elif kind == "f":
                cells += 1
                value = float(f[4])
                formula = unescape(f[5])
                style = int(f[3])
                checksum += value
                if not parse_only:
                    sheet.write_formula(int(f[1]), int(f[2]), formula, formats.get(style), value)
            elif kind == "n":
                cells += 1
                value = float(f[4])
                style = int(f[3])
                checksum += value
                if not parse_only:
                    sheet.write_number(int(f[1]), int(f[2]), value, formats.get(style))
            elif kind == "row":
                height = float(f[2])
                checksum += height
                if not parse_only:
                    sheet.set_row(int(f[1]), height)
            elif kind == "g":
                cells += 1
                text = unescape(f[4])
                formula = unescape(f[5])
                style = int(f[3])
                if not parse_only:
                    sheet.write_formula(int(f[1]), int(f[2]), formula, formats.get(style), text)
            elif kind == "b":
                cells += 1
                style = int(f[3])
                if not parse_only:
                    sheet.write_blank(int(f[1]), int(f[2]), None, formats.get(style))
            elif kind == "col":
                width = float(f[3])
                checksum += width
                if not parse_only:
                    sheet.set_column(int(f[1]), int(f[2]), width)
            elif kind == "merge":
                text = unescape(f[6])
                style = int(f[5])
                if not parse_only:
                    sheet.merge_range(int(f[1]), int(f[2]), int(f[3]), int(f[4]), text,
                                      formats.get(style))
            elif kind == "sheet":
                name = unescape(f[1])
                if not parse_only:
                    sheet = workbook.add_worksheet(name)
                    if f[2] == "1":
                        sheet.hide()
            elif kind == "style":
                if not parse_only:
                    formats[int(f[1])] = make_format(workbook, f)
            elif not kind.startswith("#"):
                raise SystemExit(f"write_cells_xlsxwriter: unknown record {kind!r}")
    if workbook is not None:
        workbook.close()
    print(f"elapsed_s={time.perf_counter() - start:.3f} cells={cells} checksum={checksum:.1f}")


if __name__ == "__main__":
    main()
