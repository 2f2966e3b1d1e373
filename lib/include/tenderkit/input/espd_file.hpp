// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/folder.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/model/espd.hpp>
#include <tenderkit/model/registration.hpp>

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::input {

/// Reads an ESPD (UEA) response in the ESPD-EDM XML format (UBL
/// `QualificationApplicationResponse`), version 2.1.x or 3.x/4.x: the economic operator's
/// identifier, name and role, the procedure's contract folder id, and the answer to every
/// exclusion ground with whether self-cleaning measures were declared (docs/input-format.md,
/// "ESPD responses"). XML that is not well-formed, a document that is not an ESPD response, an
/// unknown version and a criterion code of the other edition are input errors naming
/// file:line:column.
Result<EspdResponse> parse_espd(std::string_view content, const std::string& file);

/// The same from a file.
Result<EspdResponse> load_espd(const std::filesystem::path& path);

/// The KvK number an operator identifier stands for: 8 digits, also when written with an "NL" or
/// "KVK" prefix or with spaces or dots ("NL 1234.5678"); nullopt otherwise.
std::optional<std::string> kvk_of(std::string_view operator_id);

/// The ESPD responses of a folder (`tender-check --espd DIR`): every regular `*.xml` file directly
/// in it (in any case), sorted by bytes; other entries are skipped (hidden files and editor backups
/// silently).
struct EspdFiles {
  std::vector<std::filesystem::path> files;
  std::vector<SkippedEntry> skipped;
};
Result<EspdFiles> find_espd_files(const std::filesystem::path& folder);

/// The ESPD files the members of these registrations name (`espd = "..."`), in order.
std::vector<std::filesystem::path> named_espd_files(std::span<const Registration> registrations);

/// Reads the ESPD responses the members name and those of `folder_files` (on all cores, every
/// problem of every file reported together) and attaches each to its member: a named one to the
/// member that names it, one from the folder to every member with its operator's KvK number (or,
/// failing that, its name). Marks which registrations use ESPDs. Returns the folder's ESPDs that
/// fit no member, as skipped entries.
Result<std::vector<SkippedEntry>> attach_espds(std::vector<Registration>& registrations,
                                               std::span<const std::filesystem::path> folder_files,
                                               bool folder_given);

}  // namespace tenderkit::input
