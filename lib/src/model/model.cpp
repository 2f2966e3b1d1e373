// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/model/espd.hpp>
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

std::string_view display_name(EspdRole role, Language language) {
  const bool dutch = language == Language::nl;
  switch (role) {
    case EspdRole::sole_tenderer:
      return dutch ? "enige inschrijver" : "sole tenderer";
    case EspdRole::group_lead:
      return dutch ? "leider van een combinatie" : "group leader";
    case EspdRole::sole_or_lead:
      return dutch ? "enige inschrijver of leider" : "sole contractor or lead entity";
    case EspdRole::group_member:
      return dutch ? "lid van een combinatie" : "group member";
    case EspdRole::relied_upon:
      return dutch ? "andere entiteit waarop een beroep wordt gedaan" : "other entity relied upon";
    case EspdRole::not_relied_upon:
      return dutch ? "andere entiteit waarop geen beroep wordt gedaan"
                   : "other entity not relied upon";
    case EspdRole::subcontractor:
      return dutch ? "onderaannemer" : "subcontractor";
  }
  return dutch ? "lid van een combinatie" : "group member";
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
