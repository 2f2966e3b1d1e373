// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// Where the ESPD responses of a check come from and whose they are: named per member in the
// registration files, or a folder of them matched to members by KvK number.

#include <tenderkit/core/parallel.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/espd_file.hpp>
#include <tenderkit/input/wording.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>

namespace tenderkit::input {

namespace fs = std::filesystem;

namespace {

// Names compared as INT-010 compares them: case, spaces, dots and commas do not count.
std::string loose_name(std::string_view name) {
  std::string out;
  for (char c : text::fold_case(name)) {
    if (c != ' ' && c != '\t' && c != '.' && c != ',') {
      out += c;
    }
  }
  return out;
}

bool fits(const Registration::MemberEspd& espd, const Member& member, std::size_t members) {
  return !espd.response.role || role_fits(*espd.response.role, member.role, members);
}

std::string canonical_key(const fs::path& path) {
  std::error_code ignored;
  return fs::weakly_canonical(path, ignored).native();
}

}  // namespace

Result<EspdFiles> find_espd_files(const fs::path& folder) {
  std::error_code error;
  if (!fs::is_directory(folder, error)) {
    return Error::usage(
        wording::say(words::espd_not_a_folder, {wording::text("path", folder.string())}));
  }
  EspdFiles result;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
    if (skipped_silently(entry.path().filename().native())) {
      continue;
    }
    std::error_code type_error;
    const bool xml = text::to_lower_ascii(entry.path().extension().string()) == ".xml";
    if (xml && entry.is_regular_file(type_error)) {
      result.files.push_back(entry.path());
    } else if (entry.is_directory(type_error)) {
      result.skipped.push_back({entry.path(), SkipReason::folder});
    } else {
      result.skipped.push_back(
          {entry.path(), xml ? SkipReason::not_a_file : SkipReason::not_an_espd});
    }
  }
  if (error) {
    return Error::input(wording::say(
        words::cannot_read_folder,
        {wording::text("path", folder.string()), wording::text("reason", error.message())}));
  }
  std::sort(result.files.begin(), result.files.end(),
            [](const fs::path& a, const fs::path& b) { return a.native() < b.native(); });
  std::sort(result.skipped.begin(), result.skipped.end(),
            [](const SkippedEntry& a, const SkippedEntry& b) {
              return a.path.native() < b.path.native();
            });
  return result;
}

std::vector<fs::path> named_espd_files(std::span<const Registration> registrations) {
  std::vector<fs::path> files;
  for (const Registration& registration : registrations) {
    for (const Member& member : registration.members) {
      if (!member.espd_file.empty()) {
        files.emplace_back(member.espd_file);
      }
    }
  }
  return files;
}

Result<std::vector<SkippedEntry>> attach_espds(std::vector<Registration>& registrations,
                                               std::span<const fs::path> folder_files,
                                               bool folder_given) {
  // Every file once: a file a member names may also lie in the folder.
  struct Source {
    fs::path path;
    std::vector<std::pair<std::size_t, std::size_t>> named_by;  // (registration, member)
    bool from_folder = false;
  };
  std::vector<Source> sources;
  std::map<std::string, std::size_t> index;
  const auto source_of = [&](const fs::path& path) -> Source& {
    const auto [it, inserted] = index.emplace(canonical_key(path), sources.size());
    if (inserted) {
      sources.push_back(Source{path, {}, false});
    }
    return sources[it->second];
  };
  for (std::size_t r = 0; r < registrations.size(); ++r) {
    Registration& registration = registrations[r];
    registration.espd_in_use = folder_given;
    for (std::size_t m = 0; m < registration.members.size(); ++m) {
      const Member& member = registration.members[m];
      if (!member.espd_file.empty()) {
        registration.espd_in_use = true;
        source_of(member.espd_file).named_by.emplace_back(r, m);
      }
    }
  }
  for (const fs::path& path : folder_files) {
    source_of(path).from_folder = true;
  }

  std::vector<std::optional<Result<EspdResponse>>> loaded(sources.size());
  parallel_for(sources.size(), [&](std::size_t i) {
    Result<EspdResponse> response = load_espd(sources[i].path);
    if (!response && !sources[i].named_by.empty()) {
      // A missing file is the registration's mistake: say where it is named.
      const auto [r, m] = sources[i].named_by.front();
      const Registration& registration = registrations[r];
      const Member& member = registration.members[m];
      Error error = Error::input(
          wording::say(words::espd_cannot_be_read,
                       {wording::text("member", member.name), wording::text("kvk", member.kvk)}),
          registration.at(member.espd_where));
      error.append(response.error());
      loaded[i].emplace(std::move(error));
      return;
    }
    loaded[i].emplace(std::move(response));
  });
  std::optional<Error> failure;
  for (std::optional<Result<EspdResponse>>& result : loaded) {
    if (!result->has_value()) {
      if (failure) {
        failure->append(result->error());
      } else {
        failure = result->error();
      }
    }
  }
  if (failure) {
    return *failure;
  }

  // Members by KvK number and by name, for the folder's ESPDs.
  std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> by_kvk;
  std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> by_name;
  if (!folder_files.empty()) {
    for (std::size_t r = 0; r < registrations.size(); ++r) {
      for (std::size_t m = 0; m < registrations[r].members.size(); ++m) {
        const Member& member = registrations[r].members[m];
        by_kvk[member.kvk].emplace_back(r, m);
        by_name[loose_name(member.name)].emplace_back(r, m);
      }
    }
  }
  std::vector<SkippedEntry> unmatched;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const Source& source = sources[i];
    const EspdResponse& response = loaded[i]->value();
    std::vector<std::pair<std::size_t, std::size_t>> targets = source.named_by;
    if (source.named_by.empty() && source.from_folder) {
      const std::optional<std::string> kvk = kvk_of(response.operator_id);
      const auto found = kvk ? by_kvk.find(*kvk) : by_kvk.end();
      if (found != by_kvk.end()) {
        targets = found->second;
      } else if (const auto named = by_name.find(loose_name(response.operator_name));
                 named != by_name.end()) {
        targets = named->second;
      }
    }
    if (targets.empty()) {
      unmatched.push_back({source.path, SkipReason::espd_of_no_member});
      continue;
    }
    for (const auto& [r, m] : targets) {
      registrations[r].espds.push_back(Registration::MemberEspd{m, response});
    }
  }
  // A provider in several registrations may hand in one response per role: a member with several
  // from the folder keeps those whose role fits its own (all of them when none fits, so that
  // ESP-001 says why).
  for (Registration& registration : registrations) {
    std::vector<Registration::MemberEspd> kept;
    for (std::size_t m = 0; m < registration.members.size(); ++m) {
      const Member& member = registration.members[m];
      std::vector<const Registration::MemberEspd*> own;
      bool any_fits = false;
      for (const Registration::MemberEspd& espd : registration.espds) {
        if (espd.member == m) {
          own.push_back(&espd);
          any_fits = any_fits || fits(espd, member, registration.members.size());
        }
      }
      for (const Registration::MemberEspd* espd : own) {
        if (own.size() == 1 || !member.espd_file.empty() || !any_fits ||
            fits(*espd, member, registration.members.size())) {
          kept.push_back(*espd);
        }
      }
    }
    registration.espds = std::move(kept);
  }
  // Each registration's ESPDs in member order, whatever order the files came in.
  for (Registration& registration : registrations) {
    std::stable_sort(registration.espds.begin(), registration.espds.end(),
                     [](const Registration::MemberEspd& a, const Registration::MemberEspd& b) {
                       return a.member < b.member;
                     });
  }
  return unmatched;
}

}  // namespace tenderkit::input
