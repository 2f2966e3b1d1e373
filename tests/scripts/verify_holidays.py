#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Checks tenderkit's Dutch general holidays against independent implementations.

    verify_holidays.py PRINT_HOLIDAYS

PRINT_HOLIDAYS is the test tool that prints "YYYY-MM-DD name_en" per general holiday. Checked:

- Easter Sunday 1900-2200 against dateutil.easter (the Gregorian method);
- every holiday 1900-2200, and separately those on a weekday 2000-2040 (the ones that move
  deadlines), against python3-holidays' holidays.Netherlands after its two documented differences
  (docs/calendar.md): Good Friday added, Liberation Day every year from 1945 instead of only in
  lustrum years. Both differences are applied as unions, so a later python-holidays that already
  has them compares the same.

Exits 77 (skipped) when python3-holidays or python3-dateutil is missing.
"""

import datetime
import subprocess
import sys

try:
    import holidays
    from dateutil.easter import easter
except ImportError as error:
    print(f"skipped: {error} (scripts/install-deps.sh --test installs python3-holidays)")
    sys.exit(77)

FIRST_YEAR, LAST_YEAR = 1900, 2200
WEEKDAY_FIRST, WEEKDAY_LAST = 2000, 2040

# python-holidays' Dutch names, in the English tenderkit prints.
ENGLISH = {
    "Nieuwjaarsdag": "New Year's Day",
    "Eerste paasdag": "Easter Sunday",
    "Tweede paasdag": "Easter Monday",
    "Koningsdag": "King's Day",
    "Koninginnedag": "Queen's Day",
    "Bevrijdingsdag": "Liberation Day",
    "Hemelvaart": "Ascension Day",
    "Eerste Pinksterdag": "Whit Sunday",
    "Tweede Pinksterdag": "Whit Monday",
    "Eerste Kerstdag": "Christmas Day",
    "Tweede Kerstdag": "Boxing Day",
}


def tenderkit_holidays(tool):
    output = subprocess.run([tool, str(FIRST_YEAR), str(LAST_YEAR)], check=True,
                            capture_output=True, text=True).stdout
    found = set()
    for line in output.splitlines():
        iso, name = line.split(" ", 1)
        found.add((datetime.date.fromisoformat(iso), name))
    return found


def reference_holidays():
    found = set()
    for day, names in holidays.Netherlands(years=range(FIRST_YEAR, LAST_YEAR + 1)).items():
        # Two holidays on one day come as "A, B".
        for name in names.split(", "):
            if name not in ENGLISH:
                raise SystemExit(f"python-holidays has a holiday this script does not know: {name}")
            found.add((day, ENGLISH[name]))
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        found.add((easter(year) - datetime.timedelta(days=2), "Good Friday"))
        if year >= 1945:
            found.add((datetime.date(year, 5, 5), "Liberation Day"))
    return found


def describe(entries):
    return "\n".join(f"  {day.isoformat()} {day.strftime('%a')} {name}"
                     for day, name in sorted(entries))


def compare(what, ours, theirs):
    missing, extra = theirs - ours, ours - theirs
    if not missing and not extra:
        print(f"ok: {what}: {len(ours)} holidays agree")
        return True
    print(f"FAIL: {what}")
    if missing:
        print("only in python-holidays:\n" + describe(missing))
    if extra:
        print("only in tenderkit:\n" + describe(extra))
    return False


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    ours = tenderkit_holidays(sys.argv[1])
    theirs = reference_holidays()
    ok = True

    our_easter = {day for day, name in ours if name == "Easter Sunday"}
    their_easter = {easter(year) for year in range(FIRST_YEAR, LAST_YEAR + 1)}
    if our_easter == their_easter and len(our_easter) == LAST_YEAR - FIRST_YEAR + 1:
        print(f"ok: Easter Sunday {FIRST_YEAR}-{LAST_YEAR} agrees with dateutil.easter")
    else:
        ok = False
        print("FAIL: Easter Sunday differs from dateutil.easter:")
        print("  only in dateutil: " + ", ".join(map(str, sorted(their_easter - our_easter))))
        print("  only in tenderkit: " + ", ".join(map(str, sorted(our_easter - their_easter))))

    def on_weekdays(entries):
        return {(day, name) for day, name in entries
                if WEEKDAY_FIRST <= day.year <= WEEKDAY_LAST and day.weekday() < 5}

    ok &= compare(f"holidays on weekdays {WEEKDAY_FIRST}-{WEEKDAY_LAST}", on_weekdays(ours),
                  on_weekdays(theirs))
    ok &= compare(f"all holidays {FIRST_YEAR}-{LAST_YEAR}", ours, theirs)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
