// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The model's words: legal forms and roles in prose (core/wording.hpp explains the catalogue).
namespace tenderkit::model::words {

using wording::Phrase;

inline constexpr Phrase legal_form_combination{"model.legal-form.combination", "combination",
                                               "combinatie"};
inline constexpr Phrase legal_form_main_contractor{"model.legal-form.main-contractor",
                                                   "main-contractor construction",
                                                   "hoofd- en onderaannemersconstructie"};
inline constexpr Phrase role_lead{"model.role.lead", "lead", "penvoerder"};
inline constexpr Phrase role_member{"model.role.member", "member", "lid"};
inline constexpr Phrase role_main_contractor{"model.role.main-contractor", "main contractor",
                                             "hoofdaannemer"};
inline constexpr Phrase role_subcontractor{"model.role.subcontractor", "subcontractor",
                                           "onderaannemer"};

inline constexpr const Phrase* catalogue[] = {
    &legal_form_combination, &legal_form_main_contractor, &role_lead, &role_member,
    &role_main_contractor,   &role_subcontractor,
};

}  // namespace tenderkit::model::words
