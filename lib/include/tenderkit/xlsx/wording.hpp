// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The xlsx module's words: the warnings Workbook::close() returns (core/wording.hpp explains the
/// catalogue).
namespace tenderkit::xlsx::words {

using wording::Phrase;

inline constexpr Phrase one_cell_cut{
    "xlsx.one-cell-cut",
    "1 cell held more than 32,767 characters, Excel's limit for a cell; cut to 32,767",
    "1 cel bevatte meer dan 32.767 tekens, de grens van Excel voor een cel; ingekort tot "
    "32.767"};
inline constexpr Phrase cells_cut{
    "xlsx.cells-cut",
    "{count} cells held more than 32,767 characters, Excel's limit for a cell; cut to 32,767",
    "{count} cellen bevatten meer dan 32.767 tekens, de grens van Excel voor een cel; ingekort "
    "tot 32.767"};

inline constexpr const Phrase* catalogue[] = {&one_cell_cut, &cells_cut};

}  // namespace tenderkit::xlsx::words
