// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The input module's words (core/wording.hpp explains the catalogue): the answers and sheet
/// names of the registration form, which its reader accepts in both languages.
namespace tenderkit::input::words {

using wording::Phrase;

inline constexpr Phrase answer_yes{"input.registration-form.yes", "yes", "ja"};
inline constexpr Phrase answer_no{"input.registration-form.no", "no", "nee"};
inline constexpr Phrase answer_itself{"input.registration-form.delivers-itself", "delivers itself",
                                      "levert zelf"};
inline constexpr Phrase answer_as_subcontractor{"input.registration-form.as-subcontractor",
                                                "as subcontractor", "als onderaannemer"};
inline constexpr Phrase sheet_instructions{"input.registration-form.sheet.instructions",
                                           "Instructions", "Instructies"};
inline constexpr Phrase sheet_consortium{"input.registration-form.sheet.consortium", "Consortium",
                                         "Samenwerkingsverband"};
inline constexpr Phrase sheet_members{"input.registration-form.sheet.members", "Members", "Leden"};
inline constexpr Phrase sheet_services{"input.registration-form.sheet.services", "Services",
                                       "Diensten"};
inline constexpr Phrase sheet_municipalities{"input.registration-form.sheet.municipalities",
                                             "Municipalities", "Gemeenten"};

inline constexpr const Phrase* catalogue[] = {
    &answer_yes,           &answer_no,        &answer_itself, &answer_as_subcontractor,
    &sheet_instructions,   &sheet_consortium, &sheet_members, &sheet_services,
    &sheet_municipalities,
};

}  // namespace tenderkit::input::words
