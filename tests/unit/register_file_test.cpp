// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/input/register_file.hpp>
#include <tenderkit/input/tender_file.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <string>
#include <utility>

namespace tenderkit::input {
namespace {

using test_support::expect_input_error;

constexpr std::string_view kTender = R"(id = "ijmond-2026"
title = "Integrale jeugdhulp IJmond"

[[municipality]]
id = "beverwijk"

[[municipality]]
id = "velsen"

[[certification]]
id = "hkz"

[[certification]]
id = "skj"

[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"
local = true

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

Result<ProviderRegister> parse(std::string_view content) {
  return parse_register(content, "providers.toml", tender());
}

TEST(RegisterFile, ReadsEveryKey) {
  const Result<ProviderRegister> parsed = parse(R"(tender = "ijmond-2026"

[[provider]]
name = "Stichting Kompas"
kvk = "01234567"
agb = "98765432"
legal_forms = ["main-contractor"]
services = ["ambulant", "crisis"]
subcontractor_only = ["ambulant"]
municipalities = ["velsen"]
certifications = ["hkz", "skj"]
declaration = true
tags = ["vrijgevestigde"]

[[provider]]
name = "Praktijk Duin"
kvk = "76543210"
may_lead = false
services = ["ambulant"]
)");
  ASSERT_TRUE(parsed) << test_support::describe(parsed.error());
  ASSERT_EQ(parsed->providers.size(), 2u);
  EXPECT_EQ(parsed->file, "providers.toml");
  const Provider& kompas = parsed->providers[0];
  EXPECT_EQ(kompas.name, "Stichting Kompas");
  EXPECT_EQ(kompas.kvk, "01234567");
  EXPECT_EQ(kompas.agb, "98765432");
  EXPECT_EQ(kompas.legal_forms, std::vector<LegalForm>{LegalForm::main_contractor});
  EXPECT_TRUE(kompas.delivers("crisis"));
  EXPECT_FALSE(kompas.delivers_as_subcontractor_only("crisis"));
  EXPECT_TRUE(kompas.delivers("ambulant"));
  EXPECT_TRUE(kompas.delivers_as_subcontractor_only("ambulant"));
  ASSERT_EQ(kompas.services.size(), 1u);
  EXPECT_EQ(kompas.services[0].id, "crisis");
  ASSERT_EQ(kompas.subcontract_services.size(), 1u);
  EXPECT_EQ(kompas.subcontract_services[0].id, "ambulant");
  EXPECT_FALSE(kompas.all_municipalities);
  EXPECT_TRUE(kompas.serves("velsen"));
  EXPECT_FALSE(kompas.serves("beverwijk"));
  EXPECT_TRUE(kompas.holds("skj"));
  EXPECT_TRUE(kompas.declaration);
  EXPECT_TRUE(kompas.may_lead);
  EXPECT_TRUE(kompas.has_tag("vrijgevestigde"));
  EXPECT_EQ(kompas.where, (TextPosition{3, 1}));

  const Provider& duin = parsed->providers[1];
  EXPECT_FALSE(duin.may_lead);
  EXPECT_FALSE(duin.declaration);  // not in until the register says so
  EXPECT_TRUE(duin.legal_forms.empty());
  EXPECT_TRUE(duin.all_municipalities);
  EXPECT_TRUE(duin.serves("beverwijk"));
  EXPECT_EQ(duin.agb, std::nullopt);
  EXPECT_EQ(parsed->find("76543210"), &duin);
  EXPECT_EQ(parsed->find("11111111"), nullptr);
}

TEST(RegisterFile, UnknownIdsAndKeysGetTheClosestValidOne) {
  const Result<ProviderRegister> parsed = parse(R"([[provider]]
name = "Stichting Kompas"
kvk = "01234567"
services = ["ambulnt", "crisis"]
municipalities = ["velzen"]
certifications = ["hkx"]
declaraton = true
)");
  ASSERT_FALSE(parsed);
  expect_input_error(
      parsed.error(),
      {
          {"providers.toml:4:13", "unknown service 'ambulnt'", "did you mean 'ambulant'?"},
          {"providers.toml:5:19", "unknown municipality 'velzen'", "did you mean 'velsen'?"},
          {"providers.toml:6:19", "unknown certification 'hkx'", "did you mean 'hkz'?"},
          {"providers.toml:7:1", "unknown key 'declaraton' in [[provider]]",
           "did you mean 'declaration'?"},
      });
}

TEST(RegisterFile, DuplicateKvkNamesTheFirst) {
  const Result<ProviderRegister> parsed = parse(R"([[provider]]
name = "Stichting Kompas"
kvk = "01234567"
services = ["ambulant"]

[[provider]]
name = "Kompas Jeugd"
kvk = "01234567"
services = ["crisis"]
)");
  ASSERT_FALSE(parsed);
  expect_input_error(parsed.error(),
                     {{"providers.toml:6:1", "KvK number 01234567 appears twice in the register",
                       "first at providers.toml:1:1; one organisation is one provider, list all "
                       "its services there"}});
}

TEST(RegisterFile, SubcontractorOnlyMustBeAmongTheServices) {
  const Result<ProviderRegister> parsed = parse(R"([[provider]]
name = "Praktijk Duin"
kvk = "76543210"
services = ["ambulant"]
subcontractor_only = ["crisis"]
)");
  ASSERT_FALSE(parsed);
  expect_input_error(parsed.error(),
                     {{"providers.toml:5:23",
                       "'subcontractor_only' names service 'crisis', which is not in 'services'",
                       "add 'crisis' to 'services' as well"}});
}

TEST(RegisterFile, KvkAsIntegerTenderMismatchAndNoServices) {
  const Result<ProviderRegister> parsed = parse(R"(tender = "mvs-2026"

[[provider]]
name = "Praktijk Duin"
kvk = 76543210
legal_forms = ["combinatie"]
tags = ["vrij gevestigd"]
)");
  ASSERT_FALSE(parsed);
  const auto& diagnostics = parsed.error().diagnostics();
  ASSERT_EQ(diagnostics.size(), 5u) << test_support::describe(parsed.error());
  EXPECT_EQ(diagnostics[0].where->to_string(), "providers.toml:1:10");
  EXPECT_EQ(diagnostics[0].message.en,
            "this register is for tender 'mvs-2026', but tender.toml is tender 'ijmond-2026'");
  EXPECT_EQ(diagnostics[1].message.en, "[[provider]] lists no services");
  EXPECT_EQ(diagnostics[1].where->to_string(), "providers.toml:3:1");
  EXPECT_EQ(diagnostics[2].message.en,
            "a KvK number must be text of exactly 8 digits, found an integer");
  EXPECT_EQ(diagnostics[3].message.en,
            "legal form must be 'combination' or 'main-contractor', found 'combinatie'");
  EXPECT_EQ(diagnostics[3].where->to_string(), "providers.toml:6:16");
  EXPECT_EQ(diagnostics[4].where->to_string(), "providers.toml:7:9");
}

TEST(RegisterFile, NoProviders) {
  const Result<ProviderRegister> parsed = parse("tender = \"ijmond-2026\"\n");
  ASSERT_FALSE(parsed);
  expect_input_error(
      parsed.error(),
      {{"providers.toml:1:1", "the register has no providers; add at least one [[provider]]", ""}});
}

// Every message and hint of the register is worded in both languages, and the error speaks the
// tender's (tender-match sets it to --lang when given).
TEST(RegisterFile, MessagesAreWordedInDutchAndEnglish) {
  Tender dutch = tender();
  dutch.language = Language::nl;
  const Result<ProviderRegister> parsed = parse_register(R"(tender = "mvs-2026"

[[provider]]
name = "Stichting Kompas"
kvk = "01234567"
legal_forms = []
services = ["ambulant"]
subcontractor_only = ["crisis"]
municipalities = []
tags = ["jeugd", "jeugd"]

[[provider]]
name = "Kompas Jeugd"
kvk = "01234567"
legal_forms = ["combination", "combination"]
)",
                                                         "providers.toml", dutch);
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().language(), Language::nl);
  const auto& diagnostics = parsed.error().diagnostics();
  ASSERT_EQ(diagnostics.size(), 8u) << test_support::describe(parsed.error());
  const auto expect = [&](std::size_t i, std::string_view where, std::string_view en,
                          std::string_view nl, std::string_view hint_en = {},
                          std::string_view hint_nl = {}) {
    SCOPED_TRACE(std::string(where));
    EXPECT_EQ(diagnostics[i].where->to_string(), where);
    EXPECT_EQ(diagnostics[i].message.en, en);
    EXPECT_EQ(diagnostics[i].message.nl, nl);
    EXPECT_EQ(diagnostics[i].hint.en, hint_en);
    EXPECT_EQ(diagnostics[i].hint.nl, hint_nl);
  };
  expect(0, "providers.toml:1:10",
         "this register is for tender 'mvs-2026', but tender.toml is tender 'ijmond-2026'",
         "dit register is voor aanbesteding 'mvs-2026', maar tender.toml is aanbesteding "
         "'ijmond-2026'",
         "registers name the tender whose service ids they use; leave 'tender' out to use the "
         "register with any tender that has these ids",
         "een register noemt de aanbesteding waarvan het de dienst-ids gebruikt; laat 'tender' weg "
         "om het register te gebruiken bij elke aanbesteding met deze ids");
  expect(1, "providers.toml:6:15", "'legal_forms' must not be empty",
         "'legal_forms' mag niet leeg zijn",
         "leave the key out: the provider joins either legal form",
         "laat de sleutel weg: de aanbieder doet in beide rechtsvormen mee");
  expect(2, "providers.toml:8:23",
         "'subcontractor_only' names service 'crisis', which is not in 'services'",
         "'subcontractor_only' noemt dienst 'crisis', die niet in 'services' staat",
         "add 'crisis' to 'services' as well", "zet 'crisis' ook in 'services'");
  expect(3, "providers.toml:9:18", "'municipalities' must not be empty",
         "'municipalities' mag niet leeg zijn",
         "leave the key out when the provider works in every municipality",
         "laat de sleutel weg als de aanbieder in elke gemeente werkt");
  expect(4, "providers.toml:10:18", "tag 'jeugd' is listed twice",
         "label 'jeugd' staat er twee keer");
  expect(5, "providers.toml:12:1", "[[provider]] lists no services",
         "[[provider]] noemt geen diensten",
         "add services = [...] with the ids of the services it delivers",
         "voeg services = [...] toe met de ids van de diensten die de aanbieder levert");
  expect(6, "providers.toml:12:1", "KvK number 01234567 appears twice in the register",
         "KvK-nummer 01234567 komt twee keer voor in het register",
         "first at providers.toml:3:1; one organisation is one provider, list all its services "
         "there",
         "eerst op providers.toml:3:1; één organisatie is één aanbieder, noem daar al haar "
         "diensten");
  expect(7, "providers.toml:15:31", "legal form 'combination' is listed twice",
         "rechtsvorm 'combination' staat er twee keer");
}

TEST(RegisterFile, NoProvidersInDutch) {
  Tender dutch = tender();
  dutch.language = Language::nl;
  const Result<ProviderRegister> parsed =
      parse_register("[[providr]]\nname = \"x\"\n", "providers.toml", dutch);
  ASSERT_FALSE(parsed);
  const auto& diagnostics = parsed.error().diagnostics();
  ASSERT_EQ(diagnostics.size(), 2u) << test_support::describe(parsed.error());
  EXPECT_EQ(diagnostics[0].message.nl,
            "het register heeft geen aanbieders; voeg ten minste één [[provider]] toe");
  EXPECT_EQ(diagnostics[1].message.nl, "onbekende sleutel 'providr' in het aanbiedersregister");
  EXPECT_EQ(diagnostics[1].message.en, "unknown key 'providr' in the provider register");
}

TEST(RegisterFile, ShippedRegistersLoad) {
  for (const char* region : {"mvs", "ijmond-zk"}) {
    SCOPED_TRACE(region);
    const std::string folder = std::string(TENDERKIT_SOURCE_DIR) + "/templates/" + region;
    Result<Tender> shipped_tender = load_tender(folder + "/tender.toml");
    ASSERT_TRUE(shipped_tender) << test_support::describe(shipped_tender.error());
    Result<ProviderRegister> loaded = load_register(folder + "/providers.toml", *shipped_tender);
    ASSERT_TRUE(loaded) << test_support::describe(loaded.error());
    EXPECT_GE(loaded->providers.size(), 25u);
    std::size_t vrijgevestigden = 0;
    for (const Provider& provider : loaded->providers) {
      vrijgevestigden += provider.has_tag("vrijgevestigde") ? 1 : 0;
    }
    EXPECT_GE(vrijgevestigden, 5u);
  }
}

}  // namespace
}  // namespace tenderkit::input
