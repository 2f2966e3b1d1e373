// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/scoring/ranking.hpp>

#include <gtest/gtest.h>

#include <deque>
#include <map>
#include <string>
#include <vector>

namespace tenderkit::scoring {
namespace {

// Two criteria (60% and 40%) on a 0-10 scale, two evaluators, three places.
Preselection make_preselection(ConsensusMethod method = ConsensusMethod::mean) {
  Preselection preselection;
  for (int value = 0; value <= 10; ++value) {
    preselection.scale.values.push_back(Rational(value));
  }
  preselection.min_candidates = 2;
  preselection.max_candidates = 2;
  preselection.criteria = {Criterion{"quality", "Quality", Rational(60), {}, {}},
                           Criterion{"cooperation", "Cooperation", Rational(40), {}, {}}};
  preselection.evaluators = {Evaluator{"ev1", "Ann", {}}, Evaluator{"ev2", "Bob", {}}};
  preselection.consensus = method;
  preselection.spread_threshold = Rational(3);
  preselection.tie_break = {TieBreakStep{false, "quality"}, TieBreakStep{true, ""}};
  preselection.lot_seed = "notaris 2022-03-14";
  return preselection;
}

constexpr std::uint32_t kQuality = 0;
constexpr std::uint32_t kCooperation = 1;

// Scores as "candidate: ev1 quality, ev1 cooperation, ev2 quality, ev2 cooperation", with the
// candidates in the order of their ids. A ranking points into the scores it ranks, so they are
// kept for the whole test run.
const ScoreSet& make_scores(const std::map<std::string, std::vector<int>>& table) {
  static std::deque<ScoreSet> kept;
  ScoreSet scores;
  scores.tender_id = "t";
  Evaluation first{"ev1", "ev1.xlsx", "", {}, {}};
  Evaluation second{"ev2", "ev2.xlsx", "", {}, {}};
  for (const auto& [candidate, values] : table) {
    const auto position = static_cast<std::uint32_t>(scores.candidates.size());
    scores.candidates.push_back(Candidate{candidate, "Consortium " + candidate});
    const auto add = [&](Evaluation& evaluation, std::uint32_t criterion, int value) {
      if (value >= 0) {  // -1 marks a missing score
        evaluation.scores.push_back(Score{position, criterion, Rational(value), "why", {}});
      }
    };
    add(first, kQuality, values[0]);
    add(first, kCooperation, values[1]);
    add(second, kQuality, values[2]);
    add(second, kCooperation, values[3]);
  }
  scores.evaluations = {first, second};
  return kept.emplace_back(std::move(scores));
}

// The scores of one candidate on (quality, cooperation).
ScoreList scores_of(std::uint32_t candidate, int quality, int cooperation) {
  ScoreList list;
  list.push_back(Score{candidate, kQuality, quality, "", {}});
  list.push_back(Score{candidate, kCooperation, cooperation, "", {}});
  return list;
}

const CandidateResult& find(const Ranking& ranking, const std::string& id) {
  for (const CandidateResult& result : ranking.candidates) {
    if (result.candidate.id == id) {
      return result;
    }
  }
  throw std::runtime_error("no candidate " + id);
}

std::vector<std::string> order(const Ranking& ranking) {
  std::vector<std::string> ids;
  for (const CandidateResult& result : ranking.candidates) {
    ids.push_back(result.candidate.id + (result.selected ? "*" : ""));
  }
  return ids;
}

TEST(Rank, ComputesMeanConsensusAndExactWeightedTotals) {
  const Ranking ranking =
      rank(make_preselection(), make_scores({{"a", {8, 6, 7, 6}}, {"b", {5, 5, 6, 6}}}));
  const CandidateResult& a = find(ranking, "a");
  EXPECT_EQ(*a.criteria[0].consensus, Rational(15, 2));
  EXPECT_EQ(*a.criteria[1].consensus, Rational(6));
  // 60 x 7.5 / 10 + 40 x 6 / 10 = 45 + 24
  EXPECT_EQ(*a.total, Rational(69));
  EXPECT_EQ(*find(ranking, "b").total, Rational(33) + Rational(22));
  EXPECT_EQ(order(ranking), (std::vector<std::string>{"a*", "b*"}));
  EXPECT_TRUE(ranking.complete());
}

TEST(Rank, MedianOfAnEvenNumberOfScoresIsTheMeanOfTheMiddleTwo) {
  Preselection preselection = make_preselection(ConsensusMethod::median);
  preselection.evaluators.push_back(Evaluator{"ev3", "Cas", {}});
  preselection.evaluators.push_back(Evaluator{"ev4", "Dee", {}});
  ScoreSet scores = make_scores({{"a", {2, 2, 9, 9}}});
  scores.evaluations.push_back(Evaluation{"ev3", "", "", scores_of(0, 4, 3), {}});
  scores.evaluations.push_back(Evaluation{"ev4", "", "", scores_of(0, 10, 3), {}});
  const Ranking ranking = rank(preselection, scores);
  EXPECT_EQ(*find(ranking, "a").criteria[0].consensus, Rational(13, 2));  // 2 4 9 10 -> 6.5
  EXPECT_EQ(*find(ranking, "a").criteria[1].consensus, Rational(3));      // 2 3 3 9 -> 3
}

TEST(Rank, ThirdsStayExact) {
  Preselection preselection = make_preselection();
  preselection.evaluators.push_back(Evaluator{"ev3", "Cas", {}});
  ScoreSet scores = make_scores({{"a", {7, 5, 7, 5}}});
  scores.evaluations.push_back(Evaluation{"ev3", "", "", scores_of(0, 8, 5), {}});
  const Ranking ranking = rank(preselection, scores);
  EXPECT_EQ(*find(ranking, "a").criteria[0].consensus, Rational(22, 3));
  EXPECT_EQ(*find(ranking, "a").total, Rational(44) + Rational(20));  // 60 x 22/3 / 10 = 44
}

TEST(Rank, AnExplicitConsensusOverridesTheComputedOneAndKeepsTheIndividualScores) {
  ScoreSet scores = make_scores({{"a", {8, 6, 2, 6}}});
  scores.consensus.push_back(Score{0, kQuality, Rational(6), "agreed after discussion", {}});
  const Ranking ranking = rank(make_preselection(), scores);
  const CriterionResult& quality = find(ranking, "a").criteria[0];
  EXPECT_TRUE(quality.consensus_explicit());
  EXPECT_EQ(*quality.consensus, Rational(6));
  EXPECT_EQ(quality.consensus_motivation(), "agreed after discussion");
  EXPECT_EQ(*quality.score(0), Rational(8));
  EXPECT_EQ(*quality.score(1), Rational(2));
  EXPECT_EQ(quality.motivation(1), "why");
  EXPECT_EQ(*quality.spread, Rational(6));
  EXPECT_TRUE(quality.spread_flagged);  // 6 > threshold 3
  EXPECT_FALSE(find(ranking, "a").criteria[1].spread_flagged);
}

TEST(Rank, MissingScoresMakeTheRankingIncompleteAndSelectNobody) {
  const Ranking ranking =
      rank(make_preselection(), make_scores({{"a", {8, 6, 7, -1}}, {"b", {5, 5, 6, 6}}}));
  ASSERT_EQ(ranking.missing.size(), 1u);
  EXPECT_EQ(ranking.missing[0].evaluator, "ev2");
  EXPECT_EQ(ranking.missing[0].candidate, "a");
  EXPECT_EQ(ranking.missing[0].criterion, "cooperation");
  EXPECT_FALSE(ranking.complete());
  EXPECT_EQ(ranking.selected_count(), 0);
  EXPECT_FALSE(find(ranking, "a").total.has_value());
  EXPECT_EQ(find(ranking, "a").rank, 0);
  EXPECT_EQ(find(ranking, "b").rank, 1);
  EXPECT_EQ(ranking.candidates.back().candidate.id, "a");  // unranked last
}

TEST(Rank, ExplicitMethodNeedsACommitteeScoreForEveryCell) {
  ScoreSet scores = make_scores({{"a", {8, 6, 7, 6}}});
  scores.consensus.push_back(Score{0, kQuality, Rational(7), "", {}});
  const Ranking ranking = rank(make_preselection(ConsensusMethod::explicit_scores), scores);
  ASSERT_EQ(ranking.missing.size(), 1u);
  EXPECT_EQ(ranking.missing[0].evaluator, "");
  EXPECT_EQ(ranking.missing[0].criterion, "cooperation");
}

TEST(Rank, CompetitionRanksAndMarginsToTheCutOff) {
  Preselection preselection = make_preselection();
  preselection.max_candidates = 1;
  const Ranking ranking = rank(
      preselection,
      make_scores(
          {{"a", {9, 9, 9, 9}}, {"b", {6, 6, 6, 6}}, {"c", {6, 6, 6, 6}}, {"d", {2, 2, 2, 2}}}));
  EXPECT_EQ(find(ranking, "a").rank, 1);
  EXPECT_EQ(find(ranking, "b").rank, 2);
  EXPECT_EQ(find(ranking, "c").rank, 2);
  EXPECT_EQ(find(ranking, "d").rank, 4);
  EXPECT_EQ(*ranking.cut_off_total, Rational(90));
  EXPECT_EQ(*find(ranking, "a").margin, Rational(0));
  EXPECT_EQ(*find(ranking, "b").margin, Rational(-30));
  EXPECT_EQ(*find(ranking, "d").margin, Rational(-70));
  EXPECT_FALSE(ranking.tie_break.has_value());  // b and c tie, but not at the cut-off
}

TEST(Rank, ATieAtTheCutOffIsBrokenByTheFirstTieBreakCriterion) {
  // b and c both total 60 for the last place; b scores higher on quality.
  const Ranking ranking =
      rank(make_preselection(),
           make_scores({{"a", {9, 9, 9, 9}}, {"b", {7, 4, 7, 4}}, {"c", {5, 7, 5, 7}}}));
  EXPECT_EQ(*find(ranking, "b").total, *find(ranking, "c").total);
  EXPECT_EQ(order(ranking), (std::vector<std::string>{"a*", "b*", "c"}));
  ASSERT_TRUE(ranking.tie_break.has_value());
  EXPECT_TRUE(ranking.tie_break->resolved);
  EXPECT_EQ(ranking.tie_break->places, 1);
  EXPECT_EQ(ranking.tie_break->tied, (std::vector<std::string>{"b", "c"}));
  EXPECT_EQ(ranking.tie_break->selected, (std::vector<std::string>{"b"}));
  EXPECT_TRUE(ranking.tie_break->lots.empty());
  EXPECT_EQ(ranking.tie_break->steps[0].en,
            "Tie at the cut-off: 'b' and 'c' share the total 58 for 1 place.");
  EXPECT_EQ(ranking.tie_break->steps[0].nl,
            "Gelijke stand op de grens: 'b' en 'c' hebben hetzelfde totaal 58 voor 1 plaats.");
  EXPECT_EQ(ranking.tie_break->steps[1].en,
            "Step 1: criterion 'quality', higher consensus score first: 'b' 7, 'c' 5.");
  EXPECT_EQ(ranking.tie_break->steps[1].nl,
            "Stap 1: criterium 'quality', hoogste consensusscore eerst: 'b' 7, 'c' 5.");
  EXPECT_EQ(ranking.tie_break->steps.back().nl, "Uitgenodigd: 'b'.");
  EXPECT_TRUE(ranking.complete());
}

TEST(Rank, ATieThatSurvivesTheCriteriaGoesToTheDrawingOfLots) {
  // b, c and d are identical on every criterion; two places remain after a.
  Preselection preselection = make_preselection();
  preselection.max_candidates = 2;
  const Ranking ranking = rank(
      preselection,
      make_scores(
          {{"a", {9, 9, 9, 9}}, {"b", {6, 6, 6, 6}}, {"c", {6, 6, 6, 6}}, {"d", {6, 6, 6, 6}}}));
  ASSERT_TRUE(ranking.tie_break.has_value());
  const TieBreakRecord& record = *ranking.tie_break;
  // Tickets: sha256("notaris 2022-03-14\n" + id), checked with Python's hashlib:
  //   d 3475446..., c b1ddf41..., b b40614c...  -> d wins the one place.
  ASSERT_EQ(record.lots.size(), 3u);
  EXPECT_EQ(record.lots[0].candidate, "d");
  EXPECT_EQ(record.lots[0].hash,
            "347544629ef4e53da2664fe3f884fba6439ae7cbc82699259abf01cfee5b7100");
  EXPECT_EQ(record.lots[1].candidate, "c");
  EXPECT_EQ(record.lots[2].candidate, "b");
  EXPECT_EQ(record.selected, (std::vector<std::string>{"d"}));
  EXPECT_EQ(order(ranking), (std::vector<std::string>{"a*", "d*", "b", "c"}));
  EXPECT_TRUE(ranking.complete());
  // The same inputs and seed draw the same; another seed may draw otherwise.
  EXPECT_EQ(order(rank(preselection, make_scores({{"a", {9, 9, 9, 9}},
                                                  {"b", {6, 6, 6, 6}},
                                                  {"c", {6, 6, 6, 6}},
                                                  {"d", {6, 6, 6, 6}}}))),
            order(ranking));
}

TEST(Rank, WithoutLotsATieTheCriteriaCannotBreakLeavesTheRankingIncomplete) {
  Preselection preselection = make_preselection();
  preselection.tie_break = {TieBreakStep{false, "quality"}};
  const Ranking ranking = rank(
      preselection, make_scores({{"a", {9, 9, 9, 9}}, {"b", {6, 6, 6, 6}}, {"c", {6, 6, 6, 6}}}));
  ASSERT_TRUE(ranking.tie_break.has_value());
  EXPECT_FALSE(ranking.tie_break->resolved);
  EXPECT_FALSE(ranking.complete());
  EXPECT_EQ(ranking.selected_count(), 1);  // a is in whatever happens
  EXPECT_TRUE(find(ranking, "a").selected);
}

TEST(Rank, WarnsWhenFewerCandidatesThanTheMinimumQualify) {
  const Ranking ranking = rank(make_preselection(), make_scores({{"a", {9, 9, 9, 9}}}));
  ASSERT_EQ(ranking.warnings.size(), 1u);
  EXPECT_EQ(ranking.warnings[0].en, "only 1 candidate qualifies; the tender's minimum is 2");
  EXPECT_EQ(ranking.warnings[0].nl,
            "slechts 1 gegadigde komt in aanmerking; het minimum van de aanbesteding is 2");
  EXPECT_TRUE(ranking.complete());
  EXPECT_EQ(ranking.selected_count(), 1);
}

TEST(LotTicket, IsTheSha256OfSeedNewlineId) {
  // printf 'seed\nx' | sha256sum
  EXPECT_EQ(lot_ticket("seed", "x"),
            "e4a16f6887ace3436ff6e890bcbbaaaf2bb4acc42f62c92018fb0fd8fb26d530");
}

}  // namespace
}  // namespace tenderkit::scoring

namespace tenderkit::scoring {
namespace {

Rational decimal(std::string_view text) {
  return *Rational::parse(text);
}

TEST(TotalPlaces, SixWhenSixDecimalsTellEveryTotalApart) {
  const std::vector<Rational> totals{Rational(224, 3), Rational(71), Rational(71), Rational(53)};
  EXPECT_EQ(total_places(totals, Rational(100)), 6);
  EXPECT_EQ(total_places({}, Rational(100)), 6);
}

TEST(TotalPlaces, MoreWhenTwoTotalsDifferOnlyInTheSeventhDecimal) {
  // Weights 33.3333333 / 33.3333333 / 33.3333334 (issue 11).
  const std::vector<Rational> totals{decimal("66.6666666"), decimal("66.6666667"),
                                     decimal("66.6666667"), Rational(100)};
  EXPECT_EQ(total_places(totals, Rational(100)), 7);
  const std::vector<Rational> ninth{decimal("50.000000001"), Rational(50)};
  EXPECT_EQ(total_places(ninth, Rational(100)), 9);
}

TEST(TotalPlaces, MoreWhenATotalLiesOnARoundingBoundary) {
  // 70.0000005 is exactly half way at six places: a binary sum a hair below it rounds down and
  // one a hair above rounds up, so two equal totals could rank apart. Seven places hold it.
  const std::vector<Rational> totals{decimal("70.0000005"), Rational(80)};
  EXPECT_EQ(total_places(totals, Rational(100)), 7);
  // Far from a boundary, thirds keep six places.
  const std::vector<Rational> thirds{Rational(200, 3), Rational(100, 3)};
  EXPECT_EQ(total_places(thirds, Rational(100)), 6);
}

TEST(TotalPlaces, NeverMoreThanABinarySumCanHold) {
  // Totals 1e-12 apart on a scale of 100: beyond what a double tells apart reliably, so the
  // fewest places that show them apart, and no more.
  const std::vector<Rational> totals{decimal("60.000000000001"), Rational(60)};
  EXPECT_EQ(total_places(totals, Rational(100)), 12);
}

}  // namespace
}  // namespace tenderkit::scoring
