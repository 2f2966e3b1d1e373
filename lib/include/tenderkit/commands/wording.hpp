// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of the commands themselves: what tender-init says it wrote (core/wording.hpp
/// explains the catalogue).
namespace tenderkit::commands::words {

using wording::Phrase;

inline constexpr Phrase init_heading{"commands.init.heading",
                                     "tender-init: the '{template}' template in {folder}",
                                     "tender-init: het sjabloon '{template}' in {folder}"};
inline constexpr Phrase init_wrote{"commands.init.wrote", "wrote", "geschreven"};
inline constexpr Phrase init_replaced{"commands.init.replaced", "replaced", "vervangen"};
inline constexpr Phrase init_next{"commands.init.next", "next:", "verder:"};
inline constexpr Phrase init_tender{
    "commands.init.file.tender",
    "the tender: municipalities, services, integrality, preselection, contract, timeline",
    "de aanbesteding: gemeenten, diensten, integraliteit, preselectie, contract, tijdlijn"};
inline constexpr Phrase init_registration{
    "commands.init.file.registration",
    "one registration of a consortium, to copy for each candidate",
    "een inschrijving van een samenwerkingsverband, te kopiëren voor elke gegadigde"};
inline constexpr Phrase init_contracts{"commands.init.file.contracts",
                                       "existing contracts, for tender-schedule",
                                       "bestaande contracten, voor tender-schedule"};
inline constexpr Phrase init_bridging_days{"commands.init.file.bridging-days",
                                           "decreed bridging days, which are no working days",
                                           "vastgestelde brugdagen, die geen werkdagen zijn"};
inline constexpr Phrase init_example_registration{"commands.init.file.example-registration",
                                                  "an example registration",
                                                  "een voorbeeldinschrijving"};
inline constexpr Phrase init_example_scores{
    "commands.init.file.example-scores",
    "an evaluator's example scores, for tender-score collect and rank",
    "voorbeeldscores van een beoordelaar, voor tender-score collect en rank"};

inline constexpr const Phrase* catalogue[] = {
    &init_heading,        &init_wrote,         &init_replaced,
    &init_next,           &init_tender,        &init_registration,
    &init_contracts,      &init_bridging_days, &init_example_registration,
    &init_example_scores,
};

}  // namespace tenderkit::commands::words
