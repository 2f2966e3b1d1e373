// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/language.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

/// Calendar dates and the date arithmetic of contracts (docs/calendar.md states every rule).
namespace tenderkit::calendar {

/// A date of the proleptic Gregorian calendar, without a time of day or a time zone.
using Date = std::chrono::year_month_day;

/// The years tenderkit accepts in inputs (the holiday rules are defined for 1900-2200).
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2200;

/// Parses "YYYY-MM-DD" (exactly that shape, a real date, years kFirstYear..kLastYear).
std::optional<Date> parse_iso_date(std::string_view text);
/// "2023-01-01".
std::string to_iso(Date date);
/// "1 januari 2023" / "1 January 2023": dates in annex text.
std::string to_long_text(Date date, Language language);
/// "maandag" / "Monday".
std::string_view weekday_name(Date date, Language language);
/// "januari" / "January"; month 1..12.
std::string_view month_name(unsigned month, Language language);

Date add_days(Date date, std::int64_t days);
/// Days from `from` to `to` (negative when `to` is earlier).
std::int64_t days_between(Date from, Date to);
/// Adds calendar months; a day that the target month lacks becomes its last day: 31 January + 1
/// month = 28 February (29 in a leap year). Always computed from the original date, so adding 2
/// months to 31 January gives 31 March, not 28 March.
Date add_months(Date date, std::int64_t months);
/// add_months(date, 12 * years): 29 February + 1 year = 28 February.
Date add_years(Date date, std::int64_t years);

/// A recurring day of the year, such as an intake moment "04-01".
struct MonthDay {
  unsigned month = 1;
  unsigned day = 1;
  friend auto operator<=>(const MonthDay&, const MonthDay&) = default;
};
/// The month-day if it exists in some year (month 1..12; 29 February does, 31 April not).
std::optional<MonthDay> make_month_day(std::int64_t month, std::int64_t day);
/// Parses "MM-DD" (a day that exists in some year: "02-29" is allowed, "04-31" is not).
std::optional<MonthDay> parse_month_day(std::string_view text);
/// Parses a day of the year with its month in words, Dutch or English, in either order: "1
/// oktober", "1 October", "October 1", "1 okt", "oct. 1". Months are full names or the usual
/// abbreviations (jan, feb, mrt/mar, apr, mei/may, jun, jul, aug, sep/sept, okt/oct, nov, dec),
/// with or without a full stop; case does not matter; the day is 1 or 2 digits.
std::optional<MonthDay> parse_month_day_in_words(std::string_view text);
/// The other reading of a MM-DD text when it has one: "01-10" is 10 January, but a reader used to
/// DD-MM sees 1 October. Empty when the two numbers are equal or the day is over 12.
std::optional<MonthDay> day_month_reading(MonthDay month_day);
/// "04-01".
std::string to_string(MonthDay month_day);
/// In words: "1 april" / "1 April".
std::string to_text(MonthDay month_day, Language language);
/// The month-day in a year; 29 February in a year without one is 28 February.
Date in_year(MonthDay month_day, int year);

enum class DurationUnit { days, working_days, weeks, months, years };

/// A length of time as contracts and plans state it: "20d", "10wd", "6w", "3m", "9y". The amount
/// may be negative (a shift back, a lag before).
struct Duration {
  std::int64_t amount = 0;
  DurationUnit unit = DurationUnit::days;
  friend bool operator==(const Duration&, const Duration&) = default;
};

/// The largest amount parse_duration accepts either way (about 270 years in days).
inline constexpr std::int64_t kMaxDurationAmount = 100'000;

/// Parses a duration: an optional sign, an integer, optional spaces and a unit. Units: d, day(s),
/// dag(en); wd, working day(s), werkdag(en); w, week(s), week/weken; m, month(s), maand(en); y,
/// year(s), jaar/jaren. Case does not matter. Nothing else (no fractions, no combined "1y2m").
std::optional<Duration> parse_duration(std::string_view text);
/// Adds a duration in calendar units (days, weeks, months or years: add_days / add_months);
/// working days need a WorkingDayCalendar (WorkingDayCalendar::add). Precondition: the unit is
/// not DurationUnit::working_days.
Date add_calendar_duration(Date date, Duration duration);

/// The fewest calendar days a period of `length` can hold, whatever day it starts: n for "nd", 7n
/// for "nw", at least 28n for "nm" (28 exactly for one month) and 365n for "ny"; empty for working
/// days, whose calendar length depends on the holidays in between.
std::optional<std::int64_t> fewest_calendar_days(Duration length);

/// The last day of a period of `length` that starts on `first_day`: 2023-01-01 + "9y" ends on
/// 2031-12-31, 31 January + "1m" on 28 (29) February. Same precondition.
Date last_day_of_period(Date first_day, Duration length);

/// The short form: "+3m" when `signed_form`, else "3m"; "10wd".
std::string to_string(Duration duration, bool signed_form = false);
/// In words: "3 maanden" / "3 months", "1 werkdag" / "1 working day".
std::string to_text(Duration duration, Language language);

}  // namespace tenderkit::calendar
