// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/report/ranking_workbook.hpp>
#include <tenderkit/report/wording.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <fmt/format.h>

#include "workbook_style.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::report {

namespace {

using detail::kAmberFill;
using detail::kAmberFont;
using detail::kCell;
using detail::kGoodFill;
using detail::kGoodFont;
using detail::kHeader;
using detail::kLabel;
using detail::kRedFill;
using detail::kRedFont;
using detail::kTitle;
using detail::kWrappedCell;
using detail::utc_date;
using detail::with_fill;
using scoring::CandidateResult;
using scoring::CriterionResult;
using scoring::MissingScore;
using scoring::Ranking;
using scoring::TieBreakRecord;

// Every fixed text of the workbook, in one language.
struct Labels {
  std::string_view ranking_sheet;
  std::string_view criteria_sheet;
  std::string_view consensus_sheet;
  std::string_view audit_sheet;
  std::string_view document_title;
  std::string_view tender;
  std::string_view date;
  std::string_view scale;
  std::string_view scale_maximum;
  std::string_view weight_kind;
  std::string_view percentages;
  std::string_view points;
  std::string_view maximum_total;
  std::string_view consensus_rule;
  std::string_view rule_mean;
  std::string_view rule_median;
  std::string_view rule_explicit;
  std::string_view spread_threshold;
  std::string_view none;
  std::string_view min_candidates;
  std::string_view max_candidates;
  std::string_view tie_break;
  std::string_view tie_break_criterion;  // followed by the criterion id
  std::string_view lots;
  std::string_view id;
  std::string_view criterion;
  std::string_view weight;
  std::string_view guidance;
  std::string_view evaluator;
  std::string_view scores_of;  // sheet title, followed by the evaluator's name
  std::string_view form;
  std::string_view no_form;
  std::string_view candidate;
  std::string_view name;
  std::string_view score;
  std::string_view motivation;
  std::string_view spread;
  std::string_view discuss;
  std::string_view consensus;
  std::string_view basis;
  std::string_view basis_mean;
  std::string_view basis_median;
  std::string_view basis_explicit;
  std::string_view missing;
  std::string_view consensus_motivation;
  std::string_view total;
  std::string_view rank;
  std::string_view invited;
  std::string_view margin;
  std::string_view remark;
  std::string_view yes;
  std::string_view no;
  std::string_view undecided;
  std::string_view limits;  // "at most 5, at least 3"
  std::string_view at_least;
  std::string_view cut_off;
  std::string_view complete;
  std::string_view warnings;
  std::string_view missing_scores;
  std::string_view flagged_spreads;
  std::string_view in_tie;
  std::string_view tie_heading;
  std::string_view tied;
  std::string_view places;
  std::string_view resolved;
  std::string_view steps;
  std::string_view order;
  std::string_view ticket;
  std::string_view tool;
  std::string_view version;
  std::string_view created;
  std::string_view seed;
  std::string_view lot_algorithm;
  std::string_view lot_algorithm_text;
  std::string_view inputs;
  std::string_view role;
  std::string_view role_tender;
  std::string_view role_scores;
  std::string_view role_consensus;
  std::string_view file;
  std::string_view forms;
  std::string_view committee;
  std::string_view page;
  Language language = Language::en;  ///< of the texts that are not labels (warnings)
};

// The labels in one language, from the catalogue (report/wording.hpp).
Labels labels_for(Language language) {
  return Labels{
      .ranking_sheet = words::rw_ranking_sheet.in(language),
      .criteria_sheet = words::rw_criteria_sheet.in(language),
      .consensus_sheet = words::rw_consensus_sheet.in(language),
      .audit_sheet = words::rw_audit_sheet.in(language),
      .document_title = words::rw_document_title.in(language),
      .tender = words::rw_tender.in(language),
      .date = words::rw_date.in(language),
      .scale = words::rw_scale.in(language),
      .scale_maximum = words::rw_scale_maximum.in(language),
      .weight_kind = words::rw_weight_kind.in(language),
      .percentages = words::rw_percentages.in(language),
      .points = words::rw_points.in(language),
      .maximum_total = words::rw_maximum_total.in(language),
      .consensus_rule = words::rw_consensus_rule.in(language),
      .rule_mean = words::rw_rule_mean.in(language),
      .rule_median = words::rw_rule_median.in(language),
      .rule_explicit = words::rw_rule_explicit.in(language),
      .spread_threshold = words::rw_spread_threshold.in(language),
      .none = words::rw_none.in(language),
      .min_candidates = words::rw_min_candidates.in(language),
      .max_candidates = words::rw_max_candidates.in(language),
      .tie_break = words::rw_tie_break.in(language),
      .tie_break_criterion = words::rw_tie_break_criterion.in(language),
      .lots = words::rw_lots.in(language),
      .id = words::rw_id.in(language),
      .criterion = words::rw_criterion.in(language),
      .weight = words::rw_weight.in(language),
      .guidance = words::rw_guidance.in(language),
      .evaluator = words::rw_evaluator.in(language),
      .scores_of = words::rw_scores_of.in(language),
      .form = words::rw_form.in(language),
      .no_form = words::rw_no_form.in(language),
      .candidate = words::rw_candidate.in(language),
      .name = words::rw_name.in(language),
      .score = words::rw_score.in(language),
      .motivation = words::rw_motivation.in(language),
      .spread = words::rw_spread.in(language),
      .discuss = words::rw_discuss.in(language),
      .consensus = words::rw_consensus.in(language),
      .basis = words::rw_basis.in(language),
      .basis_mean = words::rw_basis_mean.in(language),
      .basis_median = words::rw_basis_median.in(language),
      .basis_explicit = words::rw_basis_explicit.in(language),
      .missing = words::rw_missing.in(language),
      .consensus_motivation = words::rw_consensus_motivation.in(language),
      .total = words::rw_total.in(language),
      .rank = words::rw_rank.in(language),
      .invited = words::rw_invited.in(language),
      .margin = words::rw_margin.in(language),
      .remark = words::rw_remark.in(language),
      .yes = words::rw_yes.in(language),
      .no = words::rw_no.in(language),
      .undecided = words::rw_undecided.in(language),
      .limits = words::rw_limits.in(language),
      .at_least = words::rw_at_least.in(language),
      .cut_off = words::rw_cut_off.in(language),
      .complete = words::rw_complete.in(language),
      .warnings = words::rw_warnings.in(language),
      .missing_scores = words::rw_missing_scores.in(language),
      .flagged_spreads = words::rw_flagged_spreads.in(language),
      .in_tie = words::rw_in_tie.in(language),
      .tie_heading = words::rw_tie_heading.in(language),
      .tied = words::rw_tied.in(language),
      .places = words::rw_places.in(language),
      .resolved = words::rw_resolved.in(language),
      .steps = words::rw_steps.in(language),
      .order = words::rw_order.in(language),
      .ticket = words::rw_ticket.in(language),
      .tool = words::rw_tool.in(language),
      .version = words::rw_version.in(language),
      .created = words::rw_created.in(language),
      .seed = words::rw_seed.in(language),
      .lot_algorithm = words::rw_lot_algorithm.in(language),
      .lot_algorithm_text = words::lot_algorithm.in(language),
      .inputs = words::rw_inputs.in(language),
      .role = words::rw_role.in(language),
      .role_tender = words::rw_role_tender.in(language),
      .role_scores = words::rw_role_scores.in(language),
      .role_consensus = words::rw_role_consensus.in(language),
      .file = words::rw_file.in(language),
      .forms = words::rw_forms.in(language),
      .committee = words::rw_committee.in(language),
      .page = words::rw_page.in(language),
      .language = language,
  };
}

std::string_view yes_no(const Labels& labels, bool value) {
  return value ? labels.yes : labels.no;
}

std::string_view lot_text(const Labels& labels) {
  return labels.lot_algorithm_text.empty() ? lot_algorithm_description()
                                           : labels.lot_algorithm_text;
}

std::string_view rule_text(const Labels& labels, ConsensusMethod method) {
  switch (method) {
    case ConsensusMethod::mean:
      return labels.rule_mean;
    case ConsensusMethod::median:
      return labels.rule_median;
    case ConsensusMethod::explicit_scores:
      return labels.rule_explicit;
  }
  return labels.rule_mean;
}

std::string tie_break_text(const Labels& labels, const Preselection& preselection) {
  if (preselection.tie_break.empty()) {
    return std::string(labels.none);
  }
  std::vector<std::string> steps;
  for (const TieBreakStep& step : preselection.tie_break) {
    steps.push_back(step.is_lot
                        ? std::string(labels.lots)
                        : fmt::format("{} {}", labels.tie_break_criterion, step.criterion_id));
  }
  return text::join(steps, "; ");
}

xlsx::Column column_of(std::size_t index) {
  return static_cast<xlsx::Column>(index);
}
xlsx::Row row_of(std::size_t index) {
  return static_cast<xlsx::Row>(index);
}

// Cells the formulas refer to across sheets, fixed by the layouts below.
constexpr xlsx::Row kScaleMaximumRow = 3;     // Criteria!B4
constexpr xlsx::Row kSpreadThresholdRow = 7;  // Criteria!B8
constexpr xlsx::Row kCriteriaHeaderRow = 12;
constexpr xlsx::Row kFirstCriterionRow = kCriteriaHeaderRow + 1;
constexpr xlsx::Column kWeightColumn = 2;

constexpr xlsx::Row kEvaluatorHeaderRow = 5;
constexpr xlsx::Row kFirstScoreRow = kEvaluatorHeaderRow + 1;
constexpr xlsx::Column kScoreColumn = 3;
constexpr xlsx::Row kConsensusHeaderRow = 4;
constexpr xlsx::Row kFirstConsensusRow = kConsensusHeaderRow + 1;
constexpr xlsx::Column kFirstEvaluatorColumn = 3;

// Column widths in characters; header rows get the height their wrapped texts need.
constexpr double kIdWidth = 34;  // candidate ids such as "01-combinatie-samen-voor-jeugd"
constexpr double kNameWidth = 32;
constexpr double kCriterionIdWidth = 18;
constexpr double kNumberWidth = 13;
constexpr double kMotivationWidth = 40;

// Writes one header cell and grows `height` to what its wrapped text needs at `width`.
void write_header(xlsx::Worksheet& sheet, xlsx::Row row, xlsx::Column column, std::string_view text,
                  double width, double& height) {
  sheet.write_text(row, column, text, kHeader);
  height = std::max(height, xlsx::wrapped_row_height(text, width));
}
const xlsx::Format kNumberCell = kCell;
const xlsx::Format kLeft{.align = xlsx::Align::left};

// A consensus is a mean or median such as 20/3: shown with two more decimals than the scale's
// values have ("0.00" on a scale of whole numbers), so not as 6.666666666666667. The cell keeps
// the exact value.
xlsx::Format consensus_format_of(const ScoreScale& scale) {
  std::size_t places = 0;
  for (const Rational& value : scale.values) {
    const std::string decimal = value.to_decimal();
    if (const std::size_t point = decimal.find('.'); point != std::string::npos) {
      places = std::max(places, decimal.size() - point - 1);
    }
  }
  xlsx::Format format = kNumberCell;
  format.number_format = "0." + std::string(std::min<std::size_t>(places + 2, 6), '0');
  return format;
}

// What every sheet writer needs.
struct Context {
  const RankingDocument& document;
  const Preselection& preselection;
  const Labels& labels;
  // Candidates in input order (the order of the forms), pointing into the ranking.
  std::vector<const CandidateResult*> input_order;
  std::string criteria_sheet;  // quoted names for formulas
  std::string consensus_sheet;
  std::vector<std::string> evaluator_sheets;

  std::size_t criterion_count() const { return preselection.criteria.size(); }
  std::size_t evaluator_count() const { return preselection.evaluators.size(); }
  // The row of a candidate (input position) and criterion on the evaluator and consensus sheets,
  // counted from their first data row.
  std::size_t offset(std::size_t candidate, std::size_t criterion) const {
    return candidate * criterion_count() + criterion;
  }
  std::string scale_maximum_cell() const {
    return criteria_sheet + "!" + xlsx::cell_reference(kScaleMaximumRow, 1, true);
  }
};

void set_page_layout(xlsx::Worksheet& sheet, const Labels& labels, std::string_view tender_id) {
  sheet.set_landscape();
  sheet.fit_to_width();
  sheet.set_header(
      fmt::format("&L{}&R&A", xlsx::header_footer_text(text::utf8_prefix(tender_id, 100))));
  sheet.set_footer(fmt::format("&C{}", labels.page));
}

// A formula with a number or, when the value is absent, an empty text as its cached result.
void write_formula_value(xlsx::Worksheet& sheet, xlsx::Row row, xlsx::Column column,
                         const std::string& formula, const std::optional<Rational>& value,
                         const xlsx::Format& format) {
  if (value) {
    sheet.write_formula(row, column, formula, value->to_double(), format);
  } else {
    sheet.write_formula_text(row, column, formula, "", format);
  }
}

void write_criteria(xlsx::Worksheet& sheet, const Context& context) {
  const Labels& labels = context.labels;
  const Preselection& preselection = context.preselection;
  const Tender& tender = context.document.tender;
  sheet.merge_text({0, 0, 0, 3}, fmt::format("{}: {}", labels.criteria_sheet, tender.title),
                   kTitle);
  const std::string_view names[] = {
      labels.tender,         labels.scale,          labels.scale_maximum,    labels.weight_kind,
      labels.maximum_total,  labels.consensus_rule, labels.spread_threshold, labels.min_candidates,
      labels.max_candidates, labels.tie_break};
  // Each label beside its value, row by row: the workbook is written in row order.
  const auto label = [&](xlsx::Row row) { sheet.write_text(row, 0, names[row - 1], kLabel); };
  label(1);
  sheet.write_text(1, 1, tender.id);
  label(2);
  sheet.write_text(2, 1, preselection.scale.describe());
  label(3);
  sheet.write_number(kScaleMaximumRow, 1, preselection.scale.maximum().to_double(), kLeft);
  label(4);
  sheet.write_text(
      4, 1,
      preselection.weight_kind == WeightKind::percentage ? labels.percentages : labels.points);
  const xlsx::Row last_criterion_row =
      kFirstCriterionRow + row_of(preselection.criteria.size()) - 1;
  label(5);
  sheet.write_formula(
      5, 1,
      fmt::format("SUM({})", xlsx::range_reference({kFirstCriterionRow, kWeightColumn,
                                                    last_criterion_row, kWeightColumn},
                                                   true)),
      preselection.maximum_total().to_double(), kLeft);
  label(6);
  sheet.write_text(6, 1, rule_text(labels, preselection.consensus));
  label(7);
  if (preselection.spread_threshold) {
    sheet.write_number(kSpreadThresholdRow, 1, preselection.spread_threshold->to_double(), kLeft);
  } else {
    sheet.write_text(kSpreadThresholdRow, 1, labels.none);
  }
  label(8);
  sheet.write_number(8, 1, preselection.min_candidates, kLeft);
  label(9);
  sheet.write_number(9, 1, preselection.max_candidates, kLeft);
  label(10);
  sheet.write_text(10, 1, tie_break_text(labels, preselection));

  const std::string_view headers[] = {labels.id, labels.criterion, labels.weight, labels.guidance};
  for (xlsx::Column column = 0; column < 4; ++column) {
    sheet.write_text(kCriteriaHeaderRow, column, headers[column], kHeader);
  }
  constexpr double kTitleWidth = 40;
  constexpr double kGuidanceWidth = 70;
  for (std::size_t k = 0; k < preselection.criteria.size(); ++k) {
    const Criterion& criterion = preselection.criteria[k];
    const xlsx::Row row = kFirstCriterionRow + row_of(k);
    std::vector<std::string> levels;
    for (const GuidanceLevel& level : criterion.guidance) {
      levels.push_back(fmt::format("{}: {}", level.score.to_decimal(), level.text));
    }
    const std::string guidance = text::join(levels, "\n");
    sheet.write_text(row, 0, criterion.id, kCell);
    sheet.write_text(row, 1, criterion.title, kWrappedCell);
    sheet.write_number(row, kWeightColumn, criterion.weight.to_double(), kNumberCell);
    sheet.write_text(row, 3, guidance, kWrappedCell);
    sheet.set_row_height(row, std::max(xlsx::wrapped_row_height(criterion.title, kTitleWidth),
                                       xlsx::wrapped_row_height(guidance, kGuidanceWidth)));
  }
  sheet.set_column_width(0, 0, kIdWidth);
  sheet.set_column_width(1, 1, kTitleWidth);
  sheet.set_column_width(2, 2, 10);
  sheet.set_column_width(3, 3, kGuidanceWidth);
  set_page_layout(sheet, labels, tender.id);
}

// The form an evaluator's scores came from, if any.
const scoring::Evaluation* evaluation_of(const scoring::ScoreSet& scores,
                                         std::string_view evaluator) {
  for (const scoring::Evaluation& evaluation : scores.evaluations) {
    if (evaluation.evaluator == evaluator) {
      return &evaluation;
    }
  }
  return nullptr;
}

void write_evaluator(xlsx::Worksheet& sheet, const Context& context, std::size_t e) {
  const Labels& labels = context.labels;
  const Evaluator& evaluator = context.preselection.evaluators[e];
  const scoring::Evaluation* evaluation = evaluation_of(context.document.scores, evaluator.id);
  sheet.merge_text({0, 0, 0, 4}, fmt::format("{} {}", labels.scores_of, evaluator.name), kTitle);
  sheet.write_text(1, 0, labels.evaluator, kLabel);
  sheet.write_text(1, 1, evaluator.id);
  sheet.write_text(2, 0, labels.form, kLabel);
  sheet.write_text(2, 1, evaluation != nullptr ? evaluation->source : labels.no_form);
  sheet.write_text(3, 0, "SHA-256", kLabel);
  sheet.write_text(3, 1, evaluation != nullptr ? evaluation->source_sha256 : "");

  const std::string_view headers[] = {labels.candidate, labels.name, labels.criterion, labels.score,
                                      labels.motivation};
  const double widths[] = {kIdWidth, kNameWidth, kCriterionIdWidth, 8, kMotivationWidth};
  double header_height = 0;
  for (xlsx::Column column = 0; column < 5; ++column) {
    write_header(sheet, kEvaluatorHeaderRow, column, headers[column], widths[column],
                 header_height);
    sheet.set_column_width(column, column, widths[column]);
  }
  sheet.set_row_height(kEvaluatorHeaderRow, header_height);
  const xlsx::Format missing = with_fill(kCell, kRedFill, kRedFont);
  for (std::size_t i = 0; i < context.input_order.size(); ++i) {
    const CandidateResult& result = *context.input_order[i];
    for (std::size_t k = 0; k < context.criterion_count(); ++k) {
      const CriterionResult& cell = result.criteria[k];
      const xlsx::Row row = kFirstScoreRow + row_of(context.offset(i, k));
      sheet.write_text(row, 0, result.candidate.id, kCell);
      sheet.write_text(row, 1, result.candidate.name, kCell);
      sheet.write_text(row, 2, context.preselection.criteria[k].id, kCell);
      // A missing score stays an empty cell (red), so that formulas over it see no number.
      if (cell.scores[e] != nullptr) {
        sheet.write_number(row, kScoreColumn, cell.scores[e]->value.to_double(), kNumberCell);
      } else {
        sheet.write_blank(row, kScoreColumn, missing);
      }
      const std::string_view motivation = cell.motivation(e);
      sheet.write_text(row, 4, motivation, kWrappedCell);
      sheet.set_row_height(row, xlsx::wrapped_row_height(motivation, kMotivationWidth));
    }
  }
  const std::size_t rows = context.input_order.size() * context.criterion_count();
  sheet.freeze_panes(kFirstScoreRow, 0);
  if (rows > 0) {
    sheet.autofilter({kEvaluatorHeaderRow, 0, kFirstScoreRow + row_of(rows) - 1, 4});
  }
  set_page_layout(sheet, labels, context.document.tender.id);
}

// Column positions of the consensus sheet, after the evaluator columns.
struct ConsensusColumns {
  xlsx::Column first_score;
  xlsx::Column last_score;
  xlsx::Column spread;
  xlsx::Column discuss;
  xlsx::Column consensus;
  xlsx::Column basis;
  xlsx::Column motivation;
  xlsx::Column first_evaluator_motivation;

  explicit ConsensusColumns(std::size_t evaluators)
      : first_score(kFirstEvaluatorColumn),
        last_score(column_of(kFirstEvaluatorColumn + evaluators - 1)),
        spread(column_of(kFirstEvaluatorColumn + evaluators)),
        discuss(column_of(spread + 1u)),
        consensus(column_of(spread + 2u)),
        basis(column_of(spread + 3u)),
        motivation(column_of(spread + 4u)),
        first_evaluator_motivation(column_of(spread + 5u)) {}
};

void write_consensus(xlsx::Worksheet& sheet, const Context& context) {
  const Labels& labels = context.labels;
  const Preselection& preselection = context.preselection;
  const ConsensusColumns columns(context.evaluator_count());
  const auto last_column =
      column_of(columns.first_evaluator_motivation + context.evaluator_count() - 1);
  sheet.merge_text({0, 0, 0, columns.spread}, labels.consensus_sheet, kTitle);
  sheet.write_text(1, 0, labels.consensus_rule, kLabel);
  sheet.write_text(1, 1, rule_text(labels, preselection.consensus));
  sheet.write_text(2, 0, labels.spread_threshold, kLabel);
  if (preselection.spread_threshold) {
    sheet.write_number(2, 1, preselection.spread_threshold->to_double(), kLeft);
  } else {
    sheet.write_text(2, 1, labels.none);
  }

  constexpr double kScoreWidth = 12;
  double header_height = 0;
  write_header(sheet, kConsensusHeaderRow, 0, labels.candidate, kIdWidth, header_height);
  write_header(sheet, kConsensusHeaderRow, 1, labels.name, kNameWidth, header_height);
  write_header(sheet, kConsensusHeaderRow, 2, labels.criterion, kCriterionIdWidth, header_height);
  for (std::size_t e = 0; e < context.evaluator_count(); ++e) {
    const Evaluator& evaluator = preselection.evaluators[e];
    write_header(sheet, kConsensusHeaderRow, column_of(columns.first_score + e), evaluator.name,
                 kScoreWidth, header_height);
    write_header(sheet, kConsensusHeaderRow, column_of(columns.first_evaluator_motivation + e),
                 fmt::format("{}: {}", labels.motivation, evaluator.name), kMotivationWidth,
                 header_height);
  }
  write_header(sheet, kConsensusHeaderRow, columns.spread, labels.spread, kScoreWidth,
               header_height);
  write_header(sheet, kConsensusHeaderRow, columns.discuss, labels.discuss, kScoreWidth,
               header_height);
  write_header(sheet, kConsensusHeaderRow, columns.consensus, labels.consensus, kScoreWidth,
               header_height);
  write_header(sheet, kConsensusHeaderRow, columns.basis, labels.basis, kScoreWidth, header_height);
  write_header(sheet, kConsensusHeaderRow, columns.motivation, labels.consensus_motivation,
               kMotivationWidth, header_height);
  sheet.set_row_height(kConsensusHeaderRow, header_height);

  const std::string threshold =
      context.criteria_sheet + "!" + xlsx::cell_reference(kSpreadThresholdRow, 1, true);
  const std::string_view computed_basis =
      preselection.consensus == ConsensusMethod::median ? labels.basis_median : labels.basis_mean;
  const std::string_view function =
      preselection.consensus == ConsensusMethod::median ? "MEDIAN" : "AVERAGE";
  const xlsx::Format missing = with_fill(kCell, kRedFill, kRedFont);
  const xlsx::Format consensus_format = consensus_format_of(preselection.scale);
  xlsx::Format explicit_format = consensus_format;
  explicit_format.bold = true;
  const auto evaluator_count = context.evaluator_count();

  for (std::size_t i = 0; i < context.input_order.size(); ++i) {
    const CandidateResult& result = *context.input_order[i];
    for (std::size_t k = 0; k < context.criterion_count(); ++k) {
      const CriterionResult& cell = result.criteria[k];
      const std::size_t offset = context.offset(i, k);
      const xlsx::Row row = kFirstConsensusRow + row_of(offset);
      sheet.write_text(row, 0, result.candidate.id, kCell);
      sheet.write_text(row, 1, result.candidate.name, kCell);
      sheet.write_text(row, 2, preselection.criteria[k].id, kCell);
      double height = xlsx::wrapped_row_height(cell.consensus_motivation(), kMotivationWidth);
      // The evaluators' scores, live from their sheets: "" where a score is missing (a plain
      // reference to an empty cell would show 0).
      for (std::size_t e = 0; e < evaluator_count; ++e) {
        const std::string source =
            context.evaluator_sheets[e] + "!" +
            xlsx::cell_reference(kFirstScoreRow + row_of(offset), kScoreColumn);
        write_formula_value(sheet, row, column_of(columns.first_score + e),
                            fmt::format("IF({0}=\"\",\"\",{0})", source), cell.score(e),
                            cell.scores[e] != nullptr ? kNumberCell : missing);
        sheet.write_text(row, column_of(columns.first_evaluator_motivation + e), cell.motivation(e),
                         kWrappedCell);
        height = std::max(height, xlsx::wrapped_row_height(cell.motivation(e), kMotivationWidth));
      }
      sheet.set_row_height(row, height);
      const std::string scores =
          xlsx::range_reference({row, columns.first_score, row, columns.last_score});
      // Spread rounded so that 0.8 - 0.1 compares with a threshold of 0.7 as the tool does.
      const std::string spread_cell = xlsx::cell_reference(row, columns.spread);
      write_formula_value(sheet, row, columns.spread,
                          fmt::format("IF(COUNT({0})<2,\"\",ROUND(MAX({0})-MIN({0}),6))", scores),
                          cell.spread, kNumberCell);
      if (preselection.spread_threshold) {
        sheet.write_formula_text(
            row, columns.discuss,
            fmt::format("IF(N({})>{},\"{}\",\"\")", spread_cell, threshold, labels.discuss),
            cell.spread_flagged ? labels.discuss : "", kCell);
      } else {
        sheet.write_blank(row, columns.discuss, kCell);
      }
      // An explicit consensus score is a plain value that overrides the computed one; the
      // evaluators' scores and motivations stay beside it.
      const std::string consensus_cell = xlsx::cell_reference(row, columns.consensus);
      if (cell.consensus_explicit()) {
        sheet.write_number(row, columns.consensus, cell.consensus->to_double(), explicit_format);
        sheet.write_text(row, columns.basis, labels.basis_explicit, kCell);
      } else if (preselection.consensus == ConsensusMethod::explicit_scores) {
        sheet.write_blank(row, columns.consensus, missing);
        sheet.write_text(row, columns.basis, labels.missing, missing);
      } else {
        write_formula_value(
            sheet, row, columns.consensus,
            fmt::format("IF(COUNT({0})<{1},\"\",{2}({0}))", scores, evaluator_count, function),
            cell.consensus, consensus_format);
        sheet.write_formula_text(row, columns.basis,
                                 fmt::format("IF({}=\"\",\"{}\",\"{}\")", consensus_cell,
                                             labels.missing, computed_basis),
                                 cell.consensus ? computed_basis : labels.missing, kCell);
      }
      sheet.write_text(row, columns.motivation, cell.consensus_motivation(), kWrappedCell);
    }
  }

  const std::size_t rows = context.input_order.size() * context.criterion_count();
  if (rows > 0) {
    const xlsx::Row last_row = kFirstConsensusRow + row_of(rows) - 1;
    // Flagged spreads in amber, live: they follow the threshold and the scores.
    if (preselection.spread_threshold) {
      sheet.add_conditional_format(
          {kFirstConsensusRow, columns.spread, last_row, columns.discuss},
          fmt::format("${}<>\"\"", xlsx::cell_reference(kFirstConsensusRow, columns.discuss)),
          with_fill({}, kAmberFill, kAmberFont));
    }
    sheet.autofilter({kConsensusHeaderRow, 0, last_row, last_column});
  }
  sheet.freeze_panes(kFirstConsensusRow, 3);
  sheet.set_column_width(0, 0, kIdWidth);
  sheet.set_column_width(1, 1, kNameWidth);
  sheet.set_column_width(2, 2, kCriterionIdWidth);
  sheet.set_column_width(columns.first_score, columns.last_score, kScoreWidth);
  sheet.set_column_width(columns.spread, columns.basis, kScoreWidth);
  sheet.set_column_width(columns.motivation, last_column, kMotivationWidth);
  set_page_layout(sheet, labels, context.document.tender.id);
}

// Column positions of the ranking sheet, after the criteria columns.
struct RankingColumns {
  xlsx::Column first_criterion = 2;
  xlsx::Column last_criterion;
  xlsx::Column total;
  xlsx::Column rank;
  xlsx::Column invited;
  xlsx::Column margin;
  xlsx::Column remark;

  explicit RankingColumns(std::size_t criteria)
      : last_criterion(column_of(2 + criteria - 1)),
        total(column_of(2 + criteria)),
        rank(column_of(total + 1u)),
        invited(column_of(total + 2u)),
        margin(column_of(total + 3u)),
        remark(column_of(total + 4u)) {}
};

constexpr xlsx::Row kWeightsRow = 8;
constexpr xlsx::Row kRankingHeaderRow = kWeightsRow + 1;
constexpr xlsx::Row kFirstRankingRow = kRankingHeaderRow + 1;

std::string_view invited_text(const Labels& labels, const Ranking& ranking,
                              const CandidateResult& result) {
  if (result.selected) {
    return labels.yes;
  }
  if (ranking.tie_break && !ranking.tie_break->resolved) {
    const std::vector<std::string>& tied = ranking.tie_break->tied;
    if (std::find(tied.begin(), tied.end(), result.candidate.id) != tied.end()) {
      return labels.undecided;
    }
  }
  return labels.no;
}

std::string remark_text(const Labels& labels, const Ranking& ranking,
                        const std::vector<Criterion>& criteria, const CandidateResult& result) {
  std::vector<std::string> remarks;
  const auto missing =
      std::count_if(ranking.missing.begin(), ranking.missing.end(),
                    [&](const MissingScore& m) { return m.candidate == result.candidate.id; });
  if (missing > 0) {
    remarks.push_back(fmt::format("{}: {}", labels.missing_scores, missing));
  }
  std::vector<std::string> flagged;
  for (std::size_t k = 0; k < result.criteria.size() && k < criteria.size(); ++k) {
    if (result.criteria[k].spread_flagged) {
      flagged.push_back(criteria[k].id);
    }
  }
  if (!flagged.empty()) {
    remarks.push_back(fmt::format("{} {}", labels.flagged_spreads, text::join(flagged, ", ")));
  }
  if (ranking.tie_break) {
    const std::vector<std::string>& tied = ranking.tie_break->tied;
    if (std::find(tied.begin(), tied.end(), result.candidate.id) != tied.end()) {
      remarks.push_back(std::string(labels.in_tie));
    }
  }
  return text::join(remarks, "; ");
}

void write_ranking(xlsx::Worksheet& sheet, const Context& context,
                   const RankingWorkbookOptions& options) {
  const Labels& labels = context.labels;
  const Preselection& preselection = context.preselection;
  const Ranking& ranking = context.document.ranking;
  const Tender& tender = context.document.tender;
  const RankingColumns columns(context.criterion_count());
  const std::size_t count = ranking.candidates.size();
  const xlsx::Row last_row = kFirstRankingRow + row_of(count) - 1;

  sheet.merge_text({0, 0, 0, columns.remark},
                   fmt::format("{}: {}", labels.document_title, tender.title), kTitle);
  sheet.write_text(1, 0, labels.tender, kLabel);
  sheet.write_text(1, 1, tender.id);
  sheet.write_text(2, 0, labels.date, kLabel);
  sheet.write_date(2, 1, utc_date(options.created), kLeft);
  sheet.write_text(3, 0, labels.invited, kLabel);
  const std::string limits = fmt::format("{} {}, {} {}", labels.limits, preselection.max_candidates,
                                         labels.at_least, preselection.min_candidates);
  if (count > 0) {
    sheet.write_formula(
        3, 1,
        fmt::format("COUNTIF({},\"{}\")",
                    xlsx::range_reference(
                        {kFirstRankingRow, columns.invited, last_row, columns.invited}, true),
                    labels.yes),
        ranking.selected_count(), kLeft);
  } else {
    sheet.write_number(3, 1, 0, kLeft);
  }
  sheet.write_text(3, 2, limits);
  sheet.write_text(4, 0, labels.cut_off, kLabel);
  std::optional<xlsx::Row> cut_off_row;
  for (std::size_t r = 0; r < count; ++r) {
    if (ranking.candidates[r].selected) {
      cut_off_row = kFirstRankingRow + row_of(r);
    }
  }
  if (cut_off_row && ranking.cut_off_total) {
    sheet.write_formula(4, 1, xlsx::cell_reference(*cut_off_row, columns.total),
                        ranking.cut_off_total->rounded(ranking.total_places).to_double(), kLeft);
  } else {
    sheet.write_text(4, 1, "");
  }
  sheet.write_text(5, 0, labels.complete, kLabel);
  sheet.write_text(5, 1, yes_no(labels, ranking.complete()),
                   ranking.complete() ? with_fill(kLeft, kGoodFill, kGoodFont)
                                      : with_fill(kLeft, kRedFill, kRedFont));
  sheet.write_text(6, 0, labels.warnings, kLabel);
  std::vector<std::string> warnings;
  for (const LocalizedText& warning : ranking.warnings) {
    warnings.push_back(warning.in(labels.language));
  }
  sheet.write_text(6, 1, text::join(warnings, "\n"));

  // The weights once, above the criteria columns, so that SUMPRODUCT sees two rows.
  sheet.write_text(kWeightsRow, 1, labels.weight, kHeader);
  for (std::size_t k = 0; k < context.criterion_count(); ++k) {
    sheet.write_formula(
        kWeightsRow, column_of(columns.first_criterion + k),
        fmt::format("{}!{}", context.criteria_sheet,
                    xlsx::cell_reference(kFirstCriterionRow + row_of(k), kWeightColumn, true)),
        preselection.criteria[k].weight.to_double(), kCell);
  }
  constexpr double kCriterionWidth = 14;
  constexpr double kRemarkWidth = 40;
  double header_height = 0;
  write_header(sheet, kRankingHeaderRow, 0, labels.candidate, kIdWidth, header_height);
  write_header(sheet, kRankingHeaderRow, 1, labels.name, kNameWidth, header_height);
  for (std::size_t k = 0; k < context.criterion_count(); ++k) {
    write_header(sheet, kRankingHeaderRow, column_of(columns.first_criterion + k),
                 preselection.criteria[k].id, kCriterionWidth, header_height);
  }
  const std::string_view headers[] = {labels.total, labels.rank, labels.invited, labels.margin,
                                      labels.remark};
  const double widths[] = {kNumberWidth, 7, 12, kNumberWidth, kRemarkWidth};
  for (std::size_t h = 0; h < std::size(headers); ++h) {
    const xlsx::Column column = column_of(columns.total + h);
    write_header(sheet, kRankingHeaderRow, column, headers[h], widths[h], header_height);
    sheet.set_column_width(column, column, widths[h]);
  }
  sheet.set_row_height(kRankingHeaderRow, header_height);

  // Row of each candidate in input order, for the references to the consensus sheet.
  std::map<std::string, std::size_t, std::less<>> input_position;
  for (std::size_t i = 0; i < context.input_order.size(); ++i) {
    input_position.emplace(context.input_order[i]->candidate.id, i);
  }
  const std::string weights = xlsx::range_reference(
      {kWeightsRow, columns.first_criterion, kWeightsRow, columns.last_criterion}, true);
  const std::string totals =
      xlsx::range_reference({kFirstRankingRow, columns.total, last_row, columns.total}, true);
  const std::string maximum = context.scale_maximum_cell();
  const ConsensusColumns consensus_columns(context.evaluator_count());
  const xlsx::Format total_format{
      .bold = true, .border = xlsx::Border::thin, .vertical_align = xlsx::VerticalAlign::top};
  const xlsx::Format consensus_format = consensus_format_of(preselection.scale);

  for (std::size_t r = 0; r < count; ++r) {
    const CandidateResult& result = ranking.candidates[r];
    const xlsx::Row row = kFirstRankingRow + row_of(r);
    sheet.write_text(row, 0, result.candidate.id, kCell);
    sheet.write_text(row, 1, result.candidate.name, kCell);
    const std::size_t input = input_position.at(result.candidate.id);
    for (std::size_t k = 0; k < context.criterion_count(); ++k) {
      const std::string source =
          context.consensus_sheet + "!" +
          xlsx::cell_reference(kFirstConsensusRow + row_of(context.offset(input, k)),
                               consensus_columns.consensus);
      write_formula_value(sheet, row, column_of(columns.first_criterion + k),
                          fmt::format("IF({0}=\"\",\"\",{0})", source),
                          result.criteria[k].consensus, consensus_format);
    }
    const std::string scores =
        xlsx::range_reference({row, columns.first_criterion, row, columns.last_criterion});
    const std::string total_cell = xlsx::cell_reference(row, columns.total);
    // Rounded inside the formula, so that equal totals are equal in the workbook too, to the
    // ranking's total_places: enough decimals that different totals rank apart (tied to how
    // far a binary sum can be off, scoring::total_places).
    write_formula_value(
        sheet, row, columns.total,
        fmt::format("IF(COUNT({0})<{1},\"\",ROUND(SUMPRODUCT({2},{0})/{3},{4}))", scores,
                    context.criterion_count(), weights, maximum, ranking.total_places),
        result.total ? std::optional(result.total->rounded(ranking.total_places)) : std::nullopt,
        total_format);
    write_formula_value(sheet, row, columns.rank,
                        fmt::format("IF({0}=\"\",\"\",_xlfn.RANK.EQ({0},{1}))", total_cell, totals),
                        result.rank > 0 ? std::optional(Rational(result.rank)) : std::nullopt,
                        kNumberCell);
    sheet.write_text(row, columns.invited, invited_text(labels, ranking, result), kCell);
    if (cut_off_row) {
      // From the unrounded sums, so that the margin is the exact one rounded once.
      const std::string cut_off_scores = xlsx::range_reference(
          {*cut_off_row, columns.first_criterion, *cut_off_row, columns.last_criterion}, true);
      write_formula_value(
          sheet, row, columns.margin,
          fmt::format("IF({0}=\"\",\"\",ROUND((SUMPRODUCT({1},{2})-SUMPRODUCT({1},{3}))/{4},{5}))",
                      total_cell, weights, scores, cut_off_scores, maximum, ranking.total_places),
          result.margin ? std::optional(result.margin->rounded(ranking.total_places))
                        : std::nullopt,
          kNumberCell);
    } else {
      sheet.write_blank(row, columns.margin, kCell);
    }
    sheet.write_text(row, columns.remark,
                     remark_text(labels, ranking, preselection.criteria, result), kCell);
  }

  if (count > 0) {
    // Invited rows green, undecided ones red: conditional, so the colour follows the text.
    const xlsx::Range table{kFirstRankingRow, 0, last_row, columns.remark};
    const std::string invited_cell = "$" + xlsx::cell_reference(kFirstRankingRow, columns.invited);
    sheet.add_conditional_format(table, fmt::format("{}=\"{}\"", invited_cell, labels.yes),
                                 with_fill({}, kGoodFill, kGoodFont));
    sheet.add_conditional_format(table, fmt::format("{}=\"{}\"", invited_cell, labels.undecided),
                                 with_fill({}, kRedFill, kRedFont));
    sheet.autofilter({kRankingHeaderRow, 0, last_row, columns.remark});
  }

  xlsx::Row row = last_row + 2;
  if (ranking.total_places > Ranking::kTotalPlaces) {
    sheet.write_text(row, 0,
                     wording::say(tender.language, words::rw_precision_note,
                                  {wording::integer("places", ranking.total_places),
                                   wording::integer("usual", Ranking::kTotalPlaces)}),
                     kLabel);
    row += 2;
  }
  if (ranking.tie_break) {
    const TieBreakRecord& record = *ranking.tie_break;
    sheet.write_text(row++, 0, labels.tie_heading, kLabel);
    sheet.write_text(row, 0, labels.tied, kLabel);
    sheet.write_text(row++, 1, text::join(record.tied, ", "));
    sheet.write_text(row, 0, labels.total, kLabel);
    sheet.write_text(row++, 1, exact_decimal(record.total, ranking.total_places));
    sheet.write_text(row, 0, labels.places, kLabel);
    sheet.write_number(row++, 1, record.places, kLeft);
    sheet.write_text(row, 0, labels.resolved, kLabel);
    sheet.write_text(row++, 1, yes_no(labels, record.resolved),
                     record.resolved ? kLeft : with_fill(kLeft, kRedFill, kRedFont));
    sheet.write_text(row++, 0, labels.steps, kLabel);
    for (const LocalizedText& step : record.steps) {
      sheet.write_text(row++, 0, step.in(options.language.value_or(tender.language)));
    }
    if (!record.lots.empty()) {
      ++row;
      sheet.write_text(row, 0, labels.order, kHeader);
      sheet.write_text(row, 1, labels.candidate, kHeader);
      sheet.merge_text({row, 2, row, columns.total}, labels.ticket, kHeader);
      ++row;
      for (std::size_t i = 0; i < record.lots.size(); ++i) {
        sheet.write_number(row, 0, static_cast<double>(i + 1), kCell);
        sheet.write_text(row, 1, record.lots[i].candidate, kCell);
        sheet.merge_text({row, 2, row, columns.total}, record.lots[i].hash, kCell);
        ++row;
      }
    }
  }

  sheet.set_column_width(0, 0, kIdWidth);
  sheet.set_column_width(1, 1, kNameWidth);
  sheet.set_column_width(columns.first_criterion, columns.last_criterion, kCriterionWidth);
  sheet.freeze_panes(kFirstRankingRow, 2);
  set_page_layout(sheet, labels, tender.id);
  sheet.repeat_rows(kRankingHeaderRow, kRankingHeaderRow);
}

// A timestamp as an Excel date and time (the wrapper writes dates; the time is the fraction).
double excel_timestamp(std::time_t time) {
  const double day = xlsx::excel_date_serial(utc_date(time)).value_or(0);
  const std::time_t seconds = ((time % 86'400) + 86'400) % 86'400;
  return day + static_cast<double>(seconds) / 86'400.0;
}

void write_audit(xlsx::Worksheet& sheet, const Context& context,
                 const RankingWorkbookOptions& options) {
  const Labels& labels = context.labels;
  const Preselection& preselection = context.preselection;
  const RankingDocument& document = context.document;
  const Ranking& ranking = document.ranking;
  sheet.merge_text({0, 0, 0, 2}, labels.audit_sheet, kTitle);
  xlsx::Row row = 1;
  const auto line = [&](std::string_view label, std::string_view value) {
    sheet.write_text(row, 0, label, kLabel);
    sheet.write_text(row++, 1, value);
  };
  line(labels.tool, "tender-score rank (tenderkit)");
  line(labels.version, options.tool_version);
  sheet.write_text(row, 0, labels.created, kLabel);
  sheet.write_number(row++, 1, excel_timestamp(options.created),
                     {.align = xlsx::Align::left, .number_format = "yyyy-mm-dd hh:mm:ss"});
  line(labels.tender, document.tender.id);
  line(labels.consensus_rule, rule_text(labels, preselection.consensus));
  line(labels.spread_threshold, preselection.spread_threshold
                                    ? exact_decimal(*preselection.spread_threshold)
                                    : std::string(labels.none));
  line(labels.tie_break, tie_break_text(labels, preselection));
  line(labels.seed, preselection.lot_seed);
  sheet.write_text(row, 0, labels.lot_algorithm,
                   {.bold = true, .vertical_align = xlsx::VerticalAlign::top});
  sheet.merge_text({row, 1, row, 2}, lot_text(labels),
                   {.wrap = true, .vertical_align = xlsx::VerticalAlign::top});
  sheet.set_row_height(row++, xlsx::wrapped_row_height(lot_text(labels), 100));
  line(labels.complete, yes_no(labels, ranking.complete()));

  const auto table_header = [&](std::string_view title, std::vector<std::string_view> headers) {
    ++row;
    sheet.write_text(row++, 0, title, kLabel);
    for (std::size_t c = 0; c < headers.size(); ++c) {
      sheet.write_text(row, column_of(c), headers[c], kHeader);
    }
    ++row;
  };
  table_header(labels.inputs, {labels.role, labels.file, "SHA-256"});
  for (const RankingInput& input : document.inputs) {
    sheet.write_text(row, 0,
                     input.role == "tender"      ? labels.role_tender
                     : input.role == "consensus" ? labels.role_consensus
                                                 : labels.role_scores,
                     kCell);
    // A path wraps in its column (a long one would be cut at the column's edge in print).
    sheet.write_text(row, 1, input.file, kWrappedCell);
    if (const double height = xlsx::wrapped_row_height(input.file, 48); height > 15) {
      sheet.set_row_height(row, height);
    }
    sheet.write_text(row++, 2, input.sha256, kCell);
  }
  table_header(labels.forms, {labels.evaluator, labels.form, "SHA-256"});
  for (const scoring::Evaluation& evaluation : document.scores.evaluations) {
    sheet.write_text(row, 0, evaluation.evaluator, kCell);
    sheet.write_text(row, 1, evaluation.source, kWrappedCell);
    if (const double height = xlsx::wrapped_row_height(evaluation.source, 48); height > 15) {
      sheet.set_row_height(row, height);
    }
    sheet.write_text(row++, 2, evaluation.source_sha256, kCell);
  }
  if (ranking.tie_break && !ranking.tie_break->lots.empty()) {
    table_header(labels.lots, {labels.order, labels.candidate, labels.ticket});
    for (std::size_t i = 0; i < ranking.tie_break->lots.size(); ++i) {
      sheet.write_number(row, 0, static_cast<double>(i + 1), kCell);
      sheet.write_text(row, 1, ranking.tie_break->lots[i].candidate, kCell);
      sheet.write_text(row++, 2, ranking.tie_break->lots[i].hash, kCell);
    }
  }
  if (!ranking.missing.empty()) {
    table_header(labels.missing_scores, {labels.evaluator, labels.candidate, labels.criterion});
    for (const MissingScore& missing : ranking.missing) {
      sheet.write_text(row, 0, missing.evaluator.empty() ? labels.committee : missing.evaluator,
                       kCell);
      sheet.write_text(row, 1, missing.candidate, kCell);
      sheet.write_text(row++, 2, missing.criterion, kCell);
    }
  }
  if (!ranking.warnings.empty()) {
    ++row;
    sheet.write_text(row++, 0, labels.warnings, kLabel);
    for (const LocalizedText& warning : ranking.warnings) {
      sheet.write_text(row++, 0, warning.in(labels.language));
    }
  }
  sheet.set_column_width(0, 0, 34);
  sheet.set_column_width(1, 1, 48);
  sheet.set_column_width(2, 2, 68);
  set_page_layout(sheet, labels, document.tender.id);
}

}  // namespace

Result<std::vector<Warning>> write_ranking_workbook(const std::filesystem::path& target,
                                                    const RankingDocument& document,
                                                    const RankingWorkbookOptions& options) {
  const Tender& tender = document.tender;
  const Labels labels = labels_for(options.language.value_or(tender.language));
  const Preselection& preselection = document.preselection();
  // Written in row order, so that libxlsxwriter holds one row per sheet rather than every cell:
  // a ranking of 1,000 candidates has over two million.
  Result<xlsx::Workbook> workbook =
      xlsx::Workbook::create(target,
                             {.title = fmt::format("{}: {}", labels.document_title, tender.id),
                              .author = "tenderkit tender-score",
                              .subject = tender.title,
                              .created = options.created},
                             xlsx::WriteMode::row_order);
  if (!workbook) {
    return workbook.error();
  }
  // The result first, then how it was reached; the evaluator sheets are named after the
  // evaluators, which must not take the fixed names (an evaluator called "Audit" gets
  // "Audit (2)").
  const std::vector<std::string> fixed{
      std::string(labels.ranking_sheet), std::string(labels.criteria_sheet),
      std::string(labels.consensus_sheet), std::string(labels.audit_sheet)};
  std::vector<std::string> taken = fixed;
  std::vector<std::string> evaluator_names;
  for (const Evaluator& evaluator : preselection.evaluators) {
    evaluator_names.push_back(xlsx::make_sheet_name(evaluator.name, taken));
    taken.push_back(evaluator_names.back());
  }
  xlsx::Worksheet ranking_sheet = workbook->add_worksheet(labels.ranking_sheet);
  xlsx::Worksheet criteria_sheet = workbook->add_worksheet(labels.criteria_sheet);
  xlsx::Worksheet consensus_sheet = workbook->add_worksheet(labels.consensus_sheet);
  std::vector<xlsx::Worksheet> evaluator_sheets;
  for (const std::string& name : evaluator_names) {
    evaluator_sheets.push_back(workbook->add_worksheet(name));
  }
  xlsx::Worksheet audit_sheet = workbook->add_worksheet(labels.audit_sheet);

  Context context{.document = document,
                  .preselection = preselection,
                  .labels = labels,
                  .input_order = {},
                  .criteria_sheet = xlsx::quoted_sheet_name(criteria_sheet.name()),
                  .consensus_sheet = xlsx::quoted_sheet_name(consensus_sheet.name()),
                  .evaluator_sheets = {}};
  for (const xlsx::Worksheet& sheet : evaluator_sheets) {
    context.evaluator_sheets.push_back(xlsx::quoted_sheet_name(sheet.name()));
  }
  // The evaluator and consensus sheets list candidates in the order of the forms.
  for (const scoring::Candidate& candidate : document.scores.candidates) {
    for (const CandidateResult& result : document.ranking.candidates) {
      if (result.candidate.id == candidate.id) {
        context.input_order.push_back(&result);
        break;
      }
    }
  }

  write_ranking(ranking_sheet, context, options);
  write_criteria(criteria_sheet, context);
  write_consensus(consensus_sheet, context);
  for (std::size_t e = 0; e < evaluator_sheets.size(); ++e) {
    write_evaluator(evaluator_sheets[e], context, e);
  }
  write_audit(audit_sheet, context, options);
  return workbook->close();
}

}  // namespace tenderkit::report
