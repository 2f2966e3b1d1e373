// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// Text meant for a terminal (the text and Markdown reports, error messages). User text may hold
// control characters (TOML allows "\u001b" in a string); written raw, an escape sequence could
// clear the screen, retitle the window, hide lines or fake a verdict. Here they become visible.

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace tenderkit::text {

/// `s` with every control character but tab and newline (C0, DEL and the C1 range U+0080-U+009F)
/// written as `\u00XX`, as one would type it in a TOML string, and every byte that is no UTF-8 as
/// `\xNN`. With `keep_colour`, the exact colour sequences tenderkit itself writes
/// (ESC [ 0/1/31/32/33/1;31/1;36 m) stay as they are.
std::string terminal_safe(std::string_view s, bool keep_colour = false);

/// User text for one line of a text report: line breaks as `\u000A` and `\u000D`, so that a
/// name cannot start lines of its own (a fake verdict, say).
std::string one_line(std::string_view s);

/// An output stream that passes everything through terminal_safe() on its way to `target`. It
/// filters whole lines when its buffer fills; a flush writes all but an unfinished UTF-8 or colour
/// sequence at the end, so neither is ever cut in two; the destructor writes the rest.
class TerminalSafeStream : public std::ostream {
 public:
  TerminalSafeStream(std::ostream& target, bool keep_colour);
  ~TerminalSafeStream() override;
  TerminalSafeStream(const TerminalSafeStream&) = delete;
  TerminalSafeStream& operator=(const TerminalSafeStream&) = delete;

 private:
  class Buffer;
  std::ostream& target_;
  std::unique_ptr<Buffer> buffer_;
};

}  // namespace tenderkit::text
