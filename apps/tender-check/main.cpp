// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// tender-check: validate consortium registrations against a tender's integrality requirement.
#include <tenderkit/cli/app.hpp>
#include <tenderkit/commands/help_wording.hpp>
#include <tenderkit/commands/tender_check.hpp>

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <iostream>

int main(int argc, char** argv) {
  using namespace tenderkit;
  namespace help = commands::help_words;
  // --help speaks --lang when the command line gives it (docs/cli.md "The language of help").
  const Language language = cli::help_language(argc, argv);
  const auto say = [language](const wording::Phrase& phrase) {
    return wording::say(language, phrase);
  };
  CLI::App app{say(help::check_description), "tender-check"};
  app.footer(say(help::check_footer));
  app.set_version_flag("--version", cli::version_line("tender-check"));

  commands::TenderCheckOptions options;
  cli::ColourMode colour = cli::ColourMode::automatic;
  app.add_option("TENDER", options.tender_file, say(help::tender_file))
      ->required()
      ->option_text("FILE");
  app.add_option("REGISTRATIONS", options.registrations, say(help::check_registrations))
      ->option_text("(FILE | DIR)...");
  cli::add_format_option(app, options.format, commands::check_formats(), help::report_format,
                         language);
  cli::add_report_option(app, options.output, language);
  cli::add_workbook_option(app, options.workbook, help::check_workbook, language);
  cli::add_language_option(app, options.language, language);
  cli::add_colour_option(app, colour, language);
  app.add_option("--espd", options.espd_folder, say(help::check_espd))->option_text("DIR");
  app.add_flag("--strict", options.strict, say(help::check_strict));
  app.add_option("--registration-form", options.registration_form,
                 say(help::check_registration_form))
      ->option_text("FILE");
  app.add_option("--toml", options.toml, say(help::check_toml))->option_text("FILE");
  app.add_flag("-f,--force", options.force, say(help::check_force));
  cli::localize_help(app, language);

  return cli::run(
      app, argc, argv,
      [&]() -> Result<int> {
        options.colour = options.format == commands::CheckFormat::text &&
                         cli::writes_to_standard_output(options.output) &&
                         cli::colour_enabled(colour, STDOUT_FILENO);
        return commands::run_tender_check(options, std::cout, std::cerr);
      },
      &colour);
}
