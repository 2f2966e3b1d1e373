// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The xlsx module's words: the warnings Workbook::close() returns and the errors of the reader of
/// returned forms (core/wording.hpp explains the catalogue).
namespace tenderkit::xlsx::words {

using wording::Phrase;

inline constexpr Phrase one_cell_cut{
    "xlsx.one-cell-cut",
    "1 cell held more than 32,767 characters, Excel's limit for a cell; cut to 32,767",
    "1 cel bevatte meer dan 32.767 tekens, de grens van Excel voor een cel; ingekort tot "
    "32.767"};
inline constexpr Phrase cells_cut{
    "xlsx.cells-cut",
    "{count} cells held more than 32,767 characters, Excel's limit for a cell; cut to 32,767",
    "{count} cellen bevatten meer dan 32.767 tekens, de grens van Excel voor een cel; ingekort "
    "tot 32.767"};
inline constexpr Phrase not_to_terminal{
    "xlsx.not-to-terminal", "will not write a workbook to standard output: it is a terminal",
    "schrijft geen werkboek naar de standaarduitvoer: dat is een terminal"};
inline constexpr Phrase redirect{"xlsx.redirect",
                                 "redirect standard output to a file or a pipe ('> file.xlsx'), or "
                                 "name the workbook file instead of '-'",
                                 "leid de standaarduitvoer om naar een bestand of pijp ('> "
                                 "bestand.xlsx'), of noem het werkboekbestand in plaats van '-'"};
inline constexpr Phrase out_of_memory{"xlsx.out-of-memory", "out of memory",
                                      "onvoldoende geheugen"};
inline constexpr Phrase document_properties{
    "xlsx.document-properties", "document properties: {reason}", "documenteigenschappen: {reason}"};
inline constexpr Phrase closed_before{"xlsx.closed-before", "the workbook was closed before",
                                      "de werkboek was al gesloten"};

inline constexpr const Phrase* catalogue[] = {
    &one_cell_cut,  &cells_cut,           &not_to_terminal, &redirect,
    &out_of_memory, &document_properties, &closed_before,
};

// The reader of returned forms (xlsx/reader.cpp). Its messages follow the file name ("forms/a.xlsx:
// error: is empty, not an xlsx workbook"), or the name of the part inside the zip archive
// ("xl/worksheets/sheet1.xml: is not well-formed XML ..."), so most of them have no subject.
inline constexpr Phrase reader_in_part{"xlsx.reader.in-part", "{part}: {problem}",
                                       "{part}: {problem}"};
inline constexpr Phrase reader_in_cell{"xlsx.reader.in-cell", "cell {cell}: {problem}",
                                       "cel {cell}: {problem}"};
inline constexpr Phrase reader_size_bytes{"xlsx.reader.size-bytes", "{count} bytes",
                                          "{count} bytes"};
inline constexpr Phrase reader_size_mib{"xlsx.reader.size-mib", "{size} MiB", "{size} MiB"};

inline constexpr Phrase reader_no_such_file{"xlsx.reader.no-such-file", "cannot open: no such file",
                                            "kan niet worden geopend: het bestand bestaat niet"};
inline constexpr Phrase reader_is_directory{"xlsx.reader.is-directory",
                                            "is a directory, not an xlsx workbook",
                                            "is een map, geen xlsx-werkmap"};
inline constexpr Phrase reader_unreadable{"xlsx.reader.unreadable",
                                          "cannot open: permission denied or unreadable",
                                          "kan niet worden geopend: geen toegang of onleesbaar"};
inline constexpr Phrase reader_empty{"xlsx.reader.empty", "is empty, not an xlsx workbook",
                                     "is leeg, geen xlsx-werkmap"};
inline constexpr Phrase reader_old_xls{
    "xlsx.reader.old-xls",
    "is not an xlsx workbook: it is an old .xls file or a password-protected workbook; save it as "
    ".xlsx without a password",
    "is geen xlsx-werkmap: het is een oud .xls-bestand of een met een wachtwoord beveiligde "
    "werkmap; sla het op als .xlsx zonder wachtwoord"};
inline constexpr Phrase reader_not_zip{
    "xlsx.reader.not-zip", "is not an xlsx workbook: not a zip archive (or a damaged, cut-off one)",
    "is geen xlsx-werkmap: geen zip-archief (of een beschadigd, afgebroken archief)"};
inline constexpr Phrase reader_inconsistent{"xlsx.reader.inconsistent",
                                            "is damaged: the zip archive is inconsistent",
                                            "is beschadigd: het zip-archief is inconsistent"};
inline constexpr Phrase reader_cannot_open_zip{"xlsx.reader.cannot-open-zip",
                                               "cannot open as a zip archive: {reason}",
                                               "kan niet als zip-archief worden geopend: {reason}"};
inline constexpr Phrase reader_no_workbook_part{"xlsx.reader.no-workbook-part",
                                                "is not an xlsx workbook (no {part})",
                                                "is geen xlsx-werkmap (geen {part})"};
inline constexpr Phrase reader_other_document{
    "xlsx.reader.other-document",
    "is not an xlsx workbook ({part} holds a <{found}>, not a <workbook>)",
    "is geen xlsx-werkmap ({part} bevat een <{found}>, geen <workbook>)"};

// A part of the archive.
inline constexpr Phrase reader_cannot_read{"xlsx.reader.cannot-read", "cannot read: {reason}",
                                           "kan niet worden gelezen: {reason}"};
inline constexpr Phrase reader_part_too_large{
    "xlsx.reader.part-too-large",
    "is {size} uncompressed, more than the {limit} this reader accepts",
    "is uitgepakt {size}, meer dan de {limit} die tenderkit leest"};
inline constexpr Phrase reader_workbook_too_large{
    "xlsx.reader.workbook-too-large",
    "takes the workbook beyond the {limit} of uncompressed XML this reader accepts",
    "brengt de werkmap boven de {limit} uitgepakte XML die tenderkit leest"};
inline constexpr Phrase reader_encrypted{"xlsx.reader.encrypted",
                                         "is encrypted, which xlsx workbooks never are",
                                         "is versleuteld, wat xlsx-werkmappen nooit zijn"};
inline constexpr Phrase reader_damaged{"xlsx.reader.damaged", "is damaged: {reason}",
                                       "is beschadigd: {reason}"};
inline constexpr Phrase reader_size_differs{
    "xlsx.reader.size-differs", "is damaged: its size differs from the size the zip declares",
    "is beschadigd: de grootte verschilt van wat het zip-archief opgeeft"};
inline constexpr Phrase reader_not_xml{
    "xlsx.reader.not-xml", "is not well-formed XML (line {line}, column {column}: {reason})",
    "is geen geldige XML (regel {line}, kolom {column}: {reason})"};
inline constexpr Phrase reader_wrong_root{"xlsx.reader.wrong-root",
                                          "expected a <{expected}> element, found <{found}>",
                                          "verwacht een element <{expected}>, gevonden: <{found}>"};

// Why libzip could not read (the common codes; any other is libzip's own English text).
inline constexpr Phrase zip_crc{"xlsx.zip.crc", "CRC error", "CRC-fout (controlegetal klopt niet)"};
inline constexpr Phrase zip_compressed_data{"xlsx.zip.compressed-data",
                                            "the compressed data is damaged",
                                            "de gecomprimeerde gegevens zijn beschadigd"};
inline constexpr Phrase zip_end_of_file{"xlsx.zip.end-of-file", "premature end of file",
                                        "het bestand houdt te vroeg op"};
inline constexpr Phrase zip_compression_method{"xlsx.zip.compression-method",
                                               "compression method not supported",
                                               "compressiemethode wordt niet ondersteund"};
inline constexpr Phrase zip_encryption_method{"xlsx.zip.encryption-method",
                                              "encryption method not supported",
                                              "versleutelmethode wordt niet ondersteund"};
inline constexpr Phrase zip_read_error{"xlsx.zip.read-error", "read error", "leesfout"};
inline constexpr Phrase zip_seek_error{"xlsx.zip.seek-error", "seek error",
                                       "fout bij het zoeken in het bestand"};
inline constexpr Phrase zip_cannot_open{"xlsx.zip.cannot-open", "cannot open the file",
                                        "kan het bestand niet openen"};
inline constexpr Phrase zip_inconsistent{"xlsx.zip.inconsistent", "the zip archive is inconsistent",
                                         "het zip-archief is inconsistent"};

// Why the XML is not well-formed (pugixml's status; the English is pugixml's own description).
inline constexpr Phrase xml_bad_pi{"xlsx.xml.bad-pi",
                                   "Error parsing document declaration/processing instruction",
                                   "fout in de XML-declaratie of een verwerkingsinstructie"};
inline constexpr Phrase xml_bad_comment{"xlsx.xml.bad-comment", "Error parsing comment",
                                        "fout in een commentaar"};
inline constexpr Phrase xml_bad_cdata{"xlsx.xml.bad-cdata", "Error parsing CDATA section",
                                      "fout in een CDATA-sectie"};
inline constexpr Phrase xml_bad_doctype{"xlsx.xml.bad-doctype",
                                        "Error parsing document type declaration",
                                        "fout in de documenttypedeclaratie"};
inline constexpr Phrase xml_bad_pcdata{"xlsx.xml.bad-pcdata", "Error parsing PCDATA section",
                                       "fout in de tekst tussen de tags (PCDATA)"};
inline constexpr Phrase xml_bad_start_element{
    "xlsx.xml.bad-start-element", "Error parsing start element tag", "fout in een begintag"};
inline constexpr Phrase xml_bad_attribute{
    "xlsx.xml.bad-attribute", "Error parsing element attribute", "fout in een attribuut"};
inline constexpr Phrase xml_bad_end_element{"xlsx.xml.bad-end-element",
                                            "Error parsing end element tag", "fout in een eindtag"};
inline constexpr Phrase xml_tags_mismatch{"xlsx.xml.tags-mismatch", "Start-end tags mismatch",
                                          "begin- en eindtag passen niet bij elkaar"};
inline constexpr Phrase xml_unrecognized_tag{
    "xlsx.xml.unrecognized-tag", "Could not determine tag type", "soort tag niet te bepalen"};
inline constexpr Phrase xml_no_document_element{
    "xlsx.xml.no-document-element", "No document element found", "geen documentelement gevonden"};

// Rows, cells and sheets.
inline constexpr Phrase reader_row_number{"xlsx.reader.row-number",
                                          "row number '{found}' is not between 1 and {maximum}",
                                          "rijnummer '{found}' ligt niet tussen 1 en {maximum}"};
inline constexpr Phrase reader_too_many_rows{
    "xlsx.reader.too-many-rows", "more than {maximum} rows", "meer dan {maximum} rijen"};
inline constexpr Phrase reader_not_a_reference{"xlsx.reader.not-a-reference",
                                               "'{found}' is not a cell reference",
                                               "'{found}' is geen celverwijzing"};
inline constexpr Phrase reader_too_many_cells{"xlsx.reader.too-many-cells",
                                              "row {row} has more than {maximum} cells",
                                              "rij {row} heeft meer dan {maximum} cellen"};
inline constexpr Phrase reader_not_a_number{"xlsx.reader.not-a-number", "'{found}' is not a number",
                                            "'{found}' is geen getal"};
inline constexpr Phrase reader_not_a_string_number{
    "xlsx.reader.not-a-string-number", "'{found}' is not a shared string number",
    "'{found}' is geen nummer van een gedeelde tekenreeks"};
inline constexpr Phrase reader_no_such_string{
    "xlsx.reader.no-such-string", "shared string {index} does not exist (there are {count})",
    "gedeelde tekenreeks {index} bestaat niet (er zijn er {count})"};
inline constexpr Phrase reader_no_shared_strings{
    "xlsx.reader.no-shared-strings",
    "refers to shared string {index}, but the workbook has no shared strings",
    "verwijst naar gedeelde tekenreeks {index}, maar de werkmap heeft geen gedeelde tekenreeksen"};
inline constexpr Phrase reader_not_a_boolean{
    "xlsx.reader.not-a-boolean", "'{found}' is not a boolean", "'{found}' is geen waar of onwaar"};
inline constexpr Phrase reader_unknown_cell_type{
    "xlsx.reader.unknown-cell-type", "unknown cell type '{found}'", "onbekend celtype '{found}'"};
inline constexpr Phrase reader_sheet_no_name{
    "xlsx.reader.sheet-no-name", "sheet {number} has no name", "blad {number} heeft geen naam"};
inline constexpr Phrase reader_unknown_relationship{
    "xlsx.reader.unknown-relationship",
    "sheet '{sheet}' refers to relationship '{id}', which {part} does not hold",
    "blad '{sheet}' verwijst naar relatie '{id}', die niet in {part} staat"};
inline constexpr Phrase reader_sheet_missing{
    "xlsx.reader.sheet-missing", "sheet '{sheet}' is stored in {part}, which is missing",
    "blad '{sheet}' staat in {part}, dat ontbreekt"};
inline constexpr Phrase reader_no_sheets{"xlsx.reader.no-sheets", "the workbook has no sheets",
                                         "de werkmap heeft geen bladen"};

inline constexpr const Phrase* reader_catalogue[] = {
    &reader_in_part,
    &reader_in_cell,
    &reader_size_bytes,
    &reader_size_mib,
    &reader_no_such_file,
    &reader_is_directory,
    &reader_unreadable,
    &reader_empty,
    &reader_old_xls,
    &reader_not_zip,
    &reader_inconsistent,
    &reader_cannot_open_zip,
    &reader_no_workbook_part,
    &reader_other_document,
    &reader_cannot_read,
    &reader_part_too_large,
    &reader_workbook_too_large,
    &reader_encrypted,
    &reader_damaged,
    &reader_size_differs,
    &reader_not_xml,
    &reader_wrong_root,
    &zip_crc,
    &zip_compressed_data,
    &zip_end_of_file,
    &zip_compression_method,
    &zip_encryption_method,
    &zip_read_error,
    &zip_seek_error,
    &zip_cannot_open,
    &zip_inconsistent,
    &xml_bad_pi,
    &xml_bad_comment,
    &xml_bad_cdata,
    &xml_bad_doctype,
    &xml_bad_pcdata,
    &xml_bad_start_element,
    &xml_bad_attribute,
    &xml_bad_end_element,
    &xml_tags_mismatch,
    &xml_unrecognized_tag,
    &xml_no_document_element,
    &reader_row_number,
    &reader_too_many_rows,
    &reader_not_a_reference,
    &reader_too_many_cells,
    &reader_not_a_number,
    &reader_not_a_string_number,
    &reader_no_such_string,
    &reader_no_shared_strings,
    &reader_not_a_boolean,
    &reader_unknown_cell_type,
    &reader_sheet_no_name,
    &reader_unknown_relationship,
    &reader_sheet_missing,
    &reader_no_sheets,
};

}  // namespace tenderkit::xlsx::words
