// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/model/register.hpp>
#include <tenderkit/model/tender.hpp>

#include <filesystem>
#include <string>
#include <string_view>

/// The provider register of tender-match (docs/input-format.md, "The provider register"): the
/// providers of a region's market, one `[[provider]]` table each.
namespace tenderkit::input {

/// Reads a provider register and resolves its service, municipality and certification ids against
/// the tender. Every problem of the file is reported at once, each at its file:line:column: wrong
/// types, unknown keys and unknown ids with the closest valid one, a KvK number used twice, a
/// `subcontractor_only` service the provider does not list in `services`, a register for another
/// tender (its optional `tender` key), a register without providers.
Result<ProviderRegister> load_register(const std::filesystem::path& path, const Tender& tender);

/// The same from text; `file` is the name used in messages.
Result<ProviderRegister> parse_register(std::string_view content, const std::string& file,
                                        const Tender& tender);

}  // namespace tenderkit::input
