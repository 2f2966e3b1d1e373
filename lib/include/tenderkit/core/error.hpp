// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

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
struct Diagnostic {
  std::optional<SourceLocation> where;
  std::string message;
  std::string hint;
};

/// The one error type of tenderkit. It carries one or more diagnostics of the same kind, so a
/// loader can report every problem in a file at once instead of stopping at the first.
class Error {
 public:
  Error(ErrorKind kind, std::string message, std::optional<SourceLocation> where = std::nullopt,
        std::string hint = {});

  static Error input(std::string message, std::optional<SourceLocation> where = std::nullopt,
                     std::string hint = {}) {
    return Error(ErrorKind::input, std::move(message), std::move(where), std::move(hint));
  }
  static Error usage(std::string message) { return Error(ErrorKind::usage, std::move(message)); }
  static Error output(std::string message) { return Error(ErrorKind::output, std::move(message)); }

  ErrorKind kind() const { return kind_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  /// The first diagnostic's message; convenient in tests.
  const std::string& message() const { return diagnostics_.front().message; }

  /// Appends the other error's diagnostics (the kind of this error stays).
  void append(const Error& other);

 private:
  ErrorKind kind_;
  std::vector<Diagnostic> diagnostics_;
};

/// Collects diagnostics while a file is read, so that one pass reports all of them.
class DiagnosticSink {
 public:
  void error(std::string message, std::optional<SourceLocation> where, std::string hint = {});
  bool empty() const { return diagnostics_.empty(); }
  std::size_t size() const { return diagnostics_.size(); }
  /// The collected diagnostics as one input error; call only when not empty().
  Error to_error() const;

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace tenderkit
