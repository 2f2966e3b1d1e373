// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/core/warning.hpp>

#include <chrono>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The one wrapper over libxlsxwriter (DOMAIN.md §6 lists the spreadsheet facts it guards against).
// libxlsxwriter formats numbers with printf: LC_NUMERIC must stay "C", so nothing in tenderkit
// calls setlocale (a decimal-comma locale such as nl_NL would write corrupt numbers).

namespace tenderkit::xlsx {

// Excel's limits.
/// Characters in a sheet name.
inline constexpr std::size_t kMaxSheetNameLength = 31;  // UTF-16 code units, as Excel counts
/// Characters in a cell.
inline constexpr std::size_t kMaxCellTextLength = 32'767;  // UTF-16 code units
/// Characters of a data-validation list written inline, commas included.
inline constexpr std::size_t kMaxInlineListLength = 255;
/// Characters in a printed page header or footer, control codes included.
inline constexpr std::size_t kMaxHeaderFooterLength = 255;
/// Rows in a sheet.
inline constexpr std::uint32_t kMaxRows = 1'048'576;
/// Columns in a sheet.
inline constexpr std::uint32_t kMaxColumns = 16'384;

using Row = std::uint32_t;     ///< counted from 0
using Column = std::uint16_t;  ///< counted from 0

/// A rectangle of cells, both corners included.
struct Range {
  Row first_row = 0;
  Column first_column = 0;
  Row last_row = 0;
  Column last_column = 0;
};

/// A colour as 0xRRGGBB.
using Rgb = std::uint32_t;

/// Horizontal alignment; `general` is Excel's default (text left, numbers right).
enum class Align { general, left, center, right };
/// Vertical alignment; Excel's default is `bottom`.
enum class VerticalAlign { bottom, top, center };
/// A border around the whole cell.
enum class Border { none, thin, medium };

/// How a cell looks. Equal descriptions share one style in the file. (Every member has an
/// initialiser so that designated initialisers may name only what differs from the default.)
struct Format {
  bool bold = false;
  bool italic = false;
  bool underline = false;
  double font_size = 0;  ///< in points; 0 keeps the default (11)
  std::optional<Rgb> font_color{};
  std::optional<Rgb> fill_color{};
  Border border = Border::none;
  bool wrap = false;
  Align align = Align::general;
  VerticalAlign vertical_align = VerticalAlign::bottom;
  std::string number_format{};  ///< in US codes ("0.00", "yyyy-mm-dd"); Excel shows them localised
  bool unlocked = false;        ///< stays editable when the sheet is protected

  friend auto operator<=>(const Format&, const Format&) = default;
};

/// How an Excel table (Worksheet::add_table) is named and looks.
struct TableOptions {
  /// Unique in the workbook ignoring case; ASCII letters, digits, '_' and '.', starting with a
  /// letter or '_', and not a cell reference ("AB12", "R1C1"). Empty: "Table1", "Table2", ....
  std::string name{};
  /// One of Excel's table styles: "TableStyleLight1".."21", "TableStyleMedium1".."28",
  /// "TableStyleDark1".."11", or "TableStyleNone".
  std::string style = "TableStyleMedium2";
  Format header_format{};  ///< of the header cells, under the style's own header look
};

/// Document properties; `created` makes the file reproducible (pass output_timestamp()).
struct DocumentProperties {
  std::string title{};
  std::string author{};
  std::string subject{};
  std::time_t created = 0;
};

/// Text as a cell can hold it, and whether it had to be cut.
struct CellText {
  std::string text;
  bool truncated = false;
};

/// Makes user text safe for a cell: malformed UTF-8 and U+FFFE/U+FFFF become U+FFFD, control
/// characters other than tab, newline and carriage return are dropped, a literal "_xHHHH_" is
/// escaped so Excel does not decode it, and text beyond kMaxCellTextLength is cut at a code point.
CellText to_cell_text(std::string_view text);

/// A valid Excel sheet name made from `desired` (any UTF-8): forbidden characters replaced, cut to
/// kMaxSheetNameLength without splitting a character, no apostrophe or space at either end, never
/// empty, and made unique case-insensitively among `taken` by appending " (2)", " (3)", ....
std::string make_sheet_name(std::string_view desired, std::span<const std::string> taken);

/// The Excel date serial of `date` (1900 date system, with Excel's phantom 29 February 1900), or
/// nothing when the date is invalid or outside 1900-01-01..9999-12-31.
std::optional<double> excel_date_serial(std::chrono::year_month_day date);

/// "B5" for row 4, column 1; "$B$5" when `absolute`.
std::string cell_reference(Row row, Column column, bool absolute = false);

/// "B5:D9" (or "$B$5:$D$9"); a single cell when the range is one cell.
std::string range_reference(const Range& range, bool absolute = false);

/// A sheet name as formulas must write it: always quoted, apostrophes doubled ('O''Neil').
std::string quoted_sheet_name(std::string_view sheet_name);

/// The row height in points that shows `text` wrapped in a column `column_width` characters wide.
/// Neither Excel nor LibreOffice grows a row for wrapped text written by libxlsxwriter, so rows
/// with wrapped text get their height from this estimate (one 15-point line per column width).
double wrapped_row_height(std::string_view text, double column_width);

/// User text for a page header or footer, where '&' starts a control code: "A & B" -> "A && B".
std::string header_footer_text(std::string_view text);

namespace detail {
struct WorkbookState;
struct SheetState;
}  // namespace detail

/// One sheet of a Workbook: a cheap handle, valid as long as its Workbook object lives (once the
/// workbook is closed, its calls do nothing).
/// A call that fails (a cell out of range, a number that is not finite, a header too long) is
/// remembered and reported by Workbook::close(), which then writes nothing; so writing code stays
/// straight-line, and a mistake can never produce a half-right file.
class Worksheet {
 public:
  /// The name the sheet got (see make_sheet_name).
  const std::string& name() const;

  /// Writes user text as a string, never as a formula, even when it starts with '=', '+', '-' or
  /// '@'; see to_cell_text for what is cleaned and cut.
  void write_text(Row row, Column column, std::string_view text, const Format& format = {});
  /// Writes a finite number.
  void write_number(Row row, Column column, double value, const Format& format = {});
  /// Writes a real date (a serial number); the format's number format defaults to "yyyy-mm-dd".
  void write_date(Row row, Column column, std::chrono::year_month_day date,
                  const Format& format = {});
  /// Writes a formula (US-English syntax, no leading '=' needed) with the number it evaluates to,
  /// which LibreOffice shows without recalculating.
  void write_formula(Row row, Column column, std::string_view formula, double cached_value,
                     const Format& format = {});
  /// Writes a formula that evaluates to text, with that text as its cached result.
  void write_formula_text(Row row, Column column, std::string_view formula,
                          std::string_view cached_text, const Format& format = {});
  /// Writes an empty cell that carries a format (a fill, a border, an unlocked input cell).
  void write_blank(Row row, Column column, const Format& format);
  /// Writes user text as a link to cell A1 of `target`; underlined and blue unless `format` sets
  /// a font colour.
  void write_link(Row row, Column column, const Worksheet& target, std::string_view text,
                  Format format = {});
  /// Merges `range` into one cell holding user text (a title); a one-cell range is just written.
  /// Merged ranges must not overlap.
  void merge_text(const Range& range, std::string_view text, const Format& format = {});

  /// Sets the width of columns first..last, in characters of the default font.
  void set_column_width(Column first, Column last, double width);
  /// Sets the height of a row, in points.
  void set_row_height(Row row, double height);
  /// Keeps the top `rows` and the left `columns` in view while scrolling.
  void freeze_panes(Row rows, Column columns);
  /// Adds filter buttons to the first row of `range`.
  void autofilter(const Range& range);
  /// Makes `range` an Excel table (filter buttons, banded rows, a name formulas can use): its
  /// first row gets `column_headers` as text (one per column, non-empty, unique ignoring case, as
  /// Excel requires), the rows below are its data (at least one). Not available in
  /// WriteMode::row_order (libxlsxwriter cannot write tables there); use autofilter instead.
  void add_table(const Range& range, std::span<const std::string> column_headers,
                 const TableOptions& options = {});

  /// Restricts `range` to one of `choices` (user text). Lists that do not fit inline (longer than
  /// kMaxInlineListLength, or holding a comma or quote) are written to a hidden sheet and referred
  /// to.
  void add_list_validation(const Range& range, std::span<const std::string> choices);
  /// Restricts `range` to the values `source` yields: a range (Workbook::store_list) or a formula
  /// choosing one (`IF($B$6="x",'Lists'!$B$1:$B$2,'Lists'!$C$1:$C$2)`), in US syntax, without '='.
  /// `source` is tenderkit's own text, never user text. `error` (user text, cut to 255
  /// characters) is what Excel and LibreOffice show when another value is typed.
  void add_list_validation_source(const Range& range, std::string_view source,
                                  std::string_view error = {});
  /// Allows in `range` only what makes `formula` true (relative to the range's top-left cell, US
  /// syntax, without '='); `error` as in add_list_validation_source. A blank cell stays allowed.
  void add_custom_validation(const Range& range, std::string_view formula,
                             std::string_view error = {});
  /// Formats the cells of `range` for which `formula` (relative to the range's top-left cell,
  /// e.g. "$C2>10") is true.
  void add_conditional_format(const Range& range, std::string_view formula, const Format& format);

  /// Prints in landscape orientation.
  void set_landscape();
  /// Prints all columns on one page width, as many pages tall as needed.
  void fit_to_width();
  /// Repeats rows first..last at the top of every printed page.
  void repeat_rows(Row first, Row last);
  /// Prints only `range`.
  void set_print_area(const Range& range);
  /// Sets the printed page header in Excel's codes (&P page, &N pages, &A sheet name, &L/&C/&R
  /// sections), at most kMaxHeaderFooterLength characters; pass user text through
  /// header_footer_text.
  void set_header(std::string_view header);
  /// Sets the printed page footer, as set_header.
  void set_footer(std::string_view footer);

  /// Hides the sheet; the first sheet cannot be hidden.
  void hide();
  /// Protects the sheet without a password: only cells written with Format::unlocked can be
  /// edited; column widths and row heights stay adjustable. (Users cannot sort or filter a
  /// protected sheet, whatever the options say.)
  void protect();

 private:
  friend class Workbook;
  Worksheet(detail::WorkbookState* book, detail::SheetState* sheet) : book_(book), sheet_(sheet) {}

  detail::WorkbookState* book_;
  detail::SheetState* sheet_;
};

/// How a Workbook holds its cells until close().
enum class WriteMode {
  /// Every cell of every sheet stays in memory until close(); rows may be written in any order.
  in_memory,
  /// libxlsxwriter's constant-memory mode: a sheet's row goes to a temporary file as soon as a
  /// later row of that sheet is written, so memory stays flat however large the sheets are. Each
  /// sheet must be written in row order (the cells of one row in any order; a row height or a
  /// merged range counts as writing its rows): a call that goes back to an earlier row is an
  /// error that close() reports, and nothing is written. Text is stored in the cells (inline
  /// strings) instead of once in a shared table, so the file is somewhat larger.
  row_order,
};

/// An .xlsx file being written. The content goes to a temporary file beside the target, which
/// replaces the target only when close() succeeds: a failure never leaves a partial file nor
/// damages the previous one. Destroying a workbook that was not closed discards it.
class Workbook {
 public:
  /// Starts a workbook for `target`; an output error when the target's directory is not writable.
  static Result<Workbook> create(const std::filesystem::path& target,
                                 const DocumentProperties& properties,
                                 WriteMode mode = WriteMode::in_memory);

  Workbook(Workbook&& other) noexcept;
  Workbook& operator=(Workbook&& other) noexcept;
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;
  ~Workbook();

  /// Adds a sheet named after `desired_name`, made valid and unique with make_sheet_name.
  Worksheet add_worksheet(std::string_view desired_name);

  /// Writes `choices` (user text) to a column of the hidden list sheet that add_list_validation
  /// uses for long lists, and returns its absolute range ("'Lists'!$B$1:$B$3") for
  /// Worksheet::add_list_validation_source. In WriteMode::row_order only one list fits.
  std::string store_list(std::span<const std::string> choices);

  /// How many cells had their text cut to kMaxCellTextLength so far (close() warns of them).
  std::size_t truncated_cell_count() const;

  const std::filesystem::path& target() const;

  /// Writes the file and moves it over the target; the first error of any earlier call, or an
  /// output error naming the target. The workbook cannot be used afterwards. Returns what the
  /// user should know about the file written (cells cut to kMaxCellTextLength, at the target),
  /// for the command to show: nothing here prints, and libxlsxwriter's own messages are kept
  /// from standard error.
  Result<std::vector<Warning>> close();

 private:
  explicit Workbook(std::unique_ptr<detail::WorkbookState> state);

  std::unique_ptr<detail::WorkbookState> state_;
};

}  // namespace tenderkit::xlsx
