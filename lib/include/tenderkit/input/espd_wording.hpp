// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The exclusion grounds of the ESPD by name, as ESP-003 names them (core/wording.hpp explains the
/// catalogue). The ids end in the ground's code of the EU criterion table (ESPD-EDM 3.x/4.x).
namespace tenderkit::input::espd_words {

using wording::Phrase;

inline constexpr Phrase ground_crime_org{"input.espd-ground.crime-org",
                                         "participation in a criminal organisation",
                                         "deelneming aan een criminele organisatie"};
inline constexpr Phrase ground_corruption{"input.espd-ground.corruption", "corruption",
                                          "corruptie"};
inline constexpr Phrase ground_fraud{"input.espd-ground.fraud", "fraud", "fraude"};
inline constexpr Phrase ground_terr_offence{
    "input.espd-ground.terr-offence",
    "terrorist offences or offences linked to terrorist activities",
    "terroristische misdrijven of strafbare feiten in verband met terroristische activiteiten"};
inline constexpr Phrase ground_finan_laund{"input.espd-ground.finan-laund",
                                           "money laundering or terrorist financing",
                                           "witwassen van geld of financiering van terrorisme"};
inline constexpr Phrase ground_human_traffic{
    "input.espd-ground.human-traffic",
    "child labour and other forms of trafficking in human beings",
    "kinderarbeid en andere vormen van mensenhandel"};
inline constexpr Phrase ground_tax_pay{"input.espd-ground.tax-pay", "payment of taxes",
                                       "betaling van belastingen"};
inline constexpr Phrase ground_socsec_pay{"input.espd-ground.socsec-pay",
                                          "payment of social security contributions",
                                          "betaling van socialezekerheidsbijdragen"};
inline constexpr Phrase ground_envir_law{
    "input.espd-ground.envir-law", "breach of obligations in the field of environmental law",
    "schending van verplichtingen op het gebied van milieurecht"};
inline constexpr Phrase ground_socsec_law{
    "input.espd-ground.socsec-law", "breach of obligations in the field of social law",
    "schending van verplichtingen op het gebied van sociaal recht"};
inline constexpr Phrase ground_labour_law{
    "input.espd-ground.labour-law", "breach of obligations in the field of labour law",
    "schending van verplichtingen op het gebied van arbeidsrecht"};
inline constexpr Phrase ground_bankruptcy{"input.espd-ground.bankruptcy", "bankruptcy",
                                          "faillissement"};
inline constexpr Phrase ground_insolvency{"input.espd-ground.insolvency", "insolvency",
                                          "insolventie"};
inline constexpr Phrase ground_cred_arran{"input.espd-ground.cred-arran",
                                          "arrangement with creditors", "akkoord met schuldeisers"};
inline constexpr Phrase ground_bankr_nat{
    "input.espd-ground.bankr-nat", "a situation analogous to bankruptcy under national law",
    "een met faillissement vergelijkbare toestand naar nationaal recht"};
inline constexpr Phrase ground_liq_admin{"input.espd-ground.liq-admin",
                                         "assets administered by a liquidator",
                                         "activa beheerd door een curator"};
inline constexpr Phrase ground_susp_act{
    "input.espd-ground.susp-act", "business activities suspended", "bedrijfsactiviteiten gestaakt"};
inline constexpr Phrase ground_prof_misconduct{
    "input.espd-ground.prof-misconduct", "grave professional misconduct", "ernstige beroepsfout"};
inline constexpr Phrase ground_distorsion{
    "input.espd-ground.distorsion",
    "agreements with other economic operators aimed at distorting competition",
    "afspraken met andere ondernemers om de mededinging te vervalsen"};
inline constexpr Phrase ground_partic_confl{
    "input.espd-ground.partic-confl", "conflict of interest due to participation in the procedure",
    "belangenconflict door deelname aan de procedure"};
inline constexpr Phrase ground_prep_confl{"input.espd-ground.prep-confl",
                                          "involvement in the preparation of the procedure",
                                          "betrokkenheid bij de voorbereiding van de procedure"};
inline constexpr Phrase ground_sanction{
    "input.espd-ground.sanction", "early termination, damages or other comparable sanctions",
    "vroegtijdige beëindiging, schadevergoeding of vergelijkbare sancties"};
inline constexpr Phrase ground_misrepresent{"input.espd-ground.misrepresent",
                                            "misrepresentation or withheld information",
                                            "valse verklaringen of achtergehouden informatie"};
inline constexpr Phrase ground_nati_ground{"input.espd-ground.nati-ground",
                                           "purely national exclusion grounds",
                                           "zuiver nationale uitsluitingsgronden"};

inline constexpr const Phrase* catalogue[] = {
    &ground_crime_org,   &ground_corruption,      &ground_fraud,        &ground_terr_offence,
    &ground_finan_laund, &ground_human_traffic,   &ground_tax_pay,      &ground_socsec_pay,
    &ground_envir_law,   &ground_socsec_law,      &ground_labour_law,   &ground_bankruptcy,
    &ground_insolvency,  &ground_cred_arran,      &ground_bankr_nat,    &ground_liq_admin,
    &ground_susp_act,    &ground_prof_misconduct, &ground_distorsion,   &ground_partic_confl,
    &ground_prep_confl,  &ground_sanction,        &ground_misrepresent, &ground_nati_ground,
};

}  // namespace tenderkit::input::espd_words
