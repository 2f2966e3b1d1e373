// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// The registration form: written by report/registration_form, filled in by a "client" (this test
// copies every cell of the blank form into a new workbook, as a spreadsheet program saves it, with
// the answers set), read back by input/registration_workbook, and converted to TOML.

#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/registration_workbook.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/report/check_report.hpp>
#include <tenderkit/report/registration_form.hpp>
#include <tenderkit/report/registration_toml.hpp>
#include <tenderkit/xlsx/reader.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

namespace tenderkit {
namespace {

using test_support::TempDir;

constexpr std::time_t kCreated = 1'700'000'000;

std::string tender_text(std::string_view id = "regio-2026", std::string_view extra_service = "") {
  std::string text = "id = \"";
  text += id;
  text += R"("
title = "Integrale jeugdhulp Regio"
language = "nl"

[integrality]
max_members = 6

[[municipality]]
id = "noord"
name = "Noord"

[[municipality]]
id = "zuid"
name = "Zuid"

[[certification]]
id = "keurmerk"
name = "Keurmerk JB/JR"

[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"
local = true

[[service]]
id = "bescherming"
name = "Jeugdbescherming"
certifications = ["keurmerk"]
)";
  text += extra_service;
  return text;
}

Tender make_tender(std::string_view id = "regio-2026", std::string_view extra_service = "") {
  Result<Tender> tender = input::parse_tender(tender_text(id, extra_service), "tender.toml");
  EXPECT_TRUE(tender) << (tender ? "" : tender.error().message());
  return tender ? *tender : Tender{};
}

using ClientCell = std::variant<std::string, double, bool>;

// Saves the blank form again as a client does, with `answers` ("Leden!A5" -> value) set: every
// sheet in order with its visibility, every value (formulas as their cached results).
void fill_form(const std::filesystem::path& blank, const std::filesystem::path& filled,
               const std::map<std::string, ClientCell>& answers) {
  Result<xlsx::ReadWorkbook> book = xlsx::ReadWorkbook::open(blank);
  ASSERT_TRUE(book) << book.error().message();
  Result<xlsx::Workbook> out = xlsx::Workbook::create(filled, {.created = kCreated});
  ASSERT_TRUE(out) << out.error().message();
  std::map<std::string, ClientCell> remaining = answers;
  std::vector<xlsx::Worksheet> hidden;
  for (const xlsx::ReadSheet& sheet : book->sheets()) {
    xlsx::Worksheet copy = out->add_worksheet(sheet.name());
    const auto put = [&](xlsx::Row row, xlsx::Column column, const ClientCell& value) {
      if (const auto* text = std::get_if<std::string>(&value)) {
        copy.write_text(row, column, *text);
      } else if (const auto* number = std::get_if<double>(&value)) {
        copy.write_number(row, column, *number);
      } else {
        copy.write_formula(row, column, std::get<bool>(value) ? "TRUE()" : "FALSE()",
                           std::get<bool>(value) ? 1 : 0);
      }
    };
    for (const xlsx::ReadCell& cell : sheet.cells()) {
      const std::string key = sheet.name() + "!" + xlsx::cell_reference(cell.row, cell.column);
      if (remaining.contains(key)) {
        continue;
      }
      if (cell.value.kind == xlsx::CellValue::Kind::text) {
        copy.write_text(cell.row, cell.column, cell.value.text);
      } else if (cell.value.kind == xlsx::CellValue::Kind::number) {
        copy.write_number(cell.row, cell.column, cell.value.number);
      }
    }
    for (auto it = remaining.begin(); it != remaining.end();) {
      const std::string prefix = sheet.name() + "!";
      if (it->first.starts_with(prefix)) {
        const auto at = xlsx::parse_cell_reference(it->first.substr(prefix.size()));
        EXPECT_TRUE(at) << it->first;
        put(at->row, at->column, it->second);
        it = remaining.erase(it);
      } else {
        ++it;
      }
    }
    if (sheet.hidden()) {
      hidden.push_back(copy);
    }
  }
  EXPECT_TRUE(remaining.empty()) << remaining.begin()->first << " names no sheet of the form";
  for (xlsx::Worksheet& sheet : hidden) {
    sheet.hide();
  }
  Result<std::vector<Warning>> closed = out->close();
  ASSERT_TRUE(closed) << closed.error().message();
}

// A consortium of two: a lead in both municipalities, a member only in Zuid.
std::map<std::string, ClientCell> good_answers() {
  return {
      {"Samenwerkingsverband!B5", std::string("Jeugdzorg Samen")},
      {"Samenwerkingsverband!B6", std::string("combinatie")},
      {"Samenwerkingsverband!B7", std::string("J. de Boer")},
      {"Samenwerkingsverband!B8", std::string("j.deboer@example.nl")},
      {"Samenwerkingsverband!B9", std::string("0101234567")},
      {"Leden!A5", std::string("Stichting Één")},
      {"Leden!B5", std::string("01234567")},
      {"Leden!C5", std::string("98765432")},
      {"Leden!D5", std::string("penvoerder")},
      {"Leden!E5", std::string("ja")},
      {"Leden!F5", std::string("ja")},
      // rows 6 and 7 stay empty: skipped
      {"Leden!A8", std::string("Praktijk Zuid")},
      {"Leden!B8", 11111111.0},  // a KvK number typed as a number
      {"Leden!D8", std::string("Lid")},
      {"Leden!E8", std::string("nee")},
      {"Diensten!B5", std::string("levert zelf")},
      {"Diensten!C5", std::string("levert zelf")},
      {"Diensten!B8", std::string("levert zelf")},
      {"Diensten!C8", std::string("nee")},
      {"Gemeenten!B8", std::string("nee")},
      {"Gemeenten!C8", std::string("ja")},
  };
}

class RegistrationWorkbookTest : public ::testing::Test {
 protected:
  RegistrationWorkbookTest() : tender_(make_tender()) {
    blank_ = dir_.path() / "blank.xlsx";
    EXPECT_TRUE(report::write_registration_form(blank_, tender_, kCreated));
  }

  std::filesystem::path filled(const std::map<std::string, ClientCell>& answers,
                               const std::string& name = "jeugdzorg-samen.xlsx") {
    const std::filesystem::path path = dir_.path() / name;
    fill_form(blank_, path, answers);
    return path;
  }

  // The answers of good_answers() with some changed (an empty string clears a cell).
  std::filesystem::path with(const std::map<std::string, ClientCell>& changes) {
    std::map<std::string, ClientCell> answers = good_answers();
    for (const auto& [cell, value] : changes) {
      answers[cell] = value;
    }
    return filled(answers);
  }

  Error read_error(const std::filesystem::path& path) {
    Result<Registration> read = input::read_registration_workbook(path, tender_);
    EXPECT_FALSE(read);
    return read ? Error::input(LocalizedText{"no error", "geen fout"}) : read.error();
  }

  std::string at(const std::string& cell) const {
    return (dir_.path() / "jeugdzorg-samen.xlsx").string() + ":" + cell;
  }

  TempDir dir_;
  Tender tender_;
  std::filesystem::path blank_;
};

std::vector<std::string> ids(const std::vector<IdRef>& refs) {
  std::vector<std::string> out;
  for (const IdRef& ref : refs) {
    out.push_back(ref.id);
  }
  return out;
}

TEST_F(RegistrationWorkbookTest, TheBlankFormNamesEveryMissingAnswerByCell) {
  Result<Registration> read = input::read_registration_workbook(blank_, tender_);
  ASSERT_FALSE(read);
  const std::string file = blank_.string();
  test_support::expect_input_error(
      read.error(),
      {{file + ":Samenwerkingsverband!B5", "the registration has no name",
        "write the consortium's name in Samenwerkingsverband!B5"},
       {file + ":Samenwerkingsverband!B6", "the registration does not say its legal form",
        "choose 'combinatie' or 'hoofd- en onderaannemersconstructie' in "
        "Samenwerkingsverband!B6"},
       {file + ":Leden!A5", "the registration has no members",
        "fill in a row per member from Leden!A5"}});
}

TEST_F(RegistrationWorkbookTest, MessagesAreWordedInDutchToo) {
  Result<Registration> read = input::read_registration_workbook(blank_, tender_);
  ASSERT_FALSE(read);
  const std::vector<Diagnostic>& found = read.error().diagnostics();
  ASSERT_EQ(found.size(), 3u) << test_support::describe(read.error());
  EXPECT_EQ(found[0].message.nl, "de inschrijving heeft geen naam");
  EXPECT_EQ(found[0].hint.nl,
            "schrijf de naam van het samenwerkingsverband in Samenwerkingsverband!B5");
  EXPECT_EQ(found[1].message.nl, "de inschrijving noemt haar rechtsvorm niet");
  EXPECT_EQ(found[1].hint.nl,
            "kies 'combinatie' of 'hoofd- en onderaannemersconstructie' in "
            "Samenwerkingsverband!B6");
  EXPECT_EQ(found[2].message.nl, "de inschrijving heeft geen leden");
  EXPECT_EQ(found[2].hint.nl, "vul vanaf Leden!A5 per lid een rij in");
}

TEST_F(RegistrationWorkbookTest, AMistakeInAMemberRowIsWordedInDutch) {
  Result<Registration> read = input::read_registration_workbook(
      with({{"Leden!B8", std::string("1234567")}, {"Leden!E8", std::string("misschien")}}),
      tender_);
  ASSERT_FALSE(read);
  const std::vector<Diagnostic>& found = read.error().diagnostics();
  ASSERT_EQ(found.size(), 2u) << test_support::describe(read.error());
  EXPECT_EQ(found[0].message.nl,
            "KvK-nummer van lid 'Praktijk Zuid' moet precies 8 cijfers hebben, gevonden: "
            "'1234567'");
  EXPECT_EQ(found[0].hint.nl,
            "schrijf de 8 cijfers zonder spaties of punten, voorloopnullen inbegrepen");
  EXPECT_EQ(found[1].message.nl,
            "of 'Praktijk Zuid' de verklaring heeft ingeleverd moet 'ja' of 'nee' zijn, "
            "gevonden: 'misschien'");
  EXPECT_EQ(found[1].hint.nl, "kies 'ja' of 'nee' uit de keuzelijst");
}

TEST_F(RegistrationWorkbookTest, ReadsAFilledFormSkippingEmptyRows) {
  Result<Registration> read = input::read_registration_workbook(filled(good_answers()), tender_);
  ASSERT_TRUE(read) << test_support::describe(read.error());
  const Registration& r = *read;
  EXPECT_EQ(r.id, "jeugdzorg-samen");  // no id on the form: the file name
  EXPECT_EQ(r.name, "Jeugdzorg Samen");
  EXPECT_EQ(r.tender_id, "regio-2026");
  EXPECT_EQ(r.legal_form, LegalForm::combination);
  EXPECT_EQ(r.contact, (Contact{"J. de Boer", "j.deboer@example.nl", "0101234567"}));
  ASSERT_EQ(r.members.size(), 2u);
  const Member& lead = r.members[0];
  EXPECT_EQ(lead.name, "Stichting Één");
  EXPECT_EQ(lead.kvk, "01234567");
  EXPECT_EQ(lead.agb, "98765432");
  EXPECT_EQ(lead.role, Role::lead);
  EXPECT_TRUE(lead.declaration);
  EXPECT_EQ(ids(lead.services), (std::vector<std::string>{"ambulant", "bescherming"}));
  EXPECT_TRUE(lead.all_municipalities);
  EXPECT_EQ(ids(lead.municipalities), (std::vector<std::string>{"noord", "zuid"}));
  EXPECT_EQ(ids(lead.certifications), (std::vector<std::string>{"keurmerk"}));
  const Member& member = r.members[1];
  EXPECT_EQ(member.kvk, "11111111");  // typed as the number 11111111.0
  EXPECT_EQ(member.agb, std::nullopt);
  EXPECT_EQ(member.role, Role::member);
  EXPECT_FALSE(member.declaration);
  EXPECT_EQ(ids(member.services), (std::vector<std::string>{"ambulant"}));
  EXPECT_FALSE(member.all_municipalities);
  EXPECT_EQ(ids(member.municipalities), (std::vector<std::string>{"zuid"}));
  EXPECT_TRUE(member.certifications.empty());
  // Positions name cells.
  EXPECT_EQ(r.at(member.where).to_string(), at("Leden!A8"));
  EXPECT_EQ(r.at(member.services[0].where).to_string(), at("Diensten!B8"));
}

TEST_F(RegistrationWorkbookTest, AnIdOnTheFormAndEnglishAnswersAreRead) {
  Result<Registration> read =
      input::read_registration_workbook(with({{"Samenwerkingsverband!B4", std::string("js-2026")},
                                              {"Leden!D5", std::string("LEAD")},
                                              {"Diensten!B8", std::string("delivers itself")}}),
                                        tender_);
  ASSERT_TRUE(read) << test_support::describe(read.error());
  EXPECT_EQ(read->id, "js-2026");
  EXPECT_EQ(read->members[0].role, Role::lead);
}

TEST_F(RegistrationWorkbookTest, ABadKvkNumberIsAnErrorAtItsCell) {
  test_support::expect_input_error(
      read_error(with({{"Leden!B5", std::string("1234 567")}})),
      {{at("Leden!B5"),
        "KvK number of member 'Stichting Één' must be exactly 8 digits, found "
        "'1234 567'",
        "write the 8 digits without spaces or dots, leading zeros included"}});
}

TEST_F(RegistrationWorkbookTest, AKvkNumberThatLostItsLeadingZeroSaysWhy) {
  test_support::expect_input_error(
      read_error(with({{"Leden!B5", 1234567.0}})),
      {{at("Leden!B5"),
        "KvK number of member 'Stichting Één' must be exactly 8 digits, found '1234567'",
        "the cell holds a number, which drops leading zeros: type the number as text, starting "
        "with an apostrophe ('01234567)"}});
}

TEST_F(RegistrationWorkbookTest, AnUnknownRoleSuggestsTheClosest) {
  test_support::expect_input_error(
      read_error(with({{"Leden!D5", std::string("penvoerdr")}})),
      {{at("Leden!D5"), "unknown role 'penvoerdr' of member 'Stichting Één'",
        "did you mean 'penvoerder'?"}});
}

TEST_F(RegistrationWorkbookTest, AServiceMarkedForARoleTheMemberDoesNotHaveIsAnError) {
  test_support::expect_input_error(
      read_error(with({{"Diensten!C5", std::string("als onderaannemer")}})),
      {{at("Diensten!C5"),
        "member 'Stichting Één' has the role 'penvoerder' but is marked 'als onderaannemer' for "
        "service 'bescherming'",
        "choose 'levert zelf' here, or change the role in Leden!D5"}});
}

TEST_F(RegistrationWorkbookTest, TextInAYesNoCellIsAnError) {
  test_support::expect_input_error(
      read_error(with({{"Leden!E5", std::string("misschien")}, {"Gemeenten!B8", 1.0}})),
      {{at("Leden!E5"),
        "whether 'Stichting Één' handed in the declaration must be 'ja' or 'nee', found "
        "'misschien'",
        "choose 'ja' or 'nee' from the drop-down list"},
       {at("Gemeenten!B8"),
        "whether 'Praktijk Zuid' works in 'Noord' must be 'ja' or 'nee', found '1'",
        "choose 'ja' or 'nee' from the drop-down list"}});
}

TEST_F(RegistrationWorkbookTest, AnUnknownServiceAnswerAndAMissingRoleAreErrors) {
  test_support::expect_input_error(
      read_error(with({{"Diensten!B5", std::string("zelf")}, {"Leden!D8", std::string("")}})),
      {{at("Diensten!B5"),
        "unknown answer 'zelf' for member 'Stichting Één' and service "
        "'ambulant'",
        "choose 'levert zelf', 'als onderaannemer' or 'nee'"},
       {at("Leden!D8"), "member 'Praktijk Zuid' has no role",
        "choose 'penvoerder', 'lid', 'hoofdaannemer' or 'onderaannemer' in Leden!D8"}});
}

TEST_F(RegistrationWorkbookTest, AFormOfAnotherTenderIsRefused) {
  const std::filesystem::path path = filled(good_answers());
  const Tender other = make_tender("andere-2026");
  Result<Registration> read = input::read_registration_workbook(path, other);
  ASSERT_FALSE(read);
  test_support::expect_input_error(
      read.error(), {{path.string() + ":tenderkit!B2",
                      "this registration form is for tender 'regio-2026', but tender.toml is "
                      "tender 'andere-2026'",
                      "check the form against the tender it was published with; a provider who "
                      "filled in another tender's form must fill in this tender's form"}});
}

TEST_F(RegistrationWorkbookTest, AFormOfAnOlderVersionOfTheTenderIsRefused) {
  const std::filesystem::path path = filled(good_answers());
  const Tender changed =
      make_tender("regio-2026", "\n[[service]]\nid = \"crisis\"\nname = \"Crisis\"\n");
  Result<Registration> read = input::read_registration_workbook(path, changed);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().diagnostics().front().where->to_string(), path.string() + ":tenderkit!B3");
  EXPECT_EQ(read.error().message(),
            "this registration form was made for another version of tender 'regio-2026': the "
            "services, municipalities, certifications or composition rules in tender.toml have "
            "changed since");
}

TEST_F(RegistrationWorkbookTest, AWorkbookThatIsNoFormIsRefused) {
  const std::filesystem::path path = dir_.path() / "other.xlsx";
  {
    Result<xlsx::Workbook> book = xlsx::Workbook::create(path, {.created = kCreated});
    ASSERT_TRUE(book);
    book->add_worksheet("Blad1").write_text(0, 0, "x");
    ASSERT_TRUE(book->close());
  }
  Result<Registration> read = input::read_registration_workbook(path, tender_);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().message(),
            "not a tenderkit registration form: the workbook has no sheet 'tenderkit'");
}

// The TOML file is the reference: the workbook and its conversion give the same registration and
// the same report, but for where things are written.
TEST_F(RegistrationWorkbookTest, TheConvertedTomlReadsBackToTheSameRegistrationAndReport) {
  // A finding with a position: the member lacks the certification its service requires.
  const std::filesystem::path path = with({{"Diensten!C8", std::string("levert zelf")}});
  Result<Registration> from_workbook = input::read_registration_workbook(path, tender_);
  ASSERT_TRUE(from_workbook) << test_support::describe(from_workbook.error());
  std::ostringstream toml;
  report::write_registration_toml(toml, *from_workbook, path.string());
  Result<Registration> from_toml =
      input::parse_registration(toml.str(), "jeugdzorg-samen.toml", tender_);
  ASSERT_TRUE(from_toml) << test_support::describe(from_toml.error()) << toml.str();
  EXPECT_EQ(from_toml->id, from_workbook->id);
  EXPECT_EQ(from_toml->contact, from_workbook->contact);
  ASSERT_EQ(from_toml->members.size(), from_workbook->members.size());
  for (std::size_t i = 0; i < from_toml->members.size(); ++i) {
    const Member& a = from_workbook->members[i];
    const Member& b = from_toml->members[i];
    EXPECT_EQ(std::tie(a.name, a.kvk, a.agb, a.role, a.declaration, a.all_municipalities),
              std::tie(b.name, b.kvk, b.agb, b.role, b.declaration, b.all_municipalities));
    EXPECT_EQ(ids(a.services), ids(b.services));
    EXPECT_EQ(ids(a.municipalities), ids(b.municipalities));
    EXPECT_EQ(ids(a.certifications), ids(b.certifications));
  }
  const auto json = [&](Registration registration) {
    integrality::CheckReport checked = integrality::check(tender_, {std::move(registration)});
    std::ostringstream out;
    report::write_check_json(out, checked, {.tool_version = "test"});
    return out.str();
  };
  std::string workbook_json = json(*from_workbook);
  std::string toml_json = json(*from_toml);
  EXPECT_NE(workbook_json.find("\"file\": \"" + at("Diensten!C8") + "\""), std::string::npos)
      << workbook_json;
  // Only where things are written differs.
  const std::regex file(R"re("file": "[^"]*")re");
  const std::regex position(R"re("(line|column)": (null|\d+))re");
  const auto normalised = [&](const std::string& text) {
    return std::regex_replace(std::regex_replace(text, file, "\"file\": F"), position, "\"$1\": P");
  };
  EXPECT_EQ(normalised(workbook_json), normalised(toml_json));
}

TEST_F(RegistrationWorkbookTest, TheFormIsProtectedWithOnlyInputCellsUnlockedAndAHiddenIdentity) {
  Result<xlsx::ReadWorkbook> book = xlsx::ReadWorkbook::open(blank_);
  ASSERT_TRUE(book);
  std::vector<std::string> names;
  for (const xlsx::ReadSheet& sheet : book->sheets()) {
    names.push_back(sheet.name() + (sheet.hidden() ? " (hidden)" : ""));
  }
  EXPECT_EQ(names,
            (std::vector<std::string>{"Instructies", "Samenwerkingsverband", "Leden", "Diensten",
                                      "Gemeenten", "tenderkit (hidden)", "Lists (hidden)"}));
  const xlsx::ReadSheet* meta = book->sheet("tenderkit");
  ASSERT_NE(meta, nullptr);
  EXPECT_EQ(meta->cell("B1")->text, "tenderkit-registration-form/1");
  EXPECT_EQ(meta->cell("B2")->text, "regio-2026");
  EXPECT_EQ(meta->cell("B3")->text, input::registration_form_version(tender_));
  // Six member rows: the tender's maximum.
  EXPECT_EQ(meta->cell("B6")->text, "5");
  EXPECT_EQ(meta->cell("C6")->text, "10");
}

TEST(RegistrationFormVersion, ChangesWithTheRequirementsOnly) {
  const Tender tender = make_tender();
  Tender same = make_tender();
  same.title = "Another title";
  EXPECT_EQ(input::registration_form_version(tender), input::registration_form_version(same));
  Tender changed = make_tender();
  changed.services[0].local = false;
  EXPECT_NE(input::registration_form_version(tender), input::registration_form_version(changed));
}

TEST(RegistrationFiles, AFolderHoldsTomlAndXlsxButNotExcelLockFiles) {
  TempDir dir;
  for (const char* name : {"a.toml", "b.XLSX", "~$b.XLSX", "c.csv"}) {
    std::ofstream(dir.path() / name) << "x";
  }
  const std::vector<std::string> arguments{dir.path().string()};
  Result<input::RegistrationFiles> found = input::find_registration_files(arguments);
  ASSERT_TRUE(found);
  ASSERT_EQ(found->files.size(), 2u);
  EXPECT_EQ(found->files[0].filename(), "a.toml");
  EXPECT_EQ(found->files[1].filename(), "b.XLSX");
  ASSERT_EQ(found->skipped.size(), 1u);
  EXPECT_EQ(found->skipped[0].path.filename(), "c.csv");
}

}  // namespace
}  // namespace tenderkit
