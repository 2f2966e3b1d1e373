// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/input/toml_reader.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderkit::input {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

}  // namespace

SourceLocation location_of(const toml::source_region& region, const std::string& file) {
  return SourceLocation{file, static_cast<int>(region.begin.line),
                        static_cast<int>(region.begin.column)};
}

Result<toml::table> parse_toml(std::string_view content, const std::string& file) {
  if (content.starts_with(kBom)) {
    content.remove_prefix(kBom.size());
  }
  if (const std::size_t bad = text::invalid_utf8_offset(content); bad != std::string_view::npos) {
    // toml++ would stop here too, but people who saved as Latin-1 deserve a plainer message.
    const std::string_view before = content.substr(0, bad);
    const std::size_t line_start = before.rfind('\n') + 1;  // npos + 1 == 0
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const auto column = 1 + text::utf8_length(before.substr(line_start));
    return Error::input("the file is not valid UTF-8 text",
                        SourceLocation{file, static_cast<int>(line), static_cast<int>(column)},
                        "save the file as UTF-8");
  }
  try {
    return toml::parse(content, std::string_view(file));
  } catch (const toml::parse_error& error) {
    std::string message;
    for (char c : error.description()) {
      if (c == '\n') {
        message += "\\n";
      } else if (c != '\r') {
        message += c;
      }
    }
    return Error::input("invalid TOML: " + message, location_of(error.source(), file));
  }
}

std::string_view describe_type(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

TableReader::TableReader(const toml::table& table, const std::string& file, DiagnosticSink& sink,
                         std::string what)
    : table_(&table), file_(file), sink_(&sink), what_(std::move(what)) {}

SourceLocation TableReader::where() const {
  SourceLocation location = location_of(table_->source(), file_);
  if (location.line <= 0) {
    location.line = 1;
    location.column = 1;
  }
  return location;
}

SourceLocation TableReader::where(std::string_view key) const {
  const auto it = table_->find(key);
  if (it == table_->end()) {
    return where();
  }
  return location_of(it->second.source(), file_);
}

bool TableReader::has(std::string_view key) const {
  return table_->contains(key);
}

bool TableReader::absent_or_empty(std::string_view key) const {
  const toml::node* node = table_->get(key);
  return node == nullptr || (node->is_array() && node->as_array()->empty());
}

const toml::node* TableReader::lookup(std::string_view key) {
  accept(key);
  return table_->get(key);
}

const toml::node* TableReader::node(std::string_view key) {
  return lookup(key);
}

void TableReader::accept(std::string_view key) {
  if (std::find(known_.begin(), known_.end(), key) == known_.end()) {
    known_.emplace_back(key);
  }
}

void TableReader::type_error(std::string_view key, const toml::node& node,
                             std::string_view expected) {
  sink_->error(fmt::format("'{}' must be {}, found {}", key, expected, describe_type(node)),
               location_of(node.source(), file_));
}

std::optional<std::string> TableReader::optional_string(std::string_view key) {
  const toml::node* node = lookup(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  if (const auto* value = node->as_string()) {
    return value->get();
  }
  type_error(key, *node, "a string");
  return std::nullopt;
}

std::optional<std::string> TableReader::required_string(std::string_view key) {
  if (!has(key)) {
    accept(key);
    sink_->error(fmt::format("{} lacks the required key '{}'", what_, key), where());
    return std::nullopt;
  }
  std::optional<std::string> value = optional_string(key);
  if (value && value->find_first_not_of(" \t") == std::string::npos) {
    sink_->error(fmt::format("'{}' must not be empty", key), where(key));
    return std::nullopt;
  }
  return value;
}

std::optional<bool> TableReader::optional_bool(std::string_view key) {
  const toml::node* node = lookup(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  if (const auto* value = node->as_boolean()) {
    return value->get();
  }
  type_error(key, *node, "true or false");
  return std::nullopt;
}

std::optional<std::int64_t> TableReader::optional_integer(std::string_view key,
                                                          std::int64_t minimum,
                                                          std::int64_t maximum) {
  const toml::node* node = lookup(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  const auto* value = node->as_integer();
  if (value == nullptr) {
    type_error(key, *node, "an integer");
    return std::nullopt;
  }
  if (value->get() < minimum || value->get() > maximum) {
    sink_->error(fmt::format("'{}' must be between {} and {}, found {}", key, minimum, maximum,
                             value->get()),
                 location_of(node->source(), file_));
    return std::nullopt;
  }
  return value->get();
}

std::optional<Rational> TableReader::number_of(const toml::node& node, std::string_view what) {
  if (const auto* integer = node.as_integer()) {
    return Rational(integer->get());
  }
  if (const auto* floating = node.as_floating_point()) {
    if (Result<Rational> exact = Rational::from_double(floating->get())) {
      return *exact;
    }
  }
  sink_->error(
      fmt::format("{} must be a number such as 8 or 7.5, found {}", what, describe_type(node)),
      location_of(node.source(), file_));
  return std::nullopt;
}

std::optional<Rational> TableReader::optional_number(std::string_view key) {
  const toml::node* node = lookup(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  return number_of(*node, fmt::format("'{}'", key));
}

std::optional<std::string> TableReader::optional_choice(
    std::string_view key, std::initializer_list<std::string_view> choices,
    std::initializer_list<Alias> aliases) {
  const SourceLocation location = where(key);
  std::optional<std::string> value = optional_string(key);
  if (!value) {
    return std::nullopt;
  }
  if (std::find(choices.begin(), choices.end(), *value) != choices.end()) {
    return value;
  }
  std::vector<std::string> names(choices.begin(), choices.end());
  std::vector<std::string> quoted;
  for (const std::string& name : names) {
    quoted.push_back("'" + name + "'");
  }
  std::string hint = text::did_you_mean(*value, names);
  const std::string folded = text::fold_case(*value);
  for (const Alias& alias : aliases) {
    if (folded == alias.word) {
      hint = fmt::format("did you mean '{}'? ('{}' is written '{}' here)", alias.choice, *value,
                         alias.choice);
    }
  }
  sink_->error(
      fmt::format("'{}' must be one of {}, found '{}'", key, text::join(quoted, ", "), *value),
      location, hint);
  return std::nullopt;
}

std::optional<std::vector<LocatedString>> TableReader::optional_string_array(std::string_view key) {
  const toml::node* node = lookup(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  const auto* array = node->as_array();
  if (array == nullptr) {
    type_error(key, *node, "an array of strings");
    return std::nullopt;
  }
  std::vector<LocatedString> values;
  values.reserve(array->size());
  for (const toml::node& element : *array) {
    if (const auto* value = element.as_string()) {
      values.push_back(
          LocatedString{value->get(), location_of(element.source(), file_).position()});
    } else {
      sink_->error(
          fmt::format("'{}' must hold only strings, found {}", key, describe_type(element)),
          location_of(element.source(), file_));
    }
  }
  return values;
}

std::vector<const toml::table*> TableReader::table_array(std::string_view key) {
  const toml::node* node = lookup(key);
  std::vector<const toml::table*> tables;
  if (node == nullptr) {
    return tables;
  }
  const auto* array = node->as_array();
  if (array != nullptr && array->empty()) {
    return tables;  // `key = []`: no entries, which the caller judges like an absent key
  }
  if (array == nullptr || !array->is_array_of_tables()) {
    sink_->error(fmt::format("'{}' must be an array of tables, written [[{}]], found {}", key, key,
                             describe_type(*node)),
                 location_of(node->source(), file_));
    return tables;
  }
  for (const toml::node& element : *array) {
    tables.push_back(element.as_table());
  }
  return tables;
}

const toml::table* TableReader::optional_table(std::string_view key) {
  const toml::node* node = lookup(key);
  if (node == nullptr) {
    return nullptr;
  }
  if (const auto* table = node->as_table()) {
    return table;
  }
  type_error(key, *node, fmt::format("a table, written [{}]", key));
  return nullptr;
}

void TableReader::finish() {
  for (const auto& [key, node] : *table_) {
    if (std::find(known_.begin(), known_.end(), key.str()) != known_.end()) {
      continue;
    }
    sink_->error(
        fmt::format("unknown key '{}' in {}", key.str(), what_), location_of(key.source(), file_),
        text::did_you_mean(key.str(), std::vector<std::string>(known_.begin(), known_.end())));
  }
}

}  // namespace tenderkit::input
