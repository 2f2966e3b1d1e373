// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/commands/score_wording.hpp>
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

namespace {

Result<int> write_forms(const ScoreFormsOptions& options, std::ostream& out, std::ostream& err,
                        std::optional<Language>& spoken) {
  // The timestamp is validated before any work, so a bad SOURCE_DATE_EPOCH costs nothing.
  Result<std::time_t> created = output_timestamp();
  if (!created) {
    return created.error();
  }
  if (options.output_directory.empty()) {
    return Error::usage(wording::label(score_words::no_forms_folder));
  }
  Result<Tender> tender = input::load_tender(options.tender_file);
  if (!tender) {
    return tender.error();
  }
  spoken = options.language.value_or(tender->language);
  if (!tender->preselection) {
    return Error::input(wording::label(score_words::nothing_to_score),
                        SourceLocation(options.tender_file, 0, 0),
                        wording::label(score_words::add_preselection));
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
    return Error::input(wording::label(score_words::no_candidate), std::nullopt,
                        wording::label(score_words::run_tender_check));
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
  const Tender& checked = report.tender;
  const Language language = options.language.value_or(checked.language);
  cli::print_warnings(err, "tender-score forms", written->warnings, language);
  text::TerminalSafeStream shown(out, false);  // names and paths come from users
  shown << wording::say(language, score_words::heading,
                        {wording::text("id", checked.id),
                         wording::text("title", text::one_line(checked.title))})
        << "\n";
  shown << wording::say_count(
               static_cast<std::int64_t>(forms.candidates.size()),
               score_words::forms_candidates_one, score_words::forms_candidates_many,
               {wording::integer("rejected", static_cast<std::int64_t>(forms.not_admitted.size()))})
               .in(language)
        << "\n";
  for (const scoring::NotAdmitted& rejected : forms.not_admitted) {
    std::string reason;
    for (char c : rejected.reason.in(language)) {
      reason += c == '\n' ? std::string("; ") : std::string(1, c);
    }
    shown << "  "
          << wording::say(language, score_words::forms_not_admitted,
                          {wording::text("id", rejected.id), wording::text("reason", reason)})
          << "\n";
  }
  // Entries of the registration folders that were not read: no form holds them.
  for (const SkippedEntry& entry : files->skipped) {
    shown << wording::say(language, score_words::skipped,
                          {wording::text("path", text::one_line(entry.path.string())),
                           wording::localized(
                               "reason", describe(entry.reason, input::kRegistrationFileKinds))})
          << "\n";
  }
  const std::vector<Evaluator>& evaluators = checked.preselection->evaluators;
  for (std::size_t i = 0; i < written->files.size(); ++i) {
    const bool was_replaced = i < replaced.size() && replaced[i];
    const std::string file = written->files[i].string();
    if (i < evaluators.size()) {
      shown << wording::say(
          language, was_replaced ? score_words::forms_replaced_form : score_words::forms_wrote_form,
          {wording::text("file", file), wording::text("id", evaluators[i].id)});
    } else {
      shown << wording::say(
          language,
          was_replaced ? score_words::forms_replaced_template : score_words::forms_wrote_template,
          {wording::text("file", file)});
    }
    shown << "\n";
  }
  shown << wording::say(language, score_words::forms_version,
                        {wording::text("version", forms.form_version)})
        << "\n";
  return cli::kSuccess;
}

}  // namespace

Result<int> run_score_forms(const ScoreFormsOptions& options, std::ostream& out,
                            std::ostream& err) {
  std::optional<Language> spoken;
  return cli::spoken_in(write_forms(options, out, err, spoken), spoken);
}

}  // namespace tenderkit::commands
