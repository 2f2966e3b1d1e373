// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/folder.hpp>
#include <tenderkit/core/parallel.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/input/toml_reader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>

namespace tenderkit::input {

namespace fs = std::filesystem;

bool is_eight_digits(std::string_view value) {
  return value.size() == 8 &&
         std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

namespace {

// The ids a registration may refer to, gathered once per tender for "did you mean".
struct KnownIds {
  std::vector<std::string> services;
  std::vector<std::string> municipalities;
  std::vector<std::string> certifications;

  explicit KnownIds(const Tender& tender) {
    for (const Service& service : tender.services) {
      services.push_back(service.id);
    }
    for (const Municipality& municipality : tender.municipalities) {
      municipalities.push_back(municipality.id);
    }
    for (const Certification& certification : tender.certifications) {
      certifications.push_back(certification.id);
    }
  }
};

// Reads a list of ids that must all be among `known`, each once.
std::vector<IdRef> read_references(TableReader& reader, std::string_view key, std::string_view what,
                                   std::string_view what_plural,
                                   const std::vector<std::string>& known,
                                   const std::string& tender_file) {
  std::vector<IdRef> refs;
  const auto values = reader.optional_string_array(key);
  if (!values) {
    return refs;
  }
  refs.reserve(values->size());
  for (const LocatedString& value : *values) {
    if (std::find(known.begin(), known.end(), value.value) == known.end()) {
      std::string hint = text::did_you_mean(value.value, known);
      if (hint.empty()) {
        hint = known.empty() ? fmt::format("{} defines no {}", tender_file, what_plural)
                             : fmt::format("the {} of {} are {}", what_plural, tender_file,
                                           text::quoted_list(known));
      }
      reader.sink().error(fmt::format("unknown {} '{}'", what, value.value), reader.at(value.where),
                          hint);
      continue;
    }
    const bool duplicate = std::any_of(refs.begin(), refs.end(),
                                       [&](const IdRef& ref) { return ref.id == value.value; });
    if (duplicate) {
      reader.sink().error(fmt::format("{} '{}' is listed twice", what, value.value),
                          reader.at(value.where));
      continue;
    }
    refs.push_back(IdRef{value.value, value.where});
  }
  return refs;
}

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

// KvK numbers and AGB codes are 8 digits and may start with 0, so they must be strings.
std::optional<std::string> read_eight_digits(TableReader& reader, std::string_view key,
                                             std::string_view what, bool required) {
  if (!reader.has(key)) {
    if (required) {
      return reader.required_string(key);
    }
    reader.accept(key);
    return std::nullopt;
  }
  const SourceLocation where = reader.where(key);
  const std::string example =
      fmt::format("write it as text, leading zeros included: {} = \"01234567\"", key);
  if (const toml::node* node = reader.node(key); node != nullptr && node->is_integer()) {
    reader.sink().error(fmt::format("{} must be text of exactly 8 digits, found an integer", what),
                        where, example);
    return std::nullopt;
  }
  std::optional<std::string> value = reader.optional_string(key);
  if (value && !is_eight_digits(*value)) {
    reader.sink().error(fmt::format("{} must be exactly 8 digits, found '{}'", what, *value), where,
                        example);
    return std::nullopt;
  }
  return value;
}

Member read_member(const toml::table& table, TableReader& root, const KnownIds& known,
                   const Tender& tender) {
  TableReader reader(table, root.file(), root.sink(), "[[member]]");
  Member member;
  member.where = reader.where().position();
  member.name = reader.required_string("name").value_or("");
  member.kvk = read_eight_digits(reader, "kvk", "a KvK number", true).value_or("");
  member.agb = read_eight_digits(reader, "agb", "an AGB code", false);
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
    reader.sink().error("[[member]] lacks the required key 'role'", reader.where(),
                        "one of 'lead', 'member', 'main-contractor', 'subcontractor'");
  }
  member.services =
      read_references(reader, "services", "service", "services", known.services, tender.file);
  member.all_municipalities = !reader.has("municipalities");
  member.municipalities = read_references(reader, "municipalities", "municipality",
                                          "municipalities", known.municipalities, tender.file);
  if (member.all_municipalities) {
    // Leaving municipalities out means all of the tender's (see Member::municipalities); the
    // [[member]] header is where that was said.
    for (const std::string& municipality : known.municipalities) {
      member.municipalities.push_back(IdRef{municipality, member.where});
    }
  }
  member.certifications = read_references(reader, "certifications", "certification",
                                          "certifications", known.certifications, tender.file);
  member.declaration = reader.optional_bool("declaration").value_or(false);
  if (auto espd = reader.optional_string("espd")) {
    // Relative to the registration file, so that a folder of registrations and ESPDs moves as one.
    const fs::path path(*espd);
    member.espd_file = (path.is_absolute() ? path : fs::path(root.file()).parent_path() / path)
                           .lexically_normal()
                           .string();
    member.espd_where = reader.where("espd").position();
    if (espd->empty()) {
      reader.sink().error("'espd' names no file", reader.where("espd"),
                          "the path of the member's ESPD (UEA) response, relative to this file: "
                          "espd = \"espd/zorggroep.xml\"");
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
  TableReader root(*document, file, sink, "the registration file");
  Registration registration;
  registration.file = file;
  if (auto id = root.optional_string("id")) {
    registration.id = *id;
    registration.id_position = root.where("id").position();
    check_id(sink, "registration", *id, root.where("id"));
  } else {
    // The id comes from the file name, which may hold any bytes: it must be a valid id like one
    // written in the file, or it would reach every report, form and sheet name (docs/limits.md).
    registration.id = fs::path(file).stem().string();
    if (!is_valid_id(registration.id)) {
      sink.error(fmt::format("the file name gives the registration id '{}', but an id may hold "
                             "only ASCII letters, digits, '.', '_' and '-', and must start with "
                             "a letter or digit",
                             registration.id),
                 SourceLocation(file, 0, 0),
                 fmt::format("write id = \"{}\" in the file, or rename the file",
                             suggested_id(registration.id)));
    }
  }
  registration.name = root.required_string("name").value_or("");
  if (auto tender_id = root.required_string("tender")) {
    registration.tender_id = *tender_id;
    if (*tender_id != tender.id) {
      sink.error(fmt::format("this registration is for tender '{}', but {} is tender '{}'",
                             *tender_id, tender.file, tender.id),
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
    sink.error("the registration file lacks the required key 'legal_form'", root.where(),
               "'combination' or 'main-contractor'");
  }
  const std::vector<const toml::table*> member_tables = root.table_array("member");
  registration.members.reserve(member_tables.size());
  std::map<std::string, TextPosition> kvk_seen;
  for (const toml::table* table : member_tables) {
    Member member = read_member(*table, root, known, tender);
    if (!member.kvk.empty()) {
      const auto [it, inserted] = kvk_seen.emplace(member.kvk, member.where);
      if (!inserted) {
        sink.error(fmt::format("KvK number {} appears twice in this registration", member.kvk),
                   registration.at(member.where),
                   "first at " + registration.at(it->second).to_string());
      }
    }
    registration.members.push_back(std::move(member));
  }
  if (root.absent_or_empty("member")) {
    sink.error("the registration has no members; add at least one [[member]]", root.where());
  }
  root.finish();
  if (!sink.empty()) {
    return sink.to_error();
  }
  return registration;
}

Result<Registration> load_with(const fs::path& path, const Tender& tender, const KnownIds& known) {
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
      return Error::input(fmt::format("cannot read '{}': no such file or directory", argument));
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
      // Registration files: *.toml in any case. Hidden files (an editor's ".backup.toml") and
      // editor backups are left out silently; every other entry is reported as skipped.
      if (skipped_silently(entry.path().filename().native())) {
        continue;
      }
      std::error_code type_error;
      const bool toml = text::to_lower_ascii(entry.path().extension().string()) == ".toml";
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
      return Error::input(fmt::format("cannot read directory '{}': {}", argument, error.message()));
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
          fmt::format("directory '{}' holds no .toml files", argument), std::nullopt,
          skipped.empty() ? std::string()
                          : fmt::format("it holds {} other entr{}, such as '{}' ({})",
                                        skipped.size(), skipped.size() == 1 ? "y" : "ies",
                                        skipped.front().path.filename().string(),
                                        describe(skipped.front().reason, ".toml")));
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
      Error duplicate =
          Error::input(fmt::format("registration id '{}' is used twice", registration.id),
                       registration.at(registration.id_position),
                       "also used by " + it->second + "; give each registration its own 'id'");
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
