// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// tender-score: preselection score sheets, from blank evaluator forms to the ranked cut-off.
#include <tenderkit/cli/app.hpp>
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
      "Environment: NO_COLOR disables colour; SOURCE_DATE_EPOCH fixes workbook timestamps.");
  app.set_version_flag("--version", cli::version_line("tender-score"));

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
      ->add_option("-o,--output", forms.output_directory,
                   "Directory for the forms (created when missing); a form that exists there is "
                   "never overwritten without --force")
      ->required()
      ->option_text("DIR");
  forms_command->add_flag("-f,--force", forms.force,
                          "Replace forms and the scores template that exist (filled-in scores "
                          "in them are lost)");

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
  collect_command->add_option("--format", collect.format, "Progress report format")
      ->check(CLI::IsMember({"text", "json"}))
      ->option_text("{text|json}");

  commands::ScoreRankOptions rank;
  cli::OutputOptions rank_output;
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
  rank_command
      ->add_option("-o,--output", rank.workbook,
                   "The ranking workbook to write (.xlsx); '-': standard output (not a terminal)")
      ->option_text("FILE");
  rank_command->add_option("--format", rank_output.format, "Report format on standard output")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->option_text("{text|json|markdown}");
  rank_command
      ->add_option("--report", rank.report,
                   "Write the report to FILE instead ('-': standard output)")
      ->option_text("FILE");

  return cli::run(app, argc, argv, [&]() -> Result<int> {
    if (forms_command->parsed()) {
      return commands::run_score_forms(forms, std::cout, std::cerr);
    }
    if (collect_command->parsed()) {
      return commands::run_score_collect(collect, std::cout, std::cerr);
    }
    rank.format = rank_output.format;
    rank.colour = rank.format == "text" && cli::writes_to_standard_output(rank.report) &&
                  cli::colour_enabled(cli::ColourMode::automatic, STDOUT_FILENO);
    return commands::run_score_rank(rank, std::cout, std::cerr);
  });
}
