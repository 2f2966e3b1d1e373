// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/model/registration.hpp>
#include <tenderkit/model/tender.hpp>

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::input {

/// Reads one registration and resolves its references against the tender.
Result<Registration> load_registration(const std::filesystem::path& path, const Tender& tender);

/// The same from text; `file` is the name used in messages and the default registration id.
Result<Registration> parse_registration(std::string_view content, const std::string& file,
                                        const Tender& tender);

/// Turns command-line arguments into registration files: a file stands for itself, a directory for
/// every `*.toml` directly in it, in sorted order.
Result<std::vector<std::filesystem::path>> expand_registration_paths(
    std::span<const std::string> arguments);

/// Loads every file (on all cores), reporting the problems of all files together, and rejects
/// registration ids that occur twice.
Result<std::vector<Registration>> load_registrations(std::span<const std::filesystem::path> paths,
                                                     const Tender& tender);

/// True for a Chamber of Commerce number or AGB code: exactly 8 ASCII digits.
bool is_eight_digits(std::string_view value);

}  // namespace tenderkit::input
