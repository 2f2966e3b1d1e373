// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/input/toml_reader.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <string>
#include <vector>

namespace tenderkit::input {
namespace {

using test_support::expect_input_error;

// Parses TOML that the test expects to be valid.
toml::table parse_valid(std::string_view content) {
  Result<toml::table> table = parse_toml(content, "in.toml");
  EXPECT_TRUE(table.has_value()) << (table ? "" : test_support::describe(table.error()));
  return table ? std::move(table).value() : toml::table{};
}

// ---------------------------------------------------------------------------------------------
// parse_toml

TEST(ParseToml, ReportsOtherSyntaxErrorsInTomlPlusPlusWords) {
  // Mistakes without a plain-words explanation keep toml++'s (3.3) description; the place and
  // the "invalid TOML: " prefix are ours.
  expect_input_error(parse_toml("a = 1 b = 2\n", "in.toml"),
                     {{"in.toml:1:7",
                       "invalid TOML: Error while parsing key-value pair: expected a comment or "
                       "whitespace, saw 'b'",
                       ""}});
  expect_input_error(parse_toml("start = 2023-13-01\n", "in.toml"),
                     {{"in.toml:1:16",
                       "invalid TOML: Error while parsing date: expected month between 1 and 12 "
                       "(inclusive), saw 13",
                       ""}});
}

// The common mistakes: the place as toml++ finds it, what the user most likely did, and a hint.
TEST(ParseToml, MissingClosingQuoteIsSaidInPlainWords) {
  expect_input_error(
      parse_toml("name = \"Zorg\nkvk = \"12345678\"\n", "reg.toml"),
      {{"reg.toml:1:13", "invalid TOML: the text in quotes is not closed on this line",
        "end it with \" before the end of the line"}});
  expect_input_error(
      parse_toml("name = 'Zorg\n", "reg.toml"),
      {{"reg.toml:1:13", "invalid TOML: the text in quotes is not closed on this line",
        "end it with ' before the end of the line"}});
}

TEST(ParseToml, MissingClosingBracketIsSaidInPlainWords) {
  expect_input_error(parse_toml("name = \"x\"\n[[member]\nname = \"y\"\n", "reg.toml"),
                     {{"reg.toml:2:10", "invalid TOML: the table header is not closed with ]]",
                       "write [[member]]"}});
  expect_input_error(parse_toml("[integrality\nmin_members = 2\n", "tender.toml"),
                     {{"tender.toml:1:13", "invalid TOML: the table header is not closed with ]",
                       "write [integrality]"}});
  expect_input_error(
      parse_toml("services = [\"a\", \"b\"\n", "reg.toml"),
      {{"reg.toml:1:22", "invalid TOML: the list is not closed with ], or a comma is missing",
        "write a list as [\"a\", \"b\"]: commas between the values, ] at the end"}});
  expect_input_error(
      parse_toml("services = [\"a\" \"b\"]\n", "reg.toml"),
      {{"reg.toml:1:17", "invalid TOML: the list is not closed with ], or a comma is missing",
        "write a list as [\"a\", \"b\"]: commas between the values, ] at the end"}});
}

TEST(ParseToml, MissingEqualsSignIsSaidInPlainWords) {
  expect_input_error(parse_toml("id = \"t\"\nname \"Zorg\"\n", "reg.toml"),
                     {{"reg.toml:2:6", "invalid TOML: '=' is missing after the key 'name'",
                       "write name = \"...\""}});
  expect_input_error(parse_toml("name\n", "reg.toml"),
                     {{"reg.toml:1:5", "invalid TOML: '=' is missing after the key 'name'",
                       "write name = \"...\""}});
  expect_input_error(parse_toml("legal form = \"combination\"\n", "reg.toml"),
                     {{"reg.toml:1:7", "invalid TOML: a key has no spaces, found 'legal form'",
                       "write the words with _ between them, e.g. legal_form"}});
  expect_input_error(
      parse_toml("id = \"t\"\ntitle = = 3\n", "tender.toml"),
      {{"tender.toml:2:9", "invalid TOML: '=' is written twice", "write title = ..."}});
}

TEST(ParseToml, DuplicateKeyIsSaidInPlainWords) {
  expect_input_error(
      parse_toml("a = 1\na = 2\n", "in.toml"),
      {{"in.toml:2:5", "invalid TOML: the key 'a' is given twice in the same table",
        "keep one; if a new entry starts here, begin it with its own [[...]] line"}});
  // The second member's [[member]] line is forgotten.
  expect_input_error(
      parse_toml("[[member]]\nname = \"A\"\nkvk = \"12345678\"\nname = \"B\"\n", "reg.toml"),
      {{"reg.toml:4:8", "invalid TOML: the key 'name' is given twice in the same table",
        "keep one; if a new entry starts here, begin it with its own [[...]] line"}});
  expect_input_error(parse_toml("[t]\nx = 1\n[t]\n", "in.toml"),
                     {{"in.toml:3:1", "invalid TOML: the table [t] is given twice",
                       "merge the two into one [t], or write [[t]] for a list of tables"}});
}

TEST(ParseToml, ValueWithoutQuotesIsSaidInPlainWords) {
  expect_input_error(
      parse_toml("[[member]]\nrole = lead\n", "reg.toml"),
      {{"reg.toml:2:8", "invalid TOML: the text lead is not in quotes", "write role = \"lead\""}});
  expect_input_error(parse_toml("name = Zorg en Co  # de naam\n", "reg.toml"),
                     {{"reg.toml:1:8", "invalid TOML: the text Zorg en Co is not in quotes",
                       "write name = \"Zorg en Co\""}});
  expect_input_error(parse_toml("services = [\"crisis\", ambulant, \"wijkteams\"]\n", "reg.toml"),
                     {{"reg.toml:1:23", "invalid TOML: the text ambulant is not in quotes",
                       "write \"ambulant\""}});
  expect_input_error(parse_toml("local = True\n", "tender.toml"),
                     {{"tender.toml:1:9", "invalid TOML: true and false are written in lower case",
                       "write local = true or local = false"}});
  expect_input_error(
      parse_toml("kvk = 01234567\n", "reg.toml"),
      {{"reg.toml:1:15", "invalid TOML: a number cannot start with 0",
        "numbers such as KvK numbers and AGB codes are text: write kvk = \"01234567\""}});
}

TEST(ParseToml, CountsSyntaxErrorColumnsInCodePoints) {
  // "ö" is two bytes but one column: the stray x is the 21st character, the 22nd byte.
  expect_input_error(parse_toml("naam = \"Coöperatie\" x\n", "in.toml"),
                     {{"in.toml:1:21",
                       "invalid TOML: Error while parsing key-value pair: expected a comment or "
                       "whitespace, saw 'x'",
                       ""}});
}

TEST(ParseToml, ReportsSyntaxErrorsAfterCrlfAndBomAtTheSamePlaceAsWithLf) {
  const std::string lf = "naam = \"Zorg\"\nc = = 1\n";
  const std::string crlf = "\xEF\xBB\xBFnaam = \"Zorg\"\r\nc = = 1\r\n";
  const std::vector<test_support::ExpectedDiagnostic> expected{
      {"in.toml:2:5", "invalid TOML: '=' is written twice", "write c = ..."}};
  expect_input_error(parse_toml(lf, "in.toml"), expected);
  expect_input_error(parse_toml(crlf, "in.toml"), expected);
}

TEST(ParseToml, InvalidUtf8IsReportedAtTheFirstBadByte) {
  // Latin-1 "é" (0xE9) after a correctly encoded "é": column 16 counts code points, not bytes.
  expect_input_error(
      parse_toml("naam = \"Zorg\"\nplaats = \"Café \xE9\"\n", "reg.toml"),
      {{"reg.toml:2:16", "the file is not valid UTF-8 text", "save the file as UTF-8"}});
  // On the first line, right after "a = \"".
  expect_input_error(
      parse_toml("a = \"\xE9\"\n", "reg.toml"),
      {{"reg.toml:1:6", "the file is not valid UTF-8 text", "save the file as UTF-8"}});
  // A leading byte-order mark is not a column ...
  expect_input_error(
      parse_toml("\xEF\xBB\xBF"
                 "a = \"\xE9\"\n",
                 "reg.toml"),
      {{"reg.toml:1:6", "the file is not valid UTF-8 text", "save the file as UTF-8"}});
  // ... and CRLF line ends count as one line each.
  expect_input_error(
      parse_toml("\xEF\xBB\xBF"
                 "a = 1\r\nb = 2\r\nc = \"x\xC3\"\r\n",
                 "reg.toml"),
      {{"reg.toml:3:7", "the file is not valid UTF-8 text", "save the file as UTF-8"}});
}

TEST(ParseToml, AcceptsBomAndCrlfAndReadsTheSameAsLf) {
  const toml::table lf = parse_valid("naam = \"Zorg\"\nleden = 3\n\n[[lid]]\nkvk = \"01234567\"\n");
  const toml::table crlf = parse_valid(
      "\xEF\xBB\xBFnaam = \"Zorg\"\r\nleden = 3\r\n\r\n[[lid]]\r\nkvk = \"01234567\"\r\n");
  EXPECT_EQ(lf, crlf);
  EXPECT_EQ(crlf["naam"].value<std::string>(), "Zorg");
  EXPECT_EQ(crlf["leden"].value<std::int64_t>(), 3);
  EXPECT_EQ(crlf["lid"][0]["kvk"].value<std::string>(), "01234567");

  // Positions agree too: the BOM does not shift columns on line 1.
  DiagnosticSink sink;
  const TableReader lf_reader(lf, "in.toml", sink, "the file");
  const TableReader crlf_reader(crlf, "in.toml", sink, "the file");
  for (const char* key : {"naam", "leden", "lid"}) {
    SCOPED_TRACE(key);
    EXPECT_EQ(crlf_reader.where(key), lf_reader.where(key));
  }
  EXPECT_EQ(crlf_reader.where("naam").to_string(), "in.toml:1:8");
  EXPECT_EQ(crlf_reader.where("leden").to_string(), "in.toml:2:9");
}

TEST(ParseToml, PreservesDutchDiacriticsByteForByte) {
  const toml::table table = parse_valid(
      "naam = \"Coöperatie Jeugdhulp Zuid-Kennemerland\"\n"
      "plaats = \"IJmuiden\"\n"
      "omschrijving = \"één loket, geïntegreerde zorg, crèche, café\"\n"
      "\"gemeente-naam\" = \"Súdwest-Fryslân\"\n");
  EXPECT_EQ(table["naam"].value<std::string>(), "Co\xC3\xB6peratie Jeugdhulp Zuid-Kennemerland");
  EXPECT_EQ(table["plaats"].value<std::string>(), "IJmuiden");
  EXPECT_EQ(table["omschrijving"].value<std::string>(),
            "\xC3\xA9\xC3\xA9n loket, ge\xC3\xAFntegreerde zorg, cr\xC3\xA8"
            "che, caf\xC3\xA9");
  EXPECT_EQ(table["gemeente-naam"].value<std::string>(),
            "S\xC3\xBA"
            "dwest-Frysl\xC3\xA2n");
}

TEST(ParseToml, ColumnsAfterDiacriticsCountCodePoints) {
  const toml::table table = parse_valid("\"één\" = \"ë\"\n");
  DiagnosticSink sink;
  const TableReader reader(table, "in.toml", sink, "the file");
  // "één" = : 5 code points for the quoted key, then " = " : the value starts at column 9.
  EXPECT_EQ(reader.where("één").to_string(), "in.toml:1:9");
}

// ---------------------------------------------------------------------------------------------
// TableReader: required keys

TEST(TableReader, MissingRequiredKeyIsReportedAtTheTable) {
  const toml::table table = parse_valid("x = 1\n\n[[member]]\nkvk = \"12345678\"\n");
  DiagnosticSink sink;
  TableReader root(table, "reg.toml", sink, "the registration file");
  EXPECT_EQ(root.required_string("name"), std::nullopt);
  const std::vector<const toml::table*> members = root.table_array("member");
  ASSERT_EQ(members.size(), 1u);
  TableReader member(*members[0], "reg.toml", sink, "[[member]]");
  EXPECT_EQ(member.required_string("name"), std::nullopt);
  EXPECT_EQ(member.required_string("kvk"), "12345678");
  member.finish();
  root.accept("x");
  root.finish();
  expect_input_error(sink.to_error(),
                     {{"reg.toml:1:1", "the registration file lacks the required key 'name'", ""},
                      {"reg.toml:3:1", "[[member]] lacks the required key 'name'", ""}});
}

TEST(TableReader, BlankRequiredStringIsReportedAtItsValue) {
  const toml::table table = parse_valid("name = \"\"\ntitle = \" \\t \"\nid = \" x \"\n");
  DiagnosticSink sink;
  TableReader reader(table, "t.toml", sink, "the tender file");
  EXPECT_EQ(reader.required_string("name"), std::nullopt);
  EXPECT_EQ(reader.required_string("title"), std::nullopt);
  // Surrounding spaces are kept: only an all-blank value is empty.
  EXPECT_EQ(reader.required_string("id"), " x ");
  reader.finish();
  expect_input_error(sink.to_error(), {{"t.toml:1:8", "'name' must not be empty", ""},
                                       {"t.toml:2:9", "'title' must not be empty", ""}});
}

TEST(TableReader, RequiredKeyOfTheWrongTypeGetsOnlyATypeError) {
  const toml::table table = parse_valid("name = 42\n");
  DiagnosticSink sink;
  TableReader reader(table, "t.toml", sink, "the tender file");
  EXPECT_EQ(reader.required_string("name"), std::nullopt);
  reader.finish();
  expect_input_error(sink.to_error(),
                     {{"t.toml:1:8", "'name' must be a string, found an integer", ""}});
}

// ---------------------------------------------------------------------------------------------
// TableReader: types

TEST(TableReader, ReportsEveryTypeErrorAtTheValue) {
  const toml::table table = parse_valid(
      "naam = 3\n"                 // line 1
      "local = \"yes\"\n"          // line 2
      "count = 2.5\n"              // line 3
      "services = \"ambulant\"\n"  // line 4
      "member = 1\n"               // line 5
      "integrality = [1]\n"        // line 6
      "when = 2025-01-01\n");      // line 7
  DiagnosticSink sink;
  TableReader reader(table, "in.toml", sink, "the file");
  EXPECT_EQ(reader.optional_string("naam"), std::nullopt);
  EXPECT_EQ(reader.optional_bool("local"), std::nullopt);
  EXPECT_EQ(reader.optional_integer("count", 0, 10), std::nullopt);
  EXPECT_EQ(reader.optional_string_array("services"), std::nullopt);
  EXPECT_TRUE(reader.table_array("member").empty());
  EXPECT_EQ(reader.optional_table("integrality"), nullptr);
  EXPECT_EQ(reader.optional_string("when"), std::nullopt);
  reader.finish();
  expect_input_error(
      sink.to_error(),
      {{"in.toml:1:8", "'naam' must be a string, found an integer", ""},
       {"in.toml:2:9", "'local' must be true or false, found a string", ""},
       {"in.toml:3:9", "'count' must be an integer, found a number", ""},
       {"in.toml:4:12", "'services' must be an array of strings, found a string", ""},
       {"in.toml:5:10", "'member' must be an array of tables, written [[member]], found an integer",
        ""},
       {"in.toml:6:15", "'integrality' must be a table, written [integrality], found an array", ""},
       {"in.toml:7:8", "'when' must be a string, found a date", ""}});
}

TEST(TableReader, ReadsValuesOfTheRightType) {
  const toml::table table = parse_valid(
      "name = \"Jeugdzorg\"\nlocal = false\ncount = -4\n"
      "services = [\"ambulant\", \"crisis\"]\n[integrality]\nx = 1\n[[member]]\n[[member]]\n");
  DiagnosticSink sink;
  TableReader reader(table, "in.toml", sink, "the file");
  EXPECT_EQ(reader.optional_string("name"), "Jeugdzorg");
  EXPECT_EQ(reader.optional_bool("local"), false);
  EXPECT_EQ(reader.optional_integer("count", -4, 0), -4);
  const auto services = reader.optional_string_array("services");
  ASSERT_TRUE(services.has_value());
  ASSERT_EQ(services->size(), 2u);
  EXPECT_EQ((*services)[0].value, "ambulant");
  EXPECT_EQ(reader.at((*services)[0].where).to_string(), "in.toml:4:13");
  EXPECT_EQ((*services)[1].value, "crisis");
  EXPECT_EQ(reader.at((*services)[1].where).to_string(), "in.toml:4:25");
  const toml::table* integrality = reader.optional_table("integrality");
  ASSERT_NE(integrality, nullptr);
  EXPECT_EQ((*integrality)["x"].value<std::int64_t>(), 1);
  EXPECT_EQ(reader.table_array("member").size(), 2u);
  reader.finish();
  EXPECT_TRUE(sink.empty()) << test_support::describe(sink.to_error());
}

TEST(TableReader, AbsentOptionalKeysGiveNothingAndNoError) {
  const toml::table table = parse_valid("");
  DiagnosticSink sink;
  TableReader reader(table, "in.toml", sink, "the file");
  EXPECT_EQ(reader.optional_string("a"), std::nullopt);
  EXPECT_EQ(reader.optional_bool("b"), std::nullopt);
  EXPECT_EQ(reader.optional_integer("c", 1, 2), std::nullopt);
  EXPECT_EQ(reader.optional_choice("d", {"x"}), std::nullopt);
  EXPECT_EQ(reader.optional_string_array("e"), std::nullopt);
  EXPECT_TRUE(reader.table_array("f").empty());
  EXPECT_EQ(reader.optional_table("g"), nullptr);
  EXPECT_EQ(reader.node("h"), nullptr);
  EXPECT_FALSE(reader.has("a"));
  reader.finish();
  EXPECT_TRUE(sink.empty());
}

TEST(TableReader, ReportsEachNonStringElementOfAStringArrayAndKeepsTheRest) {
  const toml::table table = parse_valid("services = [\"ambulant\", 45, \"crisis\", true]\n");
  DiagnosticSink sink;
  TableReader reader(table, "in.toml", sink, "the file");
  const auto services = reader.optional_string_array("services");
  ASSERT_TRUE(services.has_value());
  ASSERT_EQ(services->size(), 2u);
  EXPECT_EQ((*services)[0].value, "ambulant");
  EXPECT_EQ((*services)[1].value, "crisis");
  reader.finish();
  expect_input_error(sink.to_error(),
                     {{"in.toml:1:25", "'services' must hold only strings, found an integer", ""},
                      {"in.toml:1:39", "'services' must hold only strings, found a boolean", ""}});
}

TEST(TableReader, AnEmptyArrayCountsAsNoTables) {
  // `member = []` says "none", like an absent key; the caller reports a missing entry if it needs
  // one, instead of a confusing type error.
  const toml::table table = parse_valid("member = []\nservice = \"x\"\n");
  DiagnosticSink sink;
  TableReader reader(table, "in.toml", sink, "the file");
  EXPECT_TRUE(reader.table_array("member").empty());
  EXPECT_TRUE(sink.empty());
  EXPECT_TRUE(reader.absent_or_empty("member"));
  EXPECT_TRUE(reader.absent_or_empty("absent"));
  EXPECT_FALSE(reader.absent_or_empty("service"));
}

// ---------------------------------------------------------------------------------------------
// TableReader: ranges and choices

TEST(TableReader, IntegerRangesIncludeTheirBounds) {
  const toml::table table = parse_valid("low = 1\nhigh = 10\nzero = 0\nbig = 11\n");
  DiagnosticSink sink;
  TableReader reader(table, "t.toml", sink, "[integrality]");
  EXPECT_EQ(reader.optional_integer("low", 1, 10), 1);
  EXPECT_EQ(reader.optional_integer("high", 1, 10), 10);
  EXPECT_EQ(reader.optional_integer("zero", 1, 10), std::nullopt);
  EXPECT_EQ(reader.optional_integer("big", 1, 10), std::nullopt);
  reader.finish();
  expect_input_error(sink.to_error(),
                     {{"t.toml:3:8", "'zero' must be between 1 and 10, found 0", ""},
                      {"t.toml:4:7", "'big' must be between 1 and 10, found 11", ""}});
}

TEST(TableReader, ChoicesAcceptOnlyListedValuesAndSuggestTheClosest) {
  const toml::table table =
      parse_valid("language = \"nl\"\nrole = \"Lead\"\nform = \"consortium\"\n");
  DiagnosticSink sink;
  TableReader reader(table, "r.toml", sink, "[[member]]");
  EXPECT_EQ(reader.optional_choice("language", {"nl", "en"}), "nl");
  // Choices are case-sensitive, but the suggestion ignores case.
  EXPECT_EQ(reader.optional_choice("role", {"lead", "member"}), std::nullopt);
  EXPECT_EQ(reader.optional_choice("form", {"combination", "main-contractor"}), std::nullopt);
  reader.finish();
  expect_input_error(
      sink.to_error(),
      {{"r.toml:2:8", "'role' must be one of 'lead', 'member', found 'Lead'",
        "did you mean 'lead'?"},
       {"r.toml:3:8", "'form' must be one of 'combination', 'main-contractor', found 'consortium'",
        ""}});
}

TEST(TableReader, ChoiceOfTheWrongTypeIsATypeError) {
  const toml::table table = parse_valid("language = 1\n");
  DiagnosticSink sink;
  TableReader reader(table, "t.toml", sink, "the tender file");
  EXPECT_EQ(reader.optional_choice("language", {"nl", "en"}), std::nullopt);
  expect_input_error(sink.to_error(),
                     {{"t.toml:1:12", "'language' must be a string, found an integer", ""}});
}

// ---------------------------------------------------------------------------------------------
// TableReader: unknown keys

TEST(TableReader, FinishReportsUnknownKeysInFileOrderWithTheClosestKnownKey) {
  const toml::table table = parse_valid(
      "zzz = 1\n"
      "naem = \"Zorg\"\n"
      "servics = [\"a\"]\n"
      "reserved = true\n"
      "[extra]\n"
      "a = 1\n");
  DiagnosticSink sink;
  TableReader reader(table, "r.toml", sink, "[[member]]");
  (void)reader.optional_string("name");            // absent, but known
  (void)reader.optional_string_array("services");  // absent, but known
  reader.accept("reserved");
  reader.finish();
  expect_input_error(
      sink.to_error(),
      {{"r.toml:1:1", "unknown key 'zzz' in [[member]]", ""},
       {"r.toml:2:1", "unknown key 'naem' in [[member]]", "did you mean 'name'?"},
       {"r.toml:3:1", "unknown key 'servics' in [[member]]", "did you mean 'services'?"},
       // A table header's key is reported where its name starts, after the '['.
       {"r.toml:5:2", "unknown key 'extra' in [[member]]", ""}});
}

TEST(TableReader, KeysReadThroughNodeAreKnown) {
  const toml::table table = parse_valid("kvk = 12345678\n");
  DiagnosticSink sink;
  TableReader reader(table, "r.toml", sink, "[[member]]");
  const toml::node* node = reader.node("kvk");
  ASSERT_NE(node, nullptr);
  EXPECT_TRUE(node->is_integer());
  reader.finish();
  EXPECT_TRUE(sink.empty());
}

// ---------------------------------------------------------------------------------------------
// TableReader: places

TEST(TableReader, WhereGivesTheValueOrTheTableForAnAbsentKey) {
  const toml::table table = parse_valid("a = 1\n\n[integrality]\n  min_members = 2\n");
  DiagnosticSink sink;
  TableReader root(table, "t.toml", sink, "the tender file");
  EXPECT_EQ(root.where().to_string(), "t.toml:1:1");
  EXPECT_EQ(root.where("a").to_string(), "t.toml:1:5");
  EXPECT_EQ(root.where("absent").to_string(), "t.toml:1:1");
  const toml::table* integrality = root.optional_table("integrality");
  ASSERT_NE(integrality, nullptr);
  TableReader reader(*integrality, "t.toml", sink, "[integrality]");
  EXPECT_EQ(reader.where().to_string(), "t.toml:3:1");
  EXPECT_EQ(reader.where("min_members").to_string(), "t.toml:4:17");
  EXPECT_EQ(reader.where("max_members").to_string(), "t.toml:3:1");
}

TEST(TableReader, RootOfAnEmptyFileIsLineOne) {
  const toml::table table = parse_valid("\n\n# only a comment\n");
  DiagnosticSink sink;
  const TableReader root(table, "t.toml", sink, "the tender file");
  EXPECT_EQ(root.where().to_string(), "t.toml:1:1");
}

TEST(DescribeType, NamesEveryTomlType) {
  const toml::table table = parse_valid(
      "s = \"x\"\ni = 1\nf = 1.5\nb = true\nd = 2025-01-31\nt = 12:30:00\n"
      "dt = 2025-01-31T12:30:00Z\na = []\nt2 = {}\n");
  EXPECT_EQ(describe_type(*table.get("s")).en, "a string");
  EXPECT_EQ(describe_type(*table.get("i")).en, "an integer");
  EXPECT_EQ(describe_type(*table.get("f")).en, "a number");
  EXPECT_EQ(describe_type(*table.get("b")).en, "a boolean");
  EXPECT_EQ(describe_type(*table.get("d")).en, "a date");
  EXPECT_EQ(describe_type(*table.get("t")).en, "a time");
  EXPECT_EQ(describe_type(*table.get("dt")).en, "a date-time");
  EXPECT_EQ(describe_type(*table.get("a")).en, "an array");
  EXPECT_EQ(describe_type(*table.get("t2")).en, "a table");
}

}  // namespace
}  // namespace tenderkit::input
