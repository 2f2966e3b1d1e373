// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/cli/wording.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/core/text.hpp>

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <map>

namespace tenderkit::cli {

int exit_code_for(const Error& error) {
  switch (error.kind()) {
    case ErrorKind::input:
    case ErrorKind::usage:
      return kInvalidInput;
    case ErrorKind::output:
      return kOutputFailed;
  }
  return kInvalidInput;
}

bool colour_enabled(ColourMode mode, int file_descriptor) {
  if (mode != ColourMode::automatic) {
    return mode == ColourMode::always;
  }
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour != nullptr && *no_colour != '\0') {
    return false;
  }
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") {
    return false;
  }
  return ::isatty(file_descriptor) == 1;
}

void print_error(std::ostream& err, std::string_view program, const Error& error, bool colour) {
  const Language language = error.language().value_or(Language::nl);
  const std::string_view error_word = words::error_label.in(language);
  const std::string_view hint_word = words::hint_label.in(language);
  const std::string label =
      colour ? fmt::format("\x1b[1;31m{}\x1b[0m", error_word) : std::string(error_word);
  const std::string hint_label =
      colour ? fmt::format("\x1b[1;36m{}\x1b[0m", hint_word) : std::string(hint_word);
  for (const Diagnostic& diagnostic : error.diagnostics()) {
    const std::string where =
        diagnostic.where ? diagnostic.where->to_string() : std::string(program);
    // Messages quote user text; a control character in it must not reach the terminal.
    err << fmt::format("{}: {}: {}\n", text::terminal_safe(where), label,
                       text::terminal_safe(diagnostic.message.in(language)));
    if (!diagnostic.hint.in(language).empty()) {
      err << fmt::format("  {}: {}\n", hint_label,
                         text::terminal_safe(diagnostic.hint.in(language)));
    }
  }
}

std::string version_line(std::string_view program) {
  return fmt::format("{} (tenderkit) {}", program, TENDERKIT_VERSION);
}

bool writes_to_standard_output(const std::string& output_path) {
  return output_path.empty() || is_standard_output(output_path);
}

Result<void> emit(const std::function<void(std::ostream&)>& produce, const std::string& output_path,
                  std::ostream& out) {
  if (!writes_to_standard_output(output_path)) {
    return write_file_atomically(output_path, produce);
  }
  produce(out);
  out.flush();
  if (!out) {
    return Error::output(wording::label(words::cannot_write_stdout));
  }
  return {};
}

}  // namespace tenderkit::cli
