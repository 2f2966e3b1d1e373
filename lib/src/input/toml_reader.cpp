// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/input/toml_reader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace tenderkit::input {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Line `line` (1-based) of `content`, without its line end.
std::string_view line_of(std::string_view content, std::size_t line) {
  for (std::size_t i = 1; i < line; ++i) {
    const std::size_t end = content.find('\n');
    if (end == std::string_view::npos) {
      return {};
    }
    content.remove_prefix(end + 1);
  }
  content = content.substr(0, content.find('\n'));
  if (content.ends_with('\r')) {
    content.remove_suffix(1);
  }
  return content;
}

// The bytes of `line` before column `column` (1-based, counted in code points as toml++ does).
std::size_t byte_offset(std::string_view line, std::size_t column) {
  std::size_t offset = 0;
  for (std::size_t seen = 1; seen < column && offset < line.size(); ++seen) {
    ++offset;
    while (offset < line.size() && (static_cast<unsigned char>(line[offset]) & 0xC0) == 0x80) {
      ++offset;
    }
  }
  return offset;
}

std::string_view trim(std::string_view s) {
  const std::size_t first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    return {};
  }
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// The text after `quote` in `description` up to the next `quote`, e.g. the key in "... 'name'".
std::string_view quoted_in(std::string_view description, char quote = '\'') {
  const std::size_t open = description.rfind(quote, description.size() - 2);
  if (open == std::string_view::npos || !description.ends_with(quote)) {
    return {};
  }
  return description.substr(open + 1, description.size() - open - 2);
}

// Dutch (and a few other) words users write for a key. A word may name several keys; the first
// that is a key of the table at hand is the hint, before any "closest key" by edit distance. A
// note replaces "('word' is written 'key' here)" where the key alone would not say enough.
struct DutchKey {
  std::string_view word;  // lower case, '_' for '-' and ' '
  std::string_view key;
  std::string_view note;
};

constexpr DutchKey kDutchKeys[] = {
    // Registrations: the consortium and its members.
    {"lid", "member", ""},
    {"leden", "member", ""},
    {"deelnemer", "member", ""},
    {"deelnemers", "member", ""},
    {"aanbieder", "member", ""},
    {"aanbieders", "member", ""},
    {"penvoerder", "member", "the penvoerder is a [[member]] with role = \"lead\""},
    {"penvoerder", "role", "the penvoerder is written role = \"lead\""},
    {"hoofdaannemer", "member",
     "the main contractor is a [[member]] with role = \"main-contractor\""},
    {"hoofdaannemer", "role", "the main contractor is written role = \"main-contractor\""},
    {"onderaannemer", "member", "a subcontractor is a [[member]] with role = \"subcontractor\""},
    {"onderaannemers", "member", "a subcontractor is a [[member]] with role = \"subcontractor\""},
    {"onderaannemer", "role", "a subcontractor is written role = \"subcontractor\""},
    {"rol", "role", ""},
    {"kvk_nummer", "kvk", ""},
    {"kvknummer", "kvk", ""},
    {"agb_code", "agb", ""},
    {"agbcode", "agb", ""},
    {"verklaring", "declaration", ""},
    {"eigen_verklaring", "declaration", ""},
    {"uea", "declaration", ""},
    {"rechtsvorm", "legal_form", ""},
    {"rechtsvorm", "legal_forms", ""},
    {"rechtsvormen", "legal_forms", ""},
    {"aanbesteding", "tender", ""},
    // Names and texts.
    {"naam", "name", ""},
    {"titel", "title", ""},
    {"kenmerk", "id", ""},
    {"taal", "language", ""},
    {"tekst", "text", ""},
    {"omschrijving", "text", ""},
    {"engelse_naam", "name_en", ""},
    {"naam_en", "name_en", ""},
    // The tender: municipalities, services, certifications, integrality.
    {"gemeente", "municipality", ""},
    {"gemeente", "municipalities", ""},
    {"gemeenten", "municipalities", ""},
    {"gemeentes", "municipalities", ""},
    {"gemeenten", "municipality", ""},
    {"gemeentes", "municipality", ""},
    {"dienst", "service", ""},
    {"dienst", "services", ""},
    {"diensten", "services", ""},
    {"diensten", "service", ""},
    {"certificering", "certification", ""},
    {"certificering", "certifications", ""},
    {"certificeringen", "certifications", ""},
    {"certificeringen", "certification", ""},
    {"certificaat", "certification", ""},
    {"certificaat", "certifications", ""},
    {"certificaten", "certifications", ""},
    {"certificaten", "certification", ""},
    {"keurmerk", "certification", ""},
    {"keurmerk", "certifications", ""},
    {"keurmerken", "certifications", ""},
    {"keurmerken", "certification", ""},
    {"productcode", "code", ""},
    {"lokaal", "local", ""},
    {"integraliteit", "integrality", ""},
    {"min_leden", "min_members", ""},
    {"minimum_leden", "min_members", ""},
    {"max_leden", "max_members", ""},
    {"maximum_leden", "max_members", ""},
    // The preselection.
    {"voorselectie", "preselection", ""},
    {"preselectie", "preselection", ""},
    {"selectie", "preselection", ""},
    {"criterium", "criterion", ""},
    {"criteria", "criterion", ""},
    {"gunningscriterium", "criterion", ""},
    {"selectiecriterium", "criterion", ""},
    {"weging", "weight", ""},
    {"gewicht", "weight", ""},
    {"soort_weging", "weight_kind", ""},
    {"beoordelaar", "evaluator", ""},
    {"beoordelaars", "evaluator", ""},
    {"beoordelingscommissie", "evaluator", ""},
    {"beoordeling", "evaluation", ""},
    {"beoordelingen", "evaluation", ""},
    {"schaal", "scale", ""},
    {"waarden", "values", ""},
    {"stap", "step", ""},
    {"stapgrootte", "step", ""},
    {"minimum", "min", ""},
    {"maximum", "max", ""},
    {"knock_out", "knockout", ""},
    {"eis", "knockout", ""},
    {"eisen", "knockout", ""},
    {"geschiktheidseis", "knockout", ""},
    {"toelichting", "guidance", ""},
    {"toelichting", "motivation", ""},
    {"toelichting", "text", ""},
    {"handreiking", "guidance", ""},
    {"min_kandidaten", "min_candidates", ""},
    {"min_gegadigden", "min_candidates", ""},
    {"max_kandidaten", "max_candidates", ""},
    {"max_gegadigden", "max_candidates", ""},
    {"spreiding", "spread_threshold", ""},
    {"loting", "lot_seed", ""},
    {"lotingszaad", "lot_seed", ""},
    {"gelijke_stand", "tie_break", ""},
    {"beslisregel", "tie_break", ""},
    // Scores files.
    {"gegadigde", "candidate", ""},
    {"gegadigden", "candidate", ""},
    {"kandidaat", "candidate", ""},
    {"kandidaten", "candidate", ""},
    {"cijfer", "score", ""},
    {"scores", "score", ""},
    {"motivering", "motivation", ""},
    {"onderbouwing", "motivation", ""},
    {"formulierversie", "form_version", ""},
    {"versie", "form_version", ""},
    {"bron", "source", ""},
    // Contracts and the timeline.
    {"overeenkomst", "contract", ""},
    {"overeenkomsten", "contract", ""},
    {"contracten", "contract", ""},
    {"opdrachtnemer", "provider", ""},
    {"leverancier", "provider", ""},
    {"zorgaanbieder", "provider", ""},
    {"zorgsoort", "care_type", ""},
    {"soort_zorg", "care_type", ""},
    {"soort", "kind", ""},
    {"soort", "care_type", ""},
    {"begin", "start", ""},
    {"ingangsdatum", "start", ""},
    {"aanvang", "start", ""},
    {"startdatum", "start", ""},
    {"einde", "end", ""},
    {"eind", "end", ""},
    {"einddatum", "end", ""},
    {"looptijd", "term", ""},
    {"termijn", "term", ""},
    {"verlenging", "extension", ""},
    {"verlengingen", "extension", ""},
    {"verlengingsopties", "extension", ""},
    {"opties", "options", ""},
    {"gebruikt", "used", ""},
    {"lengte", "length", ""},
    {"duur", "duration", ""},
    {"duur", "length", ""},
    {"besluit_voor", "decide_before", ""},
    {"beslissen_voor", "decide_before", ""},
    {"evaluatie", "evaluations", ""},
    {"evaluaties", "evaluations", ""},
    {"evaluatiemomenten", "evaluations", ""},
    {"opzegtermijn", "notice_period", ""},
    {"instroommomenten", "intake_moments", ""},
    {"intakemomenten", "intake_moments", ""},
    {"rapportage", "reporting", ""},
    {"rapportages", "reporting", ""},
    {"verantwoording", "reporting", ""},
    {"frequentie", "cadence", ""},
    {"termijn_na", "due_after_days", ""},
    {"dagen_na", "due_after_days", ""},
    {"budgetafspraak", "budget_agreement", ""},
    {"budget", "budget_agreement", ""},
    {"indexatie", "indexation", ""},
    {"indexering", "indexation", ""},
    {"termijnregels", "deadline_rules", ""},
    {"fase", "phase", ""},
    {"fasen", "phase", ""},
    {"fases", "phase", ""},
    {"na", "after", ""},
    {"vertraging", "lag", ""},
    {"uitloop", "lag", ""},
    {"startregel", "start_rule", ""},
    {"eindregel", "end_rule", ""},
    {"brugdag", "bridging_day", ""},
    {"brugdagen", "bridging_day", ""},
    {"datum", "date", ""},
};

// How a key is written, in the shape the user gave the unknown one: [[path.key]], [path.key] or
// 'key', where the path comes from the table's name in messages ("[preselection]").
std::string shown_as(std::string_view key, const toml::node& node, std::string_view table_name) {
  std::string path;
  if (table_name.starts_with('[')) {
    const std::size_t first = table_name.find_first_not_of('[');
    const std::size_t last = table_name.find_last_not_of(']');
    if (first != std::string_view::npos && last != std::string_view::npos && first <= last) {
      path = std::string(table_name.substr(first, last - first + 1)) + ".";
    }
  }
  if (const auto* array = node.as_array(); array != nullptr && array->is_array_of_tables()) {
    return fmt::format("[[{}{}]]", path, key);
  }
  if (node.is_table()) {
    return fmt::format("[{}{}]", path, key);
  }
  return fmt::format("'{}'", key);
}

// The hint for an unknown key that is a Dutch word for one of `known`, or "".
std::string dutch_key_hint(std::string_view written, const toml::node& node,
                           const std::vector<std::string_view>& known,
                           std::string_view table_name) {
  std::string word = text::fold_case(written);
  std::replace_if(
      word.begin(), word.end(), [](char c) { return c == '-' || c == ' '; }, '_');
  for (const DutchKey& entry : kDutchKeys) {
    if (entry.word != word || std::find(known.begin(), known.end(), entry.key) == known.end()) {
      continue;
    }
    if (!entry.note.empty()) {
      return std::string(entry.note);
    }
    const std::string shown = shown_as(entry.key, node, table_name);
    return fmt::format("did you mean {}? ('{}' is written {} here)", shown, written,
                       shown.starts_with('[') ? shown : "'" + std::string(entry.key) + "'");
  }
  return {};
}

struct PlainWords {
  std::string message;
  std::string hint;
};

// The common mistakes in plain words: what toml++ saw, and what the user most likely did. Returns
// nothing for other errors, whose toml++ wording is kept.
std::optional<PlainWords> plain_words(std::string_view description, std::string_view line_text,
                                      std::size_t column) {
  const std::string_view before = line_text.substr(0, byte_offset(line_text, column));
  const std::string_view at = line_text.substr(before.size());
  const std::string_view key = trim(before.substr(0, before.find('=')));
  if ((description.starts_with("Error while parsing string:") ||
       description.starts_with("Error while parsing literal string:")) &&
      (at.empty() || description.ends_with("end-of-file"))) {
    const char quote = description.starts_with("Error while parsing string:") ? '"' : '\'';
    return PlainWords{"invalid TOML: the text in quotes is not closed on this line",
                      fmt::format("end it with {} before the end of the line", quote)};
  }
  if (description.starts_with("Error while parsing table header: expected ']'")) {
    const std::string_view header = trim(before);
    const bool array = header.starts_with("[[");
    std::string_view name = trim(header.substr(array ? 2 : 1));
    while (name.ends_with(']')) {
      name.remove_suffix(1);
    }
    return PlainWords{
        fmt::format("invalid TOML: the table header is not closed with {}", array ? "]]" : "]"),
        array ? fmt::format("write [[{}]]", trim(name)) : fmt::format("write [{}]", trim(name))};
  }
  if (description.starts_with("Error while parsing array: encountered end-of-file") ||
      description.starts_with("Error while parsing array: expected comma or closing ']'")) {
    return PlainWords{"invalid TOML: the list is not closed with ], or a comma is missing",
                      "write a list as [\"a\", \"b\"]: commas between the values, ] at the end"};
  }
  if (description.starts_with("Error while parsing key-value pair: expected '='")) {
    const std::string_view name = trim(before);
    if (!at.empty() && at.front() != '"' && at.front() != '\'' && at.front() != '#') {
      return PlainWords{fmt::format("invalid TOML: a key has no spaces, found '{} {}'", name,
                                    trim(at.substr(0, at.find_first_of(" =\t")))),
                        "write the words with _ between them, e.g. legal_form"};
    }
    return PlainWords{fmt::format("invalid TOML: '=' is missing after the key '{}'", name),
                      fmt::format("write {} = \"...\"", name)};
  }
  if (description.starts_with("Error while parsing key-value pair: cannot redefine existing")) {
    const std::string_view name = quoted_in(description);
    return PlainWords{
        fmt::format("invalid TOML: the key '{}' is given twice in the same table", name),
        "keep one; if a new entry starts here, begin it with its own [[...]] line"};
  }
  if (description.starts_with("Error while parsing table header: cannot redefine existing")) {
    const std::string_view name = quoted_in(description);
    return PlainWords{fmt::format("invalid TOML: the table [{}] is given twice", name),
                      fmt::format("merge the two into one [{}], or write [[{}]] for a list of "
                                  "tables",
                                  name, name)};
  }
  if (description == "Error while parsing value: could not determine value type" && !key.empty()) {
    if (at.starts_with('=')) {
      return PlainWords{"invalid TOML: '=' is written twice", fmt::format("write {} = ...", key)};
    }
    // Inside a list or an inline table the value ends at the next comma or bracket.
    const std::string_view after_equals = trim(before.substr(before.find('=') + 1));
    const bool nested = after_equals.starts_with('[') || after_equals.starts_with('{');
    std::string_view value = at.substr(0, at.find(" #"));
    if (nested) {
      value = value.substr(0, value.find_first_of(",]}"));
    }
    value = trim(value);
    if (!value.empty() && (std::isalpha(static_cast<unsigned char>(value.front())) != 0 ||
                           static_cast<unsigned char>(value.front()) >= 0x80)) {
      return PlainWords{fmt::format("invalid TOML: the text {} is not in quotes", value),
                        nested ? fmt::format("write \"{}\"", value)
                               : fmt::format("write {} = \"{}\"", key, value)};
    }
  }
  if (description.starts_with("Error while parsing boolean:")) {
    return PlainWords{"invalid TOML: true and false are written in lower case",
                      fmt::format("write {} = true or {} = false", key, key)};
  }
  if (description.ends_with("leading zeroes are prohibited") && !key.empty()) {
    const std::string_view value = trim(line_text.substr(line_text.find('=') + 1));
    return PlainWords{"invalid TOML: a number cannot start with 0",
                      fmt::format("numbers such as KvK numbers and AGB codes are text: write {} "
                                  "= \"{}\"",
                                  key, trim(value.substr(0, value.find(" #"))))};
  }
  return std::nullopt;
}

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
    return Error::input("the file is not valid UTF-8 text",
                        SourceLocation{file, text::position_at(content, bad)},
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
    const SourceLocation where = location_of(error.source(), file);
    if (where.line > 0 && where.column > 0) {
      if (std::optional<PlainWords> plain =
              plain_words(message, line_of(content, static_cast<std::size_t>(where.line)),
                          static_cast<std::size_t>(where.column))) {
        return Error::input(std::move(plain->message), where, std::move(plain->hint));
      }
    }
    return Error::input("invalid TOML: " + message, where);
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
    std::string hint = dutch_key_hint(key.str(), node, known_, what_);
    if (hint.empty()) {
      hint = text::did_you_mean(key.str(), std::vector<std::string>(known_.begin(), known_.end()));
    }
    sink_->error(fmt::format("unknown key '{}' in {}", key.str(), what_),
                 location_of(key.source(), file_), std::move(hint));
  }
}

std::string toml_quote(std::string_view given) {
  // TOML is UTF-8: a stray byte (a Latin-1 file name as the source) is written as the text \xNN.
  const std::string text = text::escape_invalid_utf8(given);
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
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
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          out += fmt::format("\\u{:04X}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

}  // namespace tenderkit::input
