// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/language.hpp>
#include <tenderkit/core/result.hpp>

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

/// The library side of `tender-init`.
namespace tenderkit::commands {

/// `tender-init [--template NAME] [--force] [--lang nl|en] DIR`
struct InitOptions {
  std::string template_name = "mvs";
  std::filesystem::path directory;
  bool force = false;     ///< replace files that exist
  bool examples = false;  ///< also every example registration and scores file
  /// --lang: the new tender's `language`; not given: the template's
  std::optional<Language> language = std::nullopt;
  std::filesystem::path templates;  ///< the shipped templates; empty: shipped_templates_dir()
};

/// One file tender-init writes.
struct InitFile {
  std::filesystem::path source;       ///< in the templates directory
  std::filesystem::path destination;  ///< relative to the new tender folder
  LocalizedText what;                 ///< what the file is for, for the listing
};

/// The templates in `templates`: the directories holding a tender.toml, sorted.
std::vector<std::string> available_templates(const std::filesystem::path& templates);

/// The files of template `name`: its tender.toml, the first of its registrations (by name), its
/// contracts.toml and the shared bridging-days.toml; with `examples` also its other registrations
/// and its example scores files (scores/*.toml), by name, and its provider register
/// (providers.toml, for tender-match) when it has one. A usage error for an unknown template
/// (with the closest name); an input error when the template lacks a file.
Result<std::vector<InitFile>> plan_init(const std::filesystem::path& templates,
                                        const std::string& name, bool examples = false);

/// The tender file `tender_toml` with its top-level `language` key set to `language`: the key's
/// line replaced, or, when the file has none, the key added before the first table. Comments and
/// every other line are kept as written.
std::string with_language(std::string_view tender_toml, Language language);

/// The commands to run next on a tender folder written in `directory`, each a shell command line
/// (paths quoted when they need it): tender-check; tender-score forms when the tender has a
/// preselection; tender-schedule. tender-init prints them, and a test runs them.
std::vector<std::string> next_steps(const std::filesystem::path& directory, bool has_preselection);

/// Writes the template's files into the directory (created when missing), each atomically. Refuses
/// (an output error, exit 3) before writing anything when one of them exists, unless `force`.
/// Lists what it wrote on `out`, then next_steps(). Returns 0.
Result<int> run_init(const InitOptions& options, std::ostream& out);

}  // namespace tenderkit::commands
