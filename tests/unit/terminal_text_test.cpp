// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/terminal_text.hpp>

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace tenderkit::text {
namespace {

TEST(TerminalSafe, KeepsOrdinaryTextTabsAndNewlines) {
  EXPECT_EQ(terminal_safe("Jeugdhulp \xc3\xa9\xc3\xa9n\tb\nc"),
            "Jeugdhulp \xc3\xa9\xc3\xa9n\tb\nc");
  EXPECT_EQ(terminal_safe(""), "");
}

TEST(TerminalSafe, ShowsC0ControlsAndDeleteAsTomlEscapes) {
  EXPECT_EQ(terminal_safe("a\x1b]0;owned\x07z"), "a\\u001B]0;owned\\u0007z");
  EXPECT_EQ(terminal_safe("over\rwrite"), "over\\u000Dwrite");
  EXPECT_EQ(terminal_safe(std::string("nul\0x", 5)), "nul\\u0000x");
  EXPECT_EQ(terminal_safe("del\x7f"), "del\\u007F");
  EXPECT_EQ(terminal_safe("\x08\x0b\x0c"), "\\u0008\\u000B\\u000C");
}

TEST(TerminalSafe, ShowsC1ControlsButNotOtherTwoByteCharacters) {
  // U+009B (CSI) starts escape sequences in terminals that take 8-bit controls.
  EXPECT_EQ(terminal_safe("x\xc2\x9b"
                          "2Jy"),
            "x\\u009B2Jy");
  EXPECT_EQ(terminal_safe("\xc2\x80\xc2\x9f"), "\\u0080\\u009F");
  // U+00A0 (no-break space) and U+00E9 are text.
  EXPECT_EQ(terminal_safe("\xc2\xa0\xc3\xa9"), "\xc2\xa0\xc3\xa9");
}

TEST(TerminalSafe, KeepsOnlyTenderkitsOwnColoursAndOnlyWhenAsked) {
  const std::string painted = "\x1b[1;31merror\x1b[0m \x1b[32mok\x1b[0m";
  EXPECT_EQ(terminal_safe(painted, true), painted);
  EXPECT_EQ(terminal_safe(painted, false), "\\u001B[1;31merror\\u001B[0m \\u001B[32mok\\u001B[0m");
  // Other SGR codes, such as 8 (hidden text), and cursor movement are shown even with colour.
  EXPECT_EQ(terminal_safe("\x1b[8mhidden\x1b[2J", true), "\\u001B[8mhidden\\u001B[2J");
  EXPECT_EQ(terminal_safe("\x1b[3", true), "\\u001B[3");
}

TEST(TerminalSafeStream, FiltersEverythingWrittenAndFlushesTheLastLineOnDestruction) {
  std::ostringstream target;
  {
    TerminalSafeStream out(target, true);
    out << "tender \x1b[1mMVS\x1b[0m\n"
        << "name \x1b]2;title\x07" << 42;
  }
  EXPECT_EQ(target.str(), "tender \x1b[1mMVS\x1b[0m\nname \\u001B]2;title\\u000742");
}

TEST(TerminalSafeStream, NeverCutsAColourSequenceOrAC1CharacterAcrossItsBuffer) {
  // Lines longer than the 64 KiB buffer, with sequences straddling every possible boundary.
  std::string line;
  while (line.size() < 300'000) {
    line += "\x1b[31mR\x1b[0m \xc2\x9b ";
  }
  std::ostringstream target;
  {
    TerminalSafeStream out(target, true);
    for (int i = 0; i < 3; ++i) {
      for (char c : line) {
        out.put(c);
      }
      out << '\n';
    }
  }
  const std::string expected_line = terminal_safe(line, true) + "\n";
  EXPECT_EQ(target.str(), expected_line + expected_line + expected_line);
}

TEST(TerminalSafe, ShowsBytesThatAreNoUtf8) {
  // A lone 0x9B is CSI on 8-bit terminals; a Latin-1 file name holds such bytes.
  EXPECT_EQ(terminal_safe("a\x9b"
                          "2J \xe9t\xe9"),
            "a\\x9B2J \\xE9t\\xE9");
  EXPECT_EQ(terminal_safe("cut \xc3"), "cut \\xC3");
  EXPECT_EQ(terminal_safe("\xef\xbf\xbd"), "\xef\xbf\xbd");  // U+FFFD itself is text
}

TEST(OneLine, ShowsLineBreaksSoANameCannotStartLinesOfItsOwn) {
  EXPECT_EQ(one_line("Evil\n  compliant\r\nx"), "Evil\\u000A  compliant\\u000D\\u000Ax");
  EXPECT_EQ(one_line("plain"), "plain");
}

TEST(TerminalSafeStream, AFlushNeverCutsAColourOrAUtf8Sequence) {
  std::ostringstream target;
  TerminalSafeStream out(target, true);
  out << "a\xc2" << std::flush;
  EXPECT_EQ(target.str(), "a");  // the rest of U+009B may follow
  out << "\x9b"
         "2J \x1b["
      << std::flush;
  EXPECT_EQ(target.str(), "a\\u009B2J ");  // "ESC [" may become a colour
  out << "31mred\x1b[0m" << std::flush;
  EXPECT_EQ(target.str(), "a\\u009B2J \x1b[31mred\x1b[0m");
}

TEST(TerminalSafeStream, FlushWritesThroughToTheTarget) {
  std::ostringstream target;
  TerminalSafeStream out(target, false);
  out << "no newline\x1b" << std::flush;
  EXPECT_EQ(target.str(), "no newline\\u001B");
}

}  // namespace
}  // namespace tenderkit::text
