// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/report/ranking_workbook.hpp>
#include <tenderkit/scoring/ranking.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <gtest/gtest.h>

#include "ranking_test_support.hpp"
#include "xlsx_reader.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace tenderkit::report {
namespace {

using test_support::make_ranking_tender;
using test_support::make_score_set;
using test_support::PreselectionSpec;
using test_support::slurp;
using test_support::TempDir;
using test_support::XlsxReader;

constexpr std::time_t kCreated = 1'700'000'000;  // 2023-11-14 22:13:20 UTC
constexpr std::string_view kRed = "FFFFC7CE";

// Sheet positions: the ranking, the criteria, the consensus, three evaluators, the audit.
constexpr std::size_t kRanking = 0;
constexpr std::size_t kCriteria = 1;
constexpr std::size_t kConsensus = 2;
constexpr std::size_t kAnna = 3;
constexpr std::size_t kBram = 4;
constexpr std::size_t kAudit = 6;

struct Fixture {
  Tender tender;
  scoring::ScoreSet scores;
  scoring::Ranking ranking;

  explicit Fixture(const std::vector<test_support::CandidateScores>& candidates,
                   const PreselectionSpec& spec = {})
      : tender(make_ranking_tender(spec)), scores(make_score_set(candidates)) {}

  Fixture& rank() {
    ranking = scoring::rank(*tender.preselection, scores);
    return *this;
  }

  Result<std::vector<Warning>> write(const std::filesystem::path& target) const {
    const RankingDocument document{.tender = tender,
                                   .scores = scores,
                                   .ranking = ranking,
                                   .inputs = {{"tender", "tender.toml", std::string(64, '1')},
                                              {"scores", "=scores.toml", std::string(64, '2')}}};
    return write_ranking_workbook(target, document, {.created = kCreated, .tool_version = "9.9.9"});
  }

  XlsxReader read(const TempDir& dir) const {
    const std::filesystem::path target = dir.path() / "preselectie.xlsx";
    const Result<std::vector<Warning>> written = write(target);
    EXPECT_TRUE(written.has_value()) << (written ? "" : written.error().message());
    return XlsxReader(target.string());
  }
};

std::string value(const XlsxReader& xlsx, std::size_t sheet, const std::string& reference) {
  const auto cell = xlsx.cell(sheet, reference);
  return cell ? cell->value : std::string("<none>");
}

std::string formula(const XlsxReader& xlsx, std::size_t sheet, const std::string& reference) {
  const auto cell = xlsx.cell(sheet, reference);
  return cell && cell->formula ? *cell->formula : std::string("<none>");
}

// The number format code of cell style `style` ("" or an index); "" for the general format.
std::string number_format(const XlsxReader& xlsx, const std::string& style) {
  const std::string& styles = xlsx.part("xl/styles.xml");
  std::size_t xf = styles.find("<cellXfs");
  for (std::size_t i = 0; i <= (style.empty() ? 0 : std::stoul(style)); ++i) {
    xf = styles.find("<xf ", xf + 1);
  }
  const std::size_t id_at = styles.find("numFmtId=\"", xf);
  const std::string id = styles.substr(id_at + 10, styles.find('"', id_at + 10) - id_at - 10);
  const std::size_t format = styles.find("<numFmt numFmtId=\"" + id + "\"");
  if (format == std::string::npos) {
    return "";
  }
  const std::size_t code = styles.find("formatCode=\"", format) + 12;
  return styles.substr(code, styles.find('"', code) - code);
}

// A formula cell whose cached result is an empty text: what a cell waiting for scores shows.
void expect_empty_formula(const XlsxReader& xlsx, std::size_t sheet, const std::string& reference) {
  SCOPED_TRACE(reference);
  const auto cell = xlsx.cell(sheet, reference);
  ASSERT_TRUE(cell.has_value());
  EXPECT_TRUE(cell->formula.has_value());
  EXPECT_EQ(cell->type, "str");
  EXPECT_EQ(cell->value, "");
}

TEST(RankingWorkbook, HasTheSheetsInReadingOrder) {
  TempDir dir;
  const XlsxReader xlsx = Fixture(test_support::standard_scores()).rank().read(dir);
  EXPECT_EQ(xlsx.sheet_names(),
            (std::vector<std::string>{"Rangorde", "Criteria", "Consensus", "Anna de Vries",
                                      "Bram Jansen", "Cees Bakker", "Verantwoording"}));
}

TEST(RankingWorkbook, NamesEvaluatorSheetsSafelyWithoutTakingTheFixedNames) {
  TempDir dir;
  PreselectionSpec spec;
  spec.evaluator_b_name = "Rangorde";
  XlsxReader clash = Fixture(test_support::standard_scores(), spec).rank().read(dir);
  EXPECT_EQ(clash.sheet_names()[kBram], "Rangorde (2)");
  EXPECT_EQ(clash.sheet_names()[kRanking], "Rangorde");

  TempDir other;
  spec.evaluator_b_name = "Bram: extern/adviseur [O'Neil]";
  const std::vector<std::string> taken{"Rangorde", "Criteria", "Consensus", "Verantwoording",
                                       "Anna de Vries"};
  const std::string expected = xlsx::make_sheet_name(spec.evaluator_b_name, taken);
  const XlsxReader xlsx = Fixture(test_support::standard_scores(), spec).rank().read(other);
  EXPECT_EQ(xlsx.sheet_names()[kBram], expected);
  // The consensus sheet refers to it, quoted, with the apostrophe doubled.
  EXPECT_EQ(formula(xlsx, kConsensus, "E6"), "IF(" + xlsx::quoted_sheet_name(expected) +
                                                 "!D7=\"\",\"\"," +
                                                 xlsx::quoted_sheet_name(expected) + "!D7)");
}

TEST(RankingWorkbook, RanksWithLiveFormulasWhoseCachedValuesAreTheToolsResults) {
  TempDir dir;
  const XlsxReader xlsx = Fixture(test_support::standard_scores()).rank().read(dir);
  EXPECT_EQ(value(xlsx, kRanking, "A1"), "Preselectie: rangorde: Integrale jeugdhulp MVS");
  EXPECT_EQ(value(xlsx, kRanking, "B2"), "mvs-2025");
  EXPECT_EQ(value(xlsx, kRanking, "B3"), "45244");  // 2023-11-14
  EXPECT_EQ(formula(xlsx, kRanking, "B4"), "COUNTIF($H$11:$H$14,\"ja\")");
  EXPECT_EQ(value(xlsx, kRanking, "B4"), "2");
  EXPECT_EQ(value(xlsx, kRanking, "C4"), "ten hoogste 2, ten minste 2");
  EXPECT_EQ(formula(xlsx, kRanking, "B5"), "F12");
  EXPECT_EQ(value(xlsx, kRanking, "B5"), "74");
  EXPECT_EQ(value(xlsx, kRanking, "B6"), "ja");

  // The weights come from the criteria sheet.
  EXPECT_EQ(formula(xlsx, kRanking, "C9"), "'Criteria'!$C$14");
  EXPECT_EQ(value(xlsx, kRanking, "C9"), "40");
  EXPECT_EQ(formula(xlsx, kRanking, "E9"), "'Criteria'!$C$16");
  const std::vector<std::string> headers{"Gegadigde",       "Naam",     "kwaliteit", "aanpak",
                                         "prijs",           "Totaal",   "Rang",      "Uitgenodigd",
                                         "Marge tot grens", "Opmerking"};
  for (std::size_t c = 0; c < headers.size(); ++c) {
    EXPECT_EQ(value(xlsx, kRanking, std::string(1, static_cast<char>('A' + c)) + "10"), headers[c]);
  }

  struct Expected {
    std::string id, total, rank, invited, margin;
  };
  const std::vector<Expected> rows{{"c-a", "88", "1", "ja", "14"},
                                   {"c-b", "74", "2", "ja", "0"},
                                   {"c-c", "74", "2", "nee", "0"},
                                   {"c-d", "54.666667", "4", "nee", "-19.333333"}};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string row = std::to_string(11 + i);
    SCOPED_TRACE("row " + row);
    EXPECT_EQ(value(xlsx, kRanking, "A" + row), rows[i].id);
    EXPECT_EQ(formula(xlsx, kRanking, "F" + row), "IF(COUNT(C" + row + ":E" + row +
                                                      ")<3,\"\",ROUND(SUMPRODUCT($C$9:$E$9,C" +
                                                      row + ":E" + row + ")/'Criteria'!$B$4,6))");
    EXPECT_EQ(value(xlsx, kRanking, "F" + row), rows[i].total);
    EXPECT_EQ(formula(xlsx, kRanking, "G" + row),
              "IF(F" + row + "=\"\",\"\",_xlfn.RANK.EQ(F" + row + ",$F$11:$F$14))");
    EXPECT_EQ(value(xlsx, kRanking, "G" + row), rows[i].rank);
    EXPECT_EQ(value(xlsx, kRanking, "H" + row), rows[i].invited);
    EXPECT_EQ(xlsx.cell(kRanking, "H" + row)->type, "inlineStr");  // shown as text
    EXPECT_EQ(formula(xlsx, kRanking, "I" + row),
              "IF(F" + row + "=\"\",\"\",ROUND((SUMPRODUCT($C$9:$E$9,C" + row + ":E" + row +
                  ")-SUMPRODUCT($C$9:$E$9,$C$12:$E$12))/'Criteria'!$B$4,6))");
    EXPECT_EQ(value(xlsx, kRanking, "I" + row), rows[i].margin);
  }
  // The consensus per criterion, live from the consensus sheet (c-c is the third candidate).
  EXPECT_EQ(formula(xlsx, kRanking, "D13"), "IF('Consensus'!I13=\"\",\"\",'Consensus'!I13)");
  EXPECT_EQ(std::stod(value(xlsx, kRanking, "D13")), 26.0 / 3.0);
  EXPECT_EQ(value(xlsx, kRanking, "J13"),
            "spreiding bespreken bij aanpak; gelijke stand op de "
            "grens");

  // Invited rows are highlighted by conditional formatting on the invited column.
  const std::string& sheet = xlsx.sheet_xml(kRanking);
  EXPECT_NE(sheet.find("<conditionalFormatting sqref=\"A11:J14\">"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<formula>$H11=\"ja\"</formula>"), std::string::npos);
  EXPECT_NE(sheet.find("<formula>$H11=\"onbeslist\"</formula>"), std::string::npos);
  EXPECT_NE(sheet.find("<autoFilter ref=\"A10:J14\"/>"), std::string::npos);

  // The tie-break, step by step, below the table.
  const std::size_t tie = xlsx.find_row(kRanking, "A", "Gelijke stand op de grens");
  ASSERT_GT(tie, 14u);
  EXPECT_EQ(value(xlsx, kRanking, "B" + std::to_string(tie + 1)), "c-b, c-c");
  EXPECT_EQ(value(xlsx, kRanking, "B" + std::to_string(tie + 4)), "ja");
  // The steps in the tender's language, as the rest of the workbook.
  EXPECT_EQ(value(xlsx, kRanking, "A" + std::to_string(tie + 6)),
            "Gelijke stand op de grens: 'c-b' en 'c-c' hebben hetzelfde totaal 74 voor 1 plaats.");
  EXPECT_EQ(value(xlsx, kRanking, "A" + std::to_string(tie + 7)),
            "Stap 1: criterium 'kwaliteit', hoogste consensusscore eerst: 'c-b' 8, 'c-c' 6.");
  EXPECT_EQ(value(xlsx, kRanking, "A" + std::to_string(tie + 8)), "Uitgenodigd: 'c-b'.");
}

TEST(RankingWorkbook, ComputesTheConsensusFromTheEvaluatorSheets) {
  TempDir dir;
  const XlsxReader xlsx = Fixture(test_support::standard_scores()).rank().read(dir);
  EXPECT_EQ(value(xlsx, kConsensus, "B2"), "gemiddelde van de scores van alle beoordelaars");
  EXPECT_EQ(value(xlsx, kConsensus, "D5"), "Anna de Vries");
  EXPECT_EQ(value(xlsx, kConsensus, "I5"), "Consensus");
  EXPECT_EQ(value(xlsx, kConsensus, "L5"), "Motivering: Anna de Vries");
  // c-c on 'aanpak': the third candidate's second criterion, row 6 + 2 * 3 + 1.
  EXPECT_EQ(value(xlsx, kConsensus, "A13"), "c-c");
  EXPECT_EQ(value(xlsx, kConsensus, "C13"), "aanpak");
  EXPECT_EQ(formula(xlsx, kConsensus, "F13"), "IF('Cees Bakker'!D14=\"\",\"\",'Cees Bakker'!D14)");
  EXPECT_EQ(value(xlsx, kConsensus, "F13"), "10");
  EXPECT_EQ(formula(xlsx, kConsensus, "G13"),
            "IF(COUNT(D13:F13)<2,\"\",ROUND(MAX(D13:F13)-MIN(D13:F13),6))");
  EXPECT_EQ(value(xlsx, kConsensus, "G13"), "2");
  EXPECT_EQ(formula(xlsx, kConsensus, "H13"), "IF(N(G13)>'Criteria'!$B$8,\"Bespreken\",\"\")");
  EXPECT_EQ(value(xlsx, kConsensus, "H13"), "Bespreken");
  EXPECT_EQ(formula(xlsx, kConsensus, "I13"), "IF(COUNT(D13:F13)<3,\"\",AVERAGE(D13:F13))");
  EXPECT_EQ(std::stod(value(xlsx, kConsensus, "I13")), 26.0 / 3.0);  // exact, shown as 8.67
  EXPECT_EQ(number_format(xlsx, xlsx.cell(kConsensus, "I13")->style), "0.00");
  EXPECT_EQ(number_format(xlsx, xlsx.cell(kRanking, "D13")->style), "0.00");  // c-c 'aanpak'
  EXPECT_EQ(value(xlsx, kConsensus, "J13"), "gemiddelde");
  // Motivations are text, even when they look like a formula.
  EXPECT_EQ(value(xlsx, kConsensus, "N13"), "=cees over c-c/aanpak");
  EXPECT_EQ(xlsx.cell(kConsensus, "N13")->type, "inlineStr");
  // No spread to discuss on c-a 'kwaliteit'.
  EXPECT_EQ(value(xlsx, kConsensus, "H6"), "");

  // The evaluator sheet: one row per candidate and criterion, the score and its motivation.
  EXPECT_EQ(value(xlsx, kAnna, "A1"), "Scores van Anna de Vries");
  EXPECT_EQ(value(xlsx, kAnna, "B2"), "anna");
  EXPECT_EQ(value(xlsx, kAnna, "B3"), "forms/anna.xlsx");
  EXPECT_EQ(value(xlsx, kAnna, "B4"), std::string(64, 'a'));
  EXPECT_EQ(value(xlsx, kAnna, "A14"), "c-c");
  EXPECT_EQ(value(xlsx, kAnna, "C14"), "aanpak");
  EXPECT_EQ(value(xlsx, kAnna, "D14"), "8");
  EXPECT_EQ(value(xlsx, kAnna, "E14"), "=anna over c-c/aanpak");
  EXPECT_EQ(value(xlsx, kAnna, "B10"), "=HYPERLINK(\"http://example.org\",\"klik\")");
  EXPECT_EQ(xlsx.cell(kAnna, "B10")->type, "inlineStr");
}

TEST(RankingWorkbook, WritesAnExplicitConsensusAsAValueBesideTheEvaluatorsScores) {
  TempDir dir;
  Fixture fixture(test_support::standard_scores());
  fixture.scores.consensus.push_back(  // c-d (the fourth candidate) on 'kwaliteit' (the first)
      scoring::Score{3, 0, Rational(8), "besproken in de commissie", TextPosition{9, 1}});
  const XlsxReader xlsx = fixture.rank().read(dir);
  // c-d on 'kwaliteit': row 6 + 3 * 3.
  EXPECT_EQ(value(xlsx, kConsensus, "A15"), "c-d");
  EXPECT_EQ(xlsx.cell(kConsensus, "I15")->formula, std::nullopt);
  EXPECT_EQ(value(xlsx, kConsensus, "I15"), "8");
  EXPECT_EQ(value(xlsx, kConsensus, "J15"), "vastgesteld");
  EXPECT_EQ(value(xlsx, kConsensus, "K15"), "besproken in de commissie");
  EXPECT_EQ(value(xlsx, kConsensus, "D15"), "4");
  EXPECT_EQ(value(xlsx, kConsensus, "F15"), "6");
  EXPECT_EQ(value(xlsx, kConsensus, "L15"), "=anna over c-d/kwaliteit");
  // c-d now totals 68 and is fourth still.
  EXPECT_EQ(value(xlsx, kRanking, "A14"), "c-d");
  EXPECT_EQ(value(xlsx, kRanking, "F14"), "68");
  EXPECT_EQ(value(xlsx, kRanking, "I14"), "-6");
}

TEST(RankingWorkbook, LeavesMissingScoresEmptyAndTheFormulasEmptyText) {
  TempDir dir;
  std::vector<test_support::CandidateScores> candidates = test_support::standard_scores();
  candidates[3].grid[2][1] = -1;  // bram has not scored c-d on 'prijs'
  const XlsxReader xlsx = Fixture(candidates).rank().read(dir);
  // Bram's sheet: c-d 'prijs' is row 7 + 3 * 3 + 2, an empty red cell.
  EXPECT_EQ(value(xlsx, kBram, "C18"), "prijs");
  const auto empty = xlsx.cell(kBram, "D18");
  ASSERT_TRUE(empty.has_value());
  EXPECT_EQ(empty->value, "");
  EXPECT_EQ(empty->formula, std::nullopt);
  EXPECT_EQ(xlsx.fill_of_style(empty->style), kRed);
  // The consensus sheet, row 6 + 3 * 3 + 2.
  expect_empty_formula(xlsx, kConsensus, "E17");
  expect_empty_formula(xlsx, kConsensus, "I17");
  EXPECT_EQ(value(xlsx, kConsensus, "J17"), "ontbreekt");
  EXPECT_EQ(value(xlsx, kConsensus, "G17"), "0");  // anna and cees agree
  // The ranking: c-d has no total, rank or margin yet; nobody is invited.
  EXPECT_EQ(value(xlsx, kRanking, "A14"), "c-d");
  expect_empty_formula(xlsx, kRanking, "E14");
  expect_empty_formula(xlsx, kRanking, "F14");
  expect_empty_formula(xlsx, kRanking, "G14");
  EXPECT_EQ(value(xlsx, kRanking, "I14"), "");
  EXPECT_EQ(value(xlsx, kRanking, "B4"), "0");
  EXPECT_EQ(value(xlsx, kRanking, "B6"), "nee");
  EXPECT_EQ(value(xlsx, kRanking, "J14"),
            "ontbrekende scores: 1; spreiding bespreken bij kwaliteit");
  EXPECT_NE(value(xlsx, kRanking, "B7"), "");  // the warning
  // The audit lists what is missing.
  const std::size_t missing = xlsx.find_row(kAudit, "A", "ontbrekende scores");
  ASSERT_GT(missing, 0u);
  EXPECT_EQ(value(xlsx, kAudit, "A" + std::to_string(missing + 2)), "bram");
  EXPECT_EQ(value(xlsx, kAudit, "B" + std::to_string(missing + 2)), "c-d");
  EXPECT_EQ(value(xlsx, kAudit, "C" + std::to_string(missing + 2)), "prijs");
}

TEST(RankingWorkbook, RecordsTheAuditTrailWithTheLotTickets) {
  TempDir dir;
  const XlsxReader xlsx = Fixture(test_support::lot_scores()).rank().read(dir);
  EXPECT_EQ(value(xlsx, kAudit, "A1"), "Verantwoording");
  EXPECT_EQ(value(xlsx, kAudit, "B2"), "tender-score rank (tenderkit)");
  EXPECT_EQ(value(xlsx, kAudit, "B3"), "9.9.9");
  EXPECT_EQ(value(xlsx, kAudit, "A4"), "Aangemaakt (UTC)");
  EXPECT_NEAR(std::stod(value(xlsx, kAudit, "B4")), 45244 + (22 * 3600 + 13 * 60 + 20) / 86400.0,
              1e-9);
  const std::size_t seed = xlsx.find_row(kAudit, "A", "Seed van de loting");
  ASSERT_GT(seed, 0u);
  EXPECT_EQ(value(xlsx, kAudit, "B" + std::to_string(seed)), "notaris 2025-03-14");

  const std::size_t inputs = xlsx.find_row(kAudit, "A", "Invoerbestanden");
  ASSERT_GT(inputs, 0u);
  EXPECT_EQ(value(xlsx, kAudit, "B" + std::to_string(inputs + 2)), "tender.toml");
  EXPECT_EQ(value(xlsx, kAudit, "C" + std::to_string(inputs + 2)), std::string(64, '1'));
  EXPECT_EQ(value(xlsx, kAudit, "B" + std::to_string(inputs + 3)), "=scores.toml");
  EXPECT_EQ(xlsx.cell(kAudit, "B" + std::to_string(inputs + 3))->type, "inlineStr");
  const std::size_t forms = xlsx.find_row(kAudit, "A", "Scoreformulieren");
  ASSERT_GT(forms, 0u);
  EXPECT_EQ(value(xlsx, kAudit, "B" + std::to_string(forms + 4)), "forms/cees.xlsx");

  std::vector<std::pair<std::string, std::string>> expected;
  for (const std::string id : {"c-b", "c-c"}) {
    expected.emplace_back(scoring::lot_ticket("notaris 2025-03-14", id), id);
  }
  std::sort(expected.begin(), expected.end());
  const std::size_t lots = xlsx.find_row(kAudit, "A", "loting");
  ASSERT_GT(lots, 0u);
  for (std::size_t i = 0; i < 2; ++i) {
    const std::string row = std::to_string(lots + 2 + i);
    EXPECT_EQ(value(xlsx, kAudit, "A" + row), std::to_string(i + 1));
    EXPECT_EQ(value(xlsx, kAudit, "B" + row), expected[i].second);
    EXPECT_EQ(value(xlsx, kAudit, "C" + row), expected[i].first);
  }
  // The ranking sheet shows the drawing too, and invites the lowest ticket.
  EXPECT_EQ(value(xlsx, kRanking, "A12"), expected[0].second);
  EXPECT_EQ(value(xlsx, kRanking, "H12"), "ja");
  EXPECT_NE(xlsx.find_row(kRanking, "B", expected[1].second, 60), 0u);
}

TEST(RankingWorkbook, MarksAnUnresolvedTieAsUndecided) {
  TempDir dir;
  PreselectionSpec spec;
  spec.tie_break = "[]";
  const XlsxReader xlsx = Fixture(test_support::standard_scores(), spec).rank().read(dir);
  EXPECT_EQ(value(xlsx, kRanking, "B6"), "nee");
  EXPECT_EQ(value(xlsx, kRanking, "H11"), "ja");
  EXPECT_EQ(value(xlsx, kRanking, "H12"), "onbeslist");
  EXPECT_EQ(value(xlsx, kRanking, "H13"), "onbeslist");
  // The margin is measured from c-a, the only one invited.
  EXPECT_EQ(formula(xlsx, kRanking, "I12"),
            "IF(F12=\"\",\"\",ROUND((SUMPRODUCT($C$9:$E$9,C12:E12)-SUMPRODUCT($C$9:$E$9,$C$11:$E$"
            "11))/'Criteria'!$B$4,6))");
  EXPECT_EQ(value(xlsx, kRanking, "I12"), "-14");
}

TEST(RankingWorkbook, DescribesTheCriteria) {
  TempDir dir;
  const XlsxReader xlsx = Fixture(test_support::standard_scores()).rank().read(dir);
  EXPECT_EQ(value(xlsx, kCriteria, "A4"), "Hoogste score");
  EXPECT_EQ(value(xlsx, kCriteria, "B4"), "10");
  EXPECT_EQ(formula(xlsx, kCriteria, "B6"), "SUM($C$14:$C$16)");
  EXPECT_EQ(value(xlsx, kCriteria, "B6"), "100");
  EXPECT_EQ(value(xlsx, kCriteria, "B8"), "1");
  EXPECT_EQ(value(xlsx, kCriteria, "B11"), "hoogste consensusscore op criterium kwaliteit; loting");
  EXPECT_EQ(value(xlsx, kCriteria, "A14"), "kwaliteit");
  EXPECT_EQ(value(xlsx, kCriteria, "C14"), "40");
  EXPECT_EQ(value(xlsx, kCriteria, "D14"), "10: Uitstekend");
}

TEST(RankingWorkbook, SpeaksEnglishForAnEnglishTender) {
  TempDir dir;
  PreselectionSpec spec;
  spec.language = "en";
  const XlsxReader xlsx = Fixture(test_support::standard_scores(), spec).rank().read(dir);
  EXPECT_EQ(xlsx.sheet_names(),
            (std::vector<std::string>{"Ranking", "Criteria", "Consensus", "Anna de Vries",
                                      "Bram Jansen", "Cees Bakker", "Audit"}));
  EXPECT_EQ(value(xlsx, kRanking, "H10"), "Invited");
  EXPECT_EQ(value(xlsx, kRanking, "H11"), "yes");
  EXPECT_EQ(formula(xlsx, kRanking, "B4"), "COUNTIF($H$11:$H$14,\"yes\")");
  EXPECT_NE(xlsx.sheet_xml(kRanking).find("<formula>$H11=\"yes\"</formula>"), std::string::npos);
  EXPECT_EQ(value(xlsx, kConsensus, "J6"), "mean");
  const std::size_t tie = xlsx.find_row(kRanking, "A", "Tie at the cut-off");
  EXPECT_EQ(value(xlsx, kRanking, "A" + std::to_string(tie + 6)),
            "Tie at the cut-off: 'c-b' and 'c-c' share the total 74 for 1 place.");
}

TEST(RankingWorkbook, IsReproducible) {
  TempDir dir;
  const Fixture fixture = std::move(Fixture(test_support::lot_scores()).rank());
  ASSERT_TRUE(fixture.write(dir.path() / "a.xlsx").has_value());
  ASSERT_TRUE(fixture.write(dir.path() / "b.xlsx").has_value());
  EXPECT_EQ(slurp(dir.path() / "a.xlsx"), slurp(dir.path() / "b.xlsx"));
}

TEST(RankingWorkbook, RanksTotalsThatDifferInTheSeventhDecimalApartAndShowsThem) {
  // Weights 33.3333333 / 33.3333333 / 33.3333334 (issue 11): six decimals show 66.666667 three
  // times, and a workbook that rounds to six ranks all three equal.
  TempDir dir;
  Fixture fixture({{"west", "West", {{{10, 10, 10}, {10, 10, 10}, {10, 10, 10}}}},
                   {"east", "East", {{{10, 10, 10}, {0, 0, 0}, {10, 10, 10}}}},
                   {"south", "South", {{{0, 0, 0}, {10, 10, 10}, {10, 10, 10}}}},
                   {"north", "North", {{{10, 10, 10}, {10, 10, 10}, {0, 0, 0}}}}});
  auto& criteria = fixture.tender.preselection->criteria;
  criteria[0].weight = *Rational::parse("33.3333333");
  criteria[1].weight = *Rational::parse("33.3333333");
  criteria[2].weight = *Rational::parse("33.3333334");
  fixture.rank();
  ASSERT_EQ(fixture.ranking.total_places, 7);
  const XlsxReader xlsx = fixture.read(dir);
  struct Expected {
    std::string id, total, rank, margin;
  };
  const std::vector<Expected> rows{{"west", "100", "1", "33.3333333"},
                                   {"east", "66.6666667", "2", "0"},
                                   {"south", "66.6666667", "2", "0"},
                                   {"north", "66.6666666", "4", "-0.0000001"}};
  // The cached numbers, as doubles: each the exact total rounded to seven places.
  const auto number = [&](const std::string& reference) {
    const std::string text = value(xlsx, kRanking, reference);
    return text.empty() ? -1.0 : std::stod(text);
  };
  const auto exact = [](const std::string& text) { return Rational::parse(text)->to_double(); };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string row = std::to_string(11 + i);
    SCOPED_TRACE("row " + row);
    EXPECT_EQ(value(xlsx, kRanking, "A" + row), rows[i].id);
    EXPECT_EQ(formula(xlsx, kRanking, "F" + row), "IF(COUNT(C" + row + ":E" + row +
                                                      ")<3,\"\",ROUND(SUMPRODUCT($C$9:$E$9,C" +
                                                      row + ":E" + row + ")/'Criteria'!$B$4,7))");
    EXPECT_EQ(number("F" + row), exact(rows[i].total));
    EXPECT_EQ(value(xlsx, kRanking, "G" + row), rows[i].rank);
    EXPECT_NE(formula(xlsx, kRanking, "I" + row).find("/'Criteria'!$B$4,7))"), std::string::npos);
    EXPECT_EQ(number("I" + row), exact(rows[i].margin));
  }
  EXPECT_EQ(number("B5"), exact("66.6666667"));  // the cut-off
  const std::size_t note = xlsx.find_row(kRanking, "A",
                                         "Let op: totalen en marges staan in 7 decimalen, omdat "
                                         "sommige totalen pas na de 6e decimaal verschillen. De "
                                         "formules ronden de totalen af op 7 decimalen en de rang "
                                         "volgt die afgeronde totalen, zodat de werkmap "
                                         "rangschikt zoals tenderkit exact rekent.");
  EXPECT_EQ(note, 16U);
}

TEST(RankingWorkbook, SaysNothingOfDecimalsWhenSixTellTheTotalsApart) {
  TempDir dir;
  const XlsxReader xlsx = Fixture(test_support::standard_scores()).rank().read(dir);
  EXPECT_EQ(xlsx.sheet_xml(kRanking).find("decimalen"), std::string::npos);
}

TEST(RankingWorkbook, ReportsAnUnwritableTargetAsAnOutputError) {
  TempDir dir;
  const Fixture fixture = std::move(Fixture(test_support::standard_scores()).rank());
  const Result<std::vector<Warning>> written =
      fixture.write(dir.path() / "missing" / "preselectie.xlsx");
  ASSERT_FALSE(written.has_value());
  EXPECT_EQ(written.error().kind(), ErrorKind::output);
}

}  // namespace
}  // namespace tenderkit::report
