// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>

#include <ctime>

namespace tenderkit {

/// The time to stamp into outputs: SOURCE_DATE_EPOCH when set (reproducible builds convention, so
/// the same inputs give byte-identical files), else the current time. A malformed value is a usage
/// error rather than being silently ignored.
Result<std::time_t> output_timestamp();

}  // namespace tenderkit
