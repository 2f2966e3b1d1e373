// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// tender-match: which compliant consortia can a register of providers form for a tender?
#include <tenderkit/cli/app.hpp>
#include <tenderkit/commands/tender_match.hpp>

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <iostream>

namespace {

using namespace tenderkit;

// Options every question shares: the inputs, the report, the time limit, the proposals' files.
void add_common(CLI::App& command, commands::TenderMatchOptions& options, cli::ColourMode& colour,
                bool& quiet, const char* default_seconds) {
  command.add_option("TENDER", options.tender_file, "The tender file")
      ->required()
      ->option_text("FILE");
  command.add_option("REGISTER", options.register_file, "The provider register (TOML)")
      ->required()
      ->option_text("FILE");
  command.add_option("--format", options.format, "Report format")
      ->check(cli::one_of({"text", "json", "markdown"}))
      ->default_str("text")
      ->option_text("{text|json|markdown}");
  cli::add_report_option(command, options.output);
  cli::add_workbook_option(command, options.workbook,
                           "the proposals side by side and the market map");
  cli::add_language_option(command, options.language);
  cli::add_colour_option(command, colour);
  command.add_flag("-q,--quiet", quiet,
                   "Quiet: no report on standard output (files are still written)");
  command
      .add_option("--time-limit", options.time_limit_seconds,
                  "Stop the search after SECONDS and report the best answer found with its bound")
      ->check(cli::in_range(0.001, 86400.0))
      ->default_str(default_seconds)
      ->option_text("SECONDS");
  command
      .add_option("--write-registrations", options.write_registrations,
                  "Write each proposal as a registration file into DIR (created when missing; "
                  "files of the same name are replaced), ready for tender-check")
      ->option_text("DIR");
  command
      .add_option("--exclude", options.exclude,
                  "Leave out the provider with this KvK number (may be repeated)")
      ->option_text("KVK");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Which compliant consortia can a register of providers form for a tender? compose: the "
      "fewest members; complete: what a registration lacks; market: the market map and the "
      "largest number of competing consortia. Every answer is exact: proven optimal, or the best "
      "found with its bound when the time limit stops the search.",
      "tender-match"};
  app.require_subcommand(1);
  app.footer(
      "Run 'tender-match COMMAND --help' for the options of a command. See "
      "docs/tender-match.md.\n\n"
      "Exit codes:\n"
      "  0  answered: a compliant composition, completion or consortium exists\n"
      "  1  no compliant consortium is possible (the report says why)\n"
      "  2  invalid input or usage; an output that is one of the inputs\n"
      "  3  an output could not be written\n\n"
      "Environment: NO_COLOR disables colour; SOURCE_DATE_EPOCH fixes the workbook timestamp.");
  app.set_version_flag("--version", cli::version_line("tender-match"));

  commands::TenderMatchOptions compose;
  cli::ColourMode compose_colour = cli::ColourMode::automatic;
  bool compose_quiet = false;
  CLI::App* compose_command = app.add_subcommand(
      "compose", "The compliant consortium compositions with the fewest members, roles assigned");
  add_common(*compose_command, compose, compose_colour, compose_quiet, "10");
  compose_command
      ->add_option("--require", compose.require,
                   "The provider with this KvK number must take part (may be repeated)")
      ->option_text("KVK");
  compose_command
      ->add_option("--max-members", compose.max_members,
                   "At most N members (on top of the tender's maximum)")
      ->check(cli::in_range(1, 10000))
      ->option_text("N");
  compose_command
      ->add_option("--legal-form", compose.legal_form,
                   "Only this legal form (the tender's, else both)")
      ->check(cli::one_of({"combination", "main-contractor"}))
      ->option_text("{combination|main-contractor}");
  compose_command->add_flag("--prefer-fewer-subcontractors", compose.prefer_fewer_subcontractors,
                            "Among the fewest-member compositions, fewest subcontractors first");
  compose_command
      ->add_option("--prefer-tag", compose.prefer_tag,
                   "Among the fewest-member compositions, most providers with TAG first (e.g. "
                   "vrijgevestigde)")
      ->option_text("TAG");
  compose_command
      ->add_option("--alternatives", compose.alternatives, "List the K best distinct compositions")
      ->check(cli::in_range(1, 100))
      ->default_str("1")
      ->option_text("K");

  commands::TenderMatchOptions complete;
  cli::ColourMode complete_colour = cli::ColourMode::automatic;
  bool complete_quiet = false;
  CLI::App* complete_command = app.add_subcommand(
      "complete",
      "The fewest providers to add (then roles to change) so that a registration complies");
  add_common(*complete_command, complete, complete_colour, complete_quiet, "10");
  complete_command
      ->add_option("REGISTRATION", complete.registration, "The registration to complete")
      ->required()
      ->option_text("FILE");
  complete_command
      ->add_option("--max-members", complete.max_members,
                   "At most N members after completion (on top of the tender's maximum)")
      ->check(cli::in_range(1, 10000))
      ->option_text("N");

  commands::TenderMatchOptions market;
  cli::ColourMode market_colour = cli::ColourMode::automatic;
  bool market_quiet = false;
  CLI::App* market_command = app.add_subcommand(
      "market",
      "The market map: providers per service and municipality, essential providers, and the "
      "largest number of disjoint compliant consortia");
  add_common(*market_command, market, market_colour, market_quiet, "30");
  market_command
      ->add_option("--registrations", market.received,
                   "Registrations already received (files, or directories meaning every *.toml "
                   "file in them): their providers are left out, so the figure is the "
                   "competition the rest of the market can still form")
      ->option_text("(FILE | DIR)...");
  market_command
      ->add_option("--exclusivity", market.exclusivity,
                   "A provider takes part in one consortium only, or leads one only (default: "
                   "the tender's rules)")
      ->check(cli::one_of({"participate-once", "lead-once"}))
      ->option_text("{participate-once|lead-once}");

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
