// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of the preselection: the score form's sheets, labels and instructions
/// (core/wording.hpp explains the catalogue).
namespace tenderkit::scoring::words {

using wording::Phrase;

inline constexpr Phrase form_instructions_sheet{"scoring.form.instructions-sheet", "Instructions",
                                                "Instructies"};
inline constexpr Phrase form_not_admitted_sheet{"scoring.form.not-admitted-sheet", "Not admitted",
                                                "Niet toegelaten"};
inline constexpr Phrase form_form_title{"scoring.form.form-title", "Preselection scoring form",
                                        "Beoordelingsformulier preselectie"};
inline constexpr Phrase form_tender{"scoring.form.tender", "Tender", "Aanbesteding"};
inline constexpr Phrase form_evaluator{"scoring.form.evaluator", "Evaluator", "Beoordelaar"};
inline constexpr Phrase form_scale{"scoring.form.scale", "Scale", "Schaal"};
inline constexpr Phrase form_weighting{"scoring.form.weighting", "Weighting", "Weging"};
inline constexpr Phrase form_percentages{"scoring.form.percentages",
                                         "percentages (adding up to {total})",
                                         "percentages (samen {total})"};
inline constexpr Phrase form_points{"scoring.form.points", "points (adding up to {total})",
                                    "punten (samen {total})"};
inline constexpr Phrase form_version{"scoring.form.version", "Form version", "Formulierversie"};
inline constexpr Phrase form_how_to{"scoring.form.how-to", "How to score", "Werkwijze"};
inline constexpr Phrase form_steps_1{
    "scoring.form.steps.1",
    "1. Score every candidate on every criterion on your own, without consulting the other "
    "evaluators. Score in absolute terms: a score does not depend on the other candidates.",
    "1. Beoordeel elke gegadigde op elk criterium zelfstandig, zonder overleg met de andere "
    "beoordelaars. Beoordeel absoluut: een score hangt niet af van de andere gegadigden."};
inline constexpr Phrase form_steps_2{
    "scoring.form.steps.2",
    "2. Enter the scores on the sheet 'Scores': for each candidate and criterion, pick a score "
    "from the drop-down list. Only the values of the scale are allowed.",
    "2. Vul de scores in op het blad 'Scores': kies per gegadigde en criterium een score uit de "
    "keuzelijst. Alleen de waarden van de schaal zijn toegestaan."};
inline constexpr Phrase form_steps_3{
    "scoring.form.steps.3",
    "3. Give the motivation of every score in the cell to its right. A score without a motivation "
    "is refused when the forms are collected.",
    "3. Motiveer elke score in de cel rechts ervan. Een score zonder motivering wordt bij het "
    "verzamelen geweigerd."};
inline constexpr Phrase form_steps_4{
    "scoring.form.steps.4",
    "4. Leave a score empty as long as you do not give it; the form then counts as incomplete.",
    "4. Laat een score leeg zolang u die niet geeft; het formulier telt dan als onvolledig."};
inline constexpr Phrase form_steps_5{
    "scoring.form.steps.5",
    "5. Change nothing else in the form: a hidden sheet links it to this tender and to you. Save "
    "it as .xlsx (Excel or LibreOffice) and send it back.",
    "5. Wijzig verder niets aan het formulier: een verborgen blad koppelt het aan deze "
    "aanbesteding en aan u. Bewaar het als .xlsx (Excel of LibreOffice) en stuur het terug."};
inline constexpr Phrase form_steps_6{
    "scoring.form.steps.6",
    "6. The weighted total of a candidate is the sum over the criteria of weight × score / {max} "
    "(the "
    "highest score of the scale). Afterwards the committee agrees a consensus score per criterion.",
    "6. Het gewogen totaal van een gegadigde is de som over de criteria van gewicht × score / "
    "{max} "
    "(de hoogste score van de schaal). De commissie stelt na afloop per criterium een "
    "consensusscore vast."};
inline constexpr Phrase form_criteria{"scoring.form.criteria", "Criteria", "Criteria"};
inline constexpr Phrase form_id{"scoring.form.id", "Id", "Id"};
inline constexpr Phrase form_criterion{"scoring.form.criterion", "Criterion", "Criterium"};
inline constexpr Phrase form_weight_percent{"scoring.form.weight-percent", "Weight (%)",
                                            "Gewicht (%)"};
inline constexpr Phrase form_weight_points{"scoring.form.weight-points", "Weight (points)",
                                           "Gewicht (punten)"};
inline constexpr Phrase form_score{"scoring.form.score", "Score", "Score"};
inline constexpr Phrase form_guidance{"scoring.form.guidance", "Guidance per score",
                                      "Toelichting per score"};
inline constexpr Phrase form_no_guidance{"scoring.form.no-guidance", "No guidance published.",
                                         "Geen toelichting gepubliceerd."};
inline constexpr Phrase form_filled{"scoring.form.filled", "Scores filled in", "Ingevulde scores"};
inline constexpr Phrase form_of{"scoring.form.of", "of {count}", "van {count}"};
inline constexpr Phrase form_scores_hint{
    "scoring.form.scores-hint",
    "For each criterion pick a score from the drop-down list and motivate every score. Only the "
    "input cells (yellow and white) can be edited.",
    "Kies per criterium een score uit de keuzelijst en motiveer elke score. Alleen de invoercellen "
    "(geel en wit) kunnen worden bewerkt."};
inline constexpr Phrase form_candidate{"scoring.form.candidate", "Candidate", "Gegadigde"};
inline constexpr Phrase form_motivation{"scoring.form.motivation", "Motivation", "Motivering"};
inline constexpr Phrase form_not_admitted_title{"scoring.form.not-admitted-title",
                                                "Not admitted to scoring",
                                                "Niet toegelaten tot de beoordeling"};
inline constexpr Phrase form_not_admitted_intro{
    "scoring.form.not-admitted-intro",
    "These registrations do not meet the integrality requirement (tender-check) and are not "
    "scored.",
    "Deze inschrijvingen voldoen niet aan de integraliteitseis (tender-check) en worden niet "
    "beoordeeld."};
inline constexpr Phrase form_name{"scoring.form.name", "Name", "Naam"};
inline constexpr Phrase form_reason{"scoring.form.reason", "Reason", "Reden"};
inline constexpr Phrase form_none_rejected{"scoring.form.none-rejected",
                                           "None: every registration passed.",
                                           "Geen: alle inschrijvingen voldoen."};
inline constexpr Phrase form_page{"scoring.form.page", "Page &P of &N", "Pagina &P van &N"};
inline constexpr Phrase form_weight_in_points{"scoring.form.weight-in-points", "{weight} points",
                                              "{weight} punten"};

// The tie-break at the cut-off, step by step (the ranking's audit trail).
inline constexpr Phrase list_and{"scoring.list-and", "and", "en"};
inline constexpr Phrase tie_at_cut_off_one{
    "scoring.tie.at-cut-off.one", "Tie at the cut-off: {ids} share the total {total} for 1 place.",
    "Gelijke stand op de grens: {ids} hebben hetzelfde totaal {total} voor 1 plaats."};
inline constexpr Phrase tie_at_cut_off_many{
    "scoring.tie.at-cut-off.many",
    "Tie at the cut-off: {ids} share the total {total} for {count} places.",
    "Gelijke stand op de grens: {ids} hebben hetzelfde totaal {total} voor {count} plaatsen."};
inline constexpr Phrase tie_no_step_left{
    "scoring.tie.no-step-left",
    "No tie-break step is left to choose {places} of {ids}: the published rule cannot resolve "
    "this tie.",
    "Er is geen beslisstap meer over om {places} te kiezen uit {ids}: de gepubliceerde regel "
    "beslist deze gelijke stand niet."};
inline constexpr Phrase tie_by_criterion{
    "scoring.tie.by-criterion",
    "Step {step}: criterion '{criterion}', higher consensus score first: {scores}.",
    "Stap {step}: criterium '{criterion}', hoogste consensusscore eerst: {scores}."};
inline constexpr Phrase tie_still_last{
    "scoring.tie.still-tied.last", "Still tied for the last place of {count}: {ids}.",
    "Nog steeds gelijk voor de laatste plaats, met {count}: {ids}."};
inline constexpr Phrase tie_still_places{
    "scoring.tie.still-tied.places", "Still tied for {places} places of {count}: {ids}.",
    "Nog steeds gelijk voor {places} plaatsen, met {count}: {ids}."};
inline constexpr Phrase tie_lots{
    "scoring.tie.lots",
    "Step {step}: drawing of lots with the published seed '{seed}'. Each ticket is the SHA-256 of "
    "the seed, a newline and the candidate id; the lowest ticket wins.",
    "Stap {step}: loting met de gepubliceerde seed '{seed}'. Elk lot is de SHA-256 van de seed, "
    "een regeleinde en het id van de gegadigde; het laagste lot wint."};
inline constexpr Phrase tie_invited{"scoring.tie.invited", "Invited: {ids}.",
                                    "Uitgenodigd: {ids}."};

// The ranking's warnings.
inline constexpr Phrase too_few_one{"scoring.too-few.one",
                                    "only 1 candidate qualifies; the tender's minimum is {minimum}",
                                    "slechts 1 gegadigde komt in aanmerking; het minimum van de "
                                    "aanbesteding is {minimum}"};
inline constexpr Phrase too_few_many{
    "scoring.too-few.many", "only {count} candidates qualify; the tender's minimum is {minimum}",
    "slechts {count} gegadigden komen in aanmerking; het minimum van de aanbesteding is "
    "{minimum}"};
inline constexpr Phrase scores_missing_one{
    "scoring.scores-missing.one",
    "1 score is missing: no candidate is selected until every score is in",
    "1 score ontbreekt: er wordt geen gegadigde geselecteerd voordat alle scores binnen zijn"};
inline constexpr Phrase scores_missing_many{
    "scoring.scores-missing.many",
    "{count} scores are missing: no candidate is selected until every score is in",
    "{count} scores ontbreken: er wordt geen gegadigde geselecteerd voordat alle scores binnen "
    "zijn"};

inline constexpr const Phrase* catalogue[] = {
    &form_instructions_sheet,
    &form_not_admitted_sheet,
    &form_form_title,
    &form_tender,
    &form_evaluator,
    &form_scale,
    &form_weighting,
    &form_percentages,
    &form_points,
    &form_version,
    &form_how_to,
    &form_steps_1,
    &form_steps_2,
    &form_steps_3,
    &form_steps_4,
    &form_steps_5,
    &form_steps_6,
    &form_criteria,
    &form_id,
    &form_criterion,
    &form_weight_percent,
    &form_weight_points,
    &form_score,
    &form_guidance,
    &form_no_guidance,
    &form_filled,
    &form_of,
    &form_scores_hint,
    &form_candidate,
    &form_motivation,
    &form_not_admitted_title,
    &form_not_admitted_intro,
    &form_name,
    &form_reason,
    &form_none_rejected,
    &form_page,
    &form_weight_in_points,
    &list_and,
    &tie_at_cut_off_one,
    &tie_at_cut_off_many,
    &tie_no_step_left,
    &tie_by_criterion,
    &tie_still_last,
    &tie_still_places,
    &tie_lots,
    &tie_invited,
    &too_few_one,
    &too_few_many,
    &scores_missing_one,
    &scores_missing_many,
};

}  // namespace tenderkit::scoring::words
