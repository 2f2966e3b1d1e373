// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/cli/app.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/core/text.hpp>

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <exception>
#include <iostream>

namespace tenderkit::cli {

void add_output_options(CLI::App& app, OutputOptions& options,
                        const std::vector<std::string>& formats) {
  app.add_option("--format", options.format, "Report format")
      ->check(CLI::IsMember(formats))
      ->default_str(options.format)
      ->option_text("{" + fmt::format("{}", fmt::join(formats, "|")) + "}");
  app.add_option("-o,--output", options.output,
                 "Write the report to FILE instead of standard output ('-': standard output)")
      ->option_text("FILE");
  add_colour_option(app, options.colour);
}

void add_colour_option(CLI::App& app, ColourMode& mode) {
  // Parsed by hand: CLI11's transformers would also accept the enum's numbers and word their
  // errors in terms of them.
  app.add_option_function<std::string>(
         "--color",
         [&mode](const std::string& value) {
           const std::string word = text::to_lower_ascii(value);
           mode = word == "always"  ? ColourMode::always
                  : word == "never" ? ColourMode::never
                                    : ColourMode::automatic;
         },
         "Colour text output: auto (terminal only, never with NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}, CLI::ignore_case))
      ->option_text("{auto|always|never}");
}

int run(CLI::App& app, int argc, char** argv, const std::function<Result<int>()>& command) {
  install_output_signal_handlers();
  const std::string program = app.get_name();
  const bool colour = colour_enabled(ColourMode::automatic, STDERR_FILENO);
  // A mistyped command name would otherwise read as a missing one; name the closest instead.
  if (const auto commands = app.get_subcommands([](CLI::App*) { return true; });
      !commands.empty() && argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const CLI::App* subcommand : commands) {
      names.push_back(subcommand->get_name());
    }
    if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
      print_error(std::cerr, program,
                  Error::usage(fmt::format("unknown command '{}'; the commands are {}", argv[1],
                                           text::quoted_list(names)))
                      .with_hint(text::did_you_mean(argv[1], names)),
                  colour);
      return kInvalidInput;
    }
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
    std::cerr << fmt::format("{}: {}: {}\n", program, colour ? "\x1b[1;31merror\x1b[0m" : "error",
                             text::terminal_safe(error.what()));
    std::cerr << fmt::format("Run '{} --help' for usage.\n", program);
    return kInvalidInput;
  }
  try {
    Result<int> result = command();
    if (!result) {
      print_error(std::cerr, program, result.error(), colour);
      return exit_code_for(result.error());
    }
    return *result;
  } catch (const std::exception& exception) {
    std::cerr << fmt::format("{}: internal error: {}\n", program, exception.what());
    return kInvalidInput;
  }
}

}  // namespace tenderkit::cli
