// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/cli/cli.hpp>
#include <tenderkit/commands/tender_schedule.hpp>
#include <tenderkit/commands/wording.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/clock.hpp>
#include <tenderkit/core/resources.hpp>
#include <tenderkit/core/sha256.hpp>
#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/input/baseline_file.hpp>
#include <tenderkit/input/bridging_days_file.hpp>
#include <tenderkit/input/contracts_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/report/schedule_report.hpp>
#include <tenderkit/report/schedule_workbook.hpp>
#include <tenderkit/schedule/schedule.hpp>

#include <fmt/format.h>

#include <array>
#include <chrono>
#include <filesystem>
#include <optional>
#include <system_error>

namespace tenderkit::commands {

namespace {

using ScheduleWriter = void (*)(std::ostream&, const schedule::Schedule&,
                                const report::ScheduleRenderOptions&);

// The one table of tender-schedule's report formats: --format's names and the writers.
constexpr std::array<cli::FormatEntry<ScheduleFormat, ScheduleWriter>, 5> kFormats{{
    {ScheduleFormat::text, "text", report::write_schedule_text},
    {ScheduleFormat::json, "json", report::write_schedule_json},
    {ScheduleFormat::csv, "csv", report::write_schedule_csv},
    {ScheduleFormat::ics, "ics", report::write_schedule_ics},
    {ScheduleFormat::markdown, "markdown", report::write_schedule_markdown},
}};

}  // namespace

std::vector<cli::FormatName<ScheduleFormat>> schedule_formats() {
  return cli::format_names(kFormats);
}

std::string default_bridging_days_file(const std::string& tender_file) {
  std::error_code ignored;
  const std::filesystem::path beside =
      std::filesystem::path(tender_file).parent_path() / "bridging-days.toml";
  if (std::filesystem::is_regular_file(beside, ignored)) {
    return beside.string();
  }
  if (const std::optional<std::filesystem::path> templates = shipped_templates_dir()) {
    const std::filesystem::path shipped = *templates / "bridging-days.toml";
    if (std::filesystem::is_regular_file(shipped, ignored)) {
      return shipped.string();
    }
  }
  return {};
}

namespace {

Result<int> write_schedule(const ScheduleOptions& options, std::ostream& out, std::ostream& err,
                           std::optional<Language>& spoken) {
  // The timestamp is validated before any work, so a bad SOURCE_DATE_EPOCH costs nothing.
  Result<std::time_t> created = output_timestamp();
  if (!created) {
    return created.error();
  }
  const auto* format = cli::find_format(kFormats, options.format);
  if (format == nullptr) {
    return cli::unsupported_format("tender-schedule");
  }
  if (Result<void> report_target = cli::refuse_workbook_as_report(options.output); !report_target) {
    return report_target.error();
  }
  schedule::ScheduleOptions schedule_options;
  schedule_options.language = options.language;
  if (options.as_of.empty()) {
    schedule_options.as_of = calendar::Date{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::from_time_t(*created))};
  } else if (std::optional<calendar::Date> as_of = calendar::parse_iso_date(options.as_of)) {
    schedule_options.as_of = *as_of;
  } else {
    return Error::usage(wording::say(words::schedule_as_of_expects,
                                     {wording::text("first", std::to_string(calendar::kFirstYear)),
                                      wording::text("last", std::to_string(calendar::kLastYear)),
                                      wording::text("found", options.as_of)}));
  }
  for (const std::string& text : options.shifts) {
    Result<schedule::Shift> shift = schedule::parse_shift(text);
    if (!shift) {
      return shift.error();
    }
    schedule_options.shifts.push_back(std::move(shift).value());
  }

  std::vector<std::string> bridging_files = options.bridging_days;
  if (bridging_files.empty() && !options.no_bridging_days) {
    if (std::string file = default_bridging_days_file(options.tender_file); !file.empty()) {
      bridging_files.push_back(std::move(file));
    }
  }
  // No output may be an input: checked before anything is read or written.
  std::vector<std::filesystem::path> inputs{options.tender_file};
  inputs.insert(inputs.end(), options.contract_files.begin(), options.contract_files.end());
  inputs.insert(inputs.end(), bridging_files.begin(), bridging_files.end());
  if (!options.baseline.empty()) {
    inputs.emplace_back(options.baseline);
  }
  if (Result<void> checked = check_outputs(
          inputs, {options.workbook,
                   cli::writes_to_standard_output(options.output) ? "-" : options.output});
      !checked) {
    return checked.error();
  }

  // Every input is read and checked before any is rejected, so one run reports all problems.
  std::optional<Error> errors;
  const auto collect = [&](const Error& error) {
    if (errors) {
      errors->append(error);
    } else {
      errors = error;
    }
  };
  Result<Tender> tender = input::load_tender(options.tender_file);
  if (tender) {
    spoken = options.language.value_or(tender->language);
  } else {
    collect(tender.error());
  }
  std::vector<ContractPortfolio> portfolios;
  for (const std::string& file : options.contract_files) {
    Result<ContractPortfolio> portfolio = input::load_contracts(file);
    if (portfolio) {
      portfolios.push_back(std::move(portfolio).value());
    } else {
      collect(portfolio.error());
    }
  }
  calendar::WorkingDayCalendar working_days;
  for (const std::string& file : bridging_files) {
    Result<std::vector<calendar::Holiday>> days = input::load_bridging_days(file);
    if (days) {
      working_days.add_bridging_days(*days);
    } else {
      collect(days.error());
    }
  }
  std::optional<Baseline> baseline;
  if (!options.baseline.empty()) {
    Result<Baseline> loaded = input::load_baseline(options.baseline);
    if (loaded) {
      baseline = std::move(loaded).value();
      schedule_options.baseline = &*baseline;
    } else {
      collect(loaded.error());
    }
  }
  if (errors) {
    return *errors;
  }
  if (!tender->contract && tender->timeline.empty() && portfolios.empty()) {
    return Error::input(wording::label(words::schedule_nothing),
                        SourceLocation(options.tender_file, 0, 0),
                        wording::label(words::schedule_nothing_hint));
  }

  Result<schedule::Schedule> schedule =
      schedule::build_schedule(*tender, portfolios, working_days, schedule_options);
  if (!schedule) {
    return schedule.error();
  }
  // The annex's date and version: the SHA-256 of the inputs it was made from.
  std::vector<std::pair<std::string, std::string>> hashes;
  const auto hash = [&](std::string role, const std::string& file) -> Result<void> {
    Result<std::string> sha256 = sha256_file(file);
    if (!sha256) {
      return sha256.error();
    }
    hashes.emplace_back(std::move(role), std::move(sha256).value());
    return {};
  };
  Result<void> hashed = hash("tender", options.tender_file);
  for (const std::string& file : options.contract_files) {
    if (hashed) {
      hashed = hash("contracts", file);
    }
  }
  for (const std::string& file : bridging_files) {
    if (hashed) {
      hashed = hash("bridging-days", file);
    }
  }
  if (!hashed) {
    return hashed.error();
  }
  schedule->document = {calendar::Date{std::chrono::floor<std::chrono::days>(
                            std::chrono::system_clock::from_time_t(*created))},
                        schedule::schedule_version(hashes, schedule_options.shifts)};
  cli::print_warnings(err, "tender-schedule", schedule->warnings, schedule->language);

  // The workbook before the report, as the other commands do: a report never claims a workbook
  // that could not be written.
  if (!options.workbook.empty()) {
    cli::warn_unless_xlsx(err, "tender-schedule", options.workbook, schedule->language);
    Result<std::vector<Warning>> written = report::write_schedule_workbook(
        options.workbook, *schedule, {.created = *created, .tool_version = TENDERKIT_VERSION});
    if (!written) {
      return written.error();
    }
    cli::print_warnings(err, "tender-schedule", *written, schedule->language);
  }
  const report::ScheduleRenderOptions render{.colour = options.colour,
                                             .tool_version = TENDERKIT_VERSION,
                                             .created = *created,
                                             .bridging_day_files = bridging_files};
  const auto produce = [&](std::ostream& stream) { format->write(stream, *schedule, render); };
  if (Result<void> emitted = cli::emit(produce, options.output, out); !emitted) {
    return emitted.error();
  }
  return cli::kSuccess;
}

}  // namespace

Result<int> run_schedule(const ScheduleOptions& options, std::ostream& out, std::ostream& err) {
  std::optional<Language> spoken;
  return cli::spoken_in(write_schedule(options, out, err, spoken), spoken);
}

}  // namespace tenderkit::commands
