// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// tender-score: preselection score sheets, from blank evaluator forms to the ranked cut-off.
#include <tenderkit/cli/app.hpp>
#include <tenderkit/cli/wording.hpp>
#include <tenderkit/commands/help_wording.hpp>
#include <tenderkit/commands/tender_score.hpp>

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
  CLI::App app{say(help::score_description), "tender-score"};
  app.require_subcommand(1);
  app.footer(say(help::score_footer));
  app.set_version_flag("--version", cli::version_line("tender-score"));

  // One --color for every subcommand: also read for the error messages.
  cli::ColourMode colour = cli::ColourMode::automatic;

  commands::ScoreFormsOptions forms;
  CLI::App* forms_command = app.add_subcommand("forms", say(help::forms_description));
  forms_command->add_option("TENDER", forms.tender_file, say(help::forms_tender))
      ->required()
      ->option_text("FILE");
  forms_command->add_option("REGISTRATIONS", forms.registrations, say(help::forms_registrations))
      ->required()
      ->option_text("(FILE | DIR)...");
  forms_command->add_option("--dir", forms.output_directory, say(help::forms_folder))
      ->required()
      ->option_text("DIR");
  forms_command->add_flag("-f,--force", forms.force, say(help::forms_force));
  cli::retire_option(*forms_command, "-o,--output", cli::words::forms_folder_moved);
  cli::add_language_option(*forms_command, forms.language, language);
  cli::add_colour_option(*forms_command, colour, language);

  commands::ScoreCollectOptions collect;
  CLI::App* collect_command = app.add_subcommand("collect", say(help::collect_description));
  collect_command->add_option("TENDER", collect.tender_file, say(help::tender_file))
      ->required()
      ->option_text("FILE");
  collect_command->add_option("FORMS", collect.forms, say(help::collect_forms))
      ->required()
      ->option_text("FILE...");
  collect_command->add_option("-o,--output", collect.output, say(help::collect_output))
      ->required()
      ->option_text("FILE");
  cli::add_format_option(*collect_command, collect.format, commands::collect_formats(),
                         help::collect_format, language);
  cli::add_language_option(*collect_command, collect.language, language);
  cli::add_colour_option(*collect_command, colour, language);

  commands::ScoreRankOptions rank;
  CLI::App* rank_command = app.add_subcommand("rank", say(help::rank_description));
  rank_command->add_option("TENDER", rank.tender_file, say(help::tender_file))
      ->required()
      ->option_text("FILE");
  rank_command->add_option("SCORES", rank.scores, say(help::rank_scores))
      ->required()
      ->option_text("FILE...");
  rank_command->add_option("--consensus", rank.consensus, say(help::rank_consensus))
      ->option_text("FILE");
  cli::add_format_option(*rank_command, rank.format, commands::rank_formats(), help::report_format,
                         language);
  cli::add_report_option(*rank_command, rank.output, language);
  cli::add_workbook_option(*rank_command, rank.workbook, help::rank_workbook, language);
  cli::retire_option(*rank_command, "--report", cli::words::report_option_gone);
  cli::add_language_option(*rank_command, rank.language, language);
  cli::add_colour_option(*rank_command, colour, language);
  cli::localize_help(app, language);

  return cli::run(
      app, argc, argv,
      [&]() -> Result<int> {
        if (forms_command->parsed()) {
          return commands::run_score_forms(forms, std::cout, std::cerr);
        }
        if (collect_command->parsed()) {
          return commands::run_score_collect(collect, std::cout, std::cerr);
        }
        rank.colour = rank.format == commands::RankFormat::text &&
                      cli::writes_to_standard_output(rank.output) &&
                      cli::colour_enabled(colour, STDOUT_FILENO);
        return commands::run_score_rank(rank, std::cout, std::cerr);
      },
      &colour);
}
