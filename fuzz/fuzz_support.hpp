// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once
// Shared by the fuzz harnesses: the MVS tender that registrations and forms are read against.

#include <tenderkit/input/tender_file.hpp>

#include <cstdlib>
#include <string>

namespace tenderkit::fuzz {

/// Aborts (a finding) when a loader fails without saying why: an error without a message would
/// leave the user guessing.
template <typename T>
void expect_sane(const Result<T>& result) {
  if (!result && result.error().diagnostics().empty()) {
    std::abort();
  }
}

/// The shipped MVS tender (preselection included), parsed once.
inline const Tender& mvs_tender() {
  static const Tender tender = [] {
    Result<Tender> loaded =
        input::load_tender(std::string(TENDERKIT_SOURCE_DIR) + "/templates/mvs/tender.toml");
    if (!loaded) {
      std::abort();  // the harness is broken, not the input
    }
    return std::move(loaded).value();
  }();
  return tender;
}

}  // namespace tenderkit::fuzz
