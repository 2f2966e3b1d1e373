// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/core/result.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::input {

/// Reads a bridging-days table (TOML, `[[bridging_day]]` with `date` and `name`, optional
/// `name_en`; see templates/bridging-days.toml) for calendar::WorkingDayCalendar::
/// add_bridging_days. Every problem is an input error at file:line:column: a date on a weekend
/// or on a general holiday, a date listed twice.
Result<std::vector<calendar::Holiday>> load_bridging_days(const std::string& file);
/// The same from text already read; `file` names it in messages.
Result<std::vector<calendar::Holiday>> parse_bridging_days(std::string_view content,
                                                           const std::string& file);

}  // namespace tenderkit::input
