// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/rational.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit {

/// How criterion weights are published (eForms BT-7531: per-exa percentage, poi-exa points).
enum class WeightKind { percentage, points };

/// How the committee's score per candidate and criterion is found (DOMAIN.md §3).
enum class ConsensusMethod { mean, median, explicit_scores };

std::string_view to_string(WeightKind kind);
std::string_view to_string(ConsensusMethod method);

/// The scores an evaluator may give, in ascending order, e.g. 0, 2, 4, 6, 8, 10.
struct ScoreScale {
  std::vector<Rational> values;

  const Rational& minimum() const { return values.front(); }
  const Rational& maximum() const { return values.back(); }
  bool allows(const Rational& score) const;
  /// "0, 2, 4, 6, 8, 10" for messages and forms.
  std::string describe() const;
};

/// What a score level means for one criterion, published so that scoring is absolute.
struct GuidanceLevel {
  Rational score;
  std::string text;
};

/// A selection criterion (BT-809 / BT-750).
struct Criterion {
  std::string id;
  std::string title;
  Rational weight;  ///< a percentage or points, as the preselection's weight kind says
  std::vector<GuidanceLevel> guidance;
  SourceLocation where;
};

/// A pass/fail requirement every candidate must meet before it is scored.
struct KnockOutRequirement {
  std::string id;
  std::string text;
};

/// A member of the evaluation committee (beoordelingscommissie).
struct Evaluator {
  std::string id;
  std::string name;
  SourceLocation where;
};

/// One step of the published tie-break order: a criterion (higher consensus score wins) or lots.
struct TieBreakStep {
  bool is_lot = false;
  std::string criterion_id;  ///< empty for a drawing of lots
};

/// The preselection section of a tender: who is scored how, and how many are invited.
struct Preselection {
  ScoreScale scale;
  int min_candidates = 1;  ///< BT-50
  int max_candidates = 1;  ///< BT-661/BT-51
  WeightKind weight_kind = WeightKind::percentage;
  std::vector<KnockOutRequirement> knockouts;
  std::vector<Criterion> criteria;
  std::vector<Evaluator> evaluators;
  ConsensusMethod consensus = ConsensusMethod::mean;
  std::optional<Rational>
      spread_threshold;  ///< flag when max - min of evaluators' scores exceeds it
  std::vector<TieBreakStep> tie_break;
  std::string lot_seed;  ///< the published seed of the drawing of lots
  SourceLocation where;

  /// 100 for percentages, the sum of the points otherwise: the highest possible weighted total.
  Rational maximum_total() const;
  const Criterion* find_criterion(std::string_view criterion_id) const;
  const Evaluator* find_evaluator(std::string_view evaluator_id) const;
};

}  // namespace tenderkit
