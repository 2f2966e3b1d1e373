// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/date.hpp>
#include <tenderkit/calendar/working_days.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <cstdint>
#include <filesystem>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace tenderkit::calendar {
namespace {

using test_support::expect_input_error;

Date date(std::string_view iso) {
  const std::optional<Date> parsed = parse_iso_date(iso);
  EXPECT_TRUE(parsed.has_value()) << iso;
  return parsed.value_or(Date{});
}

// The date of the holiday with this English name in a year, or "" when the year has none.
std::string holiday_date(int year, std::string_view name_en) {
  for (const Holiday& holiday : general_holidays(year)) {
    if (holiday.name.en == name_en) {
      return to_iso(holiday.date);
    }
  }
  return "";
}

Holiday bridging_day(std::string_view iso) {
  return Holiday{date(iso), LocalizedText{"bridging day", "brugdag"}, true};
}

// --- Dates: parsing and formatting -------------------------------------------------------------

TEST(CalendarDate, ParsesAndPrintsIsoDates) {
  EXPECT_EQ(to_iso(date("2023-01-01")), "2023-01-01");
  EXPECT_EQ(to_iso(date("1900-01-01")), "1900-01-01");
  EXPECT_EQ(to_iso(date("2200-12-31")), "2200-12-31");
  EXPECT_EQ(to_iso(date("2024-02-29")), "2024-02-29");
}

TEST(CalendarDate, TableTextIsDayMonthYearInDutch) {
  using std::chrono::day;
  using std::chrono::month;
  using std::chrono::year;
  EXPECT_EQ(to_table_text(date("2025-10-01"), Language::nl), "01-10-2025");
  EXPECT_EQ(to_table_text(date("2025-10-01"), Language::en), "2025-10-01");
  // Dates are written by hand for years 0..9999 and by fmt beyond: the same text either way.
  EXPECT_EQ(to_iso(Date{year{7}, month{3}, day{9}}), "0007-03-09");
  EXPECT_EQ(to_table_text(Date{year{7}, month{3}, day{9}}, Language::nl), "09-03-0007");
  EXPECT_EQ(to_iso(Date{year{12345}, month{12}, day{31}}), "12345-12-31");
  EXPECT_EQ(to_table_text(Date{year{-1}, month{1}, day{2}}, Language::nl), "02-01--001");
}

TEST(CalendarDate, RejectsMalformedOrImpossibleDates) {
  for (std::string_view bad :
       {"", "2023-1-01", "2023-01-1", "23-01-01", "2023/01/01", "2023-13-01", "2023-00-10",
        "2023-01-00", "2023-02-29", "2100-02-29", "2023-04-31", " 2023-01-01", "2023-01-01 ",
        "2023-01-01T00:00", "+023-01-01", "1899-12-31", "2201-01-01", "abcd-ef-gh", "2023-0x-01"}) {
    EXPECT_FALSE(parse_iso_date(bad).has_value()) << "'" << bad << "'";
  }
}

TEST(CalendarDate, LongTextAndNames) {
  EXPECT_EQ(to_long_text(date("2023-01-01"), Language::nl), "1 januari 2023");
  EXPECT_EQ(to_long_text(date("2023-01-01"), Language::en), "1 January 2023");
  EXPECT_EQ(to_long_text(date("2031-12-31"), Language::nl), "31 december 2031");
  EXPECT_EQ(weekday_name(date("2023-01-02"), Language::nl), "maandag");
  EXPECT_EQ(weekday_name(date("2023-01-02"), Language::en), "Monday");
  EXPECT_EQ(weekday_name(date("2023-01-01"), Language::nl), "zondag");
  EXPECT_EQ(weekday_name(date("2022-12-31"), Language::en), "Saturday");
  EXPECT_EQ(month_name(3, Language::nl), "maart");
  EXPECT_EQ(month_name(10, Language::en), "October");
  EXPECT_EQ(month_name(0, Language::en), "");
  EXPECT_EQ(month_name(13, Language::nl), "");
}

// --- Dates: arithmetic ---------------------------------------------------------------------------

TEST(CalendarDate, AddDaysAndDaysBetween) {
  EXPECT_EQ(to_iso(add_days(date("2023-12-31"), 1)), "2024-01-01");
  EXPECT_EQ(to_iso(add_days(date("2024-02-28"), 1)), "2024-02-29");
  EXPECT_EQ(to_iso(add_days(date("2024-03-01"), -1)), "2024-02-29");
  EXPECT_EQ(to_iso(add_days(date("2023-03-01"), -1)), "2023-02-28");
  EXPECT_EQ(days_between(date("2023-01-01"), date("2024-01-01")), 365);
  EXPECT_EQ(days_between(date("2024-01-01"), date("2025-01-01")), 366);
  EXPECT_EQ(days_between(date("2024-01-01"), date("2023-01-01")), -365);
}

TEST(CalendarDate, MonthEndsClampToTheLastDay) {
  EXPECT_EQ(to_iso(add_months(date("2023-01-31"), 1)), "2023-02-28");
  EXPECT_EQ(to_iso(add_months(date("2024-01-31"), 1)), "2024-02-29");
  EXPECT_EQ(to_iso(add_months(date("2023-01-31"), 2)), "2023-03-31");  // from the original date
  EXPECT_EQ(to_iso(add_months(date("2023-01-31"), 3)), "2023-04-30");
  EXPECT_EQ(to_iso(add_months(date("2023-03-31"), -1)), "2023-02-28");
  EXPECT_EQ(to_iso(add_months(date("2023-05-31"), -3)), "2023-02-28");
  EXPECT_EQ(to_iso(add_months(date("2023-01-15"), 0)), "2023-01-15");
  EXPECT_EQ(to_iso(add_months(date("2100-01-31"), 1)), "2100-02-28");  // not a leap year
  EXPECT_EQ(to_iso(add_months(date("2000-01-31"), 1)), "2000-02-29");  // a leap year
}

TEST(CalendarDate, NegativeMonthsCrossYearEnds) {
  EXPECT_EQ(to_iso(add_months(date("2023-01-15"), -1)), "2022-12-15");
  EXPECT_EQ(to_iso(add_months(date("2023-02-28"), -14)), "2021-12-28");
  EXPECT_EQ(to_iso(add_months(date("2024-03-31"), -13)), "2023-02-28");
  EXPECT_EQ(to_iso(add_months(date("2023-12-31"), 2)), "2024-02-29");
  EXPECT_EQ(to_iso(add_months(date("2023-11-30"), 3)), "2024-02-29");
  EXPECT_EQ(to_iso(add_months(date("2023-01-01"), -12)), "2022-01-01");
  EXPECT_EQ(to_iso(add_months(date("2023-01-01"), -13)), "2021-12-01");
}

TEST(CalendarDate, LeapDaysAndAnniversaries) {
  EXPECT_EQ(to_iso(add_years(date("2024-02-29"), 1)), "2025-02-28");
  EXPECT_EQ(to_iso(add_years(date("2024-02-29"), 4)), "2028-02-29");
  EXPECT_EQ(to_iso(add_years(date("2024-02-29"), -4)), "2020-02-29");
  EXPECT_EQ(to_iso(add_years(date("2096-02-29"), 4)), "2100-02-28");  // 2100 has no leap day
  EXPECT_EQ(to_iso(add_years(date("2023-07-01"), 9)), "2032-07-01");
  // Anniversaries are always computed from the original date, never from the previous one.
  const Date start = date("2024-02-29");
  EXPECT_EQ(to_iso(add_years(start, 2)), "2026-02-28");
  EXPECT_EQ(to_iso(add_years(start, 8)), "2032-02-29");
}

TEST(CalendarDate, ArithmeticBeyondTheSupportedYearsClampsWithoutCrashing) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
  EXPECT_EQ(to_iso(add_days(date("2023-01-01"), kMax)), "9999-12-31");
  EXPECT_EQ(to_iso(add_days(date("2023-01-01"), kMin)), "0001-01-01");
  EXPECT_EQ(to_iso(add_months(date("2023-01-31"), kMax)), "9999-12-31");
  EXPECT_EQ(to_iso(add_months(date("2023-01-31"), kMin)), "0001-01-01");
  EXPECT_EQ(to_iso(add_years(date("2023-01-31"), kMax)), "9999-12-31");
  EXPECT_EQ(to_iso(add_years(date("2023-01-31"), kMin)), "0001-01-01");
  EXPECT_EQ(to_iso(add_years(date("2023-06-15"), 500)), "2523-06-15");
}

TEST(CalendarDate, CalendarDurationsAndPeriodEnds) {
  EXPECT_EQ(to_iso(*add_calendar_duration(date("2023-01-31"), {1, DurationUnit::months})),
            "2023-02-28");
  EXPECT_EQ(to_iso(*add_calendar_duration(date("2023-01-31"), {-2, DurationUnit::weeks})),
            "2023-01-17");
  EXPECT_EQ(to_iso(*add_calendar_duration(date("2023-01-31"), {20, DurationUnit::days})),
            "2023-02-20");
  EXPECT_EQ(to_iso(*add_calendar_duration(date("2024-02-29"), {1, DurationUnit::years})),
            "2025-02-28");
  const auto last_day = [](std::string_view first, std::string_view length) {
    return to_iso(last_day_of_period(date(first), *parse_duration(length)).value());
  };
  EXPECT_EQ(last_day("2023-01-01", "9y"), "2031-12-31");
  EXPECT_EQ(last_day("2023-07-01", "4y"), "2027-06-30");
  EXPECT_EQ(last_day("2023-03-01", "1m"), "2023-03-31");
  EXPECT_EQ(last_day("2023-03-15", "1m"), "2023-04-14");
  // The target month lacks the day: the period ends with that month.
  EXPECT_EQ(last_day("2023-01-31", "1m"), "2023-02-28");
  EXPECT_EQ(last_day("2024-01-31", "1m"), "2024-02-29");
  EXPECT_EQ(last_day("2024-01-30", "1m"), "2024-02-29");
  EXPECT_EQ(last_day("2024-01-29", "1m"), "2024-02-28");  // 29 February exists
  EXPECT_EQ(last_day("2024-02-29", "1y"), "2025-02-28");
  EXPECT_EQ(last_day("2024-02-29", "4y"), "2028-02-28");
  EXPECT_EQ(last_day("2023-01-25", "10d"), "2023-02-03");
  EXPECT_EQ(last_day("2023-01-25", "1d"), "2023-01-25");
  EXPECT_EQ(last_day("2023-01-25", "2w"), "2023-02-07");
}

TEST(CalendarDate, MonthDays) {
  ASSERT_TRUE(parse_month_day("04-01").has_value());
  EXPECT_EQ(to_string(*parse_month_day("04-01")), "04-01");
  EXPECT_EQ(to_string(*parse_month_day("02-29")), "02-29");
  for (std::string_view bad :
       {"04-31", "02-30", "13-01", "00-10", "4-01", "04-1", "04/01", "", "04-01x"}) {
    EXPECT_FALSE(parse_month_day(bad).has_value()) << bad;
  }
  EXPECT_EQ(to_iso(in_year(MonthDay{4, 1}, 2023)), "2023-04-01");
  EXPECT_EQ(to_iso(in_year(MonthDay{2, 29}, 2024)), "2024-02-29");
  EXPECT_EQ(to_iso(in_year(MonthDay{2, 29}, 2023)), "2023-02-28");
  EXPECT_TRUE((MonthDay{4, 1} < MonthDay{10, 1}));
}

// Days of the year with the month in words cannot be read the wrong way round.
TEST(CalendarDate, MonthDaysInWords) {
  const std::vector<std::pair<std::string_view, MonthDay>> cases = {
      {"1 oktober", {10, 1}}, {"1 October", {10, 1}},  {"October 1", {10, 1}},
      {"oktober 1", {10, 1}}, {"1 okt", {10, 1}},      {"1 okt.", {10, 1}},
      {"Oct. 1", {10, 1}},    {"01 OKTOBER", {10, 1}}, {"  1   oktober ", {10, 1}},
      {"1 januari", {1, 1}},  {"10 jan", {1, 10}},     {"29 februari", {2, 29}},
      {"1 maart", {3, 1}},    {"1 mrt", {3, 1}},       {"1 march", {3, 1}},
      {"15 mei", {5, 15}},    {"May 15", {5, 15}},     {"31 augustus", {8, 31}},
      {"30 sept", {9, 30}},   {"31 dec", {12, 31}},    {"1\tjuni", {6, 1}},
  };
  for (const auto& [text, expected] : cases) {
    SCOPED_TRACE(text);
    const std::optional<MonthDay> parsed = parse_month_day_in_words(text);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, expected);
  }
  for (std::string_view bad :
       {"31 april", "30 februari", "0 oktober", "32 januari", "1 okto", "1", "oktober", "10-01",
        "1 oktober 2023", "1. oktober", "001 oktober", "1 10", "oktober oktober", ""}) {
    EXPECT_FALSE(parse_month_day_in_words(bad).has_value()) << bad;
  }
  EXPECT_EQ(to_text(MonthDay{10, 1}, Language::nl), "1 oktober");
  EXPECT_EQ(to_text(MonthDay{10, 1}, Language::en), "1 October");
  EXPECT_EQ(make_month_day(2, 29), (MonthDay{2, 29}));
  EXPECT_FALSE(make_month_day(4, 31));
  EXPECT_FALSE(make_month_day(13, 1));
  EXPECT_FALSE(make_month_day(0, 1));
}

// "01-10" is 10 January month first and 1 October day first; "01-01" and "01-13" are one day.
TEST(CalendarDate, TheOtherReadingOfAMonthDay) {
  EXPECT_EQ(day_month_reading(MonthDay{1, 10}), (MonthDay{10, 1}));
  EXPECT_EQ(day_month_reading(MonthDay{4, 1}), (MonthDay{1, 4}));
  EXPECT_EQ(day_month_reading(MonthDay{12, 11}), (MonthDay{11, 12}));
  EXPECT_FALSE(day_month_reading(MonthDay{1, 1}));
  EXPECT_FALSE(day_month_reading(MonthDay{10, 10}));
  EXPECT_FALSE(day_month_reading(MonthDay{1, 13}));
  EXPECT_FALSE(day_month_reading(MonthDay{4, 30}));
}

// --- Durations
// ------------------------------------------------------------------------------------

// The standstill check relies on these: a month never holds fewer than 28 days.
// Working days need the holidays: the date functions say so in their result instead of falling
// back on a calendar of their own, and the working-day calendar counts every unit.
TEST(CalendarDuration, WorkingDaysAreCountedOnlyByTheWorkingDayCalendar) {
  const Duration ten_working_days{10, DurationUnit::working_days};
  EXPECT_EQ(add_calendar_duration(date("2023-04-24"), ten_working_days), std::nullopt);
  EXPECT_EQ(last_day_of_period(date("2023-04-24"), ten_working_days), std::nullopt);
  const WorkingDayCalendar calendar;
  // From Monday 24 April 2023: King's Day (Thursday 27 April) and Liberation Day (Friday 5 May)
  // are no working days, so the tenth working day counted from the first day itself is Tuesday
  // 9 May; counted from the day after (add), Wednesday 10 May.
  EXPECT_EQ(to_iso(calendar.last_day_of_period(date("2023-04-24"), ten_working_days)),
            "2023-05-09");
  EXPECT_EQ(to_iso(calendar.last_day_of_period(date("2023-01-31"), {1, DurationUnit::months})),
            "2023-02-28");
  EXPECT_EQ(to_iso(calendar.add(date("2023-04-24"), ten_working_days)), "2023-05-10");
}

TEST(CalendarDuration, FewestCalendarDays) {
  EXPECT_EQ(fewest_calendar_days({20, DurationUnit::days}), 20);
  EXPECT_EQ(fewest_calendar_days({3, DurationUnit::weeks}), 21);
  EXPECT_EQ(fewest_calendar_days({1, DurationUnit::months}), 28);
  EXPECT_EQ(fewest_calendar_days({1, DurationUnit::years}), 365);
  EXPECT_EQ(fewest_calendar_days({-2, DurationUnit::weeks}), -14);
  EXPECT_FALSE(fewest_calendar_days({20, DurationUnit::working_days}));
  // Never more than a real period holds, whatever day it starts on.
  for (Date first = *parse_iso_date("2023-01-01"); first < *parse_iso_date("2025-01-01");
       first = add_days(first, 1)) {
    for (const Duration length :
         {Duration{1, DurationUnit::months}, Duration{2, DurationUnit::months},
          Duration{1, DurationUnit::years}}) {
      const std::int64_t held = days_between(first, *last_day_of_period(first, length)) + 1;
      EXPECT_GE(held, *fewest_calendar_days(length)) << to_iso(first) << " " << to_string(length);
    }
  }
}

TEST(CalendarDuration, ParsesEveryUnitInBothLanguagesAndAnyCase) {
  struct Case {
    std::string_view text;
    Duration expected;
  };
  const std::vector<Case> cases = {
      {"20d", {20, DurationUnit::days}},
      {"1 day", {1, DurationUnit::days}},
      {"2 Days", {2, DurationUnit::days}},
      {"1 dag", {1, DurationUnit::days}},
      {"3 DAGEN", {3, DurationUnit::days}},
      {"10wd", {10, DurationUnit::working_days}},
      {"1 working day", {1, DurationUnit::working_days}},
      {"5 Working  Days", {5, DurationUnit::working_days}},
      {"1 werkdag", {1, DurationUnit::working_days}},
      {"7werkdagen", {7, DurationUnit::working_days}},
      {"6w", {6, DurationUnit::weeks}},
      {"1 week", {1, DurationUnit::weeks}},
      {"2 weeks", {2, DurationUnit::weeks}},
      {"2 weken", {2, DurationUnit::weeks}},
      {"3m", {3, DurationUnit::months}},
      {"3M", {3, DurationUnit::months}},
      {"1 month", {1, DurationUnit::months}},
      {"4 months", {4, DurationUnit::months}},
      {"1 maand", {1, DurationUnit::months}},
      {"6 maanden", {6, DurationUnit::months}},
      {"9y", {9, DurationUnit::years}},
      {"1 year", {1, DurationUnit::years}},
      {"2 years", {2, DurationUnit::years}},
      {"1 jaar", {1, DurationUnit::years}},
      {"4 jaren", {4, DurationUnit::years}},
      {"+3m", {3, DurationUnit::months}},
      {"-2wd", {-2, DurationUnit::working_days}},
      {"-1 jaar", {-1, DurationUnit::years}},
      {"0d", {0, DurationUnit::days}},
      {"100000d", {100000, DurationUnit::days}},
      {"-100000d", {-100000, DurationUnit::days}},
      {"007d", {7, DurationUnit::days}},
  };
  for (const Case& c : cases) {
    const std::optional<Duration> parsed = parse_duration(c.text);
    ASSERT_TRUE(parsed.has_value()) << "'" << c.text << "'";
    EXPECT_EQ(*parsed, c.expected) << "'" << c.text << "'";
  }
}

TEST(CalendarDuration, RejectsGarbageAndOverflow) {
  for (std::string_view bad : {"",
                               "d",
                               "3",
                               "3x",
                               "3 dayz",
                               "1.5m",
                               "1,5m",
                               "1y2m",
                               "--3m",
                               "+-3m",
                               "+ 3m",
                               "3 m s",
                               "100001d",
                               "-100001d",
                               "99999999999999999999999d",
                               "3 mon",
                               "3 months ago",
                               "m3",
                               "three m",
                               "3\nm"}) {
    EXPECT_FALSE(parse_duration(bad).has_value()) << "'" << bad << "'";
  }
}

TEST(CalendarDuration, ShortFormRoundTrips) {
  for (std::string_view text : {"20d", "10wd", "6w", "3m", "9y", "-3m", "0d", "-100000wd"}) {
    const std::optional<Duration> parsed = parse_duration(text);
    ASSERT_TRUE(parsed.has_value()) << text;
    EXPECT_EQ(to_string(*parsed), text);
    EXPECT_EQ(parse_duration(to_string(*parsed, true)), parsed);
  }
  EXPECT_EQ(to_string(Duration{3, DurationUnit::months}, true), "+3m");
  EXPECT_EQ(to_string(Duration{-3, DurationUnit::months}, true), "-3m");
  EXPECT_EQ(to_string(Duration{-3, DurationUnit::months}), "-3m");
  EXPECT_EQ(to_string(Duration{10, DurationUnit::working_days}), "10wd");
}

TEST(CalendarDuration, TextIsSingularOrPluralInBothLanguages) {
  const auto nl = [](std::int64_t amount, DurationUnit unit) {
    return to_text(Duration{amount, unit}, Language::nl);
  };
  const auto en = [](std::int64_t amount, DurationUnit unit) {
    return to_text(Duration{amount, unit}, Language::en);
  };
  EXPECT_EQ(nl(1, DurationUnit::months), "1 maand");
  EXPECT_EQ(nl(3, DurationUnit::months), "3 maanden");
  EXPECT_EQ(nl(1, DurationUnit::years), "1 jaar");
  EXPECT_EQ(nl(2, DurationUnit::years), "2 jaar");
  EXPECT_EQ(nl(1, DurationUnit::weeks), "1 week");
  EXPECT_EQ(nl(2, DurationUnit::weeks), "2 weken");
  EXPECT_EQ(nl(1, DurationUnit::days), "1 dag");
  EXPECT_EQ(nl(2, DurationUnit::days), "2 dagen");
  EXPECT_EQ(nl(1, DurationUnit::working_days), "1 werkdag");
  EXPECT_EQ(nl(2, DurationUnit::working_days), "2 werkdagen");
  EXPECT_EQ(en(1, DurationUnit::months), "1 month");
  EXPECT_EQ(en(3, DurationUnit::months), "3 months");
  EXPECT_EQ(en(1, DurationUnit::years), "1 year");
  EXPECT_EQ(en(9, DurationUnit::years), "9 years");
  EXPECT_EQ(en(1, DurationUnit::weeks), "1 week");
  EXPECT_EQ(en(6, DurationUnit::weeks), "6 weeks");
  EXPECT_EQ(en(1, DurationUnit::days), "1 day");
  EXPECT_EQ(en(0, DurationUnit::days), "0 days");
  EXPECT_EQ(en(1, DurationUnit::working_days), "1 working day");
  EXPECT_EQ(en(10, DurationUnit::working_days), "10 working days");
  EXPECT_EQ(en(-1, DurationUnit::months), "-1 month");
  EXPECT_EQ(nl(-3, DurationUnit::months), "-3 maanden");
}

// --- Holidays
// -------------------------------------------------------------------------------------

TEST(CalendarHolidays, EasterOnKnownDates) {
  EXPECT_EQ(to_iso(easter_sunday(1900)), "1900-04-15");
  EXPECT_EQ(to_iso(easter_sunday(1943)), "1943-04-25");  // the latest possible date
  EXPECT_EQ(to_iso(easter_sunday(1961)), "1961-04-02");
  EXPECT_EQ(to_iso(easter_sunday(2008)), "2008-03-23");
  EXPECT_EQ(to_iso(easter_sunday(2019)), "2019-04-21");
  EXPECT_EQ(to_iso(easter_sunday(2024)), "2024-03-31");
  EXPECT_EQ(to_iso(easter_sunday(2038)), "2038-04-25");
  EXPECT_EQ(to_iso(easter_sunday(2200)), "2200-04-06");
  EXPECT_EQ(to_iso(easter_sunday(2285)), "2285-03-22");  // the earliest possible date
}

TEST(CalendarHolidays, AYearInFull) {
  std::vector<std::string> listed;
  for (const Holiday& holiday : general_holidays(2024)) {
    listed.push_back(to_iso(holiday.date) + " " + holiday.name.nl + " / " + holiday.name.en);
    EXPECT_FALSE(holiday.bridging);
  }
  const std::vector<std::string> expected = {
      "2024-01-01 Nieuwjaarsdag / New Year's Day",   "2024-03-29 Goede Vrijdag / Good Friday",
      "2024-03-31 Eerste Paasdag / Easter Sunday",   "2024-04-01 Tweede Paasdag / Easter Monday",
      "2024-04-27 Koningsdag / King's Day",          "2024-05-05 Bevrijdingsdag / Liberation Day",
      "2024-05-09 Hemelvaartsdag / Ascension Day",   "2024-05-19 Eerste Pinksterdag / Whit Sunday",
      "2024-05-20 Tweede Pinksterdag / Whit Monday", "2024-12-25 Eerste Kerstdag / Christmas Day",
      "2024-12-26 Tweede Kerstdag / Boxing Day",
  };
  EXPECT_EQ(listed, expected);
}

TEST(CalendarHolidays, KingsDayMovesToSaturdayWhenOnSunday) {
  EXPECT_EQ(holiday_date(2014, "King's Day"), "2014-04-26");  // 27 April 2014 was a Sunday
  EXPECT_EQ(holiday_date(2025, "King's Day"), "2025-04-26");  // 27 April 2025 is a Sunday
  EXPECT_EQ(holiday_date(2024, "King's Day"), "2024-04-27");  // a Saturday stays
  EXPECT_EQ(holiday_date(2023, "King's Day"), "2023-04-27");
  EXPECT_EQ(holiday_date(2014, "Queen's Day"), "");
  EXPECT_EQ(holiday_date(2013, "King's Day"), "");
}

TEST(CalendarHolidays, QueensDayWithItsOwnSundayRules) {
  EXPECT_EQ(holiday_date(2013, "Queen's Day"), "2013-04-30");
  EXPECT_EQ(holiday_date(1989, "Queen's Day"), "1989-04-29");  // from 1980 to the Saturday before
  EXPECT_EQ(holiday_date(1980, "Queen's Day"), "1980-04-30");
  EXPECT_EQ(holiday_date(1967, "Queen's Day"), "1967-05-01");  // before 1980 to the Monday after
  EXPECT_EQ(holiday_date(1949, "Queen's Day"), "1949-04-30");
  // Queen Wilhelmina's birthday, 31 August, until 1948.
  EXPECT_EQ(holiday_date(1948, "Queen's Day"), "1948-08-31");
  EXPECT_EQ(holiday_date(1900, "Queen's Day"), "1900-08-31");
  EXPECT_EQ(holiday_date(1941, "Queen's Day"), "1941-09-01");  // 31 August 1941 was a Sunday
  EXPECT_EQ(holiday_date(1902, "Queen's Day"), "1902-09-01");
  EXPECT_EQ(holiday_date(1948, "Queen's Day"), "1948-08-31");
}

TEST(CalendarHolidays, LiberationDayEveryYearFrom1945) {
  EXPECT_EQ(holiday_date(1944, "Liberation Day"), "");
  EXPECT_EQ(holiday_date(1945, "Liberation Day"), "1945-05-05");
  EXPECT_EQ(holiday_date(2023, "Liberation Day"), "2023-05-05");  // not a lustrum year
  EXPECT_EQ(holiday_date(2200, "Liberation Day"), "2200-05-05");
}

TEST(CalendarHolidays, TwoHolidaysOnOneDayAreBothListed) {
  // 5 May 2016 was both Liberation Day and Ascension Day.
  const WorkingDayCalendar calendar;
  std::vector<std::string> on_that_day;
  for (const Holiday& holiday : general_holidays(2016)) {
    if (holiday.date == date("2016-05-05")) {
      on_that_day.push_back(holiday.name.en);
    }
  }
  EXPECT_EQ(on_that_day, (std::vector<std::string>{"Liberation Day", "Ascension Day"}));
  ASSERT_NE(calendar.holiday_on(date("2016-05-05")), nullptr);
  EXPECT_EQ(calendar.holiday_on(date("2016-05-05"))->name.en, "Liberation Day");
}

TEST(CalendarHolidays, OnlyTheSupportedYears) {
  EXPECT_TRUE(general_holidays(1899).empty());
  EXPECT_TRUE(general_holidays(2201).empty());
  EXPECT_EQ(general_holidays(1900).size(), 10U);  // no Liberation Day yet
  EXPECT_EQ(general_holidays(2200).size(), 11U);
}

// --- Working days
// ---------------------------------------------------------------------------------

TEST(CalendarWorkingDays, WeekendsAndHolidaysAreNotWorkingDays) {
  const WorkingDayCalendar calendar;
  EXPECT_TRUE(calendar.is_working_day(date("2024-03-28")));   // Maundy Thursday
  EXPECT_FALSE(calendar.is_working_day(date("2024-03-29")));  // Good Friday
  EXPECT_FALSE(calendar.is_working_day(date("2024-03-30")));  // Saturday
  EXPECT_FALSE(calendar.is_working_day(date("2024-04-01")));  // Easter Monday
  EXPECT_TRUE(calendar.is_working_day(date("2024-04-02")));
  EXPECT_FALSE(calendar.is_working_day(date("2023-05-05")));  // Liberation Day, a Friday
  EXPECT_EQ(calendar.holiday_on(date("2024-04-02")), nullptr);
  ASSERT_NE(calendar.holiday_on(date("2024-03-31")), nullptr);
  EXPECT_EQ(calendar.holiday_on(date("2024-03-31"))->name.nl, "Eerste Paasdag");
}

TEST(CalendarWorkingDays, OutsideTheSupportedYearsOnlyWeekendsCount) {
  const WorkingDayCalendar calendar;
  EXPECT_TRUE(calendar.is_working_day(date("2200-12-24")));      // a Wednesday
  EXPECT_FALSE(calendar.is_working_day(date("2200-12-25")));     // Christmas Day, in range
  const Date christmas_2201 = add_years(date("2200-12-25"), 1);  // a Friday
  EXPECT_TRUE(calendar.is_working_day(christmas_2201));
  EXPECT_EQ(calendar.holiday_on(christmas_2201), nullptr);
  const Date christmas_1899 = add_years(date("1900-12-25"), -1);  // a Monday
  EXPECT_TRUE(calendar.is_working_day(christmas_1899));
  EXPECT_FALSE(calendar.is_working_day(add_days(christmas_1899, -1)));  // a Sunday
  EXPECT_TRUE(calendar.holidays(2300).empty());
}

TEST(CalendarWorkingDays, AddWorkingDaysOverEasterAndChristmas) {
  const WorkingDayCalendar calendar;
  EXPECT_EQ(to_iso(calendar.add_working_days(date("2024-03-28"), 1)), "2024-04-02");
  EXPECT_EQ(to_iso(calendar.add_working_days(date("2024-04-02"), -1)), "2024-03-28");
  EXPECT_EQ(to_iso(calendar.add_working_days(date("2023-12-22"), 1)), "2023-12-27");
  EXPECT_EQ(to_iso(calendar.add_working_days(date("2023-12-22"), 5)), "2024-01-03");
  EXPECT_EQ(to_iso(calendar.add_working_days(date("2024-01-03"), -5)), "2023-12-22");
  EXPECT_EQ(to_iso(calendar.add_working_days(date("2024-03-30"), 0)), "2024-03-30");
  // Counting starts the day after: from a Saturday, one working day is the Monday.
  EXPECT_EQ(to_iso(calendar.add_working_days(date("2023-06-03"), 1)), "2023-06-05");
  EXPECT_EQ(to_iso(calendar.add_working_days(date("2023-06-04"), -1)), "2023-06-02");
}

TEST(CalendarWorkingDays, BridgingDaysAreNotWorkingDays) {
  WorkingDayCalendar calendar;
  EXPECT_EQ(to_iso(calendar.add_working_days(date("2022-05-25"), 1)), "2022-05-27");
  calendar.add_bridging_days({bridging_day("2022-05-27")});
  EXPECT_FALSE(calendar.is_working_day(date("2022-05-27")));
  EXPECT_EQ(to_iso(calendar.add_working_days(date("2022-05-25"), 1)), "2022-05-30");
  ASSERT_NE(calendar.holiday_on(date("2022-05-27")), nullptr);
  EXPECT_TRUE(calendar.holiday_on(date("2022-05-27"))->bridging);

  // Given twice, kept once; the first one given stays.
  calendar.add_bridging_days({Holiday{date("2022-05-27"), LocalizedText{"again", "weer"}, true},
                              bridging_day("2021-05-14")});
  const std::vector<Holiday> holidays_2022 = calendar.holidays(2022);
  EXPECT_EQ(std::count_if(holidays_2022.begin(), holidays_2022.end(),
                          [](const Holiday& h) { return h.bridging; }),
            1);
  EXPECT_EQ(calendar.holiday_on(date("2022-05-27"))->name.en, "bridging day");
  EXPECT_FALSE(calendar.is_working_day(date("2021-05-14")));

  // holidays(): general holidays and bridging days together, in date order.
  std::vector<std::string> listed;
  for (const Holiday& holiday : holidays_2022) {
    listed.push_back(to_iso(holiday.date));
  }
  EXPECT_TRUE(std::is_sorted(listed.begin(), listed.end()));
  EXPECT_EQ(listed.size(), 12U);
}

TEST(CalendarWorkingDays, MatchesADayByDayCountEverywhere) {
  // A naive count over random dates and counts, inside and beyond the holiday table, with and
  // without a bridging day, checks the weekday arithmetic used beyond the table.
  WorkingDayCalendar calendar;
  calendar.add_bridging_days({bridging_day("2022-05-27")});
  std::mt19937 random(20230101);
  std::uniform_int_distribution<std::int64_t> start_days(-3000, 112000);
  std::uniform_int_distribution<std::int64_t> counts(-400, 400);
  const Date origin = date("1900-01-01");
  for (int i = 0; i < 3000; ++i) {
    const Date start = add_days(origin, start_days(random));
    const std::int64_t count = counts(random);
    Date expected = start;
    for (std::int64_t left = count; left != 0;) {
      expected = add_days(expected, left > 0 ? 1 : -1);
      if (calendar.is_working_day(expected)) {
        left += left > 0 ? -1 : 1;
      }
    }
    ASSERT_EQ(to_iso(calendar.add_working_days(start, count)), to_iso(expected))
        << to_iso(start) << " " << count;
  }
}

TEST(CalendarWorkingDays, HugeCountsEndWithoutHanging) {
  const WorkingDayCalendar calendar;
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
  EXPECT_EQ(to_iso(calendar.add_working_days(date("2023-01-02"), kMax)), "9999-12-31");
  EXPECT_EQ(to_iso(calendar.add_working_days(date("2023-01-02"), kMin)), "0001-01-01");
  EXPECT_EQ(to_iso(calendar.add(date("2023-01-02"), Duration{kMax, DurationUnit::weeks})),
            "9999-12-31");
  EXPECT_EQ(to_iso(calendar.next_working_day(add_days(date("2023-01-02"), kMax))), "9999-12-31");
}

TEST(CalendarWorkingDays, AddAnyDuration) {
  const WorkingDayCalendar calendar;
  const Date start = date("2023-01-31");
  EXPECT_EQ(to_iso(calendar.add(start, *parse_duration("1m"))), "2023-02-28");
  EXPECT_EQ(to_iso(calendar.add(start, *parse_duration("2m"))), "2023-03-31");
  EXPECT_EQ(to_iso(calendar.add(start, *parse_duration("1y"))), "2024-01-31");
  EXPECT_EQ(to_iso(calendar.add(start, *parse_duration("-2w"))), "2023-01-17");
  EXPECT_EQ(to_iso(calendar.add(start, *parse_duration("20d"))), "2023-02-20");
  EXPECT_EQ(to_iso(calendar.add(start, *parse_duration("3wd"))), "2023-02-03");
}

// --- Deadline rules
// -------------------------------------------------------------------------------

TEST(CalendarDeadlines, RuleNamesRoundTrip) {
  for (DeadlineRule rule :
       {DeadlineRule::none, DeadlineRule::next_working_day, DeadlineRule::previous_working_day}) {
    EXPECT_EQ(parse_deadline_rule(to_string(rule)), rule);
  }
  EXPECT_EQ(to_string(DeadlineRule::next_working_day), "next-working-day");
  EXPECT_FALSE(parse_deadline_rule("next").has_value());
  EXPECT_FALSE(parse_deadline_rule("").has_value());
}

TEST(CalendarDeadlines, NoneLeavesEveryDateAlone) {
  const WorkingDayCalendar calendar;
  const MovedDate moved = calendar.apply(date("2023-06-03"), DeadlineRule::none);
  EXPECT_EQ(to_iso(moved.date), "2023-06-03");
  EXPECT_FALSE(moved.moved_from.has_value());
  EXPECT_EQ(moved.reason, LocalizedText{});
}

TEST(CalendarDeadlines, AWorkingDayDoesNotMove) {
  const WorkingDayCalendar calendar;
  for (DeadlineRule rule : {DeadlineRule::next_working_day, DeadlineRule::previous_working_day}) {
    const MovedDate moved = calendar.apply(date("2023-06-05"), rule);
    EXPECT_EQ(to_iso(moved.date), "2023-06-05");
    EXPECT_FALSE(moved.moved_from.has_value());
    EXPECT_EQ(moved.reason, LocalizedText{});
  }
}

TEST(CalendarDeadlines, WeekendsMoveAndSayWhichDay) {
  const WorkingDayCalendar calendar;
  const MovedDate saturday = calendar.apply(date("2023-06-03"), DeadlineRule::next_working_day);
  EXPECT_EQ(to_iso(saturday.date), "2023-06-05");
  ASSERT_TRUE(saturday.moved_from.has_value());
  EXPECT_EQ(to_iso(*saturday.moved_from), "2023-06-03");
  EXPECT_EQ(saturday.reason, (LocalizedText{"Saturday", "zaterdag"}));

  const MovedDate sunday = calendar.apply(date("2023-06-04"), DeadlineRule::previous_working_day);
  EXPECT_EQ(to_iso(sunday.date), "2023-06-02");
  EXPECT_EQ(to_iso(sunday.moved_from.value()), "2023-06-04");
  EXPECT_EQ(sunday.reason, (LocalizedText{"Sunday", "zondag"}));
}

TEST(CalendarDeadlines, HolidaysAreNamedEvenOnAWeekend) {
  const WorkingDayCalendar calendar;
  // King's Day 2024 is a Saturday: the reason is the holiday, not the weekday.
  const MovedDate kings_day = calendar.apply(date("2024-04-27"), DeadlineRule::next_working_day);
  EXPECT_EQ(to_iso(kings_day.date), "2024-04-29");
  EXPECT_EQ(kings_day.reason, (LocalizedText{"King's Day", "Koningsdag"}));

  // New Year's Day 2023 is a Sunday.
  const MovedDate new_year = calendar.apply(date("2023-01-01"), DeadlineRule::next_working_day);
  EXPECT_EQ(to_iso(new_year.date), "2023-01-02");
  EXPECT_EQ(new_year.reason, (LocalizedText{"New Year's Day", "Nieuwjaarsdag"}));

  // Easter Monday back over the whole Easter weekend to Maundy Thursday.
  const MovedDate easter = calendar.apply(date("2024-04-01"), DeadlineRule::previous_working_day);
  EXPECT_EQ(to_iso(easter.date), "2024-03-28");
  EXPECT_EQ(to_iso(easter.moved_from.value()), "2024-04-01");
  EXPECT_EQ(easter.reason, (LocalizedText{"Easter Monday", "Tweede Paasdag"}));

  // Christmas Day 2023, a Monday, forward over Boxing Day.
  const MovedDate christmas = calendar.apply(date("2023-12-25"), DeadlineRule::next_working_day);
  EXPECT_EQ(to_iso(christmas.date), "2023-12-27");
  EXPECT_EQ(christmas.reason, (LocalizedText{"Christmas Day", "Eerste Kerstdag"}));
}

TEST(CalendarDeadlines, BridgingDaysAreNamedToo) {
  WorkingDayCalendar calendar;
  calendar.add_bridging_days({Holiday{
      date("2022-05-27"),
      LocalizedText{"bridging day after Ascension Day", "brugdag na Hemelvaartsdag"}, true}});
  const MovedDate moved = calendar.apply(date("2022-05-27"), DeadlineRule::previous_working_day);
  EXPECT_EQ(to_iso(moved.date), "2022-05-25");
  EXPECT_EQ(moved.reason.nl, "brugdag na Hemelvaartsdag");
  EXPECT_EQ(calendar.reason_not_working(date("2022-05-25")), std::nullopt);
}

}  // namespace
}  // namespace tenderkit::calendar
