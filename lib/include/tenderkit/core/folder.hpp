// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/language.hpp>

// What a command does with the entries of a folder it is given: it reads the files it knows
// (*.toml registrations, forms) and says which other entries it left out, so that nothing drops
// out of a run unnoticed (docs/tender-check.md, "Folders").

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit {

/// Why an entry of a given folder was not read.
enum class SkipReason {
  other_extension,    ///< a file without the extension the command reads ("07-nieuw.tml")
  folder,             ///< a folder inside: folders are not read recursively
  not_a_file,         ///< a FIFO, socket, device or a symbolic link to nothing
  not_an_espd,        ///< in an ESPD folder (tender-check --espd): a file that is not *.xml
  espd_of_no_member,  ///< an ESPD response whose operator is no member of the registrations
};

/// One entry of a given folder that was not read.
struct SkippedEntry {
  std::filesystem::path path;  ///< the folder as given, joined with the entry's name
  SkipReason reason = SkipReason::other_extension;
};

/// Entries left out without a word, as documented: hidden names (".x", ".x.swp") and editor
/// backups and autosaves ("x~", "x.swp", "#x#"), and Excel's lock files ("~$x.xlsx").
bool skipped_silently(std::string_view file_name);

/// Why an entry was skipped, in words: "not a .toml file" (with `expected` = ".toml"), "a folder:
/// folders inside are not read", "not a regular file". In Dutch with `dutch`.
LocalizedText describe(SkipReason reason, std::string_view expected);

}  // namespace tenderkit
