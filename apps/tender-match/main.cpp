// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// tender-match: which compliant consortia can a register of providers form for a tender?
#include <tenderkit/cli/app.hpp>
#include <tenderkit/commands/help_wording.hpp>
#include <tenderkit/commands/tender_match.hpp>

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <iostream>

namespace {

using namespace tenderkit;
namespace help = commands::help_words;

// Options every question shares: the inputs, the report, the time limit, the proposals' files;
// described in `language`, the language of help.
void add_common(CLI::App& command, commands::TenderMatchOptions& options, cli::ColourMode& colour,
                bool& quiet, const char* default_seconds, Language language) {
  const auto say = [language](const wording::Phrase& phrase) {
    return wording::say(language, phrase);
  };
  command.add_option("TENDER", options.tender_file, say(help::tender_file))
      ->required()
      ->option_text("FILE");
  command.add_option("REGISTER", options.register_file, say(help::match_register))
      ->required()
      ->option_text("FILE");
  command.add_option("--format", options.format, say(help::report_format))
      ->check(cli::one_of({"text", "json", "markdown"}))
      ->default_str("text")
      ->option_text("{text|json|markdown}");
  cli::add_report_option(command, options.output, language);
  cli::add_workbook_option(command, options.workbook, help::match_workbook, language);
  cli::add_language_option(command, options.language, language);
  cli::add_colour_option(command, colour, language);
  command.add_flag("-q,--quiet", quiet, say(help::match_quiet));
  command.add_option("--time-limit", options.time_limit_seconds, say(help::match_time_limit))
      ->check(cli::in_range(0.001, 86400.0))
      ->default_str(default_seconds)
      ->option_text("SECONDS");
  command
      .add_option("--write-registrations", options.write_registrations,
                  say(help::match_write_registrations))
      ->option_text("DIR");
  command.add_option("--exclude", options.exclude, say(help::match_exclude))->option_text("KVK");
}

}  // namespace

int main(int argc, char** argv) {
  // --help speaks --lang when the command line gives it (docs/cli.md "The language of help").
  const Language language = cli::help_language(argc, argv);
  const auto say = [language](const wording::Phrase& phrase) {
    return wording::say(language, phrase);
  };
  CLI::App app{say(help::match_description), "tender-match"};
  app.require_subcommand(1);
  app.footer(say(help::match_footer));
  app.set_version_flag("--version", cli::version_line("tender-match"));

  commands::TenderMatchOptions compose;
  cli::ColourMode compose_colour = cli::ColourMode::automatic;
  bool compose_quiet = false;
  CLI::App* compose_command = app.add_subcommand("compose", say(help::compose_description));
  add_common(*compose_command, compose, compose_colour, compose_quiet, "10", language);
  compose_command->add_option("--require", compose.require, say(help::compose_require))
      ->option_text("KVK");
  compose_command->add_option("--max-members", compose.max_members, say(help::compose_max_members))
      ->check(cli::in_range(1, 10000))
      ->option_text("N");
  compose_command->add_option("--legal-form", compose.legal_form, say(help::compose_legal_form))
      ->check(cli::one_of({"combination", "main-contractor"}))
      ->option_text("{combination|main-contractor}");
  compose_command->add_flag("--prefer-fewer-subcontractors", compose.prefer_fewer_subcontractors,
                            say(help::compose_fewer_subcontractors));
  compose_command->add_option("--prefer-tag", compose.prefer_tag, say(help::compose_prefer_tag))
      ->option_text("TAG");
  compose_command
      ->add_option("--alternatives", compose.alternatives, say(help::compose_alternatives))
      ->check(cli::in_range(1, 100))
      ->default_str("1")
      ->option_text("K");

  commands::TenderMatchOptions complete;
  cli::ColourMode complete_colour = cli::ColourMode::automatic;
  bool complete_quiet = false;
  CLI::App* complete_command = app.add_subcommand("complete", say(help::complete_description));
  add_common(*complete_command, complete, complete_colour, complete_quiet, "10", language);
  complete_command
      ->add_option("REGISTRATION", complete.registration, say(help::complete_registration))
      ->required()
      ->option_text("FILE");
  complete_command
      ->add_option("--max-members", complete.max_members, say(help::complete_max_members))
      ->check(cli::in_range(1, 10000))
      ->option_text("N");

  commands::TenderMatchOptions market;
  cli::ColourMode market_colour = cli::ColourMode::automatic;
  bool market_quiet = false;
  CLI::App* market_command = app.add_subcommand("market", say(help::market_description));
  add_common(*market_command, market, market_colour, market_quiet, "30", language);
  market_command->add_option("--registrations", market.received, say(help::market_registrations))
      ->option_text("(FILE | DIR)...");
  market_command->add_option("--exclusivity", market.exclusivity, say(help::market_exclusivity))
      ->check(cli::one_of({"participate-once", "lead-once"}))
      ->option_text("{participate-once|lead-once}");
  cli::localize_help(app, language);

  return cli::run(app, argc, argv, [&]() -> Result<int> {
    commands::TenderMatchOptions* options = &compose;
    cli::ColourMode colour = compose_colour;
    bool quiet = compose_quiet;
    if (complete_command->parsed()) {
      options = &complete;
      colour = complete_colour;
      quiet = complete_quiet;
      options->question = report::MatchQuestion::complete;
    } else if (market_command->parsed()) {
      options = &market;
      colour = market_colour;
      quiet = market_quiet;
      options->question = report::MatchQuestion::market;
    }
    options->quiet = quiet;
    options->colour = options->format == "text" &&
                      cli::writes_to_standard_output(options->output) &&
                      cli::colour_enabled(colour, STDOUT_FILENO);
    return commands::run_tender_match(*options, std::cout, std::cerr);
  });
}
