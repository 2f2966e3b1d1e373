// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/sha256.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/input/wording.hpp>
#include <tenderkit/scoring/file_wording.hpp>
#include <tenderkit/scoring/scores.hpp>
#include <tenderkit/xlsx/reader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <tuple>
#include <utility>

namespace tenderkit::scoring {

using input::TableReader;
using input::toml_quote;

namespace {

// Motivations are copied into blocks of this size; a long one gets a block of its own.
constexpr std::size_t kMotivationBlockSize = 64 * 1024;

}  // namespace

ScoreList::ScoreList(std::string file, std::string sheet) {
  files_.push_back(FileRun{0, std::move(file), std::move(sheet)});
}

ScoreList::ScoreList(const ScoreList& other) : files_(other.files_) {
  scores_.reserve(other.scores_.size());
  for (const Score& score : other.scores_) {
    Score copy = score;
    copy.motivation = store(score.motivation);
    scores_.push_back(copy);
  }
}

ScoreList& ScoreList::operator=(const ScoreList& other) {
  if (this != &other) {
    *this = ScoreList(other);
  }
  return *this;
}

ScoreList::ScoreList(ScoreList&& other) noexcept
    : scores_(std::move(other.scores_)),
      files_(std::move(other.files_)),
      blocks_(std::move(other.blocks_)),
      block_free_(std::exchange(other.block_free_, 0)) {}

ScoreList& ScoreList::operator=(ScoreList&& other) noexcept {
  scores_ = std::move(other.scores_);
  files_ = std::move(other.files_);
  blocks_ = std::move(other.blocks_);
  block_free_ = std::exchange(other.block_free_, 0);
  return *this;
}

std::string_view ScoreList::store(std::string_view text) {
  if (text.empty()) {
    return {};
  }
  if (text.size() > kMotivationBlockSize / 4) {
    // Its own block, kept before the one being filled.
    auto block = std::make_unique_for_overwrite<char[]>(text.size());
    std::memcpy(block.get(), text.data(), text.size());
    const std::string_view stored(block.get(), text.size());
    blocks_.insert(blocks_.empty() ? blocks_.end() : blocks_.end() - 1, std::move(block));
    return stored;
  }
  if (text.size() > block_free_) {
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(kMotivationBlockSize));
    block_free_ = kMotivationBlockSize;
  }
  char* at = blocks_.back().get() + (kMotivationBlockSize - block_free_);
  std::memcpy(at, text.data(), text.size());
  block_free_ -= text.size();
  return {at, text.size()};
}

void ScoreList::start_run(const std::string& file, const std::string& sheet) {
  if (!files_.empty() && files_.back().file == file && files_.back().sheet == sheet) {
    return;
  }
  if (!files_.empty() && files_.back().first == scores_.size()) {
    files_.back().file = file;  // the last run is still empty
    files_.back().sheet = sheet;
    return;
  }
  files_.push_back(FileRun{scores_.size(), file, sheet});
}

void ScoreList::push_back(const Score& score) {
  Score copy = score;
  copy.motivation = store(score.motivation);
  scores_.push_back(copy);
}

void ScoreList::push_back(const ScoreList& source, const Score& score) {
  if (const FileRun* run = source.run_of(score)) {
    start_run(run->file, run->sheet);
  }
  push_back(score);
}

const ScoreList::FileRun* ScoreList::run_of(const Score& score) const {
  if (scores_.empty() || &score < scores_.data() || &score >= scores_.data() + scores_.size()) {
    return nullptr;  // not one of this list's scores
  }
  const auto index = static_cast<std::size_t>(&score - scores_.data());
  const auto after =
      std::upper_bound(files_.begin(), files_.end(), index,
                       [](std::size_t i, const FileRun& run) { return i < run.first; });
  return after == files_.begin() ? nullptr : &*(after - 1);
}

SourceLocation ScoreList::location(const Score& score) const {
  const FileRun* run = run_of(score);
  if (run == nullptr) {
    return SourceLocation();
  }
  if (run->sheet.empty() || score.where.line <= 0 || score.where.column <= 0) {
    return SourceLocation(run->file, score.where);
  }
  return xlsx::cell_location(run->file, run->sheet, static_cast<xlsx::Row>(score.where.line - 1),
                             static_cast<xlsx::Column>(score.where.column - 1));
}

Admission admit(const integrality::CheckReport& report) {
  Admission admission;
  for (const integrality::RegistrationCheck& check : report.registrations) {
    const Registration& registration = check.registration;
    if (check.compliant(false)) {
      admission.candidates.push_back(Candidate{registration.id, registration.name});
      continue;
    }
    std::vector<std::string> rules;
    for (const integrality::Finding& finding : check.findings) {
      if (finding.severity == integrality::Severity::error &&
          std::find(rules.begin(), rules.end(), finding.rule_id) == rules.end()) {
        rules.push_back(finding.rule_id);
      }
    }
    admission.rejected.push_back(
        Rejected{registration.id, registration.name, "not compliant: " + text::join(rules, ", ")});
  }
  return admission;
}

std::string form_version(const Preselection& preselection, std::span<const Candidate> candidates) {
  // A canonical text of everything a returned form must agree on, then its SHA-256.
  std::string canonical = "tenderkit form version 1\n";
  canonical += fmt::format("scale\t{}\n", preselection.scale.describe());
  canonical += fmt::format("weights\t{}\n", to_string(preselection.weight_kind));
  for (const Criterion& criterion : preselection.criteria) {
    canonical += fmt::format("criterion\t{}\t{}\t{}\n", criterion.id,
                             criterion.weight.to_fraction(), criterion.title);
  }
  for (const Evaluator& evaluator : preselection.evaluators) {
    canonical += fmt::format("evaluator\t{}\n", evaluator.id);
  }
  for (const Candidate& candidate : candidates) {
    canonical += fmt::format("candidate\t{}\t{}\n", candidate.id, candidate.name);
  }
  return sha256_hex(canonical);
}

namespace {

// The score of a scores file: an integer, a decimal such as 7.5, or a fraction as text "15/2".
std::optional<Rational> read_score(TableReader& reader) {
  const toml::node* node = reader.node("score");
  if (node == nullptr) {
    reader.sink().error(wording::label(file_words::score_lacks_score), reader.where());
    return std::nullopt;
  }
  if (const auto* text = node->as_string()) {
    Result<Rational> parsed = Rational::parse(text->get());
    if (!parsed) {
      reader.sink().error(parsed.error().diagnostics().front().message, reader.where("score"));
      return std::nullopt;
    }
    return *parsed;
  }
  return reader.number_of(*node, wording::say(file_words::score_key));
}

class ScoresReader {
 public:
  ScoresReader(const Tender& tender, const Preselection& preselection, DiagnosticSink& sink)
      : tender_(tender), preselection_(preselection), sink_(sink) {
    for (const Criterion& criterion : preselection.criteria) {
      criterion_ids_.push_back(criterion.id);
    }
    for (const Evaluator& evaluator : preselection.evaluators) {
      evaluator_ids_.push_back(evaluator.id);
    }
  }

  void read_candidates(TableReader& root, ScoreSet& scores) {
    for (const toml::table* table : root.table_array("candidate")) {
      TableReader reader(*table, root.file(), sink_, "[[candidate]]");
      Candidate candidate{reader.required_string("id").value_or(""),
                          reader.required_string("name").value_or("")};
      reader.finish();
      if (!candidate.id.empty() &&
          !candidate_index_.emplace(candidate.id, scores.candidates.size()).second) {
        sink_.error(wording::say(file_words::candidate_twice, {wording::text("id", candidate.id)}),
                    reader.where("id"));
        continue;
      }
      candidate_ids_.push_back(candidate.id);
      scores.candidates.push_back(std::move(candidate));
    }
    if (root.absent_or_empty("candidate")) {
      sink_.error(wording::label(file_words::no_candidates), root.where());
    }
  }

  // The candidates of scores read before (for a consensus file, which lists none of its own).
  void use_candidates(const std::vector<Candidate>& candidates) {
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      candidate_index_.emplace(candidates[i].id, i);
      candidate_ids_.push_back(candidates[i].id);
    }
  }

  // Reads the score entries of `tables` into `list`; a candidate scored twice on a criterion
  // is an error.
  void read_entries(const std::vector<const toml::table*>& tables, const std::string& file,
                    std::string_view what, ScoreList& list) {
    list.reserve(tables.size());
    std::vector<bool> scored(candidate_ids_.size() * criterion_ids_.size());
    for (const toml::table* table : tables) {
      read_entry(*table, file, what, scored, list);
    }
  }

  void read_evaluations(TableReader& root, ScoreSet& scores) {
    std::map<std::string, SourceLocation> evaluators_seen;
    for (const toml::table* table : root.table_array("evaluation")) {
      TableReader reader(*table, root.file(), sink_, "[[evaluation]]");
      Evaluation evaluation;
      evaluation.where = reader.where();
      evaluation.evaluator = reader.required_string("evaluator").value_or("");
      evaluation.source = reader.optional_string("source").value_or(root.file());
      evaluation.source_sha256 = reader.optional_string("sha256").value_or("");
      evaluation.scores = ScoreList(root.file());
      if (!evaluation.evaluator.empty()) {
        if (preselection_.find_evaluator(evaluation.evaluator) == nullptr) {
          sink_.error(wording::say(file_words::unknown_evaluator,
                                   {wording::text("id", evaluation.evaluator)}),
                      reader.where("evaluator"),
                      text::did_you_mean(evaluation.evaluator, evaluator_ids_));
        } else if (const auto [it, inserted] =
                       evaluators_seen.emplace(evaluation.evaluator, reader.where("evaluator"));
                   !inserted) {
          sink_.error(
              wording::say(file_words::evaluator_twice,
                           {wording::text("id", evaluation.evaluator)}),
              reader.where("evaluator"),
              wording::say(file_words::first_at, {wording::text("where", it->second.to_string())}));
        }
      }
      read_entries(reader.table_array("score"), root.file(), "[[evaluation.score]]",
                   evaluation.scores);
      reader.finish();
      scores.evaluations.push_back(std::move(evaluation));
    }
  }

  void read_consensus(TableReader& root, ScoreSet& scores) {
    scores.consensus = ScoreList(root.file());
    read_entries(root.table_array("consensus"), root.file(), "[[consensus]]", scores.consensus);
  }

 private:
  void read_entry(const toml::table& table, const std::string& file, std::string_view what,
                  std::vector<bool>& scored, ScoreList& list) {
    TableReader reader(table, file, sink_, std::string(what));  // a table header
    const TextPosition where = reader.where().position();
    const std::string candidate = reader.required_string("candidate").value_or("");
    const std::string criterion = reader.required_string("criterion").value_or("");
    const std::optional<Rational> value = read_score(reader);
    const std::string motivation = reader.required_string("motivation").value_or("");
    reader.finish();
    bool valid = value.has_value() && !motivation.empty();
    const auto candidate_at = candidate_index_.find(candidate);
    if (!candidate.empty() && candidate_at == candidate_index_.end()) {
      sink_.error(wording::say(file_words::unknown_candidate, {wording::text("id", candidate)}),
                  reader.where("candidate"), text::did_you_mean(candidate, candidate_ids_));
      valid = false;
    }
    const Criterion* found = preselection_.find_criterion(criterion);
    if (!criterion.empty() && found == nullptr) {
      sink_.error(wording::say(file_words::unknown_criterion, {wording::text("id", criterion)}),
                  reader.where("criterion"), text::did_you_mean(criterion, criterion_ids_));
      valid = false;
    }
    if (value && !preselection_.scale.allows(*value)) {
      sink_.error(wording::say(file_words::off_scale,
                               {wording::number("score", value->to_decimal()),
                                wording::text("scale", preselection_.scale.describe())}),
                  reader.where("score"));
      valid = false;
    }
    if (!valid || candidate_at == candidate_index_.end() || found == nullptr) {
      return;
    }
    const auto criterion_index = static_cast<std::size_t>(found - preselection_.criteria.data());
    const std::size_t cell = candidate_at->second * criterion_ids_.size() + criterion_index;
    if (scored[cell]) {
      sink_.error(wording::say(file_words::scored_twice, {wording::text("candidate", candidate),
                                                          wording::text("criterion", criterion)}),
                  reader.where());
      return;
    }
    scored[cell] = true;
    list.push_back(Score{.candidate = static_cast<std::uint32_t>(candidate_at->second),
                         .criterion = static_cast<std::uint32_t>(criterion_index),
                         .value = *value,
                         .motivation = motivation,
                         .where = where});
  }

  const Tender& tender_;
  const Preselection& preselection_;
  DiagnosticSink& sink_;
  std::vector<std::string> criterion_ids_;
  std::vector<std::string> evaluator_ids_;
  std::vector<std::string> candidate_ids_;
  std::map<std::string, std::size_t, std::less<>> candidate_index_;
};

std::string toml_score(const Rational& value) {
  const std::string decimal = value.to_decimal(12);
  if (Result<Rational> back = Rational::parse(decimal); back && *back == value) {
    return decimal;  // an integer or a terminating decimal: a TOML number
  }
  return toml_quote(value.to_fraction());  // e.g. "22/3": exact, as text
}

void write_entries(std::ostream& out, std::string_view table, const ScoreList& list,
                   const ScoreSet& scores, const Preselection& preselection) {
  std::vector<const Score*> entries;
  entries.reserve(list.size());
  for (const Score& score : list) {
    entries.push_back(&score);
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Score* a, const Score* b) {
    return std::tie(a->candidate, a->criterion) < std::tie(b->candidate, b->criterion);
  });
  for (const Score* score : entries) {
    out << fmt::format("\n[[{}]]\ncandidate = {}\ncriterion = {}\nscore = {}\nmotivation = {}\n",
                       table, toml_quote(scores.candidates.at(score->candidate).id),
                       toml_quote(preselection.criteria.at(score->criterion).id),
                       toml_score(score->value), toml_quote(score->motivation));
  }
}

}  // namespace

Result<ScoreSet> parse_scores(std::string_view content, const std::string& file,
                              const Tender& tender) {
  if (!tender.preselection) {
    return Error::input(wording::label(file_words::no_preselection),
                        SourceLocation(tender.file, 1, 1));
  }
  const Preselection& preselection = *tender.preselection;
  Result<toml::table> document = input::parse_toml(content, file);
  if (!document) {
    return document.error();
  }
  if (!document->contains("candidate") && !document->contains("evaluation") &&
      document->contains("consensus")) {
    return Error::input(wording::label(file_words::is_consensus_file), SourceLocation(file, 0, 0),
                        wording::label(file_words::give_with_consensus));
  }
  DiagnosticSink sink;
  TableReader root(*document, file, sink, wording::label(input::words::the_scores_file));
  ScoreSet scores;
  scores.tender_id = root.required_string("tender").value_or("");
  if (!scores.tender_id.empty() && scores.tender_id != tender.id) {
    // Everything else would only repeat that the ids do not match: say the one thing that does.
    return Error::input(
        wording::say(file_words::scores_other_tender,
                     {wording::text("tender", scores.tender_id), wording::text("file", tender.file),
                      wording::text("actual", tender.id)}),
        root.where("tender"));
  }
  scores.form_version = root.required_string("form_version").value_or("");
  ScoresReader reader(tender, preselection, sink);
  reader.read_candidates(root, scores);
  reader.read_evaluations(root, scores);
  reader.read_consensus(root, scores);
  root.finish();
  if (sink.empty() && scores.form_version != form_version(preselection, scores.candidates)) {
    sink.error(wording::label(file_words::other_form_version), root.where("form_version"),
               wording::label(file_words::make_new_forms));
  }
  if (!sink.empty()) {
    return sink.to_error();
  }
  return scores;
}

Result<ScoreSet> parse_consensus(std::string_view content, const std::string& file,
                                 const Tender& tender, const ScoreSet& scores) {
  if (!tender.preselection) {
    return Error::input(wording::label(file_words::no_preselection),
                        SourceLocation(tender.file, 1, 1));
  }
  const Preselection& preselection = *tender.preselection;
  Result<toml::table> document = input::parse_toml(content, file);
  if (!document) {
    return document.error();
  }
  if (document->contains("candidate") || document->contains("evaluation")) {
    return Error::input(wording::label(file_words::is_scores_file), SourceLocation(file, 0, 0),
                        wording::label(file_words::scores_as_arguments));
  }
  DiagnosticSink sink;
  TableReader root(*document, file, sink, wording::label(input::words::the_consensus_file));
  ScoreSet result;
  result.tender_id = root.required_string("tender").value_or("");
  if (!result.tender_id.empty() && result.tender_id != tender.id) {
    return Error::input(
        wording::say(file_words::consensus_other_tender,
                     {wording::text("tender", result.tender_id), wording::text("file", tender.file),
                      wording::text("actual", tender.id)}),
        root.where("tender"));
  }
  const std::optional<std::string> version = root.optional_string("form_version");
  if (!version) {
    if (!root.has("form_version")) {
      sink.error(wording::label(file_words::consensus_lacks_version), root.where(),
                 wording::say(file_words::add_form_version,
                              {wording::text("version", scores.form_version)}));
    }
  } else if (*version != scores.form_version) {
    // Its candidates and criteria may mean something else now: say only this.
    return Error::input(
        wording::label(file_words::consensus_other_version), root.where("form_version"),
        wording::say(file_words::decide_again,
                     {wording::text("version", scores.form_version.substr(0, 16))}));
  }
  result.form_version = scores.form_version;
  result.candidates = scores.candidates;
  ScoresReader reader(tender, preselection, sink);
  reader.use_candidates(result.candidates);
  reader.read_consensus(root, result);
  root.finish();
  if (!sink.empty()) {
    return sink.to_error();
  }
  return result;
}

Result<ScoreSet> load_scores(const std::filesystem::path& path, const Tender& tender) {
  Result<std::string> content = read_file(path);
  if (!content) {
    return content.error();
  }
  return parse_scores(*content, path.string(), tender);
}

Result<ScoreSet> merge_scores(std::vector<ScoreSet> sets, const Preselection& preselection) {
  if (sets.empty()) {
    return Error::usage(wording::label(file_words::nothing_to_merge));
  }
  ScoreSet merged = std::move(sets.front());
  DiagnosticSink sink;
  std::map<std::string, SourceLocation> first_evaluation;
  // Sets of one form version share one candidate list, so positions compare across them.
  std::map<std::pair<std::uint32_t, std::uint32_t>, SourceLocation> first_consensus;
  for (const Evaluation& evaluation : merged.evaluations) {
    first_evaluation.emplace(evaluation.evaluator, evaluation.where);
  }
  for (const Score& score : merged.consensus) {
    first_consensus.emplace(std::make_pair(score.candidate, score.criterion),
                            merged.consensus.location(score));
  }
  for (std::size_t i = 1; i < sets.size(); ++i) {
    ScoreSet& other = sets[i];
    if (other.form_version != merged.form_version) {
      sink.error(wording::label(file_words::merge_other_version),
                 other.evaluations.empty() ? std::nullopt
                                           : std::optional(other.evaluations.front().where));
      continue;
    }
    for (Evaluation& evaluation : other.evaluations) {
      const auto [it, inserted] = first_evaluation.emplace(evaluation.evaluator, evaluation.where);
      if (!inserted) {
        sink.error(
            wording::say(file_words::evaluator_two_files,
                         {wording::text("id", evaluation.evaluator)}),
            evaluation.where,
            wording::say(file_words::also_in, {wording::text("where", it->second.to_string())}));
        continue;
      }
      merged.evaluations.push_back(std::move(evaluation));
    }
    for (const Score& score : other.consensus) {
      const auto [it, inserted] = first_consensus.emplace(
          std::make_pair(score.candidate, score.criterion), other.consensus.location(score));
      if (!inserted) {
        sink.error(
            wording::say(
                file_words::consensus_twice,
                {wording::text("candidate", merged.candidates.at(score.candidate).id),
                 wording::text("criterion", preselection.criteria.at(score.criterion).id)}),
            other.consensus.location(score),
            wording::say(file_words::also_at, {wording::text("where", it->second.to_string())}));
        continue;
      }
      merged.consensus.push_back(other.consensus, score);
    }
  }
  if (!sink.empty()) {
    return sink.to_error();
  }
  return merged;
}

void write_scores(std::ostream& out, const ScoreSet& scores, const Preselection& preselection) {
  out << "# tenderkit scores file: written by tender-score collect, read by tender-score rank.\n";
  out << "# Scores are exact: integers, decimals, or fractions as text (\"22/3\").\n";
  out << fmt::format("tender = {}\nform_version = {}\n", toml_quote(scores.tender_id),
                     toml_quote(scores.form_version));
  for (const Candidate& candidate : scores.candidates) {
    out << fmt::format("\n[[candidate]]\nid = {}\nname = {}\n", toml_quote(candidate.id),
                       toml_quote(candidate.name));
  }
  for (const Evaluator& evaluator : preselection.evaluators) {
    for (const Evaluation& evaluation : scores.evaluations) {
      if (evaluation.evaluator != evaluator.id) {
        continue;
      }
      out << fmt::format("\n[[evaluation]]\nevaluator = {}\nsource = {}\nsha256 = {}\n",
                         toml_quote(evaluation.evaluator), toml_quote(evaluation.source),
                         toml_quote(evaluation.source_sha256));
      write_entries(out, "evaluation.score", evaluation.scores, scores, preselection);
    }
  }
  write_entries(out, "consensus", scores.consensus, scores, preselection);
}

}  // namespace tenderkit::scoring
