// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// The integrality requirement as a covering problem: the per-registration rules INT-001..INT-007
// decided on bitsets, cheap enough for a search loop. tender-check's rules (check.cpp) decide
// through this model too, so the search of the matching engine and tender-check cannot disagree.
//
// A tender's requirement is a set of cells; a registration complies with the service rules when
// the union of its members' cells is every cell:
//   - `delivered` (one per service): some member delivers the service (INT-001);
//   - `local` (one per local service and municipality): some member delivering it serves the
//     municipality (INT-003);
//   - `not_subcontracted` (one per service with may_rest_on_subcontractors = false): some member
//     that is not a subcontractor delivers it (INT-002).
// A member covers the cells of the services it delivers; the `not_subcontracted` cells only in a
// role that is not subcontractor. Certifications (INT-004) decide which services a member may
// deliver; roles, legal form (INT-005), member count (INT-006) and declarations (INT-007) are the
// side constraints below.

#include <tenderkit/model/registration.hpp>
#include <tenderkit/model/tender.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tenderkit::integrality {

/// A set of cells of one tender's requirement (a bitset).
class CellSet {
 public:
  CellSet() = default;
  explicit CellSet(std::size_t cells) : words_((cells + 63) / 64, 0) {}

  void set(std::size_t cell) { words_[cell / 64] |= std::uint64_t{1} << (cell % 64); }
  void reset(std::size_t cell) { words_[cell / 64] &= ~(std::uint64_t{1} << (cell % 64)); }
  bool test(std::size_t cell) const { return (words_[cell / 64] >> (cell % 64)) & 1U; }
  std::size_t count() const;
  bool none() const;
  /// Every cell of this set is in `other`.
  bool subset_of(const CellSet& other) const;
  bool intersects(const CellSet& other) const;
  /// The number of cells in this set and in `other`.
  std::size_t count_and(const CellSet& other) const;
  /// The first cell at or after `from`, or `npos`.
  std::size_t next(std::size_t from) const;
  CellSet& operator|=(const CellSet& other);
  CellSet& operator&=(const CellSet& other);
  /// Removes the cells of `other`.
  CellSet& subtract(const CellSet& other);
  friend bool operator==(const CellSet&, const CellSet&) = default;

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

 private:
  std::vector<std::uint64_t> words_;
};

enum class CellKind { delivered, local, not_subcontracted };

/// One cell: a service, and for a local cell a municipality (indices into the tender's lists).
struct Cell {
  CellKind kind = CellKind::delivered;
  std::size_t service = 0;
  std::size_t municipality = 0;  ///< local cells only
};

/// The roles and legal forms the tender allows, decided in one place (INT-005, INT-006).
bool legal_form_allowed(const Tender& tender, LegalForm form);
/// The role that leads a consortium of this legal form: lead or main contractor.
Role head_role(LegalForm form);
/// The role fits the legal form (a combination: lead, member, subcontractor; a main-contractor
/// construction: main contractor, subcontractor).
bool role_fits(LegalForm form, Role role);
/// Lead and main contractor lead; member and subcontractor do not.
bool leads(Role role);
/// The number of members lies within the tender's minimum and maximum.
bool member_count_allowed(const Tender& tender, int members);
/// The certifications of the service that a holder lacks (`holds` is asked per certification id).
template <class Holds>
std::vector<std::string> missing_certifications(const Service& service, const Holds& holds) {
  std::vector<std::string> missing;
  for (const std::string& certification : service.certifications) {
    if (!holds(certification)) {
      missing.push_back(certification);
    }
  }
  return missing;
}

/// The cells of one tender, built once and shared by every evaluation.
class CoverageModel {
 public:
  explicit CoverageModel(const Tender& tender);

  const Tender& tender() const { return *tender_; }
  std::size_t size() const { return cells_.size(); }
  const Cell& cell(std::size_t index) const { return cells_[index]; }
  /// Every cell: what a compliant registration covers.
  const CellSet& all() const { return all_; }
  CellSet empty() const { return CellSet(cells_.size()); }

  std::size_t delivered_cell(std::size_t service) const { return delivered_[service]; }
  /// The local cell of a service in a municipality, or CellSet::npos when it is not local.
  std::size_t local_cell(std::size_t service, std::size_t municipality) const;
  /// The not-subcontracted cell of a service, or CellSet::npos when subcontractors may carry it.
  std::size_t not_subcontracted_cell(std::size_t service) const {
    return not_subcontracted_[service];
  }

  /// The index of a service or municipality id, or npos.
  std::size_t service_index(std::string_view id) const;
  std::size_t municipality_index(std::string_view id) const;

  /// The cells a participant covers that delivers these services (indices), serving these
  /// municipalities (indices; every one when `all_municipalities`), in a role that is a
  /// subcontractor's or not.
  CellSet cover(const std::vector<std::size_t>& services,
                const std::vector<std::size_t>& municipalities, bool all_municipalities,
                bool subcontractor) const;
  /// The cells a registration's member covers: the services it lists (certified or not; INT-004
  /// is decided separately), where it works, in its role.
  CellSet cover(const Member& member) const;

 private:
  const Tender* tender_;
  std::vector<Cell> cells_;
  CellSet all_;
  std::vector<std::size_t> delivered_;
  std::vector<std::size_t> local_first_;  ///< first local cell of each service, or npos
  std::vector<std::size_t> not_subcontracted_;
  std::unordered_map<std::string_view, std::size_t> service_index_;
  std::unordered_map<std::string_view, std::size_t> municipality_index_;
};

}  // namespace tenderkit::integrality
