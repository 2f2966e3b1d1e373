// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/rational.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/model/preselection.hpp>
#include <tenderkit/model/tender.hpp>
#include <tenderkit/scoring/ranking.hpp>
#include <tenderkit/scoring/scores.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Reading returned score forms back (`tender-score collect`, docs/tender-score.md "collect"): the
// workbooks of forms.hpp as saved by Excel, LibreOffice or openpyxl, CSV files and TOML scores
// files. Every problem names the file and the cell ("forms/a.xlsx:Scores!D9") or the
// file:line:column.

namespace tenderkit::scoring {

/// One returned form, read and checked on its own.
struct ReturnedForm {
  std::string file;
  /// False for CSV, which names neither tender nor candidates: collect checks it against the
  /// candidate list of the other forms.
  bool has_identity = false;
  std::string tender_id;
  std::string form_version;
  /// In the form's order; the scores refer to them by position. For a CSV form the candidates
  /// it was read against, or without those the ids its rows name (with no name).
  std::vector<Candidate> candidates;
  std::vector<Evaluation> evaluations;
  ScoreList consensus;  ///< explicit consensus scores (TOML scores files only)
};

/// A score as people type it: "8", " 7.5 ", "7,5" (decimal comma), "15/2"; nothing otherwise.
std::optional<Rational> parse_score_text(std::string_view text);

/// Reads a workbook written by write_form() and filled in: identity from the hidden metadata sheet
/// (format, tender, evaluator, form version), scores from the cells it names. Blank score cells
/// are missing scores, not errors.
Result<ReturnedForm> read_xlsx_form(const std::filesystem::path& path, const Tender& tender);

/// Parses a CSV form (RFC 4180, header `evaluator,candidate,criterion,score,motivation` in any
/// order; ';' instead of ',' as Excel writes it in Dutch; Dutch column names accepted) against
/// the tender and the `candidates` of the other forms (none: candidate ids are not checked, for
/// when no other form could be read). A row with a blank score is a missing score.
Result<ReturnedForm> parse_csv_form(std::string_view content, const std::string& file,
                                    const Tender& tender, std::span<const Candidate> candidates);

/// Reads a TOML scores file (load_scores) as a returned form.
Result<ReturnedForm> read_toml_form(const std::filesystem::path& path, const Tender& tender);

/// How far one evaluator is.
struct EvaluatorProgress {
  std::string evaluator;
  std::string name;
  std::optional<std::string> source;  ///< the form that came in, if any
  std::size_t given = 0;
  std::size_t expected = 0;
};

/// Which forms are in and which scores are still missing, as a platform shows it.
struct Progress {
  std::vector<EvaluatorProgress> evaluators;  ///< in the preselection's order
  std::vector<MissingScore> missing;          ///< by evaluator, candidate, criterion
  std::size_t given = 0;
  std::size_t expected = 0;

  bool complete() const { return missing.empty(); }
  std::size_t forms_in() const;
};

/// The progress of a score set against its preselection (evaluators' scores only).
Progress progress(const Preselection& preselection, const ScoreSet& scores);

/// What collect gathers.
struct Collection {
  ScoreSet scores;
  Progress progress;
};

/// Reads every form (.xlsx, .csv, .toml, by extension) against the tender and combines them: one
/// tender and form version, each evaluator once (a second form names both files), CSV candidates
/// from the other forms. Every problem of every form is reported together.
Result<Collection> collect(std::span<const std::filesystem::path> forms, const Tender& tender);

/// Whether collect may replace `output` with `next`. Collect rewrites its scores file from the
/// forms on every run, so anything written into the previous file by hand would vanish: a
/// `[[consensus]]` decision, an `[[evaluation]]` written by hand (no form's SHA-256 recorded),
/// scores changed by hand while the form they came from is unchanged, a comment, an unknown key.
/// Each such thing that `next` does not hold identically is named, with its file:line:column, in
/// an output error (exit 3; nothing is written); so is a previous file that is no scores file of
/// this tender. No file at `output`, or one that is not a regular file, is fine.
Result<void> check_replaceable(const std::filesystem::path& output, const ScoreSet& next,
                               const Tender& tender);

}  // namespace tenderkit::scoring
