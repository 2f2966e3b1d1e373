// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/wording.hpp>

#include <algorithm>

namespace tenderkit {

std::string_view to_string(Language language) {
  return language == Language::nl ? "nl" : "en";
}

std::optional<Language> parse_language(std::string_view name) {
  if (name == "nl")
    return Language::nl;
  if (name == "en")
    return Language::en;
  return std::nullopt;
}

}  // namespace tenderkit

namespace tenderkit::wording {
namespace {

bool is_plain_decimal(std::string_view text) {
  if (!text.empty() && text.front() == '-')
    text.remove_prefix(1);
  if (text.empty() || text.front() == '.' || text.back() == '.')
    return false;
  int points = 0;
  for (const char c : text) {
    if (c == '.') {
      ++points;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  return points <= 1;
}

std::string argument_text(const Argument& argument, Language language) {
  return std::visit(
      [&](const auto& value) -> std::string {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, std::string>) {
          return value;
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return format_number(std::to_string(value), language);
        } else if constexpr (std::is_same_v<T, Number>) {
          return format_number(value.plain, language);
        } else {
          return value.in(language);
        }
      },
      argument.value);
}

// Fills {name} placeholders in one pass over the wording: argument values are never scanned, so
// user text with braces stays as written.
std::string fill(std::string_view wording, Language language,
                 std::initializer_list<Argument> arguments, const Argument* count) {
  std::string out;
  out.reserve(wording.size() + 16);
  for (std::size_t i = 0; i < wording.size(); ++i) {
    const char c = wording[i];
    if ((c == '{' || c == '}') && i + 1 < wording.size() && wording[i + 1] == c) {
      out += c;
      ++i;
      continue;
    }
    if (c != '{') {
      out += c;
      continue;
    }
    const std::size_t close = wording.find('}', i + 1);
    if (close == std::string_view::npos) {
      out.append(wording.substr(i));
      break;
    }
    const std::string_view name = wording.substr(i + 1, close - i - 1);
    const Argument* found = nullptr;
    for (const Argument& argument : arguments) {
      if (argument.name == name) {
        found = &argument;
        break;
      }
    }
    if (found == nullptr && count != nullptr && name == count->name)
      found = count;
    if (found != nullptr) {
      out += argument_text(*found, language);
    } else {
      out.append(wording.substr(i, close - i + 1));
    }
    i = close;
  }
  return out;
}

}  // namespace

Argument text(std::string_view name, std::string value) {
  return {name, std::move(value)};
}

Argument integer(std::string_view name, std::int64_t value) {
  return {name, value};
}

Argument number(std::string_view name, std::string plain_decimal) {
  return {name, Number{std::move(plain_decimal)}};
}

Argument localized(std::string_view name, LocalizedText value) {
  return {name, std::move(value)};
}

Argument phrase(std::string_view name, const Phrase& value) {
  return {name, label(value)};
}

LocalizedText say(const Phrase& phrase, std::initializer_list<Argument> arguments) {
  return {fill(phrase.en, Language::en, arguments, nullptr),
          fill(phrase.nl, Language::nl, arguments, nullptr)};
}

std::string say(Language language, const Phrase& phrase,
                std::initializer_list<Argument> arguments) {
  return fill(phrase.in(language), language, arguments, nullptr);
}

LocalizedText label(const Phrase& phrase) {
  return {std::string(phrase.en), std::string(phrase.nl)};
}

LocalizedText say_count(std::int64_t count, const Phrase& one, const Phrase& many,
                        std::initializer_list<Argument> arguments) {
  const Argument count_argument = integer("count", count);
  const Phrase& chosen = count == 1 ? one : many;
  return {fill(chosen.en, Language::en, arguments, &count_argument),
          fill(chosen.nl, Language::nl, arguments, &count_argument)};
}

std::string format_number(std::string_view plain_decimal, Language language) {
  if (!is_plain_decimal(plain_decimal))
    return std::string(plain_decimal);
  const char group = language == Language::nl ? '.' : ',';
  const char point = language == Language::nl ? ',' : '.';
  std::string out;
  std::string_view digits = plain_decimal;
  if (digits.front() == '-') {
    out += '-';
    digits.remove_prefix(1);
  }
  const std::size_t dot = digits.find('.');
  const std::string_view whole = digits.substr(0, dot);
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0)
      out += group;
    out += whole[i];
  }
  if (dot != std::string_view::npos) {
    out += point;
    out.append(digits.substr(dot + 1));
  }
  return out;
}

std::vector<std::string_view> placeholders(std::string_view wording) {
  std::vector<std::string_view> names;
  for (std::size_t i = 0; i < wording.size(); ++i) {
    const char c = wording[i];
    if ((c == '{' || c == '}') && i + 1 < wording.size() && wording[i + 1] == c) {
      ++i;
      continue;
    }
    if (c != '{')
      continue;
    const std::size_t close = wording.find('}', i + 1);
    if (close == std::string_view::npos)
      break;
    names.push_back(wording.substr(i + 1, close - i - 1));
    i = close;
  }
  return names;
}

}  // namespace tenderkit::wording
