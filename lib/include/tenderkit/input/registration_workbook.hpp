// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/model/registration.hpp>
#include <tenderkit/model/tender.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

// The registration workbook (docs/tender-check.md, "The registration form"): the form
// `tender-check --registration-form` writes (report/registration_form.hpp) and a provider fills
// in, read back here as a Registration. The hidden sheet kRegistrationFormMetadataSheet
// identifies the form and says which column holds which service, municipality and
// certification; the reader goes by it, never by the visible labels.

namespace tenderkit::input {

/// The hidden sheet that identifies a registration form: key/value rows.
inline constexpr std::string_view kRegistrationFormMetadataSheet = "tenderkit";
/// The value of its `format` key; a form of another format is refused.
inline constexpr std::string_view kRegistrationFormFormat = "tenderkit-registration-form/1";

/// The SHA-256 (hex) of everything in the tender that a registration form is made for: its id,
/// language, legal forms and composition rules, services (with their rules), municipalities and
/// certifications. A form whose version differs was made for another version of the tender.
std::string registration_form_version(const Tender& tender);

/// Where the form keeps its input cells (0-based, as the xlsx writer counts).
namespace registration_form_layout {
/// The consortium sheet: labels in column A, the answers in column B.
inline constexpr std::uint16_t kValueColumn = 1;
inline constexpr std::uint32_t kIdRow = 3;
inline constexpr std::uint32_t kNameRow = 4;
inline constexpr std::uint32_t kLegalFormRow = 5;
inline constexpr std::uint32_t kContactNameRow = 6;
inline constexpr std::uint32_t kContactEmailRow = 7;
inline constexpr std::uint32_t kContactPhoneRow = 8;
/// The members, services and municipalities sheets: one row per member, the same row on each.
inline constexpr std::uint32_t kHeaderRow = 3;
inline constexpr std::uint32_t kFirstMemberRow = 4;
/// The members sheet's columns; one yes/no column per certification follows.
inline constexpr std::uint16_t kNameColumn = 0;
inline constexpr std::uint16_t kKvkColumn = 1;
inline constexpr std::uint16_t kAgbColumn = 2;
inline constexpr std::uint16_t kRoleColumn = 3;
inline constexpr std::uint16_t kDeclarationColumn = 4;
inline constexpr std::uint16_t kFirstCertificationColumn = 5;
/// The services and municipalities sheets: the member's name (a formula) in column A, then one
/// column per service or municipality.
inline constexpr std::uint16_t kFirstChoiceColumn = 1;
/// Member rows when the tender sets no maximum; a maximum above kMaxMemberRows gets that many.
inline constexpr std::uint32_t kDefaultMemberRows = 25;
inline constexpr std::uint32_t kMaxMemberRows = 200;
/// The member rows of a tender's form.
std::uint32_t member_rows(const Tender& tender);
/// True when the form has a municipality matrix: the tender has a local service.
bool has_municipality_matrix(const Tender& tender);
}  // namespace registration_form_layout

/// The answers of a yes/no cell, as the form offers them in a language: "ja", "nee".
std::string_view yes_label(Language language);
std::string_view no_label(Language language);

/// How a member takes part in a service, the answers of the service matrix.
enum class ServiceAnswer { itself, as_subcontractor, no };
/// The answer as the form offers it: "levert zelf", "als onderaannemer", "nee".
std::string_view display_name(ServiceAnswer answer, Language language);

/// The sheet names of the form in a language (also what messages name).
struct RegistrationFormSheets {
  std::string_view instructions;
  std::string_view consortium;
  std::string_view members;
  std::string_view services;
  std::string_view municipalities;
};
RegistrationFormSheets registration_form_sheets(Language language);

/// True when `path` names a workbook by its extension (.xlsx, in any case): the one place that
/// decides whether a registration is read as a workbook or as TOML.
bool is_registration_workbook(const std::filesystem::path& path);

/// Reads a filled registration form. Errors name `file:Sheet!Cell`, say what was expected and
/// suggest a valid answer; a form of another tender or of an older version of this tender is
/// refused with a hint. Empty member rows are skipped; a KvK number or AGB code stored as a number
/// (12345678) is read as the text it stands for. Positions in the result name cells (see
/// kWorkbookSheetStride). The registration id is the consortium sheet's id, else the file name.
Result<Registration> read_registration_workbook(const std::filesystem::path& path,
                                                const Tender& tender);

}  // namespace tenderkit::input
