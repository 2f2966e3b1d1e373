// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/match/match.hpp>
#include <tenderkit/model/register.hpp>
#include <tenderkit/model/registration.hpp>
#include <tenderkit/model/tender.hpp>

#include <chrono>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::report {

/// Which question of tender-match a report answers.
enum class MatchQuestion { compose, complete, market };

/// "compose", "complete", "market".
std::string_view to_string(MatchQuestion question);

/// Everything a tender-match report shows: the inputs and the engine's answer to one question.
struct MatchReport {
  MatchQuestion question = MatchQuestion::compose;
  Tender tender;
  ProviderRegister providers;
  std::chrono::milliseconds time_limit{0};
  std::optional<match::ComposeResult> compose;    ///< with MatchQuestion::compose
  std::optional<Registration> registration;       ///< complete: the registration as read
  std::optional<match::CompleteResult> complete;  ///< with MatchQuestion::complete
  std::optional<match::MarketResult> market;      ///< with MatchQuestion::market
  /// market: registrations already received (files), whose members were left out of the map.
  std::vector<std::string> received;
  /// market: the KvK numbers left out because they take part in a received registration.
  std::vector<std::string> left_out;
  /// The registration file written for each proposal (compose: per proposal; complete: the
  /// completed registration; market: per consortium of the partition), in order; empty when
  /// --write-registrations was not given.
  std::vector<std::string> written;

  /// True when the question has an answer: a proposal, a completion, a compliant consortium.
  bool answered() const;
};

struct MatchRenderOptions {
  bool colour = false;  ///< ANSI colours in text output (only for terminals)
  std::string_view tool_version;
};

/// The report for a terminal, in the tender's language.
void write_match_text(std::ostream& out, const MatchReport& report,
                      const MatchRenderOptions& options);

/// Stable JSON for scripts, `"schema": 1` (docs/schema/tender-match.schema.json); messages in
/// both languages.
void write_match_json(std::ostream& out, const MatchReport& report,
                      const MatchRenderOptions& options);

/// GitHub-flavoured Markdown, in the tender's language.
void write_match_markdown(std::ostream& out, const MatchReport& report,
                          const MatchRenderOptions& options);

}  // namespace tenderkit::report
