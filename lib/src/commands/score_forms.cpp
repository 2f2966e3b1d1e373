// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/commands/tender_score.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/clock.hpp>
#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/scoring/forms.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <ostream>
#include <system_error>

namespace tenderkit::commands {

Result<int> run_score_forms(const ScoreFormsOptions& options, std::ostream& out,
                            std::ostream& err) {
  // The timestamp is validated before any work, so a bad SOURCE_DATE_EPOCH costs nothing.
  Result<std::time_t> created = output_timestamp();
  if (!created) {
    return created.error();
  }
  if (options.output_directory.empty()) {
    return Error::usage("no folder for the forms given (--dir DIR)");
  }
  Result<Tender> tender = input::load_tender(options.tender_file);
  if (!tender) {
    return tender.error();
  }
  if (!tender->preselection) {
    return Error::input("the tender has no [preselection] section: there is nothing to score",
                        SourceLocation(options.tender_file, 0, 0),
                        "add [preselection] with the scale, criteria, evaluators and "
                        "max_candidates (docs/input-format.md)");
  }
  Result<input::RegistrationFiles> files = input::find_registration_files(options.registrations);
  if (!files) {
    return files.error();
  }
  // No form may be an input: checked before any registration is read.
  std::vector<std::filesystem::path> inputs{options.tender_file};
  inputs.insert(inputs.end(), files->files.begin(), files->files.end());
  if (Result<void> checked =
          check_outputs(inputs, scoring::form_targets(options.output_directory, *tender));
      !checked) {
    return checked.error();
  }
  Result<std::vector<Registration>> registrations =
      input::load_registrations(files->files, *tender);
  if (!registrations) {
    return registrations.error();
  }
  const integrality::CheckReport report =
      integrality::check(std::move(tender).value(), std::move(registrations).value());
  const scoring::FormSet forms = scoring::make_form_set(report);
  if (forms.candidates.empty()) {
    return Error::input("no registration passes tender-check: there is no candidate to score",
                        std::nullopt, "run tender-check on the same files to see why");
  }

  std::vector<bool> replaced;  // with --force: said so, as tender-init does
  for (const std::filesystem::path& target :
       scoring::form_targets(options.output_directory, report.tender)) {
    std::error_code ignored;
    replaced.push_back(std::filesystem::exists(std::filesystem::symlink_status(target, ignored)));
  }
  Result<scoring::WrittenForms> written =
      scoring::write_forms(options.output_directory, report.tender, forms, *created, options.force,
                           options.language.value_or(report.tender.language));
  if (!written) {
    return written.error();
  }
  cli::print_warnings(err, "tender-score forms", written->warnings);

  const Tender& checked = report.tender;
  text::TerminalSafeStream shown(out, false);  // names and paths come from users
  shown << fmt::format("tender {}: {}\n", checked.id, text::one_line(checked.title));
  shown << fmt::format("{} candidate{} to score, {} not admitted\n", forms.candidates.size(),
                       forms.candidates.size() == 1 ? "" : "s", forms.not_admitted.size());
  for (const scoring::NotAdmitted& rejected : forms.not_admitted) {
    std::string reason;
    for (char c : rejected.reason.en) {
      reason += c == '\n' ? std::string("; ") : std::string(1, c);
    }
    shown << fmt::format("  not admitted: {} ({})\n", rejected.id, reason);
  }
  // Entries of the registration folders that were not read: no form holds them.
  for (const SkippedEntry& entry : files->skipped) {
    shown << fmt::format("warning: skipped, not read: {} ({})\n",
                         text::one_line(entry.path.string()),
                         describe(entry.reason, input::kRegistrationFileKinds).en);
  }
  const std::vector<Evaluator>& evaluators = checked.preselection->evaluators;
  for (std::size_t i = 0; i < written->files.size(); ++i) {
    const std::string what = i < evaluators.size()
                                 ? fmt::format("form of evaluator {}", evaluators[i].id)
                                 : std::string("scores template for CSV and hand-written scores");
    shown << fmt::format("{} {} ({})\n", i < replaced.size() && replaced[i] ? "replaced" : "wrote",
                         written->files[i].string(), what);
  }
  shown << fmt::format("form version {}\n", forms.form_version);
  return cli::kSuccess;
}

}  // namespace tenderkit::commands
