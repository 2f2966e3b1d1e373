// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace tenderkit::commands {

/// Everything `tender-check` can be asked to do; the library equivalent of its command line.
struct TenderCheckOptions {
  std::string tender_file;
  std::vector<std::string> registrations;  ///< files, or directories meaning their *.toml files
  std::string format = "text";             ///< text, json, junit or markdown
  std::string output;                      ///< report file; empty: `out`
  std::string workbook;                    ///< --xlsx file; empty: none
  std::string espd_folder;  ///< --espd DIR: ESPD responses matched by KvK; empty: none
  bool strict = false;      ///< warnings count as findings
  bool colour = false;      ///< colour in text output
};

/// Loads the tender and registrations, checks integrality, writes the report and the workbook.
/// Entries of a registrations folder that are not read are warnings, on `err` and in every report.
/// Returns 0 when every registration is compliant (with `strict`: no warnings, nothing skipped),
/// 1 otherwise; input and output failures as an Error. Outputs are written only when all inputs
/// are valid.
Result<int> run_tender_check(const TenderCheckOptions& options, std::ostream& out,
                             std::ostream& err);

}  // namespace tenderkit::commands
