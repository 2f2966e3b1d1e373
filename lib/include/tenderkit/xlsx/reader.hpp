// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Reads .xlsx workbooks back: the score forms that evaluators fill in and save again with Excel,
// LibreOffice or openpyxl. It reads values, not formatting: every cell's stored value (or a
// formula's cached result), the sheets with their visibility, defined names and custom document
// properties. Rows and columns are counted from 0, as the writer in workbook.hpp counts them.

namespace tenderkit::xlsx {

namespace detail {
struct ReaderAccess;
}  // namespace detail

/// Largest uncompressed size of one part (one file inside the zip) that the reader accepts, so
/// that a damaged or malicious file cannot exhaust memory. At its peak, reading takes about 14
/// times the size of the largest sheet's XML (measured: a 63 MB sheet of 4.2 million cells needs
/// 850 MB); score forms are a few hundred kilobytes.
inline constexpr std::uint64_t kMaxPartSize = 64ull * 1024 * 1024;
/// Largest uncompressed size of all parts read together, which bounds the cells kept in memory.
inline constexpr std::uint64_t kMaxWorkbookSize = 128ull * 1024 * 1024;

/// How much ReadWorkbook::open reads before it refuses a file, in uncompressed bytes.
struct ReadLimits {
  std::uint64_t max_part_size = kMaxPartSize;          ///< per file inside the zip
  std::uint64_t max_workbook_size = kMaxWorkbookSize;  ///< all files read, together
};

/// A cell position, both counted from 0.
struct CellPosition {
  Row row = 0;
  Column column = 0;
  friend bool operator==(const CellPosition&, const CellPosition&) = default;
};

/// The position of a reference such as "D7", "$D$7" or "d7"; nothing when it is not a single cell
/// reference or lies beyond kMaxRows or kMaxColumns. Inverse of cell_reference().
std::optional<CellPosition> parse_cell_reference(std::string_view reference);

/// A cell as messages name it: "Scores!D9"; a sheet name other than letters, digits, '_' and '.'
/// (or starting with a digit) is quoted as formulas quote it: "'Not admitted'!A5".
std::string cell_place(std::string_view sheet, Row row, Column column);

/// The place of a cell of a workbook file, for messages: file "forms/a.xlsx:Scores!D9", line and
/// column 0.
SourceLocation cell_location(std::string_view file, std::string_view sheet, Row row, Column column);

/// A cell's value as the file stores it. Dates are numbers (Excel serials; see
/// ReadWorkbook::uses_1904_dates); numbers stored as text stay text, for the caller to parse.
struct CellValue {
  enum class Kind {
    empty,   ///< the cell exists (it has a format, or a formula without cached result) but no value
    text,    ///< `text` holds the string, "_xHHHH_" escapes decoded
    number,  ///< `number` holds a finite number
    boolean,  ///< `number` holds 1 or 0
    error,    ///< `text` holds the error code, such as "#N/A" or "#DIV/0!"
  };

  Kind kind = Kind::empty;
  std::string text{};    ///< for text and error cells, else empty
  double number = 0;     ///< for number and boolean cells, else 0
  bool formula = false;  ///< the value is the cached result of a formula

  /// True when the cell holds no value.
  bool empty() const { return kind == Kind::empty; }
  friend bool operator==(const CellValue&, const CellValue&) = default;
};

/// A cell with its position.
struct ReadCell {
  Row row = 0;
  Column column = 0;
  CellValue value{};
};

/// Whether users see a sheet: `very_hidden` sheets can only be shown again through a macro.
enum class SheetVisibility { visible, hidden, very_hidden };

/// One sheet of a ReadWorkbook.
class ReadSheet {
 public:
  /// The sheet's name, as shown on its tab.
  const std::string& name() const { return name_; }
  /// Whether the sheet is shown.
  SheetVisibility visibility() const { return visibility_; }
  /// True when the sheet is hidden or very hidden.
  bool hidden() const { return visibility_ != SheetVisibility::visible; }
  /// False for chart sheets and other non-worksheets, which the reader lists without cells.
  bool is_worksheet() const { return is_worksheet_; }
  /// The part (file inside the zip) holding the sheet, such as "xl/worksheets/sheet1.xml".
  const std::string& part() const { return part_; }

  /// The cell at a position, or nullptr when the file holds none there.
  const CellValue* cell(Row row, Column column) const;
  /// The cell at a reference such as "D7", or nullptr when there is none or the reference is bad.
  const CellValue* cell(std::string_view reference) const;
  /// Every cell the file holds (formatted empty cells included), row by row, left to right.
  std::span<const ReadCell> cells() const { return cells_; }
  /// One past the last row holding a cell; 0 for a sheet without cells.
  Row row_count() const { return row_count_; }
  /// One past the last column holding a cell; 0 for a sheet without cells.
  Column column_count() const { return column_count_; }

 private:
  friend struct detail::ReaderAccess;

  std::string name_;
  std::string part_;
  SheetVisibility visibility_ = SheetVisibility::visible;
  bool is_worksheet_ = true;
  std::vector<ReadCell> cells_;
  Row row_count_ = 0;
  Column column_count_ = 0;
};

/// A name defined in the workbook (<definedName>): a range, a formula or a constant.
struct DefinedName {
  std::string name;                    ///< as written; Excel compares names case-insensitively
  std::string formula;                 ///< as stored, without '=': "Scores!$B$2:$B$9" or "\"v1\""
  std::optional<std::size_t> sheet{};  ///< index into sheets() for a sheet-level name
  bool hidden = false;  ///< hidden from Excel's Name Manager (LibreOffice drops this flag on save)

  /// The text of a formula that is one string constant ("\"a \"\"b\"\"\"" -> a "b"), or nothing.
  std::optional<std::string> string_constant() const;
};

/// A custom document property (File > Properties > Custom), its value as stored in text form:
/// "42", "true", "2024-03-01T00:00:00Z" or plain text.
struct CustomProperty {
  std::string name;
  std::string value;  ///< the text of its typed value (<vt:lpwstr>, <vt:i4>, <vt:bool>, ...)
};

/// An .xlsx file read into memory; the file is closed when open() returns.
class ReadWorkbook {
 public:
  /// Reads the workbook at `path`: an input error naming the file (and the part inside it) when it
  /// is not a readable xlsx workbook, is damaged, or is larger than `limits` allow.
  static Result<ReadWorkbook> open(const std::filesystem::path& path,
                                   const ReadLimits& limits = {});

  /// The file that was read.
  const std::filesystem::path& path() const { return path_; }
  /// The sheets, in tab order (hidden ones included).
  std::span<const ReadSheet> sheets() const { return sheets_; }
  /// The sheet with that name (Excel compares names case-insensitively), or nullptr.
  const ReadSheet* sheet(std::string_view name) const;
  /// True when date serials count from 1904-01-01 (old Mac workbooks) instead of 1900.
  bool uses_1904_dates() const { return date1904_; }

  /// Every defined name, in file order.
  std::span<const DefinedName> defined_names() const { return defined_names_; }
  /// The workbook-level defined name (case-insensitively), or nullptr.
  const DefinedName* defined_name(std::string_view name) const;

  /// Every custom document property, in file order.
  std::span<const CustomProperty> custom_properties() const { return custom_properties_; }
  /// The custom document property with that name (case-insensitively), or nullptr.
  const CustomProperty* custom_property(std::string_view name) const;

 private:
  friend struct detail::ReaderAccess;
  ReadWorkbook() = default;

  std::filesystem::path path_;
  std::vector<ReadSheet> sheets_;
  std::vector<DefinedName> defined_names_;
  std::vector<CustomProperty> custom_properties_;
  bool date1904_ = false;
};

}  // namespace tenderkit::xlsx
