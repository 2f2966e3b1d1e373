// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <tuple>

namespace tenderkit {

std::string SourceLocation::to_string() const {
  if (line <= 0) {
    return file;
  }
  if (column <= 0) {  // the line is known, the column not: columns count from 1, never "0"
    return fmt::format("{}:{}", file, line);
  }
  return fmt::format("{}:{}:{}", file, line, column);
}

Error::Error(ErrorKind kind, LocalizedText message, std::optional<SourceLocation> where,
             LocalizedText hint)
    : kind_(kind) {
  diagnostics_.push_back(Diagnostic{std::move(where), std::move(message), std::move(hint)});
}

void Error::append(const Error& other) {
  diagnostics_.insert(diagnostics_.end(), other.diagnostics_.begin(), other.diagnostics_.end());
  if (!language_)
    language_ = other.language_;
}

void DiagnosticSink::error(LocalizedText message, std::optional<SourceLocation> where,
                           LocalizedText hint) {
  diagnostics_.push_back(Diagnostic{std::move(where), std::move(message), std::move(hint)});
}

Error DiagnosticSink::to_error() const {
  assert(!diagnostics_.empty() && "to_error() needs at least one diagnostic");
  // Report in file order, as a reader goes through the file, whatever order the checks ran in.
  std::vector<Diagnostic> sorted = diagnostics_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    const auto key = [](const Diagnostic& d) {
      return d.where ? std::make_tuple(d.where->line, d.where->column) : std::make_tuple(0, 0);
    };
    return key(a) < key(b);
  });
  Error error = Error::input(sorted.front().message, sorted.front().where, sorted.front().hint);
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    error.append(Error::input(sorted[i].message, sorted[i].where, sorted[i].hint));
  }
  return error;
}

}  // namespace tenderkit
