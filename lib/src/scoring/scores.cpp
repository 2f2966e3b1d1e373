#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/sha256.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/scoring/scores.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace tenderkit::scoring {

using input::TableReader;

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
    reader.sink().error("the score lacks its 'score'", reader.where());
    return std::nullopt;
  }
  if (const auto* text = node->as_string()) {
    Result<Rational> parsed = Rational::parse(text->get());
    if (!parsed) {
      reader.sink().error(parsed.error().message(), reader.where("score"));
      return std::nullopt;
    }
    return *parsed;
  }
  return reader.number_of(*node, "'score'");
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
    std::set<std::string> seen;
    for (const toml::table* table : root.table_array("candidate")) {
      TableReader reader(*table, root.file(), sink_, "[[candidate]]");
      Candidate candidate{reader.required_string("id").value_or(""),
                          reader.required_string("name").value_or("")};
      reader.finish();
      if (!candidate.id.empty() && !seen.insert(candidate.id).second) {
        sink_.error(fmt::format("candidate '{}' is listed twice", candidate.id),
                    reader.where("id"));
        continue;
      }
      candidate_ids_.push_back(candidate.id);
      scores.candidates.push_back(std::move(candidate));
    }
    if (root.absent_or_empty("candidate")) {
      sink_.error(
          "the scores file lists no candidates; add the [[candidate]] list the forms were "
          "made for",
          root.where());
    }
  }

  // Reads one score entry; `duplicates` catches a candidate and criterion scored twice.
  std::optional<Score> read_entry(const toml::table& table, const std::string& file,
                                  std::string_view what,
                                  std::set<std::pair<std::string, std::string>>& duplicates) {
    TableReader reader(table, file, sink_, std::string(what));
    Score score;
    score.where = reader.where();
    score.candidate = reader.required_string("candidate").value_or("");
    score.criterion = reader.required_string("criterion").value_or("");
    const std::optional<Rational> value = read_score(reader);
    score.motivation = reader.required_string("motivation").value_or("");
    reader.finish();
    bool valid = value.has_value() && !score.motivation.empty();
    if (!score.candidate.empty() && std::find(candidate_ids_.begin(), candidate_ids_.end(),
                                              score.candidate) == candidate_ids_.end()) {
      sink_.error(fmt::format("unknown candidate '{}'", score.candidate), reader.where("candidate"),
                  text::did_you_mean(score.candidate, candidate_ids_));
      valid = false;
    }
    if (!score.criterion.empty() && preselection_.find_criterion(score.criterion) == nullptr) {
      sink_.error(fmt::format("unknown criterion '{}'", score.criterion), reader.where("criterion"),
                  text::did_you_mean(score.criterion, criterion_ids_));
      valid = false;
    }
    if (value && !preselection_.scale.allows(*value)) {
      sink_.error(fmt::format("score {} is not on the scale ({})", value->to_decimal(),
                              preselection_.scale.describe()),
                  reader.where("score"));
      valid = false;
    }
    if (valid && !duplicates.emplace(score.candidate, score.criterion).second) {
      sink_.error(fmt::format("candidate '{}' is scored twice on criterion '{}'", score.candidate,
                              score.criterion),
                  reader.where());
      valid = false;
    }
    if (!valid) {
      return std::nullopt;
    }
    score.value = *value;
    return score;
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
      if (!evaluation.evaluator.empty()) {
        if (preselection_.find_evaluator(evaluation.evaluator) == nullptr) {
          sink_.error(fmt::format("unknown evaluator '{}'", evaluation.evaluator),
                      reader.where("evaluator"),
                      text::did_you_mean(evaluation.evaluator, evaluator_ids_));
        } else if (const auto [it, inserted] =
                       evaluators_seen.emplace(evaluation.evaluator, reader.where("evaluator"));
                   !inserted) {
          sink_.error(fmt::format("evaluator '{}' appears twice", evaluation.evaluator),
                      reader.where("evaluator"), "first at " + it->second.to_string());
        }
      }
      std::set<std::pair<std::string, std::string>> duplicates;
      for (const toml::table* entry : reader.table_array("score")) {
        if (auto score = read_entry(*entry, root.file(), "[[evaluation.score]]", duplicates)) {
          evaluation.scores.push_back(std::move(*score));
        }
      }
      reader.finish();
      scores.evaluations.push_back(std::move(evaluation));
    }
  }

  void read_consensus(TableReader& root, ScoreSet& scores) {
    std::set<std::pair<std::string, std::string>> duplicates;
    for (const toml::table* entry : root.table_array("consensus")) {
      if (auto score = read_entry(*entry, root.file(), "[[consensus]]", duplicates)) {
        scores.consensus.push_back(std::move(*score));
      }
    }
  }

 private:
  const Tender& tender_;
  const Preselection& preselection_;
  DiagnosticSink& sink_;
  std::vector<std::string> criterion_ids_;
  std::vector<std::string> evaluator_ids_;
  std::vector<std::string> candidate_ids_;
};

// TOML basic string: quotes, backslashes and control characters escaped.
std::string toml_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          out += fmt::format("\\u{:04X}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string toml_score(const Rational& value) {
  const std::string decimal = value.to_decimal(12);
  if (Result<Rational> back = Rational::parse(decimal); back && *back == value) {
    return decimal;  // an integer or a terminating decimal: a TOML number
  }
  return toml_quote(value.to_fraction());  // e.g. "22/3": exact, as text
}

void write_entries(std::ostream& out, std::string_view table, std::vector<const Score*> entries,
                   const ScoreSet& scores, const Preselection& preselection) {
  const auto position = [&](const Score* score) {
    const auto candidate =
        std::find_if(scores.candidates.begin(), scores.candidates.end(),
                     [&](const Candidate& c) { return c.id == score->candidate; });
    const auto criterion =
        std::find_if(preselection.criteria.begin(), preselection.criteria.end(),
                     [&](const Criterion& c) { return c.id == score->criterion; });
    return std::make_pair(candidate - scores.candidates.begin(),
                          criterion - preselection.criteria.begin());
  };
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const Score* a, const Score* b) { return position(a) < position(b); });
  for (const Score* score : entries) {
    out << fmt::format("\n[[{}]]\ncandidate = {}\ncriterion = {}\nscore = {}\nmotivation = {}\n",
                       table, toml_quote(score->candidate), toml_quote(score->criterion),
                       toml_score(score->value), toml_quote(score->motivation));
  }
}

}  // namespace

Result<ScoreSet> parse_scores(std::string_view content, const std::string& file,
                              const Tender& tender) {
  if (!tender.preselection) {
    return Error::input("the tender has no [preselection] section to score against",
                        SourceLocation(tender.file, 1, 1));
  }
  const Preselection& preselection = *tender.preselection;
  Result<toml::table> document = input::parse_toml(content, file);
  if (!document) {
    return document.error();
  }
  DiagnosticSink sink;
  TableReader root(*document, file, sink, "the scores file");
  ScoreSet scores;
  scores.tender_id = root.required_string("tender").value_or("");
  if (!scores.tender_id.empty() && scores.tender_id != tender.id) {
    // Everything else would only repeat that the ids do not match: say the one thing that does.
    return Error::input(fmt::format("these scores are for tender '{}', but {} is tender '{}'",
                                    scores.tender_id, tender.file, tender.id),
                        root.where("tender"));
  }
  scores.form_version = root.required_string("form_version").value_or("");
  ScoresReader reader(tender, preselection, sink);
  reader.read_candidates(root, scores);
  reader.read_evaluations(root, scores);
  reader.read_consensus(root, scores);
  root.finish();
  if (sink.empty() && scores.form_version != form_version(preselection, scores.candidates)) {
    sink.error(
        "these scores were given on another version of the forms: the tender's "
        "preselection or the candidate list has changed since",
        root.where("form_version"),
        "make new forms with 'tender-score forms' and have them filled in again");
  }
  if (!sink.empty()) {
    return sink.to_error();
  }
  return scores;
}

Result<ScoreSet> load_scores(const std::filesystem::path& path, const Tender& tender) {
  Result<std::string> content = read_file(path);
  if (!content) {
    return content.error();
  }
  return parse_scores(*content, path.string(), tender);
}

Result<ScoreSet> merge_scores(std::vector<ScoreSet> sets) {
  if (sets.empty()) {
    return Error::usage("no scores to merge");
  }
  ScoreSet merged = std::move(sets.front());
  DiagnosticSink sink;
  std::map<std::string, const Evaluation*> first_evaluation;
  std::map<std::pair<std::string, std::string>, SourceLocation> first_consensus;
  for (const Evaluation& evaluation : merged.evaluations) {
    first_evaluation.emplace(evaluation.evaluator, &evaluation);
  }
  for (const Score& score : merged.consensus) {
    first_consensus.emplace(std::make_pair(score.candidate, score.criterion), score.where);
  }
  for (std::size_t i = 1; i < sets.size(); ++i) {
    ScoreSet& other = sets[i];
    if (other.form_version != merged.form_version) {
      sink.error(
          "these scores were given on another version of the forms than the first scores "
          "file",
          other.evaluations.empty() ? std::nullopt
                                    : std::optional(other.evaluations.front().where));
      continue;
    }
    for (Evaluation& evaluation : other.evaluations) {
      const auto it = first_evaluation.find(evaluation.evaluator);
      if (it != first_evaluation.end()) {
        sink.error(fmt::format("evaluator '{}' has scores in two files", evaluation.evaluator),
                   evaluation.where, "also in " + it->second->where.to_string());
        continue;
      }
      merged.evaluations.push_back(std::move(evaluation));
    }
    for (Score& score : other.consensus) {
      const auto [it, inserted] =
          first_consensus.emplace(std::make_pair(score.candidate, score.criterion), score.where);
      if (!inserted) {
        sink.error(fmt::format("the consensus score of '{}' on '{}' is given twice",
                               score.candidate, score.criterion),
                   score.where, "also at " + it->second.to_string());
        continue;
      }
      merged.consensus.push_back(std::move(score));
    }
    // Pointers into merged.evaluations may have moved; rebuild the index.
    first_evaluation.clear();
    for (const Evaluation& evaluation : merged.evaluations) {
      first_evaluation.emplace(evaluation.evaluator, &evaluation);
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
      std::vector<const Score*> entries;
      for (const Score& score : evaluation.scores) {
        entries.push_back(&score);
      }
      write_entries(out, "evaluation.score", entries, scores, preselection);
    }
  }
  std::vector<const Score*> consensus;
  for (const Score& score : scores.consensus) {
    consensus.push_back(&score);
  }
  write_entries(out, "consensus", consensus, scores, preselection);
}

}  // namespace tenderkit::scoring
