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

inline constexpr Phrase init_providers{"commands.init.file.providers",
                                       "the providers of the region's market, for tender-match",
                                       "de aanbieders van de markt in de regio, voor tender-match"};
inline constexpr Phrase match_not_kvk{"commands.match.not-kvk",
                                      "{option}: '{kvk}' is no KvK number (8 digits)",
                                      "{option}: '{kvk}' is geen KvK-nummer (8 cijfers)"};
inline constexpr Phrase match_kvk_not_in_register{
    "commands.match.kvk-not-in-register",
    "{option}: KvK number {kvk} is not in the register {file}",
    "{option}: KvK-nummer {kvk} staat niet in het register {file}"};
inline constexpr Phrase match_no_tags{"commands.match.no-tags", "the register has no tags",
                                      "het register heeft geen labels"};
inline constexpr Phrase match_tags_are{"commands.match.tags-are", "the register's tags are {tags}",
                                       "de labels van het register zijn {tags}"};
inline constexpr Phrase match_unknown_tag{
    "commands.match.unknown-tag", "--prefer-tag: no provider in {file} has the tag '{tag}'",
    "--prefer-tag: geen aanbieder in {file} heeft het label '{tag}'"};
inline constexpr Phrase match_form_not_allowed{
    "commands.match.form-not-allowed",
    "--legal-form {form}: tender {tender} does not allow this legal form",
    "--legal-form {form}: aanbesteding {tender} staat deze rechtsvorm niet toe"};
inline constexpr Phrase match_only_form{"commands.match.only-form",
                                        "the tender allows only '{form}'",
                                        "de aanbesteding staat alleen '{form}' toe"};

// tender-check's registration form and its conversion to TOML.
inline constexpr Phrase check_form_without_registrations{
    "commands.check.form-without-registrations",
    "--registration-form writes the blank form of a tender: give no registrations with it",
    "--registration-form schrijft het lege formulier van een aanbesteding: geef er geen "
    "inschrijvingen bij"};
inline constexpr Phrase check_registrations_required{
    "commands.check.registrations-required",
    "REGISTRATIONS is required (or --registration-form FILE, to write the blank form)",
    "REGISTRATIONS is verplicht (of --registration-form FILE, om het lege formulier te schrijven)"};
inline constexpr Phrase check_toml_needs_one{
    "commands.check.toml-needs-one",
    "--toml converts one registration, but {count} registration files were given",
    "--toml zet één inschrijving om, maar er zijn {count} inschrijvingsbestanden gegeven"};

inline constexpr const Phrase* catalogue[] = {
    &init_heading,
    &init_wrote,
    &init_replaced,
    &init_next,
    &init_tender,
    &init_registration,
    &init_contracts,
    &init_bridging_days,
    &init_example_registration,
    &init_example_scores,
    &init_providers,
    &match_not_kvk,
    &match_kvk_not_in_register,
    &match_no_tags,
    &match_tags_are,
    &match_unknown_tag,
    &match_form_not_allowed,
    &match_only_form,
    &check_form_without_registrations,
    &check_registrations_required,
    &check_toml_needs_one,
};

inline constexpr Phrase schedule_as_of_expects{
    "commands.schedule.as-of-expects",
    "--as-of expects a date written YYYY-MM-DD from {first} to {last}, found '{found}'",
    "--as-of verwacht een datum geschreven als JJJJ-MM-DD van {first} tot {last}, gevonden: "
    "'{found}'"};
inline constexpr Phrase schedule_nothing{
    "commands.schedule.nothing",
    "nothing to schedule: the tender has no [contract] and no [[phase]], and no contracts file "
    "was given",
    "niets te plannen: de aanbesteding heeft geen [contract] en geen [[phase]], en er is geen "
    "contractenbestand gegeven"};
inline constexpr Phrase schedule_nothing_hint{
    "commands.schedule.nothing-hint",
    "add the integral contract as [contract] (docs/input-format.md), or pass a contracts file",
    "voeg het integrale contract toe als [contract] (docs/input-format.md), of geef een "
    "contractenbestand"};

inline constexpr const Phrase* schedule_catalogue[] = {
    &schedule_as_of_expects,
    &schedule_nothing,
    &schedule_nothing_hint,
};

// tender-init's errors: where the templates are and which there are.
inline constexpr Phrase init_no_templates{"commands.init.no-templates",
                                          "no templates found in {folder}",
                                          "geen sjablonen gevonden in {folder}"};
inline constexpr Phrase init_set_templates{
    "commands.init.set-templates",
    "set TENDERKIT_TEMPLATES to the templates directory of tenderkit",
    "zet TENDERKIT_TEMPLATES op de map met de sjablonen van tenderkit"};
inline constexpr Phrase init_unknown_template{"commands.init.unknown-template",
                                              "--template: unknown template '{template}'",
                                              "--template: onbekend sjabloon '{template}'"};
inline constexpr Phrase init_templates_are{"commands.init.templates-are",
                                           "the templates are {templates}",
                                           "de sjablonen zijn {templates}"};
inline constexpr Phrase init_did_you_mean_template{
    "commands.init.did-you-mean-template", "did you mean '{choice}'? The templates are {templates}",
    "bedoelt u '{choice}'? De sjablonen zijn {templates}"};
inline constexpr Phrase init_no_registration{
    "commands.init.no-registration", "template '{template}' has no registration in {folder}",
    "sjabloon '{template}' heeft geen inschrijving in {folder}"};
inline constexpr Phrase init_template_lacks{"commands.init.template-lacks",
                                            "template '{template}' lacks {file}",
                                            "sjabloon '{template}' mist {file}"};
inline constexpr Phrase init_reinstall{"commands.init.reinstall",
                                       "reinstall tenderkit or set TENDERKIT_TEMPLATES",
                                       "installeer tenderkit opnieuw of zet TENDERKIT_TEMPLATES"};
inline constexpr Phrase init_not_installed{
    "commands.init.not-installed",
    "the templates of tenderkit are not installed (share/tenderkit/templates)",
    "de sjablonen van tenderkit zijn niet geïnstalleerd (share/tenderkit/templates)"};
inline constexpr Phrase init_set_templates_directory{
    "commands.init.set-templates-directory", "set TENDERKIT_TEMPLATES to a templates directory",
    "zet TENDERKIT_TEMPLATES op een map met sjablonen"};
inline constexpr Phrase init_folder_is_file{
    "commands.init.folder-is-file",
    "cannot create the tender folder {folder}: a file of that name exists",
    "kan de aanbestedingsmap {folder} niet maken: er bestaat een bestand met die naam"};

inline constexpr const Phrase* init_catalogue[] = {
    &init_no_templates,          &init_set_templates,
    &init_unknown_template,      &init_templates_are,
    &init_did_you_mean_template, &init_no_registration,
    &init_template_lacks,        &init_reinstall,
    &init_not_installed,         &init_set_templates_directory,
    &init_folder_is_file,
};

}  // namespace tenderkit::commands::words
