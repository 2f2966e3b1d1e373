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

#include <ostream>
#include <utility>

namespace tenderkit::commands {

Result<int> run_tender_check(const TenderCheckOptions& options, std::ostream& out,
                             std::ostream& err) {
  // The timestamp is validated before any work, so a bad SOURCE_DATE_EPOCH costs nothing.
  Result<std::time_t> created = output_timestamp();
  if (!created) {
    return created.error();
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
  integrality::CheckReport report =
      integrality::check(std::move(tender).value(), std::move(registrations).value());
  report.skipped = std::move(files->skipped);
  // The texts follow the tender's language.
  const Language language = report.tender.language;
  report::write_skipped_warnings(err, report.skipped, ".toml", language);

  if (!options.workbook.empty()) {
    Result<void> written = report::write_check_workbook(
        options.workbook, report, report::CheckWorkbookOptions{*created, options.strict, language});
    if (!written) {
      return written.error();
    }
  }
  const report::CheckRenderOptions render{options.strict, options.colour, TENDERKIT_VERSION,
                                          language};
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
