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
#include <cstdint>
#include <exception>
#include <iostream>
#include <map>
#include <memory>
#include <span>
#include <utility>

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

// What run() knows of a check made by one_of() or in_range(), by the validator's name.
struct ValueCheck {
  std::vector<std::string> values;  // one_of: the values; empty for a range
  bool ignore_case = false;
  bool whole = false;  // a range of whole numbers
  double min = 0;
  double max = 0;
  std::string min_text;
  std::string max_text;
};

std::map<std::string, ValueCheck>& value_checks() {
  static std::map<std::string, ValueCheck> checks;
  return checks;
}

CLI::Validator known(CLI::Validator validator, ValueCheck check) {
  const std::string name = fmt::format("tenderkit-check-{}", value_checks().size());
  value_checks().emplace(name, std::move(check));
  return std::move(validator.name(name));
}

// The option `name` ("--format", "-o") of `scope`, or of one of its subcommands when they are not
// named first; nullptr when none.
CLI::Option* find_option(CLI::App& scope, const std::string& name) {
  if (CLI::Option* option = scope.get_option_no_throw(name);
      option != nullptr && !option->get_positional()) {
    return option;
  }
  for (CLI::App* subcommand : scope.get_subcommands([](CLI::App*) { return true; })) {
    if (CLI::Option* option = subcommand->get_option_no_throw(name);
        option != nullptr && !option->get_positional()) {
      return option;
    }
  }
  return nullptr;
}

// The option a word names and the value written in the same word ("--format=json", "-ojson").
struct OptionWord {
  std::string name;
  std::optional<std::string> value;
};

std::optional<OptionWord> option_word(std::string_view word) {
  if (word.size() < 2 || word[0] != '-' || word == "--") {
    return std::nullopt;
  }
  if (word.starts_with("--")) {
    const std::size_t equals = word.find('=');
    if (equals == std::string_view::npos) {
      return OptionWord{std::string(word), std::nullopt};
    }
    return OptionWord{std::string(word.substr(0, equals)), std::string(word.substr(equals + 1))};
  }
  if (word.size() > 2) {
    return OptionWord{std::string(word.substr(0, 2)), std::string(word.substr(2))};
  }
  return OptionWord{std::string(word), std::nullopt};
}

// 'a', 'b' and 'c' (or: 'a', 'b' or 'c') in both languages.
LocalizedText quoted_list(std::span<const std::string> parts, const wording::Phrase& conjunction) {
  std::vector<std::string> quoted;
  for (const std::string& part : parts) {
    quoted.push_back("'" + part + "'");
  }
  if (quoted.size() < 2) {
    const std::string only = quoted.empty() ? std::string() : quoted.front();
    return LocalizedText{only, only};
  }
  const std::string first =
      text::join(std::span<const std::string>(quoted).first(quoted.size() - 1), ", ");
  return wording::say(conjunction,
                      {wording::text("first", first), wording::text("last", quoted.back())});
}

// The problem with `value` given to `option` (spelt `name` on the command line) by the checks of
// one_of() and in_range() on it; checks of CLI11's own are left to CLI11.
std::optional<Error> check_value(CLI::Option& option, const std::string& name,
                                 const std::string& value) {
  for (int index = 0;; ++index) {
    const CLI::Validator* validator = nullptr;
    try {
      validator = option.get_validator(index);
    } catch (const CLI::OptionNotFound&) {
      break;  // no validator at this index: all are checked
    }
    const auto found = value_checks().find(validator->get_name());
    if (found == value_checks().end()) {
      continue;
    }
    const ValueCheck& check = found->second;
    if (!check.values.empty()) {
      const bool allowed =
          std::any_of(check.values.begin(), check.values.end(), [&](const std::string& one) {
            return one == value ||
                   (check.ignore_case && text::to_lower_ascii(one) == text::to_lower_ascii(value));
          });
      if (!allowed) {
        return Error::usage(
            wording::say(
                words::value_not_allowed,
                {wording::text("option", name), wording::text("value", value),
                 wording::localized("values", quoted_list(check.values, words::list_and))}),
            text::did_you_mean(value, check.values));
      }
      continue;
    }
    // CLI11's own conversions, so that what passes here converts there.
    double number = 0;
    std::int64_t whole = 0;
    if (check.whole ? !CLI::detail::lexical_cast(value, whole)
                    : !CLI::detail::lexical_cast(value, number)) {
      return check.whole
                 ? Error::usage(
                       wording::say(words::value_not_whole_number,
                                    {wording::text("option", name), wording::text("value", value)}))
                 : Error::usage(
                       wording::say(words::value_not_number,
                                    {wording::text("option", name), wording::text("value", value)}),
                       wording::label(words::decimal_point));
    }
    if (check.whole) {
      number = static_cast<double>(whole);
    }
    if (!(number >= check.min && number <= check.max)) {  // "nan" too, which CLI11 lets pass
      // The bounds as a command line writes them (0.001, not 0,001 in Dutch): they are values
      // to type, as option names are.
      return Error::usage(
          wording::say(words::value_out_of_range,
                       {wording::text("option", name), wording::text("min", check.min_text),
                        wording::text("max", check.max_text), wording::text("value", value)}));
    }
  }
  return std::nullopt;
}

// The first problem with the values of the options of `scope` in argv[first...]: an option that
// takes a value and has none (the last word, or another option follows), or a value one_of() or
// in_range() refuses. Checked before CLI11 parses, which would take the next option for the value
// ("--as-of --lang nl") and words its refusals in English.
std::optional<Error> check_option_values(CLI::App& scope, int first, int argc, char** argv) {
  const auto names_an_option = [&](std::string_view word) {
    const std::optional<OptionWord> named = option_word(word);
    return named && find_option(scope, named->name) != nullptr;
  };
  for (int i = first; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "--") {
      break;
    }
    const std::optional<OptionWord> named = option_word(word);
    if (!named) {
      continue;
    }
    CLI::Option* option = find_option(scope, named->name);
    if (option == nullptr || option->get_items_expected_max() == 0) {
      continue;  // a flag, or not an option of this command (CLI11 says what is wrong)
    }
    std::string value;
    if (named->value) {
      value = *named->value;
    } else if (std::min(option->get_type_size_min(), option->get_items_expected_min()) > 0) {
      if (i + 1 >= argc || std::string_view(argv[i + 1]) == "--" || names_an_option(argv[i + 1])) {
        const std::string shown = option->get_option_text();
        return Error::usage(
            wording::say(words::option_needs_value, {wording::text("option", named->name)}),
            shown.empty()
                ? LocalizedText{}
                : wording::say(words::write_option_value, {wording::text("option", named->name),
                                                           wording::text("value", shown)}));
      }
      value = argv[++i];
    } else {
      continue;
    }
    if (std::optional<Error> problem = check_value(*option, named->name, value)) {
      return problem;
    }
  }
  return std::nullopt;
}

// The first required option or positional argument of `app`, or of a subcommand it parsed, that
// was not given, by its name ("TENDER", "--dir"), in CLI11's order.
std::optional<std::string> missing_required(const CLI::App& app) {
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_required() && option->count() == 0) {
      return option->get_name();
    }
  }
  for (const CLI::App* subcommand : app.get_subcommands()) {
    if (std::optional<std::string> missing = missing_required(*subcommand)) {
      return missing;
    }
  }
  return std::nullopt;
}

// The deepest (sub)command the command line named, and its name as the user runs it
// ("tender-match compose").
std::pair<const CLI::App*, std::string> parsed_command(const CLI::App& app) {
  const CLI::App* current = &app;
  std::string name = app.get_name();
  while (!current->get_subcommands().empty()) {
    current = current->get_subcommands().front();
    name += " " + current->get_name();
  }
  return {current, name};
}

// CLI11's parse error in the catalogue's words, from what the parsed command line holds: a
// required argument or command missing, arguments left over. Anything else keeps CLI11's English
// text, introduced as such in Dutch.
Error parse_error(const CLI::App& app, const CLI::ParseError& error) {
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
    if (std::optional<std::string> missing = missing_required(app)) {
      return Error::usage(
          wording::say(words::argument_required, {wording::text("name", *missing)}));
    }
    const auto [command, name] = parsed_command(app);
    if (command->get_require_subcommand_min() > 0 && command->get_subcommands().empty()) {
      std::vector<std::string> names;
      for (const CLI::App* subcommand :
           command->get_subcommands([](const CLI::App*) { return true; })) {
        names.push_back(subcommand->get_name());
      }
      return Error::usage(
          wording::say(words::command_required,
                       {wording::localized("commands", quoted_list(names, words::list_or))}));
    }
  } else if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    const std::vector<std::string> extras = app.remaining(true);
    const auto [command, name] = parsed_command(app);
    if (!extras.empty() && option_word(extras.front())) {
      // An option CLI11 does not know, which check_option_names leaves to it: a short one ("-x"),
      // of one letter, to which every other letter is equally close: no "did you mean".
      return Error::usage(
          wording::say(words::unknown_option, {wording::text("option", extras.front())}));
    }
    if (!extras.empty()) {
      std::vector<std::string> positionals;
      for (const CLI::Option* option :
           command->get_options([](const CLI::Option* o) { return o->get_positional(); })) {
        positionals.push_back(option->get_name());
      }
      std::string expected;
      for (std::size_t i = 0; i < positionals.size(); ++i) {
        expected += (i == 0 ? "" : " ") + positionals[i];
      }
      return Error::usage(
          wording::say_count(
              static_cast<std::int64_t>(extras.size()), words::unexpected_argument,
              words::unexpected_arguments,
              {wording::localized("arguments", quoted_list(extras, words::list_and))}),
          positionals.empty()
              ? LocalizedText{}
              : wording::say(words::unexpected_hint, {wording::text("program", name),
                                                      wording::text("arguments", expected)}));
    }
  }
  return Error::usage(
      wording::say(words::command_line_invalid, {wording::text("detail", error.what())}));
}

}  // namespace

CLI::Validator one_of(std::vector<std::string> values, bool ignore_case) {
  CLI::Validator member = ignore_case ? CLI::Validator(CLI::IsMember(values, CLI::ignore_case))
                                      : CLI::Validator(CLI::IsMember(values));
  ValueCheck check;
  check.values = std::move(values);
  check.ignore_case = ignore_case;
  return known(std::move(member), std::move(check));
}

CLI::Validator detail::known_range(CLI::Validator range, bool whole, double min, double max,
                                   std::string min_text, std::string max_text) {
  ValueCheck check;
  check.whole = whole;
  check.min = min;
  check.max = max;
  check.min_text = std::move(min_text);
  check.max_text = std::move(max_text);
  return known(std::move(range), std::move(check));
}

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
      ->check(one_of({"nl", "en"}))
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
      ->check(one_of({"auto", "always", "never"}, true))
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
  CLI::App* scope = &app;
  int first = 1;
  if (const auto commands = app.get_subcommands([](CLI::App*) { return true; });
      !commands.empty() && argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (CLI::App* subcommand : commands) {
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
                                             wording::localized(
                                                 "commands", quoted_list(names, words::list_and))}))
                      .with_hint(text::did_you_mean(argv[1], names)),
                  colour, language);
      return kInvalidInput;
    }
  }
  std::optional<Error> problem = check_option_names(*scope, first, argc, argv);
  if (!problem) {
    problem = check_option_values(*scope, first, argc, argv);
  }
  if (problem) {
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
    print_error(std::cerr, program, parse_error(app, error), colour, language);
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
