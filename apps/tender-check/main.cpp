// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// tender-check: validate consortium registrations against a tender's integrality requirement.
#include <tenderkit/cli/app.hpp>
#include <tenderkit/commands/tender_check.hpp>

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <iostream>

int main(int argc, char** argv) {
  using namespace tenderkit;
  CLI::App app{
      "Check consortium registrations against a tender's integrality requirement: together the "
      "members must deliver every required service, in the right roles, municipalities and with "
      "the right certifications.",
      "tender-check"};
  app.footer(
      "A directory stands for every *.toml and *.xlsx file directly in it, in sorted order; every\n"
      "other entry (but hidden files, editor backups and Excel's lock files) is named as skipped,\n"
      "a finding with --strict.\n"
      "Rules: INT-001..INT-010 and, with ESPD responses, ESP-001..ESP-004, see docs/rules.md.\n\n"
      "Exit codes:\n"
      "  0  every registration is compliant; --registration-form: the form is written\n"
      "  1  some registration is not compliant (with --strict: or has warnings, or entries were\n"
      "     skipped)\n"
      "  2  invalid input or usage; an output that is one of the inputs\n"
      "  3  an output could not be written; --registration-form, --toml: the file exists (see\n"
      "     --force)\n\n"
      "Options follow one convention in every command: docs/cli.md.\n"
      "Environment: NO_COLOR disables colour; SOURCE_DATE_EPOCH fixes the workbook timestamp.");
  app.set_version_flag("--version", cli::version_line("tender-check"));

  commands::TenderCheckOptions options;
  cli::ColourMode colour = cli::ColourMode::automatic;
  app.add_option("TENDER", options.tender_file, "The tender file")->required()->option_text("FILE");
  app.add_option("REGISTRATIONS", options.registrations,
                 "Registration files (.toml, or filled registration forms .xlsx), or directories "
                 "meaning every *.toml and *.xlsx file in them")
      ->option_text("(FILE | DIR)...");
  cli::add_format_option(app, options.format, commands::check_formats(), "Report format");
  cli::add_report_option(app, options.output);
  cli::add_workbook_option(app, options.workbook,
                           "summary, coverage matrix and findings per registration");
  cli::add_language_option(app, options.language);
  cli::add_colour_option(app, colour);
  app.add_option("--espd", options.espd_folder,
                 "A folder of ESPD (UEA) responses (*.xml, ESPD-EDM 2.1.1 or 3.x/4.x), matched to "
                 "the members by KvK number; members may also name theirs with espd = \"FILE\"")
      ->option_text("DIR");
  app.add_flag("--strict", options.strict, "Count warnings as findings (exit 1)");
  app.add_option("--registration-form", options.registration_form,
                 "Write the tender's blank registration form (.xlsx, in the --lang language) "
                 "to FILE instead of checking ('-': standard output, not a terminal); give no "
                 "REGISTRATIONS")
      ->option_text("FILE");
  app.add_option("--toml", options.toml,
                 "Also write the one registration given (a filled registration form) as a TOML "
                 "registration file to FILE ('-': standard output)")
      ->option_text("FILE");
  app.add_flag("-f,--force", options.force,
               "Replace the file of --registration-form or --toml when it exists");

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
