// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of every command's --help that the commands share: CLI11's own labels ("Usage",
/// "Options", ...), the -h/--help and --version flags, and the descriptions of the shared options
/// (cli/app.hpp's add_*_option). A command's own texts are in commands/help_wording.hpp.
/// core/wording.hpp explains the catalogue; docs/cli.md "The language of help" says which language
/// --help speaks.
namespace tenderkit::cli::help_words {

using wording::Phrase;

// ---- CLI11's labels. The English wording is CLI11's key for the label (CLI::Formatter::label),
// so `label_catalogue` is also the table cli::localize_help sets on the formatter.
inline constexpr Phrase label_usage{"cli.help.label.usage", "Usage", "Gebruik"};
inline constexpr Phrase label_options_badge{"cli.help.label.options-badge", "OPTIONS", "OPTIES"};
inline constexpr Phrase label_positionals{"cli.help.label.positionals", "Positionals",
                                          "Argumenten"};
inline constexpr Phrase label_subcommand_badge{"cli.help.label.subcommand-badge", "SUBCOMMAND",
                                               "OPDRACHT"};
inline constexpr Phrase label_subcommands_badge{"cli.help.label.subcommands-badge", "SUBCOMMANDS",
                                                "OPDRACHTEN"};
inline constexpr Phrase label_required{"cli.help.label.required", "REQUIRED", "VERPLICHT"};
inline constexpr Phrase label_env{"cli.help.label.env", "Env", "Omgeving"};
inline constexpr Phrase label_needs{"cli.help.label.needs", "Needs", "Vereist"};
inline constexpr Phrase label_excludes{"cli.help.label.excludes", "Excludes", "Sluit uit"};
// The value types CLI11 shows for an option without an option text (every tenderkit option has
// one; set so that none can appear in English).
inline constexpr Phrase label_text{"cli.help.label.text", "TEXT", "TEKST"};
inline constexpr Phrase label_int{"cli.help.label.int", "INT", "GETAL"};
inline constexpr Phrase label_uint{"cli.help.label.uint", "UINT", "GETAL"};
inline constexpr Phrase label_float{"cli.help.label.float", "FLOAT", "KOMMAGETAL"};
inline constexpr Phrase label_char{"cli.help.label.char", "CHAR", "TEKEN"};
inline constexpr Phrase label_enum{"cli.help.label.enum", "ENUM", "KEUZE"};
inline constexpr Phrase label_boolean{"cli.help.label.boolean", "BOOLEAN", "JA-NEE"};
inline constexpr Phrase label_complex{"cli.help.label.complex", "COMPLEX", "COMPLEX-GETAL"};

// ---- Headings CLI11 takes from the options and subcommands themselves (their group).
inline constexpr Phrase options_heading{"cli.help.options-heading", "Options", "Opties"};
inline constexpr Phrase subcommands_heading{"cli.help.subcommands-heading", "Subcommands",
                                            "Opdrachten"};

// ---- The flags every command has.
inline constexpr Phrase help_flag{"cli.help.help-flag", "Print this help message and exit",
                                  "Toon deze hulptekst en stop"};
inline constexpr Phrase version_flag{"cli.help.version-flag",
                                     "Display program version information and exit",
                                     "Toon de versie van het programma en stop"};

// ---- The shared options (cli/app.hpp).
inline constexpr Phrase report_option{
    "cli.help.report-option",
    "Write the report to FILE instead of standard output ('-': standard output)",
    "Schrijf het rapport naar FILE in plaats van naar de standaarduitvoer ('-': "
    "standaarduitvoer)"};
inline constexpr Phrase workbook_option{
    "cli.help.workbook-option",
    "Also write the workbook ({what}) to FILE, a name ending in .xlsx ('-': standard output, not "
    "a terminal)",
    "Schrijf ook het werkboek ({what}) naar FILE, een naam die eindigt op .xlsx ('-': "
    "standaarduitvoer, geen terminal)"};
inline constexpr Phrase language_option{
    "cli.help.language-option",
    "Language of the texts: nl (Dutch) or en (English); default: the tender's language",
    "Taal van de teksten: nl (Nederlands) of en (Engels); standaard: de taal van de "
    "aanbesteding"};
inline constexpr Phrase colour_option{
    "cli.help.colour-option",
    "Colour text on a terminal (reports and error messages): auto (terminal only, never with "
    "NO_COLOR), always, never",
    "Kleur tekst op een terminal (rapporten en foutmeldingen): auto (alleen op een terminal, "
    "nooit met NO_COLOR), always (altijd), never (nooit)"};
inline constexpr Phrase format_default{"cli.help.format-default",
                                       "{description} (default {format})",
                                       "{description} (standaard {format})"};

inline constexpr const Phrase* label_catalogue[] = {
    &label_usage,
    &label_options_badge,
    &label_positionals,
    &label_subcommand_badge,
    &label_subcommands_badge,
    &label_required,
    &label_env,
    &label_needs,
    &label_excludes,
    &label_text,
    &label_int,
    &label_uint,
    &label_float,
    &label_char,
    &label_enum,
    &label_boolean,
    &label_complex,
};

inline constexpr const Phrase* catalogue[] = {
    &options_heading, &subcommands_heading, &help_flag,     &version_flag,   &report_option,
    &workbook_option, &language_option,     &colour_option, &format_default,
};

}  // namespace tenderkit::cli::help_words
