// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/rational.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/model/preselection.hpp>
#include <tenderkit/model/tender.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
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
/// Kept small, since a preselection holds hundreds of thousands: the candidate and criterion are
/// positions, not copies of their ids, and the motivation is stored by the ScoreList that holds
/// the score.
struct Score {
  std::uint32_t candidate = 0;  ///< position in the candidate list (ScoreSet::candidates)
  std::uint32_t criterion = 0;  ///< position in the preselection's criteria
  Rational value;
  /// The motivation; in a ScoreList it views the list's own copy, valid as long as the list.
  std::string_view motivation;
  /// Where it was read, in the file ScoreList::location() names: line and column, or for a
  /// workbook cell its row and column counted from 1; 0 when unknown.
  TextPosition where;
};

/// Scores with their motivations, as compact as a long list needs: the motivations are copied
/// into large blocks owned by the list (a string each would double their memory), and the file
/// they were read from is kept once per run of scores from that file.
class ScoreList {
 public:
  ScoreList() = default;
  /// An empty list for scores read from `file`; with a `sheet`, their positions are cells of
  /// that sheet of a workbook.
  explicit ScoreList(std::string file, std::string sheet = {});
  ScoreList(const ScoreList& other);
  ScoreList& operator=(const ScoreList& other);
  ScoreList(ScoreList&& other) noexcept;
  ScoreList& operator=(ScoreList&& other) noexcept;
  ~ScoreList() = default;

  /// Adds a score, read from the list's file; its motivation is copied.
  void push_back(const Score& score);
  /// Adds a score of `source`, which keeps the file it was read from.
  void push_back(const ScoreList& source, const Score& score);
  void reserve(std::size_t count) { scores_.reserve(count); }

  std::size_t size() const { return scores_.size(); }
  bool empty() const { return scores_.empty(); }
  const Score& operator[](std::size_t index) const { return scores_[index]; }
  const Score& at(std::size_t index) const { return scores_.at(index); }
  std::vector<Score>::const_iterator begin() const { return scores_.begin(); }
  std::vector<Score>::const_iterator end() const { return scores_.end(); }

  /// Where `score`, one of this list's, was read: "file:line:column", or for a workbook cell
  /// "file:Sheet!C9"; just the file when its position is unknown.
  SourceLocation location(const Score& score) const;

 private:
  // Scores from `scores_[first]` on were read from `file` (and `sheet`), up to the next run.
  struct FileRun {
    std::size_t first = 0;
    std::string file;
    std::string sheet;
  };

  std::string_view store(std::string_view text);
  void start_run(const std::string& file, const std::string& sheet);
  const FileRun* run_of(const Score& score) const;

  std::vector<Score> scores_;
  std::vector<FileRun> files_;
  std::vector<std::unique_ptr<char[]>> blocks_;  // never move, so the motivations' views hold
  std::size_t block_free_ = 0;                   // bytes left in blocks_.back()
};

/// The scores of one evaluator, from one returned form.
struct Evaluation {
  std::string evaluator;
  std::string source;         ///< the form it came from, as given
  std::string source_sha256;  ///< of that form's bytes
  ScoreList scores;
  SourceLocation where;
};

/// What `tender-score collect` gathers and `tender-score rank` reads: the identity of the forms
/// and every score. Written and read as a TOML scores file (docs/tender-score.md).
struct ScoreSet {
  std::string tender_id;
  std::string form_version;  ///< form_version() of the preselection and candidates scored
  std::vector<Candidate> candidates;
  std::vector<Evaluation> evaluations;
  ScoreList consensus;  ///< explicit consensus scores agreed by the committee
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

/// Reads a consensus file (TOML, docs/input-format.md "The consensus file"): `tender`,
/// `form_version` and `[[consensus]]` entries, the committee's decisions kept apart from the
/// scores that collect rewrites. Checked against the tender and against `scores` (the merged
/// scores files): its tender and form version must be theirs, and every candidate one of theirs.
/// The result holds the same identity and candidates as `scores` and only the consensus, ready
/// for merge_scores().
Result<ScoreSet> parse_consensus(std::string_view content, const std::string& file,
                                 const Tender& tender, const ScoreSet& scores);

/// Combines scores files for one ranking: same tender and form version, each evaluator once,
/// each explicit consensus score once.
Result<ScoreSet> merge_scores(std::vector<ScoreSet> sets, const Preselection& preselection);

/// Writes the TOML scores file, ordered as the preselection orders evaluators and criteria.
void write_scores(std::ostream& out, const ScoreSet& scores, const Preselection& preselection);

}  // namespace tenderkit::scoring
