// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/integrality/coverage.hpp>
#include <tenderkit/match/match.hpp>
#include <tenderkit/match/wording.hpp>

#include <fmt/format.h>

#include "search.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace tenderkit::match {

using detail::Clock;
using detail::Item;
using detail::Problem;
using detail::Solution;
using integrality::CellKind;
using integrality::CellSet;
using integrality::CoverageModel;

namespace {

// Costs: members first, then (when preferred) subcontractors, then (when preferred) providers
// without the tag. A composition has fewer than 1,024 members.
constexpr std::int64_t kMember = std::int64_t{1} << 20;
constexpr std::int64_t kSubcontractor = std::int64_t{1} << 10;
constexpr std::int64_t kUntagged = 1;
// complete(): an addition outweighs any number of role changes.
constexpr std::int64_t kAddition = 1000;

// ---------------------------------------------------------------------------------------------
// Words: every sentence is in match/wording.hpp.

using wording::text;

// "'a', 'b' and 'c'" / "'a', 'b' en 'c'".
LocalizedText quoted(std::span<const std::string> parts) {
  std::string en = text::quoted_list(parts);
  std::string nl = en;
  const std::size_t last_and = nl.rfind("' and '");
  if (last_and != std::string::npos) {
    nl.replace(last_and, 7, "' en '");
  }
  return {std::move(en), std::move(nl)};
}

// The phrase of an obstacle without arguments.
LocalizedText plain(ObstacleKind kind) {
  switch (kind) {
    case ObstacleKind::legal_form_not_allowed:
      return wording::label(words::legal_form_not_allowed);
    case ObstacleKind::required_providers_conflict:
      return wording::label(words::required_providers_conflict);
    default:
      return wording::label(words::no_possible_lead);
  }
}

// "delivers 'x' in 'Velsen'" for one cell; the rule it serves.
struct CellWords {
  std::string rule_id;
  LocalizedText text;
};

CellWords describe_cell(const CoverageModel& model, std::size_t cell) {
  if (cell >= model.size()) {
    return {"INT-005", wording::label(words::leads)};
  }
  const integrality::Cell& c = model.cell(cell);
  const Service& service = model.tender().services[c.service];
  switch (c.kind) {
    case CellKind::delivered:
      return {"INT-001", wording::say(words::delivers, {text("service", service.id)})};
    case CellKind::local:
      return {
          "INT-003",
          wording::say(words::delivers_in,
                       {text("service", service.id),
                        text("municipality", model.tender().municipalities[c.municipality].name)})};
    case CellKind::not_subcontracted:
      return {"INT-002",
              wording::say(words::delivers_not_subcontracted, {text("service", service.id)})};
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// The pool: eligible providers and what they cover.

struct Candidate {
  std::size_t index = 0;  ///< in the register
  const Provider* provider = nullptr;
  std::vector<std::size_t> full;  ///< certified services delivered in any role
  std::vector<std::size_t> any;   ///< plus the certified subcontract-only ones
  std::vector<std::size_t> municipalities;
  CellSet cover_full;     ///< as lead, member or main contractor
  CellSet cover_sub;      ///< as subcontractor
  bool sub_adds = false;  ///< as subcontractor it covers something it does not otherwise
  bool tagged = false;
  bool accepts(LegalForm form) const {
    const auto& forms = provider->legal_forms;
    return forms.empty() || std::find(forms.begin(), forms.end(), form) != forms.end();
  }
};

bool certified(const Service& service, const Provider& provider) {
  return integrality::missing_certifications(
             service, [&](std::string_view certification) { return provider.holds(certification); })
      .empty();
}

struct Pool {
  const Tender* tender;
  CoverageModel model;
  std::vector<Candidate> candidates;
  std::map<std::string, std::size_t, std::less<>> by_kvk;

  Pool(const Tender& t, const ProviderRegister& providers, const std::vector<std::string>& exclude)
      : tender(&t), model(t) {
    const std::set<std::string, std::less<>> excluded(exclude.begin(), exclude.end());
    for (std::size_t r = 0; r < providers.providers.size(); ++r) {
      const Provider& provider = providers.providers[r];
      if (!provider.declaration || excluded.contains(provider.kvk)) {
        continue;
      }
      candidates.push_back(make(r, provider));
      by_kvk.emplace(provider.kvk, candidates.size() - 1);
    }
  }

  Candidate make(std::size_t r, const Provider& provider) const {
    Candidate c;
    c.index = r;
    c.provider = &provider;
    for (const IdRef& ref : provider.services) {
      const std::size_t s = model.service_index(ref.id);
      if (s != CellSet::npos && certified(tender->services[s], provider)) {
        c.full.push_back(s);
        c.any.push_back(s);
      }
    }
    for (const IdRef& ref : provider.subcontract_services) {
      const std::size_t s = model.service_index(ref.id);
      if (s != CellSet::npos && certified(tender->services[s], provider) &&
          std::find(c.any.begin(), c.any.end(), s) == c.any.end()) {
        c.any.push_back(s);
      }
    }
    for (const IdRef& ref : provider.municipalities) {
      const std::size_t m = model.municipality_index(ref.id);
      if (m != CellSet::npos) {
        c.municipalities.push_back(m);
      }
    }
    c.cover_full = model.cover(c.full, c.municipalities, provider.all_municipalities, false);
    c.cover_sub = model.cover(c.any, c.municipalities, provider.all_municipalities, true);
    c.sub_adds = !c.cover_sub.subset_of(c.cover_full);
    return c;
  }

  std::size_t head_cell() const { return model.size(); }
};

// Copies a model-sized set into a search-sized one.
CellSet widen(const CellSet& cells, std::size_t size) {
  CellSet wide(size);
  for (std::size_t c = cells.next(0); c != CellSet::npos; c = cells.next(c + 1)) {
    wide.set(c);
  }
  return wide;
}

struct Preferences {
  bool fewer_subcontractors = false;
  std::optional<std::string> tag;
};

// The covering problem of one legal form over the pool: the model's cells, the head cell, and a
// cell per required candidate.
struct Built {
  Problem problem;
  LegalForm form = LegalForm::combination;
};

Built build(const Pool& pool, LegalForm form, const std::vector<std::size_t>& required, int cap,
            const Preferences& preferences, const std::vector<bool>* usable = nullptr,
            std::optional<std::size_t> only_head = std::nullopt) {
  Built built;
  built.form = form;
  Problem& p = built.problem;
  const std::size_t head = pool.head_cell();
  p.cells = pool.model.size() + 1 + required.size();
  p.need = widen(pool.model.all(), p.cells);
  p.need.set(head);
  p.exclusive = CellSet(p.cells);
  if (form == LegalForm::main_contractor) {
    p.exclusive.set(head);
  }
  for (std::size_t k = 0; k < required.size(); ++k) {
    p.need.set(head + 1 + k);
  }
  p.cap = cap;
  p.groups = pool.candidates.size();
  for (std::size_t g = 0; g < pool.candidates.size(); ++g) {
    const Candidate& c = pool.candidates[g];
    if (!c.accepts(form) || (usable && !(*usable)[g])) {
      continue;
    }
    const std::int64_t tag_cost =
        preferences.tag && !c.provider->has_tag(*preferences.tag) ? kUntagged : 0;
    const std::int64_t sub_cost = preferences.fewer_subcontractors ? kSubcontractor : 0;
    const auto required_at = std::find(required.begin(), required.end(), g);
    const auto add = [&](const CellSet& cover, bool leads, Role role, std::int64_t cost) {
      Item item;
      item.cover = widen(cover, p.cells);
      if (leads) {
        item.cover.set(head);
      }
      if (required_at != required.end()) {
        item.cover.set(head + 1 + static_cast<std::size_t>(required_at - required.begin()));
      }
      item.cost = cost;
      item.group = g;
      item.provider = static_cast<int>(g);
      item.role = static_cast<int>(role);
      p.items.push_back(std::move(item));
    };
    const bool may_head = c.provider->may_lead && (!only_head || *only_head == g);
    if (form == LegalForm::combination) {
      add(c.cover_full, may_head, may_head ? Role::lead : Role::member, kMember + tag_cost);
      if (c.sub_adds) {
        add(c.cover_sub, false, Role::subcontractor, kMember + sub_cost + tag_cost);
      }
    } else {
      if (may_head) {
        add(c.cover_full, true, Role::main_contractor, kMember + tag_cost);
      }
      add(c.cover_sub, false, Role::subcontractor, kMember + sub_cost + tag_cost);
    }
  }
  return built;
}

// Compositions have at most 1,000 members, so that the weighted costs above stay lexicographic.
constexpr int kMostMembers = 1000;

int effective_cap(const Tender& tender, std::optional<int> option) {
  int cap = std::min(tender.integrality.max_members.value_or(kMostMembers), kMostMembers);
  if (option) {
    cap = std::min(cap, *option);
  }
  return cap;
}

struct Chosen {
  std::size_t candidate;
  Role role;
};

// The chosen items as members: in a combination the lead is the lead-capable member covering the
// most cells (register order on ties); everyone else keeps the role of their item.
std::vector<Chosen> roles_of(const Pool& pool, const Built& built,
                             const std::vector<std::size_t>& items) {
  std::vector<Chosen> chosen;
  for (const std::size_t i : items) {
    const Item& item = built.problem.items[i];
    chosen.push_back(Chosen{static_cast<std::size_t>(item.provider), static_cast<Role>(item.role)});
  }
  if (built.form == LegalForm::combination) {
    std::size_t lead = chosen.size();
    for (std::size_t k = 0; k < chosen.size(); ++k) {
      if (chosen[k].role != Role::lead) {
        continue;
      }
      if (lead == chosen.size() || pool.candidates[chosen[k].candidate].cover_full.count() >
                                       pool.candidates[chosen[lead].candidate].cover_full.count()) {
        lead = k;
      }
    }
    for (std::size_t k = 0; k < chosen.size(); ++k) {
      if (chosen[k].role == Role::lead && k != lead) {
        chosen[k].role = Role::member;
      }
    }
  }
  std::stable_sort(chosen.begin(), chosen.end(), [&](const Chosen& a, const Chosen& b) {
    const bool la = integrality::leads(a.role);
    const bool lb = integrality::leads(b.role);
    if (la != lb) {
      return la;
    }
    return pool.candidates[a.candidate].index < pool.candidates[b.candidate].index;
  });
  return chosen;
}

Member member_of(const Pool& pool, const Candidate& c, Role role) {
  Member member;
  member.name = c.provider->name;
  member.kvk = c.provider->kvk;
  member.agb = c.provider->agb;
  member.role = role;
  for (const std::size_t s : role == Role::subcontractor ? c.any : c.full) {
    member.services.push_back(IdRef{pool.tender->services[s].id, {}});
  }
  std::sort(member.services.begin(), member.services.end(), [&](const IdRef& a, const IdRef& b) {
    return pool.model.service_index(a.id) < pool.model.service_index(b.id);
  });
  member.all_municipalities = c.provider->all_municipalities;
  for (const IdRef& ref : c.provider->municipalities) {
    member.municipalities.push_back(IdRef{ref.id, {}});
  }
  for (const IdRef& ref : c.provider->certifications) {
    member.certifications.push_back(IdRef{ref.id, {}});
  }
  member.declaration = true;
  return member;
}

bool has_errors(const std::vector<integrality::Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const integrality::Finding& f) {
    return f.severity == integrality::Severity::error;
  });
}

// Adds members (register order, tagged first when preferred) up to the tender's minimum.
void pad(const Pool& pool, LegalForm form, std::vector<Chosen>& chosen, const Preferences& prefs,
         const std::vector<bool>* usable = nullptr) {
  const int minimum = pool.tender->integrality.min_members;
  std::vector<std::size_t> order;
  for (std::size_t g = 0; g < pool.candidates.size(); ++g) {
    order.push_back(g);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (!prefs.tag) {
      return false;
    }
    return pool.candidates[a].provider->has_tag(*prefs.tag) &&
           !pool.candidates[b].provider->has_tag(*prefs.tag);
  });
  for (const std::size_t g : order) {
    if (static_cast<int>(chosen.size()) >= minimum) {
      break;
    }
    const bool taken = std::any_of(chosen.begin(), chosen.end(),
                                   [&](const Chosen& c) { return c.candidate == g; });
    if (taken || !pool.candidates[g].accepts(form) || (usable && !(*usable)[g])) {
      continue;
    }
    chosen.push_back(
        Chosen{g, form == LegalForm::combination ? Role::member : Role::subcontractor});
  }
}

Proposal proposal_of(const Pool& pool, LegalForm form, const std::vector<Chosen>& chosen,
                     std::size_t number, const Preferences& prefs) {
  Proposal proposal;
  Registration& r = proposal.registration;
  r.id = fmt::format("proposal-{}", number);
  r.tender_id = pool.tender->id;
  r.legal_form = form;
  for (const Chosen& c : chosen) {
    r.members.push_back(member_of(pool, pool.candidates[c.candidate], c.role));
    proposal.subcontractors += c.role == Role::subcontractor ? 1 : 0;
    proposal.tagged +=
        prefs.tag && pool.candidates[c.candidate].provider->has_tag(*prefs.tag) ? 1 : 0;
  }
  proposal.members = static_cast<int>(r.members.size());
  r.name = r.members.empty()       ? std::string()
           : r.members.size() == 1 ? r.members.front().name
                                   : r.members.front().name + " e.a.";
  if (has_errors(integrality::check_registration(pool.model, r))) {
    throw std::logic_error("match: a proposal does not pass the integrality rules");
  }
  return proposal;
}

// Why no item covers a cell of the model, for the cells nobody covers.
std::vector<Obstacle> explain_cells(const Pool& pool, const ProviderRegister& providers,
                                    const std::vector<Built>& problems) {
  std::vector<Obstacle> obstacles;
  const CoverageModel& model = pool.model;
  const Tender& tender = *pool.tender;
  CellSet coverable(model.size() + 1);
  for (const Built& built : problems) {
    for (const Item& item : built.problem.items) {
      for (std::size_t c = item.cover.next(0); c != CellSet::npos && c <= model.size();
           c = item.cover.next(c + 1)) {
        coverable.set(c);
      }
    }
  }
  const auto where_of = [&](std::optional<std::size_t> m) {
    return m ? wording::say(words::in_municipality,
                            {text("municipality", tender.municipalities[*m].name)})
             : LocalizedText{};
  };
  const auto kvks_of = [](const std::vector<const Provider*>& list) {
    std::vector<std::string> out;
    for (const Provider* p : list) {
      out.push_back(p->kvk);
    }
    return out;
  };
  const auto names_of = [](const std::vector<const Provider*>& list) {
    std::vector<std::string> out;
    for (const Provider* p : list) {
      out.push_back(p->name);
    }
    return out;
  };
  // Explains one cell from the register: who delivers it at all, certified, declared.
  const auto explain = [&](std::size_t s, std::optional<std::size_t> m) {
    const Service& service = tender.services[s];
    std::vector<const Provider*> deliver;
    for (const Provider& p : providers.providers) {
      if (p.delivers(service.id) && (!m || p.serves(tender.municipalities[*m].id))) {
        deliver.push_back(&p);
      }
    }
    Obstacle o;
    o.service_id = service.id;
    if (m) {
      o.municipality_id = tender.municipalities[*m].id;
    }
    if (deliver.empty()) {
      o.kind = m ? ObstacleKind::local_service_missing : ObstacleKind::service_not_delivered;
      o.message = m ? wording::say(words::local_service_missing,
                                   {text("service", service.id),
                                    text("municipality", tender.municipalities[*m].name)})
                    : wording::say(words::service_not_delivered, {text("service", service.id)});
      return o;
    }
    std::vector<const Provider*> holders;
    std::copy_if(deliver.begin(), deliver.end(), std::back_inserter(holders),
                 [&](const Provider* p) { return certified(service, *p); });
    if (holders.empty()) {
      o.kind = ObstacleKind::certification_not_held;
      for (const std::string& certification : service.certifications) {
        const bool someone = std::any_of(deliver.begin(), deliver.end(), [&](const Provider* p) {
          return p->holds(certification);
        });
        if (!someone || o.certification_id.empty()) {
          o.certification_id = certification;
          if (!someone) {
            break;
          }
        }
      }
      o.kvks = kvks_of(deliver);
      const std::vector<std::string> names = names_of(deliver);
      o.message =
          wording::say(words::certification_not_held,
                       {text("service", service.id), text("certification", o.certification_id),
                        wording::localized("providers", quoted(names))});
      return o;
    }
    std::vector<const Provider*> declared;
    std::copy_if(holders.begin(), holders.end(), std::back_inserter(declared),
                 [&](const Provider* p) { return p->declaration; });
    if (declared.empty()) {
      o.kind = ObstacleKind::declaration_missing;
      o.kvks = kvks_of(holders);
      const std::vector<std::string> names = names_of(holders);
      o.message =
          wording::say(words::declaration_missing,
                       {text("service", service.id), wording::localized("where", where_of(m)),
                        wording::localized("providers", quoted(names))});
      return o;
    }
    o.kind = m ? ObstacleKind::local_service_missing : ObstacleKind::service_not_delivered;
    o.kvks = kvks_of(declared);
    o.message = wording::say(words::service_excluded, {text("service", service.id),
                                                       wording::localized("where", where_of(m))});
    return o;
  };
  for (std::size_t s = 0; s < tender.services.size(); ++s) {
    if (!coverable.test(model.delivered_cell(s))) {
      obstacles.push_back(explain(s, std::nullopt));
      continue;
    }
    for (std::size_t m = 0; m < tender.municipalities.size(); ++m) {
      const std::size_t cell = model.local_cell(s, m);
      if (cell != CellSet::npos && !coverable.test(cell)) {
        obstacles.push_back(explain(s, m));
      }
    }
    const std::size_t cell = model.not_subcontracted_cell(s);
    if (cell != CellSet::npos && !coverable.test(cell)) {
      Obstacle o;
      o.kind = ObstacleKind::only_subcontractors;
      o.service_id = tender.services[s].id;
      std::vector<std::string> names;
      for (const Candidate& c : pool.candidates) {
        if (std::find(c.any.begin(), c.any.end(), s) != c.any.end()) {
          o.kvks.push_back(c.provider->kvk);
          names.push_back(c.provider->name);
        }
      }
      o.message = wording::say(
          words::only_subcontractors,
          {text("service", o.service_id), wording::localized("providers", quoted(names))});
      obstacles.push_back(std::move(o));
    }
  }
  if (!coverable.test(model.size())) {
    Obstacle o;
    o.kind = ObstacleKind::no_possible_lead;
    o.message = plain(o.kind);
    obstacles.push_back(std::move(o));
  }
  return obstacles;
}

std::vector<LegalForm> forms_for(const Tender& tender, std::optional<LegalForm> only,
                                 const Pool& pool) {
  std::vector<LegalForm> forms;
  for (const LegalForm form : {LegalForm::combination, LegalForm::main_contractor}) {
    if (integrality::legal_form_allowed(tender, form) && (!only || *only == form)) {
      forms.push_back(form);
    }
  }
  // A main-contractor construction (main contractor and subcontractors) is also a valid
  // combination (lead and subcontractors) of the same providers: searching it as well can only
  // give the same provider sets, unless some provider joins main-contractor constructions only.
  if (forms.size() == 2) {
    const bool some_main_only =
        std::any_of(pool.candidates.begin(), pool.candidates.end(), [](const Candidate& c) {
          return c.accepts(LegalForm::main_contractor) && !c.accepts(LegalForm::combination);
        });
    if (!some_main_only) {
      forms.pop_back();
    }
  }
  return forms;
}

struct Solved {
  detail::Outcome outcome;
  std::size_t form_index = 0;
};

// The best solution over the forms (each form's problem solved to optimality or the deadline).
std::optional<Solved> solve_best(const std::vector<Built>& problems, Clock::time_point deadline,
                                 bool& finished, std::int64_t& bound) {
  std::optional<Solved> best;
  finished = true;
  bound = std::numeric_limits<std::int64_t>::max();
  for (std::size_t f = 0; f < problems.size(); ++f) {
    const Problem& problem = problems[f].problem;
    std::optional<Solution> incumbent = detail::greedy(problem);
    if (best && best->outcome.best && incumbent && incumbent->cost >= best->outcome.best->cost) {
      incumbent.reset();
    }
    detail::Outcome outcome = detail::minimise(problem, incumbent, deadline);
    finished = finished && outcome.finished;
    bound = std::min(bound, outcome.finished && outcome.best ? outcome.best->cost
                            : outcome.finished ? std::numeric_limits<std::int64_t>::max()
                                               : outcome.root_bound);
    if (outcome.best &&
        (!best || !best->outcome.best || outcome.best->cost < best->outcome.best->cost)) {
      best = Solved{std::move(outcome), f};
    }
  }
  return best;
}

}  // namespace

std::string_view to_string(ObstacleKind kind) {
  switch (kind) {
    case ObstacleKind::service_not_delivered:
      return "service-not-delivered";
    case ObstacleKind::local_service_missing:
      return "local-service-missing";
    case ObstacleKind::certification_not_held:
      return "certification-not-held";
    case ObstacleKind::only_subcontractors:
      return "only-subcontractors";
    case ObstacleKind::declaration_missing:
      return "declaration-missing";
    case ObstacleKind::legal_form_not_allowed:
      return "legal-form-not-allowed";
    case ObstacleKind::no_possible_lead:
      return "no-possible-lead";
    case ObstacleKind::member_cap:
      return "member-cap";
    case ObstacleKind::required_provider_unknown:
      return "required-provider-unknown";
    case ObstacleKind::required_providers_conflict:
      return "required-providers-conflict";
    case ObstacleKind::member_action_needed:
      return "member-action-needed";
  }
  return "";
}

// ---------------------------------------------------------------------------------------------
// compose

ComposeResult compose(const Tender& tender, const ProviderRegister& providers,
                      const ComposeOptions& options) {
  const Clock::time_point deadline = Clock::now() + options.time_limit;
  ComposeResult result;
  const Pool pool(tender, providers, options.exclude);
  const Preferences prefs{options.prefer_fewer_subcontractors, options.prefer_tag};
  std::vector<std::size_t> required;
  for (const std::string& kvk : options.require) {
    const auto it = pool.by_kvk.find(kvk);
    if (it == pool.by_kvk.end()) {
      Obstacle o;
      o.kind = ObstacleKind::required_provider_unknown;
      o.kvks = {kvk};
      o.message = wording::say(words::required_provider_unknown, {text("kvk", kvk)});
      result.obstacles.push_back(std::move(o));
    } else if (std::find(required.begin(), required.end(), it->second) == required.end()) {
      required.push_back(it->second);
    }
  }
  const std::vector<LegalForm> forms = forms_for(tender, options.legal_form, pool);
  if (forms.empty()) {
    Obstacle o;
    o.kind = ObstacleKind::legal_form_not_allowed;
    o.message = plain(o.kind);
    result.obstacles.push_back(std::move(o));
  }
  if (!result.obstacles.empty()) {
    result.optimality.proven_optimal = true;
    return result;
  }
  const int cap = effective_cap(tender, options.max_members);
  std::vector<Built> problems;
  for (const LegalForm form : forms) {
    problems.push_back(build(pool, form, required, cap, prefs));
  }
  const int minimum = tender.integrality.min_members;
  const int alternatives = std::max(1, options.alternatives);
  for (int k = 0; k < alternatives; ++k) {
    bool finished = false;
    std::int64_t bound = 0;
    const std::optional<Solved> solved = solve_best(problems, deadline, finished, bound);
    if (k == 0) {
      result.optimality.timed_out = !finished;
      if (solved) {
        result.optimality.nodes = solved->outcome.nodes;
      }
    }
    if (!solved || !solved->outcome.best) {
      if (finished) {
        result.alternatives_exhausted = true;
      }
      break;
    }
    const Built& built = problems[solved->form_index];
    std::vector<Chosen> chosen = roles_of(pool, built, solved->outcome.best->items);
    const int covering = static_cast<int>(chosen.size());
    pad(pool, built.form, chosen, prefs);
    result.proposals.push_back(
        proposal_of(pool, built.form, chosen, result.proposals.size() + 1, prefs));
    if (k == 0) {
      result.optimality.best = result.proposals.front().members;
      result.optimality.bound =
          finished ? result.optimality.best
                   : std::max(minimum, static_cast<int>(std::min<std::int64_t>(
                                           bound / kMember, result.optimality.best)));
      result.optimality.proven_optimal = finished;
    }
    // The next alternative differs in at least min_difference providers from this one.
    detail::NoGood nogood;
    for (const std::size_t i : solved->outcome.best->items) {
      nogood.groups.push_back(built.problem.items[i].group);
    }
    nogood.max_overlap = covering - std::max(1, options.min_difference);
    for (Built& b : problems) {
      b.problem.nogoods.push_back(nogood);
    }
    if (nogood.max_overlap < 0) {
      result.alternatives_exhausted = true;
      break;
    }
  }
  if (result.proposals.empty()) {
    // Nothing compliant: say why.
    result.obstacles = explain_cells(pool, providers, problems);
    if (result.obstacles.empty() && result.optimality.timed_out) {
      return result;
    }
    if (result.obstacles.empty()) {
      // Every cell is coverable: the cap or the required providers stand in the way.
      std::vector<Built> uncapped;
      for (const LegalForm form : forms) {
        uncapped.push_back(build(pool, form, required, 1 << 20, prefs));
      }
      bool finished = false;
      std::int64_t bound = 0;
      const std::optional<Solved> solved = solve_best(uncapped, deadline, finished, bound);
      Obstacle o;
      if (solved && solved->outcome.best) {
        o.kind = ObstacleKind::member_cap;
        o.message = wording::say(
            words::member_cap, {wording::integer("needed", static_cast<std::int64_t>(
                                                               solved->outcome.best->items.size())),
                                wording::integer("cap", cap)});
      } else {
        o.kind = required.empty() ? ObstacleKind::no_possible_lead
                                  : ObstacleKind::required_providers_conflict;
        o.message = plain(o.kind);
      }
      result.obstacles.push_back(std::move(o));
    }
    result.optimality.proven_optimal = !result.optimality.timed_out;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// complete

CompleteResult complete(const Tender& tender, const ProviderRegister& providers,
                        const Registration& registration, const CompleteOptions& options) {
  const Clock::time_point deadline = Clock::now() + options.time_limit;
  CompleteResult result;
  const CoverageModel model(tender);
  if (!has_errors(integrality::check_registration(model, registration))) {
    result.already_compliant = true;
    result.completed = registration;
    result.optimality.proven_optimal = true;
    return result;
  }
  std::vector<std::string> exclude = options.exclude;
  for (const Member& member : registration.members) {
    exclude.push_back(member.kvk);
  }
  const Pool pool(tender, providers, exclude);
  for (const Member& member : registration.members) {
    if (!member.declaration) {
      Obstacle o;
      o.kind = ObstacleKind::member_action_needed;
      o.kvks = {member.kvk};
      o.message = wording::say(words::member_action_needed,
                               {text("name", member.name), text("kvk", member.kvk)});
      result.obstacles.push_back(std::move(o));
    }
  }
  std::vector<LegalForm> forms;
  if (integrality::legal_form_allowed(tender, registration.legal_form)) {
    forms.push_back(registration.legal_form);
  }
  for (const LegalForm form : {LegalForm::combination, LegalForm::main_contractor}) {
    if (form != registration.legal_form && integrality::legal_form_allowed(tender, form)) {
      forms.push_back(form);
    }
  }
  if (forms.empty()) {
    Obstacle o;
    o.kind = ObstacleKind::legal_form_not_allowed;
    o.message = plain(o.kind);
    result.obstacles.push_back(std::move(o));
    return result;
  }
  const int cap = effective_cap(tender, options.max_members);
  const std::size_t existing = registration.members.size();
  const std::size_t head = model.size();
  const std::size_t groups = existing + pool.candidates.size();

  struct Origin {
    bool existing;
    std::size_t index;
    Role role;
  };
  for (const LegalForm form : forms) {
    Problem p;
    std::vector<Origin> origin;
    p.cells = model.size() + 1 + existing;
    p.need = widen(model.all(), p.cells);
    p.need.set(head);
    p.exclusive = CellSet(p.cells);
    p.exclusive.set(head);
    p.groups = groups;
    p.cap = cap;
    std::vector<std::pair<std::string, std::string>> dropped;
    for (std::size_t k = 0; k < existing; ++k) {
      const Member& member = registration.members[k];
      p.need.set(head + 1 + k);
      std::vector<std::size_t> services;
      for (const IdRef& ref : member.services) {
        const std::size_t s = model.service_index(ref.id);
        if (s == CellSet::npos) {
          continue;
        }
        const bool ok =
            integrality::missing_certifications(tender.services[s], [&](std::string_view c) {
              return member.holds(c);
            }).empty();
        if (ok) {
          services.push_back(s);
        } else {
          dropped.emplace_back(member.kvk, ref.id);
        }
      }
      std::vector<std::size_t> municipalities;
      for (const IdRef& ref : member.municipalities) {
        const std::size_t m = model.municipality_index(ref.id);
        if (m != CellSet::npos) {
          municipalities.push_back(m);
        }
      }
      for (const Role role :
           {Role::lead, Role::member, Role::main_contractor, Role::subcontractor}) {
        if (!integrality::role_fits(form, role)) {
          continue;
        }
        Item item;
        item.cover = widen(model.cover(services, municipalities, member.all_municipalities,
                                       role == Role::subcontractor),
                           p.cells);
        if (integrality::leads(role)) {
          item.cover.set(head);
        }
        item.cover.set(head + 1 + k);
        item.cost = role == member.role ? 0 : 1;
        item.group = k;
        item.provider = static_cast<int>(origin.size());
        origin.push_back(Origin{true, k, role});
        p.items.push_back(std::move(item));
      }
    }
    for (std::size_t g = 0; g < pool.candidates.size(); ++g) {
      const Candidate& c = pool.candidates[g];
      if (!c.accepts(form)) {
        continue;
      }
      const auto add = [&](const CellSet& cover, Role role) {
        Item item;
        item.cover = widen(cover, p.cells);
        if (integrality::leads(role)) {
          item.cover.set(head);
        }
        item.cost = kAddition;
        item.group = existing + g;
        item.provider = static_cast<int>(origin.size());
        origin.push_back(Origin{false, g, role});
        p.items.push_back(std::move(item));
      };
      if (form == LegalForm::combination) {
        add(c.cover_full, Role::member);
        if (c.sub_adds) {
          add(c.cover_sub, Role::subcontractor);
        }
        if (c.provider->may_lead) {
          add(c.cover_full, Role::lead);
        }
      } else {
        add(c.cover_sub, Role::subcontractor);
        if (c.provider->may_lead) {
          add(c.cover_full, Role::main_contractor);
        }
      }
    }
    const std::optional<Solution> incumbent = detail::greedy(p);
    const detail::Outcome outcome = detail::minimise(p, incumbent, deadline);
    result.optimality.nodes += outcome.nodes;
    if (!outcome.best) {
      result.optimality.timed_out = result.optimality.timed_out || !outcome.finished;
      if (!outcome.finished) {
        result.optimality.bound = static_cast<int>(outcome.root_bound);
      }
      continue;
    }
    // The completed registration.
    Registration done = registration;
    done.legal_form = form;
    if (form != registration.legal_form) {
      result.legal_form_change = form;
    }
    std::vector<Chosen> added;
    CellSet all_covers(p.cells);
    std::vector<CellSet> covers;
    for (const std::size_t i : outcome.best->items) {
      covers.push_back(p.items[i].cover);
    }
    for (std::size_t a = 0; a < outcome.best->items.size(); ++a) {
      const std::size_t i = outcome.best->items[a];
      const Origin& o = origin[static_cast<std::size_t>(p.items[i].provider)];
      // The cells only this item covers: the rules it makes hold.
      CellSet own = covers[a];
      for (std::size_t b = 0; b < covers.size(); ++b) {
        if (b != a) {
          own.subtract(covers[b]);
        }
      }
      own &= p.need;
      std::vector<std::string> rule_ids;
      std::vector<std::string> en;
      std::vector<std::string> nl;
      for (std::size_t c = own.next(0); c != CellSet::npos && c <= head; c = own.next(c + 1)) {
        const CellWords cell_words = describe_cell(model, c);
        if (std::find(rule_ids.begin(), rule_ids.end(), cell_words.rule_id) == rule_ids.end()) {
          rule_ids.push_back(cell_words.rule_id);
        }
        en.push_back(cell_words.text.en);
        nl.push_back(cell_words.text.nl);
      }
      std::sort(rule_ids.begin(), rule_ids.end());
      auto join = [](const std::vector<std::string>& parts, std::string_view sep) {
        std::string out;
        for (std::size_t k = 0; k < parts.size(); ++k) {
          out += (k ? std::string(sep) : std::string()) + parts[k];
        }
        return out;
      };
      const LocalizedText reason{join(en, "; "), join(nl, "; ")};
      if (o.existing) {
        Member& member = done.members[o.index];
        if (member.role != o.role) {
          result.role_changes.push_back(RoleChange{
              member.kvk, member.role, o.role,
              rule_ids.empty() ? std::vector<std::string>{"INT-005"} : rule_ids, reason});
          member.role = o.role;
        }
      } else {
        const Candidate& c = pool.candidates[o.index];
        result.additions.push_back(Addition{c.provider->kvk, o.role, rule_ids, reason});
        added.push_back(Chosen{o.index, o.role});
      }
    }
    for (const auto& [kvk, service] : dropped) {
      for (Member& member : done.members) {
        if (member.kvk == kvk) {
          std::erase_if(member.services, [&](const IdRef& ref) { return ref.id == service; });
        }
      }
    }
    result.dropped_services = dropped;
    // The minimum number of members, with more additions if needed (any will do).
    const std::size_t want = static_cast<std::size_t>(std::max(0, tender.integrality.min_members));
    for (std::size_t g = 0; g < pool.candidates.size() && existing + added.size() < want; ++g) {
      const bool taken = std::any_of(added.begin(), added.end(),
                                     [&](const Chosen& chosen) { return chosen.candidate == g; });
      if (!taken && pool.candidates[g].accepts(form)) {
        const Role role = form == LegalForm::combination ? Role::member : Role::subcontractor;
        added.push_back(Chosen{g, role});
        result.additions.push_back(Addition{pool.candidates[g].provider->kvk,
                                            role,
                                            {"INT-006"},
                                            wording::label(words::brings_to_minimum)});
      }
    }
    for (const Chosen& a : added) {
      done.members.push_back(member_of(pool, pool.candidates[a.candidate], a.role));
    }
    const int additions = static_cast<int>(result.additions.size());
    const int changes = static_cast<int>(result.role_changes.size());
    result.optimality.best = additions * static_cast<int>(kAddition) + changes;
    result.optimality.proven_optimal = outcome.finished;
    result.optimality.timed_out = !outcome.finished;
    result.optimality.bound =
        outcome.finished
            ? result.optimality.best
            : static_cast<int>(std::min<std::int64_t>(outcome.root_bound, result.optimality.best));
    const std::vector<integrality::Finding> findings = integrality::check_registration(model, done);
    const bool only_declarations =
        std::all_of(findings.begin(), findings.end(), [](const integrality::Finding& f) {
          return f.severity != integrality::Severity::error || f.rule_id == "INT-007";
        });
    if (!only_declarations) {
      throw std::logic_error("match: a completion does not pass the integrality rules");
    }
    result.completed = std::move(done);
    return result;
  }
  // No form can be completed: why.
  std::vector<Built> problems;
  for (const LegalForm form : forms) {
    problems.push_back(build(pool, form, {}, 1 << 20, {}));
  }
  // The existing members count as well.
  std::vector<Obstacle> why = explain_cells(pool, providers, problems);
  // A cell an existing member covers is no obstacle.
  CellSet members_cover = model.empty();
  for (const Member& member : registration.members) {
    Member as_member = member;
    as_member.role = Role::member;
    members_cover |= model.cover(as_member);
  }
  for (Obstacle& o : why) {
    const std::size_t s = o.service_id.empty() ? CellSet::npos : model.service_index(o.service_id);
    if (s != CellSet::npos) {
      std::size_t cell = model.delivered_cell(s);
      if (!o.municipality_id.empty()) {
        cell = model.local_cell(s, model.municipality_index(o.municipality_id));
      } else if (o.kind == ObstacleKind::only_subcontractors) {
        cell = model.not_subcontracted_cell(s);
      }
      if (cell != CellSet::npos && members_cover.test(cell)) {
        continue;
      }
    }
    if (o.kind == ObstacleKind::no_possible_lead && !registration.members.empty()) {
      continue;
    }
    result.obstacles.push_back(std::move(o));
  }
  if (!result.optimality.timed_out &&
      std::none_of(result.obstacles.begin(), result.obstacles.end(), [](const Obstacle& o) {
        return o.kind != ObstacleKind::member_action_needed;
      })) {
    Obstacle o;
    o.kind = ObstacleKind::member_cap;
    o.message = wording::say(words::completion_over_cap, {wording::integer("cap", cap)});
    result.obstacles.push_back(std::move(o));
  }
  result.optimality.proven_optimal = !result.optimality.timed_out;
  return result;
}

// ---------------------------------------------------------------------------------------------
// market

namespace {

// The largest number of disjoint consortia: greedy packings first, then, unless one reaches the
// count bound, a branch and bound over the anchors (the providers able to cover the scarcest
// cell; every consortium holds one, and the lowest one in anchor order "owns" it).
struct Packed {
  std::size_t form = 0;  ///< index into the problems
  std::vector<std::size_t> groups;
};

class Packer {
 public:
  Packer(const Pool& pool, const std::vector<Built>& problems, Clock::time_point deadline)
      : pool_(pool), problems_(problems), deadline_(deadline) {}

  // Providers able to cover each needed cell (in some form), counted among `usable`; the cell
  // with the fewest. The head cell and the model's cells are the same in every form.
  std::pair<int, std::size_t> count_bound(const std::vector<bool>& usable) const {
    const std::size_t cells = pool_.model.size() + 1;
    std::vector<std::vector<bool>> seen(cells, std::vector<bool>(pool_.candidates.size(), false));
    std::vector<int> count(cells, 0);
    for (const Built& built : problems_) {
      for (const Item& item : built.problem.items) {
        if (!usable[item.group]) {
          continue;
        }
        for (std::size_t c = item.cover.next(0); c != CellSet::npos && c < cells;
             c = item.cover.next(c + 1)) {
          if (!seen[c][item.group]) {
            seen[c][item.group] = true;
            ++count[c];
          }
        }
      }
    }
    int best = std::numeric_limits<int>::max();
    std::size_t where = CellSet::npos;
    for (std::size_t c = 0; c < cells; ++c) {
      if (count[c] < best) {
        best = count[c];
        where = c;
      }
    }
    const int minimum = std::max(1, pool_.tender->integrality.min_members);
    const auto providers = static_cast<int>(std::count(usable.begin(), usable.end(), true));
    return {std::min(best, providers / minimum), where};
  }

  // One greedy packing: repeatedly the cheapest consortium of the providers left (in any form),
  // where, when `weighted`, a provider costs more the scarcer the cells it can cover.
  std::vector<Packed> greedy_packing(bool weighted) {
    std::vector<bool> usable(pool_.candidates.size(), true);
    std::vector<Packed> packing;
    while (Clock::now() < deadline_) {
      std::optional<Packed> pick;
      std::int64_t pick_cost = 0;
      for (std::size_t f = 0; f < problems_.size(); ++f) {
        Problem p = restricted(problems_[f].problem, usable, std::nullopt);
        if (weighted) {
          reweight(p, usable);
        }
        std::optional<Solution> incumbent = detail::greedy(p);
        const auto budget = std::min(deadline_, Clock::now() + std::chrono::milliseconds(500));
        const detail::Outcome outcome = detail::minimise(p, incumbent, budget);
        if (outcome.best && (!pick || outcome.best->cost < pick_cost)) {
          Packed packed;
          packed.form = f;
          for (const std::size_t i : outcome.best->items) {
            packed.groups.push_back(p.items[i].group);
          }
          pick = std::move(packed);
          pick_cost = outcome.best->cost;
        }
      }
      if (!pick) {
        break;
      }
      for (const std::size_t g : pick->groups) {
        usable[g] = false;
      }
      packing.push_back(std::move(*pick));
      if (!padding_fits(packing)) {
        packing.pop_back();
        break;
      }
    }
    return packing;
  }

  // The exact search; returns false when the deadline stopped it.
  bool exact(std::vector<Packed>& best, std::size_t anchor_cell) {
    best_ = &best;
    anchors_.clear();
    for (std::size_t g = 0; g < pool_.candidates.size(); ++g) {
      bool covers = false;
      for (const Built& built : problems_) {
        covers = covers || std::any_of(built.problem.items.begin(), built.problem.items.end(),
                                       [&](const Item& item) {
                                         return item.group == g && item.cover.test(anchor_cell);
                                       });
      }
      if (covers) {
        anchors_.push_back(g);
      }
    }
    std::vector<bool> usable(pool_.candidates.size(), true);
    std::vector<Packed> current;
    stopped_ = false;
    pack(usable, 0, current);
    return !stopped_;
  }

 private:
  static Problem restricted(const Problem& base, const std::vector<bool>& usable,
                            std::optional<std::size_t> anchor) {
    Problem p = base;
    p.forbidden.assign(p.items.size(), false);
    for (std::size_t i = 0; i < p.items.size(); ++i) {
      p.forbidden[i] = !usable[p.items[i].group];
    }
    if (anchor) {
      // The anchor must take part: a cell only its items cover.
      const std::size_t extra = p.cells;
      p.cells += 1;
      CellSet need = widen(p.need, p.cells);
      need.set(extra);
      p.need = std::move(need);
      p.exclusive = widen(p.exclusive, p.cells);
      for (Item& item : p.items) {
        item.cover = widen(item.cover, p.cells);
        if (item.group == *anchor) {
          item.cover.set(extra);
        }
      }
    }
    return p;
  }

  static void reweight(Problem& p, const std::vector<bool>& usable) {
    std::vector<int> count(p.cells, 0);
    for (const Item& item : p.items) {
      if (usable[item.group]) {
        for (std::size_t c = item.cover.next(0); c != CellSet::npos; c = item.cover.next(c + 1)) {
          ++count[c];
        }
      }
    }
    for (Item& item : p.items) {
      std::int64_t scarcity = 0;
      for (std::size_t c = item.cover.next(0); c != CellSet::npos; c = item.cover.next(c + 1)) {
        if (p.need.test(c) && count[c] > 0) {
          scarcity += 4096 / count[c];
        }
      }
      item.cost = kMember + scarcity;
    }
  }

  bool padding_fits(const std::vector<Packed>& packing) const {
    const int minimum = pool_.tender->integrality.min_members;
    int used = 0;
    int deficit = 0;
    for (const Packed& consortium : packing) {
      used += static_cast<int>(consortium.groups.size());
      deficit += std::max(0, minimum - static_cast<int>(consortium.groups.size()));
    }
    return deficit <= static_cast<int>(pool_.candidates.size()) - used;
  }

  void pack(std::vector<bool>& usable, std::size_t next_anchor, std::vector<Packed>& current) {
    if (stopped_ || Clock::now() > deadline_) {
      stopped_ = true;
      return;
    }
    if (current.size() > best_->size() && padding_fits(current)) {
      *best_ = current;
    }
    const int bound = count_bound(usable).first;
    if (static_cast<int>(current.size()) + bound <= static_cast<int>(best_->size())) {
      return;
    }
    int anchors_left = 0;
    for (std::size_t k = next_anchor; k < anchors_.size(); ++k) {
      anchors_left += usable[anchors_[k]] ? 1 : 0;
    }
    if (static_cast<int>(current.size()) + anchors_left <= static_cast<int>(best_->size()) ||
        next_anchor == anchors_.size()) {
      return;
    }
    const std::size_t anchor = anchors_[next_anchor];
    if (!usable[anchor]) {
      pack(usable, next_anchor + 1, current);
      return;
    }
    // The anchor owns a consortium: every inclusion-minimal one with it, of the providers left,
    // in every form.
    for (std::size_t f = 0; f < problems_.size() && !stopped_; ++f) {
      const Problem p = restricted(problems_[f].problem, usable, anchor);
      const bool complete =
          detail::enumerate_minimal(p, deadline_, [&](const std::vector<std::size_t>& items) {
            Packed packed;
            packed.form = f;
            for (const std::size_t i : items) {
              packed.groups.push_back(p.items[i].group);
            }
            for (const std::size_t g : packed.groups) {
              usable[g] = false;
            }
            current.push_back(packed);
            pack(usable, next_anchor + 1, current);
            current.pop_back();
            for (const std::size_t g : packed.groups) {
              usable[g] = true;
            }
            return !stopped_;
          });
      if (!complete) {
        stopped_ = true;
        return;
      }
    }
    // Or it owns none and stays out.
    usable[anchor] = false;
    pack(usable, next_anchor + 1, current);
    usable[anchor] = true;
  }

  const Pool& pool_;
  const std::vector<Built>& problems_;
  Clock::time_point deadline_;
  std::vector<std::size_t> anchors_;
  std::vector<Packed>* best_ = nullptr;
  bool stopped_ = false;
};

}  // namespace

MarketResult market(const Tender& tender, const ProviderRegister& providers,
                    const MarketOptions& options) {
  const Clock::time_point deadline = Clock::now() + options.time_limit;
  MarketResult result;
  const Pool pool(tender, providers, options.exclude);
  const CoverageModel& model = pool.model;
  // The map.
  for (std::size_t s = 0; s < tender.services.size(); ++s) {
    for (std::size_t m = 0; m < tender.municipalities.size(); ++m) {
      MarketCell cell;
      cell.service_id = tender.services[s].id;
      cell.municipality_id = tender.municipalities[m].id;
      std::vector<std::string> kvks;
      for (const Candidate& c : pool.candidates) {
        const bool here = c.provider->all_municipalities ||
                          std::find(c.municipalities.begin(), c.municipalities.end(), m) !=
                              c.municipalities.end();
        if (!here || std::find(c.any.begin(), c.any.end(), s) == c.any.end()) {
          continue;
        }
        ++cell.providers;
        kvks.push_back(c.provider->kvk);
        if (std::find(c.full.begin(), c.full.end(), s) != c.full.end()) {
          ++cell.non_subcontractors;
        }
      }
      if (kvks.size() <= 2) {
        cell.kvks = std::move(kvks);
      }
      result.cells.push_back(std::move(cell));
    }
  }
  result.exclusivity = options.exclusivity.value_or(tender.integrality.may_participate_several
                                                        ? Exclusivity::lead_once
                                                        : Exclusivity::participate_once);
  const std::vector<LegalForm> forms = forms_for(tender, std::nullopt, pool);
  if (forms.empty()) {
    Obstacle o;
    o.kind = ObstacleKind::legal_form_not_allowed;
    o.message = plain(o.kind);
    result.obstacles.push_back(std::move(o));
    result.consortia.proven_optimal = true;
    return result;
  }
  const int cap = effective_cap(tender, std::nullopt);
  std::vector<Built> problems;
  for (const LegalForm form : forms) {
    problems.push_back(build(pool, form, {}, cap, {}));
  }
  // One fewest-member composition; only its providers can be in every one.
  bool finished = false;
  std::int64_t bound = 0;
  const std::optional<Solved> first = solve_best(problems, deadline, finished, bound);
  if (!first || !first->outcome.best) {
    result.obstacles = explain_cells(pool, providers, problems);
    if (result.obstacles.empty() && finished) {
      Obstacle o;
      o.kind = ObstacleKind::member_cap;
      o.message = wording::say(words::nothing_within_cap, {wording::integer("cap", cap)});
      result.obstacles.push_back(std::move(o));
    }
    result.consortia.proven_optimal = finished;
    result.consortia.timed_out = !finished;
    return result;
  }
  bool all_finished = true;
  for (const std::size_t i : first->outcome.best->items) {
    const std::size_t g = problems[first->form_index].problem.items[i].group;
    bool feasible = false;
    for (Built& built : problems) {
      Problem p = built.problem;
      p.forbidden.assign(p.items.size(), false);
      for (std::size_t k = 0; k < p.items.size(); ++k) {
        p.forbidden[k] = p.items[k].group == g;
      }
      if (detail::greedy(p)) {
        feasible = true;
        break;
      }
      const detail::Outcome outcome =
          detail::minimise(p, std::nullopt, deadline, detail::Goal::first_feasible);
      all_finished = all_finished && outcome.finished;
      if (outcome.best) {
        feasible = true;
        break;
      }
    }
    if (!feasible) {
      result.essential.push_back(pool.candidates[g].provider->kvk);
    }
  }
  std::sort(result.essential.begin(), result.essential.end(),
            [&](const std::string& a, const std::string& b) {
              return pool.candidates[pool.by_kvk.at(a)].index <
                     pool.candidates[pool.by_kvk.at(b)].index;
            });
  const Preferences none;
  if (result.exclusivity == Exclusivity::lead_once) {
    // Members may be shared: each provider that can lead some compliant consortium leads one.
    int possible = 0;
    for (std::size_t g = 0; g < pool.candidates.size(); ++g) {
      if (!pool.candidates[g].provider->may_lead) {
        continue;
      }
      ++possible;
      for (const LegalForm form : forms) {
        Built built = build(pool, form, {g}, cap, none, nullptr, g);
        std::optional<Solution> found = detail::greedy(built.problem);
        if (!found) {
          const detail::Outcome outcome =
              detail::minimise(built.problem, std::nullopt, deadline, detail::Goal::first_feasible);
          all_finished = all_finished && outcome.finished;
          found = outcome.best;
        }
        if (found) {
          std::vector<Chosen> chosen = roles_of(pool, built, found->items);
          pad(pool, form, chosen, none);
          result.partition.push_back(
              proposal_of(pool, form, chosen, result.partition.size() + 1, none));
          break;
        }
      }
    }
    result.consortia.best = static_cast<int>(result.partition.size());
    result.consortia.bound = all_finished ? result.consortia.best : possible;
    result.consortia.proven_optimal = all_finished;
    result.consortia.timed_out = !all_finished;
    return result;
  }
  Packer packer(pool, problems, deadline);
  std::vector<bool> usable(pool.candidates.size(), true);
  const auto [upper, scarcest] = packer.count_bound(usable);
  if (scarcest < model.size()) {
    const integrality::Cell& cell = model.cell(scarcest);
    result.scarcest_service_id = tender.services[cell.service].id;
    if (cell.kind == CellKind::local) {
      result.scarcest_municipality_id = tender.municipalities[cell.municipality].id;
    }
  }
  std::vector<Packed> best = packer.greedy_packing(true);
  if (static_cast<int>(best.size()) < upper) {
    std::vector<Packed> plain = packer.greedy_packing(false);
    if (plain.size() > best.size()) {
      best = std::move(plain);
    }
  }
  bool proven = static_cast<int>(best.size()) >= upper;
  if (!proven) {
    proven = packer.exact(best, scarcest);
  }
  // The consortia as proposals, padded to the minimum from the providers left.
  std::vector<bool> left(pool.candidates.size(), true);
  for (const Packed& consortium : best) {
    for (const std::size_t g : consortium.groups) {
      left[g] = false;
    }
  }
  for (const Packed& consortium : best) {
    const Built& built = problems[consortium.form];
    Problem p = built.problem;
    std::vector<bool> in(pool.candidates.size(), false);
    for (const std::size_t g : consortium.groups) {
      in[g] = true;
    }
    p.forbidden.assign(p.items.size(), false);
    for (std::size_t k = 0; k < p.items.size(); ++k) {
      p.forbidden[k] = !in[p.items[k].group];
    }
    // The roles within the consortium: an assignment of its providers' items.
    std::optional<Solution> roles = detail::greedy(p);
    if (!roles) {
      roles = detail::minimise(p, std::nullopt, Clock::now() + std::chrono::seconds(5)).best;
    }
    if (!roles) {
      throw std::logic_error("match: a consortium of the packing has no role assignment");
    }
    std::vector<Chosen> chosen = roles_of(pool, built, roles->items);
    // Providers of the consortium that the role assignment left out still take part.
    for (const std::size_t g : consortium.groups) {
      if (std::none_of(chosen.begin(), chosen.end(),
                       [&](const Chosen& c) { return c.candidate == g; })) {
        chosen.push_back(
            Chosen{g, built.form == LegalForm::combination ? Role::member : Role::subcontractor});
      }
    }
    pad(pool, built.form, chosen, none, &left);
    for (const Chosen& c : chosen) {
      left[c.candidate] = false;
    }
    result.partition.push_back(
        proposal_of(pool, built.form, chosen, result.partition.size() + 1, none));
  }
  result.consortia.best = static_cast<int>(best.size());
  result.consortia.bound = proven ? result.consortia.best : upper;
  result.consortia.proven_optimal = proven;
  result.consortia.timed_out = !proven;
  return result;
}

}  // namespace tenderkit::match
