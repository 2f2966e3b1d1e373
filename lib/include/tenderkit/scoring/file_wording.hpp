// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words scoring uses about the files it reads: scores, consensus, returned forms
/// (core/wording.hpp explains the catalogue).
namespace tenderkit::scoring::file_words {

using wording::Phrase;

inline constexpr Phrase score_lacks_score{
    "scoring.score-lacks-score", "the score lacks its 'score'", "bij de score ontbreekt 'score'"};
inline constexpr Phrase candidate_twice{"scoring.candidate-twice",
                                        "candidate '{id}' is listed twice",
                                        "gegadigde '{id}' staat er twee keer"};
inline constexpr Phrase no_candidates{
    "scoring.no-candidates",
    "the scores file lists no candidates; add the [[candidate]] list the forms were made for",
    "het scorebestand noemt geen gegadigden; voeg de [[candidate]]-lijst toe waarvoor de "
    "formulieren zijn gemaakt"};
inline constexpr Phrase unknown_evaluator{"scoring.unknown-evaluator", "unknown evaluator '{id}'",
                                          "onbekende beoordelaar '{id}'"};
inline constexpr Phrase evaluator_twice{"scoring.evaluator-twice", "evaluator '{id}' appears twice",
                                        "beoordelaar '{id}' komt twee keer voor"};
inline constexpr Phrase first_at{"scoring.first-at", "first at {where}", "eerst op {where}"};
inline constexpr Phrase also_at{"scoring.also-at", "also at {where}", "ook op {where}"};
inline constexpr Phrase also_in{"scoring.also-in", "also in {where}", "ook in {where}"};
inline constexpr Phrase unknown_candidate{"scoring.unknown-candidate", "unknown candidate '{id}'",
                                          "onbekende gegadigde '{id}'"};
inline constexpr Phrase unknown_criterion{"scoring.unknown-criterion", "unknown criterion '{id}'",
                                          "onbekend criterium '{id}'"};
inline constexpr Phrase off_scale{"scoring.off-scale",
                                  "score {score} is not on the scale ({scale})",
                                  "score {score} staat niet op de schaal ({scale})"};
inline constexpr Phrase scored_twice{
    "scoring.scored-twice", "candidate '{candidate}' is scored twice on criterion '{criterion}'",
    "gegadigde '{candidate}' is twee keer gescoord op criterium '{criterion}'"};
inline constexpr Phrase no_preselection{
    "scoring.no-preselection", "the tender has no [preselection] section to score against",
    "de aanbesteding heeft geen [preselection]-sectie om tegen te scoren"};
inline constexpr Phrase is_consensus_file{
    "scoring.is-consensus-file",
    "this is a consensus file (it holds [[consensus]] entries and no [[candidate]] list), not a "
    "scores file",
    "dit is een consensusbestand (het bevat [[consensus]]-regels en geen [[candidate]]-lijst), "
    "geen scorebestand"};
inline constexpr Phrase give_with_consensus{
    "scoring.give-with-consensus",
    "give it to 'tender-score rank' with --consensus; collect does not read consensus files (keep "
    "it outside the folder of the forms)",
    "geef het aan 'tender-score rank' met --consensus; collect leest geen consensusbestanden "
    "(bewaar het buiten de map met formulieren)"};
inline constexpr Phrase scores_other_tender{
    "scoring.scores-other-tender",
    "these scores are for tender '{tender}', but {file} is tender '{actual}'",
    "deze scores zijn voor aanbesteding '{tender}', maar {file} is aanbesteding '{actual}'"};
inline constexpr Phrase other_form_version{
    "scoring.other-form-version",
    "these scores were given on another version of the forms: the tender's preselection or the "
    "candidate list has changed since",
    "deze scores zijn gegeven op een andere versie van de formulieren: de preselectie van de "
    "aanbesteding of de lijst van gegadigden is sindsdien veranderd"};
inline constexpr Phrase make_new_forms{
    "scoring.make-new-forms",
    "make new forms with 'tender-score forms' and have them filled in again",
    "maak nieuwe formulieren met 'tender-score forms' en laat ze opnieuw invullen"};
inline constexpr Phrase is_scores_file{
    "scoring.is-scores-file",
    "this is a scores file, not a consensus file: --consensus takes a file of [[consensus]] "
    "entries only",
    "dit is een scorebestand, geen consensusbestand: --consensus neemt alleen een bestand met "
    "[[consensus]]-regels"};
inline constexpr Phrase scores_as_arguments{
    "scoring.scores-as-arguments",
    "give scores files as arguments after the tender file, and consensus files with --consensus",
    "geef scorebestanden als argumenten na het aanbestedingsbestand, en consensusbestanden met "
    "--consensus"};
inline constexpr Phrase consensus_other_tender{
    "scoring.consensus-other-tender",
    "this consensus is for tender '{tender}', but {file} is tender '{actual}'",
    "deze consensus is voor aanbesteding '{tender}', maar {file} is aanbesteding '{actual}'"};
inline constexpr Phrase consensus_lacks_version{"scoring.consensus-lacks-version",
                                                "the consensus file lacks its 'form_version'",
                                                "in het consensusbestand ontbreekt 'form_version'"};
inline constexpr Phrase add_form_version{
    "scoring.add-form-version",
    "add form_version = \"{version}\", the form version of the scores the committee decided on "
    "(the second line of the scores file)",
    "voeg form_version = \"{version}\" toe, de formulierversie van de scores waarover de commissie "
    "besliste (de tweede regel van het scorebestand)"};
inline constexpr Phrase consensus_other_version{
    "scoring.consensus-other-version",
    "this consensus was decided on another version of the forms than the scores given: the "
    "tender's preselection or the candidate list has changed since",
    "over deze consensus is besloten op een andere versie van de formulieren dan die van de "
    "scores: de preselectie van de aanbesteding of de lijst van gegadigden is sindsdien veranderd"};
inline constexpr Phrase decide_again{
    "scoring.decide-again",
    "the scores are of form version {version}; decide the consensus again on the new scores and "
    "set that form_version",
    "de scores hebben formulierversie {version}; besluit opnieuw over de consensus op de nieuwe "
    "scores en zet die form_version"};
inline constexpr Phrase nothing_to_merge{"scoring.nothing-to-merge", "no scores to merge",
                                         "geen scores om samen te voegen"};
inline constexpr Phrase merge_other_version{
    "scoring.merge-other-version",
    "these scores were given on another version of the forms than the first scores file",
    "deze scores zijn gegeven op een andere versie van de formulieren dan het eerste scorebestand"};
inline constexpr Phrase evaluator_two_files{"scoring.evaluator-two-files",
                                            "evaluator '{id}' has scores in two files",
                                            "beoordelaar '{id}' heeft scores in twee bestanden"};
inline constexpr Phrase consensus_twice{
    "scoring.consensus-twice",
    "the consensus score of '{candidate}' on '{criterion}' is given twice",
    "de consensusscore van '{candidate}' op '{criterion}' staat er twee keer"};

inline constexpr Phrase form_unreadable{"scoring.form-unreadable",
                                        " (not readable as a form of this tender)",
                                        " (niet leesbaar als formulier van deze aanbesteding)"};
inline constexpr Phrase form_empty{"scoring.form-empty", " (no scores filled in)",
                                   " (geen scores ingevuld)"};
inline constexpr Phrase form_holds_one{"scoring.form-holds-one", " (it holds 1 score)",
                                       " (het bevat 1 score)"};
inline constexpr Phrase form_holds{"scoring.form-holds", " (it holds {count} scores)",
                                   " (het bevat {count} scores)"};
inline constexpr Phrase form_filled{"scoring.form-filled",
                                    " (a filled form holding {given} of {expected} scores)",
                                    " (een ingevuld formulier met {given} van {expected} scores)"};

// Collect's refusal to overwrite a scores file that holds more than the new one would.
inline constexpr Phrase move_hint{
    "scoring.move-hint",
    "nothing was written. Keep the committee's decisions in a consensus file and give it to "
    "'tender-score rank --consensus' (docs/tender-score.md, \"The committee's round trip\"); move "
    "what is listed there, or into a form, then collect again; or write the new scores to another "
    "file with -o",
    "er is niets geschreven. Bewaar de besluiten van de commissie in een consensusbestand en geef "
    "dat aan 'tender-score rank --consensus' (docs/tender-score.md, \"The committee's round "
    "trip\"); zet wat hier staat daarin, of in een formulier, en verzamel opnieuw; of schrijf de "
    "nieuwe scores met -o naar een ander bestand"};
inline constexpr Phrase cannot_check{
    "scoring.cannot-check",
    "{file} exists and cannot be read to see what it holds; collect does not replace a file it "
    "cannot check",
    "{file} bestaat en kan niet worden gelezen om te zien wat erin staat; collect vervangt geen "
    "bestand dat het niet kan controleren"};
inline constexpr Phrase write_elsewhere{"scoring.write-elsewhere",
                                        "write the scores to another file with -o",
                                        "schrijf de scores met -o naar een ander bestand"};
inline constexpr Phrase not_a_scores_file{"scoring.not-a-scores-file",
                                          "{file} exists and is not a scores file of tender "
                                          "'{tender}' ({why}); collect does not overwrite it",
                                          "{file} bestaat en is geen scorebestand van aanbesteding "
                                          "'{tender}' ({why}); collect overschrijft het niet"};
inline constexpr Phrase write_elsewhere_or_remove{
    "scoring.write-elsewhere-or-remove",
    "write the scores to another file with -o, or remove that file if it is not needed",
    "schrijf de scores met -o naar een ander bestand, of verwijder dat bestand als het niet nodig "
    "is"};
inline constexpr Phrase names_no_tender{"scoring.names-no-tender", "it names no tender",
                                        "het noemt geen aanbesteding"};
inline constexpr Phrase scores_of_tender{"scoring.scores-of-tender",
                                         "it holds the scores of tender '{tender}'",
                                         "het bevat de scores van aanbesteding '{tender}'"};
inline constexpr Phrase comment_lost{"scoring.comment-lost",
                                     "a comment written by hand would be lost",
                                     "een met de hand geschreven opmerking zou verloren gaan"};
inline constexpr Phrase key_lost{
    "scoring.key-lost", "the key '{key}', which collect does not write, would be lost",
    "de sleutel '{key}', die collect niet schrijft, zou verloren gaan"};
inline constexpr Phrase consensus_lost{
    "scoring.consensus-lost",
    "the consensus score of '{candidate}' on '{criterion}' would be lost: no form or scores file "
    "of this run holds it",
    "de consensusscore van '{candidate}' op '{criterion}' zou verloren gaan: geen formulier of "
    "scorebestand van deze opdracht bevat hem"};
inline constexpr Phrase consensus_value_lost{
    "scoring.consensus-value-lost",
    "the consensus score of '{candidate}' on '{criterion}' ({score}) would be lost: no form or "
    "scores file of this run holds it",
    "de consensusscore van '{candidate}' op '{criterion}' ({score}) zou verloren gaan: geen "
    "formulier of scorebestand van deze opdracht bevat hem"};
inline constexpr Phrase hand_scores_lost_one{
    "scoring.hand-scores-lost-one",
    "the scores of evaluator '{evaluator}' written into this file by hand (1 score) would be lost: "
    "they come from no form of this run",
    "de met de hand in dit bestand geschreven scores van beoordelaar '{evaluator}' (1 score) "
    "zouden verloren gaan: ze komen uit geen formulier van deze opdracht"};
inline constexpr Phrase hand_scores_lost{
    "scoring.hand-scores-lost",
    "the scores of evaluator '{evaluator}' written into this file by hand ({count} scores) would "
    "be lost: they come from no form of this run",
    "de met de hand in dit bestand geschreven scores van beoordelaar '{evaluator}' ({count} "
    "scores) zouden verloren gaan: ze komen uit geen formulier van deze opdracht"};
inline constexpr Phrase hand_changes_lost{
    "scoring.hand-changes-lost",
    "the scores of evaluator '{evaluator}' were changed in this file by hand after collect wrote "
    "them from {source}, which has not changed since: the changes would be lost",
    "de scores van beoordelaar '{evaluator}' zijn in dit bestand met de hand gewijzigd nadat "
    "collect ze uit {source} schreef, dat sindsdien niet is veranderd: de wijzigingen zouden "
    "verloren gaan"};
inline constexpr Phrase holds_hand_work{
    "scoring.holds-hand-work",
    "{file} holds what was written into it by hand, which the new scores file would not hold; "
    "collect does not overwrite it",
    "{file} bevat wat er met de hand in is geschreven en wat het nieuwe scorebestand niet zou "
    "bevatten; collect overschrijft het niet"};
inline constexpr Phrase unknown_column{"scoring.unknown-column", "unknown column '{column}'",
                                       "onbekende kolom '{column}'"};
inline constexpr Phrase column_twice{"scoring.column-twice", "the column '{column}' is given twice",
                                     "de kolom '{column}' staat er twee keer"};

inline constexpr Phrase score_key{"scoring.score-key", "'score'", "'score'"};

inline constexpr const Phrase* catalogue[] = {
    &score_lacks_score,
    &candidate_twice,
    &no_candidates,
    &unknown_evaluator,
    &evaluator_twice,
    &first_at,
    &also_at,
    &also_in,
    &unknown_candidate,
    &unknown_criterion,
    &off_scale,
    &scored_twice,
    &no_preselection,
    &is_consensus_file,
    &give_with_consensus,
    &scores_other_tender,
    &other_form_version,
    &make_new_forms,
    &is_scores_file,
    &scores_as_arguments,
    &consensus_other_tender,
    &consensus_lacks_version,
    &add_form_version,
    &consensus_other_version,
    &decide_again,
    &nothing_to_merge,
    &merge_other_version,
    &evaluator_two_files,
    &consensus_twice,
    &form_unreadable,
    &form_empty,
    &form_holds_one,
    &form_holds,
    &form_filled,
    &move_hint,
    &cannot_check,
    &write_elsewhere,
    &not_a_scores_file,
    &write_elsewhere_or_remove,
    &names_no_tender,
    &scores_of_tender,
    &comment_lost,
    &key_lost,
    &consensus_lost,
    &consensus_value_lost,
    &hand_scores_lost_one,
    &hand_scores_lost,
    &hand_changes_lost,
    &holds_hand_work,
    &unknown_column,
    &column_twice,
    &score_key,
};

}  // namespace tenderkit::scoring::file_words
