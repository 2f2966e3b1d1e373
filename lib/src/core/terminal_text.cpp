#include <tenderkit/core/terminal_text.hpp>

#include <fmt/format.h>

#include <array>
#include <vector>

namespace tenderkit::text {

namespace {

// The sequences of report/text_support.hpp and cli.cpp; anything else, SGR included (ESC [ 8 m
// hides text), is shown.
constexpr std::array<std::string_view, 7> kOwnColours = {
    "\x1b[0m", "\x1b[1m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[1;31m", "\x1b[1;36m"};

bool is_c0_or_del(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f;
}

// U+0080-U+009F in UTF-8: C2 80 to C2 9F (0x9B is CSI, which many terminals honour).
bool is_c1_at(std::string_view s, std::size_t i) {
  return static_cast<unsigned char>(s[i]) == 0xc2 && i + 1 < s.size() &&
         static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(s[i + 1]) <= 0x9f;
}

std::size_t own_colour_at(std::string_view s, std::size_t i) {
  for (std::string_view colour : kOwnColours) {
    if (s.substr(i, colour.size()) == colour) {
      return colour.size();
    }
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
    if (is_c0_or_del(c)) {
      if (const std::size_t length = keep_colour ? own_colour_at(s, i) : 0; length > 0) {
        out.append(s.substr(i, length));
        i += length;
        continue;
      }
      out += fmt::format("\\u{:04X}", c);
      ++i;
    } else if (is_c1_at(s, i)) {
      out += fmt::format("\\u{:04X}", static_cast<unsigned char>(s[i + 1]));
      i += 2;
    } else {
      out += s[i];
      ++i;
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

  // Filters and writes everything up to the last newline (or all of it when `everything`).
  void drain(bool everything) {
    const std::string_view held(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    const std::size_t last_newline = held.rfind('\n');
    const std::size_t cut = everything                               ? held.size()
                            : last_newline == std::string_view::npos ? 0
                                                                     : last_newline + 1;
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
    drain(false);
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return target_ ? traits_type::not_eof(c) : traits_type::eof();
  }

  int sync() override {
    drain(true);
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
    : std::ostream(nullptr), buffer_(std::make_unique<Buffer>(target, keep_colour)) {
  rdbuf(buffer_.get());
}

TerminalSafeStream::~TerminalSafeStream() {
  buffer_->drain(true);
}

}  // namespace tenderkit::text
