// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/xlsx/workbook.hpp>

#include <cstddef>
#include <string_view>

// What a score form and its reader agree on: the hidden sheet that identifies a form and where
// the scoring sheet keeps its input cells. forms.hpp writes forms by it, collect.hpp reads them
// back by it; neither needs the other for it.

namespace tenderkit::scoring {

/// The hidden sheet that identifies a form: key/value rows (docs/tender-score.md).
inline constexpr std::string_view kFormMetadataSheet = "tenderkit";
/// The value of its `format` key; a form of another format is refused by collect.
inline constexpr std::string_view kFormFormat = "tenderkit-score-form/1";
/// The scoring sheet, named the same in every language so that messages and help can name its
/// cells ("Scores!D9").
inline constexpr std::string_view kScoresSheet = "Scores";

/// Where the scoring sheet keeps its input cells (0-based, as the xlsx writer counts).
namespace form_layout {
/// The header rows of the candidate table: criterion titles, then "Score" / "Motivation".
inline constexpr xlsx::Row kTitleHeaderRow = 6;
inline constexpr xlsx::Row kSubHeaderRow = 7;
/// The row of the first candidate.
inline constexpr xlsx::Row kFirstCandidateRow = 8;
/// The candidate id and name columns.
inline constexpr xlsx::Column kIdColumn = 0;
inline constexpr xlsx::Column kNameColumn = 1;
/// The row of candidate `index` (in FormSet order).
inline xlsx::Row candidate_row(std::size_t index) {
  return kFirstCandidateRow + static_cast<xlsx::Row>(index);
}
/// The score column of criterion `index` (in the preselection's order); its motivation is next.
inline xlsx::Column score_column(std::size_t index) {
  return static_cast<xlsx::Column>(2 + 2 * index);
}
inline xlsx::Column motivation_column(std::size_t index) {
  return static_cast<xlsx::Column>(score_column(index) + 1);
}
}  // namespace form_layout

}  // namespace tenderkit::scoring
