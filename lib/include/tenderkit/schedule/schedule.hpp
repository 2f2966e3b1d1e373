// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/calendar/date.hpp>
#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/core/result.hpp>
#include <tenderkit/core/warning.hpp>
#include <tenderkit/model/baseline.hpp>
#include <tenderkit/model/contract.hpp>
#include <tenderkit/model/tender.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// Contract-term schedules and the procurement timeline (docs/tender-schedule.md).
namespace tenderkit::schedule {

/// The owner of the procurement timeline's milestones, where a contract id would be.
inline constexpr std::string_view kTimelineOwner = "timeline";

/// One dated line of a schedule.
struct Milestone {
  /// Unique in a schedule and stable across runs and re-plannings ("mvs/evaluation-3",
  /// "mvs/report-2024-q1", "timeline/dialogue/start"): ICS UIDs and baselines use it.
  std::string id;
  std::string owner;  ///< the contract id, or kTimelineOwner
  MilestoneKind kind = MilestoneKind::start;
  calendar::Date date;  ///< after the deadline rule
  calendar::DeadlineRule rule = calendar::DeadlineRule::none;
  std::optional<calendar::Date> moved_from;  ///< the date before the rule moved it
  LocalizedText move_reason;                 ///< why moved_from is no working day
  int contract_year = 0;  ///< the contract year the date falls in (1 = the first); 0: timeline
  LocalizedText description;
  /// The description in a contract's annex, where it differs: facts only, without what the
  /// authority has to do ("re-tender"), which belongs in the schedule.
  std::optional<LocalizedText> annex_description;

  const LocalizedText& description_in_annex() const {
    return annex_description ? *annex_description : description;
  }
};

/// A party to a contract as its annex names it.
struct Party {
  std::string name;                      ///< the legal name
  std::optional<std::string> signatory;  ///< who signs for it, when known
};

/// What identifies a document made from a schedule (an annex): its date and the version of the
/// inputs it was made from.
struct DocumentStamp {
  calendar::Date date;  ///< SOURCE_DATE_EPOCH or today
  /// SHA-256 over the SHA-256 of every input file and the re-planning (schedule_version()).
  std::string version;
};

/// The dates that sum up one contract.
struct ContractDates {
  calendar::Date initial_end;  ///< last day of the initial term
  calendar::Date current_end;  ///< last day of the term with the extensions used so far
  calendar::Date latest_end;   ///< last day if every remaining option is taken up
  bool retender = false;       ///< no extension option left: re-tender before current_end
  std::optional<std::size_t> next_deadline;  ///< index into Schedule::milestones
};

/// A phase of the procurement timeline with its computed dates.
struct PhaseDates {
  calendar::MovedDate start;                ///< after the start rule (and from where it moved)
  calendar::MovedDate end;                  ///< after the end rule; the start for a milestone
  std::optional<calendar::Duration> shift;  ///< the --shift applied to it
  bool moved_by_shift = false;              ///< its dates differ from the plan because of a --shift
  /// A phase it follows that ends on or after its start: a --shift moved it too early.
  std::optional<std::string> overlaps;
};

/// A re-planning order: move a phase (and so everything after it) by a duration.
struct Shift {
  std::string phase_id;
  calendar::Duration by;
  std::string text;  ///< as given, for messages: "dialogue=+3m"
};

/// Parses "ID=+3m" (also "ID=-2w", "ID=10wd"); a usage error says what was expected.
Result<Shift> parse_shift(std::string_view text);

/// The version of a schedule's inputs: SHA-256 of one line per input, "<sha256>  <role>\n" (as
/// sha256sum writes it), in the order given, then one line per --shift, "shift <text>\n".
std::string schedule_version(
    const std::vector<std::pair<std::string, std::string>>& role_and_sha256,
    const std::vector<Shift>& shifts);

/// How a milestone moved against the baseline.
struct Change {
  std::string id;
  std::optional<calendar::Date> old_date;  ///< empty: new milestone
  std::optional<calendar::Date> new_date;  ///< empty: no longer in the schedule
  std::int64_t days = 0;                   ///< new - old, calendar days
};

struct ScheduleOptions {
  std::vector<Shift> shifts;
  calendar::Date as_of;  ///< "next deadline" means the first on or after this day
  const Baseline* baseline = nullptr;
  /// The language of the schedule's texts (--lang); not set: the tender's.
  std::optional<Language> language = std::nullopt;
};

/// Everything tender-schedule reports.
struct Schedule {
  std::string tender_id;
  std::string tender_title;
  Language language = Language::nl;
  /// The contracting authority: the tender's municipalities, by legal name, in file order.
  std::vector<Party> authorities;
  DocumentStamp document;  ///< set by the caller (build_schedule() dates it as_of)
  calendar::Date as_of;
  std::vector<Contract> contracts;      ///< the tender's contract first, then the files' in order
  std::vector<ContractDates> dates;     ///< parallel to contracts
  std::vector<Phase> phases;            ///< the timeline, in file order
  std::vector<PhaseDates> phase_dates;  ///< parallel to phases
  std::vector<Shift> shifts;
  /// Every milestone, by date; on one date the timeline first, then contracts in order, then by
  /// kind.
  std::vector<Milestone> milestones;
  std::optional<std::string> baseline_file;
  /// What the user should know but that does not stop the run (a day of the year written MM-DD
  /// that reads otherwise as DD-MM, at its place; a --shift that makes a phase start before one it
  /// follows has ended), in both languages.
  std::vector<Warning> warnings;
  std::vector<Change> changes;  ///< against the baseline, in milestone order, removed ones last

  /// The milestones of one owner, in date order (indices into milestones).
  std::vector<std::size_t> milestones_of(std::string_view owner) const;
  /// The milestones of every contract (parallel to contracts), in date order: one pass for all,
  /// where milestones_of per contract would scan every milestone for each.
  std::vector<std::vector<std::size_t>> milestones_by_contract() const;
};

/// Computes the schedule of the tender's contract and timeline and of the portfolio's contracts.
/// Input errors: a contract id given twice (across files), a shift naming an unknown phase (with
/// the closest id), dates beyond kLastYear.
Result<Schedule> build_schedule(const Tender& tender,
                                const std::vector<ContractPortfolio>& portfolios,
                                const calendar::WorkingDayCalendar& calendar,
                                const ScheduleOptions& options);

/// The contract's term clauses in words, for annexes: term, extensions, evaluations and notice,
/// intake moments, reporting, budget, indexation, and how deadlines on days off move.
std::vector<LocalizedText> term_clauses(const Contract& contract, const ContractDates& dates);

/// The contractor as a contract's annex names it: `contractor`, else `provider`, else a note that
/// it is named at the award.
LocalizedText contractor_name(const Contract& contract);

/// "a, b and c" / "a, b en c", in both languages.
LocalizedText joined(const std::vector<LocalizedText>& parts);

/// Whether a milestone kind is a deadline someone must act by (next deadline in the overview).
bool is_deadline(MilestoneKind kind);

}  // namespace tenderkit::schedule
