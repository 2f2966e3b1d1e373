// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <cstddef>
#include <functional>

namespace tenderkit {

/// Calls work(i) for every i in [0, count) on all cores (at most 8 threads). Each index is handled
/// at most once; results must go to per-index slots so that output order never depends on timing.
/// An exception thrown by work(i) is carried to the caller and rethrown once every thread has
/// stopped (of several, the one of the lowest index); after it no new index is started.
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work);

}  // namespace tenderkit
