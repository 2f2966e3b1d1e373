// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

// Reading helpers shared by the loaders of files that refer to a tender (registrations, the
// provider register): lists of ids resolved against the tender, and KvK numbers and AGB codes.

#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/model/registration.hpp>
#include <tenderkit/model/tender.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::input {
/// True for exactly 8 ASCII digits (declared for users in input/registration_file.hpp).
bool is_eight_digits(std::string_view value);
}  // namespace tenderkit::input

namespace tenderkit::input::detail {

/// The ids a file may refer to, gathered once per tender for "did you mean".
struct KnownIds {
  std::vector<std::string> services;
  std::vector<std::string> municipalities;
  std::vector<std::string> certifications;

  explicit KnownIds(const Tender& tender);
};

/// Reads a list of ids that must all be among `known`, each once; an unknown id gets the closest
/// known one as a hint (or the list of them), a repeated one is reported.
std::vector<IdRef> read_references(TableReader& reader, std::string_view key,
                                   const wording::Phrase& what, const wording::Phrase& what_plural,
                                   const std::vector<std::string>& known,
                                   const std::string& tender_file);

/// A KvK number or AGB code: text of exactly 8 digits (an integer is reported with an example).
std::optional<std::string> read_eight_digits(TableReader& reader, std::string_view key,
                                             const wording::Phrase& what, bool required);

}  // namespace tenderkit::input::detail
