#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/rational.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/model/preselection.hpp>
#include <tenderkit/model/tender.hpp>

#include <filesystem>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::scoring {

/// A registration admitted to scoring: it passed tender-check (the integrality knock-out).
struct Candidate {
  std::string id;  ///< the registration id
  std::string name;
};

/// A registration left out of scoring, with why.
struct Rejected {
  std::string id;
  std::string name;
  std::string reason;  ///< e.g. "not compliant: INT-001, INT-003"
};

/// Candidates (compliant registrations, in input order) and the rest with their reasons.
struct Admission {
  std::vector<Candidate> candidates;
  std::vector<Rejected> rejected;
};

/// Splits checked registrations into candidates and rejected ones (errors reject; warnings do not).
Admission admit(const integrality::CheckReport& report);

/// One score for one candidate on one criterion, by an evaluator or (explicit) by the committee.
struct Score {
  std::string candidate;
  std::string criterion;
  Rational value;
  std::string motivation;
  SourceLocation where;  ///< where it was read: file:line:column, or file and cell ("Scores!D7")
};

/// The scores of one evaluator, from one returned form.
struct Evaluation {
  std::string evaluator;
  std::string source;         ///< the form it came from, as given
  std::string source_sha256;  ///< of that form's bytes
  std::vector<Score> scores;
  SourceLocation where;
};

/// What `tender-score collect` gathers and `tender-score rank` reads: the identity of the forms
/// and every score. Written and read as a TOML scores file (docs/tender-score.md).
struct ScoreSet {
  std::string tender_id;
  std::string form_version;  ///< form_version() of the preselection and candidates scored
  std::vector<Candidate> candidates;
  std::vector<Evaluation> evaluations;
  std::vector<Score> consensus;  ///< explicit consensus scores agreed by the committee
};

/// Identifies one version of the forms: SHA-256 over a canonical text of the preselection section
/// (scale, criteria with weights, evaluators, consensus rule) and the candidate list. A form
/// returned for another version does not match.
std::string form_version(const Preselection& preselection, std::span<const Candidate> candidates);

/// Reads a scores file (TOML): every score checked against the tender's preselection (scale,
/// criteria, evaluators) and the file's own candidate list, with file:line:column errors.
Result<ScoreSet> load_scores(const std::filesystem::path& path, const Tender& tender);
Result<ScoreSet> parse_scores(std::string_view content, const std::string& file,
                              const Tender& tender);

/// Combines scores files for one ranking: same tender and form version, each evaluator once,
/// each explicit consensus score once.
Result<ScoreSet> merge_scores(std::vector<ScoreSet> sets);

/// Writes the TOML scores file, ordered as the preselection orders evaluators and criteria.
void write_scores(std::ostream& out, const ScoreSet& scores, const Preselection& preselection);

}  // namespace tenderkit::scoring
