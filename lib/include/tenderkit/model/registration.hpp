// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/model/espd.hpp>
#include <tenderkit/model/tender.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit {

/// A member's role in its consortium: lead/member in a combination, main contractor/subcontractor
/// in a main-contractor construction (ESPD roles group-lead, group-mem, subcont).
enum class Role { lead, member, main_contractor, subcontractor };

/// The role as written in files and JSON: "lead", "main-contractor".
std::string_view to_string(Role role);

/// The role in prose, in a language: "main contractor", "penvoerder", "onderaannemer".
std::string_view display_name(Role role, Language language);

/// A reference by id from a registration to something the tender defines, with where it was
/// written.
struct IdRef {
  std::string id;
  TextPosition where;
};

/// One provider in a consortium.
struct Member {
  std::string name;
  std::string kvk;  ///< Chamber of Commerce number, 8 digits; identifies the provider
  std::optional<std::string> agb;  ///< healthcare provider code, 8 digits
  Role role = Role::member;
  std::vector<IdRef> services;
  std::vector<IdRef> municipalities;  ///< all of the tender's when the file does not say
  bool all_municipalities = true;     ///< true when the file left municipalities out
  std::vector<IdRef> certifications;
  bool declaration = false;  ///< the exclusion-grounds declaration (UEA/ESPD) is in
  /// The member's ESPD response named by `espd = "..."`, resolved against the registration file's
  /// folder; empty when the file names none.
  std::string espd_file;
  TextPosition espd_where;  ///< where `espd` is written
  TextPosition where;       ///< the member's [[member]] header, in the registration's file

  bool delivers(std::string_view service_id) const;
  bool serves(std::string_view municipality_id) const;
  bool holds(std::string_view certification_id) const;
};

/// Whom the authority contacts about a registration; optional, not checked.
struct Contact {
  std::string name;
  std::string email;
  std::string phone;
  bool empty() const { return name.empty() && email.empty() && phone.empty(); }
  friend bool operator==(const Contact&, const Contact&) = default;
};

/// How positions of a registration read from a workbook name a cell: the line is the row + 1,
/// the column is sheet index × kWorkbookSheetStride + column + 1 (rows and columns from 0, the
/// sheet an index into Registration::sheets). Ordered like the file positions of a TOML file.
inline constexpr int kWorkbookSheetStride = 16'384;

/// One consortium's registration for a tender.
struct Registration {
  std::string id;            ///< from the file's `id`, else the file name without extension
  TextPosition id_position;  ///< where `id` is written; unknown when it comes from the file name
  std::string name;
  std::string tender_id;
  LegalForm legal_form = LegalForm::combination;
  std::vector<Member> members;
  std::string file;
  Contact contact;
  /// For a registration read from a workbook: the sheets its positions refer to (see
  /// kWorkbookSheetStride); empty for a TOML file.
  std::vector<std::string> sheets;
  /// ESPD responses are in use for this registration: one of its members names an `espd`, or
  /// `tender-check --espd DIR` was given. Then ESP-002 replaces INT-007 (docs/rules.md).
  bool espd_in_use = false;
  /// The ESPD responses read for its members, each with the index of its member in `members`.
  struct MemberEspd {
    std::size_t member = 0;
    EspdResponse response;
  };
  std::vector<MemberEspd> espds;

  /// "file:line:column" for a TOML file, "file:Sheet!B7" (line 0) for a workbook; just the file
  /// for an unknown position.
  SourceLocation at(TextPosition position) const;
};

}  // namespace tenderkit
