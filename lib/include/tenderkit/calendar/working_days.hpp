// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/calendar/date.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/core/language.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Dutch working days: the general holidays of the Algemene termijnenwet plus decreed bridging days
/// (DOMAIN.md §5, docs/calendar.md).
namespace tenderkit::calendar {

/// A day that is not a working day although it is not a weekend day.
struct Holiday {
  Date date;
  LocalizedText name;     ///< "Tweede Paasdag" / "Easter Monday"
  bool bridging = false;  ///< a decreed bridging day from the data table, not a general holiday
  friend bool operator==(const Holiday&, const Holiday&) = default;
};

/// Easter Sunday of a Gregorian year, by the anonymous Gregorian (Meeus/Butcher) algorithm.
Date easter_sunday(int year);

/// The Dutch general holidays of a year (kFirstYear..kLastYear) that are working days by the
/// weekday alone or not, in date order: New Year's Day, Good Friday, Easter Sunday and Monday,
/// King's Day (27 April, 26 April when the 27th is a Sunday; from 2014) or Queen's Day before it
/// (31 August 1900-1948, 30 April 1949-2013, with their own Sunday rules), Liberation Day
/// (5 May, from 1945), Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day. Empty
/// for other years: there only weekends are non-working days.
std::vector<Holiday> general_holidays(int year);

/// Reads a bridging-days table (TOML, `[[bridging_day]]` with `date` and `name`, optional
/// `name_en`; see templates/bridging-days.toml). Every problem is an input error at
/// file:line:column.
Result<std::vector<Holiday>> load_bridging_days(const std::string& file);
/// The same from text already read; `file` names it in messages.
Result<std::vector<Holiday>> parse_bridging_days(std::string_view content, const std::string& file);

/// What a deadline does when it falls on a day that is not a working day.
enum class DeadlineRule { none, next_working_day, previous_working_day };
/// "none", "next-working-day", "previous-working-day", as written in files.
std::string_view to_string(DeadlineRule rule);
std::optional<DeadlineRule> parse_deadline_rule(std::string_view text);

/// A date after its deadline rule: where it landed and, when it moved, from where and why.
struct MovedDate {
  Date date;
  std::optional<Date> moved_from;  ///< the date before the move; empty when it did not move
  LocalizedText reason;            ///< "zaterdag" / "Saturday", "Koningsdag" / "King's Day"; empty
                                   ///< when it did not move
};

/// Working days: Monday to Friday except general holidays and the bridging days added.
class WorkingDayCalendar {
 public:
  /// The general holidays only.
  WorkingDayCalendar();

  /// Adds decreed bridging days (a date given twice is kept once).
  void add_bridging_days(const std::vector<Holiday>& days);

  bool is_working_day(Date date) const;
  /// The holiday on a date (a general holiday or a bridging day), or nullptr. A bridging day's
  /// pointer lasts until add_bridging_days is called again; a general holiday's, for ever.
  const Holiday* holiday_on(Date date) const;
  /// Why a date is no working day ("zaterdag" / "Saturday", or the holiday's name; a holiday on a
  /// weekend day is named by the holiday), or nothing for a working day.
  std::optional<LocalizedText> reason_not_working(Date date) const;
  /// Every holiday and bridging day of a year, in date order.
  std::vector<Holiday> holidays(int year) const;

  /// The first working day on or after `date`.
  Date next_working_day(Date date) const;
  /// The last working day on or before `date`.
  Date previous_working_day(Date date) const;
  /// `count` working days after `date` (before it when negative); `date` itself when 0. The days
  /// are counted from the day after `date`, so the result is always a working day when count != 0.
  Date add_working_days(Date date, std::int64_t count) const;
  /// Adds any duration; working days as add_working_days, the others as add_days / add_months.
  Date add(Date date, Duration duration) const;

  /// Applies a deadline rule and says what moved and why.
  MovedDate apply(Date date, DeadlineRule rule) const;

 private:
  std::vector<Holiday> bridging_days_;  // sorted by date
};

}  // namespace tenderkit::calendar
