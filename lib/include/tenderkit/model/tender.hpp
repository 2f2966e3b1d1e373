// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/language.hpp>
#include <tenderkit/model/contract.hpp>
#include <tenderkit/model/preselection.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit {

/// How a consortium registers (DOMAIN.md §2).
enum class LegalForm { combination, main_contractor };

/// Identifiers as written in files and JSON: "nl", "combination", "main-contractor".
std::string_view to_string(LegalForm form);

/// The legal form in prose, in a language: "main-contractor construction",
/// "hoofd- en onderaannemersconstructie" (DOMAIN.md §7).
std::string_view display_name(LegalForm form, Language language);

/// A municipality of the region; together they are the contracting authorities.
struct Municipality {
  std::string id;
  std::string name;
  /// The legal name a contract names as the contracting authority ("Gemeente Vlaardingen");
  /// `name` when the file does not give one.
  std::string legal_name;
  std::optional<std::string> signatory;  ///< who signs for it ("J. de Vries, wethouder")
  SourceLocation where;
};

/// A certification the tender can demand of whoever delivers a service.
struct Certification {
  std::string id;
  std::string name;
  SourceLocation where;
};

/// One form of care the integral lot requires.
struct Service {
  std::string id;
  std::string name;
  std::optional<std::string> code;  ///< e.g. an iJw product category such as "45"
  bool local = false;               ///< must be delivered in every municipality of the tender
  bool subcontractors_only_allowed = true;  ///< may rest on subcontractors alone
  std::vector<std::string> certifications;  ///< every member delivering it must hold all of these
  SourceLocation where;
};

/// The tender's rules for how a registration may be composed.
struct IntegralityRules {
  std::vector<LegalForm> legal_forms{LegalForm::combination, LegalForm::main_contractor};
  int min_members = 1;
  std::optional<int> max_members;
  bool may_lead_several = false;        ///< a provider may lead more than one registration
  bool may_participate_several = true;  ///< a provider may take part in more than one registration
  SourceLocation where;
};

/// A tender as read from its TOML file.
struct Tender {
  std::string id;
  std::string title;
  Language language = Language::nl;
  std::vector<Municipality> municipalities;
  std::vector<Certification> certifications;
  std::vector<Service> services;
  IntegralityRules integrality;
  std::optional<Preselection> preselection;  ///< the [preselection] section, when the file has one
  std::optional<Contract> contract;          ///< the integral contract ([contract]), when given
  std::vector<Phase> timeline;               ///< the procurement timeline ([[phase]]), file order
  /// The procedure's reference number as ESPD responses give it (`cbc:ContractFolderID`), when the
  /// tender file says it (`contract_folder_id`); ESP-004 compares every ESPD with it.
  std::optional<std::string> contract_folder_id;
  std::string file;  ///< the path it was read from, as given

  const Service* find_service(std::string_view service_id) const;
  const Municipality* find_municipality(std::string_view municipality_id) const;
  const Certification* find_certification(std::string_view certification_id) const;
};

}  // namespace tenderkit
