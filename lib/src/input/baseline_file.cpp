// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/baseline_file.hpp>
#include <tenderkit/input/wording.hpp>

#include <nlohmann/json.hpp>

#include <utility>

namespace tenderkit::input {

Result<Baseline> load_baseline(const std::string& file) {
  Result<std::string> content = read_file(file);
  if (!content) {
    return content.error();
  }
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(*content);
  } catch (const nlohmann::json::parse_error& error) {
    // error.byte counts from 1 and is the character the parser stopped at (one past the end at
    // the end of the input): its place is that of byte error.byte - 1.
    const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
    // what() is "[json.exception.parse_error.101] parse error at line 2, column 0: syntax error
    // while parsing ...": keep what follows the position (nlohmann's column counts from 0).
    std::string_view detail = error.what();
    if (const std::size_t column = detail.find(", column "); column != std::string_view::npos) {
      if (const std::size_t colon = detail.find(": ", column); colon != std::string_view::npos) {
        detail.remove_prefix(colon + 2);
      }
    }
    // The parser's own detail stays English inside the sentence of the run's language: it names
    // tokens ("invalid literal; last read: '#'") that a translation would only blur.
    const bool empty = content->find_first_not_of(" \t\r\n") == std::string::npos;
    return Error::input(empty ? wording::label(words::baseline_empty)
                              : wording::say(words::baseline_not_json,
                                             {wording::text("reason", std::string(detail))}),
                        SourceLocation(file, text::position_at(*content, offset)),
                        wording::label(words::baseline_pass_schedule));
  }
  const auto wrong = [&](LocalizedText message) {
    return Error::input(std::move(message), SourceLocation(file, 0, 0),
                        wording::label(words::baseline_pass_schedule));
  };
  // Compared as JSON values: json::value() would throw on a key of another type ("schema": "1").
  const auto holds = [&](const char* key, const nlohmann::json& expected) {
    const auto found = document.find(key);
    return found != document.end() && *found == expected;
  };
  if (!document.is_object() || !holds("schema", 1) || !holds("tool", "tender-schedule")) {
    return wrong(wording::label(words::baseline_not_schedule));
  }
  const auto milestones = document.find("milestones");
  if (milestones == document.end() || !milestones->is_array()) {
    return wrong(wording::label(words::baseline_no_milestones));
  }
  Baseline baseline;
  baseline.file = file;
  for (std::size_t i = 0; i < milestones->size(); ++i) {
    const nlohmann::json& milestone = (*milestones)[i];
    const auto id = milestone.find("id");
    const auto date = milestone.find("date");
    std::optional<calendar::Date> parsed;
    if (date != milestone.end() && date->is_string()) {
      parsed = calendar::parse_iso_date(date->get<std::string>());
    }
    if (id == milestone.end() || !id->is_string() || !parsed) {
      // The milestone's place in the array, counted from 1: an ordinal, written as is.
      return wrong(wording::say(words::baseline_bad_milestone,
                                {wording::text("number", std::to_string(i + 1))}));
    }
    baseline.dates.emplace(id->get<std::string>(), *parsed);
  }
  return baseline;
}

}  // namespace tenderkit::input
