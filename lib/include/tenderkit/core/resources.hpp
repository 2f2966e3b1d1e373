// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <filesystem>
#include <optional>

/// Files that ship with tenderkit (the templates), found at run time without configuration.
namespace tenderkit {

/// The directory of the shipped templates (tender folders and bridging-days.toml), first found of:
/// `$TENDERKIT_TEMPLATES`; `<prefix>/share/tenderkit/templates` beside the running executable's
/// `<prefix>/bin` (an installed tenderkit); the source tree's `templates/` (a build tree).
/// Empty when none exists.
std::optional<std::filesystem::path> shipped_templates_dir();

}  // namespace tenderkit
