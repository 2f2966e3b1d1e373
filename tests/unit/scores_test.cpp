// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/scoring/collect.hpp>
#include <tenderkit/scoring/scores.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <fstream>
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

TEST(ScoresFile, DutchKeyNamesGetTheTenderkitKey) {
  const Tender t = tender();
  expect_input_error(
      parse_scores(scores_file(t, R"([[evaluation]]
beoordelaar = "ann"
[[evaluation.score]]
gegadigde = "a"
criterium = "quality"
cijfer = 5
motivering = "x"
[[beoordeling]]
)"),
                   "s.toml", t),
      {{"s.toml:9:1", "[[evaluation]] lacks the required key 'evaluator'", ""},
       {"s.toml:10:1", "unknown key 'beoordelaar' in [[evaluation]]",
        "did you mean 'evaluator'? ('beoordelaar' is written 'evaluator' here)"},
       {"s.toml:11:1", "[[evaluation.score]] lacks the required key 'candidate'", ""},
       {"s.toml:11:1", "[[evaluation.score]] lacks the required key 'criterion'", ""},
       {"s.toml:11:1", "the score lacks its 'score'", ""},
       {"s.toml:11:1", "[[evaluation.score]] lacks the required key 'motivation'", ""},
       {"s.toml:12:1", "unknown key 'gegadigde' in [[evaluation.score]]",
        "did you mean 'candidate'? ('gegadigde' is written 'candidate' here)"},
       {"s.toml:13:1", "unknown key 'criterium' in [[evaluation.score]]",
        "did you mean 'criterion'? ('criterium' is written 'criterion' here)"},
       {"s.toml:14:1", "unknown key 'cijfer' in [[evaluation.score]]",
        "did you mean 'score'? ('cijfer' is written 'score' here)"},
       {"s.toml:15:1", "unknown key 'motivering' in [[evaluation.score]]",
        "did you mean 'motivation'? ('motivering' is written 'motivation' here)"},
       {"s.toml:16:3", "unknown key 'beoordeling' in the scores file",
        "did you mean [[evaluation]]? ('beoordeling' is written [[evaluation]] here)"}});
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

// A consensus file's header (2 lines); `body` starts on line 3.
std::string consensus_file(const Tender& t, const std::string& body) {
  return "tender = \"t\"\nform_version = \"" + version_for(t) + "\"\n" + body;
}

TEST(ConsensusFile, ReadsTheCommitteesScoresAgainstTheScoresCandidates) {
  const Tender t = tender();
  Result<ScoreSet> scores = parse_scores(scores_file(t, ""), "s.toml", t);
  ASSERT_TRUE(scores.has_value()) << test_support::describe(scores.error());
  Result<ScoreSet> consensus =
      parse_consensus(consensus_file(t,
                                     "[[consensus]]\ncandidate = \"b\"\ncriterion = \"quality\"\n"
                                     "score = 7.5\nmotivation = \"Meeting of 14 March\"\n"),
                      "c.toml", t, *scores);
  ASSERT_TRUE(consensus.has_value()) << test_support::describe(consensus.error());
  ASSERT_EQ(consensus->consensus.size(), 1u);
  EXPECT_EQ(consensus->consensus[0].candidate, 1u);
  EXPECT_EQ(consensus->consensus[0].value, Rational(15, 2));
  EXPECT_EQ(consensus->consensus.location(consensus->consensus[0]).to_string(), "c.toml:3:1");
  // Merged with the scores, it is the explicit consensus.
  std::vector<ScoreSet> sets;
  sets.push_back(std::move(*scores));
  sets.push_back(std::move(*consensus));
  Result<ScoreSet> merged = merge_scores(std::move(sets), *t.preselection);
  ASSERT_TRUE(merged.has_value());
  EXPECT_EQ(merged->consensus.size(), 1u);
}

TEST(ConsensusFile, NamesUnknownIdsWithTheirPlaceAndTheClosestId) {
  const Tender t = tender();
  Result<ScoreSet> scores = parse_scores(scores_file(t, ""), "s.toml", t);
  ASSERT_TRUE(scores.has_value());
  expect_input_error(
      parse_consensus(consensus_file(t,
                                     "[[consensus]]\ncandidate = \"c\"\ncriterion = \"qualty\"\n"
                                     "score = 5\nmotivation = \"x\"\n"),
                      "c.toml", t, *scores),
      {{"c.toml:4:13", "unknown candidate 'c'", "did you mean 'a'?"},
       {"c.toml:5:13", "unknown criterion 'qualty'", "did you mean 'quality'?"}});
}

TEST(ConsensusFile, RecognisesAnotherVersionOfTheFormsAndAScoresFile) {
  const Tender t = tender();
  Result<ScoreSet> scores = parse_scores(scores_file(t, ""), "s.toml", t);
  ASSERT_TRUE(scores.has_value());
  const std::string entry =
      "[[consensus]]\ncandidate = \"a\"\ncriterion = \"quality\"\nscore = 5\n"
      "motivation = \"x\"\n";
  Result<ScoreSet> other =
      parse_consensus("tender = \"t\"\nform_version = \"0123\"\n" + entry, "c.toml", t, *scores);
  ASSERT_FALSE(other.has_value());
  EXPECT_EQ(other.error().diagnostics().front().where->to_string(), "c.toml:2:16");
  EXPECT_NE(other.error().message().find("another version of the forms"), std::string::npos);
  Result<ScoreSet> unversioned = parse_consensus("tender = \"t\"\n" + entry, "c.toml", t, *scores);
  ASSERT_FALSE(unversioned.has_value());
  EXPECT_NE(unversioned.error().diagnostics().front().hint.en.find(version_for(t)),
            std::string::npos);
  Result<ScoreSet> another_tender =
      parse_consensus("tender = \"u\"\n" + entry, "c.toml", t, *scores);
  ASSERT_FALSE(another_tender.has_value());
  EXPECT_NE(another_tender.error().message().find("tender 'u'"), std::string::npos);
  // A scores file is no consensus file, and the other way round.
  EXPECT_FALSE(parse_consensus(scores_file(t, entry), "s.toml", t, *scores).has_value());
  Result<ScoreSet> as_scores = parse_scores(consensus_file(t, entry), "c.toml", t);
  ASSERT_FALSE(as_scores.has_value());
  EXPECT_NE(as_scores.error().diagnostics().front().hint.en.find("--consensus"), std::string::npos);
}

TEST(ConsensusFile, AScoresFileWithConsensusIsStillRead) {
  // Backward compatible: [[consensus]] in a scores file, as earlier versions documented it.
  const Tender t = tender();
  Result<ScoreSet> scores =
      parse_scores(scores_file(t,
                               "[[consensus]]\ncandidate = \"a\"\ncriterion = "
                               "\"quality\"\nscore = 5\nmotivation = \"x\"\n"),
                   "s.toml", t);
  ASSERT_TRUE(scores.has_value()) << test_support::describe(scores.error());
  EXPECT_EQ(scores->consensus.size(), 1u);
}

// What collect would write: ann's form (a.xlsx, SHA-256 "aa...") scored 'a' 5.
ScoreSet collected(const Tender& t) {
  Result<ScoreSet> set = parse_scores(
      scores_file(t, "[[evaluation]]\nevaluator = \"ann\"\nsource = \"a.xlsx\"\nsha256 = \"" +
                         std::string(64, 'a') +
                         "\"\n[[evaluation.score]]\ncandidate = \"a\"\ncriterion = "
                         "\"quality\"\nscore = 5\nmotivation = \"ok\"\n"),
      "new.toml", t);
  EXPECT_TRUE(set.has_value()) << test_support::describe(set.error());
  return std::move(set).value();
}

std::string written(const ScoreSet& set, const Tender& t) {
  std::ostringstream out;
  write_scores(out, set, *t.preselection);
  return out.str();
}

// check_replaceable over a previous file holding `content`: the messages of its refusal.
std::vector<std::string> refusal(const std::string& content, const ScoreSet& next,
                                 const Tender& t) {
  test_support::TempDir dir;
  const std::filesystem::path path = dir.path() / "scores.toml";
  std::ofstream(path, std::ios::binary) << content;
  const Result<void> replaceable = check_replaceable(path, next, t);
  std::vector<std::string> messages;
  if (!replaceable) {
    EXPECT_EQ(replaceable.error().kind(), ErrorKind::output);
    for (const Diagnostic& diagnostic : replaceable.error().diagnostics()) {
      const std::string where =
          diagnostic.where ? diagnostic.where->to_string().substr(path.string().size()) : "";
      messages.push_back(where + " " + diagnostic.message.en.substr(0, 40));
    }
  }
  return messages;
}

TEST(CheckReplaceable, ReplacesNothingThereAnEmptyFileAndWhatCollectWrote) {
  const Tender t = tender();
  const ScoreSet next = collected(t);
  test_support::TempDir dir;
  EXPECT_TRUE(check_replaceable(dir.path() / "none.toml", next, t).has_value());
  EXPECT_TRUE(refusal("", next, t).empty());
  EXPECT_TRUE(refusal(written(next, t), next, t).empty());
  // Another form version, only collected evaluations: an old collection, replaced.
  std::string old = written(next, t);
  old.replace(old.find(version_for(t)), 64, std::string(64, '0'));
  EXPECT_TRUE(refusal(old, next, t).empty());
}

TEST(CheckReplaceable, RefusesToDropAConsensusAComment) {
  const Tender t = tender();
  const ScoreSet next = collected(t);
  const std::string previous = written(next, t) +
                               "# decided on 14 March\n[[consensus]]\ncandidate = \"a\"\n"
                               "criterion = \"quality\"\nscore = 10\nmotivation = \"agreed\"\n";
  const std::vector<std::string> messages = refusal(previous, next, t);
  ASSERT_EQ(messages.size(), 3u);
  EXPECT_EQ(messages[1], ":24:1 a comment written by hand would be lost");
  EXPECT_EQ(messages[2], ":25:1 the consensus score of 'a' on 'quality' ");
  // Carried over identically (from a scores file given to collect), it is not lost.
  ScoreSet with_consensus = next;
  with_consensus.consensus.push_back(Score{0, 0, Rational(10), "agreed", {}});
  const std::string same = written(with_consensus, t);
  EXPECT_TRUE(refusal(same, with_consensus, t).empty());
}

TEST(CheckReplaceable, RefusesToDropScoresWrittenOrChangedByHand) {
  const Tender t = tender();
  const ScoreSet next = collected(t);
  // bob's scores typed into the file: no form SHA-256.
  const std::string by_hand =
      written(next, t) +
      "\n[[evaluation]]\nevaluator = \"bob\"\n[[evaluation.score]]\ncandidate = \"b\"\n"
      "criterion = \"quality\"\nscore = 10\nmotivation = \"typed\"\n";
  std::vector<std::string> messages = refusal(by_hand, next, t);
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_NE(messages[1].find("evaluator 'bob' written"), std::string::npos);
  // ann's score changed from 5 to 10 while a.xlsx is unchanged.
  std::string changed = written(next, t);
  changed.replace(changed.find("score = 5"), 9, "score = 10");
  messages = refusal(changed, next, t);
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_NE(messages[1].find("evaluator 'ann' were chang"), std::string::npos);
}

TEST(CheckReplaceable, RefusesAFileThatIsNoScoresFileOfTheTender) {
  const Tender t = tender();
  const ScoreSet next = collected(t);
  EXPECT_EQ(refusal("tender = \"t\"\n[[consensus\n", next, t).size(), 1u);  // half edited
  EXPECT_EQ(refusal("tender = \"u\"\n", next, t).size(), 1u);               // another tender
  EXPECT_EQ(refusal("id = \"t\"\ntitle = \"T\"\n", next, t).size(), 1u);    // a tender file
}

TEST(Admit, TakesCompliantRegistrationsAndSaysWhyOthersAreOut) {
  integrality::CheckReport report;
  report.registrations.push_back(
      {Registration{"ok", {}, "Fine", "t", {}, {}, "ok.toml", {}, {}, false, {}}, {}});
  integrality::RegistrationCheck bad{
      Registration{"bad", {}, "Flawed", "t", {}, {}, "bad.toml", {}, {}, false, {}}, {}};
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
