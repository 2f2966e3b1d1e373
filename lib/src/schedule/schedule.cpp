// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/sha256.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/schedule/schedule.hpp>
#include <tenderkit/schedule/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <set>
#include <unordered_map>

namespace tenderkit::schedule {

using calendar::Date;
using calendar::DeadlineRule;
using calendar::Duration;
using calendar::DurationUnit;

namespace {

Duration negated(Duration duration) {
  return Duration{-duration.amount, duration.unit};
}

// The contract year (1 = the first) that holds `date`; 0 before the start.
int contract_year_of(const Date& start, const Date& date) {
  if (date < start) {
    return 0;
  }
  int years = int(date.year()) - int(start.year());
  while (years > 0 && calendar::add_years(start, years) > date) {
    --years;
  }
  while (calendar::add_years(start, years + 1) <= date) {
    ++years;
  }
  return years + 1;
}

using wording::integer;
using wording::localized;
using wording::say;

// Years, quarters and ids are written as text: 2023, not 2.023.
wording::Argument year_text(std::string_view name, int year) {
  return wording::text(name, std::to_string(year));
}

LocalizedText duration_text(const Duration& duration) {
  return LocalizedText{calendar::to_text(duration, Language::en),
                       calendar::to_text(duration, Language::nl)};
}

// "1 oktober" / "1 October".
LocalizedText month_day_text(calendar::MonthDay month_day) {
  return LocalizedText{calendar::to_text(month_day, Language::en),
                       calendar::to_text(month_day, Language::nl)};
}

// "14 mei 2022" / "14 May 2022".
LocalizedText date_text(calendar::Date date) {
  return LocalizedText{calendar::to_long_text(date, Language::en),
                       calendar::to_long_text(date, Language::nl)};
}

// Builds the milestones of one contract.
class ContractMilestones {
 public:
  ContractMilestones(const Contract& contract, const ContractDates& dates,
                     const calendar::WorkingDayCalendar& calendar, std::vector<Milestone>& out)
      : contract_(contract), dates_(dates), calendar_(calendar), out_(out) {}

  // `counted_in`: the day whose contract year the milestone belongs to, when not its own date (a
  // report due after the term belongs to the last year it reports on, not to a year 10).
  void add(MilestoneKind kind, std::string id_suffix, Date nominal, LocalizedText description,
           std::optional<Date> counted_in = std::nullopt) {
    Milestone milestone;
    milestone.id = contract_.id + "/" + id_suffix;
    milestone.owner = contract_.id;
    milestone.kind = kind;
    milestone.rule = contract_.deadline_rules[static_cast<std::size_t>(kind)];
    const calendar::MovedDate moved = calendar_.apply(nominal, milestone.rule);
    milestone.date = moved.date;
    milestone.moved_from = moved.moved_from;
    milestone.move_reason = moved.reason;
    milestone.contract_year = contract_year_of(contract_.start, counted_in.value_or(nominal));
    milestone.description = std::move(description);
    out_.push_back(std::move(milestone));
  }

  void build() {
    if (contract_.start_phase) {
      const std::string& phase = contract_.start_phase->id;
      add(MilestoneKind::start, "start", contract_.start,
          say(words::milestone_start_with_phase, {wording::text("phase", phase)}));
    } else {
      add(MilestoneKind::start, "start", contract_.start, wording::label(words::milestone_start));
    }
    add_yearly();
    add_reports();
    add_evaluations();
    add_extension_decision();
    add_end_of_term();
  }

 private:
  bool within_term(Date date) const {
    return date >= contract_.start && date <= dates_.current_end;
  }

  void add_yearly() {
    const int first_year = int(contract_.start.year());
    const int last_year = int(dates_.current_end.year());
    for (int year = first_year; year <= last_year; ++year) {
      for (const calendar::MonthDay& moment : contract_.intake_moments) {
        const Date date = calendar::in_year(moment, year);
        if (within_term(date)) {
          add(MilestoneKind::intake, "intake-" + calendar::to_iso(date), date,
              wording::label(words::milestone_intake));
        }
      }
      if (contract_.budget_agreement) {
        const Date date = calendar::in_year(*contract_.budget_agreement, year);
        if (within_term(date)) {
          add(MilestoneKind::budget, fmt::format("budget-{}", year), date,
              say(words::milestone_budget, {year_text("year", year + 1)}));
        }
      }
      if (contract_.indexation) {
        const Date date = calendar::in_year(*contract_.indexation, year);
        if (within_term(date) && date != contract_.start) {
          add(MilestoneKind::indexation, fmt::format("indexation-{}", year), date,
              say(words::milestone_indexation, {year_text("year", year)}));
        }
      }
    }
  }

  void add_reports() {
    if (!contract_.reporting) {
      return;
    }
    const Reporting& reporting = *contract_.reporting;
    const unsigned months_per_period = reporting.cadence == ReportingCadence::monthly     ? 1
                                       : reporting.cadence == ReportingCadence::quarterly ? 3
                                                                                          : 12;
    const unsigned start_month = unsigned(contract_.start.month());
    const unsigned first_month = (start_month - 1) / months_per_period * months_per_period + 1;
    Date period_start{contract_.start.year(), std::chrono::month(first_month), std::chrono::day(1)};
    while (period_start <= dates_.current_end) {
      const Date next = calendar::add_months(period_start, months_per_period);
      const Date period_end = calendar::add_days(next, -1);
      const int year = int(period_start.year());
      const unsigned month = unsigned(period_start.month());
      std::string suffix;
      LocalizedText description;
      switch (reporting.cadence) {
        case ReportingCadence::monthly:
          suffix = fmt::format("report-{}-{:02}", year, month);
          description =
              say(words::milestone_report_month,
                  {localized("month", {std::string(calendar::month_name(month, Language::en)),
                                       std::string(calendar::month_name(month, Language::nl))}),
                   year_text("year", year)});
          break;
        case ReportingCadence::quarterly: {
          const unsigned quarter = (month - 1) / 3 + 1;
          suffix = fmt::format("report-{}-q{}", year, quarter);
          description = say(words::milestone_report_quarter,
                            {year_text("quarter", int(quarter)), year_text("year", year)});
          break;
        }
        case ReportingCadence::yearly:
          suffix = fmt::format("report-{}", year);
          description = say(words::milestone_report_year, {year_text("year", year)});
          break;
      }
      add(MilestoneKind::report, std::move(suffix),
          calendar::add_days(period_end, reporting.due_after_days), std::move(description),
          std::min(period_end, dates_.current_end));
      period_start = next;
    }
  }

  void add_evaluations() {
    for (int year : contract_.evaluations_after_years) {
      const Date evaluation = calendar::add_years(contract_.start, year);
      if (contract_.notice_period) {
        add(MilestoneKind::notice, fmt::format("notice-{}", year),
            calendar_.add(evaluation, negated(*contract_.notice_period)),
            say(words::milestone_notice,
                {year_text("year", year),
                 localized("notice", duration_text(*contract_.notice_period))}));
      }
      add(MilestoneKind::evaluation, fmt::format("evaluation-{}", year), evaluation,
          say(words::milestone_evaluation, {year_text("year", year)}));
    }
  }

  void add_extension_decision() {
    const Extensions& extensions = contract_.extensions;
    if (extensions.options_left() <= 0 || !extensions.decide_before) {
      return;
    }
    const int option = extensions.used + 1;
    add(MilestoneKind::extension_decision, fmt::format("extension-decision-{}", option),
        calendar_.add(calendar::add_days(dates_.current_end, 1),
                      negated(*extensions.decide_before)),
        say(words::milestone_extension_decision,
            {integer("option", option), integer("count", extensions.count),
             localized("length", duration_text(extensions.length))}));
  }

  void add_end_of_term() {
    const int left = contract_.extensions.options_left();
    LocalizedText description = dates_.retender
                                    ? wording::label(words::milestone_end_retender)
                                    : wording::say_count(left, words::milestone_end_one_option,
                                                         words::milestone_end_options);
    add(MilestoneKind::end_of_term, "end-of-term", dates_.current_end, std::move(description));
    out_.back().annex_description = display_name(MilestoneKind::end_of_term);
  }

  const Contract& contract_;
  const ContractDates& dates_;
  const calendar::WorkingDayCalendar& calendar_;
  std::vector<Milestone>& out_;
};

ContractDates dates_of(const Contract& contract) {
  ContractDates dates;
  dates.initial_end = *last_day_of_initial_term(contract);  // the loader demands term or end
  dates.current_end = dates.initial_end;
  for (int option = 0; option < contract.extensions.used; ++option) {
    dates.current_end = contract.extensions.extend(dates.current_end);
  }
  dates.latest_end = dates.current_end;
  for (int option = 0; option < contract.extensions.options_left(); ++option) {
    dates.latest_end = contract.extensions.extend(dates.latest_end);
  }
  dates.retender = contract.extensions.options_left() == 0;
  return dates;
}

// At least as many milestones as ContractMilestones::build() adds for the contract.
std::size_t milestone_bound(const Contract& contract, const ContractDates& dates) {
  const auto years =
      static_cast<std::size_t>(int(dates.current_end.year()) - int(contract.start.year()) + 1);
  std::size_t reports = 0;
  if (contract.reporting) {
    const std::size_t per_year = contract.reporting->cadence == ReportingCadence::monthly     ? 12
                                 : contract.reporting->cadence == ReportingCadence::quarterly ? 4
                                                                                              : 1;
    reports = years * per_year;
  }
  return years * (contract.intake_moments.size() + 2) + reports +
         2 * contract.evaluations_after_years.size() + 3;
}

// The timeline's dates in dependency order; `shifts` may be empty (the plan as written).
Result<std::vector<PhaseDates>> compute_timeline(const std::vector<Phase>& phases,
                                                 const std::vector<Shift>& shifts,
                                                 const calendar::WorkingDayCalendar& calendar,
                                                 const std::string& file) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < phases.size(); ++i) {
    index.emplace(phases[i].id, i);
  }
  std::vector<PhaseDates> dates(phases.size());
  std::vector<bool> done(phases.size(), false);
  // The loader rejected cycles and unknown references, so repeated passes finish.
  std::size_t remaining = phases.size();
  while (remaining > 0) {
    const std::size_t before = remaining;
    for (std::size_t i = 0; i < phases.size(); ++i) {
      const Phase& phase = phases[i];
      if (done[i] || !std::all_of(phase.after.begin(), phase.after.end(),
                                  [&](const PhaseReference& reference) {
                                    return done[index.at(reference.id)];
                                  })) {
        continue;
      }
      Date start;
      std::optional<std::size_t> last_followed;  // of the phases it follows, the one ending last
      if (phase.fixed_start) {
        start = *phase.fixed_start;
      } else {
        for (const PhaseReference& reference : phase.after) {
          const std::size_t j = index.at(reference.id);
          if (!last_followed || dates[j].end.date > dates[*last_followed].end.date) {
            last_followed = j;
          }
        }
        start = calendar.add(calendar::add_days(dates[*last_followed].end.date, 1), phase.lag);
      }
      std::optional<Date> fixed_end = phase.fixed_end;
      for (const Shift& shift : shifts) {
        if (shift.phase_id == phase.id) {
          start = calendar.add(start, shift.by);
          if (fixed_end) {
            fixed_end = calendar.add(*fixed_end, shift.by);
          }
          dates[i].shift = shift.by;
        }
      }
      const calendar::MovedDate moved_start = calendar.apply(start, phase.start_rule);
      calendar::MovedDate moved_end = moved_start;
      if (phase.kind != PhaseKind::milestone) {
        Date end;
        if (fixed_end) {
          end = *fixed_end;
        } else {
          end = calendar.last_day_of_period(moved_start.date, *phase.duration);
        }
        moved_end = calendar.apply(end, phase.end_rule);
      }
      if (moved_end.date < moved_start.date) {
        return Error::input(
            wording::say(words::phase_starts_after_end,
                         {wording::text("phase", phase.id),
                          wording::text("start", calendar::to_iso(moved_start.date)),
                          wording::text("end", calendar::to_iso(moved_end.date))}),
            phase.where, wording::label(words::give_duration));
      }
      if (int(moved_end.date.year()) > calendar::kLastYear) {
        return Error::input(
            wording::say(words::phase_ends_beyond_years,
                         {wording::text("phase", phase.id),
                          wording::text("year", std::to_string(calendar::kLastYear))}),
            phase.where);
      }
      dates[i].start = moved_start;
      dates[i].end = moved_end;
      if (last_followed && moved_start.date <= dates[*last_followed].end.date) {
        dates[i].overlaps = phases[*last_followed].id;
      }
      done[i] = true;
      --remaining;
    }
    if (remaining == before) {
      return Error::input(wording::label(words::phases_cycle), SourceLocation(file, 0, 0));
    }
  }
  return dates;
}

void add_timeline_milestones(const std::vector<Phase>& phases, const std::vector<PhaseDates>& dates,
                             std::vector<Milestone>& out) {
  for (std::size_t i = 0; i < phases.size(); ++i) {
    const Phase& phase = phases[i];
    const auto add = [&](MilestoneKind kind, const std::string& id, const calendar::MovedDate& date,
                         DeadlineRule rule, LocalizedText description) {
      Milestone milestone;
      milestone.id = std::string(kTimelineOwner) + "/" + id;
      milestone.owner = std::string(kTimelineOwner);
      milestone.kind = kind;
      milestone.rule = rule;
      milestone.date = date.date;
      milestone.moved_from = date.moved_from;
      milestone.move_reason = date.reason;
      milestone.description = std::move(description);
      out.push_back(std::move(milestone));
    };
    if (phase.kind == PhaseKind::milestone) {
      add(MilestoneKind::timeline_milestone, phase.id, dates[i].start, phase.start_rule,
          {phase.name, phase.name});
    } else {
      add(MilestoneKind::phase_start, phase.id + "/start", dates[i].start, phase.start_rule,
          say(words::milestone_phase_start, {wording::text("name", phase.name)}));
      add(MilestoneKind::phase_end, phase.id + "/end", dates[i].end, phase.end_rule,
          say(words::milestone_phase_end, {wording::text("name", phase.name)}));
    }
  }
}

}  // namespace

std::string schedule_version(
    const std::vector<std::pair<std::string, std::string>>& role_and_sha256,
    const std::vector<Shift>& shifts) {
  std::string lines;
  for (const auto& [role, sha256] : role_and_sha256) {
    lines += fmt::format("{}  {}\n", sha256, role);
  }
  for (const Shift& shift : shifts) {
    lines += fmt::format("shift {}\n", shift.text);
  }
  return sha256_hex(lines);
}

bool is_deadline(MilestoneKind kind) {
  return kind == MilestoneKind::notice || kind == MilestoneKind::extension_decision ||
         kind == MilestoneKind::report || kind == MilestoneKind::budget;
}

std::vector<std::size_t> Schedule::milestones_of(std::string_view owner) const {
  std::vector<std::size_t> result;
  for (std::size_t i = 0; i < milestones.size(); ++i) {
    if (milestones[i].owner == owner) {
      result.push_back(i);
    }
  }
  return result;
}

std::vector<std::vector<std::size_t>> Schedule::milestones_by_contract() const {
  std::unordered_map<std::string_view, std::size_t> contract_index;
  contract_index.reserve(contracts.size());
  for (std::size_t i = 0; i < contracts.size(); ++i) {
    contract_index.emplace(contracts[i].id, i);
  }
  std::vector<std::vector<std::size_t>> by_contract(contracts.size());
  for (std::size_t i = 0; i < milestones.size(); ++i) {
    const auto found = contract_index.find(milestones[i].owner);
    if (found != contract_index.end()) {
      by_contract[found->second].push_back(i);
    }
  }
  return by_contract;
}

Result<Shift> parse_shift(std::string_view text) {
  const std::size_t equals = text.find('=');
  const auto usage = [&] {
    return Error::usage(
        wording::say(words::shift_expects, {wording::text("found", std::string(text))}));
  };
  if (equals == std::string_view::npos || equals == 0) {
    return usage();
  }
  std::optional<Duration> by = calendar::parse_duration(text.substr(equals + 1));
  if (!by) {
    return usage();
  }
  return Shift{std::string(text.substr(0, equals)), *by, std::string(text)};
}

Result<Schedule> build_schedule(const Tender& tender,
                                const std::vector<ContractPortfolio>& portfolios,
                                const calendar::WorkingDayCalendar& calendar,
                                const ScheduleOptions& options) {
  Schedule schedule;
  schedule.tender_id = tender.id;
  schedule.tender_title = tender.title;
  schedule.language = options.language.value_or(tender.language);
  for (const Municipality& municipality : tender.municipalities) {
    schedule.authorities.push_back(Party{municipality.legal_name, municipality.signatory});
  }
  schedule.as_of = options.as_of;
  schedule.document.date = options.as_of;  // until the caller stamps it (tender-schedule does)
  schedule.shifts = options.shifts;
  schedule.phases = tender.timeline;

  DiagnosticSink sink;
  std::map<std::string, SourceLocation> first_seen;
  const auto add_contract = [&](const Contract& contract) {
    const auto [it, inserted] = first_seen.emplace(contract.id, contract.where);
    if (!inserted) {
      sink.error(
          wording::say(words::contract_id_twice, {wording::text("id", contract.id)}),
          contract.where,
          wording::say(words::first_used_at, {wording::text("where", it->second.to_string())}));
      return;
    }
    schedule.contracts.push_back(contract);
  };
  if (tender.contract) {
    add_contract(*tender.contract);
  }
  for (const ContractPortfolio& portfolio : portfolios) {
    for (const Contract& contract : portfolio.contracts) {
      add_contract(contract);
    }
  }
  // A day of the year written MM-DD that reads otherwise as DD-MM ("10-01") is taken month first,
  // as documented; the warning says so in words, so that a wrong month cannot pass unseen. One
  // warning per text and file, at its first place, with how often it comes back: a file of 300
  // contracts that all write "10-01" gets one line, not 300.
  struct Written {
    const AmbiguousMonthDay* first;
    std::size_t more = 0;
  };
  std::vector<Written> written_days;
  for (const Contract& contract : schedule.contracts) {
    for (const AmbiguousMonthDay& written : contract.ambiguous_month_days) {
      const auto same =
          std::find_if(written_days.begin(), written_days.end(), [&](const Written& w) {
            return w.first->text == written.text && w.first->where.file == written.where.file;
          });
      if (same != written_days.end()) {
        ++same->more;
      } else {
        written_days.push_back(Written{&written});
      }
    }
  }
  for (const auto& [written, more] : written_days) {
    const calendar::MonthDay other =
        calendar::day_month_reading(written->value).value_or(written->value);
    // The day in words in the warning's language: the contracts file reads both.
    const LocalizedText again =
        more == 0
            ? LocalizedText{}
            : wording::say_count(static_cast<std::int64_t>(more), words::comes_again_one,
                                 words::comes_again_many, {wording::text("text", written->text)});
    schedule.warnings.push_back(
        Warning{written->where,
                say(words::ambiguous_month_day,
                    {wording::text("key", written->key), wording::text("text", written->text),
                     localized("date", month_day_text(written->value)),
                     localized("other", month_day_text(other)),
                     localized("words", month_day_text(written->value)),
                     wording::text("month", std::to_string(written->value.month)),
                     wording::text("day", std::to_string(written->value.day)),
                     localized("again", again)})});
  }
  std::vector<std::string> phase_ids;
  for (const Phase& phase : tender.timeline) {
    phase_ids.push_back(phase.id);
  }
  for (const Shift& shift : options.shifts) {
    if (std::find(phase_ids.begin(), phase_ids.end(), shift.phase_id) == phase_ids.end()) {
      if (phase_ids.empty()) {
        return Error::usage(wording::say(
            words::shift_no_phases,
            {wording::text("shift", shift.text), wording::text("phase", shift.phase_id)}));
      }
      return Error::usage(
          wording::say(words::shift_unknown_phase, {wording::text("shift", shift.text),
                                                    wording::text("phase", shift.phase_id)}),
          text::did_you_mean(shift.phase_id, phase_ids));
    }
  }
  if (!sink.empty()) {
    return sink.to_error();
  }

  Result<std::vector<PhaseDates>> planned =
      compute_timeline(tender.timeline, {}, calendar, tender.file);
  if (!planned) {
    return planned.error();
  }
  Result<std::vector<PhaseDates>> replanned =
      compute_timeline(tender.timeline, options.shifts, calendar, tender.file);
  if (!replanned) {
    return replanned.error();
  }
  schedule.phase_dates = std::move(*replanned);
  for (std::size_t i = 0; i < schedule.phase_dates.size(); ++i) {
    schedule.phase_dates[i].moved_by_shift =
        schedule.phase_dates[i].start.date != (*planned)[i].start.date ||
        schedule.phase_dates[i].end.date != (*planned)[i].end.date;
  }
  add_timeline_milestones(schedule.phases, schedule.phase_dates, schedule.milestones);
  for (std::size_t i = 0; i < schedule.phases.size(); ++i) {
    const PhaseDates& dates = schedule.phase_dates[i];
    if (dates.overlaps && !(*planned)[i].overlaps) {  // only what a --shift caused
      const std::size_t followed = static_cast<std::size_t>(
          std::find_if(schedule.phases.begin(), schedule.phases.end(),
                       [&](const Phase& p) { return p.id == *dates.overlaps; }) -
          schedule.phases.begin());
      schedule.warnings.push_back(
          Warning{std::nullopt,
                  say(words::shift_overlap,
                      {wording::text("phase", schedule.phases[i].id),
                       localized("start", date_text(dates.start.date)),
                       wording::text("previous", *dates.overlaps),
                       localized("end", date_text(schedule.phase_dates[followed].end.date))})});
    }
  }

  // A contract that starts with a phase starts on that phase's first day as re-planned, so
  // --shift moves it with the timeline; its date checks wait until now.
  for (Contract& contract : schedule.contracts) {
    if (!contract.start_phase) {
      continue;
    }
    const PhaseReference& reference = *contract.start_phase;
    const auto phase = std::find_if(schedule.phases.begin(), schedule.phases.end(),
                                    [&](const Phase& p) { return p.id == reference.id; });
    const SourceLocation where(contract.where.file, reference.where);
    if (phase == schedule.phases.end()) {  // parse_tender reports this; a caller may not have
      sink.error(wording::say(words::start_phase_missing, {wording::text("phase", reference.id)}),
                 where);
      continue;
    }
    contract.start =
        schedule.phase_dates[static_cast<std::size_t>(phase - schedule.phases.begin())].start.date;
    for (const ContractDateProblem& problem : contract_date_problems(contract)) {
      sink.error(wording::say(words::date_problem_at_phase,
                              {wording::localized("problem", problem.message),
                               wording::text("phase", reference.id),
                               wording::text("date", calendar::to_iso(contract.start))}),
                 where);
    }
  }
  if (!sink.empty()) {
    return sink.to_error();
  }

  schedule.dates.reserve(schedule.contracts.size());
  for (const Contract& contract : schedule.contracts) {
    schedule.dates.push_back(dates_of(contract));
  }
  // Reserved up front: growing by doubling leaves up to half the largest array unused.
  std::size_t expected = schedule.milestones.size();
  for (std::size_t i = 0; i < schedule.contracts.size(); ++i) {
    expected += milestone_bound(schedule.contracts[i], schedule.dates[i]);
  }
  schedule.milestones.reserve(expected);
  for (std::size_t i = 0; i < schedule.contracts.size(); ++i) {
    const Contract& contract = schedule.contracts[i];
    ContractMilestones(contract, schedule.dates[i], calendar, schedule.milestones).build();
  }

  // Order: date, then timeline before contracts in input order, then kind, then as generated.
  std::map<std::string_view, std::size_t> owner_rank;
  owner_rank.emplace(kTimelineOwner, 0);
  for (std::size_t i = 0; i < schedule.contracts.size(); ++i) {
    owner_rank.emplace(schedule.contracts[i].id, i + 1);
  }
  std::vector<std::size_t> order(schedule.milestones.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<std::size_t> ranks(schedule.milestones.size());
  for (std::size_t i = 0; i < schedule.milestones.size(); ++i) {
    ranks[i] = owner_rank.at(schedule.milestones[i].owner);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Milestone& left = schedule.milestones[a];
    const Milestone& right = schedule.milestones[b];
    if (left.date != right.date) {
      return left.date < right.date;
    }
    if (ranks[a] != ranks[b]) {
      return ranks[a] < ranks[b];
    }
    return left.kind < right.kind;
  });
  // Permuted in place, one cycle at a time: a sorted copy would double the largest array.
  for (std::size_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) {
      continue;
    }
    Milestone held = std::move(schedule.milestones[start]);
    std::size_t current = start;
    while (order[current] != start) {
      const std::size_t next = order[current];
      schedule.milestones[current] = std::move(schedule.milestones[next]);
      order[current] = current;
      current = next;
    }
    schedule.milestones[current] = std::move(held);
    order[current] = current;
  }

  for (std::size_t i = 0; i < schedule.milestones.size(); ++i) {
    const Milestone& milestone = schedule.milestones[i];
    const std::size_t rank = owner_rank.at(milestone.owner);
    if (rank > 0 && is_deadline(milestone.kind) && milestone.date >= options.as_of &&
        !schedule.dates[rank - 1].next_deadline) {
      schedule.dates[rank - 1].next_deadline = i;
    }
  }

  if (options.baseline != nullptr) {
    schedule.baseline_file = options.baseline->file;
    std::set<std::string_view> present;
    for (const Milestone& milestone : schedule.milestones) {
      present.insert(milestone.id);
      Change change{milestone.id, std::nullopt, milestone.date, 0};
      const auto old = options.baseline->dates.find(milestone.id);
      if (old != options.baseline->dates.end()) {
        change.old_date = old->second;
        change.days = calendar::days_between(old->second, milestone.date);
      }
      schedule.changes.push_back(std::move(change));
    }
    for (const auto& [id, date] : options.baseline->dates) {
      if (present.count(id) == 0) {
        schedule.changes.push_back(Change{id, date, std::nullopt, 0});
      }
    }
  }
  return schedule;
}

}  // namespace tenderkit::schedule
