// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/wording.hpp>
#include <tenderkit/cli/help_wording.hpp>
#include <tenderkit/cli/wording.hpp>
#include <tenderkit/commands/help_wording.hpp>
#include <tenderkit/commands/score_wording.hpp>
#include <tenderkit/commands/wording.hpp>
#include <tenderkit/core/wording.hpp>
#include <tenderkit/core/words.hpp>
#include <tenderkit/input/wording.hpp>
#include <tenderkit/integrality/wording.hpp>
#include <tenderkit/match/wording.hpp>
#include <tenderkit/model/wording.hpp>
#include <tenderkit/report/match_wording.hpp>
#include <tenderkit/report/ranking_wording.hpp>
#include <tenderkit/report/wording.hpp>
#include <tenderkit/schedule/wording.hpp>
#include <tenderkit/scoring/collect_wording.hpp>
#include <tenderkit/scoring/file_wording.hpp>
#include <tenderkit/scoring/wording.hpp>
#include <tenderkit/xlsx/wording.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace tenderkit {
namespace {

using wording::Phrase;

// Every module's catalogue: a module that adds a wording.hpp lists its catalogue here.
std::vector<const Phrase*> all_phrases() {
  std::vector<const Phrase*> phrases;
  const auto add = [&](std::span<const Phrase* const> catalogue) {
    for (const Phrase* phrase : catalogue)
      phrases.push_back(phrase);
  };
  add(model::words::catalogue);
  add(core::words::catalogue);
  add(input::words::catalogue);
  add(scoring::file_words::catalogue);
  add(scoring::collect_words::catalogue);
  add(xlsx::words::catalogue);
  add(cli::words::catalogue);
  add(integrality::words::catalogue);
  add(report::words::catalogue);
  add(scoring::words::catalogue);
  add(commands::words::catalogue);
  add(commands::score_words::catalogue);
  add(schedule::words::clause_catalogue);
  add(schedule::words::workbook_catalogue);
  add(schedule::words::report_catalogue);
  add(report::match_words::catalogue);
  add(report::ranking_words::catalogue);
  add(match::words::catalogue);
  add(model::words::contract_catalogue);
  add(schedule::words::error_catalogue);
  add(input::words::bridging_catalogue);
  add(cli::words::usage_catalogue);
  add(core::words::clock_catalogue);
  add(commands::words::schedule_catalogue);
  add(xlsx::words::reader_catalogue);
  add(input::words::register_catalogue);
  add(input::words::baseline_catalogue);
  add(cli::help_words::label_catalogue);
  add(cli::help_words::catalogue);
  add(commands::help_words::shared_catalogue);
  add(commands::help_words::check_catalogue);
  add(commands::help_words::init_catalogue);
  add(commands::help_words::schedule_catalogue);
  add(commands::help_words::score_catalogue);
  add(commands::help_words::match_catalogue);
  add(cli::words::parse_catalogue);
  add(cli::words::warning_catalogue);
  add(commands::words::init_catalogue);
  add(schedule::words::warning_catalogue);
  add(calendar::words::catalogue);
  return phrases;
}

std::vector<std::string_view> sorted(std::vector<std::string_view> names) {
  std::sort(names.begin(), names.end());
  return names;
}

TEST(WordingCatalogue, EveryPhraseHasBothLanguagesWithTheSamePlaceholders) {
  for (const Phrase* phrase : all_phrases()) {
    SCOPED_TRACE(std::string(phrase->id));
    EXPECT_FALSE(phrase->en.empty());
    EXPECT_FALSE(phrase->nl.empty());
    EXPECT_EQ(sorted(wording::placeholders(phrase->en)), sorted(wording::placeholders(phrase->nl)));
  }
}

TEST(WordingCatalogue, IdsAreUniqueAndNamedByModule) {
  std::set<std::string_view> ids;
  for (const Phrase* phrase : all_phrases()) {
    EXPECT_TRUE(ids.insert(phrase->id).second) << "duplicate id " << phrase->id;
    EXPECT_NE(phrase->id.find('.'), std::string_view::npos) << phrase->id;
  }
}

constexpr Phrase kMembers{"test.members", "{name} has {count} members and scores {score}",
                          "{name} heeft {count} leden en scoort {score}"};
constexpr Phrase kOneMember{"test.one-member", "{name} has 1 member", "{name} heeft 1 lid"};

TEST(Wording, FillsTypedArgumentsPerLanguage) {
  const LocalizedText text =
      wording::say(kMembers, {wording::text("name", "Zorg {score} B.V."),
                              wording::integer("count", 1200), wording::number("score", "8.67")});
  EXPECT_EQ(text.en, "Zorg {score} B.V. has 1,200 members and scores 8.67");
  EXPECT_EQ(text.nl, "Zorg {score} B.V. heeft 1.200 leden en scoort 8,67");
  EXPECT_EQ(wording::say(Language::nl, kMembers,
                         {wording::text("name", "X"), wording::integer("count", 3),
                          wording::number("score", "-1234.5")}),
            "X heeft 3 leden en scoort -1.234,5");
}

TEST(Wording, CountChoosesTheSingular) {
  EXPECT_EQ(wording::say_count(1, kOneMember, kMembers,
                               {wording::text("name", "A"), wording::number("score", "7")})
                .nl,
            "A heeft 1 lid");
  EXPECT_EQ(wording::say_count(2, kOneMember, kMembers,
                               {wording::text("name", "A"), wording::number("score", "7")})
                .en,
            "A has 2 members and scores 7");
}

TEST(Wording, LocalizedArgumentsAndLiteralBraces) {
  constexpr Phrase kBraces{"test.braces", "{{x}} {when}", "{{x}} {when}"};
  const LocalizedText text =
      wording::say(kBraces, {wording::localized("when", {"1 October 2025", "1 oktober 2025"})});
  EXPECT_EQ(text.en, "{x} 1 October 2025");
  EXPECT_EQ(text.nl, "{x} 1 oktober 2025");
  EXPECT_EQ(wording::placeholders(kBraces.en), std::vector<std::string_view>{"when"});
}

TEST(Wording, LoneBracesAndLargeIntegersAsWritten) {
  // fill() copies the text between placeholders in runs; a lone brace is text, an unclosed one
  // ends the wording as written.
  constexpr Phrase kLone{"test.lone", "a } b {n} c {open", "a } b {n} c {open"};
  EXPECT_EQ(wording::say(Language::en, kLone, {wording::integer("n", -1234567)}),
            "a } b -1,234,567 c {open");
  EXPECT_EQ(wording::say(Language::nl, kLone, {wording::integer("n", INT64_MIN)}),
            "a } b -9.223.372.036.854.775.808 c {open");
  EXPECT_EQ(wording::say(Language::nl, kLone, {wording::text("n", "{x}")}), "a } b {x} c {open");
}

TEST(Wording, MissingArgumentStaysVisible) {
  EXPECT_EQ(wording::say(Language::en, kOneMember), "{name} has 1 member");
}

TEST(Wording, FormatsNumbersAsEachLanguageWritesThem) {
  EXPECT_EQ(wording::format_number("1234.5", Language::nl), "1.234,5");
  EXPECT_EQ(wording::format_number("1234.5", Language::en), "1,234.5");
  EXPECT_EQ(wording::format_number("999", Language::nl), "999");
  EXPECT_EQ(wording::format_number("1000000", Language::nl), "1.000.000");
  EXPECT_EQ(wording::format_number("-0.25", Language::nl), "-0,25");
  EXPECT_EQ(wording::format_number("26/3", Language::nl), "26/3");
  EXPECT_EQ(wording::format_number("1.2.3", Language::nl), "1.2.3");
  EXPECT_EQ(wording::format_number("", Language::nl), "");
}

TEST(Wording, LanguageNames) {
  EXPECT_EQ(parse_language("nl"), Language::nl);
  EXPECT_EQ(parse_language("en"), Language::en);
  EXPECT_EQ(parse_language("de"), std::nullopt);
  EXPECT_EQ(to_string(Language::nl), "nl");
}

}  // namespace
}  // namespace tenderkit
