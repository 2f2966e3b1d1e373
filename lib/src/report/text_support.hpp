// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// Private helpers of the text and Markdown reports (not installed; lib/src/report only).

#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/core/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::report::detail {

inline constexpr std::string_view kRed = "\x1b[31m";
inline constexpr std::string_view kGreen = "\x1b[32m";
inline constexpr std::string_view kYellow = "\x1b[33m";
inline constexpr std::string_view kBold = "\x1b[1m";
inline constexpr std::string_view kReset = "\x1b[0m";

/// "1 error", "2 errors".
inline std::string plural(std::size_t count, std::string_view singular,
                          std::string_view plural_form) {
  return fmt::format("{} {}", count, count == 1 ? singular : plural_form);
}

/// Wraps text in an ANSI colour when enabled, and returns it unchanged otherwise.
class Painter {
 public:
  explicit Painter(bool enabled) : enabled_(enabled) {}
  std::string operator()(std::string_view text, std::string_view colour) const {
    if (!enabled_) {
      return std::string(text);
    }
    return fmt::format("{}{}{}", colour, text, kReset);
  }

 private:
  bool enabled_;
};

/// User text for a Markdown table cell: no pipes or line breaks, and no markup.
inline std::string markdown_cell(std::string_view value) {
  std::string cell;
  for (char c : value) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '\\') {
      cell += '\\';
      cell += c;
    } else if (c == '<') {
      cell += "&lt;";
    } else if (c == '\n' || c == '\r') {
      cell += ' ';
    } else {
      cell += c;
    }
  }
  return cell;
}

/// User text as a Markdown code span in a table cell. Inside a code span escapes do not work, but
/// GFM tables still need "\\|" for a pipe.
inline std::string markdown_code_cell(std::string_view value) {
  std::string cell;
  for (char c : value) {
    if (c == '|') {
      cell += "\\|";
    } else if (c == '`' || c == '\n' || c == '\r') {
      cell += ' ';
    } else {
      cell += c;
    }
  }
  return "`" + cell + "`";
}

/// How wide a cell of a text table is on the terminal: one line, control characters escaped.
inline std::size_t shown_width(std::string_view cell) {
  return text::utf8_length(text::terminal_safe(text::one_line(cell)));
}

// One table of the text report: columns padded to their widest cell; the last is not padded.
// Cells are shown on one line, and measured as the terminal-safe stream shows them.
inline void write_text_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows,
                             const std::vector<std::vector<std::string>>& painted) {
  std::vector<std::size_t> widths;
  for (const std::vector<std::string>& row : rows) {
    widths.resize(std::max(widths.size(), row.size()));
    for (std::size_t c = 0; c < row.size(); ++c) {
      widths[c] = std::max(widths[c], shown_width(row[c]));
    }
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::string line = " ";
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      line += " " + text::one_line(painted[r][c]);
      if (c + 1 < rows[r].size()) {
        line += std::string(widths[c] - shown_width(rows[r][c]) + 1, ' ');
      }
    }
    out << line << "\n";
  }
}

}  // namespace tenderkit::report::detail
