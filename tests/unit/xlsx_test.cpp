// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"
#include "xlsx_reader.hpp"
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::xlsx {
namespace {

using namespace std::chrono_literals;
using test_support::slurp;
using test_support::TempDir;
using test_support::XlsxReader;

constexpr std::time_t kCreated = 1'700'000'000;  // 2023-11-14T22:13:20Z

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) {
    out += piece;
  }
  return out;
}

// Length as Excel counts it: UTF-16 code units.
std::size_t utf16_length(std::string_view s) {
  std::size_t units = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) {
      units += c >= 0xF0 ? 2 : 1;
    }
  }
  return units;
}

// The rules every sheet name must follow, whatever went in.
void expect_valid_sheet_name(const std::string& name) {
  EXPECT_TRUE(text::is_valid_utf8(name)) << name;
  EXPECT_FALSE(name.empty());
  EXPECT_LE(utf16_length(name), kMaxSheetNameLength) << name;
  EXPECT_EQ(name.find_first_of("[]:*?/\\"), std::string::npos) << name;
  EXPECT_NE(name.front(), '\'') << name;
  EXPECT_NE(name.back(), '\'') << name;
}

std::string sheet_name(std::string_view desired, const std::vector<std::string>& taken = {}) {
  std::string name = make_sheet_name(desired, taken);
  expect_valid_sheet_name(name);
  return name;
}

// ---------------------------------------------------------------------------------------------
// Sheet names

TEST(SheetName, KeepsAValidName) {
  EXPECT_EQ(sheet_name("Samen voor Jeugd MVS"), "Samen voor Jeugd MVS");
  EXPECT_EQ(sheet_name("O'Neil & Zn."), "O'Neil & Zn.");
}

TEST(SheetName, CutsATooLongNameToThirtyOneCharacters) {
  const std::string name = sheet_name("Stichting Kinder- en Jeugdpsychiatrie Waterweg");
  EXPECT_EQ(name, "Stichting Kinder- en Jeugdpsych");
  EXPECT_EQ(name.size(), 31u);
}

TEST(SheetName, CountsCharactersNotBytesAndNeverSplitsOne) {
  // 40 x "ë" (2 bytes each): 31 characters, 62 bytes.
  EXPECT_EQ(sheet_name(repeat("\xC3\xAB", 40)), repeat("\xC3\xAB", 31));
  // Euro signs are 3 bytes each.
  EXPECT_EQ(sheet_name("Zorg " + repeat("\xE2\x82\xAC", 30)), "Zorg " + repeat("\xE2\x82\xAC", 26));
  // A character outside the BMP takes two of Excel's 31 units: 15 fit, never half of one.
  EXPECT_EQ(sheet_name(repeat("\xF0\x9F\x98\x80", 20)), repeat("\xF0\x9F\x98\x80", 15));
}

TEST(SheetName, ReplacesForbiddenCharacters) {
  EXPECT_EQ(sheet_name("Jeugd/Zorg [Noord]: A*B?C\\D"), "Jeugd-Zorg (Noord)- A-B-C-D");
  EXPECT_EQ(sheet_name("tab\there\nand there"), "tab here and there");
}

TEST(SheetName, DropsApostrophesAndSpacesAtTheEnds) {
  EXPECT_EQ(sheet_name("'Jeugd'"), "Jeugd");
  EXPECT_EQ(sheet_name("  ' Jeugd ' "), "Jeugd");
  EXPECT_EQ(sheet_name("'t Jeugdhuis"), "t Jeugdhuis");
  // An apostrophe that ends up last only after cutting is dropped too.
  EXPECT_EQ(sheet_name(repeat("a", 30) + "'bcd"), repeat("a", 30));
}

TEST(SheetName, IsNeverEmpty) {
  EXPECT_EQ(sheet_name(""), "Sheet");
  EXPECT_EQ(sheet_name("   "), "Sheet");
  EXPECT_EQ(sheet_name("'''"), "Sheet");
  EXPECT_EQ(sheet_name("\x01\x02"), "Sheet");
  EXPECT_EQ(sheet_name("", {"Sheet"}), "Sheet (2)");
}

TEST(SheetName, IsUniqueIgnoringCase) {
  EXPECT_EQ(sheet_name("Jeugd", {"Overzicht"}), "Jeugd");
  EXPECT_EQ(sheet_name("JEUGD", {"jeugd"}), "JEUGD (2)");
  EXPECT_EQ(sheet_name("Jeugd", {"Jeugd", "JEUGD (2)"}), "Jeugd (3)");
  // Accented capitals fold too: Excel would refuse "ÉÉN" beside "één".
  EXPECT_EQ(sheet_name("\xC3\x89\xC3\x89N", {"\xC3\xA9\xC3\xA9n"}), "\xC3\x89\xC3\x89N (2)");
  // Excel reserves "History".
  EXPECT_EQ(sheet_name("history"), "history (2)");
}

TEST(SheetName, NamesThatReadTheSameClash) {
  // "Pré-Vent" in NFC beside the same in NFD (e + U+0301): two sheets a reader cannot tell apart.
  EXPECT_EQ(sheet_name("Pre\xCC\x81-Vent", {"Pr\xC3\xA9-Vent"}), "Pre\xCC\x81-Vent (2)");
  EXPECT_EQ(sheet_name("PR\xC3\x89-VENT", {"pre\xCC\x81-vent"}), "PR\xC3\x89-VENT (2)");
  // Full case folding: "STRASSE" and "Straße".
  EXPECT_EQ(sheet_name("STRASSE", {"Stra\xC3\x9F"
                                   "e"}),
            "STRASSE (2)");
}

TEST(SheetName, StaysUniqueWhenNamesClashOnlyAfterCutting) {
  const std::string first = sheet_name("Stichting Jeugdhulp Rijnmond-West Noord");
  const std::string second = sheet_name("Stichting Jeugdhulp Rijnmond-West Zuid", {first});
  EXPECT_EQ(first, "Stichting Jeugdhulp Rijnmond-We");
  EXPECT_EQ(second, "Stichting Jeugdhulp Rijnmon (2)");
  const std::string third = sheet_name("Stichting Jeugdhulp Rijnmond-West Oost", {first, second});
  EXPECT_EQ(third, "Stichting Jeugdhulp Rijnmon (3)");
  // The number suffix may grow without breaking the limit.
  std::vector<std::string> taken{first};
  for (int i = 2; i <= 12; ++i) {
    taken.push_back(sheet_name("Stichting Jeugdhulp Rijnmond-West", taken));
  }
  EXPECT_EQ(taken.back(), "Stichting Jeugdhulp Rijnmo (12)");
}

TEST(SheetName, EndsInNoSpaceAfterCutting) {
  // The cut for 31 characters lands right after a space.
  EXPECT_EQ(sheet_name("Zorg en Welzijn Vlaardingen en Schiedam"),
            "Zorg en Welzijn Vlaardingen en");
  // So does the cut that makes room for the suffix: no double space before "(2)".
  EXPECT_EQ(
      sheet_name("Jeugdhulp Vlaardingen Oost Schiedam West", {"Jeugdhulp Vlaardingen Oost Schi"}),
      "Jeugdhulp Vlaardingen Oost (2)");
}

TEST(SheetName, RepairsMalformedUtf8) {
  // The byte as the text \xE9, whose backslash a sheet name cannot hold: '-' as every '\'.
  EXPECT_EQ(sheet_name("Caf\xE9"), "Caf-xE9");
}

TEST(SheetName, IsAlwaysValidWhateverGoesIn) {
  const std::vector<std::string> inputs{"=SUM(A1)",
                                        "+31 10",
                                        "-",
                                        "@home",
                                        "a:b",
                                        "[]",
                                        "''''x''''",
                                        repeat("/", 40),
                                        repeat("x'", 20),
                                        "\xFF\xFE",
                                        repeat("\xC3\xAB ", 20),
                                        "Sheet",
                                        "sheet",
                                        "SHEET"};
  std::vector<std::string> taken;
  for (const std::string& input : inputs) {
    const std::string name = sheet_name(input, taken);
    for (const std::string& other : taken) {
      EXPECT_NE(text::to_lower_ascii(name), text::to_lower_ascii(other));
    }
    taken.push_back(name);
  }
}

// ---------------------------------------------------------------------------------------------
// Cell text

TEST(CellText, KeepsFormulaLookingTextAsIs) {
  for (const char* text : {"=SUM(A1:A9)", "+31 10 123 4567", "-5", "@risk", "=1+1"}) {
    const CellText cell = to_cell_text(text);
    EXPECT_EQ(cell.text, text);
    EXPECT_FALSE(cell.truncated);
  }
}

TEST(CellText, CutsAtTheLimitWithoutSplittingACharacter) {
  EXPECT_FALSE(to_cell_text(repeat("x", kMaxCellTextLength)).truncated);
  const CellText ascii = to_cell_text(repeat("x", 40'000));
  EXPECT_TRUE(ascii.truncated);
  EXPECT_EQ(ascii.text.size(), kMaxCellTextLength);

  const CellText accents = to_cell_text(repeat("\xC3\xAB", kMaxCellTextLength + 1));
  EXPECT_TRUE(accents.truncated);
  EXPECT_EQ(accents.text, repeat("\xC3\xAB", kMaxCellTextLength));

  // Excel counts UTF-16 units: a character outside the BMP counts twice.
  const CellText emoji = to_cell_text(repeat("\xF0\x9F\x98\x80", 16'384));
  EXPECT_TRUE(emoji.truncated);
  EXPECT_EQ(emoji.text, repeat("\xF0\x9F\x98\x80", 16'383));
  EXPECT_TRUE(text::is_valid_utf8(emoji.text));
}

TEST(CellText, RemovesWhatXmlCannotHold) {
  EXPECT_EQ(to_cell_text("a\x01"
                         "b\x1F"
                         "c\x7F")
                .text,
            "abc\x7F");
  EXPECT_EQ(to_cell_text("line\nnext\ttab\r").text, "line\nnext\ttab\r");
  // Bytes that are no UTF-8 (a Latin-1 file name) are shown as \xNN, as in every output.
  EXPECT_EQ(to_cell_text("bad \xFF\xFE end").text, "bad \\xFF\\xFE end");
  EXPECT_EQ(to_cell_text("caf\xE9 \xEF\xBF\xBD").text,
            "caf\\xE9 \xEF\xBF\xBD");                            // a real U+FFFD stays
  EXPECT_EQ(to_cell_text("\xEF\xBF\xBE").text, "\xEF\xBF\xBD");  // U+FFFE
  EXPECT_FALSE(to_cell_text("a\x01").truncated);
}

TEST(CellText, EscapesWhatExcelWouldDecode) {
  EXPECT_EQ(to_cell_text("_x0041_").text, "_x005F_x0041_");
  EXPECT_EQ(to_cell_text("snake_case_x_").text, "snake_case_x_");
  EXPECT_EQ(to_cell_text("_x00G1_").text, "_x00G1_");
}

// ---------------------------------------------------------------------------------------------
// Small pure helpers

TEST(ExcelDate, CountsLikeExcel) {
  using std::chrono::year;
  using std::chrono::year_month_day;
  EXPECT_EQ(excel_date_serial(year{1900} / 1 / 1), 1.0);
  EXPECT_EQ(excel_date_serial(year{1900} / 2 / 28), 59.0);
  EXPECT_EQ(excel_date_serial(year{1900} / 3 / 1), 61.0);  // after the phantom 29 February
  EXPECT_EQ(excel_date_serial(year{2023} / 1 / 1), 44927.0);
  EXPECT_EQ(excel_date_serial(year{2031} / 12 / 31), 48213.0);
  EXPECT_EQ(excel_date_serial(year{9999} / 12 / 31), 2958465.0);
  EXPECT_FALSE(excel_date_serial(year{1899} / 12 / 31));
  EXPECT_FALSE(excel_date_serial(year{2023} / 2 / 29));
  EXPECT_FALSE(excel_date_serial(year{10000} / 1 / 1));
}

TEST(References, NameCellsRangesAndSheets) {
  EXPECT_EQ(cell_reference(0, 0), "A1");
  EXPECT_EQ(cell_reference(4, 1), "B5");
  EXPECT_EQ(cell_reference(0, 25), "Z1");
  EXPECT_EQ(cell_reference(0, 26), "AA1");
  EXPECT_EQ(cell_reference(1'048'575, 16'383), "XFD1048576");
  EXPECT_EQ(cell_reference(9, 2, true), "$C$10");
  EXPECT_EQ(range_reference({1, 0, 9, 3}), "A2:D10");
  EXPECT_EQ(range_reference({1, 0, 9, 3}, true), "$A$2:$D$10");
  EXPECT_EQ(range_reference({2, 2, 2, 2}), "C3");
  EXPECT_EQ(quoted_sheet_name("Overzicht"), "'Overzicht'");
  EXPECT_EQ(quoted_sheet_name("O'Neil (2)"), "'O''Neil (2)'");
  EXPECT_EQ(header_footer_text("Jeugd & Gezin"), "Jeugd && Gezin");
}

// ---------------------------------------------------------------------------------------------
// Workbooks

DocumentProperties properties(std::time_t created = kCreated) {
  return {.title = "Test", .author = "tenderkit tests", .subject = "xlsx", .created = created};
}

Workbook create(const std::filesystem::path& target, std::time_t created = kCreated) {
  Result<Workbook> workbook = Workbook::create(target, properties(created));
  if (!workbook) {
    ADD_FAILURE() << workbook.error().message();
    std::abort();
  }
  return std::move(workbook).value();
}

void close_ok(Workbook& workbook) {
  const Result<std::vector<Warning>> closed = workbook.close();
  ASSERT_TRUE(closed) << closed.error().message();
}

TEST(Workbook, WritesFormulaLookingTextAsStrings) {
  TempDir dir;
  const auto path = dir.path() / "text.xlsx";
  Workbook workbook = create(path);
  Worksheet sheet = workbook.add_worksheet("Data");
  const std::vector<std::string> texts{"=HYPERLINK(\"http://x\",\"klik\")", "+31 10 123 4567", "-5",
                                       "@SUM(A1)", "=1+1"};
  for (std::size_t i = 0; i < texts.size(); ++i) {
    sheet.write_text(static_cast<Row>(i), 0, texts[i]);
  }
  close_ok(workbook);

  XlsxReader xlsx(path.string());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const auto cell = xlsx.cell(0, cell_reference(static_cast<Row>(i), 0));
    ASSERT_TRUE(cell) << i;
    EXPECT_EQ(cell->type, "s");
    EXPECT_FALSE(cell->formula);
    EXPECT_EQ(cell->value, texts[i]);
  }
  EXPECT_EQ(xlsx.sheet_xml(0).find("<f>"), std::string::npos);
}

TEST(Workbook, CutsTooLongTextAndCountsTheCells) {
  TempDir dir;
  const auto path = dir.path() / "long.xlsx";
  Workbook workbook = create(path);
  Worksheet sheet = workbook.add_worksheet("Data");
  sheet.write_text(0, 0, repeat("x", 40'000));
  sheet.write_text(1, 0, repeat("y", kMaxCellTextLength));
  sheet.merge_text({2, 0, 2, 3}, repeat("z", 33'000));
  EXPECT_EQ(workbook.truncated_cell_count(), 2u);
  close_ok(workbook);

  XlsxReader xlsx(path.string());
  EXPECT_EQ(xlsx.cell(0, "A1")->value, repeat("x", kMaxCellTextLength));
  EXPECT_EQ(xlsx.cell(0, "A2")->value, repeat("y", kMaxCellTextLength));
  EXPECT_EQ(xlsx.cell(0, "A3")->value, repeat("z", kMaxCellTextLength));
}

TEST(Workbook, KeepsTheFileWellFormedWhateverTheText) {
  TempDir dir;
  const auto path = dir.path() / "odd.xlsx";
  Workbook workbook = create(path);
  Worksheet sheet = workbook.add_worksheet("Data");
  sheet.write_text(0, 0,
                   "a\x01"
                   "b\xFF"
                   "c <&> \"'");
  sheet.write_text(1, 0, "_x0041_");
  close_ok(workbook);

  XlsxReader xlsx(path.string());
  // A byte that is no UTF-8 is shown as \xNN, as in every output (docs/limits.md).
  EXPECT_EQ(xlsx.cell(0, "A1")->value, "ab\\xFFc <&> \"'");
  EXPECT_TRUE(text::is_valid_utf8(xlsx.part("xl/sharedStrings.xml")));
  EXPECT_EQ(xlsx.part("xl/sharedStrings.xml").find("_x0001_"), std::string::npos);
  EXPECT_EQ(xlsx.cell(0, "A2")->value, "_x005F_x0041_");  // Excel shows "_x0041_"
}

TEST(Workbook, WritesNumbersDatesAndFormulasWithCachedResults) {
  TempDir dir;
  const auto path = dir.path() / "values.xlsx";
  Workbook workbook = create(path);
  Worksheet sheet = workbook.add_worksheet("Data");
  sheet.write_number(0, 0, 585.25);
  sheet.write_number(1, 0, 2);
  sheet.write_formula(2, 0, "SUM(A1:A2)", 587.25);
  sheet.write_formula_text(3, 0, "IF(A3>500,\"ja\",\"nee\")", "ja");
  sheet.write_date(4, 0, std::chrono::year{2023} / 1 / 1);
  sheet.write_date(5, 0, std::chrono::year{2031} / 12 / 31, {.number_format = "dd-mm-yyyy"});
  close_ok(workbook);

  XlsxReader xlsx(path.string());
  EXPECT_EQ(xlsx.cell(0, "A1")->value, "585.25");
  const auto sum = xlsx.cell(0, "A3");
  EXPECT_EQ(sum->formula, "SUM(A1:A2)");
  EXPECT_EQ(sum->value, "587.25");
  const auto verdict = xlsx.cell(0, "A4");
  EXPECT_EQ(verdict->type, "str");
  EXPECT_EQ(verdict->formula, "IF(A3>500,\"ja\",\"nee\")");
  EXPECT_EQ(verdict->value, "ja");
  EXPECT_EQ(xlsx.cell(0, "A5")->value, "44927");
  EXPECT_EQ(xlsx.cell(0, "A6")->value, "48213");
  const std::string& styles = xlsx.part("xl/styles.xml");
  EXPECT_NE(styles.find("formatCode=\"yyyy-mm-dd\""), std::string::npos);
  EXPECT_NE(styles.find("formatCode=\"dd-mm-yyyy\""), std::string::npos);
}

TEST(Workbook, SharesOneStyleBetweenEqualFormats) {
  TempDir dir;
  const auto path = dir.path() / "formats.xlsx";
  Workbook workbook = create(path);
  Worksheet sheet = workbook.add_worksheet("Data");
  const Format red{.bold = true, .fill_color = 0xFFC7CE};
  sheet.write_text(0, 0, "a", red);
  sheet.write_text(0, 1, "b", Format{.bold = true, .fill_color = 0xFFC7CE});
  sheet.write_text(0, 2, "c", Format{.bold = true});
  sheet.write_text(0, 3, "d", Format{.font_color = 0x000000});  // black, not "no colour"
  close_ok(workbook);

  XlsxReader xlsx(path.string());
  EXPECT_EQ(xlsx.cell(0, "A1")->style, xlsx.cell(0, "B1")->style);
  EXPECT_NE(xlsx.cell(0, "A1")->style, xlsx.cell(0, "C1")->style);
  const std::string& styles = xlsx.part("xl/styles.xml");
  EXPECT_NE(styles.find("<cellXfs count=\"4\">"), std::string::npos) << styles;
  EXPECT_NE(styles.find("FFFFC7CE"), std::string::npos);
  EXPECT_NE(styles.find("<color rgb=\"FF000000\"/>"), std::string::npos);
}

TEST(Workbook, NamesSheetsValidlyAndUniquely) {
  TempDir dir;
  const auto path = dir.path() / "names.xlsx";
  Workbook workbook = create(path);
  const Worksheet first = workbook.add_worksheet("Jeugd/Zorg");
  const Worksheet second = workbook.add_worksheet("jeugd-zorg");
  const Worksheet third = workbook.add_worksheet("=Kwaadaardig");
  EXPECT_EQ(first.name(), "Jeugd-Zorg");
  EXPECT_EQ(second.name(), "jeugd-zorg (2)");
  EXPECT_EQ(third.name(), "=Kwaadaardig");
  close_ok(workbook);

  XlsxReader xlsx(path.string());
  EXPECT_EQ(xlsx.sheet_names(),
            (std::vector<std::string>{"Jeugd-Zorg", "jeugd-zorg (2)", "=Kwaadaardig"}));
}

// A workbook using most of the wrapper, for the reproducibility and LibreOffice checks.
void write_sample(const std::filesystem::path& path, std::time_t created) {
  Workbook workbook = create(path, created);
  Worksheet summary = workbook.add_worksheet("Overzicht");
  Worksheet details = workbook.add_worksheet("Samen voor Jeugd");
  summary.merge_text({0, 0, 0, 3}, "Integrale jeugdhulp", {.bold = true, .font_size = 14});
  summary.write_text(2, 0, "Id", {.bold = true, .fill_color = 0xDDEBF7, .border = Border::thin});
  summary.write_link(3, 0, details, details.name());
  summary.write_number(3, 1, 3);
  summary.write_formula(3, 2, "B4*2", 6);
  summary.write_date(3, 3, std::chrono::year{2023} / 1 / 1);
  summary.set_column_width(0, 0, 30);
  summary.set_row_height(0, 24);
  summary.freeze_panes(3, 1);
  summary.autofilter({2, 0, 3, 3});
  summary.add_conditional_format({3, 1, 3, 1}, "$B4>2", {.fill_color = 0xFFEB9C});
  summary.set_landscape();
  summary.fit_to_width();
  summary.repeat_rows(2, 2);
  summary.set_header("&L" + header_footer_text("Jeugd & Gezin") + "&R&A");
  summary.set_footer("&CPagina &P van &N");
  details.write_blank(0, 0, {.unlocked = true});
  details.add_list_validation({0, 0, 9, 0}, std::vector<std::string>{"ja", "nee"});
  details.protect();
  Worksheet hidden = workbook.add_worksheet("Verborgen");
  hidden.write_text(0, 0, "geheim");
  hidden.hide();
  close_ok(workbook);
}

TEST(Workbook, IsByteForByteReproducible) {
  TempDir dir;
  write_sample(dir.path() / "first.xlsx", kCreated);
  ::sleep(1);  // a clock that leaked into the file would now differ
  write_sample(dir.path() / "second.xlsx", kCreated);
  const std::string first = slurp(dir.path() / "first.xlsx");
  EXPECT_GT(first.size(), 1000u);
  EXPECT_EQ(first, slurp(dir.path() / "second.xlsx"));

  XlsxReader xlsx((dir.path() / "first.xlsx").string());
  for (const auto& [name, entry] : xlsx.members()) {
    EXPECT_EQ(entry.dos_date, (0 << 9) | (1 << 5) | 1) << name;  // 1980-01-01
    EXPECT_EQ(entry.dos_time, 0) << name;
  }
  const std::string& core = xlsx.part("docProps/core.xml");
  EXPECT_NE(core.find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-11-14T22:13:20Z<"),
            std::string::npos)
      << core;
  EXPECT_NE(core.find("<dc:creator>tenderkit tests</dc:creator>"), std::string::npos);
  EXPECT_NE(core.find("<dc:title>Test</dc:title>"), std::string::npos);
}

TEST(Workbook, IsReproducibleEvenAtTheEpoch) {
  // libxlsxwriter reads a creation time of 0 as "now"; SOURCE_DATE_EPOCH=0 must still work.
  TempDir dir;
  write_sample(dir.path() / "first.xlsx", 0);
  ::sleep(1);
  write_sample(dir.path() / "second.xlsx", 0);
  EXPECT_EQ(slurp(dir.path() / "first.xlsx"), slurp(dir.path() / "second.xlsx"));
}

TEST(Workbook, WritesLayoutPrintAndProtectionSettings) {
  TempDir dir;
  const auto path = dir.path() / "sample.xlsx";
  write_sample(path, kCreated);
  XlsxReader xlsx(path.string());
  const std::string& summary = xlsx.sheet_xml(0);
  EXPECT_NE(summary.find("<mergeCell ref=\"A1:D1\"/>"), std::string::npos);
  EXPECT_NE(summary.find("<pane xSplit=\"1\" ySplit=\"3\""), std::string::npos);
  EXPECT_NE(summary.find("<autoFilter ref=\"A3:D4\"/>"), std::string::npos);
  EXPECT_NE(summary.find("orientation=\"landscape\""), std::string::npos);
  EXPECT_NE(summary.find("paperSize=\"9\""), std::string::npos);
  EXPECT_NE(summary.find("<pageSetUpPr fitToPage=\"1\"/>"), std::string::npos);
  EXPECT_NE(summary.find("<oddHeader>&amp;LJeugd &amp;&amp; Gezin&amp;R&amp;A</oddHeader>"),
            std::string::npos);
  EXPECT_NE(summary.find("<cfRule type=\"expression\""), std::string::npos);
  EXPECT_NE(summary.find("<formula>$B4&gt;2</formula>"), std::string::npos);
  EXPECT_NE(summary.find("<hyperlink ref=\"A4\" location=\"'Samen voor Jeugd'!A1\""),
            std::string::npos);
  const std::string& workbook = xlsx.part("xl/workbook.xml");
  EXPECT_NE(workbook.find("_xlnm.Print_Titles"), std::string::npos);
  EXPECT_NE(workbook.find("name=\"Verborgen\" sheetId=\"3\" state=\"hidden\""), std::string::npos);

  const std::string& details = xlsx.sheet_xml(1);
  EXPECT_NE(details.find("<sheetProtection"), std::string::npos);
  EXPECT_NE(details.find("<formula1>\"ja,nee\"</formula1>"), std::string::npos);
  EXPECT_NE(xlsx.part("xl/styles.xml").find("<protection locked=\"0\"/>"), std::string::npos);
}

TEST(Workbook, PutsLongValidationListsOnAHiddenSheet) {
  TempDir dir;
  const auto path = dir.path() / "lists.xlsx";
  Workbook workbook = create(path);
  Worksheet sheet = workbook.add_worksheet("Scores");
  std::vector<std::string> evaluators;
  for (int i = 1; i <= 40; ++i) {
    evaluators.push_back("Beoordelaar " + std::to_string(i));  // about 600 characters together
  }
  sheet.add_list_validation({1, 0, 20, 0}, evaluators);
  sheet.add_list_validation({1, 1, 20, 1}, std::vector<std::string>{"Jansen, P.", "Smit, A."});
  sheet.add_list_validation({1, 2, 20, 2}, std::vector<std::string>{"0", "2", "4", "6"});
  close_ok(workbook);

  XlsxReader xlsx(path.string());
  EXPECT_EQ(xlsx.sheet_names(), (std::vector<std::string>{"Scores", "Lists"}));
  EXPECT_NE(xlsx.part("xl/workbook.xml").find("name=\"Lists\" sheetId=\"2\" state=\"hidden\""),
            std::string::npos);
  const std::string& scores = xlsx.sheet_xml(0);
  EXPECT_NE(scores.find("<formula1>'Lists'!$A$1:$A$40</formula1>"), std::string::npos) << scores;
  // A comma inside a choice cannot be written inline either.
  EXPECT_NE(scores.find("<formula1>'Lists'!$B$1:$B$2</formula1>"), std::string::npos);
  EXPECT_NE(scores.find("<formula1>\"0,2,4,6\"</formula1>"), std::string::npos);
  EXPECT_EQ(xlsx.cell(1, "A40")->value, "Beoordelaar 40");
  EXPECT_EQ(xlsx.cell(1, "B1")->value, "Jansen, P.");
}

TEST(Workbook, ReportsAnUnwritableDirectoryAsAnOutputError) {
  TempDir dir;
  const auto in_missing_directory = dir.path() / "missing" / "check.xlsx";
  Result<Workbook> missing = Workbook::create(in_missing_directory, properties());
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind(), ErrorKind::output);
  EXPECT_NE(missing.error().message().find(in_missing_directory.string()), std::string::npos)
      << missing.error().message();

  const auto blocker = dir.write("file", "not a directory");
  Result<Workbook> below_file = Workbook::create(blocker / "check.xlsx", properties());
  ASSERT_FALSE(below_file);
  EXPECT_EQ(below_file.error().kind(), ErrorKind::output);

  if (::geteuid() != 0) {  // root writes anywhere
    const auto locked = dir.path() / "locked";
    std::filesystem::create_directory(locked);
    std::filesystem::permissions(
        locked, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    Result<Workbook> denied = Workbook::create(locked / "check.xlsx", properties());
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().kind(), ErrorKind::output);
    EXPECT_TRUE(std::filesystem::is_empty(locked));
  }
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"file"}));
}

TEST(Workbook, AMistakeWritesNothingAndKeepsThePreviousFile) {
  TempDir dir;
  const auto path = dir.write("check.xlsx", "previous run");
  Workbook workbook = create(path);
  Worksheet sheet = workbook.add_worksheet("Data");
  sheet.write_text(0, 0, "fine");
  sheet.write_text(kMaxRows, 0, "one row too far");
  sheet.write_number(1, 0, std::nan(""));
  const Result<std::vector<Warning>> closed = workbook.close();
  ASSERT_FALSE(closed);
  EXPECT_EQ(closed.error().kind(), ErrorKind::output);
  // The first mistake is reported, naming the file, the sheet and the cell.
  EXPECT_EQ(closed.error().message().rfind(
                "cannot write '" + path.string() + "': sheet 'Data', cell A1048577: ", 0),
            0u)
      << closed.error().message();
  EXPECT_EQ(slurp(path), "previous run");
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"check.xlsx"}));
}

TEST(Workbook, RefusesWhatExcelWouldCallCorrupt) {
  TempDir dir;
  Workbook overlapping = create(dir.path() / "merged.xlsx");
  Worksheet sheet = overlapping.add_worksheet("Data");
  sheet.merge_text({0, 0, 0, 3}, "Titel");
  sheet.merge_text({0, 4, 1, 5}, "ernaast mag");
  sheet.merge_text({0, 2, 1, 2}, "overlapt");
  const Result<std::vector<Warning>> merged = overlapping.close();
  ASSERT_FALSE(merged);
  EXPECT_NE(
      merged.error().message().find("sheet 'Data', range C1:C2: overlaps the merged range A1:D1"),
      std::string::npos)
      << merged.error().message();

  Workbook long_header = create(dir.path() / "header.xlsx");
  long_header.add_worksheet("Data").set_footer(repeat("x", kMaxHeaderFooterLength + 1));
  const Result<std::vector<Warning>> footer = long_header.close();
  ASSERT_FALSE(footer);
  EXPECT_NE(footer.error().message().find("page footer: holds more than 255 characters"),
            std::string::npos)
      << footer.error().message();
  EXPECT_TRUE(dir.entries().empty());
}

TEST(Workbook, InRowOrderWritesSheetsRowByRow) {
  TempDir dir;
  const auto path = dir.path() / "rows.xlsx";
  Result<Workbook> workbook = Workbook::create(path, properties(), WriteMode::row_order);
  ASSERT_TRUE(workbook) << workbook.error().message();
  Worksheet first = workbook->add_worksheet("Eerste");
  Worksheet second = workbook->add_worksheet("Tweede");
  first.merge_text({0, 0, 0, 2}, "Titel", {.bold = true});
  first.write_number(1, 1, 7.5);
  first.write_text(1, 0, "=niet een formule");  // a row's cells in any order
  first.set_row_height(1, 30);
  second.write_text(0, 0, "andere sheet, eigen volgorde");
  first.write_formula(3, 0, "B2*2", 15);
  first.write_formula_text(3, 1, "\"a\"", "a");
  first.write_blank(4, 0, {.fill_color = 0xFFC7CE});
  close_ok(*workbook);

  XlsxReader xlsx(path.string());
  EXPECT_EQ(xlsx.cell(0, "A1")->value, "Titel");
  EXPECT_EQ(xlsx.cell(0, "A2")->type, "inlineStr");  // row-order mode shares no strings
  EXPECT_EQ(xlsx.cell(0, "A2")->value, "=niet een formule");
  EXPECT_FALSE(xlsx.cell(0, "A2")->formula);
  EXPECT_EQ(xlsx.cell(0, "B2")->value, "7.5");
  EXPECT_EQ(*xlsx.cell(0, "A4")->formula, "B2*2");
  EXPECT_EQ(xlsx.cell(0, "A4")->value, "15");
  EXPECT_EQ(xlsx.cell(0, "B4")->value, "a");
  EXPECT_TRUE(xlsx.cell(0, "A5").has_value());
  EXPECT_NE(xlsx.sheet_xml(0).find("<row r=\"2\" ht=\"30\" customHeight=\"1\">"),
            std::string::npos);
  EXPECT_EQ(xlsx.cell(1, "A1")->value, "andere sheet, eigen volgorde");
}

TEST(Workbook, InRowOrderAnEarlierRowIsAnErrorAndWritesNothing) {
  // libxlsxwriter has already written out the earlier row: accepting it would lose the cell.
  TempDir dir;
  const auto path = dir.write("rows.xlsx", "previous run");
  const auto attempt = [&](const std::function<void(Worksheet&)>& write) {
    Result<Workbook> workbook = Workbook::create(path, properties(), WriteMode::row_order);
    EXPECT_TRUE(workbook);
    Worksheet sheet = workbook->add_worksheet("Data");
    sheet.write_text(0, 0, "kop");
    sheet.write_text(5, 1, "verder");
    write(sheet);
    sheet.write_text(6, 0, "en weer verder");
    return workbook->close();
  };
  const Result<std::vector<Warning>> text =
      attempt([](Worksheet& sheet) { sheet.write_text(2, 0, "terug"); });
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().kind(), ErrorKind::output);
  EXPECT_EQ(text.error().message(),
            "cannot write '" + path.string() +
                "': sheet 'Data', cell A3: row 3 comes after row 6, but this workbook is written "
                "in row order (constant memory), top to bottom");
  const std::vector<std::function<void(Worksheet&)>> going_back{
      [](Worksheet& sheet) { sheet.write_number(4, 0, 1); },
      [](Worksheet& sheet) { sheet.write_formula(0, 3, "1+1", 2); },
      [](Worksheet& sheet) { sheet.write_formula_text(1, 0, "\"\"", ""); },
      [](Worksheet& sheet) { sheet.write_blank(3, 0, {.bold = true}); },
      [](Worksheet& sheet) { sheet.write_date(0, 0, std::chrono::year{2026} / 11 / 23); },
      [](Worksheet& sheet) { sheet.set_row_height(1, 30); },
      [](Worksheet& sheet) {
        sheet.merge_text({4, 0, 4, 2}, "titel");
      },
  };
  for (std::size_t i = 0; i < going_back.size(); ++i) {
    const Result<std::vector<Warning>> closed = attempt(going_back[i]);
    ASSERT_FALSE(closed) << i;
    EXPECT_NE(closed.error().message().find("but this workbook is written in row order"),
              std::string::npos)
        << closed.error().message();
  }
  // A merged range spans its rows: the next write must come below it.
  const Result<std::vector<Warning>> merged = attempt([](Worksheet& sheet) {
    sheet.merge_text({6, 0, 8, 1}, "blok", {.bold = true});
  });
  ASSERT_FALSE(merged);
  EXPECT_NE(merged.error().message().find("cell A7: row 7 comes after row 9"), std::string::npos)
      << merged.error().message();
  EXPECT_EQ(slurp(path), "previous run");
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"rows.xlsx"}));
}

TEST(Workbook, RefusesToHideTheFirstSheet) {
  TempDir dir;
  Workbook workbook = create(dir.path() / "hidden.xlsx");
  workbook.add_worksheet("Eerste").hide();
  const Result<std::vector<Warning>> closed = workbook.close();
  ASSERT_FALSE(closed);
  EXPECT_NE(closed.error().message().find("the first sheet cannot be hidden"), std::string::npos);
  EXPECT_TRUE(dir.entries().empty());
}

TEST(Workbook, AFailedWriteLeavesNoPartialFile) {
  // A file-size limit makes libxlsxwriter's writes fail half-way (SIGXFSZ is ignored by
  // AtomicFile, so the write returns EFBIG instead of killing the process).
  TempDir dir;
  const auto path = dir.write("check.xlsx", "previous run");
  Workbook workbook = create(path);
  Worksheet sheet = workbook.add_worksheet("Data");
  for (Row row = 0; row < 5000; ++row) {  // well over the limit, even compressed
    sheet.write_text(row, 0, "regel " + std::to_string(row * 2654435761u));
  }
  rlimit original{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &original), 0);
  rlimit limited = original;
  limited.rlim_cur = 4096;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limited), 0);
  const Result<std::vector<Warning>> closed = workbook.close();
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &original), 0);
  ASSERT_FALSE(closed);
  EXPECT_EQ(closed.error().kind(), ErrorKind::output);
  EXPECT_EQ(closed.error().message().rfind("cannot write '" + path.string() + "'", 0), 0u)
      << closed.error().message();
  EXPECT_EQ(slurp(path), "previous run");
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"check.xlsx"}));
}

// What the process writes to file descriptor 2 (through stdio, iostreams or write()) while `run`
// runs.
std::string standard_error_of(const std::function<void()>& run) {
  std::fflush(stderr);
  std::cerr.flush();
  std::FILE* capture = std::tmpfile();
  EXPECT_NE(capture, nullptr);
  const int saved = ::dup(STDERR_FILENO);
  ::dup2(::fileno(capture), STDERR_FILENO);
  run();
  std::fflush(stderr);
  std::cerr.flush();
  ::dup2(saved, STDERR_FILENO);
  ::close(saved);
  std::string text;
  std::rewind(capture);
  for (int c = std::fgetc(capture); c != EOF; c = std::fgetc(capture)) {
    text += static_cast<char>(c);
  }
  std::fclose(capture);
  return text;
}

// The library never prints: cut cells come back as a warning for the command to show.
TEST(Workbook, ReturnsCutCellsAsAWarningAndPrintsNothing) {
  TempDir dir;
  const auto path = dir.path() / "long.xlsx";
  Workbook workbook = create(path);
  Worksheet sheet = workbook.add_worksheet("Data");
  sheet.write_text(0, 0, repeat("x", 40'000));
  sheet.write_text(1, 0, repeat("y", 40'000));
  std::optional<Result<std::vector<Warning>>> closed;
  EXPECT_EQ(standard_error_of([&] { closed = workbook.close(); }), "");
  ASSERT_TRUE(*closed) << (*closed).error().message();
  ASSERT_EQ((*closed)->size(), 1u);
  const Warning& warning = (*closed)->front();
  ASSERT_TRUE(warning.where);
  EXPECT_EQ(warning.where->to_string(), path.string());
  EXPECT_EQ(warning.message.en,
            "2 cells held more than 32,767 characters, Excel's limit for a cell; cut to 32,767");
  EXPECT_EQ(warning.message.nl,
            "2 cellen bevatten meer dan 32.767 tekens, de grens van Excel voor een cel; ingekort "
            "tot 32.767");

  Workbook single = create(dir.path() / "one.xlsx");
  single.add_worksheet("Data").write_text(0, 0, repeat("z", 33'000));
  Result<std::vector<Warning>> one = single.close();
  ASSERT_TRUE(one);
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ(one->front().message.en.rfind("1 cell held more than 32,767 characters", 0), 0u);

  Workbook fitting = create(dir.path() / "short.xlsx");
  fitting.add_worksheet("Data").write_text(0, 0, repeat("w", kMaxCellTextLength));
  Result<std::vector<Warning>> none = fitting.close();
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty());
}

// libxlsxwriter prints "[ERROR] ..." lines of its own when it cannot write the zip; close()
// returns the failure instead, and nothing reaches standard error.
TEST(Workbook, AFailedWritePrintsNothing) {
  TempDir dir;
  const auto path = dir.path() / "check.xlsx";
  Workbook workbook = create(path);
  Worksheet sheet = workbook.add_worksheet("Data");
  for (Row row = 0; row < 5000; ++row) {
    sheet.write_text(row, 0, "regel " + std::to_string(row * 2654435761u));
  }
  rlimit original{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &original), 0);
  rlimit limited = original;
  limited.rlim_cur = 4096;
  std::optional<Result<std::vector<Warning>>> closed;
  const std::string printed = standard_error_of([&] {
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    closed = workbook.close();
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &original), 0);
  });
  EXPECT_EQ(printed, "");
  ASSERT_TRUE(closed);
  ASSERT_FALSE(*closed);
  EXPECT_EQ((*closed).error().kind(), ErrorKind::output);
  EXPECT_EQ((*closed).error().message().rfind("cannot write '" + path.string() + "'", 0), 0u)
      << (*closed).error().message();
  // Standard error works as before afterwards.
  EXPECT_EQ(standard_error_of([] { std::fputs("after\n", stderr); }), "after\n");
}

TEST(Workbook, DiscardsTheTemporaryFileWhenNotClosed) {
  TempDir dir;
  {
    Workbook workbook = create(dir.path() / "abandoned.xlsx");
    workbook.add_worksheet("Data").write_text(0, 0, "never written");
    EXPECT_EQ(dir.entries().size(), 1u);  // the temporary file
  }
  EXPECT_TRUE(dir.entries().empty());
}

TEST(Workbook, WritesAnExcelTableWithItsHeaderRow) {
  TempDir dir;
  const auto path = dir.path() / "table.xlsx";
  Workbook workbook = create(path);
  Worksheet sheet = workbook.add_worksheet("Mijlpalen");
  sheet.write_date(1, 0, std::chrono::year{2023} / 1 / 1);
  sheet.write_text(1, 1, "=geen formule");
  sheet.write_number(2, 2, 3);
  const std::vector<std::string> headers{"Datum", "Omschrijving & toelichting", "Jaar\nnummer"};
  sheet.add_table(
      {0, 0, 2, 2}, headers,
      {.name = "Mijlpalen", .style = "TableStyleLight9", .header_format = {.bold = true}});
  Worksheet other = workbook.add_worksheet("Tweede");
  other.add_table({3, 1, 4, 1}, std::vector<std::string>{"Kolom"});  // a default name and style
  close_ok(workbook);

  XlsxReader xlsx(path.string());
  const std::string& table = xlsx.part("xl/tables/table1.xml");
  EXPECT_NE(table.find("name=\"Mijlpalen\" displayName=\"Mijlpalen\" ref=\"A1:C3\""),
            std::string::npos)
      << table;
  EXPECT_NE(table.find("<autoFilter ref=\"A1:C3\"/>"), std::string::npos);
  EXPECT_NE(table.find("<tableColumn id=\"2\" name=\"Omschrijving &amp; toelichting\"/>"),
            std::string::npos);
  // A line break would not survive in the XML attribute, so the cell and the column agree on a
  // space.
  EXPECT_NE(table.find("<tableColumn id=\"3\" name=\"Jaar nummer\"/>"), std::string::npos);
  EXPECT_NE(table.find("<tableStyleInfo name=\"TableStyleLight9\""), std::string::npos);
  EXPECT_NE(xlsx.sheet_xml(0).find("<tablePart r:id="), std::string::npos);
  EXPECT_EQ(xlsx.cell(0, "A1")->value, "Datum");
  EXPECT_EQ(xlsx.cell(0, "C1")->value, "Jaar nummer");
  EXPECT_EQ(xlsx.cell(0, "B2")->value, "=geen formule");
  EXPECT_FALSE(xlsx.cell(0, "B2")->formula);
  const std::string& second = xlsx.part("xl/tables/table2.xml");
  EXPECT_NE(second.find("name=\"Table2\" displayName=\"Table2\" ref=\"B4:B5\""), std::string::npos)
      << second;
  EXPECT_NE(second.find("name=\"TableStyleMedium2\""), std::string::npos);
  EXPECT_EQ(xlsx.cell(1, "B4")->value, "Kolom");
}

TEST(Workbook, RefusesATableExcelWouldRepairOrReject) {
  TempDir dir;
  const auto path = dir.write("table.xlsx", "previous run");
  const std::vector<std::string> two{"Datum", "Omschrijving"};
  const auto attempt = [&](const std::function<void(Workbook&, Worksheet&)>& add,
                           WriteMode mode = WriteMode::in_memory) {
    Result<Workbook> workbook = Workbook::create(path, properties(), mode);
    EXPECT_TRUE(workbook);
    Worksheet sheet = workbook->add_worksheet("Data");
    add(*workbook, sheet);
    return workbook->close();
  };
  const std::vector<std::pair<std::function<void(Workbook&, Worksheet&)>, std::string>> cases{
      {[&](Workbook&, Worksheet& sheet) {
         sheet.add_table({0, 0, 3, 1}, std::vector<std::string>{"Datum", "DATUM"});
       },
       "range A1:B4: table column header 2 'DATUM' is used twice (Excel ignores case)"},
      {[&](Workbook&, Worksheet& sheet) {
         sheet.add_table({0, 0, 3, 1}, std::vector<std::string>{"Datum", " "});
       },
       "table column header 2 is empty"},
      {[&](Workbook&, Worksheet& sheet) {
         sheet.add_table({0, 0, 3, 2}, two);
       },
       "a table of 3 columns needs 3 column headers, not 2"},
      {[&](Workbook&, Worksheet& sheet) {
         sheet.add_table({0, 0, 0, 1}, two);
       },
       "a table needs a header row and at least one data row"},
      {[&](Workbook&, Worksheet& sheet) {
         sheet.add_table({0, 0, 3, 1}, two, {.name = "AB12"});
       },
       "table name 'AB12': a table name cannot look like a cell reference"},
      {[&](Workbook&, Worksheet& sheet) {
         sheet.add_table({0, 0, 3, 1}, two, {.name = "r1c1"});
       },
       "a table name cannot look like a cell reference"},
      {[&](Workbook&, Worksheet& sheet) {
         sheet.add_table({0, 0, 3, 1}, two, {.name = "met spatie"});
       },
       "a table name holds only letters, digits, '_' and '.'"},
      {[&](Workbook&, Worksheet& sheet) {
         sheet.add_table({0, 0, 3, 1}, two, {.name = "1e"});
       },
       "a table name holds only letters, digits, '_' and '.'"},
      {[&](Workbook& workbook, Worksheet& sheet) {
         sheet.add_table({0, 0, 3, 1}, two, {.name = "Planning"});
         workbook.add_worksheet("Ander").add_table({0, 0, 3, 1}, two, {.name = "PLANNING"});
       },
       "table name 'PLANNING' is used twice (Excel ignores case)"},
      {[&](Workbook&, Worksheet& sheet) {
         sheet.add_table({0, 0, 3, 1}, two, {.style = "TableStyleMedium29"});
       },
       "'TableStyleMedium29' is not one of Excel's table styles"},
      {[&](Workbook&, Worksheet& sheet) {
         sheet.merge_text({2, 1, 2, 3}, "samengevoegd");
         sheet.add_table({0, 0, 3, 1}, two);
       },
       "a table overlaps the merged range B3:D3"},
      {[&](Workbook&, Worksheet& sheet) {
         sheet.add_table({0, 0, 3, 1}, two);
         sheet.add_table({3, 1, 5, 2}, two);
       },
       "a table overlaps the table at A1:B4"},
  };
  for (const auto& [add, expected] : cases) {
    const Result<std::vector<Warning>> closed = attempt(add);
    ASSERT_FALSE(closed) << expected;
    EXPECT_EQ(closed.error().kind(), ErrorKind::output);
    EXPECT_NE(closed.error().message().find(expected), std::string::npos)
        << closed.error().message();
  }
  const Result<std::vector<Warning>> in_row_order = attempt(
      [&](Workbook&, Worksheet& sheet) {
        sheet.add_table({0, 0, 3, 1}, two);
      },
      WriteMode::row_order);
  ASSERT_FALSE(in_row_order);
  EXPECT_NE(in_row_order.error().message().find("cannot write a table in a workbook written in "
                                                "row order"),
            std::string::npos)
      << in_row_order.error().message();
  EXPECT_EQ(slurp(path), "previous run");
}

TEST(Workbook, SetsThePrintArea) {
  TempDir dir;
  const auto path = dir.path() / "print.xlsx";
  Workbook workbook = create(path);
  Worksheet sheet = workbook.add_worksheet("Bijlage mvs");
  sheet.write_text(0, 0, "Bijlage");
  sheet.set_print_area({0, 0, 9, 4});
  close_ok(workbook);
  XlsxReader xlsx(path.string());
  EXPECT_NE(xlsx.part("xl/workbook.xml")
                .find("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'Bijlage "
                      "mvs'!$A$1:$E$10</definedName>"),
            std::string::npos)
      << xlsx.part("xl/workbook.xml");
}

}  // namespace
}  // namespace tenderkit::xlsx
