// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/language.hpp>

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

/// The wording catalogue: every sentence and label tenderkit shows is worded once, here, in Dutch
/// and English, and renderers only lay it out.
///
/// A module keeps its phrases in one header, `<module>/wording.hpp`, as constants:
///
///     namespace tenderkit::integrality::words {
///     inline constexpr wording::Phrase service_not_delivered{
///         "integrality.service-not-delivered",
///         "no member delivers {service}",
///         "geen lid levert {service}"};
///     inline constexpr const wording::Phrase* catalogue[] = {&service_not_delivered, ...};
///     }
///
/// and produces texts with `say(words::service_not_delivered, {wording::text("service", name)})`,
/// which gives a `LocalizedText` (both languages) that travels in the module's value types;
/// a renderer shows `.in(language)`. Phrases are referred to by constant, so a misspelt id does not
/// compile; the id is stable and names the phrase in tests and translations. A placeholder is
/// written `{name}`; `{{` and `}}` are literal braces. Both languages must use the same
/// placeholders, and every module's `catalogue` is listed in tests/unit/wording_test.cpp, which
/// checks that (and that ids are unique).
///
/// Arguments are typed: user text and ids are inserted as written (never translated, never read as
/// placeholders); numbers are written as the language writes them (Dutch 1.234,5; English 1,234.5);
/// localized arguments (a date in words, a unit, a nested phrase) take the text of the same
/// language.
namespace tenderkit::wording {

/// One sentence or label: a stable id and its wording in English and Dutch.
struct Phrase {
  std::string_view id;
  std::string_view en;
  std::string_view nl;

  constexpr std::string_view in(Language language) const {
    return language == Language::nl ? nl : en;
  }
};

/// A decimal number in plain form: digits, an optional leading '-' and an optional '.' ("1234.5").
struct Number {
  std::string plain;
};

/// A typed argument for a placeholder.
struct Argument {
  std::string_view name;
  std::variant<std::string, std::int64_t, Number, LocalizedText> value;
};

/// User text or an id, inserted as written.
Argument text(std::string_view name, std::string value);
/// A whole number: 1.234 in Dutch, 1,234 in English. Years and ids are text, not numbers.
Argument integer(std::string_view name, std::int64_t value);
/// A decimal number given in plain form ("8.67", "-1234.5"), written per language.
Argument number(std::string_view name, std::string plain_decimal);
/// Text that differs per language: a date in words, a unit, another phrase already filled.
Argument localized(std::string_view name, LocalizedText value);
/// A phrase without placeholders, as an argument of another.
Argument phrase(std::string_view name, const Phrase& value);

/// The phrase in both languages with its placeholders filled. A placeholder without an argument is
/// left as written (`{name}`), which the catalogue test catches.
LocalizedText say(const Phrase& phrase, std::initializer_list<Argument> arguments = {});
/// The phrase in one language.
std::string say(Language language, const Phrase& phrase,
                std::initializer_list<Argument> arguments = {});
/// A phrase without placeholders, in both languages.
LocalizedText label(const Phrase& phrase);

/// `one` when `count` is 1, else `many`: the two phrases of a countable ("1 member", "3 members";
/// Dutch "1 jaar", "3 jaar"). `count` is available to both as the placeholder {count}.
LocalizedText say_count(std::int64_t count, const Phrase& one, const Phrase& many,
                        std::initializer_list<Argument> arguments = {});

/// A plain decimal written as the language writes it: "1234.5" is "1.234,5" in Dutch and "1,234.5"
/// in English; integers are grouped by thousands from 1,000 on. Anything that is not a plain
/// decimal is returned unchanged.
std::string format_number(std::string_view plain_decimal, Language language);

/// The placeholder names of a wording, in order of appearance, for the catalogue test.
std::vector<std::string_view> placeholders(std::string_view wording);

}  // namespace tenderkit::wording
