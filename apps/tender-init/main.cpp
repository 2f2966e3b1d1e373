// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// tender-init: write a ready-to-edit tender folder from one of the shipped templates.
#include <tenderkit/cli/app.hpp>
#include <tenderkit/commands/tender_init.hpp>

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv) {
  using namespace tenderkit;
  CLI::App app{
      "Write a ready-to-edit tender folder: a fully commented tender file, one example "
      "registration, a contracts file and the bridging-days table, from a shipped template.",
      "tender-init"};
  app.footer(
      "Templates:\n"
      "  mvs        Maassluis-Vlaardingen-Schiedam: integral lot, preselection with criteria,\n"
      "             9-year contract with evaluations after years 3 and 6\n"
      "  ijmond-zk  IJmond with Zuid-Kennemerland: iJw codes, certifications, four existing\n"
      "             contracts and the 2021-2023 procurement timeline\n"
      "  blank      the least a tender needs, every key explained, to fill in\n"
      "The templates are found in $TENDERKIT_TEMPLATES, else in share/tenderkit/templates of the\n"
      "installation, else in the source tree tenderkit was built from.\n\n"
      "Exit codes:\n"
      "  0  the folder was written\n"
      "  1  (not used by tender-init)\n"
      "  2  invalid usage, e.g. an unknown template\n"
      "  3  a file exists (without --force; then nothing is written) or could not be written\n\n"
      "Options follow one convention in every command: docs/cli.md.");
  app.set_version_flag("--version", cli::version_line("tender-init"));

  commands::InitOptions options;
  std::string directory;
  cli::ColourMode colour = cli::ColourMode::automatic;
  app.add_option("DIR", directory, "The tender folder to write (created when missing)")
      ->required()
      ->option_text("PATH");
  app.add_option("-t,--template", options.template_name,
                 "The template: mvs, ijmond-zk or blank (default mvs)")
      ->option_text("NAME");
  app.add_flag("-f,--force", options.force, "Replace files that exist");
  app.add_flag("--examples", options.examples,
               "Also write the template's other example registrations and its example scores "
               "files (scores/), to try every command on");
  app.add_option_function<std::string>(
         "--lang",
         [&options](const std::string& value) {
           options.language = value == "en" ? Language::en : Language::nl;
         },
         "The new tender's language (its `language` key), which every command then uses: nl "
         "(Dutch) or en (English); default: the template's")
      ->check(cli::one_of({"nl", "en"}))
      ->option_text("{nl|en}");
  cli::add_colour_option(app, colour);

  return cli::run(
      app, argc, argv,
      [&]() -> Result<int> {
        options.directory = directory;
        return commands::run_init(options, std::cout);
      },
      &colour);
}
