// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/input/bridging_days_file.hpp>
#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/input/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <map>

namespace tenderkit::input {

namespace {

bool is_weekend(calendar::Date date) {
  const std::chrono::weekday weekday{std::chrono::sys_days{date}};
  return weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
}

std::optional<calendar::Date> read_date(TableReader& reader) {
  constexpr std::string_view kExample = "2022-05-27";
  const toml::node* node = reader.node("date");
  if (node == nullptr) {
    reader.sink().error(wording::label(words::bridging_date_missing), reader.where(),
                        wording::say(words::bridging_write_date,
                                     {wording::text("example", std::string(kExample))}));
    return std::nullopt;
  }
  const SourceLocation where = location_of(node->source(), reader.file());
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
    const calendar::Date date{std::chrono::year{year_number}, std::chrono::month{month_number},
                              std::chrono::day{day_in_month}};
    if (!shaped || !date.ok()) {
      LocalizedText hint;
      if (shaped && month_number >= 1 && month_number <= 12) {
        const std::chrono::month month_value{month_number};
        const auto last = static_cast<unsigned>(std::chrono::year_month_day_last{
            std::chrono::year{year_number},
            std::chrono::month_day_last{
                month_value}}.day());
        if (day_in_month > last) {
          hint = wording::say(
              words::bridging_month_has_days,
              {wording::localized(
                   "month",
                   LocalizedText{std::string(calendar::month_name(month_number, Language::en)),
                                 std::string(calendar::month_name(month_number, Language::nl))}),
               wording::text("year", std::to_string(year_number)), wording::integer("days", last)});
        }
      }
      reader.sink().error(
          wording::say(words::bridging_date_shape, {wording::text("example", std::string(kExample)),
                                                    wording::text("found", value)}),
          where, hint);
      return std::nullopt;
    }
  } else {
    reader.sink().error(
        wording::say(words::bridging_date_type, {wording::text("example", std::string(kExample)),
                                                 wording::phrase("found", describe_type(*node))}),
        where, node->is_date_time() ? wording::label(words::bridging_date_alone) : LocalizedText{});
    return std::nullopt;
  }
  if (year_number < calendar::kFirstYear || year_number > calendar::kLastYear) {
    reader.sink().error(
        wording::say(words::bridging_date_years,
                     {wording::text("date", fmt::format("{:04}-{:02}-{:02}", year_number,
                                                        month_number, day_in_month)),
                      wording::text("first", std::to_string(calendar::kFirstYear)),
                      wording::text("last", std::to_string(calendar::kLastYear))}),
        where);
    return std::nullopt;
  }
  return calendar::Date{std::chrono::year{year_number}, std::chrono::month{month_number},
                        std::chrono::day{day_in_month}};
}

}  // namespace

Result<std::vector<calendar::Holiday>> parse_bridging_days(std::string_view content,
                                                           const std::string& file) {
  Result<toml::table> table = parse_toml(content, file);
  if (!table) {
    return table.error();
  }
  DiagnosticSink sink;
  TableReader root(*table, file, sink, wording::label(words::the_bridging_days_file));
  std::vector<calendar::Holiday> days;
  const calendar::WorkingDayCalendar general_holidays;  // no bridging days: finds only those
  std::map<std::chrono::sys_days, SourceLocation> first_listed;
  for (const toml::table* entry : root.table_array("bridging_day")) {
    TableReader reader(*entry, file, sink, "[[bridging_day]]");
    const std::optional<calendar::Date> date = read_date(reader);
    const std::optional<std::string> name = reader.required_string("name");
    std::optional<std::string> name_en = reader.optional_string("name_en");
    if (name_en && name_en->find_first_not_of(" \t") == std::string::npos) {
      sink.error(wording::label(words::bridging_name_en_empty), reader.where("name_en"),
                 wording::label(words::bridging_leave_name_en_out));
      name_en.reset();
    }
    reader.finish();
    if (!date) {
      continue;
    }
    const SourceLocation where = reader.where("date");
    if (is_weekend(*date)) {
      sink.error(
          wording::say(
              words::bridging_on_weekend,
              {wording::text("date", calendar::to_iso(*date)),
               wording::localized(
                   "weekday",
                   LocalizedText{std::string(calendar::weekday_name(*date, Language::en)),
                                 std::string(calendar::weekday_name(*date, Language::nl))})}),
          where);
      continue;
    }
    if (const calendar::Holiday* holiday = general_holidays.holiday_on(*date)) {
      sink.error(
          wording::say(words::bridging_on_holiday, {wording::text("date", calendar::to_iso(*date)),
                                                    wording::localized("holiday", holiday->name)}),
          where);
      continue;
    }
    const auto [seen, inserted] = first_listed.emplace(std::chrono::sys_days{*date}, where);
    if (!inserted) {
      sink.error(
          wording::say(words::bridging_listed_twice,
                       {wording::text("date", calendar::to_iso(*date))}),
          where,
          wording::say(words::first_listed_at, {wording::text("where", seen->second.to_string())}));
      continue;
    }
    if (name) {
      days.push_back(calendar::Holiday{*date, LocalizedText{name_en.value_or(*name), *name}, true});
    }
  }
  root.finish();
  if (!sink.empty()) {
    return sink.to_error();
  }
  std::sort(days.begin(), days.end(),
            [](const calendar::Holiday& a, const calendar::Holiday& b) { return a.date < b.date; });
  return days;
}

Result<std::vector<calendar::Holiday>> load_bridging_days(const std::string& file) {
  Result<std::string> content = read_file(file);
  if (!content) {
    return content.error();
  }
  return parse_bridging_days(*content, file);
}

}  // namespace tenderkit::input
