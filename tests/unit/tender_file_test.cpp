// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/input/toml_reader.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <string>
#include <vector>

namespace tenderkit::input {
namespace {

using test_support::expect_input_error;
using test_support::TempDir;

// Every field of a tender, positions included, so two loads can be compared whole.
std::string dump(const Tender& tender) {
  std::string out = "id=" + tender.id + " title=" + tender.title +
                    " language=" + std::string(to_string(tender.language)) + "\n";
  for (const Municipality& m : tender.municipalities) {
    out += "municipality " + m.id + " '" + m.name + "' @" + m.where.to_string() + "\n";
  }
  for (const Certification& c : tender.certifications) {
    out += "certification " + c.id + " '" + c.name + "' @" + c.where.to_string() + "\n";
  }
  for (const Service& s : tender.services) {
    out += "service " + s.id + " '" + s.name + "' code=" + s.code.value_or("-") +
           " local=" + std::to_string(s.local) +
           " subcontractors_only=" + std::to_string(s.subcontractors_only_allowed) + " certs=";
    for (const std::string& c : s.certifications) {
      out += c + ",";
    }
    out += " @" + s.where.to_string() + "\n";
  }
  const IntegralityRules& rules = tender.integrality;
  out += "forms=";
  for (LegalForm form : rules.legal_forms) {
    out += std::string(to_string(form)) + ",";
  }
  out += " min=" + std::to_string(rules.min_members) +
         " max=" + (rules.max_members ? std::to_string(*rules.max_members) : "-") +
         " lead_several=" + std::to_string(rules.may_lead_several) +
         " participate_several=" + std::to_string(rules.may_participate_several) + " @" +
         rules.where.to_string() + "\n";
  return out;
}

constexpr std::string_view kFullTender = R"(id = "ijmond-zk-2026"
title = "Integrale specialistische jeugdhulp IJmond en Zuid-Kennemerland"
language = "en"

[[municipality]]
id = "beverwijk"
name = "Beverwijk"

[[municipality]]
id = "heemskerk"

[[certification]]
id = "hkz"
name = "HKZ-certificaat"

[[certification]]
id = "jbjr"

[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"
code = "45"
local = true

[[service]]
id = "jeugdbescherming"
name = "Jeugdbescherming"
code = "48"
may_rest_on_subcontractors = false
certifications = ["hkz", "jbjr"]

[integrality]
legal_forms = ["main-contractor"]
min_members = 2
max_members = 12
may_lead_several = true
may_participate_several = false
)";

// ---------------------------------------------------------------------------------------------
// Happy paths

TEST(TenderFile, ReadsEveryField) {
  const Result<Tender> tender = parse_tender(kFullTender, "tender.toml");
  ASSERT_TRUE(tender.has_value()) << test_support::describe(tender.error());
  EXPECT_EQ(tender->id, "ijmond-zk-2026");
  EXPECT_EQ(tender->title, "Integrale specialistische jeugdhulp IJmond en Zuid-Kennemerland");
  EXPECT_EQ(tender->language, Language::en);
  EXPECT_EQ(tender->file, "tender.toml");

  ASSERT_EQ(tender->municipalities.size(), 2u);
  EXPECT_EQ(tender->municipalities[0].id, "beverwijk");
  EXPECT_EQ(tender->municipalities[0].name, "Beverwijk");
  EXPECT_EQ(tender->municipalities[0].where.to_string(), "tender.toml:5:1");
  EXPECT_EQ(tender->municipalities[1].id, "heemskerk");
  EXPECT_EQ(tender->municipalities[1].name, "heemskerk");  // the id when no name is given
  EXPECT_EQ(tender->municipalities[1].where.to_string(), "tender.toml:9:1");

  ASSERT_EQ(tender->certifications.size(), 2u);
  EXPECT_EQ(tender->certifications[0].id, "hkz");
  EXPECT_EQ(tender->certifications[0].name, "HKZ-certificaat");
  EXPECT_EQ(tender->certifications[1].id, "jbjr");
  EXPECT_EQ(tender->certifications[1].name, "jbjr");
  EXPECT_EQ(tender->certifications[1].where.to_string(), "tender.toml:16:1");

  ASSERT_EQ(tender->services.size(), 2u);
  const Service& ambulant = tender->services[0];
  EXPECT_EQ(ambulant.id, "ambulant");
  EXPECT_EQ(ambulant.name, "Ambulante jeugdhulp");
  EXPECT_EQ(ambulant.code, "45");
  EXPECT_TRUE(ambulant.local);
  EXPECT_TRUE(ambulant.subcontractors_only_allowed);
  EXPECT_TRUE(ambulant.certifications.empty());
  EXPECT_EQ(ambulant.where.to_string(), "tender.toml:19:1");
  const Service& protection = tender->services[1];
  EXPECT_EQ(protection.id, "jeugdbescherming");
  EXPECT_EQ(protection.code, "48");
  EXPECT_FALSE(protection.local);
  EXPECT_FALSE(protection.subcontractors_only_allowed);
  EXPECT_EQ(protection.certifications, (std::vector<std::string>{"hkz", "jbjr"}));
  EXPECT_EQ(protection.where.to_string(), "tender.toml:25:1");

  const IntegralityRules& rules = tender->integrality;
  EXPECT_EQ(rules.legal_forms, std::vector<LegalForm>{LegalForm::main_contractor});
  EXPECT_EQ(rules.min_members, 2);
  EXPECT_EQ(rules.max_members, 12);
  EXPECT_TRUE(rules.may_lead_several);
  EXPECT_FALSE(rules.may_participate_several);
  EXPECT_EQ(rules.where.to_string(), "tender.toml:32:1");

  EXPECT_EQ(tender->find_service("jeugdbescherming"), &tender->services[1]);
  EXPECT_EQ(tender->find_service("Jeugdbescherming"), nullptr);
  EXPECT_EQ(tender->find_municipality("heemskerk"), &tender->municipalities[1]);
  EXPECT_EQ(tender->find_certification("jbjr"), &tender->certifications[1]);
}

TEST(TenderFile, AppliesDefaultsForOptionalKeys) {
  const Result<Tender> tender = parse_tender(R"(id = "mvs-2025"
title = "MVS integrale opdracht"

[[municipality]]
id = "velsen"

[[service]]
id = "wijkteam"
name = "Jeugd- en gezinsdeel van de wijkteams"
)",
                                             "t.toml");
  ASSERT_TRUE(tender.has_value()) << test_support::describe(tender.error());
  EXPECT_EQ(tender->language, Language::nl);
  ASSERT_EQ(tender->services.size(), 1u);
  EXPECT_EQ(tender->services[0].code, std::nullopt);
  EXPECT_FALSE(tender->services[0].local);
  EXPECT_TRUE(tender->services[0].subcontractors_only_allowed);
  EXPECT_TRUE(tender->certifications.empty());
  const IntegralityRules& rules = tender->integrality;
  EXPECT_EQ(rules.legal_forms,
            (std::vector<LegalForm>{LegalForm::combination, LegalForm::main_contractor}));
  EXPECT_EQ(rules.min_members, 1);
  EXPECT_EQ(rules.max_members, std::nullopt);
  EXPECT_FALSE(rules.may_lead_several);
  EXPECT_TRUE(rules.may_participate_several);
}

// The contracting authority of a contract's annex: each municipality by its legal name, with who
// signs for it when the tender says so.
TEST(TenderFile, MunicipalitiesHaveALegalNameAndMaySayWhoSigns) {
  const Result<Tender> tender = parse_tender(R"(id = "mvs-2025"
title = "MVS integrale opdracht"

[[municipality]]
id = "vlaardingen"
name = "Vlaardingen"
legal_name = "Gemeente Vlaardingen"
signatory = "J. de Vries, wethouder Jeugd"

[[municipality]]
id = "velsen"

[[service]]
id = "wijkteam"
name = "Wijkteams"
)",
                                             "t.toml");
  ASSERT_TRUE(tender.has_value()) << test_support::describe(tender.error());
  ASSERT_EQ(tender->municipalities.size(), 2u);
  EXPECT_EQ(tender->municipalities[0].legal_name, "Gemeente Vlaardingen");
  EXPECT_EQ(tender->municipalities[0].signatory, "J. de Vries, wethouder Jeugd");
  EXPECT_EQ(tender->municipalities[1].legal_name, "velsen");  // the name, here the id
  EXPECT_EQ(tender->municipalities[1].signatory, std::nullopt);
}

TEST(TenderFileErrors, AnEmptyLegalNameOrSignatoryIsAnError) {
  const Result<Tender> tender = parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
legal_name = " "
signatory = 3
[[service]]
id = "crisis"
name = "Crisishulp"
)",
                                             "t.toml");
  ASSERT_FALSE(tender.has_value());
  const std::string described = test_support::describe(tender.error());
  EXPECT_NE(described.find("'legal_name' must not be empty"), std::string::npos) << described;
  EXPECT_NE(described.find("signatory"), std::string::npos) << described;
  EXPECT_NE(described.find("t.toml:5:"), std::string::npos) << described;
}

TEST(TenderFile, LoadsFromDiskAndBomWithCrlfLoadsIdenticallyToLf) {
  TempDir dir;
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : kFullTender) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  }
  const auto lf_path = dir.write("lf.toml", kFullTender);
  const auto crlf_path = dir.write("crlf.toml", crlf);
  const Result<Tender> lf = load_tender(lf_path);
  const Result<Tender> windows = load_tender(crlf_path);
  ASSERT_TRUE(lf.has_value()) << test_support::describe(lf.error());
  ASSERT_TRUE(windows.has_value()) << test_support::describe(windows.error());
  EXPECT_EQ(lf->file, lf_path.string());
  EXPECT_EQ(windows->file, crlf_path.string());
  std::string expected = dump(*lf);
  // The dumps name the files; apart from that they must agree to the column.
  for (std::size_t at = expected.find(lf_path.string()); at != std::string::npos;
       at = expected.find(lf_path.string(), at)) {
    expected.replace(at, lf_path.string().size(), crlf_path.string());
  }
  EXPECT_EQ(dump(*windows), expected);
  EXPECT_NE(expected.find(crlf_path.string() + ":32:1"), std::string::npos) << expected;
}

TEST(TenderFile, MissingFileIsAnInputError) {
  TempDir dir;
  const auto missing = dir.path() / "tender.toml";
  const Result<Tender> tender = load_tender(missing);
  ASSERT_FALSE(tender.has_value());
  EXPECT_EQ(tender.error().kind(), ErrorKind::input);
  EXPECT_EQ(tender.error().message(),
            "cannot read '" + missing.string() + "': No such file or directory");
}

TEST(IsValidId, AcceptsLettersDigitsDotsUnderscoresAndDashes) {
  EXPECT_TRUE(is_valid_id("ijmond-zk_2026.1"));
  EXPECT_TRUE(is_valid_id("45"));
  EXPECT_FALSE(is_valid_id(""));
  EXPECT_FALSE(is_valid_id("-crisis"));
  EXPECT_FALSE(is_valid_id(".hidden"));
  EXPECT_FALSE(is_valid_id("den helder"));
  EXPECT_FALSE(
      is_valid_id("s\xC3\xBA"
                  "dwest"));  // "súdwest": ASCII only
  EXPECT_FALSE(is_valid_id("a/b"));
}

// ---------------------------------------------------------------------------------------------
// Malformed tenders: each reports the exact place, message and hint.

TEST(TenderFileErrors, UnknownTopLevelKeySuggestsTheClosest) {
  expect_input_error(
      parse_tender(R"(id = "t"
title = "T"
langauge = "en"
[[municipality]]
id = "velsen"
[[service]]
id = "crisis"
name = "Crisishulp"
)",
                   "t.toml"),
      {{"t.toml:3:1", "unknown key 'langauge' in the tender file", "did you mean 'language'?"}});
}

TEST(TenderFileErrors, DutchKeyNamesGetTheTenderkitKey) {
  expect_input_error(
      parse_tender(R"(id = "t"
titel = "T"
taal = "nl"
[[gemeente]]
id = "velsen"
naam = "Velsen"
[[dienst]]
id = "crisis"
name = "Crisishulp"
lokaal = true
[integraliteit]
[preselection]
max_candidates = 1
[[preselection.criterium]]
id = "a"
title = "A"
weging = 100
[[preselection.beoordelaar]]
id = "x"
)",
                   "t.toml"),
      {{"t.toml:1:1", "the tender file lacks the required key 'title'", ""},
       {"t.toml:1:1", "the tender names no municipality; add at least one [[municipality]]", ""},
       {"t.toml:1:1", "the tender requires no service; add at least one [[service]]", ""},
       {"t.toml:2:1", "unknown key 'titel' in the tender file",
        "did you mean 'title'? ('titel' is written 'title' here)"},
       {"t.toml:3:1", "unknown key 'taal' in the tender file",
        "did you mean 'language'? ('taal' is written 'language' here)"},
       {"t.toml:4:3", "unknown key 'gemeente' in the tender file",
        "did you mean [[municipality]]? ('gemeente' is written [[municipality]] here)"},
       {"t.toml:7:3", "unknown key 'dienst' in the tender file",
        "did you mean [[service]]? ('dienst' is written [[service]] here)"},
       {"t.toml:11:2", "unknown key 'integraliteit' in the tender file",
        "did you mean [integrality]? ('integraliteit' is written [integrality] here)"},
       {"t.toml:12:1",
        "[preselection] lacks the scale; add [preselection.scale] with values = [0, 2, 4, 6, 8, "
        "10] "
        "or min, max and step",
        ""},
       {"t.toml:12:1",
        "the preselection names no evaluators; add at least one [[preselection.evaluator]]", ""},
       {"t.toml:12:1",
        "the preselection has no criteria; add at least one [[preselection.criterion]]", ""},
       {"t.toml:14:16", "unknown key 'criterium' in [preselection]",
        "did you mean [[preselection.criterion]]? ('criterium' is written "
        "[[preselection.criterion]] here)"},
       {"t.toml:18:16", "unknown key 'beoordelaar' in [preselection]",
        "did you mean [[preselection.evaluator]]? ('beoordelaar' is written "
        "[[preselection.evaluator]] here)"}});
}

TEST(TenderFileErrors, UnknownKeyInServiceSuggestsTheClosest) {
  expect_input_error(
      parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
[[service]]
id = "crisis"
name = "Crisishulp"
lokal = true
)",
                   "t.toml"),
      {{"t.toml:8:1", "unknown key 'lokal' in [[service]]", "did you mean 'local'?"}});
}

TEST(TenderFileErrors, UnknownKeyInIntegralitySuggestsTheClosest) {
  expect_input_error(
      parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
[[service]]
id = "crisis"
name = "Crisishulp"
[integrality]
max_member = 4
)",
                   "t.toml"),
      {{"t.toml:9:1", "unknown key 'max_member' in [integrality]", "did you mean 'max_members'?"}});
}

TEST(TenderFileErrors, DuplicateServiceIdNamesTheFirstPlace) {
  expect_input_error(
      parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"

[[service]]
id = "crisis"
name = "Crisishulp"

[[service]]
id = "crisis"
name = "Crisisopvang"
)",
                   "t.toml"),
      {{"t.toml:11:6", "service id 'crisis' is defined twice", "first defined at t.toml:7:6"}});
}

TEST(TenderFileErrors, DuplicateMunicipalityIdNamesTheFirstPlace) {
  expect_input_error(
      parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
name = "Velsen"
[[municipality]]
id = "heemskerk"
[[municipality]]
  id = "velsen"
  name = "Gemeente Velsen"
[[service]]
id = "crisis"
name = "Crisishulp"
)",
                   "t.toml"),
      {{"t.toml:9:8", "municipality id 'velsen' is defined twice", "first defined at t.toml:4:6"}});
}

TEST(TenderFileErrors, DuplicateCertificationIdNamesTheFirstPlace) {
  expect_input_error(
      parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
[[certification]]
id = "hkz"
[[certification]]
id = "hkz"
[[service]]
id = "crisis"
name = "Crisishulp"
)",
                   "t.toml"),
      {{"t.toml:8:6", "certification id 'hkz' is defined twice", "first defined at t.toml:6:6"}});
}

TEST(TenderFileErrors, UnknownCertificationInServiceSuggestsTheClosest) {
  expect_input_error(
      parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
[[certification]]
id = "hkz"
[[service]]
id = "crisis"
name = "Crisishulp"
certifications = ["hkz", "hkx", "iso-9001"]
)",
                   "t.toml"),
      {{"t.toml:10:26",
        "service 'crisis' requires certification 'hkx', which no [[certification]] defines",
        "did you mean 'hkz'?"},
       {"t.toml:10:33",
        "service 'crisis' requires certification 'iso-9001', which no [[certification]] defines",
        ""}});
}

TEST(TenderFileErrors, CertificationListedTwiceInAService) {
  expect_input_error(parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
[[certification]]
id = "hkz"
[[service]]
id = "crisis"
name = "Crisishulp"
certifications = ["hkz", "hkz"]
)",
                                  "t.toml"),
                     {{"t.toml:10:26", "certification 'hkz' is listed twice", ""}});
}

TEST(TenderFileErrors, WrongTypesAreReportedAtTheirValues) {
  expect_input_error(
      parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
[[service]]
id = "crisis"
name = "Crisishulp"
local = "yes"
may_rest_on_subcontractors = 0
certifications = "hkz"
code = 46
[integrality]
min_members = "2"
)",
                   "t.toml"),
      {{"t.toml:8:9", "'local' must be true or false, found a string", ""},
       {"t.toml:9:30", "'may_rest_on_subcontractors' must be true or false, found an integer", ""},
       {"t.toml:10:18", "'certifications' must be an array of strings, found a string", ""},
       {"t.toml:11:8", "'code' must be a string, found an integer", ""},
       {"t.toml:13:15", "'min_members' must be an integer, found a string", ""}});
}

TEST(TenderFileErrors, ServiceWrittenAsATableInsteadOfAnArrayOfTables) {
  expect_input_error(
      parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
[service]
id = "crisis"
name = "Crisishulp"
)",
                   "t.toml"),
      {{"t.toml:5:1", "'service' must be an array of tables, written [[service]], found a table",
        ""}});
}

TEST(TenderFileErrors, MissingRequiredKeys) {
  expect_input_error(parse_tender(R"(language = "nl"

[[municipality]]
name = "Velsen"

[[service]]
id = "crisis"
)",
                                  "t.toml"),
                     {{"t.toml:1:1", "the tender file lacks the required key 'id'", ""},
                      {"t.toml:1:1", "the tender file lacks the required key 'title'", ""},
                      {"t.toml:3:1", "[[municipality]] lacks the required key 'id'", ""},
                      {"t.toml:6:1", "[[service]] lacks the required key 'name'", ""}});
}

TEST(TenderFileErrors, TenderWithoutMunicipalitiesOrServices) {
  expect_input_error(
      parse_tender("id = \"t\"\ntitle = \"T\"\n", "t.toml"),
      {{"t.toml:1:1", "the tender names no municipality; add at least one [[municipality]]", ""},
       {"t.toml:1:1", "the tender requires no service; add at least one [[service]]", ""}});
}

TEST(TenderFileErrors, MaxMembersBelowMinMembers) {
  expect_input_error(parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
[[service]]
id = "crisis"
name = "Crisishulp"
[integrality]
min_members = 3
max_members = 2
)",
                                  "t.toml"),
                     {{"t.toml:10:15", "'max_members' (2) is less than 'min_members' (3)", ""}});
}

TEST(TenderFileErrors, MemberCountsOutOfRange) {
  expect_input_error(
      parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
[[service]]
id = "crisis"
name = "Crisishulp"
[integrality]
min_members = 0
max_members = 10001
)",
                   "t.toml"),
      {{"t.toml:9:15", "'min_members' must be between 1 and 10,000, found 0", ""},
       {"t.toml:10:15", "'max_members' must be between 1 and 10,000, found 10,001", ""}});
}

TEST(TenderFileErrors, IdsWithSpacesAreRejected) {
  const std::string rule =
      "may hold only letters, digits, '.', '_' and '-', and must start with a letter or digit";
  expect_input_error(parse_tender(R"(id = "mvs 2025"
title = "T"
[[municipality]]
id = "den helder"
[[service]]
id = " crisis"
name = "Crisishulp"
)",
                                  "t.toml"),
                     {{"t.toml:1:6", "tender id 'mvs 2025' " + rule, ""},
                      {"t.toml:4:6", "municipality id 'den helder' " + rule, ""},
                      {"t.toml:6:6", "service id ' crisis' " + rule, ""}});
}

TEST(TenderFileErrors, EmptyNamesAndTitlesAreRejected) {
  expect_input_error(parse_tender(R"(id = "t"
title = "   "
[[municipality]]
id = "velsen"
name = ""
[[service]]
id = "crisis"
name = ""
)",
                                  "t.toml"),
                     {{"t.toml:2:9", "'title' must not be empty", ""},
                      {"t.toml:5:8", "'name' must not be empty", ""},
                      {"t.toml:8:8", "'name' must not be empty", ""}});
}

TEST(TenderFileErrors, LanguageMustBeNlOrEn) {
  expect_input_error(
      parse_tender(R"(id = "t"
title = "T"
language = "EN"
[[municipality]]
id = "velsen"
[[service]]
id = "crisis"
name = "Crisishulp"
)",
                   "t.toml"),
      {{"t.toml:3:12", "'language' must be one of 'nl', 'en', found 'EN'", "did you mean 'en'?"}});
}

TEST(TenderFileErrors, LegalFormsMustBeKnownAndListedOnce) {
  expect_input_error(
      parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
[[service]]
id = "crisis"
name = "Crisishulp"
[integrality]
legal_forms = ["combination", "main_contractor", "combination", "joint-venture"]
)",
                   "t.toml"),
      {{"t.toml:9:31",
        "legal form must be 'combination' or 'main-contractor', found 'main_contractor'",
        "did you mean 'main-contractor'?"},
       {"t.toml:9:50", "legal form 'combination' is listed twice", ""},
       {"t.toml:9:65",
        "legal form must be 'combination' or 'main-contractor', found 'joint-venture'", ""}});
}

TEST(TenderFileErrors, LegalFormsMustNotBeEmpty) {
  expect_input_error(parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
[[service]]
id = "crisis"
name = "Crisishulp"
[integrality]
legal_forms = []
)",
                                  "t.toml"),
                     {{"t.toml:9:15", "'legal_forms' must allow at least one legal form", ""}});
}

TEST(TenderFileErrors, InvalidTomlSyntaxStopsAtTheFirstError) {
  expect_input_error(parse_tender(R"(id = "t"
title = "T
[[municipality]]
id = velsen
)",
                                  "t.toml"),
                     {{"t.toml:2:11", "invalid TOML: the text in quotes is not closed on this line",
                       "end it with \" before the end of the line"}});
}

TEST(TenderFileErrors, SeveralErrorsAreReportedTogetherInFileOrder) {
  // The checks run root keys, municipalities, services, integrality, then unknown keys; the
  // report follows the file instead.
  expect_input_error(parse_tender(R"(id = "t"
titel = "T"

[[municipality]]
id = "a b"

[[service]]
id = "crisis"
name = "Crisishulp"
certifications = ["hkx"]

[integrality]
min_members = 3
max_members = 2
)",
                                  "t.toml"),
                     {{"t.toml:1:1", "the tender file lacks the required key 'title'", ""},
                      {"t.toml:2:1", "unknown key 'titel' in the tender file",
                       "did you mean 'title'? ('titel' is written 'title' here)"},
                      {"t.toml:5:6",
                       "municipality id 'a b' may hold only letters, digits, '.', '_' and '-', "
                       "and must start with a letter or digit",
                       ""},
                      {"t.toml:10:19",
                       "service 'crisis' requires certification 'hkx', which no [[certification]] "
                       "defines",
                       "define it first: [[certification]] with id = \"hkx\""},
                      {"t.toml:14:15", "'max_members' (2) is less than 'min_members' (3)", ""}});
}

}  // namespace
}  // namespace tenderkit::input
