#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Fills tender-check's registration form with real clients and checks it back.

Usage: fill_registration_forms.py TENDER_CHECK TENDER WORKDIR [--libreoffice]

1. `tender-check --registration-form` writes the form; openpyxl checks it: every visible sheet
   protected with only the input cells unlocked, the hidden identity sheet, the drop-downs (legal
   form, roles by legal form, KvK checked as 8 digits), the print setup (print area, fit to width,
   landscape for the wide sheets, header and footer).
2. A provider fills it in with openpyxl (the examples' generator, scripts/
   make_registration_examples.py). tender-check reads it; --toml converts it; the converted TOML
   gives the same JSON report, but for where things are written.
3. The same form as Excel writes it (shared strings with rich-text runs, a KvK number stored as a
   number, cells without "r" attributes), and with --libreoffice re-saved by LibreOffice headless
   (its own shared strings, styles and cell order): the same report again.
Needs /usr/bin/python3 with python3-openpyxl; --libreoffice needs soffice.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "scripts"))
import make_registration_examples as examples  # noqa: E402

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
    return condition


def run(arguments, expect):
    result = subprocess.run([str(a) for a in arguments], capture_output=True, text=True,
                            check=False,
                            env=dict(os.environ, SOURCE_DATE_EPOCH="1672531200", NO_COLOR="1"))
    check(result.returncode == expect,
          f"{' '.join(map(str, arguments))}: exit {result.returncode}, expected {expect}\n"
          f"stdout: {result.stdout[:2000]}\nstderr: {result.stderr[:2000]}")
    return result


def normalised_report(tender_check, tender, registration):
    """The JSON report without where things are written (file, line, column)."""
    result = run([tender_check, tender, registration, "--format", "json"], 1)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        check(False, f"{registration}: no JSON report")
        return None

    def strip(node):
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k not in ("file", "line", "column")}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node
    return strip(report)


def check_form(path):
    workbook = openpyxl.load_workbook(path)
    names = [sheet.title for sheet in workbook.worksheets]
    check(names[:5] == ["Instructies", "Samenwerkingsverband", "Leden", "Diensten", "Gemeenten"],
          f"sheets {names}")
    check(workbook["tenderkit"].sheet_state == "hidden", "the identity sheet is not hidden")
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        check(sheet.protection.sheet, f"{sheet.title}: not protected")
        check(sheet.page_setup.fitToWidth in (1, "1", None) and sheet.sheet_properties.pageSetUpPr
              and sheet.sheet_properties.pageSetUpPr.fitToPage, f"{sheet.title}: not fit to width")
        check(workbook.defined_names.get("_xlnm.Print_Area", sheet.title) is not None
              or sheet.print_area, f"{sheet.title}: no print area")
        check("&P" in (sheet.oddFooter.center.text or ""), f"{sheet.title}: footer")
    for title in ("Leden", "Diensten", "Gemeenten"):
        check(workbook[title].page_setup.orientation == "landscape", f"{title}: not landscape")
    members = workbook["Leden"]
    check(not members["A5"].protection.locked, "Leden!A5 (a member's name) is locked")
    check(members["A4"].protection.locked, "Leden!A4 (a header) is unlocked")
    check(members["B5"].number_format == "@", "Leden!B5 (KvK) is not text-formatted")
    check(not workbook["Samenwerkingsverband"]["B5"].protection.locked, "the name is locked")
    check(workbook["Samenwerkingsverband"]["A5"].protection.locked, "a label is unlocked")
    validations = {str(v.sqref): v for v in members.data_validations.dataValidation}
    kvk = validations.get("B5:B19")
    check(kvk is not None and kvk.type == "custom" and "LEN(B5)=8" in kvk.formula1,
          f"KvK validation: {kvk}")
    role = validations.get("D5:D19")
    check(role is not None and role.type == "list" and "Samenwerkingsverband" in role.formula1,
          f"role validation: {role}")
    legal = {str(v.sqref): v for v in
             workbook["Samenwerkingsverband"].data_validations.dataValidation}.get("B6")
    check(legal is not None and legal.type == "list", f"legal form validation: {legal}")


def as_excel_writes(source, target, rich_name, kvk):
    """Rewrites an openpyxl workbook (inline strings) the way Excel stores it: every string once
    in a shared-string table, `rich_name` as rich text in two runs, the KvK number `kvk` as a
    number cell, and the "r" attribute left off the cells of row 6."""
    strings = []
    index = {}

    def shared(match):
        attributes, text = match.group(1), match.group(2)
        if text == kvk:
            return f"<c{attributes}><v>{kvk}</v></c>"
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return f'<c{attributes} t="s"><v>{index[text]}</v></c>'

    with zipfile.ZipFile(source) as zin:
        parts = {info.filename: zin.read(info.filename) for info in zin.infolist()}
    for name in list(parts):
        if not name.startswith("xl/worksheets/sheet"):
            continue
        text = parts[name].decode("utf-8")
        text = re.sub(r'<c([^>]*?) t="inlineStr"><is><t(?: xml:space="preserve")?>(.*?)</t></is></c>',
                      shared, text, flags=re.S)
        text = re.sub(r'(<row r="6"[^>]*>)(.*?)(</row>)',
                      lambda m: m.group(1) + re.sub(r' r="[A-Z]+6"', "", m.group(2)) + m.group(3),
                      text, flags=re.S)
        parts[name] = text.encode("utf-8")
    items = []
    for text in strings:
        if text == rich_name:
            first, _, rest = text.partition(" ")
            items.append(f'<si><r><rPr><b/><sz val="11"/></rPr><t>{first}</t></r>'
                         f'<r><t xml:space="preserve"> {rest}</t></r></si>')
        else:
            items.append(f'<si><t xml:space="preserve">{text}</t></si>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    parts["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{main}" '
        f'count="{len(items)}" uniqueCount="{len(items)}">{"".join(items)}</sst>').encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    if "sharedStrings" not in types:
        types = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType='
                              '"application/vnd.openxmlformats-officedocument.spreadsheetml.'
                              'sharedStrings+xml"/></Types>')
    parts["[Content_Types].xml"] = types.encode("utf-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    if "sharedStrings" not in rels:
        rels = rels.replace("</Relationships>", '<Relationship Id="rIdSst" Type="http://schemas.'
                            'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                            'Target="sharedStrings.xml"/></Relationships>')
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    check(rich_name in strings, f"as Excel writes: '{rich_name}' not found")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)


def resave_with_libreoffice(source, target):
    with tempfile.TemporaryDirectory(prefix="tenderkit-regform-") as scratch:
        scratch_path = pathlib.Path(scratch)
        out = scratch_path / "out"
        out.mkdir()
        copy = scratch_path / source.name
        shutil.copyfile(source, copy)
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        result = subprocess.run(
            [soffice, f"-env:UserInstallation={(scratch_path / 'profile').as_uri()}",
             "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
             "--outdir", str(out), str(copy)],
            capture_output=True, text=True, timeout=240, check=False)
        produced = out / source.name
        if result.returncode != 0 or not produced.exists():
            raise RuntimeError(f"LibreOffice could not re-save {source}: {result.stdout} "
                               f"{result.stderr}")
        shutil.copyfile(produced, target)


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    tender_check, tender, work = (pathlib.Path(a) for a in sys.argv[1:4])
    libreoffice = "--libreoffice" in sys.argv[4:]
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    blank = work / "formulier.xlsx"
    run([tender_check, "--registration-form", blank, tender], 0)
    check_form(blank)
    # A blank form is refused, naming the cells to fill in.
    result = run([tender_check, tender, blank], 2)
    check(f"{blank}:Samenwerkingsverband!B5: fout: de inschrijving heeft geen naam" in result.stderr,
          f"blank form: {result.stderr}")

    # Filled with openpyxl: the MVS example with a finding (exit 1), a member only in some
    # municipalities and one without an AGB code.
    name, consortium, members = examples.EXAMPLES["mvs"][1]
    consortium = dict(consortium, id="schiedam-maassluis")  # not the file name: files differ
    filled = work / "openpyxl.xlsx"
    examples.fill(blank, filled, consortium, members)
    reference = normalised_report(tender_check, tender, filled)
    converted = work / "converted.toml"
    run([tender_check, tender, filled, "--toml", converted, "-o", work / "report.txt"], 1)
    check(normalised_report(tender_check, tender, converted) == reference,
          "the converted TOML gives another report than the workbook")
    run([tender_check, tender, filled, "--toml", converted], 3)  # never overwritten...
    run([tender_check, tender, filled, "--toml", converted, "--force", "-o", work / "r.txt"], 1)

    excel = work / "excel.xlsx"
    as_excel_writes(filled, excel, members[0][0], members[0][1])
    check(normalised_report(tender_check, tender, excel) == reference,
          "the form as Excel writes it gives another report")

    if libreoffice:
        resaved = work / "libreoffice.xlsx"
        resave_with_libreoffice(filled, resaved)
        check(normalised_report(tender_check, tender, resaved) == reference,
              "the form re-saved by LibreOffice gives another report")
        # LibreOffice keeps the protection, the hidden sheet and the drop-downs.
        workbook = openpyxl.load_workbook(resaved)
        check(workbook["tenderkit"].sheet_state == "hidden", "LibreOffice: identity sheet shown")
        check(workbook["Leden"].protection.sheet, "LibreOffice: Leden no longer protected")

    for failure in FAILURES:
        print(f"FAIL: {failure}")
    print(f"{len(FAILURES)} failure(s)" if FAILURES else "ok: registration forms")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
