// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/core/wording.hpp>
#include <tenderkit/model/tender.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace tenderkit::input {

/// Reads and validates a tender file; every problem in it is reported at once.
Result<Tender> load_tender(const std::filesystem::path& path);

/// The same from text; `file` is the name used in messages.
Result<Tender> parse_tender(std::string_view content, const std::string& file);

}  // namespace tenderkit::input
