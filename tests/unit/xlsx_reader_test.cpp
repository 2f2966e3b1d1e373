// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/xlsx/reader.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"
#include <zlib.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The fixtures under tests/data/xlsx are written by tests/scripts/make_reader_fixtures.py (with
// openpyxl, LibreOffice and by hand); the values checked here are the ones that script writes.

namespace tenderkit::xlsx {
namespace {

using test_support::slurp;
using test_support::TempDir;
using Kind = CellValue::Kind;

constexpr std::string_view kDutch =
    "Zorggroep \xC4\xB2sselmonde \xE2\x80\x94 caf\xC3\xA9 \xC3\xA9\xC3\xA9n, na\xC3\xAF"
    "ef, co\xC3\xB6peratie";

std::filesystem::path fixture(std::string_view name) {
  return std::filesystem::path(TENDERKIT_SOURCE_DIR) / "tests" / "data" / "xlsx" / name;
}

ReadWorkbook open_ok(const std::filesystem::path& path) {
  Result<ReadWorkbook> book = ReadWorkbook::open(path);
  if (!book) {
    throw std::runtime_error(path.string() + ": " + book.error().message());  // fails the test
  }
  return std::move(book).value();
}

const ReadSheet& sheet_ok(const ReadWorkbook& book, std::string_view name) {
  const ReadSheet* sheet = book.sheet(name);
  if (sheet == nullptr) {
    throw std::runtime_error("no sheet " + std::string(name));
  }
  return *sheet;
}

std::string describe(const CellValue* value) {
  if (value == nullptr) {
    return "no cell";
  }
  const char* const kinds[] = {"empty", "text", "number", "boolean", "error"};
  return std::string(kinds[static_cast<int>(value->kind)]) + " '" + value->text + "' " +
         std::to_string(value->number) + (value->formula ? " (formula)" : "");
}

::testing::AssertionResult has(const ReadSheet& sheet, std::string_view reference, Kind kind,
                               std::string_view text, double number = 0) {
  const CellValue* value = sheet.cell(reference);
  if (value != nullptr && value->kind == kind && value->text == text && value->number == number) {
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure()
         << sheet.name() << "!" << reference << " is " << describe(value);
}

::testing::AssertionResult has_text(const ReadSheet& sheet, std::string_view reference,
                                    std::string_view text) {
  return has(sheet, reference, Kind::text, text);
}

::testing::AssertionResult has_number(const ReadSheet& sheet, std::string_view reference,
                                      double number) {
  return has(sheet, reference, Kind::number, "", number);
}

::testing::AssertionResult is_empty(const ReadSheet& sheet, std::string_view reference) {
  return has(sheet, reference, Kind::empty, "");
}

std::string open_error(const std::filesystem::path& path) {
  Result<ReadWorkbook> book = ReadWorkbook::open(path);
  if (book) {
    return "<opened>";
  }
  EXPECT_EQ(book.error().kind(), ErrorKind::input);
  EXPECT_EQ(book.error().diagnostics().size(), 1u);
  const Diagnostic& diagnostic = book.error().diagnostics().front();
  EXPECT_TRUE(diagnostic.where.has_value());
  if (diagnostic.where) {
    EXPECT_EQ(diagnostic.where->to_string(), path.string()) << "the error must name the file";
  }
  return diagnostic.message.en;
}

// The message in both languages.
LocalizedText open_message(const std::filesystem::path& path) {
  Result<ReadWorkbook> book = ReadWorkbook::open(path);
  if (book) {
    return {"<opened>", "<opened>"};
  }
  return book.error().diagnostics().front().message;
}

// A zip archive of stored (uncompressed) members, written by hand so that a test can give a member
// a wrong checksum.
std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& members,
                       bool wrong_crc) {
  const auto le = [](std::string& out, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) {
      out += static_cast<char>((value >> (8 * i)) & 0xFF);
    }
  };
  std::string zip;
  std::string directory;
  for (const auto& [name, content] : members) {
    const auto crc =
        static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(content.data()),
                                         static_cast<uInt>(content.size())) ^
                                   (wrong_crc ? 1u : 0u));
    const auto size = static_cast<std::uint32_t>(content.size());
    const auto offset = static_cast<std::uint32_t>(zip.size());
    le(zip, 0x04034b50, 4);
    le(zip, 20, 2);    // version needed
    le(zip, 0, 2);     // flags
    le(zip, 0, 2);     // stored
    le(zip, 0, 2);     // time
    le(zip, 0x21, 2);  // date: 1980-01-01
    le(zip, crc, 4);
    le(zip, size, 4);
    le(zip, size, 4);
    le(zip, static_cast<std::uint32_t>(name.size()), 2);
    le(zip, 0, 2);
    zip += name;
    zip += content;
    le(directory, 0x02014b50, 4);
    le(directory, 20, 2);
    le(directory, 20, 2);
    le(directory, 0, 2);
    le(directory, 0, 2);
    le(directory, 0, 2);
    le(directory, 0x21, 2);
    le(directory, crc, 4);
    le(directory, size, 4);
    le(directory, size, 4);
    le(directory, static_cast<std::uint32_t>(name.size()), 2);
    le(directory, 0, 2);  // extra
    le(directory, 0, 2);  // comment
    le(directory, 0, 2);  // disk
    le(directory, 0, 2);  // internal attributes
    le(directory, 0, 4);  // external attributes
    le(directory, offset, 4);
    directory += name;
  }
  const auto directory_offset = static_cast<std::uint32_t>(zip.size());
  zip += directory;
  le(zip, 0x06054b50, 4);
  le(zip, 0, 2);
  le(zip, 0, 2);
  le(zip, static_cast<std::uint32_t>(members.size()), 2);
  le(zip, static_cast<std::uint32_t>(members.size()), 2);
  le(zip, static_cast<std::uint32_t>(directory.size()), 4);
  le(zip, directory_offset, 4);
  le(zip, 0, 2);
  return zip;
}

std::vector<std::string> sheet_names(const ReadWorkbook& book) {
  std::vector<std::string> names;
  for (const ReadSheet& sheet : book.sheets()) {
    names.push_back(sheet.name());
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Cell references

TEST(XlsxReaderReference, ParsesWhatCellReferenceWrites) {
  EXPECT_EQ(parse_cell_reference("A1"), (CellPosition{0, 0}));
  EXPECT_EQ(parse_cell_reference("D7"), (CellPosition{6, 3}));
  EXPECT_EQ(parse_cell_reference("$D$7"), (CellPosition{6, 3}));
  EXPECT_EQ(parse_cell_reference("d7"), (CellPosition{6, 3}));
  EXPECT_EQ(parse_cell_reference("AA10"), (CellPosition{9, 26}));
  EXPECT_EQ(parse_cell_reference("XFD1048576"), (CellPosition{1'048'575, 16'383}));
  for (const auto& [row, column] : std::vector<std::pair<Row, Column>>{
           {0, 0}, {4, 1}, {99, 25}, {0, 26}, {7, 701}, {12, 702}, {1'048'575, 16'383}}) {
    EXPECT_EQ(parse_cell_reference(cell_reference(row, column)), (CellPosition{row, column}));
    EXPECT_EQ(parse_cell_reference(cell_reference(row, column, true)), (CellPosition{row, column}));
  }
}

TEST(XlsxReaderReference, RefusesWhatIsNoSingleCell) {
  for (std::string_view bad : {"", "A", "7", "A0", "A01", "XFE1", "A1048577", "AAAA1", "A1:B2",
                               "A-1", " A1", "A1 ", "$$A1", "A$$1", "A1.5", "Ä1", "A99999999999"}) {
    EXPECT_FALSE(parse_cell_reference(bad).has_value()) << bad;
  }
}

TEST(XlsxReaderReference, ReadsAStringConstantOfADefinedName) {
  const auto constant = [](std::string formula) {
    return DefinedName{.name = "x", .formula = std::move(formula)}.string_constant();
  };
  EXPECT_EQ(constant("\"v1\""), "v1");
  EXPECT_EQ(constant("\"a \"\"b\"\"\""), "a \"b\"");
  EXPECT_EQ(constant("\"\""), "");
  EXPECT_EQ(constant("Scores!$A$1"), std::nullopt);
  EXPECT_EQ(constant("\"a\"&\"b\""), std::nullopt);
  EXPECT_EQ(constant("\""), std::nullopt);
}

// ---------------------------------------------------------------------------------------------
// Our own writer

constexpr std::time_t kCreated = 1'700'000'000;

// A score form as tenderkit writes one; LibreOffice saved it again for libreoffice-writer-form.xlsx
// (make_reader_fixtures.py --unit-tests), so change both together.
void write_score_form(const std::filesystem::path& path) {
  using namespace std::chrono;
  Result<Workbook> created = Workbook::create(
      path, DocumentProperties{.title = "Beoordeling", .author = "tenderkit", .created = kCreated});
  ASSERT_TRUE(created) << created.error().message();
  Workbook& book = *created;
  Worksheet form = book.add_worksheet("Beoordeling");
  const Format input{.fill_color = 0xFFF2CC, .unlocked = true};
  form.merge_text({0, 0, 0, 3}, "Beoordelingsformulier MVS", Format{.bold = true});
  form.write_text(1, 0, "Criterium");
  form.write_text(1, 1, "Score");
  form.write_text(2, 0, kDutch);
  form.write_number(2, 1, 7.5);
  form.write_text(3, 0, "=geen formule");
  form.write_blank(3, 1, input);  // left empty by the evaluator
  form.write_text(4, 0, "_x0041_ blijft letterlijk");
  form.write_number(4, 1, -0.1);
  form.write_text(5, 0, "regel 1\nregel 2");
  form.write_formula(5, 1, "SUM(B3:B5)", 7.4);
  form.write_formula_text(6, 1, "IF(B6>5,\"voldoende\",\"onvoldoende\")", "voldoende");
  form.write_date(7, 1, 2024y / March / 1);
  form.write_text(8, 0, "0042");
  form.add_list_validation({2, 2, 5, 2}, std::vector<std::string>{"ja", "nee"});
  Worksheet notes = book.add_worksheet("Toelichting");
  notes.write_text(0, 0, "tekst met tab\tén \xF0\x9F\x98\x80");
  notes.hide();
  const Result<std::vector<Warning>> closed = book.close();
  ASSERT_TRUE(closed) << closed.error().message();
}

void expect_score_form(const ReadWorkbook& book) {
  EXPECT_EQ(sheet_names(book), (std::vector<std::string>{"Beoordeling", "Toelichting"}));
  const ReadSheet& form = sheet_ok(book, "Beoordeling");
  EXPECT_FALSE(form.hidden());
  EXPECT_TRUE(has_text(form, "A1", "Beoordelingsformulier MVS"));
  EXPECT_TRUE(has_text(form, "A2", "Criterium"));
  EXPECT_TRUE(has_text(form, "A3", kDutch));
  EXPECT_TRUE(has_number(form, "B3", 7.5));
  EXPECT_TRUE(has_text(form, "A4", "=geen formule"));
  EXPECT_TRUE(is_empty(form, "B4"));
  EXPECT_TRUE(has_text(form, "A5", "_x0041_ blijft letterlijk"));
  EXPECT_TRUE(has_number(form, "B5", -0.1));
  EXPECT_TRUE(has_text(form, "A6", "regel 1\nregel 2"));
  EXPECT_TRUE(has_number(form, "B6", 7.4));
  EXPECT_TRUE(form.cell("B6")->formula);
  EXPECT_TRUE(has_text(form, "B7", "voldoende"));
  EXPECT_TRUE(form.cell("B7")->formula);
  EXPECT_TRUE(has_number(form, "B8", 45352));
  EXPECT_TRUE(has_text(form, "A9", "0042"));
  EXPECT_FALSE(form.cell("A2")->formula);
  EXPECT_EQ(form.cell("C3"), nullptr);
  const ReadSheet& notes = sheet_ok(book, "Toelichting");
  EXPECT_EQ(notes.visibility(), SheetVisibility::hidden);
  EXPECT_TRUE(has_text(notes, "A1", "tekst met tab\tén \xF0\x9F\x98\x80"));
}

TEST(XlsxReaderWriterForm, ReadsBackWhatTheWriterWrote) {
  TempDir dir;
  const auto path = dir.path() / "form.xlsx";
  write_score_form(path);
  const ReadWorkbook book = open_ok(path);
  EXPECT_EQ(book.path(), path);
  EXPECT_FALSE(book.uses_1904_dates());
  expect_score_form(book);
  const ReadSheet& form = sheet_ok(book, "Beoordeling");
  EXPECT_EQ(form.row_count(), 9u);
  EXPECT_EQ(form.column_count(), 4u);  // the merged title spans A1:D1
  EXPECT_EQ(form.part(), "xl/worksheets/sheet1.xml");
  EXPECT_TRUE(form.is_worksheet());
}

// Not a check: writes the source of libreoffice-writer-form.xlsx for make_reader_fixtures.py.
TEST(XlsxReaderWriterForm, WritesFixtureSource) {
  const char* target = std::getenv("TENDERKIT_READER_FIXTURE_SOURCE");
  if (target == nullptr) {
    GTEST_SKIP() << "only for tests/scripts/make_reader_fixtures.py --unit-tests";
  }
  write_score_form(target);
}

// What an evaluator's "save" in LibreOffice makes of our form: the same values.
TEST(XlsxReaderWriterForm, ReadsTheFormBackAfterLibreOfficeSavedIt) {
  const ReadWorkbook resaved = open_ok(fixture("libreoffice-writer-form.xlsx"));
  expect_score_form(resaved);
  TempDir dir;
  const auto path = dir.path() / "form.xlsx";
  write_score_form(path);
  const ReadWorkbook original = open_ok(path);
  for (const ReadSheet& sheet : original.sheets()) {
    const ReadSheet& other = sheet_ok(resaved, sheet.name());
    EXPECT_EQ(other.visibility(), sheet.visibility()) << sheet.name();
    std::vector<std::string> values;
    std::vector<std::string> other_values;
    for (const ReadCell& cell : sheet.cells()) {
      if (!cell.value.empty()) {
        values.push_back(cell_reference(cell.row, cell.column) + " " + describe(&cell.value));
      }
    }
    for (const ReadCell& cell : other.cells()) {
      if (!cell.value.empty()) {
        other_values.push_back(cell_reference(cell.row, cell.column) + " " + describe(&cell.value));
      }
    }
    EXPECT_EQ(values, other_values) << sheet.name();
  }
}

// ---------------------------------------------------------------------------------------------
// openpyxl, and the same file saved again by LibreOffice

void expect_openpyxl_values(const ReadSheet& scores) {
  EXPECT_TRUE(has_text(scores, "A1", "Criterium"));
  EXPECT_TRUE(has_text(scores, "A2", kDutch));
  EXPECT_TRUE(has_text(scores, "A3", "regel 1\nregel 2"));
  EXPECT_TRUE(has_text(scores, "A4", " spatie "));
  EXPECT_TRUE(has_number(scores, "B2", 7.5));
  EXPECT_TRUE(has_number(scores, "B3", -0.125));
  EXPECT_TRUE(has_number(scores, "B4", 42));
  EXPECT_TRUE(has_number(scores, "B5", 1e-7));
  EXPECT_TRUE(has_text(scores, "C2", "0042"));
  EXPECT_TRUE(has_text(scores, "C3", "7,5"));
  EXPECT_TRUE(has(scores, "D2", Kind::boolean, "", 1));
  EXPECT_TRUE(has(scores, "D3", Kind::boolean, "", 0));
  EXPECT_TRUE(has(scores, "E2", Kind::error, "#N/A"));
  EXPECT_TRUE(has(scores, "E3", Kind::error, "#DIV/0!"));
  EXPECT_TRUE(has_number(scores, "A5", 45352));  // 2024-03-01
  EXPECT_TRUE(is_empty(scores, "G2"));           // formatted, no value
  EXPECT_EQ(scores.cell("H2"), nullptr);
  EXPECT_TRUE(scores.cell("F2")->formula);
}

TEST(XlsxReaderOpenpyxl, ReadsInlineStringsAndEveryKindOfValue) {
  const ReadWorkbook book = open_ok(fixture("openpyxl.xlsx"));
  EXPECT_EQ(sheet_names(book), (std::vector<std::string>{"Scores", "Verborgen", "Geheim"}));
  const ReadSheet& scores = sheet_ok(book, "Scores");
  expect_openpyxl_values(scores);
  EXPECT_TRUE(is_empty(scores, "F2"));  // openpyxl cannot calculate: no cached result
  EXPECT_EQ(scores.row_count(), 5u);
  EXPECT_EQ(scores.column_count(), 7u);
  EXPECT_EQ(&sheet_ok(book, "scores"), &scores) << "sheet names compare case-insensitively";
  EXPECT_EQ(book.sheet("Onbekend"), nullptr);
}

TEST(XlsxReaderOpenpyxl, ReadsSheetStatesAndDefinedNames) {
  const ReadWorkbook book = open_ok(fixture("openpyxl.xlsx"));
  EXPECT_EQ(sheet_ok(book, "Scores").visibility(), SheetVisibility::visible);
  EXPECT_EQ(sheet_ok(book, "Verborgen").visibility(), SheetVisibility::hidden);
  EXPECT_EQ(sheet_ok(book, "Geheim").visibility(), SheetVisibility::very_hidden);
  EXPECT_TRUE(has_text(sheet_ok(book, "Verborgen"), "A1", "verborgen"));
  EXPECT_TRUE(has_number(sheet_ok(book, "Geheim"), "B2", 3));

  ASSERT_EQ(book.defined_names().size(), 3u);
  const DefinedName* meta = book.defined_name("tk_meta");
  ASSERT_NE(meta, nullptr);
  EXPECT_TRUE(meta->hidden);
  EXPECT_EQ(meta->string_constant(), "form=v1;tender=MVS \"2025\"");
  EXPECT_EQ(book.defined_name("TK_META"), meta);
  const DefinedName* total = book.defined_name("Totaal");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->formula, "Scores!$B$2:$B$5");
  EXPECT_FALSE(total->hidden);
  EXPECT_EQ(book.defined_name("Lokaal"), nullptr) << "a sheet-level name is no workbook name";
  EXPECT_EQ(book.defined_names()[2].name, "Lokaal");
  EXPECT_EQ(book.defined_names()[2].sheet, 0u);
  EXPECT_TRUE(book.custom_properties().empty());
}

TEST(XlsxReaderLibreOffice, ReadsSharedStringsOfAnOpenpyxlFileSavedAgain) {
  const ReadWorkbook book = open_ok(fixture("libreoffice-openpyxl.xlsx"));
  EXPECT_EQ(sheet_names(book), (std::vector<std::string>{"Scores", "Verborgen", "Geheim"}));
  const ReadSheet& scores = sheet_ok(book, "Scores");
  expect_openpyxl_values(scores);
  EXPECT_TRUE(has_number(scores, "F2", 7.375));  // LibreOffice calculated it
  // LibreOffice keeps booleans and errors as formulas (TRUE(), #N/A).
  EXPECT_TRUE(scores.cell("D2")->formula);
  EXPECT_TRUE(scores.cell("E2")->formula);
  EXPECT_TRUE(has_number(sheet_ok(book, "Geheim"), "B2", 3));
  // LibreOffice knows no "very hidden", and drops the hidden flag of names, keeping the name.
  EXPECT_EQ(sheet_ok(book, "Geheim").visibility(), SheetVisibility::hidden);
  const DefinedName* meta = book.defined_name("tk_meta");
  ASSERT_NE(meta, nullptr);
  EXPECT_FALSE(meta->hidden);
  EXPECT_EQ(meta->string_constant(), "form=v1;tender=MVS \"2025\"");
  ASSERT_EQ(book.defined_names().size(), 3u);
  EXPECT_EQ(book.defined_names()[2].sheet, 0u);
}

// ---------------------------------------------------------------------------------------------
// Written by hand as Excel writes, and saved again by LibreOffice

void expect_handcrafted_values(const ReadSheet& form) {
  EXPECT_TRUE(has_text(form, "A1", "Criterium"));
  EXPECT_TRUE(has_text(form, "B1", "Prijs en kwaliteit"));  // rich text runs joined
  EXPECT_TRUE(has_text(form, "A2", kDutch));
  EXPECT_TRUE(has_number(form, "B2", 8.5));
  EXPECT_TRUE(has(form, "C2", Kind::boolean, "", 1));
  EXPECT_TRUE(has(form, "D2", Kind::error, "#DIV/0!"));
  EXPECT_TRUE(has_number(form, "E2", 45352));
  EXPECT_TRUE(has_text(form, "F2", "Criterium!"));  // t="str", a formula's text result
  EXPECT_TRUE(form.cell("F2")->formula);
  EXPECT_TRUE(has_text(form, "A3", "inline"));
  EXPECT_TRUE(has_text(form, "B3", "0042"));
  EXPECT_TRUE(has_text(form, "C4", "\xE6\x9D\xB1\xE4\xBA\xAC"));  // without its phonetic guide
  EXPECT_TRUE(has_text(form, "D4", "  spaties  "));
  EXPECT_TRUE(has_text(form, "E4", "\xF0\x9F\x98\x80 lach"));
  // Row 5 and its cells have no "r": they follow row 4 and each other.
  EXPECT_TRUE(has_text(form, "A5", "rijk inline"));
  EXPECT_TRUE(has_number(form, "B5", 1));
  EXPECT_TRUE(is_empty(form, "C5"));
  EXPECT_TRUE(has_number(form, "D5", 3));
  EXPECT_TRUE(has_number(form, "C7", 9.5));
  EXPECT_TRUE(has_number(form, "D7", 0.0025));  // follows C7
  EXPECT_TRUE(is_empty(form, "A9"));
  EXPECT_EQ(form.row_count(), 9u);
  EXPECT_EQ(form.column_count(), 6u);
}

TEST(XlsxReaderHandcrafted, ReadsSharedStringsRichTextAndEscapes) {
  const ReadWorkbook book = open_ok(fixture("handcrafted.xlsx"));
  const ReadSheet& form = sheet_ok(book, "Beoordeling");
  expect_handcrafted_values(form);
  EXPECT_TRUE(has_text(form, "A4", "regel 1\r\nregel 2"));
  EXPECT_TRUE(has_text(form, "B4", "_x0041_ blijft, A wordt A"));
}

TEST(XlsxReaderHandcrafted, SortsCellsWrittenOutOfOrder) {
  const ReadWorkbook book = open_ok(fixture("handcrafted.xlsx"));
  std::vector<std::string> order;
  for (const ReadCell& cell : sheet_ok(book, "Beoordeling").cells()) {
    order.push_back(cell_reference(cell.row, cell.column));
  }
  EXPECT_EQ(order, (std::vector<std::string>{"A1", "B1", "A2", "B2", "C2", "D2", "E2", "F2",
                                             "A3", "B3", "A4", "B4", "C4", "D4", "E4", "A5",
                                             "B5", "C5", "D5", "C7", "D7", "A9"}));
}

TEST(XlsxReaderHandcrafted, ReadsSheetsNamesAndCustomProperties) {
  const ReadWorkbook book = open_ok(fixture("handcrafted.xlsx"));
  EXPECT_EQ(sheet_names(book), (std::vector<std::string>{"Beoordeling", "Meta", "Ruw"}));
  EXPECT_EQ(sheet_ok(book, "Meta").visibility(), SheetVisibility::hidden);
  EXPECT_EQ(sheet_ok(book, "Ruw").visibility(), SheetVisibility::very_hidden);
  EXPECT_TRUE(sheet_ok(book, "Ruw").hidden());
  EXPECT_TRUE(has_text(sheet_ok(book, "Meta"), "B1", "MVS-2025"));  // an absolute target
  EXPECT_TRUE(has_number(sheet_ok(book, "Ruw"), "A1", 1));

  const DefinedName* form = book.defined_name("tk_form");
  ASSERT_NE(form, nullptr);
  EXPECT_TRUE(form->hidden);
  EXPECT_EQ(form->string_constant(), "score-form;v=2");
  EXPECT_EQ(book.defined_name("_xlnm.Print_Area"), nullptr);
  ASSERT_EQ(book.defined_names().size(), 3u);
  EXPECT_EQ(book.defined_names()[0].formula, "Beoordeling!$A$1:$F$9");

  ASSERT_EQ(book.custom_properties().size(), 3u);
  EXPECT_EQ(book.custom_properties()[0].name, "tenderkit.form");
  ASSERT_NE(book.custom_property("Versie"), nullptr);
  EXPECT_EQ(book.custom_property("versie")->value, "2");
  ASSERT_NE(book.custom_property("Beoordelaar"), nullptr);
  EXPECT_EQ(book.custom_property("Beoordelaar")->value, "J. de Vries-\xC3\x96zt\xC3\xBCrk");
  EXPECT_EQ(book.custom_property("Onbekend"), nullptr);
}

TEST(XlsxReaderLibreOffice, ReadsAHandcraftedFileSavedAgain) {
  const ReadWorkbook book = open_ok(fixture("libreoffice-handcrafted.xlsx"));
  EXPECT_EQ(sheet_names(book), (std::vector<std::string>{"Beoordeling", "Meta", "Ruw"}));
  const ReadSheet& form = sheet_ok(book, "Beoordeling");
  expect_handcrafted_values(form);
  // LibreOffice drops the carriage return, and leaves "_x0041_" alone where Excel decodes it.
  EXPECT_TRUE(has_text(form, "A4", "regel 1\nregel 2"));
  EXPECT_TRUE(has_text(form, "B4", "_x0041_ blijft, _x0041_ wordt A"));
  EXPECT_EQ(sheet_ok(book, "Ruw").visibility(), SheetVisibility::hidden);
  EXPECT_TRUE(has_number(sheet_ok(book, "Ruw"), "A1", 1));
  const DefinedName* tk_form = book.defined_name("tk_form");
  ASSERT_NE(tk_form, nullptr);
  EXPECT_EQ(tk_form->string_constant(), "score-form;v=2");
  ASSERT_NE(book.custom_property("tenderkit.form"), nullptr);
  EXPECT_EQ(book.custom_property("tenderkit.form")->value, "score-form");
  ASSERT_NE(book.custom_property("Versie"), nullptr);
  EXPECT_EQ(book.custom_property("Versie")->value, "2");
}

TEST(XlsxReaderStrict, ReadsStrictNamespacesPrefixesAndIsoDates) {
  const ReadWorkbook book = open_ok(fixture("strict.xlsx"));
  EXPECT_TRUE(book.uses_1904_dates());
  const ReadSheet& sheet = sheet_ok(book, "Strikt");
  EXPECT_EQ(sheet.part(), "xl/worksheets/sheet1.xml");  // from "./sheets/../worksheets/sheet1.xml"
  EXPECT_TRUE(has_text(sheet, "A1", "strikt"));
  EXPECT_TRUE(has_number(sheet, "B1", 0.5));
  EXPECT_TRUE(has_number(sheet, "C1", 45352 - 1462 + 0.5));  // 2024-03-01 12:00, 1904 system
  EXPECT_TRUE(has_text(sheet, "D1", "geen datum"));
}

TEST(XlsxReaderOddCells, ReadsOddButValidCells) {
  const ReadWorkbook book = open_ok(fixture("odd-cells.xlsx"));
  const ReadSheet& sheet = sheet_ok(book, "Blad1");
  EXPECT_TRUE(has_text(sheet, "A1",
                       "a\xEF\xBF\xBD"
                       "b"));                  // malformed UTF-8 becomes U+FFFD
  EXPECT_TRUE(has_number(sheet, "B1", 2));     // given twice: the last one counts
  EXPECT_TRUE(is_empty(sheet, "C1"));          // a shared string without index
  EXPECT_TRUE(has_text(sheet, "D1", ""));      // a formula's empty text
  EXPECT_TRUE(has_text(sheet, "E1", "<b>&"));  // CDATA
  EXPECT_TRUE(has_number(sheet, "F1", 1500));
  EXPECT_TRUE(has(sheet, "G1", Kind::boolean, "", 1));
  EXPECT_TRUE(has(sheet, "H1", Kind::error, "#REF!"));
  EXPECT_EQ(sheet.cells().size(), 8u);
  EXPECT_EQ(sheet.cell(0, 1), sheet.cell("B1"));
  EXPECT_EQ(sheet.cell("B0"), nullptr);
  EXPECT_EQ(sheet.cell(5, 0), nullptr);
}

TEST(XlsxReaderOddCells, OpensAFileWithADutchName) {
  TempDir dir;
  const auto path = dir.write("beoordeling \xC3\xA9\xC3\xA9n.xlsx", slurp(fixture("strict.xlsx")));
  const ReadWorkbook book = open_ok(path);
  EXPECT_EQ(book.path(), path);
  EXPECT_EQ(open_error(dir.path() / "beoordeling tw\xC3\xA9\xC3\xA9.xlsx"),
            "cannot open: no such file");
}

// ---------------------------------------------------------------------------------------------
// Files that are no (good) workbook

TEST(XlsxReaderErrors, NamesTheFileForWhatIsNoWorkbook) {
  EXPECT_EQ(open_error(fixture("not-a-zip.xlsx")),
            "is not an xlsx workbook: not a zip archive (or a damaged, cut-off one)");
  EXPECT_EQ(open_error(fixture("truncated.xlsx")),
            "is not an xlsx workbook: not a zip archive (or a damaged, cut-off one)");
  EXPECT_EQ(open_error(fixture("no-workbook.xlsx")),
            "is not an xlsx workbook (no xl/workbook.xml)");
  EXPECT_EQ(open_error(fixture("word-document.xlsx")),
            "is not an xlsx workbook (word/document.xml holds a <document>, not a <workbook>)");
}

TEST(XlsxReaderErrors, NamesThePartThatIsDamaged) {
  EXPECT_EQ(open_error(fixture("malformed-xml.xlsx")),
            "xl/worksheets/sheet1.xml: is not well-formed XML (line 2, column 120: Start-end tags "
            "mismatch)");
  EXPECT_EQ(open_error(fixture("missing-sheet.xlsx")),
            "xl/workbook.xml: sheet 'Blad1' is stored in xl/worksheets/sheet9.xml, which is "
            "missing");
  EXPECT_EQ(open_error(fixture("bad-shared-string.xlsx")),
            "xl/worksheets/sheet1.xml: cell B1: shared string 5 does not exist (there are 1)");
  EXPECT_EQ(open_error(fixture("bad-number.xlsx")),
            "xl/worksheets/sheet1.xml: cell C2: '7,5' is not a number");
  const std::string mismatch = open_error(fixture("size-mismatch.xlsx"));
  EXPECT_TRUE(mismatch.starts_with("xl/worksheets/sheet1.xml: is damaged")) << mismatch;
}

TEST(XlsxReaderErrors, RefusesAPartLargerThanTheLimit) {
  EXPECT_EQ(open_error(fixture("oversized-part.xlsx")),
            "xl/worksheets/sheet1.xml: is 300 MiB uncompressed, more than the 64 MiB this reader "
            "accepts");
  // The sizes the zip declares, checked before anything is inflated.
  Result<ReadWorkbook> small_parts =
      ReadWorkbook::open(fixture("handcrafted.xlsx"), ReadLimits{.max_part_size = 1000});
  ASSERT_FALSE(small_parts);
  EXPECT_EQ(small_parts.error().message(),
            "xl/worksheets/sheet1.xml: is 1,502 bytes uncompressed, more than the 1,000 bytes this "
            "reader accepts");
  Result<ReadWorkbook> small_book =
      ReadWorkbook::open(fixture("handcrafted.xlsx"), ReadLimits{.max_workbook_size = 4500});
  ASSERT_FALSE(small_book);
  EXPECT_EQ(small_book.error().message(),
            "xl/worksheets/sheet2.xml: takes the workbook beyond the 4,500 bytes of uncompressed "
            "XML this reader accepts");
}

TEST(XlsxReaderErrors, ExplainsMissingEmptyAndOldFiles) {
  TempDir dir;
  EXPECT_EQ(open_error(dir.path() / "ontbreekt.xlsx"), "cannot open: no such file");
  EXPECT_EQ(open_error(dir.path()), "is a directory, not an xlsx workbook");
  EXPECT_EQ(open_error(dir.write("leeg.xlsx", "")), "is empty, not an xlsx workbook");
  // Old .xls files and password-protected workbooks are OLE compound files, not zips.
  const std::string compound("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest of the file", 24);
  EXPECT_EQ(open_error(dir.write("beveiligd.xlsx", compound)),
            "is not an xlsx workbook: it is an old .xls file or a password-protected workbook; "
            "save it as .xlsx without a password");
}

// Every message is worded in Dutch too (xlsx/wording.hpp), the parts named as in English.
TEST(XlsxReaderErrors, SpeaksDutch) {
  const auto nl = [](const std::filesystem::path& path) { return open_message(path).nl; };
  EXPECT_EQ(nl(fixture("not-a-zip.xlsx")),
            "is geen xlsx-werkmap: geen zip-archief (of een beschadigd, afgebroken archief)");
  EXPECT_EQ(nl(fixture("no-workbook.xlsx")), "is geen xlsx-werkmap (geen xl/workbook.xml)");
  EXPECT_EQ(nl(fixture("word-document.xlsx")),
            "is geen xlsx-werkmap (word/document.xml bevat een <document>, geen <workbook>)");
  EXPECT_EQ(nl(fixture("malformed-xml.xlsx")),
            "xl/worksheets/sheet1.xml: is geen geldige XML (regel 2, kolom 120: begin- en eindtag "
            "passen niet bij elkaar)");
  EXPECT_EQ(nl(fixture("missing-sheet.xlsx")),
            "xl/workbook.xml: blad 'Blad1' staat in xl/worksheets/sheet9.xml, dat ontbreekt");
  EXPECT_EQ(nl(fixture("bad-shared-string.xlsx")),
            "xl/worksheets/sheet1.xml: cel B1: gedeelde tekenreeks 5 bestaat niet (er zijn er 1)");
  EXPECT_EQ(nl(fixture("bad-number.xlsx")),
            "xl/worksheets/sheet1.xml: cel C2: '7,5' is geen getal");
  EXPECT_EQ(nl(fixture("oversized-part.xlsx")),
            "xl/worksheets/sheet1.xml: is uitgepakt 300 MiB, meer dan de 64 MiB die tenderkit "
            "leest");
  Result<ReadWorkbook> small_parts =
      ReadWorkbook::open(fixture("handcrafted.xlsx"), ReadLimits{.max_part_size = 1000});
  ASSERT_FALSE(small_parts);
  EXPECT_EQ(small_parts.error().diagnostics().front().message.nl,
            "xl/worksheets/sheet1.xml: is uitgepakt 1.502 bytes, meer dan de 1.000 bytes die "
            "tenderkit leest");
  const LocalizedText mismatch = open_message(fixture("size-mismatch.xlsx"));
  EXPECT_TRUE(mismatch.nl.starts_with("xl/worksheets/sheet1.xml: is beschadigd: ")) << mismatch.nl;

  TempDir dir;
  EXPECT_EQ(nl(dir.path() / "ontbreekt.xlsx"), "kan niet worden geopend: het bestand bestaat niet");
  EXPECT_EQ(nl(dir.path()), "is een map, geen xlsx-werkmap");
  EXPECT_EQ(nl(dir.write("leeg.xlsx", "")), "is leeg, geen xlsx-werkmap");
  const std::string compound("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest of the file", 24);
  EXPECT_EQ(nl(dir.write("beveiligd.xlsx", compound)),
            "is geen xlsx-werkmap: het is een oud .xls-bestand of een met een wachtwoord "
            "beveiligde werkmap; sla het op als .xlsx zonder wachtwoord");
}

// libzip's reasons are worded too, not passed on in libzip's English.
TEST(XlsxReaderErrors, WordsTheZipLibrarysReasons) {
  TempDir dir;
  const std::string workbook =
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/>"
      "</workbook>";
  const auto sound = dir.write("goed.xlsx", stored_zip({{"xl/workbook.xml", workbook}}, false));
  EXPECT_EQ(open_error(sound), "xl/workbook.xml: the workbook has no sheets");
  EXPECT_EQ(open_message(sound).nl, "xl/workbook.xml: de werkmap heeft geen bladen");
  const auto damaged = dir.write("crc.xlsx", stored_zip({{"xl/workbook.xml", workbook}}, true));
  const LocalizedText crc = open_message(damaged);
  EXPECT_EQ(crc.en, "xl/workbook.xml: is damaged: CRC error");
  EXPECT_EQ(crc.nl, "xl/workbook.xml: is beschadigd: CRC-fout (controlegetal klopt niet)");
  const auto not_xml = dir.write(
      "xml.xlsx", stored_zip({{"xl/workbook.xml", "<workbook><sheets></workbook>"}}, false));
  EXPECT_EQ(open_message(not_xml).nl,
            "xl/workbook.xml: is geen geldige XML (regel 1, kolom 21: begin- en eindtag passen "
            "niet bij elkaar)");
}

// Every prefix of a workbook and every single damaged byte gives a workbook or an error, never a
// crash (run under AddressSanitizer too).
TEST(XlsxReaderErrors, SurvivesCutAndDamagedFiles) {
  TempDir dir;
  for (std::string_view name : {"handcrafted.xlsx", "libreoffice-openpyxl.xlsx"}) {
    const std::string whole = slurp(fixture(name));
    ASSERT_GT(whole.size(), 1000u);
    const auto path = dir.path() / "damaged.xlsx";
    for (std::size_t size = 0; size < whole.size(); size += 61) {
      dir.write("damaged.xlsx", whole.substr(0, size));
      EXPECT_FALSE(ReadWorkbook::open(path).has_value()) << name << " cut at " << size;
    }
    std::size_t opened = 0;
    for (std::size_t at = 0; at < whole.size(); at += 13) {
      std::string damaged = whole;
      damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
      dir.write("damaged.xlsx", damaged);
      const Result<ReadWorkbook> book = ReadWorkbook::open(path);
      if (book) {
        ++opened;
      } else {
        EXPECT_FALSE(book.error().message().empty());
      }
    }
    EXPECT_GT(opened, 0u) << "some damage (in unused bytes) should go unnoticed";
  }
}

}  // namespace
}  // namespace tenderkit::xlsx
