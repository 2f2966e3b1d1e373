// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/report/json_writer.hpp>
#include <tenderkit/report/ranking_report.hpp>
#include <tenderkit/report/wording.hpp>

#include <fmt/format.h>

#include "text_support.hpp"

#include <algorithm>
#include <cstddef>
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
using detail::plural;
using detail::write_text_table;
using scoring::CandidateResult;
using scoring::CriterionResult;
using scoring::LotTicket;
using scoring::MissingScore;
using scoring::Ranking;
using scoring::TieBreakRecord;

std::string exact_decimal(const Rational& value, int places) {
  const std::string decimal = value.to_decimal(places);
  if (Result<Rational> back = Rational::parse(decimal); back && *back == value) {
    return decimal;
  }
  return fmt::format("{} ({})", decimal, value.to_fraction());
}

std::string_view lot_algorithm_description() {
  return words::lot_algorithm.en;
}

namespace {

// "+4.666667 (14/3)", "0", "-2.5": a margin reads as above or below the cut-off.
std::string signed_exact(const Rational& value, int places) {
  const std::string text = exact_decimal(value, places);
  return value > Rational(0) ? "+" + text : text;
}

std::string consensus_basis(const CriterionResult& cell, ConsensusMethod method) {
  if (!cell.consensus) {
    return "missing";
  }
  if (cell.consensus_explicit()) {
    return "explicit";
  }
  return std::string(to_string(method));
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

std::string invited_text(const Ranking& ranking, const CandidateResult& result) {
  if (result.selected) {
    return "yes";
  }
  return undecided(ranking, result) ? "undecided" : "no";
}

std::string candidate_label(const CandidateResult& result) {
  return result.candidate.name.empty() ? result.candidate.id
                                       : result.candidate.id + ": " + result.candidate.name;
}

std::string tie_break_order(const Preselection& preselection) {
  if (preselection.tie_break.empty()) {
    return "none published";
  }
  std::vector<std::string> steps;
  for (const TieBreakStep& step : preselection.tie_break) {
    steps.push_back(step.is_lot ? std::string("a drawing of lots")
                                : fmt::format("criterion '{}'", step.criterion_id));
  }
  return text::join(steps, ", then ");
}

std::string result_line(const Ranking& ranking) {
  const std::string invited =
      fmt::format("{} of {} invited", ranking.selected_count(),
                  plural(ranking.candidates.size(), "candidate", "candidates"));
  if (ranking.complete()) {
    return "complete: " + invited;
  }
  std::vector<std::string> reasons;
  if (!ranking.missing.empty()) {
    reasons.push_back(fmt::format("{} missing", plural(ranking.missing.size(), "score", "scores")));
  }
  if (ranking.tie_break && !ranking.tie_break->resolved) {
    reasons.push_back("a tie at the cut-off that the published rule cannot resolve");
  }
  return fmt::format("INCOMPLETE: {}; {}", text::join(reasons, "; "), invited);
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

std::string owner_text(const std::string& evaluator) {
  return evaluator.empty() ? std::string("committee (explicit consensus)") : evaluator;
}

}  // namespace

void write_ranking_text(std::ostream& target, const RankingDocument& document,
                        const RankingRenderOptions& options) {
  text::TerminalSafeStream out(target, options.colour);
  const Painter paint(options.colour);
  const Preselection& preselection = document.preselection();
  const Ranking& ranking = document.ranking;
  out << fmt::format("tender {}: {}\n", document.tender.id, text::one_line(document.tender.title));
  out << fmt::format("criteria: {} on the scale {}; weights in {} (highest total {})\n",
                     preselection.criteria.size(), preselection.scale.describe(),
                     preselection.weight_kind == WeightKind::percentage ? "percent" : "points",
                     exact_decimal(preselection.maximum_total()));
  std::string consensus =
      preselection.consensus == ConsensusMethod::explicit_scores
          ? std::string("explicit scores of the committee")
          : fmt::format("{} of {}", to_string(preselection.consensus),
                        plural(preselection.evaluators.size(), "evaluator", "evaluators"));
  if (preselection.spread_threshold) {
    consensus +=
        fmt::format("; spreads above {} flagged", exact_decimal(*preselection.spread_threshold));
  }
  out << "consensus: " << consensus << "\n";
  out << fmt::format("invite at most {}, at least {}; ties at the cut-off: {}\n",
                     preselection.max_candidates, preselection.min_candidates,
                     tie_break_order(preselection));

  out << "\n" << paint("ranking", kBold) << "\n";
  std::vector<std::vector<std::string>> rows{{"rank", "total", "invited", "margin", "candidate"}};
  std::vector<std::vector<std::string>> painted = rows;
  for (const CandidateResult& result : ranking.candidates) {
    std::vector<std::string> row{
        result.rank > 0 ? std::to_string(result.rank) : "-",
        result.total ? exact_decimal(*result.total, ranking.total_places) : "-",
        invited_text(ranking, result),
        result.margin ? signed_exact(*result.margin, ranking.total_places) : "-",
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
    out << fmt::format("  cut-off: {}, the total of the last invited candidate\n",
                       exact_decimal(*ranking.cut_off_total, ranking.total_places));
  }
  if (ranking.total_places > Ranking::kTotalPlaces) {
    out << fmt::format(
        "  totals and margins with {} decimals: some totals differ only beyond "
        "the {}th\n",
        ranking.total_places, Ranking::kTotalPlaces);
  }

  out << "\n" << paint("scores", kBold) << "\n";
  for (const CandidateResult& result : ranking.candidates) {
    if (&result != &ranking.candidates.front()) {
      out << "\n";
    }
    std::string headline = paint(result.candidate.id, kBold);
    if (!result.candidate.name.empty()) {
      headline += ": " + text::one_line(result.candidate.name);
    }
    headline += result.total
                    ? fmt::format(", total {}", exact_decimal(*result.total, ranking.total_places))
                    : std::string(", no total yet");
    if (result.rank > 0) {
      headline += fmt::format(", rank {}", result.rank);
    }
    headline += result.selected ? ", " + paint("invited", kGreen) : "";
    out << headline << "\n";
    for (std::size_t k = 0; k < result.criteria.size() && k < preselection.criteria.size(); ++k) {
      const CriterionResult& cell = result.criteria[k];
      const Criterion& criterion = preselection.criteria[k];
      std::string line =
          fmt::format("  {} (weight {}): ", criterion.id, exact_decimal(criterion.weight));
      if (cell.consensus) {
        line += fmt::format("consensus {} ({})", exact_decimal(*cell.consensus),
                            consensus_basis(cell, preselection.consensus));
      } else {
        line += paint("consensus missing", kRed);
      }
      std::vector<std::string> scores;
      for (std::size_t e = 0; e < cell.scores.size() && e < preselection.evaluators.size(); ++e) {
        scores.push_back(fmt::format("{} {}", preselection.evaluators[e].id,
                                     cell.scores[e] != nullptr
                                         ? exact_decimal(cell.scores[e]->value)
                                         : paint("missing", kRed)));
      }
      if (!scores.empty()) {
        line += "; " + text::join(scores, ", ");
      }
      // A spread of 0 (the evaluators agree) is the rule; only a disagreement is shown.
      if (cell.spread && *cell.spread != Rational(0)) {
        line += "; spread " + exact_decimal(*cell.spread);
        if (cell.spread_flagged) {
          line += " " + paint(fmt::format("above the threshold {}: discuss",
                                          exact_decimal(*preselection.spread_threshold)),
                              kYellow);
        }
      }
      out << line << "\n";
      if (cell.consensus_explicit() && !cell.consensus_motivation().empty()) {
        out << "    consensus motivation: " << text::one_line(cell.consensus_motivation()) << "\n";
      }
    }
  }

  if (ranking.tie_break) {
    const TieBreakRecord& record = *ranking.tie_break;
    out << "\n" << paint("tie at the cut-off", kBold) << "\n";
    for (const LocalizedText& step : record.steps) {
      out << "  " << text::one_line(step.en) << "\n";
    }
    if (!record.resolved) {
      out << "  " << paint("NOT RESOLVED: the published rule cannot break this tie", kRed) << "\n";
    }
  }

  if (!ranking.missing.empty()) {
    out << "\n" << paint(fmt::format("missing scores ({})", ranking.missing.size()), kBold) << "\n";
    for (const MissingGroup& group : group_missing(ranking, preselection)) {
      out << fmt::format("  {}: {} on {}\n", owner_text(group.evaluator), group.candidate,
                         text::join(group.criteria, ", "));
    }
  }

  if (!ranking.warnings.empty()) {
    out << "\n";
    for (const std::string& warning : ranking.warnings) {
      out << paint("warning", kYellow) << ": " << text::one_line(warning) << "\n";
    }
  }
  out << "\n" << paint(result_line(ranking), ranking.complete() ? kGreen : kRed) << "\n";
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

void write_json_preselection(JsonWriter& json, const Preselection& preselection) {
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
  json.field("lot_seed", preselection.lot_seed).field("lot_algorithm", lot_algorithm_description());
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

void write_json_tie_break(JsonWriter& json, const Ranking& ranking) {
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
    json.value(step.en);
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
  JsonWriter json(out);
  json.begin_object();
  json.field("schema", 1)
      .field("tool", "tender-score")
      .field("command", "rank")
      .field("version", options.tool_version);
  json.key("tender").begin_object();
  json.field("id", document.tender.id)
      .field("title", document.tender.title)
      .field("file", document.tender.file)
      .field("language", to_string(document.tender.language));
  json.end_object();
  json.field("complete", ranking.complete());
  write_json_preselection(json, preselection);
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
  write_json_tie_break(json, ranking);
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
  for (const std::string& warning : ranking.warnings) {
    json.value(warning);
  }
  json.end_array();
  json.end_object();
  json.finish();
}

void write_ranking_markdown(std::ostream& target, const RankingDocument& document,
                            const RankingRenderOptions& /*options*/) {
  text::TerminalSafeStream out(target, false);
  const Preselection& preselection = document.preselection();
  const Ranking& ranking = document.ranking;
  out << fmt::format("# Preselection ranking: {} ({})\n\n", markdown_cell(document.tender.title),
                     markdown_code_cell(document.tender.id));
  out << fmt::format("**{}.**\n\n", markdown_cell(result_line(ranking)));
  out << fmt::format(
      "Consensus: {}. Scale {}; weights in {} (highest total {}). Invite at most {}, at least "
      "{}. Ties at the cut-off: {}.\n\n",
      to_string(preselection.consensus), markdown_cell(preselection.scale.describe()),
      preselection.weight_kind == WeightKind::percentage ? "percent" : "points",
      markdown_cell(exact_decimal(preselection.maximum_total())), preselection.max_candidates,
      preselection.min_candidates, markdown_cell(tie_break_order(preselection)));

  out << "| Rank | Candidate | Name |";
  for (const Criterion& criterion : preselection.criteria) {
    out << " " << markdown_code_cell(criterion.id) << " |";
  }
  out << " Total | Invited | Margin |\n|---:|---|---|";
  for (std::size_t k = 0; k < preselection.criteria.size(); ++k) {
    out << "---:|";
  }
  out << "---:|---|---:|\n";
  for (const CandidateResult& result : ranking.candidates) {
    out << fmt::format("| {} | {} | {} |", result.rank > 0 ? std::to_string(result.rank) : "–",
                       markdown_code_cell(result.candidate.id),
                       markdown_cell(result.candidate.name));
    for (const CriterionResult& cell : result.criteria) {
      std::string value = cell.consensus ? exact_decimal(*cell.consensus) : "–";
      if (cell.consensus_explicit()) {
        value += " (explicit)";
      }
      if (cell.spread_flagged) {
        value += " ⚠";
      }
      out << " " << markdown_cell(value) << " |";
    }
    const std::string invited = invited_text(ranking, result);
    out << fmt::format(
        " {} | {} | {} |\n",
        result.total ? markdown_cell(exact_decimal(*result.total, ranking.total_places)) : "–",
        result.selected ? "**yes**" : invited,
        result.margin ? markdown_cell(signed_exact(*result.margin, ranking.total_places)) : "–");
  }
  if (ranking.cut_off_total) {
    out << fmt::format("\nCut-off: {}, the total of the last invited candidate.\n",
                       markdown_cell(exact_decimal(*ranking.cut_off_total, ranking.total_places)));
  }
  if (ranking.total_places > Ranking::kTotalPlaces) {
    out << fmt::format(
        "\nTotals and margins are shown with {} decimals: some totals differ only "
        "beyond the {}th.\n",
        ranking.total_places, Ranking::kTotalPlaces);
  }
  if (flagged_spreads(ranking) > 0) {
    out << fmt::format("\n⚠ marks a spread between the evaluators above {}: discuss first.\n",
                       markdown_cell(exact_decimal(*preselection.spread_threshold)));
  }

  out << "\n## Scores\n";
  for (const CandidateResult& result : ranking.candidates) {
    out << fmt::format("\n### {} ({})\n\n", markdown_cell(result.candidate.name),
                       markdown_code_cell(result.candidate.id));
    out << "| Criterion | Weight |";
    for (const Evaluator& evaluator : preselection.evaluators) {
      out << " " << markdown_cell(evaluator.id) << " |";
    }
    out << " Spread | Consensus | Basis |\n|---|---:|";
    for (std::size_t e = 0; e < preselection.evaluators.size(); ++e) {
      out << "---:|";
    }
    out << "---:|---:|---|\n";
    for (std::size_t k = 0; k < result.criteria.size() && k < preselection.criteria.size(); ++k) {
      const CriterionResult& cell = result.criteria[k];
      out << fmt::format("| {} | {} |", markdown_code_cell(preselection.criteria[k].id),
                         markdown_cell(exact_decimal(preselection.criteria[k].weight)));
      for (const scoring::Score* score : cell.scores) {
        out << " "
            << (score != nullptr ? markdown_cell(exact_decimal(score->value)) : "**missing**")
            << " |";
      }
      std::string spread = cell.spread ? markdown_cell(exact_decimal(*cell.spread)) : "–";
      if (cell.spread_flagged) {
        spread = "**" + spread + "** ⚠";
      }
      std::string basis = markdown_cell(consensus_basis(cell, preselection.consensus));
      if (cell.consensus_explicit() && !cell.consensus_motivation().empty()) {
        basis += ": " + markdown_cell(cell.consensus_motivation());
      }
      out << fmt::format(
          " {} | {} | {} |\n", spread,
          cell.consensus ? markdown_cell(exact_decimal(*cell.consensus)) : "**missing**", basis);
    }
  }

  if (ranking.tie_break) {
    const TieBreakRecord& record = *ranking.tie_break;
    out << "\n## Tie at the cut-off\n\n";
    for (const LocalizedText& step : record.steps) {
      // Lot lines come indented; list them flat, the numbering is in the text.
      const std::size_t start = step.en.find_first_not_of(' ');
      out << "- " << markdown_cell(start == std::string::npos ? "" : step.en.substr(start)) << "\n";
    }
    if (!record.resolved) {
      out << "\n**Not resolved: the published rule cannot break this tie.**\n";
    }
    if (!record.lots.empty()) {
      out << "\n| Order | Candidate | Ticket (SHA-256) |\n|---:|---|---|\n";
      for (std::size_t i = 0; i < record.lots.size(); ++i) {
        const LotTicket& ticket = record.lots[i];
        out << fmt::format("| {} | {} | {} |\n", i + 1, markdown_code_cell(ticket.candidate),
                           markdown_code_cell(ticket.hash));
      }
      out << fmt::format("\nSeed: {}. {}\n", markdown_code_cell(preselection.lot_seed),
                         markdown_cell(lot_algorithm_description()));
    }
  }

  if (!ranking.missing.empty()) {
    out << fmt::format(
        "\n## Missing scores ({})\n\n| Owed by | Candidate | Criteria |\n|---|---|---|\n",
        ranking.missing.size());
    for (const MissingGroup& group : group_missing(ranking, preselection)) {
      std::vector<std::string> criteria;
      for (const std::string& criterion : group.criteria) {
        criteria.push_back(markdown_code_cell(criterion));
      }
      out << fmt::format("| {} | {} | {} |\n", markdown_cell(owner_text(group.evaluator)),
                         markdown_code_cell(group.candidate), text::join(criteria, ", "));
    }
  }

  if (!ranking.warnings.empty()) {
    out << "\n## Warnings\n\n";
    for (const std::string& warning : ranking.warnings) {
      out << "- " << markdown_cell(warning) << "\n";
    }
  }
}

}  // namespace tenderkit::report
