// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// Helpers shared by the input and integrality unit tests: exact checks of diagnostics, and
// temporary directories that clean up after themselves.

#include <tenderkit/core/error.hpp>
#include <tenderkit/core/result.hpp>

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace tenderkit::test_support {

/// One diagnostic as a test expects it: "file:line:column", the message and the hint ("" for none).
struct ExpectedDiagnostic {
  std::string where;
  std::string message;
  std::string hint;
};

/// All diagnostics of an error, one per line, for failure messages.
inline std::string describe(const Error& error) {
  std::string out;
  for (const Diagnostic& diagnostic : error.diagnostics()) {
    out += diagnostic.where ? diagnostic.where->to_string() : std::string("(nowhere)");
    out += ": " + diagnostic.message.en;
    if (!diagnostic.hint.en.empty()) {
      out += " [hint: " + diagnostic.hint.en + "]";
    }
    out += "\n";
  }
  return out;
}

/// Checks that `error` is an input error holding exactly `expected`, in that order.
inline void expect_input_error(const Error& error,
                               const std::vector<ExpectedDiagnostic>& expected) {
  EXPECT_EQ(error.kind(), ErrorKind::input);
  const std::vector<Diagnostic>& actual = error.diagnostics();
  ASSERT_EQ(actual.size(), expected.size()) << describe(error);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE("diagnostic " + std::to_string(i) + ": " + actual[i].message.en);
    ASSERT_TRUE(actual[i].where.has_value());
    EXPECT_EQ(actual[i].where->to_string(), expected[i].where);
    EXPECT_EQ(actual[i].message.en, expected[i].message);
    EXPECT_EQ(actual[i].hint.en, expected[i].hint);
    // Both languages are filled: a phrase without its Dutch would leave the Dutch empty.
    EXPECT_EQ(actual[i].message.nl.empty(), actual[i].message.en.empty());
  }
}

template <class T>
void expect_input_error(const Result<T>& result, const std::vector<ExpectedDiagnostic>& expected) {
  ASSERT_FALSE(result.has_value()) << "expected an input error, but the input was accepted";
  expect_input_error(result.error(), expected);
}

/// A fresh directory under the system's temporary directory, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    const std::string name = "tenderkit-unit-" + std::to_string(::getpid()) + "-" +
                             std::to_string(counter++) + "-" +
                             ::testing::UnitTest::GetInstance()->current_test_info()->name();
    path_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  /// Writes `content` byte for byte to `name` in this directory and returns its path.
  std::filesystem::path write(const std::string& name, std::string_view content) const {
    const std::filesystem::path file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    EXPECT_TRUE(out.good()) << "cannot write " << file;
    return file;
  }

  /// The names of the entries in this directory, sorted.
  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(path_)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

 private:
  std::filesystem::path path_;
};

/// The whole content of a file, or "<missing>".
inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return "<missing>";
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace tenderkit::test_support
