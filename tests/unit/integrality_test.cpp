// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/integrality/coverage.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <span>
#include <string>
#include <vector>

namespace tenderkit::integrality {
namespace {

// The region Maassluis-Vlaardingen-Schiedam, in that (non-alphabetical) order, with the given
// services and integrality rules.
Tender make_tender(std::string_view services, std::string_view integrality = "") {
  std::string text = R"(id = "mvs-2025"
title = "Integrale jeugdhulp MVS"

[[municipality]]
id = "maassluis"
name = "Maassluis"

[[municipality]]
id = "vlaardingen"
name = "Vlaardingen"

[[municipality]]
id = "schiedam"
name = "Schiedam"

[[certification]]
id = "hkz"

[[certification]]
id = "jbjr"

)";
  text += services;
  text += integrality;
  Result<Tender> tender = input::parse_tender(text, "tender.toml");
  if (!tender) {
    ADD_FAILURE() << test_support::describe(tender.error());
    return Tender{};
  }
  return std::move(tender).value();
}

constexpr std::string_view kAmbulant = R"(
[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"
)";

constexpr std::string_view kCrisis = R"(
[[service]]
id = "crisis"
name = "Crisishulp"
)";

// A registration whose [[member]] blocks, `members`, start on line 5 of `file`.
Registration make_registration(const Tender& tender, std::string_view legal_form,
                               std::string_view members, const std::string& file = "reg.toml") {
  std::string text = "name = \"Samen voor Jeugd\"\ntender = \"mvs-2025\"\nlegal_form = \"";
  text += legal_form;
  text += "\"\n\n";
  text += members;
  Result<Registration> registration = input::parse_registration(text, file, tender);
  if (!registration) {
    ADD_FAILURE() << test_support::describe(registration.error());
    return Registration{};
  }
  return std::move(registration).value();
}

// Every finding of a registration as "RULE severity @where: message", in report order.
std::vector<std::string> summary(const RegistrationCheck& check) {
  std::vector<std::string> lines;
  for (const Finding& finding : check.findings) {
    lines.push_back(finding.rule_id + " " + std::string(to_string(finding.severity)) + " @" +
                    finding.where.to_string() + ": " + finding.message.en);
  }
  return lines;
}

// The findings of one rule, as summary() writes them.
std::vector<std::string> summary(const RegistrationCheck& check, std::string_view rule_id) {
  std::vector<std::string> lines;
  for (const std::string& line : summary(check)) {
    if (line.starts_with(std::string(rule_id) + " ")) {
      lines.push_back(line);
    }
  }
  return lines;
}

// The Dutch message of the i-th finding, or a marker when there is none, so that a failing test
// reports instead of crashing.
std::string nl(const RegistrationCheck& check, std::size_t i) {
  return i < check.findings.size() ? check.findings[i].message.nl
                                   : "<no finding " + std::to_string(i) + ">";
}

RegistrationCheck check_one(const Tender& tender, Registration registration) {
  CheckReport report = check(tender, {std::move(registration)});
  EXPECT_EQ(report.registrations.size(), 1u);
  return report.registrations.empty() ? RegistrationCheck{} : report.registrations.front();
}

using Lines = std::vector<std::string>;

// Two members who together deliver ambulant care, so that no rule but the one under test fires.
constexpr std::string_view kLeadAndMember = R"([[member]]
name = "Stichting Kompas"
kvk = "01234567"
role = "lead"
services = ["ambulant"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["ambulant"]
declaration = true
)";

// ---------------------------------------------------------------------------------------------
// The rule table

TEST(Rules, AreTheFourteenPublishedRulesInIdOrder) {
  const std::span<const Rule> all = rules();
  ASSERT_EQ(all.size(), 14u);
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].id,
              i < 10 ? fmt::format("INT-{:03}", i + 1) : fmt::format("ESP-{:03}", i - 9));
    EXPECT_FALSE(all[i].name.empty());
    EXPECT_FALSE(all[i].reason.en.empty());
    EXPECT_FALSE(all[i].reason.nl.empty());
    const bool warning = i + 1 == 9 || i + 1 == 10;
    EXPECT_EQ(all[i].severity, warning ? Severity::warning : Severity::error) << all[i].id;
  }
  ASSERT_NE(find_rule("INT-003"), nullptr);
  EXPECT_EQ(find_rule("INT-003")->name, "local-coverage");
  EXPECT_EQ(find_rule("INT-010")->name, "kvk-name");
  EXPECT_EQ(find_rule("INT-011"), nullptr);
  EXPECT_EQ(find_rule("ESP-003")->name, "exclusion-ground");
  EXPECT_EQ(find_rule("ESP-005"), nullptr);
  EXPECT_EQ(find_rule("int-001"), nullptr);
  EXPECT_EQ(to_string(Severity::error), "error");
  EXPECT_EQ(to_string(Severity::warning), "warning");
}

TEST(Integrality, AWellComposedRegistrationHasNoFindings) {
  const Tender tender = make_tender(kAmbulant);
  const RegistrationCheck result =
      check_one(tender, make_registration(tender, "combination", kLeadAndMember));
  EXPECT_EQ(summary(result), Lines{});
  EXPECT_TRUE(result.compliant(true));
}

// ---------------------------------------------------------------------------------------------
// INT-001 service coverage

TEST(Int001, EveryRequiredServiceMustBeDelivered) {
  const Tender tender = make_tender(std::string(kAmbulant) + std::string(kCrisis));
  const RegistrationCheck failing =
      check_one(tender, make_registration(tender, "combination", kLeadAndMember));
  EXPECT_EQ(summary(failing),
            Lines{"INT-001 error @reg.toml: required service 'crisis' (Crisishulp) is not "
                  "delivered by any member"});
  ASSERT_EQ(failing.findings.size(), 1u);
  EXPECT_EQ(failing.findings[0].where, SourceLocation("reg.toml", 0, 0));
  EXPECT_EQ(nl(failing, 0),
            "vereiste dienst 'crisis' (Crisishulp) wordt door geen enkel lid geleverd");

  const RegistrationCheck passing = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "Stichting Kompas"
kvk = "01234567"
role = "lead"
services = ["ambulant", "crisis"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["crisis", "ambulant"]
declaration = true
)"));
  EXPECT_EQ(summary(passing), Lines{});
}

// ---------------------------------------------------------------------------------------------
// INT-002 not only subcontracted

constexpr std::string_view kProtectionNotSubcontracted = R"(
[[service]]
id = "jeugdbescherming"
name = "Jeugdbescherming"
may_rest_on_subcontractors = false
)";

TEST(Int002, AServiceThatMayNotRestOnSubcontractorsNeedsAnotherDeliverer) {
  const Tender tender =
      make_tender(std::string(kAmbulant) + std::string(kProtectionNotSubcontracted));
  const RegistrationCheck failing =
      check_one(tender, make_registration(tender, "main-contractor", R"([[member]]
name = "Jeugdzorg Rijnmond"
kvk = "01234567"
role = "main-contractor"
services = ["ambulant"]
declaration = true

[[member]]
name = "Praktijk Één"
kvk = "01234568"
role = "subcontractor"
services = ["ambulant", "jeugdbescherming"]
declaration = true

[[member]]
name = "Gezinspraktijk Noord"
kvk = "01234569"
role = "subcontractor"
services = ["jeugdbescherming"]
declaration = true
)"));
  EXPECT_EQ(summary(failing),
            Lines{"INT-002 error @reg.toml:16:25: service 'jeugdbescherming' may not rest on "
                  "subcontractors alone, but only subcontractors deliver it ('Praktijk Één' and "
                  "'Gezinspraktijk Noord')"});
  EXPECT_EQ(nl(failing, 0),
            "dienst 'jeugdbescherming' mag niet alleen door onderaannemers worden geleverd, maar "
            "alleen onderaannemers leveren hem ('Praktijk Één' en 'Gezinspraktijk Noord')");

  const RegistrationCheck passing =
      check_one(tender, make_registration(tender, "main-contractor", R"([[member]]
name = "Jeugdzorg Rijnmond"
kvk = "01234567"
role = "main-contractor"
services = ["ambulant", "jeugdbescherming"]
declaration = true

[[member]]
name = "Praktijk Één"
kvk = "01234568"
role = "subcontractor"
services = ["ambulant", "jeugdbescherming"]
declaration = true
)"));
  EXPECT_EQ(summary(passing), Lines{});
}

TEST(Int002, SubcontractorsAloneAreFineWhenTheTenderAllowsIt) {
  const Tender tender = make_tender(R"(
[[service]]
id = "jeugdbescherming"
name = "Jeugdbescherming"
)");
  const RegistrationCheck result =
      check_one(tender, make_registration(tender, "main-contractor", R"([[member]]
name = "Jeugdzorg Rijnmond"
kvk = "01234567"
role = "main-contractor"
declaration = true

[[member]]
name = "Praktijk Één"
kvk = "01234568"
role = "subcontractor"
services = ["jeugdbescherming"]
declaration = true

[[member]]
name = "Gezinspraktijk Noord"
kvk = "01234569"
role = "subcontractor"
services = ["jeugdbescherming"]
declaration = true
)"));
  EXPECT_EQ(summary(result), Lines{});
}

// ---------------------------------------------------------------------------------------------
// INT-003 local coverage

constexpr std::string_view kLocalPoh = R"(
[[service]]
id = "poh-jeugd"
name = "POH-jeugd"
local = true
)";

TEST(Int003, ALocalServiceMissingTwoMunicipalitiesListsThemInTenderOrder) {
  const Tender tender = make_tender(kLocalPoh);
  const RegistrationCheck failing = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "Huisartsencoöperatie Maassluis"
kvk = "01234567"
role = "lead"
services = ["poh-jeugd"]
municipalities = ["maassluis"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["poh-jeugd"]
municipalities = ["maassluis"]
declaration = true
)"));
  // Tender order (Vlaardingen before Schiedam), not alphabetical, and by name rather than id.
  EXPECT_EQ(summary(failing), Lines{"INT-003 error @reg.toml: local service 'poh-jeugd' is not "
                                    "delivered in 'Vlaardingen' and 'Schiedam'"});
  ASSERT_EQ(failing.findings.size(), 1u);
  EXPECT_EQ(nl(failing, 0),
            "lokale dienst 'poh-jeugd' wordt niet geleverd in 'Vlaardingen' en 'Schiedam'");
  EXPECT_EQ(failing.findings[0].message.in(Language::nl), nl(failing, 0));
  EXPECT_EQ(failing.findings[0].message.in(Language::en), failing.findings[0].message.en);
}

TEST(Int003, MembersTogetherCoverEveryMunicipality) {
  const Tender tender = make_tender(kLocalPoh);
  const RegistrationCheck split = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "Huisartsencoöperatie Maassluis"
kvk = "01234567"
role = "lead"
services = ["poh-jeugd"]
municipalities = ["schiedam", "maassluis"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["poh-jeugd"]
municipalities = ["vlaardingen"]
declaration = true
)"));
  EXPECT_EQ(summary(split), Lines{});

  // Leaving municipalities out means everywhere; an empty list means nowhere.
  const RegistrationCheck everywhere =
      check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "Huisartsencoöperatie Maassluis"
kvk = "01234567"
role = "lead"
services = ["poh-jeugd"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["poh-jeugd"]
municipalities = []
declaration = true
)"));
  EXPECT_EQ(summary(everywhere), Lines{});
}

TEST(Int003, ANonLocalServiceIgnoresMunicipalities) {
  const Tender tender = make_tender(kAmbulant);
  const RegistrationCheck result = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "Stichting Kompas"
kvk = "01234567"
role = "lead"
services = ["ambulant"]
municipalities = []
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["ambulant"]
municipalities = ["schiedam"]
declaration = true
)"));
  EXPECT_EQ(summary(result), Lines{});
}

// ---------------------------------------------------------------------------------------------
// INT-004 certification

constexpr std::string_view kProtectionCertified = R"(
[[service]]
id = "jeugdbescherming"
name = "Jeugdbescherming"
certifications = ["hkz", "jbjr"]
)";

TEST(Int004, EveryDelivererNeedsEveryRequiredCertification) {
  const Tender tender = make_tender(kProtectionCertified);
  const RegistrationCheck failing = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "William Schrikker Stichting"
kvk = "01234567"
role = "lead"
services = ["jeugdbescherming"]
certifications = ["jbjr", "hkz"]
declaration = true

[[member]]
name = "Jeugdbescherming West"
kvk = "01234568"
role = "member"
services = ["jeugdbescherming"]
certifications = ["hkz"]
declaration = true

[[member]]
name = "Praktijk Zonder"
kvk = "01234569"
role = "member"
services = ["jeugdbescherming"]
declaration = true
)"));
  EXPECT_EQ(summary(failing),
            (Lines{"INT-004 error @reg.toml:18:13: 'Jeugdbescherming West' delivers service "
                   "'jeugdbescherming' but lacks the required certification 'jbjr'",
                   "INT-004 error @reg.toml:26:13: 'Praktijk Zonder' delivers service "
                   "'jeugdbescherming' but lacks the required certifications 'hkz' and 'jbjr'"}));
  EXPECT_EQ(nl(failing, 0),
            "'Jeugdbescherming West' levert dienst 'jeugdbescherming' maar mist de vereiste "
            "certificering 'jbjr'");
  EXPECT_EQ(nl(failing, 1),
            "'Praktijk Zonder' levert dienst 'jeugdbescherming' maar mist de vereiste "
            "certificeringen 'hkz' en 'jbjr'");
}

TEST(Int004, CertificationsAreOnlyRequiredOfDeliverers) {
  const Tender tender = make_tender(std::string(kAmbulant) + std::string(kProtectionCertified));
  const RegistrationCheck result = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "William Schrikker Stichting"
kvk = "01234567"
role = "lead"
services = ["jeugdbescherming", "ambulant"]
certifications = ["hkz", "jbjr"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["ambulant", "jeugdbescherming"]
certifications = ["jbjr", "hkz"]
declaration = true

[[member]]
name = "Praktijk Zonder"
kvk = "01234569"
role = "member"
services = ["ambulant"]
declaration = true
)"));
  EXPECT_EQ(summary(result), Lines{});
}

// ---------------------------------------------------------------------------------------------
// INT-005 legal form and roles

TEST(Int005, ACombinationWithTwoLeads) {
  const Tender tender = make_tender(kAmbulant);
  const RegistrationCheck result = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "Stichting Kompas"
kvk = "01234567"
role = "lead"
services = ["ambulant"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "lead"
services = ["ambulant"]
declaration = true
)"));
  // Placed at the second lead, the one that is too many.
  EXPECT_EQ(summary(result), Lines{"INT-005 error @reg.toml:13:1: a combination needs exactly one "
                                   "lead, found 2 ('Stichting Kompas' and 'Praktijk De Brug')"});
  EXPECT_EQ(nl(result, 0),
            "een combinatie heeft precies één penvoerder nodig, gevonden: 2 ('Stichting Kompas' en "
            "'Praktijk De Brug')");
}

TEST(Int005, ACombinationWithoutLead) {
  const Tender tender = make_tender(kAmbulant);
  const RegistrationCheck result = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "Stichting Kompas"
kvk = "01234567"
role = "member"
services = ["ambulant"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["ambulant"]
declaration = true
)"));
  EXPECT_EQ(summary(result),
            Lines{"INT-005 error @reg.toml: a combination needs exactly one lead, found 0"});
}

TEST(Int005, ACombinationWithAMainContractor) {
  const Tender tender = make_tender(kAmbulant);
  const RegistrationCheck result = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "Stichting Kompas"
kvk = "01234567"
role = "lead"
services = ["ambulant"]
declaration = true

[[member]]
name = "Jeugdzorg Rijnmond"
kvk = "01234568"
role = "main-contractor"
services = ["ambulant"]
declaration = true
)"));
  EXPECT_EQ(summary(result), Lines{"INT-005 error @reg.toml:13:1: 'Jeugdzorg Rijnmond' has the "
                                   "role 'main-contractor', which a combination does not have"});
  EXPECT_EQ(nl(result, 0),
            "'Jeugdzorg Rijnmond' heeft de rol 'hoofdaannemer', die een combinatie niet kent");
}

TEST(Int005, AMainContractorConstructionWithAMemberRole) {
  const Tender tender = make_tender(kAmbulant);
  const RegistrationCheck result =
      check_one(tender, make_registration(tender, "main-contractor", R"(
[[member]]
name = "Jeugdzorg Rijnmond"
kvk = "01234567"
role = "main-contractor"
services = ["ambulant"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["ambulant"]
declaration = true

[[member]]
name = "Stichting Kompas"
kvk = "01234569"
role = "lead"
declaration = true
)"));
  EXPECT_EQ(summary(result),
            (Lines{"INT-005 error @reg.toml:13:1: 'Praktijk De Brug' has the role 'member', which "
                   "a main-contractor construction does not have",
                   "INT-005 error @reg.toml:20:1: 'Stichting Kompas' has the role 'lead', which a "
                   "main-contractor construction does not have"}));
  EXPECT_EQ(nl(result, 0),
            "'Praktijk De Brug' heeft de rol 'lid', die een hoofd- en onderaannemersconstructie "
            "niet kent");
}

TEST(Int005, AMainContractorConstructionWithoutMainContractor) {
  const Tender tender = make_tender(kAmbulant);
  const RegistrationCheck result =
      check_one(tender, make_registration(tender, "main-contractor", R"(
[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "subcontractor"
services = ["ambulant"]
declaration = true

[[member]]
name = "Stichting Kompas"
kvk = "01234569"
role = "subcontractor"
services = ["ambulant"]
declaration = true
)"));
  EXPECT_EQ(summary(result), Lines{"INT-005 error @reg.toml: a main-contractor construction needs "
                                   "exactly one main contractor, found 0"});
  EXPECT_EQ(nl(result, 0),
            "een hoofd- en onderaannemersconstructie heeft precies één hoofdaannemer nodig, "
            "gevonden: 0");
}

TEST(Int005, ALegalFormTheTenderDoesNotAllow) {
  const Tender tender =
      make_tender(kAmbulant, "\n[integrality]\nlegal_forms = [\"combination\"]\n");
  const RegistrationCheck failing =
      check_one(tender, make_registration(tender, "main-contractor", R"(
[[member]]
name = "Jeugdzorg Rijnmond"
kvk = "01234567"
role = "main-contractor"
services = ["ambulant"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "subcontractor"
services = ["ambulant"]
declaration = true
)"));
  EXPECT_EQ(summary(failing), Lines{"INT-005 error @reg.toml: legal form 'main-contractor' is not "
                                    "allowed in this tender"});
  EXPECT_EQ(nl(failing, 0),
            "rechtsvorm 'hoofd- en onderaannemersconstructie' is in deze aanbesteding niet "
            "toegestaan");

  const RegistrationCheck passing =
      check_one(tender, make_registration(tender, "combination", kLeadAndMember));
  EXPECT_EQ(summary(passing), Lines{});
}

TEST(Int005, AWellFormedMainContractorConstructionPasses) {
  const Tender tender =
      make_tender(kAmbulant, "\n[integrality]\nlegal_forms = [\"main-contractor\"]\n");
  const RegistrationCheck result =
      check_one(tender, make_registration(tender, "main-contractor", R"(
[[member]]
name = "Jeugdzorg Rijnmond"
kvk = "01234567"
role = "main-contractor"
services = ["ambulant"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "subcontractor"
services = ["ambulant"]
declaration = true
)"));
  EXPECT_EQ(summary(result), Lines{});
}

// ---------------------------------------------------------------------------------------------
// INT-006 member count

std::string members(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) {
    text += fmt::format(
        "[[member]]\nname = \"Aanbieder {}\"\nkvk = \"{:08}\"\nrole = \"{}\"\n"
        "services = [\"ambulant\"]\ndeclaration = true\n\n",
        i + 1, 10000000 + i, i == 0 ? "lead" : "member");
  }
  return text;
}

TEST(Int006, TheMemberCountMustLieWithinMinimumAndMaximum) {
  const Tender tender =
      make_tender(kAmbulant, "\n[integrality]\nmin_members = 2\nmax_members = 3\n");
  const RegistrationCheck too_few =
      check_one(tender, make_registration(tender, "combination", members(1)));
  EXPECT_EQ(
      summary(too_few, "INT-006"),
      Lines{"INT-006 error @reg.toml: the consortium has 1 member; the tender allows 2 to 3"});
  EXPECT_EQ(nl(too_few, 0),
            "het samenwerkingsverband heeft 1 lid; de aanbesteding staat 2 tot en met 3 toe");

  const RegistrationCheck too_many =
      check_one(tender, make_registration(tender, "combination", members(4)));
  EXPECT_EQ(
      summary(too_many),
      Lines{"INT-006 error @reg.toml: the consortium has 4 members; the tender allows 2 to 3"});

  EXPECT_EQ(summary(check_one(tender, make_registration(tender, "combination", members(2)))),
            Lines{});
  EXPECT_EQ(summary(check_one(tender, make_registration(tender, "combination", members(3)))),
            Lines{});
}

TEST(Int006, WithoutMaximumOnlyTheMinimumCounts) {
  const Tender tender = make_tender(kAmbulant, "\n[integrality]\nmin_members = 3\n");
  const RegistrationCheck too_few =
      check_one(tender, make_registration(tender, "combination", members(2)));
  EXPECT_EQ(summary(too_few),
            Lines{"INT-006 error @reg.toml: the consortium has 2 members; the tender allows at "
                  "least 3"});
  EXPECT_EQ(nl(too_few, 0),
            "het samenwerkingsverband heeft 2 leden; de aanbesteding staat ten minste 3 toe");
  EXPECT_EQ(summary(check_one(tender, make_registration(tender, "combination", members(40)))),
            Lines{});
}

// ---------------------------------------------------------------------------------------------
// INT-007 declaration

TEST(Int007, EveryMemberMustHandInTheDeclaration) {
  const Tender tender = make_tender(kAmbulant);
  const RegistrationCheck failing = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "Stichting Kompas"
kvk = "01234567"
role = "lead"
services = ["ambulant"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["ambulant"]

[[member]]
name = "Gezinspraktijk Noord"
kvk = "01234569"
role = "member"
declaration = false
)"));
  EXPECT_EQ(summary(failing),
            (Lines{"INT-007 error @reg.toml:13:1: 'Praktijk De Brug' (KvK 01234568) has not "
                   "handed in the exclusion-grounds declaration (UEA/ESPD)",
                   "INT-007 error @reg.toml:19:1: 'Gezinspraktijk Noord' (KvK 01234569) has not "
                   "handed in the exclusion-grounds declaration (UEA/ESPD)"}));
  EXPECT_EQ(nl(failing, 0),
            "'Praktijk De Brug' (KvK 01234568) heeft de eigen verklaring uitsluitingsgronden (UEA) "
            "niet ingediend");

  const RegistrationCheck passing =
      check_one(tender, make_registration(tender, "combination", kLeadAndMember));
  EXPECT_TRUE(passing.findings_of("INT-007").empty());
}

// ---------------------------------------------------------------------------------------------
// INT-008 one registration per provider

// A combination led by `lead` (with KvK `lead_kvk`), with one other member.
Registration led_by(const Tender& tender, std::string_view lead, std::string_view lead_kvk,
                    std::string_view other_kvk, const std::string& file) {
  return make_registration(tender, "combination",
                           fmt::format(R"([[member]]
name = "{}"
kvk = "{}"
role = "lead"
services = ["ambulant"]
declaration = true

[[member]]
name = "Ander {}"
kvk = "{}"
role = "member"
services = ["ambulant"]
declaration = true
)",
                                       lead, lead_kvk, other_kvk, other_kvk),
                           file);
}

TEST(Int008, AProviderLeadingTwoRegistrationsIsFlaggedInBoth) {
  const Tender tender = make_tender(kAmbulant);
  const CheckReport report =
      check(tender, {led_by(tender, "Stichting Kompas", "01234567", "20000001", "noord.toml"),
                     led_by(tender, "Stichting Kompas", "30000001", "20000002", "midden.toml"),
                     led_by(tender, "Stichting Kompas", "01234567", "20000003", "zuid.toml")});
  ASSERT_EQ(report.registrations.size(), 3u);
  EXPECT_EQ(summary(report.registrations[0]),
            Lines{"INT-008 error @noord.toml:5:1: 'Stichting Kompas' (KvK 01234567) leads 2 "
                  "registrations ('noord' and 'zuid'); a provider may lead one"});
  EXPECT_EQ(summary(report.registrations[1]), Lines{});
  EXPECT_EQ(summary(report.registrations[2]),
            Lines{"INT-008 error @zuid.toml:5:1: 'Stichting Kompas' (KvK 01234567) leads 2 "
                  "registrations ('noord' and 'zuid'); a provider may lead one"});
  EXPECT_EQ(nl(report.registrations[0], 0),
            "'Stichting Kompas' (KvK 01234567) is penvoerder of hoofdaannemer in 2 inschrijvingen "
            "('noord' en 'zuid'); dat mag in één");
}

TEST(Int008, LeadingAsMainContractorCountsAsLeading) {
  const Tender tender = make_tender(kAmbulant);
  Registration main_contractor = make_registration(tender, "main-contractor", R"([[member]]
name = "Stichting Kompas"
kvk = "01234567"
role = "main-contractor"
services = ["ambulant"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "20000009"
role = "subcontractor"
services = ["ambulant"]
declaration = true
)",
                                                   "hoofd.toml");
  const CheckReport report =
      check(tender, {led_by(tender, "Stichting Kompas", "01234567", "20000001", "noord.toml"),
                     std::move(main_contractor)});
  EXPECT_EQ(summary(report.registrations[1], "INT-008"),
            Lines{"INT-008 error @hoofd.toml:5:1: 'Stichting Kompas' (KvK 01234567) leads 2 "
                  "registrations ('noord' and 'hoofd'); a provider may lead one"});
}

TEST(Int008, LeadingSeveralIsFineWhenTheTenderAllowsIt) {
  const Tender tender = make_tender(kAmbulant, "\n[integrality]\nmay_lead_several = true\n");
  const CheckReport report =
      check(tender, {led_by(tender, "Stichting Kompas", "01234567", "20000001", "noord.toml"),
                     led_by(tender, "Stichting Kompas", "01234567", "20000002", "zuid.toml")});
  EXPECT_EQ(summary(report.registrations[0]), Lines{});
  EXPECT_EQ(summary(report.registrations[1]), Lines{});
  EXPECT_TRUE(report.all_compliant(true));
}

TEST(Int008, TakingPartInTwoWhenTheTenderAllowsOne) {
  const Tender tender =
      make_tender(kAmbulant, "\n[integrality]\nmay_participate_several = false\n");
  // The shared provider leads "noord" and is an ordinary member of "zuid".
  const CheckReport report =
      check(tender, {led_by(tender, "Stichting Kompas", "01234567", "20000001", "noord.toml"),
                     led_by(tender, "Jeugdhulp Zuid", "30000001", "01234567", "zuid.toml")});
  ASSERT_EQ(report.registrations.size(), 2u);
  EXPECT_EQ(summary(report.registrations[0]),
            Lines{"INT-008 error @noord.toml:5:1: 'Stichting Kompas' (KvK 01234567) takes part in "
                  "2 registrations ('noord' and 'zuid'); the tender allows one"});
  // In "zuid" the provider is the second member, named "Ander 01234567" there: a different name
  // for the same KvK number, hence INT-010 as well.
  EXPECT_EQ(summary(report.registrations[1]),
            (Lines{"INT-008 error @zuid.toml:12:1: 'Ander 01234567' (KvK 01234567) takes part in 2 "
                   "registrations ('noord' and 'zuid'); the tender allows one",
                   "INT-010 warning @zuid.toml:12:1: KvK 01234567 is named 'Ander 01234567' here "
                   "but 'Stichting Kompas' in registration 'noord'"}));
  EXPECT_EQ(nl(report.registrations[0], 0),
            "'Stichting Kompas' (KvK 01234567) neemt deel aan 2 inschrijvingen ('noord' en "
            "'zuid'); de aanbesteding staat er één toe");
}

TEST(Int008, TakingPartInSeveralIsFineByDefault) {
  const Tender tender = make_tender(kAmbulant);
  ASSERT_TRUE(tender.integrality.may_participate_several);
  const CheckReport report =
      check(tender, {led_by(tender, "Stichting Kompas", "01234567", "20000001", "noord.toml"),
                     led_by(tender, "Jeugdhulp Zuid", "30000001", "20000001", "zuid.toml")});
  EXPECT_EQ(summary(report.registrations[0]), Lines{});
  EXPECT_EQ(summary(report.registrations[1]), Lines{});
}

// ---------------------------------------------------------------------------------------------
// INT-009 single supplier

TEST(Int009, AServiceWithOneDelivererIsAContinuityRisk) {
  const Tender tender = make_tender(std::string(kAmbulant) + std::string(kCrisis));
  const RegistrationCheck result = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "Stichting Kompas"
kvk = "01234567"
role = "lead"
services = ["ambulant", "crisis"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["ambulant"]
declaration = true
)"));
  EXPECT_EQ(summary(result),
            Lines{"INT-009 warning @reg.toml:10:25: service 'crisis' is delivered only by "
                  "'Stichting Kompas': a continuity risk if that member drops out"});
  EXPECT_EQ(nl(result, 0),
            "dienst 'crisis' wordt alleen door 'Stichting Kompas' geleverd: een "
            "continuïteitsrisico als dat lid uitvalt");
  EXPECT_TRUE(result.compliant(false));
  EXPECT_FALSE(result.compliant(true));
}

// ---------------------------------------------------------------------------------------------
// INT-010 KvK number under different names

// A combination of `lead_name` (KvK 40000001) and the provider with KvK 01234567 named `name`.
Registration with_member(const Tender& tender, std::string_view lead_kvk, std::string_view name,
                         const std::string& file) {
  return make_registration(tender, "combination",
                           fmt::format(R"([[member]]
name = "Penvoerder {}"
kvk = "{}"
role = "lead"
services = ["ambulant"]
declaration = true

[[member]]
name = "{}"
kvk = "01234567"
role = "member"
services = ["ambulant"]
declaration = true
)",
                                       lead_kvk, lead_kvk, name),
                           file);
}

TEST(Int010, TheSameKvkUnderAnotherNameWarnsOnTheLaterRegistrationOnly) {
  const Tender tender = make_tender(kAmbulant);
  const CheckReport report =
      check(tender, {with_member(tender, "40000001", "Stichting Kompas", "a.toml"),
                     with_member(tender, "40000002", "Kompas Jeugdzorg B.V.", "b.toml"),
                     with_member(tender, "40000003", "Stichting Kompas", "c.toml")});
  EXPECT_EQ(summary(report.registrations[0]), Lines{});
  EXPECT_EQ(summary(report.registrations[1]),
            Lines{"INT-010 warning @b.toml:12:1: KvK 01234567 is named 'Kompas Jeugdzorg B.V.' "
                  "here but 'Stichting Kompas' in registration 'a'"});
  EXPECT_EQ(summary(report.registrations[2]), Lines{});
  EXPECT_EQ(
      nl(report.registrations[1], 0),
      "KvK 01234567 heet hier 'Kompas Jeugdzorg B.V.' maar 'Stichting Kompas' in inschrijving "
      "'a'");
  EXPECT_EQ(report.count(Severity::warning), 1u);
  EXPECT_EQ(report.count(Severity::error), 0u);
  EXPECT_TRUE(report.all_compliant(false));
  EXPECT_FALSE(report.all_compliant(true));
  EXPECT_EQ(report.compliant_count(true), 2u);
}

TEST(Int010, DiacriticsInAnotherCaseAreTheSameName) {
  const Tender tender = make_tender(kAmbulant);
  const CheckReport report =
      check(tender, {with_member(tender, "40000001", "Praktijk \xC3\x89\xC3\xA9n", "a.toml"),
                     with_member(tender, "40000002", "praktijk \xC3\xA9\xC3\xA9n", "b.toml"),
                     with_member(tender, "40000003", "Praktijk Een", "c.toml")});
  EXPECT_EQ(summary(report.registrations[1]), Lines{});
  ASSERT_EQ(report.registrations[2].findings.size(), 1u);  // "Een" is another spelling
  EXPECT_EQ(report.registrations[2].findings[0].rule_id, "INT-010");
}

TEST(Int010, CaseSpacingAndPunctuationDifferencesAreNotWorthAWarning) {
  const Tender tender = make_tender(kAmbulant);
  const CheckReport report =
      check(tender, {with_member(tender, "40000001", "Kompas Jeugdzorg B.V.", "a.toml"),
                     with_member(tender, "40000002", "KOMPAS  jeugdzorg BV", "b.toml"),
                     with_member(tender, "40000003", "Kompas Jeugdzorg, B.V.", "c.toml"),
                     // Case folding covers Dutch diacritics too, not just ASCII.
                     with_member(tender, "40000004", "KOMPAS JEUGDZORG B.V.", "d.toml")});
  for (const RegistrationCheck& registration : report.registrations) {
    EXPECT_EQ(summary(registration), Lines{}) << registration.registration.id;
  }
}

// ---------------------------------------------------------------------------------------------
// Report order and compliance

TEST(Findings, AreSortedByRuleIdThenPosition) {
  const Tender tender = make_tender(std::string(kAmbulant) + std::string(kCrisis),
                                    "\n[integrality]\nlegal_forms = [\"main-contractor\"]\n");
  const RegistrationCheck result = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "Stichting Kompas"
kvk = "01234567"
role = "lead"
services = ["ambulant"]

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "lead"
declaration = true

[[member]]
name = "Jeugdzorg Rijnmond"
kvk = "01234569"
role = "main-contractor"
)"));
  // Found in the order services, legal form, count, declarations; reported by rule, then place
  // (no place first).
  EXPECT_EQ(
      summary(result),
      (Lines{"INT-001 error @reg.toml: required service 'crisis' (Crisishulp) is not "
             "delivered by any member",
             "INT-005 error @reg.toml: legal form 'combination' is not allowed in this tender",
             "INT-005 error @reg.toml:12:1: a combination needs exactly one lead, found 2 "
             "('Stichting Kompas' and 'Praktijk De Brug')",
             "INT-005 error @reg.toml:18:1: 'Jeugdzorg Rijnmond' has the role "
             "'main-contractor', which a combination does not have",
             "INT-007 error @reg.toml:6:1: 'Stichting Kompas' (KvK 01234567) has not handed "
             "in the exclusion-grounds declaration (UEA/ESPD)",
             "INT-007 error @reg.toml:18:1: 'Jeugdzorg Rijnmond' (KvK 01234569) has not "
             "handed in the exclusion-grounds declaration (UEA/ESPD)",
             "INT-009 warning @reg.toml:10:13: service 'ambulant' is delivered only by "
             "'Stichting Kompas': a continuity risk if that member drops out"}));
  EXPECT_EQ(result.count(Severity::error), 6u);
  EXPECT_EQ(result.count(Severity::warning), 1u);
  ASSERT_EQ(result.findings_of("INT-005").size(), 3u);
  EXPECT_EQ(result.findings_of("INT-005")[1]->where.line, 12);
  EXPECT_TRUE(result.findings_of("INT-004").empty());
}

TEST(Findings, WithinARuleFollowTheFileRatherThanTheTender) {
  // Services are checked in tender order (ambulant, crisis), but crisis is written first.
  const Tender tender = make_tender(std::string(kAmbulant) + std::string(kCrisis));
  const RegistrationCheck result = check_one(tender, make_registration(tender, "combination", R"(
[[member]]
name = "Crisisdienst Schiedam"
kvk = "01234567"
role = "lead"
services = ["crisis"]
declaration = true

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "member"
services = ["ambulant"]
declaration = true
)"));
  EXPECT_EQ(summary(result),
            (Lines{"INT-009 warning @reg.toml:10:13: service 'crisis' is delivered only by "
                   "'Crisisdienst Schiedam': a continuity risk if that member drops out",
                   "INT-009 warning @reg.toml:17:13: service 'ambulant' is delivered only by "
                   "'Praktijk De Brug': a continuity risk if that member drops out"}));
}

TEST(Compliance, StrictAlsoRejectsWarnings) {
  RegistrationCheck clean;
  EXPECT_TRUE(clean.compliant(false));
  EXPECT_TRUE(clean.compliant(true));

  RegistrationCheck warned;
  warned.findings.push_back(Finding{"INT-009", Severity::warning, {"w", "w"}, {}, {}});
  EXPECT_TRUE(warned.compliant(false));
  EXPECT_FALSE(warned.compliant(true));

  RegistrationCheck failed;
  failed.findings.push_back(Finding{"INT-001", Severity::error, {"e", "e"}, {}, {}});
  EXPECT_FALSE(failed.compliant(false));
  EXPECT_FALSE(failed.compliant(true));

  CheckReport report;
  report.registrations = {clean, warned, failed};
  EXPECT_EQ(report.compliant_count(false), 2u);
  EXPECT_EQ(report.compliant_count(true), 1u);
  EXPECT_FALSE(report.all_compliant(false));
  EXPECT_EQ(report.count(Severity::error), 1u);
  EXPECT_EQ(report.count(Severity::warning), 1u);

  CheckReport empty;
  EXPECT_TRUE(empty.all_compliant(true));
}

TEST(Check, KeepsTheTenderAndRegistrationsInOrder) {
  const Tender tender = make_tender(kAmbulant);
  const CheckReport report = check(tender, {led_by(tender, "A", "10000001", "20000001", "x.toml"),
                                            led_by(tender, "B", "10000002", "20000002", "y.toml")});
  EXPECT_EQ(report.tender.id, "mvs-2025");
  ASSERT_EQ(report.registrations.size(), 2u);
  EXPECT_EQ(report.registrations[0].registration.id, "x");
  EXPECT_EQ(report.registrations[1].registration.id, "y");
  EXPECT_EQ(report.registrations[1].registration.members[0].name, "B");
}

// ---------------------------------------------------------------------------------------------
// The library API of the per-registration rules, and the coverage model they decide on

constexpr std::string_view kLocalCertifiedNotSubcontracted = R"(
[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"
local = true

[[service]]
id = "jeugdbescherming"
name = "Jeugdbescherming"
certifications = ["jbjr"]
may_rest_on_subcontractors = false
)";

TEST(CheckRegistration, GivesExactlyTheFindingsOfCheckOnItsOwn) {
  const Tender tender = make_tender(kLocalCertifiedNotSubcontracted, R"(
[integrality]
min_members = 3
)");
  const Registration registration = make_registration(tender, "combination", R"([[member]]
name = "Stichting Kompas"
kvk = "01234567"
role = "subcontractor"
services = ["ambulant", "jeugdbescherming"]
municipalities = ["schiedam"]

[[member]]
name = "Praktijk De Brug"
kvk = "01234568"
role = "main-contractor"
services = ["ambulant"]
municipalities = ["maassluis"]
declaration = true
)");
  const std::vector<Finding> alone = check_registration(tender, registration);
  const RegistrationCheck together = check_one(tender, registration);
  ASSERT_EQ(alone.size(), together.findings.size());
  for (std::size_t i = 0; i < alone.size(); ++i) {
    EXPECT_EQ(alone[i].rule_id, together.findings[i].rule_id);
    EXPECT_EQ(alone[i].message, together.findings[i].message);
    EXPECT_EQ(alone[i].where, together.findings[i].where);
  }
  Lines rules_fired;
  for (const Finding& finding : alone) {
    rules_fired.push_back(finding.rule_id);
  }
  EXPECT_EQ(rules_fired, (Lines{"INT-002", "INT-003", "INT-004", "INT-005", "INT-005", "INT-006",
                                "INT-007", "INT-009"}));
  const CoverageModel model(tender);
  EXPECT_EQ(check_registration(model, registration).size(), alone.size());
}

TEST(CoverageModel, HasACellPerServicePerLocalMunicipalityAndPerNonSubcontractedService) {
  const Tender tender = make_tender(kLocalCertifiedNotSubcontracted);
  const CoverageModel model(tender);
  // ambulant: delivered + 3 municipalities; jeugdbescherming: delivered + not subcontracted.
  ASSERT_EQ(model.size(), 6u);
  EXPECT_EQ(model.all().count(), 6u);
  EXPECT_EQ(model.cell(model.local_cell(0, 2)).kind, CellKind::local);
  EXPECT_EQ(model.local_cell(1, 0), CellSet::npos);
  EXPECT_EQ(model.not_subcontracted_cell(0), CellSet::npos);
  EXPECT_EQ(model.cell(model.not_subcontracted_cell(1)).kind, CellKind::not_subcontracted);
  EXPECT_EQ(model.service_index("jeugdbescherming"), 1u);
  EXPECT_EQ(model.municipality_index("schiedam"), 2u);
  EXPECT_EQ(model.municipality_index("delft"), CellSet::npos);

  // A subcontractor covers the service and its municipalities, never the not-subcontracted cell.
  const CellSet as_subcontractor = model.cover({0, 1}, {1}, false, true);
  EXPECT_EQ(as_subcontractor.count(), 3u);
  EXPECT_TRUE(as_subcontractor.test(model.local_cell(0, 1)));
  EXPECT_FALSE(as_subcontractor.test(model.local_cell(0, 0)));
  EXPECT_FALSE(as_subcontractor.test(model.not_subcontracted_cell(1)));
  CellSet everything = model.cover({0, 1}, {}, true, false);
  EXPECT_EQ(everything, model.all());
  EXPECT_TRUE(as_subcontractor.subset_of(everything));
  EXPECT_FALSE(everything.subset_of(as_subcontractor));
  EXPECT_EQ(everything.count_and(as_subcontractor), 3u);
  everything.subtract(as_subcontractor);
  EXPECT_EQ(everything.count(), 3u);
  EXPECT_EQ(everything.next(0), model.local_cell(0, 0));
  EXPECT_EQ(everything.next(model.local_cell(0, 0) + 1), model.local_cell(0, 2));
}

TEST(CoverageModel, DecidesRolesFormsAndCountsInOnePlace) {
  Tender tender = make_tender(kAmbulant, R"(
[integrality]
legal_forms = ["combination"]
min_members = 2
max_members = 4
)");
  EXPECT_TRUE(legal_form_allowed(tender, LegalForm::combination));
  EXPECT_FALSE(legal_form_allowed(tender, LegalForm::main_contractor));
  EXPECT_EQ(head_role(LegalForm::main_contractor), Role::main_contractor);
  EXPECT_TRUE(role_fits(LegalForm::combination, Role::subcontractor));
  EXPECT_FALSE(role_fits(LegalForm::main_contractor, Role::member));
  EXPECT_FALSE(member_count_allowed(tender, 1));
  EXPECT_TRUE(member_count_allowed(tender, 4));
  EXPECT_FALSE(member_count_allowed(tender, 5));
}

}  // namespace
}  // namespace tenderkit::integrality
