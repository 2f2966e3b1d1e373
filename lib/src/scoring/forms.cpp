// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/core/words.hpp>
#include <tenderkit/scoring/collect.hpp>
#include <tenderkit/scoring/file_wording.hpp>
#include <tenderkit/scoring/forms.hpp>
#include <tenderkit/scoring/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <optional>
#include <system_error>

namespace tenderkit::scoring {

namespace {

using namespace form_layout;

// Every fixed text of a form, in one language.
struct Labels {
  std::string_view instructions_sheet;
  std::string_view not_admitted_sheet;
  std::string_view form_title;
  std::string_view tender;
  std::string_view evaluator;
  std::string_view scale;
  std::string_view weighting;
  std::string_view version;
  std::string_view how_to;
  std::string_view criteria;
  std::string_view id;
  std::string_view criterion;
  std::string_view weight_percent;
  std::string_view weight_points;
  std::string_view score;
  std::string_view guidance;
  std::string_view no_guidance;
  std::string_view filled;
  std::string_view scores_hint;
  std::string_view candidate;
  std::string_view motivation;
  std::string_view not_admitted_title;
  std::string_view not_admitted_intro;
  std::string_view name;
  std::string_view reason;
  std::string_view none_rejected;
  std::string_view page;  // with &P and &N
};

// The labels in one language, from the catalogue (scoring/wording.hpp).
Labels labels_for(Language language) {
  return Labels{
      .instructions_sheet = words::form_instructions_sheet.in(language),
      .not_admitted_sheet = words::form_not_admitted_sheet.in(language),
      .form_title = words::form_form_title.in(language),
      .tender = words::form_tender.in(language),
      .evaluator = words::form_evaluator.in(language),
      .scale = words::form_scale.in(language),
      .weighting = words::form_weighting.in(language),
      .version = words::form_version.in(language),
      .how_to = words::form_how_to.in(language),
      .criteria = words::form_criteria.in(language),
      .id = words::form_id.in(language),
      .criterion = words::form_criterion.in(language),
      .weight_percent = words::form_weight_percent.in(language),
      .weight_points = words::form_weight_points.in(language),
      .score = words::form_score.in(language),
      .guidance = words::form_guidance.in(language),
      .no_guidance = words::form_no_guidance.in(language),
      .filled = words::form_filled.in(language),
      .scores_hint = words::form_scores_hint.in(language),
      .candidate = words::form_candidate.in(language),
      .motivation = words::form_motivation.in(language),
      .not_admitted_title = words::form_not_admitted_title.in(language),
      .not_admitted_intro = words::form_not_admitted_intro.in(language),
      .name = words::form_name.in(language),
      .reason = words::form_reason.in(language),
      .none_rejected = words::form_none_rejected.in(language),
      .page = words::form_page.in(language),
  };
}

constexpr xlsx::Rgb kHeaderFill = 0xDDEBF7;
constexpr xlsx::Rgb kInputFill = 0xFFF2CC;  // light yellow: "fill me in"

const xlsx::Format kTitle{.bold = true, .font_size = 14};
const xlsx::Format kLabel{.bold = true, .vertical_align = xlsx::VerticalAlign::top};
const xlsx::Format kValue{.align = xlsx::Align::left, .vertical_align = xlsx::VerticalAlign::top};
const xlsx::Format kWrapped{.wrap = true, .vertical_align = xlsx::VerticalAlign::top};
const xlsx::Format kNote{.italic = true, .wrap = true, .vertical_align = xlsx::VerticalAlign::top};
const xlsx::Format kHeader{.bold = true,
                           .fill_color = kHeaderFill,
                           .border = xlsx::Border::thin,
                           .wrap = true,
                           .vertical_align = xlsx::VerticalAlign::top};
const xlsx::Format kCell{.border = xlsx::Border::thin, .vertical_align = xlsx::VerticalAlign::top};
const xlsx::Format kWrappedCell{
    .border = xlsx::Border::thin, .wrap = true, .vertical_align = xlsx::VerticalAlign::top};
const xlsx::Format kScoreInput{.bold = true,
                               .fill_color = kInputFill,
                               .border = xlsx::Border::thin,
                               .align = xlsx::Align::center,
                               .vertical_align = xlsx::VerticalAlign::top,
                               .unlocked = true};
const xlsx::Format kMotivationInput{.border = xlsx::Border::thin,
                                    .wrap = true,
                                    .vertical_align = xlsx::VerticalAlign::top,
                                    .unlocked = true};

// Column widths of the scoring sheet, in characters.
constexpr double kIdWidth = 20;
constexpr double kNameWidth = 24;
constexpr double kScoreWidth = 8;
constexpr double kMotivationWidth = 36;
// Room for about five lines of motivation: wrapped rows do not grow by themselves.
constexpr double kCandidateRowHeight = 75;

// Column widths of the instructions sheet.
constexpr double kInstructionLabelWidth = 18;
constexpr double kCriterionTitleWidth = 36;
constexpr double kWeightWidth = 12;
constexpr double kGuidanceScoreWidth = 8;
constexpr double kGuidanceWidth = 60;

std::string display_name(const Candidate& candidate) {
  return candidate.name.empty() ? candidate.id : candidate.name;
}

std::string evaluator_label(const Evaluator& evaluator) {
  return evaluator.name.empty() || evaluator.name == evaluator.id
             ? evaluator.id
             : fmt::format("{} [{}]", evaluator.name, evaluator.id);
}

// Page header: tender id left, evaluator centre, sheet name right; footer: page numbers. User
// text is cut so the header stays within Excel's 255 characters.
void set_page_layout(xlsx::Worksheet& sheet, const Labels& labels, const Tender& tender,
                     const Evaluator& evaluator) {
  sheet.set_landscape();
  sheet.fit_to_width();
  sheet.set_header(
      fmt::format("&L{}&C{}&R&A", xlsx::header_footer_text(text::utf8_prefix(tender.id, 80)),
                  xlsx::header_footer_text(text::utf8_prefix(evaluator_label(evaluator), 80))));
  sheet.set_footer(fmt::format("&C{}", labels.page));
}

std::string weight_text(const Criterion& criterion, WeightKind kind, Language language) {
  const std::string weight = criterion.weight.to_decimal(2);
  if (kind == WeightKind::percentage) {
    return weight + "%";
  }
  return wording::say(language, words::form_weight_in_points, {wording::number("weight", weight)});
}

// The column letters of a column: "C" for 2.
std::string column_letters(xlsx::Column column) {
  std::string reference = xlsx::cell_reference(0, column);
  reference.pop_back();  // the row number "1"
  return reference;
}

void write_instructions(xlsx::Worksheet& sheet, const Tender& tender, const Evaluator& evaluator,
                        const FormSet& forms, const Labels& labels) {
  const Preselection& preselection = *tender.preselection;
  constexpr xlsx::Column kLast = 4;
  sheet.merge_text({0, 0, 0, kLast}, fmt::format("{}: {}", labels.form_title, tender.title),
                   kTitle);
  const double value_width =
      kCriterionTitleWidth + kWeightWidth + kGuidanceScoreWidth + kGuidanceWidth;
  xlsx::Row row = 1;
  const auto info = [&](std::string_view label, const std::string& value) {
    sheet.write_text(row, 0, label, kLabel);
    sheet.merge_text(
        {row, 1, row, kLast}, value,
        {.wrap = true, .align = xlsx::Align::left, .vertical_align = xlsx::VerticalAlign::top});
    sheet.set_row_height(row, xlsx::wrapped_row_height(value, value_width));
    ++row;
  };
  info(labels.tender, fmt::format("{}: {}", tender.id, tender.title));
  info(labels.evaluator, evaluator_label(evaluator));
  info(labels.scale, preselection.scale.describe());
  info(labels.weighting,
       wording::say(tender.language,
                    preselection.weight_kind == WeightKind::percentage ? words::form_percentages
                                                                       : words::form_points,
                    {wording::number("total", preselection.maximum_total().to_decimal(2))}));
  info(labels.version, forms.form_version.substr(0, 16));

  ++row;
  sheet.write_text(row++, 0, labels.how_to, kLabel);
  const double steps_width = kInstructionLabelWidth + value_width;
  // The steps of the instructions; the last one names the scale's maximum.
  static constexpr const wording::Phrase* kSteps[] = {&words::form_steps_1, &words::form_steps_2,
                                                      &words::form_steps_3, &words::form_steps_4,
                                                      &words::form_steps_5, &words::form_steps_6};
  for (const wording::Phrase* step : kSteps) {
    const std::string line =
        wording::say(tender.language, *step,
                     {wording::number("max", preselection.scale.maximum().to_decimal())});
    sheet.merge_text({row, 0, row, kLast}, line, kWrapped);
    sheet.set_row_height(row, xlsx::wrapped_row_height(line, steps_width));
    ++row;
  }

  ++row;
  sheet.write_text(row++, 0, labels.criteria, kLabel);
  const xlsx::Row header_row = row;
  const std::string_view headers[] = {labels.id, labels.criterion,
                                      preselection.weight_kind == WeightKind::percentage
                                          ? labels.weight_percent
                                          : labels.weight_points,
                                      labels.score, labels.guidance};
  for (xlsx::Column column = 0; column <= kLast; ++column) {
    sheet.write_text(header_row, column, headers[column], kHeader);
  }
  ++row;
  for (const Criterion& criterion : preselection.criteria) {
    // One row per guidance level; the criterion's own cells stand on its first row.
    const std::size_t levels = std::max<std::size_t>(1, criterion.guidance.size());
    for (std::size_t level = 0; level < levels; ++level) {
      const bool first = level == 0;
      sheet.write_text(row, 0, first ? criterion.id : "", kCell);
      sheet.write_text(row, 1, first ? criterion.title : "", kWrappedCell);
      if (first) {
        sheet.write_number(row, 2, criterion.weight.to_double(), kCell);
      } else {
        sheet.write_blank(row, 2, kCell);
      }
      std::string guidance_text(labels.no_guidance);
      if (!criterion.guidance.empty()) {
        const GuidanceLevel& guidance = criterion.guidance[level];
        sheet.write_number(row, 3, guidance.score.to_double(), kCell);
        guidance_text = guidance.text;
      } else {
        sheet.write_blank(row, 3, kCell);
      }
      sheet.write_text(row, 4, guidance_text, kWrappedCell);
      sheet.set_row_height(row, std::max(xlsx::wrapped_row_height(guidance_text, kGuidanceWidth),
                                         xlsx::wrapped_row_height(first ? criterion.title : "",
                                                                  kCriterionTitleWidth)));
      ++row;
    }
  }

  sheet.set_column_width(0, 0, kInstructionLabelWidth);
  sheet.set_column_width(1, 1, kCriterionTitleWidth);
  sheet.set_column_width(2, 2, kWeightWidth);
  sheet.set_column_width(3, 3, kGuidanceScoreWidth);
  sheet.set_column_width(4, 4, kGuidanceWidth);
  set_page_layout(sheet, labels, tender, evaluator);
  sheet.repeat_rows(header_row, header_row);
  sheet.protect();
}

void write_scores_sheet(xlsx::Worksheet& sheet, const Tender& tender, const Evaluator& evaluator,
                        const FormSet& forms, const Labels& labels) {
  const Preselection& preselection = *tender.preselection;
  const std::vector<Criterion>& criteria = preselection.criteria;
  const std::size_t candidate_count = forms.candidates.size();
  const xlsx::Column last_column = motivation_column(criteria.size() - 1);
  const xlsx::Row last_row = candidate_row(candidate_count - 1);

  sheet.merge_text({0, 0, 0, last_column}, fmt::format("{}: {}", labels.form_title, tender.title),
                   kTitle);
  sheet.write_text(1, 0, labels.tender, kLabel);
  sheet.write_text(1, 1, tender.id, kValue);
  sheet.write_text(2, 0, labels.evaluator, kLabel);
  sheet.write_text(2, 1, evaluator_label(evaluator), kValue);
  sheet.write_text(3, 0, labels.scale, kLabel);
  sheet.write_text(3, 1, preselection.scale.describe(), kValue);

  // A running count for the evaluator; COUNTA counts a score whether a client stored it as a
  // number or as text. The cached 0 is right for a blank form.
  sheet.write_text(4, 0, labels.filled, kLabel);
  const std::size_t expected = candidate_count * criteria.size();
  constexpr std::size_t kMaxFormulaArguments = 255;
  if (criteria.size() <= kMaxFormulaArguments) {
    std::vector<std::string> ranges;
    for (std::size_t c = 0; c < criteria.size(); ++c) {
      ranges.push_back(xlsx::range_reference(
          {kFirstCandidateRow, score_column(c), last_row, score_column(c)}, true));
    }
    // "0 of 20": the label is fixed text without quotes, so it can stand in the formula.
    const std::string of =
        wording::say(tender.language, words::form_of,
                     {wording::integer("count", static_cast<std::int64_t>(expected))});
    sheet.write_formula_text(4, 1, fmt::format("COUNTA({})&\" {}\"", text::join(ranges, ","), of),
                             "0 " + of, kValue);
  } else {
    sheet.write_text(4, 1,
                     wording::say(tender.language, words::form_of,
                                  {wording::integer("count", static_cast<std::int64_t>(expected))}),
                     kValue);
  }
  sheet.merge_text({5, 0, 5, last_column}, labels.scores_hint, kNote);

  // Two header rows: the criterion (with its weight) over its score and motivation columns.
  sheet.merge_text({kTitleHeaderRow, kIdColumn, kSubHeaderRow, kIdColumn}, labels.id, kHeader);
  sheet.merge_text({kTitleHeaderRow, kNameColumn, kSubHeaderRow, kNameColumn}, labels.candidate,
                   kHeader);
  double title_height = xlsx::wrapped_row_height("", kScoreWidth + kMotivationWidth);
  for (std::size_t c = 0; c < criteria.size(); ++c) {
    const std::string title =
        fmt::format("{} ({})", criteria[c].title,
                    weight_text(criteria[c], preselection.weight_kind, tender.language));
    sheet.merge_text({kTitleHeaderRow, score_column(c), kTitleHeaderRow, motivation_column(c)},
                     title, kHeader);
    title_height =
        std::max(title_height, xlsx::wrapped_row_height(title, kScoreWidth + kMotivationWidth));
    sheet.write_text(kSubHeaderRow, score_column(c), labels.score, kHeader);
    sheet.write_text(kSubHeaderRow, motivation_column(c), labels.motivation, kHeader);
  }
  sheet.set_row_height(kTitleHeaderRow, title_height);

  for (std::size_t i = 0; i < candidate_count; ++i) {
    const Candidate& candidate = forms.candidates[i];
    const xlsx::Row row = candidate_row(i);
    sheet.write_text(row, kIdColumn, candidate.id, kWrappedCell);
    sheet.write_text(row, kNameColumn, display_name(candidate), kWrappedCell);
    for (std::size_t c = 0; c < criteria.size(); ++c) {
      sheet.write_blank(row, score_column(c), kScoreInput);
      sheet.write_blank(row, motivation_column(c), kMotivationInput);
    }
    sheet.set_row_height(row,
                         std::max(kCandidateRowHeight,
                                  xlsx::wrapped_row_height(display_name(candidate), kNameWidth)));
  }

  // The drop-down: the scale's values as the user sees them ("7.5"); the wrapper moves a list
  // longer than Excel's 255 characters to a hidden sheet.
  std::vector<std::string> choices;
  for (const Rational& value : preselection.scale.values) {
    choices.push_back(value.to_decimal());
  }
  for (std::size_t c = 0; c < criteria.size(); ++c) {
    sheet.add_list_validation({kFirstCandidateRow, score_column(c), last_row, score_column(c)},
                              choices);
  }

  sheet.set_column_width(kIdColumn, kIdColumn, kIdWidth);
  sheet.set_column_width(kNameColumn, kNameColumn, kNameWidth);
  for (std::size_t c = 0; c < criteria.size(); ++c) {
    sheet.set_column_width(score_column(c), score_column(c), kScoreWidth);
    sheet.set_column_width(motivation_column(c), motivation_column(c), kMotivationWidth);
  }
  sheet.freeze_panes(kFirstCandidateRow, kNameColumn + 1);
  set_page_layout(sheet, labels, tender, evaluator);
  sheet.repeat_rows(kTitleHeaderRow, kSubHeaderRow);
  sheet.protect();
}

void write_not_admitted(xlsx::Worksheet& sheet, const Tender& tender, const Evaluator& evaluator,
                        const FormSet& forms, const Labels& labels) {
  constexpr double kReasonWidth = 80;
  sheet.merge_text({0, 0, 0, 2}, labels.not_admitted_title, kTitle);
  sheet.merge_text({1, 0, 1, 2}, labels.not_admitted_intro, kNote);
  constexpr xlsx::Row kHeaderRow = 3;
  sheet.write_text(kHeaderRow, 0, labels.id, kHeader);
  sheet.write_text(kHeaderRow, 1, labels.name, kHeader);
  sheet.write_text(kHeaderRow, 2, labels.reason, kHeader);
  xlsx::Row row = kHeaderRow + 1;
  if (forms.not_admitted.empty()) {
    sheet.merge_text({row, 0, row, 2}, labels.none_rejected, kCell);
  }
  for (const NotAdmitted& rejected : forms.not_admitted) {
    const std::string& reason = rejected.reason.in(tender.language);
    sheet.write_text(row, 0, rejected.id, kCell);
    sheet.write_text(row, 1, rejected.name.empty() ? rejected.id : rejected.name, kWrappedCell);
    sheet.write_text(row, 2, reason, kWrappedCell);
    sheet.set_row_height(row, std::max(xlsx::wrapped_row_height(reason, kReasonWidth),
                                       xlsx::wrapped_row_height(rejected.name, kNameWidth)));
    ++row;
  }
  // Ids do not wrap: the column is as wide as the longest (registration ids are file names).
  double id_width = kIdWidth;
  for (const NotAdmitted& rejected : forms.not_admitted) {
    id_width = std::max(id_width, static_cast<double>(text::utf8_length(rejected.id)) + 2);
  }
  sheet.set_column_width(0, 0, std::min(id_width, 60.0));
  sheet.set_column_width(1, 1, kNameWidth);
  sheet.set_column_width(2, 2, kReasonWidth);
  set_page_layout(sheet, labels, tender, evaluator);
  sheet.repeat_rows(kHeaderRow, kHeaderRow);
  sheet.protect();
}

// The hidden key/value rows collect relies on (docs/tender-score.md, "forms").
void write_metadata(xlsx::Worksheet& sheet, const Tender& tender, const Evaluator& evaluator,
                    const FormSet& forms) {
  xlsx::Row row = 0;
  const auto entry = [&](std::string_view key, std::initializer_list<std::string_view> values) {
    sheet.write_text(row, 0, key);
    xlsx::Column column = 1;
    for (std::string_view value : values) {
      sheet.write_text(row, column++, value);
    }
    ++row;
  };
  entry("format", {kFormFormat});
  entry("tender", {tender.id});
  entry("evaluator", {evaluator.id, evaluator.name});
  entry("form_version", {forms.form_version});
  entry("preselection_version", {forms.preselection_version});
  entry("language", {to_string(tender.language)});
  entry("sheet", {kScoresSheet});
  for (std::size_t i = 0; i < forms.candidates.size(); ++i) {
    const Candidate& candidate = forms.candidates[i];
    entry("candidate", {candidate.id, candidate.name,
                        std::to_string(static_cast<std::uint64_t>(candidate_row(i)) + 1)});
  }
  const std::vector<Criterion>& criteria = tender.preselection->criteria;
  for (std::size_t c = 0; c < criteria.size(); ++c) {
    entry("criterion",
          {criteria[c].id, column_letters(score_column(c)), column_letters(motivation_column(c))});
  }
  sheet.set_column_width(0, 0, 22);
  sheet.set_column_width(1, 3, 40);
  sheet.hide();
  sheet.protect();
}

// Control characters would end a TOML comment line early.
std::string comment_text(std::string_view given) {
  const std::string text = text::escape_invalid_utf8(given);  // TOML is UTF-8, comments too
  std::string out;
  for (char c : text) {
    out += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
  }
  return out;
}

}  // namespace

FormSet make_form_set(const integrality::CheckReport& report) {
  assert(report.tender.preselection.has_value());
  const Admission admission = admit(report);
  FormSet forms;
  forms.candidates = admission.candidates;
  for (const Rejected& rejected : admission.rejected) {
    NotAdmitted entry{rejected.id, rejected.name, {}};
    for (const integrality::RegistrationCheck& check : report.registrations) {
      if (check.registration.id != rejected.id) {
        continue;
      }
      std::vector<std::string> english;
      std::vector<std::string> dutch;
      for (const integrality::Finding& finding : check.findings) {
        if (finding.severity == integrality::Severity::error) {
          english.push_back(fmt::format("{}: {}", finding.rule_id, finding.message.en));
          dutch.push_back(fmt::format("{}: {}", finding.rule_id, finding.message.nl));
        }
      }
      entry.reason.en = text::join(english, "\n");
      entry.reason.nl = text::join(dutch, "\n");
      break;
    }
    if (entry.reason.en.empty()) {
      entry.reason.en = entry.reason.nl = rejected.reason;
    }
    forms.not_admitted.push_back(std::move(entry));
  }
  forms.form_version = form_version(*report.tender.preselection, forms.candidates);
  forms.preselection_version = form_version(*report.tender.preselection, {});
  return forms;
}

std::string form_file_name(const Tender& tender, const Evaluator& evaluator) {
  return fmt::format("{}-{}.xlsx", tender.id, evaluator.id);
}

std::string scores_template_file_name(const Tender& tender) {
  return fmt::format("{}-scores-template.toml", tender.id);
}

Result<std::vector<Warning>> write_form(const std::filesystem::path& target,
                                        const Tender& given_tender, const Evaluator& evaluator,
                                        const FormSet& forms, std::time_t created,
                                        std::optional<Language> language) {
  assert(given_tender.preselection.has_value() && !forms.candidates.empty());
  // Every text of the form follows the language; the copy is made only when it differs.
  std::optional<Tender> relabelled;
  if (language && *language != given_tender.language) {
    relabelled = given_tender;
    relabelled->language = *language;
  }
  const Tender& tender = relabelled ? *relabelled : given_tender;
  const Labels labels = labels_for(tender.language);
  Result<xlsx::Workbook> workbook =
      xlsx::Workbook::create(target, {.title = fmt::format("{}: {} – {}", labels.form_title,
                                                           tender.id, evaluator_label(evaluator)),
                                      .author = "tenderkit tender-score",
                                      .subject = tender.title,
                                      .created = created});
  if (!workbook) {
    return workbook.error();
  }
  // The metadata sheet is added before any validation list, so it keeps its exact name.
  xlsx::Worksheet instructions = workbook->add_worksheet(labels.instructions_sheet);
  xlsx::Worksheet scores = workbook->add_worksheet(kScoresSheet);
  xlsx::Worksheet not_admitted = workbook->add_worksheet(labels.not_admitted_sheet);
  xlsx::Worksheet metadata = workbook->add_worksheet(kFormMetadataSheet);
  write_instructions(instructions, tender, evaluator, forms, labels);
  write_scores_sheet(scores, tender, evaluator, forms, labels);
  write_not_admitted(not_admitted, tender, evaluator, forms, labels);
  write_metadata(metadata, tender, evaluator, forms);
  return workbook->close();
}

void write_scores_template(std::ostream& out, const Tender& tender, const FormSet& forms) {
  const Preselection& preselection = *tender.preselection;
  ScoreSet blank;
  blank.tender_id = tender.id;
  blank.form_version = forms.form_version;
  blank.candidates = forms.candidates;
  write_scores(out, blank, preselection);
  out << "\n# This file holds no scores: it tells `tender-score collect` which candidates the\n"
         "# forms were made for. Give it to collect together with CSV forms, which do not say.\n"
         "#\n"
         "# To score without a spreadsheet, copy this file and add below, once:\n"
         "#\n"
         "# [[evaluation]]\n"
         "# evaluator = \"...\"\n"
         "#\n"
         "# and per candidate and criterion:\n"
         "#\n"
         "# [[evaluation.score]]\n"
         "# candidate = \"...\"    # an id of the [[candidate]] list above\n"
         "# criterion = \"...\"\n"
         "# score = 8            # on the scale: "
      << preselection.scale.describe()
      << "\n"
         "# motivation = \"...\"   # required with every score\n"
         "#\n"
         "# Evaluators:\n";
  // Ids are ASCII, so padding by bytes lines the names up.
  std::size_t width = 0;
  for (const Evaluator& evaluator : preselection.evaluators) {
    width = std::max(width, evaluator.id.size());
  }
  for (const Criterion& criterion : preselection.criteria) {
    width = std::max(width, criterion.id.size());
  }
  for (const Evaluator& evaluator : preselection.evaluators) {
    out << fmt::format("#   {:<{}}  {}\n", evaluator.id, width, comment_text(evaluator.name));
  }
  out << "# Criteria:\n";
  for (const Criterion& criterion : preselection.criteria) {
    out << fmt::format("#   {:<{}}  {}\n", criterion.id, width, comment_text(criterion.title));
  }
}

std::vector<std::filesystem::path> form_targets(const std::filesystem::path& directory,
                                                const Tender& tender) {
  std::vector<std::filesystem::path> targets;
  for (const Evaluator& evaluator : tender.preselection->evaluators) {
    targets.push_back(directory / form_file_name(tender, evaluator));
  }
  targets.push_back(directory / scores_template_file_name(tender));
  return targets;
}

LocalizedText describe_existing_form(const std::filesystem::path& path, const Tender& tender) {
  // Read with collect's own readers: what collect would take from it is what would be lost.
  const std::string extension = text::to_lower_ascii(path.extension().string());
  Result<ReturnedForm> form = extension == ".xlsx" ? read_xlsx_form(path, tender)
                              : extension == ".toml"
                                  ? read_toml_form(path, tender)
                                  : Result<ReturnedForm>(Error::input(LocalizedText{}));
  if (!form) {
    return wording::label(file_words::form_unreadable);
  }
  std::size_t given = form->consensus.size();
  std::size_t expected = 0;
  for (const Evaluation& evaluation : form->evaluations) {
    given += evaluation.scores.size();
    expected += form->candidates.size() * tender.preselection->criteria.size();
  }
  if (given == 0) {
    return wording::label(file_words::form_empty);
  }
  if (expected == 0 || given > expected) {
    return wording::say_count(static_cast<std::int64_t>(given), file_words::form_holds_one,
                              file_words::form_holds);
  }
  return wording::say(file_words::form_filled,
                      {wording::integer("given", static_cast<std::int64_t>(given)),
                       wording::integer("expected", static_cast<std::int64_t>(expected))});
}

Result<WrittenForms> write_forms(const std::filesystem::path& directory, const Tender& tender,
                                 const FormSet& forms, std::time_t created, bool force,
                                 std::optional<Language> language) {
  // Every target is checked before anything is written, so a refusal leaves the folder as it was.
  const std::vector<std::filesystem::path> targets = form_targets(directory, tender);
  Result<std::vector<bool>> existed = refuse_existing(
      targets, force, "tender-score forms",
      [&](const std::filesystem::path& path) { return describe_existing_form(path, tender); });
  if (!existed) {
    return existed.error();
  }
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) {
    return Error::output(wording::say(
        core::words::cannot_create_directory,
        {wording::text("path", directory.string()), wording::text("reason", error.message())}));
  }
  WrittenForms written;
  for (const Evaluator& evaluator : tender.preselection->evaluators) {
    const std::filesystem::path target = directory / form_file_name(tender, evaluator);
    Result<std::vector<Warning>> result =
        write_form(target, tender, evaluator, forms, created, language);
    if (!result) {
      return result.error();
    }
    written.files.push_back(target);
    written.warnings.insert(written.warnings.end(), result->begin(), result->end());
  }
  const std::filesystem::path target = directory / scores_template_file_name(tender);
  Result<void> result = write_file_atomically(
      target, [&](std::ostream& out) { write_scores_template(out, tender, forms); });
  if (!result) {
    return result.error();
  }
  written.files.push_back(target);
  return written;
}

}  // namespace tenderkit::scoring
