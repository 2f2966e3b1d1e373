// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of `tender-score rank`'s reports: text and Markdown (the JSON holds the same texts).
/// The workbook's labels are in report/wording.hpp (`rw_*`), which these reports also use for
/// the labels they share with it (core/wording.hpp explains the catalogue).
namespace tenderkit::report::ranking_words {

using wording::Phrase;

// Shared by text and Markdown.
inline constexpr Phrase heading{"report.ranking.heading", "tender {id}: {title}",
                                "aanbesteding {id}: {title}"};
inline constexpr Phrase percent{"report.ranking.percent", "percent", "procenten"};
inline constexpr Phrase points{"report.ranking.points", "points", "punten"};
inline constexpr Phrase method_mean{"report.ranking.method-mean", "mean", "gemiddelde"};
inline constexpr Phrase method_median{"report.ranking.method-median", "median", "mediaan"};
inline constexpr Phrase method_explicit{"report.ranking.method-explicit", "explicit", "expliciet"};
inline constexpr Phrase tie_order_none{"report.ranking.tie-order-none", "none published",
                                       "geen gepubliceerd"};
inline constexpr Phrase tie_order_criterion{"report.ranking.tie-order-criterion",
                                            "criterion '{id}'", "criterium '{id}'"};
inline constexpr Phrase tie_order_lots{"report.ranking.tie-order-lots", "a drawing of lots",
                                       "loting"};
inline constexpr Phrase tie_order_then{"report.ranking.tie-order-then", "{first}, then {next}",
                                       "{first}, dan {next}"};
inline constexpr Phrase yes{"report.ranking.yes", "yes", "ja"};
inline constexpr Phrase no{"report.ranking.no", "no", "nee"};
inline constexpr Phrase undecided{"report.ranking.undecided", "undecided", "onbeslist"};
inline constexpr Phrase missing{"report.ranking.missing", "missing", "ontbreekt"};
inline constexpr Phrase committee_owner{"report.ranking.committee-owner",
                                        "committee (explicit consensus)",
                                        "commissie (expliciete consensus)"};
inline constexpr Phrase invited_one{"report.ranking.invited.one",
                                    "{selected} of 1 candidate invited",
                                    "{selected} van 1 gegadigde uitgenodigd"};
inline constexpr Phrase invited_many{"report.ranking.invited.many",
                                     "{selected} of {count} candidates invited",
                                     "{selected} van {count} gegadigden uitgenodigd"};
inline constexpr Phrase result_complete{"report.ranking.result-complete", "complete: {invited}",
                                        "volledig: {invited}"};
inline constexpr Phrase result_incomplete{"report.ranking.result-incomplete",
                                          "INCOMPLETE: {reasons}; {invited}",
                                          "ONVOLLEDIG: {reasons}; {invited}"};
inline constexpr Phrase result_incomplete_both{"report.ranking.result-incomplete-both",
                                               "INCOMPLETE: {missing}; {tie}; {invited}",
                                               "ONVOLLEDIG: {missing}; {tie}; {invited}"};
inline constexpr Phrase missing_one{"report.ranking.missing.one", "1 score missing",
                                    "1 score ontbreekt"};
inline constexpr Phrase missing_many{"report.ranking.missing.many", "{count} scores missing",
                                     "{count} scores ontbreken"};
inline constexpr Phrase unresolved_tie{
    "report.ranking.unresolved-tie", "a tie at the cut-off that the published rule cannot resolve",
    "een gelijke stand op de grens die de gepubliceerde regel niet beslist"};

// The text report.
inline constexpr Phrase criteria_line{
    "report.ranking.criteria-line",
    "criteria: {count} on the scale {scale}; weights in {unit} (highest total {total})",
    "criteria: {count} op de schaal {scale}; gewichten in {unit} (hoogste totaal {total})"};
inline constexpr Phrase consensus_explicit{"report.ranking.consensus-explicit",
                                           "consensus: explicit scores of the committee",
                                           "consensus: expliciete scores van de commissie"};
inline constexpr Phrase consensus_of_one{"report.ranking.consensus-of.one",
                                         "consensus: {method} of 1 evaluator",
                                         "consensus: {method} van 1 beoordelaar"};
inline constexpr Phrase consensus_of_many{"report.ranking.consensus-of.many",
                                          "consensus: {method} of {count} evaluators",
                                          "consensus: {method} van {count} beoordelaars"};
inline constexpr Phrase spreads_flagged{"report.ranking.spreads-flagged",
                                        "{consensus}; spreads above {threshold} flagged",
                                        "{consensus}; spreiding boven {threshold} gemarkeerd"};
inline constexpr Phrase invite_line{
    "report.ranking.invite-line",
    "invite at most {max}, at least {min}; ties at the cut-off: {order}",
    "ten hoogste {max} uitnodigen, ten minste {min}; gelijke stand op de grens: {order}"};
inline constexpr Phrase ranking_heading{"report.ranking.ranking-heading", "ranking", "rangorde"};
inline constexpr Phrase column_rank{"report.ranking.column.rank", "rank", "rang"};
inline constexpr Phrase column_total{"report.ranking.column.total", "total", "totaal"};
inline constexpr Phrase column_invited{"report.ranking.column.invited", "invited", "uitgenodigd"};
inline constexpr Phrase column_margin{"report.ranking.column.margin", "margin", "marge"};
inline constexpr Phrase column_candidate{"report.ranking.column.candidate", "candidate",
                                         "gegadigde"};
inline constexpr Phrase cut_off_line{"report.ranking.cut-off-line",
                                     "cut-off: {total}, the total of the last invited candidate",
                                     "grens: {total}, het totaal van de laatst uitgenodigde "
                                     "gegadigde"};
inline constexpr Phrase precision_line{
    "report.ranking.precision-line",
    "totals and margins with {places} decimals: some totals differ only beyond the {default}th",
    "totalen en marges met {places} decimalen: sommige totalen verschillen pas na de {default}e"};
inline constexpr Phrase scores_heading{"report.ranking.scores-heading", "scores", "scores"};
inline constexpr Phrase candidate_ranked{"report.ranking.candidate-ranked",
                                         "{candidate}, total {total}, rank {rank}",
                                         "{candidate}, totaal {total}, rang {rank}"};
inline constexpr Phrase candidate_invited{"report.ranking.candidate-invited",
                                          "{candidate}, total {total}, rank {rank}, {invited}",
                                          "{candidate}, totaal {total}, rang {rank}, {invited}"};
inline constexpr Phrase candidate_unranked{"report.ranking.candidate-unranked",
                                           "{candidate}, no total yet",
                                           "{candidate}, nog geen totaal"};
inline constexpr Phrase invited_word{"report.ranking.invited-word", "invited", "uitgenodigd"};
inline constexpr Phrase criterion_weight{"report.ranking.criterion-weight",
                                         "{criterion} (weight {weight})",
                                         "{criterion} (gewicht {weight})"};
inline constexpr Phrase consensus_value{
    "report.ranking.consensus-value", "consensus {value} ({basis})", "consensus {value} ({basis})"};
inline constexpr Phrase consensus_missing{"report.ranking.consensus-missing", "consensus missing",
                                          "consensus ontbreekt"};
inline constexpr Phrase spread{"report.ranking.spread", "spread {spread}", "spreiding {spread}"};
inline constexpr Phrase spread_above{"report.ranking.spread-above",
                                     "above the threshold {threshold}: discuss",
                                     "boven de drempel {threshold}: bespreken"};
inline constexpr Phrase consensus_motivation{"report.ranking.consensus-motivation",
                                             "consensus motivation: {text}",
                                             "motivering van de consensus: {text}"};
inline constexpr Phrase tie_heading{"report.ranking.tie-heading", "tie at the cut-off",
                                    "gelijke stand op de grens"};
inline constexpr Phrase not_resolved{"report.ranking.not-resolved",
                                     "NOT RESOLVED: the published rule cannot break this tie",
                                     "NIET BESLIST: de gepubliceerde regel beslist deze gelijke "
                                     "stand niet"};
inline constexpr Phrase missing_heading{"report.ranking.missing-heading",
                                        "missing scores ({count})", "ontbrekende scores ({count})"};
inline constexpr Phrase missing_line{"report.ranking.missing-line",
                                     "{owner}: {candidate} on {criteria}",
                                     "{owner}: {candidate} op {criteria}"};
inline constexpr Phrase warning{"report.ranking.warning", "warning", "waarschuwing"};

// The Markdown report.
inline constexpr Phrase md_title{"report.ranking.md.title", "Preselection ranking: {title} ({id})",
                                 "Rangorde van de preselectie: {title} ({id})"};
inline constexpr Phrase md_summary{
    "report.ranking.md.summary",
    "Consensus: {method}. Scale {scale}; weights in {unit} (highest total {total}). Invite at "
    "most {max}, at least {min}. Ties at the cut-off: {order}.",
    "Consensus: {method}. Schaal {scale}; gewichten in {unit} (hoogste totaal {total}). Ten "
    "hoogste {max} uitnodigen, ten minste {min}. Gelijke stand op de grens: {order}."};
inline constexpr Phrase md_rank{"report.ranking.md.rank", "Rank", "Rang"};
inline constexpr Phrase md_candidate{"report.ranking.md.candidate", "Candidate", "Gegadigde"};
inline constexpr Phrase md_name{"report.ranking.md.name", "Name", "Naam"};
inline constexpr Phrase md_total{"report.ranking.md.total", "Total", "Totaal"};
inline constexpr Phrase md_invited{"report.ranking.md.invited", "Invited", "Uitgenodigd"};
inline constexpr Phrase md_margin{"report.ranking.md.margin", "Margin", "Marge"};
inline constexpr Phrase md_criterion{"report.ranking.md.criterion", "Criterion", "Criterium"};
inline constexpr Phrase md_weight{"report.ranking.md.weight", "Weight", "Gewicht"};
inline constexpr Phrase md_spread{"report.ranking.md.spread", "Spread", "Spreiding"};
inline constexpr Phrase md_consensus{"report.ranking.md.consensus", "Consensus", "Consensus"};
inline constexpr Phrase md_basis{"report.ranking.md.basis", "Basis", "Grondslag"};
inline constexpr Phrase md_cut_off{"report.ranking.md.cut-off",
                                   "Cut-off: {total}, the total of the last invited candidate.",
                                   "Grens: {total}, het totaal van de laatst uitgenodigde "
                                   "gegadigde."};
inline constexpr Phrase md_precision{
    "report.ranking.md.precision",
    "Totals and margins are shown with {places} decimals: some totals differ only beyond the "
    "{default}th.",
    "Totalen en marges staan er met {places} decimalen: sommige totalen verschillen pas na de "
    "{default}e."};
inline constexpr Phrase md_spread_note{
    "report.ranking.md.spread-note",
    "⚠ marks a spread between the evaluators above {threshold}: discuss first.",
    "⚠ markeert een spreiding tussen de beoordelaars boven {threshold}: eerst bespreken."};
inline constexpr Phrase md_scores{"report.ranking.md.scores", "Scores", "Scores"};
inline constexpr Phrase md_tie_heading{"report.ranking.md.tie-heading", "Tie at the cut-off",
                                       "Gelijke stand op de grens"};
inline constexpr Phrase md_not_resolved{
    "report.ranking.md.not-resolved", "Not resolved: the published rule cannot break this tie.",
    "Niet beslist: de gepubliceerde regel beslist deze gelijke stand niet."};
inline constexpr Phrase md_order{"report.ranking.md.order", "Order", "Volgorde"};
inline constexpr Phrase md_ticket{"report.ranking.md.ticket", "Ticket (SHA-256)", "Lot (SHA-256)"};
inline constexpr Phrase md_seed{"report.ranking.md.seed", "Seed: {seed}. {algorithm}",
                                "Seed: {seed}. {algorithm}"};
inline constexpr Phrase md_missing_heading{"report.ranking.md.missing-heading",
                                           "Missing scores ({count})",
                                           "Ontbrekende scores ({count})"};
inline constexpr Phrase md_owed_by{"report.ranking.md.owed-by", "Owed by", "Te geven door"};
inline constexpr Phrase md_criteria{"report.ranking.md.criteria", "Criteria", "Criteria"};
inline constexpr Phrase md_warnings{"report.ranking.md.warnings", "Warnings", "Waarschuwingen"};

inline constexpr const Phrase* catalogue[] = {
    &heading,
    &percent,
    &points,
    &method_mean,
    &method_median,
    &method_explicit,
    &tie_order_none,
    &tie_order_criterion,
    &tie_order_lots,
    &tie_order_then,
    &yes,
    &no,
    &undecided,
    &missing,
    &committee_owner,
    &invited_one,
    &invited_many,
    &result_complete,
    &result_incomplete,
    &result_incomplete_both,
    &missing_one,
    &missing_many,
    &unresolved_tie,
    &criteria_line,
    &consensus_explicit,
    &consensus_of_one,
    &consensus_of_many,
    &spreads_flagged,
    &invite_line,
    &ranking_heading,
    &column_rank,
    &column_total,
    &column_invited,
    &column_margin,
    &column_candidate,
    &cut_off_line,
    &precision_line,
    &scores_heading,
    &candidate_ranked,
    &candidate_invited,
    &candidate_unranked,
    &invited_word,
    &criterion_weight,
    &consensus_value,
    &consensus_missing,
    &spread,
    &spread_above,
    &consensus_motivation,
    &tie_heading,
    &not_resolved,
    &missing_heading,
    &missing_line,
    &warning,
    &md_title,
    &md_summary,
    &md_rank,
    &md_candidate,
    &md_name,
    &md_total,
    &md_invited,
    &md_margin,
    &md_criterion,
    &md_weight,
    &md_spread,
    &md_consensus,
    &md_basis,
    &md_cut_off,
    &md_precision,
    &md_spread_note,
    &md_scores,
    &md_tie_heading,
    &md_not_resolved,
    &md_order,
    &md_ticket,
    &md_seed,
    &md_missing_heading,
    &md_owed_by,
    &md_criteria,
    &md_warnings,
};

}  // namespace tenderkit::report::ranking_words
