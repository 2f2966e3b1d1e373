// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/rational.hpp>
#include <tenderkit/core/words.hpp>

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace tenderkit {

namespace {

// 128-bit intermediates: products of two 64-bit parts never overflow before reduction.
__extension__ typedef __int128 Wide;

std::int64_t narrow(Wide value) {
  if (value > std::numeric_limits<std::int64_t>::max() ||
      value < std::numeric_limits<std::int64_t>::min()) {
    throw std::overflow_error("rational arithmetic overflow");
  }
  return static_cast<std::int64_t>(value);
}

Wide gcd_wide(Wide a, Wide b) {
  a = a < 0 ? -a : a;
  b = b < 0 ? -b : b;
  while (b != 0) {
    const Wide r = a % b;
    a = b;
    b = r;
  }
  return a;
}

// Reduces a wide fraction and narrows it; the one place every operation ends.
Rational make(Wide numerator, Wide denominator) {
  if (denominator == 0) {
    throw std::domain_error("rational division by zero");
  }
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const Wide divisor = gcd_wide(numerator, denominator);
  if (divisor > 1) {
    numerator /= divisor;
    denominator /= divisor;
  }
  return Rational(narrow(numerator), narrow(denominator));
}

Wide power_of_ten(int places) {
  Wide result = 1;
  for (int i = 0; i < places; ++i) {
    result *= 10;
  }
  return result;
}

// Integer division rounding half away from zero.
Wide divide_rounded(Wide numerator, Wide denominator) {
  const bool negative = (numerator < 0) != (denominator < 0);
  const Wide n = numerator < 0 ? -numerator : numerator;
  const Wide d = denominator < 0 ? -denominator : denominator;
  const Wide quotient = (2 * n + d) / (2 * d);
  return negative ? -quotient : quotient;
}

std::string wide_to_string(Wide value) {
  if (value == 0) {
    return "0";
  }
  const bool negative = value < 0;
  std::string digits;
  while (value != 0) {
    const int digit = static_cast<int>(value % 10);
    digits.insert(digits.begin(), static_cast<char>('0' + (digit < 0 ? -digit : digit)));
    value /= 10;
  }
  return negative ? "-" + digits : digits;
}

}  // namespace

Rational::Rational(std::int64_t numerator, std::int64_t denominator) {
  if (denominator == 0) {
    throw std::domain_error("rational with denominator zero");
  }
  // Construct through make() to reduce; assign the parts directly to avoid recursion.
  Wide n = numerator;
  Wide d = denominator;
  if (d < 0) {
    n = -n;
    d = -d;
  }
  const Wide divisor = gcd_wide(n, d);
  numerator_ = narrow(divisor > 1 ? n / divisor : n);
  denominator_ = narrow(divisor > 1 ? d / divisor : d);
}

Result<Rational> Rational::parse(std::string_view text) {
  const auto invalid = [&] {
    return Error::input(
        wording::say(core::words::not_a_number, {wording::text("text", std::string(text))}));
  };
  if (text.empty()) {
    return invalid();
  }
  if (const std::size_t slash = text.find('/'); slash != std::string_view::npos) {
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    const std::string_view top = text.substr(0, slash);
    const std::string_view bottom = text.substr(slash + 1);
    const auto [end_top, error_top] =
        std::from_chars(top.data(), top.data() + top.size(), numerator);
    const auto [end_bottom, error_bottom] =
        std::from_chars(bottom.data(), bottom.data() + bottom.size(), denominator);
    if (error_top != std::errc() || end_top != top.data() + top.size() ||
        error_bottom != std::errc() || end_bottom != bottom.data() + bottom.size() ||
        denominator <= 0) {
      return invalid();
    }
    return Rational(numerator, denominator);
  }
  bool negative = false;
  std::size_t i = 0;
  if (text[0] == '-' || text[0] == '+') {
    negative = text[0] == '-';
    i = 1;
  }
  Wide numerator = 0;
  Wide denominator = 1;
  bool digits = false;
  bool point = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (c < '0' || c > '9') {
      return invalid();
    }
    digits = true;
    numerator = numerator * 10 + (c - '0');
    if (point) {
      denominator *= 10;
    }
    if (numerator > std::numeric_limits<std::int64_t>::max() ||
        denominator > std::numeric_limits<std::int64_t>::max()) {
      return invalid();
    }
  }
  if (!digits) {
    return invalid();
  }
  return make(negative ? -numerator : numerator, denominator);
}

Result<Rational> Rational::from_double(double value) {
  if (!std::isfinite(value)) {
    return Error::input(
        wording::say(core::words::not_finite, {wording::text("value", fmt::format("{}", value))}));
  }
  // fmt's "{}" gives the shortest text that reads back as the same double.
  std::string text = fmt::format("{}", value);
  if (text.find_first_of("eE") != std::string::npos) {
    text = fmt::format("{:.17f}", value);
  }
  return parse(text);
}

double Rational::to_double() const {
  return static_cast<double>(numerator_) / static_cast<double>(denominator_);
}

Rational Rational::rounded(int places) const {
  const Wide scale = power_of_ten(places);
  return make(divide_rounded(Wide{numerator_} * scale, denominator_), scale);
}

std::string Rational::to_decimal(int max_places) const {
  const Rational value = rounded(max_places);
  const Wide scale = power_of_ten(max_places);
  const Wide scaled = Wide{value.numerator_} * (scale / value.denominator_);
  const bool negative = scaled < 0;
  const Wide magnitude = negative ? -scaled : scaled;
  std::string integer_part = wide_to_string(magnitude / scale);
  std::string fraction = wide_to_string(magnitude % scale);
  fraction.insert(fraction.begin(), static_cast<std::size_t>(max_places) - fraction.size(), '0');
  while (!fraction.empty() && fraction.back() == '0') {
    fraction.pop_back();
  }
  std::string out = negative ? "-" + integer_part : integer_part;
  if (!fraction.empty()) {
    out += "." + fraction;
  }
  return out;
}

std::string Rational::to_fraction() const {
  return denominator_ == 1 ? fmt::format("{}", numerator_)
                           : fmt::format("{}/{}", numerator_, denominator_);
}

Rational operator+(const Rational& a, const Rational& b) {
  return make(Wide{a.numerator_} * b.denominator_ + Wide{b.numerator_} * a.denominator_,
              Wide{a.denominator_} * b.denominator_);
}

Rational operator-(const Rational& a, const Rational& b) {
  return a + (-b);
}

Rational operator*(const Rational& a, const Rational& b) {
  return make(Wide{a.numerator_} * b.numerator_, Wide{a.denominator_} * b.denominator_);
}

Rational operator/(const Rational& a, const Rational& b) {
  return make(Wide{a.numerator_} * b.denominator_, Wide{a.denominator_} * b.numerator_);
}

Rational Rational::operator-() const {
  return make(-Wide{numerator_}, denominator_);
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
  const Wide left = Wide{a.numerator_} * b.denominator_;
  const Wide right = Wide{b.numerator_} * a.denominator_;
  return left < right
             ? std::strong_ordering::less
             : (left > right ? std::strong_ordering::greater : std::strong_ordering::equal);
}

}  // namespace tenderkit
