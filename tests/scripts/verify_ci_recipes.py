#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Checks the CI recipes of docs/ci.md against the real tender-check.

    verify_ci_recipes.py gitlab SOURCE_DIR SCRATCH_DIR TENDER_CHECK
    verify_ci_recipes.py github-actions SOURCE_DIR SCRATCH_DIR TENDER_CHECK
    verify_ci_recipes.py docs SOURCE_DIR

gitlab / github-actions: parses docs/ci/gitlab-ci.yml or docs/ci/github-actions.yml with PyYAML
and checks

1. the structure: a Debian 12 job; the JUnit report the command writes (-o) is the one published
   (GitLab `artifacts: reports: junit:` with `when: always`; GitHub mikepenz/action-junit-report
   and actions/upload-artifact, both also after a failure);
2. every `tender-check ...` command in the recipe's shell code: its variables are defined by the
   recipe, and the real binary accepts its options: run on templates/mvs it exits 0 or 1, never 2;
3. the check script itself, run with bash as the CI runner runs it (errexit, pipefail) and the
   real tender-check on PATH: exit 1 and a JUnit report when a registration is not compliant
   (templates/mvs), exit 0 and a report when all are (tests/data/small/single), exit 2 and no
   report with the invalid-input message on broken registrations (tests/data/bad/registrations).

docs: docs/ci.md holds both files verbatim and links docs/exit-codes.md.

Needs python3-yaml (Debian's /usr/bin/python3); exits 77 (skipped) without it. Exits 1 when a
check fails, 2 on bad usage.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

try:
    import yaml
except ImportError:
    print("python3-yaml is missing: skipped (scripts/install-deps.sh --test installs it)")
    sys.exit(77)

RECIPES = {"gitlab": "docs/ci/gitlab-ci.yml", "github-actions": "docs/ci/github-actions.yml"}
# The inputs the check script is run on, and what it must do: (label, tender, registrations,
# exit code, whether a JUnit report is written, text the log must hold).
SCENARIOS = [
    ("not compliant", "templates/mvs/tender.toml", "templates/mvs/registrations", 1, True,
     "not compliant (exit 1)"),
    ("compliant", "tests/data/small/tender.toml", "tests/data/small/single", 0, True,
     "every registration is compliant"),
    ("invalid input", "tests/data/small/tender.toml", "tests/data/bad/registrations", 2, False,
     "invalid input or usage (exit 2)"),
]

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}")


def expect(condition, message):
    if not condition:
        fail(message)
    return bool(condition)


def gitlab_parts(document):
    """(variables, shell texts of the job, the check script, the published JUnit path)."""
    job = document.get("tender-check")
    if not expect(isinstance(job, dict), "gitlab: no job 'tender-check'"):
        return {}, [], "", None
    expect(job.get("image") == "debian:12", f"gitlab: image is {job.get('image')!r}, not debian:12")
    artifacts = job.get("artifacts", {})
    expect(artifacts.get("when") == "always", "gitlab: artifacts are not kept when the job fails "
           "(artifacts: when: always)")
    junit = artifacts.get("reports", {}).get("junit")
    expect(junit is not None, "gitlab: no artifacts: reports: junit:")
    expect(junit in artifacts.get("paths", []), "gitlab: the JUnit report is not in artifacts: paths")
    variables = {**document.get("variables", {}), **job.get("variables", {})}
    before = job.get("before_script", [])
    script = job.get("script", [])
    expect(script, "gitlab: the job has no script")
    return variables, [*before, *script], "\n".join(script), junit


def github_parts(document):
    triggers = document.get("on", document.get(True))  # YAML 1.1 reads a bare `on` as true
    expect(triggers, "github-actions: no `on:` triggers")
    job = document.get("jobs", {}).get("tender-check")
    if not expect(isinstance(job, dict), "github-actions: no job 'tender-check'"):
        return {}, [], "", None
    container = job.get("container")
    image = container.get("image") if isinstance(container, dict) else container
    expect(image == "debian:12", f"github-actions: container is {image!r}, not debian:12")
    expect(document.get("permissions", {}).get("checks") == "write",
           "github-actions: the check run needs `permissions: checks: write`")
    steps = job.get("steps", [])
    check = next((step for step in steps if step.get("id") == "check"), None)
    if not expect(check is not None, "github-actions: no step with id 'check'"):
        return {}, [], "", None
    expect(check.get("shell") == "bash", "github-actions: the check step does not say shell: bash")
    uses = {step.get("uses", "").split("@")[0]: step for step in steps}
    expect("actions/checkout" in uses, "github-actions: no actions/checkout step")
    junit = None
    report = uses.get("mikepenz/action-junit-report")
    if expect(report is not None, "github-actions: no mikepenz/action-junit-report step"):
        junit = report.get("with", {}).get("report_paths")
        expect(junit, "github-actions: the JUnit action has no report_paths")
        expect("!cancelled()" in report.get("if", ""),
               "github-actions: the JUnit report is not published after a failure")
    upload = uses.get("actions/upload-artifact")
    if expect(upload is not None, "github-actions: no actions/upload-artifact step"):
        expect(junit and junit in upload.get("with", {}).get("path", ""),
               "github-actions: the JUnit report is not uploaded")
        expect("!cancelled()" in upload.get("if", ""),
               "github-actions: the reports are not uploaded after a failure")
    variables = {**document.get("env", {}), **job.get("env", {}), **check.get("env", {})}
    shells = [step["run"] for step in steps if "run" in step]
    return variables, shells, check["run"], junit


def tender_check_commands(shell_text):
    """Every tender-check command in shell code: its words, up to the first shell operator."""
    joined = re.sub(r"\\\n", " ", shell_text)
    commands = []
    for line in joined.splitlines():
        line = line.strip()
        if line.startswith("#"):
            continue
        match = re.search(r"(^|[;&|(]\s*|\bthen\s+|\bdo\s+)(tender-check\s.*)$", line)
        if not match:
            continue
        lexer = shlex.shlex(match.group(2), posix=True, punctuation_chars=";&|<>()")
        lexer.whitespace_split = True
        words = []
        for word in lexer:
            if word and set(word) <= set(";&|<>()"):
                break
            words.append(word)
        commands.append(words)
    return commands


def expand(word, variables, where):
    def replace(match):
        name = match.group(1) or match.group(2)
        if name not in variables:
            fail(f"{where}: ${name} is not defined by the recipe")
            return ""
        return str(variables[name])

    return re.sub(r"\$\{(\w+)\}|\$(\w+)", replace, word)


def check_commands(recipe, variables, shells, program, source_dir, scratch):
    commands = [words for text in shells for words in tender_check_commands(text)]
    expect(len(commands) >= 2, f"{recipe}: found {len(commands)} tender-check commands")
    inputs = {**variables, "TENDER_FILE": os.path.join(source_dir, "templates/mvs/tender.toml"),
              "REGISTRATIONS": os.path.join(source_dir, "templates/mvs/registrations")}
    expect("TENDER_FILE" in variables and "REGISTRATIONS" in variables,
           f"{recipe}: TENDER_FILE and REGISTRATIONS are not set by the recipe")
    formats = set()
    for words in commands:
        where = f"{recipe}: `{' '.join(words)}`"
        arguments = [expand(word, inputs, where) for word in words[1:]]
        if "--format" in arguments:
            formats.add(arguments[arguments.index("--format") + 1])
        result = subprocess.run([program, *arguments], cwd=scratch, capture_output=True, text=True,
                                check=False)
        if expect(result.returncode in (0, 1),
                  f"{where} exited {result.returncode} on templates/mvs (0 or 1 expected): "
                  f"{result.stderr.strip()}"):
            print(f"ok: {where} exits {result.returncode}")
    expect("junit" in formats, f"{recipe}: no tender-check --format junit")


def junit_output(script):
    for words in tender_check_commands(script):
        if "--format" in words and words[words.index("--format") + 1] == "junit":
            for option in ("-o", "--output"):
                if option in words:
                    return words[words.index(option) + 1]
    return None


def run_script(recipe, script, junit, program, source_dir, scratch):
    bin_dir = os.path.join(scratch, "bin")
    os.makedirs(bin_dir, exist_ok=True)
    link = os.path.join(bin_dir, "tender-check")
    if os.path.lexists(link):
        os.remove(link)
    os.symlink(program, link)
    for label, tender, registrations, status, report, message in SCENARIOS:
        work = os.path.join(scratch, re.sub(r"\W+", "-", label))
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        output_file = os.path.join(work, "github-output")
        summary_file = os.path.join(work, "step-summary")
        env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": work, "LANG": "C.UTF-8",
               "TENDER_FILE": os.path.join(source_dir, tender),
               "REGISTRATIONS": os.path.join(source_dir, registrations),
               "GITHUB_OUTPUT": output_file, "GITHUB_STEP_SUMMARY": summary_file}
        # GitLab runs the script in one shell with errexit; GitHub's `shell: bash` is
        # `bash --noprofile --norc -eo pipefail {0}`.
        result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                                cwd=work, env=env, capture_output=True, text=True, check=False)
        log = result.stdout + result.stderr
        where = f"{recipe}: check script, {label}"
        ok = expect(result.returncode == status,
                    f"{where}: exit {result.returncode}, expected {status}\n{log}")
        ok &= expect(message in log, f"{where}: the log lacks {message!r}\n{log}")
        report_path = os.path.join(work, junit) if junit else None
        if report:
            if expect(report_path and os.path.exists(report_path), f"{where}: no {junit} written"):
                root = ElementTree.parse(report_path).getroot()
                ok &= expect(root.tag == "testsuites" and root.findall("testsuite"),
                             f"{where}: {junit} is no JUnit report")
        else:
            ok &= expect(not (report_path and os.path.exists(report_path)),
                         f"{where}: a report was written despite invalid input")
        if recipe == "github-actions":
            with open(output_file, encoding="utf-8") if os.path.exists(output_file) else \
                    open(os.devnull, encoding="utf-8") as stream:
                ok &= expect(f"exit-code={status}" in stream.read(),
                             f"{where}: $GITHUB_OUTPUT lacks exit-code={status}")
            if report:
                with open(summary_file, encoding="utf-8") if os.path.exists(summary_file) else \
                        open(os.devnull, encoding="utf-8") as stream:
                    ok &= expect(stream.read().startswith(
                                     # the title in the tender's language (English or Dutch)
                                     ("# Integrality check", "# Integraliteitstoets")),
                                 f"{where}: the job summary is not the Markdown report")
        if ok:
            print(f"ok: {where}: exit {status}")


def check_docs(source_dir):
    with open(os.path.join(source_dir, "docs", "ci.md"), encoding="utf-8") as stream:
        page = stream.read()
    for recipe, path in RECIPES.items():
        with open(os.path.join(source_dir, path), encoding="utf-8") as stream:
            text = stream.read()
        expect(f"```yaml\n{text}```" in page, f"docs/ci.md does not hold {path} verbatim")
        expect(f"]({os.path.relpath(path, 'docs')})" in page, f"docs/ci.md does not link {path}")
    expect("](exit-codes.md)" in page, "docs/ci.md does not link exit-codes.md")


def main():
    arguments = sys.argv[1:]
    if len(arguments) == 2 and arguments[0] == "docs":
        check_docs(os.path.abspath(arguments[1]))
    elif len(arguments) == 4 and arguments[0] in RECIPES:
        recipe, source_dir, scratch, program = arguments
        source_dir, scratch, program = map(os.path.abspath, (source_dir, scratch, program))
        os.makedirs(scratch, exist_ok=True)
        with open(os.path.join(source_dir, RECIPES[recipe]), encoding="utf-8") as stream:
            document = yaml.safe_load(stream)
        parts = gitlab_parts if recipe == "gitlab" else github_parts
        variables, shells, script, published = parts(document)
        if script:
            check_commands(recipe, variables, shells, program, source_dir, scratch)
            junit = junit_output(script)
            expect(junit is not None, f"{recipe}: the check script writes no JUnit report (-o)")
            expect(junit == published,
                   f"{recipe}: the script writes {junit!r} but {published!r} is published")
            run_script(recipe, script, junit, program, source_dir, scratch)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
