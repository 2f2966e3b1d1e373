// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/commands/tender_check.hpp>
#include <tenderkit/commands/tender_init.hpp>
#include <tenderkit/commands/tender_schedule.hpp>
#include <tenderkit/commands/tender_score.hpp>
#include <tenderkit/core/error.hpp>
#include <tenderkit/input/tender_file.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <array>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace tenderkit::cli {
namespace {

namespace fs = std::filesystem;
using test_support::slurp;
using test_support::TempDir;

const fs::path kTemplates = fs::path(TENDERKIT_SOURCE_DIR) / "templates";

// The names of a format list, in order.
template <class Format>
std::vector<std::string> names_of(const std::vector<FormatName<Format>>& formats) {
  std::vector<std::string> names;
  for (const FormatName<Format>& format : formats) {
    names.push_back(format.name);
  }
  return names;
}

// Every enum value once and every name once: the option check cannot accept a name twice or map
// two names to one writer.
template <class Format>
void expect_distinct(const std::vector<FormatName<Format>>& formats) {
  std::set<std::string> names;
  std::set<Format> values;
  for (const FormatName<Format>& format : formats) {
    EXPECT_TRUE(names.insert(format.name).second) << format.name;
    EXPECT_TRUE(values.insert(format.format).second) << format.name;
  }
}

TEST(CliFormats, EachCommandAcceptsTheFormatsItsTableWrites) {
  EXPECT_EQ(names_of(commands::check_formats()),
            (std::vector<std::string>{"text", "json", "junit", "markdown"}));
  EXPECT_EQ(names_of(commands::schedule_formats()),
            (std::vector<std::string>{"text", "json", "csv", "ics", "markdown"}));
  EXPECT_EQ(names_of(commands::rank_formats()),
            (std::vector<std::string>{"text", "json", "markdown"}));
  EXPECT_EQ(names_of(commands::collect_formats()), (std::vector<std::string>{"text", "json"}));
  expect_distinct(commands::check_formats());
  expect_distinct(commands::schedule_formats());
  expect_distinct(commands::rank_formats());
  expect_distinct(commands::collect_formats());
}

TEST(CliFormats, FindFormatLooksUpTheTableAndNamesAMissingEntry) {
  enum class Shape { round, square, oval };
  using Writer = int (*)();
  constexpr std::array<FormatEntry<Shape, Writer>, 2> table{{
      {Shape::round, "round", [] { return 1; }},
      {Shape::square, "square", [] { return 2; }},
  }};
  ASSERT_NE(find_format(table, Shape::square), nullptr);
  EXPECT_EQ(find_format(table, Shape::square)->write(), 2);
  EXPECT_EQ(find_format(table, Shape::oval), nullptr);
  const std::vector<FormatName<Shape>> names = format_names(table);
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[1].name, "square");
  EXPECT_EQ(names[1].format, Shape::square);
}

TEST(CliReportTarget, AWorkbookNameIsRefusedWithTheOptionThatWritesIt) {
  const Result<void> refused = refuse_workbook_as_report("plan.XLSX");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind(), ErrorKind::usage);
  EXPECT_EQ(refused.error().diagnostics()[0].message.en,
            "-o/--output is the report, and 'plan.XLSX' names a workbook: the workbook is --xlsx "
            "plan.XLSX");
  EXPECT_NE(refused.error().diagnostics()[0].hint.en.find("docs/cli.md#changes"),
            std::string::npos);
  EXPECT_TRUE(refuse_workbook_as_report(""));
  EXPECT_TRUE(refuse_workbook_as_report("-"));
  EXPECT_TRUE(refuse_workbook_as_report("report.md"));
}

TEST(CliReportTarget, AnExistingWorkbookOfAnyNameIsNotOverwrittenByAReport) {
  TempDir dir;
  const fs::path workbook = dir.path() / "plan";
  std::ofstream(workbook, std::ios::binary) << std::string("PK\x03\x04rest", 8);
  const Result<void> refused = refuse_workbook_as_report(workbook.string());
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().diagnostics()[0].message.en.find("is a workbook"), std::string::npos);
  const fs::path text = dir.path() / "plan.txt";
  std::ofstream(text, std::ios::binary) << "PK but text\n";
  EXPECT_TRUE(refuse_workbook_as_report(text.string()));
}

TEST(CliWorkbookName, AWorkbookWithoutXlsxIsWarnedAboutButNotStandardOutput) {
  EXPECT_TRUE(lacks_xlsx_extension("plan.xls"));
  EXPECT_TRUE(lacks_xlsx_extension("plan"));
  EXPECT_FALSE(lacks_xlsx_extension("plan.xlsx"));
  EXPECT_FALSE(lacks_xlsx_extension("Plan.XLSX"));
  EXPECT_FALSE(lacks_xlsx_extension("-"));
  EXPECT_FALSE(lacks_xlsx_extension(""));
  EXPECT_FALSE(lacks_xlsx_extension("/dev/null"));  // a device: nothing to open by name
  std::ostringstream err;
  warn_unless_xlsx(err, "tender-check", "out/plan\x1b[31m", Language::en);
  EXPECT_EQ(err.str(),
            "tender-check: warning: the workbook 'out/plan\\u001B[31m' does not end in .xlsx; "
            "it is written, but spreadsheet programs recognise a workbook by that extension\n");
  std::ostringstream quiet;
  warn_unless_xlsx(quiet, "tender-check", "plan.xlsx", Language::en);
  EXPECT_EQ(quiet.str(), "");
}

// The warning speaks the run's language, its label too.
TEST(CliWorkbookName, TheWarningIsInTheRunsLanguage) {
  std::ostringstream err;
  warn_unless_xlsx(err, "tender-schedule", "plan", Language::nl);
  EXPECT_EQ(err.str(),
            "tender-schedule: waarschuwing: het werkboek 'plan' eindigt niet op .xlsx; het wordt "
            "geschreven, maar rekenprogramma's herkennen een werkboek aan die extensie\n");
}

TEST(CliWarnings, PrintedWithTheirPlaceInTheRunsLanguage) {
  const std::vector<Warning> warnings{
      {SourceLocation("c.toml", 3, 5), LocalizedText{"cut", "ingekort"}}};
  std::ostringstream dutch;
  print_warnings(dutch, "tender-schedule", warnings, Language::nl);
  EXPECT_EQ(dutch.str(), "tender-schedule: waarschuwing: c.toml:3:5: ingekort\n");
  std::ostringstream english;
  print_warnings(english, "tender-schedule", warnings, Language::en);
  EXPECT_EQ(english.str(), "tender-schedule: warning: c.toml:3:5: cut\n");
}

TEST(CliLanguage, InitSetsTheNewTendersLanguageKey) {
  EXPECT_EQ(
      commands::with_language("# comment\nlanguage = \"nl\"  # Dutch\nid = \"x\"\n", Language::en),
      "# comment\nlanguage = \"en\"\nid = \"x\"\n");
  EXPECT_EQ(commands::with_language("id = \"x\"\n\n[contract]\nlanguage = \"nl\"\n", Language::en),
            "id = \"x\"\n\nlanguage = \"en\"\n\n[contract]\nlanguage = \"nl\"\n");
  EXPECT_EQ(commands::with_language("id = \"x\"", Language::en), "id = \"x\"\nlanguage = \"en\"\n");
  // The shipped templates: the result is a tender in English.
  for (const char* name : {"mvs", "ijmond-zk", "blank"}) {
    const std::string text = slurp(kTemplates / name / "tender.toml");
    Result<Tender> tender =
        input::parse_tender(commands::with_language(text, Language::en), "tender.toml");
    ASSERT_TRUE(tender) << name;
    EXPECT_EQ(tender->language, Language::en) << name;
  }
}

TEST(CliLanguage, InitWithLangWritesTheTenderInThatLanguage) {
  TempDir dir;
  commands::InitOptions options;
  options.directory = dir.path() / "tender";
  options.templates = kTemplates;
  options.language = Language::en;
  std::ostringstream out;
  ASSERT_TRUE(commands::run_init(options, out));
  Result<Tender> tender = input::load_tender((dir.path() / "tender" / "tender.toml").string());
  ASSERT_TRUE(tender);
  EXPECT_EQ(tender->language, Language::en);
}

}  // namespace
}  // namespace tenderkit::cli
