// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/integrality/coverage.hpp>

#include <algorithm>
#include <bit>

namespace tenderkit::integrality {

std::size_t CellSet::count() const {
  std::size_t total = 0;
  for (const std::uint64_t word : words_) {
    total += static_cast<std::size_t>(std::popcount(word));
  }
  return total;
}

bool CellSet::none() const {
  return std::all_of(words_.begin(), words_.end(), [](std::uint64_t word) { return word == 0; });
}

bool CellSet::subset_of(const CellSet& other) const {
  for (std::size_t i = 0; i < words_.size(); ++i) {
    if ((words_[i] & ~other.words_[i]) != 0) {
      return false;
    }
  }
  return true;
}

bool CellSet::intersects(const CellSet& other) const {
  for (std::size_t i = 0; i < words_.size(); ++i) {
    if ((words_[i] & other.words_[i]) != 0) {
      return true;
    }
  }
  return false;
}

std::size_t CellSet::count_and(const CellSet& other) const {
  std::size_t total = 0;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    total += static_cast<std::size_t>(std::popcount(words_[i] & other.words_[i]));
  }
  return total;
}

std::size_t CellSet::next(std::size_t from) const {
  std::size_t word = from / 64;
  if (word >= words_.size()) {
    return npos;
  }
  std::uint64_t bits = words_[word] & (~std::uint64_t{0} << (from % 64));
  while (true) {
    if (bits != 0) {
      return word * 64 + static_cast<std::size_t>(std::countr_zero(bits));
    }
    if (++word == words_.size()) {
      return npos;
    }
    bits = words_[word];
  }
}

CellSet& CellSet::operator|=(const CellSet& other) {
  for (std::size_t i = 0; i < words_.size(); ++i) {
    words_[i] |= other.words_[i];
  }
  return *this;
}

CellSet& CellSet::operator&=(const CellSet& other) {
  for (std::size_t i = 0; i < words_.size(); ++i) {
    words_[i] &= other.words_[i];
  }
  return *this;
}

CellSet& CellSet::subtract(const CellSet& other) {
  for (std::size_t i = 0; i < words_.size(); ++i) {
    words_[i] &= ~other.words_[i];
  }
  return *this;
}

bool legal_form_allowed(const Tender& tender, LegalForm form) {
  const auto& allowed = tender.integrality.legal_forms;
  return std::find(allowed.begin(), allowed.end(), form) != allowed.end();
}

Role head_role(LegalForm form) {
  return form == LegalForm::combination ? Role::lead : Role::main_contractor;
}

bool role_fits(LegalForm form, Role role) {
  return form == LegalForm::combination
             ? role != Role::main_contractor
             : role == Role::main_contractor || role == Role::subcontractor;
}

bool leads(Role role) {
  return role == Role::lead || role == Role::main_contractor;
}

bool member_count_allowed(const Tender& tender, int members) {
  const IntegralityRules& rules = tender.integrality;
  return members >= rules.min_members && (!rules.max_members || members <= *rules.max_members);
}

CoverageModel::CoverageModel(const Tender& tender) : tender_(&tender) {
  const std::size_t services = tender.services.size();
  const std::size_t municipalities = tender.municipalities.size();
  delivered_.assign(services, CellSet::npos);
  local_first_.assign(services, CellSet::npos);
  not_subcontracted_.assign(services, CellSet::npos);
  for (std::size_t s = 0; s < services; ++s) {
    const Service& service = tender.services[s];
    delivered_[s] = cells_.size();
    cells_.push_back(Cell{CellKind::delivered, s, 0});
    if (service.local) {
      local_first_[s] = cells_.size();
      for (std::size_t m = 0; m < municipalities; ++m) {
        cells_.push_back(Cell{CellKind::local, s, m});
      }
    }
    if (!service.subcontractors_only_allowed) {
      not_subcontracted_[s] = cells_.size();
      cells_.push_back(Cell{CellKind::not_subcontracted, s, 0});
    }
    service_index_.emplace(service.id, s);
  }
  for (std::size_t m = 0; m < municipalities; ++m) {
    municipality_index_.emplace(tender.municipalities[m].id, m);
  }
  all_ = CellSet(cells_.size());
  for (std::size_t c = 0; c < cells_.size(); ++c) {
    all_.set(c);
  }
}

std::size_t CoverageModel::local_cell(std::size_t service, std::size_t municipality) const {
  const std::size_t first = local_first_[service];
  return first == CellSet::npos ? CellSet::npos : first + municipality;
}

std::size_t CoverageModel::service_index(std::string_view id) const {
  const auto it = service_index_.find(id);
  return it == service_index_.end() ? CellSet::npos : it->second;
}

std::size_t CoverageModel::municipality_index(std::string_view id) const {
  const auto it = municipality_index_.find(id);
  return it == municipality_index_.end() ? CellSet::npos : it->second;
}

CellSet CoverageModel::cover(const std::vector<std::size_t>& services,
                             const std::vector<std::size_t>& municipalities,
                             bool all_municipalities, bool subcontractor) const {
  CellSet covered(cells_.size());
  const std::size_t municipality_count = tender_->municipalities.size();
  for (const std::size_t s : services) {
    covered.set(delivered_[s]);
    if (local_first_[s] != CellSet::npos) {
      if (all_municipalities) {
        for (std::size_t m = 0; m < municipality_count; ++m) {
          covered.set(local_first_[s] + m);
        }
      } else {
        for (const std::size_t m : municipalities) {
          covered.set(local_first_[s] + m);
        }
      }
    }
    if (!subcontractor && not_subcontracted_[s] != CellSet::npos) {
      covered.set(not_subcontracted_[s]);
    }
  }
  return covered;
}

CellSet CoverageModel::cover(const Member& member) const {
  std::vector<std::size_t> services;
  for (const IdRef& ref : member.services) {
    const std::size_t s = service_index(ref.id);
    if (s != CellSet::npos) {
      services.push_back(s);
    }
  }
  std::vector<std::size_t> municipalities;
  for (const IdRef& ref : member.municipalities) {
    const std::size_t m = municipality_index(ref.id);
    if (m != CellSet::npos) {
      municipalities.push_back(m);
    }
  }
  return cover(services, municipalities, member.all_municipalities,
               member.role == Role::subcontractor);
}

}  // namespace tenderkit::integrality
