// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
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
