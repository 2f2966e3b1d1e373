#pragma once

#include <tenderkit/core/rational.hpp>
#include <tenderkit/model/preselection.hpp>
#include <tenderkit/scoring/scores.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderkit::scoring {

/// One candidate on one criterion: the evaluators' scores and what the committee settles on.
struct CriterionResult {
  std::vector<std::optional<Rational>> scores;  ///< per evaluator, in the preselection's order
  std::vector<std::string> motivations;         ///< per evaluator
  std::optional<Rational> consensus;            ///< absent while scores are missing
  bool consensus_explicit = false;              ///< agreed by the committee, not computed
  std::string consensus_motivation;
  std::optional<Rational> spread;  ///< highest minus lowest evaluator score (two or more scores)
  bool spread_flagged = false;     ///< spread above the preselection's threshold: discuss first
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
  int places = 0;                  ///< how many of them can be invited
  std::vector<std::string> steps;  ///< one line per step, in English
  std::vector<LotTicket> lots;     ///< the drawing, lowest hash first, when it came to lots
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
  std::vector<std::string> warnings;        ///< e.g. fewer candidates than the minimum qualify
  std::optional<Rational> cut_off_total;    ///< total of the last invited candidate

  /// Complete: no score missing and no tie the published rule cannot resolve.
  bool complete() const;
  int selected_count() const;
};

/// The ranking, in exact arithmetic. Documented in docs/tender-score.md: consensus by the
/// preselection's method (an explicit consensus score always wins), weighted totals, competition
/// ranks, the cut-off at max_candidates, ties at the cut-off broken by the published order, and
/// lots drawn by SHA-256 so anyone can re-draw them with `sha256sum`.
Ranking rank(const Preselection& preselection, const ScoreSet& scores);

/// The lot ticket of one candidate: lower-case hex SHA-256 of seed + "\n" + candidate id.
std::string lot_ticket(std::string_view seed, std::string_view candidate_id);

}  // namespace tenderkit::scoring
