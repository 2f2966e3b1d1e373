// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <cstddef>
#include <functional>

namespace tenderkit {

/// Calls work(i) for every i in [0, count) on all cores (at most 8 threads). Each index is handled
/// exactly once; results must go to per-index slots so that output order never depends on timing.
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work);

}  // namespace tenderkit
