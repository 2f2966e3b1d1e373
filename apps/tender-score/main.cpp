// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// tender-score: preselection score sheets, from blank evaluator forms to the ranked cut-off.
#include <tenderkit/cli/app.hpp>
#include <tenderkit/cli/wording.hpp>
#include <tenderkit/commands/tender_score.hpp>

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <iostream>

int main(int argc, char** argv) {
  using namespace tenderkit;
  CLI::App app{
      "Preselection scoring: blank evaluator forms, collection of the filled forms, consensus, "
      "weighted ranking and the cut-off at the maximum number of candidates.",
      "tender-score"};
  app.require_subcommand(1);
  app.footer(
      "Run 'tender-score COMMAND --help' for the options of a command. See "
      "docs/tender-score.md.\n\n"
      "Exit codes:\n"
      "  0  done (collect: every score is in; rank: the ranking is complete)\n"
      "  1  not complete: scores are missing, or a tie the published rule cannot resolve\n"
      "  2  invalid input or usage; an output that is one of the inputs\n"
      "  3  an output could not be written; forms: a form exists (see forms -h)\n\n"
      "Options follow one convention in every command: docs/cli.md (what changed: "
      "docs/cli.md#changes).\n"
      "Environment: NO_COLOR disables colour; SOURCE_DATE_EPOCH fixes workbook timestamps.");
  app.set_version_flag("--version", cli::version_line("tender-score"));

  // One --color for every subcommand: also read for the error messages.
  cli::ColourMode colour = cli::ColourMode::automatic;

  commands::ScoreFormsOptions forms;
  CLI::App* forms_command = app.add_subcommand(
      "forms",
      "Write one blank scoring form (.xlsx) per evaluator for the registrations that "
      "pass tender-check");
  forms_command->add_option("TENDER", forms.tender_file, "The tender file (with [preselection])")
      ->required()
      ->option_text("FILE");
  forms_command
      ->add_option("REGISTRATIONS", forms.registrations,
                   "Registration files, or directories meaning every *.toml file in them (any "
                   "other entry is named as skipped)")
      ->required()
      ->option_text("(FILE | DIR)...");
  forms_command
      ->add_option("--dir", forms.output_directory,
                   "The folder for the forms (created when missing); a form that exists there is "
                   "never overwritten without --force")
      ->required()
      ->option_text("DIR");
  forms_command->add_flag("-f,--force", forms.force,
                          "Replace forms and the scores template that exist (filled-in scores "
                          "in them are lost)");
  cli::retire_option(*forms_command, "-o,--output", cli::words::forms_folder_moved);
  cli::add_language_option(*forms_command, forms.language);
  cli::add_colour_option(*forms_command, colour);

  commands::ScoreCollectOptions collect;
  CLI::App* collect_command =
      app.add_subcommand("collect",
                         "Read filled forms (.xlsx, .csv or .toml) into one scores file and report "
                         "which scores are still missing");
  collect_command->add_option("TENDER", collect.tender_file, "The tender file")
      ->required()
      ->option_text("FILE");
  collect_command
      ->add_option("FORMS", collect.forms,
                   "Filled forms or score files, or directories meaning those directly in them "
                   "(any other entry is named as skipped)")
      ->required()
      ->option_text("FILE...");
  collect_command
      ->add_option("-o,--output", collect.output,
                   "The scores file to write (TOML); rewritten from the forms each run, it is "
                   "never written over a consensus, comment or score entered into it by hand "
                   "(exit 3): keep the committee's decisions in a consensus file for rank; '-': "
                   "standard output, with the progress report on standard error")
      ->required()
      ->option_text("FILE");
  cli::add_format_option(*collect_command, collect.format, commands::collect_formats(),
                         "Progress report format");
  cli::add_language_option(*collect_command, collect.language);
  cli::add_colour_option(*collect_command, colour);

  commands::ScoreRankOptions rank;
  CLI::App* rank_command = app.add_subcommand(
      "rank",
      "Rank the candidates: consensus, weighted totals, cut-off, tie-breaks; write the "
      "ranking workbook and a report");
  rank_command->add_option("TENDER", rank.tender_file, "The tender file")
      ->required()
      ->option_text("FILE");
  rank_command->add_option("SCORES", rank.scores, "Scores files (from collect)")
      ->required()
      ->option_text("FILE...");
  rank_command
      ->add_option("--consensus", rank.consensus,
                   "A consensus file: the committee's decided scores, kept apart from the "
                   "scores that collect rewrites (may be repeated)")
      ->option_text("FILE");
  cli::add_format_option(*rank_command, rank.format, commands::rank_formats(), "Report format");
  cli::add_report_option(*rank_command, rank.output);
  cli::add_workbook_option(*rank_command, rank.workbook,
                           "ranking, criteria, consensus, evaluators' scores and audit");
  cli::retire_option(*rank_command, "--report", cli::words::report_option_gone);
  cli::add_language_option(*rank_command, rank.language);
  cli::add_colour_option(*rank_command, colour);

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
