// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include "references.hpp"

#include <tenderkit/core/text.hpp>
#include <tenderkit/input/registration_file.hpp>

#include <fmt/format.h>

#include <algorithm>

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
std::vector<IdRef> read_references(TableReader& reader, std::string_view key, std::string_view what,
                                   std::string_view what_plural,
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
      std::string hint = text::did_you_mean(value.value, known);
      if (hint.empty()) {
        hint = known.empty() ? fmt::format("{} defines no {}", tender_file, what_plural)
                             : fmt::format("the {} of {} are {}", what_plural, tender_file,
                                           text::quoted_list(known));
      }
      reader.sink().error(fmt::format("unknown {} '{}'", what, value.value), reader.at(value.where),
                          hint);
      continue;
    }
    const bool duplicate = std::any_of(refs.begin(), refs.end(),
                                       [&](const IdRef& ref) { return ref.id == value.value; });
    if (duplicate) {
      reader.sink().error(fmt::format("{} '{}' is listed twice", what, value.value),
                          reader.at(value.where));
      continue;
    }
    refs.push_back(IdRef{value.value, value.where});
  }
  return refs;
}

// KvK numbers and AGB codes are 8 digits and may start with 0, so they must be strings.
std::optional<std::string> read_eight_digits(TableReader& reader, std::string_view key,
                                             std::string_view what, bool required) {
  if (!reader.has(key)) {
    if (required) {
      return reader.required_string(key);
    }
    reader.accept(key);
    return std::nullopt;
  }
  const SourceLocation where = reader.where(key);
  const std::string example =
      fmt::format("write it as text, leading zeros included: {} = \"01234567\"", key);
  if (const toml::node* node = reader.node(key); node != nullptr && node->is_integer()) {
    reader.sink().error(fmt::format("{} must be text of exactly 8 digits, found an integer", what),
                        where, example);
    return std::nullopt;
  }
  std::optional<std::string> value = reader.optional_string(key);
  if (value && !is_eight_digits(*value)) {
    reader.sink().error(fmt::format("{} must be exactly 8 digits, found '{}'", what, *value), where,
                        example);
    return std::nullopt;
  }
  return value;
}

}  // namespace tenderkit::input::detail
