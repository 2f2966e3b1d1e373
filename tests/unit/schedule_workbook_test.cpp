// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/input/contracts_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/report/schedule_workbook.hpp>
#include <tenderkit/schedule/schedule.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"
#include "xlsx_reader.hpp"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::report {
namespace {

using test_support::describe;
using test_support::TempDir;
using test_support::XlsxReader;

constexpr std::time_t kCreated = 1'672'531'200;  // 2023-01-01T00:00:00Z

// A Dutch tender whose user text looks like formulas, with its integral contract and a short
// procurement timeline.
constexpr std::string_view kTender = R"toml(id = "mvs"
title = "=Samen voor Jeugd + MVS"
language = "nl"

[[municipality]]
id = "maassluis"
name = "Maassluis"

[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"

[contract]
name = "Overeenkomst integrale jeugdhulp"
provider = "@Combinatie -Jeugd"
care_type = "integral"
start = 2023-01-01
term = "9y"
extension = { options = 0 }
evaluations = [3, 6]
notice_period = "6m"
intake_moments = ["04-01", "10-01"]
reporting = { cadence = "quarterly", due_after_days = 30 }
budget_agreement = "10-01"
indexation = "01-01"

[[phase]]
id = "dialoog"
name = "Dialoogfase"
start = 2022-01-10
duration = "3m"

[[phase]]
id = "gunning"
name = "Gunningsbeslissing"
after = "dialoog"
start_rule = "next-working-day"
)toml";

// Existing contracts: one with an option left, one to re-tender.
constexpr std::string_view kContracts = R"toml(title = "Lopende contracten"

[[contract]]
id = "ambulant-2019"
name = "=SUM(A1:A9)"
provider = "+31 10 123 4567"
care_type = "ambulant"
start = 2019-01-01
term = "3y"
extension = { options = 3, used = 2, length = "1y", decide_before = "6m" }

[[contract]]
id = "verblijf-2018"
name = "Jeugdhulp met verblijf"
provider = "Raamovereenkomst verblijf"
care_type = "residential"
start = 2018-01-01
term = "4y"
extension = { options = 1, used = 1, length = "1y", decide_before = "6m" }
)toml";

std::string in_english(std::string_view tender) {
  std::string text(tender);
  text.replace(text.find("language = \"nl\""), 15, "language = \"en\"");
  return text;
}

schedule::Schedule make_schedule(std::string_view tender_text, std::string_view contracts_text) {
  Result<Tender> tender = input::parse_tender(tender_text, "tender.toml");
  EXPECT_TRUE(tender) << describe(tender.error());
  std::vector<ContractPortfolio> portfolios;
  if (!contracts_text.empty()) {
    Result<ContractPortfolio> contracts = input::parse_contracts(contracts_text, "contracts.toml");
    EXPECT_TRUE(contracts) << describe(contracts.error());
    portfolios.push_back(*contracts);
  }
  const calendar::WorkingDayCalendar calendar;
  schedule::ScheduleOptions options;
  options.as_of = std::chrono::year{2024} / 1 / 1;
  Result<schedule::Schedule> built =
      schedule::build_schedule(*tender, portfolios, calendar, options);
  EXPECT_TRUE(built) << describe(built.error());
  return std::move(built).value();
}

std::filesystem::path write(const TempDir& dir, const schedule::Schedule& schedule,
                            std::string_view name = "schedule.xlsx") {
  const std::filesystem::path path = dir.path() / name;
  const Result<std::vector<Warning>> written =
      write_schedule_workbook(path, schedule, {.created = kCreated, .tool_version = "0.1.0"});
  EXPECT_TRUE(written) << written.error().message();
  return path;
}

std::string serial(int year, unsigned month, unsigned day) {
  const auto value = xlsx::excel_date_serial(std::chrono::year{year} / month / day);
  return std::to_string(static_cast<long>(*value));
}

// The number format of a cell style, from styles.xml ("dd-mm-yyyy"; "builtin N" for Excel's own).
std::string number_format_of(const XlsxReader& xlsx, const std::string& style) {
  const std::string& styles = xlsx.part("xl/styles.xml");
  std::size_t at = styles.find("<cellXfs");
  const std::size_t index = style.empty() ? 0 : std::stoul(style);
  for (std::size_t i = 0; i <= index; ++i) {
    at = styles.find("<xf ", at + 1);
  }
  const std::string id = test_support::attribute(styles, at, "numFmtId").value_or("0");
  const std::size_t format = styles.find("<numFmt numFmtId=\"" + id + "\"");
  if (format == std::string::npos) {
    return "builtin " + id;
  }
  return test_support::xml_unescape(
      test_support::attribute(styles, format, "formatCode").value_or(""));
}

// Checks that a cell holds the date as a number with a date format.
void expect_date(const XlsxReader& xlsx, std::size_t sheet, const std::string& reference,
                 const std::string& expected_serial, const std::string& expected_format) {
  SCOPED_TRACE("sheet " + std::to_string(sheet) + " cell " + reference);
  const auto cell = xlsx.cell(sheet, reference);
  ASSERT_TRUE(cell.has_value());
  EXPECT_EQ(cell->type, "");  // a number
  EXPECT_EQ(cell->value, expected_serial);
  EXPECT_EQ(number_format_of(xlsx, cell->style), expected_format);
}

// Checks that a cell holds text, never a formula.
void expect_text(const XlsxReader& xlsx, std::size_t sheet, const std::string& reference,
                 const std::string& expected) {
  SCOPED_TRACE("sheet " + std::to_string(sheet) + " cell " + reference);
  const auto cell = xlsx.cell(sheet, reference);
  ASSERT_TRUE(cell.has_value());
  EXPECT_TRUE(cell->type == "s" || cell->type == "inlineStr") << cell->type;
  EXPECT_FALSE(cell->formula.has_value());
  EXPECT_EQ(cell->value, expected);
}

// Whether any cell of a sheet holds exactly `text`.
bool sheet_holds(const XlsxReader& xlsx, std::size_t sheet, const std::string& text) {
  const std::string& xml = xlsx.sheet_xml(sheet);
  for (std::size_t at = xml.find("<c r=\""); at != std::string::npos;
       at = xml.find("<c r=\"", at + 1)) {
    const std::size_t quote = xml.find('"', at + 6);
    const auto cell = xlsx.cell(sheet, xml.substr(at + 6, quote - at - 6));
    if (cell && cell->value == text) {
      return true;
    }
  }
  return false;
}

// Sheets of the Dutch workbook, by position.
constexpr std::size_t kOverview = 0;
constexpr std::size_t kPlan = 1;
constexpr std::size_t kMilestones = 2;
constexpr std::size_t kTimeline = 3;
constexpr std::size_t kFirstAnnex = 4;

TEST(ScheduleWorkbook, NamesItsSheetsInTheTendersLanguage) {
  TempDir dir;
  XlsxReader dutch(write(dir, make_schedule(kTender, kContracts), "nl.xlsx").string());
  EXPECT_EQ(
      dutch.sheet_names(),
      (std::vector<std::string>{"Overzicht", "Planning", "Mijlpalen", "Tijdlijn", "Bijlage mvs",
                                "Bijlage ambulant-2019", "Bijlage verblijf-2018"}));
  XlsxReader english(
      write(dir, make_schedule(in_english(kTender), kContracts), "en.xlsx").string());
  EXPECT_EQ(english.sheet_names(),
            (std::vector<std::string>{"Overview", "Procurement plan", "Milestones", "Timeline",
                                      "Annex mvs", "Annex ambulant-2019", "Annex verblijf-2018"}));
  // Without a timeline there is no plan sheet.
  std::string without_phases(kTender);
  without_phases.erase(without_phases.find("[[phase]]"));
  XlsxReader plain(write(dir, make_schedule(without_phases, ""), "plain.xlsx").string());
  EXPECT_EQ(plain.sheet_names(),
            (std::vector<std::string>{"Overzicht", "Mijlpalen", "Tijdlijn", "Bijlage mvs"}));
}

TEST(ScheduleWorkbook, OverviewHoldsRealDatesAndFlagsContractsToRetender) {
  TempDir dir;
  XlsxReader xlsx(write(dir, make_schedule(kTender, kContracts)).string());
  expect_text(xlsx, kOverview, "A1", "Contractplanning: =Samen voor Jeugd + MVS");
  expect_date(xlsx, kOverview, "B3", serial(2024, 1, 1), "dd-mm-yyyy");  // as of
  expect_date(xlsx, kOverview, "B4", serial(2023, 1, 1), "dd-mm-yyyy");  // created
  expect_text(xlsx, kOverview, "A8", "Id");
  expect_text(xlsx, kOverview, "E8", "Ingangsdatum");
  expect_text(xlsx, kOverview, "G8", "Uiterste einde (alle opties)");

  // The integral contract: 9 years, no option, so re-tendered; its next deadline is the report
  // on Q4 2023.
  expect_text(xlsx, kOverview, "A9", "mvs");
  expect_text(xlsx, kOverview, "C9", "@Combinatie -Jeugd");
  expect_text(xlsx, kOverview, "D9", "integrale jeugdhulp");
  expect_date(xlsx, kOverview, "E9", serial(2023, 1, 1), "dd-mm-yyyy");
  expect_date(xlsx, kOverview, "F9", serial(2031, 12, 31), "dd-mm-yyyy");
  expect_date(xlsx, kOverview, "G9", serial(2031, 12, 31), "dd-mm-yyyy");
  expect_date(xlsx, kOverview, "K9", serial(2024, 1, 30), "dd-mm-yyyy");
  expect_text(xlsx, kOverview, "L9", "Rapportage Q4 2023");
  expect_text(xlsx, kOverview, "M9", "opnieuw aanbesteden");
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(kOverview, "M9")->style), "FFFFC7CE");
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(kOverview, "A9")->style), "FFFFC7CE");

  // One option left: not flagged; the latest end takes it up.
  expect_text(xlsx, kOverview, "A10", "ambulant-2019");
  expect_text(xlsx, kOverview, "B10", "=SUM(A1:A9)");
  expect_text(xlsx, kOverview, "C10", "+31 10 123 4567");
  expect_date(xlsx, kOverview, "F10", serial(2023, 12, 31), "dd-mm-yyyy");
  expect_date(xlsx, kOverview, "G10", serial(2024, 12, 31), "dd-mm-yyyy");
  EXPECT_EQ(xlsx.cell(kOverview, "H10")->value, "3");
  EXPECT_EQ(xlsx.cell(kOverview, "I10")->value, "2");
  EXPECT_EQ(xlsx.cell(kOverview, "J10")->value, "1");
  EXPECT_EQ(xlsx.cell(kOverview, "M10")->value, "");
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(kOverview, "A10")->style), "");

  expect_text(xlsx, kOverview, "A11", "verblijf-2018");
  expect_text(xlsx, kOverview, "M11", "opnieuw aanbesteden");
  expect_text(xlsx, kOverview, "N11", "Bijlage verblijf-2018");
  EXPECT_NE(xlsx.sheet_xml(kOverview).find("location=\"'Bijlage verblijf-2018'!A1\""),
            std::string::npos);
}

TEST(ScheduleWorkbook, MilestonesAreAnExcelTableWithTheMovedDates) {
  TempDir dir;
  XlsxReader xlsx(write(dir, make_schedule(kTender, kContracts)).string());
  const std::string& table = xlsx.part("xl/tables/table1.xml");
  ASSERT_FALSE(table.empty());
  EXPECT_NE(table.find("name=\"Mijlpalen\""), std::string::npos) << table;
  EXPECT_NE(table.find("<autoFilter ref=\"A1:I"), std::string::npos) << table;
  for (const std::string name : {"Datum", "Dag", "Contract", "Soort", "Omschrijving",
                                 "Contractjaar", "Verschoven van", "Reden verschuiving", "Id"}) {
    EXPECT_NE(table.find("name=\"" + name + "\""), std::string::npos) << name;
  }

  // The report on Q1 2023 is due on Sunday 30 April and moves to Monday 1 May.
  const std::size_t report = xlsx.find_row(kMilestones, "I", "mvs/report-2023-q1");
  ASSERT_NE(report, 0u);
  const std::string row = std::to_string(report);
  expect_date(xlsx, kMilestones, "A" + row, serial(2023, 5, 1), "dd-mm-yyyy");
  expect_text(xlsx, kMilestones, "B" + row, "maandag");
  expect_text(xlsx, kMilestones, "C" + row, "mvs");
  expect_text(xlsx, kMilestones, "D" + row, "Rapportage");
  expect_text(xlsx, kMilestones, "E" + row, "Rapportage Q1 2023");
  EXPECT_EQ(xlsx.cell(kMilestones, "F" + row)->value, "1");
  expect_date(xlsx, kMilestones, "G" + row, serial(2023, 4, 30), "dd-mm-yyyy");
  expect_text(xlsx, kMilestones, "H" + row, "zondag");

  // A date that did not move has nothing in those columns; the timeline has no contract year.
  const std::size_t evaluation = xlsx.find_row(kMilestones, "I", "mvs/evaluation-3");
  ASSERT_NE(evaluation, 0u);
  EXPECT_FALSE(xlsx.cell(kMilestones, "G" + std::to_string(evaluation)).has_value());
  const std::size_t phase = xlsx.find_row(kMilestones, "I", "timeline/dialoog/start");
  ASSERT_NE(phase, 0u);
  expect_text(xlsx, kMilestones, "C" + std::to_string(phase), "aanbesteding");
  EXPECT_FALSE(xlsx.cell(kMilestones, "F" + std::to_string(phase)).has_value());
}

TEST(ScheduleWorkbook, EnglishUsesEnglishLabelsAndIsoDates) {
  TempDir dir;
  XlsxReader xlsx(write(dir, make_schedule(in_english(kTender), kContracts)).string());
  expect_text(xlsx, kOverview, "E8", "Start");
  expect_text(xlsx, kOverview, "M9", "re-tender");
  expect_date(xlsx, kOverview, "E9", serial(2023, 1, 1), "yyyy-mm-dd");
  const std::string& table = xlsx.part("xl/tables/table1.xml");
  EXPECT_NE(table.find("name=\"Milestones\""), std::string::npos);
  EXPECT_NE(table.find("name=\"Moved from\""), std::string::npos);
  const std::size_t report = xlsx.find_row(kMilestones, "I", "mvs/report-2023-q1");
  ASSERT_NE(report, 0u);
  expect_text(xlsx, kMilestones, "B" + std::to_string(report), "Monday");
  expect_text(xlsx, kMilestones, "E" + std::to_string(report), "Report for Q1 2023");
  expect_text(xlsx, kMilestones, "H" + std::to_string(report), "Sunday");
  EXPECT_TRUE(
      sheet_holds(xlsx, kFirstAnnex,
                  "The agreement takes effect on 1 January 2023 and runs for 9 years, up to "
                  "and including 31 December 2031."));
}

TEST(ScheduleWorkbook, PlanListsThePhasesWithTheirDates) {
  TempDir dir;
  XlsxReader xlsx(write(dir, make_schedule(kTender, kContracts)).string());
  expect_text(xlsx, kPlan, "A6", "dialoog");
  expect_text(xlsx, kPlan, "C6", "fase");
  expect_date(xlsx, kPlan, "D6", serial(2022, 1, 10), "dd-mm-yyyy");
  expect_date(xlsx, kPlan, "E6", serial(2022, 4, 9), "dd-mm-yyyy");
  // The award follows on Sunday 10 April and moves to the next working day.
  expect_text(xlsx, kPlan, "A7", "gunning");
  expect_text(xlsx, kPlan, "C7", "mijlpaal");
  expect_date(xlsx, kPlan, "D7", serial(2022, 4, 11), "dd-mm-yyyy");
  expect_date(xlsx, kPlan, "G7", serial(2022, 4, 10), "dd-mm-yyyy");
  expect_text(xlsx, kPlan, "H7", "zondag");
}

TEST(ScheduleWorkbook, TimelineHasAColumnPerMonthAndMarksEvaluations) {
  TempDir dir;
  XlsxReader xlsx(write(dir, make_schedule(kTender, kContracts)).string());
  // From January 2018 (verblijf-2018) to December 2031 (mvs): 168 months from column E.
  expect_date(xlsx, kTimeline, "E4", serial(2018, 1, 1), "[$-413]mmm");
  EXPECT_EQ(xlsx.cell(kTimeline, "E3")->value, "2018");
  const std::string january_2026 = xlsx::cell_reference(3, 4 + 96);
  expect_date(xlsx, kTimeline, january_2026, serial(2026, 1, 1), "[$-413]mmm");
  EXPECT_FALSE(xlsx.cell(kTimeline, xlsx::cell_reference(3, 4 + 168)).has_value());
  // Rows: the two phases, then the contracts.
  expect_text(xlsx, kTimeline, "A5", "dialoog");
  expect_text(xlsx, kTimeline, "A7", "mvs");
  expect_text(xlsx, kTimeline, xlsx::cell_reference(6, 4 + 96), "E");   // evaluation after year 3
  expect_text(xlsx, kTimeline, xlsx::cell_reference(6, 4 + 167), "X");  // end of term
  expect_text(xlsx, kTimeline, xlsx::cell_reference(6, 4 + 90), "D");   // notice, July 2025
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(kTimeline, xlsx::cell_reference(6, 4 + 100))->style),
            "FF5B9BD5");
  // Nothing before the contract starts.
  EXPECT_FALSE(xlsx.cell(kTimeline, xlsx::cell_reference(6, 4 + 59)).has_value());
  // ambulant-2019: its remaining option in the lighter colour, 2024.
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(kTimeline, xlsx::cell_reference(7, 4 + 80))->style),
            "FFBDD7EE");
  EXPECT_TRUE(sheet_holds(xlsx, kTimeline, "E: evaluatie"));
}

TEST(ScheduleWorkbook, TimelineIsCutAtItsLimitAndSaysSo) {
  std::string tender(kTender);
  tender.replace(tender.find("term = \"9y\""), 11, "term = \"30y\"");
  TempDir dir;
  XlsxReader xlsx(write(dir, make_schedule(tender, "")).string());
  expect_text(xlsx, kTimeline, "A2", "Ingekort tot 240 maanden, tot en met 31 december 2041.");
  // From January 2022 (the dialogue): the last month is December 2041.
  expect_date(xlsx, kTimeline, xlsx::cell_reference(3, 4 + 239), serial(2041, 12, 1), "[$-413]mmm");
  EXPECT_FALSE(xlsx.cell(kTimeline, xlsx::cell_reference(3, 4 + 240)).has_value());
}

TEST(ScheduleWorkbook, AnnexIsReadyToPrint) {
  TempDir dir;
  const schedule::Schedule schedule = make_schedule(kTender, kContracts);
  XlsxReader xlsx(write(dir, schedule).string());
  const std::size_t annex = kFirstAnnex;
  expect_text(xlsx, annex, "A1", "Bijlage mvs: Overeenkomst integrale jeugdhulp");
  EXPECT_TRUE(sheet_holds(xlsx, annex, "=Samen voor Jeugd + MVS (mvs)"));  // the tender
  EXPECT_TRUE(sheet_holds(xlsx, annex, "Maassluis"));  // the authority: no legal_name given
  EXPECT_TRUE(sheet_holds(xlsx, annex, "@Combinatie -Jeugd"));
  // The clauses of schedule::term_clauses(), word for word (schedule_annex_test.cpp compares all
  // formats).
  for (const LocalizedText& clause :
       schedule::term_clauses(schedule.contracts[0], schedule.dates[0])) {
    EXPECT_TRUE(sheet_holds(xlsx, annex, clause.nl)) << clause.nl;
  }
  EXPECT_TRUE(sheet_holds(
      xlsx, annex,
      "De overeenkomst gaat in op 1 januari 2023 en heeft een looptijd van 9 jaar, tot en met "
      "31 december 2031."));
  // The milestone list: the moved report with its original date and the reason.
  const std::size_t report = xlsx.find_row(annex, "C", "Rapportage Q1 2023");
  ASSERT_NE(report, 0u);
  expect_date(xlsx, annex, "A" + std::to_string(report), serial(2023, 5, 1), "dd-mm-yyyy");
  expect_text(xlsx, annex, "B" + std::to_string(report), "maandag");
  expect_date(xlsx, annex, "D" + std::to_string(report), serial(2023, 4, 30), "dd-mm-yyyy");
  expect_text(xlsx, annex, "E" + std::to_string(report), "zondag");

  const std::string& sheet = xlsx.sheet_xml(annex);
  EXPECT_NE(sheet.find("<oddHeader>&amp;Lmvs&amp;Rmvs</oddHeader>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<oddFooter>&amp;CPagina &amp;P van &amp;N</oddFooter>"), std::string::npos);
  // The other sheets print their own name on the right: Excel's code &A, not the text "&A".
  const std::string& overview = xlsx.sheet_xml(0);
  EXPECT_NE(overview.find("<oddHeader>&amp;Lmvs&amp;R&amp;A</oddHeader>"), std::string::npos)
      << overview;
  EXPECT_NE(sheet.find("<pageSetUpPr fitToPage=\"1\"/>"), std::string::npos);
  EXPECT_EQ(sheet.find("orientation=\"landscape\""), std::string::npos);
  const std::string& workbook = xlsx.part("xl/workbook.xml");
  EXPECT_NE(workbook.find("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"4\">'Bijlage "
                          "mvs'!$A$1:$E$"),
            std::string::npos)
      << workbook;
  EXPECT_NE(workbook.find("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"4\">'Bijlage "
                          "mvs'!$"),
            std::string::npos);

  // The contract without an option left states it (re-tendering is the schedule's to-do, not
  // a clause); the one with options left names them.
  EXPECT_TRUE(sheet_holds(xlsx, kFirstAnnex + 2,
                          "De overeenkomst kan één maal met 1 jaar worden verlengd. Over een "
                          "verlenging wordt uiterlijk 6 maanden voor het einde van de lopende "
                          "termijn besloten. Er is één verlenging gebruikt; de lopende termijn "
                          "eindigt op 31 december 2022. Er is geen verlengingsoptie meer over."));
  EXPECT_TRUE(sheet_holds(xlsx, kFirstAnnex + 1,
                          "De overeenkomst kan 3 maal met 1 jaar worden verlengd. Over een "
                          "verlenging wordt uiterlijk 6 maanden voor het einde van de lopende "
                          "termijn besloten. Er zijn 2 verlengingen gebruikt; de lopende termijn "
                          "eindigt op 31 december 2023. Met alle resterende opties loopt de "
                          "overeenkomst uiterlijk tot en met 31 december 2024."));
}

TEST(ScheduleWorkbook, KeepsLongAndOddUserTextAsText) {
  const std::string long_name(40'000, 'x');
  std::string contracts = R"toml(title = "Lopende contracten"

[[contract]]
id = "een-zeer-lang-contract-id-dat-niet-past-1"
name = "-1+2"
provider = ")toml" + long_name +
                          R"toml("
start = 2020-01-01
term = "1y"

[[contract]]
id = "een-zeer-lang-contract-id-dat-niet-past-2"
name = "@INDIRECT(\"A1\")"
provider = "=HYPERLINK(\"http://example.org\")"
start = 2020-01-01
term = "1y"
)toml";
  TempDir dir;
  XlsxReader xlsx(write(dir, make_schedule(kTender, contracts)).string());
  const std::vector<std::string> names = xlsx.sheet_names();
  ASSERT_EQ(names.size(), 7u);
  EXPECT_EQ(names[5], "Bijlage een-zeer-lang-contract-");
  EXPECT_EQ(names[6], "Bijlage een-zeer-lang-contr (2)");
  expect_text(xlsx, kOverview, "B10", "-1+2");
  expect_text(xlsx, kOverview, "C10", std::string(xlsx::kMaxCellTextLength, 'x'));
  expect_text(xlsx, kOverview, "B11", "@INDIRECT(\"A1\")");
  expect_text(xlsx, kOverview, "C11", "=HYPERLINK(\"http://example.org\")");
  EXPECT_TRUE(sheet_holds(xlsx, 6, "=HYPERLINK(\"http://example.org\")"));
  EXPECT_EQ(xlsx.sheet_xml(kOverview).find("<f>"), std::string::npos);
}

TEST(ScheduleWorkbook, ShowsTheChangesAgainstABaseline) {
  Result<Tender> tender = input::parse_tender(kTender, "tender.toml");
  ASSERT_TRUE(tender);
  Baseline baseline;
  baseline.file = "vorige.json";
  baseline.dates.emplace("mvs/start", std::chrono::year{2023} / 1 / 1);
  baseline.dates.emplace("mvs/evaluation-3", std::chrono::year{2025} / 12 / 1);
  baseline.dates.emplace("mvs/vervallen", std::chrono::year{2024} / 6 / 1);
  const calendar::WorkingDayCalendar calendar;
  schedule::ScheduleOptions options;
  options.as_of = std::chrono::year{2024} / 1 / 1;
  options.baseline = &baseline;
  Result<schedule::Schedule> built = schedule::build_schedule(*tender, {}, calendar, options);
  ASSERT_TRUE(built) << describe(built.error());
  TempDir dir;
  XlsxReader xlsx(write(dir, *built).string());
  EXPECT_EQ(xlsx.sheet_names(),
            (std::vector<std::string>{"Overzicht", "Planning", "Mijlpalen", "Tijdlijn",
                                      "Wijzigingen", "Bijlage mvs"}));
  constexpr std::size_t kChanges = 4;
  expect_text(xlsx, kChanges, "B2", "vorige.json");
  const std::string evaluation = std::to_string(xlsx.find_row(kChanges, "A", "mvs/evaluation-3"));
  expect_date(xlsx, kChanges, "D" + evaluation, serial(2025, 12, 1), "dd-mm-yyyy");
  expect_date(xlsx, kChanges, "E" + evaluation, serial(2026, 1, 1), "dd-mm-yyyy");
  EXPECT_EQ(xlsx.cell(kChanges, "F" + evaluation)->value, "31");
  expect_text(xlsx, kChanges, "G" + evaluation, "verschoven");
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(kChanges, "G" + evaluation)->style), "FFFFEB9C");
  const std::string start = std::to_string(xlsx.find_row(kChanges, "A", "mvs/start"));
  expect_text(xlsx, kChanges, "G" + start, "ongewijzigd");
  EXPECT_EQ(xlsx.fill_of_style(xlsx.cell(kChanges, "G" + start)->style), "");
  const std::string removed = std::to_string(xlsx.find_row(kChanges, "A", "mvs/vervallen"));
  expect_text(xlsx, kChanges, "G" + removed, "vervallen");
  const std::string added = std::to_string(xlsx.find_row(kChanges, "A", "mvs/evaluation-6"));
  expect_text(xlsx, kChanges, "G" + added, "nieuw");
}

TEST(ScheduleWorkbook, LargeSchedulesAreWrittenInRowOrderWithAFilterInsteadOfATable) {
  // Monthly reports over 9 years: about 120 milestones per contract.
  std::string contracts = "title = \"Veel contracten\"\n";
  const std::size_t count = report::kScheduleTableMilestoneLimit / 100;
  for (std::size_t i = 0; i < count; ++i) {
    contracts += "\n[[contract]]\nid = \"c" + std::to_string(i) +
                 "\"\nstart = 2023-01-01\nterm = \"9y\"\n"
                 "reporting = { cadence = \"monthly\", due_after_days = 10 }\n";
  }
  const schedule::Schedule schedule = make_schedule(kTender, contracts);
  ASSERT_GT(schedule.milestones.size(), kScheduleTableMilestoneLimit);
  TempDir dir;
  XlsxReader xlsx(write(dir, schedule).string());
  EXPECT_TRUE(xlsx.part("xl/tables/table1.xml").empty());
  EXPECT_NE(xlsx.sheet_xml(kMilestones).find("<autoFilter ref=\"A1:I"), std::string::npos);
  expect_text(xlsx, kMilestones, "A1", "Datum");
  expect_text(xlsx, kMilestones, "I1", "Id");
  EXPECT_EQ(xlsx.cell(kMilestones, "B2")->type, "inlineStr");  // row order shares no strings
  EXPECT_EQ(xlsx.sheet_names().size(), 4 + 1 + count);
  expect_text(xlsx, kFirstAnnex + count, "A1",
              "Bijlage c" + std::to_string(count - 1) + ": c" + std::to_string(count - 1));
}

}  // namespace
}  // namespace tenderkit::report
