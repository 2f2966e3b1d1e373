// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/parallel.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

namespace tenderkit {
namespace {

TEST(ParallelFor, HandlesEveryIndexOnce) {
  std::vector<std::atomic<int>> seen(1000);
  parallel_for(seen.size(), [&](std::size_t i) { ++seen[i]; });
  for (std::size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i].load(), 1) << i;
  }
}

TEST(ParallelFor, AnExceptionInAWorkerReachesTheCaller) {
  // Before, a throw on a helper thread ended the whole process through std::terminate.
  for (int round = 0; round < 20; ++round) {
    try {
      parallel_for(64, [](std::size_t i) {
        if (i == 37) {
          throw std::runtime_error("index 37");
        }
      });
      ADD_FAILURE() << "no exception";
    } catch (const std::runtime_error& error) {
      EXPECT_EQ(std::string(error.what()), "index 37");
    }
  }
}

TEST(ParallelFor, OfSeveralExceptionsTheLowestIndexIsRethrown) {
  // Every index throws: whichever thread gets there first, index 0 is always handed out first
  // and always kept.
  for (int round = 0; round < 20; ++round) {
    try {
      parallel_for(200, [](std::size_t i) { throw std::out_of_range(std::to_string(i)); });
      ADD_FAILURE() << "no exception";
    } catch (const std::out_of_range& error) {
      EXPECT_EQ(std::string(error.what()), "0");
    }
  }
}

TEST(ParallelFor, NothingToDoCallsNothing) {
  parallel_for(0, [](std::size_t) { ADD_FAILURE() << "called"; });
}

}  // namespace
}  // namespace tenderkit
