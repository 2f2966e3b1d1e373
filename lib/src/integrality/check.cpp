// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/parallel.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/espd_file.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/integrality/coverage.hpp>
#include <tenderkit/integrality/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace tenderkit::integrality {

namespace {

using wording::say;

constexpr std::array kRules{
    Rule{"INT-001", "service-coverage", Severity::error, words::rule_int001},
    Rule{"INT-002", "not-only-subcontracted", Severity::error, words::rule_int002},
    Rule{"INT-003", "local-coverage", Severity::error, words::rule_int003},
    Rule{"INT-004", "certification", Severity::error, words::rule_int004},
    Rule{"INT-005", "legal-form-and-roles", Severity::error, words::rule_int005},
    Rule{"INT-006", "member-count", Severity::error, words::rule_int006},
    Rule{"INT-007", "declaration", Severity::error, words::rule_int007},
    Rule{"INT-008", "one-registration", Severity::error, words::rule_int008},
    Rule{"INT-009", "single-supplier", Severity::warning, words::rule_int009},
    Rule{"INT-010", "kvk-name", Severity::warning, words::rule_int010},
    Rule{"ESP-001", "espd-operator", Severity::error, words::rule_esp001},
    Rule{"ESP-002", "espd-missing", Severity::error, words::rule_esp002},
    Rule{"ESP-003", "exclusion-ground", Severity::error, words::rule_esp003},
    Rule{"ESP-004", "espd-procedure", Severity::error, words::rule_esp004},
};

// A role or legal form in prose, per language.
LocalizedText in_prose(Role role) {
  return LocalizedText{std::string(display_name(role, Language::en)),
                       std::string(display_name(role, Language::nl))};
}
LocalizedText in_prose(EspdRole role) {
  return LocalizedText{std::string(display_name(role, Language::en)),
                       std::string(display_name(role, Language::nl))};
}
LocalizedText in_prose(LegalForm form) {
  return LocalizedText{std::string(display_name(form, Language::en)),
                       std::string(display_name(form, Language::nl))};
}

// Quoted member names, for messages that list who does something.
std::vector<std::string> names_of(const std::vector<const Member*>& members) {
  std::vector<std::string> names;
  for (const Member* member : members) {
    names.push_back(member->name);
  }
  return names;
}

// "'a', 'b' and 'c'", with the language's word for "and".
LocalizedText quoted_list(std::span<const std::string> parts) {
  LocalizedText list{text::quoted_list(parts), text::quoted_list(parts)};
  const std::size_t last_and = list.nl.rfind("' and '");
  if (last_and != std::string::npos) {
    list.nl.replace(last_and, 7, fmt::format("' {} '", words::list_and.nl));
  }
  return list;
}

// Names compared loosely: case and spacing differences are not worth a finding.
std::string loose_name(std::string_view name) {
  std::string out;
  for (char c : text::fold_case(name)) {
    if (c != ' ' && c != '\t' && c != '.' && c != ',') {
      out += c;
    }
  }
  return out;
}

std::optional<std::string> input_kvk(std::string_view operator_id) {
  return input::kvk_of(operator_id);
}

class RegistrationRules {
 public:
  RegistrationRules(const CoverageModel& model, const Registration& registration,
                    std::vector<Finding>& findings)
      : model_(model), tender_(model.tender()), registration_(registration), findings_(findings) {}

  void run() {
    check_services();
    check_legal_form();
    check_member_count();
    if (registration_.espd_in_use) {
      check_espds();
    } else {
      check_declarations();
    }
  }

 private:
  // A finding of an ESP rule: its place is in the ESPD response or at the member.
  void add_espd_finding(std::string_view rule_id, SourceLocation where, LocalizedText message) {
    const Rule* rule = find_rule(rule_id);
    findings_.push_back(
        Finding{std::string(rule_id), rule->severity, std::move(message), std::move(where)});
  }

  void add(std::string_view rule_id, LocalizedText message,
           std::optional<TextPosition> position = std::nullopt) {
    const Rule* rule = find_rule(rule_id);
    Finding finding;
    finding.rule_id = std::string(rule_id);
    finding.severity = rule->severity;
    finding.message = std::move(message);
    finding.where =
        position ? registration_.at(*position) : SourceLocation(registration_.file, 0, 0);
    finding.order = position.value_or(TextPosition{});
    findings_.push_back(std::move(finding));
  }

  static TextPosition position_of(const Member& member, std::string_view service_id) {
    for (const IdRef& ref : member.services) {
      if (ref.id == service_id) {
        return ref.where;
      }
    }
    return member.where;
  }

  // The service rules decide on the cells of the coverage model (coverage.hpp), the same
  // decisions the matching engine's search makes; the members are only looked at again to name
  // them in the messages.
  void check_services() {
    std::vector<CellSet> covers;
    covers.reserve(registration_.members.size());
    CellSet covered = model_.empty();
    for (const Member& member : registration_.members) {
      covers.push_back(model_.cover(member));
      covered |= covers.back();
    }
    for (std::size_t s = 0; s < tender_.services.size(); ++s) {
      const Service& service = tender_.services[s];
      if (!covered.test(model_.delivered_cell(s))) {
        add("INT-001", say(words::service_not_delivered, {wording::text("service", service.id),
                                                          wording::text("name", service.name)}));
        continue;
      }
      std::vector<const Member*> deliverers;
      for (std::size_t i = 0; i < covers.size(); ++i) {
        if (covers[i].test(model_.delivered_cell(s))) {
          deliverers.push_back(&registration_.members[i]);
        }
      }
      check_subcontracting(s, covered, deliverers);
      check_local_coverage(s, covered);
      check_certifications(service, deliverers);
      if (deliverers.size() == 1) {
        const Member& only = *deliverers.front();
        add("INT-009",
            say(words::single_supplier,
                {wording::text("service", service.id), wording::text("member", only.name)}),
            position_of(only, service.id));
      }
    }
  }

  void check_subcontracting(std::size_t s, const CellSet& covered,
                            const std::vector<const Member*>& deliverers) {
    const std::size_t cell = model_.not_subcontracted_cell(s);
    if (cell == CellSet::npos || covered.test(cell)) {
      return;
    }
    const Service& service = tender_.services[s];
    const std::vector<std::string> names = names_of(deliverers);
    add("INT-002",
        say(words::only_subcontracted, {wording::text("service", service.id),
                                        wording::localized("members", quoted_list(names))}),
        position_of(*deliverers.front(), service.id));
  }

  void check_local_coverage(std::size_t s, const CellSet& covered) {
    const Service& service = tender_.services[s];
    if (!service.local) {
      return;
    }
    std::vector<std::string> missing;
    for (std::size_t m = 0; m < tender_.municipalities.size(); ++m) {
      if (!covered.test(model_.local_cell(s, m))) {
        missing.push_back(tender_.municipalities[m].name);
      }
    }
    if (missing.empty()) {
      return;
    }
    add("INT-003",
        say(words::local_not_delivered, {wording::text("service", service.id),
                                         wording::localized("places", quoted_list(missing))}));
  }

  void check_certifications(const Service& service, const std::vector<const Member*>& deliverers) {
    for (const Member* member : deliverers) {
      const std::vector<std::string> missing = missing_certifications(
          service, [&](std::string_view certification) { return member->holds(certification); });
      if (missing.empty()) {
        continue;
      }
      add("INT-004",
          wording::say_count(
              static_cast<std::int64_t>(missing.size()), words::lacks_certification,
              words::lacks_certifications,
              {wording::text("member", member->name), wording::text("service", service.id),
               wording::localized("missing", quoted_list(missing))}),
          position_of(*member, service.id));
    }
  }

  void check_legal_form() {
    const LegalForm form = registration_.legal_form;
    if (!legal_form_allowed(tender_, form)) {
      add("INT-005", say(words::legal_form_not_allowed,
                         {wording::localized("form", LocalizedText{std::string(to_string(form)),
                                                                   in_prose(form).nl})}));
    }
    const Role head = head_role(form);
    std::vector<const Member*> heads;
    for (const Member& member : registration_.members) {
      if (member.role == head) {
        heads.push_back(&member);
      }
    }
    if (heads.size() != 1) {
      const std::vector<std::string> names = names_of(heads);
      add("INT-005",
          say(names.empty() ? words::needs_one_head : words::needs_one_head_named,
              {wording::localized("form", in_prose(form)),
               wording::localized("role", in_prose(head)),
               wording::integer("count", static_cast<std::int64_t>(heads.size())),
               wording::localized("names", quoted_list(names))}),
          heads.size() > 1 ? std::optional(heads[1]->where) : std::nullopt);
    }
    for (const Member& member : registration_.members) {
      if (!role_fits(form, member.role)) {
        add("INT-005",
            say(words::role_does_not_fit,
                {wording::text("member", member.name),
                 wording::localized("role", LocalizedText{std::string(to_string(member.role)),
                                                          in_prose(member.role).nl}),
                 wording::localized("form", in_prose(form))}),
            member.where);
      }
    }
  }

  void check_member_count() {
    const IntegralityRules& rules = tender_.integrality;
    const auto count = static_cast<int>(registration_.members.size());
    if (member_count_allowed(tender_, count)) {
      return;
    }
    const LocalizedText range =
        rules.max_members
            ? say(words::members_range, {wording::integer("min", rules.min_members),
                                         wording::integer("max", *rules.max_members)})
            : say(words::members_at_least, {wording::integer("min", rules.min_members)});
    add("INT-006", wording::say_count(count, words::member_count_one, words::member_count_many,
                                      {wording::localized("range", range)}));
  }

  void check_declarations() {
    for (const Member& member : registration_.members) {
      if (!member.declaration) {
        add("INT-007",
            say(words::no_declaration,
                {wording::text("member", member.name), wording::text("kvk", member.kvk)}),
            member.where);
      }
    }
  }

  void check_espds() {
    std::vector<bool> has_espd(registration_.members.size(), false);
    for (const Registration::MemberEspd& entry : registration_.espds) {
      has_espd[entry.member] = true;
      check_espd(registration_.members[entry.member], entry.response);
    }
    for (std::size_t i = 0; i < registration_.members.size(); ++i) {
      if (has_espd[i]) {
        continue;
      }
      const Member& member = registration_.members[i];
      add_espd_finding(
          "ESP-002", registration_.at(member.where),
          wording::say(
              member.declaration ? words::espd_missing_despite_declaration : words::espd_missing,
              {wording::text("member", member.name), wording::text("kvk", member.kvk)}));
    }
  }

  void check_espd(const Member& member, const EspdResponse& espd) {
    const auto at = [&](TextPosition position) {
      return espd.at(position == TextPosition{} ? espd.where : position);
    };
    if (input_kvk(espd.operator_id) != member.kvk) {
      add_espd_finding(
          "ESP-001", at(espd.operator_id_where),
          wording::say(words::espd_operator_id, {wording::text("member", member.name),
                                                 wording::text("operator", espd.operator_id),
                                                 wording::text("kvk", member.kvk)}));
    }
    if (loose_name(espd.operator_name) != loose_name(member.name)) {
      add_espd_finding(
          "ESP-001", at(espd.operator_name_where),
          wording::say(words::espd_operator_name,
                       {wording::text("member", member.name), wording::text("kvk", member.kvk),
                        wording::text("operator", espd.operator_name)}));
    }
    if (espd.role && !role_fits(*espd.role, member.role, registration_.members.size())) {
      add_espd_finding("ESP-001", at(espd.role_where),
                       wording::say(words::espd_operator_role,
                                    {wording::text("member", member.name),
                                     wording::localized("espd_role", in_prose(*espd.role)),
                                     wording::text("code", espd.role_code),
                                     wording::localized("role", in_prose(member.role))}));
    }
    for (const EspdExclusion& ground : espd.exclusions) {
      if (!ground.yes) {
        continue;
      }
      const bool coded = ground.name.en != ground.code;
      add_espd_finding(
          "ESP-003", at(ground.where),
          wording::say(
              coded ? words::espd_ground_yes_coded : words::espd_ground_yes,
              {wording::text("member", member.name), wording::text("kvk", member.kvk),
               wording::localized("ground", ground.name), wording::text("code", ground.code),
               wording::phrase("self_cleaning", ground.self_cleaning
                                                    ? words::espd_self_cleaning_declared
                                                    : words::espd_self_cleaning_none)}));
    }
    if (tender_.contract_folder_id && espd.contract_folder_id != tender_.contract_folder_id) {
      const std::string& expected = *tender_.contract_folder_id;
      if (espd.contract_folder_id) {
        add_espd_finding("ESP-004", at(espd.contract_folder_where),
                         wording::say(words::espd_other_procedure,
                                      {wording::text("member", member.name),
                                       wording::text("procedure", *espd.contract_folder_id),
                                       wording::text("expected", expected)}));
      } else {
        add_espd_finding(
            "ESP-004", at(espd.where),
            wording::say(words::espd_no_procedure, {wording::text("member", member.name),
                                                    wording::text("expected", expected)}));
      }
    }
  }

  const CoverageModel& model_;
  const Tender& tender_;
  const Registration& registration_;
  std::vector<Finding>& findings_;
};

// A provider's appearance in one registration.
struct Appearance {
  std::size_t registration;
  const Member* member;
};

void check_across(const Tender& tender, std::vector<RegistrationCheck>& checks) {
  // Group appearances by KvK number by sorting: cheaper than a map of vectors for 100,000+
  // members, and the sorted order makes the findings come out the same on every run.
  struct Keyed {
    std::string_view kvk;
    Appearance appearance;
  };
  std::vector<Keyed> all;
  for (std::size_t r = 0; r < checks.size(); ++r) {
    for (const Member& member : checks[r].registration.members) {
      all.push_back(Keyed{member.kvk, Appearance{r, &member}});
    }
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const Keyed& a, const Keyed& b) { return a.kvk < b.kvk; });

  const auto add = [&](const Appearance& at, std::string_view rule_id, LocalizedText message) {
    const Rule* rule = find_rule(rule_id);
    RegistrationCheck& check = checks[at.registration];
    check.findings.push_back(Finding{std::string(rule_id), rule->severity, std::move(message),
                                     check.registration.at(at.member->where), at.member->where});
  };
  const auto ids_of = [&](const std::vector<Appearance>& appearances) {
    std::vector<std::string> ids;
    for (const Appearance& appearance : appearances) {
      ids.push_back(checks[appearance.registration].registration.id);
    }
    return ids;
  };

  std::vector<Appearance> appearances;
  for (std::size_t begin = 0, end = 0; begin < all.size(); begin = end) {
    const std::string_view kvk = all[begin].kvk;
    for (end = begin; end < all.size() && all[end].kvk == kvk; ++end) {
    }
    if (end - begin < 2) {
      continue;
    }
    appearances.clear();
    for (std::size_t i = begin; i < end; ++i) {
      appearances.push_back(all[i].appearance);
    }
    const std::vector<std::string> all_ids = ids_of(appearances);
    std::vector<Appearance> leading;
    std::copy_if(appearances.begin(), appearances.end(), std::back_inserter(leading),
                 [](const Appearance& appearance) { return leads(appearance.member->role); });
    if (!tender.integrality.may_participate_several) {
      for (const Appearance& appearance : appearances) {
        add(appearance, "INT-008",
            say(words::takes_part_several,
                {wording::text("member", appearance.member->name),
                 wording::text("kvk", std::string(kvk)),
                 wording::integer("count", static_cast<std::int64_t>(appearances.size())),
                 wording::localized("ids", quoted_list(all_ids))}));
      }
    } else if (!tender.integrality.may_lead_several && leading.size() > 1) {
      const std::vector<std::string> lead_ids = ids_of(leading);
      for (const Appearance& appearance : leading) {
        add(appearance, "INT-008",
            say(words::leads_several,
                {wording::text("member", appearance.member->name),
                 wording::text("kvk", std::string(kvk)),
                 wording::integer("count", static_cast<std::int64_t>(leading.size())),
                 wording::localized("ids", quoted_list(lead_ids))}));
      }
    }
    // Names are compared loosely: case and spacing differences are not worth a warning.
    const auto normalized = [](std::string_view name) {
      std::string out;
      for (char c : text::fold_case(name)) {
        if (c != ' ' && c != '\t' && c != '.' && c != ',') {
          out += c;
        }
      }
      return out;
    };
    const Appearance& first = appearances.front();
    const std::string first_name = normalized(first.member->name);
    for (const Appearance& appearance : appearances) {
      if (normalized(appearance.member->name) == first_name) {
        continue;
      }
      const std::string& first_id = checks[first.registration].registration.id;
      add(appearance, "INT-010",
          say(words::kvk_other_name, {wording::text("kvk", std::string(kvk)),
                                      wording::text("name", appearance.member->name),
                                      wording::text("other", first.member->name),
                                      wording::text("registration", first_id)}));
    }
  }
}

// Findings in rule order, then in file order, however the rules were interleaved.
void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.rule_id, a.order.line, a.order.column) <
           std::tie(b.rule_id, b.order.line, b.order.column);
  });
}

}  // namespace

std::vector<Finding> check_registration(const CoverageModel& model,
                                        const Registration& registration) {
  std::vector<Finding> findings;
  RegistrationRules(model, registration, findings).run();
  sort_findings(findings);
  return findings;
}

std::vector<Finding> check_registration(const Tender& tender, const Registration& registration) {
  return check_registration(CoverageModel(tender), registration);
}

std::string_view to_string(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

std::span<const Rule> rules() {
  return kRules;
}

const Rule* find_rule(std::string_view id) {
  const auto it =
      std::find_if(kRules.begin(), kRules.end(), [&](const Rule& rule) { return rule.id == id; });
  return it == kRules.end() ? nullptr : &*it;
}

std::size_t RegistrationCheck::count(Severity severity) const {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(),
                    [&](const Finding& finding) { return finding.severity == severity; }));
}

bool RegistrationCheck::compliant(bool strict) const {
  return count(Severity::error) == 0 && (!strict || count(Severity::warning) == 0);
}

std::vector<const Finding*> RegistrationCheck::findings_of(std::string_view rule_id) const {
  std::vector<const Finding*> matching;
  for (const Finding& finding : findings) {
    if (finding.rule_id == rule_id) {
      matching.push_back(&finding);
    }
  }
  return matching;
}

bool CheckReport::all_compliant(bool strict) const {
  return compliant_count(strict) == registrations.size() && (!strict || skipped.empty());
}

std::size_t CheckReport::count(Severity severity) const {
  std::size_t total = 0;
  for (const RegistrationCheck& check : registrations) {
    total += check.count(severity);
  }
  return total;
}

std::size_t CheckReport::compliant_count(bool strict) const {
  return static_cast<std::size_t>(
      std::count_if(registrations.begin(), registrations.end(),
                    [&](const RegistrationCheck& check) { return check.compliant(strict); }));
}

CheckReport check(Tender tender, std::vector<Registration> registrations) {
  CheckReport report;
  report.tender = std::move(tender);
  report.registrations.reserve(registrations.size());
  for (Registration& registration : registrations) {
    report.registrations.push_back(RegistrationCheck{std::move(registration), {}});
  }
  // Registrations are independent until the cross-registration rules; each writes only its own.
  const CoverageModel model(report.tender);
  parallel_for(report.registrations.size(), [&](std::size_t i) {
    RegistrationCheck& check = report.registrations[i];
    RegistrationRules(model, check.registration, check.findings).run();
  });
  check_across(report.tender, report.registrations);
  parallel_for(report.registrations.size(),
               [&](std::size_t i) { sort_findings(report.registrations[i].findings); });
  return report;
}

}  // namespace tenderkit::integrality
