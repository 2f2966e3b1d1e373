// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include "references.hpp"

#include <tenderkit/core/text.hpp>
#include <tenderkit/input/wording.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderkit::input {

bool is_eight_digits(std::string_view value) {
  return value.size() == 8 &&
         std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace tenderkit::input

namespace tenderkit::input::detail {

KnownIds::KnownIds(const Tender& tender) {
  for (const Service& service : tender.services) {
    services.push_back(service.id);
  }
  for (const Municipality& municipality : tender.municipalities) {
    municipalities.push_back(municipality.id);
  }
  for (const Certification& certification : tender.certifications) {
    certifications.push_back(certification.id);
  }
}

// Reads a list of ids that must all be among `known`, each once.
std::vector<IdRef> read_references(TableReader& reader, std::string_view key,
                                   const wording::Phrase& what, const wording::Phrase& what_plural,
                                   const std::vector<std::string>& known,
                                   const std::string& tender_file) {
  std::vector<IdRef> refs;
  const auto values = reader.optional_string_array(key);
  if (!values) {
    return refs;
  }
  refs.reserve(values->size());
  for (const LocatedString& value : *values) {
    if (std::find(known.begin(), known.end(), value.value) == known.end()) {
      LocalizedText hint = text::did_you_mean(value.value, known);
      if (hint.en.empty()) {
        hint = known.empty()
                   ? wording::say(words::defines_none, {wording::text("file", tender_file),
                                                        wording::phrase("what", what_plural)})
                   : wording::say(
                         words::the_ids_are,
                         {wording::phrase("what", what_plural), wording::text("file", tender_file),
                          wording::text("ids", text::quoted_list(known))});
      }
      reader.sink().error(
          wording::say(words::unknown_reference,
                       {wording::phrase("what", what), wording::text("id", value.value)}),
          reader.at(value.where), hint);
      continue;
    }
    const bool duplicate = std::any_of(refs.begin(), refs.end(),
                                       [&](const IdRef& ref) { return ref.id == value.value; });
    if (duplicate) {
      reader.sink().error(wording::say(words::listed_twice, {wording::phrase("what", what),
                                                             wording::text("id", value.value)}),
                          reader.at(value.where));
      continue;
    }
    refs.push_back(IdRef{value.value, value.where});
  }
  return refs;
}

// KvK numbers and AGB codes are 8 digits and may start with 0, so they must be strings.
std::optional<std::string> read_eight_digits(TableReader& reader, std::string_view key,
                                             const wording::Phrase& what, bool required) {
  if (!reader.has(key)) {
    if (required) {
      return reader.required_string(key);
    }
    reader.accept(key);
    return std::nullopt;
  }
  const SourceLocation where = reader.where(key);
  // The hint is worded only when there is a mistake: this runs for every member's KvK and AGB.
  const auto example = [&] {
    return wording::say(words::digits_as_text, {wording::text("key", std::string(key))});
  };
  if (const toml::node* node = reader.node(key); node != nullptr && node->is_integer()) {
    reader.sink().error(wording::say(words::eight_digits_integer, {wording::phrase("what", what)}),
                        where, example());
    return std::nullopt;
  }
  std::optional<std::string> value = reader.optional_string(key);
  if (value && !is_eight_digits(*value)) {
    reader.sink().error(wording::say(words::eight_digits, {wording::phrase("what", what),
                                                           wording::text("found", *value)}),
                        where, example());
    return std::nullopt;
  }
  return value;
}

}  // namespace tenderkit::input::detail
