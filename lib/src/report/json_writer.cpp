// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/report/json_writer.hpp>

#include <fmt/format.h>

#include <cassert>
#include <iterator>

namespace tenderkit::report {

namespace {

// Escapes per RFC 8259; runs of ordinary characters are appended whole, which is most text.
void append_quoted(std::string& out, std::string_view text) {
  if (text::has_non_ascii(text) && !text::is_valid_utf8(text)) {
    // JSON is UTF-8 (RFC 8259): a stray byte (a Latin-1 file name) is written as the text \xNN.
    append_quoted(out, text::escape_invalid_utf8(text));
    return;
  }
  out += '"';
  std::size_t run_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      continue;
    }
    out.append(text, run_start, i - run_start);
    run_start = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(c));
    }
  }
  out.append(text, run_start, text.size() - run_start);
  out += '"';
}

constexpr std::size_t kFlushThreshold = 1 << 16;

}  // namespace

std::string json_quote(std::string_view text) {
  std::string out;
  append_quoted(out, text);
  return out;
}

JsonWriter::JsonWriter(std::ostream& out) : out_(&out) {}

JsonWriter::~JsonWriter() {
  out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
}

void JsonWriter::newline_and_indent() {
  buffer_ += '\n';
  buffer_.append(levels_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) {
    return;
  }
  assert(levels_.back().is_array && "a value inside an object needs a key first");
  if (levels_.back().count++ > 0) {
    buffer_ += ',';
  }
  newline_and_indent();
}

void JsonWriter::flush_if_large() {
  if (buffer_.size() >= kFlushThreshold) {
    out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }
}

JsonWriter& JsonWriter::key(std::string_view name) {
  assert(!levels_.empty() && !levels_.back().is_array);
  if (levels_.back().count++ > 0) {
    buffer_ += ',';
  }
  newline_and_indent();
  append_quoted(buffer_, name);
  buffer_ += ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  buffer_ += '{';
  levels_.push_back(Level{false, 0});
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  buffer_ += '[';
  levels_.push_back(Level{true, 0});
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  assert(!levels_.empty() && !levels_.back().is_array);
  const bool empty = levels_.back().count == 0;
  levels_.pop_back();
  if (!empty) {
    newline_and_indent();
  }
  buffer_ += '}';
  flush_if_large();
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  assert(!levels_.empty() && levels_.back().is_array);
  const bool empty = levels_.back().count == 0;
  levels_.pop_back();
  if (!empty) {
    newline_and_indent();
  }
  buffer_ += ']';
  flush_if_large();
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  append_quoted(buffer_, text);
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  before_value();
  buffer_ += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
  before_value();
  fmt::format_to(std::back_inserter(buffer_), "{}", number);
  return *this;
}

JsonWriter& JsonWriter::value(std::size_t number) {
  before_value();
  fmt::format_to(std::back_inserter(buffer_), "{}", number);
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  buffer_ += "null";
  return *this;
}

JsonWriter& JsonWriter::value(const std::optional<std::string>& text) {
  return text ? value(std::string_view(*text)) : null();
}

void JsonWriter::finish() {
  assert(levels_.empty());
  buffer_ += '\n';
  out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

}  // namespace tenderkit::report
