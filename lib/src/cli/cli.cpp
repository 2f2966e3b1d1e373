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
#include <array>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <system_error>

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

void print_error(std::ostream& err, std::string_view program, const Error& error, bool colour,
                 std::optional<Language> command_line_language) {
  const Language language = command_line_language.value_or(error.language().value_or(Language::en));
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

std::optional<Language> language_on_command_line(int argc, const char* const* argv) {
  std::optional<Language> language;
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "--") {
      break;
    }
    if (word == "--lang" && i + 1 < argc) {
      if (const std::optional<Language> named = parse_language(argv[i + 1])) {
        language = named;
      }
      ++i;
    } else if (word.starts_with("--lang=")) {
      if (const std::optional<Language> named = parse_language(word.substr(7))) {
        language = named;
      }
    }
  }
  return language;
}

void print_warnings(std::ostream& err, std::string_view program, std::span<const Warning> warnings,
                    Language language) {
  text::TerminalSafeStream safe(err, false);
  for (const Warning& warning : warnings) {
    safe << program << ": " << words::warning_label.in(language) << ": ";
    if (warning.where) {
      safe << warning.where->to_string() << ": ";
    }
    safe << warning.message.in(language) << '\n';
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

Error unsupported_format(std::string_view command) {
  return Error::usage(
      wording::say(words::unsupported_format, {wording::text("command", std::string(command))}));
}

namespace {

bool ends_in_xlsx(const std::string& path) {
  const std::string lower = text::to_lower_ascii(path);
  return lower.size() >= 5 && lower.compare(lower.size() - 5, 5, ".xlsx") == 0;
}

// A workbook is a zip archive: it starts with a local file header, "PK\3\4".
bool is_zip_file(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    return false;
  }
  std::ifstream file(path, std::ios::binary);
  std::array<char, 4> magic{};
  file.read(magic.data(), magic.size());
  return file.gcount() == 4 && magic == std::array<char, 4>{'P', 'K', '\x03', '\x04'};
}

}  // namespace

Result<void> refuse_workbook_as_report(const std::string& report_path) {
  if (writes_to_standard_output(report_path)) {
    return {};
  }
  const bool named = ends_in_xlsx(report_path);
  if (!named && !is_zip_file(report_path)) {
    return {};
  }
  return Error(ErrorKind::usage,
               wording::say(named ? words::report_names_workbook : words::report_is_workbook,
                            {wording::text("path", report_path)}),
               std::nullopt, wording::say(words::report_workbook_hint));
}

bool lacks_xlsx_extension(const std::string& workbook_path) {
  if (workbook_path.empty() || is_standard_output(workbook_path) || ends_in_xlsx(workbook_path)) {
    return false;
  }
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(workbook_path, error);
  return !std::filesystem::exists(status) || std::filesystem::is_regular_file(status);
}

void warn_unless_xlsx(std::ostream& err, std::string_view program, const std::string& workbook_path,
                      Language language) {
  if (lacks_xlsx_extension(workbook_path)) {
    const Warning warning{std::nullopt, wording::say(words::workbook_without_xlsx,
                                                     {wording::text("path", workbook_path)})};
    print_warnings(err, program, std::span<const Warning>(&warning, 1), language);
  }
}

Result<int> spoken_in(Result<int> result, std::optional<Language> language) {
  if (result || !language) {
    return result;
  }
  Error error = result.error();
  return error.spoken_in(*language);
}

}  // namespace tenderkit::cli
