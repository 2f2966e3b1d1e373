// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of the tender-match reports and workbook (core/wording.hpp explains the catalogue).
namespace tenderkit::report::match_words {

using wording::Phrase;

inline constexpr Phrase tender_line{"match.tender-line", "tender {id}: {title}",
                                    "aanbesteding {id}: {title}"};
inline constexpr Phrase register_line{"match.register-line",
                                      "provider register {file}: {count} providers",
                                      "aanbiedersregister {file}: {count} aanbieders"};
inline constexpr Phrase complete_line{"match.complete-line", "registration {id}: {name}",
                                      "inschrijving {id}: {name}"};
inline constexpr Phrase received_line{
    "match.received-line",
    "{registrations} registrations received; their {providers} providers are left out of the map",
    "{registrations} inschrijvingen ontvangen; hun {providers} aanbieders blijven buiten de "
    "marktkaart"};
inline constexpr Phrase markdown_title{"match.markdown-title", "tender-match {command}",
                                       "tender-match {command}"};
inline constexpr Phrase compose_proven{
    "match.compose-proven",
    "{members} members, proven optimal: no compliant composition has fewer members",
    "{members} leden, bewezen optimaal: geen samenstelling die voldoet heeft minder leden"};
inline constexpr Phrase compose_best_found{
    "match.compose-best-found",
    "best found: {best} members; no compliant composition has fewer than {bound} (time limit of "
    "{seconds} s reached)",
    "beste gevonden: {best} leden; geen samenstelling die voldoet heeft er minder dan {bound} "
    "(tijdslimiet van {seconds} s bereikt)"};
inline constexpr Phrase complete_proven{
    "match.complete-proven",
    "{additions} providers to add and {changes} roles to change, proven optimal: no smaller change "
    "makes the registration comply",
    "{additions} aanbieders toevoegen en {changes} rollen wijzigen, bewezen optimaal: geen "
    "kleinere wijziging laat de inschrijving voldoen"};
inline constexpr Phrase complete_best_found{
    "match.complete-best-found",
    "best found: {additions} providers to add and {changes} roles to change; at least {bound} "
    "additions are needed (time limit of {seconds} s reached)",
    "beste gevonden: {additions} aanbieders toevoegen en {changes} rollen wijzigen; ten minste "
    "{bound} toevoegingen zijn nodig (tijdslimiet van {seconds} s bereikt)"};
inline constexpr Phrase market_proven{
    "match.market-proven",
    "at most {consortia} compliant consortia at the same time, proven optimal",
    "ten hoogste {consortia} combinaties die tegelijk voldoen, bewezen optimaal"};
inline constexpr Phrase market_best_found{
    "match.market-best-found",
    "best found: {best} compliant consortia at the same time; there can be at most {bound} (time "
    "limit of {seconds} s reached)",
    "beste gevonden: {best} combinaties die tegelijk voldoen; er kunnen er ten hoogste {bound} "
    "zijn (tijdslimiet van {seconds} s bereikt)"};
inline constexpr Phrase no_composition{
    "match.no-composition", "no compliant composition is possible with this register",
    "met dit register is geen samenstelling mogelijk die voldoet"};
inline constexpr Phrase proposal_heading{"match.proposal-heading", "Proposal {number}",
                                         "Voorstel {number}"};
inline constexpr Phrase consortium_heading{"match.consortium-heading", "Consortium {number}",
                                           "Combinatie {number}"};
inline constexpr Phrase completed_heading{"match.completed-heading", "The completed registration",
                                          "De aangevulde inschrijving"};
inline constexpr Phrase members_count{"match.members-count", "{count} members", "{count} leden"};
inline constexpr Phrase subcontractors_count{"match.subcontractors-count",
                                             "{count} of them subcontractors",
                                             "waarvan {count} onderaannemers"};
inline constexpr Phrase only_in{"match.only-in", " (only in {municipalities})",
                                " (alleen in {municipalities})"};
inline constexpr Phrase written_to{"match.written-to", "written to {file}",
                                   "geschreven naar {file}"};
inline constexpr Phrase alternatives_exhausted{
    "match.alternatives-exhausted", "No other compliant composition exists: these {count} are all.",
    "Er bestaat geen andere samenstelling die voldoet: dit zijn ze alle {count}."};
inline constexpr Phrase why_not{"match.why-not", "Why not", "Waarom niet"};
inline constexpr Phrase already_compliant{"match.already-compliant",
                                          "the registration already complies: nothing to add",
                                          "de inschrijving voldoet al: niets toe te voegen"};
inline constexpr Phrase cannot_complete{
    "match.cannot-complete", "no providers from this register can make the registration comply",
    "geen aanbieders uit dit register kunnen de inschrijving laten voldoen"};
inline constexpr Phrase legal_form_change{
    "match.legal-form-change", "the legal form becomes: {form}", "de rechtsvorm wordt: {form}"};
inline constexpr Phrase addition_line{"match.addition-line", "{name} ({kvk}) as {role}: {reason}",
                                      "{name} ({kvk}) als {role}: {reason}"};
inline constexpr Phrase role_change_line{"match.role-change-line",
                                         "{name} ({kvk}): {from} becomes {to}: {reason}",
                                         "{name} ({kvk}): {from} wordt {to}: {reason}"};
inline constexpr Phrase dropped_line{
    "match.dropped-line",
    "{provider} no longer lists service '{service}': it lacks a "
    "certification the service requires (INT-004)",
    "{provider} levert dienst '{service}' niet meer: een certificering "
    "die de dienst vereist ontbreekt (INT-004)"};
inline constexpr Phrase market_map_heading{"match.market-map-heading",
                                           "Providers per service and municipality",
                                           "Aanbieders per dienst en gemeente"};
inline constexpr Phrase not_local_mark{"match.not-local-mark", "  (not local)", "  (niet lokaal)"};
inline constexpr Phrase single_points_heading{"match.single-points-heading",
                                              "Single points of failure (one provider)",
                                              "Enkelvoudige afhankelijkheden (één aanbieder)"};
inline constexpr Phrase single_cell{"match.single-cell",
                                    "{service} in {municipality}: only {provider}",
                                    "{service} in {municipality}: alleen {provider}"};
inline constexpr Phrase none{"match.none", "none", "geen"};
inline constexpr Phrase essential_heading{
    "match.essential-heading", "Essential providers (in every compliant composition)",
    "Onmisbare aanbieders (in elke samenstelling die voldoet)"};
inline constexpr Phrase no_essential{"match.no-essential", "none: every provider can be replaced",
                                     "geen: elke aanbieder is vervangbaar"};
inline constexpr Phrase consortia_heading{"match.consortia-heading", "Competing consortia",
                                          "Concurrerende combinaties"};
inline constexpr Phrase participate_once{
    "match.participate-once", "each provider takes part in one consortium at most",
    "elke aanbieder neemt aan ten hoogste één combinatie deel"};
inline constexpr Phrase lead_once{
    "match.lead-once", "each provider leads one consortium at most",
    "elke aanbieder is penvoerder of hoofdaannemer van ten hoogste één combinatie"};
inline constexpr Phrase scarcest{"match.scarcest", "the limit is set by: {service}",
                                 "de grens wordt bepaald door: {service}"};
inline constexpr Phrase scarcest_in{"match.scarcest-in",
                                    "the limit is set by: {service} in {municipality}",
                                    "de grens wordt bepaald door: {service} in {municipality}"};
inline constexpr Phrase role_column{"match.role-column", "Role", "Rol"};
inline constexpr Phrase provider_column{"match.provider-column", "Provider", "Aanbieder"};
inline constexpr Phrase services_column{"match.services-column", "Services", "Diensten"};
inline constexpr Phrase service_column{"match.service-column", "Service", "Dienst"};
inline constexpr Phrase municipalities_column{"match.municipalities-column", "Municipalities",
                                              "Gemeenten"};
inline constexpr Phrase all{"match.all", "all", "alle"};
inline constexpr Phrase change_column{"match.change-column", "Change", "Wijziging"};
inline constexpr Phrase reason_column{"match.reason-column", "Reason", "Reden"};
inline constexpr Phrase summary_sheet{"match.summary-sheet", "Summary", "Samenvatting"};
inline constexpr Phrase proposals_sheet{"match.proposals-sheet", "Proposals", "Voorstellen"};
inline constexpr Phrase completed_sheet{"match.completed-sheet", "Completed", "Aangevuld"};
inline constexpr Phrase market_sheet{"match.market-sheet", "Market map", "Marktkaart"};
inline constexpr Phrase consortia_sheet{"match.consortia-sheet", "Consortia", "Combinaties"};
inline constexpr Phrase obstacles_sheet{"match.obstacles-sheet", "Why not", "Waarom niet"};
inline constexpr Phrase workbook_title{"match.workbook-title", "tender-match {command}: {title}",
                                       "tender-match {command}: {title}"};
inline constexpr Phrase tender_label{"match.tender-label", "Tender", "Aanbesteding"};
inline constexpr Phrase register_label{"match.register-label", "Provider register",
                                       "Aanbiedersregister"};
inline constexpr Phrase providers_label{"match.providers-label", "Providers", "Aanbieders"};
inline constexpr Phrase question_label{"match.question-label", "Question", "Vraag"};
inline constexpr Phrase answer_label{"match.answer-label", "Answer", "Antwoord"};
inline constexpr Phrase date_label{"match.date-label", "Date", "Datum"};
inline constexpr Phrase delivers{"match.delivers", "x", "x"};
inline constexpr Phrase added_mark{"match.added-mark", "added", "toegevoegd"};
inline constexpr Phrase count_legend{
    "match.count-legend",
    "Number of providers that can deliver the service in the municipality (red: none, amber: one)",
    "Aantal aanbieders dat de dienst in de gemeente kan leveren (rood: geen, oranje: één)"};
inline constexpr Phrase kind_column{"match.kind-column", "Kind", "Soort"};
inline constexpr Phrase message_column{"match.message-column", "Explanation", "Toelichting"};

inline constexpr const Phrase* catalogue[] = {
    &tender_line,
    &register_line,
    &complete_line,
    &received_line,
    &markdown_title,
    &compose_proven,
    &compose_best_found,
    &complete_proven,
    &complete_best_found,
    &market_proven,
    &market_best_found,
    &no_composition,
    &proposal_heading,
    &consortium_heading,
    &completed_heading,
    &members_count,
    &subcontractors_count,
    &only_in,
    &written_to,
    &alternatives_exhausted,
    &why_not,
    &already_compliant,
    &cannot_complete,
    &legal_form_change,
    &addition_line,
    &role_change_line,
    &dropped_line,
    &market_map_heading,
    &not_local_mark,
    &single_points_heading,
    &single_cell,
    &none,
    &essential_heading,
    &no_essential,
    &consortia_heading,
    &participate_once,
    &lead_once,
    &scarcest,
    &scarcest_in,
    &role_column,
    &provider_column,
    &services_column,
    &service_column,
    &municipalities_column,
    &all,
    &change_column,
    &reason_column,
    &summary_sheet,
    &proposals_sheet,
    &completed_sheet,
    &market_sheet,
    &consortia_sheet,
    &obstacles_sheet,
    &workbook_title,
    &tender_label,
    &register_label,
    &providers_label,
    &question_label,
    &answer_label,
    &date_label,
    &delivers,
    &added_mark,
    &count_legend,
    &kind_column,
    &message_column,
};

}  // namespace tenderkit::report::match_words
