// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/language.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/core/warning.hpp>
#include <tenderkit/integrality/check.hpp>

#include <ctime>
#include <filesystem>
#include <optional>

namespace tenderkit::report {

/// Settings of the tender-check workbook.
struct CheckWorkbookOptions {
  std::time_t created = 0;           ///< document timestamp (SOURCE_DATE_EPOCH or now)
  bool strict = false;               ///< warnings count as failures
  Language language = Language::en;  ///< of every label and message (--lang, else the tender's)
};

/// Writes the tender-check workbook atomically: a summary sheet, and per registration its
/// coverage matrix and findings, in `options.language`.
Result<std::vector<Warning>> write_check_workbook(const std::filesystem::path& target,
                                                  const integrality::CheckReport& report,
                                                  const CheckWorkbookOptions& options);

}  // namespace tenderkit::report
