// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/sha256.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/input/wording.hpp>
#include <tenderkit/scoring/collect.hpp>
#include <tenderkit/scoring/collect_wording.hpp>
#include <tenderkit/scoring/file_wording.hpp>
#include <tenderkit/scoring/form_layout.hpp>
#include <tenderkit/xlsx/reader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <charconv>
#include <map>
#include <tuple>
#include <utility>

namespace tenderkit::scoring {

namespace {

namespace fs = std::filesystem;
namespace cw = collect_words;

// A sheet name as a cell reference must write it: plain when it is a simple word.
std::string describe_number(double number) {
  Result<Rational> exact = Rational::from_double(number);
  return exact ? exact->to_decimal(12) : fmt::format("{}", number);
}

// A cell's value as text, for identifiers, motivations and messages.
std::string value_text(const xlsx::CellValue* value) {
  if (value == nullptr) {
    return {};
  }
  switch (value->kind) {
    case xlsx::CellValue::Kind::empty:
      return {};
    case xlsx::CellValue::Kind::text:
    case xlsx::CellValue::Kind::error:
      return value->text;
    case xlsx::CellValue::Kind::number:
      return describe_number(value->number);
    case xlsx::CellValue::Kind::boolean:
      return value->number != 0 ? "TRUE" : "FALSE";
  }
  return {};
}

std::string lower_extension(const fs::path& path) {
  return text::to_lower_ascii(path.extension().string());
}

// ---------------------------------------------------------------------------------------------
// The hidden metadata sheet of a form.

struct MetaCandidate {
  Candidate candidate;
  xlsx::Row row = 0;  // in the scores sheet
};

struct MetaCriterion {
  std::string id;
  xlsx::Column score = 0;
  xlsx::Column motivation = 0;
};

struct MetaValue {
  std::string value;
  xlsx::Row row = 0;  // in the metadata sheet
  bool present = false;
};

struct Metadata {
  MetaValue format;
  MetaValue tender;
  MetaValue evaluator;
  MetaValue form_version;
  MetaValue preselection_version;
  MetaValue sheet;
  std::vector<MetaCandidate> candidates;
  std::vector<MetaCriterion> criteria;
};

class MetadataReader {
 public:
  MetadataReader(const xlsx::ReadSheet& sheet, std::string file, DiagnosticSink& sink)
      : sheet_(sheet), file_(std::move(file)), sink_(sink) {}

  Metadata read() {
    Metadata meta;
    for (xlsx::Row row = 0; row < sheet_.row_count(); ++row) {
      const std::string key(text::trim_cell_text(text(row, 0)));
      if (key == "format") {
        single(meta.format, row);
      } else if (key == "tender") {
        single(meta.tender, row);
      } else if (key == "evaluator") {
        single(meta.evaluator, row);
      } else if (key == "form_version") {
        single(meta.form_version, row);
      } else if (key == "preselection_version") {
        single(meta.preselection_version, row);
      } else if (key == "sheet") {
        single(meta.sheet, row);
      } else if (key == "candidate") {
        candidate(meta, row);
      } else if (key == "criterion") {
        criterion(meta, row);
      }
      // Other keys (language, and what later versions add) are not needed to read the scores.
    }
    return meta;
  }

  SourceLocation at(xlsx::Row row, xlsx::Column column) const {
    return xlsx::cell_location(file_, sheet_.name(), row, column);
  }

 private:
  std::string text(xlsx::Row row, xlsx::Column column) const {
    return value_text(sheet_.cell(row, column));
  }

  void damaged(xlsx::Row row, xlsx::Column column, LocalizedText problem) {
    sink_.error(wording::say(cw::damaged, {wording::localized("problem", std::move(problem))}),
                at(row, column), wording::label(cw::new_form_hint));
  }

  void single(MetaValue& value, xlsx::Row row) {
    if (value.present) {
      damaged(row, 0, wording::say(cw::meta_twice, {wording::text("key", text(row, 0))}));
      return;
    }
    value = MetaValue{std::string(text::trim_cell_text(text(row, 1))), row, true};
  }

  // A row number as a client may have stored it: a number or text.
  std::optional<xlsx::Row> row_number(xlsx::Row row, xlsx::Column column) const {
    const xlsx::CellValue* value = sheet_.cell(row, column);
    const std::string stored = value_text(value);
    const std::string_view shown = text::trim_cell_text(stored);
    std::uint64_t number = 0;
    const auto [end, error] = std::from_chars(shown.data(), shown.data() + shown.size(), number);
    if (shown.empty() || error != std::errc() || end != shown.data() + shown.size() || number < 1 ||
        number > xlsx::kMaxRows) {
      return std::nullopt;
    }
    return static_cast<xlsx::Row>(number - 1);
  }

  std::optional<xlsx::Column> column_of(xlsx::Row row, xlsx::Column column) const {
    const std::string letters(text::trim_cell_text(text(row, column)));
    const bool only_letters =
        !letters.empty() && std::all_of(letters.begin(), letters.end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        });
    if (!only_letters) {
      return std::nullopt;
    }
    const std::optional<xlsx::CellPosition> position = xlsx::parse_cell_reference(letters + "1");
    if (!position) {
      return std::nullopt;
    }
    return position->column;
  }

  void candidate(Metadata& meta, xlsx::Row row) {
    const std::string id(text::trim_cell_text(text(row, 1)));
    const std::optional<xlsx::Row> scores_row = row_number(row, 3);
    if (id.empty()) {
      damaged(row, 1, wording::label(cw::meta_candidate_without_id));
      return;
    }
    if (!scores_row) {
      damaged(row, 3, wording::say(cw::meta_candidate_no_row, {wording::text("id", id)}));
      return;
    }
    if (std::any_of(meta.candidates.begin(), meta.candidates.end(),
                    [&](const MetaCandidate& other) { return other.candidate.id == id; })) {
      damaged(row, 1, wording::say(cw::meta_candidate_twice, {wording::text("id", id)}));
      return;
    }
    meta.candidates.push_back(MetaCandidate{Candidate{id, text(row, 2)}, *scores_row});
  }

  void criterion(Metadata& meta, xlsx::Row row) {
    const std::string id(text::trim_cell_text(text(row, 1)));
    const std::optional<xlsx::Column> score = column_of(row, 2);
    const std::optional<xlsx::Column> motivation = column_of(row, 3);
    if (id.empty()) {
      damaged(row, 1, wording::label(cw::meta_criterion_without_id));
      return;
    }
    if (!score || !motivation) {
      damaged(row, score ? 3 : 2,
              wording::say(cw::meta_criterion_no_column, {wording::text("id", id)}));
      return;
    }
    meta.criteria.push_back(MetaCriterion{id, *score, *motivation});
  }

  const xlsx::ReadSheet& sheet_;
  std::string file_;
  DiagnosticSink& sink_;
};

// Checks the identity of a form against the tender; false when the scores cannot be trusted.
bool check_identity(const Metadata& meta, const MetadataReader& where, const Tender& tender,
                    const std::string& file, DiagnosticSink& sink) {
  const Preselection& preselection = *tender.preselection;
  if (!meta.format.present || meta.format.value != kFormFormat) {
    sink.error(
        meta.format.present
            ? wording::say(cw::other_format, {wording::text("format", meta.format.value),
                                              wording::text("expected", std::string(kFormFormat))})
            : wording::label(cw::no_format),
        meta.format.present ? where.at(meta.format.row, 1) : where.at(0, 0),
        wording::label(cw::fill_current_form));
    return false;
  }
  if (meta.tender.value != tender.id) {
    sink.error(wording::say(cw::other_tender, {wording::text("tender", meta.tender.value),
                                               wording::text("file", tender.file),
                                               wording::text("actual", tender.id)}),
               where.at(meta.tender.row, 1), wording::label(cw::collect_per_tender));
    return false;
  }
  std::vector<std::string> evaluator_ids;
  for (const Evaluator& evaluator : preselection.evaluators) {
    evaluator_ids.push_back(evaluator.id);
  }
  if (preselection.find_evaluator(meta.evaluator.value) == nullptr) {
    sink.error(wording::say(cw::not_an_evaluator, {wording::text("evaluator", meta.evaluator.value),
                                                   wording::text("tender", tender.id)}),
               where.at(meta.evaluator.row, 1),
               text::did_you_mean(meta.evaluator.value, evaluator_ids));
    return false;
  }
  std::vector<Candidate> candidates;
  for (const MetaCandidate& candidate : meta.candidates) {
    candidates.push_back(candidate.candidate);
  }
  if (form_version(preselection, candidates) != meta.form_version.value) {
    if (meta.preselection_version.value != form_version(preselection, {})) {
      sink.error(wording::say(cw::other_tender_version, {wording::text("tender", tender.id),
                                                         wording::text("file", tender.file)}),
                 where.at(meta.form_version.row, 1), wording::label(cw::new_forms_hint));
    } else {
      sink.error(wording::label(cw::candidate_list_changed), where.at(meta.form_version.row, 1),
                 wording::label(cw::new_form_hint));
    }
    return false;
  }
  for (const Criterion& criterion : preselection.criteria) {
    const bool found = std::any_of(meta.criteria.begin(), meta.criteria.end(),
                                   [&](const MetaCriterion& c) { return c.id == criterion.id; });
    if (!found) {
      sink.error(wording::say(cw::damaged,
                              {wording::localized(
                                  "problem", wording::say(cw::meta_no_criterion_column,
                                                          {wording::text("id", criterion.id)}))}),
                 SourceLocation(file, 0, 0), wording::label(cw::new_form_hint));
      return false;
    }
  }
  return true;
}

// What a score cell holds.
struct CellScore {
  enum class State { blank, valid, invalid } state = State::blank;
  Rational value;
  std::string shown;  // the cell's text, for messages
};

CellScore read_score_cell(const xlsx::CellValue* cell) {
  CellScore score;
  if (cell == nullptr || cell->empty()) {
    return score;
  }
  score.shown = value_text(cell);
  if (cell->kind == xlsx::CellValue::Kind::number) {
    Result<Rational> exact = Rational::from_double(cell->number);
    score.state = exact ? CellScore::State::valid : CellScore::State::invalid;
    if (exact) {
      score.value = *exact;
    }
    return score;
  }
  if (cell->kind == xlsx::CellValue::Kind::text) {
    if (text::trim_cell_text(cell->text).empty()) {
      return score;  // a space left in the cell is still blank
    }
    if (const std::optional<Rational> parsed = parse_score_text(cell->text)) {
      score.state = CellScore::State::valid;
      score.value = *parsed;
      return score;
    }
  }
  score.state = CellScore::State::invalid;
  return score;
}

// Checks one score and reports its problems; true when it may be used.
bool check_score(const Preselection& preselection, const CellScore& score,
                 const std::string& candidate, const std::string& criterion,
                 std::string_view motivation, bool motivation_is_error,
                 const SourceLocation& score_at, const SourceLocation& motivation_at,
                 const LocalizedText& motivation_place, DiagnosticSink& sink) {
  if (score.state == CellScore::State::invalid) {
    sink.error(
        wording::say(cw::not_a_number,
                     {wording::text("candidate", candidate), wording::text("criterion", criterion),
                      wording::text("score", score.shown)}),
        score_at,
        wording::say(cw::give_from_scale, {wording::text("scale", preselection.scale.describe())}));
    return false;
  }
  if (!preselection.scale.allows(score.value)) {
    sink.error(
        wording::say(cw::score_off_scale,
                     {wording::number("score", score.value.to_decimal()),
                      wording::text("candidate", candidate), wording::text("criterion", criterion),
                      wording::text("scale", preselection.scale.describe())}),
        score_at);
    return false;
  }
  if (motivation_is_error) {
    sink.error(
        wording::say(cw::motivation_error_value,
                     {wording::text("candidate", candidate), wording::text("criterion", criterion),
                      wording::text("value", std::string(motivation))}),
        motivation_at, wording::label(cw::motivation_formula_hint));
    return false;
  }
  if (text::trim_cell_text(motivation).empty()) {
    sink.error(wording::say(cw::no_motivation, {wording::number("score", score.value.to_decimal()),
                                                wording::text("candidate", candidate),
                                                wording::text("criterion", criterion)}),
               score_at, motivation_place);
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180).

struct CsvField {
  std::string text;
  int line = 0;
  int column = 0;
};

using CsvRow = std::vector<CsvField>;

// The delimiter of the header line: ';' when it has semicolons and no commas (Excel in a Dutch
// locale saves "CSV" so), else ','.
char detect_delimiter(std::string_view content) {
  const std::string_view header = content.substr(0, content.find('\n'));
  const auto commas = std::count(header.begin(), header.end(), ',');
  const auto semicolons = std::count(header.begin(), header.end(), ';');
  return semicolons > commas ? ';' : ',';
}

std::vector<CsvRow> parse_csv_rows(std::string_view content, const std::string& file,
                                   char delimiter, DiagnosticSink& sink) {
  std::vector<CsvRow> rows;
  CsvRow row;
  CsvField field;
  int line = 1;
  int column = 1;
  bool at_field_start = true;
  bool in_quotes = false;
  bool after_quote = false;
  bool reported = false;  // one message per field is enough
  int quote_line = 0;
  int quote_column = 0;

  const auto end_field = [&] {
    row.push_back(std::move(field));
    field = CsvField{};
    at_field_start = true;
    after_quote = false;
    reported = false;
  };
  const auto end_row = [&] {
    end_field();
    rows.push_back(std::move(row));
    row.clear();
  };
  const auto advance = [&](char c) {
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column;  // columns count code points: continuation bytes do not start one
    }
  };

  for (std::size_t i = 0; i < content.size(); ++i) {
    const char c = content[i];
    if (at_field_start) {
      at_field_start = false;
      field.line = line;
      field.column = column;
      if (c == '"') {
        in_quotes = true;
        quote_line = line;
        quote_column = column;
        advance(c);
        continue;
      }
    }
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < content.size() && content[i + 1] == '"') {
          field.text += '"';
          advance(c);
          advance(content[++i]);
          continue;
        }
        in_quotes = false;
        after_quote = true;
        advance(c);
        continue;
      }
      field.text += c;
      advance(c);
      continue;
    }
    if (c == delimiter) {
      advance(c);
      end_field();
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < content.size() && content[i + 1] == '\n') {
        ++i;
      }
      advance('\n');
      end_row();
      continue;
    }
    if (!reported && (c == '"' || after_quote)) {
      sink.error(wording::label(after_quote ? cw::csv_text_after_quote : cw::csv_quote_inside),
                 SourceLocation(file, line, column), wording::label(cw::csv_quote_hint));
      reported = true;
    }
    field.text += c;
    advance(c);
  }
  if (in_quotes) {
    sink.error(wording::label(cw::csv_unclosed), SourceLocation(file, quote_line, quote_column),
               wording::label(cw::csv_unclosed_hint));
  }
  if (!at_field_start || !row.empty()) {
    if (at_field_start) {
      field.line = line;
      field.column = column;
    }
    end_row();
  }
  return rows;
}

enum CsvColumn { kEvaluator, kCandidate, kCriterion, kScore, kMotivation, kCsvColumns };

constexpr std::string_view kCsvNames[kCsvColumns] = {"evaluator", "candidate", "criterion", "score",
                                                     "motivation"};

// The Dutch column names a Dutch committee may write.
std::optional<CsvColumn> csv_column(std::string_view name) {
  const std::string lower = text::fold_case(text::trim_cell_text(name));
  for (int i = 0; i < kCsvColumns; ++i) {
    if (lower == kCsvNames[i]) {
      return static_cast<CsvColumn>(i);
    }
  }
  if (lower == "beoordelaar") {
    return kEvaluator;
  }
  if (lower == "gegadigde" || lower == "kandidaat") {
    return kCandidate;
  }
  if (lower == "criterium") {
    return kCriterion;
  }
  if (lower == "motivering") {
    return kMotivation;
  }
  return std::nullopt;
}

std::vector<std::string> ids_of(std::span<const Candidate> candidates) {
  std::vector<std::string> ids;
  for (const Candidate& candidate : candidates) {
    ids.push_back(candidate.id);
  }
  return ids;
}

}  // namespace

std::optional<Rational> parse_score_text(std::string_view text) {
  std::string score(text::trim_cell_text(text));
  if (score.empty()) {
    return std::nullopt;
  }
  if (const std::size_t comma = score.find(','); comma != std::string::npos) {
    // A decimal comma, as Dutch users type it; never a thousands separator on these scales.
    if (score.find('.') != std::string::npos || score.find(',', comma + 1) != std::string::npos) {
      return std::nullopt;
    }
    score[comma] = '.';
  }
  Result<Rational> parsed = Rational::parse(score);
  if (!parsed) {
    return std::nullopt;
  }
  return *parsed;
}

Result<ReturnedForm> read_xlsx_form(const std::filesystem::path& path, const Tender& tender) {
  const std::string file = path.string();
  if (!tender.preselection) {
    return Error::input(wording::label(file_words::no_preselection),
                        SourceLocation(tender.file, 0, 0));
  }
  const Preselection& preselection = *tender.preselection;
  Result<std::string> sha256 = sha256_file(path);
  if (!sha256) {
    return sha256.error();
  }
  Result<xlsx::ReadWorkbook> book = xlsx::ReadWorkbook::open(path);
  if (!book) {
    return book.error();
  }
  const xlsx::ReadSheet* meta_sheet = book->sheet(kFormMetadataSheet);
  if (meta_sheet == nullptr) {
    return Error::input(wording::say(cw::no_metadata_sheet,
                                     {wording::text("sheet", std::string(kFormMetadataSheet))}),
                        SourceLocation(file, 0, 0), wording::label(cw::no_metadata_hint));
  }
  DiagnosticSink sink;
  MetadataReader meta_reader(*meta_sheet, file, sink);
  const Metadata meta = meta_reader.read();
  if (!sink.empty() || !check_identity(meta, meta_reader, tender, file, sink)) {
    return sink.to_error();
  }
  const std::string sheet_name = meta.sheet.present ? meta.sheet.value : std::string(kScoresSheet);
  const xlsx::ReadSheet* sheet = book->sheet(sheet_name);
  if (sheet == nullptr) {
    return Error::input(wording::say(cw::no_scores_sheet, {wording::text("sheet", sheet_name)}),
                        SourceLocation(file, 0, 0),
                        wording::say(cw::name_sheet_again, {wording::text("sheet", sheet_name)}));
  }

  ReturnedForm form;
  form.file = file;
  form.has_identity = true;
  form.tender_id = meta.tender.value;
  form.form_version = meta.form_version.value;
  Evaluation evaluation;
  evaluation.evaluator = meta.evaluator.value;
  evaluation.source = file;
  evaluation.source_sha256 = *sha256;
  evaluation.where = SourceLocation(file, 0, 0);
  evaluation.scores = ScoreList(file, sheet->name());

  for (const MetaCandidate& entry : meta.candidates) {
    const Candidate& candidate = entry.candidate;
    const auto candidate_index = static_cast<std::uint32_t>(form.candidates.size());
    form.candidates.push_back(candidate);
    // The id beside the scores must be the one the metadata puts there: a sorted or moved row
    // would otherwise give one candidate's scores to another.
    const std::string shown(
        text::trim_cell_text(value_text(sheet->cell(entry.row, form_layout::kIdColumn))));
    if (shown != candidate.id) {
      sink.error(wording::say(cw::candidate_moved, {wording::text("expected", candidate.id),
                                                    wording::text("actual", shown)}),
                 xlsx::cell_location(file, sheet->name(), entry.row, form_layout::kIdColumn),
                 wording::label(cw::rows_moved_hint));
      continue;
    }
    for (std::size_t k = 0; k < preselection.criteria.size(); ++k) {
      const Criterion& criterion = preselection.criteria[k];
      const auto column =
          std::find_if(meta.criteria.begin(), meta.criteria.end(),
                       [&](const MetaCriterion& c) { return c.id == criterion.id; });
      const CellScore score = read_score_cell(sheet->cell(entry.row, column->score));
      if (score.state == CellScore::State::blank) {
        continue;  // missing, which the progress report shows
      }
      const xlsx::CellValue* motivation_cell = sheet->cell(entry.row, column->motivation);
      const std::string motivation = value_text(motivation_cell);
      const bool motivation_is_error =
          motivation_cell != nullptr && motivation_cell->kind == xlsx::CellValue::Kind::error;
      const SourceLocation score_at =
          xlsx::cell_location(file, sheet->name(), entry.row, column->score);
      const SourceLocation motivation_at =
          xlsx::cell_location(file, sheet->name(), entry.row, column->motivation);
      const LocalizedText motivation_place = wording::say(
          cw::write_motivation_in,
          {wording::text("cell", xlsx::cell_place(sheet->name(), entry.row, column->motivation))});
      if (!check_score(preselection, score, candidate.id, criterion.id, motivation,
                       motivation_is_error, score_at, motivation_at, motivation_place, sink)) {
        continue;
      }
      evaluation.scores.push_back(
          Score{.candidate = candidate_index,
                .criterion = static_cast<std::uint32_t>(k),
                .value = score.value,
                .motivation = text::trim_cell_text(motivation),
                .where = {static_cast<int>(entry.row) + 1, static_cast<int>(column->score) + 1}});
    }
  }
  if (!sink.empty()) {
    return sink.to_error();
  }
  form.evaluations.push_back(std::move(evaluation));
  return form;
}

Result<ReturnedForm> parse_csv_form(std::string_view content, const std::string& file,
                                    const Tender& tender, std::span<const Candidate> candidates) {
  if (!tender.preselection) {
    return Error::input(wording::label(file_words::no_preselection),
                        SourceLocation(tender.file, 0, 0));
  }
  const Preselection& preselection = *tender.preselection;
  const std::string sha256 = sha256_hex(content);
  if (content.starts_with("\xEF\xBB\xBF")) {
    content.remove_prefix(3);  // the byte order mark Excel writes into "CSV UTF-8"
  }
  DiagnosticSink sink;
  const std::vector<CsvRow> rows = parse_csv_rows(content, file, detect_delimiter(content), sink);
  const LocalizedText header_hint = wording::label(cw::csv_header_hint);
  if (rows.empty()) {
    return Error::input(wording::label(cw::csv_empty), SourceLocation(file, 1, 1), header_hint);
  }

  // The header: every column once, in any order.
  int positions[kCsvColumns] = {-1, -1, -1, -1, -1};
  const CsvRow& header = rows.front();
  const std::vector<std::string> known(std::begin(kCsvNames), std::end(kCsvNames));
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::optional<CsvColumn> column = csv_column(header[i].text);
    const SourceLocation at(file, header[i].line, header[i].column);
    if (!column) {
      const LocalizedText suggestion =
          text::did_you_mean(text::fold_case(text::trim_cell_text(header[i].text)), known);
      sink.error(
          wording::say(file_words::unknown_column, {wording::text("column", header[i].text)}), at,
          suggestion.en.empty() ? header_hint : suggestion);
    } else if (positions[*column] >= 0) {
      sink.error(wording::say(file_words::column_twice,
                              {wording::text("column", std::string(kCsvNames[*column]))}),
                 at);
    } else {
      positions[*column] = static_cast<int>(i);
    }
  }
  for (int column = 0; column < kCsvColumns; ++column) {
    if (positions[column] < 0) {
      sink.error(wording::say(cw::csv_lacks_column,
                              {wording::text("column", std::string(kCsvNames[column]))}),
                 SourceLocation(file, header.front().line, header.front().column), header_hint);
    }
  }
  if (!sink.empty()) {
    return sink.to_error();
  }

  std::vector<std::string> evaluator_ids;
  for (const Evaluator& evaluator : preselection.evaluators) {
    evaluator_ids.push_back(evaluator.id);
  }
  std::vector<std::string> criterion_ids;
  for (const Criterion& criterion : preselection.criteria) {
    criterion_ids.push_back(criterion.id);
  }
  const std::vector<std::string> candidate_ids = ids_of(candidates);

  ReturnedForm form;
  form.file = file;
  // The scores refer to the candidates by position: in the list given, or without one in the
  // list of the ids the rows name.
  form.candidates.assign(candidates.begin(), candidates.end());
  std::map<std::string, std::uint32_t, std::less<>> candidate_index;
  for (std::size_t i = 0; i < form.candidates.size(); ++i) {
    candidate_index.emplace(form.candidates[i].id, static_cast<std::uint32_t>(i));
  }
  std::map<std::tuple<std::string, std::string, std::string>, int> first_line;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    const bool blank = std::all_of(row.begin(), row.end(), [](const CsvField& field) {
      return text::trim_cell_text(field.text).empty();
    });
    if (blank) {
      continue;
    }
    if (row.size() != header.size()) {
      sink.error(
          wording::say(cw::csv_field_count,
                       {wording::integer("fields", static_cast<std::int64_t>(row.size())),
                        wording::integer("header", static_cast<std::int64_t>(header.size()))}),
          SourceLocation(file, row.front().line, row.front().column),
          wording::label(cw::csv_field_count_hint));
      continue;
    }
    const auto field = [&](CsvColumn column) -> const CsvField& {
      return row[static_cast<std::size_t>(positions[column])];
    };
    const auto at = [&](CsvColumn column) {
      return SourceLocation(file, field(column).line, field(column).column);
    };
    const std::string evaluator(text::trim_cell_text(field(kEvaluator).text));
    const std::string candidate(text::trim_cell_text(field(kCandidate).text));
    const std::string criterion(text::trim_cell_text(field(kCriterion).text));
    bool valid = true;
    const auto check_id = [&](const std::string& id, CsvColumn column,
                              const wording::Phrase& missing, const wording::Phrase& unknown,
                              bool known_id, const std::vector<std::string>& ids) {
      if (id.empty()) {
        sink.error(wording::label(missing), at(column));
        valid = false;
      } else if (!known_id) {
        sink.error(wording::say(unknown, {wording::text("id", id)}), at(column),
                   text::did_you_mean(id, ids));
        valid = false;
      }
    };
    check_id(evaluator, kEvaluator, cw::evaluator_missing, file_words::unknown_evaluator,
             preselection.find_evaluator(evaluator) != nullptr, evaluator_ids);
    check_id(candidate, kCandidate, cw::candidate_missing, file_words::unknown_candidate,
             candidates.empty() || std::find(candidate_ids.begin(), candidate_ids.end(),
                                             candidate) != candidate_ids.end(),
             candidate_ids);
    check_id(criterion, kCriterion, cw::criterion_missing, file_words::unknown_criterion,
             preselection.find_criterion(criterion) != nullptr, criterion_ids);
    xlsx::CellValue value;
    if (!text::trim_cell_text(field(kScore).text).empty()) {
      value.kind = xlsx::CellValue::Kind::text;
      value.text = field(kScore).text;
    }
    const CellScore score = read_score_cell(&value);
    if (!valid || score.state == CellScore::State::blank) {
      continue;  // a blank score is a missing one
    }
    const std::string& motivation = field(kMotivation).text;
    if (!check_score(preselection, score, candidate, criterion, motivation, false, at(kScore),
                     at(kMotivation), wording::label(cw::write_motivation_column), sink)) {
      continue;
    }
    const auto [it, inserted] =
        first_line.emplace(std::make_tuple(evaluator, candidate, criterion), row.front().line);
    if (!inserted) {
      sink.error(wording::say(cw::csv_scored_twice, {wording::text("evaluator", evaluator),
                                                     wording::text("candidate", candidate),
                                                     wording::text("criterion", criterion)}),
                 at(kScore),
                 wording::say(cw::first_score_on_line,
                              {wording::text("line", std::to_string(it->second))}));
      continue;
    }
    auto evaluation = std::find_if(form.evaluations.begin(), form.evaluations.end(),
                                   [&](const Evaluation& e) { return e.evaluator == evaluator; });
    if (evaluation == form.evaluations.end()) {
      form.evaluations.push_back(Evaluation{evaluator, file, sha256, ScoreList(file),
                                            SourceLocation(file, row.front().line, 1)});
      evaluation = form.evaluations.end() - 1;
    }
    const auto [position, added] =
        candidate_index.emplace(candidate, static_cast<std::uint32_t>(form.candidates.size()));
    if (added) {
      form.candidates.push_back(Candidate{candidate, ""});
    }
    const Criterion* scored = preselection.find_criterion(criterion);
    evaluation->scores.push_back(
        Score{.candidate = position->second,
              .criterion = static_cast<std::uint32_t>(scored - preselection.criteria.data()),
              .value = score.value,
              .motivation = text::trim_cell_text(motivation),
              .where = {field(kScore).line, field(kScore).column}});
  }
  if (!sink.empty()) {
    return sink.to_error();
  }
  return form;
}

Result<ReturnedForm> read_toml_form(const std::filesystem::path& path, const Tender& tender) {
  Result<ScoreSet> scores = load_scores(path, tender);
  if (!scores) {
    return scores.error();
  }
  Result<std::string> sha256 = sha256_file(path);
  if (!sha256) {
    return sha256.error();
  }
  ReturnedForm form;
  form.file = path.string();
  form.has_identity = true;
  form.tender_id = scores->tender_id;
  form.form_version = scores->form_version;
  form.candidates = std::move(scores->candidates);
  form.evaluations = std::move(scores->evaluations);
  for (Evaluation& evaluation : form.evaluations) {
    // Scores written by hand: the TOML file is their source.
    if (evaluation.source_sha256.empty()) {
      evaluation.source = form.file;
      evaluation.source_sha256 = *sha256;
    }
  }
  form.consensus = std::move(scores->consensus);
  return form;
}

std::size_t Progress::forms_in() const {
  return static_cast<std::size_t>(
      std::count_if(evaluators.begin(), evaluators.end(),
                    [](const EvaluatorProgress& e) { return e.source.has_value(); }));
}

Progress progress(const Preselection& preselection, const ScoreSet& scores) {
  Progress result;
  const std::size_t expected = scores.candidates.size() * preselection.criteria.size();
  for (const Evaluator& evaluator : preselection.evaluators) {
    EvaluatorProgress entry{evaluator.id, evaluator.name, std::nullopt, 0, expected};
    const std::size_t criterion_count = preselection.criteria.size();
    std::vector<bool> given(expected);  // by candidate, then criterion
    for (const Evaluation& evaluation : scores.evaluations) {
      if (evaluation.evaluator != evaluator.id) {
        continue;
      }
      entry.source = evaluation.source;
      for (const Score& score : evaluation.scores) {
        if (score.candidate < scores.candidates.size() && score.criterion < criterion_count) {
          given[score.candidate * criterion_count + score.criterion] = true;
        }
      }
    }
    for (std::size_t i = 0; i < scores.candidates.size(); ++i) {
      for (std::size_t k = 0; k < criterion_count; ++k) {
        if (given[i * criterion_count + k]) {
          ++entry.given;
        } else {
          result.missing.push_back(
              MissingScore{evaluator.id, scores.candidates[i].id, preselection.criteria[k].id});
        }
      }
    }
    result.given += entry.given;
    result.expected += entry.expected;
    result.evaluators.push_back(std::move(entry));
  }
  return result;
}

Result<Collection> collect(std::span<const std::filesystem::path> forms, const Tender& tender) {
  if (!tender.preselection) {
    return Error::input(wording::say(cw::tender_no_preselection, {wording::text("id", tender.id)}),
                        SourceLocation(tender.file, 0, 0));
  }
  if (forms.empty()) {
    return Error::usage(wording::label(cw::no_forms_to_collect));
  }
  const Preselection& preselection = *tender.preselection;
  std::optional<Error> errors;
  const auto report = [&](const Error& error) {
    if (errors) {
      errors->append(error);
    } else {
      errors = error;
    }
  };

  // Workbooks and TOML files first: they carry the candidate list the CSV files are read against.
  std::vector<std::optional<ReturnedForm>> returned(forms.size());
  std::vector<std::size_t> csv_forms;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    const std::string extension = lower_extension(forms[i]);
    Result<ReturnedForm> form = Error::input(LocalizedText{});  // replaced below
    if (extension == ".xlsx") {
      form = read_xlsx_form(forms[i], tender);
    } else if (extension == ".toml") {
      form = read_toml_form(forms[i], tender);
    } else if (extension == ".csv") {
      csv_forms.push_back(i);
      continue;
    } else {
      report(Error::input(
          wording::say(cw::cannot_read_kind,
                       {wording::text(
                           "kind", extension.empty() ? forms[i].filename().string() : extension)}),
          SourceLocation(forms[i].string(), 0, 0),
          wording::label(extension == ".xls" || extension == ".ods" || extension == ".xlsm"
                             ? cw::save_as_xlsx
                             : cw::give_forms_as)));
      continue;
    }
    if (!form) {
      report(form.error());
      continue;
    }
    returned[i] = std::move(form).value();
  }

  // A CSV form needs the candidate list of another form; when those failed, their errors say why.
  const bool identity_given = csv_forms.size() < forms.size();
  const ReturnedForm* reference = nullptr;
  for (const std::optional<ReturnedForm>& form : returned) {
    if (!form || !form->has_identity) {
      continue;
    }
    if (reference == nullptr) {
      reference = &*form;
    } else if (form->form_version != reference->form_version) {
      report(Error::input(
          wording::say(cw::other_candidate_list, {wording::text("file", reference->file)}),
          SourceLocation(form->file, 0, 0), wording::label(cw::other_candidate_list_hint)));
    }
  }

  for (std::size_t i : csv_forms) {
    const std::string file = forms[i].string();
    if (reference == nullptr && !identity_given) {
      report(Error::input(wording::label(cw::csv_without_candidates), SourceLocation(file, 0, 0),
                          wording::label(cw::csv_without_candidates_hint)));
      continue;
    }
    Result<std::string> content = read_file(forms[i]);
    if (!content) {
      report(content.error());
      continue;
    }
    // Without a valid form to take the candidates from, the rest of the file is still checked.
    Result<ReturnedForm> form =
        parse_csv_form(*content, file, tender,
                       reference != nullptr ? std::span<const Candidate>(reference->candidates)
                                            : std::span<const Candidate>());
    if (!form) {
      report(form.error());
      continue;
    }
    returned[i] = std::move(form).value();
  }

  // Each evaluator once, each explicit consensus score once, over all forms.
  // Forms with an identity share one candidate list (their form version says so), and the CSV
  // forms were read against it: candidate positions compare across forms.
  std::map<std::string, Evaluation*> by_evaluator;
  std::map<std::string, const ReturnedForm*> form_of_evaluator;
  std::map<std::pair<std::uint32_t, std::uint32_t>, SourceLocation> consensus_seen;
  ScoreSet scores;
  for (std::optional<ReturnedForm>& form : returned) {
    if (!form) {
      continue;
    }
    for (Evaluation& evaluation : form->evaluations) {
      const auto [it, inserted] = by_evaluator.emplace(evaluation.evaluator, &evaluation);
      if (inserted) {
        form_of_evaluator.emplace(evaluation.evaluator, &*form);
        continue;
      }
      const std::string& first = it->second->source;
      // A scores file that an earlier collect wrote holds the forms it was collected from: given
      // with those forms, every evaluator is in it twice. Say that, not "given twice".
      const ReturnedForm& first_form = *form_of_evaluator.at(evaluation.evaluator);
      const bool first_collected = first != first_form.file;
      const bool second_collected = evaluation.source != form->file;
      if (first_collected || second_collected) {
        const ReturnedForm& collected = first_collected ? first_form : *form;
        const std::string& from = first_collected ? first : evaluation.source;
        const std::string& other = first_collected ? evaluation.source : first;
        report(Error::input(
            from == other
                ? wording::say(cw::collected_given_too,
                               {wording::text("file", collected.file),
                                wording::text("evaluator", evaluation.evaluator),
                                wording::text("from", from)})
                : wording::say(cw::collected_given_again,
                               {wording::text("file", collected.file),
                                wording::text("evaluator", evaluation.evaluator),
                                wording::text("from", from), wording::text("other", other)}),
            first_collected ? it->second->where : evaluation.where,
            wording::say(cw::collected_hint, {wording::text("file", collected.file)})));
        continue;
      }
      report(Error::input(
          first == evaluation.source
              ? wording::say(cw::form_twice, {wording::text("evaluator", evaluation.evaluator)})
              : wording::say(cw::two_forms, {wording::text("evaluator", evaluation.evaluator),
                                             wording::text("first", first),
                                             wording::text("second", evaluation.source)}),
          evaluation.where, wording::label(cw::give_form_once)));
    }
    for (const Score& score : form->consensus) {
      const SourceLocation where = form->consensus.location(score);
      const auto [it, inserted] =
          consensus_seen.emplace(std::make_pair(score.candidate, score.criterion), where);
      if (!inserted) {
        report(Error::input(
            wording::say(
                cw::consensus_twice,
                {wording::text("candidate", form->candidates.at(score.candidate).id),
                 wording::text("criterion", preselection.criteria.at(score.criterion).id)}),
            where,
            wording::say(file_words::also_at, {wording::text("where", it->second.to_string())})));
        continue;
      }
      scores.consensus.push_back(form->consensus, score);
    }
  }
  if (errors) {
    return *errors;
  }
  assert(reference != nullptr);  // every form without an identity is a CSV one, refused above

  scores.tender_id = tender.id;
  scores.form_version = reference->form_version;
  scores.candidates = reference->candidates;
  for (const Evaluator& evaluator : preselection.evaluators) {
    if (const auto it = by_evaluator.find(evaluator.id); it != by_evaluator.end()) {
      scores.evaluations.push_back(std::move(*it->second));
    }
  }
  Collection collection;
  collection.progress = progress(preselection, scores);
  collection.scores = std::move(scores);
  return collection;
}

}  // namespace tenderkit::scoring

namespace tenderkit::scoring {

namespace {

// One score entry of a scores file as written, for comparing a previous file with a new one.
struct WrittenScore {
  std::optional<Rational> value;
  std::string motivation;
  SourceLocation where;
  bool operator==(const WrittenScore& other) const {
    return value == other.value && motivation == other.motivation;
  }
};
using WrittenScores = std::map<std::pair<std::string, std::string>, WrittenScore>;

// The entries of `tables` as written, by candidate and criterion id. Read leniently: whatever
// does not read counts as different from every new entry.
WrittenScores written_scores(const std::vector<const toml::table*>& tables,
                             const std::string& file) {
  WrittenScores entries;
  for (const toml::table* table : tables) {
    DiagnosticSink ignored;
    input::TableReader reader(*table, file, ignored, "entry");
    WrittenScore entry;
    entry.where = reader.where();
    const std::string candidate = reader.optional_string("candidate").value_or("");
    const std::string criterion = reader.optional_string("criterion").value_or("");
    if (const toml::node* node = reader.node("score")) {
      if (const auto* text = node->as_string()) {
        if (Result<Rational> parsed = Rational::parse(text->get())) {
          entry.value = *parsed;
        }
      } else {
        entry.value = reader.number_of(*node, wording::say(file_words::score_key));
      }
    }
    entry.motivation = reader.optional_string("motivation").value_or("");
    entries.emplace(std::make_pair(candidate, criterion), std::move(entry));
  }
  return entries;
}

WrittenScores new_scores(const ScoreList& list, const ScoreSet& set,
                         const Preselection& preselection) {
  WrittenScores entries;
  for (const Score& score : list) {
    entries.emplace(std::make_pair(set.candidates.at(score.candidate).id,
                                   preselection.criteria.at(score.criterion).id),
                    WrittenScore{score.value, std::string(score.motivation), {}});
  }
  return entries;
}

bool names_file(const std::string& source, const std::filesystem::path& output) {
  std::error_code error;
  return source == output.string() || std::filesystem::equivalent(source, output, error);
}

}  // namespace

Result<void> check_replaceable(const std::filesystem::path& output, const ScoreSet& next,
                               const Tender& tender) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::file_status status = fs::status(output, error);
  if (error || !fs::is_regular_file(status) || !tender.preselection) {
    return {};  // nothing there, or a device, pipe or directory: not a scores file to keep
  }
  const Preselection& preselection = *tender.preselection;
  const std::string file = output.string();
  const LocalizedText move_hint = wording::label(file_words::move_hint);
  Result<std::string> content = read_file(output);
  if (!content) {
    return Error(ErrorKind::output,
                 wording::say(file_words::cannot_check, {wording::text("file", file)}),
                 std::nullopt, wording::label(file_words::write_elsewhere));
  }
  Result<toml::table> document = input::parse_toml(*content, file);
  const auto not_scores = [&](const LocalizedText& why, std::optional<SourceLocation> where) {
    return Error(ErrorKind::output,
                 wording::say(file_words::not_a_scores_file,
                              {wording::text("file", file), wording::text("tender", tender.id),
                               wording::localized("why", why)}),
                 std::move(where), wording::label(file_words::write_elsewhere_or_remove));
  };
  if (!document) {
    const Diagnostic& first = document.error().diagnostics().front();
    return not_scores(first.message, first.where);
  }
  if (document->empty()) {
    return {};  // an empty file holds nothing to lose
  }
  DiagnosticSink ignored;
  input::TableReader root(*document, file, ignored, wording::label(input::words::the_scores_file));
  const std::optional<std::string> tender_id = root.optional_string("tender");
  if (!tender_id) {
    return not_scores(wording::label(file_words::names_no_tender), SourceLocation(file, 0, 0));
  }
  if (*tender_id != tender.id) {
    return not_scores(
        wording::say(file_words::scores_of_tender, {wording::text("tender", *tender_id)}),
        root.where("tender"));
  }

  struct Lost {
    SourceLocation where;
    LocalizedText message;
  };
  std::vector<Lost> lost;
  const auto lose = [&](SourceLocation where, LocalizedText message) {
    lost.push_back(Lost{std::move(where), std::move(message)});
  };
  // Comments: collect writes its own two header lines and no others.
  {
    int line = 0;
    std::size_t start = 0;
    while (start <= content->size()) {
      std::size_t end = content->find('\n', start);
      if (end == std::string::npos) {
        end = content->size();
      }
      ++line;
      const std::string_view text =
          text::trim_cell_text(std::string_view(*content).substr(start, end - start));
      if (text.starts_with('#') && !text.starts_with("# tenderkit scores file:") &&
          !text.starts_with("# Scores are exact:")) {
        lose(SourceLocation(file, line, 1), wording::label(file_words::comment_lost));
      }
      start = end + 1;
    }
  }
  for (const auto& [key, node] : *document) {
    const std::string name(key.str());
    if (name != "tender" && name != "form_version" && name != "candidate" && name != "evaluation" &&
        name != "consensus") {
      lose(input::location_of(key.source(), file),
           wording::say(file_words::key_lost, {wording::text("key", name)}));
    }
  }

  // Consensus decisions: kept only when the new file holds them as they are.
  const WrittenScores consensus = new_scores(next.consensus, next, preselection);
  for (const auto& [key, entry] : written_scores(root.table_array("consensus"), file)) {
    const auto kept = consensus.find(key);
    if (kept == consensus.end() || !(kept->second == entry)) {
      lose(entry.where, entry.value
                            ? wording::say(file_words::consensus_value_lost,
                                           {wording::text("candidate", key.first),
                                            wording::text("criterion", key.second),
                                            wording::number("score", entry.value->to_decimal())})
                            : wording::say(file_words::consensus_lost,
                                           {wording::text("candidate", key.first),
                                            wording::text("criterion", key.second)}));
    }
  }

  // Evaluations written or changed by hand.
  for (const toml::table* table : root.table_array("evaluation")) {
    input::TableReader reader(*table, file, ignored, "[[evaluation]]");
    const std::string evaluator = reader.optional_string("evaluator").value_or("");
    const std::string source = reader.optional_string("source").value_or("");
    const std::string sha256 = reader.optional_string("sha256").value_or("");
    const WrittenScores before = written_scores(reader.table_array("score"), file);
    const auto now = std::find_if(next.evaluations.begin(), next.evaluations.end(),
                                  [&](const Evaluation& e) { return e.evaluator == evaluator; });
    const bool same =
        now != next.evaluations.end() && new_scores(now->scores, next, preselection) == before;
    if (sha256.empty() || source.empty() || names_file(source, output)) {
      if (!same) {
        lose(reader.where(),
             wording::say_count(static_cast<std::int64_t>(before.size()),
                                file_words::hand_scores_lost_one, file_words::hand_scores_lost,
                                {wording::text("evaluator", evaluator)}));
      }
    } else if (now != next.evaluations.end() && now->source_sha256 == sha256 && !same) {
      lose(reader.where(),
           wording::say(file_words::hand_changes_lost,
                        {wording::text("evaluator", evaluator), wording::text("source", source)}));
    }
  }
  if (lost.empty()) {
    return {};
  }
  std::stable_sort(lost.begin(), lost.end(), [](const Lost& a, const Lost& b) {
    return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
  });
  Error refusal(ErrorKind::output,
                wording::say(file_words::holds_hand_work, {wording::text("file", file)}),
                std::nullopt, move_hint);
  for (Lost& item : lost) {
    refusal.append(Error(ErrorKind::output, std::move(item.message), std::move(item.where)));
  }
  return refusal;
}

}  // namespace tenderkit::scoring
