// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/report/registration_toml.hpp>

namespace tenderkit::report {

namespace {

std::string toml_ids(const std::vector<IdRef>& refs) {
  std::string list = "[";
  for (std::size_t i = 0; i < refs.size(); ++i) {
    list += (i == 0 ? "" : ", ") + input::toml_quote(refs[i].id);
  }
  return list + "]";
}

}  // namespace

void write_registration_toml(std::ostream& out, const Registration& registration,
                             std::string_view comment) {
  // The comment names where the registration came from (a file name): one line per line, and
  // no control character may end a comment early.
  std::string line = "#";
  for (const char c : text::escape_invalid_utf8(comment)) {
    if (c == '\n') {
      out << line << "\n";
      line = "#";
    } else {
      line += (line.size() == 1 ? " " : "");
      line += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
    }
  }
  out << line << "\n\n";
  const auto quote = [](std::string_view value) { return input::toml_quote(value); };
  out << "id = " << quote(registration.id) << "\n";
  out << "name = " << quote(registration.name) << "\n";
  out << "tender = " << quote(registration.tender_id) << "\n";
  out << "legal_form = " << quote(to_string(registration.legal_form)) << "\n";
  const Contact& contact = registration.contact;
  if (!contact.empty()) {
    out << "\n[contact]\n";
    const std::pair<std::string_view, const std::string*> fields[] = {
        {"name", &contact.name}, {"email", &contact.email}, {"phone", &contact.phone}};
    for (const auto& [key, value] : fields) {
      if (!value->empty()) {
        out << key << " = " << quote(*value) << "\n";
      }
    }
  }
  for (const Member& member : registration.members) {
    out << "\n[[member]]\n";
    out << "name = " << quote(member.name) << "\n";
    out << "kvk = " << quote(member.kvk) << "\n";
    if (member.agb) {
      out << "agb = " << quote(*member.agb) << "\n";
    }
    out << "role = " << quote(to_string(member.role)) << "\n";
    out << "services = " << toml_ids(member.services) << "\n";
    if (!member.all_municipalities) {
      out << "municipalities = " << toml_ids(member.municipalities) << "\n";
    }
    out << "certifications = " << toml_ids(member.certifications) << "\n";
    out << "declaration = " << (member.declaration ? "true" : "false") << "\n";
  }
}

}  // namespace tenderkit::report
