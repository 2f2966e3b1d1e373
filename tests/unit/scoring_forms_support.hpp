// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// Test support for the score forms and their collection: a small tender with a [preselection]
// section, three registrations (two compliant, one not), and a "client" that writes a filled form
// the way a spreadsheet program would, cell by cell, following docs/tender-score.md.

#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/scoring/forms.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tenderkit::test_support {

/// The tender text; `scale` is the body of [preselection.scale].
inline std::string forms_tender_text(std::string_view language = "nl",
                                     std::string_view scale = "values = [0, 2, 4, 6, 8, 10]",
                                     std::string_view first_title = "Visie op jeugdhulp") {
  std::string text = "id = \"t-2025\"\ntitle = \"Integrale jeugdhulp Test\"\nlanguage = \"";
  text += language;
  text += R"("

[[municipality]]
id = "maassluis"

[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"

[[service]]
id = "crisis"
name = "Crisishulp"

[preselection]
min_candidates = 1
max_candidates = 2

[preselection.scale]
)";
  text += scale;
  text += R"(

[[preselection.criterion]]
id = "visie"
title = ")";
  text += first_title;
  text += R"("
weight = 60

[[preselection.criterion.guidance]]
score = 0
text = "Geen visie."

[[preselection.criterion.guidance]]
score = 10
text = "=Uitstekend, met +resultaten"

[[preselection.criterion]]
id = "samenwerking"
title = "Samenwerking"
weight = 40

[[preselection.evaluator]]
id = "e1"
name = "A. de Vries"

[[preselection.evaluator]]
id = "e2"
name = "B. Jansen"
)";
  return text;
}

inline Tender parse_forms_tender(const std::string& text) {
  Result<Tender> tender = input::parse_tender(text, "tender.toml");
  if (!tender) {
    ADD_FAILURE() << describe(tender.error());
    return Tender{};
  }
  return std::move(tender).value();
}

inline const char* const kCompliantA = R"toml(
id = "01-samen"
name = "Samen voor Jeugd"
tender = "t-2025"
legal_form = "combination"

[[member]]
name = "Stichting Een"
kvk = "11111111"
role = "lead"
services = ["ambulant", "crisis"]
declaration = true
)toml";

inline const char* const kCompliantB = R"toml(
id = "02-delta"
name = "=Delta Jeugdhulp"
tender = "t-2025"
legal_form = "combination"

[[member]]
name = "Stichting Twee"
kvk = "22222222"
role = "lead"
services = ["ambulant", "crisis"]
declaration = true
)toml";

inline const char* const kNotCompliant = R"toml(
id = "03-zonder-crisis"
name = "Zonder Crisis"
tender = "t-2025"
legal_form = "combination"

[[member]]
name = "Stichting Drie"
kvk = "33333333"
role = "lead"
services = ["ambulant"]
declaration = true
)toml";

/// The check report of the three registrations against `tender_text`.
inline integrality::CheckReport forms_report(const std::string& tender_text) {
  Tender tender = parse_forms_tender(tender_text);
  std::vector<Registration> registrations;
  for (const auto& [file, text] :
       {std::pair{"regs/01.toml", kCompliantA}, std::pair{"regs/02.toml", kCompliantB},
        std::pair{"regs/03.toml", kNotCompliant}}) {
    Result<Registration> registration = input::parse_registration(text, file, tender);
    if (!registration) {
      ADD_FAILURE() << describe(registration.error());
      continue;
    }
    registrations.push_back(std::move(registration).value());
  }
  return integrality::check(std::move(tender), std::move(registrations));
}

/// A cell as a client stores it: a number, or text (numbers stored as text included).
using ClientCell = std::variant<double, std::string>;

/// Writes a workbook as a client would save a filled form: a first sheet, the scoring sheet with
/// `cells` (references such as "C9"), and the hidden metadata rows `metadata` (each a key and its
/// values). `metadata_rows()` gives the rows write_form() writes, to start from.
inline void write_client_workbook(const std::filesystem::path& path,
                                  const std::map<std::string, ClientCell>& cells,
                                  const std::vector<std::vector<std::string>>& metadata,
                                  std::string_view scores_sheet = "Scores") {
  Result<xlsx::Workbook> book = xlsx::Workbook::create(path, {.created = 1'700'000'000});
  ASSERT_TRUE(book) << book.error().message();
  book->add_worksheet("Instructies").write_text(0, 0, "Instructies");
  xlsx::Worksheet scores = book->add_worksheet(scores_sheet);
  xlsx::Worksheet meta = book->add_worksheet("tenderkit");
  for (const auto& [reference, value] : cells) {
    // Reference parsing by hand: the letters, then the row number.
    std::size_t digits = reference.find_first_of("0123456789");
    xlsx::Column column = 0;
    for (std::size_t i = 0; i < digits; ++i) {
      column = static_cast<xlsx::Column>(column * 26 + (reference[i] - 'A' + 1));
    }
    --column;
    const auto row = static_cast<xlsx::Row>(std::stoul(reference.substr(digits)) - 1);
    if (const double* number = std::get_if<double>(&value)) {
      scores.write_number(row, column, *number);
    } else {
      scores.write_text(row, column, std::get<std::string>(value));
    }
  }
  for (std::size_t r = 0; r < metadata.size(); ++r) {
    for (std::size_t c = 0; c < metadata[r].size(); ++c) {
      meta.write_text(static_cast<xlsx::Row>(r), static_cast<xlsx::Column>(c), metadata[r][c]);
    }
  }
  meta.hide();
  ASSERT_TRUE(book->close());
}

/// The metadata rows of evaluator `evaluator`'s form, as docs/tender-score.md describes them.
inline std::vector<std::vector<std::string>> metadata_rows(const Tender& tender,
                                                           const scoring::FormSet& forms,
                                                           const std::string& evaluator) {
  std::vector<std::vector<std::string>> rows{
      {"format", std::string(scoring::kFormFormat)},
      {"tender", tender.id},
      {"evaluator", evaluator, ""},
      {"form_version", forms.form_version},
      {"preselection_version", forms.preselection_version},
      {"language", "nl"},
      {"sheet", "Scores"},
  };
  for (std::size_t i = 0; i < forms.candidates.size(); ++i) {
    rows.push_back(
        {"candidate", forms.candidates[i].id, forms.candidates[i].name, std::to_string(9 + i)});
  }
  rows.push_back({"criterion", "visie", "C", "D"});
  rows.push_back({"criterion", "samenwerking", "E", "F"});
  return rows;
}

/// The candidate ids in column A of the scoring sheet, as a form has them.
inline std::map<std::string, ClientCell> id_cells(const scoring::FormSet& forms) {
  std::map<std::string, ClientCell> cells;
  for (std::size_t i = 0; i < forms.candidates.size(); ++i) {
    cells["A" + std::to_string(9 + i)] = forms.candidates[i].id;
  }
  return cells;
}

}  // namespace tenderkit::test_support
