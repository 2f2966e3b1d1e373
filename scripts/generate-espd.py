#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Writes ESPD (UEA) responses in the ESPD-EDM XML format, as procurement platforms export them.

The structure follows the published ESPD-EDM response examples (v2.1.1 and v4.1.0): a UBL
QualificationApplicationResponse with the economic operator, its role (EU eo-role-type), the
procedure's ContractFolderID, every exclusion ground as a TenderingCriterion with its questions
(the answer, the ONTRUE details, the self-cleaning question) and a TenderingCriterionResponse per
answered question. It is used for the shipped examples (templates/*/espd), the test fixtures and
the benchmark's large file.

One file:
  generate-espd.py --kvk 41128790 --name "Stichting X" --role group-lead \
      --contract-folder mvs-jeugdhulp-2023 -o x.xml [--edm 2.1.1] [--yes fraud[:self-cleaning]]
Every provider of some registrations, one file per KvK number, named after it (espd/<slug>.xml):
  generate-espd.py --registration a.toml --registration b.toml --out-dir espd \
      --contract-folder ID [--yes KVK:fraud[:self-cleaning]] [--operator-kvk KVK=OTHER] [--v2 KVK]
The shipped examples: scripts/generate-template-espds.sh.
"""

import argparse
import re
import sys
import tomllib
import uuid
from pathlib import Path
from xml.sax.saxutils import escape

# (v3/v4 code, v2.1.1 code after CRITERION.EXCLUSION., name)
GROUNDS = [
    ("crime-org", "CONVICTIONS.PARTICIPATION_IN_CRIMINAL_ORGANISATION",
     "Participation in a criminal organisation"),
    ("corruption", "CONVICTIONS.CORRUPTION", "Corruption"),
    ("fraud", "CONVICTIONS.FRAUD", "Fraud"),
    ("terr-offence", "CONVICTIONS.TERRORIST_OFFENCES",
     "Terrorist offences or offences linked to terrorist activities"),
    ("finan-laund", "CONVICTIONS.MONEY_LAUNDERING", "Money laundering or terrorist financing"),
    ("human-traffic", "CONVICTIONS.CHILD_LABOUR-HUMAN_TRAFFICKING",
     "Child labour and other forms of trafficking in human beings"),
    ("tax-pay", "CONTRIBUTIONS.PAYMENT_OF_TAXES", "Payment of taxes"),
    ("socsec-pay", "CONTRIBUTIONS.PAYMENT_OF_SOCIAL_SECURITY",
     "Payment of social security contributions"),
    ("envir-law", "SOCIAL.ENVIRONMENTAL_LAW",
     "Breaching of obligations in the fields of environmental law"),
    ("socsec-law", "SOCIAL.SOCIAL_LAW", "Breaching of obligations in the fields of social law"),
    ("labour-law", "SOCIAL.LABOUR_LAW", "Breaching of obligations in the fields of labour law"),
    ("bankruptcy", "BUSINESS.BANKRUPTCY", "Bankruptcy"),
    ("insolvency", "BUSINESS.INSOLVENCY", "Insolvency"),
    ("cred-arran", "BUSINESS.CREDITORS_ARRANGEMENT", "Arrangement with creditors"),
    ("bankr-nat", "BUSINESS.BANKRUPTCY_ANALOGOUS",
     "Analogous situation like bankruptcy under national law"),
    ("liq-admin", "BUSINESS.LIQUIDATOR_ADMINISTERED", "Assets being administered by liquidator"),
    ("susp-act", "BUSINESS.ACTIVITIES_SUSPENDED", "Business activities are suspended"),
    ("prof-misconduct", "MISCONDUCT.MC_PROFESSIONAL", "Guilty of grave professional misconduct"),
    ("distorsion", "MISCONDUCT.MARKET_DISTORTION",
     "Agreements with other economic operators aimed at distorting competition"),
    ("partic-confl", "CONFLICT_OF_INTEREST.PROCEDURE_PARTICIPATION",
     "Conflict of interest due to its participation in the procurement procedure"),
    ("prep-confl", "CONFLICT_OF_INTEREST.PROCEDURE_PREPARATION",
     "Direct or indirect involvement in the preparation of this procurement procedure"),
    ("sanction", "CONFLICT_OF_INTEREST.EARLY_TERMINATION",
     "Early termination, damages or other comparable sanctions"),
    ("misrepresent", "CONFLICT_OF_INTEREST.MISINTERPRETATION",
     "Guilty of misrepresentation, withheld information, unable to provide required documents "
     "and obtained confidential information of this procedure"),
    ("nati-ground", "NATIONAL.OTHER", "Purely national exclusion grounds"),
]

ROLES_V2 = {"sole-tenderer": "SCLE", "group-lead": "SCLE", "group-mem": "GM", "oeron": "OERON",
            "oenron": "OENRON", "subcont": "OENRON"}
# A registration's roles as ESPD roles (docs/rules.md, ESP-001).
MEMBER_ROLES = {"lead": "group-lead", "member": "group-mem", "main-contractor": "sole-tenderer",
                "subcontractor": "subcont", "penvoerder": "group-lead", "lid": "group-mem",
                "hoofdaannemer": "sole-tenderer", "onderaannemer": "subcont"}


class Ids:
    """Deterministic UUIDs, so that the same arguments write the same bytes."""

    def __init__(self, seed):
        self.seed = seed
        self.count = 0

    def __call__(self):
        self.count += 1
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"tenderkit-espd:{self.seed}:{self.count}"))


def response_xml(kvk, name, role, contract_folder, edm, yes, self_cleaning, city, padding=0,
                 seed=None, only=None):
    v2 = edm.startswith("2.")
    ids = Ids(seed or f"{kvk}:{name}:{edm}")
    agency = "EU-COM-GROW" if v2 else "OP"
    out = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    w('<QualificationApplicationResponse '
      'xmlns="urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2" '
      'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
      'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n')
    w(f'  <!-- ESPD-EDM {edm} response written by tenderkit scripts/generate-espd.py -->\n')
    w(f'  <cbc:UBLVersionID schemeAgencyID="OASIS-UBL-TC">{"2.2" if v2 else "2.3"}</cbc:UBLVersionID>\n')
    if v2:
        w(f'  <cbc:CustomizationID schemeAgencyID="CEN-BII" schemeVersionID="{edm}">'
          'urn:www.cenbii.eu:transaction:biitrdm092:ver3.0</cbc:CustomizationID>\n')
    else:
        w(f'  <cbc:ProfileExecutionID schemeAgencyID="OP" schemeVersionID="{edm}">'
          f'ESPD-EDMv{edm}</cbc:ProfileExecutionID>\n')
    w(f'  <cbc:ID schemeAgencyID="TenderNed">UEA-{ids()[:8]}</cbc:ID>\n')
    w('  <cbc:CopyIndicator>false</cbc:CopyIndicator>\n')
    w(f'  <cbc:UUID schemeID="ISO/IEC 9834-8:2008 - 4UUID" schemeAgencyID="{agency}">{ids()}</cbc:UUID>\n')
    if contract_folder is not None:
        w(f'  <cbc:ContractFolderID schemeAgencyID="TenderNed">{escape(contract_folder)}</cbc:ContractFolderID>\n')
    w('  <cbc:IssueDate>2023-03-01</cbc:IssueDate>\n')
    w('  <cbc:IssueTime>10:00:00+01:00</cbc:IssueTime>\n')
    w(f'  <cbc:VersionID schemeAgencyID="{agency}" schemeVersionID="{edm}">{edm}</cbc:VersionID>\n')
    w('  <cac:ContractingParty>\n    <cac:Party>\n      <cac:PartyName>\n'
      '        <cbc:Name>Gemeenschappelijke regeling jeugdhulp</cbc:Name>\n'
      '      </cac:PartyName>\n    </cac:Party>\n  </cac:ContractingParty>\n')
    w('  <cac:EconomicOperatorParty>\n')
    if role:
        code = ROLES_V2[role] if v2 else role
        list_id = "EORoleType" if v2 else "http://publications.europa.eu/resource/authority/eo-role-type"
        w('    <cac:EconomicOperatorRole>\n')
        w(f'      <cbc:RoleCode listID="{list_id}" listAgencyID="{agency}">{code}</cbc:RoleCode>\n')
        w('    </cac:EconomicOperatorRole>\n')
    w('    <cac:Party>\n')
    w('      <cac:PartyIdentification>\n')
    w(f'        <cbc:ID schemeAgencyID="NL-KVK">{escape(kvk)}</cbc:ID>\n')
    w('      </cac:PartyIdentification>\n')
    w(f'      <cac:PartyName>\n        <cbc:Name>{escape(name)}</cbc:Name>\n      </cac:PartyName>\n')
    w('      <cac:PostalAddress>\n')
    w(f'        <cbc:CityName>{escape(city)}</cbc:CityName>\n')
    w('        <cac:Country>\n          <cbc:IdentificationCode listID="CountryCodeIdentifier">'
      f'{"NL" if v2 else "NLD"}</cbc:IdentificationCode>\n        </cac:Country>\n')
    w('      </cac:PostalAddress>\n    </cac:Party>\n  </cac:EconomicOperatorParty>\n')

    answers = []  # (property id, value, comment)
    for number, (code4, code2, title) in enumerate(GROUNDS, start=1):
        if only and code4 not in only:
            continue
        code = "CRITERION.EXCLUSION." + code2 if v2 else code4
        prefix = f"C{number}_EG_{code4}"
        pid = (lambda suffix: ids()) if v2 else (lambda suffix: f"{prefix}/{suffix}")
        w(f'  <!-- Criterion: {escape(title)} -->\n')
        w('  <cac:TenderingCriterion>\n')
        w(f'    <cbc:ID schemeID="Criterion" schemeAgencyID="{agency}">{ids()}</cbc:ID>\n')
        w(f'    <cbc:CriterionTypeCode listID="criterion" listAgencyID="{agency}">{code}</cbc:CriterionTypeCode>\n')
        w(f'    <cbc:Name>{escape(title)}</cbc:Name>\n')
        answer_id = pid("QG1/Q1")
        details = [(pid("QG1/QSG1/Q1"), "Date of conviction", "DATE"),
                   (pid("QG1/QSG1/Q2"), "Reason", "DESCRIPTION")]
        cleaning_id = pid("QG1/QSG1/QSG1/Q1")
        describe_id = pid("QG1/QSG1/QSG1/QSG1/Q1")

        def prop(indent, id_, description, data_type):
            w(f'{indent}<cac:TenderingCriterionProperty>\n')
            w(f'{indent}  <cbc:ID schemeID="Criterion" schemeAgencyID="{agency}">{id_}</cbc:ID>\n')
            w(f'{indent}  <cbc:Description>{escape(description)}</cbc:Description>\n')
            w(f'{indent}  <cbc:TypeCode listID="criterion-element-type">QUESTION</cbc:TypeCode>\n')
            w(f'{indent}  <cbc:ValueDataTypeCode listID="response-data-type">{data_type}</cbc:ValueDataTypeCode>\n')
            w(f'{indent}</cac:TenderingCriterionProperty>\n')

        w('    <cac:TenderingCriterionPropertyGroup>\n')
        w(f'      <cbc:ID schemeAgencyID="{agency}">{ids() if v2 else prefix + "/QG1"}</cbc:ID>\n')
        w('      <cbc:PropertyGroupTypeCode listID="property-group-type">ON*</cbc:PropertyGroupTypeCode>\n')
        prop('      ', answer_id, "Your answer", "INDICATOR")
        w('      <cac:SubsidiaryTenderingCriterionPropertyGroup>\n')
        w(f'        <cbc:ID schemeAgencyID="{agency}">{ids() if v2 else prefix + "/QG1/QSG1"}</cbc:ID>\n')
        w('        <cbc:PropertyGroupTypeCode listID="property-group-type">ONTRUE</cbc:PropertyGroupTypeCode>\n')
        for id_, description, data_type in details:
            prop('        ', id_, description, data_type)
        w('        <cac:SubsidiaryTenderingCriterionPropertyGroup>\n')
        w(f'          <cbc:ID schemeAgencyID="{agency}">{ids() if v2 else prefix + "/QG1/QSG1/QSG1"}</cbc:ID>\n')
        w('          <cbc:PropertyGroupTypeCode listID="property-group-type">ON*</cbc:PropertyGroupTypeCode>\n')
        prop('          ', cleaning_id,
             "Have you taken measures to demonstrate your reliability (Self-Cleaning)?", "INDICATOR")
        prop('          ', describe_id, "Please describe them", "DESCRIPTION")
        w('        </cac:SubsidiaryTenderingCriterionPropertyGroup>\n')
        w('      </cac:SubsidiaryTenderingCriterionPropertyGroup>\n')
        w('    </cac:TenderingCriterionPropertyGroup>\n')
        w('  </cac:TenderingCriterion>\n')
        applies = code4 in yes
        answers.append((answer_id, "true" if applies else "false", title))
        if applies:
            answers.append((details[0][0], ("date", "2021-06-15"), title))
            answers.append((details[1][0], ("text", "Zie toelichting in de bijlage."), title))
            cleaned = code4 in self_cleaning
            answers.append((cleaning_id, "true" if cleaned else "false", title))
            if cleaned:
                answers.append((describe_id, ("text", "Bestuur vervangen, compliance-officer "
                                              "aangesteld, schade vergoed."), title))
    for id_, value, title in answers:
        w(f'  <!-- Answer to: {escape(title)} -->\n')
        w('  <cac:TenderingCriterionResponse>\n')
        w(f'    <cbc:ID schemeID="ISO/IEC 9834-8:2008 - 4UUID" schemeAgencyID="{agency}">{ids()}</cbc:ID>\n')
        w(f'    <cbc:ValidatedCriterionPropertyID schemeAgencyID="{agency}">{id_}</cbc:ValidatedCriterionPropertyID>\n')
        w('    <cac:ResponseValue>\n')
        w(f'      <cbc:ID schemeAgencyID="{agency}">{ids()}</cbc:ID>\n')
        if isinstance(value, tuple):
            kind, text = value
            tag = "ResponseDate" if kind == "date" else "Description"
            w(f'      <cbc:{tag}>{escape(text)}</cbc:{tag}>\n')
        else:
            w(f'      <cbc:ResponseIndicator>{value}</cbc:ResponseIndicator>\n')
        w('    </cac:ResponseValue>\n')
        w('  </cac:TenderingCriterionResponse>\n')
    # Padding for the benchmark: more answered criteria of the selection kind, which the reader
    # walks but does not keep.
    number = 0
    while sum(len(part) for part in out) < padding:
        number += 1
        w('  <cac:TenderingCriterion>\n')
        w(f'    <cbc:ID schemeAgencyID="{agency}">{ids()}</cbc:ID>\n')
        w(f'    <cbc:CriterionTypeCode listID="criterion">{"CRITERION.SELECTION.ALL" if v2 else "service-perform"}</cbc:CriterionTypeCode>\n')
        w(f'    <cbc:Name>For service contracts: performance of services ({number})</cbc:Name>\n')
        w('    <cac:TenderingCriterionPropertyGroup>\n')
        w(f'      <cbc:ID schemeAgencyID="{agency}">{ids()}</cbc:ID>\n')
        pad_id = ids()
        prop('      ', pad_id, "Description of the reference", "DESCRIPTION")
        w('    </cac:TenderingCriterionPropertyGroup>\n')
        w('  </cac:TenderingCriterion>\n')
        w('  <cac:TenderingCriterionResponse>\n')
        w(f'    <cbc:ValidatedCriterionPropertyID schemeAgencyID="{agency}">{pad_id}</cbc:ValidatedCriterionPropertyID>\n')
        w('    <cac:ResponseValue>\n')
        w(f'      <cbc:Description>Referentieproject {number}: ambulante jeugdhulp in de regio.</cbc:Description>\n')
        w('    </cac:ResponseValue>\n')
        w('  </cac:TenderingCriterionResponse>\n')
    w('</QualificationApplicationResponse>\n')
    return "".join(out)


def slug(name):
    text = name.lower()
    for a, b in {"é": "e", "ë": "e", "è": "e", "ê": "e", "â": "a", "á": "a", "à": "a", "ï": "i",
                 "ö": "o", "ó": "o", "ü": "u", "ú": "u", "ç": "c", "&": "en"}.items():
        text = text.replace(a, b)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:60] or "espd"


def parse_yes(values):
    """'fraud', 'fraud:self-cleaning', or with --registration 'KVK:fraud[:self-cleaning]'."""
    result = {}
    for value in values:
        parts = value.split(":")
        kvk = parts.pop(0) if parts and parts[0].isdigit() else None
        code = parts[0]
        if code not in {g[0] for g in GROUNDS}:
            sys.exit(f"generate-espd: unknown exclusion ground '{code}'")
        cleaned = len(parts) > 1 and parts[1] == "self-cleaning"
        yes, cleaning = result.setdefault(kvk, (set(), set()))
        yes.add(code)
        if cleaned:
            cleaning.add(code)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edm", default="4.1.0", help="ESPD-EDM version: 4.1.0 (default), 3.3.0, 2.1.1")
    parser.add_argument("--contract-folder", help="the procedure's ContractFolderID")
    parser.add_argument("--yes", action="append", default=[],
                        help="an exclusion ground answered yes: CODE[:self-cleaning]; with "
                             "--registration KVK:CODE[:self-cleaning]")
    parser.add_argument("--kvk")
    parser.add_argument("--name")
    parser.add_argument("--role", choices=sorted(ROLES_V2))
    parser.add_argument("--city", default="Schiedam")
    parser.add_argument("-o", "--output")
    parser.add_argument("--grounds", help="only these exclusion grounds (comma-separated codes), "
                        "for small test files")
    parser.add_argument("--pad-to", type=int, default=0, help="grow the file to about this many bytes")
    parser.add_argument("--registration", action="append", default=[],
                        help="write one ESPD per provider (KvK) of these registration files")
    parser.add_argument("--v2", action="append", default=[],
                        help="with --registration: this KvK's response in ESPD-EDM 2.1.1")
    parser.add_argument("--out-dir", help="with --registration: the folder for the files")
    parser.add_argument("--operator-kvk", action="append", default=[],
                        help="with --registration: KVK=OTHER writes OTHER as that member's identifier")
    parser.add_argument("--print-names", action="store_true",
                        help="with --registration: print 'KVK path' per file written")
    args = parser.parse_args()
    yes = parse_yes(args.yes)
    if args.registration:
        out_dir = Path(args.out_dir or ".")
        out_dir.mkdir(parents=True, exist_ok=True)
        overrides = dict(item.split("=", 1) for item in args.operator_kvk)
        # One response per provider (KvK) and role, as the first registration names it: a
        # provider in two registrations in different roles hands in one for each.
        written = {}
        for file in args.registration:
            registration = tomllib.loads(Path(file).read_text(encoding="utf-8"))
            for member in registration.get("member", []):
                kvk = member["kvk"]
                role = MEMBER_ROLES.get(member.get("role", "member"), "group-mem")
                if role in written.get(kvk, set()):
                    continue
                suffix = f"-{role}" if kvk in written else ""
                written.setdefault(kvk, set()).add(role)
                grounds, cleaning = yes.get(kvk, (set(), set()))
                text = response_xml(overrides.get(kvk, kvk), member["name"], role,
                                    args.contract_folder, "2.1.1" if kvk in args.v2 else args.edm,
                                    grounds, cleaning, args.city)
                path = out_dir / f"{slug(member['name'])}{suffix}.xml"
                path.write_text(text, encoding="utf-8")
                if args.print_names:
                    print(kvk, path)
        return
    if not (args.kvk and args.name and args.output):
        parser.error("give --kvk, --name and -o (or --registration)")
    grounds, cleaning = yes.get(None, (set(), set()))
    text = response_xml(args.kvk, args.name, args.role, args.contract_folder, args.edm, grounds,
                        cleaning, args.city, args.pad_to,
                        only=set(args.grounds.split(",")) if args.grounds else None)
    Path(args.output).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
