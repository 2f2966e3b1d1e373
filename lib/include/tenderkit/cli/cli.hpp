// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/core/warning.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

/// Plumbing shared by every command: exit codes, error messages, colour, where a report goes.
/// Free of CLI11, so the library's commands compile without it; the parsing side is cli/app.hpp.
namespace tenderkit::cli {

/// The exit codes of every tenderkit command (docs/exit-codes.md).
enum ExitCode : int {
  kSuccess = 0,       ///< done; nothing to report
  kFindings = 1,      ///< done, with findings (e.g. a registration is not compliant)
  kInvalidInput = 2,  ///< invalid input or usage
  kOutputFailed = 3,  ///< an output could not be written
};

/// The exit code an error maps to.
int exit_code_for(const Error& error);

enum class ColourMode { automatic, always, never };

/// Colour only on a terminal, never with NO_COLOR set (https://no-color.org) or TERM=dumb, unless
/// the user forces it.
bool colour_enabled(ColourMode mode, int file_descriptor);

/// Prints every diagnostic as "file:line:column: error: message" plus "  hint: ..." lines, in
/// `language` when the command line names one (--lang), else in the error's language (the
/// tender's, once read), else in English.
void print_error(std::ostream& err, std::string_view program, const Error& error, bool colour,
                 std::optional<Language> language = std::nullopt);

/// The language `--lang` names on the command line (`--lang nl`, `--lang=nl`; the last one
/// given wins; nothing after `--`), read before the command line is parsed, so that usage errors
/// speak it too. Nothing when absent or not `nl`/`en`.
std::optional<Language> language_on_command_line(int argc, const char* const* argv);

/// Prints each warning as "program: warning: where: message" (in `language`: "waarschuwing" and
/// the message in Dutch), through
/// the terminal-safe stream: a path or a name with control characters cannot reach the terminal
/// raw.
void print_warnings(std::ostream& err, std::string_view program, std::span<const Warning> warnings,
                    Language language);

/// One entry of a command's format table: the value of its format enum, its name after --format
/// and the function that writes it. The table is the one place a format exists: --format accepts
/// exactly its names (cli::add_format_option) and the command writes by its writer
/// (cli::find_format), so a format cannot be accepted and not written, or written and not
/// accepted (docs/cli.md).
template <class Format, class Writer>
struct FormatEntry {
  Format format;
  std::string_view name;
  Writer write;
};

/// A format's enum value and name, as --format needs them.
template <class Format>
struct FormatName {
  Format format;
  std::string name;
};

/// The names of a format table, in its order (the order --help lists them).
template <class Format, class Writer, std::size_t N>
std::vector<FormatName<Format>> format_names(
    const std::array<FormatEntry<Format, Writer>, N>& table) {
  std::vector<FormatName<Format>> names;
  for (const FormatEntry<Format, Writer>& entry : table) {
    names.push_back({entry.format, std::string(entry.name)});
  }
  return names;
}

/// The entry of `format` in its table; nullptr when the table has none (a library caller that set
/// an enum value the command does not write).
template <class Format, class Writer, std::size_t N>
const FormatEntry<Format, Writer>* find_format(
    const std::array<FormatEntry<Format, Writer>, N>& table, Format format) {
  const auto found = std::find_if(table.begin(), table.end(),
                                  [&](const auto& entry) { return entry.format == format; });
  return found == table.end() ? nullptr : &*found;
}

/// The usage error for a format a command's table lacks.
Error unsupported_format(std::string_view command);

/// Refuses a report target that is a workbook (-o/--output is the report in every command,
/// docs/cli.md): a name ending in .xlsx, or an existing file that is one (a zip archive), so
/// `tender-schedule -o plan.xlsx`, which wrote the workbook before, stops with a usage error that
/// names --xlsx instead of overwriting a workbook with a text report.
Result<void> refuse_workbook_as_report(const std::string& report_path);

/// True when a workbook path should end in .xlsx and does not: any path but standard output and
/// existing devices, FIFOs and sockets.
bool lacks_xlsx_extension(const std::string& workbook_path);

/// Writes "PROGRAM: warning: ..." to `err` in `language` (the run's) when lacks_xlsx_extension():
/// the workbook is still written, but a spreadsheet program recognises it by its extension.
void warn_unless_xlsx(std::ostream& err, std::string_view program, const std::string& workbook_path,
                      Language language);

/// The version line of every command: "tender-check (tenderkit) 0.1.0".
std::string version_line(std::string_view program);

/// True when a report option names standard output: not given, or `-`.
bool writes_to_standard_output(const std::string& output_path);

/// Streams what `produce` writes into the output file (atomically, or straight to a device, FIFO
/// or socket: write_file_atomically), or into `out` when the path is empty or `-`; a failed write
/// is an output error.
Result<void> emit(const std::function<void(std::ostream&)>& produce, const std::string& output_path,
                  std::ostream& out);

/// The command's result, its error spoken in `language` when the command knew it: a command
/// that has read its tender words every later error (a damaged form, a bad baseline, an output
/// that cannot be written) in the run's language, --lang or else the tender's, as the tender's
/// own readers do.
Result<int> spoken_in(Result<int> result, std::optional<Language> language);

}  // namespace tenderkit::cli
