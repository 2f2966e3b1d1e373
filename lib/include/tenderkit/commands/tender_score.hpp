// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/core/language.hpp>
#include <tenderkit/core/result.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

/// The library side of `tender-score forms | collect | rank`.
namespace tenderkit::commands {

/// `tender-score forms TENDER REGISTRATION... --dir DIR`
struct ScoreFormsOptions {
  std::string tender_file;
  std::vector<std::string> registrations;  ///< files, or directories meaning their *.toml files
  std::string output_directory;            ///< --dir: created when missing; a form per evaluator
  bool force = false;                      ///< replace forms that exist (else refuse, exit 3)
  std::optional<Language> language = std::nullopt;  ///< --lang; not given: the tender's language
};

/// Writes one blank form per evaluator (only registrations that pass tender-check are candidates;
/// the others are listed apart with the reason) and prints what it wrote to `out`, warnings to
/// `err`. Returns 0. Without `force`, a form or template that exists is never overwritten: the run
/// writes nothing and names each existing file with the scores it holds (an output error, exit 3).
Result<int> run_score_forms(const ScoreFormsOptions& options, std::ostream& out, std::ostream& err);

/// The formats of `tender-score collect`'s progress report.
enum class CollectFormat { text, json };

/// The names --format accepts, from the one table whose writers run_score_collect() calls.
std::vector<cli::FormatName<CollectFormat>> collect_formats();

/// `tender-score collect TENDER FORM... -o SCORES`
struct ScoreCollectOptions {
  std::string tender_file;
  std::vector<std::string> forms;              ///< .xlsx forms, or .csv / .toml score files
  std::string output;                          ///< -o: the scores file (TOML), required; `-`: `out`
  CollectFormat format = CollectFormat::text;  ///< the progress report on `out`
  std::optional<Language> language = std::nullopt;  ///< --lang; not given: the tender's language
};

/// Reads the filled forms, writes one scores file, and reports progress on `out` (whose forms are
/// in, which candidate/criterion scores are missing); with `-o -` the scores file goes to `out`
/// and the progress report to `err`. Returns 0 when every score is in, 1 when some
/// are missing; a form that does not match the tender is an input error.
Result<int> run_score_collect(const ScoreCollectOptions& options, std::ostream& out,
                              std::ostream& err);

/// The report formats of `tender-score rank`.
enum class RankFormat { text, json, markdown };

/// The names --format accepts, from the one table whose writers run_score_rank() calls.
std::vector<cli::FormatName<RankFormat>> rank_formats();

/// `tender-score rank TENDER SCORES... [--consensus FILE]... [--xlsx preselection.xlsx]
/// [--format text|json|markdown] [-o FILE]`
struct ScoreRankOptions {
  std::string tender_file;
  std::vector<std::string> scores;  ///< scores files written by collect (or by hand)
  /// --consensus: consensus files, the committee's decisions kept apart from the scores
  std::vector<std::string> consensus;
  std::string workbook;                             ///< --xlsx: the ranking workbook; empty: none
  RankFormat format = RankFormat::text;             ///< the report's format
  std::string output;                               ///< -o: report file; empty or `-`: `out`
  std::optional<Language> language = std::nullopt;  ///< --lang; not given: the tender's language
  bool colour = false;
};

/// Ranks the candidates and writes the workbook and report (warnings, such as a workbook name
/// without .xlsx, on `err`). Returns 0 when the ranking is complete, 1 when scores are missing or
/// a tie cannot be resolved by the published rule.
Result<int> run_score_rank(const ScoreRankOptions& options, std::ostream& out, std::ostream& err);

}  // namespace tenderkit::commands
