#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <map>
#include <type_traits>
#include <vector>

// LC_NUMERIC must stay "C": libxlsxwriter writes numbers with printf, and a decimal-comma locale
// (nl_NL) would put "0,5" into the XML. Never call setlocale in tenderkit.

namespace tenderkit::xlsx {

namespace detail {

struct SheetState {
  lxw_worksheet* sheet = nullptr;  ///< null when adding the sheet failed
  std::string name;
  std::size_t index = 0;
  std::vector<Range> merged;  ///< Excel calls a file with overlapping merges corrupt
};

struct WorkbookState {
  std::filesystem::path target;
  std::optional<AtomicFile> file;
  lxw_workbook* book = nullptr;
  std::vector<std::unique_ptr<SheetState>> sheets;
  std::vector<std::string> sheet_names;
  std::map<Format, lxw_format*> cell_formats;
  std::map<Format, lxw_format*> conditional_formats;
  std::optional<Error> first_error;
  std::size_t truncated_cells = 0;
  SheetState* list_sheet = nullptr;  ///< hidden sheet holding long validation lists
  Column list_sheet_columns = 0;
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
std::u32string decode_clean(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = decode_utf8(s, i);
    if (!is_dropped_control(c)) {
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
// keep apart only costs an unneeded " (2)", so erring towards folding is safe.
std::u32string folded(std::u32string_view s) {
  std::u32string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char32_t c) { return text::fold_case(c); });
  return out;
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
    book.first_error =
        Error::output(fmt::format("cannot write '{}': {}", book.target.string(), problem));
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

SheetState* add_sheet(WorkbookState& book, std::string_view desired_name) {
  auto state = std::make_unique<SheetState>();
  state->name = make_sheet_name(desired_name, book.sheet_names);
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
    if (lists.sheet != nullptr) {
      check(book, lists, at_cell(row, column),
            worksheet_write_string(lists.sheet, row, column, cell.text.c_str(), nullptr));
    }
  }
  const Range stored{0, column, static_cast<Row>(choices.size() - 1), column};
  return "=" + quoted_sheet_name(lists.name) + "!" + range_reference(stored, true);
}

}  // namespace

CellText to_cell_text(std::string_view text) {
  // Plain ASCII without "_x" needs no cleaning or escaping, and counts one unit per byte.
  if (text.size() <= kMaxCellTextLength && is_plain_ascii(text) &&
      text.find("_x") == std::string_view::npos) {
    return {std::string(text), false};
  }
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

  std::vector<std::u32string> taken_folded;
  taken_folded.reserve(taken.size() + 1);
  for (const std::string& other : taken) {
    taken_folded.push_back(folded(decode_clean(other)));
  }
  taken_folded.push_back(U"history");  // reserved by Excel
  const auto is_taken = [&](const std::u32string& candidate) {
    return std::find(taken_folded.begin(), taken_folded.end(), folded(candidate)) !=
           taken_folded.end();
  };

  std::u32string candidate = fit_sheet_name(name, U"");
  for (std::size_t number = 2; is_taken(candidate); ++number) {
    const std::string suffix = number_suffix(number);
    candidate = fit_sheet_name(name, std::u32string(suffix.begin(), suffix.end()));
  }
  return encode(candidate);
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
  check(*book_, *sheet_, at_cell(row, column),
        worksheet_write_formula_num(sheet_->sheet, row, column, clean_text(formula).c_str(),
                                    lookup_format(*book_, format), cached_value));
}

void Worksheet::write_formula_text(Row row, Column column, std::string_view formula,
                                   std::string_view cached_text, const Format& format) {
  if (!usable(book_, sheet_)) {
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
  if (!usable(book_, sheet_)) {
    return;
  }
  check(*book_, *sheet_, at_cell(row, column),
        worksheet_write_blank(sheet_->sheet, row, column, lookup_format(*book_, format)));
}

void Worksheet::write_link(Row row, Column column, const Worksheet& target, std::string_view text,
                           Format format) {
  if (!usable(book_, sheet_)) {
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
  } else {
    formula = store_list(*book_, choices);
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = formula.data();
  }
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
                                  const DocumentProperties& properties) {
  Result<AtomicFile> file = AtomicFile::create(target);
  if (!file) {
    return file.error();
  }
  auto state = std::make_unique<WorkbookState>();
  state->target = target;
  state->file.emplace(std::move(*file));

  // libxlsxwriter writes the zip to the temporary file; its own scratch files are anonymous.
  lxw_workbook_options options{};
  state->book = workbook_new_opt(state->file->temporary_path().c_str(), &options);
  if (state->book == nullptr) {
    return Error::output(fmt::format("cannot write '{}': out of memory", target.string()));
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
    return Error::output(fmt::format("cannot write '{}': document properties: {}", target.string(),
                                     describe(error)));
  }
  return Workbook(std::move(state));
}

Worksheet Workbook::add_worksheet(std::string_view desired_name) {
  return Worksheet(state_.get(), add_sheet(*state_, desired_name));
}

std::size_t Workbook::truncated_cell_count() const {
  return state_->truncated_cells;
}

const std::filesystem::path& Workbook::target() const {
  return state_->target;
}

Result<void> Workbook::close() {
  WorkbookState& state = *state_;
  const std::string target = state.target.string();
  if (state.closed) {
    return Error::output(fmt::format("cannot write '{}': the workbook was closed before", target));
  }
  state.closed = true;
  if (state.first_error) {
    lxw_workbook_free(state.book);
    state.book = nullptr;
    state.file.reset();  // removes the temporary file
    return *state.first_error;
  }
  errno = 0;
  const lxw_error error = workbook_close(state.book);  // frees the workbook in any case
  const int error_number = errno;
  state.book = nullptr;
  if (error != LXW_NO_ERROR) {
    state.file.reset();
    std::string reason = describe(error);
    if (error_number != 0) {
      reason += fmt::format(" ({})", std::strerror(error_number));
    }
    return Error::output(fmt::format("cannot write '{}': {}", target, reason));
  }
  Result<void> committed = state.file->commit();
  state.file.reset();
  return committed;
}

}  // namespace tenderkit::xlsx
