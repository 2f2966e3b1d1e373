// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/model/preselection.hpp>
#include <tenderkit/model/tender.hpp>
#include <tenderkit/scoring/form_layout.hpp>
#include <tenderkit/scoring/scores.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <ctime>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

// The score forms of `tender-score forms`: one workbook per evaluator (docs/tender-score.md,
// "forms"). The hidden sheet kFormMetadataSheet identifies a form and says where its cells are;
// collect.hpp reads a returned form through it, never through the visible labels.

namespace tenderkit::scoring {

/// A registration that is not scored, with why, in both languages of the workbooks.
struct NotAdmitted {
  std::string id;
  std::string name;
  LocalizedText reason;  ///< one line per error finding: "INT-001: ..."
};

/// What every form of one run shares: the candidates in row order, the rejected registrations
/// and the form version that a returned form must carry.
struct FormSet {
  std::vector<Candidate> candidates;
  std::vector<NotAdmitted> not_admitted;
  std::string form_version;          ///< form_version(preselection, candidates)
  std::string preselection_version;  ///< form_version(preselection, {}): tells what changed
};

/// Splits checked registrations with admit() and computes the versions; the report's tender must
/// have a preselection.
FormSet make_form_set(const integrality::CheckReport& report);

/// The file name of an evaluator's form: "<tender id>-<evaluator id>.xlsx" (ids are file-safe).
std::string form_file_name(const Tender& tender, const Evaluator& evaluator);

/// The file name of the blank scores file: "<tender id>-scores-template.toml".
std::string scores_template_file_name(const Tender& tender);

/// Writes one evaluator's form atomically: instructions, the scoring sheet (score cells limited to
/// the scale by a drop-down, motivation cells; only these are unlocked), the registrations not
/// admitted, and the hidden metadata; print-ready. The tender must have a preselection, and
/// `forms` at least one candidate. Its texts are in `language` (--lang), else the tender's.
Result<std::vector<Warning>> write_form(const std::filesystem::path& target, const Tender& tender,
                                        const Evaluator& evaluator, const FormSet& forms,
                                        std::time_t created,
                                        std::optional<Language> language = std::nullopt);

/// Writes the blank scores file: a valid scores file (tender, form version, candidates) without
/// evaluations, with commented instructions for scoring by hand. Collect reads it as the identity
/// of CSV forms; a copy filled in by hand is the TOML alternative to the workbook.
void write_scores_template(std::ostream& out, const Tender& tender, const FormSet& forms);

/// The files write_forms() writes into `directory`: forms in the preselection's evaluator order,
/// the scores template last.
std::vector<std::filesystem::path> form_targets(const std::filesystem::path& directory,
                                                const Tender& tender);

/// What an existing form or scores file holds, for the refusal to overwrite it:
/// " (a filled form holding 12 of 40 scores)", " (no scores filled in)", or
/// " (not readable as a form of this tender)".
LocalizedText describe_existing_form(const std::filesystem::path& path, const Tender& tender);

/// Writes every evaluator's form and the scores template into `directory` (created when missing);
/// returns form_targets(). Unless `force`, refuses when any of them exists (an output error that
/// names each with what it holds; nothing is written): a form may hold an evaluator's work. The
/// forms' texts are in `language` (--lang), else the tender's.
/// What write_forms() wrote: the files in order (a form per evaluator, then the scores template),
/// and the warnings of the forms (cells cut to Excel's limit).
struct WrittenForms {
  std::vector<std::filesystem::path> files;
  std::vector<Warning> warnings;
};

Result<WrittenForms> write_forms(const std::filesystem::path& directory, const Tender& tender,
                                 const FormSet& forms, std::time_t created, bool force = false,
                                 std::optional<Language> language = std::nullopt);

}  // namespace tenderkit::scoring
