// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/date.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/report/schedule_workbook.hpp>
#include <tenderkit/schedule/wording.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <fmt/format.h>

#include "workbook_style.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Every sheet is written top to bottom (rows ascending), so that the workbook can be written in
// row order (constant memory) when it is large.

namespace tenderkit::report {

namespace {

using calendar::Date;
namespace words = schedule::words;
using detail::kAmberFill;
using detail::kAmberFont;
using detail::kCell;
using detail::kGoodFill;
using detail::kGoodFont;
using detail::kHeader;
using detail::kLabel;
using detail::kLinkCell;
using detail::kRedFill;
using detail::kRedFont;
using detail::kTitle;
using detail::kWrappedCell;
using detail::utc_date;
using detail::with_fill;
using schedule::Change;
using schedule::ContractDates;
using schedule::Milestone;
using schedule::PhaseDates;
using schedule::Schedule;

// Every fixed text of the workbook, in one language.
struct Labels {
  std::string_view overview_sheet;
  std::string_view plan_sheet;
  std::string_view milestones_sheet;
  std::string_view milestones_table;  // the Excel table's name: letters only
  std::string_view timeline_sheet;
  std::string_view changes_sheet;
  std::string_view annex;  // "Bijlage": sheet names and annex titles, before the contract id
  std::string_view document_title;
  std::string_view tender;
  std::string_view as_of;
  std::string_view date;
  std::string_view made_with;
  std::string_view contracts;
  std::string_view no_contracts;
  std::string_view id;
  std::string_view name;
  std::string_view provider;
  std::string_view care_type;
  std::string_view start;
  std::string_view end_of_term;
  std::string_view latest_end;
  std::string_view options;
  std::string_view options_used;
  std::string_view options_left;
  std::string_view next_deadline;
  std::string_view deadline_what;
  std::string_view flag;
  std::string_view retender;
  std::string_view none;
  // The procurement plan.
  std::string_view plan_title;
  std::string_view phase;
  std::string_view kind;
  std::string_view end;
  std::string_view shifted_by;
  std::string_view start_moved_from;
  std::string_view end_moved_from;
  std::string_view start_reason;
  std::string_view end_reason;
  std::string_view kind_phase;
  std::string_view kind_milestone;
  std::string_view kind_standstill;
  std::string_view shifted_note;  // explains the highlighted rows
  // The milestone table.
  std::string_view weekday;
  std::string_view contract;
  std::string_view description;
  std::string_view contract_year;
  std::string_view moved_from;
  std::string_view move_reason;
  std::string_view timeline_owner;  // the "contract" of the procurement plan's milestones
  std::string_view no_milestones;
  // The timeline.
  std::string_view timeline_title;
  std::string_view timeline_capped;  // {months} months, up to and including {end}
  std::string_view legend;
  std::string_view legend_term;
  std::string_view legend_option;
  std::string_view legend_phase;
  std::string_view legend_retender;
  std::string_view legend_evaluation;
  std::string_view legend_deadline;
  std::string_view legend_end;
  std::string_view legend_milestone;
  std::string_view month_format;  // a number format: month names in the language
  // The changes against a baseline.
  std::string_view changes_title;
  std::string_view baseline;
  std::string_view old_date;
  std::string_view new_date;
  std::string_view difference;
  std::string_view status;
  std::string_view status_moved;
  std::string_view status_same;
  std::string_view status_new;
  std::string_view status_removed;
  // The annex.
  std::string_view annex_subtitle;
  std::string_view page;  // a footer with &P and &N
  std::string_view date_format;
};

Labels make_labels(Language language) {
  const auto in = [language](const wording::Phrase& phrase) { return phrase.in(language); };
  return Labels{
      .overview_sheet = in(words::workbook_overview_sheet),
      .plan_sheet = in(words::workbook_plan_sheet),
      .milestones_sheet = in(words::workbook_milestones_sheet),
      .milestones_table = in(words::workbook_milestones_table),
      .timeline_sheet = in(words::workbook_timeline_sheet),
      .changes_sheet = in(words::workbook_changes_sheet),
      .annex = in(words::workbook_annex),
      .document_title = in(words::workbook_document_title),
      .tender = in(words::workbook_tender),
      .as_of = in(words::workbook_as_of),
      .date = in(words::workbook_date),
      .made_with = in(words::workbook_made_with),
      .contracts = in(words::workbook_contracts),
      .no_contracts = in(words::workbook_no_contracts),
      .id = in(words::workbook_id),
      .name = in(words::workbook_name),
      .provider = in(words::workbook_provider),
      .care_type = in(words::workbook_care_type),
      .start = in(words::workbook_start),
      .end_of_term = in(words::workbook_end_of_term),
      .latest_end = in(words::workbook_latest_end),
      .options = in(words::workbook_options),
      .options_used = in(words::workbook_options_used),
      .options_left = in(words::workbook_options_left),
      .next_deadline = in(words::workbook_next_deadline),
      .deadline_what = in(words::workbook_deadline_what),
      .flag = in(words::workbook_flag),
      .retender = in(words::workbook_retender),
      .none = in(words::workbook_none),
      .plan_title = in(words::workbook_plan_title),
      .phase = in(words::workbook_phase),
      .kind = in(words::workbook_kind),
      .end = in(words::workbook_end),
      .shifted_by = in(words::workbook_shifted_by),
      .start_moved_from = in(words::workbook_start_moved_from),
      .end_moved_from = in(words::workbook_end_moved_from),
      .start_reason = in(words::workbook_start_reason),
      .end_reason = in(words::workbook_end_reason),
      .kind_phase = in(words::workbook_kind_phase),
      .kind_milestone = in(words::workbook_kind_milestone),
      .kind_standstill = in(words::workbook_kind_standstill),
      .shifted_note = in(words::workbook_shifted_note),
      .weekday = in(words::workbook_weekday),
      .contract = in(words::workbook_contract),
      .description = in(words::workbook_description),
      .contract_year = in(words::workbook_contract_year),
      .moved_from = in(words::workbook_moved_from),
      .move_reason = in(words::workbook_move_reason),
      .timeline_owner = in(words::workbook_timeline_owner),
      .no_milestones = in(words::workbook_no_milestones),
      .timeline_title = in(words::workbook_timeline_title),
      .timeline_capped = in(words::workbook_timeline_capped),
      .legend = in(words::workbook_legend),
      .legend_term = in(words::workbook_legend_term),
      .legend_option = in(words::workbook_legend_option),
      .legend_phase = in(words::workbook_legend_phase),
      .legend_retender = in(words::workbook_legend_retender),
      .legend_evaluation = in(words::workbook_legend_evaluation),
      .legend_deadline = in(words::workbook_legend_deadline),
      .legend_end = in(words::workbook_legend_end),
      .legend_milestone = in(words::workbook_legend_milestone),
      .month_format = in(words::workbook_month_format),
      .changes_title = in(words::workbook_changes_title),
      .baseline = in(words::workbook_baseline),
      .old_date = in(words::workbook_old_date),
      .new_date = in(words::workbook_new_date),
      .difference = in(words::workbook_difference),
      .status = in(words::workbook_status),
      .status_moved = in(words::workbook_status_moved),
      .status_same = in(words::workbook_status_same),
      .status_new = in(words::workbook_status_new),
      .status_removed = in(words::workbook_status_removed),
      .annex_subtitle = in(words::workbook_annex_subtitle),
      .page = in(words::workbook_page),
      .date_format = in(words::workbook_date_format),
  };
}

// Timeline colours: the term in Excel's accent blue, options lighter, procurement phases green.
constexpr xlsx::Rgb kTermFill = 0x5B9BD5;
constexpr xlsx::Rgb kTermFont = 0xFFFFFF;
constexpr xlsx::Rgb kOptionFill = 0xBDD7EE;
constexpr xlsx::Rgb kPhaseFill = 0x70AD47;

xlsx::Format with_number_format(xlsx::Format format, std::string_view number_format) {
  format.number_format = std::string(number_format);
  return format;
}

// The formats of one workbook, made once (a date format depends on the language): per-cell code
// only passes references to them.
struct Styles {
  explicit Styles(const Labels& labels)
      : date(with_number_format({.align = xlsx::Align::left}, labels.date_format)),
        date_cell(with_number_format(kCell, labels.date_format)),
        moved_date_cell(with_fill(date_cell, kAmberFill, kAmberFont)),
        moved_cell(with_fill(kCell, kAmberFill, kAmberFont)),
        retender_cell(with_fill(kCell, kRedFill, kRedFont)),
        retender_date_cell(with_fill(date_cell, kRedFill, kRedFont)),
        retender_wrapped_cell(with_fill(kWrappedCell, kRedFill, kRedFont)),
        changed_cell(with_fill(kCell, kAmberFill, kAmberFont)),
        changed_date_cell(with_fill(date_cell, kAmberFill, kAmberFont)),
        changed_wrapped_cell(with_fill(kWrappedCell, kAmberFill, kAmberFont)),
        flag(with_fill(kLabel, kRedFill, kRedFont)),
        new_cell(with_fill(kCell, kGoodFill, kGoodFont)),
        new_date_cell(with_fill(date_cell, kGoodFill, kGoodFont)),
        month_header(with_number_format({.bold = true,
                                         .fill_color = detail::kHeaderFill,
                                         .border = xlsx::Border::thin,
                                         .align = xlsx::Align::center},
                                        labels.month_format)),
        year_header({.bold = true, .align = xlsx::Align::left}),
        term({.bold = true,
              .font_color = kTermFont,
              .fill_color = kTermFill,
              .align = xlsx::Align::center}),
        option({.bold = true, .fill_color = kOptionFill, .align = xlsx::Align::center}),
        phase({.bold = true,
               .font_color = kTermFont,
               .fill_color = kPhaseFill,
               .align = xlsx::Align::center}),
        subtitle({.italic = true}),
        clause({.wrap = true, .vertical_align = xlsx::VerticalAlign::top}),
        label_top({.bold = true, .wrap = true, .vertical_align = xlsx::VerticalAlign::top}),
        table_date(with_number_format({}, labels.date_format)),
        table_moved_date(with_fill(table_date, kAmberFill, kAmberFont)),
        table_moved(with_fill({}, kAmberFill, kAmberFont)),
        list_date(
            with_number_format({.vertical_align = xlsx::VerticalAlign::top}, labels.date_format)),
        list_text({.vertical_align = xlsx::VerticalAlign::top}),
        list_moved_date(with_fill(list_date, kAmberFill, kAmberFont)),
        list_moved(with_fill(list_text, kAmberFill, kAmberFont)),
        signature_party({.border = xlsx::Border::thin,
                         .wrap = true,
                         .vertical_align = xlsx::VerticalAlign::top}),
        signature_space({.border = xlsx::Border::thin}),
        annex_title({.bold = true,
                     .font_size = 14,
                     .wrap = true,
                     .vertical_align = xlsx::VerticalAlign::top}) {}

  xlsx::Format date;
  xlsx::Format date_cell;
  xlsx::Format moved_date_cell;
  xlsx::Format moved_cell;
  xlsx::Format retender_cell;
  xlsx::Format retender_date_cell;
  xlsx::Format retender_wrapped_cell;
  xlsx::Format changed_cell;
  xlsx::Format changed_date_cell;
  xlsx::Format changed_wrapped_cell;
  xlsx::Format flag;
  xlsx::Format new_cell;
  xlsx::Format new_date_cell;
  xlsx::Format month_header;
  xlsx::Format year_header;
  xlsx::Format term;
  xlsx::Format option;
  xlsx::Format phase;
  xlsx::Format subtitle;
  xlsx::Format clause;
  xlsx::Format label_top;
  xlsx::Format table_date;  // no border: the table's style bands the rows
  xlsx::Format table_moved_date;
  xlsx::Format table_moved;
  xlsx::Format list_date;  // the annex's milestone list: no borders
  xlsx::Format list_text;
  xlsx::Format list_moved_date;
  xlsx::Format list_moved;
  xlsx::Format signature_party;  // the signature block: bordered boxes to sign in
  xlsx::Format signature_space;
  xlsx::Format annex_title;  // wraps: a long contract name must not be cut at the page edge
};

// What the writers of the sheets share.
struct Context {
  const Schedule& schedule;
  const ScheduleWorkbookOptions& options;
  Language language;
  const Labels& labels;
  const Styles& styles;
  bool tables;  // the milestone list is an Excel table (not in row-order mode)
  // The milestones of every contract, in date order (indices into schedule.milestones).
  std::vector<std::vector<std::size_t>> contract_milestones;
};

std::string_view owner_text(const Context& context, const Milestone& milestone) {
  return milestone.owner == schedule::kTimelineOwner ? context.labels.timeline_owner
                                                     : std::string_view(milestone.owner);
}

// `left` is user text; `right_code` is in Excel's header codes already ("&A": the sheet name).
void set_page_layout(xlsx::Worksheet& sheet, const Labels& labels, std::string_view left,
                     std::string_view right_code, bool landscape) {
  if (landscape) {
    sheet.set_landscape();
  }
  sheet.fit_to_width();
  // Excel allows 255 characters for a page header; ids are short, but they are user text.
  sheet.set_header(
      fmt::format("&L{}&R{}", xlsx::header_footer_text(text::utf8_prefix(left, 100)), right_code));
  sheet.set_footer(fmt::format("&C{}", labels.page));
}

void write_headers(xlsx::Worksheet& sheet, xlsx::Row row,
                   std::span<const std::string_view> headers) {
  for (std::size_t column = 0; column < headers.size(); ++column) {
    sheet.write_text(row, static_cast<xlsx::Column>(column), headers[column], kHeader);
  }
}

void write_optional_date(xlsx::Worksheet& sheet, xlsx::Row row, xlsx::Column column,
                         const std::optional<Date>& date, const xlsx::Format& format) {
  if (date) {
    sheet.write_date(row, column, *date, format);
  } else {
    sheet.write_blank(row, column, kCell);
  }
}

// A column as wide as its widest text (in characters, plus a margin), between `least` and `most`:
// a wider text wraps.
double column_width_for(std::span<const std::string_view> texts, double least, double most) {
  double widest = 0;
  for (std::string_view text : texts) {
    widest = std::max(widest, static_cast<double>(text::utf8_length(text)));
  }
  return std::clamp(widest + 2, least, most);
}

// Sets a row's height to fit the tallest of its wrapped cells (text and column width), when that
// is more than one line.
void fit_row(xlsx::Worksheet& sheet, xlsx::Row row,
             std::initializer_list<std::pair<std::string_view, double>> cells) {
  double height = 0;
  for (const auto& [text, width] : cells) {
    height = std::max(height, xlsx::wrapped_row_height(text, width));
  }
  if (height > 15) {
    sheet.set_row_height(row, height);
  }
}

// ---------------------------------------------------------------------------------------------
// Overview

enum OverviewColumn : xlsx::Column {
  kOverviewId,
  kOverviewName,
  kOverviewProvider,
  kOverviewCareType,
  kOverviewStart,
  kOverviewEndOfTerm,
  kOverviewLatestEnd,
  kOverviewOptions,
  kOverviewUsed,
  kOverviewLeft,
  kOverviewNextDeadline,
  kOverviewDeadlineWhat,
  kOverviewFlag,
  kOverviewAnnex,
  kOverviewLast = kOverviewAnnex,
};

constexpr xlsx::Row kOverviewHeaderRow = 7;

void write_overview(xlsx::Worksheet& sheet, const Context& context,
                    const std::vector<xlsx::Worksheet>& annexes) {
  const Schedule& schedule = context.schedule;
  const Labels& labels = context.labels;
  const Styles& styles = context.styles;
  sheet.merge_text({0, 0, 0, kOverviewLast},
                   fmt::format("{}: {}", labels.document_title, schedule.tender_title), kTitle);
  sheet.write_text(1, 0, labels.tender, kLabel);
  sheet.write_text(1, 1, schedule.tender_id);
  sheet.write_text(2, 0, labels.as_of, kLabel);
  sheet.write_date(2, 1, schedule.as_of, styles.date);
  sheet.write_text(3, 0, labels.date, kLabel);
  sheet.write_date(3, 1, utc_date(context.options.created), styles.date);
  sheet.write_text(4, 0, labels.made_with, kLabel);
  sheet.write_text(4, 1,
                   context.options.tool_version.empty()
                       ? std::string("tenderkit")
                       : fmt::format("tenderkit {}", context.options.tool_version));
  sheet.write_text(6, 0, labels.contracts, kLabel);

  const std::string_view headers[] = {
      labels.id,           labels.name,         labels.provider,      labels.care_type,
      labels.start,        labels.end_of_term,  labels.latest_end,    labels.options,
      labels.options_used, labels.options_left, labels.next_deadline, labels.deadline_what,
      labels.flag,         labels.annex};
  write_headers(sheet, kOverviewHeaderRow, headers);
  xlsx::Row row = kOverviewHeaderRow + 1;
  for (std::size_t i = 0; i < schedule.contracts.size(); ++i, ++row) {
    const Contract& contract = schedule.contracts[i];
    const ContractDates& dates = schedule.dates[i];
    // A contract without an option left is flagged in red over the whole row.
    const bool flagged = dates.retender;
    const xlsx::Format& cell = flagged ? styles.retender_cell : kCell;
    const xlsx::Format& wrapped = flagged ? styles.retender_wrapped_cell : kWrappedCell;
    const xlsx::Format& date = flagged ? styles.retender_date_cell : styles.date_cell;
    sheet.write_text(row, kOverviewId, contract.id, cell);
    sheet.write_text(row, kOverviewName, contract.name, wrapped);
    sheet.write_text(row, kOverviewProvider, contract.provider, wrapped);
    sheet.write_text(row, kOverviewCareType, display_name(contract.care_type).in(context.language),
                     cell);
    sheet.write_date(row, kOverviewStart, contract.start, date);
    sheet.write_date(row, kOverviewEndOfTerm, dates.current_end, date);
    sheet.write_date(row, kOverviewLatestEnd, dates.latest_end, date);
    sheet.write_number(row, kOverviewOptions, contract.extensions.count, cell);
    sheet.write_number(row, kOverviewUsed, contract.extensions.used, cell);
    sheet.write_number(row, kOverviewLeft, contract.extensions.options_left(), cell);
    if (dates.next_deadline) {
      const Milestone& deadline = schedule.milestones[*dates.next_deadline];
      sheet.write_date(row, kOverviewNextDeadline, deadline.date, date);
      sheet.write_text(row, kOverviewDeadlineWhat, deadline.description.in(context.language),
                       wrapped);
    } else {
      sheet.write_blank(row, kOverviewNextDeadline, cell);
      sheet.write_text(row, kOverviewDeadlineWhat, labels.none, cell);
    }
    if (flagged) {
      sheet.write_text(row, kOverviewFlag, labels.retender, styles.flag);
    } else {
      sheet.write_blank(row, kOverviewFlag, cell);
    }
    sheet.write_link(row, kOverviewAnnex, annexes[i], annexes[i].name(), kLinkCell);
  }
  if (schedule.contracts.empty()) {
    sheet.write_text(row, 0, labels.no_contracts);
  }

  sheet.set_column_width(kOverviewId, kOverviewId, 20);
  sheet.set_column_width(kOverviewName, kOverviewName, 36);
  sheet.set_column_width(kOverviewProvider, kOverviewProvider, 32);
  sheet.set_column_width(kOverviewCareType, kOverviewCareType, 22);
  sheet.set_column_width(kOverviewStart, kOverviewLatestEnd, 14);
  sheet.set_column_width(kOverviewOptions, kOverviewLeft, 10);
  sheet.set_column_width(kOverviewNextDeadline, kOverviewNextDeadline, 14);
  sheet.set_column_width(kOverviewDeadlineWhat, kOverviewDeadlineWhat, 44);
  sheet.set_column_width(kOverviewFlag, kOverviewFlag, 20);
  sheet.set_column_width(kOverviewAnnex, kOverviewAnnex, 24);
  sheet.freeze_panes(kOverviewHeaderRow + 1, 1);
  if (!schedule.contracts.empty()) {
    sheet.autofilter({kOverviewHeaderRow, 0, row - 1, kOverviewLast});
  }
  set_page_layout(sheet, labels, schedule.tender_id, "&A", true);
  sheet.repeat_rows(kOverviewHeaderRow, kOverviewHeaderRow);
}

// ---------------------------------------------------------------------------------------------
// Procurement plan

std::string_view phase_kind_text(const Labels& labels, PhaseKind kind) {
  switch (kind) {
    case PhaseKind::phase:
      return labels.kind_phase;
    case PhaseKind::milestone:
      return labels.kind_milestone;
    case PhaseKind::standstill:
      return labels.kind_standstill;
  }
  return labels.kind_phase;
}

// "+3 maanden" / "-2 weeks".
std::string signed_duration_text(calendar::Duration duration, Language language) {
  const char* sign = duration.amount < 0 ? "-" : "+";
  return sign +
         calendar::to_text(
             {duration.amount < 0 ? -duration.amount : duration.amount, duration.unit}, language);
}

void write_plan(xlsx::Worksheet& sheet, const Context& context) {
  const Schedule& schedule = context.schedule;
  const Labels& labels = context.labels;
  const Styles& styles = context.styles;
  constexpr xlsx::Column kLast = 9;
  sheet.merge_text({0, 0, 0, kLast}, labels.plan_title, kTitle);
  sheet.write_text(1, 0, labels.tender, kLabel);
  sheet.write_text(1, 1, schedule.tender_id);
  sheet.write_text(2, 0, labels.shifted_note, styles.subtitle);
  constexpr xlsx::Row kHeaderRow = 4;
  const std::string_view headers[] = {labels.id,
                                      labels.phase,
                                      labels.kind,
                                      labels.start,
                                      labels.end,
                                      labels.shifted_by,
                                      labels.start_moved_from,
                                      labels.start_reason,
                                      labels.end_moved_from,
                                      labels.end_reason};
  write_headers(sheet, kHeaderRow, headers);
  xlsx::Row row = kHeaderRow + 1;
  for (std::size_t i = 0; i < schedule.phases.size(); ++i, ++row) {
    const Phase& phase = schedule.phases[i];
    const PhaseDates& dates = schedule.phase_dates[i];
    const bool shifted = dates.moved_by_shift;
    const xlsx::Format& cell = shifted ? styles.changed_cell : kCell;
    const xlsx::Format& date = shifted ? styles.changed_date_cell : styles.date_cell;
    sheet.write_text(row, 0, phase.id, cell);
    sheet.write_text(row, 1, phase.name, shifted ? styles.changed_wrapped_cell : kWrappedCell);
    sheet.write_text(row, 2, phase_kind_text(labels, phase.kind), cell);
    sheet.write_date(row, 3, dates.start.date, date);
    sheet.write_date(row, 4, dates.end.date, date);
    if (dates.shift) {
      sheet.write_text(row, 5, signed_duration_text(*dates.shift, context.language), cell);
    } else {
      sheet.write_blank(row, 5, cell);
    }
    write_optional_date(sheet, row, 6, dates.start.moved_from, styles.moved_date_cell);
    sheet.write_text(row, 7, dates.start.reason.in(context.language), cell);
    write_optional_date(sheet, row, 8, dates.end.moved_from, styles.moved_date_cell);
    sheet.write_text(row, 9, dates.end.reason.in(context.language), cell);
  }
  sheet.set_column_width(0, 0, 18);
  sheet.set_column_width(1, 1, 44);
  sheet.set_column_width(2, 2, 18);
  sheet.set_column_width(3, 4, 13);
  sheet.set_column_width(5, 5, 16);
  sheet.set_column_width(6, 6, 14);
  sheet.set_column_width(7, 7, 18);
  sheet.set_column_width(8, 8, 14);
  sheet.set_column_width(9, 9, 18);
  sheet.freeze_panes(kHeaderRow + 1, 1);
  set_page_layout(sheet, labels, schedule.tender_id, "&A", true);
  sheet.repeat_rows(kHeaderRow, kHeaderRow);
}

// ---------------------------------------------------------------------------------------------
// Milestone table

enum MilestoneColumn : xlsx::Column {
  kMilestoneDate,
  kMilestoneWeekday,
  kMilestoneContract,
  kMilestoneKind,
  kMilestoneDescription,
  kMilestoneContractYear,
  kMilestoneMovedFrom,
  kMilestoneMoveReason,
  kMilestoneId,
  kMilestoneLast = kMilestoneId,
};

void write_milestones(xlsx::Worksheet& sheet, const Context& context) {
  const Schedule& schedule = context.schedule;
  const Labels& labels = context.labels;
  const Styles& styles = context.styles;
  const std::string_view header_labels[] = {
      labels.date,          labels.weekday,    labels.contract,    labels.kind, labels.description,
      labels.contract_year, labels.moved_from, labels.move_reason, labels.id};
  if (schedule.milestones.empty()) {
    write_headers(sheet, 0, header_labels);
    sheet.write_text(1, 0, labels.no_milestones);
  } else if (!context.tables) {
    write_headers(sheet, 0, header_labels);
  }
  // The table's style colours its rows; a border per cell would fight with the banding.
  const xlsx::Format& date_cell = styles.table_date;
  const xlsx::Format& moved_date_cell = styles.table_moved_date;
  const xlsx::Format& moved_cell = styles.table_moved;
  const xlsx::Format plain{};
  xlsx::Row row = 1;
  for (const Milestone& milestone : schedule.milestones) {
    sheet.write_date(row, kMilestoneDate, milestone.date, date_cell);
    sheet.write_text(row, kMilestoneWeekday,
                     calendar::weekday_name(milestone.date, context.language), plain);
    sheet.write_text(row, kMilestoneContract, owner_text(context, milestone), plain);
    sheet.write_text(row, kMilestoneKind, display_name(milestone.kind).in(context.language), plain);
    sheet.write_text(row, kMilestoneDescription, milestone.description.in(context.language), plain);
    if (milestone.contract_year > 0) {
      sheet.write_number(row, kMilestoneContractYear, milestone.contract_year, plain);
    }
    if (milestone.moved_from) {
      sheet.write_date(row, kMilestoneMovedFrom, *milestone.moved_from, moved_date_cell);
      sheet.write_text(row, kMilestoneMoveReason, milestone.move_reason.in(context.language),
                       moved_cell);
    }
    sheet.write_text(row, kMilestoneId, milestone.id, plain);
    ++row;
  }
  if (!schedule.milestones.empty()) {
    const xlsx::Range range{0, 0, row - 1, kMilestoneLast};
    if (context.tables) {
      std::vector<std::string> headers(std::begin(header_labels), std::end(header_labels));
      sheet.add_table(range, headers,
                      {.name = std::string(labels.milestones_table),
                       .style = "TableStyleLight9",
                       .header_format = {.bold = true, .wrap = true}});
    } else {
      sheet.autofilter(range);
    }
  }
  sheet.set_column_width(kMilestoneDate, kMilestoneDate, 12);
  sheet.set_column_width(kMilestoneWeekday, kMilestoneWeekday, 11);
  std::vector<std::string_view> owners{context.labels.timeline_owner};
  for (const Contract& contract : schedule.contracts) {
    owners.push_back(contract.id);
  }
  std::vector<std::string_view> ids;
  ids.reserve(schedule.milestones.size());
  for (const Milestone& milestone : schedule.milestones) {
    ids.push_back(milestone.id);
  }
  sheet.set_column_width(kMilestoneContract, kMilestoneContract, column_width_for(owners, 12, 40));
  sheet.set_column_width(kMilestoneKind, kMilestoneKind, 20);
  sheet.set_column_width(kMilestoneDescription, kMilestoneDescription, 60);
  sheet.set_column_width(kMilestoneContractYear, kMilestoneContractYear, 13);
  sheet.set_column_width(kMilestoneMovedFrom, kMilestoneMovedFrom, 15);
  sheet.set_column_width(kMilestoneMoveReason, kMilestoneMoveReason, 20);
  sheet.set_column_width(kMilestoneId, kMilestoneId, column_width_for(ids, 20, 60));
  sheet.freeze_panes(1, 0);
  set_page_layout(sheet, labels, schedule.tender_id, "&A", true);
  sheet.repeat_rows(0, 0);
}

// ---------------------------------------------------------------------------------------------
// Timeline

// Months counted from year 0, so that months subtract.
std::int64_t month_number(const Date& date) {
  return static_cast<std::int64_t>(static_cast<int>(date.year())) * 12 +
         static_cast<unsigned>(date.month()) - 1;
}

Date first_of_month(std::int64_t month) {
  return Date{std::chrono::year{static_cast<int>(month / 12)},
              std::chrono::month{static_cast<unsigned>(month % 12) + 1}, std::chrono::day{1}};
}

// What a month of a timeline row shows.
enum MonthMark : std::uint8_t {
  kEvaluationMark = 1,
  kDeadlineMark = 2,
  kEndMark = 4,
  kMilestoneMark = 8,
};

// The letters of every combination of marks, made once.
constexpr std::array<std::string_view, 16> kMarkLetters{
    "", "E", "D", "ED", "X", "EX", "DX", "EDX", "M", "EM", "DM", "EDM", "XM", "EXM", "DXM", "EDXM"};

std::uint8_t mark_of(MilestoneKind kind) {
  switch (kind) {
    case MilestoneKind::evaluation:
      return kEvaluationMark;
    case MilestoneKind::notice:
    case MilestoneKind::extension_decision:
      return kDeadlineMark;
    case MilestoneKind::end_of_term:
      return kEndMark;
    default:
      return 0;
  }
}

constexpr double kTimelineNameWidth = 32;

enum TimelineColumn : xlsx::Column {
  kTimelineId,
  kTimelineName,
  kTimelineStart,
  kTimelineEnd,
  kFirstMonthColumn,
};

void write_timeline(xlsx::Worksheet& sheet, const Context& context) {
  const Schedule& schedule = context.schedule;
  const Labels& labels = context.labels;
  const Styles& styles = context.styles;
  sheet.merge_text({0, 0, 0, kTimelineEnd}, labels.timeline_title, kTitle);

  std::optional<std::int64_t> first;
  std::optional<std::int64_t> last;
  const auto cover = [&](const Date& from, const Date& to) {
    first = std::min(first.value_or(month_number(from)), month_number(from));
    last = std::max(last.value_or(month_number(to)), month_number(to));
  };
  for (std::size_t i = 0; i < schedule.contracts.size(); ++i) {
    cover(schedule.contracts[i].start, schedule.dates[i].latest_end);
  }
  for (const PhaseDates& dates : schedule.phase_dates) {
    cover(dates.start.date, dates.end.date);
  }
  if (!first) {
    sheet.write_text(1, 0, labels.no_contracts);
    return;
  }
  const std::size_t months =
      std::min<std::size_t>(static_cast<std::size_t>(*last - *first + 1), kMaxTimelineMonths);
  if (static_cast<std::size_t>(*last - *first + 1) > months) {
    const Date shown_end =
        calendar::add_days(first_of_month(*first + static_cast<std::int64_t>(months)), -1);
    sheet.write_text(
        1, 0,
        wording::say(context.language, schedule::words::workbook_timeline_capped,
                     {wording::integer("months", static_cast<std::int64_t>(months)),
                      wording::text("end", calendar::to_long_text(shown_end, context.language))}),
        with_fill(kLabel, kAmberFill, kAmberFont));
  }

  // Two header rows: the year above its January (and the first month), the month below.
  constexpr xlsx::Row kYearRow = 2;
  constexpr xlsx::Row kMonthRow = 3;
  for (std::size_t m = 0; m < months; ++m) {
    const std::int64_t month = *first + static_cast<std::int64_t>(m);
    if (m == 0 || month % 12 == 0) {
      sheet.write_number(kYearRow, static_cast<xlsx::Column>(kFirstMonthColumn + m),
                         static_cast<double>(month / 12), styles.year_header);
    }
  }
  const std::string_view headers[] = {labels.id, labels.name, labels.start, labels.end};
  write_headers(sheet, kMonthRow, headers);
  for (std::size_t m = 0; m < months; ++m) {
    sheet.write_date(kMonthRow, static_cast<xlsx::Column>(kFirstMonthColumn + m),
                     first_of_month(*first + static_cast<std::int64_t>(m)), styles.month_header);
  }

  // One row: the months from..to filled with `fill`, up to `fill_to` with `extension`, and the
  // marks as letters.
  std::vector<std::uint8_t> marks(months);
  const auto month_index = [&](const Date& date) -> std::optional<std::size_t> {
    const std::int64_t offset = month_number(date) - *first;
    if (offset < 0 || offset >= static_cast<std::int64_t>(months)) {
      return std::nullopt;
    }
    return static_cast<std::size_t>(offset);
  };
  const auto write_bar = [&](xlsx::Row row, const Date& from, const Date& to,
                             const xlsx::Format& fill, const Date& fill_to,
                             const xlsx::Format& extension) {
    const std::int64_t begin = std::max<std::int64_t>(month_number(from) - *first, 0);
    const std::int64_t end_of_fill =
        std::min<std::int64_t>(month_number(to) - *first, static_cast<std::int64_t>(months) - 1);
    const std::int64_t end_of_extension = std::min<std::int64_t>(
        month_number(fill_to) - *first, static_cast<std::int64_t>(months) - 1);
    for (std::int64_t m = begin; m <= end_of_extension; ++m) {
      const auto column = static_cast<xlsx::Column>(kFirstMonthColumn + m);
      const xlsx::Format& format = m <= end_of_fill ? fill : extension;
      const std::string_view letters = kMarkLetters[marks[static_cast<std::size_t>(m)]];
      if (letters.empty()) {
        sheet.write_blank(row, column, format);
      } else {
        sheet.write_text(row, column, letters, format);
      }
    }
  };

  // Names wrap in their column (the month columns beside them are filled, so a long name would be
  // cut at the column's edge); ids get a column as wide as the longest, within bounds.
  std::vector<std::string_view> ids;
  for (const Phase& phase : schedule.phases) {
    ids.push_back(phase.id);
  }
  for (const Contract& contract : schedule.contracts) {
    ids.push_back(contract.id);
  }
  const double id_width = column_width_for(ids, 10, 24);
  xlsx::Row row = kMonthRow + 1;
  for (std::size_t i = 0; i < schedule.phases.size(); ++i, ++row) {
    const Phase& phase = schedule.phases[i];
    const PhaseDates& dates = schedule.phase_dates[i];
    std::fill(marks.begin(), marks.end(), 0);
    if (phase.kind == PhaseKind::milestone) {
      if (const auto index = month_index(dates.start.date)) {
        marks[*index] |= kMilestoneMark;
      }
    }
    sheet.write_text(row, kTimelineId, phase.id, kWrappedCell);
    sheet.write_text(row, kTimelineName, phase.name, kWrappedCell);
    fit_row(sheet, row, {{phase.id, id_width}, {phase.name, kTimelineNameWidth}});
    sheet.write_date(row, kTimelineStart, dates.start.date, styles.date_cell);
    sheet.write_date(row, kTimelineEnd, dates.end.date, styles.date_cell);
    write_bar(row, dates.start.date, dates.end.date, styles.phase, dates.end.date, styles.phase);
  }
  for (std::size_t i = 0; i < schedule.contracts.size(); ++i, ++row) {
    const Contract& contract = schedule.contracts[i];
    const ContractDates& dates = schedule.dates[i];
    std::fill(marks.begin(), marks.end(), 0);
    for (std::size_t index : context.contract_milestones[i]) {
      const Milestone& milestone = schedule.milestones[index];
      const std::uint8_t mark = mark_of(milestone.kind);
      if (mark != 0) {
        if (const auto month = month_index(milestone.date)) {
          marks[*month] |= mark;
        }
      }
    }
    const xlsx::Format& cell = dates.retender ? styles.retender_wrapped_cell : kWrappedCell;
    sheet.write_text(row, kTimelineId, contract.id, cell);
    sheet.write_text(row, kTimelineName, contract.name, cell);
    fit_row(sheet, row, {{contract.id, id_width}, {contract.name, kTimelineNameWidth}});
    sheet.write_date(row, kTimelineStart, contract.start,
                     dates.retender ? styles.retender_date_cell : styles.date_cell);
    sheet.write_date(row, kTimelineEnd, dates.current_end,
                     dates.retender ? styles.retender_date_cell : styles.date_cell);
    write_bar(row, contract.start, dates.current_end, styles.term, dates.latest_end, styles.option);
  }

  // The legend, so that a printed sheet explains its colours and letters.
  ++row;
  sheet.write_text(row++, kTimelineId, labels.legend, kLabel);
  const std::pair<std::string_view, const xlsx::Format*> legend[] = {
      {labels.legend_term, &styles.term},   {labels.legend_option, &styles.option},
      {labels.legend_phase, &styles.phase}, {labels.legend_retender, &styles.retender_cell},
      {labels.legend_evaluation, nullptr},  {labels.legend_deadline, nullptr},
      {labels.legend_end, nullptr},         {labels.legend_milestone, nullptr},
  };
  for (const auto& [text, format] : legend) {
    if (format != nullptr) {
      sheet.write_blank(row, kTimelineId, *format);
    }
    sheet.write_text(row++, kTimelineName, text);
  }

  sheet.set_column_width(kTimelineId, kTimelineId, id_width);
  sheet.set_column_width(kTimelineName, kTimelineName, kTimelineNameWidth);
  sheet.set_column_width(kTimelineStart, kTimelineEnd, 12);
  sheet.set_column_width(kFirstMonthColumn,
                         static_cast<xlsx::Column>(kFirstMonthColumn + months - 1), 4.5);
  sheet.freeze_panes(kMonthRow + 1, kFirstMonthColumn);
  set_page_layout(sheet, labels, schedule.tender_id, "&A", true);
  sheet.repeat_rows(kYearRow, kMonthRow);
}

// ---------------------------------------------------------------------------------------------
// Changes against a baseline

void write_changes(xlsx::Worksheet& sheet, const Context& context) {
  const Schedule& schedule = context.schedule;
  const Labels& labels = context.labels;
  const Styles& styles = context.styles;
  sheet.merge_text({0, 0, 0, 6}, labels.changes_title, kTitle);
  sheet.write_text(1, 0, labels.baseline, kLabel);
  sheet.write_text(1, 1, schedule.baseline_file.value_or(""));
  constexpr xlsx::Row kHeaderRow = 3;
  const std::string_view headers[] = {labels.id,       labels.contract, labels.description,
                                      labels.old_date, labels.new_date, labels.difference,
                                      labels.status};
  write_headers(sheet, kHeaderRow, headers);
  xlsx::Row row = kHeaderRow + 1;
  for (std::size_t i = 0; i < schedule.changes.size(); ++i, ++row) {
    const Change& change = schedule.changes[i];
    // Changes follow the milestones, removed ones last.
    const Milestone* milestone =
        i < schedule.milestones.size() && schedule.milestones[i].id == change.id
            ? &schedule.milestones[i]
            : nullptr;
    std::string_view status = labels.status_same;
    const xlsx::Format* cell = &kCell;
    const xlsx::Format* date = &styles.date_cell;
    if (!change.old_date) {
      status = labels.status_new;
      cell = &styles.new_cell;
      date = &styles.new_date_cell;
    } else if (!change.new_date) {
      status = labels.status_removed;
      cell = &styles.retender_cell;
      date = &styles.retender_date_cell;
    } else if (change.days != 0) {
      status = labels.status_moved;
      cell = &styles.changed_cell;
      date = &styles.changed_date_cell;
    }
    sheet.write_text(row, 0, change.id, *cell);
    sheet.write_text(row, 1, milestone != nullptr ? owner_text(context, *milestone) : "", *cell);
    sheet.write_text(
        row, 2, milestone != nullptr ? milestone->description.in(context.language) : "", *cell);
    write_optional_date(sheet, row, 3, change.old_date, *date);
    write_optional_date(sheet, row, 4, change.new_date, *date);
    if (change.old_date && change.new_date) {
      sheet.write_number(row, 5, static_cast<double>(change.days), *cell);
    } else {
      sheet.write_blank(row, 5, *cell);
    }
    sheet.write_text(row, 6, status, *cell);
  }
  // The id and contract columns as wide as their longest text (ids do not wrap).
  std::vector<std::string_view> ids;
  std::vector<std::string_view> owners;
  for (const Change& change : schedule.changes) {
    ids.push_back(change.id);
  }
  for (const Contract& contract : schedule.contracts) {
    owners.push_back(contract.id);
  }
  owners.push_back(context.labels.timeline_owner);
  sheet.set_column_width(0, 0, column_width_for(ids, 20, 60));
  sheet.set_column_width(1, 1, column_width_for(owners, 12, 40));
  sheet.set_column_width(2, 2, 56);
  sheet.set_column_width(3, 4, 13);
  sheet.set_column_width(5, 5, 16);
  sheet.set_column_width(6, 6, 13);
  sheet.freeze_panes(kHeaderRow + 1, 1);
  if (!schedule.changes.empty()) {
    sheet.autofilter({kHeaderRow, 0, row - 1, 6});
  }
  set_page_layout(sheet, labels, schedule.tender_id, "&A", true);
  sheet.repeat_rows(kHeaderRow, kHeaderRow);
}

// ---------------------------------------------------------------------------------------------
// Annex per contract

enum AnnexColumn : xlsx::Column {
  kAnnexDate,
  kAnnexWeekday,
  kAnnexDescription,
  kAnnexMovedFrom,
  kAnnexMoveReason,
  kAnnexLast = kAnnexMoveReason,
};

constexpr double kAnnexDateWidth = 12;
constexpr double kAnnexWeekdayWidth = 11;
constexpr double kAnnexDescriptionWidth = 52;
constexpr double kAnnexMovedFromWidth = 14;
constexpr double kAnnexReasonWidth = 18;
constexpr double kAnnexWidth = kAnnexDateWidth + kAnnexWeekdayWidth + kAnnexDescriptionWidth +
                               kAnnexMovedFromWidth + kAnnexReasonWidth;
constexpr double kOneLine = 15;

void write_annex(xlsx::Worksheet& sheet, const Context& context, std::size_t contract_index) {
  const Schedule& schedule = context.schedule;
  const Labels& labels = context.labels;
  const Styles& styles = context.styles;
  const Language language = context.language;
  const Contract& contract = schedule.contracts[contract_index];
  const ContractDates& dates = schedule.dates[contract_index];
  const std::vector<std::size_t>& milestones = context.contract_milestones[contract_index];

  const std::string title = fmt::format("{} {}: {}", labels.annex, contract.id, contract.name);
  xlsx::Row row = 0;
  sheet.merge_text({row, 0, row, kAnnexLast}, title, styles.annex_title);
  sheet.set_row_height(row, std::max(xlsx::wrapped_row_height(title, kAnnexWidth / 1.3), 18.0));
  ++row;
  sheet.write_text(row++, 0, labels.annex_subtitle, styles.subtitle);
  ++row;

  const auto say = [language](const wording::Phrase& phrase) {
    return std::string(phrase.in(language));
  };
  sheet.write_text(row++, 0, say(words::annex_parties), kLabel);
  // The contracting authority is every municipality, one per line, by legal name.
  std::string authority;
  for (const schedule::Party& party : schedule.authorities) {
    authority += authority.empty() ? "" : "\n";
    authority += party.name;
  }
  const std::string contractor = schedule::contractor_name(contract).in(language);
  const std::pair<std::string, std::string> parties[] = {
      {say(words::annex_authority), authority},
      {say(words::annex_contractor), contractor},
      {say(words::annex_agreement), fmt::format("{} ({})", contract.name, contract.id)},
      {say(words::annex_tender), fmt::format("{} ({})", schedule.tender_title, schedule.tender_id)},
      {say(words::annex_document_date), ""},  // a date cell, below
      {say(words::annex_version), schedule.document.version},
  };
  for (const auto& [label, value] : parties) {
    // The label over the date and weekday columns: "Opdrachtnemer" is wider than a date.
    sheet.merge_text({row, kAnnexDate, row, kAnnexWeekday}, label, styles.label_top);
    if (label == say(words::annex_document_date)) {
      // A real date (C9 of every annex): SOURCE_DATE_EPOCH's day, as the overview's date.
      sheet.write_date(row, kAnnexDescription, schedule.document.date, styles.date);
    } else {
      sheet.merge_text({row, kAnnexDescription, row, kAnnexLast}, value, styles.clause);
    }
    const double height = std::max(
        xlsx::wrapped_row_height(value, kAnnexWidth - kAnnexDateWidth - kAnnexWeekdayWidth),
        xlsx::wrapped_row_height(label, kAnnexDateWidth + kAnnexWeekdayWidth));
    if (height > kOneLine) {
      sheet.set_row_height(row, height);
    }
    ++row;
  }
  ++row;

  sheet.write_text(row++, 0, say(words::annex_terms), kLabel);
  // The clauses schedule::term_clauses() words, as every other format shows them.
  for (const LocalizedText& localized_clause : schedule::term_clauses(contract, dates)) {
    const std::string& clause = localized_clause.in(language);
    sheet.merge_text({row, 0, row, kAnnexLast}, clause, styles.clause);
    const double height = xlsx::wrapped_row_height(clause, kAnnexWidth);
    if (height > kOneLine) {
      sheet.set_row_height(row, height);
    }
    ++row;
  }
  ++row;

  sheet.write_text(row++, 0, say(words::annex_milestones), kLabel);
  const xlsx::Row header_row = row;
  const std::string_view headers[] = {labels.date, labels.weekday, labels.description,
                                      labels.moved_from, labels.move_reason};
  write_headers(sheet, header_row, headers);
  ++row;
  for (std::size_t index : milestones) {
    const Milestone& milestone = schedule.milestones[index];
    const std::string& description = milestone.description_in_annex().in(language);
    // A list without cell borders: with a thousand annexes, the blank bordered cells of dates
    // that did not move were a tenth of the workbook.
    sheet.write_date(row, kAnnexDate, milestone.date, styles.list_date);
    sheet.write_text(row, kAnnexWeekday, calendar::weekday_name(milestone.date, language),
                     styles.list_text);
    sheet.write_text(row, kAnnexDescription, description, styles.clause);
    if (milestone.moved_from) {
      sheet.write_date(row, kAnnexMovedFrom, *milestone.moved_from, styles.list_moved_date);
      sheet.write_text(row, kAnnexMoveReason, milestone.move_reason.in(language),
                       styles.list_moved);
    }
    // Only long descriptions need a row height; most fit on one line.
    if (description.size() > static_cast<std::size_t>(kAnnexDescriptionWidth) - 2) {
      sheet.set_row_height(row, xlsx::wrapped_row_height(description, kAnnexDescriptionWidth));
    }
    ++row;
  }
  ++row;

  // A block per party for a signature or initials: party, who signs, place and date, signature.
  sheet.write_text(row++, 0, say(words::annex_signatures), kLabel);
  const xlsx::Row signature_header = row;
  sheet.merge_text({row, kAnnexDate, row, kAnnexWeekday}, say(words::annex_party), kHeader);
  sheet.write_text(row, kAnnexDescription, say(words::annex_signed_by), kHeader);
  sheet.write_text(row, kAnnexMovedFrom, say(words::annex_place_date), kHeader);
  sheet.write_text(row, kAnnexMoveReason, say(words::annex_signature), kHeader);
  sheet.set_row_height(signature_header, 2 * kOneLine);
  ++row;
  const auto signature_row = [&](const std::string& party, const std::string& signatory) {
    sheet.merge_text({row, kAnnexDate, row, kAnnexWeekday}, party, styles.signature_party);
    sheet.write_text(row, kAnnexDescription, signatory, styles.signature_party);
    sheet.write_blank(row, kAnnexMovedFrom, styles.signature_space);
    sheet.write_blank(row, kAnnexMoveReason, styles.signature_space);
    // Room to sign: three lines, more when the party's name wraps.
    sheet.set_row_height(
        row, std::max(3 * kOneLine,
                      xlsx::wrapped_row_height(party, kAnnexDateWidth + kAnnexWeekdayWidth)));
    ++row;
  };
  for (const schedule::Party& party : schedule.authorities) {
    signature_row(party.name, party.signatory.value_or(""));
  }
  signature_row(contractor, "");

  sheet.set_column_width(kAnnexDate, kAnnexDate, kAnnexDateWidth);
  sheet.set_column_width(kAnnexWeekday, kAnnexWeekday, kAnnexWeekdayWidth);
  sheet.set_column_width(kAnnexDescription, kAnnexDescription, kAnnexDescriptionWidth);
  sheet.set_column_width(kAnnexMovedFrom, kAnnexMovedFrom, kAnnexMovedFromWidth);
  sheet.set_column_width(kAnnexMoveReason, kAnnexMoveReason, kAnnexReasonWidth);
  set_page_layout(sheet, labels, schedule.tender_id,
                  xlsx::header_footer_text(text::utf8_prefix(contract.id, 100)), false);
  sheet.repeat_rows(header_row, header_row);
  sheet.set_print_area({0, 0, row - 1, kAnnexLast});
}

}  // namespace

Result<std::vector<Warning>> write_schedule_workbook(const std::filesystem::path& target,
                                                     const schedule::Schedule& schedule,
                                                     const ScheduleWorkbookOptions& options) {
  const Language language = schedule.language;
  const Labels labels = make_labels(language);
  const Styles styles(labels);
  // libxlsxwriter holds every cell in memory (about 100 bytes each) unless it writes in row
  // order, where it cannot write tables: large schedules trade the table for flat memory.
  const bool tables = schedule.milestones.size() <= kScheduleTableMilestoneLimit;
  Result<xlsx::Workbook> workbook = xlsx::Workbook::create(
      target,
      {.title = fmt::format("{}: {}", labels.document_title, schedule.tender_id),
       .author = "tenderkit tender-schedule",
       .subject = schedule.tender_title,
       .created = options.created},
      tables ? xlsx::WriteMode::in_memory : xlsx::WriteMode::row_order);
  if (!workbook) {
    return workbook.error();
  }
  const Context context{
      schedule, options, language, labels, styles, tables, schedule.milestones_by_contract()};

  // Sheets in reading order, all added before any is written so that the overview can link to
  // the annexes.
  xlsx::Worksheet overview = workbook->add_worksheet(labels.overview_sheet);
  std::optional<xlsx::Worksheet> plan;
  if (!schedule.phases.empty()) {
    plan = workbook->add_worksheet(labels.plan_sheet);
  }
  xlsx::Worksheet milestones = workbook->add_worksheet(labels.milestones_sheet);
  xlsx::Worksheet timeline = workbook->add_worksheet(labels.timeline_sheet);
  std::optional<xlsx::Worksheet> changes;
  if (schedule.baseline_file) {
    changes = workbook->add_worksheet(labels.changes_sheet);
  }
  std::vector<xlsx::Worksheet> annexes;
  annexes.reserve(schedule.contracts.size());
  for (const Contract& contract : schedule.contracts) {
    annexes.push_back(workbook->add_worksheet(fmt::format("{} {}", labels.annex, contract.id)));
  }

  write_overview(overview, context, annexes);
  if (plan) {
    write_plan(*plan, context);
  }
  write_milestones(milestones, context);
  write_timeline(timeline, context);
  if (changes) {
    write_changes(*changes, context);
  }
  for (std::size_t i = 0; i < annexes.size(); ++i) {
    write_annex(annexes[i], context, i);
  }
  return workbook->close();
}

}  // namespace tenderkit::report
