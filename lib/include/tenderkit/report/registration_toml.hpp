// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/model/registration.hpp>

#include <ostream>

namespace tenderkit::report {

/// Writes a registration as a registration file (docs/input-format.md) that tender-check reads
/// back as the same registration: its id, name, tender, legal form, and per member name, KvK
/// number, AGB code, role, services, municipalities (left out when all), certifications and
/// declaration. Text is written as TOML basic strings, escaped.
void write_registration_toml(std::ostream& out, const Registration& registration);

}  // namespace tenderkit::report
