// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// Every sentence and label of the tender-match reports, in English and Dutch, in one table (issue
// 12: worded once; moves to the wording catalogue of core when it lands). Placeholders are fmt's.

#include <tenderkit/model/language.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>

namespace tenderkit::report::match_wording {

struct Words {
  std::string_view en;
  std::string_view nl;
};

template <class... Args>
std::string say(const Words& words, Language language, Args&&... args) {
  return fmt::format(fmt::runtime(language == Language::nl ? words.nl : words.en),
                     std::forward<Args>(args)...);
}

// The inputs.
inline constexpr Words kTenderLine{"tender {}: {}", "aanbesteding {}: {}"};
inline constexpr Words kRegisterLine{"provider register {}: {} providers",
                                     "aanbiedersregister {}: {} aanbieders"};
inline constexpr Words kCompleteLine{"registration {}: {}", "inschrijving {}: {}"};
inline constexpr Words kReceivedLine{
    "{} registrations received; their {} providers are left out of the map",
    "{} inschrijvingen ontvangen; hun {} aanbieders blijven buiten de marktkaart"};
inline constexpr Words kMarkdownTitle{"tender-match {}", "tender-match {}"};

// How good an answer is.
inline constexpr Words kComposeProven{
    "{} members, proven optimal: no compliant composition has fewer members",
    "{} leden, bewezen optimaal: geen samenstelling die voldoet heeft minder leden"};
inline constexpr Words kComposeBestFound{
    "best found: {} members; no compliant composition has fewer than {} (time limit of {} s "
    "reached)",
    "beste gevonden: {} leden; geen samenstelling die voldoet heeft er minder dan {} "
    "(tijdslimiet van {} s bereikt)"};
inline constexpr Words kCompleteProven{
    "{} providers to add and {} roles to change, proven optimal: no smaller change makes the "
    "registration comply",
    "{} aanbieders toevoegen en {} rollen wijzigen, bewezen optimaal: geen kleinere wijziging "
    "laat de inschrijving voldoen"};
inline constexpr Words kCompleteBestFound{
    "best found: {} providers to add and {} roles to change; at least {} additions are needed "
    "(time limit of {} s reached)",
    "beste gevonden: {} aanbieders toevoegen en {} rollen wijzigen; ten minste {} toevoegingen "
    "zijn nodig (tijdslimiet van {} s bereikt)"};
inline constexpr Words kMarketProven{
    "at most {} compliant consortia at the same time, proven optimal",
    "ten hoogste {} combinaties die tegelijk voldoen, bewezen optimaal"};
inline constexpr Words kMarketBestFound{
    "best found: {} compliant consortia at the same time; there can be at most {} (time limit "
    "of {} s reached)",
    "beste gevonden: {} combinaties die tegelijk voldoen; er kunnen er ten hoogste {} zijn "
    "(tijdslimiet van {} s bereikt)"};

// Answers and their parts.
inline constexpr Words kNoComposition{"no compliant composition is possible with this register",
                                      "met dit register is geen samenstelling mogelijk die "
                                      "voldoet"};
inline constexpr Words kProposalHeading{"Proposal {}", "Voorstel {}"};
inline constexpr Words kConsortiumHeading{"Consortium {}", "Combinatie {}"};
inline constexpr Words kCompletedHeading{"The completed registration",
                                         "De aangevulde inschrijving"};
inline constexpr Words kMembersCount{"{} members", "{} leden"};
inline constexpr Words kSubcontractorsCount{"{} of them subcontractors",
                                            "waarvan {} onderaannemers"};
inline constexpr Words kOnlyIn{" (only in {})", " (alleen in {})"};
inline constexpr Words kWrittenTo{"written to {}", "geschreven naar {}"};
inline constexpr Words kAlternativesExhausted{
    "No other compliant composition exists: these {} are all.",
    "Er bestaat geen andere samenstelling die voldoet: dit zijn ze alle {}."};
inline constexpr Words kWhyNot{"Why not", "Waarom niet"};
inline constexpr Words kAlreadyCompliant{"the registration already complies: nothing to add",
                                         "de inschrijving voldoet al: niets toe te voegen"};
inline constexpr Words kCannotComplete{
    "no providers from this register can make the registration comply",
    "geen aanbieders uit dit register kunnen de inschrijving laten voldoen"};
inline constexpr Words kLegalFormChange{"the legal form becomes: {}", "de rechtsvorm wordt: {}"};
inline constexpr Words kAdditionLine{"{} ({}) as {}: {}", "{} ({}) als {}: {}"};
inline constexpr Words kRoleChangeLine{"{} ({}): {} becomes {}: {}", "{} ({}): {} wordt {}: {}"};
inline constexpr Words kDroppedLine{
    "{} no longer lists service '{}': it lacks a certification the service requires (INT-004)",
    "{} levert dienst '{}' niet meer: een certificering die de dienst vereist ontbreekt "
    "(INT-004)"};

// The market map.
inline constexpr Words kMarketMapHeading{"Providers per service and municipality",
                                         "Aanbieders per dienst en gemeente"};
inline constexpr Words kNotLocalMark{"  (not local)", "  (niet lokaal)"};
inline constexpr Words kSinglePointsHeading{"Single points of failure (one provider)",
                                            "Enkelvoudige afhankelijkheden (één aanbieder)"};
inline constexpr Words kSingleCell{"{} in {}: only {}", "{} in {}: alleen {}"};
inline constexpr Words kNone{"none", "geen"};
inline constexpr Words kEssentialHeading{"Essential providers (in every compliant composition)",
                                         "Onmisbare aanbieders (in elke samenstelling die "
                                         "voldoet)"};
inline constexpr Words kNoEssential{"none: every provider can be replaced",
                                    "geen: elke aanbieder is vervangbaar"};
inline constexpr Words kConsortiaHeading{"Competing consortia", "Concurrerende combinaties"};
inline constexpr Words kParticipateOnce{"each provider takes part in one consortium at most",
                                        "elke aanbieder neemt aan ten hoogste één combinatie "
                                        "deel"};
inline constexpr Words kLeadOnce{"each provider leads one consortium at most",
                                 "elke aanbieder is penvoerder of hoofdaannemer van ten hoogste "
                                 "één combinatie"};
inline constexpr Words kScarcest{"the limit is set by: {}", "de grens wordt bepaald door: {}"};
inline constexpr Words kScarcestIn{"the limit is set by: {} in {}",
                                   "de grens wordt bepaald door: {} in {}"};

// Table columns.
inline constexpr Words kRoleColumn{"Role", "Rol"};
inline constexpr Words kProviderColumn{"Provider", "Aanbieder"};
inline constexpr Words kServicesColumn{"Services", "Diensten"};
inline constexpr Words kServiceColumn{"Service", "Dienst"};
inline constexpr Words kMunicipalitiesColumn{"Municipalities", "Gemeenten"};
inline constexpr Words kAll{"all", "alle"};
inline constexpr Words kChangeColumn{"Change", "Wijziging"};
inline constexpr Words kReasonColumn{"Reason", "Reden"};

}  // namespace tenderkit::report::match_wording

namespace tenderkit::report::match_wording {

// The workbook.
inline constexpr Words kSummarySheet{"Summary", "Samenvatting"};
inline constexpr Words kProposalsSheet{"Proposals", "Voorstellen"};
inline constexpr Words kCompletedSheet{"Completed", "Aangevuld"};
inline constexpr Words kMarketSheet{"Market map", "Marktkaart"};
inline constexpr Words kConsortiaSheet{"Consortia", "Combinaties"};
inline constexpr Words kObstaclesSheet{"Why not", "Waarom niet"};
inline constexpr Words kWorkbookTitle{"tender-match {}: {}", "tender-match {}: {}"};
inline constexpr Words kTenderLabel{"Tender", "Aanbesteding"};
inline constexpr Words kRegisterLabel{"Provider register", "Aanbiedersregister"};
inline constexpr Words kProvidersLabel{"Providers", "Aanbieders"};
inline constexpr Words kQuestionLabel{"Question", "Vraag"};
inline constexpr Words kAnswerLabel{"Answer", "Antwoord"};
inline constexpr Words kDateLabel{"Date", "Datum"};
inline constexpr Words kDelivers{"x", "x"};
inline constexpr Words kAddedMark{"added", "toegevoegd"};
inline constexpr Words kCountLegend{
    "Number of providers that can deliver the service in the municipality (red: none, amber: "
    "one)",
    "Aantal aanbieders dat de dienst in de gemeente kan leveren (rood: geen, oranje: één)"};
inline constexpr Words kKindColumn{"Kind", "Soort"};
inline constexpr Words kMessageColumn{"Explanation", "Toelichting"};

}  // namespace tenderkit::report::match_wording

namespace tenderkit::report {
struct MatchReport;
namespace match_wording {
/// The answer in one sentence, in a language: proven optimal, the best found with its bound, or
/// that there is none (shared by the reports and the workbook; defined in match_report.cpp).
std::string answer_sentence(const MatchReport& report, Language language);
}  // namespace match_wording
}  // namespace tenderkit::report
