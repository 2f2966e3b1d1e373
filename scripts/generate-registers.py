#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Writes the shipped provider registers of the templates (templates/<region>/providers.toml).

    generate-registers.py SOURCE_DIR          writes both registers
    generate-registers.py --check SOURCE_DIR  exit 1 when a shipped register differs

The providers are fictitious but shaped like the regions' markets (DOMAIN.md §2 and §8): a few
large foundations that deliver most services, specialised treatment and crisis centres, foster
care organisations, certified institutions for youth protection and probation (only two in
IJmond/ZK), and many independent practitioners ("vrijgevestigden") who work in one or two
municipalities and only as subcontractors. Providers that also occur in the example registrations
keep their KvK number and name there, so `tender-match complete` can complete those registrations
from the register. Everything is written from the tables below; nothing is random.
"""

import pathlib
import sys

ALL = None  # every municipality of the tender

# (name, kvk, services, subcontractor-only services, municipalities, certifications,
#  declaration, tags, may lead)
IJMOND_ZK = [
    # Large providers that can lead a combination or be main contractor.
    ("Stichting Jeugdzorg Kennemerland & IJmond", "41207785",
     ["dagbehandeling", "verblijf-met-behandeling", "verblijf-zonder-behandeling", "ambulant",
      "crisis", "jeugd-ggz"], [], ALL, ["kwaliteitssysteem", "skj-big"], True, [], True),
    ("Stichting Jeugdhulp Spaarne & Duin", "52840617",
     ["dagbehandeling", "verblijf-met-behandeling", "verblijf-zonder-behandeling", "ambulant",
      "crisis", "jeugd-ggz"], [], ALL, ["kwaliteitssysteem", "skj-big"], True, [], True),
    ("Stichting Jeugdhulp Velsen-Beverwijk", "58019263",
     ["dagbehandeling", "verblijf-met-behandeling", "verblijf-zonder-behandeling", "ambulant",
      "jeugd-ggz"], [], ["beverwijk", "heemskerk", "velsen"],
     ["kwaliteitssysteem", "skj-big"], True, [], True),
    ("Stichting Jeugd & Opvoeding Haarlem-Oost", "62290478",
     ["dagbehandeling", "verblijf-zonder-behandeling", "ambulant", "jeugd-ggz"], [],
     ["haarlem", "heemstede", "bloemendaal", "zandvoort"], ["kwaliteitssysteem", "skj-big"],
     True, [], True),
    # Treatment, residential and crisis centres.
    ("Stichting Behandelgroepen De Zeereep", "57730219",
     ["dagbehandeling", "verblijf-met-behandeling", "crisis"], [], ALL,
     ["kwaliteitssysteem", "skj-big"], True, [], True),
    ("Stichting Crisis- en Behandelcentrum Duinrand", "73390451",
     ["dagbehandeling", "verblijf-met-behandeling", "crisis"], [], ALL,
     ["kwaliteitssysteem", "skj-big"], True, [], True),
    ("Stichting Behandelcentrum Zuiderhout", "58126609",
     ["dagbehandeling", "verblijf-met-behandeling"], [], ALL, ["kwaliteitssysteem"], True, [],
     True),
    # Crisis only as a subcontractor: it cannot carry crisis care on its own (INT-002).
    ("Stichting Spoedhulp Jeugd IJmond", "75018834", ["crisis"], ["crisis"],
     ["beverwijk", "heemskerk", "velsen"], ["kwaliteitssysteem"], True, [], False),
    ("GGZ Kennemerduin Jeugd B.V.", "66021583", ["ambulant", "jeugd-ggz"], [], ALL,
     ["kwaliteitssysteem", "skj-big"], True, [], True),
    ("Stichting Jeugd-GGZ Spaarnestad", "68214407", ["ambulant", "jeugd-ggz"], [],
     ["haarlem", "heemstede", "bloemendaal", "zandvoort"], ["kwaliteitssysteem", "skj-big"],
     True, [], True),
    # Foster care and family homes.
    ("Stichting Pleegzorg & Gezinshuizen Noord-Holland", "34412906",
     ["verblijf-zonder-behandeling"], [], ALL, ["kwaliteitssysteem"], True, [], True),
    ("Stichting Gezinshuizen Kennemerland", "61178824", ["verblijf-zonder-behandeling"], [], ALL,
     ["kwaliteitssysteem"], True, [], False),
    ("Gezinshuis De Linde", "86120345", ["verblijf-zonder-behandeling"],
     ["verblijf-zonder-behandeling"], ["velsen"], ["kwaliteitssysteem"], True, ["gezinshuis"],
     False),
    # The only two certified institutions with the JB/JR quality mark: youth protection and
    # probation can be delivered by these two providers only.
    ("Stichting Gecertificeerde Instelling Kennemerkust", "41193350",
     ["jeugdreclassering", "jeugdbescherming"], [], ALL, ["keurmerk-jbjr", "kwaliteitssysteem"],
     True, ["gecertificeerde-instelling"], False),
    ("Stichting Jeugdbescherming De Vuurtoren", "09187734",
     ["jeugdreclassering", "jeugdbescherming"], [], ALL, ["keurmerk-jbjr"], True,
     ["gecertificeerde-instelling"], False),
    # Offers youth probation, but without the quality mark it cannot deliver it (INT-004).
    ("Stichting Jongerenperspectief Haarlem", "71458820", ["jeugdreclassering"], [],
     ["haarlem"], ["kwaliteitssysteem"], True, [], False),
    # A provider whose exclusion-grounds declaration is not in yet (INT-007).
    ("Stichting Jeugdhulp Kennemer Duinstreek", "67703145",
     ["ambulant", "jeugd-ggz", "dagbehandeling"], [], ALL, ["kwaliteitssysteem", "skj-big"],
     False, [], True),
    # Independent practitioners and group practices: local, one or two services, subcontractors.
    ("Kinderpraktijk De Duinroos", "81620374", ["ambulant", "jeugd-ggz"],
     ["ambulant", "jeugd-ggz"], ["bloemendaal", "zandvoort"], ["skj-big"], True,
     ["vrijgevestigde"], False),
    ("Praktijk Jeugd & Ouders Heemstede", "77045921", ["ambulant"], ["ambulant"],
     ["heemstede", "haarlem"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("GZ-psychologenpraktijk S. van Dijk-Öztürk", "85503162", ["jeugd-ggz"], ["jeugd-ggz"],
     ["haarlem"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Orthopedagogenpraktijk IJmond-Noord", "69912045", ["ambulant"], ["ambulant"],
     ["beverwijk", "heemskerk"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Psychotherapiepraktijk Zeewijk", "74836509", ["ambulant", "jeugd-ggz"],
     ["ambulant", "jeugd-ggz"], ["velsen"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Kinder- en Jeugdpsychologen Schalkwijk", "82247310", ["ambulant", "jeugd-ggz"],
     ["ambulant", "jeugd-ggz"], ["haarlem"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Jeugdpraktijk Heemskerk-Dorp", "83310956", ["ambulant", "jeugd-ggz"],
     ["ambulant", "jeugd-ggz"], ["heemskerk"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Praktijk voor Speltherapie Het Zandkasteel", "84471209", ["ambulant"], ["ambulant"],
     ["zandvoort"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Gezinspraktijk Bloemendaal-Overveen", "87703318", ["ambulant"], ["ambulant"],
     ["bloemendaal"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Orthopedagogiek Velsen-Zuid", "88105562", ["ambulant"], ["ambulant"], ["velsen"],
     ["skj-big"], True, ["vrijgevestigde"], False),
    ("Kindertherapeuten Beverwijk", "79912204", ["ambulant", "jeugd-ggz"],
     ["ambulant", "jeugd-ggz"], ["beverwijk"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Praktijk Jong & Zorg Heemstede", "80356617", ["jeugd-ggz"], ["jeugd-ggz"],
     ["heemstede"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Psychologenpraktijk Haarlem-Noord", "81299043", ["ambulant", "jeugd-ggz"],
     ["ambulant", "jeugd-ggz"], ["haarlem"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Ouder- en Kindpraktijk Santpoort", "86647720", ["ambulant"], ["ambulant"],
     ["velsen", "bloemendaal"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Jeugdpsychiatrie Praktijk Kennemerland", "78820196", ["jeugd-ggz"], ["jeugd-ggz"],
     ["haarlem", "heemstede", "bloemendaal"], ["skj-big"], True, ["vrijgevestigde"], False),
    # A cooperative of independent practitioners: one KvK number, one member, may be a member.
    ("Coöperatie Vrijgevestigden Jeugd Kennemerland U.A.", "89012457",
     ["ambulant", "jeugd-ggz"], [], ["haarlem", "heemstede", "bloemendaal", "zandvoort"],
     ["skj-big"], True, ["vrijgevestigde", "cooperatie"], False),
]

MVS = [
    ("Stichting Jeugd & Gezin Zuid-Holland", "41128790",
     ["specialistische-jeugdhulp", "wijkteams", "onderwijs", "flexibel-team"], [], ALL,
     ["kwaliteitssysteem", "skj-big"], True, [], True),
    ("Stichting Kinder- en Jeugdpsychiatrie Waterweg", "62417735",
     ["specialistische-jeugdhulp", "onderwijs", "flexibel-team"], [], ALL,
     ["kwaliteitssysteem", "skj-big"], True, [], True),
    ("Stichting Jeugdhulp Delta-Rijnmond", "51203498",
     ["specialistische-jeugdhulp", "wijkteams"], [], ALL, ["kwaliteitssysteem", "skj-big"],
     True, [], True),
    ("Stichting Zorgpartners Jeugd Vlaardingen", "34790021",
     ["specialistische-jeugdhulp", "wijkteams", "onderwijs"], [], ["vlaardingen", "schiedam"],
     ["kwaliteitssysteem", "skj-big"], True, [], True),
    ("Stichting GGZ Kind & Jeugd Schiedam", "63305589",
     ["specialistische-jeugdhulp", "onderwijs"], [], ALL, ["kwaliteitssysteem", "skj-big"], True,
     [], True),
    ("Stichting Jeugdzorg Nieuwe Maas", "58810264", ["specialistische-jeugdhulp", "wijkteams"],
     [], ALL, ["kwaliteitssysteem", "skj-big"], True, [], True),
    ("Stichting Kind & Gezin Maasland", "27169950",
     ["specialistische-jeugdhulp", "wijkteams", "poh-jeugd"], [], ["maassluis"],
     ["kwaliteitssysteem", "skj-big"], True, [], True),
    ("Orthopedagogisch Centrum De Wâl", "70245518", ["specialistische-jeugdhulp", "onderwijs"],
     [], ALL, ["kwaliteitssysteem", "skj-big"], True, [], True),
    # Neighbourhood teams.
    ("Stichting Buurtteams Drie Steden", "58873012", ["wijkteams"], [], ALL, ["skj-big"], True,
     [], True),
    ("Stichting Welzijn & Wijkteams Maasland", "41019876", ["wijkteams"], [],
     ["maassluis", "vlaardingen"], ["skj-big"], True, [], True),
    ("Stichting Buurtwerk Vlaardingen", "41146071", ["wijkteams", "poh-jeugd"], [],
     ["vlaardingen"], ["skj-big"], True, [], True),
    ("Stichting Welzijn Maassluis", "41144385", ["wijkteams", "poh-jeugd", "onderwijs"], [],
     ["maassluis"], ["skj-big"], True, [], True),
    # GP cooperatives and practices (POH-jeugd).
    ("Huisartsencoöperatie De Drie Steden U.A.", "24388101", ["poh-jeugd"], [], ALL,
     ["skj-big"], True, ["huisartsen"], True),
    ("Coöperatie Huisartsen Rijnmond-West U.A.", "72004156", ["poh-jeugd"], [], ALL,
     ["skj-big"], True, ["huisartsen"], True),
    ("Huisartsen Vlaardingen-Schiedam Coöperatie U.A.", "75561093", ["poh-jeugd"], [],
     ["vlaardingen", "schiedam"], ["skj-big"], True, ["huisartsen"], True),
    ("Huisartsenpraktijk Het Sluisje", "06412287", ["poh-jeugd"], ["poh-jeugd"], ["maassluis"],
     ["skj-big"], True, ["huisartsen", "vrijgevestigde"], False),
    ("Gezondheidscentrum De Kethel", "53118840", ["poh-jeugd"], ["poh-jeugd"], ["schiedam"],
     ["skj-big"], True, ["huisartsen"], False),
    ("Huisartsenpraktijk ’s-Gravenland", "30127745", ["poh-jeugd"], ["poh-jeugd"], ["schiedam"],
     ["skj-big"], True, ["huisartsen", "vrijgevestigde"], False),
    ("Praktijk Één, jeugd- en gezinspraktijk", "70551234", ["poh-jeugd"], ["poh-jeugd"],
     ["vlaardingen", "schiedam"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Huisartsenzorg Jeugd Schiedam B.V.", "83315620", ["poh-jeugd", "onderwijs"], [],
     ["schiedam"], ["skj-big"], True, ["huisartsen"], True),
    # Education.
    ("Stichting Schoolmaatschappelijk Werk Maasmond", "27190345", ["onderwijs"], [], ALL,
     ["skj-big"], True, [], False),
    ("Onderwijszorg Waterweg B.V.", "84120036", ["onderwijs"], ["onderwijs"],
     ["vlaardingen", "maassluis"], ["skj-big"], True, [], False),
    # Independent practitioners.
    ("Orthopedagogenpraktijk Kindkracht", "80234417", ["specialistische-jeugdhulp"],
     ["specialistische-jeugdhulp"], ["vlaardingen"], ["kwaliteitssysteem", "skj-big"], True,
     ["vrijgevestigde"], False),
    ("Praktijk voor Jeugd Ëlzenhof", "76660132", ["specialistische-jeugdhulp", "onderwijs"],
     ["specialistische-jeugdhulp", "onderwijs"], ["schiedam"], ["kwaliteitssysteem", "skj-big"],
     True, ["vrijgevestigde"], False),
    ("Kinderpsychologen Holy", "85519904", ["specialistische-jeugdhulp"],
     ["specialistische-jeugdhulp"], ["vlaardingen"], ["skj-big"], True, ["vrijgevestigde"],
     False),
    ("Gezinstherapie Maassluis-Centrum", "86033178", ["onderwijs"], ["onderwijs"],
     ["maassluis"], ["skj-big"], True, ["vrijgevestigde"], False),
    ("Speltherapiepraktijk De Vlinder", "87261145", ["specialistische-jeugdhulp"],
     ["specialistische-jeugdhulp"], ["schiedam", "vlaardingen"],
     ["kwaliteitssysteem", "skj-big"], True, ["vrijgevestigde"], False),
    ("Jeugdpraktijk Westwijk", "88492016", ["onderwijs"], ["onderwijs"], ["vlaardingen"],
     ["skj-big"], True, ["vrijgevestigde"], False),
]

HEADERS = {
    "ijmond-zk": """\
# =============================================================================
# Aanbiedersregister / provider register – IJmond en Zuid-Kennemerland
# =============================================================================
#
# De aanbieders die de regio kent, voor tender-match: welke combinaties kan deze
# markt vormen, wat ontbreekt er aan een inschrijving, en hoeveel concurrerende
# combinaties blijven er over? Fictieve aanbieders, gevormd naar de markt van de
# regio: enkele grote stichtingen, behandel- en crisiscentra, pleegzorg, precies
# twee gecertificeerde instellingen met het keurmerk JB/JR, en vrijgevestigden
# die in één of twee gemeenten werken en alleen als onderaannemer meedoen.
# The providers the region knows, for tender-match. Fictitious, shaped like the
# region's market: exactly two certified institutions can deliver youth
# protection and probation, which caps the number of competing consortia.
#
#   tender-match compose tender.toml providers.toml
#   tender-match market tender.toml providers.toml
#
# Every key: docs/input-format.md ("The provider register") in
# /usr/share/doc/tenderkit. Generated by scripts/generate-registers.py.
""",
    "mvs": """\
# =============================================================================
# Aanbiedersregister / provider register – Maassluis, Vlaardingen, Schiedam
# =============================================================================
#
# De aanbieders die de regio kent, voor tender-match. Fictieve aanbieders,
# gevormd naar de markt van de regio: jeugdhulporganisaties, wijkteams,
# huisartsencoöperaties en -praktijken (POH-jeugd), schoolmaatschappelijk werk
# en vrijgevestigden. Het flexibele team van jeugdhulpspecialisten kunnen maar
# twee aanbieders leveren.
# The providers the region knows, for tender-match. Fictitious, shaped like the
# region's market; only two providers can staff the flexible team.
#
#   tender-match compose tender.toml providers.toml
#   tender-match market tender.toml providers.toml
#
# Every key: docs/input-format.md ("The provider register") in
# /usr/share/doc/tenderkit. Generated by scripts/generate-registers.py.
""",
}

TENDERS = {"ijmond-zk": "ijmond-zk-jeugdhulp-2023", "mvs": "mvs-jeugdhulp-2023"}


def toml_list(values):
    return "[" + ", ".join(f'"{value}"' for value in values) + "]"


def render(region, providers):
    kvks = [provider[1] for provider in providers]
    assert len(set(kvks)) == len(kvks), f"{region}: a KvK number occurs twice"
    lines = [HEADERS[region], f'tender = "{TENDERS[region]}"', ""]
    for (name, kvk, services, sub_only, municipalities, certifications, declaration, tags,
         may_lead) in providers:
        assert set(sub_only) <= set(services), f"{name}: subcontractor_only outside services"
        lines.append("[[provider]]")
        lines.append(f'name = "{name}"')
        lines.append(f'kvk = "{kvk}"')
        if not may_lead:
            lines.append("may_lead = false")
        lines.append(f"services = {toml_list(services)}")
        if sub_only:
            lines.append(f"subcontractor_only = {toml_list(sub_only)}")
        if municipalities is not None:
            lines.append(f"municipalities = {toml_list(municipalities)}")
        lines.append(f"certifications = {toml_list(certifications)}")
        lines.append(f"declaration = {'true' if declaration else 'false'}")
        if tags:
            lines.append(f"tags = {toml_list(tags)}")
        lines.append("")
    return "\n".join(lines)


def main(argv):
    check = "--check" in argv
    args = [arg for arg in argv if arg != "--check"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    source = pathlib.Path(args[0])
    status = 0
    for region, providers in (("ijmond-zk", IJMOND_ZK), ("mvs", MVS)):
        target = source / "templates" / region / "providers.toml"
        text = render(region, providers)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{target} differs from scripts/generate-registers.py", file=sys.stderr)
                status = 1
        else:
            target.write_text(text, encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
