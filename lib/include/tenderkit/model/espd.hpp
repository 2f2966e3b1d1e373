// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/language.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit {

/// The ESPD-EDM family a response follows: 2.1.x (criterion codes such as
/// `CRITERION.EXCLUSION.CONVICTIONS.FRAUD`, roles SCLE/GM/OERON/OENRON) or 3.x/4.x (criterion codes
/// of the EU `criterion` table such as `fraud`, roles of the EU `eo-role-type` table).
enum class EspdEdition { v2, v3_v4 };

/// The economic operator's role in the procedure, as an ESPD states it.
enum class EspdRole {
  sole_tenderer,    ///< sole-tenderer
  group_lead,       ///< group-lead
  sole_or_lead,     ///< v2 SCLE: "sole contractor / lead entity"
  group_member,     ///< group-mem, v2 GM
  relied_upon,      ///< oeron, v2 OERON: an other entity relied upon
  not_relied_upon,  ///< oenron, v2 OENRON: an other entity not relied upon
  subcontractor,    ///< subcont
};

/// The role in prose: "group member", "lid van een combinatie".
std::string_view display_name(EspdRole role, Language language);

enum class Role;

/// Whether an ESPD role fits a member's role in a registration of `members` members (ESP-001):
/// a lead is group-lead or SCLE (or sole-tenderer when alone), a member group-mem, a main
/// contractor sole-tenderer, group-lead or SCLE, a subcontractor subcont, oeron or oenron.
bool role_fits(EspdRole espd, Role role, std::size_t members);

/// One exclusion ground of an ESPD response and the operator's answer to it.
struct EspdExclusion {
  std::string code;       ///< the criterion code as written: "crime-org", "CRITERION.EXCLUSION..."
  LocalizedText name;     ///< the ground in words ("Fraude" / "Fraud"); the file's own name if
                          ///< tenderkit does not know the code
  bool answered = false;  ///< a response to the ground's main question is in the file
  bool yes = false;       ///< answered "yes" (true): the ground applies
  bool self_cleaning = false;  ///< self-cleaning measures declared ("yes" to that question)
  TextPosition where;          ///< the answer (cbc:ResponseIndicator), else the criterion's element
};

/// What tenderkit reads from one ESPD (UEA) response (UBL QualificationApplicationResponse).
struct EspdResponse {
  std::string file;     ///< the path it was read from, as given
  std::string version;  ///< cbc:VersionID: "2.1.1", "4.1.0"
  EspdEdition edition = EspdEdition::v3_v4;
  std::string operator_id;  ///< the economic operator's identifier (the KvK number)
  TextPosition operator_id_where;
  std::string operator_name;
  TextPosition operator_name_where;
  std::optional<EspdRole> role;  ///< absent when the file states none
  std::string role_code;         ///< as written: "group-mem", "GM"
  TextPosition role_where;
  std::optional<std::string> contract_folder_id;  ///< the procedure's reference number
  TextPosition contract_folder_where;
  std::vector<EspdExclusion> exclusions;  ///< in file order
  TextPosition where;                     ///< the root element

  SourceLocation at(TextPosition position) const { return SourceLocation(file, position); }
};

}  // namespace tenderkit
