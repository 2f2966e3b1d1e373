// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/scoring/scores.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <sstream>
#include <string>

namespace tenderkit::scoring {
namespace {

using test_support::expect_input_error;

constexpr const char* kTender = R"(id = "t"
title = "T"
[[municipality]]
id = "north"
[[service]]
id = "care"
name = "Care"

[preselection]
max_candidates = 1
tie_break = ["quality", "lot"]
lot_seed = "seed"
[preselection.scale]
values = [0, 5, 7.5, 10]
[[preselection.criterion]]
id = "quality"
title = "Quality"
weight = 100
[[preselection.evaluator]]
id = "ann"
name = "Ann"
[[preselection.evaluator]]
id = "bob"
name = "Bob"
)";

Tender tender() {
  Result<Tender> loaded = input::parse_tender(kTender, "t.toml");
  EXPECT_TRUE(loaded.has_value()) << test_support::describe(loaded.error());
  return *loaded;
}

std::string version_for(const Tender& t) {
  const std::vector<Candidate> candidates{{"a", "Alpha"}, {"b", "Beta"}};
  return form_version(*t.preselection, candidates);
}

// A scores file with the right header and candidate list (8 lines); `body` starts on line 9.
std::string scores_file(const Tender& t, const std::string& body) {
  return "tender = \"t\"\nform_version = \"" + version_for(t) +
         "\"\n[[candidate]]\nid = \"a\"\nname = \"Alpha\"\n[[candidate]]\nid = \"b\"\nname = "
         "\"Beta\"\n" +
         body;
}

TEST(ScoresFile, ReadsExactScoresAndMotivations) {
  const Tender t = tender();
  const Result<ScoreSet> scores = parse_scores(scores_file(t, R"([[evaluation]]
evaluator = "ann"
source = "ann.xlsx"
[[evaluation.score]]
candidate = "a"
criterion = "quality"
score = 7.5
motivation = "Sterk plan."
[[consensus]]
candidate = "b"
criterion = "quality"
score = "15/2"
motivation = "Afgesproken."
)"),
                                               "s.toml", t);
  ASSERT_TRUE(scores.has_value()) << test_support::describe(scores.error());
  ASSERT_EQ(scores->evaluations.size(), 1u);
  EXPECT_EQ(scores->evaluations[0].scores[0].value, Rational(15, 2));
  EXPECT_EQ(scores->evaluations[0].scores[0].motivation, "Sterk plan.");
  EXPECT_EQ(scores->evaluations[0].scores[0].candidate, 0u);  // positions, not ids
  EXPECT_EQ(scores->evaluations[0].scores[0].criterion, 0u);
  const ScoreList& list = scores->evaluations[0].scores;
  EXPECT_EQ(list.location(list[0]).to_string(), "s.toml:12:1");
  EXPECT_EQ(scores->consensus[0].value, Rational(15, 2));
  EXPECT_EQ(scores->consensus[0].candidate, 1u);
  EXPECT_EQ(scores->candidates.size(), 2u);
}

TEST(ScoresFile, ReportsEveryProblemWithItsPlace) {
  const Tender t = tender();
  expect_input_error(parse_scores(scores_file(t, R"([[evaluation]]
evaluator = "an"
[[evaluation.score]]
candidate = "c"
criterion = "qualty"
score = 6
motivation = "x"
[[evaluation.score]]
candidate = "a"
criterion = "quality"
score = 10
motivation = ""
)"),
                                  "s.toml", t),
                     {{"s.toml:10:13", "unknown evaluator 'an'", "did you mean 'ann'?"},
                      {"s.toml:12:13", "unknown candidate 'c'", "did you mean 'a'?"},
                      {"s.toml:13:13", "unknown criterion 'qualty'", "did you mean 'quality'?"},
                      {"s.toml:14:9", "score 6 is not on the scale (0, 5, 7.5, 10)", ""},
                      {"s.toml:20:14", "'motivation' must not be empty", ""}});
}

TEST(ScoresFile, RejectsAnEvaluatorTwiceAndACellScoredTwice) {
  const Tender t = tender();
  const std::string score =
      "[[evaluation.score]]\ncandidate = \"a\"\ncriterion = \"quality\"\n"
      "score = 5\nmotivation = \"m\"\n";
  expect_input_error(
      parse_scores(scores_file(t, "[[evaluation]]\nevaluator = \"ann\"\n" + score + score +
                                      "[[evaluation]]\nevaluator = \"ann\"\n"),
                   "s.toml", t),
      {{"s.toml:16:1", "candidate 'a' is scored twice on criterion 'quality'", ""},
       {"s.toml:22:13", "evaluator 'ann' appears twice", "first at s.toml:10:13"}});
}

TEST(ScoresFile, RejectsScoresForAnotherTenderOrAnotherVersionOfTheForms) {
  const Tender t = tender();
  std::string other = scores_file(t, "");
  other.replace(other.find("\"t\""), 3, "\"u\"");
  expect_input_error(
      parse_scores(other, "s.toml", t),
      {{"s.toml:1:10", "these scores are for tender 'u', but t.toml is tender 't'", ""}});

  // The same file against a tender whose weights changed: the forms are of another version.
  std::string changed_text = kTender;
  changed_text.replace(changed_text.find("weight = 100"), 12, "weight = 100\n# changed\n");
  changed_text.replace(changed_text.find("values = [0, 5, 7.5, 10]"), 24, "values = [0, 5, 10]");
  const Result<Tender> changed = input::parse_tender(changed_text, "t.toml");
  ASSERT_TRUE(changed.has_value());
  expect_input_error(
      parse_scores(scores_file(t, ""), "s.toml", *changed),
      {{"s.toml:2:16",
        "these scores were given on another version of the forms: the tender's preselection or "
        "the candidate list has changed since",
        "make new forms with 'tender-score forms' and have them filled in again"}});
}

TEST(ScoresFile, NeedsATenderWithAPreselection) {
  Result<Tender> plain = input::parse_tender(
      "id = \"t\"\ntitle = \"T\"\n[[municipality]]\nid = \"n\"\n[[service]]\nid = \"s\"\nname = "
      "\"S\"\n",
      "t.toml");
  ASSERT_TRUE(plain.has_value());
  expect_input_error(
      parse_scores("", "s.toml", *plain),
      {{"t.toml:1:1", "the tender has no [preselection] section to score against", ""}});
}

TEST(ScoresFile, WritesWhatItReadsBack) {
  const Tender t = tender();
  ScoreSet scores;
  scores.tender_id = "t";
  scores.candidates = {{"a", "Alpha"}, {"b", "Beta \"B\"\nNoord"}};
  scores.form_version = form_version(*t.preselection, scores.candidates);
  Evaluation bob{"bob", "forms/bob.xlsx", "abc", {}, {}};
  bob.scores.push_back(Score{1, 0, Rational(10), "Tab\there", {}});
  bob.scores.push_back(Score{0, 0, Rational(15, 2), "=SUM(A1)", {}});
  scores.evaluations = {bob};
  scores.consensus.push_back(Score{0, 0, Rational(5), "Agreed", {}});
  std::ostringstream out;
  write_scores(out, scores, *t.preselection);
  const Result<ScoreSet> back = parse_scores(out.str(), "back.toml", t);
  ASSERT_TRUE(back.has_value()) << test_support::describe(back.error()) << out.str();
  EXPECT_EQ(back->candidates[1].name, "Beta \"B\"\nNoord");
  ASSERT_EQ(back->evaluations.size(), 1u);
  EXPECT_EQ(back->evaluations[0].source, "forms/bob.xlsx");
  // Written in candidate order, whatever the order they came in.
  EXPECT_EQ(back->evaluations[0].scores[0].candidate, 0u);
  EXPECT_EQ(back->evaluations[0].scores[0].value, Rational(15, 2));
  EXPECT_EQ(back->evaluations[0].scores[0].motivation, "=SUM(A1)");
  EXPECT_EQ(back->evaluations[0].scores[1].motivation, "Tab\there");
  EXPECT_EQ(back->consensus[0].value, Rational(5));
}

TEST(MergeScores, CombinesEvaluatorsAndRejectsOneTwice) {
  const Tender t = tender();
  const auto one = [&](const std::string& evaluator, const std::string& file) {
    Result<ScoreSet> s = parse_scores(
        scores_file(t, "[[evaluation]]\nevaluator = \"" + evaluator + "\"\n"), file, t);
    EXPECT_TRUE(s.has_value());
    return *s;
  };
  Result<ScoreSet> merged =
      merge_scores({one("ann", "a.toml"), one("bob", "b.toml")}, *t.preselection);
  ASSERT_TRUE(merged.has_value());
  EXPECT_EQ(merged->evaluations.size(), 2u);
  expect_input_error(
      merge_scores({one("ann", "a.toml"), one("ann", "c.toml")}, *t.preselection),
      {{"c.toml:9:1", "evaluator 'ann' has scores in two files", "also in a.toml:9:1"}});
}

TEST(MergeScores, KeepsTheFileOfEveryConsensusScoreAndRejectsOneTwice) {
  const Tender t = tender();
  const auto consensus = [&](const std::string& candidate, const std::string& file) {
    Result<ScoreSet> s = parse_scores(
        scores_file(t, "[[consensus]]\ncandidate = \"" + candidate +
                           "\"\ncriterion = \"quality\"\nscore = 5\nmotivation = \"m\"\n"),
        file, t);
    EXPECT_TRUE(s.has_value());
    return *s;
  };
  Result<ScoreSet> merged =
      merge_scores({consensus("a", "a.toml"), consensus("b", "b.toml")}, *t.preselection);
  ASSERT_TRUE(merged.has_value());
  ASSERT_EQ(merged->consensus.size(), 2u);
  EXPECT_EQ(merged->consensus.location(merged->consensus[0]).to_string(), "a.toml:9:1");
  EXPECT_EQ(merged->consensus.location(merged->consensus[1]).to_string(), "b.toml:9:1");
  const ScoreSet copy = *merged;  // a copy holds its own motivations
  EXPECT_EQ(copy.consensus[1].motivation, "m");
  EXPECT_NE(copy.consensus[1].motivation.data(), merged->consensus[1].motivation.data());
  EXPECT_EQ(copy.consensus.location(copy.consensus[1]).to_string(), "b.toml:9:1");
  expect_input_error(
      merge_scores({consensus("a", "a.toml"), consensus("a", "c.toml")}, *t.preselection),
      {{"c.toml:9:1", "the consensus score of 'a' on 'quality' is given twice",
        "also at a.toml:9:1"}});
}

TEST(Admit, TakesCompliantRegistrationsAndSaysWhyOthersAreOut) {
  integrality::CheckReport report;
  report.registrations.push_back({Registration{"ok", {}, "Fine", "t", {}, {}, "ok.toml"}, {}});
  integrality::RegistrationCheck bad{Registration{"bad", {}, "Flawed", "t", {}, {}, "bad.toml"},
                                     {}};
  bad.findings.push_back({"INT-003", integrality::Severity::error, {}, {}});
  bad.findings.push_back({"INT-001", integrality::Severity::error, {}, {}});
  bad.findings.push_back({"INT-009", integrality::Severity::warning, {}, {}});
  report.registrations.push_back(bad);
  const Admission admission = admit(report);
  ASSERT_EQ(admission.candidates.size(), 1u);
  EXPECT_EQ(admission.candidates[0].id, "ok");
  ASSERT_EQ(admission.rejected.size(), 1u);
  EXPECT_EQ(admission.rejected[0].reason, "not compliant: INT-003, INT-001");
}

}  // namespace
}  // namespace tenderkit::scoring
