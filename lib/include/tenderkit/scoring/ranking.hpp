// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/language.hpp>
#include <tenderkit/core/rational.hpp>
#include <tenderkit/model/preselection.hpp>
#include <tenderkit/model/tender.hpp>
#include <tenderkit/scoring/scores.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::scoring {

/// One candidate on one criterion: the evaluators' scores and what the committee settles on.
/// The scores are not copied: they point into the ScoreSet that was ranked.
struct CriterionResult {
  /// Per evaluator, in the preselection's order: the score (value and motivation), or null while
  /// it is missing.
  std::vector<const Score*> scores;
  std::optional<Rational> consensus;  ///< absent while scores are missing
  /// The consensus agreed by the committee (value and motivation), when it was not computed.
  const Score* explicit_consensus = nullptr;
  std::optional<Rational> spread;  ///< highest minus lowest evaluator score (two or more scores)
  bool spread_flagged = false;     ///< spread above the preselection's threshold: discuss first

  bool consensus_explicit() const { return explicit_consensus != nullptr; }
  /// The evaluator's score, or nothing while it is missing.
  std::optional<Rational> score(std::size_t evaluator) const;
  /// The evaluator's motivation; empty while the score is missing.
  std::string_view motivation(std::size_t evaluator) const;
  /// The committee's motivation of an explicit consensus; empty otherwise.
  std::string_view consensus_motivation() const;
};

/// One candidate's result.
struct CandidateResult {
  Candidate candidate;
  std::vector<CriterionResult> criteria;  ///< in the preselection's order
  std::optional<Rational> total;          ///< sum of weight x consensus / scale maximum; exact
  int rank = 0;                    ///< competition rank by total (1, 2, 2, 4); 0 without a total
  bool selected = false;           ///< invited to the next phase
  std::optional<Rational> margin;  ///< total minus the total of the last selected candidate
};

/// One candidate's ticket in a drawing of lots: SHA-256 of "<seed>\n<candidate id>".
struct LotTicket {
  std::string candidate;
  std::string hash;
};

/// How a tie at the cut-off was (or could not be) broken, step by step.
struct TieBreakRecord {
  std::vector<std::string> tied;  ///< candidate ids sharing the total at the cut-off
  Rational total;
  int places = 0;                    ///< how many of them can be invited
  std::vector<LocalizedText> steps;  ///< one line per step
  std::vector<LotTicket> lots;       ///< the drawing, lowest hash first, when it came to lots
  bool resolved = false;
  std::vector<std::string> selected;  ///< the tied candidates invited
};

/// A score that is still missing; an empty evaluator means the committee's explicit consensus.
struct MissingScore {
  std::string evaluator;
  std::string candidate;
  std::string criterion;
};

/// The outcome of the preselection.
struct Ranking {
  std::vector<CandidateResult>
      candidates;  ///< in final order: invited first, by total and tie-break
  std::vector<MissingScore> missing;
  std::optional<TieBreakRecord> tie_break;  ///< only when there was a tie at the cut-off
  std::vector<LocalizedText> warnings;      ///< e.g. fewer candidates than the minimum qualify
  std::optional<Rational> cut_off_total;    ///< total of the last invited candidate
  /// The decimals totals and margins are rounded to and shown with, in the workbook's formulas
  /// and in every report: total_places() of the totals; 6 unless two different totals would
  /// look (or, in a spreadsheet's binary arithmetic, rank) the same at 6.
  int total_places = kTotalPlaces;
  static constexpr int kTotalPlaces = 6;

  /// Complete: no score missing and no tie the published rule cannot resolve.
  bool complete() const;
  int selected_count() const;
};

/// The ranking, in exact arithmetic. Documented in docs/tender-score.md: consensus by the
/// preselection's method (an explicit consensus score always wins), weighted totals, competition
/// ranks, the cut-off at max_candidates, ties at the cut-off broken by the published order, and
/// lots drawn by SHA-256 so anyone can re-draw them with `sha256sum`.
/// The ranking points into `scores` (CriterionResult), which must outlive it unchanged.
Ranking rank(const Preselection& preselection, const ScoreSet& scores);
Ranking rank(const Preselection& preselection, ScoreSet&& scores) = delete;

/// The fewest decimals, at least Ranking::kTotalPlaces, at which totals rounded the way a
/// spreadsheet rounds its binary sums rank exactly as the exact totals do: different totals round
/// to different decimals, and no total lies so near a rounding boundary (a half in the next
/// place) that a sum off in its last bits could round the other way, which would split equal
/// totals. The bound on a spreadsheet's error is maximum_total x 2^-40 (SUMPRODUCT of doubles is
/// off by about 1e-15 of the total). When no precision a double can hold does both, the fewest
/// decimals at which different totals differ (or 6).
int total_places(std::span<const Rational> totals, const Rational& maximum_total);

/// The lot ticket of one candidate: lower-case hex SHA-256 of seed + "\n" + candidate id.
std::string lot_ticket(std::string_view seed, std::string_view candidate_id);

}  // namespace tenderkit::scoring
