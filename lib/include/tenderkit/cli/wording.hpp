// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of the command-line plumbing (core/wording.hpp explains the catalogue).
namespace tenderkit::cli::words {

using wording::Phrase;

inline constexpr Phrase error_label{"cli.error", "error", "fout"};
inline constexpr Phrase hint_label{"cli.hint", "hint", "tip"};
inline constexpr Phrase cannot_write_stdout{"cli.cannot-write-stdout",
                                            "cannot write to standard output",
                                            "kan niet naar de standaarduitvoer schrijven"};

inline constexpr const Phrase* catalogue[] = {&error_label, &hint_label, &cannot_write_stdout};

}  // namespace tenderkit::cli::words
