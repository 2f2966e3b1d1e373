#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Parses tender-check's JUnit report with an XML parser and checks it against the JSON report.

Usage: verify_junit.py PROGRAM TENDER REGISTRATION... [-- EXTRA_OPTION...]
Runs PROGRAM --format junit and --format json on the same inputs and checks: the document is
well-formed XML; one testsuite per registration and one testcase per rule; the failure counts
add up; a registration fails exactly the rules its JSON findings break (errors, or also warnings
under --strict); failure texts carry the finding messages.
"""
import collections
import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

RULES = [f"INT-{n:03d}" for n in range(1, 11)] + [f"ESP-{n:03d}" for n in range(1, 5)]


def run(program, arguments):
    result = subprocess.run([program, *arguments], capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{program} {' '.join(arguments)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def main() -> int:
    program, *arguments = sys.argv[1:]
    strict = "--strict" in arguments
    root = ElementTree.fromstring(run(program, [*arguments, "--format", "junit"]))
    report = json.loads(run(program, [*arguments, "--format", "json"]))
    failures = []

    def expect(condition, message):
        if not condition:
            failures.append(message)

    expect(root.tag == "testsuites", f"root element is {root.tag}")
    suites = root.findall("testsuite")
    registrations = report["registrations"]
    expect(len(suites) == len(registrations), f"{len(suites)} suites for {len(registrations)} registrations")
    total_failures = 0
    for suite, registration in zip(suites, registrations):
        name = suite.get("name")
        expect(name == f"{registration['id']}: {registration['name']}", f"suite name {name!r}")
        cases = suite.findall("testcase")
        expect([case.get("name").split(" ")[0] for case in cases] == RULES, f"{name}: rules {cases}")
        expect(int(suite.get("tests")) == len(cases), f"{name}: tests attribute")
        breaking = collections.defaultdict(list)
        for finding in registration["findings"]:
            if finding["severity"] == "error" or strict:
                breaking[finding["rule"]].append(finding["message"])
        failed = 0
        for case in cases:
            rule = case.get("name").split(" ")[0]
            failure = case.find("failure")
            expect((failure is not None) == (rule in breaking), f"{name} {rule}: failure element")
            if failure is not None:
                failed += 1
                for message in breaking[rule]:
                    expect(message in failure.text, f"{name} {rule}: message {message!r} missing")
        expect(int(suite.get("failures")) == failed, f"{name}: failures attribute")
        expect(registration["compliant"] == (failed == 0), f"{name}: compliant vs failures")
        total_failures += failed
    expect(int(root.get("failures")) == total_failures, "testsuites failures attribute")
    for failure in failures:
        print(f"verify_junit: {failure}", file=sys.stderr)
    if not failures:
        print(f"{len(suites)} test suites, {total_failures} failures, consistent with the JSON report")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
