// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/schedule/schedule.hpp>

#include <ctime>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::report {

/// How `tender-schedule` renders its reports.
struct ScheduleRenderOptions {
  bool colour = false;  ///< ANSI colours in text output (only for terminals)
  std::string_view tool_version;
  std::time_t created = 0;                      ///< ICS DTSTAMP (SOURCE_DATE_EPOCH or now)
  std::vector<std::string> bridging_day_files;  ///< the tables the calendar was read from
};

/// Readable text in English: contracts, the timeline, every milestone (moves explained), the
/// changes against a baseline, and a summary line.
void write_schedule_text(std::ostream& out, const schedule::Schedule& schedule,
                         const ScheduleRenderOptions& options);

/// Stable JSON for scripts, `"schema": 1` (docs/tender-schedule.md); texts in English.
void write_schedule_json(std::ostream& out, const schedule::Schedule& schedule,
                         const ScheduleRenderOptions& options);

/// RFC 4180 CSV, one row per milestone, texts in the tender's language; cells that a spreadsheet
/// would read as a formula are neutralised (csv_field).
void write_schedule_csv(std::ostream& out, const schedule::Schedule& schedule,
                        const ScheduleRenderOptions& options);

/// An RFC 5545 calendar: one all-day event per milestone, with a UID that stays the same across
/// runs and re-plannings, texts in the tender's language.
void write_schedule_ics(std::ostream& out, const schedule::Schedule& schedule,
                        const ScheduleRenderOptions& options);

/// Markdown for people and annexes, in the tender's language: per contract its term clauses in
/// words and its milestones; the timeline; the changes against a baseline.
void write_schedule_markdown(std::ostream& out, const schedule::Schedule& schedule,
                             const ScheduleRenderOptions& options);

/// One CSV field: quoted when it holds a comma, quote, CR or LF (quotes doubled). Text starting
/// with '=', '+', '-', '@', a tab or a carriage return gets a leading apostrophe, so spreadsheets
/// show it as text instead of running it as a formula (OWASP "CSV injection").
std::string csv_field(std::string_view text);

/// RFC 5545 TEXT escaping: backslash, semicolon, comma and newline escaped; other control
/// characters dropped.
std::string ics_text(std::string_view text);

/// Folds a content line at 75 octets (CRLF and a space), never inside a UTF-8 sequence; ends it
/// with CRLF.
std::string ics_line(std::string_view line);

}  // namespace tenderkit::report
