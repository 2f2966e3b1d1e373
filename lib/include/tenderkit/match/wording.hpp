// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The matching engine's words: why no consortium exists, and what an addition or role change
/// does (core/wording.hpp explains the catalogue). Lists ({providers}) are localized arguments.
namespace tenderkit::match::words {

using wording::Phrase;

inline constexpr Phrase service_not_delivered{
    "match.service-not-delivered", "no provider in the register delivers service '{service}'",
    "geen aanbieder in het register levert dienst '{service}'"};
inline constexpr Phrase service_excluded{
    "match.service-excluded",
    "every provider in the register that delivers service '{service}'{where} is excluded or may "
    "not join",
    "elke aanbieder in het register die dienst '{service}'{where} levert is uitgesloten of mag "
    "niet deelnemen"};
inline constexpr Phrase local_service_missing{
    "match.local-service-missing",
    "no provider in the register delivers local service '{service}' in '{municipality}'",
    "geen aanbieder in het register levert lokale dienst '{service}' in '{municipality}'"};
inline constexpr Phrase certification_not_held{
    "match.certification-not-held",
    "service '{service}' requires certification '{certification}', which none of its providers "
    "in the register holds ({providers})",
    "dienst '{service}' vereist certificering '{certification}', die geen van zijn aanbieders in "
    "het register heeft ({providers})"};
inline constexpr Phrase only_subcontractors{
    "match.only-subcontractors",
    "service '{service}' may not rest on subcontractors alone, but its providers in the register "
    "deliver it only as subcontractor ({providers})",
    "dienst '{service}' mag niet alleen door onderaannemers worden geleverd, maar zijn aanbieders "
    "in het register leveren hem alleen als onderaannemer ({providers})"};
inline constexpr Phrase declaration_missing{
    "match.declaration-missing",
    "service '{service}'{where} can only be delivered by providers whose exclusion-grounds "
    "declaration is not in ({providers})",
    "dienst '{service}'{where} kan alleen worden geleverd door aanbieders van wie de eigen "
    "verklaring uitsluitingsgronden niet binnen is ({providers})"};
/// The {where} of a service in a municipality: " in 'Velsen'".
inline constexpr Phrase in_municipality{"match.in-municipality", " in '{municipality}'",
                                        " in '{municipality}'"};
inline constexpr Phrase legal_form_not_allowed{
    "match.legal-form-not-allowed",
    "no legal form is left: the tender and the options exclude every one",
    "er blijft geen rechtsvorm over: de aanbesteding en de opties sluiten ze alle uit"};
inline constexpr Phrase no_possible_lead{
    "match.no-possible-lead",
    "no provider in the register may lead a consortium (lead or main contractor) in a legal form "
    "the tender allows",
    "geen aanbieder in het register mag een samenwerkingsverband leiden (penvoerder of "
    "hoofdaannemer) in een rechtsvorm die de aanbesteding toestaat"};
inline constexpr Phrase member_cap{
    "match.member-cap",
    "a compliant consortium needs at least {needed} members; at most {cap} are allowed",
    "een samenwerkingsverband dat voldoet heeft ten minste {needed} leden nodig; er zijn er ten "
    "hoogste {cap} toegestaan"};
inline constexpr Phrase nothing_within_cap{
    "match.nothing-within-cap", "no compliant consortium fits within the maximum of {cap} members",
    "geen samenwerkingsverband dat voldoet past binnen het maximum van {cap} leden"};
inline constexpr Phrase completion_over_cap{
    "match.completion-over-cap", "no completion fits within the maximum of {cap} members",
    "geen aanvulling past binnen het maximum van {cap} leden"};
inline constexpr Phrase required_provider_unknown{
    "match.required-provider-unknown",
    "required provider KvK {kvk} is not in the register, is excluded or has no declaration in",
    "vereiste aanbieder KvK {kvk} staat niet in het register, is uitgesloten of heeft geen "
    "verklaring ingediend"};
inline constexpr Phrase required_providers_conflict{
    "match.required-providers-conflict",
    "the required providers cannot all take part in one compliant consortium",
    "de vereiste aanbieders kunnen niet samen deelnemen aan één samenwerkingsverband dat voldoet"};
inline constexpr Phrase member_action_needed{
    "match.member-action-needed",
    "'{name}' (KvK {kvk}) must hand in its exclusion-grounds declaration itself",
    "'{name}' (KvK {kvk}) moet zelf de eigen verklaring uitsluitingsgronden indienen"};

// What one addition or role change does (the cells only it covers), joined by "; ".
inline constexpr Phrase delivers{"match.delivers", "delivers '{service}'", "levert '{service}'"};
inline constexpr Phrase delivers_in{"match.delivers-in", "delivers '{service}' in '{municipality}'",
                                    "levert '{service}' in '{municipality}'"};
inline constexpr Phrase delivers_not_subcontracted{"match.delivers-not-subcontracted",
                                                   "delivers '{service}' not as subcontractor",
                                                   "levert '{service}' niet als onderaannemer"};
inline constexpr Phrase leads{"match.leads", "leads the consortium",
                              "leidt het samenwerkingsverband"};
inline constexpr Phrase brings_to_minimum{
    "match.brings-to-minimum", "brings the consortium to the tender's minimum number of members",
    "brengt het samenwerkingsverband op het minimum aantal leden"};

inline constexpr const Phrase* catalogue[] = {
    &service_not_delivered,
    &service_excluded,
    &local_service_missing,
    &certification_not_held,
    &only_subcontractors,
    &declaration_missing,
    &in_municipality,
    &legal_form_not_allowed,
    &no_possible_lead,
    &member_cap,
    &nothing_within_cap,
    &completion_over_cap,
    &required_provider_unknown,
    &required_providers_conflict,
    &member_action_needed,
    &delivers,
    &delivers_in,
    &delivers_not_subcontracted,
    &leads,
    &brings_to_minimum,
};

}  // namespace tenderkit::match::words
