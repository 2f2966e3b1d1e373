// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The xlsx wrapper's words (core/wording.hpp explains the catalogue). Reasons libxlsxwriter gives
/// are shown as it words them.
namespace tenderkit::xlsx::words {

using wording::Phrase;

inline constexpr Phrase not_to_terminal{
    "xlsx.not-to-terminal", "will not write a workbook to standard output: it is a terminal",
    "schrijft geen werkmap naar de standaarduitvoer: dat is een terminal"};
inline constexpr Phrase redirect{"xlsx.redirect",
                                 "redirect standard output to a file or a pipe ('> file.xlsx'), or "
                                 "name the workbook file instead of '-'",
                                 "leid de standaarduitvoer om naar een bestand of pijp ('> "
                                 "bestand.xlsx'), of noem het werkmapbestand in plaats van '-'"};
inline constexpr Phrase out_of_memory{"xlsx.out-of-memory", "out of memory",
                                      "onvoldoende geheugen"};
inline constexpr Phrase document_properties{
    "xlsx.document-properties", "document properties: {reason}", "documenteigenschappen: {reason}"};
inline constexpr Phrase closed_before{"xlsx.closed-before", "the workbook was closed before",
                                      "de werkmap was al gesloten"};

inline constexpr const Phrase* catalogue[] = {&not_to_terminal, &redirect, &out_of_memory,
                                              &document_properties, &closed_before};

}  // namespace tenderkit::xlsx::words
