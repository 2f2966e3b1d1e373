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

}  // namespace
}  // namespace tenderkit::text
