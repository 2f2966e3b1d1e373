// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The command line's words: the refusals and warnings of the option convention (docs/cli.md;
/// core/wording.hpp explains the catalogue).
namespace tenderkit::cli::words {

using wording::Phrase;

inline constexpr Phrase report_names_workbook{
    "cli.report-names-workbook",
    "-o/--output is the report, and '{path}' names a workbook: the workbook is --xlsx {path}",
    "-o/--output is het rapport, en '{path}' is de naam van een werkboek: het werkboek is "
    "--xlsx {path}"};
inline constexpr Phrase report_is_workbook{
    "cli.report-is-workbook",
    "-o/--output is the report, and '{path}' is a workbook: the workbook is --xlsx {path}",
    "-o/--output is het rapport, en '{path}' is een werkboek: het werkboek is --xlsx {path}"};
inline constexpr Phrase report_workbook_hint{
    "cli.report-workbook-hint",
    "tender-schedule and tender-score rank wrote their workbook with -o before; -o is now the "
    "report, as in every command, and the workbook is --xlsx (docs/cli.md#changes)",
    "tender-schedule en tender-score rank schreven hun werkboek eerder met -o; -o is nu het "
    "rapport, zoals in elke opdracht, en het werkboek is --xlsx (docs/cli.md#changes)"};
inline constexpr Phrase workbook_without_xlsx{
    "cli.workbook-without-xlsx",
    "the workbook '{path}' does not end in .xlsx; it is written, but spreadsheet programs "
    "recognise a workbook by that extension",
    "het werkboek '{path}' eindigt niet op .xlsx; het wordt geschreven, maar rekenprogramma's "
    "herkennen een werkboek aan die extensie"};
inline constexpr Phrase unknown_option{"cli.unknown-option", "unknown option '{option}'",
                                       "onbekende optie '{option}'"};
inline constexpr Phrase retired_hint{
    "cli.retired-hint",
    "the options changed to one convention for every command (docs/cli.md#changes)",
    "de opties volgen nu één conventie in elke opdracht (docs/cli.md#changes)"};
inline constexpr Phrase report_option_gone{
    "cli.report-option-gone", "--report is gone: the report is now -o/--output {value}",
    "--report bestaat niet meer: het rapport is nu -o/--output {value}"};
inline constexpr Phrase forms_folder_moved{
    "cli.forms-folder-moved",
    "tender-score forms writes no report (-o/--output is the report in every command); the forms "
    "folder is now --dir {value}",
    "tender-score forms schrijft geen rapport (-o/--output is het rapport in elke opdracht); de "
    "map voor de formulieren is nu --dir {value}"};
inline constexpr Phrase unsupported_format{"cli.unsupported-format",
                                           "{command} cannot write this format",
                                           "{command} kan dit formaat niet schrijven"};
inline constexpr Phrase error_label{"cli.error", "error", "fout"};
inline constexpr Phrase hint_label{"cli.hint", "hint", "tip"};
inline constexpr Phrase cannot_write_stdout{"cli.cannot-write-stdout",
                                            "cannot write to standard output",
                                            "kan niet naar de standaarduitvoer schrijven"};

inline constexpr Phrase unknown_command{"cli.unknown-command",
                                        "unknown command '{command}'; the commands are {commands}",
                                        "onbekende opdracht '{command}'; de opdrachten zijn "
                                        "{commands}"};
inline constexpr Phrase run_help{"cli.run-help", "Run '{program} --help' for usage.",
                                 "Voer '{program} --help' uit voor het gebruik."};
inline constexpr Phrase command_line_invalid{
    "cli.command-line-invalid", "{detail}",
    "ongeldige opdrachtregel (de melding van CLI11, in het Engels): {detail}"};
inline constexpr Phrase internal_error{"cli.internal-error", "internal error: {detail}",
                                       "interne fout: {detail}"};

inline constexpr const Phrase* usage_catalogue[] = {
    &unknown_command,
    &run_help,
    &command_line_invalid,
    &internal_error,
};

inline constexpr const Phrase* catalogue[] = {
    &report_names_workbook, &report_is_workbook, &report_workbook_hint, &workbook_without_xlsx,
    &unknown_option,        &retired_hint,       &report_option_gone,   &forms_folder_moved,
    &unsupported_format,    &error_label,        &hint_label,           &cannot_write_stdout,
};

// CLI11's own parse errors, worded here: cli::run finds what is wrong before CLI11 parses (a value
// missing, not one of an option's values, not a number or out of its range) or from the parsed
// command line when CLI11 stops (a required argument missing, arguments left over).
inline constexpr Phrase list_and{"cli.list.and", "{first} and {last}", "{first} en {last}"};
inline constexpr Phrase list_or{"cli.list.or", "{first} or {last}", "{first} of {last}"};
inline constexpr Phrase option_needs_value{"cli.option-needs-value", "{option} needs a value",
                                           "{option} heeft een waarde nodig"};
inline constexpr Phrase write_option_value{"cli.write-option-value", "write {option} {value}",
                                           "schrijf {option} {value}"};
inline constexpr Phrase value_not_allowed{
    "cli.value-not-allowed", "{option}: unknown value '{value}'; the values are {values}",
    "{option}: onbekende waarde '{value}'; de waarden zijn {values}"};
inline constexpr Phrase value_not_whole_number{
    "cli.value-not-whole-number", "{option} expects a whole number, found '{value}'",
    "{option} verwacht een geheel getal, gevonden: '{value}'"};
inline constexpr Phrase value_not_number{"cli.value-not-number",
                                         "{option} expects a number, found '{value}'",
                                         "{option} verwacht een getal, gevonden: '{value}'"};
inline constexpr Phrase decimal_point{"cli.decimal-point",
                                      "write a decimal number with a point, such as 2.5",
                                      "schrijf een decimaal getal met een punt, zoals 2.5"};
inline constexpr Phrase value_out_of_range{
    "cli.value-out-of-range", "{option} must be from {min} to {max}, found '{value}'",
    "{option} moet van {min} tot en met {max} zijn, gevonden: '{value}'"};
inline constexpr Phrase argument_required{"cli.argument-required", "{name} is required",
                                          "{name} is verplicht"};
inline constexpr Phrase command_required{"cli.command-required",
                                         "a command is required: {commands}",
                                         "een opdracht is verplicht: {commands}"};
inline constexpr Phrase unexpected_argument{"cli.unexpected-argument",
                                            "unexpected argument {arguments}",
                                            "onverwacht argument {arguments}"};
inline constexpr Phrase unexpected_arguments{"cli.unexpected-arguments",
                                             "unexpected arguments {arguments}",
                                             "onverwachte argumenten {arguments}"};
inline constexpr Phrase unexpected_hint{
    "cli.unexpected-hint", "{program} expects {arguments}; a name with spaces needs quotes",
    "{program} verwacht {arguments}; een naam met spaties moet tussen aanhalingstekens"};

inline constexpr const Phrase* parse_catalogue[] = {
    &list_and,
    &list_or,
    &option_needs_value,
    &write_option_value,
    &value_not_allowed,
    &value_not_whole_number,
    &value_not_number,
    &decimal_point,
    &value_out_of_range,
    &argument_required,
    &command_required,
    &unexpected_argument,
    &unexpected_arguments,
    &unexpected_hint,
};

// What print_warnings and warn_unless_xlsx put before a warning.
inline constexpr Phrase warning_label{"cli.warning", "warning", "waarschuwing"};

inline constexpr const Phrase* warning_catalogue[] = {&warning_label};

}  // namespace tenderkit::cli::words
