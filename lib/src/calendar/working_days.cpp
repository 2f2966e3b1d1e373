// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/input/toml_reader.hpp>

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

LocalizedText names(std::string_view nl, std::string_view en) {
  return LocalizedText{std::string(en), std::string(nl)};
}

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
    return Holiday{kings_day, names("Koningsdag", "King's Day")};
  }
  Date queens_day =
      year_number <= 1948 ? year{year_number} / August / 31 : year{year_number} / April / 30;
  if (is_sunday(queens_day)) {
    queens_day = add_days(queens_day, year_number < 1980 ? 1 : -1);
  }
  return Holiday{queens_day, names("Koninginnedag", "Queen's Day")};
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

std::optional<Date> read_date(input::TableReader& reader) {
  constexpr std::string_view kExample = "2022-05-27";
  const toml::node* node = reader.node("date");
  if (node == nullptr) {
    reader.sink().error("[[bridging_day]] lacks the required key 'date'", reader.where(),
                        fmt::format("write the date as date = {}", kExample));
    return std::nullopt;
  }
  const SourceLocation where = input::location_of(node->source(), reader.file());
  int year_number = 0;
  unsigned month_number = 0;
  unsigned day_in_month = 0;
  if (const auto* toml_date = node->as_date()) {
    year_number = toml_date->get().year;
    month_number = toml_date->get().month;
    day_in_month = toml_date->get().day;
  } else if (const auto* text = node->as_string()) {
    // The same shape as a TOML date, quoted; the year range is checked below for both.
    const std::string& value = text->get();
    bool shaped = value.size() == 10;
    for (std::size_t i = 0; shaped && i < value.size(); ++i) {
      shaped = (i == 4 || i == 7) ? value[i] == '-' : (value[i] >= '0' && value[i] <= '9');
    }
    if (shaped) {
      const auto number = [&](std::size_t first, std::size_t length) {
        unsigned result = 0;
        for (char c : std::string_view(value).substr(first, length)) {
          result = result * 10 + static_cast<unsigned>(c - '0');
        }
        return result;
      };
      year_number = static_cast<int>(number(0, 4));
      month_number = number(5, 2);
      day_in_month = number(8, 2);
    }
    const Date date{year{year_number}, std::chrono::month{month_number},
                    std::chrono::day{day_in_month}};
    if (!shaped || !date.ok()) {
      std::string hint;
      if (shaped && month_number >= 1 && month_number <= 12) {
        const std::chrono::month month_value{month_number};
        const auto last = static_cast<unsigned>(std::chrono::year_month_day_last{
            year{year_number}, std::chrono::month_day_last{
                                   month_value}}.day());
        if (day_in_month > last) {
          hint = fmt::format("{} {} has {} days", month_name(month_number, Language::en),
                             year_number, last);
        }
      }
      reader.sink().error(fmt::format("'date' must be a date written YYYY-MM-DD, such as {}, "
                                      "found '{}'",
                                      kExample, value),
                          where, hint);
      return std::nullopt;
    }
  } else {
    reader.sink().error(fmt::format("'date' must be a date such as {}, found {}", kExample,
                                    input::describe_type(*node).en),
                        where, node->is_date_time() ? "write the date alone, without a time" : "");
    return std::nullopt;
  }
  if (year_number < kFirstYear || year_number > kLastYear) {
    reader.sink().error(fmt::format("'date' {:04}-{:02}-{:02} is outside the years {}-{} that "
                                    "tenderkit supports",
                                    year_number, month_number, day_in_month, kFirstYear, kLastYear),
                        where);
    return std::nullopt;
  }
  return Date{year{year_number}, std::chrono::month{month_number}, std::chrono::day{day_in_month}};
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
  holidays.push_back({y / January / 1, names("Nieuwjaarsdag", "New Year's Day")});
  holidays.push_back({add_days(easter, -2), names("Goede Vrijdag", "Good Friday")});
  holidays.push_back({easter, names("Eerste Paasdag", "Easter Sunday")});
  holidays.push_back({add_days(easter, 1), names("Tweede Paasdag", "Easter Monday")});
  holidays.push_back(royal_day(year_number));
  if (year_number >= 1945) {  // the liberation it celebrates
    holidays.push_back({y / May / 5, names("Bevrijdingsdag", "Liberation Day")});
  }
  holidays.push_back({add_days(easter, 39), names("Hemelvaartsdag", "Ascension Day")});
  holidays.push_back({add_days(easter, 49), names("Eerste Pinksterdag", "Whit Sunday")});
  holidays.push_back({add_days(easter, 50), names("Tweede Pinksterdag", "Whit Monday")});
  holidays.push_back({y / December / 25, names("Eerste Kerstdag", "Christmas Day")});
  holidays.push_back({y / December / 26, names("Tweede Kerstdag", "Boxing Day")});
  std::stable_sort(holidays.begin(), holidays.end(),
                   [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  return holidays;
}

Result<std::vector<Holiday>> parse_bridging_days(std::string_view content,
                                                 const std::string& file) {
  Result<toml::table> table = input::parse_toml(content, file);
  if (!table) {
    return table.error();
  }
  DiagnosticSink sink;
  input::TableReader root(*table, file, sink, "the bridging-days file");
  std::vector<Holiday> days;
  std::map<sys_days, SourceLocation> first_listed;
  for (const toml::table* entry : root.table_array("bridging_day")) {
    input::TableReader reader(*entry, file, sink, "[[bridging_day]]");
    const std::optional<Date> date = read_date(reader);
    const std::optional<std::string> name = reader.required_string("name");
    std::optional<std::string> name_en = reader.optional_string("name_en");
    if (name_en && name_en->find_first_not_of(" \t") == std::string::npos) {
      sink.error("'name_en' must not be empty", reader.where("name_en"),
                 "leave the key out to use the Dutch name in English too");
      name_en.reset();
    }
    reader.finish();
    if (!date) {
      continue;
    }
    const SourceLocation where = reader.where("date");
    if (is_weekend(*date)) {
      sink.error(fmt::format("bridging day {} falls on a {}, which is no working day anyway",
                             to_iso(*date), weekday_name(*date, Language::en)),
                 where);
      continue;
    }
    if (const Holiday* holiday = find_on(general_table().holidays, *date)) {
      sink.error(fmt::format("bridging day {} falls on {} ({}), a general holiday already",
                             to_iso(*date), holiday->name.en, holiday->name.nl),
                 where);
      continue;
    }
    const auto [seen, inserted] = first_listed.emplace(sys_days{*date}, where);
    if (!inserted) {
      sink.error(fmt::format("bridging day {} is listed twice", to_iso(*date)), where,
                 "first listed at " + seen->second.to_string());
      continue;
    }
    if (name) {
      days.push_back(Holiday{*date, LocalizedText{name_en.value_or(*name), *name}, true});
    }
  }
  root.finish();
  if (!sink.empty()) {
    return sink.to_error();
  }
  std::sort(days.begin(), days.end(),
            [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  return days;
}

Result<std::vector<Holiday>> load_bridging_days(const std::string& file) {
  Result<std::string> content = read_file(file);
  if (!content) {
    return content.error();
  }
  return parse_bridging_days(*content, file);
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
    return LocalizedText{std::string(weekday_name(date, Language::en)),
                         std::string(weekday_name(date, Language::nl))};
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
  return add_calendar_duration(date, duration);
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
