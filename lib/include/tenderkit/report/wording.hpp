// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of the reports that are not a domain module's: the sentences and labels of the check
/// report (text, Markdown, JUnit, workbook) and of the ranking report (core/wording.hpp explains
/// the catalogue). The renderers lay them out; they never word anything themselves.
namespace tenderkit::report::words {

using wording::Phrase;

// Counts.
inline constexpr Phrase errors_one{"report.count.error.one", "1 error", "1 fout"};
inline constexpr Phrase errors_many{"report.count.error.many", "{count} errors", "{count} fouten"};
inline constexpr Phrase warnings_one{"report.count.warning.one", "1 warning", "1 waarschuwing"};
inline constexpr Phrase warnings_many{"report.count.warning.many", "{count} warnings",
                                      "{count} waarschuwingen"};
inline constexpr Phrase members_one{"report.count.member.one", "{form}, 1 member", "{form}, 1 lid"};
inline constexpr Phrase members_many{"report.count.member.many", "{form}, {count} members",
                                     "{form}, {count} leden"};
inline constexpr Phrase registrations_one{"report.count.registration.one", "1 registration",
                                          "1 inschrijving"};
inline constexpr Phrase registrations_many{"report.count.registration.many",
                                           "{count} registrations", "{count} inschrijvingen"};

// The check report: text, Markdown and JUnit.
inline constexpr Phrase check_heading{"report.check.heading", "tender {id}: {title}",
                                      "aanbesteding {id}: {title}"};
inline constexpr Phrase check_title{"report.check.title", "Integrality check: {title} ({id})",
                                    "Integraliteitstoets: {title} ({id})"};
inline constexpr Phrase verdict_compliant{"report.check.verdict.compliant", "compliant", "voldoet"};
inline constexpr Phrase verdict_compliant_with{"report.check.verdict.compliant-with",
                                               "compliant, {counts}", "voldoet, {counts}"};
inline constexpr Phrase verdict_not_compliant{"report.check.verdict.not-compliant",
                                              "NOT COMPLIANT: {counts}", "VOLDOET NIET: {counts}"};
inline constexpr Phrase not_compliant{"report.check.not-compliant", "not compliant",
                                      "voldoet niet"};
inline constexpr Phrase two_counts{"report.check.two-counts", "{first}, {second}",
                                   "{first}, {second}"};
inline constexpr Phrase registration_line{"report.check.registration-line", "{members}; {verdict}.",
                                          "{members}; {verdict}."};
inline constexpr Phrase check_summary_one{
    "report.check.summary.one",
    "{compliant} of 1 registration compliant; {errors}, {warnings}{skipped}{strict}",
    "{compliant} van 1 inschrijving voldoet; {errors}, {warnings}{skipped}{strict}"};
inline constexpr Phrase check_summary{
    "report.check.summary",
    "{compliant} of {count} registrations compliant; {errors}, {warnings}{skipped}{strict}",
    "{compliant} van {count} inschrijvingen voldoen; {errors}, {warnings}{skipped}{strict}"};
inline constexpr Phrase summary_skipped_one{"report.check.summary.skipped.one", "; 1 entry skipped",
                                            "; 1 item overgeslagen"};
inline constexpr Phrase summary_skipped_many{"report.check.summary.skipped.many",
                                             "; {count} entries skipped",
                                             "; {count} items overgeslagen"};
inline constexpr Phrase summary_strict{"report.check.summary.strict", " (strict: warnings count)",
                                       " (strikt: waarschuwingen tellen mee)"};
inline constexpr Phrase severity_error{"report.check.severity.error", "error", "fout"};
inline constexpr Phrase severity_warning{"report.check.severity.warning", "warning",
                                         "waarschuwing"};
inline constexpr Phrase skipped_because{"report.check.skipped-because", "skipped, {reason}",
                                        "overgeslagen, {reason}"};
inline constexpr Phrase not_read_heading{
    "report.check.not-read",
    "not read from the registration folders:", "niet gelezen uit de inschrijvingsmappen:"};
inline constexpr Phrase not_read_title{"report.check.not-read-title",
                                       "Not read from the registration folders",
                                       "Niet gelezen uit de inschrijvingsmappen"};
inline constexpr Phrase each_a_warning{"report.check.each-a-warning", "Each is a warning.",
                                       "Elk is een waarschuwing."};
inline constexpr Phrase each_a_warning_strict{"report.check.each-a-warning-strict",
                                              "Each is a warning, and with --strict a finding.",
                                              "Elk is een waarschuwing, en met --strict een "
                                              "bevinding."};
inline constexpr Phrase skipped_entries_suite{"report.check.skipped-entries", "skipped entries",
                                              "overgeslagen items"};
inline constexpr Phrase column_registration{"report.column.registration", "Registration",
                                            "Inschrijving"};
inline constexpr Phrase column_name{"report.column.name", "Name", "Naam"};
inline constexpr Phrase column_legal_form{"report.column.legal-form", "Legal form", "Rechtsvorm"};
inline constexpr Phrase column_members{"report.column.members", "Members", "Leden"};
inline constexpr Phrase column_result{"report.column.result", "Result", "Resultaat"};
inline constexpr Phrase column_errors{"report.column.errors", "Errors", "Fouten"};
inline constexpr Phrase column_warnings{"report.column.warnings", "Warnings", "Waarschuwingen"};
inline constexpr Phrase column_rule{"report.column.rule", "Rule", "Regel"};
inline constexpr Phrase column_severity{"report.column.severity", "Severity", "Ernst"};
inline constexpr Phrase column_where{"report.column.where", "Where", "Waar"};
inline constexpr Phrase column_finding{"report.column.finding", "Finding", "Bevinding"};
inline constexpr Phrase column_entry{"report.column.entry", "Entry", "Item"};
inline constexpr Phrase column_reason{"report.column.reason", "Reason", "Reden"};

// The check workbook.
inline constexpr Phrase wb_summary_sheet{"report.check-workbook.summary-sheet", "Summary",
                                         "Overzicht"};
inline constexpr Phrase wb_document_title{"report.check-workbook.title", "Integrality check",
                                          "Integraliteitstoets"};
inline constexpr Phrase wb_tender{"report.check-workbook.tender", "Tender", "Aanbesteding"};
inline constexpr Phrase wb_date{"report.check-workbook.date", "Date", "Datum"};
inline constexpr Phrase wb_strict{"report.check-workbook.strict", "Warnings count as failures",
                                  "Waarschuwingen tellen als fout"};
inline constexpr Phrase wb_registrations{"report.check-workbook.registrations", "Registrations",
                                         "Inschrijvingen"};
inline constexpr Phrase wb_compliant_count{"report.check-workbook.compliant-count", "Compliant",
                                           "Voldoen"};
inline constexpr Phrase wb_id{"report.check-workbook.id", "Id", "Id"};
inline constexpr Phrase wb_compliant{"report.check-workbook.compliant", "Compliant", "Voldoet"};
inline constexpr Phrase wb_sheet{"report.check-workbook.sheet", "Sheet", "Blad"};
inline constexpr Phrase wb_file{"report.check-workbook.file", "File", "Bestand"};
inline constexpr Phrase wb_coverage{"report.check-workbook.coverage",
                                    "Coverage of the required services",
                                    "Dekking van de vereiste diensten"};
inline constexpr Phrase wb_code{"report.check-workbook.code", "Code", "Code"};
inline constexpr Phrase wb_service{"report.check-workbook.service", "Service", "Dienst"};
inline constexpr Phrase wb_local{"report.check-workbook.local", "Local", "Lokaal"};
inline constexpr Phrase wb_suppliers{"report.check-workbook.suppliers", "Suppliers",
                                     "Leveranciers"};
inline constexpr Phrase wb_kvk{"report.check-workbook.kvk", "KvK", "KvK"};
inline constexpr Phrase wb_no_supplier{"report.check-workbook.no-supplier", "No supplier",
                                       "Geen leverancier"};
inline constexpr Phrase wb_one_supplier{"report.check-workbook.one-supplier", "One supplier",
                                        "Eén leverancier"};
inline constexpr Phrase wb_findings{"report.check-workbook.findings", "Findings", "Bevindingen"};
inline constexpr Phrase wb_message{"report.check-workbook.message", "Message", "Melding"};
inline constexpr Phrase wb_location{"report.check-workbook.location", "Location", "Vindplaats"};
inline constexpr Phrase wb_no_findings{"report.check-workbook.no-findings", "No findings.",
                                       "Geen bevindingen."};
inline constexpr Phrase wb_yes{"report.check-workbook.yes", "yes", "ja"};
inline constexpr Phrase wb_no{"report.check-workbook.no", "no", "nee"};
inline constexpr Phrase wb_page{"report.check-workbook.page", "Page &P of &N", "Pagina &P van &N"};
inline constexpr Phrase wb_skipped{"report.check-workbook.skipped", "Skipped in the folders",
                                   "Overgeslagen in de mappen"};
inline constexpr Phrase wb_skipped_entry{"report.check-workbook.skipped-entry", "Not read",
                                         "Niet gelezen"};

inline constexpr const Phrase* catalogue[] = {
    &errors_one,
    &errors_many,
    &warnings_one,
    &warnings_many,
    &members_one,
    &members_many,
    &registrations_one,
    &registrations_many,
    &check_heading,
    &check_title,
    &verdict_compliant,
    &verdict_compliant_with,
    &verdict_not_compliant,
    &not_compliant,
    &two_counts,
    &registration_line,
    &check_summary_one,
    &check_summary,
    &summary_skipped_one,
    &summary_skipped_many,
    &summary_strict,
    &severity_error,
    &severity_warning,
    &skipped_because,
    &not_read_heading,
    &not_read_title,
    &each_a_warning,
    &each_a_warning_strict,
    &skipped_entries_suite,
    &column_registration,
    &column_name,
    &column_legal_form,
    &column_members,
    &column_result,
    &column_errors,
    &column_warnings,
    &column_rule,
    &column_severity,
    &column_where,
    &column_finding,
    &column_entry,
    &column_reason,
    &wb_summary_sheet,
    &wb_document_title,
    &wb_tender,
    &wb_date,
    &wb_strict,
    &wb_registrations,
    &wb_compliant_count,
    &wb_id,
    &wb_compliant,
    &wb_sheet,
    &wb_file,
    &wb_coverage,
    &wb_code,
    &wb_service,
    &wb_local,
    &wb_suppliers,
    &wb_kvk,
    &wb_no_supplier,
    &wb_one_supplier,
    &wb_findings,
    &wb_message,
    &wb_location,
    &wb_no_findings,
    &wb_yes,
    &wb_no,
    &wb_page,
    &wb_skipped,
    &wb_skipped_entry,
};

}  // namespace tenderkit::report::words
