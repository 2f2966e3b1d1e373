#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Writes a tender and N registrations of M members each for the tender-check benchmark.

Usage: generate_registrations.py DIR [--registrations 10000] [--members 12]
The data is fixed by the arguments (no randomness), so every run measures the same input.
"""
import argparse
import pathlib

SERVICES = ["specialist", "wijkteam", "poh-jeugd", "onderwijs", "flexteam", "dagbehandeling",
            "verblijf", "pleegzorg", "crisis", "jeugd-ggz"]
MUNICIPALITIES = ["maassluis", "vlaardingen", "schiedam"]


def tender_text() -> str:
    lines = ['id = "bench-tender"', 'title = "Benchmark tender"', 'language = "en"', ""]
    for municipality in MUNICIPALITIES:
        lines += ["[[municipality]]", f'id = "{municipality}"', f'name = "{municipality.title()}"', ""]
    lines += ["[[certification]]", 'id = "hkz"', 'name = "HKZ"', ""]
    for index, service in enumerate(SERVICES):
        lines += ["[[service]]", f'id = "{service}"', f'name = "Service {service}"',
                  f'code = "{41 + index}"', f"local = {'true' if index < 2 else 'false'}",
                  'certifications = ["hkz"]' if index % 3 == 0 else "certifications = []", ""]
    lines += ["[integrality]", 'legal_forms = ["combination", "main-contractor"]',
              "min_members = 2", "max_members = 20", "may_lead_several = false",
              "may_participate_several = true", ""]
    return "\n".join(lines)


def registration_text(number: int, members: int) -> str:
    lines = [f'name = "Consortium {number:05d}"', 'tender = "bench-tender"',
             'legal_form = "combination"', ""]
    for member in range(members):
        # Providers recur across registrations (every 7th registration shares members), as
        # small practices do in real tenders, so the cross-registration rules have work to do.
        kvk = 10_000_000 + (number * members + member) % 70_000
        services = [SERVICES[(member + k) % len(SERVICES)] for k in range(3)]
        lines += ["[[member]]",
                  f'name = "Zorgaanbieder {kvk}"',
                  f'kvk = "{kvk:08d}"',
                  f'agb = "{(kvk * 7) % 100_000_000:08d}"',
                  f'role = "{"lead" if member == 0 else "member"}"',
                  "services = [" + ", ".join(f'"{s}"' for s in services) + "]",
                  'municipalities = ["maassluis", "vlaardingen", "schiedam"]',
                  'certifications = ["hkz"]',
                  "declaration = true",
                  ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=pathlib.Path)
    parser.add_argument("--registrations", type=int, default=10_000)
    parser.add_argument("--members", type=int, default=12)
    arguments = parser.parse_args()
    registrations = arguments.directory / "registrations"
    registrations.mkdir(parents=True, exist_ok=True)
    (arguments.directory / "tender.toml").write_text(tender_text(), encoding="utf-8")
    for number in range(arguments.registrations):
        (registrations / f"r{number:05d}.toml").write_text(
            registration_text(number, arguments.members), encoding="utf-8")


if __name__ == "__main__":
    main()
