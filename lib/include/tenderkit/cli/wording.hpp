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

}  // namespace tenderkit::cli::words
