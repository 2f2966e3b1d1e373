// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/folder.hpp>
#include <tenderkit/core/words.hpp>

#include <fmt/format.h>

namespace tenderkit {

bool skipped_silently(std::string_view file_name) {
  // "~$form.xlsx" is the lock file Excel keeps beside a workbook it has open.
  return file_name.empty() || file_name.starts_with('.') || file_name.starts_with("~$") ||
         file_name.ends_with('~') || file_name.ends_with(".swp") ||
         (file_name.size() >= 2 && file_name.starts_with('#') && file_name.ends_with('#'));
}

LocalizedText describe(SkipReason reason, std::string_view expected) {
  switch (reason) {
    case SkipReason::other_extension:
      return wording::say(core::words::skip_other_extension,
                          {wording::text("expected", std::string(expected))});
    case SkipReason::folder:
      return wording::label(core::words::skip_folder);
    case SkipReason::not_a_file:
      break;
    case SkipReason::not_an_espd:
      return wording::label(core::words::skip_not_an_espd);
    case SkipReason::espd_of_no_member:
      return wording::label(core::words::skip_espd_of_no_member);
  }
  return wording::label(core::words::skip_not_a_file);
}

}  // namespace tenderkit
