// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/folder.hpp>

#include <fmt/format.h>

namespace tenderkit {

bool skipped_silently(std::string_view file_name) {
  return file_name.empty() || file_name.starts_with('.') || file_name.ends_with('~') ||
         file_name.ends_with(".swp") ||
         (file_name.size() >= 2 && file_name.starts_with('#') && file_name.ends_with('#'));
}

std::string describe(SkipReason reason, std::string_view expected, bool dutch) {
  switch (reason) {
    case SkipReason::other_extension:
      return dutch ? fmt::format("geen {}-bestand", expected)
                   : fmt::format("not a {} file", expected);
    case SkipReason::folder:
      return dutch ? std::string("een map: mappen erin worden niet gelezen")
                   : std::string("a folder: folders inside are not read");
    case SkipReason::not_a_file:
      break;
    case SkipReason::not_an_espd:
      return dutch ? std::string("geen .xml-bestand (UEA)")
                   : std::string("not an .xml file (ESPD)");
    case SkipReason::espd_of_no_member:
      return dutch ? std::string("een UEA van een ondernemer die in geen inschrijving lid is")
                   : std::string(
                         "an ESPD response of an operator that is no member of any "
                         "registration");
  }
  return dutch ? std::string("geen gewoon bestand") : std::string("not a regular file");
}

}  // namespace tenderkit
