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

// An economic operator's role as an ESPD response states it (the EU eo-role-type table).
inline constexpr Phrase espd_role_sole_tenderer{"model.espd-role.sole-tenderer", "sole tenderer",
                                                "enige inschrijver"};
inline constexpr Phrase espd_role_group_lead{"model.espd-role.group-lead", "group leader",
                                             "leider van een combinatie"};
inline constexpr Phrase espd_role_sole_or_lead{"model.espd-role.sole-or-lead",
                                               "sole contractor or lead entity",
                                               "enige inschrijver of leider"};
inline constexpr Phrase espd_role_group_member{"model.espd-role.group-member", "group member",
                                               "lid van een combinatie"};
inline constexpr Phrase espd_role_relied_upon{"model.espd-role.relied-upon",
                                              "other entity relied upon",
                                              "andere entiteit waarop een beroep wordt gedaan"};
inline constexpr Phrase espd_role_not_relied_upon{
    "model.espd-role.not-relied-upon", "other entity not relied upon",
    "andere entiteit waarop geen beroep wordt gedaan"};
inline constexpr Phrase espd_role_subcontractor{"model.espd-role.subcontractor", "subcontractor",
                                                "onderaannemer"};

inline constexpr const Phrase* catalogue[] = {
    &legal_form_combination,
    &legal_form_main_contractor,
    &role_lead,
    &role_member,
    &role_main_contractor,
    &role_subcontractor,
    &espd_role_sole_tenderer,
    &espd_role_group_lead,
    &espd_role_sole_or_lead,
    &espd_role_group_member,
    &espd_role_relied_upon,
    &espd_role_not_relied_upon,
    &espd_role_subcontractor,
};

// The rule that a contract's dates fit its term (contract_date_problems).
inline constexpr Phrase end_before_start{"model.contract.end-before-start",
                                         "'end' ({end}) is before 'start' ({start})",
                                         "'end' ({end}) ligt voor 'start' ({start})"};
inline constexpr Phrase term_beyond_years{
    "model.contract.term-beyond-years",
    "the term ends after {year}, beyond the years tenderkit handles",
    "de looptijd eindigt na {year}, voorbij de jaren die tenderkit aankan"};
inline constexpr Phrase extension_beyond_years{
    "model.contract.extension-beyond-years",
    "with extension option {option} the contract would run beyond {year}, the last year "
    "tenderkit handles",
    "met verlengingsoptie {option} zou het contract doorlopen na {year}, het laatste jaar dat "
    "tenderkit aankan"};
inline constexpr Phrase evaluation_after_term{
    "model.contract.evaluation-after-term",
    "the evaluation after contract year {year} ({date}) falls after the end of the term ({end})",
    "de evaluatie na contractjaar {year} ({date}) valt na het einde van de looptijd ({end})"};

inline constexpr const Phrase* contract_catalogue[] = {
    &end_before_start,
    &term_beyond_years,
    &extension_beyond_years,
    &evaluation_after_term,
};

}  // namespace tenderkit::model::words
