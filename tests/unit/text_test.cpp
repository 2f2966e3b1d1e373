// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tenderkit::text {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("wijkteam", "wijkteams"), 1u);
  EXPECT_EQ(edit_distance("abc", ""), 3u);
}

TEST(DidYouMean, SuggestsTheClosestCandidate) {
  const std::vector<std::string> candidates{"specialist", "wijkteam", "poh-jeugd"};
  EXPECT_EQ(did_you_mean("wijkteem", candidates).en, "did you mean 'wijkteam'?");
  EXPECT_EQ(did_you_mean("wijkteem", candidates).nl, "bedoelt u 'wijkteam'?");
  EXPECT_EQ(did_you_mean("POH-jeugd", candidates).en, "did you mean 'poh-jeugd'?");
}

TEST(DidYouMean, StaysQuietWhenNothingIsClose) {
  const std::vector<std::string> candidates{"specialist", "wijkteam"};
  EXPECT_EQ(did_you_mean("crisis", candidates).en, "");
  EXPECT_EQ(did_you_mean("x", std::vector<std::string>{}).en, "");
}

TEST(Utf8, DetectsMalformedSequences) {
  EXPECT_TRUE(is_valid_utf8("Stichting Jeugdzorg Zuid-Holland \xC3\xA9\xC3\xAB"));
  EXPECT_EQ(invalid_utf8_offset("ab\xE9"), 2u);              // Latin-1 e-acute
  EXPECT_EQ(invalid_utf8_offset("\xC0\xAF"), 0u);            // overlong slash
  EXPECT_EQ(invalid_utf8_offset("\xED\xA0\x80"), 0u);        // surrogate
  EXPECT_EQ(invalid_utf8_offset("ok\xF4\x90\x80\x80"), 2u);  // beyond U+10FFFF
}

TEST(Utf8, PrefixNeverSplitsASequence) {
  const std::string word = "ge\xC3\xAB";  // "geë"
  EXPECT_EQ(utf8_prefix(word, 3), "ge");
  EXPECT_EQ(utf8_prefix(word, 4), word);
  EXPECT_EQ(utf8_length(word), 3u);
}

TEST(FoldCase, FoldsLatinCapitalsWithDiacritics) {
  EXPECT_EQ(fold_case("\xC3\x89\xC3\xA9n BV"), "\xC3\xA9\xC3\xA9n bv");  // "Één BV"
  EXPECT_EQ(fold_case("IJSSEL \xC5\x81\xC3\x93"
                      "D\xC5\xB9"),
            "ijssel \xC5\x82\xC3\xB3"
            "d\xC5\xBA");
  EXPECT_EQ(fold_case("\xC3\x97"), "\xC3\x97");  // the multiplication sign has no case
  EXPECT_EQ(fold_case(std::string_view("a\xFFz")), "a\xEF\xBF\xBDz");  // malformed -> U+FFFD
}

TEST(FoldCase, WritesNfcAndNfdTheSame) {
  // "Stichting Pré-Vent": é as U+00E9 (NFC) and as e + U+0301 (NFD, as macOS writes file names).
  const std::string nfc = "Stichting Pr\xC3\xA9-Vent";
  const std::string nfd = "Stichting Pre\xCC\x81-Vent";
  ASSERT_NE(nfc, nfd);
  EXPECT_EQ(fold_case(nfc), fold_case(nfd));
  EXPECT_EQ(fold_case(nfd), "stichting pr\xC3\xA9-vent");  // composed
  EXPECT_EQ(fold_case("STICHTING PRE\xCC\x81-VENT"), fold_case(nfc));
  // Hangul syllables compose from their jamo too.
  EXPECT_EQ(fold_case("\xE1\x84\x80\xE1\x85\xA1"), "\xEA\xB0\x80");
}

TEST(FoldCase, FoldsAsUnicodeDefinesIt) {
  // Full case folding (CaseFolding.txt, status C and F), as utf8proc implements it.
  EXPECT_EQ(fold_case("Stra\xC3\x9F"
                      "e"),
            "strasse");  // ß -> ss
  EXPECT_EQ(fold_case("STRASSE"), fold_case("Stra\xC3\x9F"
                                            "e"));
  EXPECT_EQ(fold_case("\xE1\xBA\x9E"), "ss");                    // capital ẞ
  EXPECT_EQ(fold_case("\xC4\xB0"), "i\xCC\x87");                 // İ -> i + combining dot above
  EXPECT_EQ(fold_case("\xC4\xB1"), "\xC4\xB1");                  // dotless ı stays
  EXPECT_EQ(fold_case("\xCE\xA3\xCF\x82"), "\xCF\x83\xCF\x83");  // Σς -> σσ
  EXPECT_EQ(fold_case("\xEF\xAC\x81"), "fi");                    // the ligature ﬁ
  EXPECT_EQ(fold_case("\xC5\xBF"), "s");                         // long s
  EXPECT_EQ(fold_case("\xD0\x81\xD0\xAF"), "\xD1\x91\xD1\x8F");  // Cyrillic ЁЯ -> ёя
  EXPECT_EQ(fold_case("\xC7\x84"), "\xC7\x86");                  // Ǆ -> ǆ (not the title case)
  EXPECT_EQ(fold_case("\xEF\xBC\xA1"), "\xEF\xBD\x81");          // fullwidth Ａ -> ａ
  EXPECT_EQ(fold_case(std::string_view("a\0b", 3)), std::string("a\0b", 3));
}

TEST(DidYouMean, ComparesNamesAsPeopleReadThem) {
  const std::vector<std::string> candidates{"Pr\xC3\xA9-Vent",
                                            "Stra\xC3\x9F"
                                            "e"};
  // NFD of the first, and a typo of the second in capitals: one code point off each.
  EXPECT_EQ(did_you_mean("pre\xCC\x81-vents", candidates).en, "did you mean 'Pr\xC3\xA9-Vent'?");
  EXPECT_EQ(did_you_mean("STRASE", candidates).en,
            "did you mean 'Stra\xC3\x9F"
            "e'?");
  // A distance in code points: "é" is one edit from "e", not two bytes.
  EXPECT_EQ(edit_distance(std::u32string_view(U"caf\u00E9"), std::u32string_view(U"cafe")), 1u);
}

TEST(DidYouMean, DoesNotGuessForShortWordsTwoEditsAway) {
  const std::vector<std::string> languages{"nl", "en"};
  EXPECT_EQ(did_you_mean("de", languages).en, "");
  EXPECT_EQ(did_you_mean("nll", languages).en, "did you mean 'nl'?");
}

TEST(QuotedList, ReadsLikeEnglish) {
  EXPECT_EQ(quoted_list(std::vector<std::string>{"a"}), "'a'");
  EXPECT_EQ(quoted_list(std::vector<std::string>{"a", "b", "c"}), "'a', 'b' and 'c'");
}

TEST(XmlEscape, EscapesMarkupAndDropsControlCharacters) {
  EXPECT_EQ(xml_escape("a<b & \"c\"\x01\n"), "a&lt;b &amp; &quot;c&quot;\n");
}

TEST(PositionAt, CountsLinesAndColumnsFromOneInCodePoints) {
  EXPECT_EQ(position_at("", 0), (TextPosition{1, 1}));
  EXPECT_EQ(position_at("abc", 0), (TextPosition{1, 1}));
  EXPECT_EQ(position_at("abc", 2), (TextPosition{1, 3}));
  EXPECT_EQ(position_at("abc", 3), (TextPosition{1, 4}));   // the end, after the last character
  EXPECT_EQ(position_at("abc", 99), (TextPosition{1, 4}));  // past the end is the end
  EXPECT_EQ(position_at("a\nb", 1), (TextPosition{1, 2}));  // the newline ends line 1
  EXPECT_EQ(position_at("a\nb", 2), (TextPosition{2, 1}));
  EXPECT_EQ(position_at("{\n", 2), (TextPosition{2, 1}));
  // "été x": the x is byte 6 and column 5.
  EXPECT_EQ(position_at("\xC3\xA9t\xC3\xA9 x", 5), (TextPosition{1, 4}));
  EXPECT_EQ(position_at("\xC3\xA9t\xC3\xA9 x", 6), (TextPosition{1, 5}));
  EXPECT_EQ(position_at("\xC3\xA9t\xC3\xA9 x", 7), (TextPosition{1, 6}));
  EXPECT_EQ(position_at("\xEF\xBB\xBF"
                        "ab",
                        4),
            (TextPosition{1, 2}));  // a byte-order mark
  EXPECT_EQ(position_at("\xEF\xBB\xBF\n\xEF\xBB\xBF", 7), (TextPosition{2, 2}));  // only first
}

TEST(SourceLocationText, NeverShowsAColumnZero) {
  EXPECT_EQ(SourceLocation("a.json", 2, 7).to_string(), "a.json:2:7");
  EXPECT_EQ(SourceLocation("a.json", 2, 0).to_string(), "a.json:2");
  EXPECT_EQ(SourceLocation("a.json", 0, 0).to_string(), "a.json");
}

TEST(XmlEscape, WritesBytesThatAreNoUtf8AsText) {
  // A Latin-1 file name would make the JUnit report no well-formed XML.
  EXPECT_EQ(xml_escape("caf\xE9-reg.toml"), "caf\\xE9-reg.toml");
  EXPECT_EQ(xml_escape("\xC3\xA9 \xFF<"), "\xC3\xA9 \\xFF&lt;");
  // XML 1.0 cannot hold the noncharacters U+FFFE and U+FFFF either.
  EXPECT_EQ(xml_escape("a\xEF\xBF\xBE\xEF\xBF\xBF"
                       "b"),
            "a\\uFFFE\\uFFFFb");
  EXPECT_EQ(xml_escape("\xEF\xBF\xBD"), "\xEF\xBF\xBD");  // U+FFFD is fine
}

TEST(EscapeInvalidUtf8, KeepsValidTextAndShowsStrayBytes) {
  EXPECT_EQ(escape_invalid_utf8("Pr\xC3\xA9-Vent"), "Pr\xC3\xA9-Vent");
  EXPECT_EQ(escape_invalid_utf8("caf\xE9"), "caf\\xE9");
  EXPECT_EQ(escape_invalid_utf8("\xC0\xAF\xED\xA0\x80"), "\\xC0\\xAF\\xED\\xA0\\x80");
  EXPECT_EQ(escape_invalid_utf8("\xE2\x82"), "\\xE2\\x82");  // cut short
  for (int byte = 0x80; byte <= 0xFF; ++byte) {
    const std::string once = escape_invalid_utf8(std::string(1, static_cast<char>(byte)) + "x");
    EXPECT_TRUE(is_valid_utf8(once)) << byte;
  }
}

}  // namespace
}  // namespace tenderkit::text

TEST(TrimCellText, DropsSpacesTabsNewlinesAndNoBreakSpacesAroundTheText) {
  EXPECT_EQ(tenderkit::text::trim_cell_text(" \t41128790\r\n"), "41128790");
  EXPECT_EQ(tenderkit::text::trim_cell_text("\xC2\xA0 levert zelf\xC2\xA0"), "levert zelf");
  EXPECT_EQ(tenderkit::text::trim_cell_text("De  Duinroos"), "De  Duinroos");  // inside stays
  EXPECT_EQ(tenderkit::text::trim_cell_text("\xC2\xA0\xC2\xA0 "), "");
  EXPECT_EQ(tenderkit::text::trim_cell_text(""), "");
}
