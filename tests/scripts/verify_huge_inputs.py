#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Hostile and huge inputs (docs/limits.md): each gives a clear error or a correct result, with
the memory of the run bounded. Runs the real commands; measures each run's peak RSS with wait4.

  verify_huge_inputs.py BIN_DIR SOURCE_DIR SCRATCH
"""
import os
import pathlib
import shutil
import subprocess
import sys
import time

BIN, SOURCE, SCRATCH = (pathlib.Path(a).resolve() for a in sys.argv[1:4])
MVS = SOURCE / "templates" / "mvs" / "tender.toml"
failures = []
# Sanitizer builds (TENDERKIT_SANITIZE) need several times the memory: there the limits are only
# printed; the normal build checks them.
CHECK_MEMORY = os.environ.get("TENDERKIT_CHECK_MEMORY", "1") != "0"


def run(args, expect, max_mb, stderr_has=None, label=""):
    """Runs a command under /usr/bin/time (its own peak RSS, not that of this Python process);
    checks its exit code, peak RSS in MB and a text in its standard error."""
    timing = SCRATCH / ".time"
    start = time.monotonic()
    process = subprocess.run(["/usr/bin/time", "-o", str(timing), "-f", "%M"]
                             + [str(a) for a in args], capture_output=True, cwd=SCRATCH,
                             env={**os.environ, "NO_COLOR": "1",
                                  "SOURCE_DATE_EPOCH": "1672531200"})
    elapsed = time.monotonic() - start
    lines = timing.read_text().split()
    peak_mb = int(lines[-1]) / 1024 if lines else float("inf")
    stderr_text = process.stderr.decode("utf-8", "replace")
    name = label or " ".join(str(a) for a in args[:2])
    ok = True
    if process.returncode not in expect:
        failures.append(f"{name}: exit {process.returncode}, expected {expect}\n{stderr_text[:2000]}")
        ok = False
    if stderr_has and stderr_has not in stderr_text:
        failures.append(f"{name}: standard error lacks {stderr_has!r}:\n{stderr_text[:2000]}")
        ok = False
    if peak_mb > max_mb and CHECK_MEMORY:
        failures.append(f"{name}: peak RSS {peak_mb:.0f} MB, limit {max_mb} MB")
        ok = False
    print(f"{'ok  ' if ok else 'FAIL'} {name}: exit {process.returncode}, {elapsed:.2f} s, "
          f"peak {peak_mb:.0f} MB")


def registration(tender_id, name, services, members=2):
    lines = [f'name = "{name}"', f'tender = "{tender_id}"', 'legal_form = "combination"', ""]
    for index in range(members):
        lines += ["[[member]]", f'name = "Lid {index}"', f'kvk = "{10000000 + index:08d}"',
                  f'role = "{"lead" if index == 0 else "member"}"',
                  "services = [" + ", ".join(f'"{s}"' for s in services) + "]",
                  "declaration = true", ""]
    return "\n".join(lines)


def main():
    if not pathlib.Path("/usr/bin/time").exists():
        print("skipped: /usr/bin/time is missing (Debian package time)")
        return 77
    shutil.rmtree(SCRATCH, ignore_errors=True)
    SCRATCH.mkdir(parents=True)
    check = BIN / "tender-check"
    mvs_services = ["specialistische-jeugdhulp", "wijkteams", "poh-jeugd", "onderwijs",
                    "flexibel-team"]

    # 1. A 100 MB TOML file: refused before it is read, in a few MB.
    huge = SCRATCH / "huge.toml"
    with open(huge, "w", encoding="utf-8") as out:
        out.write(registration("mvs-jeugdhulp-2023", "Groot", mvs_services))
        out.write("# " + "x" * 1000 + "\n" * 1)
        chunk = ("# " + "opvulling " * 100 + "\n") * 1000
        while out.tell() < 100 * 1024 * 1024:
            out.write(chunk)
    # The MVS tender is Dutch, so its registrations' errors are too.
    run([check, MVS, huge], {2}, 40, "MiB, groter dan tenderkit leest: hoogstens 64 MiB",
             "100 MB registration")

    # 2. Deeply nested arrays and inline tables: toml++'s nesting limit, reported at its place.
    deep = SCRATCH / "deep.toml"
    deep.write_text(registration("mvs-jeugdhulp-2023", "Diep", mvs_services)
                    + "extra = " + "[" * 100000 + "]" * 100000 + "\n", encoding="utf-8")
    run([check, MVS, deep], {2}, 100, "deep.toml:", "100,000 nested arrays")
    deep_tables = SCRATCH / "deep-tables.toml"
    deep_tables.write_text(registration("mvs-jeugdhulp-2023", "Diep", mvs_services)
                           + "extra = " + "{ a = " * 5000 + "1" + " }" * 5000 + "\n",
                           encoding="utf-8")
    run([check, MVS, deep_tables], {2}, 100, "deep-tables.toml:", "5,000 nested tables")

    # 3. A million-character name: a correct result; the workbook cuts it, the sheet name is
    #    valid, the JSON keeps it whole.
    long_dir = SCRATCH / "long"
    long_dir.mkdir()
    (long_dir / "lang.toml").write_text(
        registration("mvs-jeugdhulp-2023", "L" * 1_000_000, mvs_services), encoding="utf-8")
    run([check, MVS, long_dir, "--xlsx", SCRATCH / "long.xlsx", "--format", "json", "-o",
              SCRATCH / "long.json"], {0, 1}, 150, None, "a million-character name")
    if (SCRATCH / "long.json").exists():
        text = (SCRATCH / "long.json").read_text(encoding="utf-8")
        if "L" * 1_000_000 not in text:
            failures.append("a million-character name: the JSON report does not hold it whole")

    # 4. NUL bytes and invalid UTF-8: input errors with a place.
    nul = SCRATCH / "nul.toml"
    nul.write_bytes(registration("mvs-jeugdhulp-2023", "Nul", mvs_services)
                    .replace('name = "Nul"', 'name = "N\0ul"').encode())
    run([check, MVS, nul], {2}, 40, "nul.toml:1:", "a NUL byte in a string")
    latin1 = SCRATCH / "latin1.toml"
    latin1.write_bytes(registration("mvs-jeugdhulp-2023", "Zorg", mvs_services)
                       .replace('name = "Zorg"', 'name = "Zorg \xe9\xe9n"').encode("latin-1"))
    run([check, MVS, latin1], {2}, 40, "latin1.toml:1:", "invalid UTF-8")

    # 5. 10,000 registrations of 12 members: a correct result within the benchmark's bounds.
    generated = SCRATCH / "many"
    subprocess.run([sys.executable, SOURCE / "bench" / "generate_registrations.py", generated,
                    "--registrations", "10000", "--members", "12"], check=True)
    run([check, generated / "tender.toml", generated / "registrations", "--format", "json",
              "-o", SCRATCH / "many.json"], {0, 1}, 400, None, "10,000 registrations")
    if (SCRATCH / "many.json").exists():
        import json
        report = json.loads((SCRATCH / "many.json").read_text(encoding="utf-8"))
        count = len(report.get("registrations", []))
        if count != 10000:
            failures.append(f"10,000 registrations: the report holds {count}")

    # 6. A tender with 1,000 services, and a registration delivering them all: the check, its
    #    workbook (a coverage matrix 1,000 services wide) and the scoring forms.
    wide = SCRATCH / "wide"
    (wide / "registrations").mkdir(parents=True)
    tender = MVS.read_text(encoding="utf-8")
    head, _, rest = tender.partition("[[service]]")
    services = [f"dienst-{index:04d}" for index in range(1000)]
    service_blocks = "".join(f'[[service]]\nid = "{s}"\nname = "Dienst {s}"\n\n' for s in services)
    tail = rest[rest.index("[integrality]"):]
    (wide / "tender.toml").write_text(head + service_blocks + tail, encoding="utf-8")
    (wide / "registrations" / "alles.toml").write_text(
        registration("mvs-jeugdhulp-2023", "Alles", services, members=3), encoding="utf-8")
    run([check, wide / "tender.toml", wide / "registrations", "--xlsx", SCRATCH / "wide.xlsx"],
             {0, 1}, 200, None, "1,000 services: tender-check --xlsx")
    run([BIN / "tender-score", "forms", wide / "tender.toml", wide / "registrations", "--dir",
              SCRATCH / "wide-forms"], {0}, 200, None, "1,000 services: tender-score forms")

    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
