// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/core/words.hpp>
#include <tenderkit/xlsx/wording.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <type_traits>
#include <unordered_set>
#include <vector>

// LC_NUMERIC must stay "C": libxlsxwriter writes numbers with printf, and a decimal-comma locale
// (nl_NL) would put "0,5" into the XML. Never call setlocale in tenderkit.

namespace tenderkit::xlsx {

namespace detail {

struct SheetState {
  lxw_worksheet* sheet = nullptr;  ///< null when adding the sheet failed
  std::string name;
  std::size_t index = 0;
  std::vector<Range> merged;    ///< Excel calls a file with overlapping merges corrupt
  std::optional<Row> last_row;  ///< the bottom-most row written so far (WriteMode::row_order)
  std::vector<Range> tables;    ///< Excel calls a file with overlapping tables corrupt
};

struct WorkbookState {
  std::filesystem::path target;
  std::optional<AtomicFile> file;
  lxw_workbook* book = nullptr;
  WriteMode mode = WriteMode::in_memory;
  std::vector<std::unique_ptr<SheetState>> sheets;
  std::vector<std::string> sheet_names;
  std::unordered_set<std::u32string> folded_sheet_names;  ///< sheet_names case-folded
  std::map<Format, lxw_format*> cell_formats;
  std::map<Format, lxw_format*> conditional_formats;
  std::optional<Error> first_error;
  std::size_t truncated_cells = 0;
  SheetState* list_sheet = nullptr;  ///< hidden sheet holding long validation lists
  Column list_sheet_columns = 0;
  std::vector<std::string> table_names;  ///< Excel's table names are unique in a workbook
  bool closed = false;

  WorkbookState() = default;
  WorkbookState(const WorkbookState&) = delete;
  WorkbookState& operator=(const WorkbookState&) = delete;
  ~WorkbookState() {
    if (book != nullptr) {
      lxw_workbook_free(book);  // discards without writing; the AtomicFile removes the temporary
    }
  }
};

}  // namespace detail

namespace {

using detail::SheetState;
using detail::WorkbookState;

using text::append_utf8;
using text::decode_utf8;
using text::kReplacementCharacter;
constexpr char32_t kReplacement = kReplacementCharacter;

// Characters XML 1.0 cannot hold: control characters but tab, newline and carriage return.
// (Surrogates never come out of decode_utf8.)
bool is_dropped_control(char32_t c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

// U+FFFE and U+FFFF are not characters in XML 1.0 either, but dropping them would hide that
// something was there.
char32_t xml_safe(char32_t c) {
  return (c == 0xFFFE || c == 0xFFFF) ? kReplacement : c;
}

std::size_t utf16_units(char32_t c) {
  return c >= 0x10000 ? 2 : 1;
}

// The code points of `s`, cleaned for XML as to_cell_text does but neither escaped nor cut.
// A byte that is no UTF-8 becomes the text \xNN, as in every other output (docs/limits.md).
std::u32string decode_clean(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = decode_utf8(s, i);
    if (c == text::kReplacementCharacter && i - start != 3) {
      static constexpr char32_t kHex[] = U"0123456789ABCDEF";
      const auto byte = static_cast<unsigned char>(s[start]);
      out += U"\\x";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    } else if (!is_dropped_control(c)) {
      out += xml_safe(c);
    }
  }
  return out;
}

std::string encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) {
    append_utf8(out, c);
  }
  return out;
}

// True when every byte is printable ASCII, tab, newline or carriage return: text that cleaning
// leaves as it is. Most cell text is (ids, formulas, much prose), and decoding it code point by
// code point took a tenth of the time of writing a large workbook (bench/run-score.sh).
bool is_plain_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte >= 0x20 && byte < 0x80) || c == '\t' || c == '\n' || c == '\r';
  });
}

// Text for places other than cells (properties, headers, list items, formulas): clean, not cut.
std::string clean_text(std::string_view s) {
  if (is_plain_ascii(s)) {
    return std::string(s);
  }
  return encode(decode_clean(s));
}

bool is_hex_digit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Excel decodes "_xHHHH_" in cell text as the character U+HHHH; a literal one must be escaped.
bool starts_excel_escape(std::string_view s, std::size_t i) {
  if (i + 7 > s.size() || s[i] != '_' || s[i + 1] != 'x' || s[i + 6] != '_') {
    return false;
  }
  return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i) + 2,
                     s.begin() + static_cast<std::ptrdiff_t>(i) + 6, is_hex_digit);
}

// Excel compares sheet names case-insensitively; folding two names together that Excel would
// keep apart only costs an unneeded " (2)", so erring towards folding is safe. Normalised too
// (text::fold_case), so "Pré" typed in NFC and in NFD are one name.
std::u32string folded(std::u32string_view s) {
  return text::decode_utf8(text::fold_case(text::encode_utf8(s)));
}

bool is_trimmed_at_ends(char32_t c) {
  return c == ' ' || c == '\'';
}

void trim_ends(std::u32string& s) {
  while (!s.empty() && is_trimmed_at_ends(s.back())) {
    s.pop_back();
  }
  std::size_t first = 0;
  while (first < s.size() && is_trimmed_at_ends(s[first])) {
    ++first;
  }
  s.erase(0, first);
}

// `base` cut so that it and `suffix` fit a sheet name together.
std::u32string fit_sheet_name(std::u32string_view base, std::u32string_view suffix) {
  const std::size_t budget = kMaxSheetNameLength - suffix.size();  // the suffix is ASCII
  std::u32string out;
  std::size_t units = 0;
  for (char32_t c : base) {
    if (units + utf16_units(c) > budget) {
      break;
    }
    units += utf16_units(c);
    out += c;
  }
  trim_ends(out);
  out += suffix;
  return out;
}

// " (2)", " (3)", ...: what makes a sheet name unique.
std::string number_suffix(std::size_t number) {
  return fmt::format(" ({})", number);
}

// make_sheet_name with the taken names given by `is_taken`, which gets a case-folded candidate.
template <typename IsTaken>
std::u32string unique_sheet_name(std::string_view desired, const IsTaken& is_taken) {
  std::u32string name;
  for (char32_t c : decode_clean(desired)) {
    switch (c) {
      case '[':
        name += U'(';
        break;
      case ']':
        name += U')';
        break;
      case ':':
      case '*':
      case '?':
      case '/':
      case '\\':
        name += U'-';
        break;
      case '\t':
      case '\n':
      case '\r':
        name += U' ';
        break;
      default:
        name += c;
    }
  }
  trim_ends(name);
  if (name.empty()) {
    name = U"Sheet";
  }

  const auto taken = [&](const std::u32string& candidate) {
    const std::u32string key = folded(candidate);
    return key == U"history" || is_taken(key);  // "History" is reserved by Excel
  };
  std::u32string candidate = fit_sheet_name(name, U"");
  for (std::size_t number = 2; taken(candidate); ++number) {
    const std::string suffix = number_suffix(number);
    candidate = fit_sheet_name(name, std::u32string(suffix.begin(), suffix.end()));
  }
  return candidate;
}

lxw_color_t to_lxw_color(Rgb rgb) {
  rgb &= 0xFFFFFF;
  // libxlsxwriter reads 0 as "no colour"; black has its own value.
  return rgb == 0 ? static_cast<lxw_color_t>(LXW_COLOR_BLACK) : rgb;
}

lxw_format* make_lxw_format(lxw_workbook* book, const Format& format) {
  lxw_format* out = workbook_add_format(book);
  if (out == nullptr) {
    return nullptr;
  }
  if (format.bold) {
    format_set_bold(out);
  }
  if (format.italic) {
    format_set_italic(out);
  }
  if (format.underline) {
    format_set_underline(out, LXW_UNDERLINE_SINGLE);
  }
  if (format.font_size > 0) {
    format_set_font_size(out, format.font_size);
  }
  if (format.font_color) {
    format_set_font_color(out, to_lxw_color(*format.font_color));
  }
  if (format.fill_color) {
    format_set_pattern(out, LXW_PATTERN_SOLID);
    format_set_bg_color(out, to_lxw_color(*format.fill_color));
  }
  switch (format.border) {
    case Border::none:
      break;
    case Border::thin:
      format_set_border(out, LXW_BORDER_THIN);
      break;
    case Border::medium:
      format_set_border(out, LXW_BORDER_MEDIUM);
      break;
  }
  if (format.wrap) {
    format_set_text_wrap(out);
  }
  switch (format.align) {
    case Align::general:
      break;
    case Align::left:
      format_set_align(out, LXW_ALIGN_LEFT);
      break;
    case Align::center:
      format_set_align(out, LXW_ALIGN_CENTER);
      break;
    case Align::right:
      format_set_align(out, LXW_ALIGN_RIGHT);
      break;
  }
  switch (format.vertical_align) {
    case VerticalAlign::bottom:
      break;
    case VerticalAlign::top:
      format_set_align(out, LXW_ALIGN_VERTICAL_TOP);
      break;
    case VerticalAlign::center:
      format_set_align(out, LXW_ALIGN_VERTICAL_CENTER);
      break;
  }
  if (!format.number_format.empty()) {
    format_set_num_format(out, clean_text(format.number_format).c_str());
  }
  if (format.unlocked) {
    format_set_unlocked(out);
  }
  return out;
}

// The one lxw_format for a description; null (the default style) for the default description.
lxw_format* lookup_format(WorkbookState& book, const Format& format, bool conditional = false) {
  if (!conditional && format == Format{}) {
    return nullptr;
  }
  auto& cache = conditional ? book.conditional_formats : book.cell_formats;
  const auto found = cache.find(format);
  if (found != cache.end()) {
    return found->second;
  }
  lxw_format* made = make_lxw_format(book.book, format);
  cache.emplace(format, made);
  return made;
}

void record_error(WorkbookState& book, std::string problem) {
  if (!book.first_error) {
    book.first_error = Error::output(
        wording::say(core::words::cannot_write, {wording::text("path", book.target.string()),
                                                 wording::text("reason", std::move(problem))}));
  }
}

void record_error(WorkbookState& book, const SheetState& sheet, std::string_view place,
                  std::string_view problem) {
  record_error(book, fmt::format("sheet '{}', {}: {}", sheet.name, place, problem));
}

std::string describe(lxw_error error) {
  std::string text = lxw_strerror(error);
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

// Records a libxlsxwriter error; true when there was none. `place` is a text, or a function that
// makes one and is called only on failure: formatting "cell B5" for every cell of a large
// workbook cost more than the check itself (bench/run-score.sh).
template <typename Place>
bool check(WorkbookState& book, const SheetState& sheet, const Place& place, lxw_error error) {
  if (error == LXW_NO_ERROR) {
    return true;
  }
  if constexpr (std::is_invocable_v<const Place&>) {
    record_error(book, sheet, place(), describe(error));
  } else {
    record_error(book, sheet, place, describe(error));
  }
  return false;
}

std::string cell_place(Row row, Column column) {
  return "cell " + cell_reference(row, column);
}

// "cell B5", made only when a check fails.
auto at_cell(Row row, Column column) {
  return [row, column] { return cell_place(row, column); };
}

std::string range_place(const Range& range) {
  return "range " + range_reference(range);
}

// In row-order mode libxlsxwriter has already written out every row above the current one and
// rejects them with a vague "index out of range"; this says what went wrong instead. True when
// rows first..last may be written.
template <typename Place>
bool claim_rows(WorkbookState& book, SheetState& sheet, const Place& place, Row first, Row last) {
  if (book.mode != WriteMode::row_order) {
    return true;
  }
  if (sheet.last_row && first < *sheet.last_row) {
    std::string where;
    if constexpr (std::is_invocable_v<const Place&>) {
      where = place();
    } else {
      where = place;
    }
    record_error(book, sheet, where,
                 fmt::format("row {} comes after row {}, but this workbook is written in row "
                             "order (constant memory), top to bottom",
                             static_cast<std::uint64_t>(first) + 1,
                             static_cast<std::uint64_t>(*sheet.last_row) + 1));
    return false;
  }
  sheet.last_row = std::max(last, sheet.last_row.value_or(0));
  return true;
}

SheetState* add_sheet(WorkbookState& book, std::string_view desired_name) {
  auto state = std::make_unique<SheetState>();
  // Each name is folded once, not again for every later sheet (quadratic with 1,000 annexes).
  const std::u32string name = unique_sheet_name(desired_name, [&](const std::u32string& candidate) {
    return book.folded_sheet_names.count(candidate) > 0;
  });
  book.folded_sheet_names.insert(folded(name));
  state->name = encode(name);
  state->index = book.sheets.size();
  if (book.book != nullptr && !book.closed) {
    state->sheet = workbook_add_worksheet(book.book, state->name.c_str());
    if (state->sheet == nullptr) {
      record_error(book, fmt::format("cannot add sheet '{}'", state->name));
    } else {
      worksheet_set_paper(state->sheet, 9);  // A4, the paper of Dutch municipalities
    }
  }
  book.sheet_names.push_back(state->name);
  book.sheets.push_back(std::move(state));
  return book.sheets.back().get();
}

// Writes `choices` into a fresh column of the hidden list sheet; the absolute reference to them.
std::string store_list(WorkbookState& book, std::span<const std::string> choices) {
  if (book.list_sheet == nullptr) {
    book.list_sheet = add_sheet(book, "Lists");
    if (book.list_sheet->sheet != nullptr) {
      worksheet_hide(book.list_sheet->sheet);
    }
  }
  SheetState& lists = *book.list_sheet;
  const Column column = book.list_sheet_columns++;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const Row row = static_cast<Row>(i);
    const CellText cell = to_cell_text(choices[i]);
    if (cell.truncated) {
      ++book.truncated_cells;
    }
    if (lists.sheet != nullptr && claim_rows(book, lists, at_cell(row, column), row, row)) {
      check(book, lists, at_cell(row, column),
            worksheet_write_string(lists.sheet, row, column, cell.text.c_str(), nullptr));
    }
  }
  const Range stored{0, column, static_cast<Row>(choices.size() - 1), column};
  return "=" + quoted_sheet_name(lists.name) + "!" + range_reference(stored, true);
}

}  // namespace

CellText to_cell_text(std::string_view given) {
  // Plain ASCII without "_x" needs no cleaning or escaping, and counts one unit per byte.
  if (given.size() <= kMaxCellTextLength && is_plain_ascii(given) &&
      given.find("_x") == std::string_view::npos) {
    return {std::string(given), false};
  }
  // A byte that is no UTF-8 becomes the text \xNN, as in every other output (docs/limits.md).
  const std::string valid = text::escape_invalid_utf8(given);
  const std::string_view text = valid;
  CellText result;
  result.text.reserve(std::min(text.size(), kMaxCellTextLength * 4));
  std::size_t shown_units = 0;  // what Excel counts against its limit
  std::size_t code_points = 0;  // what libxlsxwriter counts, escapes included
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = xml_safe(decode_utf8(text, i));
    if (is_dropped_control(c)) {
      continue;
    }
    const bool escape = starts_excel_escape(text, start);
    const std::size_t written = escape ? 7 : 1;  // "_x005F_" stands for the underscore
    if (shown_units + utf16_units(c) > kMaxCellTextLength ||
        code_points + written > kMaxCellTextLength) {
      result.truncated = true;
      break;
    }
    shown_units += utf16_units(c);
    code_points += written;
    if (escape) {
      result.text += "_x005F_";
    } else {
      append_utf8(result.text, c);
    }
  }
  return result;
}

std::string make_sheet_name(std::string_view desired, std::span<const std::string> taken) {
  std::vector<std::u32string> taken_folded;
  taken_folded.reserve(taken.size());
  for (const std::string& other : taken) {
    taken_folded.push_back(folded(decode_clean(other)));
  }
  return encode(unique_sheet_name(desired, [&](const std::u32string& candidate) {
    return std::find(taken_folded.begin(), taken_folded.end(), candidate) != taken_folded.end();
  }));
}

std::optional<double> excel_date_serial(std::chrono::year_month_day date) {
  using namespace std::chrono;
  if (!date.ok() || date < year_month_day{year{1900}, January, day{1}} ||
      date > year_month_day{year{9999}, December, day{31}}) {
    return std::nullopt;
  }
  // Serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was (Lotus 1-2-3's bug).
  int serial = (sys_days{date} - sys_days{year{1899} / December / 31}).count();
  if (date >= year_month_day{year{1900}, March, day{1}}) {
    ++serial;
  }
  return static_cast<double>(serial);
}

std::string cell_reference(Row row, Column column, bool absolute) {
  std::string letters;
  for (std::uint32_t n = static_cast<std::uint32_t>(column) + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  const std::string_view dollar = absolute ? "$" : "";
  return fmt::format("{}{}{}{}", dollar, letters, dollar, static_cast<std::uint64_t>(row) + 1);
}

std::string range_reference(const Range& range, bool absolute) {
  const std::string first = cell_reference(range.first_row, range.first_column, absolute);
  if (range.first_row == range.last_row && range.first_column == range.last_column) {
    return first;
  }
  return first + ":" + cell_reference(range.last_row, range.last_column, absolute);
}

std::string quoted_sheet_name(std::string_view sheet_name) {
  std::string out = "'";
  for (char c : sheet_name) {
    out += c;
    if (c == '\'') {
      out += '\'';
    }
  }
  return out + "'";
}

double wrapped_row_height(std::string_view text, double column_width) {
  constexpr double kLineHeight = 15.0;
  // Word wrapping leaves the ends of lines short, so a line holds a little less than the width.
  const double characters_per_line = std::max(1.0, column_width - 2.0);
  double lines = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const auto length = static_cast<double>(text::utf8_length(text.substr(start, end - start)));
    lines += std::max(1.0, std::ceil(length / characters_per_line));
    start = end + 1;
  }
  return lines * kLineHeight;
}

std::string header_footer_text(std::string_view text) {
  std::string out;
  for (char c : clean_text(text)) {
    out += c;
    if (c == '&') {
      out += '&';
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Worksheet

namespace {

// True when the handle may still write: its workbook is open and the sheet was added.
bool usable(const WorkbookState* book, const SheetState* sheet) {
  return book != nullptr && !book->closed && book->book != nullptr && sheet->sheet != nullptr;
}

}  // namespace

const std::string& Worksheet::name() const {
  return sheet_->name;
}

void Worksheet::write_text(Row row, Column column, std::string_view text, const Format& format) {
  if (!usable(book_, sheet_)) {
    return;
  }
  if (!claim_rows(*book_, *sheet_, at_cell(row, column), row, row)) {
    return;
  }
  const CellText cell = to_cell_text(text);
  if (cell.truncated) {
    ++book_->truncated_cells;
  }
  check(*book_, *sheet_, at_cell(row, column),
        worksheet_write_string(sheet_->sheet, row, column, cell.text.c_str(),
                               lookup_format(*book_, format)));
}

void Worksheet::write_number(Row row, Column column, double value, const Format& format) {
  if (!usable(book_, sheet_)) {
    return;
  }
  if (!std::isfinite(value)) {
    record_error(*book_, *sheet_, cell_place(row, column), "a cell cannot hold an infinite or NaN");
    return;
  }
  if (!claim_rows(*book_, *sheet_, at_cell(row, column), row, row)) {
    return;
  }
  check(*book_, *sheet_, at_cell(row, column),
        worksheet_write_number(sheet_->sheet, row, column, value, lookup_format(*book_, format)));
}

void Worksheet::write_date(Row row, Column column, std::chrono::year_month_day date,
                           const Format& format) {
  if (!usable(book_, sheet_)) {
    return;
  }
  const std::optional<double> serial = excel_date_serial(date);
  if (!serial) {
    record_error(*book_, *sheet_, cell_place(row, column),
                 "Excel holds only valid dates from 1900-01-01 to 9999-12-31");
    return;
  }
  Format dated = format;
  if (dated.number_format.empty()) {
    dated.number_format = "yyyy-mm-dd";
  }
  write_number(row, column, *serial, dated);
}

void Worksheet::write_formula(Row row, Column column, std::string_view formula, double cached_value,
                              const Format& format) {
  if (!usable(book_, sheet_)) {
    return;
  }
  if (!std::isfinite(cached_value)) {
    record_error(*book_, *sheet_, cell_place(row, column),
                 "a formula's cached value cannot be infinite or NaN");
    return;
  }
  if (!claim_rows(*book_, *sheet_, at_cell(row, column), row, row)) {
    return;
  }
  check(*book_, *sheet_, at_cell(row, column),
        worksheet_write_formula_num(sheet_->sheet, row, column, clean_text(formula).c_str(),
                                    lookup_format(*book_, format), cached_value));
}

void Worksheet::write_formula_text(Row row, Column column, std::string_view formula,
                                   std::string_view cached_text, const Format& format) {
  if (!usable(book_, sheet_)) {
    return;
  }
  if (!claim_rows(*book_, *sheet_, at_cell(row, column), row, row)) {
    return;
  }
  const CellText cached = to_cell_text(cached_text);
  if (cached.truncated) {
    ++book_->truncated_cells;
  }
  check(*book_, *sheet_, at_cell(row, column),
        worksheet_write_formula_str(sheet_->sheet, row, column, clean_text(formula).c_str(),
                                    lookup_format(*book_, format), cached.text.c_str()));
}

void Worksheet::write_blank(Row row, Column column, const Format& format) {
  if (!usable(book_, sheet_) || !claim_rows(*book_, *sheet_, at_cell(row, column), row, row)) {
    return;
  }
  check(*book_, *sheet_, at_cell(row, column),
        worksheet_write_blank(sheet_->sheet, row, column, lookup_format(*book_, format)));
}

void Worksheet::write_link(Row row, Column column, const Worksheet& target, std::string_view text,
                           Format format) {
  if (!usable(book_, sheet_) || !claim_rows(*book_, *sheet_, at_cell(row, column), row, row)) {
    return;
  }
  if (!format.font_color) {
    format.font_color = 0x0563C1;  // Excel's hyperlink blue
    format.underline = true;
  }
  const CellText cell = to_cell_text(text);
  if (cell.truncated) {
    ++book_->truncated_cells;
  }
  const std::string url = "internal:" + quoted_sheet_name(target.name()) + "!A1";
  check(*book_, *sheet_, at_cell(row, column),
        worksheet_write_url_opt(sheet_->sheet, row, column, url.c_str(),
                                lookup_format(*book_, format), cell.text.c_str(), nullptr));
}

void Worksheet::merge_text(const Range& range, std::string_view text, const Format& format) {
  if (!usable(book_, sheet_)) {
    return;
  }
  if (range.first_row == range.last_row && range.first_column == range.last_column) {
    write_text(range.first_row, range.first_column, text, format);
    return;
  }
  for (const Range& other : sheet_->merged) {
    if (range.first_row <= other.last_row && other.first_row <= range.last_row &&
        range.first_column <= other.last_column && other.first_column <= range.last_column) {
      record_error(*book_, *sheet_, range_place(range),
                   "overlaps the merged range " + range_reference(other));
      return;
    }
  }
  // The merged cells below the first row are written too (with the format's blanks).
  if (!claim_rows(*book_, *sheet_, range_place(range), range.first_row, range.last_row)) {
    return;
  }
  sheet_->merged.push_back(range);
  const CellText cell = to_cell_text(text);
  if (cell.truncated) {
    ++book_->truncated_cells;
  }
  check(*book_, *sheet_, range_place(range),
        worksheet_merge_range(sheet_->sheet, range.first_row, range.first_column, range.last_row,
                              range.last_column, cell.text.c_str(), lookup_format(*book_, format)));
}

void Worksheet::set_column_width(Column first, Column last, double width) {
  if (!usable(book_, sheet_)) {
    return;
  }
  check(*book_, *sheet_, fmt::format("columns {}-{}", first, last),
        worksheet_set_column(sheet_->sheet, first, last, width, nullptr));
}

void Worksheet::set_row_height(Row row, double height) {
  if (!usable(book_, sheet_)) {
    return;
  }
  const auto place = [row] { return fmt::format("row {}", static_cast<std::uint64_t>(row) + 1); };
  if (!claim_rows(*book_, *sheet_, place, row, row)) {
    return;
  }
  check(*book_, *sheet_, place, worksheet_set_row(sheet_->sheet, row, height, nullptr));
}

void Worksheet::freeze_panes(Row rows, Column columns) {
  if (!usable(book_, sheet_)) {
    return;
  }
  worksheet_freeze_panes(sheet_->sheet, rows, columns);
}

void Worksheet::autofilter(const Range& range) {
  if (!usable(book_, sheet_)) {
    return;
  }
  check(*book_, *sheet_, range_place(range),
        worksheet_autofilter(sheet_->sheet, range.first_row, range.first_column, range.last_row,
                             range.last_column));
}

namespace {

bool overlaps(const Range& a, const Range& b) {
  return a.first_row <= b.last_row && b.first_row <= a.last_row &&
         a.first_column <= b.last_column && b.first_column <= a.last_column;
}

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

// Excel refuses a table name that reads as a cell reference: "AB12" (A1 style), or "R1C1", "R2",
// "C" (R1C1 style).
bool looks_like_cell_reference(std::string_view name) {
  std::size_t letters = 0;
  while (letters < name.size() && is_ascii_letter(name[letters])) {
    ++letters;
  }
  if (letters >= 1 && letters <= 3 && letters < name.size() &&
      std::all_of(name.begin() + static_cast<std::ptrdiff_t>(letters), name.end(),
                  is_ascii_digit)) {
    return true;
  }
  std::size_t i = 0;
  const auto skip_digits = [&] {
    while (i < name.size() && is_ascii_digit(name[i])) {
      ++i;
    }
  };
  if (i < name.size() && (name[i] == 'R' || name[i] == 'r')) {
    ++i;
    skip_digits();
  }
  if (i < name.size() && (name[i] == 'C' || name[i] == 'c')) {
    ++i;
    skip_digits();
  }
  return i > 0 && i == name.size();
}

// Why Excel would refuse `name` for a table; empty when it accepts it.
std::string table_name_problem(std::string_view name) {
  if (name.empty() || name.size() > 255) {
    return "a table name has 1 to 255 characters";
  }
  const bool valid_characters =
      (is_ascii_letter(name.front()) || name.front() == '_') &&
      std::all_of(name.begin(), name.end(), [](char c) {
        return is_ascii_letter(c) || is_ascii_digit(c) || c == '_' || c == '.';
      });
  if (!valid_characters) {
    return "a table name holds only letters, digits, '_' and '.', and starts with a letter or '_'";
  }
  if (looks_like_cell_reference(name)) {
    return "a table name cannot look like a cell reference";
  }
  return {};
}

struct TableStyle {
  std::uint8_t type = LXW_TABLE_STYLE_TYPE_DEFAULT;
  std::uint8_t number = 0;
};

std::optional<TableStyle> parse_table_style(std::string_view style) {
  if (style == "TableStyleNone") {
    return TableStyle{LXW_TABLE_STYLE_TYPE_LIGHT, 0};  // libxlsxwriter's way to say "none"
  }
  constexpr std::string_view kPrefix = "TableStyle";
  if (!style.starts_with(kPrefix)) {
    return std::nullopt;
  }
  style.remove_prefix(kPrefix.size());
  struct Family {
    std::string_view name;
    std::uint8_t type;
    int count;
  };
  const Family families[] = {{"Light", LXW_TABLE_STYLE_TYPE_LIGHT, 21},
                             {"Medium", LXW_TABLE_STYLE_TYPE_MEDIUM, 28},
                             {"Dark", LXW_TABLE_STYLE_TYPE_DARK, 11}};
  for (const Family& family : families) {
    if (!style.starts_with(family.name)) {
      continue;
    }
    const std::string_view digits = style.substr(family.name.size());
    if (digits.empty() || digits.size() > 2 || digits.front() == '0' ||
        !std::all_of(digits.begin(), digits.end(), is_ascii_digit)) {
      return std::nullopt;
    }
    const int number = std::stoi(std::string(digits));
    if (number > family.count) {
      return std::nullopt;
    }
    return TableStyle{family.type, static_cast<std::uint8_t>(number)};
  }
  return std::nullopt;
}

}  // namespace

void Worksheet::add_table(const Range& range, std::span<const std::string> column_headers,
                          const TableOptions& options) {
  if (!usable(book_, sheet_)) {
    return;
  }
  WorkbookState& book = *book_;
  const std::string place = range_place(range);
  if (book.mode == WriteMode::row_order) {
    record_error(book, *sheet_, place,
                 "libxlsxwriter cannot write a table in a workbook written in row order "
                 "(constant memory); use autofilter");
    return;
  }
  if (range.last_row <= range.first_row || range.last_column < range.first_column) {
    record_error(book, *sheet_, place, "a table needs a header row and at least one data row");
    return;
  }
  const std::size_t column_count =
      static_cast<std::size_t>(range.last_column - range.first_column) + 1;
  if (column_headers.size() != column_count) {
    record_error(book, *sheet_, place,
                 fmt::format("a table of {} columns needs {} column headers, not {}", column_count,
                             column_count, column_headers.size()));
    return;
  }

  std::string name = options.name;
  const auto is_taken = [&](const std::string& candidate) {
    const std::string folded_candidate = text::fold_case(candidate);
    return std::any_of(
        book.table_names.begin(), book.table_names.end(),
        [&](const std::string& other) { return text::fold_case(other) == folded_candidate; });
  };
  for (std::size_t number = book.table_names.size() + 1; name.empty(); ++number) {
    const std::string candidate = fmt::format("Table{}", number);
    if (!is_taken(candidate)) {
      name = candidate;
    }
  }
  if (const std::string problem = table_name_problem(name); !problem.empty()) {
    record_error(book, *sheet_, place,
                 fmt::format("table name '{}': {}", clean_text(name), problem));
    return;
  }
  if (is_taken(name)) {
    record_error(book, *sheet_, place,
                 fmt::format("table name '{}' is used twice (Excel ignores case)", name));
    return;
  }
  const std::optional<TableStyle> style = parse_table_style(options.style);
  if (!style) {
    record_error(book, *sheet_, place,
                 fmt::format("'{}' is not one of Excel's table styles", clean_text(options.style)));
    return;
  }
  for (const Range& other : sheet_->merged) {
    if (overlaps(range, other)) {
      record_error(book, *sheet_, place,
                   "a table overlaps the merged range " + range_reference(other));
      return;
    }
  }
  for (const Range& other : sheet_->tables) {
    if (overlaps(range, other)) {
      record_error(book, *sheet_, place, "a table overlaps the table at " + range_reference(other));
      return;
    }
  }

  // Excel repairs a file whose header cells differ from the table's column names, so both are
  // made from the same cleaned text (libxlsxwriter writes the header cells itself).
  std::vector<std::string> headers;
  std::vector<std::string> folded_headers;
  headers.reserve(column_count);
  for (std::size_t i = 0; i < column_count; ++i) {
    CellText cell = to_cell_text(column_headers[i]);
    std::replace_if(
        cell.text.begin(), cell.text.end(),
        [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    std::string problem;
    if (cell.text.find_first_not_of(' ') == std::string::npos) {
      problem = "is empty";
    } else if (cell.truncated || decode_clean(cell.text).size() > 255) {
      problem = "holds more than 255 characters";
    } else if (std::find(folded_headers.begin(), folded_headers.end(),
                         text::fold_case(cell.text)) != folded_headers.end()) {
      problem = fmt::format("'{}' is used twice (Excel ignores case)", cell.text);
    }
    if (!problem.empty()) {
      record_error(book, *sheet_, place, fmt::format("table column header {} {}", i + 1, problem));
      return;
    }
    folded_headers.push_back(text::fold_case(cell.text));
    headers.push_back(std::move(cell.text));
  }
  lxw_format* header_format = lookup_format(book, options.header_format);
  std::vector<lxw_table_column> columns(column_count);
  std::vector<lxw_table_column*> column_pointers;
  for (std::size_t i = 0; i < column_count; ++i) {
    columns[i].header = headers[i].data();
    columns[i].header_format = header_format;
    column_pointers.push_back(&columns[i]);
  }
  column_pointers.push_back(nullptr);
  lxw_table_options table{};
  table.name = name.data();
  table.style_type = style->type;
  table.style_type_number = style->number;
  table.columns = column_pointers.data();
  if (check(book, *sheet_, place,
            worksheet_add_table(sheet_->sheet, range.first_row, range.first_column, range.last_row,
                                range.last_column, &table))) {
    book.table_names.push_back(std::move(name));
    sheet_->tables.push_back(range);
  }
}

void Worksheet::add_list_validation(const Range& range, std::span<const std::string> choices) {
  if (!usable(book_, sheet_)) {
    return;
  }
  if (choices.empty()) {
    record_error(*book_, *sheet_, range_place(range), "a list validation needs a choice");
    return;
  }
  std::vector<std::string> cleaned;
  std::size_t inline_bytes = choices.size() - 1;  // the commas; bytes, which is never fewer
  bool fits_inline = true;
  for (const std::string& choice : choices) {
    cleaned.push_back(clean_text(choice));
    inline_bytes += cleaned.back().size();
    fits_inline = fits_inline && !cleaned.back().empty() &&
                  cleaned.back().find_first_of(",\"") == std::string::npos;
  }
  fits_inline = fits_inline && inline_bytes <= kMaxInlineListLength;

  lxw_data_validation validation{};
  std::vector<char*> list;
  std::string formula;
  if (fits_inline) {
    for (std::string& choice : cleaned) {
      list.push_back(choice.data());
    }
    list.push_back(nullptr);
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = list.data();
  } else if (book_->mode == WriteMode::row_order && book_->list_sheet_columns > 0) {
    // Each list fills a column of the hidden sheet from its first row.
    record_error(*book_, *sheet_, range_place(range),
                 "only one validation list too long to write inline fits a workbook written in "
                 "row order (constant memory)");
    return;
  } else {
    formula = store_list(*book_, choices);
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = formula.data();
  }
  check(*book_, *sheet_, range_place(range),
        worksheet_data_validation_range(sheet_->sheet, range.first_row, range.first_column,
                                        range.last_row, range.last_column, &validation));
}

namespace {

// Excel refuses a validation message longer than 255 characters; libxlsxwriter then writes none.
void set_error_message(lxw_data_validation& validation, std::string& message,
                       std::string_view error) {
  if (error.empty()) {
    return;
  }
  const std::string cleaned = clean_text(error);
  message = std::string(text::utf8_prefix(cleaned, kMaxInlineListLength));
  validation.error_message = message.data();
  validation.show_error = LXW_VALIDATION_ON;
}

std::string with_equals(std::string_view formula) {
  std::string criteria = clean_text(formula);
  if (!criteria.empty() && criteria.front() != '=') {
    criteria.insert(criteria.begin(), '=');
  }
  return criteria;
}

}  // namespace

void Worksheet::add_list_validation_source(const Range& range, std::string_view source,
                                           std::string_view error) {
  if (!usable(book_, sheet_)) {
    return;
  }
  std::string formula = with_equals(source);
  if (formula.empty()) {
    record_error(*book_, *sheet_, range_place(range), "a list validation needs a source");
    return;
  }
  lxw_data_validation validation{};
  validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
  validation.value_formula = formula.data();
  std::string message;
  set_error_message(validation, message, error);
  check(*book_, *sheet_, range_place(range),
        worksheet_data_validation_range(sheet_->sheet, range.first_row, range.first_column,
                                        range.last_row, range.last_column, &validation));
}

void Worksheet::add_custom_validation(const Range& range, std::string_view formula,
                                      std::string_view error) {
  if (!usable(book_, sheet_)) {
    return;
  }
  std::string criteria = with_equals(formula);
  if (criteria.empty()) {
    record_error(*book_, *sheet_, range_place(range), "a custom validation needs a formula");
    return;
  }
  lxw_data_validation validation{};
  validation.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
  validation.value_formula = criteria.data();
  validation.ignore_blank = LXW_VALIDATION_ON;
  std::string message;
  set_error_message(validation, message, error);
  check(*book_, *sheet_, range_place(range),
        worksheet_data_validation_range(sheet_->sheet, range.first_row, range.first_column,
                                        range.last_row, range.last_column, &validation));
}

void Worksheet::add_conditional_format(const Range& range, std::string_view formula,
                                       const Format& format) {
  if (!usable(book_, sheet_)) {
    return;
  }
  std::string criteria = clean_text(formula);
  if (criteria.empty()) {
    record_error(*book_, *sheet_, range_place(range), "a conditional format needs a formula");
    return;
  }
  if (criteria.front() != '=') {
    criteria.insert(criteria.begin(), '=');
  }
  lxw_conditional_format conditional{};
  conditional.type = LXW_CONDITIONAL_TYPE_FORMULA;
  conditional.value_string = criteria.data();
  conditional.format = lookup_format(*book_, format, true);
  check(*book_, *sheet_, range_place(range),
        worksheet_conditional_format_range(sheet_->sheet, range.first_row, range.first_column,
                                           range.last_row, range.last_column, &conditional));
}

void Worksheet::set_landscape() {
  if (usable(book_, sheet_)) {
    worksheet_set_landscape(sheet_->sheet);
  }
}

void Worksheet::fit_to_width() {
  if (usable(book_, sheet_)) {
    worksheet_fit_to_pages(sheet_->sheet, 1, 0);
  }
}

void Worksheet::repeat_rows(Row first, Row last) {
  if (!usable(book_, sheet_)) {
    return;
  }
  check(*book_, *sheet_, "repeated rows", worksheet_repeat_rows(sheet_->sheet, first, last));
}

void Worksheet::set_print_area(const Range& range) {
  if (!usable(book_, sheet_)) {
    return;
  }
  check(*book_, *sheet_, "print area",
        worksheet_print_area(sheet_->sheet, range.first_row, range.first_column, range.last_row,
                             range.last_column));
}

namespace {

// Checked here rather than left to libxlsxwriter, which would print a warning.
bool fits_header_footer(WorkbookState& book, const SheetState& sheet, std::string_view place,
                        std::string_view text) {
  if (decode_clean(text).size() > kMaxHeaderFooterLength) {
    record_error(book, sheet, place,
                 fmt::format("holds more than {} characters", kMaxHeaderFooterLength));
    return false;
  }
  return true;
}

}  // namespace

void Worksheet::set_header(std::string_view header) {
  if (!usable(book_, sheet_) || !fits_header_footer(*book_, *sheet_, "page header", header)) {
    return;
  }
  check(*book_, *sheet_, "page header",
        worksheet_set_header(sheet_->sheet, clean_text(header).c_str()));
}

void Worksheet::set_footer(std::string_view footer) {
  if (!usable(book_, sheet_) || !fits_header_footer(*book_, *sheet_, "page footer", footer)) {
    return;
  }
  check(*book_, *sheet_, "page footer",
        worksheet_set_footer(sheet_->sheet, clean_text(footer).c_str()));
}

void Worksheet::hide() {
  if (!usable(book_, sheet_)) {
    return;
  }
  if (sheet_->index == 0) {
    record_error(*book_, *sheet_, "visibility", "the first sheet cannot be hidden");
    return;
  }
  worksheet_hide(sheet_->sheet);
}

void Worksheet::protect() {
  if (!usable(book_, sheet_)) {
    return;
  }
  lxw_protection options{};
  options.format_columns = LXW_TRUE;
  options.format_rows = LXW_TRUE;
  worksheet_protect(sheet_->sheet, nullptr, &options);
}

// ---------------------------------------------------------------------------------------------
// Workbook

Workbook::Workbook(std::unique_ptr<WorkbookState> state) : state_(std::move(state)) {}
Workbook::Workbook(Workbook&& other) noexcept = default;
Workbook& Workbook::operator=(Workbook&& other) noexcept = default;
Workbook::~Workbook() = default;

Result<Workbook> Workbook::create(const std::filesystem::path& target,
                                  const DocumentProperties& properties, WriteMode mode) {
  // A workbook is a zip: on a terminal it is noise that can upset the terminal, and never what
  // was meant. To a pipe or a redirected standard output it is written whole (AtomicFile builds it
  // in a temporary file and copies it there: libxlsxwriter's memory mode would hold the whole zip
  // in memory, and its constant-memory mode for large workbooks needs a file anyway).
  if (is_standard_output(target) && ::isatty(STDOUT_FILENO) == 1) {
    return Error(ErrorKind::usage, wording::label(words::not_to_terminal), std::nullopt,
                 wording::label(words::redirect));
  }
  Result<AtomicFile> file = AtomicFile::create(target);
  if (!file) {
    return file.error();
  }
  auto state = std::make_unique<WorkbookState>();
  state->target = target;
  state->file.emplace(std::move(*file));
  state->mode = mode;

  // libxlsxwriter writes the zip to the temporary file; its own scratch files are anonymous.
  lxw_workbook_options options{};
  options.constant_memory = mode == WriteMode::row_order ? LXW_TRUE : LXW_FALSE;
  state->book = workbook_new_opt(state->file->temporary_path().c_str(), &options);
  if (state->book == nullptr) {
    return Error::output(
        wording::say(core::words::cannot_write,
                     {wording::text("path", target.string()),
                      wording::localized("reason", wording::label(words::out_of_memory))}));
  }

  std::string title = clean_text(properties.title);
  std::string author = clean_text(properties.author);
  std::string subject = clean_text(properties.subject);
  lxw_doc_properties document{};
  document.title = title.data();
  document.author = author.data();
  document.subject = subject.data();
  // libxlsxwriter takes 0 to mean "now", which would make the file irreproducible; one second
  // after the epoch keeps SOURCE_DATE_EPOCH=0 reproducible.
  document.created = properties.created == 0 ? 1 : properties.created;
  const lxw_error error = workbook_set_properties(state->book, &document);
  if (error != LXW_NO_ERROR) {
    return Error::output(wording::say(
        core::words::cannot_write,
        {wording::text("path", target.string()),
         wording::localized("reason", wording::say(words::document_properties,
                                                   {wording::text("reason", describe(error))}))}));
  }
  return Workbook(std::move(state));
}

Worksheet Workbook::add_worksheet(std::string_view desired_name) {
  return Worksheet(state_.get(), add_sheet(*state_, desired_name));
}

std::string Workbook::store_list(std::span<const std::string> choices) {
  WorkbookState& book = *state_;
  if (book.closed || choices.empty()) {
    return {};
  }
  if (book.mode == WriteMode::row_order && book.list_sheet_columns > 0) {
    record_error(book, "only one stored list fits a workbook written in row order");
    return {};
  }
  std::string formula = tenderkit::xlsx::store_list(book, choices);
  return formula.substr(1);  // without '='
}

std::size_t Workbook::truncated_cell_count() const {
  return state_->truncated_cells;
}

const std::filesystem::path& Workbook::target() const {
  return state_->target;
}

namespace {

// libxlsxwriter 1.1 reports an I/O failure of workbook_close() on its own, with fprintf(stderr,
// ...) lines ("[ERROR] workbook_close(): Error creating ...") that name the temporary file; it has
// no way to turn them off. close() reports the failure itself, as an Error, and the library never
// prints, so while libxlsxwriter closes, the C stream `stderr` (a variable glibc lets programs
// set) points at a buffer in memory whose text is dropped. File descriptor 2 is left alone: the
// program's own std::cerr (which holds the original stream), raw writes to descriptor 2 and child
// processes keep their standard error. Workbooks are closed on one thread at a time (the mutex),
// and nothing else in tenderkit writes through C's `stderr`.
class CapturedStdioStderr {
 public:
  CapturedStdioStderr() : lock_(mutex()) {
#ifdef __GLIBC__
    std::fflush(stderr);  // not printing: what was written before goes first
    buffer_ = ::open_memstream(&text_, &size_);
    if (buffer_ != nullptr) {
      saved_ = stderr;   // not printing: the stream is kept
      stderr = buffer_;  // not printing: libxlsxwriter's lines go to memory
    }
#endif
  }
  ~CapturedStdioStderr() {
#ifdef __GLIBC__
    if (buffer_ != nullptr) {
      stderr = saved_;  // not printing: the stream is put back
      std::fclose(buffer_);
    }
    std::free(text_);
#endif
  }
  CapturedStdioStderr(const CapturedStdioStderr&) = delete;
  CapturedStdioStderr& operator=(const CapturedStdioStderr&) = delete;

 private:
  static std::mutex& mutex() {
    static std::mutex instance;
    return instance;
  }

  std::lock_guard<std::mutex> lock_;
  std::FILE* buffer_ = nullptr;
  std::FILE* saved_ = nullptr;
  char* text_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace

Result<std::vector<Warning>> Workbook::close() {
  WorkbookState& state = *state_;
  const std::string target = state.target.string();
  if (state.closed) {
    return Error::output(
        wording::say(core::words::cannot_write,
                     {wording::text("path", target),
                      wording::localized("reason", wording::label(words::closed_before))}));
  }
  state.closed = true;
  if (state.first_error) {
    lxw_workbook_free(state.book);
    state.book = nullptr;
    state.file.reset();  // removes the temporary file
    return *state.first_error;
  }
  lxw_error error = LXW_NO_ERROR;
  int error_number = 0;
  {
    // libxlsxwriter prints "[ERROR] ..." lines of its own, naming the temporary file, when the
    // zip cannot be written (a full disk); the failure is returned below in the tools' form.
    const CapturedStdioStderr captured;
    errno = 0;
    error = workbook_close(state.book);  // frees the workbook in any case
    error_number = errno;
  }
  state.book = nullptr;
  if (error != LXW_NO_ERROR) {
    state.file.reset();
    std::string reason = describe(error);
    if (error_number != 0) {
      reason += fmt::format(" ({})", std::strerror(error_number));
    }
    return Error::output(
        wording::say(core::words::cannot_write,
                     {wording::text("path", target), wording::text("reason", reason)}));
  }
  Result<void> committed = state.file->commit();
  state.file.reset();
  if (!committed) {
    return committed.error();
  }
  std::vector<Warning> warnings;
  if (state.truncated_cells > 0) {
    // Documented (docs/tender-check.md): the cut is never silent.
    static_assert(kMaxCellTextLength == 32'767, "the message names the limit");
    warnings.push_back(
        {SourceLocation(target, 0, 0),
         state.truncated_cells == 1
             ? wording::say(words::one_cell_cut)
             : wording::say(
                   words::cells_cut,
                   {wording::integer("count", static_cast<std::int64_t>(state.truncated_cells))})});
  }
  return warnings;
}

}  // namespace tenderkit::xlsx
