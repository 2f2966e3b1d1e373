// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/model/espd.hpp>
#include <tenderkit/model/register.hpp>
#include <tenderkit/model/registration.hpp>
#include <tenderkit/model/tender.hpp>
#include <tenderkit/model/wording.hpp>

#include <algorithm>

namespace tenderkit {

std::string_view to_string(LegalForm form) {
  return form == LegalForm::combination ? "combination" : "main-contractor";
}

std::string_view to_string(Role role) {
  switch (role) {
    case Role::lead:
      return "lead";
    case Role::member:
      return "member";
    case Role::main_contractor:
      return "main-contractor";
    case Role::subcontractor:
      return "subcontractor";
  }
  return "member";
}

std::string_view display_name(LegalForm form, Language language) {
  return (form == LegalForm::combination ? model::words::legal_form_combination
                                         : model::words::legal_form_main_contractor)
      .in(language);
}

std::string_view display_name(Role role, Language language) {
  switch (role) {
    case Role::lead:
      return model::words::role_lead.in(language);
    case Role::member:
      return model::words::role_member.in(language);
    case Role::main_contractor:
      return model::words::role_main_contractor.in(language);
    case Role::subcontractor:
      return model::words::role_subcontractor.in(language);
  }
  return model::words::role_member.in(language);
}

bool role_fits(EspdRole espd, Role role, std::size_t members) {
  switch (role) {
    case Role::lead:
      return espd == EspdRole::group_lead || espd == EspdRole::sole_or_lead ||
             (espd == EspdRole::sole_tenderer && members == 1);
    case Role::member:
      return espd == EspdRole::group_member;
    case Role::main_contractor:
      return espd == EspdRole::sole_tenderer || espd == EspdRole::sole_or_lead ||
             espd == EspdRole::group_lead;
    case Role::subcontractor:
      return espd == EspdRole::subcontractor || espd == EspdRole::relied_upon ||
             espd == EspdRole::not_relied_upon;
  }
  return false;
}

std::string_view display_name(EspdRole role, Language language) {
  switch (role) {
    case EspdRole::sole_tenderer:
      return model::words::espd_role_sole_tenderer.in(language);
    case EspdRole::group_lead:
      return model::words::espd_role_group_lead.in(language);
    case EspdRole::sole_or_lead:
      return model::words::espd_role_sole_or_lead.in(language);
    case EspdRole::group_member:
      return model::words::espd_role_group_member.in(language);
    case EspdRole::relied_upon:
      return model::words::espd_role_relied_upon.in(language);
    case EspdRole::not_relied_upon:
      return model::words::espd_role_not_relied_upon.in(language);
    case EspdRole::subcontractor:
      return model::words::espd_role_subcontractor.in(language);
  }
  return model::words::espd_role_group_member.in(language);
}

namespace {

// Column letters ("A", "AB") of a column counted from 0; the model cannot use the xlsx module.
std::string column_letters(int column) {
  std::string letters;
  for (int n = column + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

// A sheet name as a cell reference writes it: quoted unless it is a plain word.
std::string sheet_reference(const std::string& sheet) {
  const bool plain = !sheet.empty() && !(sheet.front() >= '0' && sheet.front() <= '9') &&
                     std::all_of(sheet.begin(), sheet.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              (c >= '0' && c <= '9') || c == '_' || c == '.';
                     });
  if (plain) {
    return sheet;
  }
  std::string quoted = "'";
  for (char c : sheet) {
    quoted += c;
    if (c == '\'') {
      quoted += c;
    }
  }
  return quoted + "'";
}

}  // namespace

SourceLocation Registration::at(TextPosition position) const {
  if (sheets.empty() || position.line <= 0 || position.column <= 0) {
    return SourceLocation(file, sheets.empty() ? position : TextPosition{});
  }
  const auto sheet = static_cast<std::size_t>((position.column - 1) / kWorkbookSheetStride);
  const int column = (position.column - 1) % kWorkbookSheetStride;
  if (sheet >= sheets.size()) {
    return SourceLocation(file, 0, 0);
  }
  return SourceLocation(file + ":" + sheet_reference(sheets[sheet]) + "!" + column_letters(column) +
                            std::to_string(position.line),
                        0, 0);
}

namespace {

template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  const auto it =
      std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

bool contains_id(const std::vector<IdRef>& refs, std::string_view id) {
  return std::any_of(refs.begin(), refs.end(), [&](const IdRef& ref) { return ref.id == id; });
}

}  // namespace

const Service* Tender::find_service(std::string_view service_id) const {
  return find_by_id(services, service_id);
}

const Municipality* Tender::find_municipality(std::string_view municipality_id) const {
  return find_by_id(municipalities, municipality_id);
}

const Certification* Tender::find_certification(std::string_view certification_id) const {
  return find_by_id(certifications, certification_id);
}

bool Member::delivers(std::string_view service_id) const {
  return contains_id(services, service_id);
}

bool Member::serves(std::string_view municipality_id) const {
  return all_municipalities || contains_id(municipalities, municipality_id);
}

bool Member::holds(std::string_view certification_id) const {
  return contains_id(certifications, certification_id);
}

bool Provider::delivers(std::string_view service_id) const {
  return contains_id(services, service_id) || contains_id(subcontract_services, service_id);
}

bool Provider::delivers_as_subcontractor_only(std::string_view service_id) const {
  return !contains_id(services, service_id) && contains_id(subcontract_services, service_id);
}

bool Provider::serves(std::string_view municipality_id) const {
  return all_municipalities || contains_id(municipalities, municipality_id);
}

bool Provider::holds(std::string_view certification_id) const {
  return contains_id(certifications, certification_id);
}

bool Provider::has_tag(std::string_view tag) const {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

const Provider* ProviderRegister::find(std::string_view kvk) const {
  const auto it = std::find_if(providers.begin(), providers.end(),
                               [&](const Provider& provider) { return provider.kvk == kvk; });
  return it == providers.end() ? nullptr : &*it;
}

}  // namespace tenderkit

namespace tenderkit {

std::string_view to_string(WeightKind kind) {
  return kind == WeightKind::percentage ? "percentage" : "points";
}

std::string_view to_string(ConsensusMethod method) {
  switch (method) {
    case ConsensusMethod::mean:
      return "mean";
    case ConsensusMethod::median:
      return "median";
    case ConsensusMethod::explicit_scores:
      return "explicit";
  }
  return "mean";
}

bool ScoreScale::allows(const Rational& score) const {
  return std::binary_search(values.begin(), values.end(), score);
}

std::string ScoreScale::describe() const {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    out += (i == 0 ? "" : ", ") + values[i].to_decimal();
  }
  return out;
}

Rational Preselection::maximum_total() const {
  if (weight_kind == WeightKind::percentage) {
    return Rational(100);
  }
  Rational total;
  for (const Criterion& criterion : criteria) {
    total += criterion.weight;
  }
  return total;
}

const Criterion* Preselection::find_criterion(std::string_view criterion_id) const {
  return find_by_id(criteria, criterion_id);
}

const Evaluator* Preselection::find_evaluator(std::string_view evaluator_id) const {
  return find_by_id(evaluators, evaluator_id);
}

}  // namespace tenderkit
