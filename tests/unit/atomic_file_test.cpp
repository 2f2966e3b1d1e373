// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace tenderkit {
namespace {

namespace fs = std::filesystem;
using test_support::slurp;
using test_support::TempDir;
using Names = std::vector<std::string>;
using namespace std::string_literals;

// Entries of a directory that look like our temporary files: ".name.tmp-XXXXXX".
Names temporary_files(const fs::path& directory) {
  Names found;
  for (const auto& entry : fs::directory_iterator(directory)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(".") && name.find(".tmp-") != std::string::npos) {
      found.push_back(name);
    }
  }
  return found;
}

// Sets the process umask for one scope.
class ScopedUmask {
 public:
  explicit ScopedUmask(mode_t mask) : previous_(::umask(mask)) {}
  ~ScopedUmask() { ::umask(previous_); }
  ScopedUmask(const ScopedUmask&) = delete;
  ScopedUmask& operator=(const ScopedUmask&) = delete;

 private:
  mode_t previous_;
};

// ---------------------------------------------------------------------------------------------
// Writing

TEST(WriteFileAtomically, CreatesTheFileWithTheContent) {
  TempDir dir;
  const fs::path target = dir.path() / "rapport.json";
  const std::string content = "{\"gemeente\": \"Súdwest-Fryslân\"}\n\0binary"s;
  const Result<void> written = write_file_atomically(target, content);
  ASSERT_TRUE(written.has_value()) << written.error().message();
  EXPECT_EQ(slurp(target), content);
  EXPECT_EQ(dir.entries(), Names{"rapport.json"});
}

TEST(WriteFileAtomically, ReplacesThePreviousContentWhole) {
  TempDir dir;
  const fs::path target =
      dir.write("rapport.txt", "an old report that is longer than the new one\n");
  ASSERT_TRUE(write_file_atomically(target, "new\n").has_value());
  EXPECT_EQ(slurp(target), "new\n");
  ASSERT_TRUE(write_file_atomically(target, "").has_value());
  EXPECT_EQ(slurp(target), "");
  EXPECT_EQ(dir.entries(), Names{"rapport.txt"});
}

TEST(WriteFileAtomically, WritesWhatTheProducerStreams) {
  TempDir dir;
  const fs::path target = dir.path() / "out.md";
  const Result<void> written =
      write_file_atomically(target, [](std::ostream& out) { out << "# Rapport\n"
                                                                << 42 << '\n'; });
  ASSERT_TRUE(written.has_value()) << written.error().message();
  EXPECT_EQ(slurp(target), "# Rapport\n42\n");
}

TEST(WriteFileAtomically, WritesRelativeToTheWorkingDirectoryForABareName) {
  TempDir dir;
  const fs::path previous = fs::current_path();
  fs::current_path(dir.path());
  const Result<void> written = write_file_atomically("bare.txt", "x");
  fs::current_path(previous);
  ASSERT_TRUE(written.has_value()) << written.error().message();
  EXPECT_EQ(slurp(dir.path() / "bare.txt"), "x");
  EXPECT_EQ(dir.entries(), Names{"bare.txt"});
}

TEST(WriteFileAtomically, GivesTheUsualPermissions) {
  TempDir dir;
  const fs::path target = dir.path() / "out.txt";
  {
    const ScopedUmask mask(027);
    ASSERT_TRUE(write_file_atomically(target, "x").has_value());
  }
  // mkstemp would have made it 0600; the output gets 0666 & ~umask.
  struct stat info {};
  ASSERT_EQ(::stat(target.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0640u);
}

// ---------------------------------------------------------------------------------------------
// Failing writes: an output error, no temporary files, the previous content intact.

TEST(WriteFileAtomically, FailsWhenTheDirectoryDoesNotExist) {
  TempDir dir;
  const fs::path target = dir.path() / "missing" / "out.json";
  const Result<void> written = write_file_atomically(target, "x");
  ASSERT_FALSE(written.has_value());
  EXPECT_EQ(written.error().kind(), ErrorKind::output);
  EXPECT_EQ(written.error().message(),
            "cannot write '" + target.string() + "': No such file or directory");
  EXPECT_FALSE(written.error().diagnostics()[0].where.has_value());
  EXPECT_EQ(dir.entries(), Names{});
}

TEST(WriteFileAtomically, FailsWhenTheTargetIsADirectory) {
  TempDir dir;
  const fs::path target = dir.path() / "rapport";
  fs::create_directories(target);
  dir.write("rapport/keep.txt", "keep");
  const Result<void> written = write_file_atomically(target, "x");
  ASSERT_FALSE(written.has_value());
  EXPECT_EQ(written.error().kind(), ErrorKind::output);
  EXPECT_EQ(written.error().message(), "cannot write '" + target.string() + "': it is a directory");
  EXPECT_EQ(temporary_files(dir.path()), Names{});
  EXPECT_EQ(dir.entries(), Names{"rapport"});
  EXPECT_EQ(slurp(target / "keep.txt"), "keep");
}

TEST(WriteFileAtomically, FailsWhenTheDirectoryIsNotWritable) {
  if (::geteuid() == 0) {
    GTEST_SKIP() << "root may write anywhere, so the permission check cannot fail";
  }
  TempDir dir;
  const fs::path target = dir.write("out/rapport.txt", "old\n");
  fs::permissions(dir.path() / "out", fs::perms::owner_read | fs::perms::owner_exec);
  const Result<void> written = write_file_atomically(target, "new\n");
  fs::permissions(dir.path() / "out", fs::perms::owner_all);
  ASSERT_FALSE(written.has_value());
  EXPECT_EQ(written.error().kind(), ErrorKind::output);
  EXPECT_EQ(written.error().message(), "cannot write '" + target.string() + "': Permission denied");
  EXPECT_EQ(temporary_files(dir.path() / "out"), Names{});
  EXPECT_EQ(slurp(target), "old\n");
}

TEST(WriteFileAtomically, AWriteCutShortLeavesTheOldFileAndNoTemporary) {
  // A file-size limit (ulimit -f) makes write() fail half-way; tenderkit ignores SIGXFSZ so that
  // this becomes an error it can report rather than a kill.
  TempDir dir;
  const fs::path target = dir.write("groot.xlsx", "old content\n");
  const std::string content(256 * 1024, 'x');
  rlimit previous{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &previous), 0);
  if (previous.rlim_max != RLIM_INFINITY && previous.rlim_max < 64 * 1024) {
    GTEST_SKIP() << "the hard file-size limit is already below what this test needs";
  }
  std::optional<Result<void>> written;
  {
    rlimit small = previous;
    small.rlim_cur = 64 * 1024;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    written.emplace(write_file_atomically(target, content));
    ::setrlimit(RLIMIT_FSIZE, &previous);  // before anything else writes, gtest's output included
  }
  ASSERT_FALSE(written->has_value());
  EXPECT_EQ(written->error().kind(), ErrorKind::output);
  EXPECT_EQ(written->error().message(), "cannot write '" + target.string() + "': File too large");
  EXPECT_EQ(temporary_files(dir.path()), Names{});
  EXPECT_EQ(slurp(target), "old content\n");
}

// ---------------------------------------------------------------------------------------------
// AtomicFile

TEST(AtomicFile, CreatesAHiddenTemporaryBesideTheTarget) {
  TempDir dir;
  const fs::path target = dir.path() / "rapport.xlsx";
  Result<AtomicFile> file = AtomicFile::create(target);
  ASSERT_TRUE(file.has_value()) << file.error().message();
  EXPECT_EQ(file->target(), target);
  EXPECT_EQ(file->temporary_path().parent_path(), dir.path());
  const std::string name = file->temporary_path().filename().string();
  EXPECT_TRUE(name.starts_with(".rapport.xlsx.tmp-")) << name;
  EXPECT_EQ(name.size(), std::string(".rapport.xlsx.tmp-").size() + 6) << name;
  EXPECT_TRUE(fs::is_regular_file(file->temporary_path()));
  EXPECT_FALSE(fs::exists(target));
}

TEST(AtomicFile, CommitMovesTheTemporaryOverTheTarget) {
  TempDir dir;
  const fs::path target = dir.write("rapport.txt", "old\n");
  {
    Result<AtomicFile> file = AtomicFile::create(target);
    ASSERT_TRUE(file.has_value()) << file.error().message();
    std::ofstream(file->temporary_path(), std::ios::binary) << "new\n";
    EXPECT_EQ(slurp(target), "old\n");  // nothing visible until commit
    const Result<void> committed = file->commit();
    ASSERT_TRUE(committed.has_value()) << committed.error().message();
    EXPECT_FALSE(fs::exists(file->temporary_path()));
  }
  EXPECT_EQ(slurp(target), "new\n");
  EXPECT_EQ(dir.entries(), Names{"rapport.txt"});
}

TEST(AtomicFile, DestroyedWithoutCommitRemovesItsTemporaryAndKeepsTheTarget) {
  TempDir dir;
  const fs::path target = dir.write("rapport.txt", "old\n");
  fs::path temporary;
  {
    Result<AtomicFile> file = AtomicFile::create(target);
    ASSERT_TRUE(file.has_value()) << file.error().message();
    temporary = file->temporary_path();
    std::ofstream(temporary, std::ios::binary) << "half a rep";
    EXPECT_EQ(temporary_files(dir.path()).size(), 1u);
  }
  EXPECT_FALSE(fs::exists(temporary));
  EXPECT_EQ(temporary_files(dir.path()), Names{});
  EXPECT_EQ(slurp(target), "old\n");
}

TEST(AtomicFile, AMovedFileIsOwnedByItsNewHolder) {
  TempDir dir;
  const fs::path target = dir.path() / "out.txt";
  Result<AtomicFile> created = AtomicFile::create(target);
  ASSERT_TRUE(created.has_value()) << created.error().message();
  const fs::path temporary = created->temporary_path();
  {
    AtomicFile moved(std::move(created.value()));
    EXPECT_EQ(moved.temporary_path(), temporary);
  }
  // The new holder was destroyed without commit, so the temporary is gone ...
  EXPECT_FALSE(fs::exists(temporary));
  EXPECT_EQ(dir.entries(), Names{});
}

TEST(AtomicFile, AMovedFromFileLeavesTheTemporaryToTheNewHolder) {
  TempDir dir;
  const fs::path target = dir.path() / "out.txt";
  Result<AtomicFile> created = AtomicFile::create(target);
  ASSERT_TRUE(created.has_value()) << created.error().message();
  const fs::path temporary = created->temporary_path();
  std::optional<AtomicFile> holder;
  holder.emplace(std::move(created.value()));
  { Result<AtomicFile> gone = std::move(created); }  // destroying the moved-from one ...
  EXPECT_TRUE(fs::exists(temporary));                // ... leaves the file alone
  std::ofstream(temporary, std::ios::binary) << "done";
  ASSERT_TRUE(holder->commit().has_value());
  EXPECT_EQ(slurp(target), "done");
}

TEST(AtomicFile, AFailedCommitIsAnOutputErrorAndCleansUp) {
  TempDir dir;
  const fs::path target = dir.path() / "rapport";
  fs::path temporary;
  {
    Result<AtomicFile> file = AtomicFile::create(target);
    ASSERT_TRUE(file.has_value()) << file.error().message();
    temporary = file->temporary_path();
    // Someone puts a non-empty directory where the file is to go before it is committed.
    dir.write("rapport/keep.txt", "keep");
    const Result<void> committed = file->commit();
    ASSERT_FALSE(committed.has_value());
    EXPECT_EQ(committed.error().kind(), ErrorKind::output);
    EXPECT_EQ(committed.error().message(),
              "cannot write '" + target.string() + "': Is a directory");
  }
  EXPECT_FALSE(fs::exists(temporary));
  EXPECT_EQ(dir.entries(), Names{"rapport"});
  EXPECT_EQ(slurp(target / "keep.txt"), "keep");
}

TEST(AtomicFile, CreateFailsForAMissingDirectory) {
  TempDir dir;
  const fs::path target = dir.path() / "nope" / "x.txt";
  const Result<AtomicFile> file = AtomicFile::create(target);
  ASSERT_FALSE(file.has_value());
  EXPECT_EQ(file.error().kind(), ErrorKind::output);
  EXPECT_EQ(file.error().message(),
            "cannot write '" + target.string() + "': No such file or directory");
}

TEST(AtomicFileDeathTest, ATerminationSignalRemovesPendingTemporaries) {
  TempDir dir;
  const fs::path target = dir.write("rapport.txt", "old\n");
  EXPECT_EXIT(
      {
        Result<AtomicFile> file = AtomicFile::create(target);
        if (!file.has_value() || temporary_files(dir.path()).size() != 1) {
          std::_Exit(1);
        }
        std::raise(SIGTERM);
        std::_Exit(2);  // not reached: the handler re-raises with the default action
      },
      ::testing::KilledBySignal(SIGTERM), "");
  EXPECT_EQ(temporary_files(dir.path()), Names{});
  EXPECT_EQ(slurp(target), "old\n");
}

// ---------------------------------------------------------------------------------------------
// Output targets: what the path names decides how it is written (docs/limits.md "Outputs"). The
// nodes are made in a temporary folder; /dev is never touched.

// Makes a device node, or skips the test when this user may not (mknod needs root).
#define MAKE_DEVICE_OR_SKIP(path, type, major_number, minor_number)                         \
  do {                                                                                      \
    if (::mknod((path).c_str(), (type) | 0666, makedev(major_number, minor_number)) != 0) { \
      GTEST_SKIP() << "mknod needs root: " << std::strerror(errno);                         \
    }                                                                                       \
  } while (false)

mode_t file_type(const fs::path& path) {
  struct stat info {};
  EXPECT_EQ(::lstat(path.c_str(), &info), 0) << path;
  return info.st_mode & S_IFMT;
}

std::string big_report() {
  std::string content;
  for (int i = 0; i < 40000; ++i) {
    content += "regel " + std::to_string(i) + ": Stichting Pré-Vent\n";
  }
  return content;  // about 1.2 MB: more than a pipe or FIFO buffer holds
}

TEST(OutputTarget, ACharacterDeviceStaysADevice) {
  TempDir dir;
  const fs::path null = dir.path() / "null";
  MAKE_DEVICE_OR_SKIP(null, S_IFCHR, 1, 3);  // the same device as /dev/null
  const Result<void> written = write_file_atomically(null, big_report());
  ASSERT_TRUE(written.has_value()) << written.error().message();
  EXPECT_EQ(file_type(null), S_IFCHR);
  EXPECT_EQ(temporary_files(dir.path()), Names{});
  const Result<OutputTarget> target = resolve_output(null);
  ASSERT_TRUE(target.has_value());
  EXPECT_EQ(target->kind, OutputKind::stream);
}

TEST(OutputTarget, AWriteErrorOnADeviceIsAnOutputError) {
  TempDir dir;
  const fs::path full = dir.path() / "full";
  MAKE_DEVICE_OR_SKIP(full, S_IFCHR, 1, 7);  // the device of /dev/full: every write fails ENOSPC
  const Result<void> written = write_file_atomically(full, "x");
  ASSERT_FALSE(written.has_value());
  EXPECT_EQ(written.error().kind(), ErrorKind::output);
  EXPECT_EQ(written.error().message(),
            "cannot write '" + full.string() + "': No space left on device");
  EXPECT_EQ(file_type(full), S_IFCHR);
}

TEST(OutputTarget, ABlockDeviceIsRefused) {
  TempDir dir;
  const fs::path disk = dir.path() / "disk";
  MAKE_DEVICE_OR_SKIP(disk, S_IFBLK, 7, 200);
  const Result<void> written = write_file_atomically(disk, "x");
  ASSERT_FALSE(written.has_value());
  EXPECT_EQ(written.error().kind(), ErrorKind::output);
  EXPECT_EQ(written.error().message(),
            "cannot write '" + disk.string() + "': it is a block device (a disk)");
  EXPECT_EQ(file_type(disk), S_IFBLK);
}

TEST(OutputTarget, AFifoWithAReaderGetsTheWholeReportInOrder) {
  TempDir dir;
  const fs::path fifo = dir.path() / "report.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] {
    std::ifstream in(fifo, std::ios::binary);
    received.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  });
  const std::string content = big_report();
  const Result<void> written =
      write_file_atomically(fifo, [&](std::ostream& out) { out << content; });
  reader.join();
  ASSERT_TRUE(written.has_value()) << written.error().message();
  EXPECT_EQ(received.size(), content.size());
  EXPECT_TRUE(received == content);
  EXPECT_EQ(file_type(fifo), S_IFIFO);
  EXPECT_EQ(temporary_files(dir.path()), Names{});
}

TEST(OutputTarget, AUnixSocketIsConnectedToAndWrittenStraight) {
  TempDir dir;
  const fs::path path = dir.path() / "report.sock";
  const int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(listener, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  ASSERT_LT(path.native().size(), sizeof address.sun_path);
  std::memcpy(address.sun_path, path.c_str(), path.native().size() + 1);
  ASSERT_EQ(::bind(listener, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(::listen(listener, 1), 0);
  std::string received;
  std::thread reader([&] {
    const int connection = ::accept(listener, nullptr, nullptr);
    char buffer[4096];
    for (ssize_t n; (n = ::read(connection, buffer, sizeof buffer)) > 0;) {
      received.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(connection);
  });
  const Result<void> written = write_file_atomically(path, "via de socket\n");
  reader.join();
  ::close(listener);
  ASSERT_TRUE(written.has_value()) << written.error().message();
  EXPECT_EQ(received, "via de socket\n");
  EXPECT_EQ(file_type(path), S_IFSOCK);
}

TEST(OutputTarget, ASymlinkStaysALinkAndItsTargetIsReplaced) {
  TempDir dir;
  const fs::path real = dir.write("real.json", "old\n");
  const fs::path link = dir.path() / "report.json";
  fs::create_symlink(real, link);  // absolute
  ASSERT_TRUE(write_file_atomically(link, "new\n").has_value());
  EXPECT_EQ(file_type(link), S_IFLNK);
  EXPECT_EQ(fs::read_symlink(link), real);
  EXPECT_EQ(slurp(real), "new\n");
  EXPECT_EQ(temporary_files(dir.path()), Names{});
}

TEST(OutputTarget, ARelativeSymlinkIsResolvedFromItsOwnFolder) {
  TempDir dir;
  const fs::path real = dir.write("out/real.txt", "old\n");
  fs::create_directories(dir.path() / "links");
  const fs::path link = dir.path() / "links" / "report.txt";
  fs::create_symlink("../out/real.txt", link);
  ASSERT_TRUE(write_file_atomically(link, "new\n").has_value());
  EXPECT_EQ(fs::read_symlink(link), "../out/real.txt");
  EXPECT_EQ(slurp(real), "new\n");
  EXPECT_EQ(temporary_files(dir.path() / "links"), Names{});
  EXPECT_EQ(temporary_files(dir.path() / "out"), Names{});
}

TEST(OutputTarget, AChainOfSymlinksIsFollowedToItsEnd) {
  TempDir dir;
  const fs::path real = dir.write("c/real.txt", "old\n");
  fs::create_directories(dir.path() / "b");
  fs::create_symlink("../c/real.txt", dir.path() / "b" / "middle");
  fs::create_symlink("b/middle", dir.path() / "first");
  ASSERT_TRUE(write_file_atomically(dir.path() / "first", "new\n").has_value());
  EXPECT_EQ(file_type(dir.path() / "first"), S_IFLNK);
  EXPECT_EQ(file_type(dir.path() / "b" / "middle"), S_IFLNK);
  EXPECT_EQ(file_type(real), S_IFREG);
  EXPECT_EQ(slurp(real), "new\n");
}

TEST(OutputTarget, ADanglingSymlinkGetsItsTargetCreated) {
  TempDir dir;
  const fs::path link = dir.path() / "report.txt";
  fs::create_symlink("made.txt", link);
  ASSERT_TRUE(write_file_atomically(link, "new\n").has_value());
  EXPECT_EQ(file_type(link), S_IFLNK);
  EXPECT_EQ(slurp(dir.path() / "made.txt"), "new\n");
}

TEST(OutputTarget, ASymlinkLoopIsAnOutputError) {
  TempDir dir;
  fs::create_symlink("b", dir.path() / "a");
  fs::create_symlink("a", dir.path() / "b");
  const Result<void> written = write_file_atomically(dir.path() / "a", "x");
  ASSERT_FALSE(written.has_value());
  EXPECT_EQ(written.error().kind(), ErrorKind::output);
  EXPECT_EQ(file_type(dir.path() / "a"), S_IFLNK);
}

TEST(OutputTarget, AReplacedFileKeepsItsPermissions) {
  TempDir dir;
  const fs::path target = dir.write("scores.toml", "old\n");
  ASSERT_EQ(::chmod(target.c_str(), 0600), 0);
  ASSERT_TRUE(write_file_atomically(target, "new\n").has_value());
  struct stat info {};
  ASSERT_EQ(::stat(target.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0600u);
}

// A pipe whose write end is named by /proc/self/fd/N or /dev/fd/N; reads what arrived.
class NamedPipe {
 public:
  NamedPipe() { EXPECT_EQ(::pipe(ends_), 0); }
  ~NamedPipe() {
    close_write_end();
    ::close(ends_[0]);
  }
  NamedPipe(const NamedPipe&) = delete;
  NamedPipe& operator=(const NamedPipe&) = delete;
  int write_end() const { return ends_[1]; }
  void close_write_end() {
    if (ends_[1] >= 0) {
      ::close(ends_[1]);
      ends_[1] = -1;
    }
  }
  std::string drain() {
    close_write_end();
    std::string received;
    char buffer[4096];
    for (ssize_t n; (n = ::read(ends_[0], buffer, sizeof buffer)) > 0;) {
      received.append(buffer, static_cast<std::size_t>(n));
    }
    return received;
  }

 private:
  int ends_[2] = {-1, -1};
};

TEST(OutputTarget, ProcSelfFdNamesTheDescriptorItself) {
  for (const std::string prefix : {"/proc/self/fd/", "/dev/fd/"}) {
    NamedPipe pipe;
    const fs::path path = prefix + std::to_string(pipe.write_end());
    const Result<OutputTarget> target = resolve_output(path);
    ASSERT_TRUE(target.has_value());
    EXPECT_EQ(target->kind, OutputKind::stream);
    EXPECT_EQ(target->descriptor, pipe.write_end());
    ASSERT_TRUE(write_file_atomically(path, "door de pijp\n").has_value());
    // The descriptor is the caller's: it stays open.
    EXPECT_GE(::fcntl(pipe.write_end(), F_GETFD), 0);
    EXPECT_EQ(pipe.drain(), "door de pijp\n");
  }
}

TEST(OutputTarget, ADescriptorOnAFileIsWrittenInOrderNotTruncated) {
  TempDir dir;
  const fs::path log = dir.write("log.txt", "earlier\n");
  const int fd = ::open(log.c_str(), O_WRONLY | O_APPEND);
  ASSERT_GE(fd, 0);
  ASSERT_TRUE(write_file_atomically("/proc/self/fd/" + std::to_string(fd), "later\n").has_value());
  ::close(fd);
  EXPECT_EQ(slurp(log), "earlier\nlater\n");
}

TEST(OutputTarget, AClosedDescriptorIsAnOutputError) {
  NamedPipe pipe;
  const int fd = pipe.write_end();
  pipe.close_write_end();
  const Result<void> written = write_file_atomically("/dev/fd/" + std::to_string(fd), "x");
  ASSERT_FALSE(written.has_value());
  EXPECT_EQ(written.error().kind(), ErrorKind::output);
}

// Points standard output at a pipe for one scope.
class CapturedStdout {
 public:
  CapturedStdout() {
    std::fflush(stdout);
    saved_ = ::dup(STDOUT_FILENO);
    ::dup2(pipe_.write_end(), STDOUT_FILENO);
  }
  ~CapturedStdout() { restore(); }
  CapturedStdout(const CapturedStdout&) = delete;
  CapturedStdout& operator=(const CapturedStdout&) = delete;
  std::string take() {
    restore();
    return pipe_.drain();
  }

 private:
  void restore() {
    if (saved_ >= 0) {
      std::fflush(stdout);
      ::dup2(saved_, STDOUT_FILENO);
      ::close(saved_);
      saved_ = -1;
    }
  }
  NamedPipe pipe_;
  int saved_ = -1;
};

TEST(OutputTarget, ADashIsStandardOutputAndNoFileNamedDash) {
  TempDir dir;
  const fs::path previous = fs::current_path();
  fs::current_path(dir.path());
  CapturedStdout captured;
  const Result<void> written = write_file_atomically("-", "naar stdout\n");
  const std::string received = captured.take();
  fs::current_path(previous);
  ASSERT_TRUE(written.has_value()) << written.error().message();
  EXPECT_EQ(received, "naar stdout\n");
  EXPECT_FALSE(fs::exists(fs::symlink_status(dir.path() / "-")));
}

TEST(OutputTarget, AnAtomicFileForAStreamIsBuiltAsideAndCopiedOnCommit) {
  NamedPipe pipe;
  const fs::path path = "/proc/self/fd/" + std::to_string(pipe.write_end());
  Result<AtomicFile> file = AtomicFile::create(path);
  ASSERT_TRUE(file.has_value()) << file.error().message();
  EXPECT_EQ(file->target(), path);
  EXPECT_NE(file->temporary_path().parent_path(), fs::path("/proc/self/fd"));
  {
    std::ofstream out(file->temporary_path(), std::ios::binary);
    out << "PK werkmap";
  }
  const fs::path temporary = file->temporary_path();
  ASSERT_TRUE(file->commit().has_value());
  EXPECT_FALSE(fs::exists(temporary));
  EXPECT_EQ(pipe.drain(), "PK werkmap");
}

// ---------------------------------------------------------------------------------------------
// check_outputs: an output that is an input is refused before anything is read or written

TEST(CheckOutputs, AnOutputThatIsAnInputIsAUsageError) {
  TempDir dir;
  const fs::path scores = dir.write("scores.toml", "[tender]\n");
  const Result<void> checked = check_outputs({dir.path() / "tender.toml", scores}, {scores});
  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().kind(), ErrorKind::usage);
  EXPECT_EQ(checked.error().message(),
            "'" + scores.string() +
                "' is an input of this run and cannot be its output too: writing it would "
                "destroy the input");
  EXPECT_EQ(slurp(scores), "[tender]\n");
}

TEST(CheckOutputs, ASymlinkOrHardLinkToAnInputIsTheSameFile) {
  TempDir dir;
  const fs::path tender = dir.write("tender.toml", "x");
  fs::create_symlink("tender.toml", dir.path() / "soft.toml");
  fs::create_hard_link(tender, dir.path() / "hard.toml");
  for (const char* name : {"soft.toml", "hard.toml"}) {
    const Result<void> checked = check_outputs({tender}, {dir.path() / name});
    ASSERT_FALSE(checked.has_value()) << name;
    EXPECT_EQ(checked.error().message(),
              "the output '" + (dir.path() / name).string() + "' is the input '" + tender.string() +
                  "' (the same file): writing it would destroy the input");
  }
}

TEST(CheckOutputs, NewFilesOtherFilesAndDevicesPass) {
  TempDir dir;
  const fs::path tender = dir.write("tender.toml", "x");
  const fs::path other = dir.write("old-report.json", "x");
  EXPECT_TRUE(check_outputs({tender}, {dir.path() / "new.json", other, "-", ""}).has_value());
  const fs::path null = dir.path() / "null";
  if (::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0) {
    // Two reports may both go to a device; a device given as an input is no file to protect.
    EXPECT_TRUE(check_outputs({null}, {null, null}).has_value());
  }
}

TEST(CheckOutputs, TwoOutputsMayNotBeTheSameFileOrBothStandardOutput) {
  TempDir dir;
  const Result<void> both_stdout = check_outputs({}, {"-", "/dev/stdout"});
  ASSERT_FALSE(both_stdout.has_value());
  EXPECT_EQ(both_stdout.error().kind(), ErrorKind::usage);
  EXPECT_EQ(both_stdout.error().message(),
            "two outputs would both go to standard output: '-' and '/dev/stdout'");
  const Result<void> same =
      check_outputs({}, {dir.path() / "a.xlsx", dir.path() / "sub" / ".." / "a.xlsx"});
  EXPECT_FALSE(same.has_value());
}

// ---------------------------------------------------------------------------------------------
// refuse_existing: tender-init's and tender-score forms' convention

TEST(RefuseExisting, NamesEveryExistingTargetWithItsDetail) {
  TempDir dir;
  const fs::path a = dir.write("a.xlsx", "x");
  const fs::path b = dir.path() / "b.xlsx";
  const fs::path c = dir.write("c.toml", "x");
  const Result<std::vector<bool>> refused =
      refuse_existing({a, b, c}, false, "tender-score forms", [](const fs::path& path) {
        const std::string detail = " (" + path.filename().string() + ")";
        return LocalizedText{detail, detail};
      });
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().kind(), ErrorKind::output);
  ASSERT_EQ(refused.error().diagnostics().size(), 2u);
  EXPECT_EQ(refused.error().diagnostics()[0].message.en,
            a.string() + " exists (a.xlsx); tender-score forms does not overwrite files");
  EXPECT_EQ(refused.error().diagnostics()[1].hint.en, "use --force to replace it");
  const Result<std::vector<bool>> forced = refuse_existing({a, b, c}, true, "tender-init");
  ASSERT_TRUE(forced.has_value());
  EXPECT_EQ(*forced, (std::vector<bool>{true, false, true}));
}

TEST(RefuseExisting, ADirectoryIsRefusedEvenWithForce) {
  TempDir dir;
  fs::create_directories(dir.path() / "tender.toml");
  const Result<std::vector<bool>> refused =
      refuse_existing({dir.path() / "tender.toml"}, true, "tender-init");
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().diagnostics()[0].hint.en, "");
}

// ---------------------------------------------------------------------------------------------
// read_file

TEST(ReadFile, ReadsBytesExactly) {
  TempDir dir;
  const std::string content = "\xEF\xBB\xBFnaam = \"Één\"\r\n\0end"s;
  const Result<std::string> read = read_file(dir.write("in.toml", content));
  ASSERT_TRUE(read.has_value()) << read.error().message();
  EXPECT_EQ(*read, content);
}

TEST(ReadFile, AMissingFileIsAnInputError) {
  TempDir dir;
  const fs::path missing = dir.path() / "tender.toml";
  const Result<std::string> read = read_file(missing);
  ASSERT_FALSE(read.has_value());
  EXPECT_EQ(read.error().kind(), ErrorKind::input);
  EXPECT_EQ(read.error().message(),
            "cannot read '" + missing.string() + "': No such file or directory");
}

TEST(ReadFile, ADirectoryIsAnInputError) {
  TempDir dir;
  const Result<std::string> read = read_file(dir.path());
  ASSERT_FALSE(read.has_value());
  EXPECT_EQ(read.error().kind(), ErrorKind::input);
  EXPECT_EQ(read.error().message(), "cannot read '" + dir.path().string() + "': it is a directory");
}

TEST(ReadFile, RefusesAFileOverTheLimitBeforeReadingIt) {
  TempDir dir;
  const fs::path file = dir.path() / "groot.toml";
  std::ofstream(file) << std::string(3 * 1024 * 1024 + 1, 'x');
  const Result<std::string> read = read_file(file, 3 * 1024 * 1024);
  ASSERT_FALSE(read.has_value());
  EXPECT_EQ(read.error().kind(), ErrorKind::input);
  EXPECT_EQ(read.error().message(),
            "'" + file.string() + "' is 3.0 MiB, larger than tenderkit reads: 3 MiB at most");
  EXPECT_TRUE(read_file(file, 3 * 1024 * 1024 + 1).has_value());  // exactly at the limit
}

TEST(ReadFile, RefusesAStreamOverTheLimitWhileReading) {
  // A FIFO has no size up front: the limit applies as it is read.
  TempDir dir;
  const fs::path fifo = dir.path() / "pipe.toml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // The reader stops early: the writer then gets EPIPE instead of being killed by SIGPIPE.
  const auto previous = std::signal(SIGPIPE, SIG_IGN);
  std::thread writer([&] {
    std::ofstream out(fifo);
    out << std::string(2 * 1024 * 1024, 'x');
  });
  const Result<std::string> read = read_file(fifo, 1024 * 1024);
  writer.join();
  std::signal(SIGPIPE, previous);
  ASSERT_FALSE(read.has_value());
  EXPECT_EQ(read.error().message(),
            "'" + fifo.string() + "' is larger than tenderkit reads: 1 MiB at most");
}

TEST(ReadFile, TheDefaultLimitIs64MiB) {
  EXPECT_EQ(kMaxInputFileSize, 64u * 1024 * 1024);
}

}  // namespace
}  // namespace tenderkit
