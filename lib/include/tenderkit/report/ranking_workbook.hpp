// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/core/warning.hpp>
#include <tenderkit/report/ranking_report.hpp>

#include <ctime>
#include <filesystem>
#include <optional>
#include <string_view>

namespace tenderkit::report {

/// Settings of the ranking workbook.
struct RankingWorkbookOptions {
  std::time_t created = 0;  ///< document and audit timestamp (SOURCE_DATE_EPOCH or now)
  std::string_view tool_version;
  /// The language of its texts (--lang); not set: the tender's.
  std::optional<Language> language = std::nullopt;
};

/// Writes the preselection workbook atomically, in options.language (else the tender's)
/// (docs/tender-score.md): the ranking (live formulas for totals, ranks and margins whose cached
/// values are the tool's exact results rounded to six places; invited candidates highlighted by
/// conditional formatting; the tie-break step by step), the criteria, the consensus per candidate
/// and criterion (formulas over the evaluators' cells, or the committee's explicit score beside the
/// evaluators' scores and motivations), one sheet per evaluator, and an audit sheet (inputs with
/// SHA-256, method, seed, lot tickets, tool version, timestamp). Missing scores leave empty cells;
/// formulas that depend on them show an empty text.
Result<std::vector<Warning>> write_ranking_workbook(const std::filesystem::path& target,
                                                    const RankingDocument& document,
                                                    const RankingWorkbookOptions& options);

}  // namespace tenderkit::report
