// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/report/registration_toml.hpp>

#include <fmt/format.h>

namespace tenderkit::report {

namespace {

// A TOML basic string: quotes, backslashes and control characters escaped.
std::string toml_string(std::string_view value) {
  std::string quoted = "\"";
  for (const char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (c == '\n') {
      quoted += "\\n";
    } else if (c == '\t') {
      quoted += "\\t";
    } else if (byte < 0x20 || byte == 0x7f) {
      quoted += fmt::format("\\u{:04X}", static_cast<unsigned>(byte));
    } else {
      quoted += c;
    }
  }
  return quoted + "\"";
}

std::string toml_ids(const std::vector<IdRef>& refs) {
  std::string list = "[";
  for (std::size_t i = 0; i < refs.size(); ++i) {
    list += (i == 0 ? "" : ", ") + toml_string(refs[i].id);
  }
  return list + "]";
}

}  // namespace

void write_registration_toml(std::ostream& out, const Registration& registration) {
  out << "# Written by tender-match; check it with tender-check.\n\n";
  out << "id = " << toml_string(registration.id) << "\n";
  out << "name = " << toml_string(registration.name) << "\n";
  out << "tender = " << toml_string(registration.tender_id) << "\n";
  out << "legal_form = " << toml_string(to_string(registration.legal_form)) << "\n";
  for (const Member& member : registration.members) {
    out << "\n[[member]]\n";
    out << "name = " << toml_string(member.name) << "\n";
    out << "kvk = " << toml_string(member.kvk) << "\n";
    if (member.agb) {
      out << "agb = " << toml_string(*member.agb) << "\n";
    }
    out << "role = " << toml_string(to_string(member.role)) << "\n";
    out << "services = " << toml_ids(member.services) << "\n";
    if (!member.all_municipalities) {
      out << "municipalities = " << toml_ids(member.municipalities) << "\n";
    }
    out << "certifications = " << toml_ids(member.certifications) << "\n";
    out << "declaration = " << (member.declaration ? "true" : "false") << "\n";
  }
}

}  // namespace tenderkit::report
