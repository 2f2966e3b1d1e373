// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>

#include <ostream>
#include <string>
#include <vector>

/// The library side of `tender-score forms | collect | rank`.
namespace tenderkit::commands {

/// `tender-score forms TENDER REGISTRATION... -o DIR`
struct ScoreFormsOptions {
  std::string tender_file;
  std::vector<std::string> registrations;  ///< files, or directories meaning their *.toml files
  std::string output_directory;            ///< created when missing; one workbook per evaluator
  bool force = false;                      ///< replace forms that exist (else refuse, exit 3)
};

/// Writes one blank form per evaluator (only registrations that pass tender-check are candidates;
/// the others are listed apart with the reason) and prints what it wrote to `out`, warnings to
/// `err`. Returns 0. Without `force`, a form or template that exists is never overwritten: the run
/// writes nothing and names each existing file with the scores it holds (an output error, exit 3).
Result<int> run_score_forms(const ScoreFormsOptions& options, std::ostream& out, std::ostream& err);

/// `tender-score collect TENDER FORM... -o SCORES`
struct ScoreCollectOptions {
  std::string tender_file;
  std::vector<std::string> forms;  ///< .xlsx forms, or .csv / .toml score files
  std::string output;              ///< -o: the scores file (TOML), required; `-`: `out`
  std::string format = "text";     ///< the progress report on `out`: text or json
};

/// Reads the filled forms, writes one scores file, and reports progress on `out` (whose forms are
/// in, which candidate/criterion scores are missing); with `-o -` the scores file goes to `out`
/// and the progress report to `err`. Returns 0 when every score is in, 1 when some
/// are missing; a form that does not match the tender is an input error.
Result<int> run_score_collect(const ScoreCollectOptions& options, std::ostream& out,
                              std::ostream& err);

/// `tender-score rank TENDER SCORES... [--consensus FILE]... -o preselection.xlsx
/// [--format text|json|markdown]`
struct ScoreRankOptions {
  std::string tender_file;
  std::vector<std::string> scores;  ///< scores files written by collect (or by hand)
  /// --consensus: consensus files, the committee's decisions kept apart from the scores
  std::vector<std::string> consensus;
  std::string workbook;         ///< -o: the ranking workbook; empty: none
  std::string format = "text";  ///< report on standard output (or --report FILE)
  std::string report;           ///< report file; empty: `out`
  bool colour = false;
};

/// Ranks the candidates and writes the workbook and report. Returns 0 when the ranking is complete,
/// 1 when scores are missing or a tie cannot be resolved by the published rule.
Result<int> run_score_rank(const ScoreRankOptions& options, std::ostream& out, std::ostream& err);

}  // namespace tenderkit::commands
