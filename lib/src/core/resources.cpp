// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/resources.hpp>

#include <cstdlib>
#include <system_error>

namespace tenderkit {

namespace {

bool is_existing_directory(const std::filesystem::path& path) {
  std::error_code ignored;
  return !path.empty() && std::filesystem::is_directory(path, ignored);
}

}  // namespace

std::optional<std::filesystem::path> shipped_templates_dir() {
  if (const char* overridden = std::getenv("TENDERKIT_TEMPLATES");
      overridden != nullptr && *overridden != '\0') {
    // An explicit choice is honoured even when wrong, so that a typo is not silently replaced
    // by another set of templates.
    return std::filesystem::path(overridden);
  }
  std::error_code error;
  // Linux: the executable's own path, so that a relocated install (a .deb, a prefix) still finds
  // its data. bin/ and share/ are siblings under the install prefix.
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    const std::filesystem::path installed =
        executable.parent_path().parent_path() / "share" / "tenderkit" / "templates";
    if (is_existing_directory(installed)) {
      return installed;
    }
  }
#ifdef TENDERKIT_SOURCE_TEMPLATES
  if (is_existing_directory(TENDERKIT_SOURCE_TEMPLATES)) {
    return std::filesystem::path(TENDERKIT_SOURCE_TEMPLATES);
  }
#endif
  return std::nullopt;
}

}  // namespace tenderkit
