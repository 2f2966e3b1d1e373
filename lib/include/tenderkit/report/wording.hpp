// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The report module's words (core/wording.hpp explains the catalogue): the labels and
/// instructions of the registration form (report/registration_form.hpp).
namespace tenderkit::report::words {

using wording::Phrase;

inline constexpr Phrase form_title{"report.registration-form.title", "Registration form: {title}",
                                   "Inschrijvingsformulier: {title}"};
inline constexpr Phrase form_tender{"report.registration-form.tender", "Tender", "Aanbesteding"};
inline constexpr Phrase form_version{"report.registration-form.version", "Form version",
                                     "Formulierversie"};
inline constexpr Phrase form_how_to{"report.registration-form.how-to", "How to fill in",
                                    "Werkwijze"};
inline constexpr Phrase form_step_1{
    "report.registration-form.step-1",
    "1. On the sheet 'Consortium', enter the name, the legal form and the contact of your "
    "registration. An id is optional; without one, the file name counts.",
    "1. Vul op het blad 'Samenwerkingsverband' de naam, de rechtsvorm en de contactpersoon van uw "
    "inschrijving in. Een kenmerk (id) is optioneel; zonder kenmerk telt de bestandsnaam."};
inline constexpr Phrase form_step_2{
    "report.registration-form.step-2",
    "2. On the sheet 'Members', enter one row per member: name, KvK number (8 digits), the AGB "
    "code if any, the role, whether the exclusion-grounds declaration (ESPD) is handed in, and for "
    "each certification whether the member holds it. Empty rows are skipped.",
    "2. Vul op het blad 'Leden' per lid één regel in: naam, KvK-nummer (8 cijfers), eventueel de "
    "AGB-code, de rol, of de eigen verklaring (UEA) is ingeleverd, en per certificering of het lid "
    "die heeft. Lege regels worden overgeslagen."};
inline constexpr Phrase form_step_3{
    "report.registration-form.step-3",
    "3. Choose the role that fits the legal form: lead or member in a combination, main contractor "
    "or subcontractor in a main-contractor construction.",
    "3. Kies de rol passend bij de rechtsvorm: penvoerder of lid bij een combinatie, hoofdaannemer "
    "of onderaannemer bij een hoofd- en onderaannemersconstructie."};
inline constexpr Phrase form_step_4{
    "report.registration-form.step-4",
    "4. On the sheet 'Services', say for each member and service whether the member delivers it "
    "itself, as subcontractor, or not. A subcontractor delivers only as subcontractor.",
    "4. Geef op het blad 'Diensten' per lid en dienst aan of het lid de dienst zelf levert, als "
    "onderaannemer levert, of niet. Een onderaannemer levert alleen als onderaannemer."};
inline constexpr Phrase form_step_5{
    "report.registration-form.step-5",
    "5. On the sheet 'Municipalities' (when there is one), say for each member in which "
    "municipalities it works. A member without answers there works in all of them.",
    "5. Geef op het blad 'Gemeenten' (als dat er is) per lid aan in welke gemeenten het werkt. Een "
    "lid zonder antwoorden daar werkt in alle gemeenten."};
inline constexpr Phrase form_step_6{
    "report.registration-form.step-6",
    "6. Only the yellow input cells can be edited; choose from the drop-down lists. Change nothing "
    "else: a hidden sheet links the form to this tender.",
    "6. Alleen de gele invoercellen kunnen worden bewerkt; kies uit de keuzelijsten. Wijzig verder "
    "niets: een verborgen blad koppelt het formulier aan deze aanbesteding."};
inline constexpr Phrase form_step_7{
    "report.registration-form.step-7",
    "7. Save the form as .xlsx (Excel or LibreOffice) and hand it in.",
    "7. Bewaar het formulier als .xlsx (Excel of LibreOffice) en lever het in."};
inline constexpr Phrase form_requirements{"report.registration-form.requirements",
                                          "Required services", "Vereiste diensten"};
inline constexpr Phrase form_service_id{"report.registration-form.service-id", "Id", "Id"};
inline constexpr Phrase form_service{"report.registration-form.service", "Service", "Dienst"};
inline constexpr Phrase form_local{"report.registration-form.local", "In every municipality",
                                   "In elke gemeente"};
inline constexpr Phrase form_subcontractors_alone{"report.registration-form.subcontractors-alone",
                                                  "May rest on subcontractors alone",
                                                  "Mag alleen via onderaannemers"};
inline constexpr Phrase form_certifications_required{
    "report.registration-form.certifications-required", "Certifications required",
    "Vereiste certificeringen"};
inline constexpr Phrase form_municipalities{"report.registration-form.municipalities",
                                            "Municipalities", "Gemeenten"};
inline constexpr Phrase form_certifications{"report.registration-form.certifications",
                                            "Certifications", "Certificeringen"};
inline constexpr Phrase form_legal_forms{"report.registration-form.legal-forms",
                                         "Legal forms allowed", "Toegestane rechtsvormen"};
inline constexpr Phrase form_members_allowed{"report.registration-form.members-allowed",
                                             "Number of members", "Aantal leden"};
inline constexpr Phrase form_none{"report.registration-form.none", "none", "geen"};
inline constexpr Phrase form_consortium_title{"report.registration-form.consortium-title",
                                              "Consortium", "Samenwerkingsverband"};
inline constexpr Phrase form_consortium_hint{
    "report.registration-form.consortium-hint",
    "Fill in the yellow cells. The legal form decides which roles the members can choose.",
    "Vul de gele cellen in. De rechtsvorm bepaalt welke rollen de leden kunnen kiezen."};
inline constexpr Phrase form_id{"report.registration-form.id", "Id (optional)",
                                "Kenmerk (id, optioneel)"};
inline constexpr Phrase form_name{"report.registration-form.name", "Name of the registration",
                                  "Naam van de inschrijving"};
inline constexpr Phrase form_legal_form{"report.registration-form.legal-form", "Legal form",
                                        "Rechtsvorm"};
inline constexpr Phrase form_contact_name{"report.registration-form.contact-name", "Contact person",
                                          "Contactpersoon"};
inline constexpr Phrase form_contact_email{"report.registration-form.contact-email", "Email",
                                           "E-mail"};
inline constexpr Phrase form_contact_phone{"report.registration-form.contact-phone", "Phone",
                                           "Telefoon"};
inline constexpr Phrase form_members_title{"report.registration-form.members-title", "Members",
                                           "Leden"};
inline constexpr Phrase form_members_hint{
    "report.registration-form.members-hint",
    "One row per member; empty rows are skipped. KvK number and AGB code: 8 digits, leading zeros "
    "included.",
    "Eén regel per lid; lege regels worden overgeslagen. KvK-nummer en AGB-code: 8 cijfers, "
    "voorloopnullen inbegrepen."};
inline constexpr Phrase form_member_name{"report.registration-form.member-name", "Name", "Naam"};
inline constexpr Phrase form_kvk{"report.registration-form.kvk", "KvK number", "KvK-nummer"};
inline constexpr Phrase form_agb{"report.registration-form.agb", "AGB code", "AGB-code"};
inline constexpr Phrase form_role{"report.registration-form.role", "Role", "Rol"};
inline constexpr Phrase form_declaration{"report.registration-form.declaration",
                                         "Declaration (ESPD) handed in",
                                         "Eigen verklaring (UEA) ingeleverd"};
inline constexpr Phrase form_services_title{"report.registration-form.services-title",
                                            "Services per member", "Diensten per lid"};
inline constexpr Phrase form_services_hint{
    "report.registration-form.services-hint",
    "For each member (the rows of the sheet 'Members') and service: delivers itself, as "
    "subcontractor, or no.",
    "Per lid (de regels van het blad 'Leden') en dienst: levert zelf, als onderaannemer, of nee."};
inline constexpr Phrase form_member{"report.registration-form.member", "Member", "Lid"};
inline constexpr Phrase form_local_suffix{"report.registration-form.local-suffix",
                                          " (in every municipality)", " (in elke gemeente)"};
inline constexpr Phrase form_municipalities_title{"report.registration-form.municipalities-title",
                                                  "Municipalities per member", "Gemeenten per lid"};
inline constexpr Phrase form_municipalities_hint{
    "report.registration-form.municipalities-hint",
    "For each member and municipality: yes or no. A member without answers works in all "
    "municipalities.",
    "Per lid en gemeente: ja of nee. Een lid zonder antwoorden werkt in alle gemeenten."};
inline constexpr Phrase form_kvk_error{
    "report.registration-form.kvk-error",
    "A KvK number or AGB code is exactly 8 digits, leading zeros included.",
    "Een KvK-nummer of AGB-code bestaat uit precies 8 cijfers, voorloopnullen inbegrepen."};
inline constexpr Phrase form_choice_error{"report.registration-form.choice-error",
                                          "Choose a value from the drop-down list.",
                                          "Kies een waarde uit de keuzelijst."};
inline constexpr Phrase form_page{"report.registration-form.page", "Page &P of &N",
                                  "Pagina &P van &N"};

inline constexpr const Phrase* catalogue[] = {
    &form_title,
    &form_tender,
    &form_version,
    &form_how_to,
    &form_step_1,
    &form_step_2,
    &form_step_3,
    &form_step_4,
    &form_step_5,
    &form_step_6,
    &form_step_7,
    &form_requirements,
    &form_service_id,
    &form_service,
    &form_local,
    &form_subcontractors_alone,
    &form_certifications_required,
    &form_municipalities,
    &form_certifications,
    &form_legal_forms,
    &form_members_allowed,
    &form_none,
    &form_consortium_title,
    &form_consortium_hint,
    &form_id,
    &form_name,
    &form_legal_form,
    &form_contact_name,
    &form_contact_email,
    &form_contact_phone,
    &form_members_title,
    &form_members_hint,
    &form_member_name,
    &form_kvk,
    &form_agb,
    &form_role,
    &form_declaration,
    &form_services_title,
    &form_services_hint,
    &form_member,
    &form_local_suffix,
    &form_municipalities_title,
    &form_municipalities_hint,
    &form_kvk_error,
    &form_choice_error,
    &form_page,
};

}  // namespace tenderkit::report::words
