// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/commands/tender_check.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/clock.hpp>
#include <tenderkit/input/espd_file.hpp>
#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/report/check_report.hpp>
#include <tenderkit/report/check_workbook.hpp>

#include <array>
#include <ostream>
#include <utility>

namespace tenderkit::commands {

namespace {

using CheckWriter = void (*)(std::ostream&, const integrality::CheckReport&,
                             const report::CheckRenderOptions&);

// The one table of tender-check's report formats: --format's names and the writers.
constexpr std::array<cli::FormatEntry<CheckFormat, CheckWriter>, 4> kFormats{{
    {CheckFormat::text, "text", report::write_check_text},
    {CheckFormat::json, "json", report::write_check_json},
    {CheckFormat::junit, "junit", report::write_check_junit},
    {CheckFormat::markdown, "markdown", report::write_check_markdown},
}};

}  // namespace

std::vector<cli::FormatName<CheckFormat>> check_formats() {
  return cli::format_names(kFormats);
}

Result<int> run_tender_check(const TenderCheckOptions& options, std::ostream& out,
                             std::ostream& err) {
  // The timestamp is validated before any work, so a bad SOURCE_DATE_EPOCH costs nothing.
  Result<std::time_t> created = output_timestamp();
  if (!created) {
    return created.error();
  }
  const auto* format = cli::find_format(kFormats, options.format);
  if (format == nullptr) {
    return cli::unsupported_format("tender-check");
  }
  if (Result<void> report_target = cli::refuse_workbook_as_report(options.output); !report_target) {
    return report_target.error();
  }
  Result<input::RegistrationFiles> files = input::find_registration_files(options.registrations);
  if (!files) {
    return files.error();
  }
  input::EspdFiles espd_files;
  if (!options.espd_folder.empty()) {
    Result<input::EspdFiles> found = input::find_espd_files(options.espd_folder);
    if (!found) {
      return found.error();
    }
    espd_files = std::move(found).value();
  }
  // No output may be an input: checked before anything is read or written.
  std::vector<std::filesystem::path> inputs{options.tender_file};
  inputs.insert(inputs.end(), files->files.begin(), files->files.end());
  inputs.insert(inputs.end(), espd_files.files.begin(), espd_files.files.end());
  if (Result<void> checked = check_outputs(
          inputs, {cli::writes_to_standard_output(options.output) ? "-" : options.output,
                   options.workbook});
      !checked) {
    return checked.error();
  }
  Result<Tender> tender = input::load_tender(options.tender_file);
  if (!tender) {
    return tender.error();
  }
  Result<std::vector<Registration>> registrations =
      input::load_registrations(files->files, *tender);
  if (!registrations) {
    return registrations.error();
  }
  // The ESPD files the registrations name are known only now; nothing is written yet.
  if (const std::vector<std::filesystem::path> named = input::named_espd_files(*registrations);
      !named.empty()) {
    if (Result<void> checked = check_outputs(
            named, {cli::writes_to_standard_output(options.output) ? "-" : options.output,
                    options.workbook});
        !checked) {
      return checked.error();
    }
  }
  Result<std::vector<SkippedEntry>> unmatched =
      input::attach_espds(*registrations, espd_files.files, !options.espd_folder.empty());
  if (!unmatched) {
    Error error = unmatched.error();
    // An ESPD's errors in the run's language: --lang, else the tender's.
    return error.spoken_in(options.language.value_or(tender->language));
  }
  integrality::CheckReport report =
      integrality::check(std::move(tender).value(), std::move(registrations).value());
  report.skipped = std::move(files->skipped);
  report.skipped.insert(report.skipped.end(), espd_files.skipped.begin(), espd_files.skipped.end());
  report.skipped.insert(report.skipped.end(), unmatched->begin(), unmatched->end());
  // The language is resolved once: --lang, else the tender's.
  const Language language = options.language.value_or(report.tender.language);
  report::write_skipped_warnings(err, report.skipped, ".toml", language);
  if (!options.workbook.empty()) {
    cli::warn_unless_xlsx(err, "tender-check", options.workbook);
    Result<std::vector<Warning>> written = report::write_check_workbook(
        options.workbook, report, report::CheckWorkbookOptions{*created, options.strict, language});
    if (!written) {
      return written.error();
    }
    cli::print_warnings(err, "tender-check", *written, language);
  }
  const report::CheckRenderOptions render{options.strict, options.colour, TENDERKIT_VERSION,
                                          language};
  const auto produce = [&](std::ostream& stream) { format->write(stream, report, render); };
  if (Result<void> emitted = cli::emit(produce, options.output, out); !emitted) {
    return emitted.error();
  }
  return report.all_compliant(options.strict) ? cli::kSuccess : cli::kFindings;
}

}  // namespace tenderkit::commands
