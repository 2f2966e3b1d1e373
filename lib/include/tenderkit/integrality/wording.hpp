// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The integrality rules' words: what each rule asks and the message of each finding
/// (core/wording.hpp explains the catalogue).
namespace tenderkit::integrality::words {

using wording::Phrase;

// What each rule asks, as published in docs/rules.md.
inline constexpr Phrase rule_int001{"integrality.rule.INT-001",
                                    "Every required service is delivered by at least one member.",
                                    "Elke vereiste dienst wordt door ten minste één lid geleverd."};
inline constexpr Phrase rule_int002{
    "integrality.rule.INT-002",
    "A service that may not rest on subcontracting is delivered by at least one member that is "
    "not a subcontractor.",
    "Een dienst die niet op onderaanneming alleen mag rusten, wordt door ten minste één lid "
    "geleverd dat geen onderaannemer is."};
inline constexpr Phrase rule_int003{
    "integrality.rule.INT-003", "A local service is delivered in every municipality of the tender.",
    "Een lokale dienst wordt in elke gemeente van de aanbesteding geleverd."};
inline constexpr Phrase rule_int004{
    "integrality.rule.INT-004",
    "Every member delivering a service holds the certifications that service requires.",
    "Elk lid dat een dienst levert, heeft de certificeringen die die dienst vraagt."};
inline constexpr Phrase rule_int005{
    "integrality.rule.INT-005",
    "The legal form is allowed, and the roles fit it: a combination has exactly one lead and no "
    "main contractor; a main-contractor construction has exactly one main contractor and otherwise "
    "only subcontractors.",
    "De rechtsvorm is toegestaan en de rollen passen erbij: een combinatie heeft precies één "
    "penvoerder en geen hoofdaannemer; een hoofd- en onderaannemersconstructie heeft precies één "
    "hoofdaannemer en verder alleen onderaannemers."};
inline constexpr Phrase rule_int006{
    "integrality.rule.INT-006",
    "The number of members lies within the tender's minimum and maximum.",
    "Het aantal leden ligt tussen het minimum en het maximum van de aanbesteding."};
inline constexpr Phrase rule_int007{
    "integrality.rule.INT-007", "Every member's exclusion-grounds declaration (UEA/ESPD) is in.",
    "Van elk lid is de eigen verklaring uitsluitingsgronden (UEA) binnen."};
inline constexpr Phrase rule_int008{
    "integrality.rule.INT-008",
    "Across the registrations checked together, a provider (by KvK number) leads at most one "
    "registration and, where the tender says so, takes part in at most one.",
    "Over de samen getoetste inschrijvingen is een aanbieder (naar KvK-nummer) in ten hoogste één "
    "inschrijving penvoerder of hoofdaannemer en neemt hij, als de aanbesteding dat zegt, aan ten "
    "hoogste één deel."};
inline constexpr Phrase rule_int009{
    "integrality.rule.INT-009",
    "A service delivered by exactly one member is a continuity risk if that member drops out.",
    "Een dienst die door precies één lid wordt geleverd, is een continuïteitsrisico als dat lid "
    "uitvalt."};
inline constexpr Phrase rule_int010{
    "integrality.rule.INT-010",
    "The same KvK number under different names suggests a typing error or a changed name.",
    "Hetzelfde KvK-nummer onder verschillende namen wijst op een typefout of een gewijzigde naam."};

inline constexpr Phrase rule_esp001{
    "integrality.rule.ESP-001",
    "A member's ESPD response is its own: the economic operator has the member's KvK number and "
    "name, and a role that fits the member's.",
    "Het UEA van een lid is van dat lid zelf: de ondernemer heeft het KvK-nummer en de naam van "
    "het lid, en een rol die past bij die van het lid."};
inline constexpr Phrase rule_esp002{
    "integrality.rule.ESP-002",
    "When ESPD responses are in use, every member has one (this replaces INT-007).",
    "Als UEA's worden gebruikt, heeft elk lid er een (dit vervangt INT-007)."};
inline constexpr Phrase rule_esp003{
    "integrality.rule.ESP-003",
    "No member answers an exclusion ground with yes in its ESPD response.",
    "Geen lid antwoordt in zijn UEA ja op een uitsluitingsgrond."};
inline constexpr Phrase rule_esp004{
    "integrality.rule.ESP-004",
    "Every ESPD response is for this procedure: its contract folder id is the tender's.",
    "Elk UEA is voor deze procedure: het dossiernummer (contract folder id) is dat van de "
    "aanbesteding."};

// The last joint of a quoted list: 'a', 'b' and 'c'.
inline constexpr Phrase list_and{"integrality.list-and", "and", "en"};

// The findings.
inline constexpr Phrase service_not_delivered{
    "integrality.service-not-delivered",
    "required service '{service}' ({name}) is not delivered by any member",
    "vereiste dienst '{service}' ({name}) wordt door geen enkel lid geleverd"};
inline constexpr Phrase single_supplier{
    "integrality.single-supplier",
    "service '{service}' is delivered only by '{member}': a continuity risk if that member drops "
    "out",
    "dienst '{service}' wordt alleen door '{member}' geleverd: een continuïteitsrisico als dat lid "
    "uitvalt"};
inline constexpr Phrase only_subcontracted{
    "integrality.only-subcontracted",
    "service '{service}' may not rest on subcontractors alone, but only subcontractors deliver it "
    "({members})",
    "dienst '{service}' mag niet alleen door onderaannemers worden geleverd, maar alleen "
    "onderaannemers leveren hem ({members})"};
inline constexpr Phrase local_not_delivered{
    "integrality.local-not-delivered", "local service '{service}' is not delivered in {places}",
    "lokale dienst '{service}' wordt niet geleverd in {places}"};
inline constexpr Phrase lacks_certification{
    "integrality.lacks-certification",
    "'{member}' delivers service '{service}' but lacks the required certification {missing}",
    "'{member}' levert dienst '{service}' maar mist de vereiste certificering {missing}"};
inline constexpr Phrase lacks_certifications{
    "integrality.lacks-certifications",
    "'{member}' delivers service '{service}' but lacks the required certifications {missing}",
    "'{member}' levert dienst '{service}' maar mist de vereiste certificeringen {missing}"};
inline constexpr Phrase legal_form_not_allowed{
    "integrality.legal-form-not-allowed", "legal form '{form}' is not allowed in this tender",
    "rechtsvorm '{form}' is in deze aanbesteding niet toegestaan"};
inline constexpr Phrase needs_one_head{
    "integrality.needs-one-head", "a {form} needs exactly one {role}, found {count}",
    "een {form} heeft precies één {role} nodig, gevonden: {count}"};
inline constexpr Phrase needs_one_head_named{
    "integrality.needs-one-head-named",
    "a {form} needs exactly one {role}, found {count} ({names})",
    "een {form} heeft precies één {role} nodig, gevonden: {count} ({names})"};
inline constexpr Phrase role_does_not_fit{
    "integrality.role-does-not-fit",
    "'{member}' has the role '{role}', which a {form} does not have",
    "'{member}' heeft de rol '{role}', die een {form} niet kent"};
inline constexpr Phrase members_range{"integrality.members-range", "{min} to {max}",
                                      "{min} tot en met {max}"};
inline constexpr Phrase members_at_least{"integrality.members-at-least", "at least {min}",
                                         "ten minste {min}"};
inline constexpr Phrase member_count_one{
    "integrality.member-count.one", "the consortium has {count} member; the tender allows {range}",
    "het samenwerkingsverband heeft {count} lid; de aanbesteding staat {range} toe"};
inline constexpr Phrase member_count_many{
    "integrality.member-count.many",
    "the consortium has {count} members; the tender allows {range}",
    "het samenwerkingsverband heeft {count} leden; de aanbesteding staat {range} toe"};
inline constexpr Phrase no_declaration{
    "integrality.no-declaration",
    "'{member}' (KvK {kvk}) has not handed in the exclusion-grounds declaration (UEA/ESPD)",
    "'{member}' (KvK {kvk}) heeft de eigen verklaring uitsluitingsgronden (UEA) niet ingediend"};
inline constexpr Phrase takes_part_several{
    "integrality.takes-part-several",
    "'{member}' (KvK {kvk}) takes part in {count} registrations ({ids}); the tender allows one",
    "'{member}' (KvK {kvk}) neemt deel aan {count} inschrijvingen ({ids}); de aanbesteding staat "
    "er één toe"};
inline constexpr Phrase leads_several{
    "integrality.leads-several",
    "'{member}' (KvK {kvk}) leads {count} registrations ({ids}); a provider may lead one",
    "'{member}' (KvK {kvk}) is penvoerder of hoofdaannemer in {count} inschrijvingen ({ids}); dat "
    "mag in één"};
inline constexpr Phrase kvk_other_name{
    "integrality.kvk-other-name",
    "KvK {kvk} is named '{name}' here but '{other}' in registration '{registration}'",
    "KvK {kvk} heet hier '{name}' maar '{other}' in inschrijving '{registration}'"};

// The findings on ESPD responses (ESP-001..ESP-004).
inline constexpr Phrase espd_operator_id{
    "integrality.espd.operator-id",
    "the ESPD of '{member}' names '{operator}' as the economic operator's identifier, but the "
    "member's KvK number is {kvk}",
    "het UEA van '{member}' noemt '{operator}' als identificatie van de ondernemer, maar het "
    "KvK-nummer van het lid is {kvk}"};
inline constexpr Phrase espd_operator_name{
    "integrality.espd.operator-name",
    "the ESPD of '{member}' (KvK {kvk}) is in the name of '{operator}'",
    "het UEA van '{member}' (KvK {kvk}) staat op naam van '{operator}'"};
inline constexpr Phrase espd_operator_role{
    "integrality.espd.operator-role",
    "the ESPD of '{member}' gives the role '{espd_role}' ({code}), which does not fit its role "
    "'{role}' in the registration",
    "het UEA van '{member}' geeft de rol '{espd_role}' ({code}), die niet past bij zijn rol "
    "'{role}' in de inschrijving"};
inline constexpr Phrase espd_missing{"integrality.espd.missing",
                                     "'{member}' (KvK {kvk}) has no ESPD response",
                                     "'{member}' (KvK {kvk}) heeft geen UEA"};
inline constexpr Phrase espd_missing_despite_declaration{
    "integrality.espd.missing-despite-declaration",
    "'{member}' (KvK {kvk}) has no ESPD response ('declaration = true' does not replace it)",
    "'{member}' (KvK {kvk}) heeft geen UEA ('declaration = true' vervangt het niet)"};
inline constexpr Phrase espd_ground_yes{
    "integrality.espd.ground-yes",
    "'{member}' (KvK {kvk}) answers yes to the exclusion ground '{ground}'; {self_cleaning}",
    "'{member}' (KvK {kvk}) antwoordt ja op de uitsluitingsgrond '{ground}'; {self_cleaning}"};
inline constexpr Phrase espd_ground_yes_coded{
    "integrality.espd.ground-yes-coded",
    "'{member}' (KvK {kvk}) answers yes to the exclusion ground '{ground}' ({code}); "
    "{self_cleaning}",
    "'{member}' (KvK {kvk}) antwoordt ja op de uitsluitingsgrond '{ground}' ({code}); "
    "{self_cleaning}"};
inline constexpr Phrase espd_self_cleaning_declared{"integrality.espd.self-cleaning-declared",
                                                    "self-cleaning measures are declared",
                                                    "herstelmaatregelen (self-cleaning) gemeld"};
inline constexpr Phrase espd_self_cleaning_none{"integrality.espd.self-cleaning-none",
                                                "no self-cleaning measures are declared",
                                                "geen herstelmaatregelen (self-cleaning) gemeld"};
inline constexpr Phrase espd_other_procedure{
    "integrality.espd.other-procedure",
    "the ESPD of '{member}' is for procedure '{procedure}', not for this tender's '{expected}'",
    "het UEA van '{member}' is voor procedure '{procedure}', niet voor '{expected}' van deze "
    "aanbesteding"};
inline constexpr Phrase espd_no_procedure{
    "integrality.espd.no-procedure",
    "the ESPD of '{member}' names no procedure (cbc:ContractFolderID); this tender's is "
    "'{expected}'",
    "het UEA van '{member}' noemt geen procedure (cbc:ContractFolderID); die van deze "
    "aanbesteding is '{expected}'"};

inline constexpr const Phrase* catalogue[] = {
    &rule_int001,
    &rule_int002,
    &rule_int003,
    &rule_int004,
    &rule_int005,
    &rule_int006,
    &rule_int007,
    &rule_int008,
    &rule_int009,
    &rule_int010,
    &rule_esp001,
    &rule_esp002,
    &rule_esp003,
    &rule_esp004,
    &list_and,
    &service_not_delivered,
    &single_supplier,
    &only_subcontracted,
    &local_not_delivered,
    &lacks_certification,
    &lacks_certifications,
    &legal_form_not_allowed,
    &needs_one_head,
    &needs_one_head_named,
    &role_does_not_fit,
    &members_range,
    &members_at_least,
    &member_count_one,
    &member_count_many,
    &no_declaration,
    &takes_part_several,
    &leads_several,
    &kvk_other_name,
    &espd_operator_id,
    &espd_operator_name,
    &espd_operator_role,
    &espd_missing,
    &espd_missing_despite_declaration,
    &espd_ground_yes,
    &espd_ground_yes_coded,
    &espd_self_cleaning_declared,
    &espd_self_cleaning_none,
    &espd_other_procedure,
    &espd_no_procedure,
};

}  // namespace tenderkit::integrality::words
