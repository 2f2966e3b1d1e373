// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/report/json_writer.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

namespace tenderkit::report {
namespace {

std::string write(const std::function<void(JsonWriter&)>& produce) {
  std::ostringstream out;
  JsonWriter json(out);
  produce(json);
  json.finish();
  return out.str();
}

TEST(JsonWriter, MatchesNlohmannLayoutForNestedDocuments) {
  const std::string written = write([](JsonWriter& json) {
    json.begin_object();
    json.field("schema", 1).field("name", "Stichting \xC3\x89\xC3\xA9n").field("ok", true);
    json.key("empty_array").begin_array().end_array();
    json.key("empty_object").begin_object().end_object();
    json.key("list").begin_array().value("a").null().value(std::size_t{7});
    json.begin_object().field("x", -3).end_object();
    json.end_array();
    json.field("agb", std::optional<std::string>{});
    json.end_object();
  });
  const nlohmann::ordered_json expected = nlohmann::ordered_json::parse(written);
  EXPECT_EQ(written, expected.dump(2) + "\n");
  EXPECT_EQ(expected["name"], "Stichting \xC3\x89\xC3\xA9n");
  EXPECT_TRUE(expected["agb"].is_null());
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(json_quote("a\"b\\c\n\t\x01"), "\"a\\\"b\\\\c\\n\\t\\u0001\"");
  const std::string tricky = "=cmd|' /C calc'!A0\r\n\x1f";
  const std::string written =
      write([&](JsonWriter& json) { json.begin_array().value(tricky).end_array(); });
  EXPECT_EQ(nlohmann::json::parse(written)[0], tricky);
}

TEST(JsonWriter, WritesBytesThatAreNoUtf8AsText) {
  // JSON is UTF-8: a Latin-1 byte of a file name becomes the text \xE9 (its backslash escaped).
  EXPECT_EQ(json_quote("regs/caf\xE9-reg.toml"), "\"regs/caf\\\\xE9-reg.toml\"");
  EXPECT_EQ(json_quote("Pr\xC3\xA9"), "\"Pr\xC3\xA9\"");  // valid UTF-8 as it is
  EXPECT_EQ(json_quote("\"\xFF"), "\"\\\"\\\\xFF\"");
}

TEST(JsonWriter, WritesATopLevelScalar) {
  EXPECT_EQ(write([](JsonWriter& json) { json.value(false); }), "false\n");
}

}  // namespace
}  // namespace tenderkit::report
