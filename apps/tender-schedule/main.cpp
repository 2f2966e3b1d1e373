// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// tender-schedule: contract-term schedules and the procurement timeline, on Dutch working days.
#include <tenderkit/cli/app.hpp>
#include <tenderkit/cli/wording.hpp>
#include <tenderkit/commands/tender_schedule.hpp>

#include <CLI/CLI.hpp>

#include <sys/resource.h>
#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <iostream>

namespace {

// A large workbook in row order keeps one temporary file open per sheet (a contract's annex
// each): 1,000 contracts need more than the common soft limit of 1,024 descriptors.
void raise_open_file_limit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) {
    return;
  }
  constexpr rlim_t kWanted = 65536;
  const rlim_t wanted =
      limit.rlim_max == RLIM_INFINITY ? kWanted : std::min(kWanted, limit.rlim_max);
  if (wanted > limit.rlim_cur) {
    limit.rlim_cur = wanted;
    setrlimit(RLIMIT_NOFILE, &limit);  // best effort: a failure shows as a write error later
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace tenderkit;
#ifdef __GLIBC__
  // libxlsxwriter callocs a 128 KiB row buffer for each sheet in row order. With a fixed mmap
  // threshold each is a fresh mapping that stays untouched (about 4 KiB resident); with glibc's
  // sliding threshold they came from the heap, zeroed: 1,000 annexes held 131 MB.
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
  raise_open_file_limit();
  CLI::App app{
      "Contract-term schedules and the procurement timeline on Dutch working days: terms, "
      "evaluations, notice and extension deadlines, intake moments, reporting, budget and "
      "indexation dates, the procurement phases and their re-planning; as a workbook with a "
      "printable annex per contract (parties, date, version, clauses, signatures), and as text, "
      "JSON, CSV, iCalendar or Markdown, in the tender's language.",
      "tender-schedule"};
  app.footer(
      "Deadlines that fall on a Saturday, Sunday, Dutch general holiday or bridging day move by "
      "each contract's deadline_rules; every moved date says from where and why. See "
      "docs/tender-schedule.md and docs/calendar.md.\n\n"
      "Examples:\n"
      "  tender-schedule templates/mvs/tender.toml --xlsx mvs-schedule.xlsx\n"
      "  tender-schedule tender.toml contracts.toml --format ics -o deadlines.ics\n"
      "  tender-schedule tender.toml --format json -o plan.json\n"
      "  tender-schedule tender.toml --shift dialoog=+3m --baseline plan.json\n\n"
      "Exit codes:\n"
      "  0  done\n"
      "  2  invalid input or usage (also: a dependency cycle, an unknown phase, an output that\n"
      "     is one of the inputs)\n"
      "  3  an output could not be written\n\n"
      "Options follow one convention in every command: docs/cli.md. Changed: -o is the report,\n"
      "the workbook is --xlsx (docs/cli.md#changes).\n"
      "Environment: NO_COLOR disables colour; SOURCE_DATE_EPOCH fixes timestamps and the "
      "default --as-of day.");
  app.set_version_flag("--version", cli::version_line("tender-schedule"));

  commands::ScheduleOptions options;
  cli::ColourMode colour = cli::ColourMode::automatic;
  app.add_option("TENDER", options.tender_file,
                 "The tender file: its [contract] and its [[phase]] timeline")
      ->required()
      ->option_text("FILE");
  app.add_option("CONTRACTS", options.contract_files, "Contracts files (existing contracts)")
      ->option_text("FILE...");
  cli::add_format_option(app, options.format, commands::schedule_formats(), "Report format");
  cli::add_report_option(app, options.output);
  cli::add_workbook_option(app, options.workbook,
                           "overview, plan, milestones, timeline and a printable annex per "
                           "contract");
  cli::retire_option(app, "--report", cli::words::report_option_gone);
  cli::add_language_option(app, options.language);
  cli::add_colour_option(app, colour);
  app.add_option("--shift", options.shifts,
                 "Re-plan: move a phase and everything after it, e.g. dialoog=+3m (units y, m, "
                 "w, d, wd); repeatable")
      ->option_text("PHASE=DURATION")
      ->allow_extra_args(false);
  app.add_option("--baseline", options.baseline,
                 "An earlier --format json output: show old date, new date and the difference "
                 "for every milestone")
      ->option_text("FILE");
  app.add_option("--as-of", options.as_of,
                 "The day 'next deadline' counts from (default: today, or SOURCE_DATE_EPOCH's day)")
      ->option_text("YYYY-MM-DD");
  app.add_option("--bridging-days", options.bridging_days,
                 "Bridging-days tables (default: bridging-days.toml beside the tender file, else "
                 "the one shipped with tenderkit); repeatable")
      ->option_text("FILE");
  app.add_flag("--no-bridging-days", options.no_bridging_days,
               "General holidays only: use no bridging-days table");

  return cli::run(
      app, argc, argv,
      [&]() -> Result<int> {
        options.colour = options.format == commands::ScheduleFormat::text &&
                         cli::writes_to_standard_output(options.output) &&
                         cli::colour_enabled(colour, STDOUT_FILENO);
        return commands::run_schedule(options, std::cout, std::cerr);
      },
      &colour);
}
