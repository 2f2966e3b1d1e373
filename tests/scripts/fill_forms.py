#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Fills tender-score forms with real clients and collects them back.

Usage: fill_forms.py TENDER_SCORE TENDER REGISTRATIONS WORKDIR

1. `tender-score forms` writes one form per evaluator; each is checked with openpyxl: the hidden
   metadata, the protection (only score and motivation cells unlocked), the drop-downs with the
   scale, the print setup (landscape, fit to width, repeated header rows, header and footer).
2. Evaluators fill them in as people do: the first with openpyxl (numbers, a motivation that
   starts with '=', line breaks, non-ASCII); the second with openpyxl as text ("8", " 6 ",
   "10,0"), one score left blank, and then re-saved by LibreOffice headless (shared strings,
   its own cell order and styles); the third as a CSV file in Excel's Dutch dialect (';', BOM,
   CRLF, decimal comma). `tender-score collect` must read them all: exit 1 (one score missing),
   a scores file with exactly the scores given, and the progress naming the missing one.
3. Broken forms must fail with exit 2 and a message naming file and cell: a score off the scale,
   a score without motivation, the same evaluator twice, a form for another version of the
   tender, and a form whose rows were re-ordered.
Needs /usr/bin/python3 with python3-openpyxl, and soffice (LibreOffice) on PATH.
"""
import csv
import io
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile

import openpyxl

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import libreoffice  # noqa: E402

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
    return condition


def run(arguments, expect):
    result = subprocess.run(arguments, capture_output=True, text=True, check=False,
                            env=dict(os.environ, SOURCE_DATE_EPOCH="1672531200", NO_COLOR="1"))
    check(result.returncode == expect,
          f"{' '.join(map(str, arguments))}: exit {result.returncode}, expected {expect}\n"
          f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


def metadata(workbook):
    """The hidden sheet's rows: {key: [values]} for single keys, lists for candidate/criterion."""
    sheet = workbook["tenderkit"]
    single, candidates, criteria = {}, [], []
    for row in sheet.iter_rows(values_only=True):
        key, *values = row
        if key == "candidate":
            candidates.append({"id": values[0], "name": values[1] or "", "row": int(values[2])})
        elif key == "criterion":
            criteria.append({"id": values[0], "score": values[1], "motivation": values[2]})
        elif key:
            single[key] = values[0]
    return single, candidates, criteria


def check_form(path, tender, evaluator):
    workbook = openpyxl.load_workbook(path)
    single, candidates, criteria = metadata(workbook)
    name = path.name
    check(workbook["tenderkit"].sheet_state == "hidden", f"{name}: metadata sheet not hidden")
    check(single.get("format") == "tenderkit-score-form/1", f"{name}: format {single}")
    check(single.get("tender") == tender["id"], f"{name}: tender {single}")
    check(single.get("evaluator") == evaluator["id"], f"{name}: evaluator {single}")
    check(re.fullmatch(r"[0-9a-f]{64}", single.get("form_version", "")), f"{name}: version")
    check([c["id"] for c in criteria] == [c["id"] for c in tender["preselection"]["criterion"]],
          f"{name}: criteria {criteria}")
    scores = workbook["Scores"]
    check(scores.protection.sheet, f"{name}: Scores not protected")
    input_cells = {f"{c[k]}{cand['row']}" for cand in candidates for c in criteria
                   for k in ("score", "motivation")}
    unlocked = {cell.coordinate for row in scores.iter_rows() for cell in row
                if cell.protection.locked is False}
    check(unlocked == input_cells, f"{name}: unlocked {sorted(unlocked ^ input_cells)}")
    scale = [str(v) for v in tender["preselection"]["scale"]["values"]]
    validated = {}
    for validation in scores.data_validations.dataValidation:
        check(validation.type == "list", f"{name}: validation type {validation.type}")
        check(validation.formula1 == '"' + ",".join(scale) + '"',
              f"{name}: validation list {validation.formula1}")
        for cell_range in validation.sqref.ranges:
            for row in scores[cell_range.coord]:
                for cell in row:
                    validated[cell.coordinate] = True
    score_cells = {f"{c['score']}{cand['row']}" for cand in candidates for c in criteria}
    check(set(validated) == score_cells, f"{name}: validated {sorted(set(validated) ^ score_cells)}")
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        check(sheet.page_setup.orientation == "landscape", f"{name}/{sheet.title}: not landscape")
        check(sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0,
              f"{name}/{sheet.title}: not fit to width")
        check(sheet.print_title_rows, f"{name}/{sheet.title}: no repeated header rows")
        check(tender["id"] in (sheet.oddHeader.left.text or ""), f"{name}/{sheet.title}: header")
        check(evaluator["id"] in (sheet.oddHeader.center.text or ""),
              f"{name}/{sheet.title}: header lacks the evaluator")
        check("&P" in (sheet.oddFooter.center.text or ""), f"{name}/{sheet.title}: footer")
    check(scores.print_title_rows == "$7:$8", f"{name}: title rows {scores.print_title_rows}")
    return candidates, criteria


def resave_with_libreoffice(source, target):
    """Opens and saves the workbook with LibreOffice headless (a private profile)."""
    with tempfile.TemporaryDirectory(prefix="tenderkit-fill-") as scratch:
        scratch_path = pathlib.Path(scratch)
        out = scratch_path / "out"
        out.mkdir()
        copy = scratch_path / source.name
        shutil.copyfile(source, copy)
        result = subprocess.run(
            [libreoffice._soffice(), f"-env:UserInstallation={(scratch_path / 'profile').as_uri()}",
             "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
             "--outdir", str(out), str(copy)],
            capture_output=True, text=True, timeout=240, check=False)
        produced = out / source.name
        if result.returncode != 0 or not produced.exists():
            raise RuntimeError(f"LibreOffice could not re-save {source}: {result.stdout} {result.stderr}")
        shutil.copyfile(produced, target)


def fill(path, target, values, as_text=False):
    """Writes {(candidate, criterion): (score, motivation)} into the form with openpyxl."""
    workbook = openpyxl.load_workbook(path)
    _, candidates, criteria = metadata(workbook)
    sheet = workbook["Scores"]
    rows = {c["id"]: c["row"] for c in candidates}
    columns = {c["id"]: c for c in criteria}
    for (candidate, criterion), (score, motivation) in values.items():
        row = rows[candidate]
        if score is not None:
            cell = sheet[f"{columns[criterion]['score']}{row}"]
            cell.value = str(score) if as_text else score
            if as_text:
                cell.data_type = "s"
        if motivation is not None:
            cell = sheet[f"{columns[criterion]['motivation']}{row}"]
            cell.value = motivation
            cell.data_type = "s"  # text, even when it starts with '='
    workbook.save(target)


def main():
    program, tender_path, registrations, workdir = sys.argv[1:5]
    workdir = pathlib.Path(workdir)
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    with open(tender_path, "rb") as handle:
        tender = tomllib.load(handle)
    evaluators = tender["preselection"]["evaluator"]
    criteria = [c["id"] for c in tender["preselection"]["criterion"]]
    scale = tender["preselection"]["scale"]["values"]
    check(len(evaluators) >= 3, "the tender needs three evaluators for this test")

    forms_dir = workdir / "forms"
    run([program, "forms", tender_path, registrations, "--dir", forms_dir], 0)
    forms = {e["id"]: forms_dir / f"{tender['id']}-{e['id']}.xlsx" for e in evaluators}
    candidates = None
    for evaluator in evaluators:
        candidates, _ = check_form(forms[evaluator["id"]], tender, evaluator)
    candidate_ids = [c["id"] for c in candidates]

    first, second, third = (e["id"] for e in evaluators[:3])
    filled = workdir / "filled"
    filled.mkdir()
    expected = {}

    # Evaluator 1: openpyxl, numbers.
    values = {}
    for i, candidate in enumerate(candidate_ids):
        for j, criterion in enumerate(criteria):
            score = scale[(i + j) % len(scale)]
            motivation = f"Regel één van {candidate}/{criterion}\nregel twee: Öztürk — €"
            if i == 0 and j == 0:
                motivation = "=goed onderbouwd, maar +2 voor de visie"
            values[(candidate, criterion)] = (score, motivation)
            expected[(first, candidate, criterion)] = (score, motivation)
    fill(forms[first], filled / forms[first].name, values)
    refilled = openpyxl.load_workbook(filled / forms[first].name)
    check(len(refilled["Scores"].data_validations.dataValidation) == len(criteria),
          "openpyxl dropped the drop-downs")
    check(refilled["Scores"].protection.sheet, "openpyxl dropped the sheet protection")

    # Evaluator 2: openpyxl, numbers stored as text, one blank; then re-saved by LibreOffice.
    values = {}
    for i, candidate in enumerate(candidate_ids):
        for j, criterion in enumerate(criteria):
            if i == len(candidate_ids) - 1 and j == len(criteria) - 1:
                continue  # left blank: a missing score, not an error
            score = scale[(2 * i + j) % len(scale)]
            text = {0: f"{score}", 1: f" {score} ", 2: f"{score},0"}[(i + j) % 3]
            values[(candidate, criterion)] = (text, f"Motivering {i}.{j}")
            expected[(second, candidate, criterion)] = (score, f"Motivering {i}.{j}")
    staged = workdir / "staged.xlsx"
    fill(forms[second], staged, values, as_text=True)
    resaved = filled / forms[second].name
    resave_with_libreoffice(staged, resaved)
    after = openpyxl.load_workbook(resaved)
    check(after["tenderkit"].sheet_state == "hidden",
          "LibreOffice showed the hidden metadata sheet")
    check(after["Scores"].protection.sheet, "LibreOffice dropped the sheet protection")
    check(len(after["Scores"].data_validations.dataValidation) >= 1,
          "LibreOffice dropped the drop-downs")
    with zipfile.ZipFile(resaved) as archive:
        check("xl/sharedStrings.xml" in archive.namelist(), "LibreOffice wrote no shared strings")

    # Evaluator 3: CSV as Excel writes it in Dutch.
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Beoordelaar", "Gegadigde", "Criterium", "Score", "Motivering"])
    for i, candidate in enumerate(candidate_ids):
        for j, criterion in enumerate(criteria):
            score = scale[(i * j) % len(scale)]
            motivation = f"Toelichting; met \"aanhalingstekens\"\nen een tweede regel {i}{j}"
            writer.writerow([third, candidate, criterion, f"{score},0", motivation])
            expected[(third, candidate, criterion)] = (score, motivation)
    csv_form = filled / f"{third}.csv"
    csv_form.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))

    scores_file = workdir / "scores.toml"
    # collect speaks English here (--lang en), whatever the tender's language: the checks below
    # read its messages.
    result = run([program, "collect", "--lang", "en", tender_path, filled, "-o", scores_file], 1)
    check(f"{second}, {candidate_ids[-1]}: {criteria[-1]}" in result.stdout,
          f"progress does not name the missing score:\n{result.stdout}")
    check("incomplete: 1 score missing" in result.stdout, f"progress:\n{result.stdout}")
    with open(scores_file, "rb") as handle:
        collected = tomllib.load(handle)
    got = {}
    for evaluation in collected.get("evaluation", []):
        for score in evaluation.get("score", []):
            got[(evaluation["evaluator"], score["candidate"], score["criterion"])] = (
                score["score"], score["motivation"])
    for key in sorted(set(expected) | set(got)):
        check(got.get(key) == expected.get(key),
              f"score {key}: collected {got.get(key)}, filled in {expected.get(key)}")
    check([c["id"] for c in collected["candidate"]] == candidate_ids, "candidate list")

    # The same numbers and motivations re-saved by LibreOffice (numbers stay numbers there) read
    # the same.
    lo_dir = workdir / "libreoffice"
    lo_dir.mkdir()
    resave_with_libreoffice(filled / forms[first].name, lo_dir / forms[first].name)
    shutil.copyfile(filled / forms[second].name, lo_dir / forms[second].name)
    shutil.copyfile(csv_form, lo_dir / csv_form.name)
    run([program, "collect", "--lang", "en", tender_path, lo_dir, "-o", workdir / "scores-lo.toml"], 1)
    with open(workdir / "scores-lo.toml", "rb") as handle:
        again = tomllib.load(handle)
    for evaluation in again.get("evaluation", []):
        for score in evaluation.get("score", []):
            key = (evaluation["evaluator"], score["candidate"], score["criterion"])
            check(got.get(key) == (score["score"], score["motivation"]),
                  f"after a LibreOffice re-save, score {key}: {score}, before {got.get(key)}")

    # The JSON progress.
    result = run([program, "collect", "--lang", "en", tender_path, filled, "-o", workdir / "scores2.toml",
                  "--format", "json"], 1)
    check('"complete": false' in result.stdout, f"json progress:\n{result.stdout}")

    # Broken forms: exit 2, file and cell named.
    broken = workdir / "broken"
    broken.mkdir()
    cell_of = {c["id"]: c for c in metadata(openpyxl.load_workbook(forms[first]))[2]}
    row = candidates[0]["row"]
    off_scale = broken / "off-scale.xlsx"
    fill(forms[first], off_scale, {(candidate_ids[0], criteria[0]): (scale[-1] + 1, "te hoog")})
    result = run([program, "collect", "--lang", "en", tender_path, off_scale, "-o", broken / "s.toml"], 2)
    check(f"off-scale.xlsx:Scores!{cell_of[criteria[0]]['score']}{row}: error: score" in result.stderr
          and "is not on the scale" in result.stderr, f"off scale:\n{result.stderr}")

    unmotivated = broken / "unmotivated.xlsx"
    fill(forms[first], unmotivated, {(candidate_ids[0], criteria[1]): (scale[0], None)})
    resave_with_libreoffice(unmotivated, unmotivated)
    result = run([program, "collect", "--lang", "en", tender_path, unmotivated, "-o", broken / "s.toml"], 2)
    check(f"unmotivated.xlsx:Scores!{cell_of[criteria[1]]['score']}{row}: error:" in result.stderr
          and "has no motivation" in result.stderr, f"no motivation:\n{result.stderr}")

    twice = broken / "copy-of-first.xlsx"
    shutil.copyfile(filled / forms[first].name, twice)
    result = run([program, "collect", "--lang", "en", tender_path, filled / forms[first].name, twice, "-o",
                  broken / "s.toml"], 2)
    check(f"evaluator '{first}' returned two forms" in result.stderr
          and "copy-of-first.xlsx" in result.stderr, f"twice:\n{result.stderr}")

    changed_tender = broken / "tender.toml"
    text = pathlib.Path(tender_path).read_text(encoding="utf-8")
    title = tender["preselection"]["criterion"][0]["title"]
    changed_tender.write_text(text.replace(f'title = "{title}"', f'title = "{title} (herzien)"', 1),
                              encoding="utf-8")
    result = run([program, "collect", "--lang", "en", changed_tender, filled / forms[first].name, "-o",
                  broken / "s.toml"], 2)
    check("another version of tender" in result.stderr and "tenderkit!B4" in result.stderr,
          f"another version:\n{result.stderr}")

    # Rows re-ordered (the sheet unprotected and sorted): caught at the id cell.
    swapped = broken / "swapped.xlsx"
    workbook = openpyxl.load_workbook(filled / forms[first].name)
    sheet = workbook["Scores"]
    first_row, second_row = candidates[0]["row"], candidates[1]["row"]
    for column in range(1, sheet.max_column + 1):
        a, b = sheet.cell(first_row, column), sheet.cell(second_row, column)
        a.value, b.value = b.value, a.value
    workbook.save(swapped)
    result = run([program, "collect", "--lang", "en", tender_path, swapped, "-o", broken / "s.toml"], 2)
    check(f"swapped.xlsx:Scores!A{first_row}: error: the form expects candidate" in result.stderr,
          f"swapped rows:\n{result.stderr}")
    check(not (broken / "s.toml").exists(), "a scores file was written despite errors")

    for failure in FAILURES:
        print(f"fill_forms: {failure}", file=sys.stderr)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
