// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// Fuzz harness: every TOML loader with its validation. The first byte picks the loader, the rest
// is the file. A loader must return a value or an error; it must never crash, hang, leak or read
// out of bounds, and an error must carry at least one diagnostic.
#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/input/bridging_days_file.hpp>
#include <tenderkit/input/contracts_file.hpp>
#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/schedule/schedule.hpp>
#include <tenderkit/scoring/scores.hpp>

#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tenderkit;
  using fuzz::expect_sane;
  if (size == 0) {
    return 0;
  }
  const std::string_view content(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 5) {
    case 0: {
      const Result<Tender> tender = input::parse_tender(content, "tender.toml");
      expect_sane(tender);
      if (tender) {
        // A valid tender is also scheduled: its contract and timeline dates are computed.
        const calendar::WorkingDayCalendar calendar;
        schedule::ScheduleOptions options;
        options.as_of =
            calendar::Date{std::chrono::year{2023}, std::chrono::January, std::chrono::day{1}};
        expect_sane(schedule::build_schedule(*tender, {}, calendar, options));
      }
      break;
    }
    case 1:
      expect_sane(input::parse_registration(content, "registration.toml", fuzz::mvs_tender()));
      break;
    case 2:
      expect_sane(input::parse_contracts(content, "contracts.toml"));
      break;
    case 3:
      expect_sane(input::parse_bridging_days(content, "bridging-days.toml"));
      break;
    case 4:
      expect_sane(scoring::parse_scores(content, "scores.toml", fuzz::mvs_tender()));
      break;
  }
  return 0;
}
