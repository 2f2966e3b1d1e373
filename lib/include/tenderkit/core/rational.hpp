// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace tenderkit {

/// An exact fraction of 64-bit integers, always reduced, denominator positive. Scores, weights and
/// totals of a preselection are small rationals; computing them exactly makes equal totals equal
/// (no 585.2999999999998) and every number reproducible for a court. Overflow, which small scores
/// never reach, throws std::overflow_error rather than giving a wrong answer.
class Rational {
 public:
  constexpr Rational() = default;
  Rational(std::int64_t value) : numerator_(value) {}  // NOLINT: integers are rationals
  Rational(std::int64_t numerator, std::int64_t denominator);

  /// Parses "8", "-2", "7.5", "0.125" or "15/2"; an input error (without location) otherwise.
  static Result<Rational> parse(std::string_view text);
  /// The exact value of a double that holds a short decimal, such as a TOML float 7.5 or 0.1:
  /// read back through its shortest round-trip decimal form, so 0.1 is 1/10, not
  /// 3602879701896397/2^55.
  static Result<Rational> from_double(double value);

  std::int64_t numerator() const { return numerator_; }
  std::int64_t denominator() const { return denominator_; }
  bool is_integer() const { return denominator_ == 1; }
  double to_double() const;

  /// Exact decimal when the expansion ends within `max_places` digits ("7.5", "8"), else the
  /// fraction rounded half away from zero to `max_places` digits ("7.333333").
  std::string to_decimal(int max_places = 6) const;
  /// Rounded half away from zero to `places` decimals, as Excel's ROUND does.
  Rational rounded(int places) const;
  /// "22/3" or "8": the exact value, for audit trails.
  std::string to_fraction() const;

  friend Rational operator+(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a, const Rational& b);
  friend Rational operator*(const Rational& a, const Rational& b);
  friend Rational operator/(const Rational& a, const Rational& b);
  Rational operator-() const;
  Rational& operator+=(const Rational& other) { return *this = *this + other; }
  Rational& operator-=(const Rational& other) { return *this = *this - other; }

  friend bool operator==(const Rational&, const Rational&) = default;
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

 private:
  std::int64_t numerator_ = 0;
  std::int64_t denominator_ = 1;
};

}  // namespace tenderkit
