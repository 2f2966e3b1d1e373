// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/core/warning.hpp>
#include <tenderkit/schedule/schedule.hpp>

#include <cstddef>
#include <ctime>
#include <filesystem>
#include <string_view>

namespace tenderkit::report {

/// Settings of the tender-schedule workbook.
struct ScheduleWorkbookOptions {
  std::time_t created = 0;        ///< document timestamp (SOURCE_DATE_EPOCH or now)
  std::string_view tool_version;  ///< shown on the overview ("tenderkit 0.1.0")
};

/// Above this many milestones the workbook is written in row order (constant memory), where
/// libxlsxwriter cannot write tables: the milestone list then gets filter buttons instead of being
/// an Excel table. Below it, every sheet is held in memory until the file is written.
inline constexpr std::size_t kScheduleTableMilestoneLimit = 20'000;

/// Longest timeline drawn, in months; a longer schedule is cut there, and the sheet says so.
inline constexpr std::size_t kMaxTimelineMonths = 240;

/// Writes the schedule workbook atomically, in the tender's language (schedule.language): an
/// overview of the contracts, the procurement plan (when the tender has a timeline), every
/// milestone as an Excel table, a month-by-month timeline, the changes against a baseline (when
/// one was given), and per contract an annex ready to print and attach to the contract.
Result<std::vector<Warning>> write_schedule_workbook(const std::filesystem::path& target,
                                                     const schedule::Schedule& schedule,
                                                     const ScheduleWorkbookOptions& options);

}  // namespace tenderkit::report
