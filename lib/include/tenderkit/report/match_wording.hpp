// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of the tender-match reports and workbook (core/wording.hpp explains the catalogue).
namespace tenderkit::report::match_words {

using wording::Phrase;

inline constexpr Phrase tender_line{"match-report.tender-line", "tender {id}: {title}",
                                    "aanbesteding {id}: {title}"};
inline constexpr Phrase register_line{"match-report.register-line",
                                      "provider register {file}: {count} providers",
                                      "aanbiedersregister {file}: {count} aanbieders"};
inline constexpr Phrase complete_line{"match-report.complete-line", "registration {id}: {name}",
                                      "inschrijving {id}: {name}"};
inline constexpr Phrase received_line{
    "match-report.received-line",
    "{registrations} registrations received; their {providers} providers are left out of the map",
    "{registrations} inschrijvingen ontvangen; hun {providers} aanbieders blijven buiten de "
    "marktkaart"};
inline constexpr Phrase markdown_title{"match-report.markdown-title", "tender-match {command}",
                                       "tender-match {command}"};
inline constexpr Phrase compose_proven{
    "match-report.compose-proven",
    "{members} members, proven optimal: no compliant composition has fewer members",
    "{members} leden, bewezen optimaal: geen samenstelling die voldoet heeft minder leden"};
inline constexpr Phrase compose_best_found{
    "match-report.compose-best-found",
    "best found: {best} members; no compliant composition has fewer than {bound} (time limit of "
    "{seconds} s reached)",
    "beste gevonden: {best} leden; geen samenstelling die voldoet heeft er minder dan {bound} "
    "(tijdslimiet van {seconds} s bereikt)"};
inline constexpr Phrase complete_proven{
    "match-report.complete-proven",
    "{additions} providers to add and {changes} roles to change, proven optimal: no smaller change "
    "makes the registration comply",
    "{additions} aanbieders toevoegen en {changes} rollen wijzigen, bewezen optimaal: geen "
    "kleinere wijziging laat de inschrijving voldoen"};
inline constexpr Phrase complete_best_found{
    "match-report.complete-best-found",
    "best found: {additions} providers to add and {changes} roles to change; at least {bound} "
    "additions are needed (time limit of {seconds} s reached)",
    "beste gevonden: {additions} aanbieders toevoegen en {changes} rollen wijzigen; ten minste "
    "{bound} toevoegingen zijn nodig (tijdslimiet van {seconds} s bereikt)"};
inline constexpr Phrase market_proven{
    "match-report.market-proven",
    "at most {consortia} compliant consortia at the same time, proven optimal",
    "ten hoogste {consortia} combinaties die tegelijk voldoen, bewezen optimaal"};
inline constexpr Phrase market_best_found{
    "match-report.market-best-found",
    "best found: {best} compliant consortia at the same time; there can be at most {bound} (time "
    "limit of {seconds} s reached)",
    "beste gevonden: {best} combinaties die tegelijk voldoen; er kunnen er ten hoogste {bound} "
    "zijn (tijdslimiet van {seconds} s bereikt)"};
inline constexpr Phrase no_composition{
    "match-report.no-composition", "no compliant composition is possible with this register",
    "met dit register is geen samenstelling mogelijk die voldoet"};
inline constexpr Phrase proposal_heading{"match-report.proposal-heading", "Proposal {number}",
                                         "Voorstel {number}"};
inline constexpr Phrase consortium_heading{"match-report.consortium-heading", "Consortium {number}",
                                           "Combinatie {number}"};
inline constexpr Phrase completed_heading{
    "match-report.completed-heading", "The completed registration", "De aangevulde inschrijving"};
inline constexpr Phrase members_count{"match-report.members-count", "{count} members",
                                      "{count} leden"};
inline constexpr Phrase subcontractors_count{"match-report.subcontractors-count",
                                             "{count} of them subcontractors",
                                             "waarvan {count} onderaannemers"};
inline constexpr Phrase only_in{"match-report.only-in", " (only in {municipalities})",
                                " (alleen in {municipalities})"};
inline constexpr Phrase written_to{"match-report.written-to", "written to {file}",
                                   "geschreven naar {file}"};
inline constexpr Phrase alternatives_exhausted{
    "match-report.alternatives-exhausted",
    "No other compliant composition exists: these {count} are all.",
    "Er bestaat geen andere samenstelling die voldoet: dit zijn ze alle {count}."};
inline constexpr Phrase why_not{"match-report.why-not", "Why not", "Waarom niet"};
inline constexpr Phrase already_compliant{"match-report.already-compliant",
                                          "the registration already complies: nothing to add",
                                          "de inschrijving voldoet al: niets toe te voegen"};
inline constexpr Phrase cannot_complete{
    "match-report.cannot-complete",
    "no providers from this register can make the registration comply",
    "geen aanbieders uit dit register kunnen de inschrijving laten voldoen"};
inline constexpr Phrase legal_form_change{"match-report.legal-form-change",
                                          "the legal form becomes: {form}",
                                          "de rechtsvorm wordt: {form}"};
inline constexpr Phrase addition_line{"match-report.addition-line",
                                      "{name} ({kvk}) as {role}: {reason}",
                                      "{name} ({kvk}) als {role}: {reason}"};
inline constexpr Phrase role_change_line{"match-report.role-change-line",
                                         "{name} ({kvk}): {from} becomes {to}: {reason}",
                                         "{name} ({kvk}): {from} wordt {to}: {reason}"};
inline constexpr Phrase dropped_line{
    "match-report.dropped-line",
    "{provider} no longer lists service '{service}': it lacks a "
    "certification the service requires (INT-004)",
    "{provider} levert dienst '{service}' niet meer: een certificering "
    "die de dienst vereist ontbreekt (INT-004)"};
inline constexpr Phrase market_map_heading{"match-report.market-map-heading",
                                           "Providers per service and municipality",
                                           "Aanbieders per dienst en gemeente"};
inline constexpr Phrase not_local_mark{"match-report.not-local-mark", "  (not local)",
                                       "  (niet lokaal)"};
inline constexpr Phrase single_points_heading{"match-report.single-points-heading",
                                              "Single points of failure (one provider)",
                                              "Enkelvoudige afhankelijkheden (één aanbieder)"};
inline constexpr Phrase single_cell{"match-report.single-cell",
                                    "{service} in {municipality}: only {provider}",
                                    "{service} in {municipality}: alleen {provider}"};
inline constexpr Phrase none{"match-report.none", "none", "geen"};
inline constexpr Phrase essential_heading{
    "match-report.essential-heading", "Essential providers (in every compliant composition)",
    "Onmisbare aanbieders (in elke samenstelling die voldoet)"};
inline constexpr Phrase no_essential{"match-report.no-essential",
                                     "none: every provider can be replaced",
                                     "geen: elke aanbieder is vervangbaar"};
inline constexpr Phrase consortia_heading{"match-report.consortia-heading", "Competing consortia",
                                          "Concurrerende combinaties"};
inline constexpr Phrase participate_once{
    "match-report.participate-once", "each provider takes part in one consortium at most",
    "elke aanbieder neemt aan ten hoogste één combinatie deel"};
inline constexpr Phrase lead_once{
    "match-report.lead-once", "each provider leads one consortium at most",
    "elke aanbieder is penvoerder of hoofdaannemer van ten hoogste één combinatie"};
inline constexpr Phrase scarcest{"match-report.scarcest", "the limit is set by: {service}",
                                 "de grens wordt bepaald door: {service}"};
inline constexpr Phrase scarcest_in{"match-report.scarcest-in",
                                    "the limit is set by: {service} in {municipality}",
                                    "de grens wordt bepaald door: {service} in {municipality}"};
inline constexpr Phrase role_column{"match-report.role-column", "Role", "Rol"};
inline constexpr Phrase provider_column{"match-report.provider-column", "Provider", "Aanbieder"};
inline constexpr Phrase services_column{"match-report.services-column", "Services", "Diensten"};
inline constexpr Phrase service_column{"match-report.service-column", "Service", "Dienst"};
inline constexpr Phrase municipalities_column{"match-report.municipalities-column",
                                              "Municipalities", "Gemeenten"};
inline constexpr Phrase all{"match-report.all", "all", "alle"};
inline constexpr Phrase change_column{"match-report.change-column", "Change", "Wijziging"};
inline constexpr Phrase reason_column{"match-report.reason-column", "Reason", "Reden"};
inline constexpr Phrase summary_sheet{"match-report.summary-sheet", "Summary", "Samenvatting"};
inline constexpr Phrase proposals_sheet{"match-report.proposals-sheet", "Proposals", "Voorstellen"};
inline constexpr Phrase completed_sheet{"match-report.completed-sheet", "Completed", "Aangevuld"};
inline constexpr Phrase market_sheet{"match-report.market-sheet", "Market map", "Marktkaart"};
inline constexpr Phrase consortia_sheet{"match-report.consortia-sheet", "Consortia", "Combinaties"};
inline constexpr Phrase obstacles_sheet{"match-report.obstacles-sheet", "Why not", "Waarom niet"};
inline constexpr Phrase workbook_title{"match-report.workbook-title",
                                       "tender-match {command}: {title}",
                                       "tender-match {command}: {title}"};
inline constexpr Phrase tender_label{"match-report.tender-label", "Tender", "Aanbesteding"};
inline constexpr Phrase register_label{"match-report.register-label", "Provider register",
                                       "Aanbiedersregister"};
inline constexpr Phrase providers_label{"match-report.providers-label", "Providers", "Aanbieders"};
inline constexpr Phrase question_label{"match-report.question-label", "Question", "Vraag"};
inline constexpr Phrase answer_label{"match-report.answer-label", "Answer", "Antwoord"};
inline constexpr Phrase date_label{"match-report.date-label", "Date", "Datum"};
inline constexpr Phrase delivers{"match-report.delivers", "x", "x"};
inline constexpr Phrase added_mark{"match-report.added-mark", "added", "toegevoegd"};
inline constexpr Phrase count_legend{
    "match-report.count-legend",
    "Number of providers that can deliver the service in the municipality (red: none, amber: one)",
    "Aantal aanbieders dat de dienst in de gemeente kan leveren (rood: geen, oranje: één)"};
inline constexpr Phrase kind_column{"match-report.kind-column", "Kind", "Soort"};
inline constexpr Phrase message_column{"match-report.message-column", "Explanation", "Toelichting"};

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
