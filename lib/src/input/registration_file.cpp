// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/folder.hpp>
#include <tenderkit/core/parallel.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/registration_workbook.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/input/wording.hpp>

#include <fmt/format.h>

#include "references.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>

namespace tenderkit::input {

namespace fs = std::filesystem;

namespace {

using detail::KnownIds;
using detail::read_eight_digits;
using detail::read_references;

std::optional<Role> parse_role(const std::string& text) {
  if (text == "lead") {
    return Role::lead;
  }
  if (text == "member") {
    return Role::member;
  }
  if (text == "main-contractor") {
    return Role::main_contractor;
  }
  if (text == "subcontractor") {
    return Role::subcontractor;
  }
  return std::nullopt;
}

Member read_member(const toml::table& table, TableReader& root, const KnownIds& known,
                   const Tender& tender) {
  TableReader reader(table, root.file(), root.sink(), "[[member]]");
  Member member;
  member.where = reader.where().position();
  member.name = reader.required_string("name").value_or("");
  member.kvk = read_eight_digits(reader, "kvk", words::a_kvk_number, true).value_or("");
  member.agb = read_eight_digits(reader, "agb", words::an_agb_code, false);
  if (auto role =
          reader.optional_choice("role", {"lead", "member", "main-contractor", "subcontractor"},
                                 {{"penvoerder", "lead"},
                                  {"lid", "member"},
                                  {"hoofdaannemer", "main-contractor"},
                                  {"onderaannemer", "subcontractor"},
                                  {"group-lead", "lead"},
                                  {"group-mem", "member"},
                                  {"subcont", "subcontractor"}})) {
    member.role = *parse_role(*role);
  } else if (!reader.has("role")) {
    reader.sink().error(wording::say(words::required_key, {wording::text("what", "[[member]]"),
                                                           wording::text("key", "role")}),
                        reader.where(), wording::label(words::one_of_roles));
  }
  member.services = read_references(reader, "services", words::kind_service, words::kind_services,
                                    known.services, tender.file);
  member.all_municipalities = !reader.has("municipalities");
  member.municipalities =
      read_references(reader, "municipalities", words::kind_municipality,
                      words::kind_municipalities, known.municipalities, tender.file);
  if (member.all_municipalities) {
    // Leaving municipalities out means all of the tender's (see Member::municipalities); the
    // [[member]] header is where that was said.
    for (const std::string& municipality : known.municipalities) {
      member.municipalities.push_back(IdRef{municipality, member.where});
    }
  }
  member.certifications =
      read_references(reader, "certifications", words::kind_certification,
                      words::kind_certifications, known.certifications, tender.file);
  member.declaration = reader.optional_bool("declaration").value_or(false);
  if (auto espd = reader.optional_string("espd")) {
    // Relative to the registration file, so that a folder of registrations and ESPDs moves as one.
    const fs::path path(*espd);
    member.espd_file = (path.is_absolute() ? path : fs::path(root.file()).parent_path() / path)
                           .lexically_normal()
                           .string();
    member.espd_where = reader.where("espd").position();
    if (espd->empty()) {
      reader.sink().error(wording::label(words::espd_names_no_file), reader.where("espd"),
                          wording::label(words::espd_names_no_file_hint));
    }
  }
  reader.finish();
  return member;
}

// An id made of `name`: every run of characters an id cannot hold becomes one '-'.
std::string suggested_id(std::string_view name) {
  std::string id;
  bool pending_dash = false;
  for (char c : name) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                         (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!allowed) {
      pending_dash = true;
      continue;
    }
    if (pending_dash && !id.empty() && id.back() != '-' && c != '-') {
      id += '-';
    }
    pending_dash = false;
    id += c;
  }
  while (!id.empty() && !is_valid_id(id.substr(0, 1))) {
    id.erase(0, 1);
  }
  return id.empty() ? std::string("registration") : id;
}

Result<Registration> parse_with(std::string_view content, const std::string& file,
                                const Tender& tender, const KnownIds& known) {
  Result<toml::table> document = parse_toml(content, file);
  if (!document) {
    return document.error();
  }
  DiagnosticSink sink;
  TableReader root(*document, file, sink, wording::label(words::the_registration_file));
  Registration registration;
  registration.file = file;
  if (auto id = root.optional_string("id")) {
    registration.id = *id;
    registration.id_position = root.where("id").position();
    check_id(sink, words::kind_registration, *id, root.where("id"));
  } else {
    // The id comes from the file name, which may hold any bytes: it must be a valid id like one
    // written in the file, or it would reach every report, form and sheet name (docs/limits.md).
    registration.id = fs::path(file).stem().string();
    if (!is_valid_id(registration.id)) {
      sink.error(wording::say(words::file_name_id, {wording::text("id", registration.id)}),
                 SourceLocation(file, 0, 0),
                 wording::say(words::write_id_or_rename,
                              {wording::text("id", suggested_id(registration.id))}));
    }
  }
  registration.name = root.required_string("name").value_or("");
  if (auto tender_id = root.required_string("tender")) {
    registration.tender_id = *tender_id;
    if (*tender_id != tender.id) {
      sink.error(wording::say(words::other_tender, {wording::text("tender", *tender_id),
                                                    wording::text("file", tender.file),
                                                    wording::text("actual", tender.id)}),
                 root.where("tender"));
    }
  }
  if (auto form = root.optional_choice("legal_form", {"combination", "main-contractor"},
                                       {{"combinatie", "combination"},
                                        {"hoofdaannemer", "main-contractor"},
                                        {"hoofd- en onderaannemersconstructie", "main-contractor"},
                                        {"hoofdaannemerschap", "main-contractor"}})) {
    registration.legal_form =
        *form == "combination" ? LegalForm::combination : LegalForm::main_contractor;
  } else if (!root.has("legal_form")) {
    sink.error(
        wording::say(words::required_key, {wording::phrase("what", words::the_registration_file),
                                           wording::text("key", "legal_form")}),
        root.where(), wording::label(words::combination_or_main));
  }
  if (const toml::table* contact = root.optional_table("contact")) {
    TableReader reader(*contact, file, sink, "[contact]");
    registration.contact.name = reader.optional_string("name").value_or("");
    registration.contact.email = reader.optional_string("email").value_or("");
    registration.contact.phone = reader.optional_string("phone").value_or("");
    reader.finish();
  }
  const std::vector<const toml::table*> member_tables = root.table_array("member");
  registration.members.reserve(member_tables.size());
  std::map<std::string, TextPosition> kvk_seen;
  for (const toml::table* table : member_tables) {
    Member member = read_member(*table, root, known, tender);
    if (!member.kvk.empty()) {
      const auto [it, inserted] = kvk_seen.emplace(member.kvk, member.where);
      if (!inserted) {
        sink.error(wording::say(words::kvk_twice, {wording::text("kvk", member.kvk)}),
                   registration.at(member.where),
                   wording::say(words::first_at,
                                {wording::text("where", registration.at(it->second).to_string())}));
      }
    }
    registration.members.push_back(std::move(member));
  }
  if (root.absent_or_empty("member")) {
    sink.error(wording::label(words::no_members), root.where());
  }
  root.finish();
  if (!sink.empty()) {
    return sink.to_error().spoken_in(tender.language);
  }
  return registration;
}

Result<Registration> load_with(const fs::path& path, const Tender& tender, const KnownIds& known) {
  if (is_registration_workbook(path)) {
    return read_registration_workbook(path, tender);
  }
  Result<std::string> content = read_file(path);
  if (!content) {
    return content.error();
  }
  return parse_with(*content, path.string(), tender, known);
}

}  // namespace

Result<Registration> parse_registration(std::string_view content, const std::string& file,
                                        const Tender& tender) {
  return parse_with(content, file, tender, KnownIds(tender));
}

Result<Registration> load_registration(const fs::path& path, const Tender& tender) {
  return load_with(path, tender, KnownIds(tender));
}

Result<RegistrationFiles> find_registration_files(std::span<const std::string> arguments) {
  RegistrationFiles result;
  std::vector<fs::path>& paths = result.files;
  // A file named twice, or named and also inside a named directory, is read once.
  // Keys are canonical paths; a directory is resolved once, not each of its thousands of files.
  std::unordered_set<std::string> seen;
  const auto add = [&](const fs::path& path, const fs::path& canonical) {
    if (seen.insert(canonical.native()).second) {
      paths.push_back(path);
    }
  };
  for (const std::string& argument : arguments) {
    const fs::path path(argument);
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      return Error::input(wording::say(words::no_such_file, {wording::text("path", argument)}));
    }
    std::error_code ignored;
    if (!fs::is_directory(status)) {
      add(path, fs::weakly_canonical(path, ignored));
      continue;
    }
    const fs::path canonical_directory = fs::weakly_canonical(path, ignored);
    std::vector<fs::path> found;
    std::vector<SkippedEntry> skipped;
    std::unordered_set<std::string> links;  // the entry's cached type says so without a syscall
    for (const fs::directory_entry& entry : fs::directory_iterator(path, error)) {
      // Registration files: *.toml and *.xlsx in any case. Hidden files (an editor's
      // ".backup.toml", LibreOffice's lock file ".~lock.x.xlsx#") and editor backups are left
      // out silently; every other entry is reported as skipped.
      if (skipped_silently(entry.path().filename().native())) {
        continue;
      }
      std::error_code type_error;
      const bool toml = text::to_lower_ascii(entry.path().extension().string()) == ".toml" ||
                        is_registration_workbook(entry.path());
      if (toml && entry.is_regular_file(type_error)) {
        found.push_back(entry.path());
        if (entry.is_symlink(type_error)) {
          links.insert(entry.path().native());
        }
      } else if (entry.is_directory(type_error)) {
        skipped.push_back({entry.path(), SkipReason::folder});
      } else {
        skipped.push_back(
            {entry.path(), toml ? SkipReason::not_a_file : SkipReason::other_extension});
      }
    }
    if (error) {
      return Error::input(wording::say(
          words::cannot_read_folder,
          {wording::text("path", argument), wording::text("reason", error.message())}));
    }
    // Plain byte order of the names (what `ls` shows with LC_ALL=C), independent of the locale.
    const auto by_bytes = [](const auto& a, const auto& b) { return a < b; };
    std::sort(found.begin(), found.end(), [&](const fs::path& a, const fs::path& b) {
      return by_bytes(a.native(), b.native());
    });
    std::sort(skipped.begin(), skipped.end(), [&](const SkippedEntry& a, const SkippedEntry& b) {
      return by_bytes(a.path.native(), b.path.native());
    });
    if (found.empty()) {
      return Error::input(
          wording::say(words::no_toml_files,
                       {wording::text("path", argument),
                        wording::text("kinds", std::string(kRegistrationFileKinds))}),
          std::nullopt,
          skipped.empty() ? LocalizedText{}
                          : wording::say_count(
                                static_cast<std::int64_t>(skipped.size()), words::holds_one_other,
                                words::holds_others,
                                {wording::text("name", skipped.front().path.filename().string()),
                                 wording::localized("reason", describe(skipped.front().reason,
                                                                       kRegistrationFileKinds))}));
    }
    for (const fs::path& file : found) {
      // A symbolic link may point at a file that is also named directly: resolve links only, so
      // ten thousand plain files cost no extra system calls.
      add(file, links.contains(file.native()) ? fs::weakly_canonical(file, ignored)
                                              : canonical_directory / file.filename());
    }
    for (SkippedEntry& entry : skipped) {
      // A folder named twice is reported once.
      if (seen.insert("skipped:" + (canonical_directory / entry.path.filename()).native()).second) {
        result.skipped.push_back(std::move(entry));
      }
    }
  }
  return result;
}

Result<std::vector<fs::path>> expand_registration_paths(std::span<const std::string> arguments) {
  Result<RegistrationFiles> found = find_registration_files(arguments);
  if (!found) {
    return found.error();
  }
  return std::move(found->files);
}

Result<std::vector<Registration>> load_registrations(std::span<const fs::path> paths,
                                                     const Tender& tender) {
  const KnownIds known(tender);
  std::vector<std::optional<Result<Registration>>> loaded(paths.size());
  // Parsing dominates a large check; files are independent, so spread them over the cores.
  parallel_for(paths.size(),
               [&](std::size_t i) { loaded[i].emplace(load_with(paths[i], tender, known)); });

  std::optional<Error> failure;
  std::vector<Registration> registrations;
  registrations.reserve(paths.size());
  std::map<std::string, std::string> id_files;
  for (std::optional<Result<Registration>>& result : loaded) {
    if (!result->has_value()) {
      if (failure) {
        failure->append(result->error());
      } else {
        failure = result->error();
      }
      continue;
    }
    Registration& registration = result->value();
    const auto [it, inserted] = id_files.emplace(registration.id, registration.file);
    if (!inserted) {
      Error duplicate = Error::input(
          wording::say(words::registration_id_twice, {wording::text("id", registration.id)}),
          registration.at(registration.id_position),
          wording::say(words::also_used_by, {wording::text("file", it->second)}));
      if (failure) {
        failure->append(duplicate);
      } else {
        failure = duplicate;
      }
      continue;
    }
    registrations.push_back(std::move(registration));
  }
  if (failure) {
    return *failure;
  }
  return registrations;
}

}  // namespace tenderkit::input
