// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/language.hpp>
#include <tenderkit/integrality/check.hpp>

#include <optional>
#include <ostream>
#include <span>
#include <string_view>

namespace tenderkit::report {

/// How tender-check renders a report on its main output.
struct CheckRenderOptions {
  bool strict = false;  ///< warnings count as failures
  bool colour = false;  ///< ANSI colours in text output (only for terminals)
  std::string_view tool_version;
  Language language = Language::en;  ///< of every text; JSON keeps its keys and machine values
};

/// One line per entry of a given folder that was not read, for standard error:
/// "regs/07-nieuw.tml: warning: skipped, not a .toml file" (`expected` = ".toml").
void write_skipped_warnings(std::ostream& err, std::span<const SkippedEntry> skipped,
                            std::string_view expected, Language language);

/// Grouped per registration, one line per finding in compiler style (file:line:column: ...).
void write_check_text(std::ostream& out, const integrality::CheckReport& report,
                      const CheckRenderOptions& options);

/// Stable JSON for scripts, `"schema": 1`; documented in docs/tender-check.md.
void write_check_json(std::ostream& out, const integrality::CheckReport& report,
                      const CheckRenderOptions& options);

/// JUnit XML: a testsuite per registration, a testcase per rule, failures carry the messages.
void write_check_junit(std::ostream& out, const integrality::CheckReport& report,
                       const CheckRenderOptions& options);

/// GitHub-flavoured Markdown: a summary table and the findings per registration.
void write_check_markdown(std::ostream& out, const integrality::CheckReport& report,
                          const CheckRenderOptions& options);

}  // namespace tenderkit::report
