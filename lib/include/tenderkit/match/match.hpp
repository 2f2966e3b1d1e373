// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// The consortium matching engine (issue 13): which compliant consortia a register of providers can
// form for a tender. Three questions, each answered exactly by a branch-and-bound search over the
// covering problem that the integrality engine defines (integrality/coverage.hpp; the model is
// written out in docs/tender-match-model.md):
//
//   compose()  the compliant compositions with the fewest members (and the K best alternatives);
//   complete() the fewest additions (then role changes) that make a registration compliant;
//   market()   the market map: providers per service and municipality, essential providers, and
//              the largest number of disjoint compliant consortia.
//
// What the command half may rely on:
// - Nothing here prints or reads files; the functions are deterministic (same inputs, same
//   answer, whatever the thread count) and never throw on valid inputs. Inputs are assumed valid:
//   the register's ids are the tender's (the register loader reports unknown ids).
// - Every answer carries an `Optimality`: `proven_optimal`, or the best found with its `bound`
//   (a lower bound when minimising members or changes, an upper bound for the market figure), and
//   `timed_out` when the time limit stopped the search.
// - No answer is silently empty: when nothing compliant exists, `obstacles` explains why (the
//   service nobody delivers, the municipality where a local service is missing, the certification
//   nobody holds, ...), each with a message in English and Dutch (worded in match/wording.hpp).
// - Every `Proposal::registration` is a complete `Registration` (legal form, members with roles,
//   the services each delivers, municipalities, certifications, declaration) for which
//   `integrality::check_registration(tender, registration)` finds no error; the command half may
//   write it out as a registration file, and tender-check passes it with exit 0. Members deliver
//   only what they are certified for; a member's municipalities are left out (`all_municipalities`)
//   when the register gives none. Its `id` is "proposal-N" (N from 1), `tender_id` the tender's,
//   `name` the lead's name plus " e.a." / the lead's name alone, `file` empty.
// - Only providers whose declaration is in take part in proposals; providers without one are
//   named in obstacles where they would have made the difference.
// - Provider lists are KvK numbers; the register's `Provider` is found with ProviderRegister::find.

#include <tenderkit/core/language.hpp>
#include <tenderkit/model/register.hpp>
#include <tenderkit/model/registration.hpp>
#include <tenderkit/model/tender.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::match {

/// The default watchdog of every search; the CLI's `--time-limit`.
inline constexpr std::chrono::milliseconds kDefaultTimeLimit{10'000};

/// How good an answer is. For a minimisation (members, changes) `bound` is a lower bound, for the
/// market figure an upper bound; `proven_optimal` means `best == bound`, proven by the search.
struct Optimality {
  bool proven_optimal = false;
  bool timed_out = false;  ///< the time limit stopped the search before the proof
  int best = 0;            ///< the value of the best answer found
  int bound = 0;           ///< no answer can be better than this
  long long nodes = 0;     ///< search nodes visited (for benchmarks)
};

/// Why no compliant consortium (or completion) exists.
enum class ObstacleKind {
  service_not_delivered,        ///< no eligible provider delivers the service at all
  local_service_missing,        ///< a local service nobody delivers in one municipality
  certification_not_held,       ///< providers deliver the service but none holds its certification
  only_subcontractors,          ///< the service may not rest on subcontractors, and only
                                ///< subcontract-only providers deliver it
  declaration_missing,          ///< providers that would cover it have no declaration in
  legal_form_not_allowed,       ///< no legal form left (tender and options together)
  no_possible_lead,             ///< no eligible provider may lead a consortium that complies
  member_cap,                   ///< coverage needs more members than the cap allows
  required_provider_unknown,    ///< a required KvK number is not in the register or not eligible
  required_providers_conflict,  ///< the required providers cannot all take part together
  member_action_needed,         ///< complete(): a member must fix its own data (declaration)
};

std::string_view to_string(ObstacleKind kind);

struct Obstacle {
  ObstacleKind kind{};
  std::string service_id;         ///< when about a service
  std::string municipality_id;    ///< when about one municipality
  std::string certification_id;   ///< when about a certification
  std::vector<std::string> kvks;  ///< providers concerned (e.g. those without a declaration)
  LocalizedText message;          ///< one sentence, English and Dutch
};

/// One proposed consortium.
struct Proposal {
  Registration registration;  ///< ready to be written as a registration file
  int members = 0;
  int subcontractors = 0;
  int tagged = 0;  ///< members with the preferred tag (0 without one)
};

struct ComposeOptions {
  std::vector<std::string> require;     ///< KvK numbers that must take part
  std::vector<std::string> exclude;     ///< KvK numbers that may not take part
  std::optional<int> max_members;       ///< on top of the tender's maximum
  std::optional<LegalForm> legal_form;  ///< only this form (it must be one the tender allows)
  /// Among the fewest-member compositions, the one with the fewest subcontractors first.
  bool prefer_fewer_subcontractors = false;
  /// Among the fewest-member compositions, the one with the most providers with this tag first.
  std::optional<std::string> prefer_tag;
  int alternatives = 1;    ///< K: how many distinct proposals, best first
  int min_difference = 1;  ///< alternatives differ from every earlier one in this many providers
  std::chrono::milliseconds time_limit = kDefaultTimeLimit;
};

struct ComposeResult {
  /// Best first: fewest members, then the preferences, then KvK numbers. Empty only with
  /// obstacles.
  std::vector<Proposal> proposals;
  /// About the fewest number of members (proposals[0]).
  Optimality optimality;
  /// True when the search proved that no alternative exists beyond `proposals` (fewer than K
  /// exist).
  bool alternatives_exhausted = false;
  std::vector<Obstacle> obstacles;
};

/// The compliant compositions with the fewest members.
ComposeResult compose(const Tender& tender, const ProviderRegister& providers,
                      const ComposeOptions& options = {});

/// One provider added to a registration by complete().
struct Addition {
  std::string kvk;
  Role role = Role::member;
  /// The rules it makes hold (e.g. "INT-001", "INT-003"), with the cells in words.
  std::vector<std::string> rule_ids;
  LocalizedText reason;  ///< "delivers 'crisis' in 'Velsen' (INT-003)"
};

/// One member of the registration that changes role.
struct RoleChange {
  std::string kvk;
  Role from = Role::member;
  Role to = Role::member;
  std::vector<std::string> rule_ids;
  LocalizedText reason;
};

struct CompleteOptions {
  std::vector<std::string> exclude;  ///< KvK numbers that may not be added
  std::optional<int> max_members;
  std::chrono::milliseconds time_limit = kDefaultTimeLimit;
};

struct CompleteResult {
  /// The registration after the changes (same id, file and name; members added at the end).
  /// Absent only with obstacles that no addition can remove.
  std::optional<Registration> completed;
  std::optional<LegalForm> legal_form_change;  ///< when the legal form had to change
  std::vector<Addition> additions;
  std::vector<RoleChange> role_changes;
  /// Services dropped from a member that lacks their certification (INT-004 cannot be fixed by
  /// adding providers): (KvK, service id).
  std::vector<std::pair<std::string, std::string>> dropped_services;
  /// The objective: additions first, then role changes (best = additions * 1000 + changes).
  Optimality optimality;
  bool already_compliant = false;
  std::vector<Obstacle> obstacles;  ///< includes member_action_needed for missing declarations
};

/// The smallest set of register providers to add (then the fewest role changes) that makes the
/// registration comply with every per-registration rule.
CompleteResult complete(const Tender& tender, const ProviderRegister& providers,
                        const Registration& registration, const CompleteOptions& options = {});

/// One cell of the market map.
struct MarketCell {
  std::string service_id;
  std::string municipality_id;
  int providers = 0;              ///< eligible providers delivering the service there, in any role
  int non_subcontractors = 0;     ///< of those, how many deliver it in a role that is not a
                                  ///< subcontractor's
  std::vector<std::string> kvks;  ///< the providers, when there are at most 2 (else empty)
  bool single_point_of_failure() const { return providers == 1; }
};

/// Whether a provider may take part in one consortium only, or lead one only.
enum class Exclusivity { participate_once, lead_once };

struct MarketOptions {
  std::vector<std::string> exclude;
  /// Default: the tender's rules (participate_once unless it allows taking part in several).
  std::optional<Exclusivity> exclusivity;
  std::chrono::milliseconds time_limit = std::chrono::milliseconds{30'000};
};

struct MarketResult {
  /// Per service and municipality, in the tender's order (services, then municipalities).
  std::vector<MarketCell> cells;
  /// Providers in every compliant composition (KvK, register order); exact.
  std::vector<std::string> essential;
  Exclusivity exclusivity = Exclusivity::participate_once;
  /// The largest number of consortia that comply at once (best found, upper bound).
  Optimality consortia;
  /// The requirement that bounds the figure: few providers can cover it.
  std::string scarcest_service_id;
  std::string scarcest_municipality_id;  ///< empty when the service is not local
  /// One set of consortia achieving `consortia.best`, each a compliant proposal.
  std::vector<Proposal> partition;
  std::vector<Obstacle> obstacles;  ///< when no compliant consortium exists at all
};

/// The market map of a register for a tender.
MarketResult market(const Tender& tender, const ProviderRegister& providers,
                    const MarketOptions& options = {});

}  // namespace tenderkit::match
