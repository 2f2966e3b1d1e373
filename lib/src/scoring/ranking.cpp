// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/sha256.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/scoring/ranking.hpp>
#include <tenderkit/scoring/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <stdexcept>

namespace tenderkit::scoring {

namespace {

std::string quote_id(std::string_view id) {
  return fmt::format("'{}'", id);
}

// "'a', 'b' and 'c'" in English, "'a', 'b' en 'c'" in Dutch.
LocalizedText quoted_ids(const std::vector<std::string>& ids) {
  LocalizedText out{text::quoted_list(ids), ""};
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) {
      out.nl += (i + 1 == ids.size()) ? fmt::format(" {} ", words::list_and.nl) : ", ";
    }
    out.nl += quote_id(ids[i]);
  }
  return out;
}

using wording::say;

Rational median_of(std::vector<Rational> values) {
  std::sort(values.begin(), values.end());
  const std::size_t middle = values.size() / 2;
  if (values.size() % 2 == 1) {
    return values[middle];
  }
  return (values[middle - 1] + values[middle]) / Rational(2);
}

Rational mean_of(const std::vector<Rational>& values) {
  Rational sum;
  for (const Rational& value : values) {
    sum += value;
  }
  return sum / Rational(static_cast<std::int64_t>(values.size()));
}

// Breaks a tie among `group` for `places` invitations by the published steps, from `step` on,
// writing what happens to `record`. Returns the invited candidates in order of preference.
class TieBreaker {
 public:
  TieBreaker(const Preselection& preselection, const std::vector<CandidateResult>& results,
             TieBreakRecord& record)
      : preselection_(preselection), results_(results), record_(record) {}

  std::vector<std::size_t> resolve(std::vector<std::size_t> group, int places, std::size_t step) {
    if (places <= 0) {
      return {};
    }
    if (static_cast<std::size_t>(places) >= group.size()) {
      return group;
    }
    if (step >= preselection_.tie_break.size()) {
      record_.steps.push_back(
          say(words::tie_no_step_left, {wording::integer("places", places),
                                        wording::localized("ids", quoted_ids(ids_of(group)))}));
      record_.resolved = false;
      return {};
    }
    const TieBreakStep& rule = preselection_.tie_break[step];
    if (rule.is_lot) {
      return draw_lots(std::move(group), places, step);
    }
    return by_criterion(std::move(group), places, step, rule.criterion_id);
  }

 private:
  std::vector<std::string> ids_of(const std::vector<std::size_t>& group) const {
    std::vector<std::string> ids;
    for (std::size_t index : group) {
      ids.push_back(results_[index].candidate.id);
    }
    return ids;
  }

  std::vector<std::size_t> by_criterion(std::vector<std::size_t> group, int places,
                                        std::size_t step, const std::string& criterion_id) {
    const auto& criteria = preselection_.criteria;
    const auto criterion_index = static_cast<std::size_t>(
        std::find_if(criteria.begin(), criteria.end(),
                     [&](const Criterion& c) { return c.id == criterion_id; }) -
        criteria.begin());
    const auto score = [&](std::size_t index) {
      return *results_[index].criteria[criterion_index].consensus;
    };
    std::stable_sort(group.begin(), group.end(),
                     [&](std::size_t a, std::size_t b) { return score(a) > score(b); });
    std::vector<std::string> listed_en;
    std::vector<std::string> listed_nl;
    for (std::size_t index : group) {
      const std::string id = quote_id(results_[index].candidate.id);
      const std::string value = score(index).to_decimal();
      listed_en.push_back(fmt::format("{} {}", id, wording::format_number(value, Language::en)));
      listed_nl.push_back(fmt::format("{} {}", id, wording::format_number(value, Language::nl)));
    }
    record_.steps.push_back(say(
        words::tie_by_criterion,
        {wording::integer("step", static_cast<std::int64_t>(step + 1)),
         wording::text("criterion", criterion_id),
         wording::localized(
             "scores", LocalizedText{text::join(listed_en, ", "), text::join(listed_nl, ", ")})}));
    std::vector<std::size_t> invited;
    int remaining = places;
    for (std::size_t begin = 0; begin < group.size() && remaining > 0;) {
      std::size_t end = begin;
      while (end < group.size() && score(group[end]) == score(group[begin])) {
        ++end;
      }
      std::vector<std::size_t> level(group.begin() + static_cast<std::ptrdiff_t>(begin),
                                     group.begin() + static_cast<std::ptrdiff_t>(end));
      if (static_cast<int>(level.size()) <= remaining) {
        invited.insert(invited.end(), level.begin(), level.end());
        remaining -= static_cast<int>(level.size());
      } else {
        record_.steps.push_back(
            say(remaining == 1 ? words::tie_still_last : words::tie_still_places,
                {wording::integer("places", remaining),
                 wording::integer("count", static_cast<std::int64_t>(level.size())),
                 wording::localized("ids", quoted_ids(ids_of(level)))}));
        const std::vector<std::size_t> chosen = resolve(level, remaining, step + 1);
        invited.insert(invited.end(), chosen.begin(), chosen.end());
        remaining = 0;
      }
      begin = end;
    }
    return invited;
  }

  std::vector<std::size_t> draw_lots(std::vector<std::size_t> group, int places, std::size_t step) {
    std::vector<std::pair<std::string, std::size_t>> tickets;
    for (std::size_t index : group) {
      tickets.emplace_back(lot_ticket(preselection_.lot_seed, results_[index].candidate.id), index);
    }
    std::sort(tickets.begin(), tickets.end());
    record_.steps.push_back(
        say(words::tie_lots, {wording::integer("step", static_cast<std::int64_t>(step + 1)),
                              wording::text("seed", preselection_.lot_seed)}));
    std::vector<std::size_t> invited;
    for (std::size_t i = 0; i < tickets.size(); ++i) {
      const auto& [hash, index] = tickets[i];
      record_.lots.push_back(LotTicket{results_[index].candidate.id, hash});
      const std::string line =
          fmt::format("  {}. {} {}", i + 1, hash, quote_id(results_[index].candidate.id));
      record_.steps.push_back({line, line});
      if (static_cast<int>(i) < places) {
        invited.push_back(index);
      }
    }
    return invited;
  }

  const Preselection& preselection_;
  const std::vector<CandidateResult>& results_;
  TieBreakRecord& record_;
};

}  // namespace

std::string lot_ticket(std::string_view seed, std::string_view candidate_id) {
  std::string input(seed);
  input += '\n';
  input += candidate_id;
  return sha256_hex(input);
}

std::optional<Rational> CriterionResult::score(std::size_t evaluator) const {
  const Score* given = evaluator < scores.size() ? scores[evaluator] : nullptr;
  return given != nullptr ? std::optional(given->value) : std::nullopt;
}

std::string_view CriterionResult::motivation(std::size_t evaluator) const {
  const Score* given = evaluator < scores.size() ? scores[evaluator] : nullptr;
  return given != nullptr ? given->motivation : std::string_view();
}

std::string_view CriterionResult::consensus_motivation() const {
  return explicit_consensus != nullptr ? explicit_consensus->motivation : std::string_view();
}

bool Ranking::complete() const {
  return missing.empty() && (!tie_break || tie_break->resolved);
}

int Ranking::selected_count() const {
  return static_cast<int>(std::count_if(candidates.begin(), candidates.end(),
                                        [](const CandidateResult& c) { return c.selected; }));
}

Ranking rank(const Preselection& preselection, const ScoreSet& scores) {
  const std::size_t evaluator_count = preselection.evaluators.size();
  const std::size_t criterion_count = preselection.criteria.size();
  std::map<std::string, std::size_t, std::less<>> evaluator_index;
  for (std::size_t e = 0; e < evaluator_count; ++e) {
    evaluator_index.emplace(preselection.evaluators[e].id, e);
  }
  std::vector<CandidateResult> results;
  results.reserve(scores.candidates.size());
  for (const Candidate& candidate : scores.candidates) {
    CandidateResult result;
    result.candidate = candidate;
    result.criteria.resize(criterion_count);
    for (CriterionResult& cell : result.criteria) {
      cell.scores.resize(evaluator_count);
    }
    results.push_back(std::move(result));
  }
  // The loader has checked every position; anything out of range is skipped rather than trusted.
  const auto cell_of = [&](const Score& score) -> CriterionResult* {
    if (score.candidate >= results.size() || score.criterion >= criterion_count) {
      return nullptr;
    }
    return &results[score.candidate].criteria[score.criterion];
  };
  for (const Evaluation& evaluation : scores.evaluations) {
    const auto evaluator = evaluator_index.find(evaluation.evaluator);
    if (evaluator == evaluator_index.end()) {
      continue;
    }
    for (const Score& score : evaluation.scores) {
      if (CriterionResult* cell = cell_of(score)) {
        cell->scores[evaluator->second] = &score;
      }
    }
  }
  for (const Score& score : scores.consensus) {
    if (CriterionResult* cell = cell_of(score)) {
      cell->consensus = score.value;
      cell->explicit_consensus = &score;
    }
  }

  Ranking ranking;
  const Rational scale_maximum = preselection.scale.maximum();
  for (CandidateResult& result : results) {
    Rational total;
    bool complete = true;
    for (std::size_t k = 0; k < criterion_count; ++k) {
      CriterionResult& cell = result.criteria[k];
      std::vector<Rational> present;
      for (const Score* score : cell.scores) {
        if (score != nullptr) {
          present.push_back(score->value);
        }
      }
      if (present.size() >= 2) {
        const auto [low, high] = std::minmax_element(present.begin(), present.end());
        cell.spread = *high - *low;
        cell.spread_flagged =
            preselection.spread_threshold && *cell.spread > *preselection.spread_threshold;
      }
      if (!cell.consensus_explicit()) {
        if (preselection.consensus == ConsensusMethod::explicit_scores) {
          ranking.missing.push_back(
              MissingScore{"", result.candidate.id, preselection.criteria[k].id});
        } else if (present.size() == evaluator_count && evaluator_count > 0) {
          cell.consensus = preselection.consensus == ConsensusMethod::median ? median_of(present)
                                                                             : mean_of(present);
        } else {
          for (std::size_t e = 0; e < evaluator_count; ++e) {
            if (cell.scores[e] == nullptr) {
              ranking.missing.push_back(MissingScore{
                  preselection.evaluators[e].id, result.candidate.id, preselection.criteria[k].id});
            }
          }
        }
      }
      if (cell.consensus) {
        total += preselection.criteria[k].weight * *cell.consensus / scale_maximum;
      } else {
        complete = false;
      }
    }
    if (complete) {
      result.total = total;
    }
  }

  // Competition ranks over the candidates that have a total: equal totals share a rank.
  std::vector<std::size_t> order(results.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (results[a].total.has_value() != results[b].total.has_value()) {
      return results[a].total.has_value();
    }
    return results[a].total && *results[a].total > *results[b].total;
  });
  for (std::size_t position = 0; position < order.size(); ++position) {
    CandidateResult& result = results[order[position]];
    if (!result.total) {
      continue;
    }
    const bool same_as_previous =
        position > 0 && results[order[position - 1]].total == result.total;
    result.rank =
        same_as_previous ? results[order[position - 1]].rank : static_cast<int>(position) + 1;
  }
  const auto ranked = static_cast<std::size_t>(
      std::count_if(results.begin(), results.end(),
                    [](const CandidateResult& r) { return r.total.has_value(); }));
  if (ranked < static_cast<std::size_t>(preselection.min_candidates) && ranking.missing.empty()) {
    ranking.warnings.push_back(wording::say_count(
        static_cast<std::int64_t>(ranked), words::too_few_one, words::too_few_many,
        {wording::integer("minimum", preselection.min_candidates)}));
  }

  // Selection: only on complete scores, so that no provisional list looks final.
  std::vector<std::size_t> invited;
  const auto places = static_cast<std::size_t>(preselection.max_candidates);
  if (!ranking.missing.empty()) {
    ranking.warnings.push_back(wording::say_count(static_cast<std::int64_t>(ranking.missing.size()),
                                                  words::scores_missing_one,
                                                  words::scores_missing_many));
  } else if (ranked <= places) {
    invited.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(ranked));
  } else {
    const Rational boundary = *results[order[places - 1]].total;
    std::vector<std::size_t> tied;
    for (std::size_t position = 0; position < ranked; ++position) {
      const Rational& total = *results[order[position]].total;
      if (total > boundary) {
        invited.push_back(order[position]);
      } else if (total == boundary) {
        tied.push_back(order[position]);
      }
    }
    const int open_places = static_cast<int>(places - invited.size());
    if (static_cast<int>(tied.size()) <= open_places) {
      invited.insert(invited.end(), tied.begin(), tied.end());
    } else {
      TieBreakRecord record;
      record.total = boundary;
      record.places = open_places;
      record.resolved = true;
      for (std::size_t index : tied) {
        record.tied.push_back(results[index].candidate.id);
      }
      const LocalizedText tied_ids = quoted_ids(record.tied);
      record.steps.push_back(wording::say_count(
          open_places, words::tie_at_cut_off_one, words::tie_at_cut_off_many,
          {wording::localized("ids", tied_ids), wording::number("total", boundary.to_decimal())}));
      const std::vector<std::size_t> chosen =
          TieBreaker(preselection, results, record).resolve(tied, open_places, 0);
      for (std::size_t index : chosen) {
        record.selected.push_back(results[index].candidate.id);
      }
      if (record.resolved) {
        const LocalizedText selected = quoted_ids(record.selected);
        record.steps.push_back(say(words::tie_invited, {wording::localized("ids", selected)}));
        invited.insert(invited.end(), chosen.begin(), chosen.end());
      }
      ranking.tie_break = std::move(record);
    }
  }
  for (std::size_t index : invited) {
    results[index].selected = true;
  }
  if (!invited.empty()) {
    ranking.cut_off_total = *results[invited.back()].total;
    for (CandidateResult& result : results) {
      if (result.total) {
        result.margin = *result.total - *ranking.cut_off_total;
      }
    }
  }

  // Final order: the invited in order of preference, then the others by total, then the unranked.
  std::vector<std::size_t> final_order = invited;
  for (std::size_t index : order) {
    if (!results[index].selected) {
      final_order.push_back(index);
    }
  }
  for (std::size_t index : final_order) {
    ranking.candidates.push_back(std::move(results[index]));
  }
  std::vector<Rational> totals;
  for (const CandidateResult& result : ranking.candidates) {
    if (result.total) {
      totals.push_back(*result.total);
    }
  }
  ranking.total_places = total_places(totals, preselection.maximum_total());
  return ranking;
}

int total_places(std::span<const Rational> totals, const Rational& maximum_total) {
  std::vector<Rational> distinct(totals.begin(), totals.end());
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  // How far a spreadsheet's total may be off: SUMPRODUCT over doubles of weights and consensus
  // values, each off by about 1e-16 of itself; 2^-40 of the highest total is far above that.
  const long double error = std::fabs(static_cast<long double>(maximum_total.numerator()) /
                                      static_cast<long double>(maximum_total.denominator())) *
                            std::ldexp(1.0L, -40);
  std::optional<int> first_distinct;
  constexpr int kMostPlaces = 15;
  for (int places = Ranking::kTotalPlaces; places <= kMostPlaces; ++places) {
    bool apart = true;
    try {
      for (std::size_t i = 1; i < distinct.size() && apart; ++i) {
        apart = distinct[i - 1].rounded(places) != distinct[i].rounded(places);
      }
    } catch (const std::overflow_error&) {
      break;  // beyond what 64-bit fractions hold: beyond a double too
    }
    if (!apart) {
      continue;
    }
    if (!first_distinct) {
      first_distinct = places;
    }
    const long double unit = std::pow(10.0L, -places);
    if (error >= unit / 2) {
      break;  // a double cannot tell the halves of this place apart
    }
    // Each total's distance to the nearest rounding boundary, half a unit from its rounded value.
    const bool clear = std::all_of(distinct.begin(), distinct.end(), [&](const Rational& total) {
      const Rational near = total.rounded(places);
      const long double off = std::fabs(static_cast<long double>(total.numerator()) /
                                            static_cast<long double>(total.denominator()) -
                                        static_cast<long double>(near.numerator()) /
                                            static_cast<long double>(near.denominator()));
      return unit / 2 - off > error;
    });
    if (clear) {
      return places;
    }
  }
  return first_distinct.value_or(Ranking::kTotalPlaces);
}

}  // namespace tenderkit::scoring
