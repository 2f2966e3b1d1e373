// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/language.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderkit {

/// A line and column in a file, counted from 1 (column in Unicode code points); 0 when unknown.
/// Kept apart from the file name so that models holding many positions stay small.
struct TextPosition {
  int line = 0;
  int column = 0;
  friend bool operator==(const TextPosition&, const TextPosition&) = default;
};

/// A place in an input file.
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  SourceLocation() = default;
  SourceLocation(std::string file_name, int line_number, int column_number)
      : file(std::move(file_name)), line(line_number), column(column_number) {}
  SourceLocation(std::string file_name, TextPosition position)
      : file(std::move(file_name)), line(position.line), column(position.column) {}

  TextPosition position() const { return TextPosition{line, column}; }

  /// "file:line:column"; "file:line" when only the line is known; just "file" when the position
  /// is unknown. Never a column 0.
  std::string to_string() const;
  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

/// What went wrong, which decides the exit code: input and usage errors exit 2, output errors 3.
enum class ErrorKind { input, usage, output };

/// One message about one place: "expected X, found Y" plus an optional hint ("did you mean ...?").
/// Both are worded in Dutch and English (core/wording); the command that prints them picks one.
struct Diagnostic {
  std::optional<SourceLocation> where;
  LocalizedText message;
  LocalizedText hint;
};

/// The one error type of tenderkit. It carries one or more diagnostics of the same kind, so a
/// loader can report every problem in a file at once instead of stopping at the first.
class Error {
 public:
  Error(ErrorKind kind, LocalizedText message, std::optional<SourceLocation> where = std::nullopt,
        LocalizedText hint = {});

  static Error input(LocalizedText message, std::optional<SourceLocation> where = std::nullopt,
                     LocalizedText hint = {}) {
    return Error(ErrorKind::input, std::move(message), std::move(where), std::move(hint));
  }

  static Error usage(LocalizedText message, LocalizedText hint = {}) {
    return Error(ErrorKind::usage, std::move(message), std::nullopt, std::move(hint));
  }
  static Error output(LocalizedText message, std::optional<SourceLocation> where = std::nullopt) {
    return Error(ErrorKind::output, std::move(message), std::move(where));
  }

  ErrorKind kind() const { return kind_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  /// The first diagnostic's message in English; convenient in tests.
  const std::string& message() const { return diagnostics_.front().message.en; }

  /// The language the run speaks, once the command knows it (the tender's `language`); the
  /// message is printed in it. Unknown (a usage error, or one before the tender's language is
  /// read): English.
  std::optional<Language> language() const { return language_; }
  /// Sets the language unless one is set already (the innermost command that knew it decides).
  Error& spoken_in(Language language) {
    if (!language_)
      language_ = language;
    return *this;
  }

  /// Sets the hint of the last diagnostic.
  Error& with_hint(LocalizedText hint) {
    diagnostics_.back().hint = std::move(hint);
    return *this;
  }

  /// Appends the other error's diagnostics (the kind of this error stays).
  void append(const Error& other);

 private:
  ErrorKind kind_;
  std::vector<Diagnostic> diagnostics_;
  std::optional<Language> language_;
};

/// Collects diagnostics while a file is read, so that one pass reports all of them.
class DiagnosticSink {
 public:
  void error(LocalizedText message, std::optional<SourceLocation> where, LocalizedText hint = {});
  bool empty() const { return diagnostics_.empty(); }
  std::size_t size() const { return diagnostics_.size(); }
  /// The collected diagnostics as one input error; call only when not empty().
  Error to_error() const;

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace tenderkit
