// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/calendar/date.hpp>
#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/core/error.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit {

/// What a dated line of a schedule is (DOMAIN.md §4). The order is the order of the same-day
/// milestones in every output.
enum class MilestoneKind {
  start,               ///< the contract starts
  intake,              ///< a standard intake moment (instroommoment)
  indexation,          ///< yearly price indexation
  budget,              ///< yearly agreement on the maximum budget
  report,              ///< a periodic (KPI) report is due
  notice,              ///< last day to give notice of termination at an evaluation
  evaluation,          ///< evaluation after contract year N
  extension_decision,  ///< last day to decide on (or give notice against) the next extension
  end_of_term,         ///< the last day of the current term
  phase_start,         ///< a phase of the procurement timeline begins
  phase_end,           ///< a phase of the procurement timeline ends
  timeline_milestone,  ///< a one-day milestone of the procurement timeline
};
inline constexpr std::size_t kMilestoneKindCount = 12;

/// "start", "extension-decision", ... as written in files, JSON and CSV.
std::string_view to_string(MilestoneKind kind);
/// The kind in words: "Evaluatie" / "Evaluation".
const LocalizedText& display_name(MilestoneKind kind);
/// The kinds a contract's `deadline_rules` may name (the contract milestone kinds).
std::vector<std::string> contract_milestone_kind_names();
std::optional<MilestoneKind> parse_milestone_kind(std::string_view text);

/// A deadline rule for every milestone kind.
using DeadlineRules = std::array<calendar::DeadlineRule, kMilestoneKindCount>;

/// The rules that hold unless a file says otherwise (docs/input-format.md): what one must do by a
/// date (give notice, decide on an extension, agree a budget) moves to the previous working day,
/// so acting on the date shown is never late; a report due on a day off is due the next working
/// day, as the Algemene termijnenwet extends statutory terms; events stay on their date.
DeadlineRules default_deadline_rules();

/// The kind of care a contract buys (DOMAIN.md §1, §7).
enum class CareType {
  integral,
  ambulant,
  foster_care,
  residential,
  crisis,
  youth_protection,
  other
};
std::string_view to_string(CareType type);
const LocalizedText& display_name(CareType type);
std::vector<std::string> care_type_names();

enum class ReportingCadence { monthly, quarterly, yearly };
std::string_view to_string(ReportingCadence cadence);

/// Periodic reporting: a report per calendar period, due some days after the period ends.
struct Reporting {
  ReportingCadence cadence = ReportingCadence::quarterly;
  int due_after_days = 0;  ///< calendar days after the last day of the period
};

/// Options to extend the contract after its initial term.
struct Extensions {
  int count = 0;  ///< how many options the contract has
  int used = 0;   ///< how many have been taken up
  calendar::Duration length{1, calendar::DurationUnit::years};  ///< each option's length
  std::optional<calendar::Duration> decide_before;  ///< decision deadline before the term ends

  int options_left() const { return count - used; }
  /// The last day of a term that ends on `last_day`, extended by one option (which starts the
  /// next day).
  calendar::Date extend(calendar::Date last_day) const;
};

/// A reference to a phase of the procurement timeline, with where it is written.
struct PhaseReference {
  std::string id;
  TextPosition where;
};

/// A contract whose dates make a schedule: the integral contract of a tender or one of a region's
/// existing contracts.
/// A day of the year written "MM-DD" whose numbers a reader used to DD-MM reads the other way
/// ("10-01": 1 October, or 10 January?). The loader keeps it so that tender-schedule can warn.
struct AmbiguousMonthDay {
  std::string key;   ///< "intake_moments", "budget_agreement", "indexation"
  std::string text;  ///< as written: "10-01"
  calendar::MonthDay value;
  SourceLocation where;
};

struct Contract {
  std::string id;
  std::string name;
  std::string provider;
  /// The contracting party's legal name, for the annex ("Stichting Jeugdzorg Rijnmond"); the
  /// annex shows `provider` when it is not given.
  std::optional<std::string> contractor;
  CareType care_type = CareType::other;
  calendar::Date start;
  /// The tender's own contract may start with a phase of the timeline (`start =
  /// "dienstverlening"`): build_schedule() sets `start` to that phase's first day, re-planned by
  /// --shift.
  std::optional<PhaseReference> start_phase;
  /// The initial term: either a duration from the start or an explicit last day.
  std::optional<calendar::Duration> term;
  std::optional<calendar::Date> initial_end;
  Extensions extensions;
  std::vector<int> evaluations_after_years;         ///< evaluation after contract year N, ascending
  std::optional<calendar::Duration> notice_period;  ///< before an evaluation, to terminate there
  std::vector<calendar::MonthDay> intake_moments;   ///< ascending
  std::optional<Reporting> reporting;
  std::optional<calendar::MonthDay> budget_agreement;
  std::optional<calendar::MonthDay> indexation;
  DeadlineRules deadline_rules = default_deadline_rules();
  SourceLocation where;
  /// The days of the year above that were written in the ambiguous MM-DD form, in file order.
  std::vector<AmbiguousMonthDay> ambiguous_month_days;
};

/// The last day of the initial term: `end`, or the day before the start plus `term`; nothing when
/// the contract has neither (which the loader reports).
std::optional<calendar::Date> last_day_of_initial_term(const Contract& contract);

/// A problem with a contract's dates, and the key it concerns ("end", "term", "evaluations").
struct ContractDateProblem {
  LocalizedText message;
  std::string_view key;
};

/// The checks that need the start date: an end before the start, a term beyond the years tenderkit
/// handles, an evaluation after the end of the term. input::read_contract() runs them on a contract
/// with a start date; schedule::build_schedule() on one that starts with a phase, once the phase
/// has its date.
std::vector<ContractDateProblem> contract_date_problems(const Contract& contract);

/// What a step of the procurement timeline is.
enum class PhaseKind {
  phase,       ///< a period with a start and an end
  milestone,   ///< one day
  standstill,  ///< the standstill period (Alcatel): >= 20 calendar days, ends on a working day
};
std::string_view to_string(PhaseKind kind);

/// A phase or milestone of the procurement timeline (DOMAIN.md §1). It starts on a fixed date or
/// the day after the latest end of the phases it follows, plus a lag; it lasts a duration or ends
/// on a fixed date.
struct Phase {
  std::string id;
  std::string name;
  PhaseKind kind = PhaseKind::phase;
  std::optional<calendar::Date> fixed_start;
  std::vector<PhaseReference> after;
  calendar::Duration lag{};                    ///< added to the day after the latest end
  std::optional<calendar::Duration> duration;  ///< phases; never for milestones
  std::optional<calendar::Date> fixed_end;     ///< instead of a duration
  calendar::DeadlineRule start_rule = calendar::DeadlineRule::none;
  calendar::DeadlineRule end_rule = calendar::DeadlineRule::none;
  SourceLocation where;
};

/// A set of existing contracts, from a contracts file.
struct ContractPortfolio {
  std::vector<Contract> contracts;
  std::string file;
};

}  // namespace tenderkit
