// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <string>
#include <string_view>

namespace tenderkit {

/// Language of generated workbooks and annexes.
enum class Language { nl, en };

/// A message in both languages tenderkit writes: English for the terminal and JSON, the tender's
/// language in workbooks.
struct LocalizedText {
  std::string en;
  std::string nl;

  const std::string& in(Language language) const { return language == Language::nl ? nl : en; }
  friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

/// "nl" or "en", as written in files and JSON.
std::string_view to_string(Language language);

}  // namespace tenderkit
