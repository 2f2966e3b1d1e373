// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/words.hpp>

#include <fmt/format.h>

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <streambuf>
#include <vector>

namespace tenderkit {

namespace fs = std::filesystem;
namespace words = core::words;

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
      wording::say(words::cannot_write, {wording::text("path", path.string()),
                                         wording::text("reason", std::strerror(error_number))}));
}

// The descriptor a path names without naming a file: /dev/stdout, /dev/fd/N, /proc/self/fd/N.
// Opening such a path would give a new open file description (at offset 0, without O_APPEND), or
// a name like "pipe:[123]" that no rename can replace; writing to the descriptor itself is what
// a shell does with them.
std::optional<int> descriptor_named(const fs::path& path) {
  const std::string& text = path.native();
  if (text == "/dev/stdout") {
    return 1;
  }
  if (text == "/dev/stderr") {
    return 2;
  }
  const std::string own = fmt::format("/proc/{}/fd/", ::getpid());
  for (const std::string_view prefix :
       {std::string_view("/dev/fd/"), std::string_view("/proc/self/fd/"),
        std::string_view("/proc/thread-self/fd/"), std::string_view(own)}) {
    if (!text.starts_with(prefix)) {
      continue;
    }
    const std::string_view number = std::string_view(text).substr(prefix.size());
    if (number.empty() || number.size() > 9 ||
        !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::nullopt;
    }
    return std::stoi(std::string(number));
  }
  return std::nullopt;
}

// Writes all of `size` bytes; 0, or the errno of the failure. A non-blocking descriptor (a
// standard output some shells and CI runners hand over) is waited for rather than failed.
int write_all(int fd, const char* data, std::size_t size) {
  std::size_t written = 0;
  while (written < size) {
    const ssize_t n = ::write(fd, data + written, size - written);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        pollfd ready{fd, POLLOUT, 0};
        ::poll(&ready, 1, -1);
        continue;
      }
      return errno;
    }
    written += static_cast<std::size_t>(n);
  }
  return 0;
}

// A stream buffer over a descriptor that keeps the errno of the first failed write.
class DescriptorBuffer : public std::streambuf {
 public:
  explicit DescriptorBuffer(int fd) : fd_(fd), buffer_(1 << 16) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) {
      return traits_type::eof();
    }
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    if (error_ != 0) {
      return false;
    }
    error_ = write_all(fd_, pbase(), static_cast<std::size_t>(pptr() - pbase()));
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return error_ == 0;
  }

  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
};

// An open stream target; closes what it opened.
class OpenStream {
 public:
  OpenStream(int fd, bool owned) : fd_(fd), owned_(owned) {}
  OpenStream(OpenStream&& other) noexcept : fd_(other.fd_), owned_(other.owned_) {
    other.owned_ = false;
  }
  OpenStream(const OpenStream&) = delete;
  OpenStream& operator=(const OpenStream&) = delete;
  OpenStream& operator=(OpenStream&&) = delete;
  ~OpenStream() {
    if (owned_) {
      ::close(fd_);
    }
  }
  int fd() const { return fd_; }
  /// Closes an owned descriptor now; 0 or the errno of a failed close (a late write error).
  int close() {
    if (!owned_) {
      return 0;
    }
    owned_ = false;
    return ::close(fd_) == 0 ? 0 : errno;
  }

 private:
  int fd_;
  bool owned_;
};

Result<OpenStream> open_stream(const OutputTarget& target) {
  if (target.descriptor >= 0) {
    if (::fcntl(target.descriptor, F_GETFL) < 0) {
      return write_error(target.given, errno);
    }
    // What the program wrote to the same descriptor through stdio or iostreams comes first.
    std::cout.flush();  // not printing: the program's own output goes first
    std::cerr.flush();  // not printing: likewise
    std::fflush(nullptr);
    return OpenStream(target.descriptor, false);
  }
  if (target.socket) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (target.path.native().size() >= sizeof address.sun_path) {
      return write_error(target.given, ENAMETOOLONG);
    }
    std::memcpy(address.sun_path, target.path.c_str(), target.path.native().size() + 1);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
      return write_error(target.given, errno);
    }
    OpenStream stream(fd, true);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
      return write_error(target.given, errno);
    }
    return stream;
  }
  // No O_TRUNC: a device or FIFO has nothing to truncate. A FIFO blocks here until it has a
  // reader, as a shell redirection does.
  const int fd = ::open(target.path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    return write_error(target.given, errno);
  }
  return OpenStream(fd, true);
}

// The permissions a new output file gets: those of the file it replaces, else 0666 & ~umask.
mode_t output_mode(const fs::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
    return info.st_mode & 07777;
  }
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

bool is_standard_output(const fs::path& path) {
  return path.native() == "-";
}

Result<OutputTarget> resolve_output(const fs::path& given) {
  OutputTarget target;
  target.given = given;
  if (is_standard_output(given)) {
    target.kind = OutputKind::stream;
    target.descriptor = STDOUT_FILENO;
    return target;
  }
  // Follows a chain of symbolic links one link at a time (as realpath would, but to a file that
  // need not exist yet): the end of the chain is what gets replaced, so the links stay links.
  constexpr int kMaxLinks = 40;  // Linux's own limit (ELOOP)
  fs::path current = given;
  struct stat info {};
  for (int links = 0;; ++links) {
    if (const std::optional<int> descriptor = descriptor_named(current)) {
      target.kind = OutputKind::stream;
      target.descriptor = *descriptor;
      return target;
    }
    if (::lstat(current.c_str(), &info) != 0) {
      if (errno == ENOENT) {
        target.kind = OutputKind::file;  // a new file (a dangling link's target is created)
        target.path = current;
        return target;
      }
      return write_error(given, errno);
    }
    if (!S_ISLNK(info.st_mode)) {
      break;
    }
    if (links == kMaxLinks) {
      return write_error(given, ELOOP);
    }
    std::error_code error;
    const fs::path link = fs::read_symlink(current, error);
    if (error) {
      return write_error(given, error.value());
    }
    current = link.is_absolute() ? link : current.parent_path() / link;
  }
  target.path = current;
  if (S_ISREG(info.st_mode)) {
    target.kind = OutputKind::file;
    return target;
  }
  if (S_ISDIR(info.st_mode)) {
    return Error::output(
        wording::say(words::cannot_write_directory, {wording::text("path", given.string())}));
  }
  if (S_ISBLK(info.st_mode)) {
    return Error(
        ErrorKind::output,
        wording::say(words::cannot_write_block_device, {wording::text("path", given.string())}),
        std::nullopt, wording::label(words::writes_files_only));
  }
  target.kind = OutputKind::stream;
  target.socket = S_ISSOCK(info.st_mode);
  return target;
}

namespace {

// What makes two outputs, or an output and an input, the same: an open descriptor, an existing
// regular file (device and inode), or the spelling of a new file. Devices, FIFOs and sockets
// have none: two reports may well both go to a character device.
std::optional<std::string> identity(const fs::path& path, bool output) {
  if (output) {
    if (is_standard_output(path)) {
      return "fd 1";
    }
    if (const std::optional<int> descriptor = descriptor_named(path)) {
      return fmt::format("fd {}", *descriptor);
    }
  }
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) {
    if (!S_ISREG(info.st_mode)) {
      return std::nullopt;
    }
    return fmt::format("inode {}:{}", info.st_dev, info.st_ino);
  }
  if (!output) {
    return std::nullopt;
  }
  std::error_code error;
  const fs::path absolute = fs::weakly_canonical(fs::absolute(path, error), error);
  return "path " + (error ? path : absolute).string();
}

}  // namespace

Result<void> check_outputs(const std::vector<fs::path>& inputs,
                           const std::vector<fs::path>& outputs) {
  std::optional<Error> problems;
  const auto add = [&](Error problem) {
    if (problems) {
      problems->append(problem);
    } else {
      problems = std::move(problem);
    }
  };
  // Inputs are looked at only when some output is an existing file: a check of 10,000
  // registrations then costs 10,000 stat calls, and nothing otherwise.
  std::vector<std::pair<std::string, fs::path>> input_ids;
  if (std::any_of(outputs.begin(), outputs.end(), [](const fs::path& output) {
        return !output.empty() && identity(output, true).value_or("").starts_with("inode ");
      })) {
    for (const fs::path& input : inputs) {
      if (std::optional<std::string> id = identity(input, false)) {
        input_ids.emplace_back(std::move(*id), input);
      }
    }
  }
  std::vector<std::pair<std::string, fs::path>> seen;
  for (const fs::path& output : outputs) {
    if (output.empty()) {
      continue;
    }
    const std::optional<std::string> id = identity(output, true);
    if (!id) {
      continue;
    }
    const auto input = std::find_if(input_ids.begin(), input_ids.end(),
                                    [&](const auto& entry) { return entry.first == *id; });
    if (input != input_ids.end()) {
      add(Error(ErrorKind::usage,
                input->second == output
                    ? wording::say(words::input_is_output, {wording::text("path", output.string())})
                    : wording::say(words::output_is_input,
                                   {wording::text("path", output.string()),
                                    wording::text("input", input->second.string())}),
                std::nullopt, wording::label(words::write_elsewhere)));
      continue;
    }
    const auto earlier = std::find_if(seen.begin(), seen.end(),
                                      [&](const auto& entry) { return entry.first == *id; });
    if (earlier != seen.end()) {
      const auto both = [&](const wording::Phrase& phrase) {
        return wording::say(phrase, {wording::text("first", earlier->second.string()),
                                     wording::text("second", output.string())});
      };
      add(*id == "fd 1" ? Error(ErrorKind::usage, both(words::both_to_stdout), std::nullopt,
                                wording::label(words::name_a_file))
          : id->starts_with("fd ") ? Error(ErrorKind::usage, both(words::both_to_descriptor),
                                           std::nullopt, wording::label(words::file_each))
                                   : Error(ErrorKind::usage, both(words::same_file), std::nullopt,
                                           wording::label(words::file_each)));
      continue;
    }
    seen.emplace_back(*id, output);
  }
  if (problems) {
    return *problems;
  }
  return {};
}

Result<std::vector<bool>> refuse_existing(
    const std::vector<fs::path>& targets, bool force, std::string_view program,
    const std::function<LocalizedText(const fs::path&)>& describe) {
  std::vector<bool> existed;
  std::optional<Error> refusal;
  for (const fs::path& target : targets) {
    std::error_code error;
    const bool exists = fs::exists(fs::symlink_status(target, error));
    const bool directory = exists && fs::is_directory(target, error);
    existed.push_back(exists);
    if (!exists || (force && !directory)) {
      continue;
    }
    Error problem(ErrorKind::output,
                  wording::say(words::exists, {wording::text("path", target.string()),
                                               wording::localized("detail", describe && !directory
                                                                                ? describe(target)
                                                                                : LocalizedText{}),
                                               wording::text("program", std::string(program))}),
                  std::nullopt, directory ? LocalizedText{} : wording::label(words::use_force));
    if (refusal) {
      refusal->append(problem);
    } else {
      refusal = std::move(problem);
    }
  }
  if (refusal) {
    return *refusal;
  }
  return existed;
}

AtomicFile::AtomicFile(OutputTarget target, fs::path temporary)
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

Result<AtomicFile> AtomicFile::create(const fs::path& given) {
  install_output_signal_handlers();
  Result<OutputTarget> target = resolve_output(given);
  if (!target) {
    return target.error();
  }
  fs::path directory;
  std::string name;
  if (target->kind == OutputKind::file) {
    directory = target->path.has_parent_path() ? target->path.parent_path() : fs::path(".");
    name = target->path.filename().string();
  } else {
    // A stream cannot be renamed over: the file is built in the temporary directory and copied
    // to the stream by commit().
    std::error_code error;
    directory = fs::temp_directory_path(error);
    if (error) {
      directory = "/tmp";
    }
    name = "tenderkit-output";
  }
  std::string pattern = (directory / ("." + name + ".tmp-XXXXXX")).string();
  const mode_t mode = target->kind == OutputKind::file ? output_mode(target->path) : 0600;
  const TerminationSignalsHeld held;  // until the temporary file is registered, in the constructor
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    return write_error(given, errno);
  }
  // mkstemp creates 0600; an output file should get the usual permissions.
  ::fchmod(fd, mode);
  ::close(fd);
  return AtomicFile(std::move(target).value(), fs::path(pattern));
}

Result<void> AtomicFile::commit() {
  const fs::path& given = target_.given;
  const int fd = ::open(temporary_.c_str(), O_RDONLY | O_CLOEXEC);
  if (target_.kind == OutputKind::stream) {
    if (fd < 0) {
      return write_error(given, errno);
    }
    Result<OpenStream> stream = open_stream(target_);
    if (!stream) {
      ::close(fd);
      return stream.error();
    }
    std::vector<char> buffer(1 << 16);
    int error_number = 0;
    while (error_number == 0) {
      const ssize_t n = ::read(fd, buffer.data(), buffer.size());
      if (n < 0 && errno == EINTR) {
        continue;
      }
      if (n <= 0) {
        error_number = n < 0 ? errno : 0;
        break;
      }
      error_number = write_all(stream->fd(), buffer.data(), static_cast<std::size_t>(n));
    }
    ::close(fd);
    if (error_number == 0) {
      error_number = stream->close();
    }
    const TerminationSignalsHeld held;
    ::unlink(temporary_.c_str());
    committed_ = true;
    unregister_pending(temporary_);
    if (error_number != 0) {
      return write_error(given, error_number);
    }
    return {};
  }
  if (fd < 0 || ::fsync(fd) != 0) {
    const int error_number = errno;
    if (fd >= 0) {
      ::close(fd);
    }
    return write_error(given, error_number);
  }
  ::close(fd);
  const TerminationSignalsHeld held;  // the handler must not see the renamed file as pending
  if (::rename(temporary_.c_str(), target_.path.c_str()) != 0) {
    return write_error(given, errno);
  }
  committed_ = true;
  unregister_pending(temporary_);
  return {};
}

Result<void> write_file_atomically(const fs::path& target, std::string_view content) {
  return write_file_atomically(target, [&](std::ostream& stream) {
    stream.write(content.data(), static_cast<std::streamsize>(content.size()));
  });
}

Result<void> write_file_atomically(const fs::path& given,
                                   const std::function<void(std::ostream&)>& produce) {
  Result<OutputTarget> target = resolve_output(given);
  if (!target) {
    return target.error();
  }
  if (target->kind == OutputKind::stream) {
    // Straight to the stream, in order: no temporary file, nothing to rename.
    Result<OpenStream> opened = open_stream(*target);
    if (!opened) {
      return opened.error();
    }
    DescriptorBuffer buffer(opened->fd());
    std::ostream stream(&buffer);
    produce(stream);
    stream.flush();
    if (!stream || buffer.error() != 0) {
      return write_error(given, buffer.error() != 0 ? buffer.error() : EIO);
    }
    if (const int error_number = opened->close(); error_number != 0) {
      return write_error(given, error_number);
    }
    return {};
  }
  Result<AtomicFile> file = AtomicFile::create(given);
  if (!file) {
    return file.error();
  }
  // Streamed straight into the temporary file: a large report is never held twice in memory.
  std::ofstream stream;
  std::vector<char> buffer(1 << 16);
  stream.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  stream.open(file->temporary_path(), std::ios::binary | std::ios::trunc);
  if (!stream) {
    return write_error(given, errno);
  }
  errno = 0;
  produce(stream);
  stream.flush();
  if (!stream) {
    // The stream keeps no error code; errno still holds the one of the failed write (EFBIG,
    // ENOSPC, EIO), or 0 when the failure came from elsewhere.
    const int error_number = errno != 0 ? errno : EIO;
    return write_error(given, error_number);
  }
  stream.close();
  if (!stream) {
    return write_error(given, errno != 0 ? errno : EIO);
  }
  return file->commit();
}

Result<std::string> read_file(const fs::path& path, std::uint64_t max_size) {
  const auto read_error = [&](int error_number) {
    return Error::input(
        wording::say(words::cannot_read, {wording::text("path", path.string()),
                                          wording::text("reason", std::strerror(error_number))}));
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
    return Error::input(
        wording::say(words::cannot_read_directory, {wording::text("path", path.string())}));
  }
  const auto too_large = [&](std::uint64_t size) {
    const std::int64_t limit = static_cast<std::int64_t>(max_size / (1024 * 1024));
    return Error::input(
        size > max_size
            ? wording::say(
                  words::too_large_size,
                  {wording::text("path", path.string()),
                   wording::number(
                       "size", fmt::format("{:.1f}", static_cast<double>(size) / (1024 * 1024))),
                   wording::integer("limit", limit)})
            : wording::say(words::too_large, {wording::text("path", path.string()),
                                              wording::integer("limit", limit)}),
        std::nullopt, wording::label(words::split_it));
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
