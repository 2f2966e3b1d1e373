// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/core/text.hpp>

#include <fmt/format.h>

#include <array>
#include <vector>

namespace tenderkit::text {

namespace {

// The sequences of report/text_support.hpp and cli.cpp; anything else, SGR included (ESC [ 8 m
// hides text), is shown.
constexpr std::array<std::string_view, 7> kOwnColours = {
    "\x1b[0m", "\x1b[1m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[1;31m", "\x1b[1;36m"};
constexpr std::size_t kLongestColour = 7;

bool is_c0_or_del(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f;
}

std::size_t own_colour_at(std::string_view s, std::size_t i) {
  for (std::string_view colour : kOwnColours) {
    if (s.substr(i, colour.size()) == colour) {
      return colour.size();
    }
  }
  return 0;
}

// How many bytes at the end of `s` might be the start of something that continues (a UTF-8
// sequence or one of our colour sequences), so that a flush does not cut it in two.
std::size_t unfinished_tail(std::string_view s, bool keep_colour) {
  const std::size_t escape = keep_colour ? s.rfind('\x1b') : std::string_view::npos;
  if (escape != std::string_view::npos && s.size() - escape < kLongestColour) {
    const std::string_view tail = s.substr(escape);
    for (std::string_view colour : kOwnColours) {
      if (tail.size() < colour.size() && colour.substr(0, tail.size()) == tail) {
        return tail.size();
      }
    }
  }
  // A lead byte among the last three whose sequence needs more bytes than there are.
  for (std::size_t back = 1; back <= 3 && back <= s.size(); ++back) {
    const auto c = static_cast<unsigned char>(s[s.size() - back]);
    if ((c & 0xC0) == 0x80) {
      continue;  // a continuation byte: look further back for its lead
    }
    const std::size_t length = (c & 0xE0) == 0xC0   ? 2
                               : (c & 0xF0) == 0xE0 ? 3
                               : (c & 0xF8) == 0xF0 ? 4
                                                    : 1;
    return length > back ? back : 0;
  }
  return 0;
}

}  // namespace

std::string terminal_safe(std::string_view s, bool keep_colour) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!is_c0_or_del(c)) {
        out += static_cast<char>(c);
        ++i;
      } else if (const std::size_t length = keep_colour ? own_colour_at(s, i) : 0; length > 0) {
        out.append(s.substr(i, length));
        i += length;
      } else {
        out += fmt::format("\\u{:04X}", c);
        ++i;
      }
      continue;
    }
    const std::size_t begin = i;
    const char32_t code_point = decode_utf8(s, i);
    if (code_point == kReplacementCharacter && i - begin == 1) {
      // A byte that is no UTF-8 (a Latin-1 file name, say): 0x9B alone is CSI to some terminals.
      out += fmt::format("\\x{:02X}", c);
    } else if (code_point >= 0x80 && code_point <= 0x9f) {  // C1 controls; U+009B is CSI
      out += fmt::format("\\u{:04X}", static_cast<unsigned>(code_point));
    } else {
      out.append(s.substr(begin, i - begin));
    }
  }
  return out;
}

std::string one_line(std::string_view s) {
  if (s.find_first_of("\r\n") == std::string_view::npos) {
    return std::string(s);
  }
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    if (c == '\n') {
      out += "\\u000A";
    } else if (c == '\r') {
      out += "\\u000D";
    } else {
      out += c;
    }
  }
  return out;
}

class TerminalSafeStream::Buffer : public std::streambuf {
 public:
  Buffer(std::ostream& target, bool keep_colour) : target_(target), keep_colour_(keep_colour) {
    pending_.resize(kSize);
    setp(pending_.data(), pending_.data() + pending_.size());
  }

  enum class Drain {
    lines,   ///< up to the last newline (the buffer is full)
    flush,   ///< all but an unfinished UTF-8 or colour sequence at the end
    finish,  ///< everything (the stream is done)
  };

  void drain(Drain how) {
    const std::string_view held(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    std::size_t cut = held.size();
    if (how == Drain::lines) {
      const std::size_t last_newline = held.rfind('\n');
      cut = last_newline == std::string_view::npos ? 0 : last_newline + 1;
    } else if (how == Drain::flush) {
      cut = held.size() - unfinished_tail(held, keep_colour_);
    }
    if (cut > 0) {
      target_ << terminal_safe(held.substr(0, cut), keep_colour_);
    }
    const std::string rest(held.substr(cut));
    // A line longer than the buffer grows it: a colour sequence must never be cut.
    if (rest.size() * 2 > pending_.size()) {
      pending_.resize(pending_.size() * 2);
    }
    std::copy(rest.begin(), rest.end(), pending_.begin());
    setp(pending_.data(), pending_.data() + pending_.size());
    pbump(static_cast<int>(rest.size()));
  }

 protected:
  int_type overflow(int_type c) override {
    drain(Drain::lines);
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return target_ ? traits_type::not_eof(c) : traits_type::eof();
  }

  int sync() override {
    drain(Drain::flush);
    target_.flush();
    return target_ ? 0 : -1;
  }

 private:
  static constexpr std::size_t kSize = 1 << 16;
  std::ostream& target_;
  bool keep_colour_;
  std::vector<char> pending_;
};

TerminalSafeStream::TerminalSafeStream(std::ostream& target, bool keep_colour)
    : std::ostream(nullptr),
      target_(target),
      buffer_(std::make_unique<Buffer>(target, keep_colour)) {
  rdbuf(buffer_.get());
}

TerminalSafeStream::~TerminalSafeStream() {
  // Never throw from here (a writer's exception may be unwinding); a failure shows in the
  // target's state, which the callers check.
  try {
    buffer_->drain(Buffer::Drain::finish);
  } catch (...) {
    try {
      target_.setstate(std::ios::badbit);
    } catch (...) {  // the target throws on errors: its state is set all the same
    }
  }
}

}  // namespace tenderkit::text
