// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/commands/tender_init.hpp>
#include <tenderkit/commands/wording.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/error.hpp>
#include <tenderkit/core/resources.hpp>
#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/core/words.hpp>
#include <tenderkit/input/tender_file.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <system_error>

namespace tenderkit::commands {

namespace {

namespace fs = std::filesystem;

bool is_file(const fs::path& path) {
  std::error_code ignored;
  return fs::is_regular_file(path, ignored);
}

// The .toml files of a directory, by name, so that every run lists them in the same order.
std::vector<fs::path> toml_files(const fs::path& directory) {
  std::error_code error;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
    const fs::path& path = it->path();
    if (path.extension() == ".toml" && is_file(path)) {
      files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
  return files;
}

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) {
    text += (text.empty() ? "" : ", ") + name;
  }
  return text;
}

// A path as one shell word: as it is when it holds only characters no shell treats specially,
// else in single quotes.
std::string shell_word(const std::string& text) {
  const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("@%+=:,./_-").find(c) != std::string_view::npos;
  });
  if (plain) {
    return text;
  }
  std::string quoted = "'";
  for (char c : text) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

}  // namespace

std::string with_language(std::string_view tender_toml, Language language) {
  const std::string line = fmt::format("language = \"{}\"", to_string(language));
  std::string result;
  bool replaced = false;
  std::size_t start = 0;
  while (start < tender_toml.size()) {
    const std::size_t end = tender_toml.find('\n', start);
    const std::string_view current =
        tender_toml.substr(start, end == std::string_view::npos ? end : end - start + 1);
    const std::string_view key = current.substr(0, current.find_first_of(" =\t"));
    if (!replaced && key == "language") {
      result += line;
      result += '\n';
      replaced = true;
    } else {
      if (!replaced && current.starts_with("[")) {
        // The first table: a top-level key must come before it.
        result += line + "\n\n";
        replaced = true;
      }
      result += current;
    }
    start = end == std::string_view::npos ? tender_toml.size() : end + 1;
  }
  if (!replaced) {
    result += (result.empty() || result.back() == '\n' ? "" : "\n") + line + "\n";
  }
  return result;
}

std::vector<std::string> next_steps(const fs::path& directory, bool has_preselection) {
  const auto in = [&](const char* name) { return shell_word((directory / name).string()); };
  std::vector<std::string> steps;
  steps.push_back(fmt::format("tender-check {} {}", in("tender.toml"), in("registrations")));
  if (has_preselection) {
    steps.push_back(fmt::format("tender-score forms {} {} --dir {}", in("tender.toml"),
                                in("registrations"), in("forms")));
  }
  steps.push_back(fmt::format("tender-schedule {} {} --xlsx {}", in("tender.toml"),
                              in("contracts.toml"), in("schedule.xlsx")));
  return steps;
}

std::vector<std::string> available_templates(const fs::path& templates) {
  std::vector<std::string> names;
  std::error_code error;
  for (fs::directory_iterator it(templates, error), end; !error && it != end; it.increment(error)) {
    if (is_file(it->path() / "tender.toml")) {
      names.push_back(it->path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

Result<std::vector<InitFile>> plan_init(const fs::path& templates, const std::string& name,
                                        bool examples) {
  const std::vector<std::string> names = available_templates(templates);
  if (std::find(names.begin(), names.end(), name) == names.end()) {
    if (names.empty()) {
      return Error::input(
          wording::say(words::init_no_templates, {wording::text("folder", templates.string())}),
          std::nullopt, wording::label(words::init_set_templates));
    }
    std::string choice = text::closest(name, names);
    for (const std::string& known : names) {
      if (choice.empty() && !name.empty() && known.starts_with(name)) {
        choice = known;  // "ijmond" for "ijmond-zk"
      }
    }
    const wording::Argument list = wording::text("templates", joined(names));
    return Error::usage(
        wording::say(words::init_unknown_template, {wording::text("template", name)}),
        choice.empty() ? wording::say(words::init_templates_are, {list})
                       : wording::say(words::init_did_you_mean_template,
                                      {wording::text("choice", choice), list}));
  }
  const fs::path folder = templates / name;
  const std::vector<fs::path> registrations = toml_files(folder / "registrations");
  if (registrations.empty()) {
    return Error::input(
        wording::say(words::init_no_registration,
                     {wording::text("template", name),
                      wording::text("folder", (folder / "registrations").string())}));
  }
  std::vector<InitFile> files{
      {folder / "tender.toml", "tender.toml", wording::label(words::init_tender)},
      {registrations.front(), fs::path("registrations") / registrations.front().filename(),
       wording::label(words::init_registration)},
      {folder / "contracts.toml", "contracts.toml", wording::label(words::init_contracts)},
      {templates / "bridging-days.toml", "bridging-days.toml",
       wording::label(words::init_bridging_days)},
  };
  if (examples) {
    for (std::size_t i = 1; i < registrations.size(); ++i) {
      files.push_back({registrations[i], fs::path("registrations") / registrations[i].filename(),
                       wording::label(words::init_example_registration)});
    }
    for (const fs::path& scores : toml_files(folder / "scores")) {
      files.push_back({scores, fs::path("scores") / scores.filename(),
                       wording::label(words::init_example_scores)});
    }
    if (is_file(folder / "providers.toml")) {
      files.push_back(
          {folder / "providers.toml", "providers.toml", wording::label(words::init_providers)});
    }
  }
  for (const InitFile& file : files) {
    if (!is_file(file.source)) {
      return Error::input(
          wording::say(words::init_template_lacks, {wording::text("template", name),
                                                    wording::text("file", file.source.string())}),
          std::nullopt, wording::label(words::init_reinstall));
    }
  }
  return files;
}

Result<int> run_init(const InitOptions& options, std::ostream& out) {
  fs::path templates = options.templates;
  if (templates.empty()) {
    std::optional<fs::path> shipped = shipped_templates_dir();
    if (!shipped) {
      return Error::input(wording::label(words::init_not_installed), std::nullopt,
                          wording::label(words::init_set_templates_directory));
    }
    templates = *shipped;
  }
  Result<std::vector<InitFile>> planned =
      plan_init(templates, options.template_name, options.examples);
  if (!planned) {
    return planned.error();
  }
  const std::vector<InitFile>& files = *planned;

  // Every file is read and every target checked before the first is written, so a refusal leaves
  // the folder as it was.
  std::vector<std::string> contents;
  for (const InitFile& file : files) {
    Result<std::string> content = read_file(file.source);
    if (!content) {
      return content.error();
    }
    contents.push_back(std::move(content).value());
  }
  // --lang: the new tender's `language`, which every command then defaults to.
  if (options.language) {
    contents[0] = with_language(contents[0], *options.language);
  }
  std::error_code error;
  if (fs::exists(options.directory, error) && !fs::is_directory(options.directory, error)) {
    return Error::output(wording::say(words::init_folder_is_file,
                                      {wording::text("folder", options.directory.string())}));
  }
  std::vector<fs::path> sources;
  std::vector<fs::path> targets;
  for (const InitFile& file : files) {
    sources.push_back(file.source);
    targets.push_back(options.directory / file.destination);
  }
  if (Result<void> checked = check_outputs(sources, targets); !checked) {
    return checked.error();  // --force into the templates folder itself
  }
  Result<std::vector<bool>> existed = refuse_existing(targets, options.force, "tender-init");
  if (!existed) {
    return existed.error();
  }

  for (std::size_t i = 0; i < files.size(); ++i) {
    const fs::path target = options.directory / files[i].destination;
    fs::create_directories(target.parent_path(), error);
    if (error) {
      return Error::output(wording::say(core::words::cannot_create_directory,
                                        {wording::text("path", target.parent_path().string()),
                                         wording::text("reason", error.message())}));
    }
    if (Result<void> written = write_file_atomically(target, contents[i]); !written) {
      return written.error();
    }
  }

  // The listing is in the language of the tender just written (the template's).
  const Result<Tender> tender =
      input::parse_tender(contents[0], (options.directory / files[0].destination).string());
  const Language language = tender ? tender->language : Language::en;
  text::TerminalSafeStream shown(out, false);  // the directory is the user's
  shown << wording::say(language, words::init_heading,
                        {wording::text("template", options.template_name),
                         wording::text("folder", options.directory.string())})
        << "\n";
  const std::size_t done_width =
      std::max({std::size_t{8}, text::utf8_length(wording::say(language, words::init_wrote)),
                text::utf8_length(wording::say(language, words::init_replaced))});
  std::size_t width = 0;
  for (const InitFile& file : files) {
    width = std::max(width, (options.directory / file.destination).string().size());
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string done =
        wording::say(language, (*existed)[i] ? words::init_replaced : words::init_wrote);
    shown << fmt::format("  {:<{}} {:<{}}  {}\n", done, done_width,
                         (options.directory / files[i].destination).string(), width,
                         files[i].what.in(language));
  }
  // Forms only for a tender with a preselection (ijmond-zk has none: forms would refuse it).
  shown << wording::say(language, words::init_next) << "\n";
  for (const std::string& step :
       next_steps(options.directory, tender.has_value() && tender->preselection.has_value())) {
    shown << "  " << step << "\n";
  }
  return 0;
}

}  // namespace tenderkit::commands
