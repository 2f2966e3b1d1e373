// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/report/check_workbook.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"
#include "xlsx_reader.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::report {
namespace {

using test_support::slurp;
using test_support::TempDir;
using test_support::XlsxReader;

constexpr std::time_t kCreated = 1'700'000'000;  // 2023-11-14
constexpr std::string_view kRed = "FFFFC7CE";
constexpr std::string_view kAmber = "FFFFEB9C";
constexpr std::string_view kGreen = "FFC6EFCE";

Tender make_tender(std::string_view language) {
  std::string text = "id = \"mvs-2025\"\ntitle = \"Integrale jeugdhulp MVS\"\nlanguage = \"";
  text += language;
  text += R"("

[[municipality]]
id = "maassluis"

[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"
code = "45"

[[service]]
id = "crisis"
name = "Crisishulp"
code = "46"

[[service]]
id = "wijkteam"
name = "Wijkteams"
local = true
)";
  Result<Tender> tender = input::parse_tender(text, "tender.toml");
  if (!tender) {
    ADD_FAILURE() << test_support::describe(tender.error());
    return Tender{};
  }
  return std::move(tender).value();
}

Registration make_registration(const Tender& tender, const std::string& file,
                               std::string_view text) {
  Result<Registration> registration = input::parse_registration(text, file, tender);
  if (!registration) {
    ADD_FAILURE() << test_support::describe(registration.error());
    return Registration{};
  }
  return std::move(registration).value();
}

// Three registrations: one compliant with two single-supplier warnings and a name that looks
// like a formula; one missing a service; one whose sheet name clashes with the second's.
integrality::CheckReport make_report(std::string_view language) {
  const Tender tender = make_tender(language);
  std::vector<Registration> registrations;
  registrations.push_back(make_registration(tender, "regs/01-hyperlink.toml", R"toml(
id = "01-hyperlink"
name = "=HYPERLINK(\"http://example.org\",\"klik\")"
tender = "mvs-2025"
legal_form = "combination"

[[member]]
name = "+31 Jeugdzorg"
kvk = "01234567"
role = "lead"
services = ["ambulant", "crisis"]
declaration = true

[[member]]
name = "@Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["ambulant", "wijkteam"]
declaration = true
)toml"));
  registrations.push_back(make_registration(tender, "regs/02-noord.toml", R"toml(
id = "02-noord"
name = "Jeugd/Zorg [Noord]"
tender = "mvs-2025"
legal_form = "main-contractor"

[[member]]
name = "Stichting Noord"
kvk = "11111111"
role = "main-contractor"
services = ["ambulant", "crisis"]
declaration = true

[[member]]
name = "Praktijk Zuid"
kvk = "22222222"
role = "subcontractor"
services = ["ambulant", "crisis"]
declaration = true
)toml"));
  registrations.push_back(make_registration(tender, "regs/03-noord.toml", R"toml(
id = "03-noord"
name = "jeugd-zorg (noord)"
tender = "mvs-2025"
legal_form = "combination"

[[member]]
name = "Eenmanszaak"
kvk = "33333333"
role = "lead"
services = ["ambulant", "crisis", "wijkteam"]
declaration = true
)toml"));
  return integrality::check(tender, std::move(registrations));
}

XlsxReader write(const TempDir& dir, const integrality::CheckReport& report, bool strict = false,
                 const std::string& name = "check.xlsx") {
  const auto path = dir.path() / name;
  const Result<std::vector<Warning>> written =
      write_check_workbook(path, report, {kCreated, strict, report.tender.language});
  EXPECT_TRUE(written) << (written ? "" : written.error().message());
  return XlsxReader(path.string());
}

std::string value(const XlsxReader& xlsx, std::size_t sheet, std::string_view reference) {
  const auto cell = xlsx.cell(sheet, reference);
  return cell ? cell->value : "<none>";
}

TEST(CheckWorkbook, NamesSheetsAfterTheConsortia) {
  TempDir dir;
  const XlsxReader xlsx = write(dir, make_report("nl"));
  EXPECT_EQ(xlsx.sheet_names(),
            (std::vector<std::string>{"Overzicht", "=HYPERLINK(\"http---example.org\"",
                                      "Jeugd-Zorg (Noord)", "jeugd-zorg (noord) (2)"}));
}

TEST(CheckWorkbook, SummarisesEveryRegistration) {
  TempDir dir;
  const integrality::CheckReport report = make_report("nl");
  const XlsxReader xlsx = write(dir, report);
  EXPECT_EQ(value(xlsx, 0, "A1"), "Integrale jeugdhulp MVS");
  EXPECT_EQ(value(xlsx, 0, "B2"), "mvs-2025");
  EXPECT_EQ(value(xlsx, 0, "B3"), "45244");  // 2023-11-14 as an Excel date
  EXPECT_EQ(value(xlsx, 0, "B4"), "nee");

  const std::size_t header = xlsx.find_row(0, "A", "Id");
  ASSERT_EQ(header, 8u);
  const std::vector<std::string> headers{"Id",      "Naam",   "Rechtsvorm",     "Leden",
                                         "Voldoet", "Fouten", "Waarschuwingen", "Blad"};
  for (std::size_t column = 0; column < headers.size(); ++column) {
    EXPECT_EQ(value(xlsx, 0, std::string(1, static_cast<char>('A' + column)) + "8"),
              headers[column]);
  }
  struct Expected {
    std::string id, name, legal_form, members, compliant, errors, warnings, sheet;
  };
  const std::vector<Expected> rows{
      {"01-hyperlink", "=HYPERLINK(\"http://example.org\",\"klik\")", "combinatie", "2", "ja", "0",
       "2", "=HYPERLINK(\"http---example.org\""},
      {"02-noord", "Jeugd/Zorg [Noord]", "hoofd- en onderaannemersconstructie", "2", "nee", "1",
       "0", "Jeugd-Zorg (Noord)"},
      {"03-noord", "jeugd-zorg (noord)", "combinatie", "1", "ja", "0", "3",
       "jeugd-zorg (noord) (2)"},
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string row = std::to_string(header + 1 + i);
    SCOPED_TRACE("row " + row);
    EXPECT_EQ(value(xlsx, 0, "A" + row), rows[i].id);
    EXPECT_EQ(value(xlsx, 0, "B" + row), rows[i].name);
    EXPECT_EQ(xlsx.cell(0, "B" + row)->type, "s");  // a string, never a formula
    EXPECT_EQ(value(xlsx, 0, "C" + row), rows[i].legal_form);
    EXPECT_EQ(value(xlsx, 0, "D" + row), rows[i].members);
    EXPECT_EQ(value(xlsx, 0, "E" + row), rows[i].compliant);
    EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(0, "E" + row)->style),
              rows[i].compliant == "ja" ? kGreen : kRed);
    EXPECT_EQ(value(xlsx, 0, "F" + row), rows[i].errors);
    EXPECT_EQ(value(xlsx, 0, "G" + row), rows[i].warnings);
    EXPECT_EQ(value(xlsx, 0, "H" + row), rows[i].sheet);
  }
  // The totals are formulas whose cached results are right.
  EXPECT_EQ(xlsx.cell(0, "B5")->formula, "COUNTA($A$9:$A$11)");
  EXPECT_EQ(value(xlsx, 0, "B5"), "3");
  EXPECT_EQ(xlsx.cell(0, "B6")->formula, "COUNTIF($E$9:$E$11,\"ja\")");
  EXPECT_EQ(value(xlsx, 0, "B6"), "2");

  const std::string& sheet = xlsx.sheet_xml(0);
  EXPECT_NE(sheet.find("<autoFilter ref=\"A8:H11\"/>"), std::string::npos);
  EXPECT_NE(sheet.find("ySplit=\"8\""), std::string::npos);
  EXPECT_NE(sheet.find("orientation=\"landscape\""), std::string::npos);
}

TEST(CheckWorkbook, CountsWarningsAsFailuresWhenStrict) {
  TempDir dir;
  const XlsxReader xlsx = write(dir, make_report("nl"), true);
  EXPECT_EQ(value(xlsx, 0, "B4"), "ja");
  EXPECT_EQ(value(xlsx, 0, "E9"), "nee");
  EXPECT_EQ(value(xlsx, 0, "E11"), "nee");
  EXPECT_EQ(value(xlsx, 0, "B6"), "0");
  EXPECT_EQ(value(xlsx, 1, "B5"), "nee");
}

TEST(CheckWorkbook, ListsTheEntriesOfTheFoldersThatWereNotRead) {
  TempDir dir;
  integrality::CheckReport report = make_report("nl");
  {
    // Without skipped entries, the summary says nothing about them.
    const XlsxReader xlsx = write(dir, report, false, "none.xlsx");
    EXPECT_EQ(value(xlsx, 0, "A7"), "<none>");
    EXPECT_EQ(value(xlsx, 0, "A13"), "<none>");
  }
  report.skipped = {{"regs/07-nieuw.tml", SkipReason::other_extension},
                    {"regs/sub", SkipReason::folder}};
  const XlsxReader xlsx = write(dir, report);
  EXPECT_EQ(value(xlsx, 0, "A7"), "Overgeslagen in de mappen");
  EXPECT_EQ(value(xlsx, 0, "B7"), "2");
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(0, "B7")->style), kRed);
  // Below the table (rows 9 to 11), after one empty row.
  EXPECT_EQ(value(xlsx, 0, "A12"), "<none>");
  EXPECT_EQ(value(xlsx, 0, "A13"), "Niet gelezen");
  EXPECT_EQ(value(xlsx, 0, "B13"), "Reden");
  EXPECT_EQ(value(xlsx, 0, "A14"), "regs/07-nieuw.tml");
  EXPECT_EQ(value(xlsx, 0, "B14"), "geen .toml/.xlsx-bestand");
  EXPECT_EQ(value(xlsx, 0, "A15"), "regs/sub");
  EXPECT_EQ(value(xlsx, 0, "B15"), "een map: mappen erin worden niet gelezen");
}

TEST(CheckReport, SkippedEntriesAreFindingsOnlyWhenStrict) {
  integrality::CheckReport report = make_report("nl");
  report.registrations.erase(report.registrations.begin() + 1);  // the one with an error
  ASSERT_TRUE(report.all_compliant(false));
  report.skipped = {{"regs/07-nieuw.tml", SkipReason::other_extension}};
  EXPECT_TRUE(report.all_compliant(false));
  report.registrations.erase(report.registrations.begin(), report.registrations.end());
  EXPECT_TRUE(report.all_compliant(false));
  EXPECT_FALSE(report.all_compliant(true));
}

TEST(CheckWorkbook, ShowsTheCoverageMatrixWithRolesAndColours) {
  TempDir dir;
  const XlsxReader xlsx = write(dir, make_report("nl"));
  // Sheet 1: the combination; crisis and the neighbourhood team each rest on one member.
  EXPECT_EQ(value(xlsx, 1, "A1"), "=HYPERLINK(\"http://example.org\",\"klik\")");
  EXPECT_EQ(value(xlsx, 1, "B2"), "01-hyperlink");
  EXPECT_EQ(value(xlsx, 1, "B3"), "combinatie");
  EXPECT_EQ(value(xlsx, 1, "B4"), "regs/01-hyperlink.toml");
  const std::size_t header = xlsx.find_row(1, "A", "Id");
  ASSERT_EQ(header, 10u);
  EXPECT_EQ(value(xlsx, 1, "C10"), "Dienst");
  EXPECT_EQ(value(xlsx, 1, "F10"), "+31 Jeugdzorg");
  EXPECT_EQ(xlsx.cell(1, "F10")->type, "s");
  EXPECT_EQ(value(xlsx, 1, "F11"), "KvK 01234567");
  EXPECT_EQ(value(xlsx, 1, "G10"), "@Praktijk De Brug");
  EXPECT_EQ(value(xlsx, 1, "G11"), "KvK 01234568");

  EXPECT_EQ(value(xlsx, 1, "A12"), "ambulant");
  EXPECT_EQ(value(xlsx, 1, "B12"), "45");
  EXPECT_EQ(value(xlsx, 1, "C12"), "Ambulante jeugdhulp");
  EXPECT_EQ(value(xlsx, 1, "D12"), "nee");
  EXPECT_EQ(xlsx.cell(1, "E12")->formula, "COUNTA(F12:G12)");
  EXPECT_EQ(value(xlsx, 1, "E12"), "2");
  EXPECT_EQ(value(xlsx, 1, "F12"), "penvoerder");
  EXPECT_EQ(value(xlsx, 1, "G12"), "lid");
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(1, "A12")->style), "");

  EXPECT_EQ(value(xlsx, 1, "A13"), "crisis");
  EXPECT_EQ(value(xlsx, 1, "E13"), "1");
  EXPECT_EQ(value(xlsx, 1, "F13"), "penvoerder");
  EXPECT_EQ(value(xlsx, 1, "G13"), "");
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(1, "A13")->style), kAmber);
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(1, "G13")->style), kAmber);

  EXPECT_EQ(value(xlsx, 1, "A14"), "wijkteam");
  EXPECT_EQ(value(xlsx, 1, "D14"), "ja");
  EXPECT_EQ(value(xlsx, 1, "G14"), "lid");

  // Sheet 2: the main-contractor construction misses the neighbourhood team entirely.
  EXPECT_EQ(value(xlsx, 2, "F12"), "hoofdaannemer");
  EXPECT_EQ(value(xlsx, 2, "G12"), "onderaannemer");
  EXPECT_EQ(value(xlsx, 2, "A14"), "wijkteam");
  EXPECT_EQ(value(xlsx, 2, "E14"), "0");
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(2, "A14")->style), kRed);
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(2, "F14")->style), kRed);
}

TEST(CheckWorkbook, ListsTheFindingsBelowTheMatrix) {
  TempDir dir;
  const integrality::CheckReport report = make_report("nl");
  const XlsxReader xlsx = write(dir, report);
  for (std::size_t i = 0; i < report.registrations.size(); ++i) {
    const std::size_t sheet = i + 1;
    SCOPED_TRACE(xlsx.sheet_names()[sheet]);
    const std::size_t header = xlsx.find_row(sheet, "A", "Regel");
    ASSERT_GT(header, 0u);
    EXPECT_EQ(value(xlsx, sheet, "B" + std::to_string(header)), "Ernst");
    EXPECT_EQ(value(xlsx, sheet, "C" + std::to_string(header)), "Melding");
    EXPECT_EQ(value(xlsx, sheet, "D" + std::to_string(header)), "Vindplaats");
    const auto& findings = report.registrations[i].findings;
    ASSERT_FALSE(findings.empty());
    for (std::size_t f = 0; f < findings.size(); ++f) {
      const std::string row = std::to_string(header + 1 + f);
      EXPECT_EQ(value(xlsx, sheet, "A" + row), findings[f].rule_id);
      EXPECT_EQ(value(xlsx, sheet, "B" + row),
                findings[f].severity == integrality::Severity::error ? "fout" : "waarschuwing");
      EXPECT_EQ(value(xlsx, sheet, "C" + row), findings[f].message.nl);
      EXPECT_EQ(value(xlsx, sheet, "D" + row), findings[f].where.to_string());
    }
    EXPECT_EQ(value(xlsx, sheet, "A" + std::to_string(header + 1 + findings.size())), "<none>");
  }
}

TEST(CheckWorkbook, WritesFormulasOnlyWhereItMeansTo) {
  TempDir dir;
  const XlsxReader xlsx = write(dir, make_report("nl"));
  for (std::size_t sheet = 0; sheet < xlsx.sheet_names().size(); ++sheet) {
    const std::string& xml = xlsx.sheet_xml(sheet);
    for (std::size_t at = xml.find("<f>"); at != std::string::npos; at = xml.find("<f>", at + 1)) {
      const std::string formula = xml.substr(at + 3, xml.find("</f>", at) - at - 3);
      EXPECT_TRUE(formula.starts_with("COUNTA(") || formula.starts_with("COUNTIF("))
          << "sheet " << sheet << ": " << formula;
    }
  }
}

TEST(CheckWorkbook, SpeaksEnglishForAnEnglishTender) {
  TempDir dir;
  const XlsxReader xlsx = write(dir, make_report("en"));
  EXPECT_EQ(xlsx.sheet_names().front(), "Summary");
  EXPECT_EQ(value(xlsx, 0, "A8"), "Id");
  EXPECT_EQ(value(xlsx, 0, "E8"), "Compliant");
  EXPECT_EQ(value(xlsx, 0, "E9"), "yes");
  EXPECT_EQ(value(xlsx, 0, "C10"), "main-contractor construction");
  EXPECT_EQ(value(xlsx, 1, "F12"), "lead");
  EXPECT_EQ(value(xlsx, 1, "G12"), "member");
  EXPECT_EQ(value(xlsx, 2, "F12"), "main contractor");
  EXPECT_EQ(value(xlsx, 2, "G12"), "subcontractor");
  const std::size_t header = xlsx.find_row(1, "A", "Rule");
  ASSERT_GT(header, 0u);
  EXPECT_EQ(value(xlsx, 1, "B" + std::to_string(header + 1)), "warning");
}

TEST(CheckWorkbook, WritesASheetWithNoFindingsAndNoMembers) {
  TempDir dir;
  const Tender tender = make_tender("nl");
  Registration empty;
  empty.id = "leeg";
  empty.file = "leeg.toml";
  const XlsxReader xlsx = write(dir, integrality::check(tender, {empty}));
  EXPECT_EQ(xlsx.sheet_names(), (std::vector<std::string>{"Overzicht", "leeg"}));
  EXPECT_EQ(value(xlsx, 1, "E12"), "0");
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(1, "A12")->style), kRed);

  const XlsxReader none = write(dir, integrality::check(tender, {}), false, "none.xlsx");
  EXPECT_EQ(none.sheet_names(), (std::vector<std::string>{"Overzicht"}));
  EXPECT_EQ(value(none, 0, "B5"), "0");
}

TEST(CheckWorkbook, IsReproducible) {
  TempDir dir;
  const integrality::CheckReport report = make_report("nl");
  write(dir, report, false, "first.xlsx");
  write(dir, report, false, "second.xlsx");
  EXPECT_EQ(slurp(dir.path() / "first.xlsx"), slurp(dir.path() / "second.xlsx"));
}

TEST(CheckWorkbook, ReportsAnUnwritableTargetAsAnOutputError) {
  TempDir dir;
  const auto target = dir.path() / "missing" / "check.xlsx";
  const Result<std::vector<Warning>> written =
      write_check_workbook(target, make_report("nl"), {kCreated, false, Language::nl});
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().kind(), ErrorKind::output);
  EXPECT_NE(written.error().message().find(target.string()), std::string::npos);
  EXPECT_TRUE(dir.entries().empty());
}

}  // namespace
}  // namespace tenderkit::report
