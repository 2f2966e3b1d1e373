// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/commands/tender_score.hpp>
#include <tenderkit/scoring/forms.hpp>
#include <tenderkit/scoring/scores.hpp>
#include <tenderkit/xlsx/reader.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"
#include "scoring_forms_support.hpp"
#include "xlsx_reader.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace tenderkit::scoring {
namespace {

using test_support::forms_report;
using test_support::forms_tender_text;
using test_support::slurp;
using test_support::TempDir;
using test_support::XlsxReader;

constexpr std::time_t kCreated = 1'700'000'000;

std::string text_at(const xlsx::ReadSheet& sheet, std::string_view reference) {
  const xlsx::CellValue* value = sheet.cell(reference);
  return value == nullptr ? "<none>" : value->text;
}

struct WrittenForm {
  integrality::CheckReport report;
  FormSet forms;
  std::filesystem::path path;
};

WrittenForm write_one(const TempDir& dir, const std::string& tender_text,
                      std::size_t evaluator = 0) {
  WrittenForm written{forms_report(tender_text), {}, {}};
  written.forms = make_form_set(written.report);
  const Tender& tender = written.report.tender;
  written.path = dir.path() / form_file_name(tender, tender.preselection->evaluators[evaluator]);
  const Result<std::vector<Warning>> result = write_form(
      written.path, tender, tender.preselection->evaluators[evaluator], written.forms, kCreated);
  EXPECT_TRUE(result) << (result ? "" : result.error().message());
  return written;
}

TEST(FormSet, AdmitsCompliantRegistrationsAndGivesReasonsInBothLanguages) {
  const integrality::CheckReport report = forms_report(forms_tender_text());
  const FormSet forms = make_form_set(report);
  ASSERT_EQ(forms.candidates.size(), 2u);
  EXPECT_EQ(forms.candidates[0].id, "01-samen");
  EXPECT_EQ(forms.candidates[1].id, "02-delta");
  ASSERT_EQ(forms.not_admitted.size(), 1u);
  EXPECT_EQ(forms.not_admitted[0].id, "03-zonder-crisis");
  EXPECT_TRUE(forms.not_admitted[0].reason.en.starts_with("INT-001: "))
      << forms.not_admitted[0].reason.en;
  EXPECT_TRUE(forms.not_admitted[0].reason.nl.starts_with("INT-001: "));
  EXPECT_NE(forms.not_admitted[0].reason.en, forms.not_admitted[0].reason.nl);
  EXPECT_EQ(forms.form_version, form_version(*report.tender.preselection, forms.candidates));
  EXPECT_EQ(forms.preselection_version, form_version(*report.tender.preselection, {}));
}

TEST(FormFile, IsNamedAfterTenderAndEvaluator) {
  const Tender tender = test_support::parse_forms_tender(forms_tender_text());
  EXPECT_EQ(form_file_name(tender, tender.preselection->evaluators[1]), "t-2025-e2.xlsx");
  EXPECT_EQ(scores_template_file_name(tender), "t-2025-scores-template.toml");
}

TEST(Form, HasInstructionsScoresNotAdmittedAndHiddenMetadata) {
  TempDir dir;
  const WrittenForm written = write_one(dir, forms_tender_text());
  Result<xlsx::ReadWorkbook> book = xlsx::ReadWorkbook::open(written.path);
  ASSERT_TRUE(book) << book.error().message();
  ASSERT_EQ(book->sheets().size(), 4u);
  EXPECT_EQ(book->sheets()[0].name(), "Instructies");
  EXPECT_EQ(book->sheets()[1].name(), "Scores");
  EXPECT_EQ(book->sheets()[2].name(), "Niet toegelaten");
  EXPECT_EQ(book->sheets()[3].name(), "tenderkit");
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_FALSE(book->sheets()[i].hidden()) << i;
  }
  EXPECT_TRUE(book->sheets()[3].hidden());

  const xlsx::ReadSheet& meta = book->sheets()[3];
  EXPECT_EQ(text_at(meta, "A1"), "format");
  EXPECT_EQ(text_at(meta, "B1"), kFormFormat);
  EXPECT_EQ(text_at(meta, "B2"), "t-2025");
  EXPECT_EQ(text_at(meta, "B3"), "e1");
  EXPECT_EQ(text_at(meta, "C3"), "A. de Vries");
  EXPECT_EQ(text_at(meta, "B4"), written.forms.form_version);
  EXPECT_EQ(text_at(meta, "B5"), written.forms.preselection_version);
  EXPECT_EQ(text_at(meta, "B6"), "nl");
  EXPECT_EQ(text_at(meta, "B7"), "Scores");
  EXPECT_EQ(text_at(meta, "A8"), "candidate");
  EXPECT_EQ(text_at(meta, "B8"), "01-samen");
  EXPECT_EQ(text_at(meta, "D8"), "9");
  EXPECT_EQ(text_at(meta, "B9"), "02-delta");
  EXPECT_EQ(text_at(meta, "C9"), "=Delta Jeugdhulp");
  EXPECT_EQ(text_at(meta, "D9"), "10");
  EXPECT_EQ(text_at(meta, "A10"), "criterion");
  EXPECT_EQ(text_at(meta, "B10"), "visie");
  EXPECT_EQ(text_at(meta, "C10"), "C");
  EXPECT_EQ(text_at(meta, "D10"), "D");
  EXPECT_EQ(text_at(meta, "B11"), "samenwerking");
  EXPECT_EQ(text_at(meta, "C11"), "E");
  EXPECT_EQ(text_at(meta, "D11"), "F");

  const xlsx::ReadSheet& scores = book->sheets()[1];
  EXPECT_EQ(text_at(scores, "A9"), "01-samen");
  EXPECT_EQ(text_at(scores, "B9"), "Samen voor Jeugd");
  EXPECT_EQ(text_at(scores, "A10"), "02-delta");
  // Text that looks like a formula stays text.
  ASSERT_NE(scores.cell("B10"), nullptr);
  EXPECT_FALSE(scores.cell("B10")->formula);
  EXPECT_EQ(text_at(scores, "B10"), "=Delta Jeugdhulp");
  EXPECT_EQ(text_at(scores, "C7"), "Visie op jeugdhulp (60%)");
  EXPECT_EQ(text_at(scores, "C8"), "Score");
  EXPECT_EQ(text_at(scores, "D8"), "Motivering");
  // The input cells exist, blank.
  for (std::string_view reference : {"C9", "D9", "E9", "F9", "C10", "D10", "E10", "F10"}) {
    ASSERT_NE(scores.cell(reference), nullptr) << reference;
    EXPECT_TRUE(scores.cell(reference)->empty()) << reference;
  }
  // The running count, with the right cached value for a blank form.
  ASSERT_NE(scores.cell("B5"), nullptr);
  EXPECT_TRUE(scores.cell("B5")->formula);
  EXPECT_EQ(text_at(scores, "B5"), "0 van 4");

  const xlsx::ReadSheet& rejected = book->sheets()[2];
  EXPECT_EQ(text_at(rejected, "A5"), "03-zonder-crisis");
  EXPECT_TRUE(text_at(rejected, "C5").starts_with("INT-001: ")) << text_at(rejected, "C5");
}

TEST(Form, OnlyScoreAndMotivationCellsAreUnlockedAndTheSheetsAreProtected) {
  TempDir dir;
  const WrittenForm written = write_one(dir, forms_tender_text());
  const XlsxReader xlsx(written.path.string());
  for (int sheet = 1; sheet <= 4; ++sheet) {
    const std::string& xml = xlsx.part("xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
    EXPECT_NE(xml.find("<sheetProtection"), std::string::npos) << sheet;
  }
  // The unlocked cell styles (locked="0") are the ones of C9..F10 and nothing else.
  const std::string& styles = xlsx.part("xl/styles.xml");
  const std::string& scores = xlsx.part("xl/worksheets/sheet2.xml");
  std::vector<std::string> unlocked_styles;
  const std::size_t begin = styles.find("<cellXfs");
  const std::string cell_xfs = styles.substr(begin, styles.find("</cellXfs>", begin) - begin);
  std::size_t index = 0;
  for (std::size_t at = cell_xfs.find("<xf "); at != std::string::npos; ++index) {
    const std::size_t next = cell_xfs.find("<xf ", at + 1);
    if (cell_xfs.substr(at, next - at).find("locked=\"0\"") != std::string::npos) {
      unlocked_styles.push_back(std::to_string(index));
    }
    at = next;
  }
  ASSERT_FALSE(unlocked_styles.empty());
  std::vector<std::string> unlocked_cells;
  for (std::size_t at = scores.find("<c "); at != std::string::npos;
       at = scores.find("<c ", at + 1)) {
    const std::string element = scores.substr(at, scores.find('>', at) - at);
    const std::size_t s = element.find(" s=\"");
    if (s == std::string::npos) {
      continue;
    }
    const std::string style = element.substr(s + 4, element.find('"', s + 4) - s - 4);
    if (std::find(unlocked_styles.begin(), unlocked_styles.end(), style) != unlocked_styles.end()) {
      const std::size_t r = element.find("r=\"");
      unlocked_cells.push_back(element.substr(r + 3, element.find('"', r + 3) - r - 3));
    }
  }
  EXPECT_EQ(unlocked_cells,
            (std::vector<std::string>{"C9", "D9", "E9", "F9", "C10", "D10", "E10", "F10"}));
}

TEST(Form, ScoreCellsHaveTheScaleAsDropDown) {
  TempDir dir;
  const WrittenForm written = write_one(dir, forms_tender_text());
  const XlsxReader xlsx(written.path.string());
  const std::string& scores = xlsx.part("xl/worksheets/sheet2.xml");
  EXPECT_NE(scores.find("sqref=\"C9:C10\""), std::string::npos);
  EXPECT_NE(scores.find("sqref=\"E9:E10\""), std::string::npos);
  EXPECT_NE(scores.find("<formula1>\"0,2,4,6,8,10\"</formula1>"), std::string::npos) << scores;
  EXPECT_EQ(scores.find("sqref=\"D9"), std::string::npos);
}

TEST(Form, ALongScaleGoesToAHiddenListAndTheMetadataSheetKeepsItsName) {
  TempDir dir;
  const WrittenForm written =
      write_one(dir, forms_tender_text("nl", "min = 0\nmax = 100\nstep = 0.5"));
  Result<xlsx::ReadWorkbook> book = xlsx::ReadWorkbook::open(written.path);
  ASSERT_TRUE(book) << book.error().message();
  ASSERT_NE(book->sheet("tenderkit"), nullptr);
  ASSERT_EQ(book->sheets().size(), 5u);
  EXPECT_EQ(book->sheets()[4].name(), "Lists");
  EXPECT_TRUE(book->sheets()[4].hidden());
  EXPECT_EQ(text_at(book->sheets()[4], "A2"), "0.5");
  const XlsxReader xlsx(written.path.string());
  EXPECT_NE(xlsx.part("xl/worksheets/sheet2.xml").find("<formula1>'Lists'!$A$1:$A$201</formula1>"),
            std::string::npos);
}

TEST(Form, IsPrintReady) {
  TempDir dir;
  const WrittenForm written = write_one(dir, forms_tender_text());
  const XlsxReader xlsx(written.path.string());
  for (int sheet = 1; sheet <= 3; ++sheet) {
    SCOPED_TRACE(sheet);
    const std::string& xml = xlsx.part("xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
    EXPECT_NE(xml.find("orientation=\"landscape\""), std::string::npos);
    EXPECT_NE(xml.find("fitToPage=\"1\""), std::string::npos);
    EXPECT_NE(xml.find("fitToHeight=\"0\""), std::string::npos);
    EXPECT_NE(xml.find("<oddHeader>&amp;Lt-2025&amp;CA. de Vries [e1]&amp;R&amp;A</oddHeader>"),
              std::string::npos)
        << xml;
    EXPECT_NE(xml.find("<oddFooter>&amp;CPagina &amp;P van &amp;N</oddFooter>"), std::string::npos);
  }
  const std::string& workbook = xlsx.part("xl/workbook.xml");
  EXPECT_NE(workbook.find("Scores!$7:$8</definedName>"), std::string::npos) << workbook;
}

TEST(Form, IsInEnglishForAnEnglishTender) {
  TempDir dir;
  const WrittenForm written = write_one(dir, forms_tender_text("en"));
  Result<xlsx::ReadWorkbook> book = xlsx::ReadWorkbook::open(written.path);
  ASSERT_TRUE(book) << book.error().message();
  EXPECT_EQ(book->sheets()[0].name(), "Instructions");
  EXPECT_EQ(book->sheets()[1].name(), "Scores");
  EXPECT_EQ(book->sheets()[2].name(), "Not admitted");
  EXPECT_EQ(text_at(book->sheets()[1], "D8"), "Motivation");
  EXPECT_EQ(text_at(book->sheets()[1], "B5"), "0 of 4");
  EXPECT_TRUE(text_at(book->sheets()[2], "C5").starts_with("INT-001: required service"));
}

TEST(Form, IsReproducible) {
  TempDir first;
  TempDir second;
  const WrittenForm a = write_one(first, forms_tender_text());
  const WrittenForm b = write_one(second, forms_tender_text());
  EXPECT_EQ(slurp(a.path), slurp(b.path));
}

TEST(ScoresTemplate, IsAScoresFileWithoutEvaluations) {
  const integrality::CheckReport report = forms_report(forms_tender_text());
  const FormSet forms = make_form_set(report);
  std::ostringstream out;
  write_scores_template(out, report.tender, forms);
  const std::string text = out.str();
  EXPECT_NE(text.find("# evaluator = \"...\""), std::string::npos) << text;
  EXPECT_NE(text.find("#   e1            A. de Vries"), std::string::npos) << text;
  Result<ScoreSet> parsed = parse_scores(text, "template.toml", report.tender);
  ASSERT_TRUE(parsed) << test_support::describe(parsed.error());
  EXPECT_EQ(parsed->form_version, forms.form_version);
  EXPECT_EQ(parsed->candidates.size(), 2u);
  EXPECT_TRUE(parsed->evaluations.empty());
}

TEST(WriteForms, WritesOneFormPerEvaluatorAndTheTemplate) {
  TempDir dir;
  const integrality::CheckReport report = forms_report(forms_tender_text());
  Result<WrittenForms> written =
      write_forms(dir.path() / "out" / "forms", report.tender, make_form_set(report), kCreated);
  ASSERT_TRUE(written) << written.error().message();
  ASSERT_EQ(written->files.size(), 3u);
  EXPECT_EQ(written->files[0].filename(), "t-2025-e1.xlsx");
  EXPECT_EQ(written->files[1].filename(), "t-2025-e2.xlsx");
  EXPECT_EQ(written->files[2].filename(), "t-2025-scores-template.toml");
  for (const auto& path : written->files) {
    EXPECT_TRUE(std::filesystem::exists(path)) << path;
  }
}

TEST(WriteForms, RefusesWhenAnyTargetExistsAndWritesNothing) {
  TempDir dir;
  const integrality::CheckReport report = forms_report(forms_tender_text());
  const FormSet forms = make_form_set(report);
  const std::filesystem::path folder = dir.path() / "forms";
  // e2's form is there already (here one the form reader cannot read: it is refused all the same).
  const std::filesystem::path kept = dir.write("forms/t-2025-e2.xlsx", "not a workbook");
  Result<WrittenForms> written = write_forms(folder, report.tender, forms, kCreated);
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().kind(), ErrorKind::output);
  ASSERT_EQ(written.error().diagnostics().size(), 1u);
  EXPECT_EQ(written.error().message(),
            kept.string() +
                " exists (not readable as a form of this tender); tender-score forms does not "
                "overwrite files");
  EXPECT_EQ(test_support::slurp(kept), "not a workbook");
  EXPECT_FALSE(std::filesystem::exists(folder / "t-2025-e1.xlsx"));
  EXPECT_FALSE(std::filesystem::exists(folder / "t-2025-scores-template.toml"));

  written = write_forms(folder, report.tender, forms, kCreated, /*force=*/true);
  ASSERT_TRUE(written) << written.error().message();
  EXPECT_NE(test_support::slurp(kept), "not a workbook");
}

TEST(WriteForms, ARefusalCountsTheScoresAFilledFormHolds) {
  TempDir dir;
  const integrality::CheckReport report = forms_report(forms_tender_text());
  const FormSet forms = make_form_set(report);
  const std::filesystem::path folder = dir.path() / "forms";
  ASSERT_TRUE(write_forms(folder, report.tender, forms, kCreated));
  Result<WrittenForms> again = write_forms(folder, report.tender, forms, kCreated);
  ASSERT_FALSE(again);
  ASSERT_EQ(again.error().diagnostics().size(), 3u);  // two forms and the template
  EXPECT_EQ(again.error().diagnostics()[0].message.en,
            (folder / "t-2025-e1.xlsx").string() +
                " exists (no scores filled in); tender-score forms does not overwrite files");
  EXPECT_EQ(again.error().diagnostics()[0].hint.en, "use --force to replace it");
}

TEST(RunScoreForms, WritesTheFormsAndSaysWhat) {
  TempDir dir;
  dir.write("tender.toml", forms_tender_text());
  dir.write("regs/01.toml", test_support::kCompliantA);
  dir.write("regs/02.toml", test_support::kCompliantB);
  dir.write("regs/03.toml", test_support::kNotCompliant);
  std::ostringstream out;
  commands::ScoreFormsOptions options{(dir.path() / "tender.toml").string(),
                                      {(dir.path() / "regs").string()},
                                      (dir.path() / "forms").string()};
  options.language = Language::en;
  Result<int> status = commands::run_score_forms(options, out, out);
  ASSERT_TRUE(status) << test_support::describe(status.error());
  EXPECT_EQ(*status, 0);
  EXPECT_NE(out.str().find("2 candidates to score, 1 not admitted"), std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find("not admitted: 03-zonder-crisis (INT-001: "), std::string::npos);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "forms" / "t-2025-e2.xlsx"));

  // Without --lang, the tender's language (Dutch): what forms says, and the reason too.
  std::ostringstream dutch;
  options.language = std::nullopt;
  options.force = true;
  status = commands::run_score_forms(options, dutch, dutch);
  ASSERT_TRUE(status) << test_support::describe(status.error());
  EXPECT_TRUE(
      dutch.str().starts_with("aanbesteding t-2025: Integrale jeugdhulp Test\n"
                              "2 gegadigden te beoordelen, 1 niet toegelaten\n"
                              "  niet toegelaten: 03-zonder-crisis (INT-001: vereiste "
                              "dienst"))
      << dutch.str();
  EXPECT_NE(dutch.str().find(" vervangen (formulier van beoordelaar e1)\n"), std::string::npos)
      << dutch.str();
}

TEST(RunScoreForms, RefusesATenderWithoutPreselection) {
  TempDir dir;
  dir.write("tender.toml", R"(id = "t"
title = "T"
[[municipality]]
id = "m"
[[service]]
id = "s"
name = "S"
)");
  dir.write("regs/01.toml", "");
  std::ostringstream out;
  Result<int> status = commands::run_score_forms({(dir.path() / "tender.toml").string(),
                                                  {(dir.path() / "regs").string()},
                                                  (dir.path() / "forms").string()},
                                                 out, out);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().kind(), ErrorKind::input);
  EXPECT_NE(status.error().message().find("no [preselection] section"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "forms"));
}

TEST(RunScoreForms, RefusesWhenNoRegistrationPasses) {
  TempDir dir;
  dir.write("tender.toml", forms_tender_text());
  dir.write("regs/03.toml", test_support::kNotCompliant);
  std::ostringstream out;
  Result<int> status = commands::run_score_forms({(dir.path() / "tender.toml").string(),
                                                  {(dir.path() / "regs").string()},
                                                  (dir.path() / "forms").string()},
                                                 out, out);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().message(),
            "no registration passes tender-check: there is no candidate to score");
}

}  // namespace
}  // namespace tenderkit::scoring
