// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/parallel.hpp>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace tenderkit {

void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work) {
  std::atomic<std::size_t> next{0};
  const auto drain = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      work(i);
    }
  };
  const std::size_t threads =
      std::min<std::size_t>(std::clamp(std::thread::hardware_concurrency(), 1U, 8U), count);
  std::vector<std::jthread> helpers;
  for (std::size_t t = 1; t < threads; ++t) {
    helpers.emplace_back(drain);
  }
  drain();
}

}  // namespace tenderkit
