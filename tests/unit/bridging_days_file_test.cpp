// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/date.hpp>
#include <tenderkit/input/bridging_days_file.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace tenderkit::input {
namespace {

using calendar::Holiday;
using calendar::to_iso;
using test_support::expect_input_error;

calendar::Date date(std::string_view iso) {
  const std::optional<calendar::Date> parsed = calendar::parse_iso_date(iso);
  EXPECT_TRUE(parsed.has_value()) << iso;
  return parsed.value_or(calendar::Date{});
}

std::string fixture(std::string_view name) {
  return (std::filesystem::path(TENDERKIT_SOURCE_DIR) / "tests" / "data" / "calendar" / name)
      .string();
}

TEST(BridgingDaysFile, TheShippedTemplateLoads) {
  const std::string file =
      (std::filesystem::path(TENDERKIT_SOURCE_DIR) / "templates" / "bridging-days.toml").string();
  const Result<std::vector<Holiday>> days = load_bridging_days(file);
  ASSERT_TRUE(days.has_value()) << test_support::describe(days.error());
  ASSERT_FALSE(days->empty());
  EXPECT_EQ(to_iso(days->front().date), "2022-05-27");
  EXPECT_EQ(days->front().name.nl, "brugdag na Hemelvaartsdag");
  for (const Holiday& day : *days) {
    EXPECT_TRUE(day.bridging);
  }
}

TEST(BridgingDaysFile, ReadsDatesAndStringsInDateOrder) {
  const Result<std::vector<Holiday>> days = load_bridging_days(fixture("valid.toml"));
  ASSERT_TRUE(days.has_value()) << test_support::describe(days.error());
  ASSERT_EQ(days->size(), 2U);
  EXPECT_EQ((*days)[0],
            (Holiday{date("2022-05-27"),
                     LocalizedText{"bridging day after Ascension Day", "brugdag na Hemelvaartsdag"},
                     true}));
  // Without name_en the Dutch name stands in English too.
  EXPECT_EQ(
      (*days)[1],
      (Holiday{date("2023-05-19"),
               LocalizedText{"brugdag na Hemelvaartsdag", "brugdag na Hemelvaartsdag"}, true}));
}

TEST(BridgingDaysFile, AnEmptyTableIsFine) {
  const Result<std::vector<Holiday>> days = load_bridging_days(fixture("empty.toml"));
  ASSERT_TRUE(days.has_value()) << test_support::describe(days.error());
  EXPECT_TRUE(days->empty());
}

TEST(BridgingDaysFile, ReportsEveryProblemAtItsPlace) {
  const std::string file = fixture("errors.toml");
  expect_input_error(
      load_bridging_days(file),
      {
          {file + ":3:8",
           "'date' must be a date written YYYY-MM-DD, such as 2022-05-27, found '27-05-2022'", ""},
          {file + ":7:8",
           "'date' must be a date written YYYY-MM-DD, such as 2022-05-27, found '2023-02-29'",
           "February 2023 has 28 days"},
          {file + ":11:8",
           "'date' 1899-12-29 is outside the years 1900-2200 that tenderkit supports", ""},
          {file + ":15:8", "'date' must be a date such as 2022-05-27, found an integer", ""},
          {file + ":19:8", "'date' must be a date such as 2022-05-27, found a date-time",
           "write the date alone, without a time"},
          {file + ":23:8",
           "bridging day 2022-05-28 falls on a Saturday, which is no working day anyway", ""},
          {file + ":27:8",
           "bridging day 2022-05-26 falls on Ascension Day, a general holiday already", ""},
          {file + ":34:1", "[[bridging_day]] lacks the required key 'name'", ""},
          {file + ":35:8", "bridging day 2022-05-27 is listed twice",
           "first listed at " + file + ":31:8"},
          {file + ":36:1", "unknown key 'nmae' in [[bridging_day]]", "did you mean 'name'?"},
          {file + ":38:1", "[[bridging_day]] lacks the required key 'date'",
           "write the date as date = 2022-05-27"},
          {file + ":40:11", "'name_en' must not be empty",
           "leave the key out to use the Dutch name in English too"},
      });
}

TEST(BridgingDaysFile, ProblemsAreWordedInDutchToo) {
  const Result<std::vector<Holiday>> days = load_bridging_days(fixture("errors.toml"));
  ASSERT_FALSE(days.has_value());
  const std::vector<Diagnostic>& found = days.error().diagnostics();
  ASSERT_GE(found.size(), 12U);
  EXPECT_EQ(found[1].hint.nl, "februari 2023 heeft 28 dagen");
  EXPECT_EQ(found[5].message.nl, "brugdag 2022-05-28 valt op een zaterdag, dat is al geen werkdag");
  EXPECT_EQ(found[6].message.nl,
            "brugdag 2022-05-26 valt op Hemelvaartsdag, al een algemene "
            "feestdag");
  EXPECT_EQ(found[8].message.nl, "brugdag 2022-05-27 staat er twee keer in");
  EXPECT_EQ(found[11].hint.nl,
            "laat de sleutel weg om de Nederlandse naam ook in het Engels te gebruiken");
}

TEST(BridgingDaysFile, ParsesTextWithABomAndWindowsLineEnds) {
  const Result<std::vector<Holiday>> days = parse_bridging_days(
      "\xEF\xBB\xBF[[bridging_day]]\r\ndate = \"2022-05-27\"\r\nname = \"brugdag\"\r\n"
      "[[bridging_day]]\r\ndate = \"2022-05-00\"\r\nname = \"dag nul\"\r\n",
      "inline.toml");
  expect_input_error(
      days,
      {{"inline.toml:5:8",
        "'date' must be a date written YYYY-MM-DD, such as 2022-05-27, found '2022-05-00'", ""}});
}

TEST(BridgingDaysFile, UnknownTopLevelKeyGetsASuggestion) {
  const std::string file = fixture("unknown-root-key.toml");
  expect_input_error(load_bridging_days(file),
                     {{file + ":1:3", "unknown key 'bridging_days' in the bridging-days file",
                       "did you mean 'bridging_day'?"}});
}

TEST(BridgingDaysFile, SyntaxErrorsAndMissingFilesAreInputErrors) {
  const Result<std::vector<Holiday>> syntax = load_bridging_days(fixture("syntax.toml"));
  ASSERT_FALSE(syntax.has_value());
  EXPECT_EQ(syntax.error().kind(), ErrorKind::input);
  ASSERT_TRUE(syntax.error().diagnostics().front().where.has_value());
  EXPECT_EQ(syntax.error().diagnostics().front().where->line, 3);

  const Result<std::vector<Holiday>> missing = load_bridging_days(fixture("no-such-file.toml"));
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().kind(), ErrorKind::input);
}

}  // namespace
}  // namespace tenderkit::input
