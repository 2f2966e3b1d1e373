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
  EXPECT_EQ(did_you_mean("wijkteem", candidates), "did you mean 'wijkteam'?");
  EXPECT_EQ(did_you_mean("POH-jeugd", candidates), "did you mean 'poh-jeugd'?");
}

TEST(DidYouMean, StaysQuietWhenNothingIsClose) {
  const std::vector<std::string> candidates{"specialist", "wijkteam"};
  EXPECT_EQ(did_you_mean("crisis", candidates), "");
  EXPECT_EQ(did_you_mean("x", std::vector<std::string>{}), "");
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

TEST(DidYouMean, DoesNotGuessForShortWordsTwoEditsAway) {
  const std::vector<std::string> languages{"nl", "en"};
  EXPECT_EQ(did_you_mean("de", languages), "");
  EXPECT_EQ(did_you_mean("nll", languages), "did you mean 'nl'?");
}

TEST(QuotedList, ReadsLikeEnglish) {
  EXPECT_EQ(quoted_list(std::vector<std::string>{"a"}), "'a'");
  EXPECT_EQ(quoted_list(std::vector<std::string>{"a", "b", "c"}), "'a', 'b' and 'c'");
}

TEST(XmlEscape, EscapesMarkupAndDropsControlCharacters) {
  EXPECT_EQ(xml_escape("a<b & \"c\"\x01\n"), "a&lt;b &amp; &quot;c&quot;\n");
}

}  // namespace
}  // namespace tenderkit::text
