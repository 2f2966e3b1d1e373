#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Generates the tender-schedule benchmark data (deterministic: a fixed LCG, no `random`).

  generate_contracts.py OUT_DIR [--contracts N]

Writes OUT_DIR/tender.toml (the integral [contract] and a timeline of 12 [[phase]]s) and
OUT_DIR/contracts.toml with N - 1 [[contract]]s (default 1,000 contracts in all): 9-year terms,
quarterly reporting, evaluations after years 3 and 6 with a notice period, intake moments,
budget and indexation dates, extension options, and every seventh with its own deadline_rules.
"""

import argparse
import pathlib

CARE_TYPES = ["ambulant", "foster-care", "residential", "crisis", "youth-protection", "other"]
NAMES = ["Ambulante jeugdhulp", "Pleegzorg en gezinshuizen", "Jeugdhulp met verblijf",
         "Crisishulp jeugd (24/7)", "Jeugdbescherming en jeugdreclassering", "Jeugd-ggz"]
REGIONS = ["IJmond", "Zuid-Kennemerland", "Kennemerland", "Zaanstreek", "Amstelland",
           "West-Friesland", "Gooi en Vechtstreek", "Holland Rijnland"]
RULES = ["next-working-day", "previous-working-day", "none"]


class Lcg:
    """Numerical Recipes' 32-bit LCG: the same numbers on every machine and Python version."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return (self.state >> 8) % n


TENDER_HEAD = """\
id = "bench-schedule-2027"
title = "Benchmark: specialistische jeugdhulp 2027-2036"
language = "nl"

[[municipality]]
id = "haarlem"
name = "Haarlem"

[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"

[contract]
name = "Integrale overeenkomst specialistische jeugdhulp"
provider = "Geselecteerde strategische partners (na gunning)"
care_type = "integral"
start = 2027-01-01
term = "9y"
extension = { options = 2, length = "2y", decide_before = "12m" }
evaluations = [3, 6]
notice_period = "6m"
intake_moments = ["04-01", "10-01"]
reporting = { cadence = "quarterly", due_after_days = 30 }
budget_agreement = "10-01"
indexation = "01-01"
"""

# About 12 phases as in templates/ijmond-zk/tender.toml: (id, name, keys).
PHASES = [
    ("strategie", "Verwervingsstrategie vastgesteld door de colleges", 'start = 2025-02-17'),
    ("marktconsultatie", "Marktconsultatie", 'after = "strategie"\nduration = "6w"'),
    ("aankondiging", "Aankondiging gepubliceerd op TenderNed",
     'after = "marktconsultatie"\nlag = "4w"\nstart_rule = "next-working-day"'),
    ("aanmelden", "Pre-selectiefase: aanmelden als gegadigde",
     'after = "aankondiging"\nduration = "6w"\nend_rule = "next-working-day"'),
    ("selectie", "Beoordeling aanmeldingen en selectie van gegadigden",
     'after = "aanmelden"\nduration = "20wd"'),
    ("dialoog", "Dialoogfase met de geselecteerde gegadigden",
     'after = "selectie"\nlag = "1wd"\nduration = "9m"\nend_rule = "previous-working-day"'),
    ("inschrijven", "Inschrijffase",
     'after = "dialoog"\nduration = "6w"\nend_rule = "next-working-day"'),
    ("beoordeling", "Beoordeling inschrijvingen", 'after = "inschrijven"\nduration = "15wd"'),
    ("gunning", "Gunningsbeslissing verzonden",
     'after = "beoordeling"\nstart_rule = "next-working-day"'),
    ("alcatel", "Opschortingstermijn (Alcatel)",
     'kind = "standstill"\nafter = "gunning"\nduration = "20d"'),
    ("ondertekening", "Ondertekening overeenkomsten", 'after = "alcatel"\nlag = "4wd"'),
    ("implementatie", "Implementatie", 'after = "ondertekening"\nduration = "4m"'),
]


def tender_toml():
    parts = [TENDER_HEAD]
    for phase_id, name, keys in PHASES:
        parts.append(f'\n[[phase]]\nid = "{phase_id}"\nname = "{name}"\n{keys}\n')
    return "".join(parts)


def contract_toml(index, lcg):
    care = lcg.below(len(CARE_TYPES))
    region = REGIONS[lcg.below(len(REGIONS))]
    year = 2019 + lcg.below(8)
    month = 1 + 3 * lcg.below(4)  # contracts start on the first day of a quarter
    options = lcg.below(4)
    used = min(options, lcg.below(2))
    decide = ["3m", "6m", "9m"][lcg.below(3)]
    notice = ["3m", "6m"][lcg.below(2)]
    due = [30, 45, 60][lcg.below(3)]
    lines = [
        "[[contract]]",
        f'id = "contract-{index:04d}"',
        f'name = "{NAMES[care]} {region} perceel {index}"',
        f'provider = "Aanbieder {lcg.below(400) + 1:03d} B.V."',
        f'care_type = "{CARE_TYPES[care]}"',
        f"start = {year}-{month:02d}-01",
        'term = "9y"',
        f'extension = {{ options = {options}, used = {used}, length = "1y", '
        f'decide_before = "{decide}" }}',
        "evaluations = [3, 6]",
        f'notice_period = "{notice}"',
        'intake_moments = ["04-01", "10-01"]',
        f'reporting = {{ cadence = "quarterly", due_after_days = {due} }}',
        'budget_agreement = "10-01"',
        'indexation = "01-01"',
    ]
    if index % 7 == 0:
        lines.append("")
        lines.append("[contract.deadline_rules]")
        lines.append(f'report = "{RULES[lcg.below(3)]}"')
        lines.append(f'notice = "{RULES[lcg.below(3)]}"')
        lines.append(f'intake = "{RULES[lcg.below(3)]}"')
    return "\n".join(lines) + "\n"


def contracts_toml(count):
    lcg = Lcg(20261123)
    parts = [
        'title = "Benchmark: lopende contracten"\n\n',
        "[deadline_rules]\n",
        'notice = "previous-working-day"\n',
        'extension-decision = "previous-working-day"\n',
        'report = "next-working-day"\n',
    ]
    for index in range(1, count + 1):
        parts.append("\n")
        parts.append(contract_toml(index, lcg))
    return "".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=pathlib.Path)
    parser.add_argument("--contracts", type=int, default=1000,
                        help="contracts in all, the tender's own included (default 1000)")
    args = parser.parse_args()
    if args.contracts < 1:
        parser.error("--contracts must be at least 1")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "tender.toml").write_text(tender_toml(), encoding="utf-8")
    (args.out_dir / "contracts.toml").write_text(contracts_toml(args.contracts - 1),
                                                 encoding="utf-8")


if __name__ == "__main__":
    main()
