// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/input/tender_file.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <string>

namespace tenderkit::input {
namespace {

using test_support::expect_input_error;

// Lines 1-7 of every tender here; the [preselection] section starts on line 8.
std::string tender_with(const std::string& preselection) {
  return "id = \"t\"\ntitle = \"T\"\n[[municipality]]\nid = \"n\"\n[[service]]\nid = \"s\"\n"
         "name = \"S\"\n" +
         preselection;
}

constexpr const char* kCriteria = R"([[preselection.criterion]]
id = "visie"
title = "Visie"
weight = 60
[[preselection.criterion]]
id = "samenwerking"
title = "Samenwerking"
weight = 40
[[preselection.evaluator]]
id = "ann"
name = "Ann"
)";

TEST(Preselection, ReadsAFullSection) {
  const Result<Tender> tender = parse_tender(tender_with(std::string(R"([preselection]
min_candidates = 3
max_candidates = 5
consensus = "median"
spread_threshold = 3.5
tie_break = ["samenwerking", "visie", "lot"]
lot_seed = "notaris"
[preselection.scale]
min = 0
max = 5
step = 0.5
[[preselection.knockout]]
id = "KO-1"
text = "Integraliteit"
)") + kCriteria + R"([[preselection.criterion.guidance]]
score = 4.5
text = "Bijna"
)"),
                                             "t.toml");
  ASSERT_TRUE(tender.has_value()) << test_support::describe(tender.error());
  const Preselection& p = *tender->preselection;
  EXPECT_EQ(p.min_candidates, 3);
  EXPECT_EQ(p.max_candidates, 5);
  EXPECT_EQ(p.consensus, ConsensusMethod::median);
  EXPECT_EQ(*p.spread_threshold, Rational(7, 2));
  ASSERT_EQ(p.scale.values.size(), 11u);
  EXPECT_EQ(p.scale.values[1], Rational(1, 2));
  EXPECT_TRUE(p.scale.allows(Rational(9, 2)));
  EXPECT_FALSE(p.scale.allows(Rational(1, 4)));
  EXPECT_EQ(p.tie_break.size(), 3u);
  EXPECT_EQ(p.tie_break[0].criterion_id, "samenwerking");
  EXPECT_TRUE(p.tie_break[2].is_lot);
  EXPECT_EQ(p.criteria[1].guidance[0].score, Rational(9, 2));
  EXPECT_EQ(p.maximum_total(), Rational(100));
  EXPECT_EQ(p.knockouts[0].text, "Integraliteit");
}

TEST(Preselection, PointsAddUpToTheMaximumTotal) {
  const Result<Tender> tender = parse_tender(
      tender_with(std::string("[preselection]\nmax_candidates = 2\nweight_kind = \"points\"\n"
                              "[preselection.scale]\nvalues = [1, 2, 3, 4, 5]\n") +
                  kCriteria),
      "t.toml");
  ASSERT_TRUE(tender.has_value()) << test_support::describe(tender.error());
  EXPECT_EQ(tender->preselection->maximum_total(), Rational(100));
  EXPECT_EQ(tender->preselection->scale.maximum(), Rational(5));
}

TEST(Preselection, PercentagesMustAddUpTo100) {
  std::string criteria = kCriteria;
  criteria.replace(criteria.find("weight = 40"), 11, "weight = 35");
  expect_input_error(
      parse_tender(tender_with("[preselection]\nmax_candidates = 2\nweight_kind = \"percentage\"\n"
                               "[preselection.scale]\nvalues = [0, 10]\n" +
                               criteria),
                   "t.toml"),
      {{"t.toml:10:15", "percentage weights must add up to 100, these add up to 95",
        "correct the weights, or set weight_kind = \"points\" to publish points instead"}});
}

TEST(Preselection, TieBreakStepsMustBeCriteriaThenLotWithASeed) {
  expect_input_error(
      parse_tender(tender_with("[preselection]\nmax_candidates = 2\n"
                               "tie_break = [\"visei\", \"lot\", \"visie\"]\n"
                               "[preselection.scale]\nvalues = [0, 10]\n" +
                               std::string(kCriteria)),
                   "t.toml"),
      {{"t.toml:10:13", "the tie-break ends in a drawing of lots, but 'lot_seed' is not set",
        "publish the seed in advance, e.g. lot_seed = \"notaris 2022-03-14\""},
       {"t.toml:10:14", "tie-break step 'visei' is neither a criterion nor 'lot'",
        "did you mean 'visie'?"},
       {"t.toml:10:30",
        "'lot' must be the last tie-break step: nothing can follow a drawing of lots", ""}});
}

TEST(Preselection, ScaleErrors) {
  const auto with_scale = [](const std::string& scale) {
    return tender_with("[preselection]\nmax_candidates = 2\n[preselection.scale]\n" + scale +
                       kCriteria);
  };
  expect_input_error(
      parse_tender(with_scale("values = [0, 4, 2]\n"), "t.toml"),
      {{"t.toml:11:17", "scale values must be in ascending order without repeats; 2 follows 4",
        ""}});
  expect_input_error(parse_tender(with_scale("min = 0\nmax = 10\nstep = 3\n"), "t.toml"),
                     {{"t.toml:13:8", "the step 3 does not divide max - min (10) evenly", ""}});
  expect_input_error(
      parse_tender(with_scale("values = [0, 10]\nstep = 1\n"), "t.toml"),
      {{"t.toml:11:10", "give either 'values' or 'min', 'max' and 'step', not both", ""}});
  expect_input_error(
      parse_tender(with_scale("values = [0, \"ten\"]\n"), "t.toml"),
      {{"t.toml:11:14", "a scale value must be a number such as 8 or 7.5, found a string", ""}});
}

// TOML attaches [[preselection.criterion.guidance]] to the last criterion written before it.
TEST(Preselection, GuidanceMustBeOnTheScale) {
  expect_input_error(
      parse_tender(tender_with(std::string("[preselection]\nmax_candidates = 2\n"
                                           "[preselection.scale]\nvalues = [0, 5, 10]\n") +
                               kCriteria +
                               "[[preselection.criterion.guidance]]\nscore = 7\n"
                               "text = \"Goed\"\n"),
                   "t.toml"),
      {{"t.toml:24:9",
        "guidance for score 7 of criterion 'samenwerking', but the scale is 0, 5, 10", ""}});
}

TEST(Preselection, MissingPartsAreNamed) {
  expect_input_error(parse_tender(tender_with("[preselection]\nmin_candidates = 3\n"), "t.toml"),
                     {{"t.toml:8:1", "[preselection] lacks the required key 'max_candidates'",
                       "the most candidates to invite, e.g. max_candidates = 3"},
                      {"t.toml:8:1",
                       "[preselection] lacks the scale; add [preselection.scale] with values = "
                       "[0, 2, 4, 6, 8, 10] or min, max and step",
                       ""},
                      {"t.toml:8:1",
                       "the preselection names no evaluators; add at least one "
                       "[[preselection.evaluator]]",
                       ""},
                      {"t.toml:8:1",
                       "the preselection has no criteria; add at least one "
                       "[[preselection.criterion]]",
                       ""}});
}

}  // namespace
}  // namespace tenderkit::input
