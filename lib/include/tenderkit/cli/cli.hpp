// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/core/warning.hpp>

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

/// Prints every diagnostic as "file:line:column: error: message" plus "  hint: ..." lines.
void print_error(std::ostream& err, std::string_view program, const Error& error, bool colour);

/// Prints each warning as "program: warning: where: message" (the message in `language`), through
/// the terminal-safe stream: a path or a name with control characters cannot reach the terminal
/// raw.
void print_warnings(std::ostream& err, std::string_view program, std::span<const Warning> warnings,
                    Language language = Language::en);

/// Options every report-writing command shares.
struct OutputOptions {
  std::string format = "text";
  std::string output;  ///< empty or "-": standard output
  ColourMode colour = ColourMode::automatic;
};

/// The version line of every command: "tender-check (tenderkit) 0.1.0".
std::string version_line(std::string_view program);

/// True when a report option names standard output: not given, or `-`.
bool writes_to_standard_output(const std::string& output_path);

/// Streams what `produce` writes into the output file (atomically, or straight to a device, FIFO
/// or socket: write_file_atomically), or into `out` when the path is empty or `-`; a failed write
/// is an output error.
Result<void> emit(const std::function<void(std::ostream&)>& produce, const std::string& output_path,
                  std::ostream& out);

}  // namespace tenderkit::cli
