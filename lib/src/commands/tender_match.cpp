// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/commands/tender_match.hpp>
#include <tenderkit/commands/wording.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/clock.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/core/words.hpp>
#include <tenderkit/input/register_file.hpp>
#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/match/match.hpp>
#include <tenderkit/report/match_report.hpp>
#include <tenderkit/report/match_workbook.hpp>
#include <tenderkit/report/registration_toml.hpp>
#include <tenderkit/report/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <ostream>
#include <set>
#include <utility>

namespace tenderkit::commands {

namespace {

namespace fs = std::filesystem;
using report::MatchQuestion;

// The KvK numbers of an option must be the register's: a usage error names the closest one.
Result<void> check_kvks(const std::vector<std::string>& kvks, std::string_view option,
                        const ProviderRegister& providers) {
  std::vector<std::string> known;
  for (const Provider& provider : providers.providers) {
    known.push_back(provider.kvk);
  }
  for (const std::string& kvk : kvks) {
    if (!input::is_eight_digits(kvk)) {
      return Error::usage(
          wording::say(words::match_not_kvk,
                       {wording::text("option", std::string(option)), wording::text("kvk", kvk)}));
    }
    if (providers.find(kvk) == nullptr) {
      return Error::usage(
          wording::say(words::match_kvk_not_in_register,
                       {wording::text("option", std::string(option)), wording::text("kvk", kvk),
                        wording::text("file", providers.file)}),
          text::did_you_mean(kvk, known));
    }
  }
  return {};
}

Result<void> check_tag(const std::string& tag, const ProviderRegister& providers) {
  std::set<std::string> tags;
  for (const Provider& provider : providers.providers) {
    tags.insert(provider.tags.begin(), provider.tags.end());
  }
  if (tag.empty() || tags.contains(tag)) {
    return {};
  }
  const std::vector<std::string> known(tags.begin(), tags.end());
  LocalizedText hint = text::did_you_mean(tag, known);
  if (hint.en.empty()) {
    hint = known.empty() ? wording::label(words::match_no_tags)
                         : wording::say(words::match_tags_are,
                                        {wording::text("tags", text::quoted_list(known))});
  }
  return Error::usage(wording::say(words::match_unknown_tag, {wording::text("file", providers.file),
                                                              wording::text("tag", tag)}),
                      std::move(hint));
}

Result<std::optional<LegalForm>> legal_form_option(const std::string& value, const Tender& tender) {
  if (value.empty()) {
    return std::optional<LegalForm>();
  }
  const LegalForm form =
      value == "combination" ? LegalForm::combination : LegalForm::main_contractor;
  const auto& allowed = tender.integrality.legal_forms;
  if (std::find(allowed.begin(), allowed.end(), form) == allowed.end()) {
    return Error::usage(
        wording::say(words::match_form_not_allowed,
                     {wording::text("form", value), wording::text("tender", tender.id)}),
        wording::say(words::match_only_form,
                     {wording::text("form", std::string(to_string(allowed.front())))}));
  }
  return std::optional<LegalForm>(form);
}

std::chrono::milliseconds time_limit(double seconds, std::chrono::milliseconds fallback) {
  if (seconds <= 0) {
    return fallback;
  }
  return std::chrono::milliseconds(static_cast<long long>(std::llround(seconds * 1000.0)));
}

// The registrations to write, each with the file name it gets in the directory.
std::vector<std::pair<Registration, fs::path>> planned_files(const report::MatchReport& report,
                                                             const fs::path& directory) {
  std::vector<std::pair<Registration, fs::path>> files;
  if (report.compose) {
    for (const match::Proposal& proposal : report.compose->proposals) {
      files.emplace_back(proposal.registration, directory / (proposal.registration.id + ".toml"));
    }
  } else if (report.complete) {
    if (report.complete->completed && !report.complete->already_compliant) {
      files.emplace_back(*report.complete->completed,
                         directory / (report.complete->completed->id + ".toml"));
    }
  } else if (report.market) {
    for (std::size_t i = 0; i < report.market->partition.size(); ++i) {
      Registration registration = report.market->partition[i].registration;
      registration.id = fmt::format("consortium-{}", i + 1);
      fs::path path = directory / (registration.id + ".toml");
      files.emplace_back(std::move(registration), std::move(path));
    }
  }
  return files;
}

Result<int> match_providers(const TenderMatchOptions& options, std::ostream& out, std::ostream& err,
                            std::optional<Language>& spoken) {
  Result<std::time_t> created = output_timestamp();
  if (!created) {
    return created.error();
  }
  std::vector<fs::path> received_files;
  if (!options.received.empty()) {
    Result<input::RegistrationFiles> found = input::find_registration_files(options.received);
    if (!found) {
      return found.error();
    }
    received_files = std::move(found->files);
  }
  std::vector<fs::path> inputs{options.tender_file, options.register_file};
  if (!options.registration.empty()) {
    inputs.emplace_back(options.registration);
  }
  inputs.insert(inputs.end(), received_files.begin(), received_files.end());
  const std::string report_target =
      options.quiet && cli::writes_to_standard_output(options.output)
          ? std::string()
          : (cli::writes_to_standard_output(options.output) ? "-" : options.output);
  if (Result<void> checked = check_outputs(inputs, {report_target, options.workbook}); !checked) {
    return checked.error();
  }

  Result<Tender> tender = input::load_tender(options.tender_file);
  if (!tender) {
    return tender.error();
  }
  // Every text of the run follows one language: --lang, else the tender's.
  tender->language = options.language.value_or(tender->language);
  spoken = tender->language;
  Result<ProviderRegister> providers = input::load_register(options.register_file, *tender);
  if (!providers) {
    return providers.error();
  }
  if (Result<void> checked = check_kvks(options.require, "--require", *providers); !checked) {
    return checked.error();
  }
  if (Result<void> checked = check_kvks(options.exclude, "--exclude", *providers); !checked) {
    return checked.error();
  }
  if (Result<void> checked = check_tag(options.prefer_tag, *providers); !checked) {
    return checked.error();
  }
  Result<std::optional<LegalForm>> legal_form = legal_form_option(options.legal_form, *tender);
  if (!legal_form) {
    return legal_form.error();
  }

  report::MatchReport report;
  report.question = options.question;
  switch (options.question) {
    case MatchQuestion::compose: {
      match::ComposeOptions compose;
      compose.require = options.require;
      compose.exclude = options.exclude;
      compose.max_members = options.max_members;
      compose.legal_form = *legal_form;
      compose.prefer_fewer_subcontractors = options.prefer_fewer_subcontractors;
      if (!options.prefer_tag.empty()) {
        compose.prefer_tag = options.prefer_tag;
      }
      compose.alternatives = options.alternatives;
      compose.time_limit = time_limit(options.time_limit_seconds, match::kDefaultTimeLimit);
      report.time_limit = compose.time_limit;
      report.compose = match::compose(*tender, *providers, compose);
      break;
    }
    case MatchQuestion::complete: {
      Result<Registration> registration = input::load_registration(options.registration, *tender);
      if (!registration) {
        return registration.error();
      }
      match::CompleteOptions complete;
      complete.exclude = options.exclude;
      complete.max_members = options.max_members;
      complete.time_limit = time_limit(options.time_limit_seconds, match::kDefaultTimeLimit);
      report.time_limit = complete.time_limit;
      report.complete = match::complete(*tender, *providers, *registration, complete);
      report.registration = std::move(registration).value();
      break;
    }
    case MatchQuestion::market: {
      match::MarketOptions market;
      market.exclude = options.exclude;
      if (!received_files.empty()) {
        Result<std::vector<Registration>> received =
            input::load_registrations(received_files, *tender);
        if (!received) {
          return received.error();
        }
        // The providers of the registrations already received are taken: the map shows what
        // competition the rest of the market can still form.
        std::set<std::string> left_out;
        for (const Registration& registration : *received) {
          report.received.push_back(registration.file);
          for (const Member& member : registration.members) {
            if (providers->find(member.kvk) != nullptr) {
              left_out.insert(member.kvk);
            }
          }
        }
        report.left_out.assign(left_out.begin(), left_out.end());
        market.exclude.insert(market.exclude.end(), left_out.begin(), left_out.end());
      }
      if (options.exclusivity == "participate-once") {
        market.exclusivity = match::Exclusivity::participate_once;
      } else if (options.exclusivity == "lead-once") {
        market.exclusivity = match::Exclusivity::lead_once;
      }
      market.time_limit = time_limit(options.time_limit_seconds, market.time_limit);
      report.time_limit = market.time_limit;
      report.market = match::market(*tender, *providers, market);
      break;
    }
  }
  report.tender = std::move(tender).value();
  report.providers = std::move(providers).value();

  if (!options.write_registrations.empty()) {
    const fs::path directory(options.write_registrations);
    const auto files = planned_files(report, directory);
    std::vector<fs::path> targets;
    for (const auto& [registration, path] : files) {
      targets.push_back(path);
    }
    if (Result<void> checked = check_outputs(inputs, targets); !checked) {
      return checked.error();
    }
    std::error_code error;
    fs::create_directories(directory, error);
    if (error) {
      return Error::output(wording::say(
          core::words::cannot_create_directory,
          {wording::text("path", directory.string()), wording::text("reason", error.message())}));
    }
    for (const auto& [registration, path] : files) {
      Result<void> written = write_file_atomically(path, [&](std::ostream& stream) {
        report::write_registration_toml(
            stream, registration,
            wording::say(report.tender.language, report::words::toml_written_by_match));
      });
      if (!written) {
        return written.error();
      }
      report.written.push_back(path.string());
    }
  }

  if (!options.workbook.empty()) {
    cli::warn_unless_xlsx(err, "tender-match", options.workbook, report.tender.language);
    Result<std::vector<Warning>> written =
        report::write_match_workbook(options.workbook, report, *created);
    if (!written) {
      return written.error();
    }
    cli::print_warnings(err, "tender-match", *written, report.tender.language);
  }
  if (!report_target.empty()) {
    const report::MatchRenderOptions render{options.colour, TENDERKIT_VERSION};
    const auto produce = [&](std::ostream& stream) {
      if (options.format == "json") {
        report::write_match_json(stream, report, render);
      } else if (options.format == "markdown") {
        report::write_match_markdown(stream, report, render);
      } else {
        report::write_match_text(stream, report, render);
      }
    };
    if (Result<void> emitted = cli::emit(produce, options.output, out); !emitted) {
      return emitted.error();
    }
  }
  return report.answered() ? cli::kSuccess : cli::kFindings;
}

}  // namespace

Result<int> run_tender_match(const TenderMatchOptions& options, std::ostream& out,
                             std::ostream& err) {
  std::optional<Language> spoken;
  return cli::spoken_in(match_providers(options, out, err, spoken), spoken);
}

}  // namespace tenderkit::commands
