// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/commands/tender_score.hpp>
#include <tenderkit/scoring/collect.hpp>
#include <tenderkit/scoring/forms.hpp>
#include <tenderkit/xlsx/reader.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "input_test_support.hpp"
#include "scoring_forms_support.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace tenderkit::scoring {
namespace {

using test_support::ClientCell;
using test_support::expect_input_error;
using test_support::forms_report;
using test_support::forms_tender_text;
using test_support::id_cells;
using test_support::metadata_rows;
using test_support::TempDir;
using test_support::write_client_workbook;

constexpr std::time_t kCreated = 1'700'000'000;

// The tender, its form set, and a directory to write forms in.
class CollectTest : public ::testing::Test {
 protected:
  explicit CollectTest(const std::string& tender_text = forms_tender_text())
      : report_(forms_report(tender_text)), forms_(make_form_set(report_)) {}

  const Tender& tender() const { return report_.tender; }

  // A form of evaluator `evaluator` filled in by a client with `cells` (besides the ids).
  std::filesystem::path client_form(const std::string& name, const std::string& evaluator,
                                    const std::map<std::string, ClientCell>& cells) {
    std::map<std::string, ClientCell> all = id_cells(forms_);
    for (const auto& [reference, value] : cells) {
      all[reference] = value;
    }
    const std::filesystem::path path = dir_.path() / name;
    std::filesystem::create_directories(path.parent_path());
    write_client_workbook(path, all, metadata_rows(tender(), forms_, evaluator));
    return path;
  }

  // The blank form write_form() writes.
  std::filesystem::path blank_form(std::size_t evaluator) {
    const Evaluator& who = tender().preselection->evaluators[evaluator];
    const std::filesystem::path path = dir_.path() / form_file_name(tender(), who);
    EXPECT_TRUE(write_form(path, tender(), who, forms_, kCreated));
    return path;
  }

  std::string file(const std::string& name) const { return (dir_.path() / name).string(); }

  TempDir dir_;
  integrality::CheckReport report_;
  FormSet forms_;
};

TEST(ParseScoreText, AcceptsWhatPeopleType) {
  EXPECT_EQ(parse_score_text("8"), Rational(8));
  EXPECT_EQ(parse_score_text(" 7.5 "), Rational(15, 2));
  EXPECT_EQ(parse_score_text("7,5"), Rational(15, 2));
  EXPECT_EQ(parse_score_text("\xC2\xA0"
                             "10,0"),
            Rational(10));
  EXPECT_EQ(parse_score_text("15/2"), Rational(15, 2));
  EXPECT_EQ(parse_score_text(""), std::nullopt);
  EXPECT_EQ(parse_score_text("acht"), std::nullopt);
  EXPECT_EQ(parse_score_text("1,000.5"), std::nullopt);
  EXPECT_EQ(parse_score_text("1,0,0"), std::nullopt);
}

TEST(CellLocation, NamesFileSheetAndCell) {
  EXPECT_EQ(xlsx::cell_location("forms/a.xlsx", "Scores", 6, 3).to_string(),
            "forms/a.xlsx:Scores!D7");
  EXPECT_EQ(xlsx::cell_location("a.xlsx", "Niet toegelaten", 0, 0).to_string(),
            "a.xlsx:'Niet toegelaten'!A1");
}

TEST_F(CollectTest, ABlankFormWrittenByFormsReadsAsAllMissing) {
  Result<ReturnedForm> form = read_xlsx_form(blank_form(0), tender());
  ASSERT_TRUE(form) << test_support::describe(form.error());
  EXPECT_TRUE(form->has_identity);
  EXPECT_EQ(form->tender_id, "t-2025");
  EXPECT_EQ(form->form_version, forms_.form_version);
  ASSERT_EQ(form->candidates.size(), 2u);
  EXPECT_EQ(form->candidates[1].name, "=Delta Jeugdhulp");
  ASSERT_EQ(form->evaluations.size(), 1u);
  EXPECT_EQ(form->evaluations[0].evaluator, "e1");
  EXPECT_TRUE(form->evaluations[0].scores.empty());
  EXPECT_EQ(form->evaluations[0].source_sha256.size(), 64u);
}

TEST_F(CollectTest, ReadsNumbersNumbersAsTextAndDecimalCommas) {
  const auto path = client_form("a.xlsx", "e1",
                                {{"C9", 8.0},
                                 {"D9", std::string("Sterk.")},
                                 {"E9", std::string(" 6 ")},
                                 {"F9", std::string("Voldoende\nmet twee regels")},
                                 {"C10", std::string("10,0")},
                                 {"D10", std::string("=Uitstekend")},
                                 {"E10", std::string("   ")},  // blank: missing
                                 {"F10", std::string("nog geen score")}});
  Result<ReturnedForm> form = read_xlsx_form(path, tender());
  ASSERT_TRUE(form) << test_support::describe(form.error());
  const ScoreList& scores = form->evaluations.at(0).scores;
  ASSERT_EQ(scores.size(), 3u);
  EXPECT_EQ(form->candidates.at(scores[0].candidate).id, "01-samen");
  EXPECT_EQ(tender().preselection->criteria.at(scores[0].criterion).id, "visie");
  EXPECT_EQ(scores[0].value, Rational(8));
  EXPECT_EQ(scores[0].motivation, "Sterk.");
  EXPECT_EQ(scores.location(scores[0]).to_string(), file("a.xlsx") + ":Scores!C9");
  EXPECT_EQ(scores[1].value, Rational(6));
  EXPECT_EQ(scores[1].motivation, "Voldoende\nmet twee regels");
  EXPECT_EQ(form->candidates.at(scores[2].candidate).id, "02-delta");
  EXPECT_EQ(scores[2].value, Rational(10));
  EXPECT_EQ(scores[2].motivation, "=Uitstekend");
}

TEST_F(CollectTest, ReportsEveryBadCellByFileSheetAndCell) {
  const auto path = client_form("a.xlsx", "e1",
                                {{"C9", 7.0},
                                 {"D9", std::string("oneven")},
                                 {"E9", std::string("acht")},
                                 {"F9", std::string("x")},
                                 {"C10", 4.0},
                                 {"E10", std::string("6")},
                                 {"F10", std::string("  ")}});
  const std::string where = file("a.xlsx") + ":Scores!";
  expect_input_error(
      read_xlsx_form(path, tender()),
      {{where + "C9",
        "score 7 of candidate '01-samen' on criterion 'visie' is not on the scale (0, 2, 4, 6, 8, "
        "10)",
        ""},
       {where + "E9",
        "the score of candidate '01-samen' on criterion 'samenwerking' is 'acht', which is not a "
        "number",
        "give one of the scale: 0, 2, 4, 6, 8, 10"},
       {where + "C10", "score 4 of candidate '02-delta' on criterion 'visie' has no motivation",
        "write the motivation in Scores!D10"},
       {where + "E10",
        "score 6 of candidate '02-delta' on criterion 'samenwerking' has no motivation",
        "write the motivation in Scores!F10"}});
}

TEST_F(CollectTest, RefusesAFormOfAnotherTender) {
  auto rows = metadata_rows(tender(), forms_, "e1");
  rows[1][1] = "other-tender";
  const auto path = dir_.path() / "a.xlsx";
  write_client_workbook(path, id_cells(forms_), rows);
  expect_input_error(read_xlsx_form(path, tender()),
                     {{file("a.xlsx") + ":tenderkit!B2",
                       "this form is for tender 'other-tender', but tender.toml is tender 't-2025'",
                       "collect the forms of each tender with its own tender file"}});
}

TEST_F(CollectTest, RefusesAnUnknownEvaluatorWithASuggestion) {
  const auto path = client_form("a.xlsx", "e3", {});
  expect_input_error(read_xlsx_form(path, tender()),
                     {{file("a.xlsx") + ":tenderkit!B3",
                       "the form is for evaluator 'e3', who is not an evaluator of tender 't-2025'",
                       "did you mean 'e1'?"}});
}

TEST_F(CollectTest, RefusesAFormOfAnotherVersionOfThePreselection) {
  const auto path = client_form("a.xlsx", "e1", {{"C9", 8.0}, {"D9", std::string("ok")}});
  const Tender changed = test_support::parse_forms_tender(
      forms_tender_text("nl", "values = [0, 2, 4, 6, 8, 10]", "Visie (herzien)"));
  Result<ReturnedForm> form = read_xlsx_form(path, changed);
  ASSERT_FALSE(form);
  EXPECT_EQ(form.error().diagnostics().at(0).where->to_string(), file("a.xlsx") + ":tenderkit!B4");
  EXPECT_NE(form.error().message().find("another version of tender 't-2025'"), std::string::npos)
      << form.error().message();
  EXPECT_NE(form.error().diagnostics()[0].hint.en.find("make new forms"), std::string::npos);
}

TEST_F(CollectTest, RefusesAnEditedCandidateList) {
  auto rows = metadata_rows(tender(), forms_, "e1");
  rows[8][2] = "Delta (renamed)";  // the second candidate's name
  const auto path = dir_.path() / "a.xlsx";
  write_client_workbook(path, id_cells(forms_), rows);
  Result<ReturnedForm> form = read_xlsx_form(path, tender());
  ASSERT_FALSE(form);
  EXPECT_NE(form.error().message().find("hidden candidate list does not match"), std::string::npos);
}

TEST_F(CollectTest, RefusesMovedRows) {
  std::map<std::string, ClientCell> cells = id_cells(forms_);
  std::swap(cells["A9"], cells["A10"]);
  const auto path = dir_.path() / "a.xlsx";
  write_client_workbook(path, cells, metadata_rows(tender(), forms_, "e1"));
  Result<ReturnedForm> form = read_xlsx_form(path, tender());
  ASSERT_FALSE(form);
  ASSERT_EQ(form.error().diagnostics().size(), 2u);
  EXPECT_EQ(form.error().diagnostics()[0].where->to_string(), file("a.xlsx") + ":Scores!A9");
  EXPECT_EQ(form.error().message(),
            "the form expects candidate '01-samen' in this cell, but it holds '02-delta'");
}

TEST_F(CollectTest, RefusesAWorkbookThatIsNoForm) {
  const auto path = dir_.path() / "plain.xlsx";
  Result<xlsx::Workbook> book = xlsx::Workbook::create(path, {});
  ASSERT_TRUE(book);
  book->add_worksheet("Blad1").write_text(0, 0, "scores");
  ASSERT_TRUE(book->close());
  expect_input_error(
      read_xlsx_form(path, tender()),
      {{path.string(), "not a tenderkit score form: the workbook has no sheet 'tenderkit'",
        "fill in a form made by 'tender-score forms', or give the scores as CSV or "
        "TOML"}});
}

TEST_F(CollectTest, RefusesARenamedScoresSheet) {
  const auto path = dir_.path() / "a.xlsx";
  write_client_workbook(path, id_cells(forms_), metadata_rows(tender(), forms_, "e1"), "Punten");
  expect_input_error(read_xlsx_form(path, tender()),
                     {{path.string(), "the form has no sheet 'Scores': was it renamed or deleted?",
                       "name the scoring sheet 'Scores' again"}});
}

TEST_F(CollectTest, ReadsACsvFormInExcelsDutchDialect) {
  const std::string csv =
      "\xEF\xBB\xBF"
      "Beoordelaar;Gegadigde;Criterium;Score;Motivering\r\n"
      "e2;01-samen;visie;8,0;\"Goed; met \"\"citaat\"\"\r\nen tweede regel\"\r\n"
      "e2;01-samen;samenwerking;;nog niet\r\n"
      "\r\n"
      "e2;02-delta;visie;6;Redelijk\r\n";
  Result<ReturnedForm> form = parse_csv_form(csv, "e2.csv", tender(), forms_.candidates);
  ASSERT_TRUE(form) << test_support::describe(form.error());
  EXPECT_FALSE(form->has_identity);
  ASSERT_EQ(form->evaluations.size(), 1u);
  const ScoreList& scores = form->evaluations[0].scores;
  ASSERT_EQ(scores.size(), 2u);
  EXPECT_EQ(scores[0].value, Rational(8));
  EXPECT_EQ(scores[0].motivation, "Goed; met \"citaat\"\r\nen tweede regel");
  EXPECT_EQ(scores.location(scores[0]).to_string(), "e2.csv:2:19");
  EXPECT_EQ(form->candidates.at(scores[1].candidate).id, "02-delta");
  EXPECT_EQ(scores.location(scores[1]).to_string(), "e2.csv:6:19");
}

TEST_F(CollectTest, ReportsCsvProblemsAtLineAndColumn) {
  const std::string csv =
      "evaluator,candidate,criterion,score,motivation\n"
      "e1,01-samen,visie,7,te hoog\n"
      "e1,01-same,visie,8,typo\n"
      "e1,02-delta,visie,8,\n"
      "e1,02-delta,samenwerking,8,a,b\n"
      "e1,01-samen,samenwerking,4,eerste\n"
      "e1,01-samen,samenwerking,6,tweede\n"
      "e9,01-samen,visie,6,wie?\n";
  expect_input_error(
      parse_csv_form(csv, "a.csv", tender(), forms_.candidates),
      {{"a.csv:2:19",
        "score 7 of candidate '01-samen' on criterion 'visie' is not on the scale (0, 2, 4, 6, 8, "
        "10)",
        ""},
       {"a.csv:3:4", "unknown candidate '01-same'", "did you mean '01-samen'?"},
       {"a.csv:4:19", "score 8 of candidate '02-delta' on criterion 'visie' has no motivation",
        "write the motivation in the motivation column"},
       {"a.csv:5:1", "this row has 6 fields, the header 5",
        "put a motivation that holds the delimiter or a line break in double quotes"},
       {"a.csv:7:26",
        "evaluator 'e1' scores candidate '01-samen' on criterion 'samenwerking' twice",
        "the first score is on line 6"},
       {"a.csv:8:1", "unknown evaluator 'e9'", "did you mean 'e1'?"}});
}

// Issue 12: the form readers word their problems in both languages, hints too.
TEST_F(CollectTest, WordsCsvProblemsInDutchAndEnglish) {
  Result<ReturnedForm> form =
      parse_csv_form("evaluator,candidate,criterion,score,motivation\ne1,01-samen,visie,8,\"open\n",
                     "b.csv", tender(), forms_.candidates);
  ASSERT_FALSE(form);
  const Diagnostic& unclosed = form.error().diagnostics().at(0);
  EXPECT_EQ(unclosed.message.en, "a quoted field is not closed");
  EXPECT_EQ(unclosed.message.nl, "een veld tussen aanhalingstekens is niet gesloten");
  EXPECT_EQ(unclosed.hint.nl, "sluit het veld af met een dubbel aanhalingsteken");
  form = parse_csv_form("", "c.csv", tender(), forms_.candidates);
  ASSERT_FALSE(form);
  EXPECT_EQ(form.error().diagnostics().at(0).message.nl, "het CSV-bestand is leeg");
  EXPECT_EQ(form.error().diagnostics().at(0).hint.nl,
            "de kopregel is: evaluator,candidate,criterion,score,motivation");
}

TEST_F(CollectTest, ReportsAMalformedCsvHeaderAndQuotes) {
  expect_input_error(parse_csv_form("evaluator,candidate,criterium,score,motivatie\n", "a.csv",
                                    tender(), forms_.candidates),
                     {{"a.csv:1:1", "the header lacks the column 'motivation'",
                       "the header is: evaluator,candidate,criterion,score,motivation"},
                      {"a.csv:1:37", "unknown column 'motivatie'", "did you mean 'motivation'?"}});
  expect_input_error(
      parse_csv_form("evaluator,candidate,criterion,score,motivation\ne1,01-samen,visie,8,\"open\n",
                     "b.csv", tender(), forms_.candidates),
      {{"b.csv:2:21", "a quoted field is not closed", "end the field with a double quote"}});
}

TEST_F(CollectTest, CollectsWorkbooksCsvAndTomlAndReportsProgress) {
  const auto a = client_form("a.xlsx", "e1",
                             {{"C9", 8.0},
                              {"D9", std::string("goed")},
                              {"E9", 6.0},
                              {"F9", std::string("ok")},
                              {"C10", 2.0},
                              {"D10", std::string("zwak")}});
  const auto csv = dir_.write("e2.csv",
                              "evaluator,candidate,criterion,score,motivation\n"
                              "e2,02-delta,samenwerking,10,top\n");
  const std::vector<std::filesystem::path> paths{csv, a};
  Result<Collection> collection = collect(paths, tender());
  ASSERT_TRUE(collection) << test_support::describe(collection.error());
  const ScoreSet& scores = collection->scores;
  EXPECT_EQ(scores.tender_id, "t-2025");
  EXPECT_EQ(scores.form_version, forms_.form_version);
  ASSERT_EQ(scores.evaluations.size(), 2u);
  EXPECT_EQ(scores.evaluations[0].evaluator, "e1");  // in the preselection's order
  EXPECT_EQ(scores.evaluations[1].evaluator, "e2");
  EXPECT_EQ(scores.evaluations[1].source, csv.string());

  const Progress& progress = collection->progress;
  EXPECT_FALSE(progress.complete());
  EXPECT_EQ(progress.forms_in(), 2u);
  EXPECT_EQ(progress.given, 4u);
  EXPECT_EQ(progress.expected, 8u);
  ASSERT_EQ(progress.missing.size(), 4u);
  EXPECT_EQ(progress.missing[0].evaluator, "e1");
  EXPECT_EQ(progress.missing[0].candidate, "02-delta");
  EXPECT_EQ(progress.missing[0].criterion, "samenwerking");
  EXPECT_EQ(progress.missing[3].evaluator, "e2");
  EXPECT_EQ(progress.missing[3].candidate, "02-delta");
  EXPECT_EQ(progress.missing[3].criterion, "visie");

  // The written scores file reads back as the same scores.
  std::ostringstream out;
  write_scores(out, scores, *tender().preselection);
  Result<ScoreSet> back = parse_scores(out.str(), "scores.toml", tender());
  ASSERT_TRUE(back) << test_support::describe(back.error());
  EXPECT_EQ(back->evaluations.at(0).scores.size(), 3u);
  EXPECT_EQ(back->evaluations.at(1).scores.at(0).value, Rational(10));
}

TEST_F(CollectTest, NamesBothFilesWhenAnEvaluatorReturnsTwoForms) {
  const auto a = client_form("a.xlsx", "e1", {});
  const auto b = client_form("b.xlsx", "e1", {});
  const std::vector<std::filesystem::path> paths{a, b};
  expect_input_error(
      collect(paths, tender()),
      {{b.string(), "evaluator 'e1' returned two forms: " + a.string() + " and " + b.string(),
        "give each evaluator's form once: leave out the one that does not count"}});
}

TEST_F(CollectTest, ACsvFormNeedsTheCandidateListOfAnotherForm) {
  const auto csv = dir_.write("e2.csv",
                              "evaluator,candidate,criterion,score,motivation\n"
                              "e2,02-delta,samenwerking,10,top\n");
  const std::vector<std::filesystem::path> alone{csv};
  Result<Collection> refused = collect(alone, tender());
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message(),
            "a CSV form does not say which candidates the forms were made for");

  // The scores template written by `forms` is enough.
  std::ostringstream templ;
  write_scores_template(templ, tender(), forms_);
  const auto template_path = dir_.write("t-2025-scores-template.toml", templ.str());
  const std::vector<std::filesystem::path> paths{csv, template_path};
  Result<Collection> collection = collect(paths, tender());
  ASSERT_TRUE(collection) << test_support::describe(collection.error());
  EXPECT_EQ(collection->progress.forms_in(), 1u);
  EXPECT_EQ(collection->progress.given, 1u);
}

TEST_F(CollectTest, ReadsAHandWrittenTomlForm) {
  std::ostringstream text;
  write_scores_template(text, tender(), forms_);
  text << "\n[[evaluation]]\nevaluator = \"e2\"\n\n[[evaluation.score]]\ncandidate = "
          "\"01-samen\"\ncriterion = \"visie\"\nscore = 4\nmotivation = \"matig\"\n";
  const auto path = dir_.write("e2.toml", text.str());
  const std::vector<std::filesystem::path> paths{path};
  Result<Collection> collection = collect(paths, tender());
  ASSERT_TRUE(collection) << test_support::describe(collection.error());
  ASSERT_EQ(collection->scores.evaluations.size(), 1u);
  EXPECT_EQ(collection->scores.evaluations[0].source, path.string());
  EXPECT_EQ(collection->scores.evaluations[0].source_sha256.size(), 64u);
  EXPECT_EQ(collection->progress.given, 1u);
}

TEST_F(CollectTest, RefusesOtherFileTypesWithAHint) {
  const auto path = dir_.write("a.ods", "x");
  const std::vector<std::filesystem::path> paths{path};
  expect_input_error(collect(paths, tender()), {{path.string(), "cannot read '.ods' forms",
                                                 "save the form as an Excel workbook (.xlsx)"}});
}

TEST_F(CollectTest, RunScoreCollectWritesTheScoresFileAndReportsProgress) {
  dir_.write("tender.toml", forms_tender_text());
  client_form("forms/a.xlsx", "e1",
              {{"C9", 8.0},
               {"D9", std::string("goed")},
               {"E9", 6.0},
               {"F9", std::string("ok")},
               {"C10", 2.0},
               {"D10", std::string("zwak")},
               {"E10", 4.0},
               {"F10", std::string("matig")}});
  const std::string output = file("forms/scores.toml");
  std::ostringstream out;
  commands::ScoreCollectOptions options{
      file("tender.toml"), {file("forms")}, output, commands::CollectFormat::text};
  options.language = Language::en;
  Result<int> status = commands::run_score_collect(options, out, out);
  ASSERT_TRUE(status) << test_support::describe(status.error());
  EXPECT_EQ(*status, 1);
  EXPECT_EQ(out.str(),
            "tender t-2025: Integrale jeugdhulp Test\n"
            "2 candidates x 2 criteria x 2 evaluators: 4 of 8 scores in\n"
            "forms in: 1 of 2\n"
            "  e1 (A. de Vries): in, 4 of 4 scores (" +
                file("forms/a.xlsx") +
                ")\n"
                "  e2 (B. Jansen): not in\n"
                "missing scores:\n"
                "  e2: all 4 (no form)\n"
                "wrote " +
                output +
                "\n"
                "incomplete: 4 scores missing\n");
  EXPECT_TRUE(std::filesystem::exists(output));

  // Without --lang, the tender's language (Dutch).
  std::ostringstream dutch;
  options.language = std::nullopt;
  status = commands::run_score_collect(options, dutch, dutch);
  ASSERT_TRUE(status) << test_support::describe(status.error());
  EXPECT_EQ(dutch.str(),
            "aanbesteding t-2025: Integrale jeugdhulp Test\n"
            "2 gegadigden x 2 criteria x 2 beoordelaars: 4 van 8 scores binnen\n"
            "formulieren binnen: 1 van 2\n"
            "  e1 (A. de Vries): binnen, 4 van 4 scores (" +
                file("forms/a.xlsx") +
                ")\n"
                "  e2 (B. Jansen): niet binnen\n"
                "ontbrekende scores:\n"
                "  e2: alle 4 (geen formulier)\n" +
                output +
                " geschreven\n"
                "onvolledig: 4 scores ontbreken\n");

  // A second run in the same directory leaves the scores file out of the forms.
  std::ostringstream json;
  options.format = commands::CollectFormat::json;
  status = commands::run_score_collect(options, json, json);
  ASSERT_TRUE(status) << test_support::describe(status.error());
  const nlohmann::json report = nlohmann::json::parse(json.str());
  EXPECT_EQ(report["complete"], false);
  EXPECT_EQ(report["forms_in"], 1);
  EXPECT_EQ(report["scores_given"], 4);
  EXPECT_EQ(report["evaluators"][1]["in"], false);
  EXPECT_TRUE(report["evaluators"][1]["source"].is_null());
  EXPECT_EQ(report["missing"].size(), 4u);
}

TEST_F(CollectTest, RunScoreCollectWritesNothingWhenAFormIsWrong) {
  dir_.write("tender.toml", forms_tender_text());
  client_form("a.xlsx", "e1", {{"C9", 9.0}, {"D9", std::string("?")}});
  std::ostringstream out;
  Result<int> status = commands::run_score_collect(
      {file("tender.toml"), {file("a.xlsx")}, file("scores.toml"), commands::CollectFormat::text},
      out, out);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().diagnostics()[0].where->to_string(), file("a.xlsx") + ":Scores!C9");
  EXPECT_FALSE(std::filesystem::exists(file("scores.toml")));
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace tenderkit::scoring
