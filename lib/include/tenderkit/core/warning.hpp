// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/language.hpp>

#include <optional>

namespace tenderkit {

/// Something the user should know that does not stop the command (text cut to fit a workbook
/// cell): the file or place it concerns, and what, in both languages. Library functions return
/// warnings with their result and never print them; the command shows them on its standard error
/// (cli::print_warnings), through the terminal-safe stream.
struct Warning {
  std::optional<SourceLocation> where;
  LocalizedText message;
  friend bool operator==(const Warning&, const Warning&) = default;
};

}  // namespace tenderkit
