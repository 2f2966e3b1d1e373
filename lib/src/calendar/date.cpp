// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/date.hpp>
#include <tenderkit/calendar/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tenderkit::calendar {

namespace {

using std::chrono::day;
using std::chrono::days;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;

// Arithmetic results stay within the years 1..9999, which every formatter can print. Both ends
// are weekdays (a Monday and a Friday), so a search for a working day always ends there.
constexpr sys_days kEarliestDay{year{1} / 1 / 1};
constexpr sys_days kLatestDay{year{9999} / 12 / 31};

Date clamped(std::int64_t day_number) {
  const std::int64_t earliest = kEarliestDay.time_since_epoch().count();
  const std::int64_t latest = kLatestDay.time_since_epoch().count();
  return Date{sys_days{days{std::clamp(day_number, earliest, latest)}}};
}

day last_day_of(year in_year, month of_month) {
  return std::chrono::year_month_day_last{in_year, std::chrono::month_day_last{of_month}}.day();
}

bool is_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A non-negative number of only digits, nothing else.
std::optional<unsigned> digits_value(std::string_view text) {
  unsigned value = 0;
  if (!is_digits(text)) {
    return std::nullopt;
  }
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

struct UnitWord {
  std::string_view word;
  DurationUnit unit;
};
// Every spelling parse_duration accepts, lower case; docs/calendar.md lists the same.
constexpr std::array<UnitWord, 24> kUnitWords = {{
    {"d", DurationUnit::days},
    {"day", DurationUnit::days},
    {"days", DurationUnit::days},
    {"dag", DurationUnit::days},
    {"dagen", DurationUnit::days},
    {"wd", DurationUnit::working_days},
    {"working day", DurationUnit::working_days},
    {"working days", DurationUnit::working_days},
    {"werkdag", DurationUnit::working_days},
    {"werkdagen", DurationUnit::working_days},
    {"w", DurationUnit::weeks},
    {"week", DurationUnit::weeks},
    {"weeks", DurationUnit::weeks},
    {"weken", DurationUnit::weeks},
    {"m", DurationUnit::months},
    {"month", DurationUnit::months},
    {"months", DurationUnit::months},
    {"maand", DurationUnit::months},
    {"maanden", DurationUnit::months},
    {"y", DurationUnit::years},
    {"year", DurationUnit::years},
    {"years", DurationUnit::years},
    {"jaar", DurationUnit::years},
    {"jaren", DurationUnit::years},
}};

std::string_view short_unit(DurationUnit unit) {
  switch (unit) {
    case DurationUnit::days:
      return "d";
    case DurationUnit::working_days:
      return "wd";
    case DurationUnit::weeks:
      return "w";
    case DurationUnit::months:
      return "m";
    case DurationUnit::years:
      return "y";
  }
  return "d";
}

struct UnitNames {
  std::string_view singular;
  std::string_view plural;
};

UnitNames unit_names(DurationUnit unit, Language language) {
  const bool dutch = language == Language::nl;
  switch (unit) {
    case DurationUnit::days:
      return dutch ? UnitNames{"dag", "dagen"} : UnitNames{"day", "days"};
    case DurationUnit::working_days:
      return dutch ? UnitNames{"werkdag", "werkdagen"} : UnitNames{"working day", "working days"};
    case DurationUnit::weeks:
      return dutch ? UnitNames{"week", "weken"} : UnitNames{"week", "weeks"};
    case DurationUnit::months:
      return dutch ? UnitNames{"maand", "maanden"} : UnitNames{"month", "months"};
    case DurationUnit::years:
      // Dutch counts a length of time in "jaar": "2 jaar", not "2 jaren".
      return dutch ? UnitNames{"jaar", "jaar"} : UnitNames{"year", "years"};
  }
  return {"", ""};
}

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    return {};
  }
  const std::size_t last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const std::optional<unsigned> year_value = digits_value(text.substr(0, 4));
  const std::optional<unsigned> month_value = digits_value(text.substr(5, 2));
  const std::optional<unsigned> day_value = digits_value(text.substr(8, 2));
  if (!year_value || !month_value || !day_value) {
    return std::nullopt;
  }
  const int year_number = static_cast<int>(*year_value);
  if (year_number < kFirstYear || year_number > kLastYear) {
    return std::nullopt;
  }
  const Date date{year{year_number}, month{*month_value}, day{*day_value}};
  if (!date.ok()) {
    return std::nullopt;
  }
  return date;
}

namespace {

// Writes "yyyy?mm?dd" or "dd?mm?yyyy" by hand: a schedule of 1,000 contracts writes some 100,000
// dates, and fmt's format parsing was a tenth of its text report. Years outside 0..9999 (never
// read from an input) take fmt's way, so the text is the same.
std::optional<std::string> fixed_date(Date date, bool year_first) {
  const int year = static_cast<int>(date.year());
  const unsigned month = static_cast<unsigned>(date.month());
  const unsigned day = static_cast<unsigned>(date.day());
  if (year < 0 || year > 9999 || month > 99 || day > 99) {
    return std::nullopt;
  }
  const auto two = [](char* at, unsigned value) {
    at[0] = static_cast<char>('0' + value / 10);
    at[1] = static_cast<char>('0' + value % 10);
  };
  const auto four = [&](char* at, unsigned value) {
    two(at, value / 100);
    two(at + 2, value % 100);
  };
  std::string text(10, '-');
  if (year_first) {
    four(&text[0], static_cast<unsigned>(year));
    two(&text[5], month);
    two(&text[8], day);
  } else {
    two(&text[0], day);
    two(&text[3], month);
    four(&text[6], static_cast<unsigned>(year));
  }
  return text;
}

}  // namespace

std::string to_iso(Date date) {
  if (std::optional<std::string> text = fixed_date(date, true)) {
    return std::move(*text);
  }
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

std::string to_long_text(Date date, Language language) {
  return fmt::format("{} {} {}", static_cast<unsigned>(date.day()),
                     month_name(static_cast<unsigned>(date.month()), language),
                     static_cast<int>(date.year()));
}

std::string to_table_text(Date date, Language language) {
  if (language == Language::nl) {
    if (std::optional<std::string> text = fixed_date(date, false)) {
      return std::move(*text);
    }
    return fmt::format("{:02}-{:02}-{:04}", static_cast<unsigned>(date.day()),
                       static_cast<unsigned>(date.month()), static_cast<int>(date.year()));
  }
  return to_iso(date);
}

std::string_view short_weekday_name(Date date, Language language) {
  return words::short_weekdays[std::chrono::weekday{sys_days{date}}.c_encoding()]->in(language);
}

std::string_view weekday_name(Date date, Language language) {
  return words::weekdays[std::chrono::weekday{sys_days{date}}.c_encoding()]->in(language);
}

std::string_view month_name(unsigned month_number, Language language) {
  if (month_number < 1 || month_number > 12) {
    return {};
  }
  return words::months[month_number - 1]->in(language);
}

Date add_days(Date date, std::int64_t count) {
  // Bounded first so that the sum cannot overflow; the result is clamped to the years 1..9999.
  constexpr std::int64_t kSpan = (kLatestDay - kEarliestDay).count();
  const std::int64_t start = sys_days{date}.time_since_epoch().count();
  return clamped(start + std::clamp<std::int64_t>(count, -kSpan, kSpan));
}

std::int64_t days_between(Date from, Date to) {
  return (sys_days{to} - sys_days{from}).count();
}

Date add_months(Date date, std::int64_t count) {
  constexpr std::int64_t kSpan = 12 * 10'000;
  const std::int64_t months_since_year_zero = static_cast<std::int64_t>(int{date.year()}) * 12 +
                                              (static_cast<unsigned>(date.month()) - 1) +
                                              std::clamp<std::int64_t>(count, -kSpan, kSpan);
  const std::int64_t target_year = months_since_year_zero >= 0
                                       ? months_since_year_zero / 12
                                       : (months_since_year_zero - 11) / 12;  // floor
  if (target_year < 1) {
    return Date{kEarliestDay};
  }
  if (target_year > 9999) {
    return Date{kLatestDay};
  }
  const year target_year_value{static_cast<int>(target_year)};
  const month target_month{static_cast<unsigned>(months_since_year_zero - target_year * 12 + 1)};
  return Date{target_year_value, target_month,
              std::min(date.day(), last_day_of(target_year_value, target_month))};
}

Date add_years(Date date, std::int64_t count) {
  constexpr std::int64_t kSpan = 10'000;
  return add_months(date, 12 * std::clamp<std::int64_t>(count, -kSpan, kSpan));
}

std::optional<MonthDay> make_month_day(std::int64_t month_value, std::int64_t day_value) {
  if (month_value < 1 || month_value > 12 || day_value < 1 || day_value > 31) {
    return std::nullopt;
  }
  // A leap year holds every month-day that exists in some year.
  if (!Date{year{2000}, month{static_cast<unsigned>(month_value)},
            day{static_cast<unsigned>(day_value)}}
           .ok()) {
    return std::nullopt;
  }
  return MonthDay{static_cast<unsigned>(month_value), static_cast<unsigned>(day_value)};
}

std::optional<MonthDay> parse_month_day_in_words(std::string_view text) {
  // Month names as typed: Dutch and English, full or abbreviated, lower case (compared so).
  static constexpr std::array<std::pair<std::string_view, unsigned>, 34> kNames{{
      {"januari", 1},   {"january", 1},  {"jan", 1},       {"februari", 2},  {"february", 2},
      {"feb", 2},       {"maart", 3},    {"march", 3},     {"mrt", 3},       {"mar", 3},
      {"april", 4},     {"apr", 4},      {"mei", 5},       {"may", 5},       {"juni", 6},
      {"june", 6},      {"jun", 6},      {"juli", 7},      {"july", 7},      {"jul", 7},
      {"augustus", 8},  {"august", 8},   {"aug", 8},       {"september", 9}, {"sep", 9},
      {"sept", 9},      {"oktober", 10}, {"october", 10},  {"okt", 10},      {"oct", 10},
      {"november", 11}, {"nov", 11},     {"december", 12}, {"dec", 12},
  }};
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    if (c == ' ' || c == '\t') {
      if (!word.empty()) {
        words.push_back(std::move(word));
        word.clear();
      }
    } else {
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  if (!word.empty()) {
    words.push_back(std::move(word));
  }
  if (words.size() != 2) {
    return std::nullopt;
  }
  const bool day_first = is_digits(words[0]);
  std::string_view day_word = day_first ? words[0] : words[1];
  std::string_view month_word = day_first ? words[1] : words[0];
  if (month_word.ends_with('.')) {
    month_word.remove_suffix(1);
  }
  if (day_word.size() > 2) {
    return std::nullopt;
  }
  const std::optional<unsigned> day_value = digits_value(day_word);
  const auto name = std::find_if(kNames.begin(), kNames.end(),
                                 [&](const auto& entry) { return entry.first == month_word; });
  if (!day_value || name == kNames.end()) {
    return std::nullopt;
  }
  return make_month_day(name->second, *day_value);
}

std::optional<MonthDay> day_month_reading(MonthDay month_day) {
  if (month_day.day > 12 || month_day.day == month_day.month) {
    return std::nullopt;
  }
  return MonthDay{month_day.day, month_day.month};
}

std::string to_text(MonthDay month_day, Language language) {
  return fmt::format("{} {}", month_day.day, month_name(month_day.month, language));
}

std::optional<MonthDay> parse_month_day(std::string_view text) {
  if (text.size() != 5 || text[2] != '-') {
    return std::nullopt;
  }
  const std::optional<unsigned> month_value = digits_value(text.substr(0, 2));
  const std::optional<unsigned> day_value = digits_value(text.substr(3, 2));
  if (!month_value || !day_value) {
    return std::nullopt;
  }
  return make_month_day(*month_value, *day_value);
}

std::string to_string(MonthDay month_day) {
  return fmt::format("{:02}-{:02}", month_day.month, month_day.day);
}

Date in_year(MonthDay month_day, int year_number) {
  const month target_month{std::clamp(month_day.month, 1U, 12U)};
  return Date{year{year_number}, target_month,
              std::min(day{month_day.day}, last_day_of(year{year_number}, target_month))};
}

std::optional<Duration> parse_duration(std::string_view text) {
  text = trim(text);
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  const std::size_t digits_end = std::min(text.find_first_not_of("0123456789"), text.size());
  std::uint64_t magnitude = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + digits_end, magnitude);
  if (digits_end == 0 || error != std::errc() || end != text.data() + digits_end ||
      magnitude > static_cast<std::uint64_t>(kMaxDurationAmount)) {
    return std::nullopt;
  }
  // The unit, lower case, with runs of spaces inside ("working  days") read as one.
  std::string unit;
  for (char c : trim(text.substr(digits_end))) {
    if (c == ' ' || c == '\t') {
      if (!unit.empty() && unit.back() != ' ') {
        unit += ' ';
      }
    } else {
      unit += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  const auto found = std::find_if(kUnitWords.begin(), kUnitWords.end(),
                                  [&](const UnitWord& word) { return word.word == unit; });
  if (found == kUnitWords.end()) {
    return std::nullopt;
  }
  const auto amount = static_cast<std::int64_t>(magnitude);
  return Duration{negative ? -amount : amount, found->unit};
}

std::optional<Date> add_calendar_duration(Date date, Duration duration) {
  switch (duration.unit) {
    case DurationUnit::days:
      return add_days(date, duration.amount);
    case DurationUnit::weeks:
      return add_days(date, 7 * std::clamp<std::int64_t>(duration.amount, -10'000'000, 10'000'000));
    case DurationUnit::months:
      return add_months(date, duration.amount);
    case DurationUnit::years:
      return add_years(date, duration.amount);
    case DurationUnit::working_days:
      break;
  }
  return std::nullopt;  // working days need the holidays: WorkingDayCalendar::add
}

std::optional<std::int64_t> fewest_calendar_days(Duration length) {
  constexpr std::int64_t kBound = kMaxDurationAmount * 1000;  // no overflow, whatever the amount
  const std::int64_t amount = std::clamp(length.amount, -kBound, kBound);
  switch (length.unit) {
    case DurationUnit::days:
      return amount;
    case DurationUnit::weeks:
      return 7 * amount;
    case DurationUnit::months:
      return 28 * amount;  // February; any run of n months holds at least 28n days
    case DurationUnit::years:
      return 365 * amount;
    case DurationUnit::working_days:
      break;
  }
  return std::nullopt;
}

std::optional<Date> last_day_of_period(Date first_day, Duration length) {
  // The period runs up to the day before the same date `length` later. When the target month
  // lacks that date (31 January + 1 month), the period ends with the month: on its last day.
  const std::optional<Date> later = add_calendar_duration(first_day, length);
  if (!later) {
    return std::nullopt;  // working days: WorkingDayCalendar::last_day_of_period
  }
  const Date same_date_later = *later;
  const bool by_month = length.unit == DurationUnit::months || length.unit == DurationUnit::years;
  if (by_month && same_date_later.day() < first_day.day()) {
    return same_date_later;
  }
  return add_days(same_date_later, -1);
}

std::string to_string(Duration duration, bool signed_form) {
  const char* sign = signed_form && duration.amount >= 0 ? "+" : "";
  return fmt::format("{}{}{}", sign, duration.amount, short_unit(duration.unit));
}

std::string to_text(Duration duration, Language language) {
  const UnitNames names = unit_names(duration.unit, language);
  const bool one = duration.amount == 1 || duration.amount == -1;
  return fmt::format("{} {}", duration.amount, one ? names.singular : names.plural);
}

}  // namespace tenderkit::calendar
