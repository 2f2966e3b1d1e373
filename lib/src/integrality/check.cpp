// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/parallel.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/espd_file.hpp>
#include <tenderkit/integrality/check.hpp>
#include <tenderkit/integrality/espd_wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace tenderkit::integrality {

namespace {

constexpr std::array kRules{
    Rule{"INT-001", "service-coverage", Severity::error,
         "Every required service is delivered by at least one member."},
    Rule{"INT-002", "not-only-subcontracted", Severity::error,
         "A service that may not rest on subcontracting is delivered by at least one member that "
         "is not a subcontractor."},
    Rule{"INT-003", "local-coverage", Severity::error,
         "A local service is delivered in every municipality of the tender."},
    Rule{"INT-004", "certification", Severity::error,
         "Every member delivering a service holds the certifications that service requires."},
    Rule{"INT-005", "legal-form-and-roles", Severity::error,
         "The legal form is allowed, and the roles fit it: a combination has exactly one lead and "
         "no main contractor; a main-contractor construction has exactly one main contractor and "
         "otherwise only subcontractors."},
    Rule{"INT-006", "member-count", Severity::error,
         "The number of members lies within the tender's minimum and maximum."},
    Rule{"INT-007", "declaration", Severity::error,
         "Every member's exclusion-grounds declaration (UEA/ESPD) is in."},
    Rule{"INT-008", "one-registration", Severity::error,
         "Across the registrations checked together, a provider (by KvK number) leads at most one "
         "registration and, where the tender says so, takes part in at most one."},
    Rule{
        "INT-009", "single-supplier", Severity::warning,
        "A service delivered by exactly one member is a continuity risk if that member drops out."},
    Rule{"INT-010", "kvk-name", Severity::warning,
         "The same KvK number under different names suggests a typing error or a changed name."},
    Rule{"ESP-001", "espd-operator", Severity::error,
         "A member's ESPD response is its own: the economic operator has the member's KvK number "
         "and name, and a role that fits the member's."},
    Rule{"ESP-002", "espd-missing", Severity::error,
         "When ESPD responses are in use, every member has one (this replaces INT-007)."},
    Rule{"ESP-003", "exclusion-ground", Severity::error,
         "No member answers an exclusion ground with yes in its ESPD response."},
    Rule{"ESP-004", "espd-procedure", Severity::error,
         "Every ESPD response is for this procedure: its contract folder id is the tender's."},
};

std::string_view role_nl(Role role) {
  return display_name(role, Language::nl);
}
std::string_view role_en(Role role) {
  return display_name(role, Language::en);
}
std::string_view legal_form_nl(LegalForm form) {
  return display_name(form, Language::nl);
}
std::string_view legal_form_en(LegalForm form) {
  return display_name(form, Language::en);
}

bool leads(Role role) {
  return role == Role::lead || role == Role::main_contractor;
}

// Quoted member names, for messages that list who does something.
std::vector<std::string> names_of(const std::vector<const Member*>& members) {
  std::vector<std::string> names;
  for (const Member* member : members) {
    names.push_back(member->name);
  }
  return names;
}

// "'a', 'b' en 'c'": the Dutch form of text::quoted_list.
std::string quoted_list_nl(std::span<const std::string> parts) {
  std::string list = text::quoted_list(parts);
  const std::size_t last_and = list.rfind("' and '");
  if (last_and != std::string::npos) {
    list.replace(last_and, 7, "' en '");
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
  RegistrationRules(const Tender& tender, RegistrationCheck& check)
      : tender_(tender), registration_(check.registration), findings_(check.findings) {}

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
  // A finding of an ESP rule, worded through integrality/espd_wording.hpp.
  void add_espd_finding(std::string_view rule_id, SourceLocation where, LocalizedText message) {
    const Rule* rule = find_rule(rule_id);
    findings_.push_back(
        Finding{std::string(rule_id), rule->severity, std::move(message), std::move(where)});
  }

  void add(std::string_view rule_id, std::string en, std::string nl,
           std::optional<TextPosition> position = std::nullopt) {
    const Rule* rule = find_rule(rule_id);
    Finding finding;
    finding.rule_id = std::string(rule_id);
    finding.severity = rule->severity;
    finding.message = LocalizedText{std::move(en), std::move(nl)};
    finding.where =
        position ? registration_.at(*position) : SourceLocation(registration_.file, 0, 0);
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

  void check_services() {
    for (const Service& service : tender_.services) {
      std::vector<const Member*> deliverers;
      for (const Member& member : registration_.members) {
        if (member.delivers(service.id)) {
          deliverers.push_back(&member);
        }
      }
      if (deliverers.empty()) {
        add("INT-001",
            fmt::format("required service '{}' ({}) is not delivered by any member", service.id,
                        service.name),
            fmt::format("vereiste dienst '{}' ({}) wordt door geen enkel lid geleverd", service.id,
                        service.name));
        continue;
      }
      check_subcontracting(service, deliverers);
      check_local_coverage(service, deliverers);
      check_certifications(service, deliverers);
      if (deliverers.size() == 1) {
        const Member& only = *deliverers.front();
        add("INT-009",
            fmt::format("service '{}' is delivered only by '{}': a continuity risk if that member "
                        "drops out",
                        service.id, only.name),
            fmt::format("dienst '{}' wordt alleen door '{}' geleverd: een continuïteitsrisico als "
                        "dat lid uitvalt",
                        service.id, only.name),
            position_of(only, service.id));
      }
    }
  }

  void check_subcontracting(const Service& service, const std::vector<const Member*>& deliverers) {
    if (service.subcontractors_only_allowed) {
      return;
    }
    const bool only_subcontractors =
        std::all_of(deliverers.begin(), deliverers.end(),
                    [](const Member* member) { return member->role == Role::subcontractor; });
    if (!only_subcontractors) {
      return;
    }
    const std::vector<std::string> names = names_of(deliverers);
    add("INT-002",
        fmt::format("service '{}' may not rest on subcontractors alone, but only subcontractors "
                    "deliver it ({})",
                    service.id, text::quoted_list(names)),
        fmt::format("dienst '{}' mag niet alleen door onderaannemers worden geleverd, maar alleen "
                    "onderaannemers leveren hem ({})",
                    service.id, quoted_list_nl(names)),
        position_of(*deliverers.front(), service.id));
  }

  void check_local_coverage(const Service& service, const std::vector<const Member*>& deliverers) {
    if (!service.local) {
      return;
    }
    std::vector<std::string> missing;
    for (const Municipality& municipality : tender_.municipalities) {
      const bool served =
          std::any_of(deliverers.begin(), deliverers.end(),
                      [&](const Member* member) { return member->serves(municipality.id); });
      if (!served) {
        missing.push_back(municipality.name);
      }
    }
    if (missing.empty()) {
      return;
    }
    add("INT-003",
        fmt::format("local service '{}' is not delivered in {}", service.id,
                    text::quoted_list(missing)),
        fmt::format("lokale dienst '{}' wordt niet geleverd in {}", service.id,
                    quoted_list_nl(missing)));
  }

  void check_certifications(const Service& service, const std::vector<const Member*>& deliverers) {
    for (const Member* member : deliverers) {
      std::vector<std::string> missing;
      for (const std::string& certification : service.certifications) {
        if (!member->holds(certification)) {
          missing.push_back(certification);
        }
      }
      if (missing.empty()) {
        continue;
      }
      const char* plural_en = missing.size() == 1 ? "certification" : "certifications";
      const char* plural_nl = missing.size() == 1 ? "certificering" : "certificeringen";
      add("INT-004",
          fmt::format("'{}' delivers service '{}' but lacks the required {} {}", member->name,
                      service.id, plural_en, text::quoted_list(missing)),
          fmt::format("'{}' levert dienst '{}' maar mist de vereiste {} {}", member->name,
                      service.id, plural_nl, quoted_list_nl(missing)),
          position_of(*member, service.id));
    }
  }

  void check_legal_form() {
    const LegalForm form = registration_.legal_form;
    const auto& allowed = tender_.integrality.legal_forms;
    if (std::find(allowed.begin(), allowed.end(), form) == allowed.end()) {
      add("INT-005", fmt::format("legal form '{}' is not allowed in this tender", to_string(form)),
          fmt::format("rechtsvorm '{}' is in deze aanbesteding niet toegestaan",
                      legal_form_nl(form)));
    }
    const Role head = form == LegalForm::combination ? Role::lead : Role::main_contractor;
    std::vector<const Member*> heads;
    for (const Member& member : registration_.members) {
      if (member.role == head) {
        heads.push_back(&member);
      }
    }
    if (heads.size() != 1) {
      const std::vector<std::string> names = names_of(heads);
      add("INT-005",
          fmt::format("a {} needs exactly one {}, found {}{}", legal_form_en(form), role_en(head),
                      heads.size(), names.empty() ? "" : " (" + text::quoted_list(names) + ")"),
          fmt::format("een {} heeft precies één {} nodig, gevonden: {}{}", legal_form_nl(form),
                      role_nl(head), heads.size(),
                      names.empty() ? "" : " (" + quoted_list_nl(names) + ")"),
          heads.size() > 1 ? std::optional(heads[1]->where) : std::nullopt);
    }
    for (const Member& member : registration_.members) {
      const bool fits = form == LegalForm::combination ? member.role != Role::main_contractor
                                                       : member.role == Role::main_contractor ||
                                                             member.role == Role::subcontractor;
      if (!fits) {
        add("INT-005",
            fmt::format("'{}' has the role '{}', which a {} does not have", member.name,
                        to_string(member.role), legal_form_en(form)),
            fmt::format("'{}' heeft de rol '{}', die een {} niet kent", member.name,
                        role_nl(member.role), legal_form_nl(form)),
            member.where);
      }
    }
  }

  void check_member_count() {
    const IntegralityRules& rules = tender_.integrality;
    const auto count = static_cast<int>(registration_.members.size());
    const bool too_few = count < rules.min_members;
    const bool too_many = rules.max_members && count > *rules.max_members;
    if (!too_few && !too_many) {
      return;
    }
    const std::string range_en =
        rules.max_members ? fmt::format("{} to {}", rules.min_members, *rules.max_members)
                          : fmt::format("at least {}", rules.min_members);
    const std::string range_nl =
        rules.max_members ? fmt::format("{} tot en met {}", rules.min_members, *rules.max_members)
                          : fmt::format("ten minste {}", rules.min_members);
    add("INT-006",
        fmt::format("the consortium has {} {}; the tender allows {}", count,
                    count == 1 ? "member" : "members", range_en),
        fmt::format("het samenwerkingsverband heeft {} {}; de aanbesteding staat {} toe", count,
                    count == 1 ? "lid" : "leden", range_nl));
  }

  void check_declarations() {
    for (const Member& member : registration_.members) {
      if (!member.declaration) {
        add("INT-007",
            fmt::format("'{}' (KvK {}) has not handed in the exclusion-grounds declaration "
                        "(UEA/ESPD)",
                        member.name, member.kvk),
            fmt::format("'{}' (KvK {}) heeft de eigen verklaring uitsluitingsgronden (UEA) niet "
                        "ingediend",
                        member.name, member.kvk),
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
              member.declaration ? espd_words::missing_despite_declaration : espd_words::missing,
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
          wording::say(espd_words::operator_id, {wording::text("member", member.name),
                                                 wording::text("operator", espd.operator_id),
                                                 wording::text("kvk", member.kvk)}));
    }
    if (loose_name(espd.operator_name) != loose_name(member.name)) {
      add_espd_finding(
          "ESP-001", at(espd.operator_name_where),
          wording::say(espd_words::operator_name,
                       {wording::text("member", member.name), wording::text("kvk", member.kvk),
                        wording::text("operator", espd.operator_name)}));
    }
    if (espd.role && !role_fits(*espd.role, member.role, registration_.members.size())) {
      add_espd_finding(
          "ESP-001", at(espd.role_where),
          wording::say(
              espd_words::operator_role,
              {wording::text("member", member.name),
               wording::localized(
                   "espd_role", LocalizedText{std::string(display_name(*espd.role, Language::en)),
                                              std::string(display_name(*espd.role, Language::nl))}),
               wording::text("code", espd.role_code),
               wording::localized("role", LocalizedText{std::string(role_en(member.role)),
                                                        std::string(role_nl(member.role))})}));
    }
    for (const EspdExclusion& ground : espd.exclusions) {
      if (!ground.yes) {
        continue;
      }
      const bool coded = ground.name.en != ground.code;
      add_espd_finding(
          "ESP-003", at(ground.where),
          wording::say(
              coded ? espd_words::ground_yes_coded : espd_words::ground_yes,
              {wording::text("member", member.name), wording::text("kvk", member.kvk),
               wording::localized("ground", ground.name), wording::text("code", ground.code),
               wording::phrase("self_cleaning", ground.self_cleaning
                                                    ? espd_words::self_cleaning_declared
                                                    : espd_words::self_cleaning_none)}));
    }
    if (tender_.contract_folder_id && espd.contract_folder_id != tender_.contract_folder_id) {
      const std::string& expected = *tender_.contract_folder_id;
      if (espd.contract_folder_id) {
        add_espd_finding("ESP-004", at(espd.contract_folder_where),
                         wording::say(espd_words::other_procedure,
                                      {wording::text("member", member.name),
                                       wording::text("procedure", *espd.contract_folder_id),
                                       wording::text("expected", expected)}));
      } else {
        add_espd_finding(
            "ESP-004", at(espd.where),
            wording::say(espd_words::no_procedure, {wording::text("member", member.name),
                                                    wording::text("expected", expected)}));
      }
    }
  }

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

  const auto add = [&](const Appearance& at, std::string_view rule_id, std::string en,
                       std::string nl) {
    const Rule* rule = find_rule(rule_id);
    RegistrationCheck& check = checks[at.registration];
    check.findings.push_back(Finding{std::string(rule_id), rule->severity,
                                     LocalizedText{std::move(en), std::move(nl)},
                                     check.registration.at(at.member->where)});
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
            fmt::format("'{}' (KvK {}) takes part in {} registrations ({}); the tender allows one",
                        appearance.member->name, kvk, appearances.size(),
                        text::quoted_list(all_ids)),
            fmt::format("'{}' (KvK {}) neemt deel aan {} inschrijvingen ({}); de aanbesteding "
                        "staat er één toe",
                        appearance.member->name, kvk, appearances.size(), quoted_list_nl(all_ids)));
      }
    } else if (!tender.integrality.may_lead_several && leading.size() > 1) {
      const std::vector<std::string> lead_ids = ids_of(leading);
      for (const Appearance& appearance : leading) {
        add(appearance, "INT-008",
            fmt::format("'{}' (KvK {}) leads {} registrations ({}); a provider may lead one",
                        appearance.member->name, kvk, leading.size(), text::quoted_list(lead_ids)),
            fmt::format("'{}' (KvK {}) is penvoerder of hoofdaannemer in {} inschrijvingen ({}); "
                        "dat mag in één",
                        appearance.member->name, kvk, leading.size(), quoted_list_nl(lead_ids)));
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
          fmt::format("KvK {} is named '{}' here but '{}' in registration '{}'", kvk,
                      appearance.member->name, first.member->name, first_id),
          fmt::format("KvK {} heet hier '{}' maar '{}' in inschrijving '{}'", kvk,
                      appearance.member->name, first.member->name, first_id));
    }
  }
}

}  // namespace

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
  parallel_for(report.registrations.size(), [&](std::size_t i) {
    RegistrationRules(report.tender, report.registrations[i]).run();
  });
  check_across(report.tender, report.registrations);
  // Findings in rule order, then in file order, however the checks were interleaved.
  parallel_for(report.registrations.size(), [&](std::size_t i) {
    std::vector<Finding>& findings = report.registrations[i].findings;
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
      return std::tie(a.rule_id, a.where.line, a.where.column) <
             std::tie(b.rule_id, b.where.line, b.where.column);
    });
  });
  return report;
}

}  // namespace tenderkit::integrality
