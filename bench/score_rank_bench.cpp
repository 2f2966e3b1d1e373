// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// The tender-score rank benchmark (issue: 1,000 candidates x 40 criteria x 7 evaluators): builds a
// deterministic tender with a preselection and a complete score set, ranks it and writes the
// ranking workbook with the library's own writer. Prints the time and memory of each phase.
//   score_rank_bench [--candidates N] [--criteria N] [--evaluators N] [--write-inputs DIR] [OUT]
// --write-inputs writes DIR/tender.toml and DIR/scores.toml (the same data, for an end-to-end
// `tender-score rank`); OUT is the workbook. One "phases" line goes to standard output.
#include <tenderkit/core/sha256.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/report/ranking_report.hpp>
#include <tenderkit/report/ranking_workbook.hpp>
#include <tenderkit/scoring/ranking.hpp>
#include <tenderkit/scoring/scores.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace tenderkit;

// A fixed 64-bit LCG (Knuth's MMIX constants): the same data on every machine and compiler,
// unlike std::uniform_int_distribution.
struct Lcg {
  std::uint64_t state;
  std::uint32_t next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state >> 33);
  }
  std::size_t below(std::size_t n) { return next() % n; }
  template <typename T, std::size_t N>
  const T& pick(const std::array<T, N>& items) {
    return items[below(N)];
  }
};

constexpr std::array<std::string_view, 10> kThemes{
    "visie",     "samenwerking",    "wijkgericht",      "kwaliteit",   "continuiteit",
    "innovatie", "bedrijfsvoering", "toegankelijkheid", "medewerkers", "participatie"};
constexpr std::array<std::string_view, 12> kOrganisations{
    "zorggroep",  "stichting", "jeugdhulp", "combinatie", "cooperatie",   "praktijk",
    "gezinshuis", "netwerk",   "centrum",   "kinderzorg", "zorgpartners", "jeugdteam"};
constexpr std::array<std::string_view, 16> kPlaces{
    "de-linde", "maasoever",    "waterweg",   "rijnmond",  "vlietland",  "westland",
    "zuidwal",  "noorderlicht", "de-brug",    "het-anker", "de-horizon", "kompas",
    "de-haven", "de-wieken",    "polderzorg", "de-sluis"};
constexpr std::array<std::string_view, 12> kOpenings{
    "Heldere en samenhangende onderbouwing",
    "Goed uitgewerkt plan met concrete doelen",
    "Aanpak sluit aan bij de regionale opgave",
    "Voldoende beschreven maar weinig specifiek",
    "Sterke visie op de wijkgerichte inzet",
    "Beperkt onderbouwd met eigen cijfers",
    "Concrete voorbeelden uit de eigen praktijk",
    "Overtuigend beeld van de samenwerking",
    "Realistische planning met duidelijke mijlpalen",
    "Onvoldoende aandacht voor de doelgroep",
    "Ambitieus maar niet overal haalbaar",
    "Duidelijke rolverdeling binnen de combinatie"};
constexpr std::array<std::string_view, 12> kRemarks{
    "de borging van de kwaliteit blijft algemeen",
    "de inzet van ervaringsdeskundigen is sterk",
    "risico's worden herkend en beheerst",
    "de evaluatiecyclus is concreet beschreven",
    "de aansluiting op het onderwijs ontbreekt deels",
    "de personeelsplanning is goed onderbouwd",
    "de rol van de wijkteams is niet uitgewerkt",
    "de klachtenprocedure is helder",
    "de doorlooptijden zijn niet onderbouwd",
    "de privacyborging is volledig",
    "de innovatieparagraaf blijft abstract",
    "het cliëntperspectief komt goed naar voren"};

struct Sizes {
  std::size_t candidates = 1000;
  std::size_t criteria = 40;
  std::size_t evaluators = 7;
};

std::string criterion_id(std::size_t k) {
  return fmt::format("k{:02}-{}", k + 1, kThemes[k % kThemes.size()]);
}

// Percentages that add up to exactly 100 for any count: spread the remainder over the first ones.
std::vector<int> percentage_weights(std::size_t count) {
  std::vector<int> weights(count, static_cast<int>(100 / count));
  for (std::size_t k = 0; k < 100 % count; ++k) {
    ++weights[k];
  }
  return weights;
}

// The tender as a TOML file: parsed by the library into the Tender the benchmark ranks, and
// written as is by --write-inputs, so both paths see the same preselection.
std::string tender_text(const Sizes& sizes) {
  std::string out = R"(id = "bench-jeugdhulp-2026"
title = "Benchmark integrale jeugdhulp regio Rijnmond 2026"
language = "nl"

[[municipality]]
id = "rijnmond"
name = "Rijnmond"

[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"

[preselection]
min_candidates = 10
max_candidates = 30
weight_kind = "percentage"
consensus = "mean"
spread_threshold = 4
)";
  out += fmt::format("tie_break = [\"{}\", \"lot\"]\n", criterion_id(0));
  out += R"(lot_seed = "notaris mr. J. de Groot, Rotterdam, 2026-03-14 10:00"

[preselection.scale]
min = 0
max = 10
step = 1
)";
  for (std::size_t e = 0; e < sizes.evaluators; ++e) {
    out += fmt::format(
        "\n[[preselection.evaluator]]\nid = \"beoordelaar-{}\"\nname = \"{} {}\"\n", e + 1,
        std::array{"Anna", "Bram", "Cees", "Dewi", "Eva", "Femke", "Gijs", "Hanna", "Ilse",
                   "Joost"}[e % 10],
        std::array{"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer"}[e % 7]);
  }
  const std::vector<int> weights = percentage_weights(sizes.criteria);
  for (std::size_t k = 0; k < sizes.criteria; ++k) {
    out += fmt::format(
        "\n[[preselection.criterion]]\nid = \"{0}\"\ntitle = \"Criterium {1}: {2} van de "
        "aanpak\"\nweight = {3}\n",
        criterion_id(k), k + 1, kThemes[k % kThemes.size()], weights[k]);
    for (const auto& [score, text] :
         {std::pair{0, "niet beschreven"}, std::pair{5, "beschreven, deels onderbouwd"},
          std::pair{10, "volledig, concreet en onderbouwd"}}) {
      out += fmt::format("[[preselection.criterion.guidance]]\nscore = {}\ntext = \"{}\"\n", score,
                         text);
    }
  }
  return out;
}

// 1,000 candidates with ids and names like the registrations of a real tender.
std::vector<scoring::Candidate> make_candidates(const Sizes& sizes, Lcg& lcg) {
  std::vector<scoring::Candidate> candidates;
  candidates.reserve(sizes.candidates);
  for (std::size_t i = 0; i < sizes.candidates; ++i) {
    const std::string_view organisation = lcg.pick(kOrganisations);
    const std::string_view place = lcg.pick(kPlaces);
    std::string name = fmt::format("{} {} {:04}", organisation, place, i + 1);
    for (char& c : name) {
      c = c == '-' ? ' ' : c;
    }
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    candidates.push_back({fmt::format("{:04}-{}-{}", i + 1, organisation, place), name});
  }
  return candidates;
}

// Every evaluator scores every cell: a per-candidate level plus noise, and a motivation of
// 74-104 characters, 89 on average (what evaluators write in the forms' cells).
scoring::ScoreSet make_scores(const Preselection& preselection, const Sizes& sizes) {
  Lcg lcg{20261123};
  scoring::ScoreSet set;
  set.tender_id = "bench-jeugdhulp-2026";
  set.candidates = make_candidates(sizes, lcg);
  set.form_version = scoring::form_version(preselection, set.candidates);
  std::vector<int> level(set.candidates.size());
  for (int& value : level) {
    value = 3 + static_cast<int>(lcg.below(6));
  }
  for (const Evaluator& evaluator : preselection.evaluators) {
    scoring::Evaluation evaluation;
    evaluation.evaluator = evaluator.id;
    evaluation.source = fmt::format("formulieren/bench-jeugdhulp-2026-{}.xlsx", evaluator.id);
    evaluation.source_sha256 = sha256_hex(evaluation.source);
    evaluation.scores.reserve(set.candidates.size() * preselection.criteria.size());
    for (std::size_t i = 0; i < set.candidates.size(); ++i) {
      for (std::size_t k = 0; k < preselection.criteria.size(); ++k) {
        const int score = std::clamp(level[i] + static_cast<int>(lcg.below(5)) - 2, 0, 10);
        const std::string motivation = fmt::format("{}; {} (p. {}).", lcg.pick(kOpenings),
                                                   lcg.pick(kRemarks), 1 + lcg.below(60));
        evaluation.scores.push_back({.candidate = static_cast<std::uint32_t>(i),
                                     .criterion = static_cast<std::uint32_t>(k),
                                     .value = Rational(score),
                                     .motivation = motivation,
                                     .where = {}});
      }
    }
    set.evaluations.push_back(std::move(evaluation));
  }
  return set;
}

bool write_file(const std::filesystem::path& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  return static_cast<bool>(out.flush());
}

// Resident and peak resident memory of this process, in KiB, from /proc/self/status.
struct Memory {
  long rss_kib = 0;
  long peak_kib = 0;
};
Memory memory() {
  Memory result;
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.starts_with("VmRSS:")) {
      result.rss_kib = std::atol(line.c_str() + 6);
    } else if (line.starts_with("VmHWM:")) {
      result.peak_kib = std::atol(line.c_str() + 6);
    }
  }
  return result;
}

// Resets the peak to the current RSS (Linux 4.0+), so that a phase's own peak can be read.
void reset_peak() {
  std::ofstream("/proc/self/clear_refs") << "5";
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int fail(const Error& error) {
  for (const Diagnostic& diagnostic : error.diagnostics()) {
    std::fprintf(stderr, "score_rank_bench: %s%s%s\n",
                 diagnostic.where ? diagnostic.where->to_string().c_str() : "",
                 diagnostic.where ? ": " : "", diagnostic.message.en.c_str());
  }
  return 1;
}

int usage() {
  std::fputs(
      "usage: score_rank_bench [--candidates N] [--criteria N] [--evaluators N] "
      "[--write-inputs DIR] [OUT.xlsx]\n",
      stderr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Sizes sizes;
  std::string inputs_directory;
  std::string output;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--candidates" && has_value) {
      sizes.candidates = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--criteria" && has_value) {
      sizes.criteria = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--evaluators" && has_value) {
      sizes.evaluators = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--write-inputs" && has_value) {
      inputs_directory = argv[++i];
    } else if (!arg.starts_with("-") && output.empty()) {
      output = arg;
    } else {
      return usage();
    }
  }
  if (sizes.candidates == 0 || sizes.criteria == 0 || sizes.criteria > 100 ||
      sizes.evaluators == 0 || (output.empty() && inputs_directory.empty())) {
    return usage();
  }

  auto start = std::chrono::steady_clock::now();
  const std::string tender_toml = tender_text(sizes);
  Result<Tender> tender = input::parse_tender(tender_toml, "tender.toml");
  if (!tender) {
    return fail(tender.error());
  }
  const scoring::ScoreSet scores = make_scores(*tender->preselection, sizes);
  const double generate_s = seconds_since(start);

  if (!inputs_directory.empty()) {
    std::filesystem::create_directories(inputs_directory);
    std::ofstream scores_file(std::filesystem::path(inputs_directory) / "scores.toml",
                              std::ios::binary);
    scoring::write_scores(scores_file, scores, *tender->preselection);
    if (!write_file(std::filesystem::path(inputs_directory) / "tender.toml", tender_toml) ||
        !scores_file.flush()) {
      std::fprintf(stderr, "score_rank_bench: cannot write to %s\n", inputs_directory.c_str());
      return 1;
    }
    if (output.empty()) {
      return 0;
    }
  }

  const Memory before_rank = memory();
  start = std::chrono::steady_clock::now();
  const scoring::Ranking ranking = scoring::rank(*tender->preselection, scores);
  const double rank_s = seconds_since(start);

  const report::RankingDocument document{
      .tender = *tender,
      .scores = scores,
      .ranking = ranking,
      .inputs = {{"tender", "tender.toml", sha256_hex(tender_toml)},
                 {"scores", "scores.toml", std::string(64, '0')}}};
  const Memory before_workbook = memory();
  reset_peak();
  start = std::chrono::steady_clock::now();
  const auto written = report::write_ranking_workbook(
      output, document, {.created = 1'795'392'000, .tool_version = "bench"});  // 2026-11-23
  const double workbook_s = seconds_since(start);
  const Memory after_workbook = memory();
  if (!written) {
    return fail(written.error());
  }
  // Phase peaks: the workbook's own is what it adds above the model (data and ranking).
  std::printf(
      "phases generate_s=%.3f rank_s=%.3f workbook_s=%.3f model_mb=%.1f ranking_mb=%.1f "
      "workbook_peak_mb=%.1f process_peak_mb=%.1f selected=%d\n",
      generate_s, rank_s, workbook_s, static_cast<double>(before_rank.rss_kib) / 1024,
      static_cast<double>(before_workbook.rss_kib - before_rank.rss_kib) / 1024,
      static_cast<double>(after_workbook.peak_kib - before_workbook.rss_kib) / 1024,
      static_cast<double>(std::max(after_workbook.peak_kib, before_workbook.peak_kib)) / 1024,
      ranking.selected_count());
  return 0;
}
