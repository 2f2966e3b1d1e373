// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// The matching engine against brute force: on random small registers (fixed seeds) every subset
// of providers, every head and every role is tried and judged by the integrality engine
// (check_registration); the optimal values must agree on every instance. Every proposal is also
// checked against the register (a member delivers only what its provider can) and against the
// rules.

#include <tenderkit/integrality/check.hpp>
#include <tenderkit/integrality/coverage.hpp>
#include <tenderkit/match/match.hpp>

#include <gtest/gtest.h>

#include "match_generator.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tenderkit::match {
namespace {

using match_test::generate;
using match_test::Instance;
using match_test::Shape;

bool errors(const std::vector<integrality::Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const integrality::Finding& f) {
    return f.severity == integrality::Severity::error;
  });
}

bool contains(const std::vector<IdRef>& refs, std::string_view id) {
  return std::any_of(refs.begin(), refs.end(), [&](const IdRef& ref) { return ref.id == id; });
}

// The member as the register's provider would write it in this role: every certified service it
// may deliver in the role, its municipalities and certifications.
Member as_member(const Tender& tender, const Provider& provider, Role role) {
  Member member;
  member.name = provider.name;
  member.kvk = provider.kvk;
  member.role = role;
  for (const Service& service : tender.services) {
    const bool may =
        contains(provider.services, service.id) ||
        (role == Role::subcontractor && contains(provider.subcontract_services, service.id));
    const bool certified = std::all_of(service.certifications.begin(), service.certifications.end(),
                                       [&](const std::string& c) { return provider.holds(c); });
    if (may && certified) {
      member.services.push_back(IdRef{service.id, {}});
    }
  }
  member.all_municipalities = provider.all_municipalities;
  member.municipalities = provider.municipalities;
  member.certifications = provider.certifications;
  member.declaration = provider.declaration;
  return member;
}

// Does some head and some assignment of roles make this set of providers a compliant
// registration? Tries every form, head and role (subcontractor for a member only when it
// delivers something as subcontractor only, where it could matter).
bool compliant(const Tender& tender, const integrality::CoverageModel& model,
               const std::vector<const Provider*>& set) {
  if (set.empty()) {
    return false;
  }
  for (const LegalForm form : tender.integrality.legal_forms) {
    for (std::size_t head = 0; head < set.size(); ++head) {
      if (!set[head]->may_lead || !set[head]->declaration) {
        continue;
      }
      const bool accepts_all = std::all_of(set.begin(), set.end(), [&](const Provider* p) {
        return p->legal_forms.empty() || std::find(p->legal_forms.begin(), p->legal_forms.end(),
                                                   form) != p->legal_forms.end();
      });
      if (!accepts_all) {
        break;
      }
      std::vector<std::size_t> flexible;
      for (std::size_t k = 0; k < set.size(); ++k) {
        if (k != head && form == LegalForm::combination && !set[k]->subcontract_services.empty()) {
          flexible.push_back(k);
        }
      }
      for (std::uint32_t roles = 0; roles < (1U << flexible.size()); ++roles) {
        Registration registration;
        registration.id = "brute";
        registration.legal_form = form;
        for (std::size_t k = 0; k < set.size(); ++k) {
          Role role = form == LegalForm::combination ? Role::member : Role::subcontractor;
          if (k == head) {
            role = integrality::head_role(form);
          }
          const auto at = std::find(flexible.begin(), flexible.end(), k);
          if (at != flexible.end() && ((roles >> (at - flexible.begin())) & 1U)) {
            role = Role::subcontractor;
          }
          registration.members.push_back(as_member(tender, *set[k], role));
        }
        if (!errors(integrality::check_registration(model, registration))) {
          return true;
        }
      }
    }
  }
  return false;
}

// Every compliant subset (as a bit mask over the register) of at most `cap` providers.
std::vector<std::uint32_t> compliant_sets(const Instance& instance, int cap,
                                          std::uint32_t allowed = ~0U) {
  const Tender& tender = instance.tender;
  const integrality::CoverageModel model(tender);
  const auto n = static_cast<int>(instance.providers.providers.size());
  std::vector<std::uint32_t> sets;
  for (std::uint32_t mask = 1; mask < (1U << n); ++mask) {
    if ((mask & ~allowed) != 0 || std::popcount(mask) > cap) {
      continue;
    }
    std::vector<const Provider*> set;
    for (int p = 0; p < n; ++p) {
      if ((mask >> p) & 1U) {
        set.push_back(&instance.providers.providers[static_cast<std::size_t>(p)]);
      }
    }
    if (compliant(tender, model, set)) {
      sets.push_back(mask);
    }
  }
  return sets;
}

int fewest(const std::vector<std::uint32_t>& sets) {
  int best = 99;
  for (const std::uint32_t mask : sets) {
    best = std::min(best, std::popcount(mask));
  }
  return best;
}

// The largest number of disjoint sets among `sets` (a memoised recursion over the providers left).
int max_disjoint(const std::vector<std::uint32_t>& sets, std::uint32_t left,
                 std::map<std::uint32_t, int>& memo) {
  if (left == 0) {
    return 0;
  }
  const auto it = memo.find(left);
  if (it != memo.end()) {
    return it->second;
  }
  const std::uint32_t low = left & (~left + 1);
  int best = max_disjoint(sets, left & ~low, memo);
  for (const std::uint32_t set : sets) {
    if ((set & low) != 0 && (set & ~left) == 0) {
      best = std::max(best, 1 + max_disjoint(sets, left & ~set, memo));
    }
  }
  memo[left] = best;
  return best;
}

// A proposal's members are the register's providers, delivering only what they can.
void expect_true_to_the_register(const Instance& instance, const Proposal& proposal) {
  const Registration& r = proposal.registration;
  EXPECT_FALSE(errors(integrality::check_registration(instance.tender, r))) << r.id;
  std::set<std::string> seen;
  for (const Member& member : r.members) {
    EXPECT_TRUE(seen.insert(member.kvk).second) << "twice: " << member.kvk;
    const Provider* provider = instance.providers.find(member.kvk);
    ASSERT_NE(provider, nullptr) << member.kvk;
    EXPECT_TRUE(provider->declaration) << member.kvk;
    for (const IdRef& service : member.services) {
      const bool may = contains(provider->services, service.id) ||
                       (member.role == Role::subcontractor &&
                        contains(provider->subcontract_services, service.id));
      EXPECT_TRUE(may) << member.kvk << " " << service.id;
    }
    EXPECT_EQ(member.all_municipalities, provider->all_municipalities);
    EXPECT_EQ(member.municipalities.size(), provider->municipalities.size());
    if (member.role != Role::subcontractor && integrality::leads(member.role)) {
      EXPECT_TRUE(provider->may_lead) << member.kvk;
    }
  }
  EXPECT_EQ(proposal.members, static_cast<int>(r.members.size()));
}

constexpr int kInstances = 60;

Shape small_shape(int seed) {
  Shape shape;
  shape.providers = 9 + seed % 6;  // 9..14
  shape.services = 3 + seed % 3;
  shape.municipalities = 2 + seed % 2;
  shape.certifications = 2;
  shape.scarce_services = seed % 2;
  return shape;
}

TEST(MatchBruteForce, ComposeFindsTheFewestMembersOnEveryInstance) {
  int feasible = 0;
  for (int seed = 1; seed <= kInstances; ++seed) {
    const Instance instance = generate(static_cast<std::uint64_t>(seed), small_shape(seed));
    const int cap = *instance.tender.integrality.max_members;
    const std::vector<std::uint32_t> sets = compliant_sets(instance, cap);
    ComposeOptions options;
    options.alternatives = 3;
    const ComposeResult result = compose(instance.tender, instance.providers, options);
    SCOPED_TRACE(testing::Message() << "seed " << seed);
    EXPECT_TRUE(result.optimality.proven_optimal);
    if (sets.empty()) {
      EXPECT_TRUE(result.proposals.empty());
      EXPECT_FALSE(result.obstacles.empty());
      for (const Obstacle& obstacle : result.obstacles) {
        EXPECT_FALSE(obstacle.message.en.empty());
        EXPECT_FALSE(obstacle.message.nl.empty());
      }
      continue;
    }
    ++feasible;
    ASSERT_FALSE(result.proposals.empty());
    EXPECT_TRUE(result.obstacles.empty());
    EXPECT_EQ(result.proposals.front().members, fewest(sets));
    EXPECT_EQ(result.optimality.best, fewest(sets));
    EXPECT_EQ(result.optimality.bound, fewest(sets));
    std::set<std::set<std::string>> distinct;
    int previous = 0;
    for (const Proposal& proposal : result.proposals) {
      expect_true_to_the_register(instance, proposal);
      std::set<std::string> kvks;
      for (const Member& member : proposal.registration.members) {
        kvks.insert(member.kvk);
      }
      EXPECT_TRUE(distinct.insert(kvks).second) << "an alternative repeats";
      EXPECT_GE(proposal.members, previous);
      previous = proposal.members;
    }
  }
  EXPECT_GE(feasible, kInstances / 3) << "the generator should give mostly feasible instances";
}

TEST(MatchBruteForce, RequiredAndExcludedProvidersAreRespected) {
  for (int seed = 1; seed <= kInstances; seed += 3) {
    const Instance instance = generate(static_cast<std::uint64_t>(seed), small_shape(seed));
    const int cap = *instance.tender.integrality.max_members;
    const auto n = static_cast<int>(instance.providers.providers.size());
    // Require provider 0 and exclude provider 1.
    std::vector<std::uint32_t> sets;
    for (const std::uint32_t mask : compliant_sets(instance, cap, ~2U)) {
      if (mask & 1U) {
        sets.push_back(mask);
      }
    }
    ComposeOptions options;
    options.require = {instance.providers.providers[0].kvk};
    options.exclude = {instance.providers.providers[1].kvk};
    const ComposeResult result = compose(instance.tender, instance.providers, options);
    SCOPED_TRACE(testing::Message() << "seed " << seed << ", " << n << " providers");
    EXPECT_TRUE(result.optimality.proven_optimal);
    if (sets.empty()) {
      EXPECT_TRUE(result.proposals.empty());
      EXPECT_FALSE(result.obstacles.empty());
      continue;
    }
    ASSERT_FALSE(result.proposals.empty());
    EXPECT_EQ(result.proposals.front().members, fewest(sets));
    const Registration& r = result.proposals.front().registration;
    EXPECT_TRUE(std::any_of(r.members.begin(), r.members.end(), [&](const Member& m) {
      return m.kvk == instance.providers.providers[0].kvk;
    }));
    EXPECT_FALSE(std::any_of(r.members.begin(), r.members.end(), [&](const Member& m) {
      return m.kvk == instance.providers.providers[1].kvk;
    }));
  }
}

TEST(MatchBruteForce, MarketFindsTheMostDisjointConsortiaAndTheEssentialProviders) {
  for (int seed = 1; seed <= kInstances; ++seed) {
    Instance instance = generate(static_cast<std::uint64_t>(seed), small_shape(seed));
    instance.tender.integrality.may_participate_several = false;
    const int cap = *instance.tender.integrality.max_members;
    const std::vector<std::uint32_t> sets = compliant_sets(instance, cap);
    const auto n = static_cast<int>(instance.providers.providers.size());
    std::map<std::uint32_t, int> memo;
    const int expected = max_disjoint(sets, (1U << n) - 1, memo);
    const MarketResult result = market(instance.tender, instance.providers);
    SCOPED_TRACE(testing::Message() << "seed " << seed);
    EXPECT_EQ(result.exclusivity, Exclusivity::participate_once);
    ASSERT_TRUE(result.consortia.proven_optimal);
    EXPECT_EQ(result.consortia.best, expected);
    EXPECT_EQ(result.consortia.bound, expected);
    EXPECT_EQ(static_cast<int>(result.partition.size()), expected);
    std::set<std::string> used;
    for (const Proposal& proposal : result.partition) {
      expect_true_to_the_register(instance, proposal);
      for (const Member& member : proposal.registration.members) {
        EXPECT_TRUE(used.insert(member.kvk).second) << "in two consortia: " << member.kvk;
      }
    }
    // Essential: in every compliant composition.
    std::uint32_t in_all = sets.empty() ? 0 : ~0U;
    for (const std::uint32_t set : sets) {
      in_all &= set;
    }
    std::vector<std::string> essential;
    for (int p = 0; p < n; ++p) {
      if ((in_all >> p) & 1U) {
        essential.push_back(instance.providers.providers[static_cast<std::size_t>(p)].kvk);
      }
    }
    EXPECT_EQ(result.essential, essential);
    if (sets.empty()) {
      EXPECT_FALSE(result.obstacles.empty());
    }
  }
}

TEST(MatchBruteForce, MarketWhereProvidersMayJoinSeveralCountsTheProvidersThatCanLead) {
  for (int seed = 2; seed <= kInstances; seed += 2) {
    const Instance instance = generate(static_cast<std::uint64_t>(seed), small_shape(seed));
    const int cap = *instance.tender.integrality.max_members;
    const std::vector<std::uint32_t> sets = compliant_sets(instance, cap);
    const integrality::CoverageModel model(instance.tender);
    // Brute force: a provider can lead when some compliant set has it as the head.
    int leaders = 0;
    const auto n = static_cast<int>(instance.providers.providers.size());
    for (int h = 0; h < n; ++h) {
      const Provider& head = instance.providers.providers[static_cast<std::size_t>(h)];
      if (!head.may_lead || !head.declaration) {
        continue;
      }
      bool can = false;
      for (const std::uint32_t mask : sets) {
        if (!((mask >> h) & 1U)) {
          continue;
        }
        // Is there an assignment with this provider as head? Move it to the front and try only
        // it as head.
        Instance only = instance;
        for (Provider& p : only.providers.providers) {
          p.may_lead = p.kvk == head.kvk;
        }
        std::vector<const Provider*> set;
        for (int p = 0; p < n; ++p) {
          if ((mask >> p) & 1U) {
            set.push_back(&only.providers.providers[static_cast<std::size_t>(p)]);
          }
        }
        if (compliant(only.tender, model, set)) {
          can = true;
          break;
        }
      }
      leaders += can ? 1 : 0;
    }
    MarketOptions options;
    options.exclusivity = Exclusivity::lead_once;
    const MarketResult result = market(instance.tender, instance.providers, options);
    SCOPED_TRACE(testing::Message() << "seed " << seed);
    EXPECT_TRUE(result.consortia.proven_optimal);
    EXPECT_EQ(result.consortia.best, leaders);
    std::set<std::string> heads;
    for (const Proposal& proposal : result.partition) {
      expect_true_to_the_register(instance, proposal);
      EXPECT_TRUE(heads.insert(proposal.registration.members.front().kvk).second);
    }
  }
}

TEST(MatchBruteForce, CompleteAddsTheFewestProvidersThenChangesTheFewestRoles) {
  int checked = 0;
  for (int seed = 1; seed <= kInstances; ++seed) {
    Instance instance = generate(static_cast<std::uint64_t>(seed), small_shape(seed));
    const Tender& tender = instance.tender;
    const integrality::CoverageModel model(tender);
    auto& list = instance.providers.providers;
    // A registration of the first two or three declared providers, with roles that may be wrong.
    Registration registration;
    registration.id = "received";
    registration.legal_form = tender.integrality.legal_forms.front();
    std::vector<std::size_t> in;
    for (std::size_t p = 0; p < list.size() && in.size() < static_cast<std::size_t>(2 + seed % 2);
         ++p) {
      if (list[p].declaration) {
        in.push_back(p);
      }
    }
    for (std::size_t k = 0; k < in.size(); ++k) {
      const Role role =
          seed % 3 == 0 ? Role::subcontractor
          : k == 0      ? integrality::head_role(registration.legal_form)
                        : (registration.legal_form == LegalForm::combination ? Role::member
                                                                             : Role::subcontractor);
      registration.members.push_back(as_member(tender, list[in[k]], role));
    }
    const CompleteResult result = complete(tender, instance.providers, registration);
    SCOPED_TRACE(testing::Message() << "seed " << seed);
    EXPECT_TRUE(result.optimality.proven_optimal);
    // Brute force in the registration's form: every set of additions (at most 3), every role.
    const int cap = *tender.integrality.max_members;
    std::vector<std::size_t> others;
    for (std::size_t p = 0; p < list.size(); ++p) {
      if (list[p].declaration && std::find(in.begin(), in.end(), p) == in.end()) {
        others.push_back(p);
      }
    }
    const LegalForm form = registration.legal_form;
    std::vector<Role> roles = {Role::lead, Role::member, Role::subcontractor};
    if (form == LegalForm::main_contractor) {
      roles = {Role::main_contractor, Role::subcontractor};
    }
    std::optional<int> best;
    for (std::uint32_t add = 0; add < (1U << others.size()); ++add) {
      const int additions = std::popcount(add);
      if (additions > 3 || static_cast<int>(in.size()) + additions > cap ||
          (best && additions * 1000 > *best)) {
        continue;
      }
      std::vector<std::size_t> all = in;
      for (std::size_t k = 0; k < others.size(); ++k) {
        if ((add >> k) & 1U) {
          all.push_back(others[k]);
        }
      }
      std::size_t combos = 1;
      for (std::size_t k = 0; k < all.size(); ++k) {
        combos *= roles.size();
      }
      for (std::size_t code = 0; code < combos; ++code) {
        Registration r = registration;
        r.members.clear();
        int changes = 0;
        std::size_t rest = code;
        bool ok = true;
        for (std::size_t k = 0; k < all.size(); ++k) {
          const Role role = roles[rest % roles.size()];
          rest /= roles.size();
          const Provider& provider = list[all[k]];
          if (k < in.size()) {
            changes += role == registration.members[k].role ? 0 : 1;
          } else if (!provider.legal_forms.empty() &&
                     std::find(provider.legal_forms.begin(), provider.legal_forms.end(), form) ==
                         provider.legal_forms.end()) {
            ok = false;
          } else if (integrality::leads(role) && !provider.may_lead) {
            ok = false;
          }
          // A member of the registration keeps what it wrote; only its role may change.
          if (k < in.size()) {
            Member member = registration.members[k];
            member.role = role;
            r.members.push_back(std::move(member));
          } else {
            r.members.push_back(as_member(tender, provider, role));
          }
        }
        if (!ok || errors(integrality::check_registration(model, r))) {
          continue;
        }
        const int cost = additions * 1000 + changes;
        if (!best || cost < *best) {
          best = cost;
        }
      }
    }
    if (!best) {
      continue;  // perhaps only another legal form or more than 3 additions help
    }
    ++checked;
    ASSERT_TRUE(result.completed.has_value());
    EXPECT_FALSE(result.legal_form_change.has_value());
    EXPECT_EQ(result.optimality.best, *best);
    EXPECT_FALSE(errors(integrality::check_registration(tender, *result.completed)));
    for (const Addition& addition : result.additions) {
      EXPECT_FALSE(addition.rule_ids.empty()) << addition.kvk;
    }
  }
  EXPECT_GE(checked, kInstances / 3);
}

// ---------------------------------------------------------------------------------------------
// Explanations of infeasible cases

Instance tiny() {
  Instance instance;
  Tender& tender = instance.tender;
  tender.id = "tiny";
  tender.municipalities = {{"velsen", "Velsen", {}}, {"haarlem", "Haarlem", {}}};
  tender.certifications = {{"jbjr", "Keurmerk JB/JR", {}}};
  Service ambulant;
  ambulant.id = "ambulant";
  ambulant.name = "Ambulant";
  ambulant.local = true;
  Service protection;
  protection.id = "jeugdbescherming";
  protection.name = "Jeugdbescherming";
  protection.certifications = {"jbjr"};
  tender.services = {ambulant, protection};
  Provider a;
  a.kvk = "10000001";
  a.name = "Stichting A";
  a.services = {{"ambulant", {}}};
  a.all_municipalities = false;
  a.municipalities = {{"velsen", {}}};
  a.declaration = true;
  Provider b;
  b.kvk = "10000002";
  b.name = "GI B";
  b.services = {{"jeugdbescherming", {}}, {"ambulant", {}}};
  b.all_municipalities = false;
  b.municipalities = {{"haarlem", {}}};
  b.certifications = {{"jbjr", {}}};
  b.declaration = true;
  instance.providers.providers = {a, b};
  return instance;
}

TEST(MatchObstacles, ASolvableTinyCaseHasTwoMembers) {
  const Instance instance = tiny();
  const ComposeResult result = compose(instance.tender, instance.providers);
  ASSERT_EQ(result.proposals.size(), 1u);
  EXPECT_EQ(result.proposals[0].members, 2);
  EXPECT_TRUE(result.optimality.proven_optimal);
  EXPECT_EQ(result.proposals[0].registration.members[0].role, Role::lead);
  MarketOptions once;
  once.exclusivity = Exclusivity::participate_once;
  const MarketResult map = market(instance.tender, instance.providers, once);
  EXPECT_EQ(map.essential, (std::vector<std::string>{"10000001", "10000002"}));
  EXPECT_EQ(map.consortia.best, 1);
  EXPECT_TRUE(map.consortia.proven_optimal);
  EXPECT_EQ(map.scarcest_service_id, "ambulant");
  // Where providers may join several consortia, each that can lead one counts.
  const MarketResult shared = market(instance.tender, instance.providers);
  EXPECT_EQ(shared.exclusivity, Exclusivity::lead_once);
  EXPECT_EQ(shared.consortia.best, 2);
  ASSERT_EQ(map.cells.size(), 4u);
  EXPECT_EQ(map.cells[0].providers, 1);  // ambulant in Velsen: only A
  EXPECT_TRUE(map.cells[0].single_point_of_failure());
  EXPECT_EQ(map.cells[0].kvks, (std::vector<std::string>{"10000001"}));
}

TEST(MatchObstacles, AServiceNobodyDelivers) {
  Instance instance = tiny();
  Service crisis;
  crisis.id = "crisis";
  crisis.name = "Crisis";
  instance.tender.services.push_back(crisis);
  const ComposeResult result = compose(instance.tender, instance.providers);
  EXPECT_TRUE(result.proposals.empty());
  ASSERT_EQ(result.obstacles.size(), 1u);
  EXPECT_EQ(result.obstacles[0].kind, ObstacleKind::service_not_delivered);
  EXPECT_EQ(result.obstacles[0].service_id, "crisis");
  EXPECT_EQ(result.obstacles[0].message.en,
            "no provider in the register delivers service 'crisis'");
  EXPECT_EQ(result.obstacles[0].message.nl,
            "geen aanbieder in het register levert dienst 'crisis'");
  EXPECT_TRUE(result.optimality.proven_optimal);
  const MarketResult map = market(instance.tender, instance.providers);
  EXPECT_EQ(map.consortia.best, 0);
  ASSERT_EQ(map.obstacles.size(), 1u);
  EXPECT_EQ(map.obstacles[0].kind, ObstacleKind::service_not_delivered);
}

TEST(MatchObstacles, ALocalServiceMissingInOneMunicipality) {
  Instance instance = tiny();
  instance.tender.municipalities.push_back({"zandvoort", "Zandvoort", {}});
  const ComposeResult result = compose(instance.tender, instance.providers);
  EXPECT_TRUE(result.proposals.empty());
  ASSERT_EQ(result.obstacles.size(), 1u);
  EXPECT_EQ(result.obstacles[0].kind, ObstacleKind::local_service_missing);
  EXPECT_EQ(result.obstacles[0].municipality_id, "zandvoort");
  EXPECT_EQ(result.obstacles[0].message.en,
            "no provider in the register delivers local service 'ambulant' in 'Zandvoort'");
}

TEST(MatchObstacles, ACertificationNobodyHolds) {
  Instance instance = tiny();
  instance.providers.providers[1].certifications.clear();
  const ComposeResult result = compose(instance.tender, instance.providers);
  EXPECT_TRUE(result.proposals.empty());
  ASSERT_EQ(result.obstacles.size(), 1u);
  EXPECT_EQ(result.obstacles[0].kind, ObstacleKind::certification_not_held);
  EXPECT_EQ(result.obstacles[0].certification_id, "jbjr");
  EXPECT_EQ(result.obstacles[0].kvks, (std::vector<std::string>{"10000002"}));
  EXPECT_EQ(result.obstacles[0].message.en,
            "service 'jeugdbescherming' requires certification 'jbjr', which none of its "
            "providers in the register holds ('GI B')");
}

TEST(MatchObstacles, ADeclarationMissingAndTheCap) {
  Instance instance = tiny();
  instance.providers.providers[1].declaration = false;
  ComposeResult result = compose(instance.tender, instance.providers);
  // GI B is the only one for youth protection and for ambulant care in Haarlem.
  ASSERT_EQ(result.obstacles.size(), 2u);
  EXPECT_EQ(result.obstacles[0].kind, ObstacleKind::declaration_missing);
  EXPECT_EQ(result.obstacles[0].municipality_id, "haarlem");
  EXPECT_EQ(result.obstacles[0].message.en,
            "service 'ambulant' in 'Haarlem' can only be delivered by providers whose "
            "exclusion-grounds declaration is not in ('GI B')");
  EXPECT_EQ(result.obstacles[1].kind, ObstacleKind::declaration_missing);
  EXPECT_EQ(result.obstacles[1].service_id, "jeugdbescherming");
  EXPECT_EQ(result.obstacles[1].kvks, (std::vector<std::string>{"10000002"}));

  instance = tiny();
  ComposeOptions options;
  options.max_members = 1;
  result = compose(instance.tender, instance.providers, options);
  ASSERT_EQ(result.obstacles.size(), 1u);
  EXPECT_EQ(result.obstacles[0].kind, ObstacleKind::member_cap);
  EXPECT_EQ(result.obstacles[0].message.en,
            "a compliant consortium needs at least 2 members; at most 1 are allowed");

  options = {};
  options.require = {"99999999"};
  result = compose(instance.tender, instance.providers, options);
  ASSERT_EQ(result.obstacles.size(), 1u);
  EXPECT_EQ(result.obstacles[0].kind, ObstacleKind::required_provider_unknown);
}

TEST(MatchObstacles, OnlySubcontractorsForAServiceThatMayNotRestOnThem) {
  Instance instance = tiny();
  instance.tender.services[1].subcontractors_only_allowed = false;
  Provider& b = instance.providers.providers[1];
  b.subcontract_services = {{"jeugdbescherming", {}}};
  b.services = {{"ambulant", {}}};
  const ComposeResult result = compose(instance.tender, instance.providers);
  ASSERT_EQ(result.obstacles.size(), 1u);
  EXPECT_EQ(result.obstacles[0].kind, ObstacleKind::only_subcontractors);
}

TEST(MatchComplete, NamesTheRuleEachAdditionSatisfies) {
  const Instance instance = tiny();
  Registration registration;
  registration.id = "a-alone";
  registration.legal_form = LegalForm::combination;
  registration.members.push_back(
      as_member(instance.tender, instance.providers.providers[0], Role::member));
  const CompleteResult result = complete(instance.tender, instance.providers, registration);
  EXPECT_TRUE(result.optimality.proven_optimal);
  ASSERT_EQ(result.additions.size(), 1u);
  EXPECT_EQ(result.additions[0].kvk, "10000002");
  // Somebody must lead: the provider added anyway, which saves a role change.
  EXPECT_EQ(result.additions[0].role, Role::lead);
  EXPECT_EQ(result.additions[0].rule_ids,
            (std::vector<std::string>{"INT-001", "INT-003", "INT-005"}));
  EXPECT_EQ(result.additions[0].reason.en,
            "delivers 'ambulant' in 'Haarlem'; delivers 'jeugdbescherming'; leads the consortium");
  EXPECT_EQ(result.additions[0].reason.nl,
            "levert 'ambulant' in 'Haarlem'; levert 'jeugdbescherming'; leidt het "
            "samenwerkingsverband");
  EXPECT_TRUE(result.role_changes.empty());
  EXPECT_EQ(result.optimality.best, 1000);
  ASSERT_TRUE(result.completed.has_value());
  EXPECT_EQ(result.completed->members.size(), 2u);
}

}  // namespace
}  // namespace tenderkit::match
