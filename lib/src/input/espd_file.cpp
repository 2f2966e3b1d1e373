// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/espd_file.hpp>
#include <tenderkit/input/wording.hpp>

#include <fmt/format.h>

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

namespace tenderkit::input {

namespace {

using wording::label;
using wording::say;

// An exclusion ground in both editions of ESPD-EDM: the code of the EU `criterion` table (3.x and
// 4.x), the code of 2.1.x, and its name (input/wording.hpp).
struct ExclusionGround {
  std::string_view code;     // 3.x / 4.x
  std::string_view code_v2;  // 2.1.x, after "CRITERION.EXCLUSION."
  const wording::Phrase* name;
};

// The exclusion grounds of the ESPD, in the order the ESPD lists them.
constexpr std::array kGrounds{
    ExclusionGround{"crime-org", "CONVICTIONS.PARTICIPATION_IN_CRIMINAL_ORGANISATION",
                    &words::espd_ground_crime_org},
    ExclusionGround{"corruption", "CONVICTIONS.CORRUPTION", &words::espd_ground_corruption},
    ExclusionGround{"fraud", "CONVICTIONS.FRAUD", &words::espd_ground_fraud},
    ExclusionGround{"terr-offence", "CONVICTIONS.TERRORIST_OFFENCES",
                    &words::espd_ground_terr_offence},
    ExclusionGround{"finan-laund", "CONVICTIONS.MONEY_LAUNDERING", &words::espd_ground_finan_laund},
    ExclusionGround{"human-traffic", "CONVICTIONS.CHILD_LABOUR-HUMAN_TRAFFICKING",
                    &words::espd_ground_human_traffic},
    ExclusionGround{"tax-pay", "CONTRIBUTIONS.PAYMENT_OF_TAXES", &words::espd_ground_tax_pay},
    ExclusionGround{"socsec-pay", "CONTRIBUTIONS.PAYMENT_OF_SOCIAL_SECURITY",
                    &words::espd_ground_socsec_pay},
    ExclusionGround{"envir-law", "SOCIAL.ENVIRONMENTAL_LAW", &words::espd_ground_envir_law},
    ExclusionGround{"socsec-law", "SOCIAL.SOCIAL_LAW", &words::espd_ground_socsec_law},
    ExclusionGround{"labour-law", "SOCIAL.LABOUR_LAW", &words::espd_ground_labour_law},
    ExclusionGround{"bankruptcy", "BUSINESS.BANKRUPTCY", &words::espd_ground_bankruptcy},
    ExclusionGround{"insolvency", "BUSINESS.INSOLVENCY", &words::espd_ground_insolvency},
    ExclusionGround{"cred-arran", "BUSINESS.CREDITORS_ARRANGEMENT", &words::espd_ground_cred_arran},
    ExclusionGround{"bankr-nat", "BUSINESS.BANKRUPTCY_ANALOGOUS", &words::espd_ground_bankr_nat},
    ExclusionGround{"liq-admin", "BUSINESS.LIQUIDATOR_ADMINISTERED", &words::espd_ground_liq_admin},
    ExclusionGround{"susp-act", "BUSINESS.ACTIVITIES_SUSPENDED", &words::espd_ground_susp_act},
    ExclusionGround{"prof-misconduct", "MISCONDUCT.MC_PROFESSIONAL",
                    &words::espd_ground_prof_misconduct},
    ExclusionGround{"distorsion", "MISCONDUCT.MARKET_DISTORTION", &words::espd_ground_distorsion},
    ExclusionGround{"partic-confl", "CONFLICT_OF_INTEREST.PROCEDURE_PARTICIPATION",
                    &words::espd_ground_partic_confl},
    ExclusionGround{"prep-confl", "CONFLICT_OF_INTEREST.PROCEDURE_PREPARATION",
                    &words::espd_ground_prep_confl},
    ExclusionGround{"sanction", "CONFLICT_OF_INTEREST.EARLY_TERMINATION",
                    &words::espd_ground_sanction},
    ExclusionGround{"misrepresent", "CONFLICT_OF_INTEREST.MISINTERPRETATION",
                    &words::espd_ground_misrepresent},
    ExclusionGround{"nati-ground", "NATIONAL.OTHER", &words::espd_ground_nati_ground},
};

constexpr std::string_view kV2ExclusionPrefix = "CRITERION.EXCLUSION.";

// The role codes of both editions: the EU `eo-role-type` table (3.x, 4.x) and the EORoleType
// list of 2.x.
struct RoleCode {
  std::string_view code;
  EspdRole role;
};
constexpr std::array kRoleCodes{
    RoleCode{"sole-tenderer", EspdRole::sole_tenderer},
    RoleCode{"group-lead", EspdRole::group_lead},
    RoleCode{"group-mem", EspdRole::group_member},
    RoleCode{"oeron", EspdRole::relied_upon},
    RoleCode{"oenron", EspdRole::not_relied_upon},
    RoleCode{"subcont", EspdRole::subcontractor},
    RoleCode{"SCLE", EspdRole::sole_or_lead},
    RoleCode{"GM", EspdRole::group_member},
    RoleCode{"OERON", EspdRole::relied_upon},
    RoleCode{"OENRON", EspdRole::not_relied_upon},
};

std::string_view local_name(const char* qualified) {
  const std::string_view name(qualified);
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& parent, std::string_view name) {
  for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
    if (node.type() == pugi::node_element && local_name(node.name()) == name) {
      return node;
    }
  }
  return {};
}

template <class F>
void for_each_child(const pugi::xml_node& parent, std::string_view name, F&& f) {
  for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
    if (node.type() == pugi::node_element && local_name(node.name()) == name) {
      f(node);
    }
  }
}

// The path of children, or an empty node.
pugi::xml_node descend(pugi::xml_node node, std::initializer_list<std::string_view> path) {
  for (std::string_view name : path) {
    if (!node) {
      return {};
    }
    node = child(node, name);
  }
  return node;
}

std::string_view trimmed(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) {
    s.remove_prefix(1);
  }
  while (!s.empty() && space(s.back())) {
    s.remove_suffix(1);
  }
  return s;
}

// The trimmed character data of an element (text and CDATA sections, not its children's).
std::string text_of(const pugi::xml_node& node) {
  std::string out;
  for (pugi::xml_node part = node.first_child(); part; part = part.next_sibling()) {
    if (part.type() == pugi::node_pcdata || part.type() == pugi::node_cdata) {
      out += part.value();
    }
  }
  return std::string(trimmed(out));
}

class Reader {
 public:
  Reader(std::string_view content, const std::string& file) : content_(content), file_(file) {}

  // Where an element starts: its '<'. pugixml keeps the offset of the name, one past it. The line
  // is found in an index of line starts, built once, and the column counted on that line only:
  // counting from the file's start for every element would make a 1 MB response slow.
  TextPosition position(const pugi::xml_node& node) {
    const std::ptrdiff_t offset = node ? node.offset_debug() : -1;
    if (offset <= 0) {
      return {};
    }
    const auto at = static_cast<std::size_t>(offset - 1);
    if (line_starts_.empty()) {
      line_starts_.push_back(0);
      for (std::size_t i = content_.find('\n'); i != std::string_view::npos;
           i = content_.find('\n', i + 1)) {
        line_starts_.push_back(i + 1);
      }
    }
    const auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), at) - 1;
    const TextPosition in_line = text::position_at(content_.substr(*line), at - *line);
    return TextPosition{static_cast<int>(line - line_starts_.begin()) + 1, in_line.column};
  }

  SourceLocation at(const pugi::xml_node& node) { return SourceLocation(file_, position(node)); }

  Result<EspdResponse> read() {
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_buffer(
        content_.data(), content_.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
      return Error::input(
          say(words::espd_not_xml, {wording::text("reason", parsed.description())}),
          SourceLocation(
              file_, text::position_at(content_, static_cast<std::size_t>(
                                                     std::max<std::ptrdiff_t>(parsed.offset, 0)))),
          label(words::espd_what_it_is));
    }
    const pugi::xml_node root = document.document_element();
    if (!root) {
      return Error::input(label(words::espd_no_element), SourceLocation(file_, 0, 0));
    }
    const std::string_view root_name = local_name(root.name());
    if (root_name != "QualificationApplicationResponse") {
      return Error::input(
          say(words::espd_wrong_root, {wording::text("root", root.name())}), at(root),
          label(root_name == "QualificationApplicationRequest" ? words::espd_is_request
                                                               : words::espd_what_it_is));
    }
    EspdResponse response;
    response.file = file_;
    response.where = position(root);
    if (!read_version(root, response)) {
      return sink_.to_error();
    }
    if (const pugi::xml_node folder = child(root, "ContractFolderID")) {
      response.contract_folder_id = text_of(folder);
      response.contract_folder_where = position(folder);
    }
    read_operator(root, response);
    read_exclusions(root, response);
    if (!sink_.empty()) {
      return sink_.to_error();
    }
    return response;
  }

 private:
  bool read_version(const pugi::xml_node& root, EspdResponse& response) {
    const pugi::xml_node version = child(root, "VersionID");
    if (!version) {
      sink_.error(label(words::espd_no_version), at(root), label(words::espd_versions_read));
      return false;
    }
    response.version = text_of(version);
    const std::string_view v = response.version;
    if (v == "2.1.0" || v == "2.1.1") {
      response.edition = EspdEdition::v2;
    } else if (v.starts_with("3.") || v.starts_with("4.")) {
      response.edition = EspdEdition::v3_v4;
    } else {
      sink_.error(say(words::espd_unknown_version, {wording::text("version", response.version)}),
                  at(version), label(words::espd_versions_read_all));
      return false;
    }
    return true;
  }

  void read_operator(const pugi::xml_node& root, EspdResponse& response) {
    const pugi::xml_node party = child(root, "EconomicOperatorParty");
    if (!party) {
      sink_.error(label(words::espd_no_operator), at(root));
      return;
    }
    const pugi::xml_node id = descend(party, {"Party", "PartyIdentification", "ID"});
    if (!id || text_of(id).empty()) {
      sink_.error(label(words::espd_no_operator_id), at(party),
                  label(words::espd_operator_id_hint));
    } else {
      response.operator_id = text_of(id);
      response.operator_id_where = position(id);
    }
    const pugi::xml_node name = descend(party, {"Party", "PartyName", "Name"});
    if (!name || text_of(name).empty()) {
      sink_.error(label(words::espd_no_operator_name), at(party));
    } else {
      response.operator_name = text_of(name);
      response.operator_name_where = position(name);
    }
    const pugi::xml_node role = descend(party, {"EconomicOperatorRole", "RoleCode"});
    if (!role) {
      return;
    }
    response.role_code = text_of(role);
    response.role_where = position(role);
    const auto found =
        std::find_if(kRoleCodes.begin(), kRoleCodes.end(),
                     [&](const RoleCode& code) { return code.code == response.role_code; });
    if (found == kRoleCodes.end()) {
      std::vector<std::string> codes;
      for (const RoleCode& code : kRoleCodes) {
        codes.emplace_back(code.code);
      }
      LocalizedText hint = text::did_you_mean(response.role_code, codes);
      sink_.error(say(words::espd_unknown_role, {wording::text("role", response.role_code)}),
                  at(role), hint.en.empty() ? label(words::espd_roles) : std::move(hint));
      return;
    }
    response.role = found->role;
  }

  // The ground of a criterion code, or nullptr when it is no exclusion ground of this edition.
  // A code of the other edition is an error: the two cannot be mixed in one response.
  const ExclusionGround* ground_of(const std::string& code, EspdEdition edition,
                                   const pugi::xml_node& element, bool& exclusion) {
    exclusion = false;
    const bool v2_code = code.starts_with(kV2ExclusionPrefix);
    const std::string_view v2_rest =
        v2_code ? std::string_view(code).substr(kV2ExclusionPrefix.size()) : std::string_view();
    const auto it = std::find_if(kGrounds.begin(), kGrounds.end(), [&](const ExclusionGround& g) {
      return v2_code ? g.code_v2 == v2_rest : g.code == code;
    });
    const ExclusionGround* ground = it == kGrounds.end() ? nullptr : &*it;
    if (edition == EspdEdition::v2 && !v2_code && ground != nullptr) {
      sink_.error(
          say(words::espd_code_of_v3,
              {wording::text("code", code), wording::text("version", version_)}),
          at(element),
          say(words::espd_in_v2_ground_is,
              {wording::text("code", fmt::format("{}{}", kV2ExclusionPrefix, ground->code_v2))}));
      return nullptr;
    }
    if (edition == EspdEdition::v3_v4 && v2_code) {
      sink_.error(say(words::espd_code_of_v2,
                      {wording::text("code", code), wording::text("version", version_)}),
                  at(element),
                  ground != nullptr ? say(words::espd_in_v3_ground_is,
                                          {wording::text("code", std::string(ground->code))})
                                    : label(words::espd_v3_codes));
      return nullptr;
    }
    exclusion = v2_code || ground != nullptr;
    return ground;
  }

  static bool is_indicator_question(const pugi::xml_node& property) {
    return text_of(child(property, "TypeCode")) == "QUESTION" &&
           text_of(child(property, "ValueDataTypeCode")) == "INDICATOR";
  }

  // The self-cleaning question, in the words the ESPD taxonomy uses for it in English and Dutch.
  static bool is_self_cleaning_question(const pugi::xml_node& property) {
    const std::string description = text::fold_case(text_of(child(property, "Description")));
    for (std::string_view word : {"self-clean", "selfclean", "reliability", "betrouwbaarheid",
                                  "zelfreiniging", "herstelmaatregel"}) {
      if (description.find(word) != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  // Collects the criterion's properties in document order, at every depth.
  static void properties_of(const pugi::xml_node& node, std::vector<pugi::xml_node>& out) {
    for (pugi::xml_node part = node.first_child(); part; part = part.next_sibling()) {
      if (part.type() != pugi::node_element) {
        continue;
      }
      const std::string_view name = local_name(part.name());
      if (name == "TenderingCriterionProperty") {
        out.push_back(part);
      } else if (name == "TenderingCriterionPropertyGroup" ||
                 name == "SubsidiaryTenderingCriterionPropertyGroup") {
        properties_of(part, out);
      }
    }
  }

  // The value of a yes/no answer: "yes" when any response to the property says so (a platform may
  // repeat it per lot), nullopt without one. `where` becomes the answer that decided.
  std::optional<bool> indicator(const std::string& property_id, TextPosition& where) {
    const auto found = responses_.find(property_id);
    if (found == responses_.end()) {
      return std::nullopt;
    }
    std::optional<bool> value;
    for (const pugi::xml_node& response : found->second) {
      const pugi::xml_node indicator = descend(response, {"ResponseValue", "ResponseIndicator"});
      if (!indicator) {
        continue;
      }
      const std::string text = text_of(indicator);
      if (text == "true" || text == "1") {
        value = true;
      } else if (text == "false" || text == "0") {
        value = value.value_or(false);
      } else {
        sink_.error(say(words::espd_not_yes_no, {wording::text("found", text)}), at(indicator));
        continue;
      }
      if (*value || where == TextPosition{}) {
        where = position(indicator);
      }
    }
    return value;
  }

  void read_exclusions(const pugi::xml_node& root, EspdResponse& response) {
    version_ = response.version;
    for_each_child(root, "TenderingCriterionResponse", [&](const pugi::xml_node& answer) {
      const pugi::xml_node property = child(answer, "ValidatedCriterionPropertyID");
      if (property) {
        responses_[text_of(property)].push_back(answer);
      }
    });
    std::vector<pugi::xml_node> properties;
    for_each_child(root, "TenderingCriterion", [&](const pugi::xml_node& criterion) {
      const pugi::xml_node code_node = child(criterion, "CriterionTypeCode");
      const std::string code = text_of(code_node);
      bool exclusion = false;
      const ExclusionGround* ground = ground_of(code, response.edition, code_node, exclusion);
      if (!exclusion) {
        return;
      }
      EspdExclusion result;
      result.code = code;
      if (ground != nullptr) {
        result.name = wording::label(*ground->name);
      } else {
        const std::string own = text_of(child(criterion, "Name"));
        result.name = LocalizedText{own.empty() ? code : own, own.empty() ? code : own};
      }
      result.where = position(code_node);
      properties.clear();
      properties_of(criterion, properties);
      bool main_found = false;
      for (const pugi::xml_node& property : properties) {
        if (!is_indicator_question(property)) {
          continue;
        }
        const std::string id = text_of(child(property, "ID"));
        if (!main_found) {
          main_found = true;
          TextPosition where;
          if (const std::optional<bool> yes = indicator(id, where)) {
            result.answered = true;
            result.yes = *yes;
            result.where = where;
          }
        } else if (is_self_cleaning_question(property)) {
          TextPosition ignored;
          result.self_cleaning = result.self_cleaning || indicator(id, ignored).value_or(false);
        }
      }
      response.exclusions.push_back(std::move(result));
    });
  }

  std::string_view content_;
  std::vector<std::size_t> line_starts_;
  const std::string& file_;
  DiagnosticSink sink_;
  std::string version_;
  std::unordered_map<std::string, std::vector<pugi::xml_node>> responses_;
};

}  // namespace

Result<EspdResponse> parse_espd(std::string_view content, const std::string& file) {
  return Reader(content, file).read();
}

Result<EspdResponse> load_espd(const std::filesystem::path& path) {
  Result<std::string> content = read_file(path);
  if (!content) {
    return content.error();
  }
  return parse_espd(*content, path.string());
}

std::optional<std::string> kvk_of(std::string_view operator_id) {
  std::string upper;
  for (char c : operator_id) {
    if (c == ' ' || c == '.' || c == '-') {
      continue;
    }
    upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  std::string_view rest(upper);
  for (std::string_view prefix : {"KVK", "NL"}) {
    if (rest.starts_with(prefix)) {
      rest.remove_prefix(prefix.size());
    }
  }
  if (rest.size() != 8 ||
      !std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::string(rest);
}

}  // namespace tenderkit::input
