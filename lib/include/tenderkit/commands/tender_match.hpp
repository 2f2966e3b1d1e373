// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/report/match_report.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace tenderkit::commands {

/// Everything `tender-match` can be asked to do; the library equivalent of its command line.
struct TenderMatchOptions {
  report::MatchQuestion question = report::MatchQuestion::compose;
  std::string tender_file;
  std::string register_file;
  std::string registration;  ///< complete: the registration to complete
  /// market: registrations already received (files or directories); their providers are left out.
  std::vector<std::string> received;
  std::vector<std::string> require;  ///< compose: KvK numbers that must take part
  std::vector<std::string> exclude;  ///< KvK numbers that may not take part
  std::optional<int> max_members;
  std::string legal_form;  ///< compose: "combination" or "main-contractor"; empty: any allowed
  bool prefer_fewer_subcontractors = false;
  std::string prefer_tag;   ///< compose: prefer providers with this tag; empty: none
  int alternatives = 1;     ///< compose: K
  std::string exclusivity;  ///< market: "participate-once" or "lead-once"; empty: the tender's
  double time_limit_seconds = 0;    ///< 0: the engine's default for the question
  std::string write_registrations;  ///< directory for the proposals as registration files
  std::string format = "text";      ///< text, json or markdown
  std::string output;               ///< report file; empty: `out`
  std::string workbook;             ///< --xlsx file; empty: none
  bool colour = false;
  bool quiet = false;                ///< no report on standard output (files are still written)
  std::optional<Language> language;  ///< --lang; not given: the tender's `language`
};

/// Loads the tender, the register (and the registrations), asks the engine, writes the proposals
/// as registration files, the report and the workbook. Returns 0 when the question has an answer
/// (a compliant composition, a completion, a compliant consortium), 1 when none is possible (the
/// report says why); input and output failures as an Error. Outputs are written only when all
/// inputs are valid.
Result<int> run_tender_match(const TenderMatchOptions& options, std::ostream& out,
                             std::ostream& err);

}  // namespace tenderkit::commands
