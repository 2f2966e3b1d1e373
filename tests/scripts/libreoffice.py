# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""Reading workbooks through a real client: LibreOffice headless, converting every sheet to CSV.

LibreOffice by default never recalculates an .xlsx on load and shows the cached formula results;
a profile with OOXMLRecalcMode = 0 ("always") makes it recalculate. Converting with both and
comparing shows that the cached values a workbook carries are the ones its formulas compute.
"""
import csv
import pathlib
import re
import shutil
import subprocess
import tempfile

_RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
           xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
  <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop>
</item>
</oor:items>
"""

# CSV filter options: comma, double quote, UTF-8, first line 1, no column formats, language
# default, quoted text, detect numbers, save as shown, no formulas, no BOM, -1 = every sheet.
_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true,false,false,-1"


# What LibreOffice says when it has to repair a file or cannot read it.
TROUBLE = re.compile(r"repair|corrupt|damaged|general error|read error|format error|"
                     r"could not be loaded|source file could not", re.IGNORECASE)


def _soffice() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")


def sheets_as_csv(workbook: pathlib.Path, recalculate: bool, complaints: list = None) -> dict:
    """Every sheet of `workbook` as a list of rows, keyed by the CSV file LibreOffice wrote.
    Lines where LibreOffice says it repaired or could not read the file go to `complaints`."""
    with tempfile.TemporaryDirectory(prefix="tenderkit-lo-") as scratch:
        scratch_path = pathlib.Path(scratch)
        profile = scratch_path / "profile"
        if recalculate:
            user = profile / "user"
            user.mkdir(parents=True)
            (user / "registrymodifications.xcu").write_text(_RECALC_ALWAYS, encoding="utf-8")
        out = scratch_path / "out"
        out.mkdir()
        source = scratch_path / workbook.name
        shutil.copyfile(workbook, source)
        result = subprocess.run(
            [_soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
             "--convert-to", _FILTER, "--outdir", str(out), str(source)],
            capture_output=True, text=True, timeout=240, check=False)
        if complaints is not None:
            complaints.extend(line.strip()
                              for line in (result.stdout + "\n" + result.stderr).splitlines()
                              if TROUBLE.search(line))
        files = sorted(out.glob("*.csv"))
        if result.returncode != 0 or not files:
            raise RuntimeError(f"LibreOffice could not convert {workbook}: {result.stdout} {result.stderr}")
        sheets = {}
        for file in files:
            with file.open(encoding="utf-8", newline="") as handle:
                sheets[file.name] = list(csv.reader(handle))
        return sheets
