// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/report/registration_toml.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <sstream>
#include <string>
#include <utility>

namespace tenderkit::report {
namespace {

std::vector<std::string> ids(const std::vector<IdRef>& refs) {
  std::vector<std::string> out;
  for (const IdRef& ref : refs) {
    out.push_back(ref.id);
  }
  return out;
}

Tender load_template_tender() {
  Result<Tender> tender =
      input::load_tender(std::string(TENDERKIT_SOURCE_DIR) + "/templates/ijmond-zk/tender.toml");
  EXPECT_TRUE(tender) << test_support::describe(tender.error());
  return tender ? std::move(tender).value() : Tender{};
}

// Every shipped registration written out and read back is the same registration, and
// tender-check's rules find the same findings in it.
TEST(RegistrationToml, ShippedRegistrationsRoundTrip) {
  const Tender tender = load_template_tender();
  Result<std::vector<std::filesystem::path>> paths =
      input::expand_registration_paths(std::vector<std::string>{
          std::string(TENDERKIT_SOURCE_DIR) + "/templates/ijmond-zk/registrations"});
  ASSERT_TRUE(paths);
  for (const std::filesystem::path& path : *paths) {
    SCOPED_TRACE(path.string());
    Result<Registration> original = input::load_registration(path, tender);
    ASSERT_TRUE(original) << test_support::describe(original.error());
    original->id = path.stem().string();
    std::ostringstream written;
    write_registration_toml(written, *original, "test");
    Result<Registration> read = input::parse_registration(written.str(), "again.toml", tender);
    ASSERT_TRUE(read) << test_support::describe(read.error()) << written.str();
    EXPECT_EQ(read->id, original->id);
    EXPECT_EQ(read->name, original->name);
    EXPECT_EQ(read->tender_id, original->tender_id);
    EXPECT_EQ(read->legal_form, original->legal_form);
    ASSERT_EQ(read->members.size(), original->members.size());
    for (std::size_t i = 0; i < read->members.size(); ++i) {
      const Member& a = original->members[i];
      const Member& b = read->members[i];
      EXPECT_EQ(b.name, a.name);
      EXPECT_EQ(b.kvk, a.kvk);
      EXPECT_EQ(b.agb, a.agb);
      EXPECT_EQ(b.role, a.role);
      EXPECT_EQ(ids(b.services), ids(a.services));
      EXPECT_EQ(b.all_municipalities, a.all_municipalities);
      EXPECT_EQ(ids(b.municipalities), ids(a.municipalities));
      EXPECT_EQ(ids(b.certifications), ids(a.certifications));
      EXPECT_EQ(b.declaration, a.declaration);
    }
  }
}

TEST(RegistrationToml, TextIsEscaped) {
  const Tender tender = load_template_tender();
  Registration registration;
  registration.id = "proposal-1";
  registration.name = "Zorg \"Duin\" \\ Zee\t\x1b[2J";
  registration.tender_id = tender.id;
  registration.legal_form = LegalForm::main_contractor;
  Member member;
  member.name = "Praktijk\nNieuwe regel";
  member.kvk = "01234567";
  member.role = Role::main_contractor;
  member.services.push_back(IdRef{"ambulant", {}});
  member.all_municipalities = false;
  member.municipalities.push_back(IdRef{"velsen", {}});
  member.declaration = true;
  registration.members.push_back(member);
  std::ostringstream written;
  write_registration_toml(written, registration, "test");
  EXPECT_NE(written.str().find(R"(name = "Zorg \"Duin\" \\ Zee\t\u001B[2J")"), std::string::npos)
      << written.str();
  Result<Registration> read = input::parse_registration(written.str(), "p.toml", tender);
  ASSERT_TRUE(read) << test_support::describe(read.error()) << written.str();
  EXPECT_EQ(read->name, registration.name);
  EXPECT_EQ(read->members[0].name, member.name);
  EXPECT_FALSE(read->members[0].all_municipalities);
  EXPECT_EQ(ids(read->members[0].municipalities), std::vector<std::string>{"velsen"});
  EXPECT_TRUE(read->members[0].certifications.empty());
}

}  // namespace
}  // namespace tenderkit::report
