// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/commands/tender_check.hpp>
#include <tenderkit/commands/wording.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/clock.hpp>
#include <tenderkit/input/espd_file.hpp>
#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/report/check_report.hpp>
#include <tenderkit/report/check_workbook.hpp>
#include <tenderkit/report/registration_form.hpp>
#include <tenderkit/report/registration_toml.hpp>
#include <tenderkit/report/wording.hpp>

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

// Refuses to replace `target` unless `force` (standard output is never "existing").
Result<void> refuse_to_replace(const std::string& target, bool force) {
  if (target.empty() || is_standard_output(target)) {
    return {};
  }
  Result<std::vector<bool>> existed = refuse_existing({target}, force, "tender-check");
  if (!existed) {
    return existed.error();
  }
  return {};
}

// --registration-form: the tender's blank registration form, in the run's language.
Result<int> write_blank_form(const TenderCheckOptions& options, std::time_t created,
                             std::ostream& err, std::optional<Language>& spoken) {
  if (!options.registrations.empty()) {
    return Error::usage(wording::say(words::check_form_without_registrations));
  }
  if (Result<void> checked = check_outputs({options.tender_file}, {options.registration_form});
      !checked) {
    return checked.error();
  }
  if (Result<void> refused = refuse_to_replace(options.registration_form, options.force);
      !refused) {
    return refused.error();
  }
  Result<Tender> tender = input::load_tender(options.tender_file);
  if (!tender) {
    return tender.error();
  }
  tender->language = options.language.value_or(tender->language);
  spoken = tender->language;
  cli::warn_unless_xlsx(err, "tender-check", options.registration_form, tender->language);
  Result<std::vector<Warning>> written =
      report::write_registration_form(options.registration_form, *tender, created);
  if (!written) {
    return written.error();
  }
  cli::print_warnings(err, "tender-check", *written, tender->language);
  return cli::kSuccess;
}

Result<int> check_registrations(const TenderCheckOptions& options, std::ostream& out,
                                std::ostream& err, std::optional<Language>& spoken) {
  // The timestamp is validated before any work, so a bad SOURCE_DATE_EPOCH costs nothing.
  Result<std::time_t> created = output_timestamp();
  if (!created) {
    return created.error();
  }
  const auto* format = cli::find_format(kFormats, options.format);
  if (format == nullptr) {
    return cli::unsupported_format("tender-check");
  }
  if (!options.registration_form.empty()) {
    return write_blank_form(options, *created, err, spoken);
  }
  if (options.registrations.empty()) {
    return Error::usage(wording::say(words::check_registrations_required));
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
                   options.workbook, options.toml});
      !checked) {
    return checked.error();
  }
  if (!options.toml.empty() && files->files.size() != 1) {
    return Error::usage(
        wording::say(words::check_toml_needs_one,
                     {wording::integer("count", static_cast<std::int64_t>(files->files.size()))}));
  }
  if (Result<void> refused = refuse_to_replace(options.toml, options.force); !refused) {
    return refused.error();
  }
  Result<Tender> tender = input::load_tender(options.tender_file);
  if (!tender) {
    return tender.error();
  }
  spoken = options.language.value_or(tender->language);
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
                    options.workbook, options.toml});
        !checked) {
      return checked.error();
    }
  }
  Result<std::vector<SkippedEntry>> unmatched =
      input::attach_espds(*registrations, espd_files.files, !options.espd_folder.empty());
  if (!unmatched) {
    return unmatched.error();
  }
  if (!options.toml.empty()) {
    const Registration& registration = registrations->front();
    Result<void> written = write_file_atomically(options.toml, [&](std::ostream& stream) {
      report::write_registration_toml(stream, registration,
                                      wording::say(options.language.value_or(tender->language),
                                                   report::words::toml_converted_from,
                                                   {wording::text("file", registration.file)}));
    });
    if (!written) {
      return written.error();
    }
  }
  integrality::CheckReport report =
      integrality::check(std::move(tender).value(), std::move(registrations).value());
  report.skipped = std::move(files->skipped);
  report.skipped.insert(report.skipped.end(), espd_files.skipped.begin(), espd_files.skipped.end());
  report.skipped.insert(report.skipped.end(), unmatched->begin(), unmatched->end());
  // The language is resolved once: --lang, else the tender's.
  const Language language = options.language.value_or(report.tender.language);
  report::write_skipped_warnings(err, report.skipped, input::kRegistrationFileKinds, language);
  if (!options.workbook.empty()) {
    cli::warn_unless_xlsx(err, "tender-check", options.workbook, language);
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

}  // namespace

std::vector<cli::FormatName<CheckFormat>> check_formats() {
  return cli::format_names(kFormats);
}

Result<int> run_tender_check(const TenderCheckOptions& options, std::ostream& out,
                             std::ostream& err) {
  std::optional<Language> spoken;
  return cli::spoken_in(check_registrations(options, out, err, spoken), spoken);
}

}  // namespace tenderkit::commands
