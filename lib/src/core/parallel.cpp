// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/parallel.hpp>

#include <algorithm>
#include <atomic>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace tenderkit {

void parallel_for(std::size_t count, const std::function<void(std::size_t)>& work) {
  std::atomic<std::size_t> next{0};
  // An exception must not leave a worker thread (that ends the process through std::terminate):
  // it is kept, no new index is started, and it is rethrown here once every thread has stopped.
  // Of several, the one of the lowest index is kept, so the error reported does not depend on
  // timing.
  std::mutex failure_mutex;
  std::exception_ptr failure;
  std::size_t failed_index = std::numeric_limits<std::size_t>::max();
  const auto drain = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        work(i);
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        if (i < failed_index) {
          failed_index = i;
          failure = std::current_exception();
        }
        next = count;  // the others finish the index they are on, and stop
      }
    }
  };
  const std::size_t threads =
      std::min<std::size_t>(std::clamp(std::thread::hardware_concurrency(), 1U, 8U), count);
  {
    std::vector<std::jthread> helpers;
    for (std::size_t t = 1; t < threads; ++t) {
      helpers.emplace_back(drain);
    }
    drain();
  }  // joins the helpers
  if (failure) {
    std::rethrow_exception(failure);
  }
}

}  // namespace tenderkit
