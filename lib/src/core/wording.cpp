// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/wording.hpp>

#include <algorithm>
#include <charconv>
#include <iterator>

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

void append_number(std::string& out, std::string_view plain_decimal, Language language);

// Appends the argument's text in place: findings are worded in both languages for every
// registration, so a temporary string per argument shows in tender-check's benchmark.
void append_argument(std::string& out, const Argument& argument, Language language) {
  std::visit(
      [&](const auto& value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, std::string>) {
          out += value;
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          char digits[24];
          const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
          append_number(out, std::string_view(digits, written.ptr - digits), language);
        } else if constexpr (std::is_same_v<T, Number>) {
          append_number(out, value.plain, language);
        } else {
          out += value.in(language);
        }
      },
      argument.value);
}

// Fills {name} placeholders in one pass over the wording, copying the text between them in
// whole runs: argument values are never scanned, so user text with braces stays as written.
std::string fill(std::string_view wording, Language language,
                 std::initializer_list<Argument> arguments, const Argument* count) {
  std::string out;
  out.reserve(wording.size() + 32);
  std::size_t i = 0;
  while (i < wording.size()) {
    std::size_t brace = i;
    while (brace < wording.size() && wording[brace] != '{' && wording[brace] != '}')
      ++brace;
    if (brace == wording.size()) {
      out.append(wording.substr(i));
      break;
    }
    out.append(wording.substr(i, brace - i));
    const char c = wording[brace];
    if (brace + 1 < wording.size() && wording[brace + 1] == c) {  // {{ or }}
      out += c;
      i = brace + 2;
      continue;
    }
    if (c == '}') {
      out += c;
      i = brace + 1;
      continue;
    }
    const std::size_t close = wording.find('}', brace + 1);
    if (close == std::string_view::npos) {
      out.append(wording.substr(brace));
      break;
    }
    const std::string_view name = wording.substr(brace + 1, close - brace - 1);
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
      append_argument(out, *found, language);
    } else {
      out.append(wording.substr(brace, close - brace + 1));
    }
    i = close + 1;
  }
  return out;
}

void append_number(std::string& out, std::string_view plain_decimal, Language language) {
  if (!is_plain_decimal(plain_decimal)) {
    out += plain_decimal;
    return;
  }
  const char group = language == Language::nl ? '.' : ',';
  const char point = language == Language::nl ? ',' : '.';
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
  std::string out;
  append_number(out, plain_decimal, language);
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
