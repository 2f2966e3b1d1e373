#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Checks a `tender-score rank` workbook, as LibreOffice shows it, against the JSON report.

    verify_ranking_workbook.py WORKBOOK.xlsx REPORT.json
    verify_ranking_workbook.py --run TENDER_SCORE SCRATCH_DIR TENDER.toml SCORES.toml...
    verify_ranking_workbook.py --corrupt WORKBOOK.xlsx REPORT.json

First re-derives the tool's numbers from the JSON report in Python's exact fractions, as a second
implementation: every total is the sum of weight x consensus / scale maximum, the competition ranks
follow the totals, every margin is the total minus the cut-off total, and every lot ticket is the
SHA-256 of the seed, a newline and the candidate id, drawn lowest first.

Then converts the workbook to CSV with LibreOffice headless twice (tests/scripts/libreoffice.py):
with stock settings, which show the cached formula results, and with a profile that recalculates
every formula on load. Both must show the tool's totals, ranks, invitations and margins on the
ranking sheet, and its consensus scores, spreads and flags on the consensus sheet; and every sheet
must read the same both ways (so no cached value differs from what its formula computes).

With --run it first runs `TENDER_SCORE rank TENDER SCORES... --xlsx WORKBOOK --format json -o
REPORT` twice with the same SOURCE_DATE_EPOCH, checks the exit code (0 complete, 1 not) and that
both workbooks are byte-identical. --corrupt checks a copy whose first cached formula result is
changed, and must fail: the self-test that the checks can see a stale value. Prints every mismatch;
exits 1 when there is one, 2 on bad usage.
"""

import decimal
import fractions
import hashlib
import json
import os
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import libreoffice  # noqa: E402
import verify_cached_values  # noqa: E402

LABELS = {
    "nl": {"ranking": "Rangorde", "consensus": "Consensus", "candidate": "Gegadigde",
           "criterion": "Criterium", "total": "Totaal", "rank": "Rang", "invited": "Uitgenodigd",
           "margin": "Marge tot grens", "cut_off": "Grens (totaal laatst uitgenodigde)",
           "spread": "Spreiding", "discuss": "Bespreken", "consensus_column": "Consensus",
           "yes": "ja", "no": "nee", "undecided": "onbeslist"},
    "en": {"ranking": "Ranking", "consensus": "Consensus", "candidate": "Candidate",
           "criterion": "Criterion", "total": "Total", "rank": "Rank", "invited": "Invited",
           "margin": "Margin to cut-off", "cut_off": "Cut-off (total of the last invited)",
           "spread": "Spread", "discuss": "Discuss", "consensus_column": "Consensus",
           "yes": "yes", "no": "no", "undecided": "undecided"},
}
EPOCH = "1700000000"


class Checker:
    def __init__(self):
        self.problems = []

    def equal(self, where, actual, expected):
        if actual != expected:
            self.problems.append(f"{where}: expected {expected!r}, found {actual!r}")


def exact(text):
    return None if text is None else fractions.Fraction(text)


def rounded(value, places=6):
    """Half away from zero to `places`, as Excel's ROUND and the tool's Rational::rounded."""
    with decimal.localcontext() as context:
        context.prec = 60
        quantum = decimal.Decimal(value.numerator) / decimal.Decimal(value.denominator)
        return quantum.quantize(decimal.Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_UP)


def places_of(text):
    return len(text.split(".")[1]) if "." in text else 0


def shows_rounded(cell, value):
    """A CSV cell shows the fraction `value` rounded half up to its decimals, two or more (the
    consensus cells' number format: 20/3 shows as 6.67)."""
    places = len(cell.partition(".")[2])
    if places < 2:
        return False
    exact_value = decimal.Decimal(value.numerator) / decimal.Decimal(value.denominator)
    quantum = decimal.Decimal(1).scaleb(-places)
    try:
        return decimal.Decimal(cell) == exact_value.quantize(quantum, rounding=decimal.ROUND_HALF_UP)
    except decimal.InvalidOperation:
        return False


def same_number(cell, expected_text):
    """A CSV cell shows the decimal `expected_text` (None: the cell is empty)."""
    if expected_text is None:
        return cell == ""
    try:
        return decimal.Decimal(cell) == decimal.Decimal(expected_text)
    except decimal.InvalidOperation:
        return False


def rederive(report, check):
    """Recomputes the ranking's numbers from the report's own inputs, exactly."""
    preselection = report["preselection"]
    weights = [exact(c["weight_exact"]) for c in preselection["criteria"]]
    maximum = exact(preselection["scale_maximum"])
    totals = {}
    for entry in report["ranking"]:
        consensus = [exact(c["consensus_exact"]) for c in entry["criteria"]]
        for c in entry["criteria"]:
            scores = [exact(s["score"]) for s in c["scores"]]
            if c["consensus_basis"] in ("mean", "median"):
                present = sorted(scores)
                middle = len(present) // 2
                expected = (sum(present, fractions.Fraction(0)) / len(present)
                            if c["consensus_basis"] == "mean" else
                            present[middle] if len(present) % 2 else
                            (present[middle - 1] + present[middle]) / 2)
                check.equal(f"{entry['id']}/{c['criterion']} consensus",
                            exact(c["consensus_exact"]), expected)
        total = None
        if all(value is not None for value in consensus):
            total = sum((w * v for w, v in zip(weights, consensus)), fractions.Fraction(0)) / maximum
        check.equal(f"{entry['id']} total_exact", exact(entry["total_exact"]), total)
        if total is not None:
            totals[entry["id"]] = total
    # Totals are shown with six decimals, or with more where different totals would look the
    # same: never fewer than it takes to tell them apart.
    places = max([6] + [places_of(e["total"]) for e in report["ranking"] if e["total"]])
    apart = 6
    while len({rounded(t, apart) for t in totals.values()}) < len(set(totals.values())):
        apart += 1
    if places < apart:
        check.problems.append(f"totals shown with {places} decimals; different totals need {apart}")
    for entry in report["ranking"]:
        if entry["id"] in totals:
            check.equal(f"{entry['id']} total", decimal.Decimal(entry["total"]),
                        rounded(totals[entry["id"]], places))
    for entry in report["ranking"]:
        expected_rank = None
        if entry["id"] in totals:
            expected_rank = 1 + sum(1 for t in totals.values() if t > totals[entry["id"]])
        check.equal(f"{entry['id']} rank", entry["rank"], expected_rank)
        cut_off = exact(report["summary"]["cut_off_total_exact"])
        expected_margin = None
        if cut_off is not None and entry["id"] in totals:
            expected_margin = totals[entry["id"]] - cut_off
        check.equal(f"{entry['id']} margin_exact", exact(entry["margin_exact"]), expected_margin)
    tie = report["tie_break"]
    if tie and tie["lots"]:
        seed = preselection["lot_seed"]
        drawn = sorted((hashlib.sha256(f"{seed}\n{lot['candidate']}".encode()).hexdigest(),
                        lot["candidate"]) for lot in tie["lots"])
        check.equal("lot tickets", [(lot["ticket"], lot["candidate"]) for lot in tie["lots"]], drawn)


def find_sheet(sheets, name):
    for file_name, rows in sheets.items():
        if file_name.endswith(f"-{name}.csv"):
            return rows
    return None


def header_row(rows, first, must_hold):
    for index, row in enumerate(rows):
        if row and row[0] == first and must_hold in row:
            return index
    return None


def check_ranking_sheet(rows, report, labels, mode, check):
    header = header_row(rows, labels["candidate"], labels["total"])
    if header is None:
        check.problems.append(f"{mode}: the ranking sheet has no header row")
        return
    column = {name: rows[header].index(labels[name]) for name in ("total", "rank", "invited", "margin")}
    for position, entry in enumerate(report["ranking"], start=1):
        row = rows[header + position]
        where = f"{mode} ranking row {header + position + 1} ({entry['id']})"
        check.equal(f"{where} id", row[0], entry["id"])
        if not same_number(row[column["total"]], entry["total"]):
            check.equal(f"{where} total", row[column["total"]], entry["total"])
        check.equal(f"{where} rank", row[column["rank"]],
                    "" if entry["rank"] is None else str(entry["rank"]))
        invited = labels["yes"] if entry["selected"] else (
            labels["undecided"] if entry["undecided"] else labels["no"])
        check.equal(f"{where} invited", row[column["invited"]], invited)
        if not same_number(row[column["margin"]], entry["margin"]):
            check.equal(f"{where} margin", row[column["margin"]], entry["margin"])
    summary = {row[0]: row[1] for row in rows[:header] if len(row) > 1}
    check.equal(f"{mode} invited count", summary.get(labels["invited"]),
                str(report["summary"]["selected"]))
    if not same_number(summary.get(labels["cut_off"], "?"), report["summary"]["cut_off_total"]):
        check.equal(f"{mode} cut-off", summary.get(labels["cut_off"]),
                    report["summary"]["cut_off_total"])


def check_consensus_sheet(rows, report, labels, mode, check):
    header = header_row(rows, labels["candidate"], labels["consensus_column"])
    if header is None:
        check.problems.append(f"{mode}: the consensus sheet has no header row")
        return
    names = rows[header]
    consensus_column = names.index(labels["consensus_column"])
    spread_column = names.index(labels["spread"])
    discuss_column = names.index(labels["discuss"])
    evaluators = report["preselection"]["evaluators"]
    first_score = names.index(labels["criterion"]) + 1
    cells = {(row[0], row[2]): row for row in rows[header + 1:] if len(row) > consensus_column}
    for entry in report["ranking"]:
        for c in entry["criteria"]:
            where = f"{mode} consensus {entry['id']}/{c['criterion']}"
            row = cells.get((entry["id"], c["criterion"]))
            if row is None:
                check.problems.append(f"{where}: no row")
                continue
            shown = row[consensus_column]
            expected = exact(c["consensus_exact"])
            if expected is None:
                check.equal(f"{where} consensus", shown, "")
            elif not shows_rounded(shown, expected):
                check.equal(f"{where} consensus", shown, c["consensus"])
            if not same_number(row[spread_column], c["spread"]):
                check.equal(f"{where} spread", row[spread_column], c["spread"])
            if report["preselection"]["spread_threshold"] is not None:
                check.equal(f"{where} flag", row[discuss_column],
                            labels["discuss"] if c["spread_flagged"] else "")
            for e, score in enumerate(c["scores"]):
                if not same_number(row[first_score + e], score["score"]):
                    check.equal(f"{where} score of {evaluators[e]['id']}", row[first_score + e],
                                score["score"])


def check_workbook(workbook, report):
    check = Checker()
    labels = LABELS[report["tender"]["language"]]
    rederive(report, check)
    converted = {}
    for recalculate in (False, True):
        mode = "recalculated" if recalculate else "cached"
        sheets = libreoffice.sheets_as_csv(workbook, recalculate=recalculate)
        converted[mode] = sheets
        for name, check_sheet in (("ranking", check_ranking_sheet),
                                  ("consensus", check_consensus_sheet)):
            rows = find_sheet(sheets, labels[name])
            if rows is None:
                check.problems.append(f"{mode}: no sheet {labels[name]!r} in {sorted(sheets)}")
            else:
                check_sheet(rows, report, labels, mode, check)
    cached, recalculated = converted["cached"], converted["recalculated"]
    check.equal("sheets", sorted(recalculated), sorted(cached))
    for name in sorted(set(cached) & set(recalculated)):
        for number, (before, after) in enumerate(zip(cached[name], recalculated[name]), start=1):
            if before != after:
                check.problems.append(f"{name} row {number}: cached {before}, recalculated {after}")
                break
    return check.problems


def run(program, scratch, arguments):
    scratch.mkdir(parents=True, exist_ok=True)
    environment = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    problems = []
    outputs = []
    for name in ("ranking", "again"):
        workbook, report = scratch / f"{name}.xlsx", scratch / f"{name}.json"
        for stale in (workbook, report):
            stale.unlink(missing_ok=True)
        status = subprocess.run([program, "rank", *arguments, "--xlsx", str(workbook), "--format",
                                 "json", "-o", str(report)], env=environment,
                                check=False).returncode
        if status not in (0, 1) or not report.exists():
            return [f"{program} exited with {status}"], None, None
        complete = json.loads(report.read_text(encoding="utf-8"))["complete"]
        if status != (0 if complete else 1):
            problems.append(f"exit code {status} for a ranking with complete = {complete}")
        outputs.append((workbook, report))
    if outputs[0][0].read_bytes() != outputs[1][0].read_bytes():
        problems.append("two runs with the same SOURCE_DATE_EPOCH wrote different workbooks")
    return problems, outputs[0][0], outputs[0][1]


def main():
    arguments = sys.argv[1:]
    problems = []
    if arguments[:1] == ["--run"] and len(arguments) >= 5:
        problems, workbook, report_path = run(arguments[1], pathlib.Path(arguments[2]),
                                              arguments[3:])
        if workbook is None:
            print("\n".join(problems), file=sys.stderr)
            return 1
    elif arguments[:1] == ["--corrupt"] and len(arguments) == 3:
        source = pathlib.Path(arguments[1])
        workbook, report_path = source.with_name("corrupted-" + source.name), arguments[2]
        verify_cached_values.corrupt_first_cached_value(source, workbook)
    elif len(arguments) == 2:
        workbook, report_path = pathlib.Path(arguments[0]), pathlib.Path(arguments[1])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    report = json.loads(pathlib.Path(report_path).read_text(encoding="utf-8"))
    problems += check_workbook(pathlib.Path(workbook), report)
    for problem in problems:
        print(f"verify_ranking_workbook: {workbook}: {problem}", file=sys.stderr)
    if not problems:
        print(f"{workbook}: {len(report['ranking'])} candidates; LibreOffice shows the tool's "
              "numbers, cached and recalculated")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
