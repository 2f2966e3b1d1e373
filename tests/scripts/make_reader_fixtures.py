#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Writes the .xlsx fixtures of the xlsx reader's unit tests (tests/unit/xlsx_reader_test.cpp).

Usage: make_reader_fixtures.py [--out DIR] [--unit-tests BINARY]
  --out          where to write (default: tests/data/xlsx beside this script's tests/ folder)
  --unit-tests   the tenderkit_unit_tests binary; also writes libreoffice-writer-form.xlsx, the
                 score form that tenderkit's own writer makes, saved again by LibreOffice

The files are committed, so the unit tests need neither openpyxl nor LibreOffice; run this again
only to change them. Needs Debian's /usr/bin/python3 with python3-openpyxl, and soffice
(libreoffice-calc-nogui). The tests check exact values, so keep them in step with this script.

  openpyxl.xlsx                 written by openpyxl (inline strings, an uncalculated formula)
  libreoffice-openpyxl.xlsx     openpyxl.xlsx saved again by LibreOffice (shared strings)
  handcrafted.xlsx              written here as Excel writes: rich text, phonetic runs, _xHHHH_
                                escapes, rows and cells out of order or without "r", custom
                                document properties, relative and absolute targets
  libreoffice-handcrafted.xlsx  handcrafted.xlsx saved again by LibreOffice
  strict.xlsx                   Excel Strict namespaces, "x:" prefixes, a "./.." target (which
                                LibreOffice cannot follow), 1904 dates, ISO date cells (t="d"),
                                no shared strings
  not-a-zip.xlsx, no-workbook.xlsx, truncated.xlsx, oversized-part.xlsx, size-mismatch.xlsx,
  word-document.xlsx, malformed-xml.xlsx, missing-sheet.xlsx, bad-shared-string.xlsx,
  bad-number.xlsx               damaged files, which must give clear errors
  odd-cells.xlsx                odd but readable: malformed UTF-8, a cell given twice, CDATA
"""
import argparse
import datetime
import os
import pathlib
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Font
from openpyxl.workbook.defined_name import DefinedName

HERE = pathlib.Path(__file__).resolve().parent
DUTCH = "Zorggroep \u0132sselmonde \u2014 caf\u00e9 \u00e9\u00e9n, na\u00efef, co\u00f6peratie"

# ---------------------------------------------------------------------------------------------
# openpyxl


def write_openpyxl(target: pathlib.Path) -> None:
    book = openpyxl.Workbook()
    scores = book.active
    scores.title = "Scores"
    scores["A1"] = "Criterium"
    scores["A2"] = DUTCH
    scores["A3"] = "regel 1\nregel 2"
    scores["A4"] = " spatie "
    scores["B2"] = 7.5
    scores["B3"] = -0.125
    scores["B4"] = 42
    scores["B5"] = 1e-7
    scores["C2"] = "0042"  # a number stored as text stays text
    scores["C3"] = "7,5"
    scores["D2"] = True
    scores["D3"] = False
    scores["E2"] = "#N/A"  # openpyxl writes error codes as error cells
    scores["E3"] = "#DIV/0!"
    scores["F2"] = "=SUM(B2:B3)"  # no cached result: openpyxl cannot calculate
    scores["G2"].font = Font(bold=True)  # a formatted cell without value
    scores["A5"] = datetime.datetime(2024, 3, 1)  # serial 45352
    scores["A5"].number_format = "dd-mm-yyyy"

    hidden = book.create_sheet("Verborgen")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "verborgen"
    very_hidden = book.create_sheet("Geheim")
    very_hidden.sheet_state = "veryHidden"
    very_hidden["B2"] = 3

    book.defined_names.append(
        DefinedName("tk_meta", attr_text='"form=v1;tender=MVS ""2025"""', hidden=True))
    book.defined_names.append(DefinedName("Totaal", attr_text="Scores!$B$2:$B$5"))
    book.defined_names.append(DefinedName("Lokaal", attr_text="Scores!$A$1", localSheetId=0))
    book.save(target)


# ---------------------------------------------------------------------------------------------
# Written by hand, as Excel writes

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = DECL + """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>\
</Types>"""

STYLES = DECL + f"""<styleSheet xmlns="{MAIN}">\
<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""

HANDCRAFTED_SHARED_STRINGS = [
    "<si><t>Criterium</t></si>",
    # Rich text: runs with their own fonts, one value "Prijs en kwaliteit".
    '<si><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t>Prijs</t></r>'
    '<r><rPr><sz val="11"/><rFont val="Calibri"/></rPr><t xml:space="preserve"> en kwaliteit</t></r></si>',
    f"<si><t>{DUTCH}</t></si>",
    # Excel writes a carriage return as _x000D_ and a literal "_x" as "_x005F_x".
    "<si><t>regel 1_x000D_\nregel 2</t></si>",
    "<si><t>_x005F_x0041_ blijft, _x0041_ wordt A</t></si>",
    # A phonetic guide is no part of the value.
    '<si><t>\u6771\u4eac</t><rPh sb="0" eb="2"><t>\u30c8\u30a6\u30ad\u30e7\u30a6</t></rPh>'
    '<phoneticPr fontId="1"/></si>',
    '<si><t xml:space="preserve">  spaties  </t></si>',
    "<si><t>0042</t></si>",
    # A character beyond the BMP escaped as a surrogate pair.
    "<si><t>_xD83D__xDE00_ lach</t></si>",
]

HANDCRAFTED_SHEET1 = DECL + f"""<worksheet xmlns="{MAIN}" xmlns:r="{REL}" \
xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" \
xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">\
<dimension ref="A1:F9"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>\
<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>\
<sheetData>\
<row r="3" spans="1:2"><c r="B3" t="s"><v>7</v></c><c r="A3" t="inlineStr"><is><t>inline</t></is></c></row>\
<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
<row r="2" spans="1:6"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>8.5</v></c><c r="C2" t="b"><v>1</v></c>\
<c r="D2" t="e"><v>#DIV/0!</v></c><c r="E2" s="1"><v>45352</v></c>\
<c r="F2" t="str"><f>A1&amp;"!"</f><v>Criterium!</v></c></row>\
<row r="4" spans="1:5"><c r="A4" t="s"><v>3</v></c><c r="B4" t="s"><v>4</v></c><c r="C4" t="s"><v>5</v></c>\
<c r="D4" t="s"><v>6</v></c><c r="E4" t="s"><v>8</v></c></row>\
<row><c t="inlineStr"><is><r><t>rijk</t></r><r><t xml:space="preserve"> inline</t></r></is></c>\
<c><v>1</v></c><c s="1"/><c><v>3</v></c></row>\
<row r="7"><c r="C7"><f>SUM(B2,B5)</f><v>9.5</v></c><c><v>2.5E-3</v></c></row>\
<row r="9"><c r="A9" s="1"/></row>\
</sheetData>\
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>\
</worksheet>"""

HANDCRAFTED_SHEET2 = DECL + f"""<worksheet xmlns="{MAIN}"><sheetData>\
<row r="1"><c r="A1" t="inlineStr"><is><t>tender</t></is></c><c r="B1" t="inlineStr"><is><t>MVS-2025</t></is></c></row>\
</sheetData></worksheet>"""

HANDCRAFTED_SHEET3 = DECL + f"""<worksheet xmlns="{MAIN}"><sheetData>\
<row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>"""

HANDCRAFTED_WORKBOOK = DECL + f"""<workbook xmlns="{MAIN}" xmlns:r="{REL}">\
<workbookPr defaultThemeVersion="166925"/>\
<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>\
<sheets>\
<sheet name="Beoordeling" sheetId="1" r:id="rId1"/>\
<sheet name="Meta" sheetId="2" state="hidden" r:id="rId2"/>\
<sheet name="Ruw" sheetId="3" state="veryHidden" r:id="rId3"/>\
</sheets>\
<definedNames>\
<definedName name="_xlnm.Print_Area" localSheetId="0">Beoordeling!$A$1:$F$9</definedName>\
<definedName name="Scores">Beoordeling!$B$2:$B$5</definedName>\
<definedName name="tk_form" hidden="1">"score-form;v=2"</definedName>\
</definedNames>\
<calcPr calcId="191029"/></workbook>"""

HANDCRAFTED_WORKBOOK_RELS = DECL + f"""<Relationships xmlns="{PKG_REL}">\
<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="{REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>\
<Relationship Id="rId3" Type="{REL}/worksheet" Target="worksheets/sheet3.xml"/>\
<Relationship Id="rId4" Type="{REL}/styles" Target="styles.xml"/>\
<Relationship Id="rId5" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>\
</Relationships>"""

PACKAGE_RELS = DECL + f"""<Relationships xmlns="{PKG_REL}">\
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>\
<Relationship Id="rId2" Type="{REL}/custom-properties" Target="docProps/custom.xml"/>\
</Relationships>"""

CUSTOM_PROPERTIES = DECL + """<Properties \
xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="tenderkit.form"><vt:lpwstr>score-form</vt:lpwstr></property>\
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Versie"><vt:i4>2</vt:i4></property>\
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Beoordelaar"><vt:lpwstr>J. de Vries-\u00d6zt\u00fcrk</vt:lpwstr></property>\
</Properties>"""


def write_zip(target: pathlib.Path, parts: dict) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, text in parts.items():
            out.writestr(name, text.encode("utf-8") if isinstance(text, str) else text)


def write_handcrafted(target: pathlib.Path) -> None:
    strings = "".join(HANDCRAFTED_SHARED_STRINGS)
    write_zip(target, {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/custom.xml": CUSTOM_PROPERTIES,
        "xl/workbook.xml": HANDCRAFTED_WORKBOOK,
        "xl/_rels/workbook.xml.rels": HANDCRAFTED_WORKBOOK_RELS,
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": DECL + f'<sst xmlns="{MAIN}" count="{len(HANDCRAFTED_SHARED_STRINGS)}" '
                                f'uniqueCount="{len(HANDCRAFTED_SHARED_STRINGS)}">{strings}</sst>',
        "xl/worksheets/sheet1.xml": HANDCRAFTED_SHEET1,
        "xl/worksheets/sheet2.xml": HANDCRAFTED_SHEET2,
        "xl/worksheets/sheet3.xml": HANDCRAFTED_SHEET3,
    })


# Excel Strict: other namespaces and relationship types, here with prefixes on every element.
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def write_strict(target: pathlib.Path) -> None:
    write_zip(target, {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": DECL + f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
                       f'Type="{STRICT_REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": DECL + f'<x:workbook xmlns:x="{STRICT_MAIN}" xmlns:rel="{STRICT_REL}">'
                           '<x:workbookPr date1904="1"/><x:sheets>'
                           '<x:sheet name="Strikt" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>',
        "xl/_rels/workbook.xml.rels": DECL + f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
                                      f'Type="{STRICT_REL}/worksheet" Target="./sheets/../worksheets/sheet1.xml"/>'
                                      '</Relationships>',
        "xl/worksheets/sheet1.xml": DECL + f'<x:worksheet xmlns:x="{STRICT_MAIN}"><x:sheetData>'
                                    '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>strikt</x:t></x:is></x:c>'
                                    '<x:c r="B1"><x:v>0.5</x:v></x:c>'
                                    '<x:c r="C1" t="d"><x:v>2024-03-01T12:00:00Z</x:v></x:c>'
                                    '<x:c r="D1" t="d"><x:v>geen datum</x:v></x:c></x:row>'
                                    '</x:sheetData></x:worksheet>',
    })


# ---------------------------------------------------------------------------------------------
# Damaged files


def patch_central_size(source: pathlib.Path, target: pathlib.Path, member: str, size: int) -> None:
    """Copies a zip with the uncompressed size of `member` in its central directory changed."""
    data = bytearray(source.read_bytes())
    signature = b"PK\x01\x02"
    at = data.find(signature)
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        name = bytes(data[at + 46:at + 46 + name_length]).decode("utf-8")
        if name == member:
            struct.pack_into("<I", data, at + 24, size)
            target.write_bytes(bytes(data))
            return
        at = data.find(signature, at + 46)
    raise SystemExit(f"{member} not found in {source}")


def write_damaged(out: pathlib.Path) -> None:
    (out / "not-a-zip.xlsx").write_text("Dit is geen werkmap, maar platte tekst.\n", encoding="utf-8")
    write_zip(out / "no-workbook.xlsx", {"readme.txt": "alleen tekst\n"})
    whole = (out / "openpyxl.xlsx").read_bytes()
    (out / "truncated.xlsx").write_bytes(whole[:len(whole) // 2])
    with tempfile.TemporaryDirectory() as scratch:
        small = pathlib.Path(scratch) / "small.xlsx"
        write_strict(small)
        # Claims 300 MB for the sheet: refused before anything is read.
        patch_central_size(small, out / "oversized-part.xlsx", "xl/worksheets/sheet1.xml",
                           300 * 1024 * 1024)
        # Claims 10 bytes for a sheet that holds more.
        patch_central_size(small, out / "size-mismatch.xlsx", "xl/worksheets/sheet1.xml", 10)

    # A Word document: a main part, but no workbook.
    write_zip(out / "word-document.xlsx", {
        "_rels/.rels": DECL + f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
                       f'Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": DECL + '<w:document xmlns:w="http://schemas.openxmlformats.org/'
                             'wordprocessingml/2006/main"><w:body/></w:document>',
    })

    def one_sheet(sheet_data: str, shared_strings: str = None, sheet_target: str = "worksheets/sheet1.xml"):
        parts = {
            "xl/workbook.xml": DECL + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                               '<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
            "xl/_rels/workbook.xml.rels": DECL + f'<Relationships xmlns="{PKG_REL}">'
                                          f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="{sheet_target}"/>'
                                          f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                                          '</Relationships>',
            "xl/worksheets/sheet1.xml": DECL + f'<worksheet xmlns="{MAIN}"><sheetData>{sheet_data}</sheetData></worksheet>',
        }
        if shared_strings is not None:
            parts["xl/sharedStrings.xml"] = DECL + f'<sst xmlns="{MAIN}">{shared_strings}</sst>'
        return parts

    # No _rels/.rels at all: the reader falls back to xl/workbook.xml, so these reach the sheet.
    write_zip(out / "malformed-xml.xlsx", one_sheet('<row r="1"><c r="A1"><v>1</v></row>'))
    write_zip(out / "missing-sheet.xlsx", one_sheet("", sheet_target="worksheets/sheet9.xml"))
    write_zip(out / "bad-shared-string.xlsx",
              one_sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>5</v></c></row>',
                        shared_strings="<si><t>een</t></si>"))
    write_zip(out / "bad-number.xlsx", one_sheet('<row r="2"><c r="C2"><v>7,5</v></c></row>'))

    # Odd but readable: malformed UTF-8, a cell given twice, CDATA, spaces and signs in numbers.
    odd = one_sheet('<row r="1">'
                    '<c r="A1" t="inlineStr"><is><t>a\udcffb</t></is></c>'
                    '<c r="B1"><v>1</v></c><c r="B1"><v>2</v></c>'
                    '<c r="C1" t="s"/>'
                    '<c r="D1" t="str"><f>""</f><v></v></c>'
                    '<c r="E1" t="inlineStr"><is><t><![CDATA[<b>&]]></t></is></c>'
                    '<c r="F1"><v> +1.5E+3 </v></c>'
                    '<c r="G1" t="b"><v>true</v></c>'
                    '<c r="H1" t="e"><v>#REF!</v></c>'
                    '</row>')
    odd["xl/worksheets/sheet1.xml"] = odd["xl/worksheets/sheet1.xml"].encode("utf-8", "surrogateescape")
    write_zip(out / "odd-cells.xlsx", odd)


# ---------------------------------------------------------------------------------------------
# LibreOffice


def resave_with_libreoffice(source: pathlib.Path, target: pathlib.Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found: apt-get install libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory(prefix="tenderkit-fixtures-") as scratch:
        scratch_path = pathlib.Path(scratch)
        profile = scratch_path / "profile"
        out = scratch_path / "out"
        out.mkdir()
        result = subprocess.run(
            [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)],
            capture_output=True, text=True, timeout=240, check=False)
        produced = out / (source.stem + ".xlsx")
        if result.returncode != 0 or not produced.exists():
            raise SystemExit(f"LibreOffice could not convert {source}: {result.stdout} {result.stderr}")
        shutil.copyfile(produced, target)


def write_writer_form(unit_tests: pathlib.Path, out: pathlib.Path) -> None:
    """The score form of tenderkit's own writer (made by a unit test), saved again by LibreOffice."""
    with tempfile.TemporaryDirectory(prefix="tenderkit-fixtures-") as scratch:
        source = pathlib.Path(scratch) / "writer-form.xlsx"
        environment = dict(os.environ, TENDERKIT_READER_FIXTURE_SOURCE=str(source))
        subprocess.run([str(unit_tests), "--gtest_filter=XlsxReaderWriterForm.WritesFixtureSource"],
                       env=environment, check=True, stdout=subprocess.DEVNULL)
        if not source.exists():
            raise SystemExit(f"{unit_tests} did not write {source}")
        resave_with_libreoffice(source, out / "libreoffice-writer-form.xlsx")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=pathlib.Path, default=HERE.parent / "data" / "xlsx")
    parser.add_argument("--unit-tests", type=pathlib.Path)
    arguments = parser.parse_args()
    out = arguments.out
    out.mkdir(parents=True, exist_ok=True)

    write_openpyxl(out / "openpyxl.xlsx")
    write_handcrafted(out / "handcrafted.xlsx")
    write_strict(out / "strict.xlsx")
    write_damaged(out)
    resave_with_libreoffice(out / "openpyxl.xlsx", out / "libreoffice-openpyxl.xlsx")
    resave_with_libreoffice(out / "handcrafted.xlsx", out / "libreoffice-handcrafted.xlsx")
    if arguments.unit_tests:
        write_writer_form(arguments.unit_tests, out)
    for file in sorted(out.glob("*.xlsx")):
        print(f"{file.stat().st_size:8d}  {file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
