#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Dumps every cell of a workbook into a line-based file that the baseline writers replay.

    bench/dump_cells.py WORKBOOK.xlsx CELLS.tsv

Used by bench/run-score.sh: the workbook tenderkit wrote is read back with openpyxl and its
sheets, cells (strings, numbers, blanks, formulas with their cached results), cell styles,
column widths, row heights and merged ranges are written one record per line, tab-separated,
in row order per sheet (what libxlsxwriter's constant-memory mode needs):

    style  ID BOLD ITALIC UNDERLINE SIZE FONT_RGB FILL_RGB BORDER WRAP ALIGN VALIGN NUM_FORMAT
    sheet  NAME HIDDEN
    col    FIRST LAST WIDTH            (columns counted from 0)
    row    ROW HEIGHT                  (before the row's cells)
    merge  ROW1 COL1 ROW2 COL2 STYLE TEXT
    s      ROW COL STYLE TEXT          string
    n      ROW COL STYLE NUMBER        number
    b      ROW COL STYLE               blank cell with a style
    f      ROW COL STYLE NUMBER FORMULA
    g      ROW COL STYLE TEXT FORMULA  formula whose cached result is text

STYLE is -1 for the default style; RGB values are 6 hex digits or "-"; text escapes backslash,
tab, newline and carriage return as \\\\, \\t, \\n, \\r. Not carried over (they cost next to nothing
to write): conditional formats, autofilters, frozen panes, page setup, document properties.

openpyxl keeps either formulas or their cached values, so each sheet is parsed twice in
lockstep: once for formulas, once with data_only for the values.
"""

import sys

import openpyxl
from openpyxl.styles.numbers import BUILTIN_FORMATS
from openpyxl.worksheet._reader import WorkSheetParser


def escape(text):
    return (text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def rgb(color):
    # ARGB "FF9C0006" -> "9C0006"; theme and indexed colours are not used by tenderkit.
    if color is None or color.type != "rgb" or not isinstance(color.rgb, str):
        return "-"
    return color.rgb[-6:]


def number(value):
    return repr(float(value))


def column_width(stored):
    # libxlsxwriter and XlsxWriter store a width of w characters as (int(w * 7 + 0.5) + 5) / 7
    # (Calibri 11: 7-pixel digits, 5 pixels of padding), cut to 1/256; this gives w back, so
    # that the replay stores the same width.
    pixels = round(float(stored) * 7)
    return (pixels - 5) / 7 if pixels >= 12 else float(stored)


class Styles:
    """Cell style ids of the file, renumbered densely in order of first use."""

    def __init__(self, workbook, out):
        self.workbook = workbook
        self.out = out
        self.ids = {}

    def id(self, style_id):
        if style_id == 0:
            return -1
        found = self.ids.get(style_id)
        if found is None:
            found = len(self.ids)
            self.ids[style_id] = found
            self.out.write(self.describe(found, style_id))
        return found

    def describe(self, number_, style_id):
        book = self.workbook
        style = book._cell_styles[style_id]
        font = book._fonts[style.fontId]
        fill = book._fills[style.fillId]
        border = book._borders[style.borderId]
        alignment = book._alignments[style.alignmentId]
        if style.numFmtId in BUILTIN_FORMATS:
            num_format = BUILTIN_FORMATS[style.numFmtId]
        else:
            num_format = book._number_formats[style.numFmtId - 164]
        if num_format == "General":
            num_format = ""
        fill_rgb = rgb(fill.fgColor) if getattr(fill, "patternType", None) == "solid" else "-"
        fields = [
            "style", str(number_), str(int(bool(font.b))), str(int(bool(font.i))),
            str(int(font.u is not None)), number(font.sz or 11), rgb(font.color), fill_rgb,
            border.left.style or "none", str(int(bool(alignment.wrap_text))),
            alignment.horizontal or "general", alignment.vertical or "bottom",
            escape(num_format)
        ]
        return "\t".join(fields) + "\n"


def parse(workbook, worksheet, data_only):
    source = workbook._archive.open(worksheet._worksheet_path)
    # No date formats: dates stay serial numbers, as they were written.
    return WorkSheetParser(source, worksheet._shared_strings, data_only=data_only,
                           epoch=workbook.epoch, date_formats=set())


def dump_sheet(workbook, worksheet, styles, out):
    formulas = parse(workbook, worksheet, False)
    values = parse(workbook, worksheet, True)
    rows = []  # (row, cells) from both parses; merges and sizes come after sheetData
    for (row, formula_cells), (_, value_cells) in zip(formulas.parse(), values.parse()):
        rows.append((row, formula_cells, value_cells))

    out.write(f"sheet\t{escape(worksheet.title)}\t{int(worksheet.sheet_state != 'visible')}\n")
    for attrs in formulas.column_dimensions.values():
        if "width" in attrs:
            out.write(f"col\t{int(attrs['min']) - 1}\t{int(attrs['max']) - 1}\t"
                      f"{number(column_width(attrs['width']))}\n")
    merges = {}
    covered = set()
    if formulas.merged_cells is not None:
        for merged in formulas.merged_cells.mergeCell:
            first, last = merged.ref.split(":")
            first_row, first_col = openpyxl.utils.cell.coordinate_to_tuple(first)
            last_row, last_col = openpyxl.utils.cell.coordinate_to_tuple(last)
            merges[(first_row, first_col)] = (last_row, last_col)
            for r in range(first_row, last_row + 1):
                for c in range(first_col, last_col + 1):
                    covered.add((r, c))

    for row, formula_cells, value_cells in rows:
        dimension = formulas.row_dimensions.get(str(row))
        if dimension is not None and "ht" in dimension:
            out.write(f"row\t{row - 1}\t{number(dimension['ht'])}\n")
        for cell, cached in zip(formula_cells, value_cells):
            r, c = cell["row"], cell["column"]
            style = styles.id(cell["style_id"])
            where = f"{r - 1}\t{c - 1}\t{style}"
            value = cell["value"]
            if (r, c) in merges:
                last_row, last_col = merges[(r, c)]
                text = "" if value is None else str(value)
                out.write(f"merge\t{r - 1}\t{c - 1}\t{last_row - 1}\t{last_col - 1}\t{style}\t"
                          f"{escape(text)}\n")
            elif (r, c) in covered:
                continue  # written by the merge
            elif cell["data_type"] == "f":
                result = cached["value"]
                formula = escape(value[1:])  # without the "="
                if cached["data_type"] == "n" and result is not None:
                    out.write(f"f\t{where}\t{number(result)}\t{formula}\n")
                else:
                    text = "" if result is None else str(result)
                    out.write(f"g\t{where}\t{escape(text)}\t{formula}\n")
            elif value is None:
                out.write(f"b\t{where}\n")
            elif cell["data_type"] == "n":
                out.write(f"n\t{where}\t{number(value)}\n")
            elif cell["data_type"] in ("s", "str", "inlineStr"):
                out.write(f"s\t{where}\t{escape(str(value))}\n")
            else:
                raise SystemExit(f"dump_cells: cell type {cell['data_type']!r} at {r},{c} "
                                 f"of {worksheet.title!r} is not supported")


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: dump_cells.py WORKBOOK.xlsx CELLS.tsv")
    workbook = openpyxl.load_workbook(sys.argv[1], read_only=True)
    with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as out:
        out.write("# cells dumped by bench/dump_cells.py\n")
        styles = Styles(workbook, out)
        for worksheet in workbook.worksheets:
            dump_sheet(workbook, worksheet, styles, out)
    workbook.close()


if __name__ == "__main__":
    main()
