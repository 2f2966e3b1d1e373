// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of `tender-score`'s commands themselves: what forms and collect report as they go,
/// the entries of a folder they skip, and their usage and input errors (core/wording.hpp explains
/// the catalogue).
namespace tenderkit::commands::score_words {

using wording::Phrase;

inline constexpr Phrase heading{"commands.score.heading", "tender {id}: {title}",
                                "aanbesteding {id}: {title}"};
inline constexpr Phrase skipped{"commands.score.skipped",
                                "warning: skipped, not read: {path} ({reason})",
                                "waarschuwing: overgeslagen, niet gelezen: {path} ({reason})"};

// forms
inline constexpr Phrase forms_candidates_one{"commands.score.forms.candidates.one",
                                             "1 candidate to score, {rejected} not admitted",
                                             "1 gegadigde te beoordelen, {rejected} niet "
                                             "toegelaten"};
inline constexpr Phrase forms_candidates_many{
    "commands.score.forms.candidates.many", "{count} candidates to score, {rejected} not admitted",
    "{count} gegadigden te beoordelen, {rejected} niet toegelaten"};
inline constexpr Phrase forms_not_admitted{"commands.score.forms.not-admitted",
                                           "not admitted: {id} ({reason})",
                                           "niet toegelaten: {id} ({reason})"};
inline constexpr Phrase forms_wrote_form{"commands.score.forms.wrote-form",
                                         "wrote {file} (form of evaluator {id})",
                                         "{file} geschreven (formulier van beoordelaar {id})"};
inline constexpr Phrase forms_replaced_form{"commands.score.forms.replaced-form",
                                            "replaced {file} (form of evaluator {id})",
                                            "{file} vervangen (formulier van beoordelaar {id})"};
inline constexpr Phrase forms_wrote_template{
    "commands.score.forms.wrote-template",
    "wrote {file} (scores template for CSV and hand-written scores)",
    "{file} geschreven (scoresjabloon voor CSV en met de hand geschreven scores)"};
inline constexpr Phrase forms_replaced_template{
    "commands.score.forms.replaced-template",
    "replaced {file} (scores template for CSV and hand-written scores)",
    "{file} vervangen (scoresjabloon voor CSV en met de hand geschreven scores)"};
inline constexpr Phrase forms_version{"commands.score.forms.version", "form version {version}",
                                      "formulierversie {version}"};

// collect's progress report
inline constexpr Phrase collect_totals{
    "commands.score.collect.totals",
    "{candidates} candidates x {criteria} criteria x {evaluators} evaluators: {given} of "
    "{expected} scores in",
    "{candidates} gegadigden x {criteria} criteria x {evaluators} beoordelaars: {given} van "
    "{expected} scores binnen"};
inline constexpr Phrase collect_forms_in{"commands.score.collect.forms-in",
                                         "forms in: {in} of {count}",
                                         "formulieren binnen: {in} van {count}"};
inline constexpr Phrase collect_evaluator_in{
    "commands.score.collect.evaluator-in", "{evaluator}: in, {given} of {expected} scores ({file})",
    "{evaluator}: binnen, {given} van {expected} scores ({file})"};
inline constexpr Phrase collect_evaluator_not_in{"commands.score.collect.evaluator-not-in",
                                                 "{evaluator}: not in", "{evaluator}: niet binnen"};
inline constexpr Phrase collect_missing_heading{"commands.score.collect.missing-heading",
                                                "missing scores:", "ontbrekende scores:"};
inline constexpr Phrase collect_missing_all{"commands.score.collect.missing-all",
                                            "{evaluator}: all {count} (no form)",
                                            "{evaluator}: alle {count} (geen formulier)"};
inline constexpr Phrase collect_wrote_standard_output{
    "commands.score.collect.wrote-standard-output", "wrote the scores file to standard output",
    "scorebestand naar de standaarduitvoer geschreven"};
inline constexpr Phrase collect_wrote{"commands.score.collect.wrote", "wrote {file}",
                                      "{file} geschreven"};
inline constexpr Phrase collect_complete{"commands.score.collect.complete",
                                         "complete: every score is in",
                                         "volledig: alle scores zijn binnen"};
inline constexpr Phrase collect_incomplete_one{"commands.score.collect.incomplete.one",
                                               "incomplete: 1 score missing",
                                               "onvolledig: 1 score ontbreekt"};
inline constexpr Phrase collect_incomplete_many{"commands.score.collect.incomplete.many",
                                                "incomplete: {count} scores missing",
                                                "onvolledig: {count} scores ontbreken"};

inline constexpr Phrase form_extensions{"commands.score.form-extensions", ".xlsx, .csv or .toml",
                                        ".xlsx, .csv of .toml"};

// errors
inline constexpr Phrase no_scores_file{"commands.score.no-scores-file", "no scores file given",
                                       "geen scorebestand opgegeven"};
inline constexpr Phrase no_scores_output{"commands.score.no-scores-output",
                                         "no scores file given (-o SCORES)",
                                         "geen scorebestand opgegeven (-o SCORES)"};
inline constexpr Phrase no_forms_given{"commands.score.no-forms-given", "no forms given",
                                       "geen formulieren opgegeven"};
inline constexpr Phrase no_forms_folder{"commands.score.no-forms-folder",
                                        "no folder for the forms given (--dir DIR)",
                                        "geen map voor de formulieren opgegeven (--dir DIR)"};
inline constexpr Phrase cannot_read_directory{"commands.score.cannot-read-directory",
                                              "cannot read directory: {reason}",
                                              "kan de map niet lezen: {reason}"};
inline constexpr Phrase directory_without_forms{"commands.score.directory-without-forms",
                                                "the directory holds no forms ({extensions})",
                                                "de map bevat geen formulieren ({extensions})"};
inline constexpr Phrase nothing_to_rank{"commands.score.nothing-to-rank",
                                        "the tender has no [preselection] section: nothing to rank",
                                        "de aanbesteding heeft geen [preselection]-sectie: er is "
                                        "niets te rangschikken"};
inline constexpr Phrase nothing_to_collect{
    "commands.score.nothing-to-collect",
    "the tender has no [preselection] section: nothing to collect",
    "de aanbesteding heeft geen [preselection]-sectie: er is niets te verzamelen"};
inline constexpr Phrase nothing_to_score{
    "commands.score.nothing-to-score",
    "the tender has no [preselection] section: there is nothing to score",
    "de aanbesteding heeft geen [preselection]-sectie: er is niets te beoordelen"};
inline constexpr Phrase add_preselection{
    "commands.score.add-preselection",
    "add [preselection] with the scale, criteria, evaluators and max_candidates "
    "(docs/input-format.md)",
    "voeg [preselection] toe met de schaal, de criteria, de beoordelaars en max_candidates "
    "(docs/input-format.md)"};
inline constexpr Phrase no_candidate{
    "commands.score.no-candidate",
    "no registration passes tender-check: there is no candidate to score",
    "geen inschrijving doorstaat tender-check: er is geen gegadigde te beoordelen"};
inline constexpr Phrase run_tender_check{"commands.score.run-tender-check",
                                         "run tender-check on the same files to see why",
                                         "voer tender-check uit op dezelfde bestanden om te zien "
                                         "waarom"};

inline constexpr const Phrase* catalogue[] = {
    &heading,
    &skipped,
    &forms_candidates_one,
    &forms_candidates_many,
    &forms_not_admitted,
    &forms_wrote_form,
    &forms_replaced_form,
    &forms_wrote_template,
    &forms_replaced_template,
    &forms_version,
    &collect_totals,
    &collect_forms_in,
    &collect_evaluator_in,
    &collect_evaluator_not_in,
    &collect_missing_heading,
    &collect_missing_all,
    &collect_wrote_standard_output,
    &collect_wrote,
    &collect_complete,
    &collect_incomplete_one,
    &collect_incomplete_many,
    &no_scores_file,
    &no_scores_output,
    &no_forms_given,
    &no_forms_folder,
    &cannot_read_directory,
    &directory_without_forms,
    &form_extensions,
    &nothing_to_rank,
    &nothing_to_collect,
    &nothing_to_score,
    &add_preselection,
    &no_candidate,
    &run_tender_check,
};

}  // namespace tenderkit::commands::score_words
