// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/wording.hpp>
#include <tenderkit/calendar/working_days.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <bitset>
#include <map>

namespace tenderkit::calendar {

namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year;

constexpr sys_days kTableStart{year{kFirstYear} / 1 / 1};
constexpr sys_days kTableEnd{year{kLastYear + 1} / 1 / 1};  // exclusive
constexpr std::size_t kTableDays = static_cast<std::size_t>((kTableEnd - kTableStart).count());

Date from_day_number(std::int64_t day_number) {
  return Date{sys_days{days{day_number}}};
}

std::int64_t day_number(Date date) {
  return sys_days{date}.time_since_epoch().count();
}

bool is_sunday(Date date) {
  return std::chrono::weekday{sys_days{date}} == std::chrono::Sunday;
}

bool is_weekend(Date date) {
  const std::chrono::weekday weekday{sys_days{date}};
  return weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
}

// The monarch's birthday as celebrated: Queen's Day (Wilhelmina, then Juliana and Beatrix) until
// 2013, King's Day from 2014. Each period has its own rule for a Sunday.
Holiday royal_day(int year_number) {
  using std::chrono::April;
  using std::chrono::August;
  if (year_number >= 2014) {
    Date kings_day = year{year_number} / April / 27;
    if (is_sunday(kings_day)) {
      kings_day = add_days(kings_day, -1);
    }
    return Holiday{kings_day, wording::label(words::kings_day)};
  }
  Date queens_day =
      year_number <= 1948 ? year{year_number} / August / 31 : year{year_number} / April / 30;
  if (is_sunday(queens_day)) {
    queens_day = add_days(queens_day, year_number < 1980 ? 1 : -1);
  }
  return Holiday{queens_day, wording::label(words::queens_day)};
}

// Every general holiday of every supported year, and a bit per day for the quick test.
struct GeneralHolidayTable {
  std::vector<Holiday> holidays;  // date order
  std::bitset<kTableDays> is_holiday;
};

const GeneralHolidayTable& general_table() {
  // Built once, on first use; the initialisation of a function-local static is thread-safe.
  static const GeneralHolidayTable table = [] {
    GeneralHolidayTable built;
    built.holidays.reserve(12 * static_cast<std::size_t>(kLastYear - kFirstYear + 1));
    for (int year_number = kFirstYear; year_number <= kLastYear; ++year_number) {
      for (Holiday& holiday : general_holidays(year_number)) {
        built.is_holiday.set(
            static_cast<std::size_t>((sys_days{holiday.date} - kTableStart).count()));
        built.holidays.push_back(std::move(holiday));
      }
    }
    return built;
  }();
  return table;
}

bool is_general_holiday(Date date) {
  const sys_days day{date};
  if (day < kTableStart || day >= kTableEnd) {
    return false;
  }
  return general_table().is_holiday.test(static_cast<std::size_t>((day - kTableStart).count()));
}

const Holiday* find_on(const std::vector<Holiday>& sorted, Date date) {
  const auto found = std::lower_bound(sorted.begin(), sorted.end(), date,
                                      [](const Holiday& h, Date d) { return h.date < d; });
  return found != sorted.end() && found->date == date ? &*found : nullptr;
}

// Working days counted with weekends only, which is the whole rule outside the holiday table.
Date add_weekdays(Date date, std::int64_t count) {
  const std::int64_t start = day_number(date);
  const auto iso_weekday =
      static_cast<std::int64_t>(std::chrono::weekday{sys_days{date}}.iso_encoding());  // Monday 1
  if (count > 0) {
    // From a weekend day, count as from the Friday before it.
    const std::int64_t weekday_index = std::min<std::int64_t>(iso_weekday, 5) - 1;
    const std::int64_t monday = start - (iso_weekday - 1);
    const std::int64_t total = weekday_index + count;
    return add_days(from_day_number(monday), (total / 5) * 7 + total % 5);
  }
  // Backwards, from a weekend day count as from the Monday after it.
  const std::int64_t weekday_index = iso_weekday >= 6 ? 1 : iso_weekday;
  const std::int64_t friday =
      start + (iso_weekday >= 6 ? 8 - iso_weekday : 0) + (5 - weekday_index);
  const std::int64_t total = (5 - weekday_index) - count;
  return add_days(from_day_number(friday), -((total / 5) * 7 + total % 5));
}

}  // namespace

// Meeus, "Astronomical Algorithms", ch. 8, after Butcher (1876); exact for every year from 1583.
Date easter_sunday(int year_number) {
  const int a = year_number % 19;
  const int b = year_number / 100;
  const int c = year_number % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month_number = (h + l - 7 * m + 114) / 31;
  const int day_number_in_month = (h + l - 7 * m + 114) % 31 + 1;
  return Date{year{year_number}, std::chrono::month{static_cast<unsigned>(month_number)},
              std::chrono::day{static_cast<unsigned>(day_number_in_month)}};
}

std::vector<Holiday> general_holidays(int year_number) {
  std::vector<Holiday> holidays;
  if (year_number < kFirstYear || year_number > kLastYear) {
    return holidays;
  }
  using std::chrono::December;
  using std::chrono::January;
  using std::chrono::May;
  const year y{year_number};
  const Date easter = easter_sunday(year_number);
  // Listed in this order, so that two holidays on one day (Liberation Day and Ascension Day in
  // 2016, say) keep it after the stable sort below.
  holidays.push_back({y / January / 1, wording::label(words::new_years_day)});
  holidays.push_back({add_days(easter, -2), wording::label(words::good_friday)});
  holidays.push_back({easter, wording::label(words::easter_sunday)});
  holidays.push_back({add_days(easter, 1), wording::label(words::easter_monday)});
  holidays.push_back(royal_day(year_number));
  if (year_number >= 1945) {  // the liberation it celebrates
    holidays.push_back({y / May / 5, wording::label(words::liberation_day)});
  }
  holidays.push_back({add_days(easter, 39), wording::label(words::ascension_day)});
  holidays.push_back({add_days(easter, 49), wording::label(words::whit_sunday)});
  holidays.push_back({add_days(easter, 50), wording::label(words::whit_monday)});
  holidays.push_back({y / December / 25, wording::label(words::christmas_day)});
  holidays.push_back({y / December / 26, wording::label(words::boxing_day)});
  std::stable_sort(holidays.begin(), holidays.end(),
                   [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  return holidays;
}

std::string_view to_string(DeadlineRule rule) {
  switch (rule) {
    case DeadlineRule::none:
      return "none";
    case DeadlineRule::next_working_day:
      return "next-working-day";
    case DeadlineRule::previous_working_day:
      return "previous-working-day";
  }
  return "none";
}

std::optional<DeadlineRule> parse_deadline_rule(std::string_view text) {
  for (DeadlineRule rule :
       {DeadlineRule::none, DeadlineRule::next_working_day, DeadlineRule::previous_working_day}) {
    if (text == to_string(rule)) {
      return rule;
    }
  }
  return std::nullopt;
}

WorkingDayCalendar::WorkingDayCalendar() {
  general_table();  // built now rather than inside the first timed query
}

void WorkingDayCalendar::add_bridging_days(const std::vector<Holiday>& days) {
  for (const Holiday& day : days) {
    Holiday added = day;
    added.bridging = true;
    bridging_days_.push_back(std::move(added));
  }
  // Stable, so that of a date given twice the one added first stays.
  std::stable_sort(bridging_days_.begin(), bridging_days_.end(),
                   [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  bridging_days_.erase(
      std::unique(bridging_days_.begin(), bridging_days_.end(),
                  [](const Holiday& a, const Holiday& b) { return a.date == b.date; }),
      bridging_days_.end());
}

bool WorkingDayCalendar::is_working_day(Date date) const {
  if (is_weekend(date) || is_general_holiday(date)) {
    return false;
  }
  return bridging_days_.empty() || find_on(bridging_days_, date) == nullptr;
}

const Holiday* WorkingDayCalendar::holiday_on(Date date) const {
  if (is_general_holiday(date)) {
    return find_on(general_table().holidays, date);
  }
  return find_on(bridging_days_, date);
}

std::optional<LocalizedText> WorkingDayCalendar::reason_not_working(Date date) const {
  if (const Holiday* holiday = holiday_on(date)) {
    return holiday->name;
  }
  if (is_weekend(date)) {
    return wording::label(*words::weekdays[std::chrono::weekday{sys_days{date}}.c_encoding()]);
  }
  return std::nullopt;
}

std::vector<Holiday> WorkingDayCalendar::holidays(int year_number) const {
  const Date first = year{year_number} / std::chrono::January / 1;
  const Date last = year{year_number} / std::chrono::December / 31;
  const auto in_year = [&](const std::vector<Holiday>& sorted) {
    const auto by_date = [](const Holiday& h, Date d) { return h.date < d; };
    const auto begin = std::lower_bound(sorted.begin(), sorted.end(), first, by_date);
    const auto end = std::lower_bound(begin, sorted.end(), add_days(last, 1), by_date);
    return std::vector<Holiday>(begin, end);
  };
  std::vector<Holiday> general = in_year(general_table().holidays);
  std::vector<Holiday> bridging = in_year(bridging_days_);
  std::vector<Holiday> merged;
  merged.reserve(general.size() + bridging.size());
  // On equal dates std::merge takes the general holiday first.
  std::merge(general.begin(), general.end(), bridging.begin(), bridging.end(),
             std::back_inserter(merged),
             [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  return merged;
}

Date WorkingDayCalendar::next_working_day(Date date) const {
  // Ends: outside the holiday table only weekends are skipped, and add_days stops at a Friday.
  while (!is_working_day(date)) {
    const Date next = add_days(date, 1);
    if (next == date) {
      break;
    }
    date = next;
  }
  return date;
}

Date WorkingDayCalendar::previous_working_day(Date date) const {
  while (!is_working_day(date)) {
    const Date previous = add_days(date, -1);
    if (previous == date) {
      break;
    }
    date = previous;
  }
  return date;
}

Date WorkingDayCalendar::add_working_days(Date date, std::int64_t count) const {
  // Holidays exist only between these days; beyond them weekday arithmetic is exact and fast.
  sys_days irregular_start = kTableStart;
  sys_days irregular_end = kTableEnd;  // exclusive
  if (!bridging_days_.empty()) {
    irregular_start = std::min(irregular_start, sys_days{bridging_days_.front().date});
    irregular_end = std::max(irregular_end, sys_days{bridging_days_.back().date} + days{1});
  }
  // More working days than the years 1..9999 hold would only run into the clamp of add_days.
  count = std::clamp<std::int64_t>(count, -5'000'000, 5'000'000);
  const int step = count > 0 ? 1 : -1;
  while (count != 0) {
    const sys_days day{date};
    if ((step > 0 && day >= irregular_end) || (step < 0 && day < irregular_start)) {
      return add_weekdays(date, count);
    }
    const Date next = add_days(date, step);
    if (next == date) {
      break;  // the end of the supported years
    }
    date = next;
    if (is_working_day(date)) {
      count -= step;
    }
  }
  return date;
}

Date WorkingDayCalendar::add(Date date, Duration duration) const {
  if (duration.unit == DurationUnit::working_days) {
    return add_working_days(date, duration.amount);
  }
  return add_calendar_duration(date, duration).value();  // not working days: handled above
}

Date WorkingDayCalendar::last_day_of_period(Date first_day, Duration length) const {
  if (length.unit == DurationUnit::working_days) {
    return add_working_days(add_days(first_day, -1), length.amount);
  }
  return calendar::last_day_of_period(first_day, length).value();  // not working days
}

MovedDate WorkingDayCalendar::apply(Date date, DeadlineRule rule) const {
  Date landed = date;
  if (rule == DeadlineRule::next_working_day) {
    landed = next_working_day(date);
  } else if (rule == DeadlineRule::previous_working_day) {
    landed = previous_working_day(date);
  }
  if (landed == date) {
    return MovedDate{date, std::nullopt, {}};
  }
  return MovedDate{landed, date, reason_not_working(date).value_or(LocalizedText{})};
}

}  // namespace tenderkit::calendar
