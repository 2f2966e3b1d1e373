// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/commands/score_wording.hpp>
#include <tenderkit/commands/tender_score.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/folder.hpp>
#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/core/words.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/report/json_writer.hpp>
#include <tenderkit/scoring/collect.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <ostream>
#include <system_error>

namespace tenderkit::commands {

namespace {

namespace fs = std::filesystem;

// Why an entry of a forms folder was skipped: the list of form extensions is worded per language.
LocalizedText skip_reason(SkipReason reason) {
  if (reason == SkipReason::other_extension) {
    return wording::say(core::words::skip_other_extension,
                        {wording::phrase("expected", score_words::form_extensions)});
  }
  return describe(reason, "");
}

// Left out without a word: hidden files, editor backups, and the lock files Excel ("~$a.xlsx")
// and LibreOffice (".~lock.a.xlsx#") leave.
bool ignored_silently(const fs::path& path) {
  const std::string name = path.filename().string();
  return skipped_silently(name) || name.starts_with("~$");
}

bool is_form_file(const fs::path& path) {
  const std::string extension = text::to_lower_ascii(path.extension().string());
  return extension == ".xlsx" || extension == ".csv" || extension == ".toml";
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code error;
  return fs::equivalent(a, b, error);
}

// A directory stands for the forms directly in it, sorted by the bytes of their names; the
// scores file being written is left out, so a second run in the same directory works. Its other
// entries (but hidden files, backups and lock files) go to `skipped`.
Result<std::vector<fs::path>> expand_form_paths(const std::vector<std::string>& arguments,
                                                const fs::path& output,
                                                std::vector<SkippedEntry>& skipped) {
  std::vector<fs::path> paths;
  for (const std::string& argument : arguments) {
    std::error_code error;
    if (!fs::is_directory(argument, error)) {
      paths.emplace_back(argument);
      continue;
    }
    std::vector<fs::path> found;
    std::vector<SkippedEntry> others;
    for (fs::directory_iterator it(argument, error), end; !error && it != end;
         it.increment(error)) {
      if (ignored_silently(it->path())) {
        continue;
      }
      std::error_code type_error;
      const bool form = is_form_file(it->path());
      if (form && it->is_regular_file(type_error)) {
        if (!same_file(it->path(), output)) {
          found.push_back(it->path());
        }
      } else if (it->is_directory(type_error)) {
        others.push_back({it->path(), SkipReason::folder});
      } else {
        others.push_back({it->path(), form ? SkipReason::not_a_file : SkipReason::other_extension});
      }
    }
    if (error) {
      return Error::input(wording::say(score_words::cannot_read_directory,
                                       {wording::text("reason", error.message())}),
                          SourceLocation(argument, 0, 0));
    }
    std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
      return a.filename().string() < b.filename().string();
    });
    if (found.empty()) {
      return Error::input(
          wording::say(score_words::directory_without_forms,
                       {wording::phrase("extensions", score_words::form_extensions)}),
          SourceLocation(argument, 0, 0));
    }
    std::sort(others.begin(), others.end(), [](const SkippedEntry& a, const SkippedEntry& b) {
      return a.path.native() < b.path.native();
    });
    paths.insert(paths.end(), found.begin(), found.end());
    skipped.insert(skipped.end(), others.begin(), others.end());
  }
  return paths;
}

std::string evaluator_label(const scoring::EvaluatorProgress& evaluator) {
  return evaluator.name.empty() || evaluator.name == evaluator.evaluator
             ? evaluator.evaluator
             : fmt::format("{} ({})", evaluator.evaluator, text::one_line(evaluator.name));
}

void write_progress_text(std::ostream& target, const Tender& tender,
                         const scoring::Collection& collection, const std::string& output,
                         const std::vector<SkippedEntry>& skipped, Language language) {
  using wording::integer;
  using wording::say;
  text::TerminalSafeStream out(target, false);
  const scoring::Progress& progress = collection.progress;
  const auto count = [](std::size_t value) { return static_cast<std::int64_t>(value); };
  out << say(language, score_words::heading,
             {wording::text("id", tender.id), wording::text("title", text::one_line(tender.title))})
      << "\n";
  out << say(language, score_words::collect_totals,
             {integer("candidates", count(collection.scores.candidates.size())),
              integer("criteria", count(tender.preselection->criteria.size())),
              integer("evaluators", count(progress.evaluators.size())),
              integer("given", count(progress.given)),
              integer("expected", count(progress.expected))})
      << "\n";
  out << say(language, score_words::collect_forms_in,
             {integer("in", count(progress.forms_in())),
              integer("count", count(progress.evaluators.size()))})
      << "\n";
  for (const scoring::EvaluatorProgress& evaluator : progress.evaluators) {
    out << "  ";
    if (evaluator.source) {
      out << say(
          language, score_words::collect_evaluator_in,
          {wording::text("evaluator", evaluator_label(evaluator)),
           integer("given", count(evaluator.given)), integer("expected", count(evaluator.expected)),
           wording::text("file", *evaluator.source)});
    } else {
      out << say(language, score_words::collect_evaluator_not_in,
                 {wording::text("evaluator", evaluator_label(evaluator))});
    }
    out << "\n";
  }
  for (const SkippedEntry& entry : skipped) {
    out << say(language, score_words::skipped,
               {wording::text("path", text::one_line(entry.path.string())),
                wording::localized("reason", skip_reason(entry.reason))})
        << "\n";
  }
  if (!progress.missing.empty()) {
    out << say(language, score_words::collect_missing_heading) << "\n";
    for (const scoring::EvaluatorProgress& evaluator : progress.evaluators) {
      if (!evaluator.source) {
        out << "  "
            << say(language, score_words::collect_missing_all,
                   {wording::text("evaluator", evaluator.evaluator),
                    integer("count", count(evaluator.expected))})
            << "\n";
        continue;
      }
      // One line per candidate: "e2, 02-cand: c2, c3".
      std::string candidate;
      std::vector<std::string> criteria;
      const auto flush = [&] {
        if (!criteria.empty()) {
          out << fmt::format("  {}, {}: {}\n", evaluator.evaluator, candidate,
                             text::join(criteria, ", "));
        }
        criteria.clear();
      };
      for (const scoring::MissingScore& missing : progress.missing) {
        if (missing.evaluator != evaluator.evaluator) {
          continue;
        }
        if (missing.candidate != candidate) {
          flush();
          candidate = missing.candidate;
        }
        criteria.push_back(missing.criterion);
      }
      flush();
    }
  }
  out << (is_standard_output(output)
              ? say(language, score_words::collect_wrote_standard_output)
              : say(language, score_words::collect_wrote, {wording::text("file", output)}))
      << "\n";
  if (progress.complete()) {
    out << say(language, score_words::collect_complete) << "\n";
  } else {
    out << wording::say_count(count(progress.missing.size()), score_words::collect_incomplete_one,
                              score_words::collect_incomplete_many)
               .in(language)
        << "\n";
  }
}

void write_progress_json(std::ostream& out, const Tender& tender,
                         const scoring::Collection& collection, const std::string& output,
                         const std::vector<SkippedEntry>& skipped, Language /*language*/) {
  const scoring::Progress& progress = collection.progress;
  report::JsonWriter json(out);
  json.begin_object();
  json.field("schema", 1);
  json.field("tool", "tender-score collect");
  json.field("version", TENDERKIT_VERSION);
  json.field("tender", tender.id);
  json.field("form_version", collection.scores.form_version);
  json.field("output", output);
  json.field("complete", progress.complete());
  json.field("candidates", collection.scores.candidates.size());
  json.field("criteria", tender.preselection->criteria.size());
  json.field("scores_given", progress.given);
  json.field("scores_expected", progress.expected);
  json.field("forms_in", progress.forms_in());
  json.key("evaluators").begin_array();
  for (const scoring::EvaluatorProgress& evaluator : progress.evaluators) {
    json.begin_object();
    json.field("id", evaluator.evaluator);
    json.field("name", evaluator.name);
    json.field("in", evaluator.source.has_value());
    json.field("source", evaluator.source);
    json.field("given", evaluator.given);
    json.field("expected", evaluator.expected);
    json.end_object();
  }
  json.end_array();
  json.key("missing").begin_array();
  for (const scoring::MissingScore& missing : progress.missing) {
    json.begin_object();
    json.field("evaluator", missing.evaluator);
    json.field("candidate", missing.candidate);
    json.field("criterion", missing.criterion);
    json.end_object();
  }
  json.end_array();
  json.key("skipped").begin_array();
  for (const SkippedEntry& entry : skipped) {
    json.begin_object();
    json.field("path", entry.path.string());
    // The schema lists the reasons as values a script can test: kept in English in every
    // language, like the other machine values of the JSON.
    json.field("reason", skip_reason(entry.reason).en);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.finish();
}

}  // namespace

namespace {

using CollectWriter = void (*)(std::ostream&, const Tender&, const scoring::Collection&,
                               const std::string&, const std::vector<SkippedEntry>&, Language);

// The one table of collect's progress report formats: --format's names and the writers.
constexpr std::array<cli::FormatEntry<CollectFormat, CollectWriter>, 2> kFormats{{
    {CollectFormat::text, "text", write_progress_text},
    {CollectFormat::json, "json", write_progress_json},
}};

}  // namespace

std::vector<cli::FormatName<CollectFormat>> collect_formats() {
  return cli::format_names(kFormats);
}

namespace {

Result<int> collect_scores(const ScoreCollectOptions& options, std::ostream& out, std::ostream& err,
                           std::optional<Language>& spoken) {
  if (options.output.empty()) {
    return Error::usage(wording::label(score_words::no_scores_output));
  }
  const auto* format = cli::find_format(kFormats, options.format);
  if (format == nullptr) {
    return cli::unsupported_format("tender-score collect");
  }
  if (options.forms.empty()) {
    return Error::usage(wording::label(score_words::no_forms_given));
  }
  std::vector<SkippedEntry> skipped;
  Result<std::vector<fs::path>> paths = expand_form_paths(options.forms, options.output, skipped);
  if (!paths) {
    return paths.error();
  }
  // No output may be an input (a scores file given as a form too): checked before any is read.
  std::vector<fs::path> inputs{options.tender_file};
  inputs.insert(inputs.end(), paths->begin(), paths->end());
  if (Result<void> checked = check_outputs(inputs, {options.output}); !checked) {
    return checked.error();
  }
  Result<Tender> tender = input::load_tender(options.tender_file);
  if (!tender) {
    return tender.error();
  }
  spoken = options.language.value_or(tender->language);
  if (!tender->preselection) {
    return Error::input(wording::label(score_words::nothing_to_collect),
                        SourceLocation(options.tender_file, 0, 0),
                        wording::label(score_words::add_preselection));
  }
  Result<scoring::Collection> collection = scoring::collect(*paths, *tender);
  if (!collection) {
    return collection.error();
  }
  // Collect rewrites its scores file: never over what was written into it by hand.
  if (!is_standard_output(options.output)) {
    if (Result<void> replaceable =
            scoring::check_replaceable(options.output, collection->scores, *tender);
        !replaceable) {
      return replaceable.error();
    }
  }
  const auto produce = [&](std::ostream& stream) {
    scoring::write_scores(stream, collection->scores, *tender->preselection);
  };
  if (Result<void> written = cli::emit(produce, options.output, out); !written) {
    return written.error();
  }
  // With the scores on standard output (-o -), the progress report goes to standard error.
  std::ostream& report = is_standard_output(options.output) ? err : out;
  format->write(report, *tender, *collection, options.output, skipped,
                options.language.value_or(tender->language));
  return collection->progress.complete() ? cli::kSuccess : cli::kFindings;
}

}  // namespace

Result<int> run_score_collect(const ScoreCollectOptions& options, std::ostream& out,
                              std::ostream& err) {
  std::optional<Language> spoken;
  return cli::spoken_in(collect_scores(options, out, err, spoken), spoken);
}

}  // namespace tenderkit::commands
