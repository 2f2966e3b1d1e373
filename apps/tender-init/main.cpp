// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// tender-init: write a ready-to-edit tender folder from one of the shipped templates.
#include <tenderkit/cli/app.hpp>
#include <tenderkit/commands/help_wording.hpp>
#include <tenderkit/commands/tender_init.hpp>

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv) {
  using namespace tenderkit;
  namespace help = commands::help_words;
  // --help speaks --lang when the command line gives it (docs/cli.md "The language of help").
  const Language language = cli::help_language(argc, argv);
  const auto say = [language](const wording::Phrase& phrase) {
    return wording::say(language, phrase);
  };
  CLI::App app{say(help::init_description), "tender-init"};
  app.footer(say(help::init_footer));
  app.set_version_flag("--version", cli::version_line("tender-init"));

  commands::InitOptions options;
  std::string directory;
  cli::ColourMode colour = cli::ColourMode::automatic;
  app.add_option("DIR", directory, say(help::init_directory))->required()->option_text("PATH");
  app.add_option("-t,--template", options.template_name, say(help::init_template))
      ->option_text("NAME");
  app.add_flag("-f,--force", options.force, say(help::init_force));
  app.add_flag("--examples", options.examples, say(help::init_examples));
  app.add_option_function<std::string>(
         "--lang",
         [&options](const std::string& value) {
           options.language = value == "en" ? Language::en : Language::nl;
         },
         say(help::init_language))
      ->check(cli::one_of({"nl", "en"}))
      ->option_text("{nl|en}");
  cli::add_colour_option(app, colour, language);
  cli::localize_help(app, language);

  return cli::run(
      app, argc, argv,
      [&]() -> Result<int> {
        options.directory = directory;
        return commands::run_init(options, std::cout);
      },
      &colour);
}
