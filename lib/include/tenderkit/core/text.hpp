// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/language.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::text {

/// Levenshtein distance counted in bytes; ids and keys are ASCII in practice.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// Levenshtein distance counted in code points.
std::size_t edit_distance(std::u32string_view a, std::u32string_view b);

/// The candidate closest to `wrong`, or "" when none is close enough to be a plausible typo.
/// Compared as people read them: both sides normalised with fold_case(), distance in code points.
std::string closest(std::string_view wrong, std::span<const std::string> candidates);

/// "did you mean 'x'?" for the closest candidate, in both languages; empty when nothing is close.
LocalizedText did_you_mean(std::string_view wrong, std::span<const std::string> candidates);

/// U+FFFD, which stands for malformed UTF-8.
inline constexpr char32_t kReplacementCharacter = 0xFFFD;

/// Decodes the code point at s[i] and advances i; a malformed sequence (overlong, surrogate,
/// beyond U+10FFFF, cut short) yields U+FFFD and skips one byte, so the rest survives.
char32_t decode_utf8(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t c);

/// Text as people read it, for comparing names: Unicode normalisation form C (so "é" written as
/// one code point or as "e" plus a combining accent, as macOS writes it, are the same) and full
/// Unicode case folding ("Straße" and "STRASSE" are the same; "İ" folds to "i" plus a combining dot
/// above), by utf8proc with the Unicode data it ships. Malformed UTF-8 becomes U+FFFD first.
std::string fold_case(std::string_view s);

/// The code points of UTF-8 text; malformed sequences become U+FFFD.
std::u32string decode_utf8(std::string_view s);

/// The UTF-8 encoding of code points.
std::string encode_utf8(std::u32string_view s);

/// Byte offset of the first malformed UTF-8 sequence, or std::string_view::npos when there is none.
std::size_t invalid_utf8_offset(std::string_view s);

/// True when `s` is well-formed UTF-8.
inline bool is_valid_utf8(std::string_view s) {
  return invalid_utf8_offset(s) == std::string_view::npos;
}

/// `s` as valid UTF-8 for any output format: every byte that is no part of well-formed UTF-8 (a
/// Latin-1 'é' in a file name, say) written as the four characters `\xNN` (upper-case hex), as the
/// text reports show it; valid text is returned as it is. docs/limits.md, "Bytes in names".
std::string escape_invalid_utf8(std::string_view s);

/// True when `s` has a byte of 0x80 or more; ASCII text needs no UTF-8 check.
bool has_non_ascii(std::string_view s);

/// Number of Unicode code points in valid UTF-8.
std::size_t utf8_length(std::string_view s);

/// The line and column of the byte at `offset` in `content`, both counted from 1, the column in
/// code points (a leading byte-order mark is not one). An offset at or past the end is the place
/// just after the last character: an empty text's end is 1:1, "{\n"'s is 2:1.
TextPosition position_at(std::string_view content, std::size_t offset);

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

/// Cell text without the white space around it, including the no-break spaces (U+00A0) that
/// text pasted into a spreadsheet brings along.
std::string_view trim_cell_text(std::string_view s);

}  // namespace tenderkit::text
