// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/report/ranking_report.hpp>
#include <tenderkit/scoring/ranking.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ranking_test_support.hpp"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace tenderkit::report {
namespace {

using nlohmann::json;
using test_support::make_ranking_tender;
using test_support::make_score_set;
using test_support::PreselectionSpec;

// A tender, its scores and their ranking, kept together so that the document's references stay
// valid.
struct Fixture {
  Tender tender;
  scoring::ScoreSet scores;
  scoring::Ranking ranking;

  explicit Fixture(const std::vector<test_support::CandidateScores>& candidates,
                   const PreselectionSpec& spec = {})
      : tender(make_ranking_tender(spec)), scores(make_score_set(candidates)) {}

  void rank() { ranking = scoring::rank(*tender.preselection, scores); }

  RankingDocument document() const {
    return RankingDocument{.tender = tender,
                           .scores = scores,
                           .ranking = ranking,
                           .inputs = {{"tender", "tender.toml", std::string(64, '1')},
                                      {"scores", "scores.toml", std::string(64, '2')}}};
  }

  std::string text(bool colour = false, Language language = Language::en) const {
    std::ostringstream out;
    write_ranking_text(out, document(),
                       {.colour = colour, .tool_version = "9.9.9", .language = language});
    return out.str();
  }
  json parsed_json(Language language = Language::en) const {
    std::ostringstream out;
    write_ranking_json(out, document(),
                       {.colour = false, .tool_version = "9.9.9", .language = language});
    return json::parse(out.str());
  }
  std::string markdown(Language language = Language::en) const {
    std::ostringstream out;
    write_ranking_markdown(out, document(),
                           {.colour = false, .tool_version = "9.9.9", .language = language});
    return out.str();
  }
};

Fixture standard() {
  Fixture fixture(test_support::standard_scores());
  fixture.rank();
  return fixture;
}

const json& candidate(const json& report, std::string_view id) {
  for (const json& entry : report["ranking"]) {
    if (entry["id"] == id) {
      return entry;
    }
  }
  static const json kNone;
  ADD_FAILURE() << "no candidate " << id;
  return kNone;
}

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(ExactDecimal, ShowsTheFractionOnlyWhereSixDecimalsAreNotExact) {
  EXPECT_EQ(exact_decimal(Rational(15, 2)), "7.5");
  EXPECT_EQ(exact_decimal(Rational(88)), "88");
  EXPECT_EQ(exact_decimal(Rational(22, 3)), "7.333333 (22/3)");
  EXPECT_EQ(exact_decimal(Rational(-58, 3)), "-19.333333 (-58/3)");
  EXPECT_EQ(exact_decimal(Rational(1, 2'000'000)), "0.000001 (1/2000000)");
}

TEST(RankingText, ShowsTheRankingWithExactTotalsAndMargins) {
  const std::string text = standard().text();
  EXPECT_TRUE(text.starts_with("tender mvs-2025: Integrale jeugdhulp MVS\n")) << text;
  EXPECT_TRUE(contains(text, "consensus: mean of 3 evaluators; spreads above 1 flagged\n")) << text;
  EXPECT_TRUE(contains(text,
                       "invite at most 2, at least 2; ties at the cut-off: criterion "
                       "'kwaliteit', then a drawing of lots\n"))
      << text;
  // The table, in final order: the invited first, the tie broken for c-b.
  const std::string table =
      "  rank  total      invited  margin      candidate\n"
      "  1     88         yes      +14         c-a: Jeugdzorg Samen\n"
      "  2     74         yes      0           c-b: "
      "=HYPERLINK(\"http://example.org\",\"klik\")\n"
      "  2     74         no       0           c-c: Jeugd | Plus *MVS*\n"
      "  4     54.666667  no       -19.333333  c-d: Zorg Delta\n";
  EXPECT_TRUE(contains(text, table)) << text;
  EXPECT_TRUE(contains(text, "  cut-off: 74, the total of the last invited candidate\n")) << text;
  EXPECT_TRUE(contains(text,
                       "  aanpak (weight 30): consensus 8.666667 (mean); anna 8, bram "
                       "8, cees 10; spread 2 above the threshold 1: discuss\n"))
      << text;
  EXPECT_TRUE(contains(text, "  kwaliteit (weight 40): consensus 4.666667 (mean)")) << text;
  EXPECT_TRUE(contains(text,
                       "\ntie at the cut-off\n  Tie at the cut-off: 'c-b' and 'c-c' share "
                       "the total 74 for 1 place.\n"))
      << text;
  EXPECT_TRUE(text.ends_with("\ncomplete: 2 of 4 candidates invited\n")) << text;
  EXPECT_FALSE(contains(text, "\x1b[")) << "no colour unless asked";
}

TEST(RankingText, ColoursOnlyWhenAsked) {
  const std::string text = standard().text(true);
  EXPECT_TRUE(contains(text, "\x1b[32myes\x1b[0m")) << text;
  EXPECT_TRUE(contains(text, "\x1b[1mc-a\x1b[0m")) << text;
  EXPECT_TRUE(contains(text, "\x1b[33mabove the threshold 1: discuss\x1b[0m")) << text;
  // Padding counts the visible text, not the escape codes.
  EXPECT_TRUE(contains(text, "  1     88         \x1b[32myes\x1b[0m      +14")) << text;
}

TEST(RankingJson, DocumentsTheWholeRanking) {
  const json report = standard().parsed_json();
  EXPECT_EQ(report["schema"], 1);
  EXPECT_EQ(report["tool"], "tender-score");
  EXPECT_EQ(report["command"], "rank");
  EXPECT_EQ(report["version"], "9.9.9");
  EXPECT_EQ(report["tender"]["id"], "mvs-2025");
  EXPECT_EQ(report["tender"]["file"], "tender.toml");
  EXPECT_EQ(report["tender"]["language"], "nl");
  EXPECT_EQ(report["complete"], true);

  const json& preselection = report["preselection"];
  EXPECT_EQ(preselection["scale"], json::parse(R"(["0","2","4","6","8","10"])"));
  EXPECT_EQ(preselection["scale_maximum"], "10");
  EXPECT_EQ(preselection["weight_kind"], "percentage");
  EXPECT_EQ(preselection["maximum_total"], "100");
  EXPECT_EQ(preselection["consensus"], "mean");
  EXPECT_EQ(preselection["spread_threshold"], "1");
  EXPECT_EQ(preselection["min_candidates"], 2);
  EXPECT_EQ(preselection["max_candidates"], 2);
  EXPECT_EQ(preselection["tie_break"], json::parse(R"(["kwaliteit","lot"])"));
  EXPECT_EQ(preselection["lot_seed"], "notaris 2025-03-14");
  EXPECT_EQ(preselection["lot_algorithm"], std::string(lot_algorithm_description()));
  EXPECT_EQ(
      preselection["criteria"][0],
      json::parse(
          R"({"id":"kwaliteit","title":"Kwaliteit van de jeugdhulp","weight":"40","weight_exact":"40"})"));
  EXPECT_EQ(preselection["evaluators"][1], json::parse(R"({"id":"bram","name":"Bram Jansen"})"));

  EXPECT_EQ(report["inputs"][0], json::parse(R"({"role":"tender","file":"tender.toml","sha256":")" +
                                             std::string(64, '1') + "\"}"));
  EXPECT_EQ(report["forms"].size(), 3u);
  EXPECT_EQ(report["forms"][2]["evaluator"], "cees");
  EXPECT_EQ(report["forms"][2]["file"], "forms/cees.xlsx");
  EXPECT_EQ(report["forms"][2]["sha256"], std::string(64, 'c'));

  EXPECT_EQ(report["summary"], json::parse(R"({"candidates":4,"ranked":4,"selected":2,
      "missing_scores":0,"flagged_spreads":2,"warnings":0,"cut_off_total":"74",
      "cut_off_total_exact":"74"})"));

  std::vector<std::string> order;
  for (const json& entry : report["ranking"]) {
    order.push_back(entry["id"]);
  }
  EXPECT_EQ(order, (std::vector<std::string>{"c-a", "c-b", "c-c", "c-d"}));
  const json& d = candidate(report, "c-d");
  EXPECT_EQ(d["position"], 4);
  EXPECT_EQ(d["rank"], 4);
  EXPECT_EQ(d["total"], "54.666667");
  EXPECT_EQ(d["total_exact"], "164/3");
  EXPECT_EQ(d["selected"], false);
  EXPECT_EQ(d["undecided"], false);
  EXPECT_EQ(d["margin"], "-19.333333");
  EXPECT_EQ(d["margin_exact"], "-58/3");
  const json& quality = d["criteria"][0];
  EXPECT_EQ(quality["criterion"], "kwaliteit");
  EXPECT_EQ(quality["consensus"], "4.666667");
  EXPECT_EQ(quality["consensus_exact"], "14/3");
  EXPECT_EQ(quality["consensus_basis"], "mean");
  EXPECT_EQ(quality["consensus_motivation"], "");
  EXPECT_EQ(quality["spread"], "2");
  EXPECT_EQ(quality["spread_flagged"], true);
  EXPECT_EQ(
      quality["scores"][2],
      json::parse(R"({"evaluator":"cees","score":"6","motivation":"=cees over c-d/kwaliteit"})"));
  EXPECT_EQ(candidate(report, "c-b")["selected"], true);
  EXPECT_EQ(candidate(report, "c-b")["rank"], 2);
  EXPECT_EQ(candidate(report, "c-c")["rank"], 2);
  EXPECT_EQ(candidate(report, "c-c")["margin"], "0");

  const json& tie = report["tie_break"];
  EXPECT_EQ(tie["tied"], json::parse(R"(["c-b","c-c"])"));
  EXPECT_EQ(tie["total"], "74");
  EXPECT_EQ(tie["places"], 1);
  EXPECT_EQ(tie["resolved"], true);
  EXPECT_EQ(tie["selected"], json::parse(R"(["c-b"])"));
  EXPECT_EQ(tie["lots"], json::array());
  EXPECT_GE(tie["steps"].size(), 2u);
  EXPECT_EQ(report["missing"], json::array());
  EXPECT_EQ(report["warnings"], json::array());
}

TEST(RankingJson, ShowsTheDrawingOfLotsTicketByTicket) {
  Fixture fixture(test_support::lot_scores());
  fixture.rank();
  const json report = fixture.parsed_json();
  const json& tie = report["tie_break"];
  ASSERT_EQ(tie["lots"].size(), 2u);
  std::vector<std::pair<std::string, std::string>> expected;
  for (const std::string id : {"c-b", "c-c"}) {
    expected.emplace_back(scoring::lot_ticket("notaris 2025-03-14", id), id);
  }
  std::sort(expected.begin(), expected.end());
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(tie["lots"][i]["order"], i + 1);
    EXPECT_EQ(tie["lots"][i]["ticket"], expected[i].first);
    EXPECT_EQ(tie["lots"][i]["candidate"], expected[i].second);
  }
  EXPECT_EQ(tie["selected"], json::array({expected[0].second}));
  EXPECT_EQ(candidate(report, expected[0].second)["selected"], true);
  EXPECT_EQ(report["complete"], true);

  // The text shows every ticket, the markdown a table of them.
  const std::string text = fixture.text();
  EXPECT_TRUE(contains(text, "  1. " + expected[0].first + " '" + expected[0].second + "'\n"))
      << text;
  EXPECT_TRUE(contains(text, "  2. " + expected[1].first + " '" + expected[1].second + "'\n"))
      << text;
  const std::string markdown = fixture.markdown();
  EXPECT_TRUE(
      contains(markdown, "| 1 | `" + expected[0].second + "` | `" + expected[0].first + "` |\n"))
      << markdown;
  EXPECT_TRUE(contains(markdown, "Seed: `notaris 2025-03-14`.")) << markdown;
}

TEST(RankingJson, KeepsTheEvaluatorsScoresBesideAnExplicitConsensus) {
  Fixture fixture(test_support::standard_scores());
  fixture.scores.consensus.push_back(  // c-d (the fourth candidate) on 'kwaliteit' (the first)
      scoring::Score{3, 0, Rational(8), "besproken in de commissie", TextPosition{9, 1}});
  fixture.rank();
  const json report = fixture.parsed_json();
  const json& quality = candidate(report, "c-d")["criteria"][0];
  EXPECT_EQ(quality["consensus"], "8");
  EXPECT_EQ(quality["consensus_basis"], "explicit");
  EXPECT_EQ(quality["consensus_motivation"], "besproken in de commissie");
  EXPECT_EQ(quality["scores"][0]["score"], "4");
  EXPECT_EQ(quality["scores"][2]["score"], "6");
  EXPECT_EQ(candidate(report, "c-d")["total"], "68");

  const std::string text = fixture.text();
  EXPECT_TRUE(contains(text,
                       "  kwaliteit (weight 40): consensus 8 (explicit); anna 4, bram 4, "
                       "cees 6; spread 2 above the threshold 1: discuss\n"
                       "    consensus motivation: besproken in de commissie\n"))
      << text;
  EXPECT_TRUE(contains(fixture.markdown(), "| explicit: besproken in de commissie |"));
}

TEST(RankingJson, ReportsMissingScoresAndSelectsNobody) {
  std::vector<test_support::CandidateScores> candidates = test_support::standard_scores();
  candidates[3].grid[2][1] = -1;  // bram has not scored c-d on 'prijs'
  Fixture fixture(candidates);
  fixture.rank();
  const json report = fixture.parsed_json();
  EXPECT_EQ(report["complete"], false);
  EXPECT_EQ(report["missing"],
            json::parse(R"([{"evaluator":"bram","candidate":"c-d","criterion":"prijs"}])"));
  const json& d = candidate(report, "c-d");
  EXPECT_EQ(d["total"], nullptr);
  EXPECT_EQ(d["total_exact"], nullptr);
  EXPECT_EQ(d["rank"], nullptr);
  EXPECT_EQ(d["margin"], nullptr);
  EXPECT_EQ(d["criteria"][2]["consensus"], nullptr);
  EXPECT_EQ(d["criteria"][2]["consensus_basis"], nullptr);
  EXPECT_EQ(d["criteria"][2]["scores"][1]["score"], nullptr);
  EXPECT_EQ(report["summary"]["selected"], 0);
  EXPECT_EQ(report["summary"]["cut_off_total"], nullptr);
  EXPECT_FALSE(report["warnings"].empty());

  const std::string text = fixture.text();
  EXPECT_TRUE(contains(text, "\nmissing scores (1)\n  bram: c-d on prijs\n")) << text;
  EXPECT_TRUE(
      contains(text, "  prijs (weight 30): consensus missing; anna 6, bram missing, cees 6"))
      << text;
  EXPECT_TRUE(contains(text, "  -     -      no       -       c-d: Zorg Delta\n")) << text;
  EXPECT_TRUE(text.ends_with("\nINCOMPLETE: 1 score missing; 0 of 4 candidates invited\n")) << text;
  const std::string markdown = fixture.markdown();
  EXPECT_TRUE(contains(markdown, "## Missing scores (1)")) << markdown;
  EXPECT_TRUE(contains(markdown, "| bram | `c-d` | `prijs` |")) << markdown;
}

TEST(RankingJson, ReportsATieThePublishedRuleCannotBreak) {
  PreselectionSpec spec;
  spec.tie_break = "[]";
  Fixture fixture(test_support::standard_scores(), spec);
  fixture.rank();
  const json report = fixture.parsed_json();
  EXPECT_EQ(report["complete"], false);
  EXPECT_EQ(report["tie_break"]["resolved"], false);
  EXPECT_EQ(candidate(report, "c-b")["undecided"], true);
  EXPECT_EQ(candidate(report, "c-c")["undecided"], true);
  EXPECT_EQ(candidate(report, "c-a")["selected"], true);
  EXPECT_EQ(candidate(report, "c-d")["undecided"], false);
  const std::string text = fixture.text();
  EXPECT_TRUE(contains(text, "  NOT RESOLVED: the published rule cannot break this tie\n")) << text;
  EXPECT_TRUE(contains(text, "undecided")) << text;
  EXPECT_TRUE(
      text.ends_with("\nINCOMPLETE: a tie at the cut-off that the published rule cannot "
                     "resolve; 1 of 4 candidates invited\n"))
      << text;
  EXPECT_TRUE(contains(fixture.markdown(),
                       "**Not resolved: the published rule cannot break this "
                       "tie.**"));
}

TEST(RankingMarkdown, EscapesUserTextAndShowsTheTable) {
  const std::string markdown = standard().markdown();
  EXPECT_TRUE(markdown.starts_with(
      "# Preselection ranking: Integrale jeugdhulp MVS (`mvs-2025`)\n\n**complete: 2 of 4 "
      "candidates invited.**\n"))
      << markdown;
  EXPECT_TRUE(contains(markdown,
                       "| Rank | Candidate | Name | `kwaliteit` | `aanpak` | `prijs` | "
                       "Total | Invited | Margin |\n|---:|---|---|---:|---:|---:|---:|---|"
                       "---:|\n"))
      << markdown;
  EXPECT_TRUE(contains(markdown,
                       "| 2 | `c-c` | Jeugd \\| Plus \\*MVS\\* | 6 | 8.666667 ⚠ | "
                       "8 | 74 | no | 0 |\n"))
      << markdown;
  EXPECT_TRUE(contains(markdown,
                       "| 4 | `c-d` | Zorg Delta | 4.666667 ⚠ | 6 | 6 | "
                       "54.666667 | no | -19.333333 |\n"))
      << markdown;
  EXPECT_TRUE(
      contains(markdown, "| 1 | `c-a` | Jeugdzorg Samen | 10 | 8 | 8 | 88 | **yes** | +14 |"))
      << markdown;
  EXPECT_TRUE(contains(markdown, "\n## Tie at the cut-off\n\n- Tie at the cut-off:")) << markdown;
}

// Issue 12: the reports speak the run's language, numbers in its form; the JSON keeps the exact
// machine values and only its texts follow the language.
TEST(RankingText, SpeaksDutchWithDutchNumbers) {
  const std::string text = standard().text(false, Language::nl);
  EXPECT_TRUE(text.starts_with("aanbesteding mvs-2025: Integrale jeugdhulp MVS\n")) << text;
  EXPECT_TRUE(contains(text,
                       "consensus: gemiddelde van 3 beoordelaars; spreiding boven 1 "
                       "gemarkeerd\n"))
      << text;
  EXPECT_TRUE(contains(text,
                       "ten hoogste 2 uitnodigen, ten minste 2; gelijke stand op de grens: "
                       "criterium 'kwaliteit', dan loting\n"))
      << text;
  EXPECT_TRUE(contains(text, "  4     54,666667  nee          -19,333333  c-d: Zorg Delta\n"))
      << text;
  EXPECT_TRUE(contains(text,
                       "  aanpak (gewicht 30): consensus 8,666667 (gemiddelde); anna 8, "
                       "bram 8, cees 10; spreiding 2 boven de drempel 1: bespreken\n"))
      << text;
  EXPECT_TRUE(contains(text, "\ngelijke stand op de grens\n  Gelijke stand op de grens:")) << text;
  EXPECT_TRUE(text.ends_with("\nvolledig: 2 van 4 gegadigden uitgenodigd\n")) << text;
  EXPECT_FALSE(contains(text, "(26/3)")) << text;
}

TEST(RankingMarkdown, SpeaksDutchWithDutchNumbers) {
  const std::string markdown = standard().markdown(Language::nl);
  EXPECT_TRUE(
      markdown.starts_with("# Rangorde van de preselectie: Integrale jeugdhulp MVS "
                           "(`mvs-2025`)\n\n**volledig: 2 van 4 gegadigden "
                           "uitgenodigd.**\n"))
      << markdown;
  EXPECT_TRUE(contains(markdown,
                       "| Rang | Gegadigde | Naam | `kwaliteit` | `aanpak` | `prijs` | "
                       "Totaal | Uitgenodigd | Marge |\n"))
      << markdown;
  EXPECT_TRUE(contains(markdown,
                       "| 4 | `c-d` | Zorg Delta | 4,666667 ⚠ | 6 | 6 | 54,666667 | "
                       "nee | -19,333333 |\n"))
      << markdown;
  EXPECT_TRUE(contains(markdown, "\n## Gelijke stand op de grens\n\n- Gelijke stand op de grens:"))
      << markdown;
}

TEST(RankingJson, KeepsExactValuesAndGivesTextsInTheChosenLanguage) {
  const Fixture fixture = standard();
  const json dutch = fixture.parsed_json(Language::nl);
  const json english = fixture.parsed_json(Language::en);
  EXPECT_EQ(dutch["language"], "nl");
  EXPECT_EQ(english["language"], "en");
  EXPECT_EQ(dutch["ranking"], english["ranking"]) << "machine values do not depend on language";
  EXPECT_EQ(candidate(dutch, "c-d")["total"], "54.666667");
  EXPECT_EQ(candidate(dutch, "c-d")["total_exact"], "164/3");
  EXPECT_EQ(dutch["preselection"]["lot_algorithm"],
            std::string(lot_algorithm_description(Language::nl)));
  EXPECT_TRUE(
      dutch["tie_break"]["steps"][0].get<std::string>().starts_with("Gelijke stand op de grens:"));
  EXPECT_TRUE(
      english["tie_break"]["steps"][0].get<std::string>().starts_with("Tie at the cut-off:"));
}

TEST(DisplayDecimal, RoundsAndWritesNumbersAsTheLanguageDoes) {
  EXPECT_EQ(display_decimal(Rational(26, 3), 6, Language::nl), "8,666667");
  EXPECT_EQ(display_decimal(Rational(26, 3), 6, Language::en), "8.666667");
  EXPECT_EQ(display_decimal(Rational(24'691, 2), 6, Language::nl), "12.345,5");
  EXPECT_EQ(display_decimal(Rational(-58, 3), 7, Language::nl), "-19,3333333");
  EXPECT_EQ(display_decimal(Rational(88), 6, Language::nl), "88");
}

}  // namespace
}  // namespace tenderkit::report
