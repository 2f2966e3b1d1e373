// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of the commands' --help: each command's description and footer, the descriptions of
/// its own options and arguments and of its subcommands. apps/*/main.cpp shows them in the language
/// of help (cli::help_language); the options every command shares are worded in
/// cli/help_wording.hpp. Option names, metavariables (FILE, DIR) and values (nl, json) are the same
/// in both languages. core/wording.hpp explains the catalogue.
namespace tenderkit::commands::help_words {

using wording::Phrase;

// ---- Shared by several commands.
inline constexpr Phrase tender_file{"commands.help.tender-file", "The tender file",
                                    "Het aanbestedingsbestand"};
inline constexpr Phrase report_format{"commands.help.report-format", "Report format",
                                      "Formaat van het rapport"};

inline constexpr const Phrase* shared_catalogue[] = {&tender_file, &report_format};

// ---- tender-check
inline constexpr Phrase check_description{
    "commands.help.check.description",
    "Check consortium registrations against a tender's integrality requirement: together the "
    "members must deliver every required service, in the right roles, municipalities and with "
    "the right certifications.",
    "Toets de inschrijvingen van combinaties aan de integraliteitseis van een aanbesteding: "
    "samen moeten de leden elke gevraagde dienst leveren, in de juiste rollen en gemeenten en met "
    "de juiste certificeringen."};
inline constexpr Phrase check_footer{
    "commands.help.check.footer",
    "A directory stands for every *.toml and *.xlsx file directly in it, in sorted order; every\n"
    "other entry (but hidden files, editor backups and Excel's lock files) is named as skipped,\n"
    "a finding with --strict.\n"
    "Rules: INT-001..INT-010 and, with ESPD responses, ESP-001..ESP-004, see docs/rules.md.\n\n"
    "Exit codes:\n"
    "  0  every registration is compliant; --registration-form: the form is written\n"
    "  1  some registration is not compliant (with --strict: or has warnings, or entries were\n"
    "     skipped)\n"
    "  2  invalid input or usage; an output that is one of the inputs\n"
    "  3  an output could not be written; --registration-form, --toml: the file exists (see\n"
    "     --force)\n\n"
    "Options follow one convention in every command: docs/cli.md.\n"
    "Environment: NO_COLOR disables colour; SOURCE_DATE_EPOCH fixes the workbook timestamp.",
    "Een map staat voor elk *.toml- en *.xlsx-bestand direct daarin, in gesorteerde volgorde;\n"
    "elk ander item (behalve verborgen bestanden, reservekopieën van editors en de\n"
    "vergrendelingsbestanden van Excel) wordt als overgeslagen genoemd, met --strict als\n"
    "bevinding.\n"
    "Regels: INT-001..INT-010 en, met UEA's (ESPD-responses), ESP-001..ESP-004, zie\n"
    "docs/rules.md.\n\n"
    "Afsluitcodes:\n"
    "  0  elke inschrijving voldoet; --registration-form: het formulier is geschreven\n"
    "  1  een inschrijving voldoet niet (met --strict: of heeft waarschuwingen, of er zijn items\n"
    "     overgeslagen)\n"
    "  2  ongeldige invoer of ongeldig gebruik; een uitvoer die een van de invoerbestanden is\n"
    "  3  een uitvoer kon niet worden geschreven; --registration-form, --toml: het bestand\n"
    "     bestaat al (zie --force)\n\n"
    "De opties volgen één conventie in elke opdracht: docs/cli.md.\n"
    "Omgeving: NO_COLOR zet de kleur uit; SOURCE_DATE_EPOCH legt het tijdstempel van het werkboek\n"
    "vast."};
inline constexpr Phrase check_registrations{
    "commands.help.check.registrations",
    "Registration files (.toml, or filled registration forms .xlsx), or directories meaning "
    "every *.toml and *.xlsx file in them",
    "Inschrijvingsbestanden (.toml, of ingevulde inschrijvingsformulieren .xlsx), of mappen: dan "
    "elk *.toml- en *.xlsx-bestand daarin"};
inline constexpr Phrase check_workbook{"commands.help.check.workbook",
                                       "summary, coverage matrix and findings per registration",
                                       "overzicht, dekkingsmatrix en bevindingen per inschrijving"};
inline constexpr Phrase check_espd{
    "commands.help.check.espd",
    "A folder of ESPD (UEA) responses (*.xml, ESPD-EDM 2.1.1 or 3.x/4.x), matched to the members "
    "by KvK number; members may also name theirs with espd = \"FILE\"",
    "Een map met UEA's (ESPD-responses: *.xml, ESPD-EDM 2.1.1 of 3.x/4.x), aan de leden gekoppeld "
    "op KvK-nummer; een lid kan zijn UEA ook noemen met espd = \"FILE\""};
inline constexpr Phrase check_strict{"commands.help.check.strict",
                                     "Count warnings as findings (exit 1)",
                                     "Tel waarschuwingen als bevindingen (afsluitcode 1)"};
inline constexpr Phrase check_registration_form{
    "commands.help.check.registration-form",
    "Write the tender's blank registration form (.xlsx, in the --lang language) to FILE instead "
    "of checking ('-': standard output, not a terminal); give no REGISTRATIONS",
    "Schrijf het lege inschrijvingsformulier van de aanbesteding (.xlsx, in de taal van --lang) "
    "naar FILE in plaats van te toetsen ('-': standaarduitvoer, geen terminal); geef dan geen "
    "REGISTRATIONS"};
inline constexpr Phrase check_toml{
    "commands.help.check.toml",
    "Also write the one registration given (a filled registration form) as a TOML registration "
    "file to FILE ('-': standard output)",
    "Schrijf ook de ene gegeven inschrijving (een ingevuld inschrijvingsformulier) als "
    "TOML-inschrijvingsbestand naar FILE ('-': standaarduitvoer)"};
inline constexpr Phrase check_force{"commands.help.check.force",
                                    "Replace the file of --registration-form or --toml when it "
                                    "exists",
                                    "Vervang het bestand van --registration-form of --toml als "
                                    "het al bestaat"};

inline constexpr const Phrase* check_catalogue[] = {
    &check_description,       &check_footer, &check_registrations,
    &check_workbook,          &check_espd,   &check_strict,
    &check_registration_form, &check_toml,   &check_force,
};

// ---- tender-init
inline constexpr Phrase init_description{
    "commands.help.init.description",
    "Write a ready-to-edit tender folder: a fully commented tender file, one example "
    "registration, a contracts file and the bridging-days table, from a shipped template.",
    "Schrijf een aanbestedingsmap om meteen te bewerken: een aanbestedingsbestand met uitleg bij "
    "elke sleutel, een voorbeeldinschrijving, een contractenbestand en de tabel met brugdagen, "
    "uit een meegeleverd sjabloon."};
inline constexpr Phrase init_footer{
    "commands.help.init.footer",
    "Templates:\n"
    "  mvs        Maassluis-Vlaardingen-Schiedam: integral lot, preselection with criteria,\n"
    "             9-year contract with evaluations after years 3 and 6\n"
    "  ijmond-zk  IJmond with Zuid-Kennemerland: iJw codes, certifications, four existing\n"
    "             contracts and the 2021-2023 procurement timeline\n"
    "  blank      the least a tender needs, every key explained, to fill in\n"
    "The templates are found in $TENDERKIT_TEMPLATES, else in share/tenderkit/templates of the\n"
    "installation, else in the source tree tenderkit was built from.\n\n"
    "Exit codes:\n"
    "  0  the folder was written\n"
    "  1  (not used by tender-init)\n"
    "  2  invalid usage, e.g. an unknown template\n"
    "  3  a file exists (without --force; then nothing is written) or could not be written\n\n"
    "Options follow one convention in every command: docs/cli.md.",
    "Sjablonen:\n"
    "  mvs        Maassluis-Vlaardingen-Schiedam: integraal perceel, preselectie met criteria,\n"
    "             contract van 9 jaar met evaluaties na jaar 3 en 6\n"
    "  ijmond-zk  IJmond met Zuid-Kennemerland: iJw-codes, certificeringen, vier bestaande\n"
    "             contracten en de aanbestedingstijdlijn 2021-2023\n"
    "  blank      het minste wat een aanbesteding nodig heeft, elke sleutel uitgelegd, om in te\n"
    "             vullen\n"
    "De sjablonen staan in $TENDERKIT_TEMPLATES, anders in share/tenderkit/templates van de\n"
    "installatie, anders in de broncode waaruit tenderkit is gebouwd.\n\n"
    "Afsluitcodes:\n"
    "  0  de map is geschreven\n"
    "  1  (niet gebruikt door tender-init)\n"
    "  2  ongeldig gebruik, bijvoorbeeld een onbekend sjabloon\n"
    "  3  een bestand bestaat al (zonder --force; dan wordt niets geschreven) of kon niet\n"
    "     worden geschreven\n\n"
    "De opties volgen één conventie in elke opdracht: docs/cli.md."};
inline constexpr Phrase init_directory{"commands.help.init.directory",
                                       "The tender folder to write (created when missing)",
                                       "De aanbestedingsmap die geschreven wordt (aangemaakt als "
                                       "die ontbreekt)"};
inline constexpr Phrase init_template{"commands.help.init.template",
                                      "The template: mvs, ijmond-zk or blank (default mvs)",
                                      "Het sjabloon: mvs, ijmond-zk of blank (standaard mvs)"};
inline constexpr Phrase init_force{"commands.help.init.force", "Replace files that exist",
                                   "Vervang bestanden die al bestaan"};
inline constexpr Phrase init_examples{
    "commands.help.init.examples",
    "Also write the template's other example registrations and its example scores files "
    "(scores/), to try every command on",
    "Schrijf ook de andere voorbeeldinschrijvingen van het sjabloon en zijn "
    "voorbeeldscorebestanden "
    "(scores/), om elke opdracht mee uit te proberen"};
inline constexpr Phrase init_language{
    "commands.help.init.language",
    "The new tender's language (its `language` key), which every command then uses: nl (Dutch) "
    "or en (English); default: the template's",
    "De taal van de nieuwe aanbesteding (de sleutel `language`), die elke opdracht daarna "
    "gebruikt: nl (Nederlands) of en (Engels); standaard: die van het sjabloon"};

inline constexpr const Phrase* init_catalogue[] = {
    &init_description, &init_footer,   &init_directory, &init_template,
    &init_force,       &init_examples, &init_language,
};

// ---- tender-schedule
inline constexpr Phrase schedule_description{
    "commands.help.schedule.description",
    "Contract-term schedules and the procurement timeline on Dutch working days: terms, "
    "evaluations, notice and extension deadlines, intake moments, reporting, budget and "
    "indexation dates, the procurement phases and their re-planning; as a workbook with a "
    "printable annex per contract (parties, date, version, clauses, signatures), and as text, "
    "JSON, CSV, iCalendar or Markdown, in the tender's language.",
    "Planningen van contractlooptijden en de aanbestedingstijdlijn op Nederlandse werkdagen: "
    "looptijden, evaluaties, deadlines voor opzegging en verlenging, instroommomenten, "
    "rapportages, data voor budget en indexatie, de fasen van de aanbesteding en hun herplanning; "
    "als werkboek met een afdrukbare bijlage per contract (partijen, datum, versie, bepalingen, "
    "handtekeningen), en als tekst, JSON, CSV, iCalendar of Markdown, in de taal van de "
    "aanbesteding."};
inline constexpr Phrase schedule_footer{
    "commands.help.schedule.footer",
    "Deadlines that fall on a Saturday, Sunday, Dutch general holiday or bridging day move by "
    "each contract's deadline_rules; every moved date says from where and why. See "
    "docs/tender-schedule.md and docs/calendar.md.\n\n"
    "Examples:\n"
    "  tender-schedule templates/mvs/tender.toml --xlsx mvs-schedule.xlsx\n"
    "  tender-schedule tender.toml contracts.toml --format ics -o deadlines.ics\n"
    "  tender-schedule tender.toml --format json -o plan.json\n"
    "  tender-schedule tender.toml --shift dialoog=+3m --baseline plan.json\n\n"
    "Exit codes:\n"
    "  0  done\n"
    "  2  invalid input or usage (also: a dependency cycle, an unknown phase, an output that\n"
    "     is one of the inputs)\n"
    "  3  an output could not be written\n\n"
    "Options follow one convention in every command: docs/cli.md. Changed: -o is the report,\n"
    "the workbook is --xlsx (docs/cli.md#changes).\n"
    "Environment: NO_COLOR disables colour; SOURCE_DATE_EPOCH fixes timestamps and the "
    "default --as-of day.",
    "Deadlines die op een zaterdag, zondag, algemeen erkende feestdag of brugdag vallen, schuiven "
    "volgens de deadline_rules van elk contract; bij elke verschoven datum staat vanwaar en "
    "waarom. Zie docs/tender-schedule.md en docs/calendar.md.\n\n"
    "Voorbeelden:\n"
    "  tender-schedule templates/mvs/tender.toml --xlsx mvs-schedule.xlsx\n"
    "  tender-schedule tender.toml contracts.toml --format ics -o deadlines.ics\n"
    "  tender-schedule tender.toml --format json -o plan.json\n"
    "  tender-schedule tender.toml --shift dialoog=+3m --baseline plan.json\n\n"
    "Afsluitcodes:\n"
    "  0  klaar\n"
    "  2  ongeldige invoer of ongeldig gebruik (ook: fasen die in een kring van elkaar afhangen,\n"
    "     een onbekende fase, een uitvoer die een van de invoerbestanden is)\n"
    "  3  een uitvoer kon niet worden geschreven\n\n"
    "De opties volgen één conventie in elke opdracht: docs/cli.md. Gewijzigd: -o is het\n"
    "rapport, het werkboek is --xlsx (docs/cli.md#changes).\n"
    "Omgeving: NO_COLOR zet de kleur uit; SOURCE_DATE_EPOCH legt de tijdstempels en de "
    "standaarddag van --as-of vast."};
inline constexpr Phrase schedule_tender{
    "commands.help.schedule.tender", "The tender file: its [contract] and its [[phase]] timeline",
    "Het aanbestedingsbestand: het [contract] en de tijdlijn van [[phase]]"};
inline constexpr Phrase schedule_contracts{"commands.help.schedule.contracts",
                                           "Contracts files (existing contracts)",
                                           "Contractenbestanden (bestaande contracten)"};
inline constexpr Phrase schedule_workbook{
    "commands.help.schedule.workbook",
    "overview, plan, milestones, timeline and a printable annex per contract",
    "overzicht, planning, mijlpalen, tijdlijn en een afdrukbare bijlage per contract"};
inline constexpr Phrase schedule_shift{
    "commands.help.schedule.shift",
    "Re-plan: move a phase and everything after it, e.g. dialoog=+3m (units y, m, w, d, wd); "
    "repeatable",
    "Herplan: verschuif een fase en alles daarna, bijvoorbeeld dialoog=+3m (eenheden y, m, w, "
    "d, wd); herhaalbaar"};
inline constexpr Phrase schedule_baseline{
    "commands.help.schedule.baseline",
    "An earlier --format json output: show old date, new date and the difference for every "
    "milestone",
    "Een eerdere uitvoer van --format json: toon bij elke mijlpaal de oude datum, de nieuwe "
    "datum en het verschil"};
inline constexpr Phrase schedule_as_of{
    "commands.help.schedule.as-of",
    "The day 'next deadline' counts from (default: today, or SOURCE_DATE_EPOCH's day)",
    "De dag waarvan 'volgende deadline' uitgaat (standaard: vandaag, of de dag van "
    "SOURCE_DATE_EPOCH)"};
inline constexpr Phrase schedule_bridging_days{
    "commands.help.schedule.bridging-days",
    "Bridging-days tables (default: bridging-days.toml beside the tender file, else the one "
    "shipped with tenderkit); repeatable",
    "Tabellen met brugdagen (standaard: bridging-days.toml naast het aanbestedingsbestand, anders "
    "de tabel die met tenderkit is meegeleverd); herhaalbaar"};
inline constexpr Phrase schedule_no_bridging_days{
    "commands.help.schedule.no-bridging-days", "General holidays only: use no bridging-days table",
    "Alleen algemeen erkende feestdagen: gebruik geen tabel met brugdagen"};

inline constexpr const Phrase* schedule_catalogue[] = {
    &schedule_description,      &schedule_footer,   &schedule_tender,
    &schedule_contracts,        &schedule_workbook, &schedule_shift,
    &schedule_baseline,         &schedule_as_of,    &schedule_bridging_days,
    &schedule_no_bridging_days,
};

// ---- tender-score and its subcommands forms, collect and rank
inline constexpr Phrase score_description{
    "commands.help.score.description",
    "Preselection scoring: blank evaluator forms, collection of the filled forms, consensus, "
    "weighted ranking and the cut-off at the maximum number of candidates.",
    "Beoordeling van de preselectie: lege formulieren voor de beoordelaars, het verzamelen van de "
    "ingevulde formulieren, consensus, gewogen rangschikking en de grens bij het maximale aantal "
    "gegadigden."};
inline constexpr Phrase score_footer{
    "commands.help.score.footer",
    "Run 'tender-score COMMAND --help' for the options of a command. See "
    "docs/tender-score.md.\n\n"
    "Exit codes:\n"
    "  0  done (collect: every score is in; rank: the ranking is complete)\n"
    "  1  not complete: scores are missing, or a tie the published rule cannot resolve\n"
    "  2  invalid input or usage; an output that is one of the inputs\n"
    "  3  an output could not be written; forms: a form exists (see forms -h)\n\n"
    "Options follow one convention in every command: docs/cli.md (what changed: "
    "docs/cli.md#changes).\n"
    "Environment: NO_COLOR disables colour; SOURCE_DATE_EPOCH fixes workbook timestamps.",
    "Voer 'tender-score OPDRACHT --help' uit voor de opties van een opdracht. Zie "
    "docs/tender-score.md.\n\n"
    "Afsluitcodes:\n"
    "  0  klaar (collect: alle scores zijn binnen; rank: de rangschikking is volledig)\n"
    "  1  niet volledig: er ontbreken scores, of een gelijke stand die de gepubliceerde regel\n"
    "     niet beslist\n"
    "  2  ongeldige invoer of ongeldig gebruik; een uitvoer die een van de invoerbestanden is\n"
    "  3  een uitvoer kon niet worden geschreven; forms: een formulier bestaat al (zie forms "
    "-h)\n\n"
    "De opties volgen één conventie in elke opdracht: docs/cli.md (wat er veranderde: "
    "docs/cli.md#changes).\n"
    "Omgeving: NO_COLOR zet de kleur uit; SOURCE_DATE_EPOCH legt de tijdstempels van werkboeken "
    "vast."};
inline constexpr Phrase forms_description{
    "commands.help.score.forms.description",
    "Write one blank scoring form (.xlsx) per evaluator for the registrations that pass "
    "tender-check",
    "Schrijf per beoordelaar één leeg scoreformulier (.xlsx) voor de inschrijvingen die "
    "tender-check doorstaan"};
inline constexpr Phrase forms_tender{"commands.help.score.forms.tender",
                                     "The tender file (with [preselection])",
                                     "Het aanbestedingsbestand (met [preselection])"};
inline constexpr Phrase forms_registrations{
    "commands.help.score.forms.registrations",
    "Registration files, or directories meaning every *.toml file in them (any other entry is "
    "named as skipped)",
    "Inschrijvingsbestanden, of mappen: dan elk *.toml-bestand daarin (elk ander item wordt als "
    "overgeslagen genoemd)"};
inline constexpr Phrase forms_folder{
    "commands.help.score.forms.folder",
    "The folder for the forms (created when missing); a form that exists there is never "
    "overwritten without --force",
    "De map voor de formulieren (aangemaakt als die ontbreekt); een formulier dat daar al staat, "
    "wordt nooit overschreven zonder --force"};
inline constexpr Phrase forms_force{
    "commands.help.score.forms.force",
    "Replace forms and the scores template that exist (filled-in scores in them are lost)",
    "Vervang formulieren en het scoresjabloon die al bestaan (ingevulde scores daarin gaan "
    "verloren)"};
inline constexpr Phrase collect_description{
    "commands.help.score.collect.description",
    "Read filled forms (.xlsx, .csv or .toml) into one scores file and report which scores are "
    "still missing",
    "Lees ingevulde formulieren (.xlsx, .csv of .toml) in één scorebestand in en meld welke "
    "scores nog ontbreken"};
inline constexpr Phrase collect_forms{
    "commands.help.score.collect.forms",
    "Filled forms or score files, or directories meaning those directly in them (any other entry "
    "is named as skipped)",
    "Ingevulde formulieren of scorebestanden, of mappen: dan die direct daarin (elk ander item "
    "wordt als overgeslagen genoemd)"};
inline constexpr Phrase collect_output{
    "commands.help.score.collect.output",
    "The scores file to write (TOML); rewritten from the forms each run, it is never written over "
    "a consensus, comment or score entered into it by hand (exit 3): keep the committee's "
    "decisions in a consensus file for rank; '-': standard output, with the progress report on "
    "standard error",
    "Het scorebestand dat geschreven wordt (TOML); het wordt bij elke run opnieuw uit de "
    "formulieren geschreven, maar nooit over een consensus, opmerking of score die er met de hand "
    "in is gezet (afsluitcode 3): leg de besluiten van de commissie vast in een consensusbestand "
    "voor rank; '-': standaarduitvoer, met het voortgangsrapport op de standaardfoutuitvoer"};
inline constexpr Phrase collect_format{"commands.help.score.collect.format",
                                       "Progress report format",
                                       "Formaat van het voortgangsrapport"};
inline constexpr Phrase rank_description{
    "commands.help.score.rank.description",
    "Rank the candidates: consensus, weighted totals, cut-off, tie-breaks; write the ranking "
    "workbook and a report",
    "Rangschik de gegadigden: consensus, gewogen totalen, grens, beslissing bij gelijke stand; "
    "schrijf het werkboek met de rangschikking en een rapport"};
inline constexpr Phrase rank_scores{"commands.help.score.rank.scores",
                                    "Scores files (from collect)", "Scorebestanden (van collect)"};
inline constexpr Phrase rank_consensus{
    "commands.help.score.rank.consensus",
    "A consensus file: the committee's decided scores, kept apart from the scores that collect "
    "rewrites (may be repeated)",
    "Een consensusbestand: de scores waartoe de commissie besloot, apart van de scores die "
    "collect opnieuw schrijft (mag herhaald worden)"};
inline constexpr Phrase rank_workbook{
    "commands.help.score.rank.workbook",
    "ranking, criteria, consensus, evaluators' scores and audit",
    "rangschikking, criteria, consensus, scores van de beoordelaars en audit"};

inline constexpr const Phrase* score_catalogue[] = {
    &score_description,   &score_footer,   &forms_description, &forms_tender,
    &forms_registrations, &forms_folder,   &forms_force,       &collect_description,
    &collect_forms,       &collect_output, &collect_format,    &rank_description,
    &rank_scores,         &rank_consensus, &rank_workbook,
};

// ---- tender-match and its subcommands compose, complete and market
inline constexpr Phrase match_description{
    "commands.help.match.description",
    "Which compliant consortia can a register of providers form for a tender? compose: the "
    "fewest members; complete: what a registration lacks; market: the market map and the "
    "largest number of competing consortia. Every answer is exact: proven optimal, or the best "
    "found with its bound when the time limit stops the search.",
    "Welke combinaties die voldoen kan een register van aanbieders vormen voor een aanbesteding? "
    "compose: de minste leden; complete: wat een inschrijving mist; market: de marktkaart en het "
    "grootste aantal concurrerende combinaties. Elk antwoord is exact: bewezen optimaal, of het "
    "beste gevonden antwoord met zijn grens als de tijdslimiet het zoeken stopt."};
inline constexpr Phrase match_footer{
    "commands.help.match.footer",
    "Run 'tender-match COMMAND --help' for the options of a command. See "
    "docs/tender-match.md.\n\n"
    "Exit codes:\n"
    "  0  answered: a compliant composition, completion or consortium exists\n"
    "  1  no compliant consortium is possible (the report says why)\n"
    "  2  invalid input or usage; an output that is one of the inputs\n"
    "  3  an output could not be written\n\n"
    "Environment: NO_COLOR disables colour; SOURCE_DATE_EPOCH fixes the workbook timestamp.",
    "Voer 'tender-match OPDRACHT --help' uit voor de opties van een opdracht. Zie "
    "docs/tender-match.md.\n\n"
    "Afsluitcodes:\n"
    "  0  beantwoord: er is een samenstelling, aanvulling of combinatie die voldoet\n"
    "  1  geen combinatie die voldoet is mogelijk (het rapport zegt waarom)\n"
    "  2  ongeldige invoer of ongeldig gebruik; een uitvoer die een van de invoerbestanden is\n"
    "  3  een uitvoer kon niet worden geschreven\n\n"
    "Omgeving: NO_COLOR zet de kleur uit; SOURCE_DATE_EPOCH legt het tijdstempel van het werkboek "
    "vast."};
inline constexpr Phrase match_register{"commands.help.match.register",
                                       "The provider register (TOML)",
                                       "Het aanbiedersregister (TOML)"};
inline constexpr Phrase match_workbook{"commands.help.match.workbook",
                                       "the proposals side by side and the market map",
                                       "de voorstellen naast elkaar en de marktkaart"};
inline constexpr Phrase match_quiet{
    "commands.help.match.quiet", "Quiet: no report on standard output (files are still written)",
    "Stil: geen rapport op de standaarduitvoer (bestanden worden wel geschreven)"};
inline constexpr Phrase match_time_limit{
    "commands.help.match.time-limit",
    "Stop the search after SECONDS and report the best answer found with its bound",
    "Stop het zoeken na SECONDS en meld het beste gevonden antwoord met zijn grens"};
inline constexpr Phrase match_write_registrations{
    "commands.help.match.write-registrations",
    "Write each proposal as a registration file into DIR (created when missing; files of the same "
    "name are replaced), ready for tender-check",
    "Schrijf elk voorstel als inschrijvingsbestand in DIR (aangemaakt als die ontbreekt; "
    "bestanden met dezelfde naam worden vervangen), klaar voor tender-check"};
inline constexpr Phrase match_exclude{
    "commands.help.match.exclude", "Leave out the provider with this KvK number (may be repeated)",
    "Laat de aanbieder met dit KvK-nummer weg (mag herhaald worden)"};
inline constexpr Phrase compose_description{
    "commands.help.match.compose.description",
    "The compliant consortium compositions with the fewest members, roles assigned",
    "De kleinste samenstellingen van een combinatie die voldoet (de minste leden), met hun "
    "rollen"};
inline constexpr Phrase compose_require{
    "commands.help.match.compose.require",
    "The provider with this KvK number must take part (may be repeated)",
    "De aanbieder met dit KvK-nummer moet deelnemen (mag herhaald worden)"};
inline constexpr Phrase compose_max_members{
    "commands.help.match.compose.max-members", "At most N members (on top of the tender's maximum)",
    "Ten hoogste N leden (naast het maximum van de aanbesteding)"};
inline constexpr Phrase compose_legal_form{"commands.help.match.compose.legal-form",
                                           "Only this legal form (the tender's, else both)",
                                           "Alleen deze rechtsvorm (die van de aanbesteding, "
                                           "anders beide)"};
inline constexpr Phrase compose_fewer_subcontractors{
    "commands.help.match.compose.prefer-fewer-subcontractors",
    "Among the fewest-member compositions, fewest subcontractors first",
    "Van de samenstellingen met de minste leden eerst die met de minste onderaannemers"};
inline constexpr Phrase compose_prefer_tag{
    "commands.help.match.compose.prefer-tag",
    "Among the fewest-member compositions, most providers with TAG first (e.g. vrijgevestigde)",
    "Van de samenstellingen met de minste leden eerst die met de meeste aanbieders met TAG "
    "(bijvoorbeeld vrijgevestigde)"};
inline constexpr Phrase compose_alternatives{"commands.help.match.compose.alternatives",
                                             "List the K best distinct compositions",
                                             "Toon de K beste verschillende samenstellingen"};
inline constexpr Phrase complete_description{
    "commands.help.match.complete.description",
    "The fewest providers to add (then roles to change) so that a registration complies",
    "De minste aanbieders om toe te voegen (daarna rollen om te wijzigen) zodat een inschrijving "
    "voldoet"};
inline constexpr Phrase complete_registration{"commands.help.match.complete.registration",
                                              "The registration to complete",
                                              "De inschrijving die aangevuld wordt"};
inline constexpr Phrase complete_max_members{
    "commands.help.match.complete.max-members",
    "At most N members after completion (on top of the tender's maximum)",
    "Ten hoogste N leden na de aanvulling (naast het maximum van de aanbesteding)"};
inline constexpr Phrase market_description{
    "commands.help.match.market.description",
    "The market map: providers per service and municipality, essential providers, and the "
    "largest number of disjoint compliant consortia",
    "De marktkaart: aanbieders per dienst en gemeente, onmisbare aanbieders, en het grootste "
    "aantal combinaties die voldoen zonder een aanbieder te delen"};
inline constexpr Phrase market_registrations{
    "commands.help.match.market.registrations",
    "Registrations already received (files, or directories meaning every *.toml file in them): "
    "their providers are left out, so the figure is the competition the rest of the market can "
    "still form",
    "Inschrijvingen die al zijn ontvangen (bestanden, of mappen: dan elk *.toml-bestand daarin): "
    "hun aanbieders blijven buiten beschouwing, zodat het aantal de concurrentie is die de rest "
    "van de markt nog kan vormen"};
inline constexpr Phrase market_exclusivity{
    "commands.help.match.market.exclusivity",
    "A provider takes part in one consortium only, or leads one only (default: the tender's "
    "rules)",
    "Een aanbieder neemt aan slechts één combinatie deel, of leidt er slechts één (als "
    "penvoerder of hoofdaannemer); standaard: de regels van de aanbesteding"};

inline constexpr const Phrase* match_catalogue[] = {
    &match_description,
    &match_footer,
    &match_register,
    &match_workbook,
    &match_quiet,
    &match_time_limit,
    &match_write_registrations,
    &match_exclude,
    &compose_description,
    &compose_require,
    &compose_max_members,
    &compose_legal_form,
    &compose_fewer_subcontractors,
    &compose_prefer_tag,
    &compose_alternatives,
    &complete_description,
    &complete_registration,
    &complete_max_members,
    &market_description,
    &market_registrations,
    &market_exclusivity,
};

}  // namespace tenderkit::commands::help_words
