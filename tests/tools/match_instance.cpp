// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// Generates one matching instance (tests/unit/match_generator.hpp), solves it with the engine and
// prints both as JSON, for the comparison with an independent model solved by CBC through PuLP
// (tests/scripts/verify_match_oracle.py) and for the benchmark (bench/run-match.sh).
//   match_instance SEED PROVIDERS SERVICES MUNICIPALITIES CERTIFICATIONS SCARCE SMALL(0|1)
//                  [TIME_LIMIT_S]

#include <tenderkit/match/match.hpp>

#include <nlohmann/json.hpp>

#include "../unit/match_generator.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

using namespace tenderkit;

namespace {

nlohmann::json ids(const std::vector<IdRef>& refs) {
  nlohmann::json out = nlohmann::json::array();
  for (const IdRef& ref : refs) {
    out.push_back(ref.id);
  }
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

nlohmann::json optimality(const match::Optimality& o, double seconds) {
  return {{"proven_optimal", o.proven_optimal},
          {"best", o.best},
          {"bound", o.bound},
          {"nodes", o.nodes},
          {"seconds", seconds}};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 8) {
    std::fputs(
        "usage: match_instance SEED PROVIDERS SERVICES MUNICIPALITIES CERTIFICATIONS "
        "SCARCE SMALL [TIME_LIMIT_S]\n",
        stderr);
    return 2;
  }
  match_test::Shape shape;
  const auto seed = std::strtoull(argv[1], nullptr, 10);
  shape.providers = std::atoi(argv[2]);
  shape.services = std::atoi(argv[3]);
  shape.municipalities = std::atoi(argv[4]);
  shape.certifications = std::atoi(argv[5]);
  shape.scarce_services = std::atoi(argv[6]);
  shape.small = std::atoi(argv[7]) != 0;
  const auto limit = std::chrono::milliseconds(argc > 8 ? std::atoi(argv[8]) * 1000 : 30'000);
  const match_test::Instance instance = match_test::generate(seed, shape);
  const Tender& tender = instance.tender;

  nlohmann::json out;
  nlohmann::json& t = out["tender"];
  t["municipalities"] = nlohmann::json::array();
  for (const Municipality& m : tender.municipalities) {
    t["municipalities"].push_back(m.id);
  }
  t["services"] = nlohmann::json::array();
  for (const Service& s : tender.services) {
    t["services"].push_back({{"id", s.id},
                             {"local", s.local},
                             {"may_rest_on_subcontractors", s.subcontractors_only_allowed},
                             {"certifications", s.certifications}});
  }
  nlohmann::json forms = nlohmann::json::array();
  for (const LegalForm form : tender.integrality.legal_forms) {
    forms.push_back(to_string(form));
  }
  t["legal_forms"] = forms;
  t["min_members"] = tender.integrality.min_members;
  t["max_members"] = tender.integrality.max_members.value_or(1000);
  out["providers"] = nlohmann::json::array();
  for (const Provider& p : instance.providers.providers) {
    nlohmann::json provider_forms = nlohmann::json::array();
    for (const LegalForm form : p.legal_forms) {
      provider_forms.push_back(to_string(form));
    }
    out["providers"].push_back({{"kvk", p.kvk},
                                {"services", ids(p.services)},
                                {"subcontract_services", ids(p.subcontract_services)},
                                {"all_municipalities", p.all_municipalities},
                                {"municipalities", ids(p.municipalities)},
                                {"certifications", ids(p.certifications)},
                                {"declaration", p.declaration},
                                {"may_lead", p.may_lead},
                                {"legal_forms", provider_forms}});
  }

  auto start = std::chrono::steady_clock::now();
  match::ComposeOptions compose_options;
  compose_options.time_limit = limit;
  const match::ComposeResult composed = match::compose(tender, instance.providers, compose_options);
  out["compose"] = optimality(composed.optimality, seconds_since(start));
  out["compose"]["feasible"] = !composed.proposals.empty();

  // complete(): the first proposal without its last member (when it has two or more), as a
  // registration that is not compliant.
  if (!composed.proposals.empty() && composed.proposals.front().members >= 2) {
    Registration partial = composed.proposals.front().registration;
    partial.members.pop_back();
    nlohmann::json members = nlohmann::json::array();
    for (const Member& m : partial.members) {
      members.push_back(
          {{"kvk", m.kvk}, {"role", to_string(m.role)}, {"services", ids(m.services)}});
    }
    out["registration"] = {{"legal_form", to_string(partial.legal_form)}, {"members", members}};
    start = std::chrono::steady_clock::now();
    match::CompleteOptions complete_options;
    complete_options.time_limit = limit;
    const match::CompleteResult completed =
        match::complete(tender, instance.providers, partial, complete_options);
    out["complete"] = optimality(completed.optimality, seconds_since(start));
    out["complete"]["additions"] = completed.additions.size();
  }

  start = std::chrono::steady_clock::now();
  match::MarketOptions market_options;
  market_options.exclusivity = match::Exclusivity::participate_once;
  market_options.time_limit = limit;
  const match::MarketResult map = match::market(tender, instance.providers, market_options);
  out["market"] = optimality(map.consortia, seconds_since(start));
  out["market"]["essential"] = map.essential;
  std::cout << out.dump(1) << '\n';
  return 0;
}
