// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/core/language.hpp>
#include <tenderkit/core/result.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

/// The library side of `tender-schedule`.
namespace tenderkit::commands {

/// The report formats of `tender-schedule`.
enum class ScheduleFormat { text, json, csv, ics, markdown };

/// The names --format accepts, from the one table whose writers run_schedule() calls.
std::vector<cli::FormatName<ScheduleFormat>> schedule_formats();

/// `tender-schedule TENDER [CONTRACTS...] [--xlsx schedule.xlsx] [--format ...] [-o FILE]`
struct ScheduleOptions {
  std::string tender_file;
  std::vector<std::string> contract_files;
  std::string workbook;                             ///< --xlsx: the workbook to write; empty: none
  ScheduleFormat format = ScheduleFormat::text;     ///< the report's format
  std::string output;                               ///< -o: report file; empty or `-`: `out`
  std::optional<Language> language = std::nullopt;  ///< --lang; not given: the tender's language
  std::vector<std::string> shifts;                  ///< "PHASE=+3m", as given
  std::string baseline;                             ///< an earlier JSON output to compare with
  std::string as_of;                                ///< YYYY-MM-DD; empty: the day of the timestamp
  std::vector<std::string> bridging_days;  ///< bridging-day tables; empty: the default lookup
  bool no_bridging_days = false;           ///< general holidays only
  bool colour = false;
};

/// Where the bridging days come from when none are given: `bridging-days.toml` beside the tender
/// file, else the table shipped with tenderkit (templates/bridging-days.toml); empty when neither
/// exists.
std::string default_bridging_days_file(const std::string& tender_file);

/// Computes the schedule, writes the workbook and the report (to `out` without -o), and
/// writes warnings (a --shift that makes phases overlap) to `err`. Returns 0.
Result<int> run_schedule(const ScheduleOptions& options, std::ostream& out, std::ostream& err);

}  // namespace tenderkit::commands
