// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/rational.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/core/wording.hpp>

#include <toml++/toml.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::input {

/// Parses TOML text (a UTF-8 BOM and CRLF line ends are fine); a syntax error becomes an input
/// error at its file:line:column.
Result<toml::table> parse_toml(std::string_view content, const std::string& file);

SourceLocation location_of(const toml::source_region& region, const std::string& file);

/// True for ids made of letters, digits, '.', '_' and '-', starting with a letter or digit (the
/// ids of every input file: tender, services, phases, contracts, registrations).
bool is_valid_id(std::string_view id);

/// Reports a malformed id ("service id 'a b' may hold only ...") and returns false; true if valid.
bool check_id(DiagnosticSink& sink, const wording::Phrase& what, const std::string& id,
              const SourceLocation& where);

/// A string with the place it was written (in the reader's file; TableReader::at() names it).
struct LocatedString {
  std::string value;
  TextPosition where;
};

/// Reads one TOML table key by key with type checks, reporting every problem to a sink. Keys the
/// caller never asked for are reported by finish() as unknown, with the closest known key. Key
/// arguments must outlive the reader (string literals do): they are remembered, not copied.
class TableReader {
 public:
  /// `what` names the table in messages, e.g. "[[member]]" or "the tender file".
  TableReader(const toml::table& table, const std::string& file, DiagnosticSink& sink,
              std::string what);
  /// `what` in words: "the tender file".
  TableReader(const toml::table& table, const std::string& file, DiagnosticSink& sink,
              LocalizedText what);

  /// Where the table starts (the file's first line for the root table).
  SourceLocation where() const;
  /// Where a key of this table is written, or where() when it is absent.
  SourceLocation where(std::string_view key) const;
  bool has(std::string_view key) const;
  /// A position in this reader's file as a full location, for messages.
  SourceLocation at(TextPosition position) const { return SourceLocation(file_, position); }

  std::optional<std::string> required_string(std::string_view key);
  std::optional<std::string> optional_string(std::string_view key);
  std::optional<bool> optional_bool(std::string_view key);
  std::optional<std::int64_t> optional_integer(std::string_view key, std::int64_t minimum,
                                               std::int64_t maximum);
  /// A word users may write for a choice, e.g. the Dutch "penvoerder" for "lead".
  struct Alias {
    std::string_view word;
    std::string_view choice;
  };
  /// A number (integer or decimal such as 7.5) as an exact rational.
  std::optional<Rational> optional_number(std::string_view key);
  /// A number node (an array element, say) as an exact rational; reports anything else.
  std::optional<Rational> number_of(const toml::node& node, const LocalizedText& what);
  /// A string that must be one of `choices`; an unknown one gets "did you mean", from the aliases
  /// (compared without case) or else the closest choice.
  std::optional<std::string> optional_choice(std::string_view key,
                                             std::initializer_list<std::string_view> choices,
                                             std::initializer_list<Alias> aliases = {});
  /// An array of strings; absent gives std::nullopt, a wrong element type is reported.
  std::optional<std::vector<LocatedString>> optional_string_array(std::string_view key);
  /// True when the key is absent or an empty array: "none given", as opposed to a wrong type.
  bool absent_or_empty(std::string_view key) const;
  /// The tables of an array of tables (`[[key]]`); absent gives an empty list.
  std::vector<const toml::table*> table_array(std::string_view key);
  /// A sub-table (`[key]`); absent gives nullptr.
  const toml::table* optional_table(std::string_view key);

  /// The raw node of a key (nullptr when absent), marking the key as known.
  const toml::node* node(std::string_view key);

  /// Marks a key as known without reading it (read elsewhere, or reserved).
  void accept(std::string_view key);

  /// Reports every key that was not asked for.
  void finish();

  const std::string& file() const { return file_; }
  DiagnosticSink& sink() const { return *sink_; }

 private:
  const toml::node* lookup(std::string_view key);
  void type_error(std::string_view key, const toml::node& node, const LocalizedText& expected);

  const toml::table* table_;
  std::string file_;
  DiagnosticSink* sink_;
  LocalizedText what_;
  std::vector<std::string_view> known_;  // callers pass keys as literals, which outlive us
};

/// "a string", "an integer", "a table", ... for messages.
const wording::Phrase& describe_type(const toml::node& node);

/// A TOML basic string: quotes, backslashes and control characters escaped; malformed UTF-8 is
/// written as the text \xNN.
std::string toml_quote(std::string_view given);

}  // namespace tenderkit::input
