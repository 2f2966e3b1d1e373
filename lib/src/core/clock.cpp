// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/clock.hpp>
#include <tenderkit/core/words.hpp>

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace tenderkit {

Result<std::time_t> output_timestamp() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (value == nullptr || *value == '\0') {
    return std::time(nullptr);
  }
  const std::string_view text(value);
  long long seconds = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (error != std::errc() || end != text.data() + text.size() || seconds < 0) {
    return Error::usage(wording::say(core::words::bad_source_date_epoch,
                                     {wording::text("found", std::string(text))}));
  }
  return static_cast<std::time_t>(seconds);
}

}  // namespace tenderkit
