// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// The exact search behind compose, complete and market: a weighted set cover with side
// constraints, solved by branch and bound (docs/tender-match-model.md).
//
// Items are (provider, role) choices; each covers cells. A solution picks items so that every
// needed cell is covered, at most one item per group (a provider takes one role), no two items
// share an exclusive cell (one main contractor), at most `cap` items, and each no-good (an earlier
// alternative) keeps at most `max_overlap` of its groups. It minimises the sum of item costs.
//
// Branching: the uncovered cell with the fewest available items; each of them in turn is taken,
// and excluded in the later branches, so every solution is met once. Bound: cells no single
// available item covers two of (a packing of cells) each need their own item: their number bounds
// the items still needed, the sum of their cheapest items the cost. Dominance: an item whose
// uncovered cells another, cheaper or equal, single-role item also covers is skipped.

#include <tenderkit/integrality/coverage.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace tenderkit::match::detail {

using integrality::CellSet;
using Clock = std::chrono::steady_clock;

struct Item {
  CellSet cover;
  std::int64_t cost = 1;
  std::size_t group = 0;
  int provider = -1;  ///< index in the candidate list of the caller
  int role = 0;       ///< the caller's meaning
};

struct NoGood {
  std::vector<std::size_t> groups;
  int max_overlap = 0;
};

struct Problem {
  std::size_t cells = 0;
  CellSet need;       ///< the cells to cover
  CellSet exclusive;  ///< cells at most one chosen item may cover
  std::vector<Item> items;
  std::size_t groups = 0;
  int cap = 1 << 30;
  std::vector<NoGood> nogoods;
  std::vector<bool> forbidden;  ///< per item, may not be chosen
};

struct Solution {
  std::vector<std::size_t> items;  ///< in ascending order
  std::int64_t cost = 0;
};

struct Outcome {
  std::optional<Solution> best;
  bool finished = false;         ///< the search ran to the end: best is optimal (or none exists)
  std::int64_t root_bound = 0;   ///< a lower bound on the cost of any solution
  bool root_infeasible = false;  ///< some needed cell has no item at all
  long long nodes = 0;
};

enum class Goal { optimum, first_feasible };

/// Minimises the cost; `incumbent` (a solution known beforehand) only prunes.
Outcome minimise(const Problem& problem, std::optional<Solution> incumbent,
                 Clock::time_point deadline, Goal goal = Goal::optimum);

/// Calls `visit` with every inclusion-minimal solution (items ascending) until it returns false or
/// the deadline passes; returns false when stopped by the deadline.
bool enumerate_minimal(const Problem& problem, Clock::time_point deadline,
                       const std::function<bool(const std::vector<std::size_t>&)>& visit);

/// A greedy solution (most new cells per cost first, then redundant items dropped), or none.
std::optional<Solution> greedy(const Problem& problem);

/// The solution satisfies every constraint of the problem.
bool valid(const Problem& problem, const std::vector<std::size_t>& items);

}  // namespace tenderkit::match::detail
