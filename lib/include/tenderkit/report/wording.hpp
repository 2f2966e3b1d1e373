// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of the reports that are not a domain module's: the sentences and labels of the check
/// report (text, Markdown, JUnit, workbook) and of the ranking report (core/wording.hpp explains
/// the catalogue). The renderers lay them out; they never word anything themselves.
namespace tenderkit::report::words {

using wording::Phrase;

// Counts.
inline constexpr Phrase errors_one{"report.count.error.one", "1 error", "1 fout"};
inline constexpr Phrase errors_many{"report.count.error.many", "{count} errors", "{count} fouten"};
inline constexpr Phrase warnings_one{"report.count.warning.one", "1 warning", "1 waarschuwing"};
inline constexpr Phrase warnings_many{"report.count.warning.many", "{count} warnings",
                                      "{count} waarschuwingen"};
inline constexpr Phrase members_one{"report.count.member.one", "{form}, 1 member", "{form}, 1 lid"};
inline constexpr Phrase members_many{"report.count.member.many", "{form}, {count} members",
                                     "{form}, {count} leden"};

// The check report: text, Markdown and JUnit.
inline constexpr Phrase check_heading{"report.check.heading", "tender {id}: {title}",
                                      "aanbesteding {id}: {title}"};
inline constexpr Phrase check_title{"report.check.title", "Integrality check: {title} ({id})",
                                    "Integraliteitstoets: {title} ({id})"};
inline constexpr Phrase verdict_compliant{"report.check.verdict.compliant", "compliant", "voldoet"};
inline constexpr Phrase verdict_compliant_with{"report.check.verdict.compliant-with",
                                               "compliant, {counts}", "voldoet, {counts}"};
inline constexpr Phrase verdict_not_compliant{"report.check.verdict.not-compliant",
                                              "NOT COMPLIANT: {counts}", "VOLDOET NIET: {counts}"};
inline constexpr Phrase not_compliant{"report.check.not-compliant", "not compliant",
                                      "voldoet niet"};
inline constexpr Phrase two_counts{"report.check.two-counts", "{first}, {second}",
                                   "{first}, {second}"};
inline constexpr Phrase registration_line{"report.check.registration-line", "{members}; {verdict}.",
                                          "{members}; {verdict}."};
inline constexpr Phrase check_summary_one{
    "report.check.summary.one",
    "{compliant} of 1 registration compliant; {errors}, {warnings}{skipped}{strict}",
    "{compliant} van 1 inschrijving voldoet; {errors}, {warnings}{skipped}{strict}"};
inline constexpr Phrase check_summary{
    "report.check.summary",
    "{compliant} of {count} registrations compliant; {errors}, {warnings}{skipped}{strict}",
    "{compliant} van {count} inschrijvingen voldoen; {errors}, {warnings}{skipped}{strict}"};
inline constexpr Phrase summary_skipped_one{"report.check.summary.skipped.one", "; 1 entry skipped",
                                            "; 1 item overgeslagen"};
inline constexpr Phrase summary_skipped_many{"report.check.summary.skipped.many",
                                             "; {count} entries skipped",
                                             "; {count} items overgeslagen"};
inline constexpr Phrase summary_strict{"report.check.summary.strict", " (strict: warnings count)",
                                       " (strikt: waarschuwingen tellen mee)"};
inline constexpr Phrase severity_error{"report.check.severity.error", "error", "fout"};
inline constexpr Phrase severity_warning{"report.check.severity.warning", "warning",
                                         "waarschuwing"};
inline constexpr Phrase skipped_because{"report.check.skipped-because", "skipped, {reason}",
                                        "overgeslagen, {reason}"};
inline constexpr Phrase not_read_heading{
    "report.check.not-read",
    "not read from the registration folders:", "niet gelezen uit de inschrijvingsmappen:"};
inline constexpr Phrase not_read_title{"report.check.not-read-title",
                                       "Not read from the registration folders",
                                       "Niet gelezen uit de inschrijvingsmappen"};
inline constexpr Phrase each_a_warning{"report.check.each-a-warning", "Each is a warning.",
                                       "Elk is een waarschuwing."};
inline constexpr Phrase each_a_warning_strict{"report.check.each-a-warning-strict",
                                              "Each is a warning, and with --strict a finding.",
                                              "Elk is een waarschuwing, en met --strict een "
                                              "bevinding."};
inline constexpr Phrase skipped_entries_suite{"report.check.skipped-entries", "skipped entries",
                                              "overgeslagen items"};
inline constexpr Phrase column_registration{"report.column.registration", "Registration",
                                            "Inschrijving"};
inline constexpr Phrase column_name{"report.column.name", "Name", "Naam"};
inline constexpr Phrase column_legal_form{"report.column.legal-form", "Legal form", "Rechtsvorm"};
inline constexpr Phrase column_members{"report.column.members", "Members", "Leden"};
inline constexpr Phrase column_result{"report.column.result", "Result", "Resultaat"};
inline constexpr Phrase column_errors{"report.column.errors", "Errors", "Fouten"};
inline constexpr Phrase column_warnings{"report.column.warnings", "Warnings", "Waarschuwingen"};
inline constexpr Phrase column_rule{"report.column.rule", "Rule", "Regel"};
inline constexpr Phrase column_severity{"report.column.severity", "Severity", "Ernst"};
inline constexpr Phrase column_where{"report.column.where", "Where", "Waar"};
inline constexpr Phrase column_finding{"report.column.finding", "Finding", "Bevinding"};
inline constexpr Phrase column_entry{"report.column.entry", "Entry", "Item"};
inline constexpr Phrase column_reason{"report.column.reason", "Reason", "Reden"};

// The check workbook.
inline constexpr Phrase wb_summary_sheet{"report.check-workbook.summary-sheet", "Summary",
                                         "Overzicht"};
inline constexpr Phrase wb_document_title{"report.check-workbook.title", "Integrality check",
                                          "Integraliteitstoets"};
inline constexpr Phrase wb_tender{"report.check-workbook.tender", "Tender", "Aanbesteding"};
inline constexpr Phrase wb_date{"report.check-workbook.date", "Date", "Datum"};
inline constexpr Phrase wb_strict{"report.check-workbook.strict", "Warnings count as failures",
                                  "Waarschuwingen tellen als fout"};
inline constexpr Phrase wb_registrations{"report.check-workbook.registrations", "Registrations",
                                         "Inschrijvingen"};
inline constexpr Phrase wb_compliant_count{"report.check-workbook.compliant-count", "Compliant",
                                           "Voldoen"};
inline constexpr Phrase wb_id{"report.check-workbook.id", "Id", "Id"};
inline constexpr Phrase wb_compliant{"report.check-workbook.compliant", "Compliant", "Voldoet"};
inline constexpr Phrase wb_sheet{"report.check-workbook.sheet", "Sheet", "Blad"};
inline constexpr Phrase wb_file{"report.check-workbook.file", "File", "Bestand"};
inline constexpr Phrase wb_coverage{"report.check-workbook.coverage",
                                    "Coverage of the required services",
                                    "Dekking van de vereiste diensten"};
inline constexpr Phrase wb_code{"report.check-workbook.code", "Code", "Code"};
inline constexpr Phrase wb_service{"report.check-workbook.service", "Service", "Dienst"};
inline constexpr Phrase wb_local{"report.check-workbook.local", "Local", "Lokaal"};
inline constexpr Phrase wb_suppliers{"report.check-workbook.suppliers", "Suppliers",
                                     "Leveranciers"};
inline constexpr Phrase wb_kvk{"report.check-workbook.kvk", "KvK", "KvK"};
inline constexpr Phrase wb_no_supplier{"report.check-workbook.no-supplier", "No supplier",
                                       "Geen leverancier"};
inline constexpr Phrase wb_one_supplier{"report.check-workbook.one-supplier", "One supplier",
                                        "Eén leverancier"};
inline constexpr Phrase wb_findings{"report.check-workbook.findings", "Findings", "Bevindingen"};
inline constexpr Phrase wb_message{"report.check-workbook.message", "Message", "Melding"};
inline constexpr Phrase wb_location{"report.check-workbook.location", "Location", "Vindplaats"};
inline constexpr Phrase wb_no_findings{"report.check-workbook.no-findings", "No findings.",
                                       "Geen bevindingen."};
inline constexpr Phrase wb_yes{"report.check-workbook.yes", "yes", "ja"};
inline constexpr Phrase wb_no{"report.check-workbook.no", "no", "nee"};
inline constexpr Phrase wb_page{"report.check-workbook.page", "Page &P of &N", "Pagina &P van &N"};
inline constexpr Phrase wb_skipped{"report.check-workbook.skipped", "Skipped in the folders",
                                   "Overgeslagen in de mappen"};
inline constexpr Phrase wb_skipped_entry{"report.check-workbook.skipped-entry", "Not read",
                                         "Niet gelezen"};

// The ranking workbook.
inline constexpr Phrase rw_ranking_sheet{"report.ranking-workbook.ranking-sheet", "Ranking",
                                         "Rangorde"};
inline constexpr Phrase rw_criteria_sheet{"report.ranking-workbook.criteria-sheet", "Criteria",
                                          "Criteria"};
inline constexpr Phrase rw_consensus_sheet{"report.ranking-workbook.consensus-sheet", "Consensus",
                                           "Consensus"};
inline constexpr Phrase rw_audit_sheet{"report.ranking-workbook.audit-sheet", "Audit",
                                       "Verantwoording"};
inline constexpr Phrase rw_document_title{"report.ranking-workbook.document-title",
                                          "Preselection ranking", "Preselectie: rangorde"};
inline constexpr Phrase rw_tender{"report.ranking-workbook.tender", "Tender", "Aanbesteding"};
inline constexpr Phrase rw_date{"report.ranking-workbook.date", "Date", "Datum"};
inline constexpr Phrase rw_scale{"report.ranking-workbook.scale", "Scale", "Beoordelingsschaal"};
inline constexpr Phrase rw_scale_maximum{"report.ranking-workbook.scale-maximum", "Highest score",
                                         "Hoogste score"};
inline constexpr Phrase rw_weight_kind{"report.ranking-workbook.weight-kind", "Weights in",
                                       "Weging in"};
inline constexpr Phrase rw_percentages{"report.ranking-workbook.percentages", "percent",
                                       "procenten"};
inline constexpr Phrase rw_points{"report.ranking-workbook.points", "points", "punten"};
inline constexpr Phrase rw_maximum_total{"report.ranking-workbook.maximum-total",
                                         "Highest possible total", "Hoogst haalbaar totaal"};
inline constexpr Phrase rw_consensus_rule{"report.ranking-workbook.consensus-rule",
                                          "Consensus rule", "Consensusregel"};
inline constexpr Phrase rw_rule_mean{"report.ranking-workbook.rule-mean",
                                     "mean of the scores of all evaluators",
                                     "gemiddelde van de scores van alle beoordelaars"};
inline constexpr Phrase rw_rule_median{"report.ranking-workbook.rule-median",
                                       "median of the scores of all evaluators",
                                       "mediaan van de scores van alle beoordelaars"};
inline constexpr Phrase rw_rule_explicit{"report.ranking-workbook.rule-explicit",
                                         "score agreed by the committee",
                                         "door de commissie vastgestelde score"};
inline constexpr Phrase rw_spread_threshold{"report.ranking-workbook.spread-threshold",
                                            "Discuss spreads above", "Spreiding bespreken boven"};
inline constexpr Phrase rw_none{"report.ranking-workbook.none", "none", "geen"};
inline constexpr Phrase rw_min_candidates{"report.ranking-workbook.min-candidates",
                                          "Minimum candidates", "Minimum aantal gegadigden"};
inline constexpr Phrase rw_max_candidates{"report.ranking-workbook.max-candidates",
                                          "Maximum candidates", "Maximum aantal gegadigden"};
inline constexpr Phrase rw_tie_break{"report.ranking-workbook.tie-break", "Tie-break order",
                                     "Beslissing bij gelijke stand"};
inline constexpr Phrase rw_tie_break_criterion{"report.ranking-workbook.tie-break-criterion",
                                               "higher consensus score on criterion",
                                               "hoogste consensusscore op criterium"};
inline constexpr Phrase rw_lots{"report.ranking-workbook.lots", "drawing of lots", "loting"};
inline constexpr Phrase rw_id{"report.ranking-workbook.id", "Id", "Id"};
inline constexpr Phrase rw_criterion{"report.ranking-workbook.criterion", "Criterion", "Criterium"};
inline constexpr Phrase rw_weight{"report.ranking-workbook.weight", "Weight", "Weging"};
inline constexpr Phrase rw_guidance{"report.ranking-workbook.guidance", "Guidance per score",
                                    "Toelichting per score"};
inline constexpr Phrase rw_evaluator{"report.ranking-workbook.evaluator", "Evaluator",
                                     "Beoordelaar"};
inline constexpr Phrase rw_scores_of{"report.ranking-workbook.scores-of", "Scores of",
                                     "Scores van"};
inline constexpr Phrase rw_form{"report.ranking-workbook.form", "Form", "Formulier"};
inline constexpr Phrase rw_no_form{"report.ranking-workbook.no-form", "no form returned",
                                   "geen formulier ontvangen"};
inline constexpr Phrase rw_candidate{"report.ranking-workbook.candidate", "Candidate", "Gegadigde"};
inline constexpr Phrase rw_name{"report.ranking-workbook.name", "Name", "Naam"};
inline constexpr Phrase rw_score{"report.ranking-workbook.score", "Score", "Score"};
inline constexpr Phrase rw_motivation{"report.ranking-workbook.motivation", "Motivation",
                                      "Motivering"};
inline constexpr Phrase rw_spread{"report.ranking-workbook.spread", "Spread", "Spreiding"};
inline constexpr Phrase rw_discuss{"report.ranking-workbook.discuss", "Discuss", "Bespreken"};
inline constexpr Phrase rw_consensus{"report.ranking-workbook.consensus", "Consensus", "Consensus"};
inline constexpr Phrase rw_basis{"report.ranking-workbook.basis", "Basis", "Grondslag"};
inline constexpr Phrase rw_basis_mean{"report.ranking-workbook.basis-mean", "mean", "gemiddelde"};
inline constexpr Phrase rw_basis_median{"report.ranking-workbook.basis-median", "median",
                                        "mediaan"};
inline constexpr Phrase rw_basis_explicit{"report.ranking-workbook.basis-explicit", "explicit",
                                          "vastgesteld"};
inline constexpr Phrase rw_missing{"report.ranking-workbook.missing", "missing", "ontbreekt"};
inline constexpr Phrase rw_consensus_motivation{"report.ranking-workbook.consensus-motivation",
                                                "Consensus motivation", "Motivering consensus"};
inline constexpr Phrase rw_total{"report.ranking-workbook.total", "Total", "Totaal"};
inline constexpr Phrase rw_rank{"report.ranking-workbook.rank", "Rank", "Rang"};
inline constexpr Phrase rw_invited{"report.ranking-workbook.invited", "Invited", "Uitgenodigd"};
inline constexpr Phrase rw_margin{"report.ranking-workbook.margin", "Margin to cut-off",
                                  "Marge tot grens"};
inline constexpr Phrase rw_remark{"report.ranking-workbook.remark", "Remark", "Opmerking"};
inline constexpr Phrase rw_yes{"report.ranking-workbook.yes", "yes", "ja"};
inline constexpr Phrase rw_no{"report.ranking-workbook.no", "no", "nee"};
inline constexpr Phrase rw_undecided{"report.ranking-workbook.undecided", "undecided", "onbeslist"};
inline constexpr Phrase rw_limits{"report.ranking-workbook.limits", "at most", "ten hoogste"};
inline constexpr Phrase rw_at_least{"report.ranking-workbook.at-least", "at least", "ten minste"};
inline constexpr Phrase rw_cut_off{"report.ranking-workbook.cut-off",
                                   "Cut-off (total of the last invited)",
                                   "Grens (totaal laatst uitgenodigde)"};
inline constexpr Phrase rw_complete{"report.ranking-workbook.complete", "Complete", "Volledig"};
inline constexpr Phrase rw_warnings{"report.ranking-workbook.warnings", "Warnings",
                                    "Waarschuwingen"};
inline constexpr Phrase rw_precision_note{
    "report.ranking-workbook.precision-note",
    "Note: totals and margins have {places} decimals, because some totals differ only beyond the "
    "{usual}th "
    "decimal. The formulas round the totals to {places} decimals and the rank follows those "
    "rounded "
    "totals, so the workbook ranks as tenderkit does in exact arithmetic.",
    "Let op: totalen en marges staan in {places} decimalen, omdat sommige totalen pas na de "
    "{usual}e "
    "decimaal verschillen. De formules ronden de totalen af op {places} decimalen en de rang volgt "
    "die "
    "afgeronde totalen, zodat de werkmap rangschikt zoals tenderkit exact rekent."};
inline constexpr Phrase rw_missing_scores{"report.ranking-workbook.missing-scores",
                                          "missing scores", "ontbrekende scores"};
inline constexpr Phrase rw_flagged_spreads{"report.ranking-workbook.flagged-spreads",
                                           "discuss the spread on", "spreiding bespreken bij"};
inline constexpr Phrase rw_in_tie{"report.ranking-workbook.in-tie", "tie at the cut-off",
                                  "gelijke stand op de grens"};
inline constexpr Phrase rw_tie_heading{"report.ranking-workbook.tie-heading", "Tie at the cut-off",
                                       "Gelijke stand op de grens"};
inline constexpr Phrase rw_tied{"report.ranking-workbook.tied", "Tied", "Gelijk"};
inline constexpr Phrase rw_places{"report.ranking-workbook.places", "Places", "Plaatsen"};
inline constexpr Phrase rw_resolved{"report.ranking-workbook.resolved", "Resolved", "Beslist"};
inline constexpr Phrase rw_steps{"report.ranking-workbook.steps", "Steps", "Stappen"};
inline constexpr Phrase rw_order{"report.ranking-workbook.order", "Order", "Volgorde"};
inline constexpr Phrase rw_ticket{"report.ranking-workbook.ticket", "Ticket (SHA-256)",
                                  "Lot (SHA-256)"};
inline constexpr Phrase rw_tool{"report.ranking-workbook.tool", "Tool", "Programma"};
inline constexpr Phrase rw_version{"report.ranking-workbook.version", "Version", "Versie"};
inline constexpr Phrase rw_created{"report.ranking-workbook.created", "Created (UTC)",
                                   "Aangemaakt (UTC)"};
inline constexpr Phrase rw_seed{"report.ranking-workbook.seed", "Lot seed", "Seed van de loting"};
inline constexpr Phrase rw_lot_algorithm{"report.ranking-workbook.lot-algorithm", "Lot algorithm",
                                         "Lotingsmethode"};
inline constexpr Phrase rw_inputs{"report.ranking-workbook.inputs", "Input files",
                                  "Invoerbestanden"};
inline constexpr Phrase rw_role{"report.ranking-workbook.role", "Role", "Rol"};
inline constexpr Phrase rw_role_tender{"report.ranking-workbook.role-tender", "tender",
                                       "aanbesteding"};
inline constexpr Phrase rw_role_scores{"report.ranking-workbook.role-scores", "scores", "scores"};
inline constexpr Phrase rw_role_consensus{"report.ranking-workbook.role-consensus", "consensus",
                                          "consensus"};
inline constexpr Phrase rw_file{"report.ranking-workbook.file", "File", "Bestand"};
inline constexpr Phrase rw_forms{"report.ranking-workbook.forms", "Score forms",
                                 "Scoreformulieren"};
inline constexpr Phrase rw_committee{"report.ranking-workbook.committee", "committee (consensus)",
                                     "commissie (consensus)"};
inline constexpr Phrase rw_page{"report.ranking-workbook.page", "Page &P of &N",
                                "Pagina &P van &N"};
inline constexpr Phrase lot_algorithm{
    "report.lot-algorithm",
    "Each tied candidate's ticket is the SHA-256 of the published seed, a newline and the "
    "candidate id (printf '%s\\n%s' SEED ID | sha256sum); tickets are sorted as lower-case "
    "hexadecimal text and the lowest tickets win the open places.",
    "Het lot van elke gegadigde is de SHA-256 van de gepubliceerde seed, een regeleinde en het id "
    "van de gegadigde (printf '%s\\n%s' SEED ID | sha256sum); de loten worden als hexadecimale "
    "tekst in kleine letters gesorteerd en de laagste loten krijgen de open plaatsen."};

// The registration form.
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

// The opening comment of a registration file tenderkit writes.
inline constexpr Phrase toml_written_by_match{
    "report.registration-toml.by-match", "Written by tender-match; check it with tender-check.",
    "Geschreven door tender-match; controleer het met tender-check."};
inline constexpr Phrase toml_converted_from{
    "report.registration-toml.converted",
    "Registration converted from {file} by tender-check.\nThe format: docs/input-format.md, "
    "\"Registration file\".",
    "Inschrijving omgezet uit {file} door tender-check.\nHet formaat: docs/input-format.md, "
    "\"Registration file\"."};

inline constexpr const Phrase* catalogue[] = {
    &errors_one,
    &errors_many,
    &warnings_one,
    &warnings_many,
    &members_one,
    &members_many,
    &check_heading,
    &check_title,
    &verdict_compliant,
    &verdict_compliant_with,
    &verdict_not_compliant,
    &not_compliant,
    &two_counts,
    &registration_line,
    &check_summary_one,
    &check_summary,
    &summary_skipped_one,
    &summary_skipped_many,
    &summary_strict,
    &severity_error,
    &severity_warning,
    &skipped_because,
    &not_read_heading,
    &not_read_title,
    &each_a_warning,
    &each_a_warning_strict,
    &skipped_entries_suite,
    &column_registration,
    &column_name,
    &column_legal_form,
    &column_members,
    &column_result,
    &column_errors,
    &column_warnings,
    &column_rule,
    &column_severity,
    &column_where,
    &column_finding,
    &column_entry,
    &column_reason,
    &wb_summary_sheet,
    &wb_document_title,
    &wb_tender,
    &wb_date,
    &wb_strict,
    &wb_registrations,
    &wb_compliant_count,
    &wb_id,
    &wb_compliant,
    &wb_sheet,
    &wb_file,
    &wb_coverage,
    &wb_code,
    &wb_service,
    &wb_local,
    &wb_suppliers,
    &wb_kvk,
    &wb_no_supplier,
    &wb_one_supplier,
    &wb_findings,
    &wb_message,
    &wb_location,
    &wb_no_findings,
    &wb_yes,
    &wb_no,
    &wb_page,
    &wb_skipped,
    &wb_skipped_entry,
    &rw_ranking_sheet,
    &rw_criteria_sheet,
    &rw_consensus_sheet,
    &rw_audit_sheet,
    &rw_document_title,
    &rw_tender,
    &rw_date,
    &rw_scale,
    &rw_scale_maximum,
    &rw_weight_kind,
    &rw_percentages,
    &rw_points,
    &rw_maximum_total,
    &rw_consensus_rule,
    &rw_rule_mean,
    &rw_rule_median,
    &rw_rule_explicit,
    &rw_spread_threshold,
    &rw_none,
    &rw_min_candidates,
    &rw_max_candidates,
    &rw_tie_break,
    &rw_tie_break_criterion,
    &rw_lots,
    &rw_id,
    &rw_criterion,
    &rw_weight,
    &rw_guidance,
    &rw_evaluator,
    &rw_scores_of,
    &rw_form,
    &rw_no_form,
    &rw_candidate,
    &rw_name,
    &rw_score,
    &rw_motivation,
    &rw_spread,
    &rw_discuss,
    &rw_consensus,
    &rw_basis,
    &rw_basis_mean,
    &rw_basis_median,
    &rw_basis_explicit,
    &rw_missing,
    &rw_consensus_motivation,
    &rw_total,
    &rw_rank,
    &rw_invited,
    &rw_margin,
    &rw_remark,
    &rw_yes,
    &rw_no,
    &rw_undecided,
    &rw_limits,
    &rw_at_least,
    &rw_cut_off,
    &rw_complete,
    &rw_warnings,
    &rw_precision_note,
    &rw_missing_scores,
    &rw_flagged_spreads,
    &rw_in_tie,
    &rw_tie_heading,
    &rw_tied,
    &rw_places,
    &rw_resolved,
    &rw_steps,
    &rw_order,
    &rw_ticket,
    &rw_tool,
    &rw_version,
    &rw_created,
    &rw_seed,
    &rw_lot_algorithm,
    &rw_inputs,
    &rw_role,
    &rw_role_tender,
    &rw_role_scores,
    &rw_role_consensus,
    &rw_file,
    &rw_forms,
    &rw_committee,
    &rw_page,
    &lot_algorithm,
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
    &toml_written_by_match,
    &toml_converted_from,
};

}  // namespace tenderkit::report::words
