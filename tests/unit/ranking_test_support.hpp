// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// Hand-made preselections and score sets for the ranking report and workbook tests.
//
// Three evaluators score four candidates on three criteria (weights 40, 30, 30 percent, scale
// 0-10). With the mean as consensus:
//   c-a  kwaliteit 10 10 10, aanpak 8 8 8,  prijs 8 8 8  -> 40 + 24 + 24      = 88
//   c-b  kwaliteit  8  8  8, aanpak 8 8 8,  prijs 6 6 6  -> 32 + 24 + 18      = 74
//   c-c  kwaliteit  6  6  6, aanpak 8 8 10, prijs 8 8 8  -> 24 + 26 + 24      = 74
//   c-d  kwaliteit  4  4  6, aanpak 6 6 6,  prijs 6 6 6  -> 56/3 + 18 + 18    = 164/3
// Two places: c-a, then c-b and c-c tie at the cut-off; the higher 'kwaliteit' invites c-b.

#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/scoring/ranking.hpp>
#include <tenderkit/scoring/scores.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::test_support {

/// What varies between the test tenders.
struct PreselectionSpec {
  std::string language = "nl";
  std::string consensus = "mean";
  std::string tie_break = R"(["kwaliteit", "lot"])";
  int min_candidates = 2;
  int max_candidates = 2;
  std::string evaluator_b_name = "Bram Jansen";
};

inline Tender make_ranking_tender(const PreselectionSpec& spec = {}) {
  std::string text = R"(id = "mvs-2025"
title = "Integrale jeugdhulp MVS"
language = ")" + spec.language +
                     R"("

[[municipality]]
id = "maassluis"

[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"

[preselection]
min_candidates = )" + std::to_string(spec.min_candidates) +
                     R"(
max_candidates = )" + std::to_string(spec.max_candidates) +
                     R"(
consensus = ")" + spec.consensus +
                     R"("
spread_threshold = 1
tie_break = )" + spec.tie_break +
                     R"(
lot_seed = "notaris 2025-03-14"

[preselection.scale]
values = [0, 2, 4, 6, 8, 10]

[[preselection.evaluator]]
id = "anna"
name = "Anna de Vries"

[[preselection.evaluator]]
id = "bram"
name = ")" + spec.evaluator_b_name +
                     R"("

[[preselection.evaluator]]
id = "cees"
name = "Cees Bakker"

[[preselection.criterion]]
id = "kwaliteit"
title = "Kwaliteit van de jeugdhulp"
weight = 40

[[preselection.criterion.guidance]]
score = 10
text = "Uitstekend"

[[preselection.criterion]]
id = "aanpak"
title = "Aanpak en samenwerking"
weight = 30

[[preselection.criterion]]
id = "prijs"
title = "Bedrijfsvoering"
weight = 30
)";
  Result<Tender> tender = input::parse_tender(text, "tender.toml");
  if (!tender) {
    ADD_FAILURE() << describe(tender.error());
    return Tender{};
  }
  return std::move(tender).value();
}

/// Scores per criterion (kwaliteit, aanpak, prijs), each per evaluator (anna, bram, cees); a
/// negative score is missing.
using ScoreGrid = std::array<std::array<int, 3>, 3>;

struct CandidateScores {
  std::string id;
  std::string name;
  ScoreGrid grid;
};

inline std::vector<CandidateScores> standard_scores() {
  return {
      {"c-a", "Jeugdzorg Samen", {{{10, 10, 10}, {8, 8, 8}, {8, 8, 8}}}},
      {"c-b", "=HYPERLINK(\"http://example.org\",\"klik\")", {{{8, 8, 8}, {8, 8, 8}, {6, 6, 6}}}},
      {"c-c", "Jeugd | Plus *MVS*", {{{6, 6, 6}, {8, 8, 10}, {8, 8, 8}}}},
      {"c-d", "Zorg Delta", {{{4, 4, 6}, {6, 6, 6}, {6, 6, 6}}}},
  };
}

/// c-c scores 8 on 'kwaliteit' and 6 on 'aanpak': still 74, now also tied on 'kwaliteit'.
inline std::vector<CandidateScores> lot_scores() {
  std::vector<CandidateScores> scores = standard_scores();
  scores[2].grid = {{{8, 8, 8}, {6, 6, 6}, {8, 8, 8}}};
  return scores;
}

inline scoring::ScoreSet make_score_set(const std::vector<CandidateScores>& candidates) {
  static const std::array<std::string_view, 3> kCriteria{"kwaliteit", "aanpak", "prijs"};
  static const std::array<std::string_view, 3> kEvaluators{"anna", "bram", "cees"};
  scoring::ScoreSet set;
  set.tender_id = "mvs-2025";
  for (const CandidateScores& candidate : candidates) {
    set.candidates.push_back({candidate.id, candidate.name});
  }
  for (std::size_t e = 0; e < kEvaluators.size(); ++e) {
    scoring::Evaluation evaluation;
    evaluation.evaluator = std::string(kEvaluators[e]);
    evaluation.source = "forms/" + evaluation.evaluator + ".xlsx";
    evaluation.source_sha256 = std::string(64, static_cast<char>('a' + e));
    evaluation.scores = scoring::ScoreList(evaluation.source);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      const CandidateScores& candidate = candidates[i];
      for (std::size_t k = 0; k < kCriteria.size(); ++k) {
        const int score = candidate.grid[k][e];
        if (score < 0) {
          continue;
        }
        const std::string motivation =
            "=" + evaluation.evaluator + " over " + candidate.id + "/" + std::string(kCriteria[k]);
        evaluation.scores.push_back(scoring::Score{static_cast<std::uint32_t>(i),
                                                   static_cast<std::uint32_t>(k), Rational(score),
                                                   motivation, TextPosition{1, 1}});
      }
    }
    set.evaluations.push_back(std::move(evaluation));
  }
  return set;
}

}  // namespace tenderkit::test_support
