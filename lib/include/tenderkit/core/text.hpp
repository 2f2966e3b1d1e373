// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::text {

/// Levenshtein distance counted in bytes; ids and keys are ASCII in practice.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `wrong`, or "" when none is close enough to be a plausible typo.
std::string closest(std::string_view wrong, std::span<const std::string> candidates);

/// "did you mean 'x'?" for the closest candidate, or "" when nothing is close.
std::string did_you_mean(std::string_view wrong, std::span<const std::string> candidates);

/// U+FFFD, which stands for malformed UTF-8.
inline constexpr char32_t kReplacementCharacter = 0xFFFD;

/// Decodes the code point at s[i] and advances i; a malformed sequence (overlong, surrogate,
/// beyond U+10FFFF, cut short) yields U+FFFD and skips one byte, so the rest survives.
char32_t decode_utf8(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t c);

/// A simple case fold for Latin (with Latin-1 and Latin Extended-A letters such as 'É'), Greek and
/// Cyrillic capitals; enough to compare Dutch names without a Unicode library.
char32_t fold_case(char32_t c);

/// The case-folded UTF-8 text.
std::string fold_case(std::string_view s);

/// Byte offset of the first malformed UTF-8 sequence, or std::string_view::npos when there is none.
std::size_t invalid_utf8_offset(std::string_view s);

/// True when `s` is well-formed UTF-8.
inline bool is_valid_utf8(std::string_view s) {
  return invalid_utf8_offset(s) == std::string_view::npos;
}

/// Number of Unicode code points in valid UTF-8.
std::size_t utf8_length(std::string_view s);

/// Cuts `s` to at most `max_bytes` without splitting a UTF-8 sequence.
std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes);

/// Joins with a separator: join({"a","b"}, ", ") == "a, b".
std::string join(std::span<const std::string> parts, std::string_view separator);

/// 'a', 'b' and 'c' (quoted, English list) for messages.
std::string quoted_list(std::span<const std::string> parts);

/// Escapes &, <, >, " and ' for XML and drops characters XML 1.0 cannot hold.
std::string xml_escape(std::string_view s);

/// ASCII lower case.
std::string to_lower_ascii(std::string_view s);

}  // namespace tenderkit::text
