// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/rational.hpp>

#include <gtest/gtest.h>

#include <stdexcept>

namespace tenderkit {
namespace {

TEST(Rational, ReducesAndKeepsTheDenominatorPositive) {
  const Rational half(2, 4);
  EXPECT_EQ(half.numerator(), 1);
  EXPECT_EQ(half.denominator(), 2);
  const Rational negative(3, -6);
  EXPECT_EQ(negative.numerator(), -1);
  EXPECT_EQ(negative.denominator(), 2);
  EXPECT_THROW(Rational(1, 0), std::domain_error);
}

TEST(Rational, SumsExactlyWhereDoublesDriftApart) {
  // 0.1 + 0.2 != 0.3 in binary floating point; scores must not rank differently for that.
  const Rational sum = *Rational::parse("0.1") + *Rational::parse("0.2");
  EXPECT_EQ(sum, *Rational::parse("0.3"));
  EXPECT_NE(0.1 + 0.2, 0.3);
  // A weighted total: 30% x 22/3 / 10 + 70% x 8 / 10 = 2.2 + 5.6 = 7.8
  const Rational total =
      Rational(30) * Rational(22, 3) / Rational(10) + Rational(70) * Rational(8) / Rational(10);
  EXPECT_EQ(total, Rational(78));
}

TEST(Rational, ParsesIntegersDecimalsAndFractions) {
  EXPECT_EQ(*Rational::parse("8"), Rational(8));
  EXPECT_EQ(*Rational::parse("-2"), Rational(-2));
  EXPECT_EQ(*Rational::parse("7.5"), Rational(15, 2));
  EXPECT_EQ(*Rational::parse("0.125"), Rational(1, 8));
  EXPECT_EQ(*Rational::parse("15/2"), Rational(15, 2));
  for (const char* bad : {"", "-", ".", "7,5", "1/0", "abc", "1e3", "2/-3", " 8"}) {
    EXPECT_FALSE(Rational::parse(bad).has_value()) << bad;
  }
}

TEST(Rational, ReadsShortDecimalsFromDoublesExactly) {
  EXPECT_EQ(*Rational::from_double(0.1), Rational(1, 10));
  EXPECT_EQ(*Rational::from_double(7.5), Rational(15, 2));
  EXPECT_EQ(*Rational::from_double(-3.0), Rational(-3));
  EXPECT_FALSE(Rational::from_double(1.0 / 0.0).has_value());
}

TEST(Rational, FormatsAsDecimalRoundedHalfAwayFromZero) {
  EXPECT_EQ(Rational(15, 2).to_decimal(), "7.5");
  EXPECT_EQ(Rational(8).to_decimal(), "8");
  EXPECT_EQ(Rational(22, 3).to_decimal(), "7.333333");
  EXPECT_EQ(Rational(2, 3).to_decimal(), "0.666667");
  EXPECT_EQ(Rational(-2, 3).to_decimal(), "-0.666667");
  EXPECT_EQ(Rational(1, 8).to_decimal(2), "0.13");  // 0.125 -> 0.13, like Excel's ROUND
  EXPECT_EQ(Rational(-1, 8).to_decimal(2), "-0.13");
  EXPECT_EQ(Rational(1, 3).rounded(6), Rational(333333, 1000000));
  EXPECT_EQ(Rational(22, 3).to_fraction(), "22/3");
  EXPECT_EQ(Rational(4).to_fraction(), "4");
}

TEST(Rational, ComparesExactly) {
  EXPECT_LT(Rational(1, 3), Rational(333334, 1000000));
  EXPECT_GT(Rational(1, 3), Rational(333333, 1000000));
  EXPECT_EQ(Rational(2, 6), Rational(1, 3));
  EXPECT_EQ(-Rational(1, 2), Rational(-1, 2));
}

TEST(Rational, OverflowThrowsInsteadOfWrapping) {
  const Rational huge(INT64_MAX);
  EXPECT_THROW(huge * huge, std::overflow_error);
  EXPECT_THROW(Rational(1, INT64_MAX) + Rational(1, INT64_MAX - 1), std::overflow_error);
}

}  // namespace
}  // namespace tenderkit
