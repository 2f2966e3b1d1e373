// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tenderkit {

/// The two languages tenderkit speaks. Every sentence and label is worded in both (core/wording).
enum class Language { nl, en };

/// A text in both languages, as the wording catalogue produces it; renderers pick one with `in()`.
struct LocalizedText {
  std::string en;
  std::string nl;

  const std::string& in(Language language) const { return language == Language::nl ? nl : en; }
  friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

/// "nl" or "en", as written in files and JSON.
std::string_view to_string(Language language);

/// The language named "nl" or "en" (as `--lang` and the tender's `language` write it).
std::optional<Language> parse_language(std::string_view name);

}  // namespace tenderkit
