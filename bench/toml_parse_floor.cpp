// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// The floor for the tender-check benchmark: read and parse the same files with toml++ alone, with
// no validation, rules or output. Usage: toml_parse_floor [--threads N] FILE...
#include <toml++/toml.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
  unsigned threads = 1;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--threads" && i + 1 < argc) {
      threads = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    } else {
      files.emplace_back(argv[i]);
    }
  }
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> tables{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      std::ifstream in(files[i], std::ios::binary);
      std::ostringstream content;
      content << in.rdbuf();
      const std::string text = std::move(content).str();
      const toml::table table = toml::parse(text, std::string_view(files[i]));
      tables += table.size();  // keep the parse observable
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) {
    workers.emplace_back(work);
  }
  work();
  for (std::thread& worker : workers) {
    worker.join();
  }
  std::printf("%zu files, %zu top-level keys\n", files.size(), tables.load());
  return 0;
}
