// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>

#include <fmt/format.h>

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

namespace tenderkit {

namespace fs = std::filesystem;

namespace {

// Temporary files still open for writing, so a termination signal can remove them: an interrupted
// run must not leave litter beside the user's outputs. Plain arrays because only async-signal-safe
// operations may touch them from the handler.
constexpr std::size_t kMaxPending = 16;
constexpr std::size_t kMaxPathLength = 4096;
std::array<std::array<char, kMaxPathLength>, kMaxPending> g_pending_paths{};
std::array<std::atomic<bool>, kMaxPending> g_pending_used{};

extern "C" void remove_pending_and_reraise(int signal_number) {
  for (std::size_t i = 0; i < kMaxPending; ++i) {
    if (g_pending_used[i].load()) {
      ::unlink(g_pending_paths[i].data());
    }
  }
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

// Holds the termination signals back for its lifetime. Creating a temporary file and registering
// it (or renaming it and unregistering it) must look like one step to the handler: a signal in
// between would leave a temporary file that nothing removes.
class TerminationSignalsHeld {
 public:
  TerminationSignalsHeld() {
    sigset_t signals;
    sigemptyset(&signals);
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
      sigaddset(&signals, signal_number);
    }
    ::pthread_sigmask(SIG_BLOCK, &signals, &previous_);
  }
  ~TerminationSignalsHeld() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  TerminationSignalsHeld(const TerminationSignalsHeld&) = delete;
  TerminationSignalsHeld& operator=(const TerminationSignalsHeld&) = delete;

 private:
  sigset_t previous_{};
};

}  // namespace

void install_output_signal_handlers() {
  static const bool installed = [] {
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction action {};
      action.sa_handler = remove_pending_and_reraise;
      sigemptyset(&action.sa_mask);
      ::sigaction(signal_number, &action, nullptr);
    }
    // A file-size limit (ulimit -f) must turn into a write error we can report, not a kill.
    ::signal(SIGXFSZ, SIG_IGN);
    return true;
  }();
  (void)installed;
}

namespace {

void register_pending(const fs::path& path) {
  const std::string& text = path.native();
  if (text.size() >= kMaxPathLength) {
    return;
  }
  for (std::size_t i = 0; i < kMaxPending; ++i) {
    if (!g_pending_used[i].load()) {
      std::memcpy(g_pending_paths[i].data(), text.c_str(), text.size() + 1);
      g_pending_used[i].store(true);
      return;
    }
  }
}

void unregister_pending(const fs::path& path) {
  for (std::size_t i = 0; i < kMaxPending; ++i) {
    if (g_pending_used[i].load() && path.native() == g_pending_paths[i].data()) {
      g_pending_used[i].store(false);
      return;
    }
  }
}

Error write_error(const fs::path& path, int error_number) {
  return Error::output(
      fmt::format("cannot write '{}': {}", path.string(), std::strerror(error_number)));
}

}  // namespace

AtomicFile::AtomicFile(fs::path target, fs::path temporary)
    : target_(std::move(target)), temporary_(std::move(temporary)) {
  register_pending(temporary_);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : target_(std::move(other.target_)),
      temporary_(std::move(other.temporary_)),
      committed_(other.committed_) {
  other.committed_ = true;  // the moved-from object no longer owns the temporary file
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !temporary_.empty()) {
    ::unlink(temporary_.c_str());
    unregister_pending(temporary_);
  }
}

Result<AtomicFile> AtomicFile::create(const fs::path& target) {
  install_output_signal_handlers();
  std::error_code ignored;
  if (fs::is_directory(target, ignored)) {
    return Error::output(fmt::format("cannot write '{}': it is a directory", target.string()));
  }
  const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string pattern = (directory / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const TerminationSignalsHeld held;  // until the temporary file is registered, in the constructor
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    return write_error(target, errno);
  }
  // mkstemp creates 0600; an output file should get the usual permissions.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  ::close(fd);
  return AtomicFile(target, fs::path(pattern));
}

Result<void> AtomicFile::commit() {
  const int fd = ::open(temporary_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int error_number = errno;
    if (fd >= 0) {
      ::close(fd);
    }
    return write_error(target_, error_number);
  }
  ::close(fd);
  const TerminationSignalsHeld held;  // the handler must not see the renamed file as pending
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    return write_error(target_, errno);
  }
  committed_ = true;
  unregister_pending(temporary_);
  return {};
}

Result<void> write_file_atomically(const fs::path& target, std::string_view content) {
  Result<AtomicFile> file = AtomicFile::create(target);
  if (!file) {
    return file.error();
  }
  const int fd = ::open(file->temporary_path().c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) {
    return write_error(target, errno);
  }
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      const int error_number = errno;
      ::close(fd);
      return write_error(target, error_number);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    return write_error(target, errno);
  }
  return file->commit();
}

Result<void> write_file_atomically(const fs::path& target,
                                   const std::function<void(std::ostream&)>& produce) {
  Result<AtomicFile> file = AtomicFile::create(target);
  if (!file) {
    return file.error();
  }
  // Streamed straight into the temporary file: a large report is never held twice in memory.
  std::ofstream stream;
  std::vector<char> buffer(1 << 16);
  stream.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  stream.open(file->temporary_path(), std::ios::binary | std::ios::trunc);
  if (!stream) {
    return write_error(target, errno);
  }
  errno = 0;
  produce(stream);
  stream.flush();
  if (!stream) {
    // The stream keeps no error code; errno still holds the one of the failed write (EFBIG,
    // ENOSPC, EIO), or 0 when the failure came from elsewhere.
    const int error_number = errno != 0 ? errno : EIO;
    return write_error(target, error_number);
  }
  stream.close();
  if (!stream) {
    return write_error(target, errno != 0 ? errno : EIO);
  }
  return file->commit();
}

Result<std::string> read_file(const fs::path& path, std::uint64_t max_size) {
  const auto read_error = [&](int error_number) {
    return Error::input(
        fmt::format("cannot read '{}': {}", path.string(), std::strerror(error_number)));
  };
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return read_error(errno);
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    const int error_number = errno;
    ::close(fd);
    return read_error(error_number);
  }
  if (S_ISDIR(info.st_mode)) {
    ::close(fd);
    return Error::input(fmt::format("cannot read '{}': it is a directory", path.string()));
  }
  const auto too_large = [&](std::uint64_t size) {
    return Error::input(
        fmt::format("'{}' is {}larger than tenderkit reads: {} MiB at most", path.string(),
                    size > max_size
                        ? fmt::format("{:.1f} MiB, ", static_cast<double>(size) / (1024 * 1024))
                        : "",
                    max_size / (1024 * 1024)),
        std::nullopt, "split it into smaller files, or check that it is the file you meant");
  };
  if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > max_size) {
    ::close(fd);
    return too_large(static_cast<std::uint64_t>(info.st_size));
  }
  // One read into a string of the right size: registrations are read by the thousand.
  std::string content;
  content.resize(S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 0);
  std::size_t size = 0;
  while (true) {
    if (size == content.size()) {
      // Full as expected: probe for more with a small read before growing, so a file that fits
      // exactly is not held twice (a 58 MB scores file used to cost 116 MB here).
      char probe[4096];
      const ssize_t extra = ::read(fd, probe, sizeof probe);
      if (extra == 0) {
        break;
      }
      if (extra < 0) {
        if (errno == EINTR) {
          continue;
        }
        const int error_number = errno;
        ::close(fd);
        return read_error(error_number);
      }
      if (size + static_cast<std::size_t>(extra) > max_size) {  // a pipe, or a growing file
        ::close(fd);
        return too_large(0);
      }
      content.resize(std::max<std::size_t>(4096, content.size() * 2));  // grew, or not a file
      std::memcpy(content.data() + size, probe, static_cast<std::size_t>(extra));
      size += static_cast<std::size_t>(extra);
      continue;
    }
    const ssize_t n = ::read(fd, content.data() + size, content.size() - size);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      const int error_number = errno;
      ::close(fd);
      return read_error(error_number);
    }
    if (n == 0) {
      break;
    }
    size += static_cast<std::size_t>(n);
  }
  ::close(fd);
  content.resize(size);
  return content;
}

}  // namespace tenderkit
