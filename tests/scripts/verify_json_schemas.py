#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Validates every JSON output of tenderkit against its schema in docs/schema/.

    verify_json_schemas.py SCHEMA SOURCE_DIR SCRATCH_DIR PROGRAM
    verify_json_schemas.py --coverage SOURCE_DIR

SCHEMA is the name of a schema file without `.schema.json` (tender-check, tender-score-collect,
tender-score-rank, tender-schedule, tender-match); PROGRAM is the binary that writes that output. The script

1. checks that the schema itself is a valid JSON Schema (Draft 2020-12 meta-schema);
2. runs PROGRAM on the shipped examples (templates/) and on test inputs (tests/data/), from
   SOURCE_DIR so that paths in the outputs are relative as in the docs, checks each exit code and
   validates each JSON output against the schema;
3. breaks the outputs on purpose and checks that every broken document FAILS validation, so the
   test cannot pass vacuously: every key of every object dropped in turn, and renamed in turn
   (all keys are required and no other keys are allowed), plus wrong enum values, wrong types,
   malformed dates and decimals, and a wrong "schema" number.

--coverage checks that every docs/schema/*.schema.json has cases here and is named in
docs/schema/README.md.

Needs python3-jsonschema (Debian's /usr/bin/python3); exits 77 (skipped) without it. Exits 1 when
a check fails, 2 on bad usage.
"""

import copy
import json
import os
import subprocess
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:
    print("python3-jsonschema is missing: skipped (scripts/install-deps.sh --test installs it)")
    sys.exit(77)

BRIDGING = ["--bridging-days", "templates/bridging-days.toml"]
MVS_SCORES = [f"templates/mvs/scores/{name}.toml" for name in ("devries", "bakker", "ozturk")]
SCORING = "tests/data/scoring"
LOT_SCORES = [f"{SCORING}/scores-{name}.toml" for name in ("anna", "bram", "cees")]


def cases(name, scratch):
    """(label, arguments, allowed exit codes, file the JSON is written to or None for stdout)."""
    if name == "tender-check":
        return [
            ("mvs", ["templates/mvs/tender.toml", "templates/mvs/registrations", "--format", "json"],
             {1}, None),
            ("mvs strict", ["--strict", "--format", "json", "templates/mvs/tender.toml",
                            "templates/mvs/registrations"], {1}, None),
            ("mvs to file", ["templates/mvs/tender.toml", "templates/mvs/registrations",
                             "--format", "json", "-o", f"{scratch}/check-mvs.json"], {1},
             f"{scratch}/check-mvs.json"),
            ("ijmond-zk", ["templates/ijmond-zk/tender.toml", "templates/ijmond-zk/registrations",
                           "--format", "json"], {0, 1}, None),
            ("ijmond-zk strict", ["templates/ijmond-zk/tender.toml",
                                  "templates/ijmond-zk/registrations", "--format", "json",
                                  "--strict"], {0, 1}, None),
            ("small (failing registration)", ["tests/data/small/tender.toml",
                                              "tests/data/small/registrations", "--format", "json"],
             {1}, None),
            ("small single strict", ["--strict", "--format", "json", "tests/data/small/tender.toml",
                                     "tests/data/small/single"], {1}, None),
            ("small single", ["--format", "json", "tests/data/small/tender.toml",
                              "tests/data/small/single"], {0}, None),
            ("skipped entries strict", ["--format", "json", "--strict",
                                        "tests/data/small/tender.toml",
                                        "tests/data/skipped-entries"], {1}, None),
            ("espd responses named", ["--format", "json", "tests/data/espd/tender.toml",
                                      "tests/data/espd/registrations/operator.toml",
                                      "tests/data/espd/registrations/exclusion.toml",
                                      "tests/data/espd/registrations/procedure.toml"], {1}, None),
            ("espd folder", ["--format", "json", "--espd", "tests/data/espd/folder",
                             "tests/data/espd/tender.toml",
                             "tests/data/espd/registrations/folder.toml"], {1}, None),
        ]
    if name == "tender-score-collect":
        out = f"{scratch}/scores.toml"
        # Another tender's scores go elsewhere: collect does not overwrite the scores of one
        # tender with those of another.
        scoring_out = f"{scratch}/scoring-scores.toml"
        return [
            ("mvs complete", ["collect", "--format", "json", "templates/mvs/tender.toml",
                              *MVS_SCORES, "-o", out], {0}, None),
            ("mvs two of three", ["collect", "--format", "json", "templates/mvs/tender.toml",
                                  *MVS_SCORES[:2], "-o", out], {1}, None),
            ("mvs directory", ["collect", "templates/mvs/tender.toml", "templates/mvs/scores",
                               "-o", out, "--format", "json"], {0}, None),
            ("directory with skipped entries", ["collect", "templates/mvs/tender.toml",
                                                "tests/data/skipped-forms", "-o", out,
                                                "--format", "json"], {0}, None),
            ("scoring with consensus", ["collect", "--format", "json", f"{SCORING}/tender.toml",
                                        *LOT_SCORES, f"{SCORING}/consensus.toml", "-o",
                                        scoring_out],
             {0}, None),
            ("scoring incomplete", ["collect", "--format", "json", f"{SCORING}/tender.toml",
                                    *LOT_SCORES[:2], f"{SCORING}/incomplete-cees.toml",
                                    f"{SCORING}/consensus.toml", "-o",
                                    f"{scratch}/scoring-incomplete.toml"], {1}, None),
        ]
    if name == "tender-score-rank":
        report = f"{scratch}/ranking.json"
        return [
            ("mvs", ["rank", "--format", "json", "templates/mvs/tender.toml", *MVS_SCORES], {0},
             None),
            ("mvs -o", ["rank", "templates/mvs/tender.toml", *MVS_SCORES, "--format", "json",
                              "-o", report], {0}, report),
            ("mvs incomplete", ["rank", "--format", "json", "templates/mvs/tender.toml",
                                *MVS_SCORES[:2]], {1}, None),
            ("totals apart in the 7th decimal", ["rank", "--format", "json",
                                                 "tests/data/scoring-precision/tender.toml",
                                                 "tests/data/scoring-precision/scores-anna.toml"],
             {0}, None),
            ("lots with explicit consensus", ["rank", "--format", "json", f"{SCORING}/tender.toml",
                                              *LOT_SCORES, f"{SCORING}/consensus.toml"], {0}, None),
            ("incomplete with a missing score", ["rank", "--format", "json",
                                                 f"{SCORING}/tender.toml", *LOT_SCORES[:2],
                                                 f"{SCORING}/incomplete-cees.toml",
                                                 f"{SCORING}/consensus.toml"], {1}, None),
            ("lots without consensus", ["rank", "--format", "json", f"{SCORING}/tender.toml",
                                        *LOT_SCORES], {0, 1}, None),
        ]
    if name == "tender-match":
        ijmond = ["templates/ijmond-zk/tender.toml", "templates/ijmond-zk/providers.toml"]
        mvs = ["templates/mvs/tender.toml", "templates/mvs/providers.toml"]
        report = f"{scratch}/match.json"
        return [
            ("compose ijmond-zk", ["compose", *ijmond, "--format", "json", "--alternatives", "3",
                                   "--write-registrations", f"{scratch}/proposals"], {0}, None),
            ("compose mvs to file", ["compose", *mvs, "--format", "json", "--prefer-tag",
                                     "vrijgevestigde", "-o", report], {0}, report),
            ("compose infeasible", ["compose", "templates/ijmond-zk/tender.toml",
                                    "tests/data/match/no-keurmerk.toml", "--format", "json"],
             {1}, None),
            ("complete ijmond-zk", ["complete", *ijmond,
                                    "templates/ijmond-zk/registrations/03-combinatie-zonder-keurmerk.toml",
                                    "--format", "json"], {0}, None),
            ("complete mvs addition", ["complete", *mvs,
                                       "templates/mvs/registrations/03-combinatie-zonder-flexibel-team.toml",
                                       "--format", "json"], {0}, None),
            ("complete compliant", ["complete", *ijmond,
                                    "templates/ijmond-zk/registrations/01-combinatie-jeugdzorg-kennemerland.toml",
                                    "--format", "json"], {0}, None),
            ("market ijmond-zk", ["market", *ijmond, "--format", "json"], {0}, None),
            ("market mvs received", ["market", *mvs, "--format", "json", "--registrations",
                                     "templates/mvs/registrations/01-combinatie-samen-voor-jeugd.toml"],
             {0, 1}, None),
            ("market infeasible", ["market", "templates/ijmond-zk/tender.toml",
                                   "tests/data/match/no-keurmerk.toml", "--format", "json"],
             {1}, None),
        ]
    if name == "tender-schedule":
        plan = f"{scratch}/plan.json"
        ijmond = ["templates/ijmond-zk/tender.toml", "templates/ijmond-zk/contracts.toml"]
        return [
            ("mvs", ["templates/mvs/tender.toml", "--format", "json", *BRIDGING,
                     "--as-of", "2025-01-01"], {0}, None),
            ("mvs with contracts", ["templates/mvs/tender.toml", "templates/mvs/contracts.toml",
                                    "--format", "json", *BRIDGING], {0}, None),
            ("ijmond-zk plan", [*ijmond, "--format", "json", *BRIDGING, "--as-of", "2021-06-01",
                                "-o", plan], {0}, plan),
            ("ijmond-zk re-planned against the plan",
             [*ijmond, "--format", "json", *BRIDGING, "--shift", "dialoog=+3m",
              "--shift", "gunning=-2wd", "--baseline", plan, "--as-of", "2021-06-01"], {0}, None),
            ("ijmond-zk timeline only", ["templates/ijmond-zk/tender.toml", "--format", "json",
                                         *BRIDGING, "--as-of", "2040-01-01"], {0}, None),
        ]
    raise SystemExit(f"usage: unknown schema {name!r}")


# Deliberate breakages beyond the dropped and renamed keys: (path, value). A path is a list of
# keys and indices; "*" means the first element of an array for which the rest of the path exists.
BREAKAGES = {
    "tender-check": [
        (["schema"], 2),
        (["tool"], "tender-checker"),
        (["version"], 1),
        (["strict"], "false"),
        (["summary", "errors"], -1),
        (["summary", "errors"], 1.5),
        (["registrations"], []),
        (["registrations", "*", "legal_form"], "consortium"),
        (["registrations", "*", "compliant"], 1),
        (["registrations", "*", "members", "*", "role"], "Lead"),
        (["registrations", "*", "members", "*", "kvk"], "1234567"),
        (["registrations", "*", "members", "*", "kvk"], 12345678),
        (["registrations", "*", "members", "*", "agb"], "9810441X"),
        (["registrations", "*", "members", "*", "services"], "wijkteams"),
        (["registrations", "*", "members", "*", "declaration"], None),
        (["registrations", "*", "members", "*", "espd"], "espd/zorggroep.xml"),
        (["registrations", "*", "findings", "*", "rule"], "INT-011"),
        (["registrations", "*", "findings", "*", "severity"], "info"),
        (["registrations", "*", "findings", "*", "line"], "12"),
        (["registrations", "*", "findings", "*", "line"], 0),
    ],
    "tender-score-collect": [
        (["tool"], "tender-score"),
        (["form_version"], "4498fcb4"),
        (["complete"], "yes"),
        (["complete"], False),
        (["candidates"], "4"),
        (["evaluators", "*", "in"], "true"),
        (["evaluators", "*", "source"], 7),
        (["evaluators", "*", "given"], -1),
        (["missing", "*", "criterion"], None),
        (["evaluators", "*", "id"], "has space"),
    ],
    "tender-score-rank": [
        (["schema"], 2),
        (["command"], "collect"),
        (["complete"], False),
        (["tender", "language"], "de"),
        (["preselection", "weight_kind"], "percent"),
        (["preselection", "consensus"], "average"),
        (["preselection", "scale"], [0, 2, 4]),
        (["preselection", "min_candidates"], "3"),
        (["inputs", 0, "role"], "scores"),
        (["inputs", 0, "sha256"], "abc"),
        (["summary", "cut_off_total"], 62),
        (["ranking", "*", "total"], 74.666667),
        (["ranking", "*", "total"], "74.6666670"),
        (["ranking", "*", "total"], "74.50"),
        (["ranking", "*", "total_exact"], "74.666667"),
        (["ranking", "*", "rank"], 0),
        (["ranking", "*", "criteria", "*", "consensus_basis"], "average"),
        (["ranking", "*", "criteria", "*", "scores", "*", "score"], 8),
        (["tie_break", "lots", "*", "ticket"], "not a hash"),
        (["tie_break", "resolved"], "yes"),
        (["missing", "*", "evaluator"], ""),
        (["warnings"], "none"),
    ],
    "tender-match": [
        (["schema"], 2),
        (["tool"], "tender-check"),
        (["command"], "match"),
        (["optimality", "status"], "optimal"),
        (["optimality", "best"], -1),
        (["optimality", "timed_out"], "no"),
        (["tender", "language"], "de"),
        (["proposals", "*", "legal_form"], "consortium"),
        (["proposals", "*", "members", "*", "role"], "penvoerder"),
        (["proposals", "*", "members", "*", "kvk"], "1234567"),
        (["proposals", "*", "members", "*", "municipalities"], "velsen"),
        (["proposals", "*", "member_count"], 0),
        (["additions", "*", "rules"], ["INT-011"]),
        (["additions", "*", "reason"], "delivers crisis"),
        (["legal_form_change"], "combinatie"),
        (["cells", "*", "providers"], -1),
        (["cells", "*", "kvks"], ["12345678", "23456789", "34567890"]),
        (["exclusivity"], "once"),
        (["obstacles", "*", "message"], {"en": "x"}),
        (["obstacles", "*", "kind"], "no-provider"),
        (["completed"], {}),
    ],
    "tender-schedule": [
        (["schema"], 2),
        (["as_of"], "2025-1-1"),
        (["as_of"], "01-01-2025"),
        (["tender", "language"], "NL"),
        (["contracts", "*", "care_type"], "youth care"),
        (["contracts", "*", "start"], "2023-13-01"),
        (["contracts", "*", "options_left"], "1"),
        (["contracts", "*", "next_deadline", "kind"], "start"),
        (["timeline", "*", "kind"], "stage"),
        (["timeline", "*", "shift"], "3 months"),
        (["milestones", "*", "kind"], "deadline"),
        (["milestones", "*", "weekday"], "monday"),
        (["milestones", "*", "rule"], "next-working"),
        (["milestones", "*", "date"], "2023-01-32"),
        (["milestones", "*", "contract_year"], 0),
        (["milestones", "*", "id"], "start"),
        (["baseline", "changes", "*", "days"], "3"),
        (["baseline", "changes", "*", "old"], "yesterday"),
        (["summary", "moved"], None),
    ],
}


class Failures:
    def __init__(self):
        self.messages = []

    def add(self, message):
        self.messages.append(message)
        print(f"FAIL: {message}")


def resolve(document, path):
    """The parent container and final key of `path` in `document`, or None where it is absent."""
    if not path:
        return None
    head, rest = path[0], path[1:]
    if head == "*":
        if not isinstance(document, list):
            return None
        for index in range(len(document)):
            found = resolve(document, [index, *rest])
            if found is not None:
                return found
        return None
    if isinstance(document, dict):
        if head not in document:
            return None
    elif isinstance(document, list):
        if not isinstance(head, int) or head >= len(document):
            return None
    else:
        return None
    if not rest:
        return document, head
    return resolve(document[head], rest)


def key_paths(document, prefix=()):
    """Every key of every object, as paths; of an array only the first element is walked."""
    if isinstance(document, dict):
        for key, value in document.items():
            yield (*prefix, key)
            yield from key_paths(value, (*prefix, key))
    elif isinstance(document, list) and document:
        yield from key_paths(document[0], (*prefix, 0))


def mutated(document, path, change):
    broken = copy.deepcopy(document)
    parent, key = resolve(broken, list(path))
    change(parent, key)
    return broken


def drop(parent, key):
    del parent[key]


def rename(parent, key):
    parent[f"{key}_renamed"] = parent.pop(key)


def check_breakages(name, validator, documents, failures):
    """Every broken document must fail validation; returns how many were tried."""
    tried = 0
    seen = set()
    for label, document in documents:
        for path in key_paths(document):
            shape = tuple("[]" if isinstance(part, int) else part for part in path)
            if shape in seen:
                continue
            seen.add(shape)
            for how, change in (("dropped", drop), ("renamed", rename)):
                tried += 1
                if validator.is_valid(mutated(document, path, change)):
                    failures.add(f"{name}: {label}: key {'.'.join(map(str, path))} {how}, "
                                 "yet the document still validates")
    for path, value in BREAKAGES[name]:
        for label, document in documents:
            if resolve(document, path) is None:
                continue

            def set_value(parent, key, value=value):
                parent[key] = value

            tried += 1
            broken = mutated(document, path, set_value)
            if validator.is_valid(broken):
                failures.add(f"{name}: {label}: {path} = {value!r}, yet the document still "
                             "validates")
            break
        else:
            failures.add(f"{name}: breakage path {path} exists in no output: add a case")
    return tried


def run_cases(name, source_dir, scratch, program, validator, failures):
    documents = []
    for label, arguments, exits, written in cases(name, scratch):
        if written and os.path.exists(written):
            os.remove(written)
        result = subprocess.run([program, *arguments], cwd=source_dir, capture_output=True,
                                text=True, check=False,
                                env={**os.environ, "NO_COLOR": "1", "SOURCE_DATE_EPOCH": "1700000000"})
        command = f"{os.path.basename(program)} {' '.join(arguments)}"
        if result.returncode not in exits:
            failures.add(f"{name}: {label}: `{command}` exited {result.returncode}, expected "
                         f"{sorted(exits)}\n{result.stderr}")
            continue
        text = result.stdout
        if written:
            if not os.path.exists(os.path.join(source_dir, written)):
                failures.add(f"{name}: {label}: {written} was not written")
                continue
            with open(os.path.join(source_dir, written), encoding="utf-8") as stream:
                text = stream.read()
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            failures.add(f"{name}: {label}: output is not JSON ({error})")
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors[:10]:
            where = "/".join(map(str, error.absolute_path)) or "(root)"
            failures.add(f"{name}: {label}: {where}: {error.message}")
        if not errors:
            print(f"ok: {name}: {label} (exit {result.returncode})")
        documents.append((label, document))
    return documents


def load_schema(source_dir, name):
    path = os.path.join(source_dir, "docs", "schema", f"{name}.schema.json")
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def coverage(source_dir):
    failures = Failures()
    schema_dir = os.path.join(source_dir, "docs", "schema")
    with open(os.path.join(schema_dir, "README.md"), encoding="utf-8") as stream:
        readme = stream.read()
    names = sorted(file[: -len(".schema.json")] for file in os.listdir(schema_dir)
                   if file.endswith(".schema.json"))
    if not names:
        failures.add("no schemas in docs/schema")
    for name in names:
        if name not in BREAKAGES:
            failures.add(f"{name}.schema.json has no cases in verify_json_schemas.py")
        if f"{name}.schema.json" not in readme:
            failures.add(f"{name}.schema.json is not named in docs/schema/README.md")
        schema = load_schema(source_dir, name)
        try:
            Draft202012Validator.check_schema(schema)
        except jsonschema.exceptions.SchemaError as error:
            failures.add(f"{name}.schema.json is no valid JSON Schema: {error.message}")
        if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            failures.add(f"{name}.schema.json does not declare draft 2020-12")
    for name in BREAKAGES:
        if name not in names:
            failures.add(f"cases for {name} but no docs/schema/{name}.schema.json")
    # Every command page links its schema.
    for page, schema_names in (("tender-check.md", ["tender-check"]),
                               ("tender-score.md", ["tender-score-collect", "tender-score-rank"]),
                               ("tender-schedule.md", ["tender-schedule"]),
                               ("tender-match.md", ["tender-match"])):
        with open(os.path.join(source_dir, "docs", page), encoding="utf-8") as stream:
            text = stream.read()
        for name in schema_names:
            if f"schema/{name}.schema.json" not in text:
                failures.add(f"docs/{page} does not link schema/{name}.schema.json")
    print(f"{len(names)} schemas: {', '.join(names)}")
    return failures


def main():
    arguments = sys.argv[1:]
    if len(arguments) == 2 and arguments[0] == "--coverage":
        failures = coverage(os.path.abspath(arguments[1]))
    elif len(arguments) == 4:
        name, source_dir, scratch, program = arguments
        source_dir = os.path.abspath(source_dir)
        scratch = os.path.abspath(scratch)
        program = os.path.abspath(program)
        os.makedirs(scratch, exist_ok=True)
        failures = Failures()
        schema = load_schema(source_dir, name)
        try:
            Draft202012Validator.check_schema(schema)
        except jsonschema.exceptions.SchemaError as error:
            failures.add(f"{name}.schema.json is no valid JSON Schema: {error.message}")
            return 1
        validator = Draft202012Validator(schema)
        documents = run_cases(name, source_dir, scratch, program, validator, failures)
        if documents:
            tried = check_breakages(name, validator, documents, failures)
            print(f"{name}: {len(documents)} outputs valid; {tried} broken documents tried")
        else:
            failures.add(f"{name}: no output to validate")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    if failures.messages:
        print(f"{len(failures.messages)} failure(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
