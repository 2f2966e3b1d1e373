// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// tender-schedule: contract-term schedules and the procurement timeline, on Dutch working days.
#include <tenderkit/cli/app.hpp>
#include <tenderkit/cli/wording.hpp>
#include <tenderkit/commands/help_wording.hpp>
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
  namespace help = commands::help_words;
  // --help speaks --lang when the command line gives it (docs/cli.md "The language of help").
  const Language language = cli::help_language(argc, argv);
  const auto say = [language](const wording::Phrase& phrase) {
    return wording::say(language, phrase);
  };
  CLI::App app{say(help::schedule_description), "tender-schedule"};
  app.footer(say(help::schedule_footer));
  app.set_version_flag("--version", cli::version_line("tender-schedule"));

  commands::ScheduleOptions options;
  cli::ColourMode colour = cli::ColourMode::automatic;
  app.add_option("TENDER", options.tender_file, say(help::schedule_tender))
      ->required()
      ->option_text("FILE");
  app.add_option("CONTRACTS", options.contract_files, say(help::schedule_contracts))
      ->option_text("FILE...");
  cli::add_format_option(app, options.format, commands::schedule_formats(), help::report_format,
                         language);
  cli::add_report_option(app, options.output, language);
  cli::add_workbook_option(app, options.workbook, help::schedule_workbook, language);
  cli::retire_option(app, "--report", cli::words::report_option_gone);
  cli::add_language_option(app, options.language, language);
  cli::add_colour_option(app, colour, language);
  app.add_option("--shift", options.shifts, say(help::schedule_shift))
      ->option_text("PHASE=DURATION")
      ->allow_extra_args(false);
  app.add_option("--baseline", options.baseline, say(help::schedule_baseline))->option_text("FILE");
  app.add_option("--as-of", options.as_of, say(help::schedule_as_of))->option_text("YYYY-MM-DD");
  app.add_option("--bridging-days", options.bridging_days, say(help::schedule_bridging_days))
      ->option_text("FILE");
  app.add_flag("--no-bridging-days", options.no_bridging_days,
               say(help::schedule_no_bridging_days));
  cli::localize_help(app, language);

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
