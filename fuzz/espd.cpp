// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// Fuzz harness: the ESPD (UEA) reader. The input is the XML file; when it is read, the rules on
// ESPD responses run on it against a registration of the MVS tender whose two members name it, so
// that whatever the reader accepts also goes through ESP-001..ESP-004. The reader must return a
// response or an error with a message; nothing may crash, hang, leak or read out of bounds.
#include <tenderkit/input/espd_file.hpp>
#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/integrality/check.hpp>

#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tenderkit;
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  const Result<EspdResponse> response = input::parse_espd(content, "espd.xml");
  fuzz::expect_sane(response);
  if (!response) {
    return 0;
  }
  if (response->file != "espd.xml") {
    std::abort();
  }
  Registration registration;
  registration.id = "fuzz";
  registration.name = "Fuzz";
  registration.tender_id = fuzz::mvs_tender().id;
  registration.file = "fuzz.toml";
  registration.espd_in_use = true;
  for (const Role role : {Role::lead, Role::member}) {
    Member member;
    member.name = "Stichting Jeugd & Gezin Zuid-Holland";
    member.kvk = role == Role::lead ? "41128790" : "62417735";
    member.role = role;
    registration.members.push_back(member);
  }
  registration.espds.push_back({0, *response});
  registration.espds.push_back({1, *response});
  const integrality::CheckReport report =
      integrality::check(fuzz::mvs_tender(), {std::move(registration)});
  for (const integrality::Finding& finding : report.registrations.front().findings) {
    if (finding.message.en.empty() || finding.message.nl.empty()) {
      std::abort();
    }
  }
  return 0;
}
