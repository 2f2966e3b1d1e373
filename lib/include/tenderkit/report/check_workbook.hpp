// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/integrality/check.hpp>

#include <ctime>
#include <filesystem>

namespace tenderkit::report {

/// Settings of the tender-check workbook.
struct CheckWorkbookOptions {
  std::time_t created = 0;           ///< document timestamp (SOURCE_DATE_EPOCH or now)
  bool strict = false;               ///< warnings count as failures
  Language language = Language::en;  ///< of every label and message
};

/// Writes the tender-check workbook atomically: a summary sheet, and per registration its
/// coverage matrix and findings, in `options.language`.
Result<void> write_check_workbook(const std::filesystem::path& target,
                                  const integrality::CheckReport& report,
                                  const CheckWorkbookOptions& options);

}  // namespace tenderkit::report
