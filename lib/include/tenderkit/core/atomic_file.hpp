// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/language.hpp>
#include <tenderkit/core/result.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit {

/// What an output path names, and so how tenderkit writes it (docs/limits.md, "Outputs").
enum class OutputKind {
  /// A regular file or a new path: written atomically (a temporary file beside it, renamed over
  /// it). A symbolic link is followed to its end, and the file it names is replaced: the link
  /// stays a link.
  file,
  /// Standard output (`-`), an open descriptor (`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`), a
  /// character device, a FIFO or a socket: written straight, in order, with no temporary file and
  /// no rename. A write error is an output error (exit 3).
  stream,
};

/// An output path resolved to what it names.
struct OutputTarget {
  std::filesystem::path given;  ///< as the user wrote it; messages name this
  OutputKind kind = OutputKind::file;
  /// file: the file to create or replace (the end of a symbolic link chain); stream: the device,
  /// FIFO or socket to open (empty when `descriptor` is used).
  std::filesystem::path path;
  int descriptor = -1;  ///< stream: an open descriptor to write to (1 for `-`), else -1
  bool socket = false;  ///< stream: a Unix socket, connected to rather than opened
};

/// `-`: standard output, wherever an output file is accepted.
bool is_standard_output(const std::filesystem::path& path);

/// Resolves an output path (it is not opened yet). A directory or a block device is an output
/// error; so is a chain of more than 40 symbolic links.
Result<OutputTarget> resolve_output(const std::filesystem::path& target);

/// Checks the outputs of one run before anything is read or written (a usage error, exit 2):
/// no output may be one of the run's inputs (the same file: device and inode, through any
/// symbolic or hard link), and no two outputs may be the same file or both standard output.
/// `inputs` are the files the command reads (directories already expanded into the files read);
/// empty paths in `outputs` are skipped (pass "-" for a report that goes to standard output).
Result<void> check_outputs(const std::vector<std::filesystem::path>& inputs,
                           const std::vector<std::filesystem::path>& outputs);

/// The files among `targets` that exist, for commands that never overwrite without `--force`
/// (tender-init, tender-score forms). Without `force`, each existing target becomes one output
/// error, "<path> exists<detail>; <program> does not overwrite files" with the hint "use --force
/// to replace it", where `describe` may add a detail (", a filled form with 12 scores"); with
/// `force` only directories are refused. Returns which targets existed.
Result<std::vector<bool>> refuse_existing(
    const std::vector<std::filesystem::path>& targets, bool force, std::string_view program,
    const std::function<LocalizedText(const std::filesystem::path&)>& describe = {});

/// The one way tenderkit writes an output file that a library must be given a file name for
/// (libxlsxwriter). For a file target: a temporary file beside the target (beside the end of a
/// symbolic link chain), which replaces the target only once it is complete and flushed to disk; a
/// failed or interrupted write leaves no partial file and never damages the previous output. For a
/// stream target (`-`, a FIFO, a device): a temporary file in the temporary directory, copied to
/// the stream by commit().
class AtomicFile {
 public:
  /// Prepares a write to `target`; creates the temporary file with the permissions of the file it
  /// replaces, or mode 0666 & ~umask for a new one.
  static Result<AtomicFile> create(const std::filesystem::path& target);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  /// Removes the temporary file unless commit() succeeded.
  ~AtomicFile();

  /// Where to write the content (for libraries that want a file name, such as libxlsxwriter).
  const std::filesystem::path& temporary_path() const { return temporary_; }
  const std::filesystem::path& target() const { return target_.given; }

  /// Flushes the temporary file to disk and renames it over the target (file), or copies it to
  /// the target and removes it (stream).
  Result<void> commit();

 private:
  AtomicFile(OutputTarget target, std::filesystem::path temporary);

  OutputTarget target_;
  std::filesystem::path temporary_;
  bool committed_ = false;
};

/// Makes termination signals remove pending temporary files, and a file-size limit (SIGXFSZ) an
/// ordinary write error. Idempotent; commands call it at start so that writes to standard output
/// are covered too.
void install_output_signal_handlers();

/// Writes `content` to `target`: atomically to a file, straight to a stream (see OutputKind).
Result<void> write_file_atomically(const std::filesystem::path& target, std::string_view content);

/// Writes to `target` whatever `produce` puts into the stream: atomically to a file, straight to
/// a stream (see OutputKind).
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
