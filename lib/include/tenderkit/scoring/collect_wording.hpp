// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of collect's form readers (workbook, CSV) and of collect itself: the problems of a
/// returned form and their hints (core/wording.hpp explains the catalogue).
namespace tenderkit::scoring::collect_words {

using wording::Phrase;

// The hidden sheet of a workbook form.
inline constexpr Phrase damaged{"scoring.collect.damaged",
                                "the form's hidden sheet is damaged: {problem}",
                                "het verborgen blad van het formulier is beschadigd: {problem}"};
inline constexpr Phrase new_form_hint{
    "scoring.collect.new-form-hint",
    "make a new form with 'tender-score forms' and copy the scores into it",
    "maak een nieuw formulier met 'tender-score forms' en neem de scores erin over"};
inline constexpr Phrase meta_twice{"scoring.collect.meta-twice", "'{key}' is given twice",
                                   "'{key}' staat er twee keer"};
inline constexpr Phrase meta_candidate_without_id{"scoring.collect.meta-candidate-without-id",
                                                  "a candidate without an id",
                                                  "een gegadigde zonder id"};
inline constexpr Phrase meta_candidate_no_row{"scoring.collect.meta-candidate-no-row",
                                              "candidate '{id}' has no valid row number",
                                              "gegadigde '{id}' heeft geen geldig rijnummer"};
inline constexpr Phrase meta_candidate_twice{"scoring.collect.meta-candidate-twice",
                                             "candidate '{id}' is listed twice",
                                             "gegadigde '{id}' staat er twee keer"};
inline constexpr Phrase meta_criterion_without_id{"scoring.collect.meta-criterion-without-id",
                                                  "a criterion without an id",
                                                  "een criterium zonder id"};
inline constexpr Phrase meta_criterion_no_column{"scoring.collect.meta-criterion-no-column",
                                                 "criterion '{id}' has no valid column",
                                                 "criterium '{id}' heeft geen geldige kolom"};
inline constexpr Phrase meta_no_criterion_column{"scoring.collect.meta-no-criterion-column",
                                                 "it has no column for criterion '{id}'",
                                                 "het heeft geen kolom voor criterium '{id}'"};
inline constexpr Phrase new_forms_hint{
    "scoring.collect.new-forms-hint",
    "make new forms with 'tender-score forms' and have them filled in again, or collect with the "
    "tender file the forms were made from",
    "maak nieuwe formulieren met 'tender-score forms' en laat ze opnieuw invullen, of verzamel met "
    "het aanbestedingsbestand waarvoor de formulieren zijn gemaakt"};
inline constexpr Phrase other_format{"scoring.collect.other-format",
                                     "the form has format '{format}'; this tenderkit reads "
                                     "'{expected}'",
                                     "het formulier heeft formaat '{format}'; deze tenderkit leest "
                                     "'{expected}'"};
inline constexpr Phrase no_format{
    "scoring.collect.no-format",
    "the form's hidden sheet has no 'format' row: not a tenderkit score form",
    "het verborgen blad van het formulier heeft geen rij 'format': geen scoreformulier van "
    "tenderkit"};
inline constexpr Phrase fill_current_form{
    "scoring.collect.fill-current-form",
    "fill in a form made by this version of 'tender-score forms'",
    "vul een formulier in dat deze versie van 'tender-score forms' heeft gemaakt"};
inline constexpr Phrase other_tender{
    "scoring.collect.other-tender",
    "this form is for tender '{tender}', but {file} is tender '{actual}'",
    "dit formulier is voor aanbesteding '{tender}', maar {file} is aanbesteding '{actual}'"};
inline constexpr Phrase collect_per_tender{
    "scoring.collect.per-tender", "collect the forms of each tender with its own tender file",
    "verzamel de formulieren van elke aanbesteding met het eigen aanbestedingsbestand"};
inline constexpr Phrase not_an_evaluator{
    "scoring.collect.not-an-evaluator",
    "the form is for evaluator '{evaluator}', who is not an evaluator of tender '{tender}'",
    "het formulier is voor beoordelaar '{evaluator}', die geen beoordelaar is van aanbesteding "
    "'{tender}'"};
inline constexpr Phrase other_tender_version{
    "scoring.collect.other-tender-version",
    "this form was made for another version of tender '{tender}': the preselection (scale, "
    "criteria, weights or evaluators) in {file} has changed since",
    "dit formulier is gemaakt voor een andere versie van aanbesteding '{tender}': de preselectie "
    "(schaal, criteria, gewichten of beoordelaars) in {file} is sindsdien veranderd"};
inline constexpr Phrase candidate_list_changed{
    "scoring.collect.candidate-list-changed",
    "the form's hidden candidate list does not match its form version: the hidden sheet was "
    "changed",
    "de verborgen lijst van gegadigden past niet bij de formulierversie: het verborgen blad is "
    "gewijzigd"};

// A score and its motivation.
inline constexpr Phrase not_a_number{
    "scoring.collect.not-a-number",
    "the score of candidate '{candidate}' on criterion '{criterion}' is '{score}', which is not a "
    "number",
    "de score van gegadigde '{candidate}' op criterium '{criterion}' is '{score}', en dat is geen "
    "getal"};
inline constexpr Phrase give_from_scale{"scoring.collect.give-from-scale",
                                        "give one of the scale: {scale}",
                                        "geef een waarde van de schaal: {scale}"};
inline constexpr Phrase score_off_scale{
    "scoring.collect.score-off-scale",
    "score {score} of candidate '{candidate}' on criterion '{criterion}' is not on the scale "
    "({scale})",
    "score {score} van gegadigde '{candidate}' op criterium '{criterion}' staat niet op de schaal "
    "({scale})"};
inline constexpr Phrase motivation_error_value{
    "scoring.collect.motivation-error-value",
    "the motivation of candidate '{candidate}' on criterion '{criterion}' holds the error value "
    "'{value}'",
    "de motivering van gegadigde '{candidate}' op criterium '{criterion}' bevat de foutwaarde "
    "'{value}'"};
inline constexpr Phrase motivation_formula_hint{
    "scoring.collect.motivation-formula-hint",
    "a motivation that starts with '=' is read as a formula: start it with an apostrophe, or "
    "rephrase it",
    "een motivering die met '=' begint, wordt als formule gelezen: begin met een apostrof of "
    "formuleer het anders"};
inline constexpr Phrase no_motivation{
    "scoring.collect.no-motivation",
    "score {score} of candidate '{candidate}' on criterion '{criterion}' has no motivation",
    "score {score} van gegadigde '{candidate}' op criterium '{criterion}' heeft geen motivering"};
inline constexpr Phrase write_motivation_in{"scoring.collect.write-motivation-in",
                                            "write the motivation in {cell}",
                                            "schrijf de motivering in {cell}"};
inline constexpr Phrase write_motivation_column{"scoring.collect.write-motivation-column",
                                                "write the motivation in the motivation column",
                                                "schrijf de motivering in de kolom motivation"};

// The workbook form.
inline constexpr Phrase no_metadata_sheet{
    "scoring.collect.no-metadata-sheet",
    "not a tenderkit score form: the workbook has no sheet '{sheet}'",
    "geen scoreformulier van tenderkit: de werkmap heeft geen blad '{sheet}'"};
inline constexpr Phrase no_metadata_hint{
    "scoring.collect.no-metadata-hint",
    "fill in a form made by 'tender-score forms', or give the scores as CSV or TOML",
    "vul een formulier in dat 'tender-score forms' heeft gemaakt, of geef de scores als CSV of "
    "TOML"};
inline constexpr Phrase no_scores_sheet{
    "scoring.collect.no-scores-sheet",
    "the form has no sheet '{sheet}': was it renamed or deleted?",
    "het formulier heeft geen blad '{sheet}': is het hernoemd "
    "of verwijderd?"};
inline constexpr Phrase name_sheet_again{"scoring.collect.name-sheet-again",
                                         "name the scoring sheet '{sheet}' again",
                                         "geef het scoreblad weer de naam '{sheet}'"};
inline constexpr Phrase candidate_moved{
    "scoring.collect.candidate-moved",
    "the form expects candidate '{expected}' in this cell, but it holds '{actual}'",
    "het formulier verwacht gegadigde '{expected}' in deze cel, maar er staat '{actual}'"};
inline constexpr Phrase rows_moved_hint{
    "scoring.collect.rows-moved-hint",
    "were rows sorted or moved? Undo that, or copy the scores into a new form",
    "zijn er rijen gesorteerd of verplaatst? Maak dat ongedaan, of neem de scores over in een "
    "nieuw formulier"};

// The CSV form.
inline constexpr Phrase csv_text_after_quote{"scoring.collect.csv-text-after-quote",
                                             "text after the closing quote of a field",
                                             "tekst na het sluitende aanhalingsteken van een veld"};
inline constexpr Phrase csv_quote_inside{"scoring.collect.csv-quote-inside",
                                         "a quote inside a field that does not start with one",
                                         "een aanhalingsteken in een veld dat er niet mee begint"};
inline constexpr Phrase csv_quote_hint{
    "scoring.collect.csv-quote-hint",
    "put the whole field in double quotes and double every quote inside it",
    "zet het hele veld tussen dubbele aanhalingstekens en verdubbel elk aanhalingsteken erin"};
inline constexpr Phrase csv_unclosed{"scoring.collect.csv-unclosed", "a quoted field is not closed",
                                     "een veld tussen aanhalingstekens is niet gesloten"};
inline constexpr Phrase csv_unclosed_hint{"scoring.collect.csv-unclosed-hint",
                                          "end the field with a double quote",
                                          "sluit het veld af met een dubbel aanhalingsteken"};
inline constexpr Phrase csv_header_hint{
    "scoring.collect.csv-header-hint",
    "the header is: evaluator,candidate,criterion,score,motivation",
    "de kopregel is: evaluator,candidate,criterion,score,motivation"};
inline constexpr Phrase csv_empty{"scoring.collect.csv-empty", "the CSV file is empty",
                                  "het CSV-bestand is leeg"};
inline constexpr Phrase csv_lacks_column{"scoring.collect.csv-lacks-column",
                                         "the header lacks the column '{column}'",
                                         "de kopregel mist de kolom '{column}'"};
inline constexpr Phrase csv_field_count{"scoring.collect.csv-field-count",
                                        "this row has {fields} fields, the header {header}",
                                        "deze regel heeft {fields} velden, de kopregel {header}"};
inline constexpr Phrase csv_field_count_hint{
    "scoring.collect.csv-field-count-hint",
    "put a motivation that holds the delimiter or a line break in double quotes",
    "zet een motivering met het scheidingsteken of een regeleinde tussen dubbele "
    "aanhalingstekens"};
inline constexpr Phrase evaluator_missing{"scoring.collect.evaluator-missing",
                                          "the evaluator is missing", "de beoordelaar ontbreekt"};
inline constexpr Phrase candidate_missing{"scoring.collect.candidate-missing",
                                          "the candidate is missing", "de gegadigde ontbreekt"};
inline constexpr Phrase criterion_missing{"scoring.collect.criterion-missing",
                                          "the criterion is missing", "het criterium ontbreekt"};
inline constexpr Phrase csv_scored_twice{
    "scoring.collect.csv-scored-twice",
    "evaluator '{evaluator}' scores candidate '{candidate}' on criterion '{criterion}' twice",
    "beoordelaar '{evaluator}' scoort gegadigde '{candidate}' twee keer op criterium "
    "'{criterion}'"};
inline constexpr Phrase first_score_on_line{"scoring.collect.first-score-on-line",
                                            "the first score is on line {line}",
                                            "de eerste score staat op regel {line}"};

// collect over all forms.
inline constexpr Phrase tender_no_preselection{
    "scoring.collect.tender-no-preselection",
    "tender '{id}' has no [preselection] section to score against",
    "aanbesteding '{id}' heeft geen [preselection]-sectie om tegen te scoren"};
inline constexpr Phrase no_forms_to_collect{"scoring.collect.no-forms", "no forms to collect",
                                            "geen formulieren om te verzamelen"};
inline constexpr Phrase cannot_read_kind{"scoring.collect.cannot-read-kind",
                                         "cannot read '{kind}' forms",
                                         "kan geen '{kind}'-formulieren lezen"};
inline constexpr Phrase save_as_xlsx{"scoring.collect.save-as-xlsx",
                                     "save the form as an Excel workbook (.xlsx)",
                                     "bewaar het formulier als Excel-werkmap (.xlsx)"};
inline constexpr Phrase give_forms_as{
    "scoring.collect.give-forms-as",
    "give the filled forms as .xlsx, or the scores as .csv or .toml",
    "geef de ingevulde formulieren als .xlsx, of de scores als .csv of .toml"};
inline constexpr Phrase other_candidate_list{
    "scoring.collect.other-candidate-list",
    "this form was made for another candidate list than {file}",
    "dit formulier is gemaakt voor een andere lijst van gegadigden dan {file}"};
inline constexpr Phrase other_candidate_list_hint{
    "scoring.collect.other-candidate-list-hint",
    "the registrations changed between two runs of 'tender-score forms': have the forms of the "
    "last run filled in",
    "de inschrijvingen zijn veranderd tussen twee runs van 'tender-score forms': laat de "
    "formulieren van de laatste run invullen"};
inline constexpr Phrase csv_without_candidates{
    "scoring.collect.csv-without-candidates",
    "a CSV form does not say which candidates the forms were made for",
    "een CSV-formulier zegt niet voor welke gegadigden de formulieren zijn gemaakt"};
inline constexpr Phrase csv_without_candidates_hint{
    "scoring.collect.csv-without-candidates-hint",
    "give it together with a filled workbook or with the scores template "
    "'<tender>-scores-template.toml' that 'tender-score forms' wrote",
    "geef het samen met een ingevulde werkmap of met het scoresjabloon "
    "'<tender>-scores-template.toml' dat 'tender-score forms' schreef"};
inline constexpr Phrase collected_given_too{
    "scoring.collect.collected-given-too",
    "{file} is a scores file that an earlier collect wrote: it holds the scores of evaluator "
    "'{evaluator}' from {from}, which is given too",
    "{file} is een scorebestand dat een eerdere collect schreef: het bevat de scores van "
    "beoordelaar '{evaluator}' uit {from}, dat ook is opgegeven"};
inline constexpr Phrase collected_given_again{
    "scoring.collect.collected-given-again",
    "{file} is a scores file that an earlier collect wrote: it holds the scores of evaluator "
    "'{evaluator}' from {from}, and {other} gives them again",
    "{file} is een scorebestand dat een eerdere collect schreef: het bevat de scores van "
    "beoordelaar '{evaluator}' uit {from}, en {other} geeft ze opnieuw"};
inline constexpr Phrase collected_hint{
    "scoring.collect.collected-hint",
    "collect reads the forms afresh each time: give the forms, not {file}. The committee's "
    "consensus belongs in a consensus file for 'tender-score rank --consensus' "
    "(docs/tender-score.md, \"The committee's round trip\")",
    "collect leest de formulieren elke keer opnieuw: geef de formulieren, niet {file}. De "
    "consensus van de commissie hoort in een consensusbestand voor 'tender-score rank "
    "--consensus' (docs/tender-score.md, \"The committee's round trip\")"};
inline constexpr Phrase form_twice{"scoring.collect.form-twice",
                                   "the form of evaluator '{evaluator}' is given twice",
                                   "het formulier van beoordelaar '{evaluator}' is twee keer "
                                   "opgegeven"};
inline constexpr Phrase two_forms{
    "scoring.collect.two-forms", "evaluator '{evaluator}' returned two forms: {first} and {second}",
    "beoordelaar '{evaluator}' leverde twee formulieren in: {first} "
    "en {second}"};
inline constexpr Phrase give_form_once{
    "scoring.collect.give-form-once",
    "give each evaluator's form once: leave out the one that does not count",
    "geef het formulier van elke beoordelaar één keer: laat het formulier weg dat niet telt"};
inline constexpr Phrase consensus_twice{
    "scoring.collect.consensus-twice",
    "the consensus score of '{candidate}' on '{criterion}' is given twice",
    "de consensusscore van '{candidate}' op '{criterion}' is twee keer opgegeven"};

inline constexpr const Phrase* catalogue[] = {
    &damaged,
    &new_form_hint,
    &meta_twice,
    &meta_candidate_without_id,
    &meta_candidate_no_row,
    &meta_candidate_twice,
    &meta_criterion_without_id,
    &meta_criterion_no_column,
    &meta_no_criterion_column,
    &new_forms_hint,
    &other_format,
    &no_format,
    &fill_current_form,
    &other_tender,
    &collect_per_tender,
    &not_an_evaluator,
    &other_tender_version,
    &candidate_list_changed,
    &not_a_number,
    &give_from_scale,
    &score_off_scale,
    &motivation_error_value,
    &motivation_formula_hint,
    &no_motivation,
    &write_motivation_in,
    &write_motivation_column,
    &no_metadata_sheet,
    &no_metadata_hint,
    &no_scores_sheet,
    &name_sheet_again,
    &candidate_moved,
    &rows_moved_hint,
    &csv_text_after_quote,
    &csv_quote_inside,
    &csv_quote_hint,
    &csv_unclosed,
    &csv_unclosed_hint,
    &csv_header_hint,
    &csv_empty,
    &csv_lacks_column,
    &csv_field_count,
    &csv_field_count_hint,
    &evaluator_missing,
    &candidate_missing,
    &criterion_missing,
    &csv_scored_twice,
    &first_score_on_line,
    &tender_no_preselection,
    &no_forms_to_collect,
    &cannot_read_kind,
    &save_as_xlsx,
    &give_forms_as,
    &other_candidate_list,
    &other_candidate_list_hint,
    &csv_without_candidates,
    &csv_without_candidates_hint,
    &collected_given_too,
    &collected_given_again,
    &collected_hint,
    &form_twice,
    &two_forms,
    &give_form_once,
    &consensus_twice,
};

}  // namespace tenderkit::scoring::collect_words
