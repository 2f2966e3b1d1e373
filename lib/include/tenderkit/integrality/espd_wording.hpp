// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of the rules on ESPD responses, ESP-001..ESP-004 (core/wording.hpp explains the
/// catalogue). Kept apart from the INT rules' wording so that both can be worded in parallel.
namespace tenderkit::integrality::espd_words {

using wording::Phrase;

inline constexpr Phrase operator_id{
    "integrality.espd.operator-id",
    "the ESPD of '{member}' names '{operator}' as the economic operator's identifier, but the "
    "member's KvK number is {kvk}",
    "het UEA van '{member}' noemt '{operator}' als identificatie van de ondernemer, maar het "
    "KvK-nummer van het lid is {kvk}"};
inline constexpr Phrase operator_name{
    "integrality.espd.operator-name",
    "the ESPD of '{member}' (KvK {kvk}) is in the name of '{operator}'",
    "het UEA van '{member}' (KvK {kvk}) staat op naam van '{operator}'"};
inline constexpr Phrase operator_role{
    "integrality.espd.operator-role",
    "the ESPD of '{member}' gives the role '{espd_role}' ({code}), which does not fit its role "
    "'{role}' in the registration",
    "het UEA van '{member}' geeft de rol '{espd_role}' ({code}), die niet past bij zijn rol "
    "'{role}' in de inschrijving"};
inline constexpr Phrase missing{"integrality.espd.missing",
                                "'{member}' (KvK {kvk}) has no ESPD response",
                                "'{member}' (KvK {kvk}) heeft geen UEA"};
inline constexpr Phrase missing_despite_declaration{
    "integrality.espd.missing-despite-declaration",
    "'{member}' (KvK {kvk}) has no ESPD response ('declaration = true' does not replace it)",
    "'{member}' (KvK {kvk}) heeft geen UEA ('declaration = true' vervangt het niet)"};
inline constexpr Phrase ground_yes{
    "integrality.espd.ground-yes",
    "'{member}' (KvK {kvk}) answers yes to the exclusion ground '{ground}'; {self_cleaning}",
    "'{member}' (KvK {kvk}) antwoordt ja op de uitsluitingsgrond '{ground}'; {self_cleaning}"};
inline constexpr Phrase ground_yes_coded{
    "integrality.espd.ground-yes-coded",
    "'{member}' (KvK {kvk}) answers yes to the exclusion ground '{ground}' ({code}); "
    "{self_cleaning}",
    "'{member}' (KvK {kvk}) antwoordt ja op de uitsluitingsgrond '{ground}' ({code}); "
    "{self_cleaning}"};
inline constexpr Phrase self_cleaning_declared{"integrality.espd.self-cleaning-declared",
                                               "self-cleaning measures are declared",
                                               "herstelmaatregelen (self-cleaning) gemeld"};
inline constexpr Phrase self_cleaning_none{"integrality.espd.self-cleaning-none",
                                           "no self-cleaning measures are declared",
                                           "geen herstelmaatregelen (self-cleaning) gemeld"};
inline constexpr Phrase other_procedure{
    "integrality.espd.other-procedure",
    "the ESPD of '{member}' is for procedure '{procedure}', not for this tender's '{expected}'",
    "het UEA van '{member}' is voor procedure '{procedure}', niet voor '{expected}' van deze "
    "aanbesteding"};
inline constexpr Phrase no_procedure{
    "integrality.espd.no-procedure",
    "the ESPD of '{member}' names no procedure (cbc:ContractFolderID); this tender's is "
    "'{expected}'",
    "het UEA van '{member}' noemt geen procedure (cbc:ContractFolderID); die van deze "
    "aanbesteding is '{expected}'"};

inline constexpr const Phrase* catalogue[] = {
    &operator_id,
    &operator_name,
    &operator_role,
    &missing,
    &missing_despite_declaration,
    &ground_yes,
    &ground_yes_coded,
    &self_cleaning_declared,
    &self_cleaning_none,
    &other_procedure,
    &no_procedure,
};

}  // namespace tenderkit::integrality::espd_words
