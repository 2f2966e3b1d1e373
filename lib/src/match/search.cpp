// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include "search.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

namespace tenderkit::match::detail {

namespace {

enum class Mode { optimum, first_feasible, enumerate };

class Searcher {
 public:
  Searcher(const Problem& problem, Mode mode, Clock::time_point deadline)
      : p_(problem), mode_(mode), deadline_(deadline) {
    const std::size_t n = p_.items.size();
    cell_items_.assign(p_.cells, {});
    cell_bits_.assign(p_.cells, CellSet(n));
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t c = p_.items[i].cover.next(0); c != CellSet::npos;
           c = p_.items[i].cover.next(c + 1)) {
        cell_items_[c].push_back(i);
        cell_bits_[c].set(i);
      }
    }
    for (auto& list : cell_items_) {
      std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
        return p_.items[a].cost < p_.items[b].cost;
      });
    }
    std::vector<CellSet> group_bits(p_.groups, CellSet(n));
    std::vector<int> group_size(p_.groups, 0);
    for (std::size_t i = 0; i < n; ++i) {
      group_bits[p_.items[i].group].set(i);
      ++group_size[p_.items[i].group];
    }
    conflict_.assign(n, CellSet(n));
    simple_.assign(n, false);
    in_nogood_.assign(p_.groups, false);
    for (const NoGood& nogood : p_.nogoods) {
      for (const std::size_t g : nogood.groups) {
        in_nogood_[g] = true;
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      const Item& item = p_.items[i];
      conflict_[i] = group_bits[item.group];
      for (std::size_t c = item.cover.next(0); c != CellSet::npos; c = item.cover.next(c + 1)) {
        if (p_.exclusive.test(c)) {
          conflict_[i] |= cell_bits_[c];
        }
      }
      simple_[i] = group_size[item.group] == 1 && !item.cover.intersects(p_.exclusive) &&
                   !in_nogood_[item.group];
    }
    for (std::size_t c = p_.need.next(0); c != CellSet::npos; c = p_.need.next(c + 1)) {
      order_.push_back(c);
    }
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
      return cell_items_[a].size() < cell_items_[b].size();
    });
    overlaps_.assign(p_.nogoods.size(), 0);
    nogoods_of_group_.assign(p_.groups, {});
    for (std::size_t k = 0; k < p_.nogoods.size(); ++k) {
      for (const std::size_t g : p_.nogoods[k].groups) {
        nogoods_of_group_[g].push_back(k);
      }
    }
  }

  void set_incumbent(std::optional<Solution> incumbent) { best_ = std::move(incumbent); }
  void set_visitor(const std::function<bool(const std::vector<std::size_t>&)>* visit) {
    visit_ = visit;
  }

  Outcome run() {
    Outcome outcome;
    CellSet avail(p_.items.size());
    for (std::size_t i = 0; i < p_.items.size(); ++i) {
      if (p_.forbidden.empty() || !p_.forbidden[i]) {
        avail.set(i);
      }
    }
    CellSet covered(p_.cells);
    const Bound root = bound(covered, avail);
    outcome.root_infeasible = root.infeasible;
    outcome.root_bound = root.cost;
    if (!root.infeasible) {
      dfs(covered, avail, 0);
    }
    outcome.best = best_;
    outcome.finished = !stopped_;
    outcome.nodes = nodes_;
    return outcome;
  }

 private:
  struct Bound {
    bool infeasible = false;
    std::int64_t cost = 0;
    int count = 0;
    std::size_t branch_cell = CellSet::npos;
  };

  Bound bound(const CellSet& covered, const CellSet& avail) {
    Bound result;
    CellSet used(p_.items.size());
    CellSet candidates(p_.items.size());
    std::size_t fewest = std::numeric_limits<std::size_t>::max();
    for (const std::size_t c : order_) {
      if (covered.test(c)) {
        continue;
      }
      candidates = cell_bits_[c];
      candidates &= avail;
      const std::size_t count = candidates.count();
      if (count == 0) {
        result.infeasible = true;
        return result;
      }
      if (count < fewest) {
        fewest = count;
        result.branch_cell = c;
      }
      if (!candidates.intersects(used)) {
        ++result.count;
        for (const std::size_t i : cell_items_[c]) {
          if (avail.test(i)) {
            result.cost += p_.items[i].cost;
            break;
          }
        }
        used |= candidates;
      }
    }
    return result;
  }

  bool out_of_time() {
    if ((++nodes_ & 255) == 0 && Clock::now() > deadline_) {
      stopped_ = true;
    }
    return stopped_;
  }

  void leaf(std::int64_t cost) {
    std::vector<std::size_t> items = chosen_;
    std::sort(items.begin(), items.end());
    if (mode_ == Mode::enumerate) {
      if (minimal(items) && !(*visit_)(items)) {
        stopped_ = true;
        finished_by_visitor_ = true;
      }
      return;
    }
    if (!best_ || cost < best_->cost) {
      best_ = Solution{std::move(items), cost};
    }
    if (mode_ == Mode::first_feasible) {
      stopped_ = true;
      finished_by_visitor_ = true;
    }
  }

  bool minimal(const std::vector<std::size_t>& items) const {
    for (std::size_t skip = 0; skip < items.size(); ++skip) {
      CellSet covered(p_.cells);
      for (std::size_t k = 0; k < items.size(); ++k) {
        if (k != skip) {
          covered |= p_.items[items[k]].cover;
        }
      }
      if (p_.need.subset_of(covered)) {
        return false;
      }
    }
    return true;
  }

  void dfs(const CellSet& covered, CellSet& avail, std::int64_t cost) {
    if (out_of_time()) {
      return;
    }
    if (p_.need.subset_of(covered)) {
      leaf(cost);
      return;
    }
    const Bound b = bound(covered, avail);
    if (b.infeasible || static_cast<int>(chosen_.size()) + b.count > p_.cap) {
      return;
    }
    if (mode_ == Mode::optimum && best_ && cost + b.cost >= best_->cost) {
      return;
    }
    CellSet uncovered = p_.need;
    uncovered.subtract(covered);
    struct Candidate {
      std::size_t item;
      CellSet useful;
      std::size_t gain;
    };
    std::vector<Candidate> candidates;
    for (const std::size_t i : cell_items_[b.branch_cell]) {
      if (avail.test(i)) {
        CellSet useful = p_.items[i].cover;
        useful &= uncovered;
        const std::size_t gain = useful.count();
        candidates.push_back(Candidate{i, std::move(useful), gain});
      }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](const Candidate& a, const Candidate& b2) {
                       const Item& x = p_.items[a.item];
                       const Item& y = p_.items[b2.item];
                       if (x.cost != y.cost) {
                         return x.cost < y.cost;
                       }
                       return a.gain > b2.gain;
                     });
    std::vector<bool> dominated(candidates.size(), false);
    if (mode_ != Mode::enumerate) {
      for (std::size_t a = 0; a < candidates.size(); ++a) {
        const Item& x = p_.items[candidates[a].item];
        for (std::size_t d = 0; d < candidates.size() && !dominated[a]; ++d) {
          if (d == a || !simple_[candidates[d].item]) {
            continue;
          }
          const Item& y = p_.items[candidates[d].item];
          if (y.cost > x.cost || !candidates[a].useful.subset_of(candidates[d].useful)) {
            continue;
          }
          const bool strictly = y.cost < x.cost || candidates[a].gain < candidates[d].gain ||
                                candidates[d].item < candidates[a].item;
          dominated[a] = strictly;
        }
      }
    }
    CellSet next_avail(p_.items.size());
    for (std::size_t a = 0; a < candidates.size() && !stopped_; ++a) {
      const std::size_t i = candidates[a].item;
      bool allowed = !dominated[a];
      const Item& item = p_.items[i];
      for (const std::size_t k : nogoods_of_group_[item.group]) {
        if (overlaps_[k] + 1 > p_.nogoods[k].max_overlap) {
          allowed = false;
        }
      }
      if (allowed) {
        next_avail = avail;
        next_avail.subtract(conflict_[i]);
        CellSet next_covered = covered;
        next_covered |= item.cover;
        chosen_.push_back(i);
        for (const std::size_t k : nogoods_of_group_[item.group]) {
          ++overlaps_[k];
        }
        dfs(next_covered, next_avail, cost + item.cost);
        for (const std::size_t k : nogoods_of_group_[item.group]) {
          --overlaps_[k];
        }
        chosen_.pop_back();
      }
      avail.reset(i);
    }
    for (const Candidate& candidate : candidates) {
      avail.set(candidate.item);
    }
  }

 public:
  bool finished_by_visitor() const { return finished_by_visitor_; }

 private:
  const Problem& p_;
  Mode mode_;
  Clock::time_point deadline_;
  std::vector<std::vector<std::size_t>> cell_items_;
  std::vector<CellSet> cell_bits_;
  std::vector<CellSet> conflict_;
  std::vector<bool> simple_;
  std::vector<bool> in_nogood_;
  std::vector<std::size_t> order_;
  std::vector<int> overlaps_;
  std::vector<std::vector<std::size_t>> nogoods_of_group_;
  std::vector<std::size_t> chosen_;
  std::optional<Solution> best_;
  const std::function<bool(const std::vector<std::size_t>&)>* visit_ = nullptr;
  long long nodes_ = 0;
  bool stopped_ = false;
  bool finished_by_visitor_ = false;
};

}  // namespace

Outcome minimise(const Problem& problem, std::optional<Solution> incumbent,
                 Clock::time_point deadline, Goal goal) {
  Searcher searcher(problem, goal == Goal::optimum ? Mode::optimum : Mode::first_feasible,
                    deadline);
  searcher.set_incumbent(std::move(incumbent));
  Outcome outcome = searcher.run();
  if (searcher.finished_by_visitor()) {
    outcome.finished = true;
  }
  return outcome;
}

bool enumerate_minimal(const Problem& problem, Clock::time_point deadline,
                       const std::function<bool(const std::vector<std::size_t>&)>& visit) {
  Searcher searcher(problem, Mode::enumerate, deadline);
  searcher.set_visitor(&visit);
  const Outcome outcome = searcher.run();
  return outcome.finished || searcher.finished_by_visitor();
}

bool valid(const Problem& problem, const std::vector<std::size_t>& items) {
  CellSet covered(problem.cells);
  std::vector<bool> group_used(problem.groups, false);
  CellSet exclusive_used(problem.cells);
  for (const std::size_t i : items) {
    const Item& item = problem.items[i];
    if ((!problem.forbidden.empty() && problem.forbidden[i]) || group_used[item.group]) {
      return false;
    }
    group_used[item.group] = true;
    CellSet mine = item.cover;
    mine &= problem.exclusive;
    if (mine.intersects(exclusive_used)) {
      return false;
    }
    exclusive_used |= mine;
    covered |= item.cover;
  }
  if (static_cast<int>(items.size()) > problem.cap || !problem.need.subset_of(covered)) {
    return false;
  }
  for (const NoGood& nogood : problem.nogoods) {
    int overlap = 0;
    for (const std::size_t i : items) {
      overlap += std::count(nogood.groups.begin(), nogood.groups.end(), problem.items[i].group) > 0;
    }
    if (overlap > nogood.max_overlap) {
      return false;
    }
  }
  return true;
}

std::optional<Solution> greedy(const Problem& problem) {
  const std::size_t n = problem.items.size();
  std::vector<bool> avail(n);
  for (std::size_t i = 0; i < n; ++i) {
    avail[i] = problem.forbidden.empty() || !problem.forbidden[i];
  }
  CellSet covered(problem.cells);
  std::vector<std::size_t> chosen;
  CellSet exclusive_used(problem.cells);
  std::vector<bool> group_used(problem.groups, false);
  while (!problem.need.subset_of(covered)) {
    CellSet uncovered = problem.need;
    uncovered.subtract(covered);
    std::size_t pick = n;
    double pick_score = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const Item& item = problem.items[i];
      if (!avail[i] || group_used[item.group]) {
        continue;
      }
      CellSet mine = item.cover;
      mine &= problem.exclusive;
      if (mine.intersects(exclusive_used)) {
        continue;
      }
      const std::size_t gain = item.cover.count_and(uncovered);
      if (gain == 0) {
        continue;
      }
      const double score =
          static_cast<double>(gain) / static_cast<double>(std::max<std::int64_t>(item.cost, 1));
      if (score > pick_score) {
        pick_score = score;
        pick = i;
      }
    }
    if (pick == n || static_cast<int>(chosen.size()) >= problem.cap) {
      return std::nullopt;
    }
    chosen.push_back(pick);
    group_used[problem.items[pick].group] = true;
    CellSet mine = problem.items[pick].cover;
    mine &= problem.exclusive;
    exclusive_used |= mine;
    covered |= problem.items[pick].cover;
  }
  // Drop items the others make redundant, costliest first.
  std::vector<std::size_t> order = chosen;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return problem.items[a].cost > problem.items[b].cost;
  });
  for (const std::size_t drop : order) {
    CellSet rest(problem.cells);
    for (const std::size_t i : chosen) {
      if (i != drop) {
        rest |= problem.items[i].cover;
      }
    }
    if (problem.need.subset_of(rest)) {
      chosen.erase(std::find(chosen.begin(), chosen.end(), drop));
    }
  }
  std::sort(chosen.begin(), chosen.end());
  if (!valid(problem, chosen)) {
    return std::nullopt;
  }
  Solution solution{chosen, 0};
  for (const std::size_t i : chosen) {
    solution.cost += problem.items[i].cost;
  }
  return solution;
}

}  // namespace tenderkit::match::detail
