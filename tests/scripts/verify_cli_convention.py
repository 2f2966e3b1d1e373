#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors
"""Holds the --help of every tenderkit command, and of each of its subcommands, to docs/cli.md.

Usage: verify_cli_convention.py BIN_DIR DOCS_CLI_MD
       verify_cli_convention.py --self-test DOCS_CLI_MD

The convention is data: the options table of docs/cli.md between `<!-- cli-convention: options -->`
and `<!-- cli-convention: end -->` (option names, value, words its description must hold, where it
must exist), and the "before" column of its Changes table (retired spellings). Every executable
`tender-*` in BIN_DIR is checked, so a new command is held to the convention as soon as it is
built; subcommands are found in the "Subcommands:" list of a command's help.

Checked per (sub)command:
- each option of the table that the (sub)command has: the value as the table says (`FILE`, a
  choice among the table's words, or none for a flag) and the words in its description;
- the options the table says are on `every` (sub)command, or on every `command`, are there;
- no retired option (`--report`); no option but --xlsx described as writing a workbook; no option
  but -o/--output described as writing the report;
- a short name stands for the same long name in every command.
The Dutch help (`--lang nl`, docs/cli.md "The language of help") of every (sub)command is read
too, with --lang before --help for a command and after it for a subcommand, and must exit 0, have
the same options (names and values), arguments and subcommands as the English, CLI11's labels in
Dutch, and no English left: none of the English descriptions, and no line of the English help
that holds a word (only lines of option names, metavariables and example command lines are the
same in both).
--self-test runs the checks on made-up help texts that break each rule, and fails unless each is
caught (so the checks cannot pass by checking nothing).
"""

import os
import re
import subprocess
import sys
from pathlib import Path


def fail(message):
    print(f"verify_cli_convention: {message}", file=sys.stderr)
    sys.exit(1)


def read_convention(doc):
    """The options table of docs/cli.md: {name: entry} with entry names, value, words, on."""
    text = Path(doc).read_text(encoding="utf-8")
    match = re.search(r"<!-- cli-convention: options -->\n(.*?)<!-- cli-convention: end -->", text,
                      re.S)
    if not match:
        fail(f"{doc}: no options table between the cli-convention markers")
    rows = [line for line in match.group(1).splitlines() if line.startswith("|")][2:]
    entries = []
    for row in rows:
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", row)[1:-1]]
        if len(cells) < 4:
            fail(f"{doc}: a convention row has fewer than 4 cells: {row}")
        names = [name.strip().strip("`") for name in cells[0].split(",")]
        value = cells[1].strip("`").replace("\\|", "|")
        words = re.findall(r'"([^"]+)"', cells[2])
        on = cells[3]
        if on not in ("every", "command", "some"):
            fail(f"{doc}: 'on' must be every, command or some: {row}")
        entries.append({"names": names, "value": value, "words": words, "on": on})
    if not entries:
        fail(f"{doc}: the convention table is empty")
    # Retired spellings: the options named in the "before" column of the Changes table that no
    # longer exist under that name (-o).
    changes = text[text.find("## Changes"):]
    retired = set()
    for row in changes.splitlines():
        if row.startswith("| `") and "gone" in row:
            retired.update(re.findall(r"(--[a-z-]+) FILE`", row.split("|")[1]))
    if "--report" not in retired:
        fail(f"{doc}: the Changes table does not name --report as gone")
    return entries, retired


OPTION_LINE = re.compile(r"^  (-[^\s]+)(?: ([^\s]+))?(?:\s+(.*))?$")

# CLI11's labels as the help shows them in each language (cli/help_wording.hpp).
ENGLISH = {"usage": "Usage", "options": "Options", "positionals": "Positionals",
           "subcommands": "Subcommands", "subcommand": "SUBCOMMAND"}
DUTCH = {"usage": "Gebruik", "options": "Opties", "positionals": "Argumenten",
         "subcommands": "Opdrachten", "subcommand": "OPDRACHT"}


def parse_sections(text, labels=ENGLISH):
    """The parts of a CLI11 help text: the description (the lines before the usage line), the
    options [{names, value, description}], the positionals and subcommands [{name,
    description}]."""
    options = []
    positionals = []
    subcommands = []
    description = []
    section = "description"
    for line in text.splitlines():
        if line.startswith(labels["usage"] + ":"):
            section = None
            continue
        if section == "description":
            description.append(line)
            continue
        if line and not line.startswith(" "):
            section = line.rstrip(":") if line.endswith(":") else None
            continue
        if section == labels["options"]:
            match = OPTION_LINE.match(line)
            if match:
                names = match.group(1).split(",")
                value = match.group(2) or ""
                text_ = match.group(3) or ""
                options.append({"names": names, "value": value, "description": text_})
            elif options and line.strip():
                # A description on the next line (a long option text) or continued.
                options[-1]["description"] = (options[-1]["description"] + " " +
                                              line.strip()).strip()
        elif section in (labels["positionals"], labels["subcommands"]):
            entries = positionals if section == labels["positionals"] else subcommands
            match = re.match(r"^  (\S+)(?:\s.*?)?(?:\s{2,}(\S.*))?$", line)
            if match:
                entries.append({"name": match.group(1), "description": match.group(2) or ""})
            elif entries and line.strip():
                entries[-1]["description"] = (entries[-1]["description"] + " " +
                                              line.strip()).strip()
    return {"description": " ".join(part.strip() for part in description).strip(),
            "options": options, "positionals": positionals, "subcommands": subcommands}


def parse_help(text, labels=ENGLISH):
    """The options of a CLI11 help text: [{names, value, description}] and the subcommands."""
    parts = parse_sections(text, labels)
    return parts["options"], [entry["name"] for entry in parts["subcommands"]]


def check_help(label, help_text, entries, retired, is_subcommand, shorts):
    """The problems of one (sub)command's help; `shorts` collects short -> long across commands."""
    problems = []
    options, subcommands = parse_help(help_text)
    # A command that only dispatches to its subcommands (tender-score) needs only -h and
    # --version itself; its subcommands are held to the whole table.
    usage = next((line for line in help_text.splitlines() if line.startswith("Usage:")), "")
    is_group = bool(subcommands) and re.search(r"(?<!\[)SUBCOMMAND", usage) is not None
    if not options:
        return [f"{label}: no options found in --help"]
    by_name = {}
    for option in options:
        for name in option["names"]:
            by_name[name] = option
        longs = [n for n in option["names"] if n.startswith("--")]
        for name in option["names"]:
            if not name.startswith("--") and longs:
                previous = shorts.setdefault(name, (longs[0], label))
                if previous[0] != longs[0]:
                    problems.append(f"{label}: {name} is {longs[0]}, but {previous[0]} in "
                                    f"{previous[1]}")
    for entry in entries:
        present = [name for name in entry["names"] if name in by_name]
        needed = (entry["on"] == "every" and (not is_group or "-h" in entry["names"])) or (
            entry["on"] == "command" and not is_subcommand)
        if not present:
            if needed:
                problems.append(f"{label}: has no {', '.join(entry['names'])} "
                                f"(docs/cli.md: on {entry['on']})")
            continue
        option = by_name[present[0]]
        if entry["on"] == "command" and is_subcommand:
            continue
        # The names go together: -o without --output, or --output without -o, is another option.
        if sorted(option["names"]) != sorted(entry["names"]):
            problems.append(f"{label}: {','.join(option['names'])} should be "
                            f"{', '.join(entry['names'])}")
        value = entry["value"]
        if value.startswith("{"):
            allowed = set(value.strip("{}").split("|"))
            given = option["value"]
            if not (given.startswith("{") and given.endswith("}")):
                problems.append(f"{label}: {present[0]} takes {given or 'no value'}, expected a "
                                f"choice of {value}")
            else:
                unknown = set(given.strip("{}").split("|")) - allowed
                if unknown:
                    problems.append(f"{label}: {present[0]} offers {', '.join(sorted(unknown))}, "
                                    f"not in {value}")
        elif option["value"] != value:
            problems.append(f"{label}: {present[0]} takes {option['value'] or 'no value'}, "
                            f"expected {value or 'no value (a flag)'}")
        description = option["description"].lower()
        for word in entry["words"]:
            if word.lower() not in description:
                problems.append(f"{label}: {present[0]}'s description lacks \"{word}\": "
                                f"{option['description']}")
    for name in retired:
        if name in by_name:
            problems.append(f"{label}: has {name}, which is retired (docs/cli.md#changes)")
    for option in options:
        description = option["description"].lower()
        names = option["names"]
        writes = re.search(r"\b(write|writes|to write)\b", description)
        if "--xlsx" not in names and writes and "workbook" in description:
            problems.append(f"{label}: {','.join(names)} writes a workbook; that is --xlsx FILE")
        if "--output" not in names and writes and "the report" in description:
            problems.append(f"{label}: {','.join(names)} writes the report; that is -o, --output")
    return problems


def help_of(arguments):
    """The --help text of `arguments` (a command line that asks for help); it must exit 0."""
    done = subprocess.run(arguments, capture_output=True, text=True,
                          env=dict(os.environ, NO_COLOR="1", COLUMNS="200"))
    if done.returncode != 0:
        fail(f"{' '.join(arguments)}: exit {done.returncode}: {done.stderr}")
    return done.stdout


# A word as a sentence holds it: letters only (a trailing punctuation mark allowed), not an option,
# path, metavariable or value.
WORD = re.compile(r"^[A-Za-z][a-z]{2,}[,.:;)]*$")
# CLI11's English labels, which a Dutch help must not show.
ENGLISH_LABELS = ["Usage:", "[OPTIONS]", "Options:", "Positionals:", "Subcommands:", "SUBCOMMAND",
                  "REQUIRED"]


def check_dutch(label, english, dutch):
    """The problems of a (sub)command's Dutch help against its English help."""
    problems = []
    en = parse_sections(english, ENGLISH)
    nl = parse_sections(dutch, DUTCH)
    if not any(line.startswith(DUTCH["usage"] + ":") for line in dutch.splitlines()):
        problems.append(f"{label} (nl): no '{DUTCH['usage']}:' line")
    en_options = [(sorted(o["names"]), o["value"]) for o in en["options"]]
    nl_options = [(sorted(o["names"]), o["value"]) for o in nl["options"]]
    if en_options != nl_options:
        problems.append(f"{label} (nl): other options than in English: {nl_options} instead of "
                        f"{en_options}")
    for part in ("positionals", "subcommands"):
        en_names = [entry["name"] for entry in en[part]]
        nl_names = [entry["name"] for entry in nl[part]]
        if en_names != nl_names:
            problems.append(f"{label} (nl): {part} {nl_names} instead of {en_names}")
    descriptions = [en["description"]] + [entry["description"] for part in
                                          ("options", "positionals", "subcommands")
                                          for entry in en[part]]
    for description in descriptions:
        if description and description in " ".join(dutch.split()):
            problems.append(f"{label} (nl): English text left: {description}")
    dutch_lines = {line.strip() for line in dutch.splitlines()}
    for line in english.splitlines():
        words = [word for word in line.split() if WORD.match(word)]
        example = line.split()[:1] == [label.split()[0]]  # a command line, as in "Examples:"
        if words and not example and line.strip() in dutch_lines:
            problems.append(f"{label} (nl): English line left: {line.strip()}")
    for english_label in ENGLISH_LABELS:
        if re.search(r"(?<![\w-])" + re.escape(english_label) + r"(?![\w-])", dutch):
            problems.append(f"{label} (nl): CLI11's English label {english_label}")
    return problems


def self_test(entries, retired):
    """Made-up help texts that each break one rule: every one must be caught."""
    good = ("Usage: x\n\nOptions:\n"
            "  -h,--help                   Print this help message and exit\n"
            "  --version                   Display program version information and exit\n"
            "  -o,--output FILE            Write the report to FILE ('-': standard output)\n"
            "  --format {text|json}        Report format (default text)\n"
            "  --xlsx FILE                 Also write the workbook to FILE, ending in .xlsx\n"
            "  --lang {nl|en}              Language: nl or en\n"
            "  --color {auto|always|never} Colour text\n")
    broken = {
        "a retired --report": good + "  --report FILE               Write the report to FILE\n",
        "-o as the workbook": good.replace(
            "  -o,--output FILE            Write the report to FILE ('-': standard output)\n",
            "  -o,--output FILE            The workbook to write (.xlsx)\n"),
        "--xlsx without FILE": good.replace("  --xlsx FILE    ", "  --xlsx         "),
        "no --lang": good.replace("  --lang {nl|en}              Language: nl or en\n", ""),
        "no --color": good.replace("  --color {auto|always|never} Colour text\n", ""),
        "an unknown format": good.replace("{text|json}", "{text|yaml}"),
        "a workbook option not --xlsx": good + "  --sheet FILE                Write the workbook\n",
        "--output without -o": good.replace("-o,--output", "--output"),
    }
    problems = check_help("good", good, entries, retired, False, {})
    if problems:
        fail("self-test: a conforming help is refused: " + "; ".join(problems))
    for what, text in broken.items():
        if not check_help(what, text, entries, retired, False, {}):
            fail(f"self-test: {what} is not caught")
    shorts = {}
    check_help("a", good, entries, retired, False, shorts)
    other = good + "  -f,--fast                   Go fast\n"
    check_help("b", good + "  -f,--force                  Replace files\n", entries, retired, False,
               shorts)
    if not check_help("c", other, entries, retired, False, shorts):
        fail("self-test: -f meaning two long options is not caught")
    dutch_good = ("Controleer iets.\nGebruik: x [OPTIES] TENDER\n\nArgumenten:\n"
                  "  TENDER FILE                 Het aanbestedingsbestand\n\nOpties:\n"
                  "  -h,--help                   Toon deze hulptekst en stop\n"
                  "  -o,--output FILE            Schrijf het rapport naar FILE\n"
                  "  --format {text|json}        Formaat van het rapport (standaard text)\n"
                  "\nVoorbeelden:\n  x tender.toml --format json -o plan.json\n"
                  "\nAfsluitcodes:\n  0  klaar\n")
    english = ("Check something.\nUsage: x [OPTIONS] TENDER\n\nPositionals:\n"
               "  TENDER FILE                 The tender file\n\nOptions:\n"
               "  -h,--help                   Print this help message and exit\n"
               "  -o,--output FILE            Write the report to FILE\n"
               "  --format {text|json}        Report format (default text)\n"
               "\nExamples:\n  x tender.toml --format json -o plan.json\n"
               "\nExit codes:\n  0  done\n")
    dutch_broken = {
        "an English description": dutch_good.replace("Schrijf het rapport naar FILE",
                                                     "Write the report to FILE"),
        "an English app description": dutch_good.replace("Controleer iets.", "Check something."),
        "an English footer line": dutch_good.replace("  0  klaar", "  0  done"),
        "an option fewer": dutch_good.replace(
            "  -o,--output FILE            Schrijf het rapport naar FILE\n", ""),
        "another value": dutch_good.replace("{text|json}", "{text}     "),
        "another positional": dutch_good.replace("  TENDER FILE  ", "  AANBESTEDING "),
        "CLI11's English labels": dutch_good.replace("Opties:", "Options:").replace(
            "[OPTIES]", "[OPTIONS]"),
        "an English usage label": dutch_good.replace("Gebruik:", "Usage:"),
    }
    problems = check_dutch("x", english, dutch_good)
    if problems:
        fail("self-test: a conforming Dutch help is refused: " + "; ".join(problems))
    for what, text in dutch_broken.items():
        if not check_dutch(what, english, text):
            fail(f"self-test: Dutch help with {what} is not caught")
    print(f"self-test: {len(broken) + 1} broken help texts caught, the good one passes; "
          f"{len(dutch_broken)} broken Dutch help texts caught, the good one passes")


def main(argv):
    if len(argv) == 3 and argv[1] == "--self-test":
        entries, retired = read_convention(argv[2])
        self_test(entries, retired)
        return 0
    if len(argv) != 3:
        fail(__doc__.splitlines()[2])
    bin_dir, doc = Path(argv[1]), argv[2]
    entries, retired = read_convention(doc)
    commands = sorted(path for path in bin_dir.iterdir()
                      if path.name.startswith("tender-") and path.is_file()
                      and os.access(path, os.X_OK))
    if not commands:
        fail(f"no tender-* command in {bin_dir}")
    problems = []
    shorts = {}
    checked = []
    for command in commands:
        text = help_of([str(command), "--help"])
        problems += check_help(command.name, text, entries, retired, False, shorts)
        problems += check_dutch(command.name, text,
                                help_of([str(command), "--lang", "nl", "--help"]))
        checked.append(command.name)
        for subcommand in parse_help(text)[1]:
            label = f"{command.name} {subcommand}"
            sub_text = help_of([str(command), subcommand, "--help"])
            problems += check_help(label, sub_text, entries, retired, True, shorts)
            problems += check_dutch(label, sub_text,
                                    help_of([str(command), subcommand, "--help", "--lang", "nl"]))
            checked.append(label)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        fail(f"{len(problems)} departures from docs/cli.md")
    print(f"{len(checked)} commands and subcommands follow docs/cli.md, in English and Dutch: "
          f"{', '.join(checked)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
