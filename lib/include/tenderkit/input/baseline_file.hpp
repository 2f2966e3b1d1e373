// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>
#include <tenderkit/model/baseline.hpp>

#include <string>

namespace tenderkit::input {

/// Reads the "milestones" of a JSON schedule written by tender-schedule (schema 1), for
/// tender-schedule --baseline. Invalid JSON is an input error at its file:line:column; JSON of
/// another shape names what is missing.
Result<Baseline> load_baseline(const std::string& file);

}  // namespace tenderkit::input
