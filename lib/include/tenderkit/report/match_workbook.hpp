// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/core/warning.hpp>
#include <tenderkit/report/match_report.hpp>

#include <ctime>
#include <filesystem>

namespace tenderkit::report {

/// Writes the tender-match workbook atomically, in the tender's language: a summary sheet; for
/// compose the proposals side by side as service x member matrices, for complete the completed
/// registration (added members marked), for market the market map as a heat-map table (services x
/// municipalities, provider counts coloured) and the consortia of the partition side by side; and
/// the obstacles when nothing compliant exists. `created` is the document timestamp.
Result<std::vector<Warning>> write_match_workbook(const std::filesystem::path& target,
                                                  const MatchReport& report, std::time_t created);

}  // namespace tenderkit::report
