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
/// written as `\u00XX`, as one would type it in a TOML string. With `keep_colour`, the exact
/// colour sequences tenderkit itself writes (ESC [ 0/1/31/32/33/1;31/1;36 m) stay as they are.
std::string terminal_safe(std::string_view s, bool keep_colour = false);

/// An output stream that passes everything through terminal_safe() on its way to `target`. Lines
/// are filtered whole, so a colour sequence is never split; the rest is written on flush and when
/// the stream is destroyed.
class TerminalSafeStream : public std::ostream {
 public:
  TerminalSafeStream(std::ostream& target, bool keep_colour);
  ~TerminalSafeStream() override;
  TerminalSafeStream(const TerminalSafeStream&) = delete;
  TerminalSafeStream& operator=(const TerminalSafeStream&) = delete;

 private:
  class Buffer;
  std::unique_ptr<Buffer> buffer_;
};

}  // namespace tenderkit::text
