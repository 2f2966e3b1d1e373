// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/cli/help_wording.hpp>
#include <tenderkit/core/language.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/core/wording.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

/// The command-line side of the commands: CLI11 options and the one place that runs a command.
/// Only the apps include this (CLI11 is a heavy header; the library's commands do not need it).
///
/// Every option with a meaning shared by several commands is added here, so that one name has one
/// meaning and one description everywhere (docs/cli.md; tests/scripts/verify_cli_convention.py
/// holds every command's --help to it).
namespace tenderkit::cli {

/// The language of --help: `--lang nl` or `--lang en` on the command line (anywhere, as
/// language_on_command_line reads it), else English. Read before the CLI::App is built, so that
/// main() words its descriptions in it; help comes before any tender is read, and the environment
/// (LANG) is not read (docs/cli.md "The language of help").
Language help_language(int argc, const char* const* argv);

/// Words CLI11's own parts of the help of `app` and of every subcommand in `language`: the labels
/// ("Usage", "OPTIONS", "Positionals", "SUBCOMMAND", "REQUIRED", the value types), the headings
/// "Options" and "Subcommands", and the descriptions of -h/--help and --version
/// (cli/help_wording.hpp). Call once every option and subcommand is declared.
void localize_help(CLI::App& app, Language language);

/// Accepts a value only when it is one of `values` (ASCII case ignored when `ignore_case`): CLI11's
/// IsMember, with its --help, but known to run(), which checks the value before CLI11 parses and
/// words a refusal itself, naming the values and the closest one ("--format: unknown value 'jsn';
/// the values are ...", in the run's language).
CLI::Validator one_of(std::vector<std::string> values, bool ignore_case = false);

namespace detail {
// The Range check `range`, known to run() as a number from `min` to `max` (whole when `whole`).
CLI::Validator known_range(CLI::Validator range, bool whole, double min, double max,
                           std::string min_text, std::string max_text);
template <class T>
std::string plain_number(T value) {
  std::ostringstream out;
  out << value;  // 0.001, 86400, 10000: as a command line writes them
  return out.str();
}
}  // namespace detail

/// Accepts a number from `min` to `max` (a whole number when T is integral): CLI11's Range, known
/// to run() like one_of, which words a value that is no number or out of range itself.
template <class T>
CLI::Validator in_range(T min, T max) {
  return detail::known_range(CLI::Range(min, max), std::is_integral_v<T>, static_cast<double>(min),
                             static_cast<double>(max), detail::plain_number(min),
                             detail::plain_number(max));
}

/// Adds -o/--output FILE: the report, which goes to standard output otherwise (`-`: standard
/// output). Descriptions are in `language`, the language of help (help_language).
CLI::Option* add_report_option(CLI::App& app, std::string& output, Language language);

/// Adds --xlsx FILE: the workbook; `what` says what it holds.
CLI::Option* add_workbook_option(CLI::App& app, std::string& workbook, const wording::Phrase& what,
                                 Language language);

/// Adds --lang {nl|en}: the language of the command's texts; not given: the tender's `language`.
CLI::Option* add_language_option(CLI::App& app, std::optional<Language>& language, Language help);

/// Adds --color {auto|always|never}: colour in text on a terminal, reports and error messages.
CLI::Option* add_colour_option(CLI::App& app, ColourMode& mode, Language language);

/// Adds --format {a|b|...} from a command's format table (cli::format_names of it): the option
/// accepts exactly the table's names and sets `format` to the entry named; the description is
/// `description` followed by the default, the name of `format`'s value.
template <class Format>
CLI::Option* add_format_option(CLI::App& app, Format& format,
                               const std::vector<FormatName<Format>>& names,
                               const wording::Phrase& description, Language language) {
  std::vector<std::string> words;
  std::string shown_default;
  for (const FormatName<Format>& name : names) {
    words.push_back(name.name);
    if (name.format == format) {
      shown_default = name.name;
    }
  }
  std::string option_text = "{";
  for (std::size_t i = 0; i < words.size(); ++i) {
    option_text += (i == 0 ? "" : "|") + words[i];
  }
  option_text += "}";
  return app
      .add_option_function<std::string>(
          "--format",
          [&format, names](const std::string& value) {
            for (const FormatName<Format>& name : names) {
              if (name.name == value) {
                format = name.format;
              }
            }
          },
          wording::say(language, help_words::format_default,
                       {wording::phrase("description", description),
                        wording::text("format", shown_default)}))
      ->check(one_of(words))
      ->option_text(option_text);
}

/// Retires an option whose meaning changed or that is gone (`names` as CLI11 spells them, e.g.
/// "--report" or "-o,--output"): run() stops with exit 2 when it is given, before anything is
/// parsed, with `message` (a phrase of cli/wording.hpp; {value} stands for the value given) and a
/// hint that points to docs/cli.md#changes. A retired option is not shown in --help.
void retire_option(CLI::App& app, const std::string& names, const wording::Phrase& message);

/// Parses the command line and runs the command in one place that turns every failure into a
/// message on stderr and an exit code: usage errors 2 (--help and --version 0), tenderkit errors
/// by kind, unexpected exceptions 2 with "internal error". An unknown option is named with the
/// closest one ("did you mean '--format'?"), as an unknown subcommand is; a retired option with
/// its replacement. Usage errors are worded in the catalogue (cli/wording.hpp), in --lang: an
/// option without its value, a value that is not one_of() the option's or not in_range(), a
/// required argument or command missing, arguments left over; a parse error CLI11 raises for
/// anything else keeps CLI11's English text (docs/cli.md). `colour`, when given, is the --color the
/// command line set, read after parsing for the error messages.
int run(CLI::App& app, int argc, char** argv, const std::function<Result<int>()>& command,
        const ColourMode* colour = nullptr);

}  // namespace tenderkit::cli
