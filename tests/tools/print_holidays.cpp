// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// Prints the general holidays of a range of years, one per line: "YYYY-MM-DD name_en". The
// python3-holidays comparison (tests/scripts/verify_holidays.py) reads it.

#include <tenderkit/calendar/working_days.hpp>

#include <charconv>
#include <cstdio>
#include <string_view>

namespace {

bool parse_year(std::string_view text, int& year) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

int main(int argc, char** argv) {
  int first = 0;
  int last = 0;
  if (argc != 3 || !parse_year(argv[1], first) || !parse_year(argv[2], last)) {
    std::fputs("usage: print_holidays FIRST_YEAR LAST_YEAR\n", stderr);
    return 2;
  }
  for (int year = first; year <= last; ++year) {
    for (const tenderkit::calendar::Holiday& holiday :
         tenderkit::calendar::general_holidays(year)) {
      std::printf("%s %s\n", tenderkit::calendar::to_iso(holiday.date).c_str(),
                  holiday.name.en.c_str());
    }
  }
  return 0;
}
