// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/model/registration.hpp>

#include <ostream>
#include <string_view>

namespace tenderkit::report {

/// Writes a registration as a registration file (docs/input-format.md) that tender-check reads
/// back as the same registration: its id, name, tender, legal form, and per member name, KvK
/// number, AGB code, role, services, municipalities (left out when all), certifications and
/// declaration, and the contact when given. Text is written as TOML basic strings, escaped
/// (input::toml_quote). `comment` (worded by the caller: who wrote the file, from what) opens
/// the file as TOML comment lines.
void write_registration_toml(std::ostream& out, const Registration& registration,
                             std::string_view comment);

}  // namespace tenderkit::report
