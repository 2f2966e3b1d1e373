// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"
#include <sys/stat.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace tenderkit::input {
namespace {

namespace fs = std::filesystem;
using test_support::expect_input_error;
using test_support::TempDir;

constexpr std::string_view kTender = R"(id = "ijmond-2026"
title = "Integrale jeugdhulp IJmond"

[[municipality]]
id = "beverwijk"
name = "Beverwijk"

[[municipality]]
id = "heemskerk"
name = "Heemskerk"

[[municipality]]
id = "velsen"
name = "Velsen"

[[certification]]
id = "hkz"

[[certification]]
id = "skj"

[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"

[[service]]
id = "crisis"
name = "Crisishulp"
certifications = ["hkz"]
)";

const Tender& tender() {
  static const Tender parsed = [] {
    Result<Tender> result = parse_tender(kTender, "tender.toml");
    if (!result) {
      ADD_FAILURE() << test_support::describe(result.error());
      return Tender{};
    }
    return std::move(result).value();
  }();
  return parsed;
}

Result<Registration> parse(std::string_view content, const std::string& file = "reg.toml") {
  return parse_registration(content, file, tender());
}

constexpr std::string_view kFullRegistration = R"(id = "jeugdhulp-noord"
name = "Jeugdhulp Noord"
tender = "ijmond-2026"
legal_form = "main-contractor"

[[member]]
name = "Coöperatie Kompas U.A."
kvk = "01234567"
agb = "98765432"
role = "main-contractor"
services = ["ambulant", "crisis"]
municipalities = ["velsen", "beverwijk"]
certifications = ["hkz", "skj"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "87654321"
role = "subcontractor"
services = ["ambulant"]
)";

// ---------------------------------------------------------------------------------------------
// Happy paths

TEST(RegistrationFile, ReadsEveryField) {
  const Result<Registration> registration = parse(kFullRegistration, "regs/noord.toml");
  ASSERT_TRUE(registration.has_value()) << test_support::describe(registration.error());
  EXPECT_EQ(registration->id, "jeugdhulp-noord");
  EXPECT_EQ(registration->name, "Jeugdhulp Noord");
  EXPECT_EQ(registration->tender_id, "ijmond-2026");
  EXPECT_EQ(registration->legal_form, LegalForm::main_contractor);
  EXPECT_EQ(registration->file, "regs/noord.toml");
  ASSERT_EQ(registration->members.size(), 2u);

  const Member& kompas = registration->members[0];
  EXPECT_EQ(kompas.name, "Co\xC3\xB6peratie Kompas U.A.");
  EXPECT_EQ(kompas.kvk, "01234567");
  EXPECT_EQ(kompas.agb, "98765432");
  EXPECT_EQ(kompas.role, Role::main_contractor);
  EXPECT_EQ(kompas.where, (TextPosition{6, 1}));
  ASSERT_EQ(kompas.services.size(), 2u);
  EXPECT_EQ(kompas.services[0].id, "ambulant");
  EXPECT_EQ(kompas.services[0].where, (TextPosition{11, 13}));
  EXPECT_EQ(kompas.services[1].id, "crisis");
  EXPECT_EQ(kompas.services[1].where, (TextPosition{11, 25}));
  EXPECT_FALSE(kompas.all_municipalities);
  ASSERT_EQ(kompas.municipalities.size(), 2u);  // as written, not in tender order
  EXPECT_EQ(kompas.municipalities[0].id, "velsen");
  EXPECT_EQ(kompas.municipalities[0].where, (TextPosition{12, 19}));
  EXPECT_EQ(kompas.municipalities[1].id, "beverwijk");
  EXPECT_TRUE(kompas.serves("velsen"));
  EXPECT_FALSE(kompas.serves("heemskerk"));
  ASSERT_EQ(kompas.certifications.size(), 2u);
  EXPECT_TRUE(kompas.holds("hkz"));
  EXPECT_TRUE(kompas.holds("skj"));
  EXPECT_TRUE(kompas.delivers("crisis"));
  EXPECT_TRUE(kompas.declaration);
  EXPECT_EQ(registration->at(kompas.where).to_string(), "regs/noord.toml:6:1");

  const Member& brug = registration->members[1];
  EXPECT_EQ(brug.role, Role::subcontractor);
  EXPECT_EQ(brug.agb, std::nullopt);
  EXPECT_TRUE(brug.certifications.empty());
  EXPECT_FALSE(brug.declaration);  // no declaration until the file says so
  EXPECT_FALSE(brug.delivers("crisis"));
  EXPECT_EQ(brug.where, (TextPosition{16, 1}));
}

TEST(RegistrationFile, MunicipalitiesDefaultToAllOfTheTender) {
  const Result<Registration> registration = parse(kFullRegistration);
  ASSERT_TRUE(registration.has_value()) << test_support::describe(registration.error());
  ASSERT_EQ(registration->members.size(), 2u);
  const Member& brug = registration->members[1];
  EXPECT_TRUE(brug.all_municipalities);
  EXPECT_TRUE(brug.serves("beverwijk"));
  EXPECT_TRUE(brug.serves("heemskerk"));
  EXPECT_TRUE(brug.serves("velsen"));
  // The list holds the tender's municipalities, in tender order, placed at the [[member]] header.
  ASSERT_EQ(brug.municipalities.size(), 3u);
  EXPECT_EQ(brug.municipalities[0].id, "beverwijk");
  EXPECT_EQ(brug.municipalities[1].id, "heemskerk");
  EXPECT_EQ(brug.municipalities[2].id, "velsen");
  EXPECT_EQ(brug.municipalities[2].where, brug.where);
}

TEST(RegistrationFile, AnEmptyMunicipalityListServesNone) {
  const Result<Registration> registration = parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
[[member]]
name = "A"
kvk = "01234567"
role = "lead"
municipalities = []
)");
  ASSERT_TRUE(registration.has_value()) << test_support::describe(registration.error());
  ASSERT_EQ(registration->members.size(), 1u);
  const Member& member = registration->members[0];
  EXPECT_FALSE(member.all_municipalities);
  EXPECT_TRUE(member.municipalities.empty());
  EXPECT_FALSE(member.serves("velsen"));
}

// A registration without an `id`: it takes its id from the file name.
constexpr const char* kRegistrationWithoutId = R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
[[member]]
name = "A"
kvk = "01234567"
role = "lead"
)";

TEST(RegistrationFile, IdDefaultsToTheFileStem) {
  const std::string content = kRegistrationWithoutId;
  const Result<Registration> registration = parse(content, "inschrijvingen/zorg-noord.toml");
  ASSERT_TRUE(registration.has_value()) << test_support::describe(registration.error());
  EXPECT_EQ(registration->id, "zorg-noord");
  EXPECT_EQ(registration->legal_form, LegalForm::combination);
  ASSERT_EQ(registration->members.size(), 1u);
  EXPECT_EQ(registration->members[0].role, Role::lead);
}

TEST(RegistrationFile, AnIdFromAFileNameMustBeAValidId) {
  const std::string content = kRegistrationWithoutId;
  // A Latin-1 byte, a UTF-8 accent, a space: the id would reach forms, sheets and scores files.
  const std::string latin1 = "regs/caf\xE9-reg.toml";
  expect_input_error(parse(content, latin1),
                     {{latin1,
                       "the file name gives the registration id 'caf\xE9-reg', but an id may hold "
                       "only ASCII letters, digits, '.', '_' and '-', and must start with a letter "
                       "or digit",
                       "write id = \"caf-reg\" in the file, or rename the file"}});
  const Result<Registration> accent = parse(content, "regs/Zorg Pr\xC3\xA9 (2).toml");
  ASSERT_FALSE(accent.has_value());
  EXPECT_EQ(accent.error().diagnostics()[0].hint.en,
            "write id = \"Zorg-Pr-2\" in the file, or rename the file");
  const Result<Registration> only_bytes = parse(content, "regs/\xFF\xFE.toml");
  ASSERT_FALSE(only_bytes.has_value());
  EXPECT_EQ(only_bytes.error().diagnostics()[0].hint.en,
            "write id = \"registration\" in the file, or rename the file");
  // With an id in the file, the file name may be anything.
  const Result<Registration> with_id = parse("id = \"caf-reg\"\n" + content, latin1);
  ASSERT_TRUE(with_id.has_value()) << test_support::describe(with_id.error());
  EXPECT_EQ(with_id->id, "caf-reg");
}

TEST(RegistrationFile, LoadsFromDiskAndBomWithCrlfLoadsIdenticallyToLf) {
  TempDir dir;
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : kFullRegistration) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  }
  const Result<Registration> lf =
      load_registration(dir.write("lf.toml", kFullRegistration), tender());
  const Result<Registration> windows = load_registration(dir.write("crlf.toml", crlf), tender());
  ASSERT_TRUE(lf.has_value()) << test_support::describe(lf.error());
  ASSERT_TRUE(windows.has_value()) << test_support::describe(windows.error());
  EXPECT_EQ(windows->file, (dir.path() / "crlf.toml").string());
  EXPECT_EQ(windows->id, lf->id);
  EXPECT_EQ(windows->name, lf->name);
  EXPECT_EQ(windows->tender_id, lf->tender_id);
  EXPECT_EQ(windows->legal_form, lf->legal_form);
  ASSERT_EQ(windows->members.size(), lf->members.size());
  const auto ids = [](const std::vector<IdRef>& refs) {
    std::string out;
    for (const IdRef& ref : refs) {
      out += ref.id + "@" + std::to_string(ref.where.line) + ":" +
             std::to_string(ref.where.column) + " ";
    }
    return out;
  };
  for (std::size_t i = 0; i < lf->members.size(); ++i) {
    SCOPED_TRACE(i);
    const Member& a = lf->members[i];
    const Member& b = windows->members[i];
    EXPECT_EQ(b.name, a.name);
    EXPECT_EQ(b.kvk, a.kvk);
    EXPECT_EQ(b.agb, a.agb);
    EXPECT_EQ(b.role, a.role);
    EXPECT_EQ(b.where, a.where);
    EXPECT_EQ(ids(b.services), ids(a.services));
    EXPECT_EQ(ids(b.municipalities), ids(a.municipalities));
    EXPECT_EQ(ids(b.certifications), ids(a.certifications));
    EXPECT_EQ(b.all_municipalities, a.all_municipalities);
    EXPECT_EQ(b.declaration, a.declaration);
  }
  ASSERT_FALSE(windows->members.empty());
  EXPECT_EQ(ids(windows->members[0].services), "ambulant@11:13 crisis@11:25 ");
}

TEST(RegistrationFile, AcceptsMembersAsAnArrayOfInlineTables) {
  const Result<Registration> registration = parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
member = [
  { name = "A", kvk = "01234567", role = "lead", services = ["ambulant"] },
  { name = "B", kvk = "01234568", role = "member", declaration = true },
]
)");
  ASSERT_TRUE(registration.has_value()) << test_support::describe(registration.error());
  ASSERT_EQ(registration->members.size(), 2u);
  EXPECT_EQ(registration->members[0].name, "A");
  EXPECT_EQ(registration->members[0].where, (TextPosition{5, 3}));
  ASSERT_EQ(registration->members[0].services.size(), 1u);
  EXPECT_EQ(registration->members[0].services[0].where, (TextPosition{5, 62}));
  EXPECT_EQ(registration->members[1].role, Role::member);
  EXPECT_TRUE(registration->members[1].declaration);
  EXPECT_EQ(registration->members[1].where, (TextPosition{6, 3}));
}

TEST(IsEightDigits, AcceptsExactlyEightAsciiDigits) {
  EXPECT_TRUE(is_eight_digits("01234567"));
  EXPECT_FALSE(is_eight_digits("1234567"));
  EXPECT_FALSE(is_eight_digits("123456789"));
  EXPECT_FALSE(is_eight_digits("1234 567"));
  EXPECT_FALSE(is_eight_digits("1234567a"));
  EXPECT_FALSE(is_eight_digits(""));
}

// ---------------------------------------------------------------------------------------------
// Malformed registrations: each reports the exact place, message and hint.

TEST(RegistrationFileErrors, UnknownTopLevelKeySuggestsTheClosest) {
  expect_input_error(parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
penvoerder = "A"
[[member]]
name = "A"
kvk = "01234567"
role = "lead"
)"),
                     {{"reg.toml:4:1", "unknown key 'penvoerder' in the registration file",
                       "the penvoerder is a [[member]] with role = \"lead\""}});
  expect_input_error(
      parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
[[members]]
name = "A"
)"),
      {{"reg.toml:1:1", "the registration has no members; add at least one [[member]]", ""},
       {"reg.toml:4:3", "unknown key 'members' in the registration file",
        "did you mean 'member'?"}});
}

TEST(RegistrationFileErrors, DutchKeyNamesGetTheTenderkitKey) {
  // [[lid]] is not a typo of 'id': the Dutch word wins over the closest key by edit distance.
  expect_input_error(
      parse(R"(naam = "R"
tender = "ijmond-2026"
rechtsvorm = "combination"
[[lid]]
name = "A"
)"),
      {{"reg.toml:1:1", "the registration file lacks the required key 'name'", ""},
       {"reg.toml:1:1", "the registration file lacks the required key 'legal_form'",
        "'combination' or 'main-contractor'"},
       {"reg.toml:1:1", "the registration has no members; add at least one [[member]]", ""},
       {"reg.toml:1:1", "unknown key 'naam' in the registration file",
        "did you mean 'name'? ('naam' is written 'name' here)"},
       {"reg.toml:3:1", "unknown key 'rechtsvorm' in the registration file",
        "did you mean 'legal_form'? ('rechtsvorm' is written 'legal_form' here)"},
       {"reg.toml:4:3", "unknown key 'lid' in the registration file",
        "did you mean [[member]]? ('lid' is written [[member]] here)"}});
  expect_input_error(
      parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
[[member]]
name = "A"
KvK-nummer = "01234567"
rol = "lead"
diensten = ["crisis"]
Certificeringen = []
verklaring = true
penvoerder = true
[[onderaannemer]]
name = "B"
)"),
      {{"reg.toml:4:1", "[[member]] lacks the required key 'kvk'", ""},
       {"reg.toml:4:1", "[[member]] lacks the required key 'role'",
        "one of 'lead', 'member', 'main-contractor', 'subcontractor'"},
       {"reg.toml:6:1", "unknown key 'KvK-nummer' in [[member]]",
        "did you mean 'kvk'? ('KvK-nummer' is written 'kvk' here)"},
       {"reg.toml:7:1", "unknown key 'rol' in [[member]]",
        "did you mean 'role'? ('rol' is written 'role' here)"},
       {"reg.toml:8:1", "unknown key 'diensten' in [[member]]",
        "did you mean 'services'? ('diensten' is written 'services' here)"},
       {"reg.toml:9:1", "unknown key 'Certificeringen' in [[member]]",
        "did you mean 'certifications'? ('Certificeringen' is written 'certifications' here)"},
       {"reg.toml:10:1", "unknown key 'verklaring' in [[member]]",
        "did you mean 'declaration'? ('verklaring' is written 'declaration' here)"},
       {"reg.toml:11:1", "unknown key 'penvoerder' in [[member]]",
        "the penvoerder is written role = \"lead\""},
       {"reg.toml:12:3", "unknown key 'onderaannemer' in the registration file",
        "a subcontractor is a [[member]] with role = \"subcontractor\""}});
}

TEST(RegistrationFileErrors, UnknownKeyInMemberSuggestsTheClosest) {
  expect_input_error(
      parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
[[member]]
name = "A"
kvk = "01234567"
role = "lead"
servics = ["ambulant"]
declaraton = true
)"),
      {{"reg.toml:8:1", "unknown key 'servics' in [[member]]", "did you mean 'services'?"},
       {"reg.toml:9:1", "unknown key 'declaraton' in [[member]]", "did you mean 'declaration'?"}});
}

TEST(RegistrationFileErrors, UnknownServiceSuggestsTheClosestOrListsAll) {
  expect_input_error(parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
[[member]]
name = "A"
kvk = "01234567"
role = "lead"
services = ["ambulnt", "dagbehandeling"]
)"),
                     {{"reg.toml:8:13", "unknown service 'ambulnt'", "did you mean 'ambulant'?"},
                      {"reg.toml:8:24", "unknown service 'dagbehandeling'",
                       "the services of tender.toml are 'ambulant' and 'crisis'"}});
}

TEST(RegistrationFileErrors, UnknownMunicipalityAndCertificationSuggestTheClosest) {
  expect_input_error(
      parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
[[member]]
name = "A"
kvk = "01234567"
role = "lead"
municipalities = ["beverwyk", "haarlem"]
certifications = ["HKZ"]
)"),
      {{"reg.toml:8:19", "unknown municipality 'beverwyk'", "did you mean 'beverwijk'?"},
       {"reg.toml:8:31", "unknown municipality 'haarlem'",
        "the municipalities of tender.toml are 'beverwijk', 'heemskerk' and 'velsen'"},
       {"reg.toml:9:19", "unknown certification 'HKZ'", "did you mean 'hkz'?"}});
}

TEST(RegistrationFileErrors, ReferenceListedTwice) {
  expect_input_error(parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
[[member]]
name = "A"
kvk = "01234567"
role = "lead"
services = ["crisis", "crisis"]
)"),
                     {{"reg.toml:8:23", "service 'crisis' is listed twice", ""}});
}

TEST(RegistrationFileErrors, DuplicateKvkNamesTheFirstMember) {
  expect_input_error(parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"

[[member]]
name = "Stichting Kompas"
kvk = "01234567"
role = "lead"

[[member]]
name = "Kompas Jeugd"
kvk = "01234567"
role = "member"
)"),
                     {{"reg.toml:10:1", "KvK number 01234567 appears twice in this registration",
                       "first at reg.toml:5:1"}});
}

TEST(RegistrationFileErrors, KvkMustBeEightDigitsAsText) {
  const std::string hint = "write it as text, leading zeros included: kvk = \"01234567\"";
  expect_input_error(
      parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
[[member]]
name = "A"
kvk = "1234567"
role = "lead"
[[member]]
name = "B"
kvk = "1234 5678"
role = "member"
[[member]]
name = "C"
kvk = 12345678
role = "member"
)"),
      {{"reg.toml:6:7", "a KvK number must be exactly 8 digits, found '1234567'", hint},
       {"reg.toml:10:7", "a KvK number must be exactly 8 digits, found '1234 5678'", hint},
       {"reg.toml:14:7",
        "a KvK number must be text of exactly 8 digits, found an "
        "integer",
        hint}});
}

TEST(RegistrationFileErrors, AgbMustBeEightDigitsAsText) {
  const std::string hint = "write it as text, leading zeros included: agb = \"01234567\"";
  expect_input_error(
      parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
[[member]]
name = "A"
kvk = "01234567"
agb = "AGB-1234"
role = "lead"
[[member]]
name = "B"
kvk = "01234568"
agb = 3012345
role = "member"
)"),
      {{"reg.toml:7:7", "an AGB code must be exactly 8 digits, found 'AGB-1234'", hint},
       {"reg.toml:12:7", "an AGB code must be text of exactly 8 digits, found an integer", hint}});
}

TEST(RegistrationFileErrors, WrongTypesAreReportedAtTheirValues) {
  expect_input_error(
      parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
[[member]]
name = ["A"]
kvk = "01234567"
role = "lead"
services = "ambulant"
declaration = 1
)"),
      {{"reg.toml:5:8", "'name' must be a string, found an array", ""},
       {"reg.toml:8:12", "'services' must be an array of strings, found a string", ""},
       {"reg.toml:9:15", "'declaration' must be true or false, found an integer", ""}});
}

TEST(RegistrationFileErrors, MemberMustBeAnArrayOfTables) {
  expect_input_error(
      parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
member = "Stichting Kompas"
)"),
      {{"reg.toml:4:10", "'member' must be an array of tables, written [[member]], found a string",
        ""}});
}

TEST(RegistrationFileErrors, MissingRequiredTopLevelKeys) {
  expect_input_error(parse(R"(id = "r1"

[[member]]
name = "A"
kvk = "01234567"
role = "lead"
)"),
                     {{"reg.toml:1:1", "the registration file lacks the required key 'name'", ""},
                      {"reg.toml:1:1", "the registration file lacks the required key 'tender'", ""},
                      {"reg.toml:1:1", "the registration file lacks the required key 'legal_form'",
                       "'combination' or 'main-contractor'"}});
}

TEST(RegistrationFileErrors, MissingRequiredMemberKeys) {
  expect_input_error(parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"

[[member]]
services = ["ambulant"]
)"),
                     {{"reg.toml:5:1", "[[member]] lacks the required key 'name'", ""},
                      {"reg.toml:5:1", "[[member]] lacks the required key 'kvk'", ""},
                      {"reg.toml:5:1", "[[member]] lacks the required key 'role'",
                       "one of 'lead', 'member', 'main-contractor', 'subcontractor'"}});
}

TEST(RegistrationFileErrors, NoMembersAtAll) {
  expect_input_error(
      parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
)"),
      {{"reg.toml:1:1", "the registration has no members; add at least one [[member]]", ""}});
}

TEST(RegistrationFileErrors, RegistrationForAnotherTender) {
  expect_input_error(parse(R"(name = "R"
tender = "mvs-2025"
legal_form = "combination"
[[member]]
name = "A"
kvk = "01234567"
role = "lead"
)"),
                     {{"reg.toml:2:10",
                       "this registration is for tender 'mvs-2025', but tender.toml is tender "
                       "'ijmond-2026'",
                       ""}});
}

TEST(RegistrationFileErrors, BadLegalFormSuggestsTheClosest) {
  expect_input_error(
      parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combinatie"
[[member]]
name = "A"
kvk = "01234567"
role = "lead"
)"),
      {{"reg.toml:3:14",
        "'legal_form' must be one of 'combination', 'main-contractor', found "
        "'combinatie'",
        "did you mean 'combination'? ('combinatie' is written 'combination' here)"}});
}

TEST(RegistrationFileErrors, BadRoleSuggestsTheClosest) {
  const std::string roles = "'lead', 'member', 'main-contractor', 'subcontractor'";
  expect_input_error(
      parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "main-contractor"
[[member]]
name = "A"
kvk = "01234567"
role = "main contractor"
[[member]]
name = "B"
kvk = "01234568"
role = "onderaannemer"
)"),
      {{"reg.toml:7:8", "'role' must be one of " + roles + ", found 'main contractor'",
        "did you mean 'main-contractor'?"},
       {"reg.toml:11:8", "'role' must be one of " + roles + ", found 'onderaannemer'",
        "did you mean 'subcontractor'? ('onderaannemer' is written 'subcontractor' here)"}});
}

TEST(RegistrationFileErrors, IdWithSpacesIsRejected) {
  expect_input_error(parse(R"(id = "zorg noord"
name = "R"
tender = "ijmond-2026"
legal_form = "combination"
[[member]]
name = "A"
kvk = "01234567"
role = "lead"
)"),
                     {{"reg.toml:1:6",
                       "registration id 'zorg noord' may hold only letters, digits, '.', '_' and "
                       "'-', and must start with a letter or digit",
                       ""}});
}

TEST(RegistrationFileErrors, EmptyNamesAreRejected) {
  expect_input_error(parse(R"(name = ""
tender = "ijmond-2026"
legal_form = "combination"
[[member]]
name = "  "
kvk = "01234567"
role = "lead"
)"),
                     {{"reg.toml:1:8", "'name' must not be empty", ""},
                      {"reg.toml:5:8", "'name' must not be empty", ""}});
}

TEST(RegistrationFileErrors, InvalidTomlSyntax) {
  expect_input_error(parse(R"(name = "R"
tender = "ijmond-2026"
[[member]
name = "A"
)"),
                     {{"reg.toml:3:10", "invalid TOML: the table header is not closed with ]]",
                       "write [[member]]"}});
}

TEST(RegistrationFileErrors, InvalidUtf8IsReportedWithItsPlace) {
  expect_input_error(
      parse("name = \"R\"\ntender = \"ijmond-2026\"\nlegal_form = \"combination\"\n"
            "[[member]]\nname = \"Caf\xE9 De Brug\"\n"),
      {{"reg.toml:5:12", "the file is not valid UTF-8 text", "save the file as UTF-8"}});
}

TEST(RegistrationFileErrors, SeveralErrorsAreReportedTogetherInFileOrder) {
  expect_input_error(
      parse(R"(name = "R"
tender = "ijmond-2026"
legal_form = "combination"
wrong = 1

[[member]]
name = "A"
kvk = "0123456"
role = "lid"
services = ["crisis", "ambulnt"]

[[member]]
name = "B"
kvk = "01234568"
role = "member"
gemeenten = ["velsen"]
)"),
      {{"reg.toml:4:1", "unknown key 'wrong' in the registration file", ""},
       {"reg.toml:8:7", "a KvK number must be exactly 8 digits, found '0123456'",
        "write it as text, leading zeros included: kvk = \"01234567\""},
       {"reg.toml:9:8",
        "'role' must be one of 'lead', 'member', 'main-contractor', 'subcontractor', found 'lid'",
        "did you mean 'member'? ('lid' is written 'member' here)"},  // Dutch, not a typo of 'lead'
       {"reg.toml:10:23", "unknown service 'ambulnt'", "did you mean 'ambulant'?"},
       {"reg.toml:16:1", "unknown key 'gemeenten' in [[member]]",
        "did you mean 'municipalities'? ('gemeenten' is written 'municipalities' here)"}});
}

TEST(RegistrationFileErrors, MissingFileIsAnInputError) {
  TempDir dir;
  const fs::path missing = dir.path() / "r.toml";
  const Result<Registration> registration = load_registration(missing, tender());
  ASSERT_FALSE(registration.has_value());
  EXPECT_EQ(registration.error().kind(), ErrorKind::input);
  EXPECT_EQ(registration.error().message(),
            "cannot read '" + missing.string() + "': No such file or directory");
}

// ---------------------------------------------------------------------------------------------
// Several files

std::string minimal_registration(std::string_view id_line, std::string_view kvk) {
  return std::string(id_line) +
         "name = \"R\"\ntender = \"ijmond-2026\"\nlegal_form = \"combination\"\n[[member]]\n"
         "name = \"A\"\nkvk = \"" +
         std::string(kvk) + "\"\nrole = \"lead\"\n";
}

TEST(LoadRegistrations, LoadsEveryFileInTheGivenOrder) {
  TempDir dir;
  const std::vector<fs::path> paths{
      dir.write("b.toml", minimal_registration("", "01234567")),
      dir.write("a.toml", minimal_registration("", "01234568")),
      dir.write("c.toml", minimal_registration("id = \"z\"\n", "01234569"))};
  const Result<std::vector<Registration>> loaded = load_registrations(paths, tender());
  ASSERT_TRUE(loaded.has_value()) << test_support::describe(loaded.error());
  ASSERT_EQ(loaded->size(), 3u);
  EXPECT_EQ((*loaded)[0].id, "b");
  EXPECT_EQ((*loaded)[1].id, "a");
  EXPECT_EQ((*loaded)[2].id, "z");
  EXPECT_EQ((*loaded)[2].file, paths[2].string());
  EXPECT_EQ((*loaded)[0].members[0].kvk, "01234567");
}

TEST(LoadRegistrations, RejectsARegistrationIdUsedTwice) {
  TempDir dir;
  const std::vector<fs::path> paths{
      dir.write("noord.toml", minimal_registration("", "01234567")),
      dir.write("zuid.toml", minimal_registration("", "01234568")),
      dir.write("west.toml", minimal_registration("id = \"noord\"\n", "01234569"))};
  expect_input_error(
      load_registrations(paths, tender()),
      {{paths[2].string() + ":1:6", "registration id 'noord' is used twice",
        "also used by " + paths[0].string() + "; give each registration its own 'id'"}});
}

TEST(LoadRegistrations, ReportsTheErrorsOfAllFilesTogetherInPathOrder) {
  TempDir dir;
  const std::vector<fs::path> paths{
      dir.write("a.toml", minimal_registration("", "1234")),
      dir.write("b.toml", minimal_registration("", "01234568")), dir.write("c.toml", "name = \n"),
      dir.write("d.toml", minimal_registration("id = \"b\"\n", "01234569"))};
  expect_input_error(
      load_registrations(paths, tender()),
      {{paths[0].string() + ":6:7", "a KvK number must be exactly 8 digits, found '1234'",
        "write it as text, leading zeros included: kvk = \"01234567\""},
       {paths[2].string() + ":1:8",
        "invalid TOML: Error while parsing key-value pair: expected value, saw '\\n'", ""},
       {paths[3].string() + ":1:6", "registration id 'b' is used twice",
        "also used by " + paths[1].string() + "; give each registration its own 'id'"}});
}

TEST(LoadRegistrations, AMissingFileIsReportedWithTheOthers) {
  TempDir dir;
  const std::vector<fs::path> paths{dir.path() / "gone.toml",
                                    dir.write("ok.toml", minimal_registration("", "01234567"))};
  const Result<std::vector<Registration>> loaded = load_registrations(paths, tender());
  ASSERT_FALSE(loaded.has_value());
  EXPECT_EQ(loaded.error().kind(), ErrorKind::input);
  ASSERT_EQ(loaded.error().diagnostics().size(), 1u);
  EXPECT_EQ(loaded.error().message(),
            "cannot read '" + paths[0].string() + "': No such file or directory");
}

TEST(ExpandRegistrationPaths, ADirectoryStandsForItsTomlFilesSorted) {
  TempDir dir;
  dir.write("regs/zuid.toml", "");
  dir.write("regs/Noord.toml", "");
  dir.write("regs/midden.toml", "");
  dir.write("regs/README.md", "");
  dir.write("regs/oud.toml.bak", "");
  dir.write("regs/toml", "");
  fs::create_directories(dir.path() / "regs" / "archief.toml");  // a directory, not a file
  dir.write("regs/archief.toml/diep.toml", "");
  const fs::path single = dir.write("los.toml", "");
  const fs::path regs = dir.path() / "regs";

  const std::vector<std::string> arguments{single.string(), regs.string()};
  const Result<std::vector<fs::path>> paths = expand_registration_paths(arguments);
  ASSERT_TRUE(paths.has_value()) << test_support::describe(paths.error());
  EXPECT_EQ(*paths, (std::vector<fs::path>{single, regs / "Noord.toml", regs / "midden.toml",
                                           regs / "zuid.toml"}));
}

TEST(RegistrationFileErrors, AReferenceToAKindTheTenderDoesNotDefineSaysSo) {
  // A tender without [[certification]]: listing every known id would be an empty list.
  const Result<Tender> bare = parse_tender(R"(id = "t"
title = "T"
[[municipality]]
id = "velsen"
[[service]]
id = "crisis"
name = "Crisis"
)",
                                           "t.toml");
  ASSERT_TRUE(bare.has_value());
  expect_input_error(
      parse_registration(R"(name = "R"
tender = "t"
legal_form = "combination"
[[member]]
name = "A"
kvk = "01234567"
role = "lead"
certifications = ["xyzzy"]
)",
                         "reg.toml", *bare),
      {{"reg.toml:8:19", "unknown certification 'xyzzy'", "t.toml defines no certifications"}});
}

TEST(ExpandRegistrationPaths, SkipsHiddenFilesAndAcceptsUpperCaseExtensions) {
  TempDir dir;
  dir.write("regs/.backup.toml", "");
  dir.write("regs/GROOT.TOML", "");
  dir.write("regs/klein.toml", "");
  const fs::path regs = dir.path() / "regs";
  const std::vector<std::string> arguments{regs.string()};
  const Result<std::vector<fs::path>> paths = expand_registration_paths(arguments);
  ASSERT_TRUE(paths.has_value()) << test_support::describe(paths.error());
  EXPECT_EQ(*paths, (std::vector<fs::path>{regs / "GROOT.TOML", regs / "klein.toml"}));
}

TEST(ExpandRegistrationPaths, ReadsAFileNamedTwiceOrAlsoInANamedDirectoryOnce) {
  TempDir dir;
  const fs::path a = dir.write("regs/a.toml", "");
  const fs::path b = dir.write("regs/b.toml", "");
  const fs::path regs = dir.path() / "regs";
  const std::vector<std::string> arguments{b.string(), b.string(), regs.string(),
                                           (regs / "." / "a.toml").string()};
  const Result<std::vector<fs::path>> paths = expand_registration_paths(arguments);
  ASSERT_TRUE(paths.has_value()) << test_support::describe(paths.error());
  EXPECT_EQ(*paths, (std::vector<fs::path>{b, regs / "a.toml"}));
}

TEST(ExpandRegistrationPaths, ALinkToAFileAlreadyNamedIsReadOnce) {
  TempDir dir;
  const fs::path a = dir.write("regs/a.toml", "");
  const fs::path regs = dir.path() / "regs";
  fs::create_symlink(a, regs / "z-link.toml");
  const std::vector<std::string> arguments{regs.string()};
  const Result<std::vector<fs::path>> paths = expand_registration_paths(arguments);
  ASSERT_TRUE(paths.has_value()) << test_support::describe(paths.error());
  EXPECT_EQ(*paths, (std::vector<fs::path>{regs / "a.toml"}));
}

TEST(ExpandRegistrationPaths, AFileStandsForItselfWhateverItsExtension) {
  TempDir dir;
  const fs::path file = dir.write("inschrijving.txt", "");
  const std::vector<std::string> arguments{file.string()};
  const Result<std::vector<fs::path>> paths = expand_registration_paths(arguments);
  ASSERT_TRUE(paths.has_value()) << test_support::describe(paths.error());
  EXPECT_EQ(*paths, std::vector<fs::path>{file});
}

TEST(ExpandRegistrationPaths, AMissingPathIsAnInputError) {
  TempDir dir;
  dir.write("a.toml", "");
  const std::string missing = (dir.path() / "nope").string();
  const std::vector<std::string> arguments{(dir.path() / "a.toml").string(), missing};
  const Result<std::vector<fs::path>> paths = expand_registration_paths(arguments);
  ASSERT_FALSE(paths.has_value());
  EXPECT_EQ(paths.error().kind(), ErrorKind::input);
  ASSERT_EQ(paths.error().diagnostics().size(), 1u);
  EXPECT_FALSE(paths.error().diagnostics()[0].where.has_value());
  EXPECT_EQ(paths.error().message(), "cannot read '" + missing + "': no such file or directory");
}

TEST(ExpandRegistrationPaths, ADirectoryWithoutTomlFilesIsAnInputError) {
  TempDir dir;
  fs::create_directories(dir.path() / "leeg");
  dir.write("alleen-andere/notities.txt", "");
  for (const char* name : {"leeg", "alleen-andere"}) {
    SCOPED_TRACE(name);
    const std::string directory = (dir.path() / name).string();
    const std::vector<std::string> arguments{directory};
    const Result<std::vector<fs::path>> paths = expand_registration_paths(arguments);
    ASSERT_FALSE(paths.has_value());
    EXPECT_EQ(paths.error().kind(), ErrorKind::input);
    EXPECT_EQ(paths.error().message(),
              "directory '" + directory + "' holds no registration files (.toml/.xlsx)");
  }
}

TEST(FindRegistrationFiles, NamesEveryEntryOfAFolderItDoesNotRead) {
  TempDir dir;
  const fs::path regs = dir.path() / "regs";
  dir.write("regs/06-oud.toml", "");
  dir.write("regs/07-nieuw.tml", "");
  dir.write("regs/08-nieuw.toml.txt", "");
  dir.write("regs/sub/09.toml", "");
  fs::create_symlink(regs / "nergens.toml", regs / "kapotte-link.toml");
  ASSERT_EQ(::mkfifo((regs / "pijp.toml").c_str(), 0600), 0);
  // Hidden files and editor backups are left out without a word (docs/tender-check.md).
  for (const char* name :
       {".verborgen.toml", ".06-oud.toml.swp", "06-oud.toml~", "06-oud.swp", "#06-oud.toml#"}) {
    dir.write(fs::path("regs") / name, "");
  }
  const std::vector<std::string> arguments{regs.string()};
  const Result<RegistrationFiles> found = find_registration_files(arguments);
  ASSERT_TRUE(found.has_value()) << test_support::describe(found.error());
  EXPECT_EQ(found->files, std::vector<fs::path>{regs / "06-oud.toml"});
  std::vector<std::pair<fs::path, SkipReason>> skipped;
  for (const SkippedEntry& entry : found->skipped) {
    skipped.emplace_back(entry.path, entry.reason);
  }
  EXPECT_EQ(skipped, (std::vector<std::pair<fs::path, SkipReason>>{
                         {regs / "07-nieuw.tml", SkipReason::other_extension},
                         {regs / "08-nieuw.toml.txt", SkipReason::other_extension},
                         {regs / "kapotte-link.toml", SkipReason::not_a_file},
                         {regs / "pijp.toml", SkipReason::not_a_file},
                         {regs / "sub", SkipReason::folder}}));
}

TEST(FindRegistrationFiles, AFolderNamedTwiceReportsItsSkippedEntriesOnce) {
  TempDir dir;
  const fs::path regs = dir.path() / "regs";
  dir.write("regs/a.toml", "");
  dir.write("regs/b.txt", "");
  const std::vector<std::string> arguments{regs.string(), (regs / ".").string()};
  const Result<RegistrationFiles> found = find_registration_files(arguments);
  ASSERT_TRUE(found.has_value()) << test_support::describe(found.error());
  ASSERT_EQ(found->skipped.size(), 1u);
  EXPECT_EQ(found->skipped[0].path, regs / "b.txt");
}

TEST(FindRegistrationFiles, AFolderWithoutTomlFilesNamesWhatItHolds) {
  TempDir dir;
  dir.write("regs/07-nieuw.tml", "");
  const std::vector<std::string> arguments{(dir.path() / "regs").string()};
  const Result<RegistrationFiles> found = find_registration_files(arguments);
  ASSERT_FALSE(found.has_value());
  EXPECT_EQ(found.error().diagnostics()[0].hint.en,
            "it holds 1 other entry, '07-nieuw.tml' (not a .toml/.xlsx file)");
}

TEST(SkippedSilently, HiddenFilesAndEditorBackupsOnly) {
  for (const char* name :
       {".x.toml", ".x.toml.swp", "x.toml~", "x.swp", "#x.toml#", ".", "~$x.xlsx"}) {
    EXPECT_TRUE(skipped_silently(name)) << name;
  }
  for (const char* name :
       {"x.tml", "x.toml.txt", "#x.toml", "x#", "x~.toml", "sub", "#", "~x.xlsx", "x~$.xlsx"}) {
    EXPECT_FALSE(skipped_silently(name)) << name;
  }
}

}  // namespace
}  // namespace tenderkit::input
