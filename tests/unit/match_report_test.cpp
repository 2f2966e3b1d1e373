// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// The tender-match reports on hand-made engine results: what each format says about optimality,
// bounds, obstacles and proposals, in the tender's language.

#include <tenderkit/input/register_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/report/match_report.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "input_test_support.hpp"

#include <sstream>
#include <string>
#include <utility>

namespace tenderkit::report {
namespace {

constexpr std::string_view kTender = R"(id = "duin-2026"
title = "Jeugdhulp Duinstreek"
language = "nl"

[[municipality]]
id = "velsen"
name = "Velsen"

[[municipality]]
id = "zandvoort"
name = "Zandvoort"

[[service]]
id = "ambulant"
name = "Ambulante jeugdhulp"
local = true

[[service]]
id = "crisis"
name = "Crisishulp"
)";

constexpr std::string_view kRegister = R"([[provider]]
name = "Stichting Duin"
kvk = "11111111"
services = ["ambulant", "crisis"]
declaration = true

[[provider]]
name = "Praktijk Zee"
kvk = "22222222"
may_lead = false
services = ["ambulant"]
subcontractor_only = ["ambulant"]
municipalities = ["zandvoort"]
declaration = true
tags = ["vrijgevestigde"]
)";

Tender tender(Language language = Language::nl) {
  Result<Tender> parsed = input::parse_tender(kTender, "tender.toml");
  EXPECT_TRUE(parsed) << test_support::describe(parsed.error());
  Tender result = parsed ? std::move(parsed).value() : Tender{};
  result.language = language;
  return result;
}

Registration proposal() {
  Registration registration;
  registration.id = "proposal-1";
  registration.name = "Stichting Duin e.a.";
  registration.tender_id = "duin-2026";
  registration.legal_form = LegalForm::main_contractor;
  Member lead;
  lead.name = "Stichting Duin";
  lead.kvk = "11111111";
  lead.role = Role::main_contractor;
  lead.services = {IdRef{"ambulant", {}}, IdRef{"crisis", {}}};
  lead.declaration = true;
  Member sub;
  sub.name = "Praktijk Zee";
  sub.kvk = "22222222";
  sub.role = Role::subcontractor;
  sub.services = {IdRef{"ambulant", {}}};
  sub.all_municipalities = false;
  sub.municipalities = {IdRef{"zandvoort", {}}};
  sub.declaration = true;
  registration.members = {lead, sub};
  return registration;
}

MatchReport compose_report(bool proven, Language language = Language::nl) {
  MatchReport report;
  report.question = MatchQuestion::compose;
  report.tender = tender(language);
  Result<ProviderRegister> providers =
      input::parse_register(kRegister, "providers.toml", report.tender);
  EXPECT_TRUE(providers) << test_support::describe(providers.error());
  report.providers = std::move(providers).value();
  report.time_limit = std::chrono::milliseconds(2500);
  match::ComposeResult result;
  result.proposals.push_back(match::Proposal{proposal(), 2, 1, 1});
  result.optimality.proven_optimal = proven;
  result.optimality.timed_out = !proven;
  result.optimality.best = 2;
  result.optimality.bound = proven ? 2 : 1;
  report.compose = result;
  return report;
}

std::string text_of(const MatchReport& report) {
  std::ostringstream out;
  write_match_text(out, report, MatchRenderOptions{false, "0.1.0"});
  return out.str();
}

TEST(MatchReport, TextSaysProvenOptimalInTheTendersLanguage) {
  const std::string text = text_of(compose_report(true));
  EXPECT_NE(text.find("2 leden, bewezen optimaal: geen samenstelling die voldoet heeft minder "
                      "leden"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Voorstel 1: hoofd- en onderaannemersconstructie, 2 leden, waarvan 1 "
                      "onderaannemers"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Praktijk Zee (22222222): ambulant (alleen in zandvoort)"), std::string::npos)
      << text;
  const std::string english = text_of(compose_report(true, Language::en));
  EXPECT_NE(english.find("2 members, proven optimal"), std::string::npos) << english;
}

TEST(MatchReport, TextGivesTheBoundWhenTheTimeLimitStoppedTheSearch) {
  const std::string text = text_of(compose_report(false));
  EXPECT_NE(text.find("beste gevonden: 2 leden; geen samenstelling die voldoet heeft er minder "
                      "dan 1 (tijdslimiet van 2,5 s bereikt)"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("bewezen optimaal"), std::string::npos) << text;
}

TEST(MatchReport, ObstaclesExplainWhyNothingComplies) {
  MatchReport report = compose_report(true);
  report.compose->proposals.clear();
  match::Obstacle obstacle;
  obstacle.kind = match::ObstacleKind::local_service_missing;
  obstacle.service_id = "ambulant";
  obstacle.municipality_id = "velsen";
  obstacle.message = LocalizedText{"nobody delivers local service 'ambulant' in 'Velsen'",
                                   "niemand levert lokale dienst 'ambulant' in 'Velsen'"};
  report.compose->obstacles.push_back(obstacle);
  EXPECT_FALSE(report.answered());
  const std::string text = text_of(report);
  EXPECT_NE(text.find("met dit register is geen samenstelling mogelijk die voldoet"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Waarom niet\n  - niemand levert lokale dienst 'ambulant' in 'Velsen'"),
            std::string::npos)
      << text;

  std::ostringstream json;
  write_match_json(json, report, MatchRenderOptions{false, "0.1.0"});
  const nlohmann::json document = nlohmann::json::parse(json.str());
  EXPECT_EQ(document["answered"], false);
  ASSERT_EQ(document["obstacles"].size(), 1u);
  EXPECT_EQ(document["obstacles"][0]["kind"], std::string(match::to_string(obstacle.kind)));
  EXPECT_EQ(document["obstacles"][0]["municipality"], "velsen");
  EXPECT_TRUE(document["obstacles"][0]["certification"].is_null());
  EXPECT_EQ(document["obstacles"][0]["message"]["nl"],
            "niemand levert lokale dienst 'ambulant' in 'Velsen'");

  std::ostringstream markdown;
  write_match_markdown(markdown, report, MatchRenderOptions{false, "0.1.0"});
  EXPECT_NE(markdown.str().find("## Waarom niet\n\n- niemand levert lokale dienst 'ambulant' in "
                                "'Velsen'"),
            std::string::npos)
      << markdown.str();
}

TEST(MatchReport, JsonCarriesOptimalityProposalsAndWrittenFiles) {
  MatchReport report = compose_report(false);
  report.written = {"out/proposal-1.toml"};
  std::ostringstream out;
  write_match_json(out, report, MatchRenderOptions{false, "0.1.0"});
  const nlohmann::json document = nlohmann::json::parse(out.str());
  EXPECT_EQ(document["schema"], 1);
  EXPECT_EQ(document["tool"], "tender-match");
  EXPECT_EQ(document["command"], "compose");
  EXPECT_EQ(document["time_limit_ms"], 2500);
  EXPECT_EQ(document["answered"], true);
  EXPECT_EQ(document["optimality"]["status"], "best-found");
  EXPECT_EQ(document["optimality"]["timed_out"], true);
  EXPECT_EQ(document["optimality"]["best"], 2);
  EXPECT_EQ(document["optimality"]["bound"], 1);
  const nlohmann::json& first = document["proposals"][0];
  EXPECT_EQ(first["file"], "out/proposal-1.toml");
  EXPECT_EQ(first["legal_form"], "main-contractor");
  EXPECT_EQ(first["member_count"], 2);
  EXPECT_EQ(first["subcontractor_count"], 1);
  EXPECT_TRUE(first["members"][0]["municipalities"].is_null());
  EXPECT_EQ(first["members"][1]["municipalities"], nlohmann::json::array({"zandvoort"}));
  EXPECT_EQ(first["members"][1]["tags"], nlohmann::json::array({"vrijgevestigde"}));
  EXPECT_EQ(first["members"][1]["role"], "subcontractor");
}

TEST(MatchReport, MarketMapNamesSinglePointsOfFailureAndTheFigure) {
  MatchReport report = compose_report(true);
  report.question = MatchQuestion::market;
  report.compose.reset();
  match::MarketResult market;
  market.cells = {
      {"ambulant", "velsen", 1, 1, {"11111111"}},
      {"ambulant", "zandvoort", 2, 1, {"11111111", "22222222"}},
      {"crisis", "velsen", 1, 1, {"11111111"}},
      {"crisis", "zandvoort", 1, 1, {"11111111"}},
  };
  market.essential = {"11111111"};
  market.consortia.proven_optimal = true;
  market.consortia.best = 1;
  market.consortia.bound = 1;
  market.scarcest_service_id = "crisis";
  market.partition.push_back(match::Proposal{proposal(), 2, 1, 0});
  report.market = market;
  const std::string text = text_of(report);
  EXPECT_NE(text.find("  ambulant       1          2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("Ambulante jeugdhulp in Velsen: alleen Stichting Duin"), std::string::npos)
      << text;
  EXPECT_NE(text.find("Onmisbare aanbieders (in elke samenstelling die voldoet)\n  - Stichting "
                      "Duin (11111111)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("ten hoogste 1 combinaties die tegelijk voldoen, bewezen optimaal"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("de grens wordt bepaald door: Crisishulp"), std::string::npos) << text;

  std::ostringstream markdown;
  write_match_markdown(markdown, report, MatchRenderOptions{false, "0.1.0"});
  EXPECT_NE(markdown.str().find("| Ambulante jeugdhulp | **1** | 2 |"), std::string::npos)
      << markdown.str();
}

TEST(MatchReport, CompleteListsAdditionsWithTheirRules) {
  MatchReport report = compose_report(true);
  report.question = MatchQuestion::complete;
  report.compose.reset();
  Registration original = proposal();
  original.id = "03-duin";
  original.file = "registrations/03-duin.toml";
  original.members.pop_back();
  report.registration = original;
  match::CompleteResult result;
  result.completed = proposal();
  result.additions.push_back(
      match::Addition{"22222222",
                      Role::subcontractor,
                      {"INT-003"},
                      LocalizedText{"delivers 'ambulant' in 'Zandvoort' (INT-003)",
                                    "levert 'ambulant' in 'Zandvoort' (INT-003)"}});
  result.optimality.proven_optimal = true;
  result.optimality.best = 1000;
  result.optimality.bound = 1000;
  report.complete = result;
  const std::string text = text_of(report);
  EXPECT_NE(text.find("1 aanbieders toevoegen en 0 rollen wijzigen, bewezen optimaal"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("  + Praktijk Zee (22222222) als onderaannemer: levert 'ambulant' in "
                      "'Zandvoort' (INT-003)"),
            std::string::npos)
      << text;
  std::ostringstream out;
  write_match_json(out, report, MatchRenderOptions{false, "0.1.0"});
  const nlohmann::json document = nlohmann::json::parse(out.str());
  EXPECT_EQ(document["command"], "complete");
  EXPECT_EQ(document["registration"]["file"], "registrations/03-duin.toml");
  EXPECT_EQ(document["additions"][0]["rules"], nlohmann::json::array({"INT-003"}));
  EXPECT_EQ(document["additions"][0]["role"], "subcontractor");
  EXPECT_TRUE(document["legal_form_change"].is_null());
}

}  // namespace
}  // namespace tenderkit::report
