// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/folder.hpp>
#include <tenderkit/core/wording.hpp>
#include <tenderkit/model/registration.hpp>
#include <tenderkit/model/tender.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::integrality {

enum class Severity { error, warning };

std::string_view to_string(Severity severity);

/// One integrality rule as published in docs/rules.md; ids are stable.
struct Rule {
  std::string_view id;
  std::string_view name;
  Severity severity;
  wording::Phrase reason;  ///< what the rule asks, in both languages
};

/// Every rule, in id order.
std::span<const Rule> rules();

/// The rule with this id, or nullptr.
const Rule* find_rule(std::string_view id);

/// One rule broken by one registration.
struct Finding {
  std::string rule_id;
  Severity severity = Severity::error;
  LocalizedText message;
  SourceLocation
      where;  ///< the registration file, with the line and column when one place is to blame
  /// The position `where` was made of (Registration::at), which orders findings in file order;
  /// for a workbook it encodes the cell (kWorkbookSheetStride).
  TextPosition order{};
};

/// The outcome for one registration.
struct RegistrationCheck {
  Registration registration;
  std::vector<Finding> findings;

  std::size_t count(Severity severity) const;
  /// Compliant means no errors; with `strict`, no warnings either.
  bool compliant(bool strict) const;
  /// The findings of one rule.
  std::vector<const Finding*> findings_of(std::string_view rule_id) const;
};

/// The outcome of checking registrations together against one tender.
struct CheckReport {
  Tender tender;
  std::vector<RegistrationCheck> registrations;
  /// Entries of the registration folders that were not read; each is a warning of the run, and
  /// with `strict` a finding.
  std::vector<SkippedEntry> skipped;

  /// Every registration compliant; with `strict`, also nothing skipped.
  bool all_compliant(bool strict) const;
  std::size_t count(Severity severity) const;
  std::size_t compliant_count(bool strict) const;
};

class CoverageModel;

/// The rules of one registration on its own (INT-001..INT-007, INT-009; the cross-registration
/// rules need the others), sorted like check()'s: exactly the findings check() reports for it when
/// it is checked alone. The matching engine verifies every proposal with it. The overload with a
/// CoverageModel reuses the tender's cells, for a loop over many registrations.
std::vector<Finding> check_registration(const Tender& tender, const Registration& registration);
std::vector<Finding> check_registration(const CoverageModel& model,
                                        const Registration& registration);

/// Applies every rule to every registration; the cross-registration rules see them all together.
CheckReport check(Tender tender, std::vector<Registration> registrations);

}  // namespace tenderkit::integrality
