#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""The module order of lib/ holds (docs/architecture.md, "Modules and their order").

  check_module_order.py SOURCE_DIR     check the source tree
  check_module_order.py --self-test    check that each kind of violation is caught

The order is the first column of the table under "## Modules and their order" in
docs/architecture.md, lowest first; lib/CMakeLists.txt must declare the same modules in the same
order (its tenderkit_module() calls), so the documented order and the linked one cannot drift.
Then:
- every folder under lib/include/tenderkit/ and lib/src/ is a module of the table;
- every `#include <tenderkit/X/...>` in a module's headers and sources names the module itself
  or one below it (a header-only include would not fail the link, so the build alone cannot
  hold this);
- within a module, its parts (a header and the source of the same name are one part) include
  each other without a cycle, so each part can be understood, tested and moved on its own;
- only `cli` writes to the terminal: no other module names std::cout, std::cerr, std::clog,
  stdout or stderr, or calls printf, puts or perror (comments and string literals aside; a line
  that handles such a stream without printing says so with a `// not printing: why` comment).
"""
import pathlib
import re
import sys
import tempfile

INCLUDE = re.compile(r'^[ \t]*#[ \t]*include\s*([<"])([^>"]+)[>"]', re.M)
TENDERKIT_INCLUDE = re.compile(r"^tenderkit/([A-Za-z0-9_]+)/(.+)$")
TABLE_ROW = re.compile(r"^\|\s*`([a-z0-9_]+)`\s*\|")
CMAKE_MODULE = re.compile(r"^\s*tenderkit_module\(\s*([a-z0-9_]+)\b", re.M)
HEADING = "## Modules and their order"
TERMINAL = re.compile(r"\bstd::(cout|cerr|clog)\b|(?<![\w:])(printf|puts|perror)\s*\(|"
                      r"\b(stdout|stderr)\b")
NOT_PRINTING = "// not printing:"
CODE_NOISE = re.compile(r'//[^\n]*|/\*.*?\*/|R"\((?:.|\n)*?\)"|"(?:\\.|[^"\\\n])*"|'
                        r"'(?:\\.|[^'\\\n])*'", re.S)
PRINTING_MODULES = {"cli"}


def documented_order(architecture: pathlib.Path) -> list:
    """The module names of the table under HEADING, in row order."""
    modules = []
    in_section = False
    for line in architecture.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            in_section = line.strip() == HEADING
            continue
        if in_section:
            match = TABLE_ROW.match(line)
            if match:
                modules.append(match.group(1))
    return modules


def declared_order(cmake_lists: pathlib.Path) -> list:
    """The modules lib/CMakeLists.txt declares with tenderkit_module(), in order."""
    text = re.sub(r"#[^\n]*", "", cmake_lists.read_text(encoding="utf-8"))
    return CMAKE_MODULE.findall(text)


def module_files(root: pathlib.Path):
    """(module, part, path) for every header and source of lib/."""
    for base in (root / "lib" / "include" / "tenderkit", root / "lib" / "src"):
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.suffix in (".hpp", ".cpp", ".h", ".cc") and path.is_file():
                relative = path.relative_to(base)
                if len(relative.parts) < 2:
                    yield None, None, path
                else:
                    yield relative.parts[0], path.stem, path


def cycles(graph: dict) -> list:
    """The strongly connected components of `graph` (node -> set of nodes) with more than one
    node, each sorted: every group of parts that include each other in a circle."""
    index = {}
    low = {}
    stack = []
    on_stack = set()
    found = []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph.get(node, ())):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def check(root: pathlib.Path) -> list:
    """Every problem of the tree at `root`, as messages."""
    problems = []
    architecture = root / "docs" / "architecture.md"
    order = documented_order(architecture)
    if not order:
        return [f"{architecture}: no module table under '{HEADING}'"]
    duplicates = sorted({m for m in order if order.count(m) > 1})
    if duplicates:
        problems.append(f"{architecture}: modules listed twice: {', '.join(duplicates)}")
    cmake_lists = root / "lib" / "CMakeLists.txt"
    declared = declared_order(cmake_lists)
    if declared != order:
        problems.append(
            f"{cmake_lists}: tenderkit_module() declares {' < '.join(declared) or 'nothing'}, "
            f"but {architecture.name} orders {' < '.join(order)}: declare each module once, in "
            "the documented order")
    rank = {module: index for index, module in enumerate(order)}

    parts = {}  # module -> {part -> set of parts it includes}
    for module, part, path in module_files(root):
        where = path.relative_to(root)
        if module is None:
            problems.append(f"{where}: not in a module folder")
            continue
        if module not in rank:
            problems.append(f"{where}: '{module}' is not a module of the table in "
                            f"docs/architecture.md; add a row (and a tenderkit_module() call)")
            continue
        edges = parts.setdefault(module, {}).setdefault(part, set())
        text = path.read_text(encoding="utf-8", errors="replace")
        if module not in PRINTING_MODULES:
            lines = text.split("\n")
            # Comments and literals blanked, line breaks kept, so that line numbers stay right.
            code = CODE_NOISE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
            for number, line in enumerate(code.split("\n"), start=1):
                found = TERMINAL.search(line)
                if found and NOT_PRINTING not in lines[number - 1]:
                    problems.append(f"{where}:{number}: '{found.group(0).strip()}' in module "
                                    f"'{module}': only cli writes to the terminal; return the "
                                    "text (an Error, a Warning) and let the command print it")
        for match in INCLUDE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            target = TENDERKIT_INCLUDE.match(match.group(2))
            if target is None:
                if match.group(1) == '"':  # a private header beside the source: same module
                    edges.add(pathlib.PurePath(match.group(2)).stem)
                continue
            used = target.group(1)
            if used not in rank:
                problems.append(f"{where}:{line}: includes <{match.group(2)}>, but '{used}' is "
                                "not a module")
            elif used == module:
                edges.add(pathlib.PurePath(target.group(2)).stem)
            elif rank[used] > rank[module]:
                below = ", ".join(order[:rank[module]]) or "none"
                problems.append(f"{where}:{line}: module '{module}' includes "
                                f"<{match.group(2)}> of '{used}', which is above it (the modules "
                                f"below '{module}': {below})")
    for module in order:
        graph = {part: {p for p in used if p != part} for part, used in parts.get(module, {}).items()}
        for cycle in cycles(graph):
            problems.append(f"lib/*/{module}: its parts {', '.join(cycle)} include each other in "
                            "a cycle; move what they share into a part below them")
    return problems


def self_test() -> int:
    """Each kind of violation in a small tree is reported; the clean tree passes."""
    architecture = (f"# A\n\n{HEADING}\n\n| module | job |\n|---|---|\n| `core` | c |\n"
                    "| `model` | m |\n| `report` | r |\n\n## Next\n\n| `later` | not a module |\n")
    cmake = "# tenderkit_module(comment)\ntenderkit_module(core SOURCES a)\n" \
            "tenderkit_module(model SOURCES b)\ntenderkit_module(report SOURCES c)\n"
    clean = {
        "docs/architecture.md": architecture,
        "lib/CMakeLists.txt": cmake,
        "lib/include/tenderkit/core/error.hpp": "#pragma once\n",
        "lib/src/core/error.cpp": "#include <tenderkit/core/error.hpp>\n",
        "lib/include/tenderkit/model/tender.hpp": "#include <tenderkit/core/error.hpp>\n",
        "lib/src/model/tender.cpp": "#include <tenderkit/model/tender.hpp>\n#include <vector>\n",
        "lib/src/report/text.cpp": '#include <tenderkit/model/tender.hpp>\n#include "style.hpp"\n',
        "lib/src/report/style.hpp": "#include <tenderkit/core/error.hpp>\n",
    }
    cases = {
        "clean": ({}, None),
        "an include of a module above": (
            {"lib/include/tenderkit/model/tender.hpp": "#include <tenderkit/report/text.hpp>\n"},
            "module 'model' includes <tenderkit/report/text.hpp> of 'report', which is above"),
        "a source's include of a module above": (
            {"lib/src/core/error.cpp": "\n  #  include <tenderkit/model/tender.hpp>\n"},
            "lib/src/core/error.cpp:2: module 'core' includes"),
        "an unknown module": (
            {"lib/src/core/error.cpp": "#include <tenderkit/nowhere/x.hpp>\n"},
            "'nowhere' is not a module"),
        "a folder that is no module": (
            {"lib/src/match/match.cpp": "#include <tenderkit/core/error.hpp>\n"},
            "'match' is not a module of the table"),
        "a cycle of two parts": (
            {"lib/src/model/tender.cpp": "#include <tenderkit/model/contract.hpp>\n",
             "lib/include/tenderkit/model/contract.hpp": "#include <tenderkit/model/tender.hpp>\n"},
            "its parts contract, tender include each other in a cycle"),
        "a cycle through a private header": (
            {"lib/src/report/style.hpp": "#include <tenderkit/report/text.hpp>\n"},
            "its parts style, text include each other"),
        "a module that prints": (
            {"lib/src/model/tender.cpp": '#include <iostream>\nvoid f() { std::cerr << "x"; }\n'},
            "lib/src/model/tender.cpp:2: 'std::cerr' in module 'model'"),
        "printf in a comment or a string is no printing": (
            {"lib/src/model/tender.cpp": '// printf("x") std::cout\nconst char* s = "printf(";\n'
                                         "const char* r = R\"(stderr)\";\n"},
            None),
        "the build declares another order": (
            {"lib/CMakeLists.txt": cmake.replace("(model", "(xmodel")},
            "tenderkit_module() declares core < xmodel < report"),
    }
    failures = 0
    for name, (changes, expected) in cases.items():
        with tempfile.TemporaryDirectory() as folder:
            root = pathlib.Path(folder)
            for relative, content in {**clean, **changes}.items():
                (root / relative).parent.mkdir(parents=True, exist_ok=True)
                (root / relative).write_text(content, encoding="utf-8")
            problems = check(root)
            if expected is None:
                ok = not problems
            else:
                ok = any(expected in problem for problem in problems)
            if not ok:
                failures += 1
                print(f"check_module_order self-test: {name}: expected "
                      f"{expected or 'no problem'}, got {problems}", file=sys.stderr)
    if failures == 0:
        print(f"check_module_order self-test: {len(cases)} cases")
    return 1 if failures else 0


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1])
    problems = check(root)
    for problem in problems:
        print(f"check_module_order: {problem}", file=sys.stderr)
    if problems:
        return 1
    order = documented_order(root / "docs" / "architecture.md")
    print(f"module order holds: {' < '.join(order)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
