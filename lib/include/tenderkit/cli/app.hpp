// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/cli/cli.hpp>
#include <tenderkit/core/result.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

/// The command-line side of the commands: CLI11 options and the one place that runs a command.
/// Only the apps include this (CLI11 is a heavy header; the library's commands do not need it).
namespace tenderkit::cli {

/// Adds --format (one of `formats`), -o/--output and --color.
void add_output_options(CLI::App& app, OutputOptions& options,
                        const std::vector<std::string>& formats);

/// Adds --color {auto|always|never}.
void add_colour_option(CLI::App& app, ColourMode& mode);

/// Parses the command line and runs the command in one place that turns every failure into a
/// message on stderr and an exit code: usage errors 2 (--help and --version 0), tenderkit errors
/// by kind, unexpected exceptions 2 with "internal error".
int run(CLI::App& app, int argc, char** argv, const std::function<Result<int>()>& command);

}  // namespace tenderkit::cli
