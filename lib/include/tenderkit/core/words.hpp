// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The core module's own words (core/wording.hpp explains the catalogue).
namespace tenderkit::core::words {

using wording::Phrase;

inline constexpr Phrase did_you_mean{"core.did-you-mean", "did you mean '{choice}'?",
                                     "bedoelt u '{choice}'?"};

inline constexpr Phrase cannot_write{"core.cannot-write", "cannot write '{path}': {reason}",
                                     "kan '{path}' niet schrijven: {reason}"};
inline constexpr Phrase cannot_write_directory{"core.cannot-write-directory",
                                               "cannot write '{path}': it is a directory",
                                               "kan '{path}' niet schrijven: het is een map"};
inline constexpr Phrase cannot_write_block_device{
    "core.cannot-write-block-device", "cannot write '{path}': it is a block device (a disk)",
    "kan '{path}' niet schrijven: het is een blokapparaat (een schijf)"};
inline constexpr Phrase writes_files_only{
    "core.writes-files-only",
    "tenderkit writes to files, character devices, FIFOs and sockets only",
    "tenderkit schrijft alleen naar bestanden, tekenapparaten, FIFO's en sockets"};
inline constexpr Phrase input_is_output{
    "core.input-is-output",
    "'{path}' is an input of this run and cannot be its output too: writing it would destroy the "
    "input",
    "'{path}' is invoer van deze opdracht en kan niet ook de uitvoer zijn: schrijven zou de invoer "
    "vernietigen"};
inline constexpr Phrase output_is_input{
    "core.output-is-input",
    "the output '{path}' is the input '{input}' (the same file): writing it would destroy the "
    "input",
    "de uitvoer '{path}' is de invoer '{input}' (hetzelfde bestand): schrijven zou de invoer "
    "vernietigen"};
inline constexpr Phrase write_elsewhere{
    "core.write-elsewhere", "write the output to another file; nothing was read or written",
    "schrijf de uitvoer naar een ander bestand; er is niets gelezen of geschreven"};
inline constexpr Phrase both_to_stdout{
    "core.both-to-stdout", "two outputs would both go to standard output: '{first}' and '{second}'",
    "twee uitvoeren zouden allebei naar de standaarduitvoer gaan: '{first}' en '{second}'"};
inline constexpr Phrase name_a_file{
    "core.name-a-file",
    "a report goes to standard output unless a file is named for it; give one of them a file",
    "een rapport gaat naar de standaarduitvoer tenzij er een bestand voor is genoemd; geef een van "
    "beide een bestand"};
inline constexpr Phrase both_to_descriptor{
    "core.both-to-descriptor",
    "two outputs would both go to the same descriptor: '{first}' and '{second}'",
    "twee uitvoeren zouden allebei naar dezelfde descriptor gaan: '{first}' en '{second}'"};
inline constexpr Phrase same_file{"core.same-file",
                                  "two outputs are the same file: '{first}' and '{second}'",
                                  "twee uitvoeren zijn hetzelfde bestand: '{first}' en '{second}'"};
inline constexpr Phrase file_each{"core.file-each", "give each output a file of its own",
                                  "geef elke uitvoer een eigen bestand"};
inline constexpr Phrase exists{"core.exists",
                               "{path} exists{detail}; {program} does not overwrite files",
                               "{path} bestaat al{detail}; {program} overschrijft geen bestanden"};
inline constexpr Phrase use_force{"core.use-force", "use --force to replace it",
                                  "gebruik --force om het te vervangen"};
inline constexpr Phrase cannot_read{"core.cannot-read", "cannot read '{path}': {reason}",
                                    "kan '{path}' niet lezen: {reason}"};
inline constexpr Phrase cannot_read_directory{"core.cannot-read-directory",
                                              "cannot read '{path}': it is a directory",
                                              "kan '{path}' niet lezen: het is een map"};
inline constexpr Phrase too_large{"core.too-large",
                                  "'{path}' is larger than tenderkit reads: {limit} MiB at most",
                                  "'{path}' is groter dan tenderkit leest: hoogstens {limit} MiB"};
inline constexpr Phrase too_large_size{
    "core.too-large-size",
    "'{path}' is {size} MiB, larger than tenderkit reads: {limit} MiB at most",
    "'{path}' is {size} MiB, groter dan tenderkit leest: hoogstens {limit} MiB"};
inline constexpr Phrase split_it{
    "core.split-it", "split it into smaller files, or check that it is the file you meant",
    "splits het in kleinere bestanden, of kijk of het het bedoelde bestand is"};
inline constexpr Phrase cannot_create_directory{"core.cannot-create-directory",
                                                "cannot create directory '{path}': {reason}",
                                                "kan map '{path}' niet maken: {reason}"};

inline constexpr Phrase skip_other_extension{"core.skip.other-extension", "not a {expected} file",
                                             "geen {expected}-bestand"};
inline constexpr Phrase skip_folder{"core.skip.folder", "a folder: folders inside are not read",
                                    "een map: mappen erin worden niet gelezen"};
inline constexpr Phrase skip_not_a_file{"core.skip.not-a-file", "not a regular file",
                                        "geen gewoon bestand"};

inline constexpr Phrase not_a_number{
    "core.not-a-number", "'{text}' is not a number (expected e.g. 8, 7.5 or 15/2)",
    "'{text}' is geen getal (verwacht bijvoorbeeld 8, 7.5 of 15/2)"};
inline constexpr Phrase not_finite{"core.not-finite", "{value} is not a finite number",
                                   "{value} is geen eindig getal"};
inline constexpr Phrase skip_not_an_espd{"core.skip.not-an-espd", "not an .xml file (ESPD)",
                                         "geen .xml-bestand (UEA)"};
inline constexpr Phrase skip_espd_of_no_member{
    "core.skip.espd-of-no-member",
    "an ESPD response of an operator that is no member of any registration",
    "een UEA van een ondernemer die in geen inschrijving lid is"};

inline constexpr const Phrase* catalogue[] = {
    &did_you_mean,
    &cannot_write,
    &cannot_write_directory,
    &cannot_write_block_device,
    &writes_files_only,
    &input_is_output,
    &output_is_input,
    &write_elsewhere,
    &both_to_stdout,
    &name_a_file,
    &both_to_descriptor,
    &same_file,
    &file_each,
    &exists,
    &use_force,
    &cannot_read,
    &cannot_read_directory,
    &too_large,
    &too_large_size,
    &split_it,
    &cannot_create_directory,
    &skip_other_extension,
    &skip_folder,
    &skip_not_a_file,
    &not_a_number,
    &not_finite,
    &skip_not_an_espd,
    &skip_espd_of_no_member,
};

inline constexpr Phrase bad_source_date_epoch{
    "core.bad-source-date-epoch",
    "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, found '{found}'",
    "SOURCE_DATE_EPOCH moet een geheel aantal seconden sinds 1970 zijn, gevonden: '{found}'"};

inline constexpr const Phrase* clock_catalogue[] = {&bad_source_date_epoch};

}  // namespace tenderkit::core::words
