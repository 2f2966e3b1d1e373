// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/report/check_workbook.hpp>
#include <tenderkit/report/wording.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <fmt/format.h>

#include "workbook_style.hpp"

#include <algorithm>
#include <chrono>
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
using detail::kLinkCell;
using detail::kRedFill;
using detail::kRedFont;
using detail::kTitle;
using detail::kWrappedCell;
using detail::utc_date;
using detail::with_fill;
using integrality::CheckReport;
using integrality::Finding;
using integrality::RegistrationCheck;
using integrality::Severity;

// Every fixed text of the workbook, in one language.
struct Labels {
  std::string_view summary_sheet;
  std::string_view document_title;
  std::string_view tender;
  std::string_view date;
  std::string_view strict;
  std::string_view registrations;
  std::string_view compliant_count;
  std::string_view id;
  std::string_view name;
  std::string_view legal_form;
  std::string_view members;
  std::string_view compliant;
  std::string_view errors;
  std::string_view warnings;
  std::string_view sheet;
  std::string_view registration;
  std::string_view file;
  std::string_view coverage;
  std::string_view code;
  std::string_view service;
  std::string_view local;
  std::string_view suppliers;
  std::string_view kvk;
  std::string_view no_supplier;
  std::string_view one_supplier;
  std::string_view findings;
  std::string_view rule;
  std::string_view severity;
  std::string_view message;
  std::string_view location;
  std::string_view no_findings;
  std::string_view error;
  std::string_view warning;
  std::string_view yes;
  std::string_view no;
  std::string_view page;  // a footer with &P and &N
  std::string_view skipped;
  std::string_view skipped_entry;
  std::string_view reason;
};

// The labels in one language, from the catalogue (report/wording.hpp).
Labels labels_for(Language language) {
  return Labels{
      .summary_sheet = words::wb_summary_sheet.in(language),
      .document_title = words::wb_document_title.in(language),
      .tender = words::wb_tender.in(language),
      .date = words::wb_date.in(language),
      .strict = words::wb_strict.in(language),
      .registrations = words::wb_registrations.in(language),
      .compliant_count = words::wb_compliant_count.in(language),
      .id = words::wb_id.in(language),
      .name = words::column_name.in(language),
      .legal_form = words::column_legal_form.in(language),
      .members = words::column_members.in(language),
      .compliant = words::wb_compliant.in(language),
      .errors = words::column_errors.in(language),
      .warnings = words::column_warnings.in(language),
      .sheet = words::wb_sheet.in(language),
      .registration = words::column_registration.in(language),
      .file = words::wb_file.in(language),
      .coverage = words::wb_coverage.in(language),
      .code = words::wb_code.in(language),
      .service = words::wb_service.in(language),
      .local = words::wb_local.in(language),
      .suppliers = words::wb_suppliers.in(language),
      .kvk = words::wb_kvk.in(language),
      .no_supplier = words::wb_no_supplier.in(language),
      .one_supplier = words::wb_one_supplier.in(language),
      .findings = words::wb_findings.in(language),
      .rule = words::column_rule.in(language),
      .severity = words::column_severity.in(language),
      .message = words::wb_message.in(language),
      .location = words::wb_location.in(language),
      .no_findings = words::wb_no_findings.in(language),
      .error = words::severity_error.in(language),
      .warning = words::severity_warning.in(language),
      .yes = words::wb_yes.in(language),
      .no = words::wb_no.in(language),
      .page = words::wb_page.in(language),
      .skipped = words::wb_skipped.in(language),
      .skipped_entry = words::wb_skipped_entry.in(language),
      .reason = words::column_reason.in(language),
  };
}

std::string_view yes_no(const Labels& labels, bool value) {
  return value ? labels.yes : labels.no;
}

xlsx::Format verdict_format(bool compliant) {
  return compliant ? with_fill(kCell, kGoodFill, kGoodFont) : with_fill(kCell, kRedFill, kRedFont);
}

std::string display_name(const Registration& registration) {
  return registration.name.empty() ? registration.id : registration.name;
}

void set_page_layout(xlsx::Worksheet& sheet, const Labels& labels, std::string_view tender_id) {
  sheet.set_landscape();
  sheet.fit_to_width();
  // Excel allows 255 characters for a page header; an id is short, but it is user text.
  sheet.set_header(
      fmt::format("&L{}&R&A", xlsx::header_footer_text(text::utf8_prefix(tender_id, 100))));
  sheet.set_footer(fmt::format("&C{}", labels.page));
}

// Columns of the summary sheet.
enum SummaryColumn : xlsx::Column {
  kSummaryId,
  kSummaryName,
  kSummaryLegalForm,
  kSummaryMembers,
  kSummaryCompliant,
  kSummaryErrors,
  kSummaryWarnings,
  kSummarySheet,
  kSummaryLast = kSummarySheet,
};

void write_summary(xlsx::Worksheet& sheet, const CheckReport& report,
                   const std::vector<xlsx::Worksheet>& registration_sheets,
                   const CheckWorkbookOptions& options, const Labels& labels) {
  sheet.merge_text({0, 0, 0, kSummaryLast}, report.tender.title, kTitle);
  sheet.write_text(1, 0, labels.tender, kLabel);
  sheet.write_text(1, 1, report.tender.id);
  sheet.write_text(2, 0, labels.date, kLabel);
  sheet.write_date(2, 1, utc_date(options.created), {.align = xlsx::Align::left});
  sheet.write_text(3, 0, labels.strict, kLabel);
  sheet.write_text(3, 1, yes_no(labels, options.strict));

  constexpr xlsx::Row kHeaderRow = 7;
  constexpr xlsx::Row kFirstRow = kHeaderRow + 1;
  const std::size_t count = report.registrations.size();
  const xlsx::Row last_row = kFirstRow + static_cast<xlsx::Row>(count) - 1;

  // Totals as formulas over the table, so they stay right when a reader edits a verdict; the
  // cached values are what LibreOffice shows without recalculating.
  const xlsx::Format left{.align = xlsx::Align::left};
  sheet.write_text(4, 0, labels.registrations, kLabel);
  sheet.write_text(5, 0, labels.compliant_count, kLabel);
  if (count == 0) {
    sheet.write_number(4, 1, 0, left);
    sheet.write_number(5, 1, 0, left);
  } else {
    const std::string ids =
        xlsx::range_reference({kFirstRow, kSummaryId, last_row, kSummaryId}, true);
    const std::string verdicts =
        xlsx::range_reference({kFirstRow, kSummaryCompliant, last_row, kSummaryCompliant}, true);
    sheet.write_formula(4, 1, fmt::format("COUNTA({})", ids), static_cast<double>(count), left);
    sheet.write_formula(5, 1, fmt::format("COUNTIF({},\"{}\")", verdicts, labels.yes),
                        static_cast<double>(report.compliant_count(options.strict)), left);
  }

  const std::string_view headers[] = {labels.id,       labels.name,      labels.legal_form,
                                      labels.members,  labels.compliant, labels.errors,
                                      labels.warnings, labels.sheet};
  for (xlsx::Column column = 0; column <= kSummaryLast; ++column) {
    sheet.write_text(kHeaderRow, column, headers[column], kHeader);
  }
  for (std::size_t i = 0; i < count; ++i) {
    const RegistrationCheck& check = report.registrations[i];
    const Registration& registration = check.registration;
    const xlsx::Row row = kFirstRow + static_cast<xlsx::Row>(i);
    const bool compliant = check.compliant(options.strict);
    sheet.write_text(row, kSummaryId, registration.id, kCell);
    sheet.write_text(row, kSummaryName, registration.name, kWrappedCell);
    sheet.write_text(row, kSummaryLegalForm,
                     display_name(registration.legal_form, options.language), kWrappedCell);
    sheet.write_number(row, kSummaryMembers, static_cast<double>(registration.members.size()),
                       kCell);
    sheet.write_text(row, kSummaryCompliant, yes_no(labels, compliant), verdict_format(compliant));
    sheet.write_number(row, kSummaryErrors, static_cast<double>(check.count(Severity::error)),
                       kCell);
    sheet.write_number(row, kSummaryWarnings, static_cast<double>(check.count(Severity::warning)),
                       kCell);
    sheet.write_link(row, kSummarySheet, registration_sheets[i], registration_sheets[i].name(),
                     kLinkCell);
  }

  // Entries of the registration folders that were not read: their number beside the totals, and
  // one row each below the table (a warning; with --strict a finding).
  if (!report.skipped.empty()) {
    const bool dutch = options.language == Language::nl;
    sheet.write_text(6, 0, labels.skipped, kLabel);
    sheet.write_number(6, 1, static_cast<double>(report.skipped.size()),
                       with_fill(left, kRedFill, kRedFont));
    const xlsx::Row heading = (count == 0 ? kFirstRow : last_row + 1) + 1;
    sheet.write_text(heading, kSummaryId, labels.skipped_entry, kHeader);
    sheet.merge_text({heading, kSummaryName, heading, kSummaryLast}, labels.reason, kHeader);
    for (std::size_t i = 0; i < report.skipped.size(); ++i) {
      const SkippedEntry& entry = report.skipped[i];
      const xlsx::Row row = heading + 1 + static_cast<xlsx::Row>(i);
      sheet.write_text(row, kSummaryId, entry.path.string(), kWrappedCell);
      sheet.merge_text({row, kSummaryName, row, kSummaryLast},
                       describe(entry.reason, input::kRegistrationFileKinds)
                           .in(dutch ? Language::nl : Language::en),
                       kWrappedCell);
    }
  }

  // Ids do not wrap: the column is as wide as the longest (registration ids are file names).
  double id_width = 32;
  for (const RegistrationCheck& check : report.registrations) {
    id_width =
        std::max(id_width, static_cast<double>(text::utf8_length(check.registration.id)) + 2);
  }
  sheet.set_column_width(kSummaryId, kSummaryId, std::min(id_width, 60.0));
  sheet.set_column_width(kSummaryName, kSummaryName, 40);
  sheet.set_column_width(kSummaryLegalForm, kSummaryLegalForm, 24);
  sheet.set_column_width(kSummaryMembers, kSummaryMembers, 8);
  sheet.set_column_width(kSummaryCompliant, kSummaryCompliant, 10);
  sheet.set_column_width(kSummaryErrors, kSummaryErrors, 8);
  sheet.set_column_width(kSummaryWarnings, kSummaryWarnings, 16);
  sheet.set_column_width(kSummarySheet, kSummarySheet, 34);
  sheet.freeze_panes(kFirstRow, 0);
  if (count > 0) {
    sheet.autofilter({kHeaderRow, 0, last_row, kSummaryLast});
  }
  set_page_layout(sheet, labels, report.tender.id);
  sheet.repeat_rows(kHeaderRow, kHeaderRow);
}

// Columns of a registration sheet. The coverage matrix and the findings share them, so each
// column is wide where both need it: the service name above the finding's message.
enum RegistrationColumn : xlsx::Column {
  kServiceId = 0,  // the finding's rule id below
  kServiceCode,    // its severity
  kServiceName,    // its message
  kServiceLocal,   // its location (which overflows into the empty cells on its right)
  kServiceSuppliers,
  kFirstMember,
};

// Column widths of a registration sheet, in characters; row heights follow from them.
constexpr double kServiceNameWidth = 44;
constexpr double kServiceLocalWidth = 10;
constexpr double kServiceSuppliersWidth = 13;
constexpr double kMemberWidth = 22;

void write_registration(xlsx::Worksheet& sheet, const RegistrationCheck& check,
                        const Tender& tender, const CheckWorkbookOptions& options,
                        const Labels& labels, Language language) {
  const Registration& registration = check.registration;
  const std::vector<Member>& members = registration.members;
  const auto last_column =
      static_cast<xlsx::Column>(kServiceSuppliers + static_cast<xlsx::Column>(members.size()));
  const bool compliant = check.compliant(options.strict);

  sheet.merge_text({0, 0, 0, last_column}, display_name(registration), kTitle);
  sheet.write_text(1, 0, labels.registration, kLabel);
  sheet.write_text(1, 1, registration.id);
  sheet.write_text(2, 0, labels.legal_form, kLabel);
  sheet.write_text(2, 1, display_name(registration.legal_form, language));
  sheet.write_text(3, 0, labels.file, kLabel);
  sheet.write_text(3, 1, registration.file);
  sheet.write_text(4, 0, labels.compliant, kLabel);
  sheet.write_text(4, 1, yes_no(labels, compliant), verdict_format(compliant));
  sheet.write_text(5, 0, labels.errors, kLabel);
  sheet.write_number(5, 1, static_cast<double>(check.count(Severity::error)),
                     {.align = xlsx::Align::left});
  sheet.write_text(6, 0, labels.warnings, kLabel);
  sheet.write_number(6, 1, static_cast<double>(check.count(Severity::warning)),
                     {.align = xlsx::Align::left});

  // Coverage matrix: two header rows (member name, then KvK number) over one row per service.
  constexpr xlsx::Row kCoverageTitleRow = 8;
  constexpr xlsx::Row kNameRow = kCoverageTitleRow + 1;
  constexpr xlsx::Row kKvkRow = kNameRow + 1;
  constexpr xlsx::Row kFirstServiceRow = kKvkRow + 1;
  sheet.write_text(kCoverageTitleRow, 0, labels.coverage, kLabel);
  const std::string_view fixed_headers[] = {labels.id, labels.code, labels.service, labels.local,
                                            labels.suppliers};
  for (xlsx::Column column = 0; column <= kServiceSuppliers; ++column) {
    sheet.merge_text({kNameRow, column, kKvkRow, column}, fixed_headers[column], kHeader);
  }
  double name_row_height = xlsx::wrapped_row_height("", kMemberWidth);
  for (std::size_t m = 0; m < members.size(); ++m) {
    const auto column = static_cast<xlsx::Column>(kFirstMember + m);
    sheet.write_text(kNameRow, column, members[m].name, kHeader);
    sheet.write_text(kKvkRow, column, fmt::format("{} {}", labels.kvk, members[m].kvk), kHeader);
    name_row_height =
        std::max(name_row_height, xlsx::wrapped_row_height(members[m].name, kMemberWidth));
  }
  sheet.set_row_height(kNameRow, name_row_height);

  xlsx::Row row = kFirstServiceRow;
  for (const Service& service : tender.services) {
    std::size_t suppliers = 0;
    for (const Member& member : members) {
      suppliers += member.delivers(service.id) ? 1 : 0;
    }
    // Uncovered services in red, single-supplier ones in amber: a static fill, so that the
    // colour matches the findings even when the sheet is printed or read by a script.
    xlsx::Format cell = kCell;
    xlsx::Format wrapped = kWrappedCell;
    if (suppliers == 0) {
      cell = with_fill(cell, kRedFill, kRedFont);
      wrapped = with_fill(wrapped, kRedFill, kRedFont);
    } else if (suppliers == 1) {
      cell = with_fill(cell, kAmberFill, kAmberFont);
      wrapped = with_fill(wrapped, kAmberFill, kAmberFont);
    }
    sheet.write_text(row, kServiceId, service.id, cell);
    sheet.write_text(row, kServiceCode, service.code.value_or(""), cell);
    sheet.write_text(row, kServiceName, service.name, wrapped);
    sheet.set_row_height(row, xlsx::wrapped_row_height(service.name, kServiceNameWidth));
    sheet.write_text(row, kServiceLocal, yes_no(labels, service.local), cell);
    if (members.empty()) {
      sheet.write_number(row, kServiceSuppliers, 0, cell);
    } else {
      const std::string roles = xlsx::range_reference({row, kFirstMember, row, last_column});
      sheet.write_formula(row, kServiceSuppliers, fmt::format("COUNTA({})", roles),
                          static_cast<double>(suppliers), cell);
    }
    xlsx::Format role_cell = cell;
    role_cell.align = xlsx::Align::center;
    for (std::size_t m = 0; m < members.size(); ++m) {
      const auto column = static_cast<xlsx::Column>(kFirstMember + m);
      if (members[m].delivers(service.id)) {
        sheet.write_text(row, column, display_name(members[m].role, language), role_cell);
      } else {
        sheet.write_blank(row, column, role_cell);
      }
    }
    ++row;
  }

  // Legend, so that a printed sheet explains its colours.
  ++row;
  sheet.write_text(row++, 0, labels.no_supplier, with_fill(kCell, kRedFill, kRedFont));
  sheet.write_text(row++, 0, labels.one_supplier, with_fill(kCell, kAmberFill, kAmberFont));

  ++row;
  sheet.write_text(row++, 0, labels.findings, kLabel);
  const std::string_view finding_headers[] = {labels.rule, labels.severity, labels.message,
                                              labels.location};
  for (xlsx::Column column = 0; column < 4; ++column) {
    sheet.write_text(row, column, finding_headers[column], kHeader);
  }
  ++row;
  if (check.findings.empty()) {
    sheet.write_text(row, 0, labels.no_findings);
  }
  for (const Finding& finding : check.findings) {
    const bool is_error = finding.severity == Severity::error;
    sheet.write_text(row, kServiceId, finding.rule_id, kCell);
    sheet.write_text(
        row, kServiceCode, is_error ? labels.error : labels.warning,
        is_error ? with_fill(kCell, kRedFill, kRedFont) : with_fill(kCell, kAmberFill, kAmberFont));
    const std::string& message = finding.message.in(language);
    const std::string location = finding.where.to_string();
    sheet.write_text(row, kServiceName, message, kWrappedCell);
    // The location gets the width of the matrix columns beside it; a path needs the room.
    const xlsx::Column location_end = std::max<xlsx::Column>(last_column, kServiceSuppliers + 1);
    sheet.merge_text({row, kServiceLocal, row, location_end}, location, kWrappedCell);
    const double location_width =
        kServiceLocalWidth + kServiceSuppliersWidth +
        kMemberWidth * static_cast<double>(location_end - kServiceSuppliers);
    sheet.set_row_height(row, std::max(xlsx::wrapped_row_height(message, kServiceNameWidth),
                                       xlsx::wrapped_row_height(location, location_width)));
    ++row;
  }

  sheet.set_column_width(kServiceId, kServiceId, 28);
  sheet.set_column_width(kServiceCode, kServiceCode, 14);
  sheet.set_column_width(kServiceName, kServiceName, kServiceNameWidth);
  sheet.set_column_width(kServiceLocal, kServiceLocal, kServiceLocalWidth);
  sheet.set_column_width(kServiceSuppliers, kServiceSuppliers, kServiceSuppliersWidth);
  if (!members.empty()) {
    sheet.set_column_width(kFirstMember, last_column, kMemberWidth);
  }
  set_page_layout(sheet, labels, tender.id);
}

}  // namespace

Result<std::vector<Warning>> write_check_workbook(const std::filesystem::path& target,
                                                  const integrality::CheckReport& report,
                                                  const CheckWorkbookOptions& options) {
  const Language language = options.language;
  const Labels labels = labels_for(language);
  Result<xlsx::Workbook> workbook = xlsx::Workbook::create(
      target, {.title = fmt::format("{}: {}", labels.document_title, report.tender.id),
               .author = "tenderkit tender-check",
               .subject = report.tender.title,
               .created = options.created});
  if (!workbook) {
    return workbook.error();
  }
  // Sheets are added in reading order: the summary first, then one per registration, named
  // after the consortium.
  xlsx::Worksheet summary = workbook->add_worksheet(labels.summary_sheet);
  std::vector<xlsx::Worksheet> registration_sheets;
  registration_sheets.reserve(report.registrations.size());
  for (const RegistrationCheck& check : report.registrations) {
    registration_sheets.push_back(workbook->add_worksheet(display_name(check.registration)));
  }
  write_summary(summary, report, registration_sheets, options, labels);
  for (std::size_t i = 0; i < report.registrations.size(); ++i) {
    write_registration(registration_sheets[i], report.registrations[i], report.tender, options,
                       labels, language);
  }
  return workbook->close();
}

}  // namespace tenderkit::report
