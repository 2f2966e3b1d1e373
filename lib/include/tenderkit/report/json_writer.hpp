// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::report {

/// Streams JSON with two-space indentation, the layout of `nlohmann::json::dump(2)`, without
/// building a document in memory: a report on 10,000 registrations stays cheap. The caller keeps
/// keys and values in a fixed order, which is what makes the output stable for scripts.
class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out);
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;
  /// Flushes what is buffered (call finish() to end the document with a newline).
  ~JsonWriter();

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  /// The key of the next value inside an object.
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(bool flag);
  JsonWriter& value(std::int64_t number);
  JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(std::size_t number);
  JsonWriter& null();
  /// A string, or null when absent.
  JsonWriter& value(const std::optional<std::string>& text);

  /// key(name) followed by value(v).
  template <class T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

  /// Ends the document with a newline and flushes it to the stream.
  void finish();

 private:
  void before_value();
  void newline_and_indent();
  void flush_if_large();

  struct Level {
    bool is_array;
    std::size_t count;
  };
  std::ostream* out_;
  std::string buffer_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

/// `text` as a JSON string literal, quotes included (RFC 8259 escaping; UTF-8 passes through).
std::string json_quote(std::string_view text);

}  // namespace tenderkit::report
