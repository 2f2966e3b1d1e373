// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace tenderkit {

/// SHA-256 of the bytes, as 64 lower-case hex digits (what `sha256sum` prints).
std::string sha256_hex(std::string_view bytes);

/// SHA-256 of a file's contents; an input error when it cannot be read.
Result<std::string> sha256_file(const std::filesystem::path& path);

}  // namespace tenderkit
