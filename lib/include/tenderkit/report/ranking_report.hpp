// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/language.hpp>
#include <tenderkit/core/rational.hpp>
#include <tenderkit/model/tender.hpp>
#include <tenderkit/scoring/ranking.hpp>
#include <tenderkit/scoring/scores.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::report {

/// One file a ranking was computed from, with the SHA-256 of the very bytes that were read.
struct RankingInput {
  std::string role;  ///< "tender", "scores" or "consensus"
  std::string file;  ///< the path as given
  std::string sha256;
};

/// What every ranking output shows: the tender (which must have a preselection), the merged
/// scores, the ranking computed from them, and the input files for the audit trail. Holds
/// references: the referred objects must outlive it.
struct RankingDocument {
  const Tender& tender;
  const scoring::ScoreSet& scores;
  const scoring::Ranking& ranking;
  std::vector<RankingInput> inputs;

  /// The tender's preselection; the tender must have one.
  const Preselection& preselection() const { return *tender.preselection; }
};

/// How `tender-score rank` renders its report.
struct RankingRenderOptions {
  bool colour = false;  ///< ANSI colours in text output (only for terminals)
  std::string_view tool_version;
  /// The language the command resolved (--lang, else the tender's), for texts in two languages.
  std::optional<Language> language = std::nullopt;
};

/// The exact value for people: "7.5" when `places` decimals hold it exactly, else the value
/// rounded to `places` decimals with the exact fraction, "7.333333 (22/3)". Totals and margins
/// use the ranking's total_places, so two different totals never look the same.
std::string exact_decimal(const Rational& value, int places = 6);

/// A value as the reports show it: rounded to `places` decimals and written as `language` writes
/// numbers ("74,666667" in Dutch, "74.666667" in English); the JSON keeps the exact values.
std::string display_decimal(const Rational& value, int places, Language language);

/// How lots are drawn, in one sentence of `language`, for reports and the workbook's audit sheet.
std::string_view lot_algorithm_description(Language language = Language::en);

/// Readable text: the ranking table, then per candidate the consensus and the evaluators' scores
/// per criterion (flagged spreads marked), the tie-break step by step with the lot tickets,
/// missing scores and warnings, and a result line.
void write_ranking_text(std::ostream& out, const RankingDocument& document,
                        const RankingRenderOptions& options);

/// Stable JSON for scripts, `"schema": 1`; every field is documented in docs/tender-score.md.
void write_ranking_json(std::ostream& out, const RankingDocument& document,
                        const RankingRenderOptions& options);

/// GitHub-flavoured Markdown: the ranking table, the scores per candidate, the tie-break, missing
/// scores and warnings.
void write_ranking_markdown(std::ostream& out, const RankingDocument& document,
                            const RankingRenderOptions& options);

}  // namespace tenderkit::report
