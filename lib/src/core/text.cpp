// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/core/words.hpp>

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <numeric>

namespace tenderkit::text {

namespace {

template <typename View>
std::size_t levenshtein(View a, View b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  return levenshtein(a, b);
}

std::size_t edit_distance(std::u32string_view a, std::u32string_view b) {
  return levenshtein(a, b);
}

std::string closest(std::string_view wrong, std::span<const std::string> candidates) {
  // A typo changes a few characters; beyond about a third of the word it is more likely another
  // word ("de" is not a typo of "nl").
  const std::u32string folded = decode_utf8(fold_case(wrong));
  const std::size_t limit = std::max<std::size_t>(1, (folded.size() + 2) / 3);
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    const std::size_t distance = edit_distance(folded, decode_utf8(fold_case(candidate)));
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

LocalizedText did_you_mean(std::string_view wrong, std::span<const std::string> candidates) {
  std::string best = closest(wrong, candidates);
  if (best.empty())
    return {};
  return wording::say(core::words::did_you_mean, {wording::text("choice", std::move(best))});
}

// Decodes the code point at s[i] and advances i; a malformed sequence yields U+FFFD and skips one
// byte, so that the rest of the text survives.
char32_t decode_utf8(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  char32_t code_point = 0;
  if (lead < 0x80) {
    ++i;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code_point = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code_point = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code_point = lead & 0x07;
  } else {
    ++i;
    return kReplacementCharacter;
  }
  if (i + length > s.size()) {
    ++i;
    return kReplacementCharacter;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return kReplacementCharacter;
    }
    code_point = (code_point << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code_point < kMinimum[length] || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    ++i;
    return kReplacementCharacter;
  }
  i += length;
  return code_point;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::u32string decode_utf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    out += decode_utf8(s, i);
  }
  return out;
}

std::string encode_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) {
    append_utf8(out, c);
  }
  return out;
}

std::string fold_case(std::string_view s) {
  // Most names are ASCII, whose NFC is itself and whose case folding is A-Z to a-z: exact, and
  // without utf8proc's allocation (the KvK-name rule folds every member of every registration).
  if (!has_non_ascii(s)) {
    return to_lower_ascii(s);
  }
  // utf8proc refuses malformed input as a whole; U+FFFD for each bad byte keeps the rest.
  const std::string valid = is_valid_utf8(s) ? std::string(s) : encode_utf8(decode_utf8(s));
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
      static_cast<utf8proc_ssize_t>(valid.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
  if (length < 0) {
    return valid;  // only when out of memory: compare as written
  }
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
}

std::size_t invalid_utf8_offset(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    // A literal U+FFFD decodes from three bytes; a malformed sequence gives it for one.
    if (decode_utf8(s, i) == kReplacementCharacter && i - start != 3) {
      return start;
    }
  }
  return std::string_view::npos;
}

std::string escape_invalid_utf8(std::string_view s) {
  if (!has_non_ascii(s) || is_valid_utf8(s)) {
    return std::string(s);
  }
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    // A literal U+FFFD decodes from three bytes; a malformed sequence gives it for one.
    if (decode_utf8(s, i) == kReplacementCharacter && i - start != 3) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      const auto byte = static_cast<unsigned char>(s[start]);
      out += "\\x";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    } else {
      out.append(s, start, i - start);
    }
  }
  return out;
}

bool has_non_ascii(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

std::size_t utf8_length(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

TextPosition position_at(std::string_view content, std::size_t offset) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  const std::string_view before = content.substr(0, std::min(offset, content.size()));
  const std::size_t newline = before.rfind('\n');
  std::string_view last_line =
      newline == std::string_view::npos ? before : before.substr(newline + 1);
  if (newline == std::string_view::npos && last_line.starts_with(kBom)) {
    last_line.remove_prefix(kBom.size());
  }
  const auto lines = std::count(before.begin(), before.end(), '\n');
  return TextPosition{static_cast<int>(1 + lines), static_cast<int>(1 + utf8_length(last_line))};
}

std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) {
    return s;
  }
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) {
    --end;
  }
  return s.substr(0, end);
}

std::string join(std::span<const std::string> parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      out += separator;
    }
    out += parts[i];
  }
  return out;
}

std::string quoted_list(std::span<const std::string> parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      out += (i + 1 == parts.size()) ? " and " : ", ";
    }
    out += "'" + parts[i] + "'";
  }
  return out;
}

std::string xml_escape(std::string_view text) {
  const std::string valid = escape_invalid_utf8(text);
  const std::string_view s = valid;
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        // XML 1.0 allows no control characters but tab, newline and carriage return.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          break;
        }
        out += c;
        // Nor the noncharacters U+FFFE and U+FFFF (EF BF BE, EF BF BF): written as text.
        if (out.size() >= 3 && out.compare(out.size() - 3, 2, "\xEF\xBF") == 0 &&
            (c == '\xBE' || c == '\xBF')) {
          out.resize(out.size() - 3);
          out += c == '\xBE' ? "\\uFFFE" : "\\uFFFF";
        }
    }
  }
  return out;
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

std::string_view trim_cell_text(std::string_view s) {
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  constexpr std::string_view kSpace = " \t\r\n";
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (kSpace.find(s.front()) != std::string_view::npos) {
      s.remove_prefix(1);
      changed = true;
    } else if (s.starts_with(kNoBreakSpace)) {
      s.remove_prefix(kNoBreakSpace.size());
      changed = true;
    }
    if (s.empty()) {
      break;
    }
    if (kSpace.find(s.back()) != std::string_view::npos) {
      s.remove_suffix(1);
      changed = true;
    } else if (s.ends_with(kNoBreakSpace)) {
      s.remove_suffix(kNoBreakSpace.size());
      changed = true;
    }
  }
  return s;
}

}  // namespace tenderkit::text
