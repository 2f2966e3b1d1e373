// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/core/warning.hpp>
#include <tenderkit/model/registration.hpp>
#include <tenderkit/model/tender.hpp>

#include <ctime>
#include <filesystem>
#include <vector>

// The registration form a region publishes with its tender (docs/tender-check.md, "The
// registration form"); a filled one converts to TOML through report/registration_toml.hpp. The
// layout is input/registration_workbook.hpp's, which reads a filled form back.

namespace tenderkit::report {

/// Writes the blank registration form of `tender` atomically, in the tender's language:
/// instructions; the consortium sheet (id, name, legal form drop-down, contact); the members
/// sheet (name, KvK and AGB checked as 8 digits, role drop-down fitting the legal form,
/// declaration yes/no, a yes/no column per certification); the service matrix (members x
/// services) and, when a service is local, the municipality matrix; a hidden sheet with the
/// tender id and registration_form_version(). Only input cells are unlocked; every sheet prints
/// on A4, fitted to the page width.
Result<std::vector<Warning>> write_registration_form(const std::filesystem::path& target,
                                                     const Tender& tender, std::time_t created);

}  // namespace tenderkit::report
