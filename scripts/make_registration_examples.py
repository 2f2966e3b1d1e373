#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Writes the shipped example registration workbooks (templates/<template>/registration-forms/).

Usage: make_registration_examples.py TENDER_CHECK [--templates DIR] [--fixtures DIR]

For each template, `tender-check --registration-form` writes the tender's blank form; this script
fills it in with openpyxl as a provider would (going by the form's hidden sheet, as tenderkit's
reader does) and saves one workbook per example. The files are committed; run this again only to
change them. Needs Debian's /usr/bin/python3 with python3-openpyxl.

  mvs/registration-forms/07-combinatie-jeugdteams-waterweg.xlsx     compliant
  mvs/registration-forms/08-hoofdaannemer-zonder-skj.xlsx           a mistake: a subcontractor
                                                                    delivers POH-jeugd without
                                                                    the SKJ/BIG registration
  ijmond-zk/registration-forms/07-combinatie-kennemerland-kust.xlsx compliant

With --fixtures DIR (tests/data/registration-forms), also the forms of the golden CLI cases:
  mvs-mistakes.xlsx   every kind of mistake a provider can make in the cells, one each
"""
import argparse
import datetime
import os
import pathlib
import subprocess
import sys
import tempfile

import openpyxl

SELF = "levert zelf"
SUB = "als onderaannemer"

# (file name, consortium, members); a member: name, KvK, AGB or None, role, declaration,
# certifications, {service: answer}, municipalities (None: all).
EXAMPLES = {
    "mvs": [
        ("07-combinatie-jeugdteams-waterweg.xlsx",
         {"id": "jeugdteams-waterweg", "name": "Jeugdteams Waterweg", "legal_form": "combinatie",
          "contact": ("M. van der Linden", "aanbesteding@jeugdteamswaterweg.nl", "010 473 2210")},
         [("Stichting Jeugdteams Nieuwe Waterweg", "41738205", "03170412", "penvoerder", True,
           ["kwaliteitssysteem", "skj-big"],
           {"specialistische-jeugdhulp": SELF, "wijkteams": SELF, "flexibel-team": SELF}, None),
          ("Stichting Kind en Huisarts Maasland", "62904418", None, "lid", True, ["skj-big"],
           {"poh-jeugd": SELF}, None),
          ("Onderwijszorg Rijnmond B.V.", "07712394", None, "lid", True, ["skj-big"],
           {"onderwijs": SELF}, None),
          ("Praktijk De Vlaardingse Linde", "83029457", "94001273", "lid", True,
           ["kwaliteitssysteem", "skj-big"], {"specialistische-jeugdhulp": SELF},
           ["vlaardingen"])]),
        ("08-hoofdaannemer-zonder-skj.xlsx",
         {"id": "", "name": "Jeugdhulp Schiedam-Maassluis", "legal_form":
          "hoofd- en onderaannemersconstructie",
          "contact": ("S. Öztürk", "s.ozturk@jeugdhulpsm.nl", "")},
         [("Jeugdhulp Schiedam-Maassluis B.V.", "52193760", "03177851", "hoofdaannemer", True,
           ["kwaliteitssysteem", "skj-big"],
           {"specialistische-jeugdhulp": SELF, "wijkteams": SELF, "onderwijs": SELF,
            "flexibel-team": SELF}, None),
          # The mistake: POH-jeugd demands the SKJ/BIG registration, which this member lacks.
          ("Huisartsenzorg Delfland Jeugd", "30664182", None, "onderaannemer", True, [],
           {"poh-jeugd": SUB}, None),
          ("Praktijk Het Kompas", "71850296", "94012288", "onderaannemer", True,
           ["kwaliteitssysteem", "skj-big"], {"specialistische-jeugdhulp": SUB},
           ["schiedam", "maassluis"])]),
    ],
    "ijmond-zk": [
        ("07-combinatie-kennemerland-kust.xlsx",
         {"id": "kennemerland-kust", "name": "Combinatie Jeugdhulp Kennemerland Kust",
          "legal_form": "combinatie",
          "contact": ("E. Bakker", "inschrijving@jeugdhulpkust.nl", "023 531 0940")},
         [("Stichting Jeugdhulp Kennemerland Kust", "40593812", "05010347", "penvoerder", True,
           ["kwaliteitssysteem", "skj-big"],
           {"dagbehandeling": SELF, "verblijf-met-behandeling": SELF,
            "verblijf-zonder-behandeling": SELF, "ambulant": SELF, "crisis": SELF}, None),
          ("Stichting Jeugdbescherming Kennemerland-IJmond", "34918276", None, "lid", True,
           ["keurmerk-jbjr"], {"jeugdreclassering": SELF, "jeugdbescherming": SELF}, None),
          ("GGZ Jeugd Zuid-Kennemerland B.V.", "61827304", "22004518", "lid", True,
           ["kwaliteitssysteem", "skj-big"], {"jeugd-ggz": SELF, "ambulant": SELF},
           ["haarlem", "heemstede", "bloemendaal", "zandvoort"]),
          ("Praktijk Duin en Zee", "78340961", "94020015", "lid", True, ["skj-big"],
           {"ambulant": SELF}, ["beverwijk", "heemskerk", "velsen"])]),
    ],
}


# A form with one mistake of each kind: a KvK number of 7 digits, an unknown role, a service
# marked "itself" for a subcontractor, text in a yes/no cell; and an empty row in between.
FIXTURES = {
    "mvs": [
        ("mvs-mistakes.xlsx",
         {"id": "", "name": "Fouten B.V.", "legal_form": "hoofd- en onderaannemersconstructie",
          "contact": ("", "", "")},
         [("Hoofd B.V.", "1234567", None, "hoofdaannemer", True, ["kwaliteitssysteem", "skj-big"],
           {"specialistische-jeugdhulp": SELF, "wijkteams": SELF}, None),
          ("Onder B.V.", "23456789", None, "onderaanemer", True, ["skj-big"],
           {"poh-jeugd": SUB}, None),
          ("Praktijk Zelf", "34567890", None, "onderaannemer", "misschien", ["skj-big"],
           {"onderwijs": SELF}, None)]),
    ],
}


def hidden_layout(workbook):
    """The form's hidden sheet: sheet names, the first member row and the columns per id."""
    meta = workbook["tenderkit"]
    layout = {"service": {}, "municipality": {}, "certification": {}}
    for row in meta.iter_rows(values_only=True):
        key = row[0]
        if key == "sheets":
            layout["sheets"] = row[1:5]
        elif key == "members":
            layout["first_row"] = int(row[1])
        elif key in layout:
            layout[key][row[1]] = row[2]
    return layout


def fill(blank: pathlib.Path, target: pathlib.Path, consortium: dict, members: list) -> None:
    workbook = openpyxl.load_workbook(blank)
    layout = hidden_layout(workbook)
    consortium_sheet, members_sheet, services_sheet, municipalities_sheet = (
        workbook[name] if name else None for name in layout["sheets"])
    consortium_sheet["B4"] = consortium["id"] or None
    consortium_sheet["B5"] = consortium["name"]
    consortium_sheet["B6"] = consortium["legal_form"]
    for cell, value in zip(("B7", "B8", "B9"), consortium["contact"]):
        consortium_sheet[cell] = value or None
    for index, (name, kvk, agb, role, declaration, certifications, services,
                municipalities) in enumerate(members):
        row = layout["first_row"] + index
        members_sheet[f"A{row}"] = name
        members_sheet[f"B{row}"] = kvk
        members_sheet[f"C{row}"] = agb
        members_sheet[f"D{row}"] = role
        members_sheet[f"E{row}"] = (declaration if isinstance(declaration, str)
                                    else "ja" if declaration else "nee")
        for certification, column in layout["certification"].items():
            members_sheet[f"{column}{row}"] = "ja" if certification in certifications else "nee"
        for service, column in layout["service"].items():
            services_sheet[f"{column}{row}"] = services.get(service, "nee")
        if municipalities is not None and municipalities_sheet is not None:
            for municipality, column in layout["municipality"].items():
                municipalities_sheet[f"{column}{row}"] = ("ja" if municipality in municipalities
                                                          else "nee")
    # Reproducible document properties (the zip entries still carry the time of writing).
    fixed = datetime.datetime(2023, 1, 1)
    workbook.properties.created = fixed
    workbook.properties.modified = fixed
    workbook.properties.creator = "tenderkit example"
    workbook.save(target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tender_check", type=pathlib.Path)
    parser.add_argument("--templates", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent / "templates")
    parser.add_argument("--fixtures", type=pathlib.Path)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tenderkit-examples-") as scratch:
        for template, examples in EXAMPLES.items():
            blank = pathlib.Path(scratch) / f"{template}.xlsx"
            subprocess.run([str(arguments.tender_check), "--registration-form", str(blank),
                            str(arguments.templates / template / "tender.toml")], check=True,
                           env=dict(os.environ, SOURCE_DATE_EPOCH="1672531200"))
            out = arguments.templates / template / "registration-forms"
            out.mkdir(exist_ok=True)
            for name, consortium, members in examples:
                fill(blank, out / name, consortium, members)
                print(out / name)
            if arguments.fixtures:
                arguments.fixtures.mkdir(parents=True, exist_ok=True)
                for name, consortium, members in FIXTURES.get(template, []):
                    fill(blank, arguments.fixtures / name, consortium, members)
                    print(arguments.fixtures / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
