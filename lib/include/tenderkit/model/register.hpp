// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/model/registration.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit {

/// One provider of the market, as a region's provider register knows it (DOMAIN.md §2, §8): what
/// it can deliver, where, with which certifications, and whether its exclusion-grounds declaration
/// is in. The register says what a provider could do; a Registration says what it does in one
/// consortium. Ids (services, municipalities, certifications) are the tender's.
struct Provider {
  std::string kvk;   ///< Chamber of Commerce number, 8 digits; identifies the provider
  std::string name;  ///< as registered at the KvK
  std::optional<std::string> agb;  ///< healthcare provider code, 8 digits
  /// Legal forms the provider is willing to join; empty means both (the tender still decides).
  std::vector<LegalForm> legal_forms;
  /// Services it delivers in any role (lead, member, main contractor, subcontractor).
  std::vector<IdRef> services;
  /// Services it delivers only as a subcontractor: when it joins as lead, member or main
  /// contractor it does not deliver them.
  std::vector<IdRef> subcontract_services;
  std::vector<IdRef> municipalities;  ///< all of the tender's when all_municipalities
  bool all_municipalities = true;     ///< true when the register left municipalities out
  std::vector<IdRef> certifications;
  bool declaration = false;       ///< the exclusion-grounds declaration (UEA/ESPD) is in
  bool may_lead = true;           ///< willing to be lead or main contractor
  std::vector<std::string> tags;  ///< free labels such as "vrijgevestigde"
  TextPosition where;             ///< the provider's table header in the register file

  bool delivers(std::string_view service_id) const;  ///< in any role
  bool delivers_as_subcontractor_only(std::string_view service_id) const;
  bool serves(std::string_view municipality_id) const;
  bool holds(std::string_view certification_id) const;
  bool has_tag(std::string_view tag) const;
};

/// The providers of a region's market, as read from a register file.
struct ProviderRegister {
  std::vector<Provider> providers;  ///< file order; KvK numbers are unique
  std::string file;                 ///< the path it was read from, as given

  SourceLocation at(TextPosition position) const { return SourceLocation(file, position); }
  const Provider* find(std::string_view kvk) const;
};

}  // namespace tenderkit
