#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors
"""Every sentence and label is worded once, in a module's wording.hpp (docs/architecture.md,
"Wording catalogue"). This check fails when a file under lib/src chooses between languages itself
or holds Dutch text:

- a choice on the language with a literal: `language == Language::nl ?`, `nl ? "`, `dutch ? "`,
  `Language::nl ? kDutch : kEnglish` (a label table per language);
- a pair of literals as a LocalizedText: `LocalizedText{"...", "..."}`;
- a string literal with Dutch words (two or more words, at least one of them a Dutch function word
  that English does not use), which is how Dutch text outside the catalogue shows.

Ids and keys are single words or kebab-case and never match the last rule. Files still to be
converted are listed in ALLOWED with the reason; an entry that no longer fails is reported, so the
list only shrinks.

usage: check_wording.py SOURCE_DIR [--self-test]
"""

import pathlib
import re
import sys

# Files allowed to fail for now, with the reason. Keep this list short and explain every entry.
ALLOWED = {
    # The catalogue itself: `Phrase::in` and the number format choose by language, by design.
    "lib/src/core/wording.cpp": "the catalogue's implementation (permanent)",
}

CHOICE = re.compile(
    r"Language::nl\s*\?|\b(?:nl|dutch|is_dutch|in_dutch)\s*\?\s*(?:\"|std::string\(\"|std::string_view\(\")"
)
PAIR = re.compile(r"LocalizedText\s*\{\s*\"[^\"]*\"\s*,\s*\"")
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
# Dutch words that do not occur as English words in tenderkit's texts.
DUTCH = {
    "de", "het", "een", "van", "niet", "wordt", "worden", "geen", "voor", "naar", "bij", "tot",
    "heeft", "zijn", "met", "ook", "maar", "of", "en", "op", "uit", "aan", "dat", "die", "deze",
    "mag", "moet", "kan", "wel", "nog", "als", "om", "te", "er", "dan", "jaar", "dag", "dagen",
    "maanden", "gemeente", "dienst", "lid", "leden", "inschrijving", "inschrijvingen", "pagina", "voldoen", "voldoet",
}
ENGLISH_TOO = {"of", "en", "op", "die", "te", "dat", "met", "om", "er", "bij", "tot"}


def dutch_literal(literal):
    words = re.findall(r"[A-Za-zÀ-ÿ]+", literal)
    if len(words) < 2:
        return False
    lower = [w.lower() for w in words]
    strong = [w for w in lower if w in DUTCH and w not in ENGLISH_TOO]
    return len(strong) >= 1 and sum(w in DUTCH for w in lower) >= 2


def strip_comments(text):
    # Line comments and block comments, keeping line numbers; string literals are kept.
    out = []
    i = 0
    in_string = False
    while i < len(text):
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < len(text):
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_string = False
            i += 1
            continue
        if text.startswith("//", i):
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = len(text) if end < 0 else end + 2
            out.append("\n" * text.count("\n", i, end))
            i = end
            continue
        if c == "'" and i + 2 < len(text):
            # a character literal: copy it whole ('"', '\'')
            end = text.find("'", i + 2 if text[i + 1] == "\\" else i + 1)
            if end > 0 and end - i <= 4:
                out.append(text[i : end + 1])
                i = end + 1
                continue
        if c == '"':
            in_string = True
        out.append(c)
        i += 1
    return "".join(out)


def problems_in(text):
    found = []
    code = strip_comments(text)
    for number, line in enumerate(code.split("\n"), 1):
        if CHOICE.search(line):
            found.append((number, "chooses a wording by language", line.strip()))
        if PAIR.search(line):
            found.append((number, "a Dutch/English pair of literals", line.strip()))
        for literal in LITERAL.findall(line):
            if dutch_literal(literal):
                found.append((number, "Dutch text outside a wording.hpp", f'"{literal}"'))
                break
    return found


def self_test():
    bad = [
        'return language == Language::nl ? "ja" : "yes";',
        'const char* x = nl ? "punten" : "points";',
        'return dutch ? std::string("een map") : std::string("a folder");',
        'return language == Language::nl ? kDutch : kEnglish;',
        'step = LocalizedText{"Invited", "Uitgenodigd"};',
        'out << fmt::format("{} van {} voldoen", a, b);',
        'add("INT-001", "vereiste dienst wordt door geen enkel lid geleverd");',
    ]
    good = [
        'json.field("legal_form", "main-contractor");',
        'return words::verdict.in(language);',
        '// a comment: "de dienst wordt niet geleverd"',
        'const Phrase p{"x.y", "the service", "de dienst"};  // only in wording.hpp',
        'table.key("municipality").key("service");',
        'out << fmt::format("{}: {}\\n", path, message);',
        'if (c == \'"\') { quote(); }',
    ]
    failures = [case for case in bad if not problems_in(case)]
    failures += [case for case in good[:-2] + good[-2:] if problems_in(case) and "Phrase" not in case]
    for case in failures:
        print(f"self-test: wrong verdict on: {case}")
    return 1 if failures else 0


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    if "--self-test" in argv:
        return self_test()
    root = pathlib.Path(argv[1])
    failed = False
    passing_allowed = []
    for path in sorted((root / "lib" / "src").rglob("*")):
        if path.suffix not in (".cpp", ".hpp", ".h") or path.name == "wording.hpp":
            continue
        relative = path.relative_to(root).as_posix()
        found = problems_in(path.read_text(encoding="utf-8"))
        if relative in ALLOWED:
            if not found:
                passing_allowed.append(relative)
            continue
        for number, what, where in found:
            print(f"{relative}:{number}: {what}: {where}")
            failed = True
    for relative in passing_allowed:
        print(f"{relative}: now worded through a catalogue: remove it from ALLOWED in {argv[0]}")
        failed = True
    if failed:
        print("Word sentences and labels once, in the module's wording.hpp (docs/architecture.md).")
        return 1
    print("check_wording: every sentence under lib/src is worded in a wording.hpp")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
