// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/commands/tender_check.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/clock.hpp>
#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/report/check_report.hpp>
#include <tenderkit/report/check_workbook.hpp>
#include <tenderkit/report/registration_form.hpp>

#include <fmt/format.h>

#include <ostream>
#include <utility>

namespace tenderkit::commands {

namespace {

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

Result<int> write_blank_form(const TenderCheckOptions& options, std::time_t created) {
  if (!options.registrations.empty()) {
    return Error::usage(
        "--registration-form writes the blank form of a tender: give no registrations with it");
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
  if (Result<void> written =
          report::write_registration_form(options.registration_form, *tender, created);
      !written) {
    return written.error();
  }
  return cli::kSuccess;
}

}  // namespace

Result<int> run_tender_check(const TenderCheckOptions& options, std::ostream& out,
                             std::ostream& err) {
  // The timestamp is validated before any work, so a bad SOURCE_DATE_EPOCH costs nothing.
  Result<std::time_t> created = output_timestamp();
  if (!created) {
    return created.error();
  }
  if (!options.registration_form.empty()) {
    return write_blank_form(options, *created);
  }
  if (options.registrations.empty()) {
    return Error::usage(
        "REGISTRATIONS is required (or --registration-form FILE, to write the blank form)");
  }
  Result<input::RegistrationFiles> files = input::find_registration_files(options.registrations);
  if (!files) {
    return files.error();
  }
  // No output may be an input: checked before anything is read or written.
  std::vector<std::filesystem::path> inputs{options.tender_file};
  inputs.insert(inputs.end(), files->files.begin(), files->files.end());
  if (Result<void> checked = check_outputs(
          inputs, {cli::writes_to_standard_output(options.output) ? "-" : options.output,
                   options.workbook, options.toml});
      !checked) {
    return checked.error();
  }
  if (!options.toml.empty() && files->files.size() != 1) {
    return Error::usage(
        fmt::format("--toml converts one registration, but {} registration files were given",
                    files->files.size()));
  }
  if (Result<void> refused = refuse_to_replace(options.toml, options.force); !refused) {
    return refused.error();
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
  if (!options.toml.empty()) {
    const Registration& registration = registrations->front();
    Result<void> written = write_file_atomically(options.toml, [&](std::ostream& stream) {
      report::write_registration_toml(stream, registration, registration.file);
    });
    if (!written) {
      return written.error();
    }
  }
  integrality::CheckReport report =
      integrality::check(std::move(tender).value(), std::move(registrations).value());
  report.skipped = std::move(files->skipped);
  report::write_skipped_warnings(err, report.skipped, input::kRegistrationFileKinds);

  if (!options.workbook.empty()) {
    Result<void> written = report::write_check_workbook(
        options.workbook, report, report::CheckWorkbookOptions{*created, options.strict});
    if (!written) {
      return written.error();
    }
  }
  const report::CheckRenderOptions render{options.strict, options.colour, TENDERKIT_VERSION};
  const auto produce = [&](std::ostream& stream) {
    if (options.format == "json") {
      report::write_check_json(stream, report, render);
    } else if (options.format == "junit") {
      report::write_check_junit(stream, report, render);
    } else if (options.format == "markdown") {
      report::write_check_markdown(stream, report, render);
    } else {
      report::write_check_text(stream, report, render);
    }
  };
  if (Result<void> emitted = cli::emit(produce, options.output, out); !emitted) {
    return emitted.error();
  }
  return report.all_compliant(options.strict) ? cli::kSuccess : cli::kFindings;
}

}  // namespace tenderkit::commands
