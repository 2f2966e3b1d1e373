// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The words of the input readers: what a TOML file must hold and what was found instead
/// (core/wording.hpp explains the catalogue). Keys, table headers and values are quoted as written.
namespace tenderkit::input::words {

using wording::Phrase;

// What a value is: the {expected} and {found} of the messages below.
inline constexpr Phrase a_string{"input.type.string", "a string", "tekst"};
inline constexpr Phrase an_integer{"input.type.integer", "an integer", "een geheel getal"};
inline constexpr Phrase a_number{"input.type.number", "a number", "een getal"};
inline constexpr Phrase a_boolean{"input.type.boolean", "a boolean", "waar of onwaar"};
inline constexpr Phrase a_date{"input.type.date", "a date", "een datum"};
inline constexpr Phrase a_time{"input.type.time", "a time", "een tijd"};
inline constexpr Phrase a_date_time{"input.type.date-time", "a date-time", "een datum met tijd"};
inline constexpr Phrase an_array{"input.type.array", "an array", "een lijst"};
inline constexpr Phrase a_table{"input.type.table", "a table", "een tabel"};
inline constexpr Phrase nothing{"input.type.nothing", "nothing", "niets"};
inline constexpr Phrase true_or_false{"input.type.true-or-false", "true or false", "true of false"};
inline constexpr Phrase an_array_of_strings{"input.type.array-of-strings", "an array of strings",
                                            "een lijst van teksten"};
inline constexpr Phrase a_table_written{"input.type.table-written", "a table, written [{key}]",
                                        "een tabel, geschreven als [{key}]"};

// What a table is, where a header does not say it.
inline constexpr Phrase the_tender_file{"input.what.tender-file", "the tender file",
                                        "het aanbestedingsbestand"};
inline constexpr Phrase the_registration_file{"input.what.registration-file",
                                              "the registration file", "het inschrijvingsbestand"};
inline constexpr Phrase the_contracts_file{"input.what.contracts-file", "the contracts file",
                                           "het contractenbestand"};
inline constexpr Phrase the_scores_file{"input.what.scores-file", "the scores file",
                                        "het scorebestand"};
inline constexpr Phrase the_consensus_file{"input.what.consensus-file", "the consensus file",
                                           "het consensusbestand"};
inline constexpr Phrase the_bridging_days_file{"input.what.bridging-days-file",
                                               "the bridging-days file", "het brugdagenbestand"};
inline constexpr Phrase an_entry{"input.what.entry", "entry", "regel"};

// The readers' messages.
inline constexpr Phrase wrong_type{"input.wrong-type", "'{key}' must be {expected}, found {found}",
                                   "'{key}' moet {expected} zijn, gevonden: {found}"};
inline constexpr Phrase required_key{"input.required-key", "{what} lacks the required key '{key}'",
                                     "in {what} ontbreekt de verplichte sleutel '{key}'"};
inline constexpr Phrase must_not_be_empty{"input.must-not-be-empty", "'{key}' must not be empty",
                                          "'{key}' mag niet leeg zijn"};
inline constexpr Phrase out_of_range{
    "input.out-of-range", "'{key}' must be between {minimum} and {maximum}, found {found}",
    "'{key}' moet tussen {minimum} en {maximum} liggen, gevonden: "
    "{found}"};
inline constexpr Phrase not_a_number{
    "input.not-a-number", "{what} must be a number such as 8 or 7.5, found {found}",
    "{what} moet een getal zijn, zoals 8 of 7.5, gevonden: {found}"};
inline constexpr Phrase not_a_choice{"input.not-a-choice",
                                     "'{key}' must be one of {choices}, found '{found}'",
                                     "'{key}' moet een van {choices} zijn, gevonden: '{found}'"};
inline constexpr Phrase only_strings{"input.only-strings",
                                     "'{key}' must hold only strings, found {found}",
                                     "'{key}' mag alleen teksten bevatten, gevonden: {found}"};
inline constexpr Phrase not_an_array_of_tables{
    "input.not-an-array-of-tables",
    "'{key}' must be an array of tables, written [[{key}]], found {found}",
    "'{key}' moet een lijst van tabellen zijn, geschreven als [[{key}]], gevonden: {found}"};
inline constexpr Phrase unknown_key{"input.unknown-key", "unknown key '{key}' in {what}",
                                    "onbekende sleutel '{key}' in {what}"};
inline constexpr Phrase written_here{"input.written-here",
                                     "did you mean {shown}? ('{written}' is written {key} here)",
                                     "bedoelt u {shown}? ('{written}' heet hier {key})"};
inline constexpr Phrase alias_written_here{
    "input.alias-written-here", "did you mean '{choice}'? ('{written}' is written '{choice}' here)",
    "bedoelt u '{choice}'? ('{written}' heet hier '{choice}')"};

// Notes for Dutch words whose key alone would not say enough.
inline constexpr Phrase note_penvoerder_member{
    "input.note.penvoerder-member", "the penvoerder is a [[member]] with role = \"lead\"",
    "de penvoerder is een [[member]] met role = \"lead\""};
inline constexpr Phrase note_penvoerder_role{"input.note.penvoerder-role",
                                             "the penvoerder is written role = \"lead\"",
                                             "de penvoerder schrijft u als role = \"lead\""};
inline constexpr Phrase note_main_contractor_member{
    "input.note.main-contractor-member",
    "the main contractor is a [[member]] with role = \"main-contractor\"",
    "de hoofdaannemer is een [[member]] met role = \"main-contractor\""};
inline constexpr Phrase note_main_contractor_role{
    "input.note.main-contractor-role", "the main contractor is written role = \"main-contractor\"",
    "de hoofdaannemer schrijft u als role = \"main-contractor\""};
inline constexpr Phrase note_subcontractor_member{
    "input.note.subcontractor-member",
    "a subcontractor is a [[member]] with role = \"subcontractor\"",
    "een onderaannemer is een [[member]] met role = \"subcontractor\""};
inline constexpr Phrase note_subcontractor_role{
    "input.note.subcontractor-role", "a subcontractor is written role = \"subcontractor\"",
    "een onderaannemer schrijft u als role = \"subcontractor\""};

// TOML syntax in plain words.
inline constexpr Phrase not_utf8{"input.not-utf8", "the file is not valid UTF-8 text",
                                 "het bestand is geen geldige UTF-8-tekst"};
inline constexpr Phrase save_as_utf8{"input.save-as-utf8", "save the file as UTF-8",
                                     "sla het bestand op als UTF-8"};
inline constexpr Phrase invalid_toml{"input.invalid-toml", "invalid TOML: {detail}",
                                     "ongeldige TOML: {detail}"};
inline constexpr Phrase quote_not_closed{
    "input.quote-not-closed", "invalid TOML: the text in quotes is not closed on this line",
    "ongeldige TOML: de tekst tussen aanhalingstekens wordt op deze regel niet afgesloten"};
inline constexpr Phrase end_quote{"input.end-quote",
                                  "end it with {quote} before the end of the line",
                                  "sluit hem af met {quote} voor het einde van de regel"};
inline constexpr Phrase header_not_closed{
    "input.header-not-closed", "invalid TOML: the table header is not closed with {bracket}",
    "ongeldige TOML: de tabelkop wordt niet afgesloten met {bracket}"};
inline constexpr Phrase write_this{"input.write-this", "write {code}", "schrijf {code}"};
inline constexpr Phrase list_not_closed{
    "input.list-not-closed", "invalid TOML: the list is not closed with ], or a comma is missing",
    "ongeldige TOML: de lijst wordt niet afgesloten met ], of er ontbreekt een komma"};
inline constexpr Phrase write_a_list{
    "input.write-a-list", "write a list as [\"a\", \"b\"]: commas between the values, ] at the end",
    "schrijf een lijst als [\"a\", \"b\"]: komma's tussen de waarden, ] aan het eind"};
inline constexpr Phrase key_has_spaces{"input.key-has-spaces",
                                       "invalid TOML: a key has no spaces, found '{found}'",
                                       "ongeldige TOML: een sleutel heeft geen spaties, gevonden: "
                                       "'{found}'"};
inline constexpr Phrase underscores{"input.underscores",
                                    "write the words with _ between them, e.g. legal_form",
                                    "schrijf de woorden met _ ertussen, bijvoorbeeld legal_form"};
inline constexpr Phrase equals_missing{"input.equals-missing",
                                       "invalid TOML: '=' is missing after the key '{key}'",
                                       "ongeldige TOML: na de sleutel '{key}' ontbreekt '='"};
inline constexpr Phrase key_twice{"input.key-twice",
                                  "invalid TOML: the key '{key}' is given twice in the same table",
                                  "ongeldige TOML: de sleutel '{key}' staat twee keer in dezelfde "
                                  "tabel"};
inline constexpr Phrase keep_one{
    "input.keep-one", "keep one; if a new entry starts here, begin it with its own [[...]] line",
    "houd er één; begint hier een nieuwe regel, begin die dan met een eigen [[...]]-regel"};
inline constexpr Phrase table_twice{"input.table-twice",
                                    "invalid TOML: the table [{table}] is given twice",
                                    "ongeldige TOML: de tabel [{table}] staat er twee keer"};
inline constexpr Phrase merge_tables{
    "input.merge-tables",
    "merge the two into one [{table}], or write [[{table}]] for a list of tables",
    "voeg de twee samen tot één [{table}], of schrijf [[{table}]] voor een lijst van tabellen"};
inline constexpr Phrase equals_twice{"input.equals-twice", "invalid TOML: '=' is written twice",
                                     "ongeldige TOML: '=' staat er twee keer"};
inline constexpr Phrase text_not_quoted{"input.text-not-quoted",
                                        "invalid TOML: the text {value} is not in quotes",
                                        "ongeldige TOML: de tekst {value} staat niet tussen "
                                        "aanhalingstekens"};
inline constexpr Phrase lower_case_booleans{
    "input.lower-case-booleans", "invalid TOML: true and false are written in lower case",
    "ongeldige TOML: true en false worden met kleine letters geschreven"};
inline constexpr Phrase write_boolean{"input.write-boolean", "write {key} = true or {key} = false",
                                      "schrijf {key} = true of {key} = false"};
inline constexpr Phrase leading_zero{"input.leading-zero",
                                     "invalid TOML: a number cannot start with 0",
                                     "ongeldige TOML: een getal kan niet met 0 beginnen"};
inline constexpr Phrase numbers_are_text{
    "input.numbers-are-text",
    "numbers such as KvK numbers and AGB codes are text: write {key} = \"{value}\"",
    "nummers zoals KvK-nummers en AGB-codes zijn tekst: schrijf {key} = \"{value}\""};

// Kinds of things with ids, the {what} of the id messages.
inline constexpr Phrase kind_tender{"input.kind.tender", "tender", "aanbesteding"};
inline constexpr Phrase kind_registration{"input.kind.registration", "registration",
                                          "inschrijving"};
inline constexpr Phrase kind_phase{"input.kind.phase", "phase", "fase"};
inline constexpr Phrase kind_contract{"input.kind.contract", "contract", "contract"};
inline constexpr Phrase kind_service{"input.kind.service", "service", "dienst"};
inline constexpr Phrase kind_criterion{"input.kind.criterion", "criterion", "criterium"};
inline constexpr Phrase kind_knockout{"input.kind.knockout", "knock-out requirement",
                                      "knock-outeis"};
inline constexpr Phrase kind_municipality{"input.kind.municipality", "municipality", "gemeente"};
inline constexpr Phrase kind_certification{"input.kind.certification", "certification",
                                           "certificering"};
inline constexpr Phrase kind_evaluator{"input.kind.evaluator", "evaluator", "beoordelaar"};

// The tender file.
inline constexpr Phrase bad_id{"input.bad-id",
                               "{what} id '{id}' may hold only letters, digits, '.', '_' and '-', "
                               "and must start with a letter or digit",
                               "{what}-id '{id}' mag alleen letters, cijfers, '.', '_' en '-' "
                               "bevatten en moet met een letter of cijfer beginnen"};
inline constexpr Phrase id_twice{"input.id-twice", "{what} id '{id}' is defined twice",
                                 "{what}-id '{id}' is twee keer gedefinieerd"};
inline constexpr Phrase first_defined_at{"input.first-defined-at", "first defined at {where}",
                                         "eerst gedefinieerd op {where}"};
inline constexpr Phrase no_municipality{
    "input.no-municipality", "the tender names no municipality; add at least one [[municipality]]",
    "de aanbesteding noemt geen gemeente; voeg ten minste één [[municipality]] toe"};
inline constexpr Phrase unknown_service_certification{
    "input.unknown-service-certification",
    "service '{service}' requires certification '{certification}', which no [[certification]] "
    "defines",
    "dienst '{service}' vereist certificering '{certification}', die geen [[certification]] "
    "definieert"};
inline constexpr Phrase define_certification_first{
    "input.define-certification-first", "define it first: [[certification]] with id = \"{id}\"",
    "definieer die eerst: [[certification]] met id = \"{id}\""};
inline constexpr Phrase certification_twice{"input.certification-twice",
                                            "certification '{id}' is listed twice",
                                            "certificering '{id}' staat er twee keer"};
inline constexpr Phrase no_service{
    "input.no-service", "the tender requires no service; add at least one [[service]]",
    "de aanbesteding vraagt geen dienst; voeg ten minste één [[service]] toe"};
inline constexpr Phrase bad_legal_form{
    "input.bad-legal-form",
    "legal form must be 'combination' or 'main-contractor', found '{found}'",
    "rechtsvorm moet 'combination' of 'main-contractor' zijn, gevonden: '{found}'"};
inline constexpr Phrase legal_form_twice{"input.legal-form-twice",
                                         "legal form '{form}' is listed twice",
                                         "rechtsvorm '{form}' staat er twee keer"};
inline constexpr Phrase no_legal_form{"input.no-legal-form",
                                      "'legal_forms' must allow at least one legal form",
                                      "'legal_forms' moet ten minste één rechtsvorm toestaan"};
inline constexpr Phrase maximum_below_minimum{
    "input.maximum-below-minimum",
    "'{maximum_key}' ({maximum}) is less than '{minimum_key}' ({minimum})",
    "'{maximum_key}' ({maximum}) is kleiner dan '{minimum_key}' ({minimum})"};
inline constexpr Phrase no_scale{"input.no-scale",
                                 "[preselection] lacks the scale; add [preselection.scale] with "
                                 "values = [0, 2, 4, 6, 8, 10] or min, max and step",
                                 "in [preselection] ontbreekt de schaal; voeg [preselection.scale] "
                                 "toe met values = [0, 2, 4, 6, 8, 10] of min, max en step"};
inline constexpr Phrase values_or_range{"input.values-or-range",
                                        "give either 'values' or 'min', 'max' and 'step', not both",
                                        "geef 'values' of 'min', 'max' en 'step', niet allebei"};
inline constexpr Phrase an_array_of_numbers{"input.type.array-of-numbers", "an array of numbers",
                                            "een lijst van getallen"};
inline constexpr Phrase a_scale_value{"input.what.scale-value", "a scale value",
                                      "een schaalwaarde"};
inline constexpr Phrase scale_not_ascending{
    "input.scale-not-ascending",
    "scale values must be in ascending order without repeats; {value} follows {previous}",
    "schaalwaarden moeten oplopen zonder herhaling; {value} volgt op {previous}"};
inline constexpr Phrase scale_needs_values{
    "input.scale-needs-values", "[preselection.scale] needs 'values', or 'min', 'max' and 'step'",
    "[preselection.scale] heeft 'values' nodig, of 'min', 'max' en 'step'"};
inline constexpr Phrase scale_range{"input.scale-range",
                                    "the scale needs min < max and a positive step",
                                    "de schaal heeft min < max en een positieve step nodig"};
inline constexpr Phrase step_uneven{"input.step-uneven",
                                    "the step {step} does not divide max - min ({range}) evenly",
                                    "de step {step} deelt max - min ({range}) niet zonder rest"};
inline constexpr Phrase scale_too_long{
    "input.scale-too-long", "a scale may hold at most {limit} values, this one {count}",
    "een schaal mag hoogstens {limit} waarden hebben, deze heeft er {count}"};
inline constexpr Phrase scale_two_values{"input.scale-two-values",
                                         "a scale needs at least two values",
                                         "een schaal heeft ten minste twee waarden nodig"};
inline constexpr Phrase guidance_no_score{"input.guidance-no-score",
                                          "a guidance level lacks its 'score'",
                                          "bij een toelichtingsniveau ontbreekt de 'score'"};
inline constexpr Phrase guidance_off_scale{
    "input.guidance-off-scale",
    "guidance for score {score} of criterion '{criterion}', but the scale is {scale}",
    "toelichting bij score {score} van criterium '{criterion}', maar de schaal is {scale}"};
inline constexpr Phrase guidance_twice{
    "input.guidance-twice", "criterion '{criterion}' has guidance for score {score} twice",
    "criterium '{criterion}' heeft twee keer een toelichting bij score {score}"};
inline constexpr Phrase weight_positive{"input.weight-positive", "'weight' must be greater than 0",
                                        "'weight' moet groter dan 0 zijn"};
inline constexpr Phrase no_criteria{
    "input.no-criteria",
    "the preselection has no criteria; add at least one [[preselection.criterion]]",
    "de preselectie heeft geen criteria; voeg ten minste één [[preselection.criterion]] toe"};
inline constexpr Phrase percentages_not_100{
    "input.percentages-not-100", "percentage weights must add up to 100, these add up to {total}",
    "percentages moeten samen 100 zijn, deze zijn samen {total}"};
inline constexpr Phrase correct_weights{
    "input.correct-weights",
    "correct the weights, or set weight_kind = \"points\" to publish points instead",
    "corrigeer de gewichten, of zet weight_kind = \"points\" om punten te publiceren"};
inline constexpr Phrase lot_last{
    "input.lot-last", "'lot' must be the last tie-break step: nothing can follow a drawing of lots",
    "'lot' moet de laatste stap van de beslisregel zijn: na loting kan niets meer volgen"};
inline constexpr Phrase bad_tie_break{"input.bad-tie-break",
                                      "tie-break step '{step}' is neither a criterion nor 'lot'",
                                      "beslisstap '{step}' is geen criterium en geen 'lot'"};
inline constexpr Phrase tie_break_twice{"input.tie-break-twice",
                                        "tie-break step '{step}' is listed twice",
                                        "beslisstap '{step}' staat er twee keer"};
inline constexpr Phrase max_candidates_example{
    "input.max-candidates-example", "the most candidates to invite, e.g. max_candidates = 3",
    "het hoogste aantal uit te nodigen gegadigden, bijvoorbeeld max_candidates = 3"};
inline constexpr Phrase not_negative{"input.not-negative", "'{key}' must not be negative",
                                     "'{key}' mag niet negatief zijn"};
inline constexpr Phrase no_evaluators{
    "input.no-evaluators",
    "the preselection names no evaluators; add at least one [[preselection.evaluator]]",
    "de preselectie noemt geen beoordelaars; voeg ten minste één [[preselection.evaluator]] toe"};
inline constexpr Phrase lot_without_seed{
    "input.lot-without-seed", "the tie-break ends in a drawing of lots, but 'lot_seed' is not set",
    "de beslisregel eindigt in loting, maar 'lot_seed' is niet gezet"};
inline constexpr Phrase publish_seed{
    "input.publish-seed", "publish the seed in advance, e.g. lot_seed = \"notaris 2022-03-14\"",
    "publiceer het zaad vooraf, bijvoorbeeld lot_seed = \"notaris 2022-03-14\""};
inline constexpr Phrase unknown_start_phase{
    "input.unknown-start-phase",
    "the contract starts with phase '{phase}', which the timeline does not have",
    "het contract begint met fase '{phase}', die de planning niet heeft"};
inline constexpr Phrase no_phases_write_date{
    "input.no-phases-write-date",
    "the tender has no [[phase]]; write the first day as a date, e.g. start = 2023-01-01",
    "de aanbesteding heeft geen [[phase]]; schrijf de eerste dag als datum, bijvoorbeeld start = "
    "2023-01-01"};
inline constexpr Phrase the_phases_are{"input.the-phases-are", "the phases are {phases}",
                                       "de fasen zijn {phases}"};

// Registrations.
inline constexpr Phrase kind_services{"input.kind.services", "services", "diensten"};
inline constexpr Phrase kind_municipalities{"input.kind.municipalities", "municipalities",
                                            "gemeenten"};
inline constexpr Phrase kind_certifications{"input.kind.certifications", "certifications",
                                            "certificeringen"};
inline constexpr Phrase defines_none{"input.defines-none", "{file} defines no {what}",
                                     "{file} definieert geen {what}"};
inline constexpr Phrase the_ids_are{"input.the-ids-are", "the {what} of {file} are {ids}",
                                    "de {what} van {file} zijn {ids}"};
inline constexpr Phrase unknown_reference{"input.unknown-reference", "unknown {what} '{id}'",
                                          "onbekende {what} '{id}'"};
inline constexpr Phrase listed_twice{"input.listed-twice", "{what} '{id}' is listed twice",
                                     "{what} '{id}' staat er twee keer"};
inline constexpr Phrase a_kvk_number{"input.what.kvk-number", "a KvK number", "een KvK-nummer"};
inline constexpr Phrase an_agb_code{"input.what.agb-code", "an AGB code", "een AGB-code"};
inline constexpr Phrase digits_as_text{
    "input.digits-as-text", "write it as text, leading zeros included: {key} = \"01234567\"",
    "schrijf het als tekst, met voorloopnullen: {key} = \"01234567\""};
inline constexpr Phrase eight_digits_integer{
    "input.eight-digits-integer", "{what} must be text of exactly 8 digits, found an integer",
    "{what} moet tekst van precies 8 cijfers zijn, gevonden: een getal"};
inline constexpr Phrase eight_digits{"input.eight-digits",
                                     "{what} must be exactly 8 digits, found '{found}'",
                                     "{what} moet precies 8 cijfers hebben, gevonden: '{found}'"};
inline constexpr Phrase one_of_roles{
    "input.one-of-roles", "one of 'lead', 'member', 'main-contractor', 'subcontractor'",
    "een van 'lead', 'member', 'main-contractor', 'subcontractor'"};
inline constexpr Phrase file_name_id{
    "input.file-name-id",
    "the file name gives the registration id '{id}', but an id may hold only ASCII letters, "
    "digits, '.', '_' and '-', and must start with a letter or digit",
    "de bestandsnaam geeft de inschrijvings-id '{id}', maar een id mag alleen ASCII-letters, "
    "cijfers, '.', '_' en '-' bevatten en moet met een letter of cijfer beginnen"};
inline constexpr Phrase write_id_or_rename{
    "input.write-id-or-rename", "write id = \"{id}\" in the file, or rename the file",
    "schrijf id = \"{id}\" in het bestand, of geef het bestand een andere naam"};
inline constexpr Phrase other_tender{
    "input.other-tender",
    "this registration is for tender '{tender}', but {file} is tender '{actual}'",
    "deze inschrijving is voor aanbesteding '{tender}', maar {file} is aanbesteding '{actual}'"};
inline constexpr Phrase combination_or_main{"input.combination-or-main",
                                            "'combination' or 'main-contractor'",
                                            "'combination' of 'main-contractor'"};
inline constexpr Phrase kvk_twice{"input.kvk-twice",
                                  "KvK number {kvk} appears twice in this registration",
                                  "KvK-nummer {kvk} komt twee keer voor in deze inschrijving"};
inline constexpr Phrase first_at{"input.first-at", "first at {where}", "eerst op {where}"};
inline constexpr Phrase no_members{
    "input.no-members", "the registration has no members; add at least one [[member]]",
    "de inschrijving heeft geen leden; voeg ten minste één [[member]] toe"};
inline constexpr Phrase no_such_file{"input.no-such-file",
                                     "cannot read '{path}': no such file or directory",
                                     "kan '{path}' niet lezen: bestand of map bestaat niet"};
inline constexpr Phrase cannot_read_folder{"input.cannot-read-folder",
                                           "cannot read directory '{path}': {reason}",
                                           "kan map '{path}' niet lezen: {reason}"};
inline constexpr Phrase no_toml_files{"input.no-registration-files",
                                      "directory '{path}' holds no registration files ({kinds})",
                                      "map '{path}' bevat geen inschrijvingsbestanden ({kinds})"};
inline constexpr Phrase holds_one_other{"input.holds-one-other",
                                        "it holds 1 other entry, '{name}' ({reason})",
                                        "er staat 1 ander item in, '{name}' ({reason})"};
inline constexpr Phrase holds_others{"input.holds-others",
                                     "it holds {count} other entries, such as '{name}' ({reason})",
                                     "er staan {count} andere items in, zoals '{name}' ({reason})"};
inline constexpr Phrase registration_id_twice{"input.registration-id-twice",
                                              "registration id '{id}' is used twice",
                                              "inschrijvings-id '{id}' wordt twee keer gebruikt"};
inline constexpr Phrase also_used_by{
    "input.also-used-by", "also used by {file}; give each registration its own 'id'",
    "ook gebruikt door {file}; geef elke inschrijving een eigen 'id'"};

// Contracts and the timeline.
inline constexpr Phrase date_example{"input.date-example", "a date such as 2023-01-01",
                                     "een datum zoals 2023-01-01"};
inline constexpr Phrase month_day_hint{
    "input.month-day-hint",
    "write the month in words, e.g. \"1 oktober\" or \"1 October\", or { month = 10, day = 1 }; "
    "MM-DD (\"10-01\") is read month first",
    "schrijf de maand in woorden, bijvoorbeeld \"1 oktober\" of \"1 October\", of { month = 10, "
    "day = 1 }; MM-DD (\"10-01\") wordt gelezen met de maand eerst"};
inline constexpr Phrase lacks_part{"input.lacks-part", "'{key}' lacks its '{part}'",
                                   "bij '{key}' ontbreekt '{part}'"};
inline constexpr Phrase month_day_example{"input.month-day-example",
                                          "e.g. { month = 10, day = 1 } for 1 October",
                                          "bijvoorbeeld { month = 10, day = 1 } voor 1 oktober"};
inline constexpr Phrase no_such_day{"input.no-such-day",
                                    "'{key}': day {day} does not exist in {month}",
                                    "'{key}': dag {day} bestaat niet in {month}"};
inline constexpr Phrase days_of_year{"input.type.days-of-year", "days of the year",
                                     "dagen van het jaar"};
inline constexpr Phrase must_hold{"input.must-hold", "'{key}' must hold {expected}, found {found}",
                                  "'{key}' moet {expected} bevatten, gevonden: {found}"};
inline constexpr Phrase bad_month_day{
    "input.bad-month-day",
    "'{key}' must hold days of the year such as \"1 oktober\", \"October 1\" or \"10-01\" (MM-DD), "
    "found '{found}'",
    "'{key}' moet dagen van het jaar bevatten, zoals \"1 oktober\", \"October 1\" of \"10-01\" "
    "(MM-DD), gevonden: '{found}'"};
inline constexpr Phrase options_example{
    "input.options-example", "how many times the contract may be extended, e.g. options = 2",
    "hoe vaak het contract verlengd mag worden, bijvoorbeeld options = 2"};
inline constexpr Phrase used_above_options{"input.used-above-options",
                                           "'used' ({used}) is more than 'options' ({options})",
                                           "'used' ({used}) is meer dan 'options' ({options})"};
inline constexpr Phrase must_be_positive{"input.must-be-positive", "'{key}' must be positive",
                                         "'{key}' moet positief zijn"};
inline constexpr Phrase an_array_of_contract_years{
    "input.type.contract-years", "an array of contract years", "een lijst van contractjaren"};
inline constexpr Phrase evaluations_example{
    "input.evaluations-example", "e.g. evaluations = [3, 6]: after contract years 3 and 6",
    "bijvoorbeeld evaluations = [3, 6]: na contractjaar 3 en 6"};
inline constexpr Phrase contract_year_range{
    "input.contract-year-range",
    "'evaluations' must hold contract years from 1 to 100, found {found}",
    "'evaluations' moet contractjaren van 1 tot en met 100 bevatten, gevonden: {found}"};
inline constexpr Phrase evaluations_ascending{
    "input.evaluations-ascending", "'evaluations' must be in ascending order without repeats",
    "'evaluations' moet oplopen zonder herhaling"};
inline constexpr Phrase an_array_of_days{"input.type.array-of-days", "an array of days of the year",
                                         "een lijst van dagen van het jaar"};
inline constexpr Phrase intake_example{
    "input.intake-example", "e.g. intake_moments = [\"1 april\", \"1 oktober\"]",
    "bijvoorbeeld intake_moments = [\"1 april\", \"1 oktober\"]"};
inline constexpr Phrase intake_twice{"input.intake-twice", "intake moment {moment} is given twice",
                                     "instroommoment {moment} staat er twee keer"};
inline constexpr Phrase cadence_example{"input.cadence-example",
                                        "cadence = \"monthly\", \"quarterly\" or \"yearly\"",
                                        "cadence = \"monthly\", \"quarterly\" of \"yearly\""};
inline constexpr Phrase term_or_end{"input.term-or-end",
                                    "a contract has either 'term' or 'end', not both",
                                    "een contract heeft 'term' of 'end', niet allebei"};
inline constexpr Phrase lacks_term{"input.lacks-term", "the contract lacks its term",
                                   "bij het contract ontbreekt de looptijd"};
inline constexpr Phrase term_example{
    "input.term-example", "add term = \"9y\" (or months: \"18m\"), or end = 2031-12-31",
    "voeg term = \"9y\" toe (of maanden: \"18m\"), of end = 2031-12-31"};
inline constexpr Phrase phase_start_has_term{
    "input.phase-start-has-term", "a contract that starts with a phase has a 'term', not an 'end'",
    "een contract dat met een fase begint heeft een 'term', geen 'end'"};
inline constexpr Phrase write_the_term{
    "input.write-the-term",
    "the phase's date moves when the timeline is re-planned; write the term, e.g. term = \"9y\"",
    "de datum van de fase schuift als de planning wordt herzien; schrijf de looptijd, bijvoorbeeld "
    "term = \"9y\""};
inline constexpr Phrase notice_without_evaluations{
    "input.notice-without-evaluations",
    "'notice_period' is given, but the contract has no evaluations to give notice at",
    "'notice_period' is gegeven, maar het contract heeft geen evaluaties om bij op te zeggen"};
inline constexpr Phrase add_evaluations{"input.add-evaluations",
                                        "add evaluations = [3, 6], or remove it",
                                        "voeg evaluations = [3, 6] toe, of haal het weg"};
inline constexpr Phrase phase_names{"input.type.phase-names", "phases (strings)",
                                    "fasen (teksten)"};
inline constexpr Phrase after_empty{"input.after-empty", "'after' is empty", "'after' is leeg"};
inline constexpr Phrase name_phases{"input.name-phases",
                                    "name the phases this one follows, or give a fixed 'start'",
                                    "noem de fasen waar deze op volgt, of geef een vaste 'start'"};
inline constexpr Phrase start_or_after{"input.start-or-after",
                                       "a phase has either a fixed 'start' or 'after', not both",
                                       "een fase heeft een vaste 'start' of 'after', niet allebei"};
inline constexpr Phrase phase_no_start{"input.phase-no-start", "phase '{phase}' has no start",
                                       "fase '{phase}' heeft geen begin"};
inline constexpr Phrase phase_start_example{"input.phase-start-example",
                                            "give start = 2021-03-01, or after = \"other-phase\"",
                                            "geef start = 2021-03-01, of after = \"andere-fase\""};
inline constexpr Phrase lag_needs_after{
    "input.lag-needs-after", "'lag' applies only to a phase that follows others ('after')",
    "'lag' geldt alleen voor een fase die op andere volgt ('after')"};
inline constexpr Phrase milestone_one_day{
    "input.milestone-one-day", "a milestone is one day: it has no 'duration', 'end' or 'end_rule'",
    "een mijlpaal is één dag: hij heeft geen 'duration', 'end' of 'end_rule'"};
inline constexpr Phrase make_it_phase{"input.make-it-phase", "make it kind = \"phase\"",
                                      "maak er kind = \"phase\" van"};
inline constexpr Phrase duration_or_end{"input.duration-or-end",
                                        "a phase has either a 'duration' or an 'end', not both",
                                        "een fase heeft een 'duration' of een 'end', niet allebei"};
inline constexpr Phrase phase_no_length{"input.phase-no-length", "phase '{phase}' has no length",
                                        "fase '{phase}' heeft geen lengte"};
inline constexpr Phrase phase_length_example{
    "input.phase-length-example",
    "give duration = \"6w\" (or \"3m\", \"20d\", \"10wd\"), or end = 2021-06-30",
    "geef duration = \"6w\" (of \"3m\", \"20d\", \"10wd\"), of end = 2021-06-30"};
inline constexpr Phrase standstill_by_duration{
    "input.standstill-by-duration",
    "the standstill period is given by its 'duration', not an 'end'",
    "de opschortende termijn wordt gegeven door zijn 'duration', niet door een 'end'"};
inline constexpr Phrase standstill_twenty_days{
    "input.standstill-twenty-days",
    "at least 20 calendar days from the day after the award decision is sent",
    "ten minste 20 kalenderdagen vanaf de dag na verzending van de gunningsbeslissing"};
inline constexpr Phrase standstill_calendar_days{
    "input.standstill-calendar-days",
    "the standstill period is counted in calendar days, not working days: found '{found}'",
    "de opschortende termijn telt in kalenderdagen, niet in werkdagen: gevonden: '{found}'"};
inline constexpr Phrase standstill_law_units{
    "input.standstill-law-units",
    "Aanbestedingswet 2012 art. 2.127 counts at least 20 calendar days, weekends and holidays "
    "included: duration = \"20d\" (or \"3w\", \"1m\")",
    "Aanbestedingswet 2012 art. 2.127 telt ten minste 20 kalenderdagen, weekenden en feestdagen "
    "inbegrepen: duration = \"20d\" (of \"3w\", \"1m\")"};
inline constexpr Phrase standstill_too_short{
    "input.standstill-too-short",
    "the standstill period must last at least {minimum} calendar days, found '{found}'",
    "de opschortende termijn moet ten minste {minimum} kalenderdagen duren, gevonden: '{found}'"};
inline constexpr Phrase standstill_too_short_days{
    "input.standstill-too-short-days",
    "the standstill period must last at least {minimum} calendar days, found '{found}' ({days} "
    "days)",
    "de opschortende termijn moet ten minste {minimum} kalenderdagen duren, gevonden: '{found}' "
    "({days} dagen)"};
inline constexpr Phrase standstill_law{
    "input.standstill-law",
    "Aanbestedingswet 2012 art. 2.127: duration = \"20d\" or more (or \"3w\", \"1m\")",
    "Aanbestedingswet 2012 art. 2.127: duration = \"20d\" of meer (of \"3w\", \"1m\")"};
inline constexpr Phrase standstill_end_rule{
    "input.standstill-end-rule",
    "the standstill period ends on a working day: its 'end_rule' can only be 'next-working-day'",
    "de opschortende termijn eindigt op een werkdag: zijn 'end_rule' kan alleen 'next-working-day' "
    "zijn"};
inline constexpr Phrase end_before_start{"input.end-before-start",
                                         "'end' ({end}) is before 'start' ({start})",
                                         "'end' ({end}) ligt voor 'start' ({start})"};
inline constexpr Phrase phase_cycle{"input.phase-cycle",
                                    "the phases depend on each other in a cycle: {cycle}",
                                    "de fasen hangen in een kring van elkaar af: {cycle}"};
inline constexpr Phrase follow_earlier{
    "input.follow-earlier", "a phase can only follow phases that end before it starts",
    "een fase kan alleen volgen op fasen die eindigen voordat hij begint"};
inline constexpr Phrase must_be_date{
    "input.must-be-date", "'{key}' must be a date such as 2023-01-01, found {found}",
    "'{key}' moet een datum zijn zoals 2023-01-01, gevonden: {found}"};
inline constexpr Phrase write_iso_date{"input.write-iso-date",
                                       "write the year, month and day as YYYY-MM-DD",
                                       "schrijf jaar, maand en dag als JJJJ-MM-DD"};
inline constexpr Phrase leave_out_time{"input.leave-out-time", "leave out the time of day",
                                       "laat de tijd van de dag weg"};
inline constexpr Phrase date_range{"input.date-range",
                                   "'{key}' must be a date from {first} to {last}",
                                   "'{key}' moet een datum van {first} tot en met {last} zijn"};
inline constexpr Phrase bad_duration{
    "input.bad-duration",
    "'{key}' must be a duration such as \"9y\", \"6m\", \"2w\", \"20d\", found \"{found}\"",
    "'{key}' moet een duur zijn zoals \"9y\", \"6m\", \"2w\", \"20d\", gevonden: \"{found}\""};
inline constexpr Phrase bad_duration_working{"input.bad-duration-working",
                                             "'{key}' must be a duration such as \"9y\", \"6m\", "
                                             "\"2w\", \"20d\" or \"10wd\", found \"{found}\"",
                                             "'{key}' moet een duur zijn zoals \"9y\", \"6m\", "
                                             "\"2w\", \"20d\" of \"10wd\", gevonden: \"{found}\""};
inline constexpr Phrase duration_units{
    "input.duration-units", "a whole number and a unit: y(ears), m(onths), w(eeks), d(ays)",
    "een geheel getal en een eenheid: y (jaren), m (maanden), w (weken), d (dagen)"};
inline constexpr Phrase duration_units_working{
    "input.duration-units-working",
    "a whole number and a unit: y(ears), m(onths), w(eeks), d(ays), wd (working days)",
    "een geheel getal en een eenheid: y (jaren), m (maanden), w (weken), d (dagen), wd "
    "(werkdagen)"};
inline constexpr Phrase no_working_days{
    "input.no-working-days", "'{key}' cannot be counted in working days, found \"{found}\"",
    "'{key}' kan niet in werkdagen worden geteld, gevonden: \"{found}\""};
inline constexpr Phrase calendar_units{"input.calendar-units", "use calendar units: y, m, w or d",
                                       "gebruik kalendereenheden: y, m, w of d"};
inline constexpr Phrase unknown_milestone_kind{
    "input.unknown-milestone-kind", "unknown milestone kind '{kind}' in 'deadline_rules'",
    "onbekende soort mijlpaal '{kind}' in 'deadline_rules'"};
inline constexpr Phrase bad_deadline_rule{
    "input.bad-deadline-rule",
    "deadline rule for '{kind}' must be 'next-working-day', 'previous-working-day' or 'none', "
    "found {found}",
    "de termijnregel voor '{kind}' moet 'next-working-day', 'previous-working-day' of 'none' zijn, "
    "gevonden: {found}"};
inline constexpr Phrase only_tender_phase{
    "input.only-tender-phase",
    "only the tender's own [contract] can start with a phase of its timeline; write the first day "
    "here, e.g. start = 2023-01-01",
    "alleen het eigen [contract] van de aanbesteding kan met een fase uit de planning beginnen; "
    "schrijf hier de eerste dag, bijvoorbeeld start = 2023-01-01"};
inline constexpr Phrase contract_start_example{
    "input.contract-start-example", "the first day of the contract, e.g. start = 2023-01-01",
    "de eerste dag van het contract, bijvoorbeeld start = 2023-01-01"};
inline constexpr Phrase the_contract{"input.what.the-contract", "the contract", "het contract"};
inline constexpr Phrase phase_follows_itself{"input.phase-follows-itself",
                                             "phase '{phase}' follows itself",
                                             "fase '{phase}' volgt op zichzelf"};
inline constexpr Phrase phase_follows_unknown{
    "input.phase-follows-unknown", "phase '{phase}' follows an unknown phase '{other}'",
    "fase '{phase}' volgt op een onbekende fase '{other}'"};
inline constexpr Phrase no_contracts{"input.no-contracts", "the contracts file holds no contracts",
                                     "het contractenbestand bevat geen contracten"};
inline constexpr Phrase one_contract_table{"input.one-contract-table",
                                           "add one [[contract]] table per contract",
                                           "voeg per contract één [[contract]]-tabel toe"};

inline constexpr Phrase kind_tag{"input.kind.tag", "tag", "label"};

// The registration form.
inline constexpr Phrase answer_yes{"input.registration-form.yes", "yes", "ja"};
inline constexpr Phrase answer_no{"input.registration-form.no", "no", "nee"};
inline constexpr Phrase answer_itself{"input.registration-form.delivers-itself", "delivers itself",
                                      "levert zelf"};
inline constexpr Phrase answer_as_subcontractor{"input.registration-form.as-subcontractor",
                                                "as subcontractor", "als onderaannemer"};
inline constexpr Phrase sheet_instructions{"input.registration-form.sheet.instructions",
                                           "Instructions", "Instructies"};
inline constexpr Phrase sheet_consortium{"input.registration-form.sheet.consortium", "Consortium",
                                         "Samenwerkingsverband"};
inline constexpr Phrase sheet_members{"input.registration-form.sheet.members", "Members", "Leden"};
inline constexpr Phrase sheet_services{"input.registration-form.sheet.services", "Services",
                                       "Diensten"};
inline constexpr Phrase sheet_municipalities{"input.registration-form.sheet.municipalities",
                                             "Municipalities", "Gemeenten"};
// The tender's procedure number, which ESP-004 compares ESPD responses with.
inline constexpr Phrase contract_folder_id_empty{"input.contract-folder-id-empty",
                                                 "'contract_folder_id' is empty",
                                                 "'contract_folder_id' is leeg"};
inline constexpr Phrase contract_folder_id_hint{
    "input.contract-folder-id-hint",
    "the procedure's reference number as the ESPD responses give it, or leave the key out",
    "het dossiernummer van de procedure zoals de UEA's het noemen, of laat de sleutel weg"};

// A member's ESPD (UEA) response named in the registration, and the folder of them (--espd DIR).
inline constexpr Phrase espd_names_no_file{"input.espd.names-no-file", "'espd' names no file",
                                           "'espd' noemt geen bestand"};
inline constexpr Phrase espd_names_no_file_hint{
    "input.espd.names-no-file-hint",
    "the path of the member's ESPD (UEA) response, relative to this file: espd = "
    "\"espd/zorggroep.xml\"",
    "het pad van het UEA van het lid, ten opzichte van dit bestand: espd = "
    "\"espd/zorggroep.xml\""};
inline constexpr Phrase espd_not_a_folder{
    "input.espd.not-a-folder",
    "--espd: '{path}' is not a folder; give the folder that holds the ESPD (UEA) responses",
    "--espd: '{path}' is geen map; geef de map met de UEA's (ESPD-responses)"};
inline constexpr Phrase espd_cannot_be_read{"input.espd.cannot-be-read",
                                            "the ESPD of '{member}' (KvK {kvk}) cannot be read",
                                            "het UEA van '{member}' (KvK {kvk}) is niet te lezen"};

// What the ESPD reader finds wrong in a file.
inline constexpr Phrase espd_not_xml{"input.espd.not-xml", "not well-formed XML: {reason}",
                                     "geen geldige XML: {reason}"};
inline constexpr Phrase espd_what_it_is{
    "input.espd.what-it-is",
    "an ESPD (UEA) response is the XML file the procurement platform exports",
    "een UEA (ESPD-response) is het XML-bestand dat het aanbestedingsplatform exporteert"};
inline constexpr Phrase espd_no_element{"input.espd.no-element",
                                        "not an ESPD response: the file holds no XML element",
                                        "geen UEA: het bestand bevat geen XML-element"};
inline constexpr Phrase espd_wrong_root{
    "input.espd.wrong-root",
    "not an ESPD response: the root element is <{root}>, expected "
    "<QualificationApplicationResponse>",
    "geen UEA: het hoofdelement is <{root}>, verwacht is <QualificationApplicationResponse>"};
inline constexpr Phrase espd_is_request{
    "input.espd.is-request",
    "this is an ESPD request (the contracting authority's questions); the provider's filled-in "
    "response is needed",
    "dit is een UEA-verzoek (de vragen van de aanbestedende dienst); het ingevulde antwoord van "
    "de aanbieder is nodig"};
inline constexpr Phrase espd_no_version{
    "input.espd.no-version",
    "the ESPD response lacks <cbc:VersionID>, so its ESPD-EDM version is unknown",
    "het UEA mist <cbc:VersionID>, dus de ESPD-EDM-versie is onbekend"};
inline constexpr Phrase espd_versions_read{"input.espd.versions-read",
                                           "tenderkit reads ESPD-EDM 2.1.1 and 3.x/4.x responses",
                                           "tenderkit leest UEA's in ESPD-EDM 2.1.1 en 3.x/4.x"};
inline constexpr Phrase espd_unknown_version{"input.espd.unknown-version",
                                             "unknown ESPD-EDM version '{version}'",
                                             "onbekende ESPD-EDM-versie '{version}'"};
inline constexpr Phrase espd_versions_read_all{
    "input.espd.versions-read-all", "tenderkit reads ESPD-EDM 2.1.0, 2.1.1, 3.x and 4.x responses",
    "tenderkit leest UEA's in ESPD-EDM 2.1.0, 2.1.1, 3.x en 4.x"};
inline constexpr Phrase espd_no_operator{
    "input.espd.no-operator",
    "the ESPD response lacks <cac:EconomicOperatorParty>: it does not say whose declaration it is",
    "het UEA mist <cac:EconomicOperatorParty>: het zegt niet wiens verklaring het is"};
inline constexpr Phrase espd_no_operator_id{
    "input.espd.no-operator-id",
    "the economic operator has no identifier (cac:Party/cac:PartyIdentification/cbc:ID)",
    "de ondernemer heeft geen identificatie (cac:Party/cac:PartyIdentification/cbc:ID)"};
inline constexpr Phrase espd_operator_id_hint{
    "input.espd.operator-id-hint", "the identifier is the operator's KvK number",
    "de identificatie is het KvK-nummer van de ondernemer"};
inline constexpr Phrase espd_no_operator_name{
    "input.espd.no-operator-name",
    "the economic operator has no name (cac:Party/cac:PartyName/cbc:Name)",
    "de ondernemer heeft geen naam (cac:Party/cac:PartyName/cbc:Name)"};
inline constexpr Phrase espd_unknown_role{"input.espd.unknown-role",
                                          "unknown economic operator role '{role}'",
                                          "onbekende rol van de ondernemer '{role}'"};
inline constexpr Phrase espd_roles{
    "input.espd.roles",
    "the roles of the EU eo-role-type table are 'sole-tenderer', 'group-lead', 'group-mem', "
    "'oeron', 'subcont' (2.x: 'SCLE', 'GM', 'OERON', 'OENRON')",
    "de rollen van de EU-tabel eo-role-type zijn 'sole-tenderer', 'group-lead', 'group-mem', "
    "'oeron', 'subcont' (2.x: 'SCLE', 'GM', 'OERON', 'OENRON')"};
inline constexpr Phrase espd_code_of_v3{
    "input.espd.code-of-v3",
    "criterion code '{code}' belongs to ESPD-EDM 3.x/4.x, but this response is version {version}",
    "criteriumcode '{code}' hoort bij ESPD-EDM 3.x/4.x, maar dit UEA is versie {version}"};
inline constexpr Phrase espd_in_v2_ground_is{"input.espd.in-v2-ground-is",
                                             "in 2.1.x this ground is '{code}'",
                                             "in 2.1.x is deze grond '{code}'"};
inline constexpr Phrase espd_code_of_v2{
    "input.espd.code-of-v2",
    "criterion code '{code}' belongs to ESPD-EDM 2.1.x, but this response is version {version}",
    "criteriumcode '{code}' hoort bij ESPD-EDM 2.1.x, maar dit UEA is versie {version}"};
inline constexpr Phrase espd_in_v3_ground_is{"input.espd.in-v3-ground-is",
                                             "in 3.x/4.x this ground is '{code}'",
                                             "in 3.x/4.x is deze grond '{code}'"};
inline constexpr Phrase espd_v3_codes{"input.espd.v3-codes",
                                      "3.x/4.x use the codes of the EU criterion table",
                                      "3.x/4.x gebruiken de codes van de EU-tabel criterion"};
inline constexpr Phrase espd_not_yes_no{
    "input.espd.not-yes-no", "a yes/no answer must be 'true' or 'false', found '{found}'",
    "een ja/nee-antwoord moet 'true' of 'false' zijn, gevonden is '{found}'"};

// The exclusion grounds of the ESPD by name, as ESP-003 names them. The ids end in the ground's
// code of the EU criterion table (ESPD-EDM 3.x/4.x).
inline constexpr Phrase espd_ground_crime_org{"input.espd-ground.crime-org",
                                              "participation in a criminal organisation",
                                              "deelneming aan een criminele organisatie"};
inline constexpr Phrase espd_ground_corruption{"input.espd-ground.corruption", "corruption",
                                               "corruptie"};
inline constexpr Phrase espd_ground_fraud{"input.espd-ground.fraud", "fraud", "fraude"};
inline constexpr Phrase espd_ground_terr_offence{
    "input.espd-ground.terr-offence",
    "terrorist offences or offences linked to terrorist activities",
    "terroristische misdrijven of strafbare feiten in verband met terroristische activiteiten"};
inline constexpr Phrase espd_ground_finan_laund{
    "input.espd-ground.finan-laund", "money laundering or terrorist financing",
    "witwassen van geld of financiering van terrorisme"};
inline constexpr Phrase espd_ground_human_traffic{
    "input.espd-ground.human-traffic",
    "child labour and other forms of trafficking in human beings",
    "kinderarbeid en andere vormen van mensenhandel"};
inline constexpr Phrase espd_ground_tax_pay{"input.espd-ground.tax-pay", "payment of taxes",
                                            "betaling van belastingen"};
inline constexpr Phrase espd_ground_socsec_pay{"input.espd-ground.socsec-pay",
                                               "payment of social security contributions",
                                               "betaling van socialezekerheidsbijdragen"};
inline constexpr Phrase espd_ground_envir_law{
    "input.espd-ground.envir-law", "breach of obligations in the field of environmental law",
    "schending van verplichtingen op het gebied van milieurecht"};
inline constexpr Phrase espd_ground_socsec_law{
    "input.espd-ground.socsec-law", "breach of obligations in the field of social law",
    "schending van verplichtingen op het gebied van sociaal recht"};
inline constexpr Phrase espd_ground_labour_law{
    "input.espd-ground.labour-law", "breach of obligations in the field of labour law",
    "schending van verplichtingen op het gebied van arbeidsrecht"};
inline constexpr Phrase espd_ground_bankruptcy{"input.espd-ground.bankruptcy", "bankruptcy",
                                               "faillissement"};
inline constexpr Phrase espd_ground_insolvency{"input.espd-ground.insolvency", "insolvency",
                                               "insolventie"};
inline constexpr Phrase espd_ground_cred_arran{
    "input.espd-ground.cred-arran", "arrangement with creditors", "akkoord met schuldeisers"};
inline constexpr Phrase espd_ground_bankr_nat{
    "input.espd-ground.bankr-nat", "a situation analogous to bankruptcy under national law",
    "een met faillissement vergelijkbare toestand naar nationaal recht"};
inline constexpr Phrase espd_ground_liq_admin{"input.espd-ground.liq-admin",
                                              "assets administered by a liquidator",
                                              "activa beheerd door een curator"};
inline constexpr Phrase espd_ground_susp_act{
    "input.espd-ground.susp-act", "business activities suspended", "bedrijfsactiviteiten gestaakt"};
inline constexpr Phrase espd_ground_prof_misconduct{
    "input.espd-ground.prof-misconduct", "grave professional misconduct", "ernstige beroepsfout"};
inline constexpr Phrase espd_ground_distorsion{
    "input.espd-ground.distorsion",
    "agreements with other economic operators aimed at distorting competition",
    "afspraken met andere ondernemers om de mededinging te vervalsen"};
inline constexpr Phrase espd_ground_partic_confl{
    "input.espd-ground.partic-confl", "conflict of interest due to participation in the procedure",
    "belangenconflict door deelname aan de procedure"};
inline constexpr Phrase espd_ground_prep_confl{
    "input.espd-ground.prep-confl", "involvement in the preparation of the procedure",
    "betrokkenheid bij de voorbereiding van de procedure"};
inline constexpr Phrase espd_ground_sanction{
    "input.espd-ground.sanction", "early termination, damages or other comparable sanctions",
    "vroegtijdige beëindiging, schadevergoeding of vergelijkbare sancties"};
inline constexpr Phrase espd_ground_misrepresent{"input.espd-ground.misrepresent",
                                                 "misrepresentation or withheld information",
                                                 "valse verklaringen of achtergehouden informatie"};
inline constexpr Phrase espd_ground_nati_ground{"input.espd-ground.nati-ground",
                                                "purely national exclusion grounds",
                                                "zuiver nationale uitsluitingsgronden"};

// The registration form's reader.
inline constexpr Phrase form_choices{"input.registration-form.choices", "{first} or {last}",
                                     "{first} of {last}"};
inline constexpr Phrase form_not_a_form{
    "input.registration-form.not-a-form",
    "not a tenderkit registration form: the workbook has no sheet '{sheet}'",
    "geen inschrijvingsformulier van tenderkit: de werkmap heeft geen blad '{sheet}'"};
inline constexpr Phrase form_fill_in{
    "input.registration-form.fill-in",
    "fill in the form that 'tender-check --registration-form FILE {tender}' writes, or write the "
    "registration in TOML",
    "vul het formulier in dat 'tender-check --registration-form BESTAND {tender}' schrijft, of "
    "schrijf de inschrijving in TOML"};
inline constexpr Phrase form_damaged{
    "input.registration-form.damaged", "the form's hidden sheet is damaged: {problem}",
    "het verborgen blad van het formulier is beschadigd: {problem}"};
inline constexpr Phrase form_make_new{
    "input.registration-form.make-new",
    "make a new form with 'tender-check --registration-form FILE {tender}' and copy the answers "
    "into it",
    "maak een nieuw formulier met 'tender-check --registration-form BESTAND {tender}' en neem de "
    "antwoorden daarin over"};
inline constexpr Phrase form_choice_without_column{"input.registration-form.choice-without-column",
                                                   "'{key}' without an id or a column",
                                                   "'{key}' zonder id of kolom"};
inline constexpr Phrase form_given_twice{"input.registration-form.given-twice",
                                         "'{key}' is given twice", "'{key}' staat er twee keer in"};
inline constexpr Phrase form_bad_member_rows{"input.registration-form.bad-member-rows",
                                             "the member rows are not valid row numbers",
                                             "de rijen voor leden zijn geen geldige rijnummers"};
inline constexpr Phrase form_no_members_row{"input.registration-form.no-members-row",
                                            "it has no 'members' row", "er is geen rij 'members'"};
inline constexpr Phrase form_no_column{"input.registration-form.no-column",
                                       "it has no column for {what} '{id}'",
                                       "er is geen kolom voor {what} '{id}'"};
inline constexpr Phrase form_no_sheet_names{"input.registration-form.no-sheet-names",
                                            "it does not name the form's sheets",
                                            "de bladen van het formulier worden niet genoemd"};
inline constexpr Phrase form_other_format{
    "input.registration-form.other-format",
    "the form has format '{format}'; this tenderkit reads '{expected}'",
    "het formulier heeft formaat '{format}'; deze tenderkit leest '{expected}'"};
inline constexpr Phrase form_no_format{
    "input.registration-form.no-format",
    "the workbook's sheet '{sheet}' has no 'format' row: not a tenderkit registration form",
    "het blad '{sheet}' van de werkmap heeft geen rij 'format': geen inschrijvingsformulier van "
    "tenderkit"};
inline constexpr Phrase form_other_tender{
    "input.registration-form.other-tender",
    "this registration form is for tender '{tender}', but {file} is tender '{actual}'",
    "dit inschrijvingsformulier is voor aanbesteding '{tender}', maar {file} is aanbesteding "
    "'{actual}'"};
inline constexpr Phrase form_fill_this_tender{
    "input.registration-form.fill-this-tender",
    "check the form against the tender it was published with; a provider who filled in another "
    "tender's form must fill in this tender's form",
    "controleer het formulier tegen de aanbesteding waarbij het is gepubliceerd; een aanbieder "
    "die het formulier van een andere aanbesteding heeft ingevuld, moet het formulier van deze "
    "aanbesteding invullen"};
inline constexpr Phrase form_other_version{
    "input.registration-form.other-version",
    "this registration form was made for another version of tender '{tender}': the services, "
    "municipalities, certifications or composition rules in {file} have changed since",
    "dit inschrijvingsformulier is gemaakt voor een andere versie van aanbesteding '{tender}': de "
    "diensten, gemeenten, certificeringen of samenstellingsregels in {file} zijn sindsdien "
    "gewijzigd"};
inline constexpr Phrase form_publish_new{
    "input.registration-form.publish-new",
    "publish a new form with 'tender-check --registration-form FILE {tender}' and have it filled "
    "in again, or check with the tender file the form was made from",
    "publiceer een nieuw formulier met 'tender-check --registration-form BESTAND {tender}' en laat "
    "het opnieuw invullen, of controleer met het aanbestedingsbestand waarmee het formulier is "
    "gemaakt"};
inline constexpr Phrase form_sheet_missing{
    "input.registration-form.sheet-missing",
    "the form has no sheet '{sheet}': was it renamed or deleted?",
    "het formulier heeft geen blad '{sheet}': is het hernoemd of verwijderd?"};
inline constexpr Phrase form_rename_sheet{"input.registration-form.rename-sheet",
                                          "name the sheet '{sheet}' again",
                                          "noem het blad weer '{sheet}'"};
inline constexpr Phrase form_write_id{"input.registration-form.write-id",
                                      "write an id in {cell}, or rename the file",
                                      "schrijf een id in {cell}, of geef het bestand een andere "
                                      "naam"};
inline constexpr Phrase form_no_name{"input.registration-form.no-name",
                                     "the registration has no name",
                                     "de inschrijving heeft geen naam"};
inline constexpr Phrase form_write_name{"input.registration-form.write-name",
                                        "write the consortium's name in {cell}",
                                        "schrijf de naam van het samenwerkingsverband in {cell}"};
inline constexpr Phrase form_no_legal_form{"input.registration-form.no-legal-form",
                                           "the registration does not say its legal form",
                                           "de inschrijving noemt haar rechtsvorm niet"};
inline constexpr Phrase form_choose_in{"input.registration-form.choose-in",
                                       "choose {choices} in {cell}", "kies {choices} in {cell}"};
inline constexpr Phrase form_choose{"input.registration-form.choose", "choose {choices}",
                                    "kies {choices}"};
inline constexpr Phrase form_unknown_legal_form{"input.registration-form.unknown-legal-form",
                                                "unknown legal form '{form}'",
                                                "onbekende rechtsvorm '{form}'"};
inline constexpr Phrase form_yes_or_no{"input.registration-form.yes-or-no",
                                       "{what} must be '{yes}' or '{no}', found '{found}'",
                                       "{what} moet '{yes}' of '{no}' zijn, gevonden: '{found}'"};
inline constexpr Phrase form_choose_yes_or_no{"input.registration-form.choose-yes-or-no",
                                              "choose '{yes}' or '{no}' from the drop-down list",
                                              "kies '{yes}' of '{no}' uit de keuzelijst"};
inline constexpr Phrase form_kvk_number{"input.registration-form.kvk-number", "KvK number",
                                        "KvK-nummer"};
inline constexpr Phrase form_agb_code{"input.registration-form.agb-code", "AGB code", "AGB-code"};
inline constexpr Phrase form_member_lacks{"input.registration-form.member-lacks",
                                          "member '{member}' has no {what}",
                                          "lid '{member}' heeft geen {what}"};
inline constexpr Phrase form_write_digits{"input.registration-form.write-digits",
                                          "write the 8 digits in {cell}",
                                          "schrijf de 8 cijfers in {cell}"};
inline constexpr Phrase form_eight_digits{
    "input.registration-form.eight-digits",
    "{what} of member '{member}' must be exactly 8 digits, found '{found}'",
    "{what} van lid '{member}' moet precies 8 cijfers hebben, gevonden: '{found}'"};
inline constexpr Phrase form_number_drops_zeros{
    "input.registration-form.number-drops-zeros",
    "the cell holds a number, which drops leading zeros: type the number as text, starting with "
    "an apostrophe ('01234567)",
    "de cel bevat een getal, en een getal verliest voorloopnullen: typ het nummer als tekst, "
    "beginnend met een apostrof ('01234567)"};
inline constexpr Phrase form_digits_only{
    "input.registration-form.digits-only",
    "write the 8 digits without spaces or dots, leading zeros included",
    "schrijf de 8 cijfers zonder spaties of punten, voorloopnullen inbegrepen"};
inline constexpr Phrase form_no_role{"input.registration-form.no-role",
                                     "member '{member}' has no role",
                                     "lid '{member}' heeft geen rol"};
inline constexpr Phrase form_unknown_role{"input.registration-form.unknown-role",
                                          "unknown role '{role}' of member '{member}'",
                                          "onbekende rol '{role}' van lid '{member}'"};
inline constexpr Phrase form_unknown_answer{
    "input.registration-form.unknown-answer",
    "unknown answer '{answer}' for member '{member}' and service '{service}'",
    "onbekend antwoord '{answer}' voor lid '{member}' en dienst '{service}'"};
inline constexpr Phrase form_role_answer{
    "input.registration-form.role-answer",
    "member '{member}' has the role '{role}' but is marked '{answer}' for service '{service}'",
    "lid '{member}' heeft de rol '{role}' maar staat op '{answer}' voor dienst '{service}'"};
inline constexpr Phrase form_choose_here{"input.registration-form.choose-here",
                                         "choose '{answer}' here, or change the role in {cell}",
                                         "kies hier '{answer}', of wijzig de rol in {cell}"};
inline constexpr Phrase form_whether_works_in{"input.registration-form.whether-works-in",
                                              "whether '{member}' works in '{municipality}'",
                                              "of '{member}' in '{municipality}' werkt"};
inline constexpr Phrase form_whether_declaration{"input.registration-form.whether-declaration",
                                                 "whether '{member}' handed in the declaration",
                                                 "of '{member}' de verklaring heeft ingeleverd"};
inline constexpr Phrase form_whether_holds{"input.registration-form.whether-holds",
                                           "whether '{member}' holds '{certification}'",
                                           "of '{member}' '{certification}' heeft"};
inline constexpr Phrase form_row_without_name{"input.registration-form.row-without-name",
                                              "a member row without a name",
                                              "een rij voor een lid zonder naam"};
inline constexpr Phrase form_write_member_name{
    "input.registration-form.write-member-name",
    "write the member's name in {cell}, or clear the row",
    "schrijf de naam van het lid in {cell}, of maak de rij leeg"};
inline constexpr Phrase form_no_members{"input.registration-form.no-members",
                                        "the registration has no members",
                                        "de inschrijving heeft geen leden"};
inline constexpr Phrase form_row_per_member{"input.registration-form.row-per-member",
                                            "fill in a row per member from {cell}",
                                            "vul vanaf {cell} per lid een rij in"};

inline constexpr const Phrase* catalogue[] = {
    &a_string,
    &an_integer,
    &a_number,
    &a_boolean,
    &a_date,
    &a_time,
    &a_date_time,
    &an_array,
    &a_table,
    &nothing,
    &true_or_false,
    &an_array_of_strings,
    &a_table_written,
    &the_tender_file,
    &the_registration_file,
    &the_contracts_file,
    &the_scores_file,
    &the_consensus_file,
    &the_bridging_days_file,
    &an_entry,
    &wrong_type,
    &required_key,
    &must_not_be_empty,
    &out_of_range,
    &not_a_number,
    &not_a_choice,
    &only_strings,
    &not_an_array_of_tables,
    &unknown_key,
    &written_here,
    &alias_written_here,
    &note_penvoerder_member,
    &note_penvoerder_role,
    &note_main_contractor_member,
    &note_main_contractor_role,
    &note_subcontractor_member,
    &note_subcontractor_role,
    &not_utf8,
    &save_as_utf8,
    &invalid_toml,
    &quote_not_closed,
    &end_quote,
    &header_not_closed,
    &write_this,
    &list_not_closed,
    &write_a_list,
    &key_has_spaces,
    &underscores,
    &equals_missing,
    &key_twice,
    &keep_one,
    &table_twice,
    &merge_tables,
    &equals_twice,
    &text_not_quoted,
    &lower_case_booleans,
    &write_boolean,
    &leading_zero,
    &numbers_are_text,
    &kind_tender,
    &kind_registration,
    &kind_phase,
    &kind_contract,
    &kind_service,
    &kind_criterion,
    &kind_knockout,
    &kind_municipality,
    &kind_certification,
    &kind_evaluator,
    &bad_id,
    &id_twice,
    &first_defined_at,
    &no_municipality,
    &unknown_service_certification,
    &define_certification_first,
    &certification_twice,
    &no_service,
    &bad_legal_form,
    &legal_form_twice,
    &no_legal_form,
    &maximum_below_minimum,
    &no_scale,
    &values_or_range,
    &an_array_of_numbers,
    &a_scale_value,
    &scale_not_ascending,
    &scale_needs_values,
    &scale_range,
    &step_uneven,
    &scale_too_long,
    &scale_two_values,
    &guidance_no_score,
    &guidance_off_scale,
    &guidance_twice,
    &weight_positive,
    &no_criteria,
    &percentages_not_100,
    &correct_weights,
    &lot_last,
    &bad_tie_break,
    &tie_break_twice,
    &max_candidates_example,
    &not_negative,
    &no_evaluators,
    &lot_without_seed,
    &publish_seed,
    &unknown_start_phase,
    &no_phases_write_date,
    &the_phases_are,
    &kind_services,
    &kind_municipalities,
    &kind_certifications,
    &defines_none,
    &the_ids_are,
    &unknown_reference,
    &listed_twice,
    &a_kvk_number,
    &an_agb_code,
    &digits_as_text,
    &eight_digits_integer,
    &eight_digits,
    &one_of_roles,
    &file_name_id,
    &write_id_or_rename,
    &other_tender,
    &combination_or_main,
    &kvk_twice,
    &first_at,
    &no_members,
    &no_such_file,
    &cannot_read_folder,
    &no_toml_files,
    &holds_one_other,
    &holds_others,
    &registration_id_twice,
    &also_used_by,
    &date_example,
    &month_day_hint,
    &lacks_part,
    &month_day_example,
    &no_such_day,
    &days_of_year,
    &must_hold,
    &bad_month_day,
    &options_example,
    &used_above_options,
    &must_be_positive,
    &an_array_of_contract_years,
    &evaluations_example,
    &contract_year_range,
    &evaluations_ascending,
    &an_array_of_days,
    &intake_example,
    &intake_twice,
    &cadence_example,
    &term_or_end,
    &lacks_term,
    &term_example,
    &phase_start_has_term,
    &write_the_term,
    &notice_without_evaluations,
    &add_evaluations,
    &phase_names,
    &after_empty,
    &name_phases,
    &start_or_after,
    &phase_no_start,
    &phase_start_example,
    &lag_needs_after,
    &milestone_one_day,
    &make_it_phase,
    &duration_or_end,
    &phase_no_length,
    &phase_length_example,
    &standstill_by_duration,
    &standstill_twenty_days,
    &standstill_calendar_days,
    &standstill_law_units,
    &standstill_too_short,
    &standstill_too_short_days,
    &standstill_law,
    &standstill_end_rule,
    &end_before_start,
    &phase_cycle,
    &follow_earlier,
    &must_be_date,
    &write_iso_date,
    &leave_out_time,
    &date_range,
    &bad_duration,
    &bad_duration_working,
    &duration_units,
    &duration_units_working,
    &no_working_days,
    &calendar_units,
    &unknown_milestone_kind,
    &bad_deadline_rule,
    &only_tender_phase,
    &contract_start_example,
    &the_contract,
    &phase_follows_itself,
    &phase_follows_unknown,
    &no_contracts,
    &one_contract_table,
    &kind_tag,
    &answer_yes,
    &answer_no,
    &answer_itself,
    &answer_as_subcontractor,
    &sheet_instructions,
    &sheet_consortium,
    &sheet_members,
    &sheet_services,
    &sheet_municipalities,
    &contract_folder_id_empty,
    &contract_folder_id_hint,
    &espd_names_no_file,
    &espd_names_no_file_hint,
    &espd_not_a_folder,
    &espd_cannot_be_read,
    &espd_not_xml,
    &espd_what_it_is,
    &espd_no_element,
    &espd_wrong_root,
    &espd_is_request,
    &espd_no_version,
    &espd_versions_read,
    &espd_unknown_version,
    &espd_versions_read_all,
    &espd_no_operator,
    &espd_no_operator_id,
    &espd_operator_id_hint,
    &espd_no_operator_name,
    &espd_unknown_role,
    &espd_roles,
    &espd_code_of_v3,
    &espd_in_v2_ground_is,
    &espd_code_of_v2,
    &espd_in_v3_ground_is,
    &espd_v3_codes,
    &espd_not_yes_no,
    &espd_ground_crime_org,
    &espd_ground_corruption,
    &espd_ground_fraud,
    &espd_ground_terr_offence,
    &espd_ground_finan_laund,
    &espd_ground_human_traffic,
    &espd_ground_tax_pay,
    &espd_ground_socsec_pay,
    &espd_ground_envir_law,
    &espd_ground_socsec_law,
    &espd_ground_labour_law,
    &espd_ground_bankruptcy,
    &espd_ground_insolvency,
    &espd_ground_cred_arran,
    &espd_ground_bankr_nat,
    &espd_ground_liq_admin,
    &espd_ground_susp_act,
    &espd_ground_prof_misconduct,
    &espd_ground_distorsion,
    &espd_ground_partic_confl,
    &espd_ground_prep_confl,
    &espd_ground_sanction,
    &espd_ground_misrepresent,
    &espd_ground_nati_ground,
    &form_choices,
    &form_not_a_form,
    &form_fill_in,
    &form_damaged,
    &form_make_new,
    &form_choice_without_column,
    &form_given_twice,
    &form_bad_member_rows,
    &form_no_members_row,
    &form_no_column,
    &form_no_sheet_names,
    &form_other_format,
    &form_no_format,
    &form_other_tender,
    &form_fill_this_tender,
    &form_other_version,
    &form_publish_new,
    &form_sheet_missing,
    &form_rename_sheet,
    &form_write_id,
    &form_no_name,
    &form_write_name,
    &form_no_legal_form,
    &form_choose_in,
    &form_choose,
    &form_unknown_legal_form,
    &form_yes_or_no,
    &form_choose_yes_or_no,
    &form_kvk_number,
    &form_agb_code,
    &form_member_lacks,
    &form_write_digits,
    &form_eight_digits,
    &form_number_drops_zeros,
    &form_digits_only,
    &form_no_role,
    &form_unknown_role,
    &form_unknown_answer,
    &form_role_answer,
    &form_choose_here,
    &form_whether_works_in,
    &form_whether_declaration,
    &form_whether_holds,
    &form_row_without_name,
    &form_write_member_name,
    &form_no_members,
    &form_row_per_member,
};

// The bridging-days file (input/bridging_days_file.cpp).
inline constexpr Phrase bridging_date_missing{
    "input.bridging.date-missing", "[[bridging_day]] lacks the required key 'date'",
    "in [[bridging_day]] ontbreekt de verplichte sleutel 'date'"};
inline constexpr Phrase bridging_write_date{"input.bridging.write-date",
                                            "write the date as date = {example}",
                                            "schrijf de datum als date = {example}"};
inline constexpr Phrase bridging_month_has_days{"input.bridging.month-has-days",
                                                "{month} {year} has {days} days",
                                                "{month} {year} heeft {days} dagen"};
inline constexpr Phrase bridging_date_shape{
    "input.bridging.date-shape",
    "'date' must be a date written YYYY-MM-DD, such as {example}, found '{found}'",
    "'date' moet een datum zijn, geschreven als JJJJ-MM-DD, zoals {example}, gevonden: "
    "'{found}'"};
inline constexpr Phrase bridging_date_type{"input.bridging.date-type",
                                           "'date' must be a date such as {example}, found {found}",
                                           "'date' moet een datum zijn, zoals {example}, "
                                           "gevonden: {found}"};
inline constexpr Phrase bridging_date_alone{"input.bridging.date-alone",
                                            "write the date alone, without a time",
                                            "schrijf alleen de datum, zonder tijd"};
inline constexpr Phrase bridging_date_years{
    "input.bridging.date-years",
    "'date' {date} is outside the years {first}-{last} that tenderkit supports",
    "'date' {date} valt buiten de jaren {first}-{last} die tenderkit ondersteunt"};
inline constexpr Phrase bridging_name_en_empty{
    "input.bridging.name-en-empty", "'name_en' must not be empty", "'name_en' mag niet leeg zijn"};
inline constexpr Phrase bridging_leave_name_en_out{
    "input.bridging.leave-name-en-out", "leave the key out to use the Dutch name in English too",
    "laat de sleutel weg om de Nederlandse naam ook in het Engels te gebruiken"};
inline constexpr Phrase bridging_on_weekend{
    "input.bridging.on-weekend",
    "bridging day {date} falls on a {weekday}, which is no working day anyway",
    "brugdag {date} valt op een {weekday}, dat is al geen werkdag"};
inline constexpr Phrase bridging_on_holiday{
    "input.bridging.on-holiday",
    "bridging day {date} falls on {holiday}, a general holiday already",
    "brugdag {date} valt op {holiday}, al een algemene feestdag"};
inline constexpr Phrase bridging_listed_twice{"input.bridging.listed-twice",
                                              "bridging day {date} is listed twice",
                                              "brugdag {date} staat er twee keer in"};
inline constexpr Phrase first_listed_at{"input.bridging.first-listed-at", "first listed at {where}",
                                        "eerst genoemd op {where}"};

inline constexpr const Phrase* bridging_catalogue[] = {
    &bridging_date_missing, &bridging_write_date,    &bridging_month_has_days,
    &bridging_date_shape,   &bridging_date_type,     &bridging_date_alone,
    &bridging_date_years,   &bridging_name_en_empty, &bridging_leave_name_en_out,
    &bridging_on_weekend,   &bridging_on_holiday,    &bridging_listed_twice,
    &first_listed_at,
};

// The provider register of tender-match (input/register_file.cpp).
inline constexpr Phrase the_register_file{"input.what.register-file", "the provider register",
                                          "het aanbiedersregister"};
inline constexpr Phrase register_either_legal_form{
    "input.register.either-legal-form", "leave the key out: the provider joins either legal form",
    "laat de sleutel weg: de aanbieder doet in beide rechtsvormen mee"};
inline constexpr Phrase register_no_services{"input.register.no-services",
                                             "[[provider]] lists no services",
                                             "[[provider]] noemt geen diensten"};
inline constexpr Phrase register_add_services{
    "input.register.add-services", "add services = [...] with the ids of the services it delivers",
    "voeg services = [...] toe met de ids van de diensten die de aanbieder levert"};
inline constexpr Phrase register_subcontract_not_in_services{
    "input.register.subcontract-not-in-services",
    "'subcontractor_only' names service '{service}', which is not in 'services'",
    "'subcontractor_only' noemt dienst '{service}', die niet in 'services' staat"};
inline constexpr Phrase register_add_to_services{"input.register.add-to-services",
                                                 "add '{service}' to 'services' as well",
                                                 "zet '{service}' ook in 'services'"};
inline constexpr Phrase register_every_municipality{
    "input.register.every-municipality",
    "leave the key out when the provider works in every municipality",
    "laat de sleutel weg als de aanbieder in elke gemeente werkt"};
inline constexpr Phrase register_other_tender{
    "input.register.other-tender",
    "this register is for tender '{tender}', but {file} is tender '{actual}'",
    "dit register is voor aanbesteding '{tender}', maar {file} is aanbesteding '{actual}'"};
inline constexpr Phrase register_name_the_tender{
    "input.register.name-the-tender",
    "registers name the tender whose service ids they use; leave 'tender' out to use the register "
    "with any tender that has these ids",
    "een register noemt de aanbesteding waarvan het de dienst-ids gebruikt; laat 'tender' weg om "
    "het register te gebruiken bij elke aanbesteding met deze ids"};
inline constexpr Phrase register_kvk_twice{"input.register.kvk-twice",
                                           "KvK number {kvk} appears twice in the register",
                                           "KvK-nummer {kvk} komt twee keer voor in het register"};
inline constexpr Phrase register_one_provider{
    "input.register.one-provider",
    "first at {where}; one organisation is one provider, list all its services there",
    "eerst op {where}; één organisatie is één aanbieder, noem daar al haar diensten"};
inline constexpr Phrase register_no_providers{
    "input.register.no-providers", "the register has no providers; add at least one [[provider]]",
    "het register heeft geen aanbieders; voeg ten minste één [[provider]] toe"};

inline constexpr const Phrase* register_catalogue[] = {
    &the_register_file,
    &register_either_legal_form,
    &register_no_services,
    &register_add_services,
    &register_subcontract_not_in_services,
    &register_add_to_services,
    &register_every_municipality,
    &register_other_tender,
    &register_name_the_tender,
    &register_kvk_twice,
    &register_one_provider,
    &register_no_providers,
};

// The baseline of tender-schedule --baseline, an earlier JSON output (input/baseline_file.cpp).
inline constexpr Phrase baseline_empty{"input.baseline.empty",
                                       "the baseline is empty, not a JSON schedule",
                                       "de vorige planning (--baseline) is leeg, geen planning in "
                                       "JSON"};
inline constexpr Phrase baseline_not_json{
    "input.baseline.not-json", "the baseline is not valid JSON: {reason}",
    "de vorige planning (--baseline) is geen geldige JSON: {reason}"};
inline constexpr Phrase baseline_pass_schedule{
    "input.baseline.pass-schedule", "pass a JSON schedule written by tender-schedule --format json",
    "geef een planning in JSON, geschreven door tender-schedule --format json"};
inline constexpr Phrase baseline_not_schedule{
    "input.baseline.not-schedule", "the baseline is not a tender-schedule JSON output (schema 1)",
    "de vorige planning (--baseline) is geen JSON-uitvoer van tender-schedule (schema 1)"};
inline constexpr Phrase baseline_no_milestones{
    "input.baseline.no-milestones", "the baseline has no \"milestones\" array",
    "de vorige planning (--baseline) heeft geen lijst \"milestones\""};
inline constexpr Phrase baseline_bad_milestone{
    "input.baseline.bad-milestone",
    "milestone {number} of the baseline lacks a string \"id\" or a YYYY-MM-DD \"date\"",
    "mijlpaal {number} van de vorige planning (--baseline) mist een tekst \"id\" of een \"date\" "
    "als JJJJ-MM-DD"};

inline constexpr const Phrase* baseline_catalogue[] = {
    &baseline_empty,        &baseline_not_json,      &baseline_pass_schedule,
    &baseline_not_schedule, &baseline_no_milestones, &baseline_bad_milestone,
};

}  // namespace tenderkit::input::words
