// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/commands/score_wording.hpp>
#include <tenderkit/commands/tender_score.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/clock.hpp>
#include <tenderkit/core/sha256.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/report/ranking_report.hpp>
#include <tenderkit/report/ranking_workbook.hpp>
#include <tenderkit/scoring/ranking.hpp>
#include <tenderkit/scoring/scores.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace tenderkit::commands {

namespace {

using RankWriter = void (*)(std::ostream&, const report::RankingDocument&,
                            const report::RankingRenderOptions&);

// The one table of tender-score rank's report formats: --format's names and the writers.
constexpr std::array<cli::FormatEntry<RankFormat, RankWriter>, 3> kFormats{{
    {RankFormat::text, "text", report::write_ranking_text},
    {RankFormat::json, "json", report::write_ranking_json},
    {RankFormat::markdown, "markdown", report::write_ranking_markdown},
}};

}  // namespace

std::vector<cli::FormatName<RankFormat>> rank_formats() {
  return cli::format_names(kFormats);
}

namespace {

Result<int> rank_scores(const ScoreRankOptions& options, std::ostream& out, std::ostream& err,
                        std::optional<Language>& spoken) {
  // The timestamp is validated before any work, so a bad SOURCE_DATE_EPOCH costs nothing.
  Result<std::time_t> created = output_timestamp();
  if (!created) {
    return created.error();
  }
  if (options.scores.empty()) {
    return Error::usage(wording::label(score_words::no_scores_file));
  }
  const auto* format = cli::find_format(kFormats, options.format);
  if (format == nullptr) {
    return cli::unsupported_format("tender-score rank");
  }
  if (Result<void> report_target = cli::refuse_workbook_as_report(options.output); !report_target) {
    return report_target.error();
  }
  // No output may be an input: checked before anything is read or written.
  std::vector<std::filesystem::path> input_paths{options.tender_file};
  input_paths.insert(input_paths.end(), options.scores.begin(), options.scores.end());
  input_paths.insert(input_paths.end(), options.consensus.begin(), options.consensus.end());
  if (Result<void> checked = check_outputs(
          input_paths, {options.workbook,
                        cli::writes_to_standard_output(options.output) ? "-" : options.output});
      !checked) {
    return checked.error();
  }
  // Each input is read once: the bytes parsed are the bytes whose SHA-256 the audit records.
  std::vector<report::RankingInput> inputs;
  Result<std::string> tender_text = read_file(options.tender_file);
  if (!tender_text) {
    return tender_text.error();
  }
  Result<Tender> tender = input::parse_tender(*tender_text, options.tender_file);
  if (!tender) {
    return tender.error();
  }
  spoken = options.language.value_or(tender->language);
  if (!tender->preselection) {
    return Error::input(wording::label(score_words::nothing_to_rank),
                        SourceLocation(options.tender_file, 0, 0),
                        wording::label(score_words::add_preselection));
  }
  inputs.push_back({"tender", options.tender_file, sha256_hex(*tender_text)});

  // Every scores file is checked before any is rejected, so one run reports all problems.
  std::vector<scoring::ScoreSet> sets;
  std::optional<Error> errors;
  // Reads every file of one role, keeping its SHA-256 for the audit and gathering all errors.
  const auto read_all = [&](const std::vector<std::string>& paths, const char* role,
                            std::vector<scoring::ScoreSet>& into, const auto& parse) {
    for (const std::string& path : paths) {
      Result<std::string> content = read_file(path);
      Result<scoring::ScoreSet> set =
          content ? parse(*content, path) : Result<scoring::ScoreSet>(content.error());
      if (!set) {
        if (errors) {
          errors->append(set.error());
        } else {
          errors = set.error();
        }
        continue;
      }
      inputs.push_back({role, path, sha256_hex(*content)});
      into.push_back(std::move(set).value());
    }
  };
  read_all(options.scores, "scores", sets, [&](std::string_view content, const std::string& path) {
    return scoring::parse_scores(content, path, *tender);
  });
  if (errors) {
    return *errors;
  }
  Result<scoring::ScoreSet> merged = scoring::merge_scores(std::move(sets), *tender->preselection);
  if (!merged) {
    return merged.error();
  }
  // The consensus files are read against the merged scores (their candidates and form version),
  // and merged with them: each consensus score once, in a scores file or a consensus file.
  std::vector<scoring::ScoreSet> with_consensus;
  with_consensus.push_back(std::move(merged).value());
  std::vector<scoring::ScoreSet> decisions;
  read_all(options.consensus, "consensus", decisions,
           [&](std::string_view content, const std::string& path) {
             return scoring::parse_consensus(content, path, *tender, with_consensus.front());
           });
  std::move(decisions.begin(), decisions.end(), std::back_inserter(with_consensus));
  if (errors) {
    return *errors;
  }
  Result<scoring::ScoreSet> scores =
      scoring::merge_scores(std::move(with_consensus), *tender->preselection);
  if (!scores) {
    return scores.error();
  }
  const scoring::Ranking ranking = scoring::rank(*tender->preselection, *scores);
  const report::RankingDocument document{
      .tender = *tender, .scores = *scores, .ranking = ranking, .inputs = std::move(inputs)};

  // The workbook before the report, as tender-check does: a report never claims a workbook
  // that could not be written.
  // The language is resolved once: --lang, else the tender's.
  const Language language = options.language.value_or(document.tender.language);
  if (!options.workbook.empty()) {
    cli::warn_unless_xlsx(err, "tender-score rank", options.workbook, language);
    Result<std::vector<Warning>> written = report::write_ranking_workbook(
        options.workbook, document,
        {.created = *created, .tool_version = TENDERKIT_VERSION, .language = language});
    if (!written) {
      return written.error();
    }
    cli::print_warnings(err, "tender-score rank", *written, language);
  }
  const report::RankingRenderOptions render{
      .colour = options.colour, .tool_version = TENDERKIT_VERSION, .language = language};
  const auto produce = [&](std::ostream& stream) { format->write(stream, document, render); };
  if (Result<void> emitted = cli::emit(produce, options.output, out); !emitted) {
    return emitted.error();
  }
  return ranking.complete() ? cli::kSuccess : cli::kFindings;
}

}  // namespace

Result<int> run_score_rank(const ScoreRankOptions& options, std::ostream& out, std::ostream& err) {
  std::optional<Language> spoken;
  return cli::spoken_in(rank_scores(options, out, err, spoken), spoken);
}

}  // namespace tenderkit::commands
