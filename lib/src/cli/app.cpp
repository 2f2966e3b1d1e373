// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/cli/app.hpp>
#include <tenderkit/cli/wording.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/core/text.hpp>

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <exception>
#include <iostream>
#include <map>
#include <memory>

namespace tenderkit::cli {

namespace {

// An option that is gone or whose meaning changed: its names (with dashes) and what to say.
struct RetiredOption {
  std::vector<std::string> names;
  const wording::Phrase* message;  // {value}: the value given
};

// The retired options of each (sub)command. Filled while main() declares its options, read by
// run(): one process, one thread.
std::map<const CLI::App*, std::vector<RetiredOption>>& retired_options() {
  static std::map<const CLI::App*, std::vector<RetiredOption>> options;
  return options;
}

// Splits CLI11's "-o,--output" into "-o" and "--output".
std::vector<std::string> split_names(const std::string& names) {
  std::vector<std::string> parts;
  std::string part;
  for (char c : names) {
    if (c == ',') {
      parts.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  parts.push_back(part);
  return parts;
}

// Every option name `app` accepts, with dashes: "--format", "-o"; --help and -h included.
std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_positional()) {
      continue;
    }
    for (const std::string& name : option->get_lnames()) {
      names.push_back("--" + name);
    }
    for (const std::string& name : option->get_snames()) {
      names.push_back("-" + name);
    }
  }
  return names;
}

// The first usage problem in the options of `app`, which reads argv[first...]: a retired option
// (with its replacement) or an unknown long option (with the closest known one). Checked before
// CLI11 parses, so that "--formt json" is not read as an option CLI11 does not know followed by a
// positional argument "json".
std::optional<Error> check_option_names(const CLI::App& app, int first, int argc, char** argv) {
  std::vector<std::string> known = option_names(app);
  // A subcommand that is not named first (`tender-check --strict form ...`) is left to CLI11: its
  // options are not unknown.
  for (const CLI::App* subcommand : app.get_subcommands([](const CLI::App*) { return true; })) {
    const std::vector<std::string> names = option_names(*subcommand);
    known.insert(known.end(), names.begin(), names.end());
  }
  const auto found = retired_options().find(&app);
  for (int i = first; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "--") {
      break;  // the rest are positional arguments
    }
    if (word.size() < 2 || word[0] != '-') {
      continue;
    }
    const bool long_name = word.starts_with("--");
    const std::size_t equals = word.find('=');
    const std::string name(long_name ? word.substr(0, equals) : word.substr(0, 2));
    std::string value;
    if (long_name && equals != std::string_view::npos) {
      value = std::string(word.substr(equals + 1));
    } else if (!long_name && word.size() > 2) {
      value = std::string(word.substr(2));
    } else if (i + 1 < argc) {
      value = argv[i + 1];
    }
    if (found != retired_options().end()) {
      for (const RetiredOption& retired : found->second) {
        if (std::find(retired.names.begin(), retired.names.end(), name) != retired.names.end()) {
          return Error(ErrorKind::usage,
                       wording::say(*retired.message,
                                    {wording::text("value", value.empty() ? "FILE" : value)}),
                       std::nullopt, wording::say(words::retired_hint));
        }
      }
    }
    if (long_name && word.size() > 2 &&
        std::find(known.begin(), known.end(), name) == known.end()) {
      std::vector<std::string> long_names;
      std::copy_if(known.begin(), known.end(), std::back_inserter(long_names),
                   [](const std::string& known_name) { return known_name.starts_with("--"); });
      return Error(ErrorKind::usage,
                   wording::say(words::unknown_option, {wording::text("option", name)}),
                   std::nullopt, text::did_you_mean(name, long_names));
    }
  }
  return std::nullopt;
}

}  // namespace

Language help_language(int argc, const char* const* argv) {
  return language_on_command_line(argc, argv).value_or(Language::en);
}

namespace {

// Sets the help's own words on one (sub)command and, through `formatter`, its labels.
void localize_help_of(CLI::App& app, Language language,
                      const std::shared_ptr<CLI::Formatter>& formatter) {
  app.formatter(formatter);
  const std::string options_heading = wording::say(Language::en, help_words::options_heading);
  for (CLI::Option* option : app.get_options([](const CLI::Option*) { return true; })) {
    if (option->get_group() == options_heading) {
      option->group(wording::say(language, help_words::options_heading));
    }
  }
  if (CLI::Option* help = app.get_help_ptr()) {
    help->description(wording::say(language, help_words::help_flag));
  }
  if (CLI::Option* version = app.get_option_no_throw("--version")) {
    version->description(wording::say(language, help_words::version_flag));
  }
  for (CLI::App* subcommand : app.get_subcommands([](const CLI::App*) { return true; })) {
    subcommand->group(wording::say(language, help_words::subcommands_heading));
    localize_help_of(*subcommand, language, formatter);
  }
}

}  // namespace

void localize_help(CLI::App& app, Language language) {
  // One formatter for the command and its subcommands, as CLI11 shares one; a label's English
  // wording is CLI11's key for it.
  auto formatter = std::make_shared<CLI::Formatter>();
  for (const wording::Phrase* label : help_words::label_catalogue) {
    formatter->label(std::string(label->en), wording::say(language, *label));
  }
  localize_help_of(app, language, formatter);
}

CLI::Option* add_report_option(CLI::App& app, std::string& output, Language language) {
  return app.add_option("-o,--output", output, wording::say(language, help_words::report_option))
      ->option_text("FILE");
}

CLI::Option* add_workbook_option(CLI::App& app, std::string& workbook, const wording::Phrase& what,
                                 Language language) {
  return app
      .add_option(
          "--xlsx", workbook,
          wording::say(language, help_words::workbook_option, {wording::phrase("what", what)}))
      ->option_text("FILE");
}

CLI::Option* add_language_option(CLI::App& app, std::optional<Language>& language, Language help) {
  return app
      .add_option_function<std::string>(
          "--lang",
          [&language](const std::string& value) {
            language = value == "en" ? Language::en : Language::nl;
          },
          wording::say(help, help_words::language_option))
      ->check(CLI::IsMember({"nl", "en"}))
      ->option_text("{nl|en}");
}

CLI::Option* add_colour_option(CLI::App& app, ColourMode& mode, Language language) {
  // Parsed by hand: CLI11's transformers would also accept the enum's numbers and word their
  // errors in terms of them.
  return app
      .add_option_function<std::string>(
          "--color",
          [&mode](const std::string& value) {
            const std::string word = text::to_lower_ascii(value);
            mode = word == "always"  ? ColourMode::always
                   : word == "never" ? ColourMode::never
                                     : ColourMode::automatic;
          },
          wording::say(language, help_words::colour_option))
      ->check(CLI::IsMember({"auto", "always", "never"}, CLI::ignore_case))
      ->option_text("{auto|always|never}");
}

void retire_option(CLI::App& app, const std::string& names, const wording::Phrase& message) {
  retired_options()[&app].push_back({split_names(names), &message});
}

int run(CLI::App& app, int argc, char** argv, const std::function<Result<int>()>& command,
        const ColourMode* colour_mode) {
  install_output_signal_handlers();
  const std::string program = app.get_name();
  // Errors speak --lang when the command line gives it, even before it is parsed.
  const std::optional<Language> language = language_on_command_line(argc, argv);
  const Language usage_language = language.value_or(Language::en);
  const auto run_help = [&] {
    std::cerr << wording::say(usage_language, words::run_help, {wording::text("program", program)})
              << '\n';
  };
  bool colour = colour_enabled(ColourMode::automatic, STDERR_FILENO);
  // The (sub)command whose options the arguments are: a command that requires a subcommand
  // names it first.
  const CLI::App* scope = &app;
  int first = 1;
  if (const auto commands = app.get_subcommands([](CLI::App*) { return true; });
      !commands.empty() && argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const CLI::App* subcommand : commands) {
      names.push_back(subcommand->get_name());
      if (subcommand->get_name() == argv[1]) {
        scope = subcommand;
        first = 2;
      }
    }
    // A mistyped command name would otherwise read as a missing one; name the closest instead.
    if (scope == &app && app.get_require_subcommand_min() > 0) {
      print_error(std::cerr, program,
                  Error::usage(wording::say(words::unknown_command,
                                            {wording::text("command", argv[1]),
                                             wording::text("commands", text::quoted_list(names))}))
                      .with_hint(text::did_you_mean(argv[1], names)),
                  colour, language);
      return kInvalidInput;
    }
  }
  if (std::optional<Error> problem = check_option_names(*scope, first, argc, argv)) {
    print_error(std::cerr, program, *problem, colour, language);
    run_help();
    return kInvalidInput;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    // CLI11 would exit with its own codes (100+); usage errors are 2 here like any invalid input.
    print_error(std::cerr, program,
                Error::usage(wording::say(words::command_line_invalid,
                                          {wording::text("detail", error.what())})),
                colour, language);
    run_help();
    return kInvalidInput;
  }
  if (colour_mode != nullptr) {
    colour = colour_enabled(*colour_mode, STDERR_FILENO);
  }
  try {
    Result<int> result = command();
    if (!result) {
      print_error(std::cerr, program, result.error(), colour, language);
      return exit_code_for(result.error());
    }
    return *result;
  } catch (const std::exception& exception) {
    std::cerr << program << ": "
              << wording::say(usage_language, words::internal_error,
                              {wording::text("detail", exception.what())})
              << '\n';
    return kInvalidInput;
  }
}

}  // namespace tenderkit::cli
