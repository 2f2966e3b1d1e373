// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/input/wording.hpp>

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
  const wording::Phrase* note = nullptr;
};

constexpr DutchKey kDutchKeys[] = {
    // Registrations: the consortium and its members.
    {"lid", "member", nullptr},
    {"leden", "member", nullptr},
    {"deelnemer", "member", nullptr},
    {"deelnemers", "member", nullptr},
    {"aanbieder", "member", nullptr},
    {"aanbieders", "member", nullptr},
    {"penvoerder", "member", &words::note_penvoerder_member},
    {"penvoerder", "role", &words::note_penvoerder_role},
    {"hoofdaannemer", "member", &words::note_main_contractor_member},
    {"hoofdaannemer", "role", &words::note_main_contractor_role},
    {"onderaannemer", "member", &words::note_subcontractor_member},
    {"onderaannemers", "member", &words::note_subcontractor_member},
    {"onderaannemer", "role", &words::note_subcontractor_role},
    {"rol", "role", nullptr},
    {"kvk_nummer", "kvk", nullptr},
    {"kvknummer", "kvk", nullptr},
    {"agb_code", "agb", nullptr},
    {"agbcode", "agb", nullptr},
    {"verklaring", "declaration", nullptr},
    {"eigen_verklaring", "declaration", nullptr},
    {"uea", "declaration", nullptr},
    {"rechtsvorm", "legal_form", nullptr},
    {"rechtsvorm", "legal_forms", nullptr},
    {"rechtsvormen", "legal_forms", nullptr},
    {"aanbesteding", "tender", nullptr},
    // Names and texts.
    {"naam", "name", nullptr},
    {"titel", "title", nullptr},
    {"kenmerk", "id", nullptr},
    {"taal", "language", nullptr},
    {"tekst", "text", nullptr},
    {"omschrijving", "text", nullptr},
    {"engelse_naam", "name_en", nullptr},
    {"naam_en", "name_en", nullptr},
    // The tender: municipalities, services, certifications, integrality.
    {"gemeente", "municipality", nullptr},
    {"gemeente", "municipalities", nullptr},
    {"gemeenten", "municipalities", nullptr},
    {"gemeentes", "municipalities", nullptr},
    {"gemeenten", "municipality", nullptr},
    {"gemeentes", "municipality", nullptr},
    {"dienst", "service", nullptr},
    {"dienst", "services", nullptr},
    {"diensten", "services", nullptr},
    {"diensten", "service", nullptr},
    {"certificering", "certification", nullptr},
    {"certificering", "certifications", nullptr},
    {"certificeringen", "certifications", nullptr},
    {"certificeringen", "certification", nullptr},
    {"certificaat", "certification", nullptr},
    {"certificaat", "certifications", nullptr},
    {"certificaten", "certifications", nullptr},
    {"certificaten", "certification", nullptr},
    {"keurmerk", "certification", nullptr},
    {"keurmerk", "certifications", nullptr},
    {"keurmerken", "certifications", nullptr},
    {"keurmerken", "certification", nullptr},
    {"productcode", "code", nullptr},
    {"lokaal", "local", nullptr},
    {"integraliteit", "integrality", nullptr},
    {"min_leden", "min_members", nullptr},
    {"minimum_leden", "min_members", nullptr},
    {"max_leden", "max_members", nullptr},
    {"maximum_leden", "max_members", nullptr},
    // The preselection.
    {"voorselectie", "preselection", nullptr},
    {"preselectie", "preselection", nullptr},
    {"selectie", "preselection", nullptr},
    {"criterium", "criterion", nullptr},
    {"criteria", "criterion", nullptr},
    {"gunningscriterium", "criterion", nullptr},
    {"selectiecriterium", "criterion", nullptr},
    {"weging", "weight", nullptr},
    {"gewicht", "weight", nullptr},
    {"soort_weging", "weight_kind", nullptr},
    {"beoordelaar", "evaluator", nullptr},
    {"beoordelaars", "evaluator", nullptr},
    {"beoordelingscommissie", "evaluator", nullptr},
    {"beoordeling", "evaluation", nullptr},
    {"beoordelingen", "evaluation", nullptr},
    {"schaal", "scale", nullptr},
    {"waarden", "values", nullptr},
    {"stap", "step", nullptr},
    {"stapgrootte", "step", nullptr},
    {"minimum", "min", nullptr},
    {"maximum", "max", nullptr},
    {"knock_out", "knockout", nullptr},
    {"eis", "knockout", nullptr},
    {"eisen", "knockout", nullptr},
    {"geschiktheidseis", "knockout", nullptr},
    {"toelichting", "guidance", nullptr},
    {"toelichting", "motivation", nullptr},
    {"toelichting", "text", nullptr},
    {"handreiking", "guidance", nullptr},
    {"min_kandidaten", "min_candidates", nullptr},
    {"min_gegadigden", "min_candidates", nullptr},
    {"max_kandidaten", "max_candidates", nullptr},
    {"max_gegadigden", "max_candidates", nullptr},
    {"spreiding", "spread_threshold", nullptr},
    {"loting", "lot_seed", nullptr},
    {"lotingszaad", "lot_seed", nullptr},
    {"gelijke_stand", "tie_break", nullptr},
    {"beslisregel", "tie_break", nullptr},
    // Scores files.
    {"gegadigde", "candidate", nullptr},
    {"gegadigden", "candidate", nullptr},
    {"kandidaat", "candidate", nullptr},
    {"kandidaten", "candidate", nullptr},
    {"cijfer", "score", nullptr},
    {"scores", "score", nullptr},
    {"motivering", "motivation", nullptr},
    {"onderbouwing", "motivation", nullptr},
    {"formulierversie", "form_version", nullptr},
    {"versie", "form_version", nullptr},
    {"bron", "source", nullptr},
    // Contracts and the timeline.
    {"overeenkomst", "contract", nullptr},
    {"overeenkomsten", "contract", nullptr},
    {"contracten", "contract", nullptr},
    {"opdrachtnemer", "provider", nullptr},
    {"leverancier", "provider", nullptr},
    {"zorgaanbieder", "provider", nullptr},
    {"zorgsoort", "care_type", nullptr},
    {"soort_zorg", "care_type", nullptr},
    {"soort", "kind", nullptr},
    {"soort", "care_type", nullptr},
    {"begin", "start", nullptr},
    {"ingangsdatum", "start", nullptr},
    {"aanvang", "start", nullptr},
    {"startdatum", "start", nullptr},
    {"einde", "end", nullptr},
    {"eind", "end", nullptr},
    {"einddatum", "end", nullptr},
    {"looptijd", "term", nullptr},
    {"termijn", "term", nullptr},
    {"verlenging", "extension", nullptr},
    {"verlengingen", "extension", nullptr},
    {"verlengingsopties", "extension", nullptr},
    {"opties", "options", nullptr},
    {"gebruikt", "used", nullptr},
    {"lengte", "length", nullptr},
    {"duur", "duration", nullptr},
    {"duur", "length", nullptr},
    {"besluit_voor", "decide_before", nullptr},
    {"beslissen_voor", "decide_before", nullptr},
    {"evaluatie", "evaluations", nullptr},
    {"evaluaties", "evaluations", nullptr},
    {"evaluatiemomenten", "evaluations", nullptr},
    {"opzegtermijn", "notice_period", nullptr},
    {"instroommomenten", "intake_moments", nullptr},
    {"intakemomenten", "intake_moments", nullptr},
    {"rapportage", "reporting", nullptr},
    {"rapportages", "reporting", nullptr},
    {"verantwoording", "reporting", nullptr},
    {"frequentie", "cadence", nullptr},
    {"termijn_na", "due_after_days", nullptr},
    {"dagen_na", "due_after_days", nullptr},
    {"budgetafspraak", "budget_agreement", nullptr},
    {"budget", "budget_agreement", nullptr},
    {"indexatie", "indexation", nullptr},
    {"indexering", "indexation", nullptr},
    {"termijnregels", "deadline_rules", nullptr},
    {"fase", "phase", nullptr},
    {"fasen", "phase", nullptr},
    {"fases", "phase", nullptr},
    {"na", "after", nullptr},
    {"vertraging", "lag", nullptr},
    {"uitloop", "lag", nullptr},
    {"startregel", "start_rule", nullptr},
    {"eindregel", "end_rule", nullptr},
    {"brugdag", "bridging_day", nullptr},
    {"brugdagen", "bridging_day", nullptr},
    {"datum", "date", nullptr},
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
LocalizedText dutch_key_hint(std::string_view written, const toml::node& node,
                             const std::vector<std::string_view>& known,
                             std::string_view table_name) {
  std::string word = text::fold_case(written);
  std::replace_if(
      word.begin(), word.end(), [](char c) { return c == '-' || c == ' '; }, '_');
  for (const DutchKey& entry : kDutchKeys) {
    if (entry.word != word || std::find(known.begin(), known.end(), entry.key) == known.end()) {
      continue;
    }
    if (entry.note != nullptr) {
      return wording::label(*entry.note);
    }
    const std::string shown = shown_as(entry.key, node, table_name);
    return wording::say(
        words::written_here,
        {wording::text("shown", shown), wording::text("written", std::string(written)),
         wording::text("key",
                       shown.starts_with('[') ? shown : "'" + std::string(entry.key) + "'")});
  }
  return {};
}

struct PlainWords {
  LocalizedText message;
  LocalizedText hint;
};

LocalizedText write_this(std::string code) {
  return wording::say(words::write_this, {wording::text("code", std::move(code))});
}

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
    return PlainWords{
        wording::label(words::quote_not_closed),
        wording::say(words::end_quote, {wording::text("quote", std::string(1, quote))})};
  }
  if (description.starts_with("Error while parsing table header: expected ']'")) {
    const std::string_view header = trim(before);
    const bool array = header.starts_with("[[");
    std::string_view name = trim(header.substr(array ? 2 : 1));
    while (name.ends_with(']')) {
      name.remove_suffix(1);
    }
    return PlainWords{
        wording::say(words::header_not_closed, {wording::text("bracket", array ? "]]" : "]")}),
        write_this(array ? fmt::format("[[{}]]", trim(name)) : fmt::format("[{}]", trim(name)))};
  }
  if (description.starts_with("Error while parsing array: encountered end-of-file") ||
      description.starts_with("Error while parsing array: expected comma or closing ']'")) {
    return PlainWords{wording::label(words::list_not_closed), wording::label(words::write_a_list)};
  }
  if (description.starts_with("Error while parsing key-value pair: expected '='")) {
    const std::string_view name = trim(before);
    if (!at.empty() && at.front() != '"' && at.front() != '\'' && at.front() != '#') {
      return PlainWords{
          wording::say(
              words::key_has_spaces,
              {wording::text("found", fmt::format("{} {}", name,
                                                  trim(at.substr(0, at.find_first_of(" =\t")))))}),
          wording::label(words::underscores)};
    }
    return PlainWords{
        wording::say(words::equals_missing, {wording::text("key", std::string(name))}),
        write_this(fmt::format("{} = \"...\"", name))};
  }
  if (description.starts_with("Error while parsing key-value pair: cannot redefine existing")) {
    const std::string_view name = quoted_in(description);
    return PlainWords{wording::say(words::key_twice, {wording::text("key", std::string(name))}),
                      wording::label(words::keep_one)};
  }
  if (description.starts_with("Error while parsing table header: cannot redefine existing")) {
    const std::string_view name = quoted_in(description);
    return PlainWords{
        wording::say(words::table_twice, {wording::text("table", std::string(name))}),
        wording::say(words::merge_tables, {wording::text("table", std::string(name))})};
  }
  if (description == "Error while parsing value: could not determine value type" && !key.empty()) {
    if (at.starts_with('=')) {
      return PlainWords{wording::label(words::equals_twice),
                        write_this(fmt::format("{} = ...", key))};
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
      return PlainWords{
          wording::say(words::text_not_quoted, {wording::text("value", std::string(value))}),
          write_this(nested ? fmt::format("\"{}\"", value)
                            : fmt::format("{} = \"{}\"", key, value))};
    }
  }
  if (description.starts_with("Error while parsing boolean:")) {
    return PlainWords{wording::label(words::lower_case_booleans),
                      wording::say(words::write_boolean, {wording::text("key", std::string(key))})};
  }
  if (description.ends_with("leading zeroes are prohibited") && !key.empty()) {
    const std::string_view value = trim(line_text.substr(line_text.find('=') + 1));
    return PlainWords{
        wording::label(words::leading_zero),
        wording::say(
            words::numbers_are_text,
            {wording::text("key", std::string(key)),
             wording::text("value", std::string(trim(value.substr(0, value.find(" #")))))})};
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
    return Error::input(wording::label(words::not_utf8),
                        SourceLocation{file, text::position_at(content, bad)},
                        wording::label(words::save_as_utf8));
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
    // toml++'s own description has no Dutch; it is shown as written.
    return Error::input(wording::say(words::invalid_toml, {wording::text("detail", message)}),
                        where);
  }
}

const wording::Phrase& describe_type(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return words::a_string;
    case toml::node_type::integer:
      return words::an_integer;
    case toml::node_type::floating_point:
      return words::a_number;
    case toml::node_type::boolean:
      return words::a_boolean;
    case toml::node_type::date:
      return words::a_date;
    case toml::node_type::time:
      return words::a_time;
    case toml::node_type::date_time:
      return words::a_date_time;
    case toml::node_type::array:
      return words::an_array;
    case toml::node_type::table:
      return words::a_table;
    case toml::node_type::none:
      break;
  }
  return words::nothing;
}

TableReader::TableReader(const toml::table& table, const std::string& file, DiagnosticSink& sink,
                         std::string what)
    : table_(&table), file_(file), sink_(&sink), what_{what, what} {}

TableReader::TableReader(const toml::table& table, const std::string& file, DiagnosticSink& sink,
                         LocalizedText what)
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
                             const LocalizedText& expected) {
  sink_->error(wording::say(words::wrong_type, {wording::text("key", std::string(key)),
                                                wording::localized("expected", expected),
                                                wording::phrase("found", describe_type(node))}),
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
  type_error(key, *node, wording::label(words::a_string));
  return std::nullopt;
}

std::optional<std::string> TableReader::required_string(std::string_view key) {
  if (!has(key)) {
    accept(key);
    sink_->error(wording::say(words::required_key, {wording::localized("what", what_),
                                                    wording::text("key", std::string(key))}),
                 where());
    return std::nullopt;
  }
  std::optional<std::string> value = optional_string(key);
  if (value && value->find_first_not_of(" \t") == std::string::npos) {
    sink_->error(wording::say(words::must_not_be_empty, {wording::text("key", std::string(key))}),
                 where(key));
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
  type_error(key, *node, wording::label(words::true_or_false));
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
    type_error(key, *node, wording::label(words::an_integer));
    return std::nullopt;
  }
  if (value->get() < minimum || value->get() > maximum) {
    sink_->error(wording::say(words::out_of_range, {wording::text("key", std::string(key)),
                                                    wording::integer("minimum", minimum),
                                                    wording::integer("maximum", maximum),
                                                    wording::integer("found", value->get())}),
                 location_of(node->source(), file_));
    return std::nullopt;
  }
  return value->get();
}

std::optional<Rational> TableReader::number_of(const toml::node& node, const LocalizedText& what) {
  if (const auto* integer = node.as_integer()) {
    return Rational(integer->get());
  }
  if (const auto* floating = node.as_floating_point()) {
    if (Result<Rational> exact = Rational::from_double(floating->get())) {
      return *exact;
    }
  }
  sink_->error(wording::say(words::not_a_number, {wording::localized("what", what),
                                                  wording::phrase("found", describe_type(node))}),
               location_of(node.source(), file_));
  return std::nullopt;
}

std::optional<Rational> TableReader::optional_number(std::string_view key) {
  const toml::node* node = lookup(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  const std::string quoted = fmt::format("'{}'", key);
  return number_of(*node, LocalizedText{quoted, quoted});
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
  LocalizedText hint = text::did_you_mean(*value, names);
  const std::string folded = text::fold_case(*value);
  for (const Alias& alias : aliases) {
    if (folded == alias.word) {
      hint = wording::say(
          words::alias_written_here,
          {wording::text("choice", std::string(alias.choice)), wording::text("written", *value)});
    }
  }
  sink_->error(
      wording::say(words::not_a_choice, {wording::text("key", std::string(key)),
                                         wording::text("choices", text::join(quoted, ", ")),
                                         wording::text("found", *value)}),
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
    type_error(key, *node, wording::label(words::an_array_of_strings));
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
          wording::say(words::only_strings, {wording::text("key", std::string(key)),
                                             wording::phrase("found", describe_type(element))}),
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
    sink_->error(wording::say(words::not_an_array_of_tables,
                              {wording::text("key", std::string(key)),
                               wording::phrase("found", describe_type(*node))}),
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
  type_error(key, *node,
             wording::say(words::a_table_written, {wording::text("key", std::string(key))}));
  return nullptr;
}

void TableReader::finish() {
  for (const auto& [key, node] : *table_) {
    if (std::find(known_.begin(), known_.end(), key.str()) != known_.end()) {
      continue;
    }
    LocalizedText hint = dutch_key_hint(key.str(), node, known_, what_.en);
    if (hint.en.empty()) {
      hint = text::did_you_mean(key.str(), std::vector<std::string>(known_.begin(), known_.end()));
    }
    sink_->error(wording::say(words::unknown_key, {wording::text("key", std::string(key.str())),
                                                   wording::localized("what", what_)}),
                 location_of(key.source(), file_), std::move(hint));
  }
}

bool is_valid_id(std::string_view id) {
  const auto is_alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  if (id.empty() || !is_alnum(id.front())) {
    return false;
  }
  return std::all_of(id.begin(), id.end(),
                     [&](char c) { return is_alnum(c) || c == '.' || c == '_' || c == '-'; });
}

bool check_id(DiagnosticSink& sink, const wording::Phrase& what, const std::string& id,
              const SourceLocation& where) {
  if (is_valid_id(id)) {
    return true;
  }
  sink.error(wording::say(words::bad_id, {wording::phrase("what", what), wording::text("id", id)}),
             where);
  return false;
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
