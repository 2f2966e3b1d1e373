// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>

#include <ostream>
#include <string>
#include <vector>

/// The library side of `tender-schedule`.
namespace tenderkit::commands {

/// `tender-schedule TENDER [CONTRACTS...] -o schedule.xlsx [--format ...]`
struct ScheduleOptions {
  std::string tender_file;
  std::vector<std::string> contract_files;
  std::string workbook;                    ///< -o: the workbook to write; empty: none
  std::string format = "text";             ///< text, json, csv, ics or markdown
  std::string report;                      ///< report file; empty: `out`
  std::vector<std::string> shifts;         ///< "PHASE=+3m", as given
  std::string baseline;                    ///< an earlier JSON output to compare with
  std::string as_of;                       ///< YYYY-MM-DD; empty: the day of the timestamp
  std::vector<std::string> bridging_days;  ///< bridging-day tables; empty: the default lookup
  bool no_bridging_days = false;           ///< general holidays only
  bool colour = false;
};

/// Where the bridging days come from when none are given: `bridging-days.toml` beside the tender
/// file, else the table shipped with tenderkit (templates/bridging-days.toml); empty when neither
/// exists.
std::string default_bridging_days_file(const std::string& tender_file);

/// Computes the schedule, writes the workbook and the report (to `out` without --report), and
/// writes warnings (a --shift that makes phases overlap) to `err`. Returns 0.
Result<int> run_schedule(const ScheduleOptions& options, std::ostream& out, std::ostream& err);

}  // namespace tenderkit::commands
