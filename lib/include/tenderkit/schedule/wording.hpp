// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The schedule's words: the term clauses of an annex, milestone names, the procurement timeline,
/// and the labels of the schedule's renderers (core/wording.hpp explains the catalogue). The
/// clauses are made once, by schedule::term_clauses(); every renderer shows the same texts.
namespace tenderkit::schedule::words {

using wording::Phrase;

// ---- Lists: "a, b and c".
inline constexpr Phrase list_and{"schedule.list.and", "{first} and {last}", "{first} en {last}"};

// ---- The term clauses of an annex.
inline constexpr Phrase clause_term{
    "schedule.clause.term",
    "The agreement takes effect on {start} and runs for {term}, up to and including {end}.",
    "De overeenkomst gaat in op {start} en heeft een looptijd van {term}, tot en met {end}."};
inline constexpr Phrase clause_term_until{
    "schedule.clause.term-until",
    "The agreement takes effect on {start} and runs up to and including {end}.",
    "De overeenkomst gaat in op {start} en loopt tot en met {end}."};
inline constexpr Phrase clause_no_extension{"schedule.clause.no-extension",
                                            "The agreement has no option to extend.",
                                            "De overeenkomst kent geen verlengingsoptie."};
inline constexpr Phrase clause_extension_once{
    "schedule.clause.extension-once", "The agreement may be extended once by {length}.",
    "De overeenkomst kan één maal met {length} worden verlengd."};
inline constexpr Phrase clause_extension_times{
    "schedule.clause.extension-times",
    "The agreement may be extended {count} times by {length} each.",
    "De overeenkomst kan {count} maal met {length} worden verlengd."};
inline constexpr Phrase clause_decide_before{
    "schedule.clause.decide-before",
    "An extension is decided at least {before} before the current term ends.",
    "Over een verlenging wordt uiterlijk {before} voor het einde van de lopende termijn "
    "besloten."};
inline constexpr Phrase clause_used_one{
    "schedule.clause.used-one", "One extension has been used; the current term ends on {end}.",
    "Er is één verlenging gebruikt; de lopende termijn eindigt op {end}."};
inline constexpr Phrase clause_used_many{
    "schedule.clause.used-many",
    "{count} extensions have been used; the current term ends on {end}.",
    "Er zijn {count} verlengingen gebruikt; de lopende termijn eindigt op {end}."};
inline constexpr Phrase clause_latest_end{
    "schedule.clause.latest-end",
    "With every remaining option it runs at most up to and including {end}.",
    "Met alle resterende opties loopt de overeenkomst uiterlijk tot en met {end}."};
inline constexpr Phrase clause_no_option_left{"schedule.clause.no-option-left",
                                              "No option to extend is left.",
                                              "Er is geen verlengingsoptie meer over."};
inline constexpr Phrase clause_evaluation_one{
    "schedule.clause.evaluation-one",
    "The cooperation and each partner are evaluated after contract year {years} (on {dates}).",
    "De samenwerking en elke partner worden geëvalueerd na contractjaar {years} (op {dates})."};
inline constexpr Phrase clause_evaluation_many{
    "schedule.clause.evaluation-many",
    "The cooperation and each partner are evaluated after contract years {years} (on {dates}).",
    "De samenwerking en elke partner worden geëvalueerd na contractjaar {years} (op {dates})."};
inline constexpr Phrase clause_notice{
    "schedule.clause.notice",
    "The authority may terminate the agreement as of an evaluation moment by giving written "
    "notice at least {notice} before it.",
    "De opdrachtgever kan de overeenkomst met ingang van een evaluatiemoment beëindigen door "
    "uiterlijk {notice} daarvoor schriftelijk op te zeggen."};
inline constexpr Phrase clause_intake{
    "schedule.clause.intake", "New clients enter at the intake moments of {moments} each year.",
    "Nieuwe cliënten stromen in op de instroommomenten {moments} van elk jaar."};
inline constexpr Phrase clause_report_monthly{
    "schedule.clause.report-monthly",
    "The contractor reports every month, at the latest {days} after the month ends.",
    "De opdrachtnemer rapporteert per maand, uiterlijk {days} na afloop van de maand."};
inline constexpr Phrase clause_report_quarterly{
    "schedule.clause.report-quarterly",
    "The contractor reports every quarter, at the latest {days} after the quarter ends.",
    "De opdrachtnemer rapporteert per kwartaal, uiterlijk {days} na afloop van het kwartaal."};
inline constexpr Phrase clause_report_yearly{
    "schedule.clause.report-yearly",
    "The contractor reports every year, at the latest {days} after the year ends.",
    "De opdrachtnemer rapporteert per jaar, uiterlijk {days} na afloop van het jaar."};
inline constexpr Phrase clause_budget{
    "schedule.clause.budget",
    "Each year, by {day}, the parties agree the maximum budget for the next year.",
    "Partijen spreken jaarlijks uiterlijk op {day} het maximale budget voor het volgende jaar "
    "af."};
inline constexpr Phrase clause_indexation{"schedule.clause.indexation",
                                          "The rates are indexed each year as of {day}.",
                                          "De tarieven worden jaarlijks per {day} geïndexeerd."};
inline constexpr Phrase clause_moving{
    "schedule.clause.moving",
    "A date that falls on a Saturday, Sunday or public holiday moves: {moves}.",
    "Valt een datum op een zaterdag, zondag of algemeen erkende feestdag, dan schuift deze: "
    "{moves}."};
inline constexpr Phrase move_next{"schedule.move.next-working-day",
                                  "{kind} to the next working day",
                                  "{kind} naar de eerstvolgende werkdag"};
inline constexpr Phrase move_previous{"schedule.move.previous-working-day",
                                      "{kind} to the previous working day",
                                      "{kind} naar de voorafgaande werkdag"};

// ---- Milestones.
inline constexpr Phrase milestone_start{"schedule.milestone.start", "Contract starts",
                                        "Ingangsdatum overeenkomst"};
inline constexpr Phrase milestone_start_with_phase{
    "schedule.milestone.start-with-phase", "Contract starts (with phase '{phase}')",
    "Ingangsdatum overeenkomst (bij fase '{phase}')"};
inline constexpr Phrase milestone_intake{"schedule.milestone.intake", "Intake moment",
                                         "Instroommoment"};
inline constexpr Phrase milestone_budget{"schedule.milestone.budget",
                                         "Agree the maximum budget for {year}",
                                         "Afspraak maximaal budget {year}"};
inline constexpr Phrase milestone_indexation{"schedule.milestone.indexation",
                                             "Price indexation {year}", "Prijsindexatie {year}"};
inline constexpr Phrase milestone_report_month{
    "schedule.milestone.report-month", "Report for {month} {year}", "Rapportage {month} {year}"};
inline constexpr Phrase milestone_report_quarter{"schedule.milestone.report-quarter",
                                                 "Report for Q{quarter} {year}",
                                                 "Rapportage Q{quarter} {year}"};
inline constexpr Phrase milestone_report_year{"schedule.milestone.report-year", "Report for {year}",
                                              "Rapportage {year}"};
inline constexpr Phrase milestone_notice{
    "schedule.milestone.notice",
    "Last day to give notice of termination at the evaluation after contract year {year} "
    "({notice})",
    "Uiterste datum opzegging bij de evaluatie na contractjaar {year} (opzegtermijn {notice})"};
inline constexpr Phrase milestone_evaluation{"schedule.milestone.evaluation",
                                             "Evaluation after contract year {year}",
                                             "Evaluatie na contractjaar {year}"};
inline constexpr Phrase milestone_extension_decision{
    "schedule.milestone.extension-decision",
    "Last day to decide on extension {option} of {count} (by {length})",
    "Uiterste datum besluit over verlenging {option} van {count} (met {length})"};
inline constexpr Phrase milestone_end_retender{
    "schedule.milestone.end-retender", "End of term: no extension option left, re-tender",
    "Einde looptijd: geen verlengingsoptie meer, opnieuw aanbesteden"};
inline constexpr Phrase milestone_end_one_option{"schedule.milestone.end-one-option",
                                                 "End of term unless extended (1 option left)",
                                                 "Einde looptijd, tenzij verlengd (nog 1 optie)"};
inline constexpr Phrase milestone_end_options{
    "schedule.milestone.end-options", "End of term unless extended ({count} options left)",
    "Einde looptijd, tenzij verlengd (nog {count} opties)"};
inline constexpr Phrase milestone_phase_start{"schedule.milestone.phase-start", "Start: {name}",
                                              "Start: {name}"};
inline constexpr Phrase milestone_phase_end{"schedule.milestone.phase-end", "End: {name}",
                                            "Einde: {name}"};

// ---- The annex of a contract: its parties, date, version and signatures.
inline constexpr Phrase annex_parties{"schedule.annex-parties", "Parties", "Partijen"};
inline constexpr Phrase annex_authority{"schedule.annex-authority", "Contracting authority",
                                        "Opdrachtgever"};
inline constexpr Phrase annex_contractor{"schedule.annex-contractor", "Contractor",
                                         "Opdrachtnemer"};
inline constexpr Phrase annex_contractor_unknown{
    "schedule.annex-contractor-unknown", "(named at the award)", "(na de gunning in te vullen)"};
inline constexpr Phrase annex_agreement{"schedule.annex-agreement", "Contract", "Overeenkomst"};
inline constexpr Phrase annex_tender{"schedule.annex-tender", "Tender", "Aanbesteding"};
inline constexpr Phrase annex_document_date{"schedule.annex-document-date", "Document date",
                                            "Datum document"};
inline constexpr Phrase annex_version{"schedule.annex-version", "Version (SHA-256 of the inputs)",
                                      "Versie (SHA-256 van de invoer)"};
inline constexpr Phrase annex_terms{"schedule.annex-terms", "Term and deadlines",
                                    "Looptijd en termijnen"};
inline constexpr Phrase annex_milestones{"schedule.annex-milestones", "Milestones", "Mijlpalen"};
inline constexpr Phrase annex_signatures{"schedule.annex-signatures", "Signatures",
                                         "Ondertekening"};
inline constexpr Phrase annex_party{"schedule.annex-party", "Party", "Partij"};
inline constexpr Phrase annex_signed_by{"schedule.annex-signed-by", "Signed by", "Namens deze"};
inline constexpr Phrase annex_place_date{"schedule.annex-place-date", "Place and date",
                                         "Plaats en datum"};
inline constexpr Phrase annex_signature{"schedule.annex-signature", "Signature or initials",
                                        "Handtekening of paraaf"};

inline constexpr const Phrase* clause_catalogue[] = {
    &annex_parties,
    &annex_authority,
    &annex_contractor,
    &annex_contractor_unknown,
    &annex_agreement,
    &annex_tender,
    &annex_document_date,
    &annex_version,
    &annex_terms,
    &annex_milestones,
    &annex_signatures,
    &annex_party,
    &annex_signed_by,
    &annex_place_date,
    &annex_signature,
    &list_and,
    &clause_term,
    &clause_term_until,
    &clause_no_extension,
    &clause_extension_once,
    &clause_extension_times,
    &clause_decide_before,
    &clause_used_one,
    &clause_used_many,
    &clause_latest_end,
    &clause_no_option_left,
    &clause_evaluation_one,
    &clause_evaluation_many,
    &clause_notice,
    &clause_intake,
    &clause_report_monthly,
    &clause_report_quarterly,
    &clause_report_yearly,
    &clause_budget,
    &clause_indexation,
    &clause_moving,
    &move_next,
    &move_previous,
    &milestone_start,
    &milestone_start_with_phase,
    &milestone_intake,
    &milestone_budget,
    &milestone_indexation,
    &milestone_report_month,
    &milestone_report_quarter,
    &milestone_report_year,
    &milestone_notice,
    &milestone_evaluation,
    &milestone_extension_decision,
    &milestone_end_retender,
    &milestone_end_one_option,
    &milestone_end_options,
    &milestone_phase_start,
    &milestone_phase_end,
};

// ---- The schedule's text, Markdown, CSV and iCalendar reports.
inline constexpr Phrase report_timeline_owner{"schedule.report.timeline-owner",
                                              "Procurement timeline", "Planning aanbesteding"};
inline constexpr Phrase report_moved_from{"schedule.report.moved-from",
                                          "moved from {date} ({reason})",
                                          "verschoven van {date} ({reason})"};
inline constexpr Phrase report_contract_year{"schedule.report.contract-year",
                                             "contract year {year}", "contractjaar {year}"};
inline constexpr Phrase report_text_tender{"schedule.report.text-tender", "tender {id}: {title}",
                                           "aanbesteding {id}: {title}"};
inline constexpr Phrase report_text_as_of{
    "schedule.report.text-as-of",
    "as of {date} ({weekday}); deadlines on days off move by each contract's rules",
    "stand per {date} ({weekday}); deadlines op vrije dagen schuiven volgens de regels van elk "
    "contract"};
inline constexpr Phrase report_text_contracts{"schedule.report.text-contracts", "contracts",
                                              "contracten"};
inline constexpr Phrase report_text_yearly{"schedule.report.text-yearly", "yearly dates",
                                           "jaarlijkse data"};
inline constexpr Phrase report_text_timeline{"schedule.report.text-timeline",
                                             "procurement timeline", "planning aanbesteding"};
inline constexpr Phrase report_text_milestones{"schedule.report.text-milestones", "milestones",
                                               "mijlpalen"};
inline constexpr Phrase report_text_terms{"schedule.report.text-terms", "terms of {id}",
                                          "bepalingen van {id}"};
inline constexpr Phrase report_text_changes{"schedule.report.text-changes",
                                            "changes against {file}",
                                            "wijzigingen ten opzichte van {file}"};
inline constexpr Phrase report_text_no_change{"schedule.report.text-no-change",
                                              "no milestone moved", "geen mijlpaal verschoven"};
inline constexpr Phrase report_column_id{"schedule.report.column-id", "id", "id"};
inline constexpr Phrase report_column_start{"schedule.report.column-start", "start", "start"};
inline constexpr Phrase report_column_end_of_term{"schedule.report.column-end-of-term",
                                                  "end of term", "einde looptijd"};
inline constexpr Phrase report_column_latest_end{"schedule.report.column-latest-end", "latest end",
                                                 "uiterlijk einde"};
inline constexpr Phrase report_column_options_left{"schedule.report.column-options-left",
                                                   "options left", "opties over"};
inline constexpr Phrase report_column_next_deadline{"schedule.report.column-next-deadline",
                                                    "next deadline", "volgende deadline"};
inline constexpr Phrase report_column_intake{"schedule.report.column-intake", "intake moments",
                                             "instroommomenten"};
inline constexpr Phrase report_column_budget{"schedule.report.column-budget", "budget agreed by",
                                             "budgetafspraak uiterlijk"};
inline constexpr Phrase report_column_indexation{"schedule.report.column-indexation",
                                                 "price indexation", "prijsindexatie"};
inline constexpr Phrase report_column_kind{"schedule.report.column-kind", "kind", "soort"};
inline constexpr Phrase report_column_end{"schedule.report.column-end", "end", "einde"};
inline constexpr Phrase report_column_shift{"schedule.report.column-shift", "shift",
                                            "verschuiving"};
inline constexpr Phrase report_column_name{"schedule.report.column-name", "name", "naam"};
inline constexpr Phrase report_column_old{"schedule.report.column-old", "old", "oud"};
inline constexpr Phrase report_column_new{"schedule.report.column-new", "new", "nieuw"};
inline constexpr Phrase report_column_days{"schedule.report.column-days", "days", "dagen"};
inline constexpr Phrase report_column_milestone{"schedule.report.column-milestone", "milestone",
                                                "mijlpaal"};
inline constexpr Phrase report_retender_options{"schedule.report.retender-options", "0, re-tender",
                                                "0, opnieuw aanbesteden"};
inline constexpr Phrase report_phase_follows{"schedule.report.phase-follows", "follows", "volgt"};
inline constexpr Phrase report_change_new{"schedule.report.change-new", "(new)", "(nieuw)"};
inline constexpr Phrase report_change_removed{"schedule.report.change-removed", "(removed)",
                                              "(vervallen)"};
inline constexpr Phrase report_summary_contract_one{"schedule.report.summary-contract-one",
                                                    "1 contract", "1 contract"};
inline constexpr Phrase report_summary_contract_many{"schedule.report.summary-contract-many",
                                                     "{count} contracts", "{count} contracten"};
inline constexpr Phrase report_summary_milestone_one{"schedule.report.summary-milestone-one",
                                                     "1 milestone", "1 mijlpaal"};
inline constexpr Phrase report_summary_milestone_many{"schedule.report.summary-milestone-many",
                                                      "{count} milestones", "{count} mijlpalen"};
inline constexpr Phrase report_summary{
    "schedule.report.summary",
    "{contracts}, {milestones}; {moved} moved to a working day; {retender} to re-tender",
    "{contracts}, {milestones}; {moved} verschoven naar een werkdag; {retender} opnieuw aan te "
    "besteden"};
inline constexpr Phrase report_md_title{"schedule.report.md-title", "Contract schedule: {title}",
                                        "Contractplanning: {title}"};
inline constexpr Phrase report_md_as_of{"schedule.report.md-as-of", "Tender `{id}`, as of {date}.",
                                        "Aanbesteding `{id}`, stand per {date}."};
inline constexpr Phrase report_md_overview{"schedule.report.md-overview", "Overview", "Overzicht"};
inline constexpr Phrase report_md_contract{"schedule.report.md-contract", "Contract", "Contract"};
inline constexpr Phrase report_md_start{"schedule.report.md-start", "Start", "Start"};
inline constexpr Phrase report_md_end_of_term{"schedule.report.md-end-of-term", "End of term",
                                              "Einde looptijd"};
inline constexpr Phrase report_md_latest_end{"schedule.report.md-latest-end", "Latest end",
                                             "Uiterlijk einde"};
inline constexpr Phrase report_md_options_left{"schedule.report.md-options-left", "Options left",
                                               "Opties over"};
inline constexpr Phrase report_md_next_deadline{"schedule.report.md-next-deadline", "Next deadline",
                                                "Eerstvolgende deadline"};
inline constexpr Phrase report_md_retender{"schedule.report.md-retender", "0, **re-tender**",
                                           "0, **opnieuw aanbesteden**"};
inline constexpr Phrase report_md_timeline{"schedule.report.md-timeline", "Procurement timeline",
                                           "Planning van de aanbesteding"};
inline constexpr Phrase report_md_phase{"schedule.report.md-phase", "Phase", "Fase"};
inline constexpr Phrase report_md_phase_start{"schedule.report.md-phase-start", "Start", "Begin"};
inline constexpr Phrase report_md_phase_end{"schedule.report.md-phase-end", "End", "Einde"};
inline constexpr Phrase report_md_shifted{"schedule.report.md-shifted", "Shifted", "Verschoven"};
inline constexpr Phrase report_md_contractor{"schedule.report.md-contractor", "Contractor",
                                             "Opdrachtnemer"};
inline constexpr Phrase report_md_care{"schedule.report.md-care", "Care", "Soort zorg"};
inline constexpr Phrase report_md_date{"schedule.report.md-date", "Date", "Datum"};
inline constexpr Phrase report_md_day{"schedule.report.md-day", "Day", "Dag"};
inline constexpr Phrase report_md_milestone{"schedule.report.md-milestone", "Milestone",
                                            "Mijlpaal"};
inline constexpr Phrase report_md_contract_year{"schedule.report.md-contract-year", "Contract year",
                                                "Contractjaar"};
inline constexpr Phrase report_md_note{"schedule.report.md-note", "Note", "Opmerking"};
inline constexpr Phrase report_md_changes{"schedule.report.md-changes", "Changes against `{file}`",
                                          "Wijzigingen ten opzichte van `{file}`"};
inline constexpr Phrase report_md_old{"schedule.report.md-old", "Old", "Oud"};
inline constexpr Phrase report_md_new{"schedule.report.md-new", "New", "Nieuw"};
inline constexpr Phrase report_md_days{"schedule.report.md-days", "Days", "Dagen"};

inline constexpr const Phrase* report_catalogue[] = {
    &report_timeline_owner,
    &report_moved_from,
    &report_contract_year,
    &report_text_tender,
    &report_text_as_of,
    &report_text_contracts,
    &report_text_yearly,
    &report_text_timeline,
    &report_text_milestones,
    &report_text_terms,
    &report_text_changes,
    &report_text_no_change,
    &report_column_id,
    &report_column_start,
    &report_column_end_of_term,
    &report_column_latest_end,
    &report_column_options_left,
    &report_column_next_deadline,
    &report_column_intake,
    &report_column_budget,
    &report_column_indexation,
    &report_column_kind,
    &report_column_end,
    &report_column_shift,
    &report_column_name,
    &report_column_old,
    &report_column_new,
    &report_column_days,
    &report_column_milestone,
    &report_retender_options,
    &report_phase_follows,
    &report_change_new,
    &report_change_removed,
    &report_summary_contract_one,
    &report_summary_contract_many,
    &report_summary_milestone_one,
    &report_summary_milestone_many,
    &report_summary,
    &report_md_title,
    &report_md_as_of,
    &report_md_overview,
    &report_md_contract,
    &report_md_start,
    &report_md_end_of_term,
    &report_md_latest_end,
    &report_md_options_left,
    &report_md_next_deadline,
    &report_md_retender,
    &report_md_timeline,
    &report_md_phase,
    &report_md_phase_start,
    &report_md_phase_end,
    &report_md_shifted,
    &report_md_contractor,
    &report_md_care,
    &report_md_date,
    &report_md_day,
    &report_md_milestone,
    &report_md_contract_year,
    &report_md_note,
    &report_md_changes,
    &report_md_old,
    &report_md_new,
    &report_md_days,
};

// ---- The schedule workbook.
inline constexpr Phrase workbook_overview_sheet{"schedule.workbook.overview-sheet", "Overview",
                                                "Overzicht"};
inline constexpr Phrase workbook_plan_sheet{"schedule.workbook.plan-sheet", "Procurement plan",
                                            "Planning"};
inline constexpr Phrase workbook_milestones_sheet{"schedule.workbook.milestones-sheet",
                                                  "Milestones", "Mijlpalen"};
inline constexpr Phrase workbook_milestones_table{"schedule.workbook.milestones-table",
                                                  "Milestones", "Mijlpalen"};
inline constexpr Phrase workbook_timeline_sheet{"schedule.workbook.timeline-sheet", "Timeline",
                                                "Tijdlijn"};
inline constexpr Phrase workbook_changes_sheet{"schedule.workbook.changes-sheet", "Changes",
                                               "Wijzigingen"};
inline constexpr Phrase workbook_annex{"schedule.workbook.annex", "Annex", "Bijlage"};
inline constexpr Phrase workbook_document_title{"schedule.workbook.document-title",
                                                "Contract schedule", "Contractplanning"};
inline constexpr Phrase workbook_tender{"schedule.workbook.tender", "Tender", "Aanbesteding"};
inline constexpr Phrase workbook_as_of{"schedule.workbook.as-of", "As of", "Peildatum"};
inline constexpr Phrase workbook_date{"schedule.workbook.date", "Date", "Datum"};
inline constexpr Phrase workbook_made_with{"schedule.workbook.made-with", "Made with",
                                           "Gemaakt met"};
inline constexpr Phrase workbook_contracts{"schedule.workbook.contracts", "Contracts",
                                           "Contracten"};
inline constexpr Phrase workbook_no_contracts{"schedule.workbook.no-contracts", "No contracts.",
                                              "Geen contracten."};
inline constexpr Phrase workbook_id{"schedule.workbook.id", "Id", "Id"};
inline constexpr Phrase workbook_name{"schedule.workbook.name", "Name", "Naam"};
inline constexpr Phrase workbook_provider{"schedule.workbook.provider", "Contractor",
                                          "Opdrachtnemer"};
inline constexpr Phrase workbook_care_type{"schedule.workbook.care-type", "Type of care",
                                           "Soort zorg"};
inline constexpr Phrase workbook_start{"schedule.workbook.start", "Start", "Ingangsdatum"};
inline constexpr Phrase workbook_end_of_term{"schedule.workbook.end-of-term", "End of term",
                                             "Einde looptijd"};
inline constexpr Phrase workbook_latest_end{
    "schedule.workbook.latest-end", "Latest end (all options)", "Uiterste einde (alle opties)"};
inline constexpr Phrase workbook_options{"schedule.workbook.options", "Options", "Opties"};
inline constexpr Phrase workbook_options_used{"schedule.workbook.options-used", "Used", "Gebruikt"};
inline constexpr Phrase workbook_options_left{"schedule.workbook.options-left", "Left",
                                              "Resterend"};
inline constexpr Phrase workbook_next_deadline{"schedule.workbook.next-deadline", "Next deadline",
                                               "Volgende deadline"};
inline constexpr Phrase workbook_deadline_what{"schedule.workbook.deadline-what", "What", "Wat"};
inline constexpr Phrase workbook_flag{"schedule.workbook.flag", "Flag", "Signaal"};
inline constexpr Phrase workbook_retender{"schedule.workbook.retender", "re-tender",
                                          "opnieuw aanbesteden"};
inline constexpr Phrase workbook_none{"schedule.workbook.none", "none", "geen"};
inline constexpr Phrase workbook_plan_title{"schedule.workbook.plan-title", "Procurement plan",
                                            "Planning van de aanbesteding"};
inline constexpr Phrase workbook_phase{"schedule.workbook.phase", "Phase", "Fase"};
inline constexpr Phrase workbook_kind{"schedule.workbook.kind", "Kind", "Soort"};
inline constexpr Phrase workbook_end{"schedule.workbook.end", "End", "Einde"};
inline constexpr Phrase workbook_shifted_by{"schedule.workbook.shifted-by", "Shifted by",
                                            "Verschoven met"};
inline constexpr Phrase workbook_start_moved_from{"schedule.workbook.start-moved-from",
                                                  "Start moved from", "Start verplaatst van"};
inline constexpr Phrase workbook_end_moved_from{"schedule.workbook.end-moved-from",
                                                "End moved from", "Einde verplaatst van"};
inline constexpr Phrase workbook_start_reason{"schedule.workbook.start-reason", "Reason (start)",
                                              "Reden (start)"};
inline constexpr Phrase workbook_end_reason{"schedule.workbook.end-reason", "Reason (end)",
                                            "Reden (einde)"};
inline constexpr Phrase workbook_kind_phase{"schedule.workbook.kind-phase", "phase", "fase"};
inline constexpr Phrase workbook_kind_milestone{"schedule.workbook.kind-milestone", "milestone",
                                                "mijlpaal"};
inline constexpr Phrase workbook_kind_standstill{"schedule.workbook.kind-standstill",
                                                 "standstill period", "opschortingstermijn"};
inline constexpr Phrase workbook_shifted_note{
    "schedule.workbook.shifted-note",
    "Highlighted: phases whose dates differ from the plan because of a shift (--shift).",
    "Gemarkeerd: fasen die door een verschuiving (--shift) anders vallen dan gepland."};
inline constexpr Phrase workbook_weekday{"schedule.workbook.weekday", "Day", "Dag"};
inline constexpr Phrase workbook_contract{"schedule.workbook.contract", "Contract", "Contract"};
inline constexpr Phrase workbook_description{"schedule.workbook.description", "Description",
                                             "Omschrijving"};
inline constexpr Phrase workbook_contract_year{"schedule.workbook.contract-year", "Contract year",
                                               "Contractjaar"};
inline constexpr Phrase workbook_moved_from{"schedule.workbook.moved-from", "Moved from",
                                            "Verschoven van"};
inline constexpr Phrase workbook_move_reason{"schedule.workbook.move-reason", "Reason moved",
                                             "Reden verschuiving"};
inline constexpr Phrase workbook_timeline_owner{"schedule.workbook.timeline-owner", "procurement",
                                                "aanbesteding"};
inline constexpr Phrase workbook_no_milestones{"schedule.workbook.no-milestones", "No milestones.",
                                               "Geen mijlpalen."};
inline constexpr Phrase workbook_timeline_title{"schedule.workbook.timeline-title",
                                                "Timeline by month", "Tijdlijn per maand"};
inline constexpr Phrase workbook_timeline_capped{
    "schedule.workbook.timeline-capped", "Cut to {months} months, up to and including {end}.",
    "Ingekort tot {months} maanden, tot en met {end}."};
inline constexpr Phrase workbook_legend{"schedule.workbook.legend", "Legend", "Legenda"};
inline constexpr Phrase workbook_legend_term{"schedule.workbook.legend-term", "term", "looptijd"};
inline constexpr Phrase workbook_legend_option{"schedule.workbook.legend-option",
                                               "possible extension", "mogelijke verlenging"};
inline constexpr Phrase workbook_legend_phase{"schedule.workbook.legend-phase", "procurement phase",
                                              "fase van de aanbesteding"};
inline constexpr Phrase workbook_legend_retender{
    "schedule.workbook.legend-retender", "re-tender (no extension option left)",
    "opnieuw aanbesteden (geen verlengingsoptie meer)"};
inline constexpr Phrase workbook_legend_evaluation{"schedule.workbook.legend-evaluation",
                                                   "E: evaluation", "E: evaluatie"};
inline constexpr Phrase workbook_legend_deadline{"schedule.workbook.legend-deadline",
                                                 "D: deadline for notice or an extension decision",
                                                 "D: deadline opzegging of verlengingsbesluit"};
inline constexpr Phrase workbook_legend_end{"schedule.workbook.legend-end", "X: end of term",
                                            "X: einde looptijd"};
inline constexpr Phrase workbook_legend_milestone{"schedule.workbook.legend-milestone",
                                                  "M: procurement milestone",
                                                  "M: mijlpaal van de aanbesteding"};
inline constexpr Phrase workbook_month_format{"schedule.workbook.month-format", "[$-409]mmm",
                                              "[$-413]mmm"};
inline constexpr Phrase workbook_changes_title{"schedule.workbook.changes-title",
                                               "Changes against the previous schedule",
                                               "Wijzigingen ten opzichte van de vorige planning"};
inline constexpr Phrase workbook_baseline{"schedule.workbook.baseline", "Previous schedule",
                                          "Vorige planning"};
inline constexpr Phrase workbook_old_date{"schedule.workbook.old-date", "Old date", "Oude datum"};
inline constexpr Phrase workbook_new_date{"schedule.workbook.new-date", "New date", "Nieuwe datum"};
inline constexpr Phrase workbook_difference{"schedule.workbook.difference", "Difference (days)",
                                            "Verschil (dagen)"};
inline constexpr Phrase workbook_status{"schedule.workbook.status", "Status", "Status"};
inline constexpr Phrase workbook_status_moved{"schedule.workbook.status-moved", "moved",
                                              "verschoven"};
inline constexpr Phrase workbook_status_same{"schedule.workbook.status-same", "unchanged",
                                             "ongewijzigd"};
inline constexpr Phrase workbook_status_new{"schedule.workbook.status-new", "new", "nieuw"};
inline constexpr Phrase workbook_status_removed{"schedule.workbook.status-removed", "removed",
                                                "vervallen"};
inline constexpr Phrase workbook_annex_subtitle{"schedule.workbook.annex-subtitle",
                                                "Term and schedule of the contract",
                                                "Looptijd en planning van de overeenkomst"};
inline constexpr Phrase workbook_page{"schedule.workbook.page", "Page &P of &N",
                                      "Pagina &P van &N"};
inline constexpr Phrase workbook_date_format{"schedule.workbook.date-format", "yyyy-mm-dd",
                                             "dd-mm-yyyy"};

inline constexpr const Phrase* workbook_catalogue[] = {
    &workbook_overview_sheet,
    &workbook_plan_sheet,
    &workbook_milestones_sheet,
    &workbook_milestones_table,
    &workbook_timeline_sheet,
    &workbook_changes_sheet,
    &workbook_annex,
    &workbook_document_title,
    &workbook_tender,
    &workbook_as_of,
    &workbook_date,
    &workbook_made_with,
    &workbook_contracts,
    &workbook_no_contracts,
    &workbook_id,
    &workbook_name,
    &workbook_provider,
    &workbook_care_type,
    &workbook_start,
    &workbook_end_of_term,
    &workbook_latest_end,
    &workbook_options,
    &workbook_options_used,
    &workbook_options_left,
    &workbook_next_deadline,
    &workbook_deadline_what,
    &workbook_flag,
    &workbook_retender,
    &workbook_none,
    &workbook_plan_title,
    &workbook_phase,
    &workbook_kind,
    &workbook_end,
    &workbook_shifted_by,
    &workbook_start_moved_from,
    &workbook_end_moved_from,
    &workbook_start_reason,
    &workbook_end_reason,
    &workbook_kind_phase,
    &workbook_kind_milestone,
    &workbook_kind_standstill,
    &workbook_shifted_note,
    &workbook_weekday,
    &workbook_contract,
    &workbook_description,
    &workbook_contract_year,
    &workbook_moved_from,
    &workbook_move_reason,
    &workbook_timeline_owner,
    &workbook_no_milestones,
    &workbook_timeline_title,
    &workbook_timeline_capped,
    &workbook_legend,
    &workbook_legend_term,
    &workbook_legend_option,
    &workbook_legend_phase,
    &workbook_legend_retender,
    &workbook_legend_evaluation,
    &workbook_legend_deadline,
    &workbook_legend_end,
    &workbook_legend_milestone,
    &workbook_month_format,
    &workbook_changes_title,
    &workbook_baseline,
    &workbook_old_date,
    &workbook_new_date,
    &workbook_difference,
    &workbook_status,
    &workbook_status_moved,
    &workbook_status_same,
    &workbook_status_new,
    &workbook_status_removed,
    &workbook_annex_subtitle,
    &workbook_page,
    &workbook_date_format,
};

// The errors of build_schedule and --shift.
inline constexpr Phrase phase_starts_after_end{
    "schedule.error.phase-starts-after-end",
    "phase '{phase}' would start on {start}, after its fixed end {end}",
    "fase '{phase}' zou beginnen op {start}, na haar vaste einde {end}"};
inline constexpr Phrase give_duration{"schedule.error.give-duration",
                                      "give it a duration instead of an end, or move the end",
                                      "geef haar een duur in plaats van een einde, of verplaats "
                                      "het einde"};
inline constexpr Phrase phase_ends_beyond_years{"schedule.error.phase-ends-beyond-years",
                                                "phase '{phase}' would end after {year}",
                                                "fase '{phase}' zou eindigen na {year}"};
inline constexpr Phrase phases_cycle{"schedule.error.phases-cycle",
                                     "the timeline's phases depend on each other in a cycle",
                                     "de fasen van de tijdlijn hangen in een kring van elkaar af"};
inline constexpr Phrase shift_expects{
    "schedule.error.shift-expects",
    "--shift expects PHASE=DURATION such as dialogue=+3m (units y, m, w, d, wd), found '{found}'",
    "--shift verwacht FASE=DUUR, zoals dialogue=+3m (eenheden y, m, w, d, wd), gevonden: "
    "'{found}'"};
inline constexpr Phrase contract_id_twice{"schedule.error.contract-id-twice",
                                          "contract id '{id}' is used twice",
                                          "contract-id '{id}' komt twee keer voor"};
inline constexpr Phrase first_used_at{"schedule.error.first-used-at", "first used at {where}",
                                      "eerst gebruikt op {where}"};
inline constexpr Phrase shift_unknown_phase{
    "schedule.error.shift-unknown-phase",
    "--shift {shift}: the tender's timeline has no phase '{phase}'",
    "--shift {shift}: de tijdlijn van de aanbesteding heeft geen fase '{phase}'"};
inline constexpr Phrase shift_no_phases{
    "schedule.error.shift-no-phases",
    "--shift {shift}: the tender's timeline has no phase '{phase}' (it has no [[phase]] at all)",
    "--shift {shift}: de tijdlijn van de aanbesteding heeft geen fase '{phase}' (zij heeft "
    "helemaal geen [[phase]])"};
inline constexpr Phrase start_phase_missing{
    "schedule.error.start-phase-missing",
    "the contract starts with phase '{phase}', which the timeline does not have",
    "het contract begint met fase '{phase}', die de tijdlijn niet heeft"};
inline constexpr Phrase date_problem_at_phase{
    "schedule.error.date-problem-at-phase",
    "{problem} (the contract starts with phase '{phase}', on {date})",
    "{problem} (het contract begint met fase '{phase}', op {date})"};

inline constexpr const Phrase* error_catalogue[] = {
    &phase_starts_after_end, &give_duration,       &phase_ends_beyond_years, &phases_cycle,
    &shift_expects,          &contract_id_twice,   &first_used_at,           &shift_unknown_phase,
    &shift_no_phases,        &start_phase_missing, &date_problem_at_phase,
};

// The warnings of build_schedule: what the user should know but that does not stop the run.
inline constexpr Phrase ambiguous_month_day{
    "schedule.warning.ambiguous-month-day",
    "{key} \"{text}\" is read as MM-DD, month first: {date}, not {other}; write \"{words}\" (or "
    "{{ month = {month}, day = {day} }}) to say so plainly{again}",
    "{key} \"{text}\" wordt gelezen als MM-DD, maand eerst: {date}, niet {other}; schrijf "
    "\"{words}\" (of {{ month = {month}, day = {day} }}) om het ondubbelzinnig te zeggen{again}"};
inline constexpr Phrase comes_again_one{"schedule.warning.comes-again.one",
                                        " (\"{text}\" comes 1 more time in this file)",
                                        " (\"{text}\" komt nog 1 keer voor in dit bestand)"};
inline constexpr Phrase comes_again_many{"schedule.warning.comes-again.many",
                                         " (\"{text}\" comes {count} more times in this file)",
                                         " (\"{text}\" komt nog {count} keer voor in dit bestand)"};
inline constexpr Phrase shift_overlap{
    "schedule.warning.shift-overlap",
    "after --shift, phase '{phase}' starts on {start}, before '{previous}', which it follows, "
    "ends on {end}",
    "na --shift begint fase '{phase}' op {start}, voordat '{previous}', waar zij op volgt, "
    "eindigt op {end}"};

inline constexpr const Phrase* warning_catalogue[] = {
    &ambiguous_month_day,
    &comes_again_one,
    &comes_again_many,
    &shift_overlap,
};

}  // namespace tenderkit::schedule::words
