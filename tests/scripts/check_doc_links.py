#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Every relative link and image in README.md and docs/*.md points at a file that exists, and
every #anchor into a Markdown file names one of its headings (GitHub's anchor rules).

  check_doc_links.py SOURCE_DIR
"""
import pathlib
import re
import sys

LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def anchors(markdown):
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to '-'."""
    found = set()
    in_code = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        if in_code or not line.startswith("#"):
            continue
        text = line.lstrip("#").strip().lower()
        text = re.sub(r"[^\w\- ]", "", text)
        found.add(text.replace(" ", "-"))
    return found


def main():
    root = pathlib.Path(sys.argv[1])
    files = [root / "README.md"] + sorted((root / "docs").rglob("*.md"))
    problems = []
    checked = 0
    for page in files:
        text = page.read_text(encoding="utf-8")
        text_without_code = re.sub(r"```.*?```", "", text, flags=re.S)
        for target in LINK.findall(text_without_code):
            if re.match(r"^[a-z]+:", target):
                continue  # http:, https:, mailto:
            path_part, _, anchor = target.partition("#")
            destination = (page.parent / path_part) if path_part else page
            checked += 1
            if not destination.exists():
                problems.append(f"{page.relative_to(root)}: link to missing {target}")
            elif anchor and destination.suffix == ".md":
                if anchor not in anchors(destination.read_text(encoding="utf-8")):
                    problems.append(f"{page.relative_to(root)}: no heading for #{anchor} "
                                    f"in {path_part or page.name}")
    for problem in problems:
        print(problem)
    print(f"{checked} links checked in {len(files)} files, {len(problems)} broken")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
