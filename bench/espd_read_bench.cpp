// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// Reads one ESPD (UEA) response RUNS times with tenderkit's reader (input::load_espd: the file,
// the XML parse, the operator and every exclusion ground) and, as its floor, parses the same bytes
// with pugixml alone; prints the median of each in milliseconds. Usage: espd_read_bench FILE [RUNS]
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/input/espd_file.hpp>

#include <fmt/format.h>

#include <pugixml.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

template <class F>
double median_ms(int runs, F&& work) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: espd_read_bench FILE [RUNS]\n");
    return 2;
  }
  const std::string file = argv[1];
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 21;
  std::size_t grounds = 0;
  const double read = median_ms(runs, [&] {
    const tenderkit::Result<tenderkit::EspdResponse> response = tenderkit::input::load_espd(file);
    if (!response) {
      fmt::print(stderr, "{}\n", response.error().message());
      std::exit(1);
    }
    grounds = response->exclusions.size();
  });
  const tenderkit::Result<std::string> content = tenderkit::read_file(file);
  if (!content) {
    return 1;
  }
  const double floor = median_ms(runs, [&] {
    pugi::xml_document document;
    if (!document.load_buffer(content->data(), content->size())) {
      std::exit(1);
    }
  });
  fmt::print("bytes={} grounds={} read_ms={:.2f} pugixml_parse_ms={:.2f}\n", content->size(),
             grounds, read, floor);
  return 0;
}
