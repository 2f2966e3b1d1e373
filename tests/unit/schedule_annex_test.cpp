// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// One contract's annex, worded once: the term clauses schedule::term_clauses() makes are the very
// texts of the workbook (read back), the Markdown, the terminal text and the JSON, per language;
// the annex names the parties, its date and version, and holds no to-do for the authority.

#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/input/contracts_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/report/schedule_report.hpp>
#include <tenderkit/report/schedule_workbook.hpp>
#include <tenderkit/schedule/schedule.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "input_test_support.hpp"
#include "xlsx_reader.hpp"

#include <algorithm>
#include <chrono>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::report {
namespace {

using test_support::describe;
using test_support::TempDir;
using test_support::XlsxReader;

constexpr std::time_t kCreated = 1'672'531'200;  // 2023-01-01T00:00:00Z

constexpr std::string_view kTender = R"toml(id = "mvs"
title = "Integrale jeugdhulp MVS"
language = "nl"

[[municipality]]
id = "maassluis"
name = "Maassluis"
legal_name = "Gemeente Maassluis"
signatory = "A. de Wethouder"

[[municipality]]
id = "vlaardingen"
name = "Vlaardingen"
legal_name = "Gemeente Vlaardingen"

[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"

[contract]
name = "Overeenkomst integrale jeugdhulp"
provider = "Combinatie Jeugd"
care_type = "integral"
start = 2023-01-01
term = "9y"
extension = { options = 0 }
evaluations = [3, 6]
notice_period = "6m"
intake_moments = ["1 april", "1 oktober"]
reporting = { cadence = "quarterly", due_after_days = 30 }
budget_agreement = "1 oktober"
indexation = "1 januari"
)toml";

constexpr std::string_view kContracts = R"toml(title = "Lopende contracten"

[[contract]]
id = "ambulant-2019"
name = "Ambulante jeugdhulp"
provider = "Raamovereenkomst ambulant"
contractor = "Stichting Ambulant (voorbeeld)"
care_type = "ambulant"
start = 2019-01-01
term = "3y"
extension = { options = 3, used = 2, length = "1y", decide_before = "6m" }
reporting = { cadence = "monthly", due_after_days = 15 }
)toml";

schedule::Schedule make_schedule(Language language) {
  std::string tender_text(kTender);
  if (language == Language::en) {
    tender_text.replace(tender_text.find("language = \"nl\""), 15, "language = \"en\"");
  }
  Result<Tender> tender = input::parse_tender(tender_text, "tender.toml");
  EXPECT_TRUE(tender) << describe(tender.error());
  Result<ContractPortfolio> contracts = input::parse_contracts(kContracts, "contracts.toml");
  EXPECT_TRUE(contracts) << describe(contracts.error());
  schedule::ScheduleOptions options;
  options.as_of = std::chrono::year{2024} / 1 / 1;
  Result<schedule::Schedule> built =
      schedule::build_schedule(*tender, {*contracts}, calendar::WorkingDayCalendar(), options);
  EXPECT_TRUE(built) << describe(built.error());
  built->document = {std::chrono::year{2023} / 1 / 1, std::string(64, 'a')};
  return std::move(built).value();
}

template <class Write>
std::string rendered(const schedule::Schedule& schedule, Write write) {
  std::ostringstream out;
  write(out, schedule,
        ScheduleRenderOptions{
            .tool_version = "0.1.0", .created = kCreated, .bridging_day_files = {}});
  return out.str();
}

// Every text cell of a sheet.
std::vector<std::string> texts_of(const XlsxReader& xlsx, std::size_t sheet) {
  std::vector<std::string> texts;
  const std::string& xml = xlsx.sheet_xml(sheet);
  for (std::size_t at = xml.find("<c r=\""); at != std::string::npos;
       at = xml.find("<c r=\"", at + 1)) {
    const std::size_t quote = xml.find('"', at + 6);
    const auto cell = xlsx.cell(sheet, xml.substr(at + 6, quote - at - 6));
    if (cell && (cell->type == "s" || cell->type == "inlineStr")) {
      texts.push_back(cell->value);
    }
  }
  return texts;
}

bool holds(const std::vector<std::string>& texts, const std::string& text) {
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

class ScheduleAnnex : public ::testing::TestWithParam<Language> {};

TEST_P(ScheduleAnnex, TheClausesAreTheSameTextsInEveryFormat) {
  const Language language = GetParam();
  const schedule::Schedule schedule = make_schedule(language);
  TempDir dir;
  const std::filesystem::path path = dir.path() / "schedule.xlsx";
  ASSERT_TRUE(
      write_schedule_workbook(path, schedule, {.created = kCreated, .tool_version = "0.1.0"}));
  const XlsxReader workbook(path.string());
  const std::size_t first_annex = workbook.sheet_names().size() - schedule.contracts.size();
  const std::string markdown = rendered(schedule, write_schedule_markdown);
  const std::string text = rendered(schedule, write_schedule_text);
  const nlohmann::json json = nlohmann::json::parse(rendered(schedule, write_schedule_json));

  ASSERT_EQ(schedule.contracts.size(), 2u);
  for (std::size_t i = 0; i < schedule.contracts.size(); ++i) {
    SCOPED_TRACE(schedule.contracts[i].id);
    const std::vector<LocalizedText> clauses =
        schedule::term_clauses(schedule.contracts[i], schedule.dates[i]);
    ASSERT_GE(clauses.size(), 3u);
    const std::vector<std::string> annex = texts_of(workbook, first_annex + i);
    std::vector<std::string> in_json;
    for (const nlohmann::json& clause : json["contracts"][i]["clauses"]) {
      in_json.push_back(clause.get<std::string>());
    }
    std::vector<std::string> expected;
    for (const LocalizedText& clause : clauses) {
      const std::string& wording = clause.in(language);
      expected.push_back(wording);
      EXPECT_TRUE(holds(annex, wording)) << "workbook lacks: " << wording;
      EXPECT_NE(markdown.find("\n- " + wording + "\n"), std::string::npos)
          << "Markdown lacks: " << wording;
      EXPECT_NE(text.find("\n  - " + wording + "\n"), std::string::npos)
          << "text lacks: " << wording;
    }
    EXPECT_EQ(in_json, expected);
    // Nothing else in the annex reads like a clause: every sentence of the workbook's terms is
    // one of them (the old workbook added a clause of its own).
    for (const std::string& cell : annex) {
      if (cell.size() > 60 && cell.find("SHA") == std::string::npos && cell.back() == '.') {
        EXPECT_TRUE(holds(expected, cell)) << "a clause the other formats lack: " << cell;
      }
    }
  }
}

TEST_P(ScheduleAnnex, NamesThePartiesDateAndVersionAndHasNoToDo) {
  const Language language = GetParam();
  const schedule::Schedule schedule = make_schedule(language);
  TempDir dir;
  const std::filesystem::path path = dir.path() / "schedule.xlsx";
  ASSERT_TRUE(
      write_schedule_workbook(path, schedule, {.created = kCreated, .tool_version = "0.1.0"}));
  const XlsxReader workbook(path.string());
  const std::size_t first_annex = workbook.sheet_names().size() - schedule.contracts.size();
  const std::vector<std::string> integral = texts_of(workbook, first_annex);
  const std::vector<std::string> existing = texts_of(workbook, first_annex + 1);
  // The municipalities by legal name, one per line; not the tender's title.
  EXPECT_TRUE(holds(integral, "Gemeente Maassluis\nGemeente Vlaardingen"));
  EXPECT_FALSE(holds(integral, "Integrale jeugdhulp MVS"));
  EXPECT_TRUE(holds(integral, "Combinatie Jeugd"));
  EXPECT_TRUE(holds(existing, "Stichting Ambulant (voorbeeld)"));
  EXPECT_TRUE(holds(integral, "A. de Wethouder"));  // who signs for Maassluis
  EXPECT_TRUE(holds(integral, std::string(64, 'a')));
  EXPECT_TRUE(holds(integral, language == Language::nl ? "Ondertekening" : "Signatures"));
  const std::string todo = language == Language::nl ? "aanbested" : "tender";
  for (const std::vector<std::string>* sheet : {&integral, &existing}) {
    for (const std::string& cell : *sheet) {
      if (cell.find("(mvs)") == std::string::npos) {  // the tender's own title and id
        EXPECT_EQ(cell.find(todo), std::string::npos) << cell;
      }
    }
  }
  const std::string markdown = rendered(schedule, write_schedule_markdown);
  EXPECT_NE(markdown.find(language == Language::nl ? "Gemeente Maassluis en Gemeente Vlaardingen"
                                                   : "Gemeente Maassluis and Gemeente Vlaardingen"),
            std::string::npos);
  EXPECT_NE(markdown.find("| Gemeente Maassluis | A. de Wethouder | | |"), std::string::npos);
  EXPECT_NE(markdown.find("`" + std::string(64, 'a') + "`"), std::string::npos);
  EXPECT_NE(markdown.find(language == Language::nl ? "Datum document: 1 januari 2023"
                                                   : "Document date: 1 January 2023"),
            std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, ScheduleAnnex,
                         ::testing::Values(Language::nl, Language::en),
                         [](const ::testing::TestParamInfo<Language>& param) {
                           return std::string(to_string(param.param));
                         });

}  // namespace
}  // namespace tenderkit::report
