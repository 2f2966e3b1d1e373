// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/date.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/report/schedule_workbook.hpp>
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
  std::string_view timeline_capped;  // {} months, up to and including {}
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
  std::string_view parties;
  std::string_view contracting_authority;
  std::string_view contractor;
  std::string_view agreement;
  std::string_view terms;
  std::string_view milestones;
  std::string_view page;  // a footer with &P and &N
  std::string_view date_format;
};

constexpr Labels kDutch{
    .overview_sheet = "Overzicht",
    .plan_sheet = "Planning",
    .milestones_sheet = "Mijlpalen",
    .milestones_table = "Mijlpalen",
    .timeline_sheet = "Tijdlijn",
    .changes_sheet = "Wijzigingen",
    .annex = "Bijlage",
    .document_title = "Contractplanning",
    .tender = "Aanbesteding",
    .as_of = "Peildatum",
    .date = "Datum",
    .made_with = "Gemaakt met",
    .contracts = "Contracten",
    .no_contracts = "Geen contracten.",
    .id = "Id",
    .name = "Naam",
    .provider = "Opdrachtnemer",
    .care_type = "Soort zorg",
    .start = "Ingangsdatum",
    .end_of_term = "Einde looptijd",
    .latest_end = "Uiterste einde (alle opties)",
    .options = "Opties",
    .options_used = "Gebruikt",
    .options_left = "Resterend",
    .next_deadline = "Volgende deadline",
    .deadline_what = "Wat",
    .flag = "Signaal",
    .retender = "opnieuw aanbesteden",
    .none = "geen",
    .plan_title = "Planning van de aanbesteding",
    .phase = "Fase",
    .kind = "Soort",
    .end = "Einde",
    .shifted_by = "Verschoven met",
    .start_moved_from = "Start verplaatst van",
    .end_moved_from = "Einde verplaatst van",
    .start_reason = "Reden (start)",
    .end_reason = "Reden (einde)",
    .kind_phase = "fase",
    .kind_milestone = "mijlpaal",
    .kind_standstill = "opschortingstermijn",
    .shifted_note =
        "Gemarkeerd: fasen die door een verschuiving (--shift) anders vallen dan gepland.",
    .weekday = "Dag",
    .contract = "Contract",
    .description = "Omschrijving",
    .contract_year = "Contractjaar",
    .moved_from = "Verschoven van",
    .move_reason = "Reden verschuiving",
    .timeline_owner = "aanbesteding",
    .no_milestones = "Geen mijlpalen.",
    .timeline_title = "Tijdlijn per maand",
    .timeline_capped = "Ingekort tot {} maanden, tot en met {}.",
    .legend = "Legenda",
    .legend_term = "looptijd",
    .legend_option = "mogelijke verlenging",
    .legend_phase = "fase van de aanbesteding",
    .legend_retender = "opnieuw aanbesteden (geen verlengingsoptie meer)",
    .legend_evaluation = "E: evaluatie",
    .legend_deadline = "D: deadline opzegging of verlengingsbesluit",
    .legend_end = "X: einde looptijd",
    .legend_milestone = "M: mijlpaal van de aanbesteding",
    .month_format = "[$-413]mmm",
    .changes_title = "Wijzigingen ten opzichte van de vorige planning",
    .baseline = "Vorige planning",
    .old_date = "Oude datum",
    .new_date = "Nieuwe datum",
    .difference = "Verschil (dagen)",
    .status = "Status",
    .status_moved = "verschoven",
    .status_same = "ongewijzigd",
    .status_new = "nieuw",
    .status_removed = "vervallen",
    .annex_subtitle = "Looptijd en planning van de overeenkomst",
    .parties = "Partijen",
    .contracting_authority = "Opdrachtgever",
    .contractor = "Opdrachtnemer",
    .agreement = "Overeenkomst",
    .terms = "Looptijd en termijnen",
    .milestones = "Mijlpalen",
    .page = "Pagina &P van &N",
    .date_format = "dd-mm-yyyy",
};

constexpr Labels kEnglish{
    .overview_sheet = "Overview",
    .plan_sheet = "Procurement plan",
    .milestones_sheet = "Milestones",
    .milestones_table = "Milestones",
    .timeline_sheet = "Timeline",
    .changes_sheet = "Changes",
    .annex = "Annex",
    .document_title = "Contract schedule",
    .tender = "Tender",
    .as_of = "As of",
    .date = "Date",
    .made_with = "Made with",
    .contracts = "Contracts",
    .no_contracts = "No contracts.",
    .id = "Id",
    .name = "Name",
    .provider = "Contractor",
    .care_type = "Type of care",
    .start = "Start",
    .end_of_term = "End of term",
    .latest_end = "Latest end (all options)",
    .options = "Options",
    .options_used = "Used",
    .options_left = "Left",
    .next_deadline = "Next deadline",
    .deadline_what = "What",
    .flag = "Flag",
    .retender = "re-tender",
    .none = "none",
    .plan_title = "Procurement plan",
    .phase = "Phase",
    .kind = "Kind",
    .end = "End",
    .shifted_by = "Shifted by",
    .start_moved_from = "Start moved from",
    .end_moved_from = "End moved from",
    .start_reason = "Reason (start)",
    .end_reason = "Reason (end)",
    .kind_phase = "phase",
    .kind_milestone = "milestone",
    .kind_standstill = "standstill period",
    .shifted_note =
        "Highlighted: phases whose dates differ from the plan because of a shift "
        "(--shift).",
    .weekday = "Day",
    .contract = "Contract",
    .description = "Description",
    .contract_year = "Contract year",
    .moved_from = "Moved from",
    .move_reason = "Reason moved",
    .timeline_owner = "procurement",
    .no_milestones = "No milestones.",
    .timeline_title = "Timeline by month",
    .timeline_capped = "Cut to {} months, up to and including {}.",
    .legend = "Legend",
    .legend_term = "term",
    .legend_option = "possible extension",
    .legend_phase = "procurement phase",
    .legend_retender = "re-tender (no extension option left)",
    .legend_evaluation = "E: evaluation",
    .legend_deadline = "D: deadline for notice or an extension decision",
    .legend_end = "X: end of term",
    .legend_milestone = "M: procurement milestone",
    .month_format = "[$-409]mmm",
    .changes_title = "Changes against the previous schedule",
    .baseline = "Previous schedule",
    .old_date = "Old date",
    .new_date = "New date",
    .difference = "Difference (days)",
    .status = "Status",
    .status_moved = "moved",
    .status_same = "unchanged",
    .status_new = "new",
    .status_removed = "removed",
    .annex_subtitle = "Term and schedule of the contract",
    .parties = "Parties",
    .contracting_authority = "Contracting authority",
    .contractor = "Contractor",
    .agreement = "Contract",
    .terms = "Term and deadlines",
    .milestones = "Milestones",
    .page = "Page &P of &N",
    .date_format = "yyyy-mm-dd",
};

const Labels& labels_for(Language language) {
  return language == Language::nl ? kDutch : kEnglish;
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
        label_top({.bold = true, .vertical_align = xlsx::VerticalAlign::top}),
        table_date(with_number_format({}, labels.date_format)),
        table_moved_date(with_fill(table_date, kAmberFill, kAmberFont)),
        table_moved(with_fill({}, kAmberFill, kAmberFont)),
        list_date(
            with_number_format({.vertical_align = xlsx::VerticalAlign::top}, labels.date_format)),
        list_text({.vertical_align = xlsx::VerticalAlign::top}),
        list_moved_date(with_fill(list_date, kAmberFill, kAmberFont)),
        list_moved(with_fill(list_text, kAmberFill, kAmberFont)) {}

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
  sheet.set_column_width(kMilestoneContract, kMilestoneContract, 18);
  sheet.set_column_width(kMilestoneKind, kMilestoneKind, 20);
  sheet.set_column_width(kMilestoneDescription, kMilestoneDescription, 60);
  sheet.set_column_width(kMilestoneContractYear, kMilestoneContractYear, 13);
  sheet.set_column_width(kMilestoneMovedFrom, kMilestoneMovedFrom, 15);
  sheet.set_column_width(kMilestoneMoveReason, kMilestoneMoveReason, 20);
  sheet.set_column_width(kMilestoneId, kMilestoneId, 34);
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
    sheet.write_text(1, 0,
                     fmt::format(fmt::runtime(labels.timeline_capped), months,
                                 calendar::to_long_text(shown_end, context.language)),
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
    sheet.write_text(row, kTimelineId, phase.id, kCell);
    sheet.write_text(row, kTimelineName, phase.name, kCell);
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
    const xlsx::Format& cell = dates.retender ? styles.retender_cell : kCell;
    sheet.write_text(row, kTimelineId, contract.id, cell);
    sheet.write_text(row, kTimelineName, contract.name, cell);
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

  sheet.set_column_width(kTimelineId, kTimelineId, 18);
  sheet.set_column_width(kTimelineName, kTimelineName, 32);
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
  sheet.set_column_width(0, 0, 34);
  sheet.set_column_width(1, 1, 18);
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

// "3", "3 en 6", "2, 4 en 6" (English: "and").
std::string join_with_and(const std::vector<std::string>& parts, Language language) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      out += i + 1 == parts.size() ? (language == Language::nl ? " en " : " and ") : ", ";
    }
    out += parts[i];
  }
  return out;
}

// "1 april" / "1 April".
std::string month_day_text(calendar::MonthDay moment, Language language) {
  return calendar::to_text(moment, language);
}

// The contract's terms in words, one clause per paragraph.
std::vector<std::string> term_clauses(const Contract& contract, const ContractDates& dates,
                                      Language language) {
  const bool nl = language == Language::nl;
  const auto long_date = [&](const Date& date) { return calendar::to_long_text(date, language); };
  const auto duration = [&](const calendar::Duration& length) {
    return calendar::to_text(length, language);
  };
  std::vector<std::string> clauses;

  const std::string start = long_date(contract.start);
  const std::string initial_end = long_date(dates.initial_end);
  if (contract.term) {
    clauses.push_back(
        nl ? fmt::format("De overeenkomst gaat in op {} en loopt {}, tot en met {}.", start,
                         duration(*contract.term), initial_end)
           : fmt::format("The contract starts on {} and runs for {}, up to and including {}.",
                         start, duration(*contract.term), initial_end));
  } else {
    clauses.push_back(nl ? fmt::format("De overeenkomst gaat in op {} en loopt tot en met {}.",
                                       start, initial_end)
                         : fmt::format("The contract starts on {} and runs up to and including {}.",
                                       start, initial_end));
  }

  const Extensions& extensions = contract.extensions;
  if (extensions.count == 0) {
    clauses.push_back(nl ? "De overeenkomst kent geen verlengingsopties."
                         : "The contract has no extension options.");
  } else {
    const std::string times =
        nl ? fmt::format("{} maal", extensions.count)
           : (extensions.count == 1   ? std::string("once")
              : extensions.count == 2 ? std::string("twice")
                                      : fmt::format("{} times", extensions.count));
    std::string clause = nl ? fmt::format("De overeenkomst kan {} met {} worden verlengd", times,
                                          duration(extensions.length))
                            : fmt::format("The contract may be extended {} by {}", times,
                                          duration(extensions.length));
    if (extensions.decide_before) {
      clause += nl ? fmt::format("; besluit uiterlijk {} voor het einde van de lopende termijn.",
                                 duration(*extensions.decide_before))
                   : fmt::format(
                         "; the decision is due at least {} before the current term "
                         "ends.",
                         duration(*extensions.decide_before));
    } else {
      clause += '.';
    }
    clauses.push_back(std::move(clause));
    if (extensions.used > 0) {
      clauses.push_back(
          nl ? fmt::format("Gebruikt: {} van {}; de lopende termijn loopt tot en met {}.",
                           extensions.used, extensions.count, long_date(dates.current_end))
             : fmt::format("Used: {} of {}; the current term runs up to and including {}.",
                           extensions.used, extensions.count, long_date(dates.current_end)));
    }
    if (extensions.options_left() > 0) {
      clauses.push_back(
          nl ? fmt::format("Met alle resterende opties loopt de overeenkomst uiterlijk tot en met "
                           "{}.",
                           long_date(dates.latest_end))
             : fmt::format("With every remaining option the contract runs up to and including {} "
                           "at the latest.",
                           long_date(dates.latest_end)));
    }
  }
  if (dates.retender) {
    clauses.push_back(
        nl ? fmt::format("Er is geen verlengingsoptie meer: opnieuw aanbesteden vóór het einde op "
                         "{}.",
                         long_date(dates.current_end))
           : fmt::format("No extension option is left: re-tender before the term ends on {}.",
                         long_date(dates.current_end)));
  }

  if (!contract.evaluations_after_years.empty()) {
    std::vector<std::string> years;
    for (int year : contract.evaluations_after_years) {
      years.push_back(std::to_string(year));
    }
    const bool one = years.size() == 1;
    clauses.push_back(nl ? fmt::format("De overeenkomst wordt geëvalueerd na contractjaar {}.",
                                       join_with_and(years, language))
                         : fmt::format("The contract is evaluated after contract year{} {}.",
                                       one ? "" : "s", join_with_and(years, language)));
    if (contract.notice_period) {
      clauses.push_back(
          nl ? fmt::format("Bij een evaluatie kan de opdrachtgever de overeenkomst beëindigen met "
                           "een opzegtermijn van {}.",
                           duration(*contract.notice_period))
             : fmt::format("At an evaluation the contracting authority may terminate the "
                           "contract with a notice period of {}.",
                           duration(*contract.notice_period)));
    }
  }

  if (!contract.intake_moments.empty()) {
    std::vector<std::string> moments;
    for (const calendar::MonthDay& moment : contract.intake_moments) {
      moments.push_back(month_day_text(moment, language));
    }
    clauses.push_back(
        nl ? fmt::format("Instroommomenten: elk jaar op {}.", join_with_and(moments, language))
           : fmt::format("Intake moments: every year on {}.", join_with_and(moments, language)));
  }

  if (contract.reporting) {
    const Reporting& reporting = *contract.reporting;
    std::string_view period_nl = "het kwartaal";
    std::string_view per_nl = "kwartaal";
    std::string_view period_en = "quarter";
    switch (reporting.cadence) {
      case ReportingCadence::monthly:
        period_nl = "de maand";
        per_nl = "maand";
        period_en = "month";
        break;
      case ReportingCadence::quarterly:
        break;
      case ReportingCadence::yearly:
        period_nl = "het jaar";
        per_nl = "jaar";
        period_en = "year";
        break;
    }
    const calendar::Duration due{reporting.due_after_days, calendar::DurationUnit::days};
    if (reporting.due_after_days == 0) {
      clauses.push_back(nl ? fmt::format("Rapportage per {}, uiterlijk op de laatste dag van {}.",
                                         per_nl, period_nl)
                           : fmt::format("A report per {}, due on the last day of the {}.",
                                         period_en, period_en));
    } else {
      clauses.push_back(nl ? fmt::format("Rapportage per {}, uiterlijk {} na afloop van {}.",
                                         per_nl, duration(due), period_nl)
                           : fmt::format("A report per {}, due {} after the {} ends.", period_en,
                                         duration(due), period_en));
    }
  }

  if (contract.budget_agreement) {
    const std::string moment = month_day_text(*contract.budget_agreement, language);
    clauses.push_back(
        nl ? fmt::format("Jaarlijks uiterlijk {} een afspraak over het maximale budget voor het "
                         "volgende jaar.",
                         moment)
           : fmt::format("Every year by {}, an agreement on the maximum budget for the next year.",
                         moment));
  }
  if (contract.indexation) {
    const std::string moment = month_day_text(*contract.indexation, language);
    clauses.push_back(nl ? fmt::format("Jaarlijkse prijsindexatie per {}.", moment)
                         : fmt::format("Yearly price indexation on {}.", moment));
  }
  return clauses;
}

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
  sheet.merge_text({row, 0, row, kAnnexLast}, title, kTitle);
  sheet.set_row_height(row, std::max(xlsx::wrapped_row_height(title, kAnnexWidth / 1.3), 18.0));
  ++row;
  sheet.write_text(row++, 0, labels.annex_subtitle, styles.subtitle);
  ++row;

  sheet.write_text(row++, 0, labels.parties, kLabel);
  const std::pair<std::string_view, std::string> parties[] = {
      {labels.contracting_authority, schedule.tender_title},
      {labels.contractor, contract.provider},
      {labels.agreement, fmt::format("{} ({})", contract.name, contract.id)},
      {labels.tender, schedule.tender_id},
  };
  for (const auto& [label, value] : parties) {
    // The label over the date and weekday columns: "Opdrachtnemer" is wider than a date.
    sheet.merge_text({row, kAnnexDate, row, kAnnexWeekday}, label, styles.label_top);
    sheet.merge_text({row, kAnnexDescription, row, kAnnexLast}, value, styles.clause);
    const double height =
        xlsx::wrapped_row_height(value, kAnnexWidth - kAnnexDateWidth - kAnnexWeekdayWidth);
    if (height > kOneLine) {
      sheet.set_row_height(row, height);
    }
    ++row;
  }
  ++row;

  sheet.write_text(row++, 0, labels.terms, kLabel);
  std::vector<std::string> clauses = term_clauses(contract, dates, language);
  const bool any_moved = std::any_of(milestones.begin(), milestones.end(), [&](std::size_t i) {
    return schedule.milestones[i].moved_from.has_value();
  });
  if (any_moved) {
    clauses.push_back(language == Language::nl
                          ? "Valt een datum niet op een werkdag, dan geldt de datum in de lijst "
                            "hieronder; de oorspronkelijke datum en de reden staan erbij."
                          : "Where a date is not a working day, the list below gives the date "
                            "that applies, with the original date and the reason.");
  }
  for (const std::string& clause : clauses) {
    sheet.merge_text({row, 0, row, kAnnexLast}, clause, styles.clause);
    const double height = xlsx::wrapped_row_height(clause, kAnnexWidth);
    if (height > kOneLine) {
      sheet.set_row_height(row, height);
    }
    ++row;
  }
  ++row;

  sheet.write_text(row++, 0, labels.milestones, kLabel);
  const xlsx::Row header_row = row;
  const std::string_view headers[] = {labels.date, labels.weekday, labels.description,
                                      labels.moved_from, labels.move_reason};
  write_headers(sheet, header_row, headers);
  ++row;
  for (std::size_t index : milestones) {
    const Milestone& milestone = schedule.milestones[index];
    const std::string& description = milestone.description.in(language);
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
  const Labels& labels = labels_for(language);
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
