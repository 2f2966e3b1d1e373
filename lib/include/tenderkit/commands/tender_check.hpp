// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/core/language.hpp>
#include <tenderkit/core/result.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace tenderkit::commands {

/// The report formats of `tender-check`.
enum class CheckFormat { text, json, junit, markdown };

/// The names --format accepts, from the one table whose writers run_tender_check() calls.
std::vector<cli::FormatName<CheckFormat>> check_formats();

/// Everything `tender-check` can be asked to do; the library equivalent of its command line.
struct TenderCheckOptions {
  std::string tender_file;
  std::vector<std::string> registrations;  ///< files, or directories meaning their *.toml files
  CheckFormat format = CheckFormat::text;  ///< the report's format
  std::string output;                      ///< -o: report file; empty or `-`: `out`
  std::string workbook;                    ///< --xlsx file; empty: none
  std::string espd_folder;  ///< --espd DIR: ESPD responses matched by KvK; empty: none
  std::optional<Language> language = std::nullopt;  ///< --lang; not given: the tender's language
  bool strict = false;                              ///< warnings count as findings
  bool colour = false;                              ///< colour in text output
  /// --registration-form FILE: write the tender's blank registration form instead of checking
  /// (no registrations are given then).
  std::string registration_form;
  std::string toml;    ///< --toml FILE: also write the one registration as a TOML file
  bool force = false;  ///< replace an existing --registration-form or --toml file
};

/// Loads the tender and registrations, checks integrality, writes the report and the workbook
/// (and with `toml`, the one registration as TOML: a filled workbook converted). With
/// `registration_form` it writes only the blank form and returns 0. Unless `force`, neither of
/// these two overwrites a file (an output error, exit 3, before anything is written).
/// Entries of a registrations folder that are not read are warnings, on `err` and in every report.
/// Returns 0 when every registration is compliant (with `strict`: no warnings, nothing skipped),
/// 1 otherwise; input and output failures as an Error. Outputs are written only when all inputs
/// are valid.
Result<int> run_tender_check(const TenderCheckOptions& options, std::ostream& out,
                             std::ostream& err);

}  // namespace tenderkit::commands
