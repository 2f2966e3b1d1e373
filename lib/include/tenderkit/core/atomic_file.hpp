// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/result.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace tenderkit {

/// The one way tenderkit writes an output file: into a temporary file beside the target, which
/// replaces the target only once it is complete and flushed to disk. A failed or interrupted write
/// leaves no partial file and never damages the previous output.
class AtomicFile {
 public:
  /// Prepares a write to `target`; creates the temporary file with mode 0666 & ~umask.
  static Result<AtomicFile> create(const std::filesystem::path& target);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  /// Removes the temporary file unless commit() succeeded.
  ~AtomicFile();

  /// Where to write the content (for libraries that want a file name, such as libxlsxwriter).
  const std::filesystem::path& temporary_path() const { return temporary_; }
  const std::filesystem::path& target() const { return target_; }

  /// Flushes the temporary file to disk and renames it over the target.
  Result<void> commit();

 private:
  AtomicFile(std::filesystem::path target, std::filesystem::path temporary);

  std::filesystem::path target_;
  std::filesystem::path temporary_;
  bool committed_ = false;
};

/// Makes termination signals remove pending temporary files, and a file-size limit (SIGXFSZ) an
/// ordinary write error. Idempotent; commands call it at start so that writes to standard output
/// are covered too.
void install_output_signal_handlers();

/// Writes `content` to `target` atomically.
Result<void> write_file_atomically(const std::filesystem::path& target, std::string_view content);

/// Writes to `target` atomically whatever `produce` puts into the stream.
Result<void> write_file_atomically(const std::filesystem::path& target,
                                   const std::function<void(std::ostream&)>& produce);

/// The largest input file tenderkit reads: 64 MiB. The TOML parser holds about five times a file
/// in memory, so this bounds a run's memory; the largest real inputs (a scores file of 1,000
/// candidates x 40 criteria x 7 evaluators with motivations) are under 60 MB. docs/limits.md.
inline constexpr std::uint64_t kMaxInputFileSize = 64ull * 1024 * 1024;

/// Reads a whole file; an input error naming the file when it cannot be read or is larger than
/// `max_size` bytes (checked before reading, and while reading what is no regular file).
Result<std::string> read_file(const std::filesystem::path& path,
                              std::uint64_t max_size = kMaxInputFileSize);

}  // namespace tenderkit
