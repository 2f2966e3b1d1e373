// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/calendar/date.hpp>

#include <map>
#include <string>

namespace tenderkit {

/// An earlier schedule's milestone dates, to compare a new schedule with (tender-schedule
/// --baseline; read by input/baseline_file.hpp from that schedule's JSON output).
struct Baseline {
  std::string file;                             ///< where it was read, for the reports
  std::map<std::string, calendar::Date> dates;  ///< milestone id -> date
};

}  // namespace tenderkit
