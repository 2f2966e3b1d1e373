// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/core/wording.hpp>
#include <tenderkit/report/json_writer.hpp>
#include <tenderkit/report/ranking_report.hpp>
#include <tenderkit/report/ranking_wording.hpp>
#include <tenderkit/report/wording.hpp>

#include <fmt/format.h>

#include "text_support.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tenderkit::report {

using detail::kBold;
using detail::kGreen;
using detail::kRed;
using detail::kYellow;
using detail::markdown_cell;
using detail::markdown_code_cell;
using detail::Painter;
using detail::write_text_table;
using scoring::CandidateResult;
using scoring::CriterionResult;
using scoring::LotTicket;
using scoring::MissingScore;
using scoring::Ranking;
using scoring::TieBreakRecord;
using wording::say;
namespace rw = ranking_words;

std::string exact_decimal(const Rational& value, int places) {
  const std::string decimal = value.to_decimal(places);
  if (Result<Rational> back = Rational::parse(decimal); back && *back == value) {
    return decimal;
  }
  return fmt::format("{} ({})", decimal, value.to_fraction());
}

std::string display_decimal(const Rational& value, int places, Language language) {
  return wording::format_number(value.to_decimal(places), language);
}

std::string_view lot_algorithm_description(Language language) {
  return words::lot_algorithm.in(language);
}

namespace {

// A score, weight or consensus as people read it in the report's language: exact when up to
// 12 decimals hold it (a published weight such as 33.3333333), else rounded to 6.
std::string shown(const Rational& value, Language language) {
  for (int places = Ranking::kTotalPlaces; places <= 12; ++places) {
    if (Result<Rational> back = Rational::parse(value.to_decimal(places)); back && *back == value) {
      return display_decimal(value, places, language);
    }
  }
  return display_decimal(value, Ranking::kTotalPlaces, language);
}

// "+4,67", "0", "-2,5": a margin reads as above or below the cut-off.
std::string signed_shown(const Rational& value, int places, Language language) {
  const std::string text = display_decimal(value, places, language);
  return value > Rational(0) ? "+" + text : text;
}

// The basis of a consensus as the JSON names it (a machine value).
std::string consensus_basis(const CriterionResult& cell, ConsensusMethod method) {
  if (!cell.consensus) {
    return "missing";
  }
  if (cell.consensus_explicit()) {
    return "explicit";
  }
  return std::string(to_string(method));
}

const wording::Phrase& method_phrase(ConsensusMethod method) {
  switch (method) {
    case ConsensusMethod::mean:
      return rw::method_mean;
    case ConsensusMethod::median:
      return rw::method_median;
    case ConsensusMethod::explicit_scores:
      break;
  }
  return rw::method_explicit;
}

// The basis of a consensus in words.
std::string basis_text(const CriterionResult& cell, ConsensusMethod method, Language language) {
  if (!cell.consensus) {
    return say(language, rw::missing);
  }
  if (cell.consensus_explicit()) {
    return say(language, rw::method_explicit);
  }
  return say(language, method_phrase(method));
}

std::size_t flagged_spreads(const Ranking& ranking) {
  std::size_t count = 0;
  for (const CandidateResult& result : ranking.candidates) {
    for (const CriterionResult& cell : result.criteria) {
      count += cell.spread_flagged ? 1 : 0;
    }
  }
  return count;
}

// A tied candidate that the published rule could not place.
bool undecided(const Ranking& ranking, const CandidateResult& result) {
  if (!ranking.tie_break || ranking.tie_break->resolved) {
    return false;
  }
  const std::vector<std::string>& tied = ranking.tie_break->tied;
  return !result.selected && std::find(tied.begin(), tied.end(), result.candidate.id) != tied.end();
}

std::string invited_text(const Ranking& ranking, const CandidateResult& result, Language language) {
  if (result.selected) {
    return say(language, rw::yes);
  }
  return say(language, undecided(ranking, result) ? rw::undecided : rw::no);
}

std::string candidate_label(const CandidateResult& result) {
  return result.candidate.name.empty() ? result.candidate.id
                                       : result.candidate.id + ": " + result.candidate.name;
}

std::string tie_break_order(const Preselection& preselection, Language language) {
  if (preselection.tie_break.empty()) {
    return say(language, rw::tie_order_none);
  }
  std::string order;
  for (const TieBreakStep& step : preselection.tie_break) {
    const std::string text = step.is_lot ? say(language, rw::tie_order_lots)
                                         : say(language, rw::tie_order_criterion,
                                               {wording::text("id", step.criterion_id)});
    order = order.empty() ? text
                          : say(language, rw::tie_order_then,
                                {wording::text("first", order), wording::text("next", text)});
  }
  return order;
}

const wording::Phrase& weight_unit(const Preselection& preselection) {
  return preselection.weight_kind == WeightKind::percentage ? rw::percent : rw::points;
}

std::string result_line(const Ranking& ranking, Language language) {
  const std::int64_t count = static_cast<std::int64_t>(ranking.candidates.size());
  const LocalizedText invited =
      wording::say_count(count, rw::invited_one, rw::invited_many,
                         {wording::integer("selected", ranking.selected_count())});
  if (ranking.complete()) {
    return say(language, rw::result_complete, {wording::localized("invited", invited)});
  }
  const std::int64_t missing = static_cast<std::int64_t>(ranking.missing.size());
  const LocalizedText missing_text = wording::say_count(missing, rw::missing_one, rw::missing_many);
  const bool unresolved = ranking.tie_break && !ranking.tie_break->resolved;
  if (missing > 0 && unresolved) {
    return say(
        language, rw::result_incomplete_both,
        {wording::localized("missing", missing_text), wording::phrase("tie", rw::unresolved_tie),
         wording::localized("invited", invited)});
  }
  return say(language, rw::result_incomplete,
             {missing > 0 ? wording::localized("reasons", missing_text)
                          : wording::phrase("reasons", rw::unresolved_tie),
              wording::localized("invited", invited)});
}

// Missing scores grouped by who owes them and for which candidate: "anna: c-e on k1, k2".
struct MissingGroup {
  std::string evaluator;  // empty: the committee's explicit consensus
  std::string candidate;
  std::vector<std::string> criteria;
};

std::vector<MissingGroup> group_missing(const Ranking& ranking, const Preselection& preselection) {
  std::vector<std::string> owners{""};
  for (const Evaluator& evaluator : preselection.evaluators) {
    owners.push_back(evaluator.id);
  }
  std::vector<MissingGroup> groups;
  for (const std::string& owner : owners) {
    for (const CandidateResult& result : ranking.candidates) {
      MissingGroup group{owner, result.candidate.id, {}};
      for (const MissingScore& missing : ranking.missing) {
        if (missing.evaluator == owner && missing.candidate == result.candidate.id) {
          group.criteria.push_back(missing.criterion);
        }
      }
      if (!group.criteria.empty()) {
        groups.push_back(std::move(group));
      }
    }
  }
  return groups;
}

std::string owner_text(const std::string& evaluator, Language language) {
  return evaluator.empty() ? say(language, rw::committee_owner) : evaluator;
}

}  // namespace

void write_ranking_text(std::ostream& target, const RankingDocument& document,
                        const RankingRenderOptions& options) {
  text::TerminalSafeStream out(target, options.colour);
  const Painter paint(options.colour);
  const Preselection& preselection = document.preselection();
  const Ranking& ranking = document.ranking;
  const Language language = options.language.value_or(document.tender.language);
  const int places = ranking.total_places;
  out << say(language, rw::heading,
             {wording::text("id", document.tender.id),
              wording::text("title", text::one_line(document.tender.title))})
      << "\n";
  out << say(language, rw::criteria_line,
             {wording::integer("count", static_cast<std::int64_t>(preselection.criteria.size())),
              wording::text("scale", preselection.scale.describe()),
              wording::phrase("unit", weight_unit(preselection)),
              wording::text("total", shown(preselection.maximum_total(), language))})
      << "\n";
  LocalizedText consensus =
      preselection.consensus == ConsensusMethod::explicit_scores
          ? wording::label(rw::consensus_explicit)
          : wording::say_count(static_cast<std::int64_t>(preselection.evaluators.size()),
                               rw::consensus_of_one, rw::consensus_of_many,
                               {wording::phrase("method", method_phrase(preselection.consensus))});
  if (preselection.spread_threshold) {
    consensus = say(rw::spreads_flagged,
                    {wording::localized("consensus", consensus),
                     wording::number("threshold", preselection.spread_threshold->to_decimal())});
  }
  out << consensus.in(language) << "\n";
  out << say(language, rw::invite_line,
             {wording::integer("max", preselection.max_candidates),
              wording::integer("min", preselection.min_candidates),
              wording::text("order", tie_break_order(preselection, language))})
      << "\n";

  out << "\n" << paint(say(language, rw::ranking_heading), kBold) << "\n";
  std::vector<std::vector<std::string>> rows{
      {say(language, rw::column_rank), say(language, rw::column_total),
       say(language, rw::column_invited), say(language, rw::column_margin),
       say(language, rw::column_candidate)}};
  std::vector<std::vector<std::string>> painted = rows;
  for (const CandidateResult& result : ranking.candidates) {
    std::vector<std::string> row{
        result.rank > 0 ? std::to_string(result.rank) : "-",
        result.total ? display_decimal(*result.total, places, language) : "-",
        invited_text(ranking, result, language),
        result.margin ? signed_shown(*result.margin, places, language) : "-",
        candidate_label(result),
    };
    std::vector<std::string> colours = row;
    if (result.selected) {
      colours[2] = paint(row[2], kGreen);
    } else if (undecided(ranking, result)) {
      colours[2] = paint(row[2], kRed);
    }
    if (!result.total) {
      colours[1] = paint(row[1], kRed);
    }
    rows.push_back(std::move(row));
    painted.push_back(std::move(colours));
  }
  write_text_table(out, rows, painted);
  if (ranking.cut_off_total) {
    out << "  "
        << say(language, rw::cut_off_line,
               {wording::text("total", display_decimal(*ranking.cut_off_total, places, language))})
        << "\n";
  }
  if (places > Ranking::kTotalPlaces) {
    out << "  "
        << say(language, rw::precision_line,
               {wording::integer("places", places),
                wording::integer("default", Ranking::kTotalPlaces)})
        << "\n";
  }

  out << "\n" << paint(say(language, rw::scores_heading), kBold) << "\n";
  for (const CandidateResult& result : ranking.candidates) {
    if (&result != &ranking.candidates.front()) {
      out << "\n";
    }
    std::string candidate = paint(result.candidate.id, kBold);
    if (!result.candidate.name.empty()) {
      candidate += ": " + text::one_line(result.candidate.name);
    }
    if (!result.total) {
      out << say(language, rw::candidate_unranked, {wording::text("candidate", candidate)});
    } else {
      const std::string total = display_decimal(*result.total, places, language);
      if (result.selected) {
        out << say(language, rw::candidate_invited,
                   {wording::text("candidate", candidate), wording::text("total", total),
                    wording::integer("rank", result.rank),
                    wording::text("invited", paint(say(language, rw::invited_word), kGreen))});
      } else {
        out << say(language, rw::candidate_ranked,
                   {wording::text("candidate", candidate), wording::text("total", total),
                    wording::integer("rank", result.rank)});
      }
    }
    out << "\n";
    for (std::size_t k = 0; k < result.criteria.size() && k < preselection.criteria.size(); ++k) {
      const CriterionResult& cell = result.criteria[k];
      const Criterion& criterion = preselection.criteria[k];
      std::string line = "  " +
                         say(language, rw::criterion_weight,
                             {wording::text("criterion", criterion.id),
                              wording::text("weight", shown(criterion.weight, language))}) +
                         ": ";
      if (cell.consensus) {
        line += say(language, rw::consensus_value,
                    {wording::text("value", shown(*cell.consensus, language)),
                     wording::text("basis", basis_text(cell, preselection.consensus, language))});
      } else {
        line += paint(say(language, rw::consensus_missing), kRed);
      }
      std::vector<std::string> scores;
      for (std::size_t e = 0; e < cell.scores.size() && e < preselection.evaluators.size(); ++e) {
        scores.push_back(fmt::format("{} {}", preselection.evaluators[e].id,
                                     cell.scores[e] != nullptr
                                         ? shown(cell.scores[e]->value, language)
                                         : paint(say(language, rw::missing), kRed)));
      }
      if (!scores.empty()) {
        line += "; " + text::join(scores, ", ");
      }
      // A spread of 0 (the evaluators agree) is the rule; only a disagreement is shown.
      if (cell.spread && *cell.spread != Rational(0)) {
        line += "; " +
                say(language, rw::spread, {wording::text("spread", shown(*cell.spread, language))});
        if (cell.spread_flagged) {
          line += " " + paint(say(language, rw::spread_above,
                                  {wording::text("threshold",
                                                 shown(*preselection.spread_threshold, language))}),
                              kYellow);
        }
      }
      out << line << "\n";
      if (cell.consensus_explicit() && !cell.consensus_motivation().empty()) {
        out << "    "
            << say(language, rw::consensus_motivation,
                   {wording::text("text", text::one_line(cell.consensus_motivation()))})
            << "\n";
      }
    }
  }

  if (ranking.tie_break) {
    const TieBreakRecord& record = *ranking.tie_break;
    out << "\n" << paint(say(language, rw::tie_heading), kBold) << "\n";
    for (const LocalizedText& step : record.steps) {
      out << "  " << text::one_line(step.in(language)) << "\n";
    }
    if (!record.resolved) {
      out << "  " << paint(say(language, rw::not_resolved), kRed) << "\n";
    }
  }

  if (!ranking.missing.empty()) {
    out << "\n"
        << paint(
               say(language, rw::missing_heading,
                   {wording::integer("count", static_cast<std::int64_t>(ranking.missing.size()))}),
               kBold)
        << "\n";
    for (const MissingGroup& group : group_missing(ranking, preselection)) {
      out << "  "
          << say(language, rw::missing_line,
                 {wording::text("owner", owner_text(group.evaluator, language)),
                  wording::text("candidate", group.candidate),
                  wording::text("criteria", text::join(group.criteria, ", "))})
          << "\n";
    }
  }

  if (!ranking.warnings.empty()) {
    out << "\n";
    for (const LocalizedText& warning : ranking.warnings) {
      out << paint(say(language, rw::warning), kYellow) << ": "
          << text::one_line(warning.in(language)) << "\n";
    }
  }
  out << "\n" << paint(result_line(ranking, language), ranking.complete() ? kGreen : kRed) << "\n";
}

namespace {

// A rational as JSON: the decimal rounded to six places (a string, so that no value passes
// through binary floating point), or null.
void rational_fields(JsonWriter& json, std::string_view name, const std::optional<Rational>& value,
                     bool with_exact, int places = 6) {
  json.key(name);
  if (value) {
    json.value(value->to_decimal(places));
  } else {
    json.null();
  }
  if (with_exact) {
    json.key(std::string(name) + "_exact");
    if (value) {
      json.value(value->to_fraction());
    } else {
      json.null();
    }
  }
}

void write_json_preselection(JsonWriter& json, const Preselection& preselection,
                             Language language) {
  json.key("preselection").begin_object();
  json.key("scale").begin_array();
  for (const Rational& value : preselection.scale.values) {
    json.value(value.to_decimal(6));
  }
  json.end_array();
  json.field("scale_maximum", preselection.scale.maximum().to_decimal(6))
      .field("weight_kind", to_string(preselection.weight_kind))
      .field("maximum_total", preselection.maximum_total().to_decimal(6))
      .field("consensus", to_string(preselection.consensus));
  rational_fields(json, "spread_threshold", preselection.spread_threshold, false);
  json.field("min_candidates", preselection.min_candidates)
      .field("max_candidates", preselection.max_candidates);
  json.key("tie_break").begin_array();
  for (const TieBreakStep& step : preselection.tie_break) {
    json.value(step.is_lot ? std::string_view("lot") : std::string_view(step.criterion_id));
  }
  json.end_array();
  json.field("lot_seed", preselection.lot_seed)
      .field("lot_algorithm", lot_algorithm_description(language));
  json.key("criteria").begin_array();
  for (const Criterion& criterion : preselection.criteria) {
    json.begin_object();
    json.field("id", criterion.id)
        .field("title", criterion.title)
        .field("weight", criterion.weight.to_decimal(6))
        .field("weight_exact", criterion.weight.to_fraction());
    json.end_object();
  }
  json.end_array();
  json.key("evaluators").begin_array();
  for (const Evaluator& evaluator : preselection.evaluators) {
    json.begin_object();
    json.field("id", evaluator.id).field("name", evaluator.name);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

void write_json_candidate(JsonWriter& json, const CandidateResult& result, std::size_t position,
                          const Ranking& ranking, const Preselection& preselection) {
  json.begin_object();
  json.field("position", position)
      .field("id", result.candidate.id)
      .field("name", result.candidate.name);
  json.key("rank");
  if (result.rank > 0) {
    json.value(result.rank);
  } else {
    json.null();
  }
  rational_fields(json, "total", result.total, true, ranking.total_places);
  json.field("selected", result.selected).field("undecided", undecided(ranking, result));
  rational_fields(json, "margin", result.margin, true, ranking.total_places);
  json.key("criteria").begin_array();
  for (std::size_t k = 0; k < result.criteria.size() && k < preselection.criteria.size(); ++k) {
    const CriterionResult& cell = result.criteria[k];
    json.begin_object();
    json.field("criterion", preselection.criteria[k].id);
    rational_fields(json, "consensus", cell.consensus, true);
    json.key("consensus_basis");
    if (cell.consensus) {
      json.value(consensus_basis(cell, preselection.consensus));
    } else {
      json.null();
    }
    json.field("consensus_motivation", cell.consensus_motivation());
    rational_fields(json, "spread", cell.spread, false);
    json.field("spread_flagged", cell.spread_flagged);
    json.key("scores").begin_array();
    for (std::size_t e = 0; e < cell.scores.size() && e < preselection.evaluators.size(); ++e) {
      json.begin_object();
      json.field("evaluator", preselection.evaluators[e].id);
      rational_fields(json, "score", cell.score(e), false);
      json.field("motivation", cell.motivation(e));
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

void write_json_tie_break(JsonWriter& json, const Ranking& ranking, Language language) {
  json.key("tie_break");
  if (!ranking.tie_break) {
    json.null();
    return;
  }
  const TieBreakRecord& record = *ranking.tie_break;
  const auto strings = [&](std::string_view name, const std::vector<std::string>& values) {
    json.key(name).begin_array();
    for (const std::string& value : values) {
      json.value(value);
    }
    json.end_array();
  };
  json.begin_object();
  strings("tied", record.tied);
  rational_fields(json, "total", record.total, true, ranking.total_places);
  json.field("places", record.places).field("resolved", record.resolved);
  strings("selected", record.selected);
  json.key("steps").begin_array();
  for (const LocalizedText& step : record.steps) {
    json.value(step.in(language));
  }
  json.end_array();
  json.key("lots").begin_array();
  for (std::size_t i = 0; i < record.lots.size(); ++i) {
    json.begin_object();
    json.field("order", i + 1)
        .field("candidate", record.lots[i].candidate)
        .field("ticket", record.lots[i].hash);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

}  // namespace

void write_ranking_json(std::ostream& out, const RankingDocument& document,
                        const RankingRenderOptions& options) {
  const Preselection& preselection = document.preselection();
  const Ranking& ranking = document.ranking;
  const Language language = options.language.value_or(document.tender.language);
  JsonWriter json(out);
  json.begin_object();
  json.field("schema", 1)
      .field("tool", "tender-score")
      .field("command", "rank")
      .field("version", options.tool_version)
      .field("language", to_string(language));
  json.key("tender").begin_object();
  json.field("id", document.tender.id)
      .field("title", document.tender.title)
      .field("file", document.tender.file)
      .field("language", to_string(document.tender.language));
  json.end_object();
  json.field("complete", ranking.complete());
  write_json_preselection(json, preselection, language);
  json.key("inputs").begin_array();
  for (const RankingInput& input : document.inputs) {
    json.begin_object();
    json.field("role", input.role).field("file", input.file).field("sha256", input.sha256);
    json.end_object();
  }
  json.end_array();
  json.key("forms").begin_array();
  for (const scoring::Evaluation& evaluation : document.scores.evaluations) {
    json.begin_object();
    json.field("evaluator", evaluation.evaluator)
        .field("file", evaluation.source)
        .field("sha256", evaluation.source_sha256);
    json.end_object();
  }
  json.end_array();
  const auto ranked = std::count_if(ranking.candidates.begin(), ranking.candidates.end(),
                                    [](const CandidateResult& r) { return r.total.has_value(); });
  json.key("summary").begin_object();
  json.field("candidates", ranking.candidates.size())
      .field("ranked", static_cast<std::int64_t>(ranked))
      .field("selected", ranking.selected_count())
      .field("missing_scores", ranking.missing.size())
      .field("flagged_spreads", flagged_spreads(ranking))
      .field("warnings", ranking.warnings.size());
  rational_fields(json, "cut_off_total", ranking.cut_off_total, true, ranking.total_places);
  json.end_object();
  json.key("ranking").begin_array();
  for (std::size_t i = 0; i < ranking.candidates.size(); ++i) {
    write_json_candidate(json, ranking.candidates[i], i + 1, ranking, preselection);
  }
  json.end_array();
  write_json_tie_break(json, ranking, language);
  json.key("missing").begin_array();
  for (const MissingScore& missing : ranking.missing) {
    json.begin_object();
    json.key("evaluator");
    if (missing.evaluator.empty()) {
      json.null();
    } else {
      json.value(missing.evaluator);
    }
    json.field("candidate", missing.candidate).field("criterion", missing.criterion);
    json.end_object();
  }
  json.end_array();
  json.key("warnings").begin_array();
  for (const LocalizedText& warning : ranking.warnings) {
    json.value(warning.in(language));
  }
  json.end_array();
  json.end_object();
  json.finish();
}

void write_ranking_markdown(std::ostream& target, const RankingDocument& document,
                            const RankingRenderOptions& options) {
  text::TerminalSafeStream out(target, false);
  const Preselection& preselection = document.preselection();
  const Ranking& ranking = document.ranking;
  const Language language = options.language.value_or(document.tender.language);
  const int places = ranking.total_places;
  const auto label = [&](const wording::Phrase& phrase) { return say(language, phrase); };
  out << "# "
      << say(language, rw::md_title,
             {wording::text("title", markdown_cell(document.tender.title)),
              wording::text("id", markdown_code_cell(document.tender.id))})
      << "\n\n";
  out << "**" << markdown_cell(result_line(ranking, language)) << ".**\n\n";
  out << say(language, rw::md_summary,
             {wording::phrase("method", method_phrase(preselection.consensus)),
              wording::text("scale", markdown_cell(preselection.scale.describe())),
              wording::phrase("unit", weight_unit(preselection)),
              wording::text("total", markdown_cell(shown(preselection.maximum_total(), language))),
              wording::integer("max", preselection.max_candidates),
              wording::integer("min", preselection.min_candidates),
              wording::text("order", markdown_cell(tie_break_order(preselection, language)))})
      << "\n\n";

  out << "| " << label(rw::md_rank) << " | " << label(rw::md_candidate) << " | "
      << label(rw::md_name) << " |";
  for (const Criterion& criterion : preselection.criteria) {
    out << " " << markdown_code_cell(criterion.id) << " |";
  }
  out << " " << label(rw::md_total) << " | " << label(rw::md_invited) << " | "
      << label(rw::md_margin) << " |\n|---:|---|---|";
  for (std::size_t k = 0; k < preselection.criteria.size(); ++k) {
    out << "---:|";
  }
  out << "---:|---|---:|\n";
  for (const CandidateResult& result : ranking.candidates) {
    out << fmt::format("| {} | {} | {} |", result.rank > 0 ? std::to_string(result.rank) : "–",
                       markdown_code_cell(result.candidate.id),
                       markdown_cell(result.candidate.name));
    for (const CriterionResult& cell : result.criteria) {
      std::string value = cell.consensus ? shown(*cell.consensus, language) : "–";
      if (cell.consensus_explicit()) {
        value += " (" + label(rw::method_explicit) + ")";
      }
      if (cell.spread_flagged) {
        value += " ⚠";
      }
      out << " " << markdown_cell(value) << " |";
    }
    const std::string invited = invited_text(ranking, result, language);
    out << fmt::format(
        " {} | {} | {} |\n",
        result.total ? markdown_cell(display_decimal(*result.total, places, language)) : "–",
        result.selected ? "**" + invited + "**" : invited,
        result.margin ? markdown_cell(signed_shown(*result.margin, places, language)) : "–");
  }
  if (ranking.cut_off_total) {
    out << "\n"
        << say(language, rw::md_cut_off,
               {wording::text("total", markdown_cell(display_decimal(*ranking.cut_off_total, places,
                                                                     language)))})
        << "\n";
  }
  if (places > Ranking::kTotalPlaces) {
    out << "\n"
        << say(language, rw::md_precision,
               {wording::integer("places", places),
                wording::integer("default", Ranking::kTotalPlaces)})
        << "\n";
  }
  if (flagged_spreads(ranking) > 0) {
    out << "\n"
        << say(language, rw::md_spread_note,
               {wording::text("threshold",
                              markdown_cell(shown(*preselection.spread_threshold, language)))})
        << "\n";
  }

  out << "\n## " << label(rw::md_scores) << "\n";
  for (const CandidateResult& result : ranking.candidates) {
    out << fmt::format("\n### {} ({})\n\n", markdown_cell(result.candidate.name),
                       markdown_code_cell(result.candidate.id));
    out << "| " << label(rw::md_criterion) << " | " << label(rw::md_weight) << " |";
    for (const Evaluator& evaluator : preselection.evaluators) {
      out << " " << markdown_cell(evaluator.id) << " |";
    }
    out << " " << label(rw::md_spread) << " | " << label(rw::md_consensus) << " | "
        << label(rw::md_basis) << " |\n|---|---:|";
    for (std::size_t e = 0; e < preselection.evaluators.size(); ++e) {
      out << "---:|";
    }
    out << "---:|---:|---|\n";
    const std::string missing = "**" + label(rw::missing) + "**";
    for (std::size_t k = 0; k < result.criteria.size() && k < preselection.criteria.size(); ++k) {
      const CriterionResult& cell = result.criteria[k];
      out << fmt::format("| {} | {} |", markdown_code_cell(preselection.criteria[k].id),
                         markdown_cell(shown(preselection.criteria[k].weight, language)));
      for (const scoring::Score* score : cell.scores) {
        out << " " << (score != nullptr ? markdown_cell(shown(score->value, language)) : missing)
            << " |";
      }
      std::string spread = cell.spread ? markdown_cell(shown(*cell.spread, language)) : "–";
      if (cell.spread_flagged) {
        spread = "**" + spread + "** ⚠";
      }
      std::string basis = markdown_cell(basis_text(cell, preselection.consensus, language));
      if (cell.consensus_explicit() && !cell.consensus_motivation().empty()) {
        basis += ": " + markdown_cell(cell.consensus_motivation());
      }
      out << fmt::format(" {} | {} | {} |\n", spread,
                         cell.consensus ? markdown_cell(shown(*cell.consensus, language)) : missing,
                         basis);
    }
  }

  if (ranking.tie_break) {
    const TieBreakRecord& record = *ranking.tie_break;
    out << "\n## " << label(rw::md_tie_heading) << "\n\n";
    for (const LocalizedText& step : record.steps) {
      // Lot lines come indented; list them flat, the numbering is in the text.
      const std::string& line = step.in(language);
      const std::size_t start = line.find_first_not_of(' ');
      out << "- " << markdown_cell(start == std::string::npos ? "" : line.substr(start)) << "\n";
    }
    if (!record.resolved) {
      out << "\n**" << label(rw::md_not_resolved) << "**\n";
    }
    if (!record.lots.empty()) {
      out << "\n| " << label(rw::md_order) << " | " << label(rw::md_candidate) << " | "
          << label(rw::md_ticket) << " |\n|---:|---|---|\n";
      for (std::size_t i = 0; i < record.lots.size(); ++i) {
        const LotTicket& ticket = record.lots[i];
        out << fmt::format("| {} | {} | {} |\n", i + 1, markdown_code_cell(ticket.candidate),
                           markdown_code_cell(ticket.hash));
      }
      out << "\n"
          << say(language, rw::md_seed,
                 {wording::text("seed", markdown_code_cell(preselection.lot_seed)),
                  wording::text("algorithm", markdown_cell(lot_algorithm_description(language)))})
          << "\n";
    }
  }

  if (!ranking.missing.empty()) {
    out << "\n## "
        << say(language, rw::md_missing_heading,
               {wording::integer("count", static_cast<std::int64_t>(ranking.missing.size()))})
        << "\n\n| " << label(rw::md_owed_by) << " | " << label(rw::md_candidate) << " | "
        << label(rw::md_criteria) << " |\n|---|---|---|\n";
    for (const MissingGroup& group : group_missing(ranking, preselection)) {
      std::vector<std::string> criteria;
      for (const std::string& criterion : group.criteria) {
        criteria.push_back(markdown_code_cell(criterion));
      }
      out << fmt::format("| {} | {} | {} |\n", markdown_cell(owner_text(group.evaluator, language)),
                         markdown_code_cell(group.candidate), text::join(criteria, ", "));
    }
  }

  if (!ranking.warnings.empty()) {
    out << "\n## " << label(rw::md_warnings) << "\n\n";
    for (const LocalizedText& warning : ranking.warnings) {
      out << "- " << markdown_cell(warning.in(language)) << "\n";
    }
  }
}

}  // namespace tenderkit::report
