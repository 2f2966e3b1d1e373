// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// Fuzz harness: the date, duration, month-day, shift, score and cell-reference parsers, and the
// arithmetic on what they accept. Beyond "no crash", it checks round trips: what a parser accepts
// prints back to a text it accepts again as the same value.
#include <tenderkit/calendar/date.hpp>
#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/schedule/schedule.hpp>
#include <tenderkit/scoring/collect.hpp>
#include <tenderkit/xlsx/reader.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace {

void require(bool condition) {
  if (!condition) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tenderkit;
  using namespace tenderkit::calendar;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const WorkingDayCalendar working_days;

  const std::optional<Date> date = parse_iso_date(text);
  if (date) {
    require(date->ok());
    require(parse_iso_date(to_iso(*date)) == date);
    require(working_days.add_working_days(*date, 1) > *date);
  }
  const std::optional<Duration> duration = parse_duration(text);
  if (duration) {
    require(parse_duration(to_string(*duration)) == duration);
    require(parse_duration(to_string(*duration, true)) == duration);
    const Date start{std::chrono::year{2023}, std::chrono::January, std::chrono::day{31}};
    const Date moved = working_days.add(start, *duration);  // clamps at the supported years
    require(moved.ok());
    require(working_days.last_day_of_period(start, *duration).ok());
    if (duration->unit == DurationUnit::working_days) {
      require(!add_calendar_duration(start, *duration) && !last_day_of_period(start, *duration));
    } else {
      require(add_calendar_duration(start, *duration)->ok());
      if (duration->amount > 0) {
        require(*last_day_of_period(start, *duration) >= start);
      }
    }
    if (date) {
      require(working_days.add(*date, *duration).ok());
    }
  }
  if (const std::optional<MonthDay> month_day = parse_month_day(text)) {
    require(parse_month_day(to_string(*month_day)) == month_day);
    require(in_year(*month_day, 2023).ok() && in_year(*month_day, 2024).ok());
  }
  if (const Result<schedule::Shift> shift = schedule::parse_shift(text); shift) {
    require(!shift->phase_id.empty());
  } else {
    require(!shift.error().diagnostics().empty());
  }
  // Scores read from forms: exact rationals (to_decimal rounds, so no round trip here).
  (void)scoring::parse_score_text(text);
  if (const std::optional<xlsx::CellPosition> cell = xlsx::parse_cell_reference(text)) {
    require(cell->row < 1'048'576 && cell->column < 16'384);
  }
  return 0;
}
