// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/calendar/date.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/model/contract.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Contracts and the procurement timeline as written in TOML (docs/input-format.md).
namespace tenderkit::input {

// Declared only: the schedule includes this header and needs no TOML parser (toml++ is heavy).
class TableReader;

/// Reads a date written as a TOML date (2023-01-01) or a string ("2023-01-01"); reports a
/// date-time, another type or an impossible date. Absent gives std::nullopt.
std::optional<calendar::Date> optional_date(TableReader& reader, std::string_view key);

/// Reads a duration string ("9y", "6m", "20d", "10wd"); `allow_working_days` false rejects "wd".
std::optional<calendar::Duration> optional_duration(TableReader& reader, std::string_view key,
                                                    bool allow_working_days = true);

/// Reads a `deadline_rules` table (milestone kind = rule) over `rules`.
void read_deadline_rules(TableReader& reader, DeadlineRules& rules);

/// Reads one contract table ([contract] of a tender, [[contract]] of a contracts file); nothing
/// when it has errors, which are in the reader's sink. `tender_id` is the id the tender's own
/// contract takes when it names none (empty for a contracts file, where the id is required).
std::optional<Contract> read_contract(TableReader& reader, const DeadlineRules& defaults,
                                      const std::string& tender_id);

/// Reads the tender's [[phase]] list and checks its references: unknown phases (with the closest
/// id), a phase that follows itself, and dependency cycles.
std::vector<Phase> read_timeline(TableReader& root);

/// Reads and validates a contracts file; every problem in it is reported at once.
Result<ContractPortfolio> load_contracts(const std::filesystem::path& path);
Result<ContractPortfolio> parse_contracts(std::string_view content, const std::string& file);

}  // namespace tenderkit::input
