// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/folder.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/model/registration.hpp>
#include <tenderkit/model/tender.hpp>

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::input {

/// What a registrations folder is read for, in messages: "not a .toml/.xlsx file".
inline constexpr std::string_view kRegistrationFileKinds = ".toml/.xlsx";

/// Reads one registration and resolves its references against the tender: a filled registration
/// workbook (registration_workbook.hpp) when the name ends in .xlsx, else a TOML file.
Result<Registration> load_registration(const std::filesystem::path& path, const Tender& tender);

/// The same from text; `file` is the name used in messages and the default registration id.
Result<Registration> parse_registration(std::string_view content, const std::string& file,
                                        const Tender& tender);

/// The registration files command-line arguments name, and what their folders hold besides.
struct RegistrationFiles {
  std::vector<std::filesystem::path> files;
  /// Entries of a named folder that are not read (other extensions, folders inside, FIFOs, links
  /// to nothing), sorted per folder; hidden files and editor backups are not listed.
  std::vector<SkippedEntry> skipped;
};

/// Turns command-line arguments into registration files: a file stands for itself, a directory for
/// every `*.toml` and `*.xlsx` directly in it (in any case), in sorted order.
Result<RegistrationFiles> find_registration_files(std::span<const std::string> arguments);

/// The files of find_registration_files().
Result<std::vector<std::filesystem::path>> expand_registration_paths(
    std::span<const std::string> arguments);

/// Loads every file (on all cores), reporting the problems of all files together, and rejects
/// registration ids that occur twice.
Result<std::vector<Registration>> load_registrations(std::span<const std::filesystem::path> paths,
                                                     const Tender& tender);

/// True for a Chamber of Commerce number or AGB code: exactly 8 ASCII digits.
bool is_eight_digits(std::string_view value);

}  // namespace tenderkit::input
