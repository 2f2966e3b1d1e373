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
inline constexpr Phrase not_to_terminal{
    "xlsx.not-to-terminal", "will not write a workbook to standard output: it is a terminal",
    "schrijft geen werkboek naar de standaarduitvoer: dat is een terminal"};
inline constexpr Phrase redirect{"xlsx.redirect",
                                 "redirect standard output to a file or a pipe ('> file.xlsx'), or "
                                 "name the workbook file instead of '-'",
                                 "leid de standaarduitvoer om naar een bestand of pijp ('> "
                                 "bestand.xlsx'), of noem het werkboekbestand in plaats van '-'"};
inline constexpr Phrase out_of_memory{"xlsx.out-of-memory", "out of memory",
                                      "onvoldoende geheugen"};
inline constexpr Phrase document_properties{
    "xlsx.document-properties", "document properties: {reason}", "documenteigenschappen: {reason}"};
inline constexpr Phrase closed_before{"xlsx.closed-before", "the workbook was closed before",
                                      "de werkboek was al gesloten"};

inline constexpr const Phrase* catalogue[] = {
    &one_cell_cut,  &cells_cut,           &not_to_terminal, &redirect,
    &out_of_memory, &document_properties, &closed_before,
};

}  // namespace tenderkit::xlsx::words
