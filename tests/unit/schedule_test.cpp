// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/input/baseline_file.hpp>
#include <tenderkit/input/contracts_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/report/schedule_report.hpp>
#include <tenderkit/schedule/schedule.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

// Every expected date here was worked out by hand (calendar and weekday) and checked with Python's
// datetime, dateutil.easter and python3-holidays, not read off the program's output.

namespace tenderkit::schedule {
namespace {

using calendar::Date;
using calendar::DeadlineRule;
using calendar::Duration;
using calendar::DurationUnit;
using test_support::describe;
using test_support::expect_input_error;
using test_support::TempDir;

Date date(std::string_view iso) {
  const std::optional<Date> parsed = calendar::parse_iso_date(iso);
  EXPECT_TRUE(parsed.has_value()) << iso;
  return parsed.value_or(Date{});
}

std::string template_path(std::string_view region, std::string_view file) {
  return (std::filesystem::path(TENDERKIT_SOURCE_DIR) / "templates" / region / file).string();
}

// An English tender "mvs" with the keys tender_file requires; what follows starts on line 13.
constexpr std::string_view kHead = R"(id = "mvs"
title = "Jeugdhulp MVS"
language = "en"

[[municipality]]
id = "maassluis"
name = "Maassluis"

[[service]]
id = "ambulant"
name = "Ambulant"

)";

// The MVS integral contract (templates/mvs/tender.toml) with intake moments added.
constexpr std::string_view kMvsContract = R"([contract]
name = "Integrale jeugdhulp MVS"
start = 2023-01-01
term = "9y"
extension = { options = 0 }
evaluations = [3, 6]
notice_period = "6m"
intake_moments = ["04-01", "10-01"]
reporting = { cadence = "quarterly", due_after_days = 30 }
budget_agreement = "10-01"
indexation = "01-01"
deadline_rules = { report = "next-working-day", notice = "previous-working-day" }
)";

Tender tender_of(std::string_view rest) {
  Result<Tender> tender = input::parse_tender(std::string(kHead) + std::string(rest), "t.toml");
  EXPECT_TRUE(tender) << describe(tender.error());
  return tender ? *tender : Tender{};
}

ContractPortfolio contracts_of(std::string_view text) {
  Result<ContractPortfolio> portfolio = input::parse_contracts(text, "c.toml");
  EXPECT_TRUE(portfolio) << describe(portfolio.error());
  return portfolio ? *portfolio : ContractPortfolio{};
}

ScheduleOptions as_of(std::string_view iso) {
  ScheduleOptions options;
  options.as_of = date(iso);
  return options;
}

// Each warning as "where: message" in one language, as tender-schedule prints it.
std::vector<std::string> warning_lines(const Schedule& schedule, Language language) {
  std::vector<std::string> lines;
  for (const Warning& warning : schedule.warnings) {
    lines.push_back((warning.where ? warning.where->to_string() + ": " : std::string()) +
                    warning.message.in(language));
  }
  return lines;
}

Schedule build(const Tender& tender, const std::vector<ContractPortfolio>& portfolios = {},
               const ScheduleOptions& options = as_of("2024-01-01"),
               const calendar::WorkingDayCalendar& calendar = calendar::WorkingDayCalendar()) {
  Result<Schedule> schedule = build_schedule(tender, portfolios, calendar, options);
  EXPECT_TRUE(schedule) << describe(schedule.error());
  return schedule ? std::move(schedule).value() : Schedule{};
}

const Milestone* find(const Schedule& schedule, std::string_view id) {
  for (const Milestone& milestone : schedule.milestones) {
    if (milestone.id == id) {
      return &milestone;
    }
  }
  return nullptr;
}

// The milestone's date, and "moved from <date> (<reason>)" when a rule moved it.
std::string dated(const Schedule& schedule, std::string_view id) {
  const Milestone* milestone = find(schedule, id);
  if (milestone == nullptr) {
    return "<no " + std::string(id) + ">";
  }
  std::string text = calendar::to_iso(milestone->date);
  if (milestone->moved_from) {
    text += " moved from " + calendar::to_iso(*milestone->moved_from) + " (" +
            milestone->move_reason.en + " / " + milestone->move_reason.nl + ")";
  }
  return text;
}

std::size_t count_kind(const Schedule& schedule, std::string_view owner, MilestoneKind kind) {
  return static_cast<std::size_t>(
      std::count_if(schedule.milestones.begin(), schedule.milestones.end(),
                    [&](const Milestone& m) { return m.owner == owner && m.kind == kind; }));
}

std::size_t phase_index(const Schedule& schedule, std::string_view id) {
  for (std::size_t i = 0; i < schedule.phases.size(); ++i) {
    if (schedule.phases[i].id == id) {
      return i;
    }
  }
  ADD_FAILURE() << "no phase " << id;
  return 0;
}

// "start..end" of a phase after its rules.
std::string span(const Schedule& schedule, std::string_view id) {
  const PhaseDates& dates = schedule.phase_dates[phase_index(schedule, id)];
  return calendar::to_iso(dates.start.date) + ".." + calendar::to_iso(dates.end.date);
}

// --- A contract's milestones ---------------------------------------------------------------------

TEST(ScheduleContract, NineYearContractWithEvaluationsAfterYearsThreeAndSix) {
  const Schedule schedule = build(tender_of(kMvsContract));
  ASSERT_EQ(schedule.contracts.size(), 1U);
  EXPECT_EQ(schedule.contracts[0].id, "mvs");
  const ContractDates& dates = schedule.dates[0];
  EXPECT_EQ(dates.initial_end, date("2031-12-31"));
  EXPECT_EQ(dates.current_end, date("2031-12-31"));
  EXPECT_EQ(dates.latest_end, date("2031-12-31"));
  EXPECT_TRUE(dates.retender);

  // 2023-01-01 is a Sunday and New Year's Day: the start's rule is none, so it stays.
  EXPECT_EQ(dated(schedule, "mvs/start"), "2023-01-01");
  // The anniversaries 2026-01-01 (Thursday) and 2029-01-01 (Monday), both New Year's Day; an
  // evaluation is an event and stays on its date.
  EXPECT_EQ(dated(schedule, "mvs/evaluation-3"), "2026-01-01");
  EXPECT_EQ(dated(schedule, "mvs/evaluation-6"), "2029-01-01");
  EXPECT_EQ(find(schedule, "mvs/evaluation-3")->contract_year, 4);
  EXPECT_EQ(find(schedule, "mvs/evaluation-6")->contract_year, 7);
  // Six months before: 2025-07-01 is a Tuesday; 2028-07-01 a Saturday, so Friday 30 June.
  EXPECT_EQ(dated(schedule, "mvs/notice-3"), "2025-07-01");
  EXPECT_EQ(dated(schedule, "mvs/notice-6"),
            "2028-06-30 moved from 2028-07-01 (Saturday / zaterdag)");
  EXPECT_EQ(find(schedule, "mvs/notice-6")->contract_year, 6);  // from the nominal date
  EXPECT_EQ(dated(schedule, "mvs/end-of-term"), "2031-12-31");
  EXPECT_EQ(find(schedule, "mvs/end-of-term")->description.en,
            "End of term: no extension option left, re-tender");
  EXPECT_EQ(find(schedule, "mvs/end-of-term")->contract_year, 9);
  EXPECT_EQ(find(schedule, "mvs/extension-decision-1"), nullptr);

  EXPECT_EQ(count_kind(schedule, "mvs", MilestoneKind::start), 1U);
  EXPECT_EQ(count_kind(schedule, "mvs", MilestoneKind::intake), 18U);     // 2 x 2023..2031
  EXPECT_EQ(count_kind(schedule, "mvs", MilestoneKind::indexation), 8U);  // 2024..2031
  EXPECT_EQ(count_kind(schedule, "mvs", MilestoneKind::budget), 9U);      // 2023..2031
  EXPECT_EQ(count_kind(schedule, "mvs", MilestoneKind::report), 36U);     // 9 x 4 quarters
  EXPECT_EQ(count_kind(schedule, "mvs", MilestoneKind::notice), 2U);
  EXPECT_EQ(count_kind(schedule, "mvs", MilestoneKind::evaluation), 2U);
  EXPECT_EQ(count_kind(schedule, "mvs", MilestoneKind::end_of_term), 1U);
  EXPECT_EQ(schedule.milestones.size(), 77U);
}

TEST(ScheduleContract, TheMvsTemplateGivesTheSameDates) {
  Result<Tender> tender = input::load_tender(template_path("mvs", "tender.toml"));
  ASSERT_TRUE(tender) << describe(tender.error());
  const Schedule schedule = build(*tender);
  EXPECT_EQ(dated(schedule, "mvs-jeugdhulp-2023/start"), "2023-01-01");
  EXPECT_EQ(dated(schedule, "mvs-jeugdhulp-2023/evaluation-3"), "2026-01-01");
  EXPECT_EQ(dated(schedule, "mvs-jeugdhulp-2023/evaluation-6"), "2029-01-01");
  EXPECT_EQ(dated(schedule, "mvs-jeugdhulp-2023/notice-6"),
            "2028-06-30 moved from 2028-07-01 (Saturday / zaterdag)");
  EXPECT_EQ(dated(schedule, "mvs-jeugdhulp-2023/end-of-term"), "2031-12-31");
  // No intake moments in the template: 77 - 18.
  EXPECT_EQ(schedule.milestones.size(), 59U);
}

TEST(ScheduleContract, YearlyMilestonesSkipTheStartDayAndLeapDays) {
  const Schedule schedule = build(tender_of(kMvsContract));
  EXPECT_EQ(find(schedule, "mvs/indexation-2023"), nullptr);  // the start day itself
  EXPECT_EQ(dated(schedule, "mvs/indexation-2024"), "2024-01-01");
  EXPECT_EQ(dated(schedule, "mvs/indexation-2031"), "2031-01-01");
  // Budget: 2023-10-01 is a Sunday, agreed by Friday 29 September (previous working day).
  EXPECT_EQ(dated(schedule, "mvs/budget-2023"),
            "2023-09-29 moved from 2023-10-01 (Sunday / zondag)");
  EXPECT_EQ(dated(schedule, "mvs/budget-2024"), "2024-10-01");
  EXPECT_EQ(find(schedule, "mvs/budget-2023")->description.en, "Agree the maximum budget for 2024");
  // Intake moments stay put, even on a Saturday (2023-04-01).
  EXPECT_EQ(dated(schedule, "mvs/intake-2023-04-01"), "2023-04-01");
  EXPECT_EQ(dated(schedule, "mvs/intake-2031-10-01"), "2031-10-01");

  // "02-29" is 28 February in other years; only the days within the term count.
  const Schedule leap = build(tender_of(R"([contract]
start = 2023-07-01
end = 2025-06-30
intake_moments = ["02-29", "10-01"]
)"));
  std::vector<std::string> intakes;
  for (std::size_t index : leap.milestones_of("mvs")) {
    if (leap.milestones[index].kind == MilestoneKind::intake) {
      intakes.push_back(leap.milestones[index].id + "=" +
                        calendar::to_iso(leap.milestones[index].date));
    }
  }
  EXPECT_EQ(intakes, (std::vector<std::string>{
                         "mvs/intake-2023-10-01=2023-10-01", "mvs/intake-2024-02-29=2024-02-29",
                         "mvs/intake-2024-10-01=2024-10-01", "mvs/intake-2025-02-28=2025-02-28"}));
}

TEST(ScheduleContract, QuarterlyReportsAreDueDaysAfterEachOverlappingQuarter) {
  const Schedule mvs = build(tender_of(kMvsContract));
  // Q1 2023 ends 31 March; + 30 days = Sunday 30 April, due Monday 1 May.
  EXPECT_EQ(dated(mvs, "mvs/report-2023-q1"), "2023-05-01 moved from 2023-04-30 (Sunday / zondag)");
  EXPECT_EQ(dated(mvs, "mvs/report-2023-q2"), "2023-07-31 moved from 2023-07-30 (Sunday / zondag)");
  EXPECT_EQ(dated(mvs, "mvs/report-2023-q3"), "2023-10-30");
  EXPECT_EQ(dated(mvs, "mvs/report-2023-q4"), "2024-01-30");
  EXPECT_EQ(dated(mvs, "mvs/report-2024-q1"), "2024-04-30");
  EXPECT_EQ(dated(mvs, "mvs/report-2026-q4"),
            "2027-02-01 moved from 2027-01-30 (Saturday / zaterdag)");
  // The last quarter of the term is reported after it, and still belongs to contract year 9;
  // a report counts in the year it reports on, not the year it is due in.
  EXPECT_EQ(dated(mvs, "mvs/report-2031-q4"), "2032-01-30");
  EXPECT_EQ(find(mvs, "mvs/report-2031-q4")->contract_year, 9);
  EXPECT_EQ(find(mvs, "mvs/report-2023-q4")->contract_year, 1);
  EXPECT_EQ(find(mvs, "mvs/report-2024-q1")->contract_year, 2);
  EXPECT_EQ(find(mvs, "mvs/report-2024-q1")->description.en, "Report for Q1 2024");
  EXPECT_EQ(find(mvs, "mvs/report-2024-q1")->description.nl, "Rapportage Q1 2024");

  // A term from 15 February 2023 to 14 February 2024 overlaps five quarters; 10 days after Q1
  // is Easter Monday 10 April 2023, so the report is due on Tuesday the 11th.
  const Schedule mid = build(tender_of(R"([contract]
start = 2023-02-15
term = "1y"
reporting = { cadence = "quarterly", due_after_days = 10 }
)"));
  std::vector<std::string> reports;
  for (const Milestone& milestone : mid.milestones) {
    if (milestone.kind == MilestoneKind::report) {
      reports.push_back(milestone.id + "=" + dated(mid, milestone.id));
    }
  }
  EXPECT_EQ(reports, (std::vector<std::string>{
                         "mvs/report-2023-q1=2023-04-11 moved from 2023-04-10 (Easter Monday / "
                         "Tweede Paasdag)",
                         "mvs/report-2023-q2=2023-07-10", "mvs/report-2023-q3=2023-10-10",
                         "mvs/report-2023-q4=2024-01-10", "mvs/report-2024-q1=2024-04-10"}));
}

TEST(ScheduleContract, MonthlyAndYearlyReportIds) {
  const Schedule schedule = build(tender_of(R"([contract]
start = 2021-07-01
end = 2021-09-30
reporting = { cadence = "monthly", due_after_days = 15 }
)"),
                                  {contracts_of(R"([[contract]]
id = "y"
start = 2022-06-01
end = 2023-05-31
reporting = { cadence = "yearly", due_after_days = 31 }
)")});
  // 2021-07-31 + 15 = Sunday 15 August: due Monday 16 August. 2021-08-31 + 15 = Wednesday
  // 15 September; 2021-09-30 + 15 = Friday 15 October.
  EXPECT_EQ(dated(schedule, "mvs/report-2021-07"),
            "2021-08-16 moved from 2021-08-15 (Sunday / zondag)");
  EXPECT_EQ(dated(schedule, "mvs/report-2021-08"), "2021-09-15");
  EXPECT_EQ(dated(schedule, "mvs/report-2021-09"), "2021-10-15");
  EXPECT_EQ(find(schedule, "mvs/report-2021-07")->description.en, "Report for July 2021");
  EXPECT_EQ(count_kind(schedule, "mvs", MilestoneKind::report), 3U);
  // Yearly: 2022 and 2023 overlap the term; 31 December + 31 days = 31 January (a Tuesday in
  // 2023, a Wednesday in 2024).
  EXPECT_EQ(dated(schedule, "y/report-2022"), "2023-01-31");
  EXPECT_EQ(dated(schedule, "y/report-2023"), "2024-01-31");
  EXPECT_EQ(count_kind(schedule, "y", MilestoneKind::report), 2U);
}

TEST(ScheduleContract, DeadlinesOnHolidaysMoveWithTheHolidaysName) {
  const Schedule schedule = build(tender_of(R"([contract]
start = 2023-01-01
end = 2024-12-31
reporting = { cadence = "monthly", due_after_days = 27 }
budget_agreement = "12-25"
)"));
  // March + 27 days = 27 April, King's Day: on a Thursday in 2023, on a Saturday in 2024 (then
  // still named by the holiday). Reports move to the next working day.
  EXPECT_EQ(dated(schedule, "mvs/report-2023-03"),
            "2023-04-28 moved from 2023-04-27 (King's Day / Koningsdag)");
  EXPECT_EQ(dated(schedule, "mvs/report-2024-03"),
            "2024-04-29 moved from 2024-04-27 (King's Day / Koningsdag)");
  // Christmas Day 2023 is a Monday: the budget is agreed on Friday 22 December.
  EXPECT_EQ(dated(schedule, "mvs/budget-2023"),
            "2023-12-22 moved from 2023-12-25 (Christmas Day / Eerste Kerstdag)");
  const Milestone& budget = *find(schedule, "mvs/budget-2023");
  EXPECT_EQ(budget.rule, DeadlineRule::previous_working_day);
  EXPECT_EQ(find(schedule, "mvs/report-2023-03")->rule, DeadlineRule::next_working_day);
  // A date on a working day does not move and has no reason.
  const Milestone& april = *find(schedule, "mvs/report-2023-04");  // 2023-05-27 is a Saturday
  EXPECT_EQ(calendar::to_iso(april.date), "2023-05-30");           // Whit Monday the 29th
  EXPECT_EQ(april.move_reason.en, "Saturday");
  const Milestone& june = *find(schedule, "mvs/report-2023-06");  // 2023-07-27, a Thursday
  EXPECT_EQ(calendar::to_iso(june.date), "2023-07-27");
  EXPECT_FALSE(june.moved_from);
  EXPECT_TRUE(june.move_reason.en.empty());
}

TEST(ScheduleContract, RuleNoneLeavesADateOnADayOff) {
  const Schedule schedule = build(tender_of(R"([contract]
start = 2023-01-01
end = 2023-12-31
reporting = { cadence = "monthly", due_after_days = 27 }
budget_agreement = "12-25"
deadline_rules = { report = "none", budget = "none" }
)"));
  const Milestone& report = *find(schedule, "mvs/report-2023-03");
  EXPECT_EQ(calendar::to_iso(report.date), "2023-04-27");
  EXPECT_EQ(report.rule, DeadlineRule::none);
  EXPECT_FALSE(report.moved_from);
  EXPECT_TRUE(report.move_reason.en.empty());
  EXPECT_EQ(dated(schedule, "mvs/budget-2023"), "2023-12-25");
}

TEST(ScheduleContract, BridgingDaysCountAsDaysOff) {
  calendar::WorkingDayCalendar calendar;
  calendar.add_bridging_days({calendar::Holiday{
      date("2023-05-19"), LocalizedText{"bridging day after Ascension", "brugdag Hemelvaart"},
      true}});
  const Tender tender = tender_of(R"([contract]
start = 2023-01-01
end = 2023-12-31
budget_agreement = "05-19"
)");
  // Friday 19 May is the bridging day, Thursday 18 May Ascension Day: Wednesday 17 May.
  EXPECT_EQ(dated(build(tender, {}, as_of("2023-01-01"), calendar), "mvs/budget-2023"),
            "2023-05-17 moved from 2023-05-19 (bridging day after Ascension / brugdag "
            "Hemelvaart)");
  // Without the table it is an ordinary Friday.
  EXPECT_EQ(dated(build(tender), "mvs/budget-2023"), "2023-05-19");
}

TEST(ScheduleContract, ExtensionDecisionAndLatestPossibleEnd) {
  const Schedule schedule = build(tender_of(""), {contracts_of(R"([[contract]]
id = "ambulant-2019"
start = 2019-01-01
term = "3y"
extension = { options = 3, used = 2, length = "1y", decide_before = "6m" }

[[contract]]
id = "fresh"
start = 2023-01-01
term = "2y"
extension = { options = 2, length = "6m", decide_before = "3m" }

[[contract]]
id = "wd"
start = 2023-01-01
term = "2y"
extension = { options = 1, decide_before = "20wd" }

[[contract]]
id = "undecided"
start = 2023-01-01
term = "2y"
extension = { options = 1 }
)")});
  ASSERT_EQ(schedule.contracts.size(), 4U);
  // 2019-01-01 + 3 years ends 2021-12-31; two one-year extensions used: 2023-12-31; the last
  // option would run to 2024-12-31.
  EXPECT_EQ(schedule.dates[0].initial_end, date("2021-12-31"));
  EXPECT_EQ(schedule.dates[0].current_end, date("2023-12-31"));
  EXPECT_EQ(schedule.dates[0].latest_end, date("2024-12-31"));
  EXPECT_FALSE(schedule.dates[0].retender);
  // Six months before 2024-01-01 is Saturday 1 July 2023: decide by Friday 30 June.
  EXPECT_EQ(dated(schedule, "ambulant-2019/extension-decision-3"),
            "2023-06-30 moved from 2023-07-01 (Saturday / zaterdag)");
  EXPECT_EQ(find(schedule, "ambulant-2019/extension-decision-3")->description.en,
            "Last day to decide on extension 3 of 3 (by 1 year)");
  EXPECT_EQ(find(schedule, "ambulant-2019/end-of-term")->description.en,
            "End of term unless extended (1 option left)");
  EXPECT_EQ(find(schedule, "ambulant-2019/extension-decision-1"), nullptr);

  // Two options of six months after 2024-12-31: 2025-06-30, then 2025-12-31.
  EXPECT_EQ(schedule.dates[1].current_end, date("2024-12-31"));
  EXPECT_EQ(schedule.dates[1].latest_end, date("2025-12-31"));
  EXPECT_EQ(dated(schedule, "fresh/extension-decision-1"), "2024-10-01");
  EXPECT_EQ(find(schedule, "fresh/end-of-term")->description.en,
            "End of term unless extended (2 options left)");

  // 20 working days before 2025-01-01, skipping Christmas and weekends: Monday 2 December 2024.
  EXPECT_EQ(dated(schedule, "wd/extension-decision-1"), "2024-12-02");
  EXPECT_EQ(schedule.dates[2].latest_end, date("2025-12-31"));

  // Options but no decide_before: no decision milestone.
  EXPECT_EQ(count_kind(schedule, "undecided", MilestoneKind::extension_decision), 0U);
}

TEST(ScheduleContract, NextDeadlineIsTheFirstOnOrAfterTheAsOfDay) {
  const Tender tender = tender_of(kMvsContract);
  // The first deadline on or after 2024-01-01: the Q4 2023 report, due 2024-01-30.
  const Schedule schedule = build(tender, {}, as_of("2024-01-01"));
  ASSERT_TRUE(schedule.dates[0].next_deadline);
  EXPECT_EQ(schedule.milestones[*schedule.dates[0].next_deadline].id, "mvs/report-2023-q4");
  // On the day itself it still counts.
  const Schedule same_day = build(tender, {}, as_of("2024-01-30"));
  EXPECT_EQ(same_day.milestones[*same_day.dates[0].next_deadline].id, "mvs/report-2023-q4");
  // An evaluation is no deadline: after the notice on 2025-07-01, the next is the report due
  // 2025-07-30.
  const Schedule after_notice = build(tender, {}, as_of("2025-07-02"));
  EXPECT_EQ(after_notice.milestones[*after_notice.dates[0].next_deadline].id, "mvs/report-2025-q2");
  // After the last report no deadline is left.
  const Schedule late = build(tender, {}, as_of("2032-02-01"));
  EXPECT_FALSE(late.dates[0].next_deadline);
  EXPECT_TRUE(is_deadline(MilestoneKind::notice));
  EXPECT_TRUE(is_deadline(MilestoneKind::extension_decision));
  EXPECT_TRUE(is_deadline(MilestoneKind::report));
  EXPECT_TRUE(is_deadline(MilestoneKind::budget));
  EXPECT_FALSE(is_deadline(MilestoneKind::evaluation));
  EXPECT_FALSE(is_deadline(MilestoneKind::end_of_term));
}

TEST(ScheduleContract, AContractIdUsedTwiceAcrossFilesIsAnInputError) {
  const Tender tender = tender_of("[contract]\nstart = 2023-01-01\nterm = \"1y\"\n");
  Result<Schedule> schedule =
      build_schedule(tender,
                     {contracts_of("[[contract]]\nid = \"mvs\"\nstart = 2023-01-01\nterm "
                                   "= \"1y\"\n")},
                     calendar::WorkingDayCalendar(), as_of("2024-01-01"));
  expect_input_error(
      schedule, {{"c.toml:1:1", "contract id 'mvs' is used twice", "first used at t.toml:13:1"}});
}

// --- The procurement timeline -------------------------------------------------------------------

TEST(Timeline, IjmondTemplateTimelineInDependencyOrder) {
  Result<Tender> tender = input::load_tender(template_path("ijmond-zk", "tender.toml"));
  ASSERT_TRUE(tender) << describe(tender.error());
  const Schedule schedule = build(*tender);
  EXPECT_EQ(span(schedule, "strategie"), "2021-02-16..2021-02-16");
  // The day after 16 February plus 4 weeks.
  EXPECT_EQ(span(schedule, "aankondiging"), "2021-03-17..2021-03-17");
  // 6 weeks from Thursday 18 March end on Wednesday 28 April.
  EXPECT_EQ(span(schedule, "aanmelden"), "2021-03-18..2021-04-28");
  // 20 working days from 29 April, skipping Liberation Day, Ascension Day and Whit Monday.
  EXPECT_EQ(span(schedule, "selectie"), "2021-04-29..2021-05-31");
  // The first working day after Tuesday 1 June; 12 months.
  EXPECT_EQ(span(schedule, "dialoog"), "2021-06-02..2022-06-01");
  EXPECT_EQ(span(schedule, "inschrijven"), "2022-06-02..2022-07-13");
  EXPECT_EQ(span(schedule, "beoordeling"), "2022-07-14..2022-08-03");
  EXPECT_EQ(span(schedule, "gunning"), "2022-08-04..2022-08-04");
  EXPECT_EQ(span(schedule, "alcatel"), "2022-08-05..2022-08-24");
  // The 4th working day after 25 August.
  EXPECT_EQ(span(schedule, "ondertekening"), "2022-08-31..2022-08-31");
  EXPECT_EQ(span(schedule, "implementatie"), "2022-09-01..2022-12-31");
  EXPECT_EQ(span(schedule, "dienstverlening"), "2023-01-01..2023-01-01");
  for (const PhaseDates& dates : schedule.phase_dates) {
    EXPECT_FALSE(dates.shift);
    EXPECT_FALSE(dates.moved_by_shift);
  }
  EXPECT_EQ(dated(schedule, "timeline/dialoog/start"), "2021-06-02");
  EXPECT_EQ(dated(schedule, "timeline/dialoog/end"), "2022-06-01");
  EXPECT_EQ(dated(schedule, "timeline/gunning"), "2022-08-04");
  EXPECT_EQ(find(schedule, "timeline/gunning")->kind, MilestoneKind::timeline_milestone);
  EXPECT_EQ(find(schedule, "timeline/gunning")->contract_year, 0);
  EXPECT_EQ(find(schedule, "timeline/dialoog/start")->kind, MilestoneKind::phase_start);
  EXPECT_EQ(find(schedule, "timeline/dialoog/start")->description.nl,
            "Start: Dialoogfase met de geselecteerde gegadigden");
  EXPECT_EQ(find(schedule, "timeline/dialoog/end")->kind, MilestoneKind::phase_end);
  EXPECT_EQ(find(schedule, "timeline/dialoog/end")->owner, kTimelineOwner);
  // 5 one-day milestones; 7 phases (the standstill included) with a start and an end.
  EXPECT_EQ(schedule.milestones_of(kTimelineOwner).size(), 5U + 2U * 7U);
}

constexpr std::string_view kUnitsTimeline = R"([[phase]]
id = "a"
start = 2023-03-01
duration = "10d"

[[phase]]
id = "b"
start = 2023-03-01
duration = "3w"

[[phase]]
id = "c"
after = ["a", "b"]
lag = "2d"
duration = "1m"
end_rule = "next-working-day"

[[phase]]
id = "d"
after = "c"
lag = "-1d"
duration = "5wd"

[[phase]]
id = "e"
after = "d"
lag = "3d"
start_rule = "next-working-day"
)";

TEST(Timeline, DependenciesLagAndDurationInEveryUnit) {
  const Schedule schedule = build(tender_of(kUnitsTimeline));
  EXPECT_EQ(span(schedule, "a"), "2023-03-01..2023-03-10");  // 10 days, the first included
  EXPECT_EQ(span(schedule, "b"), "2023-03-01..2023-03-21");  // 3 weeks
  // After the latest of a and b (21 March): the 22nd plus 2 days = Friday 24 March; one month
  // ends on Sunday 23 April, moved to Monday 24 April.
  EXPECT_EQ(span(schedule, "c"), "2023-03-24..2023-04-24");
  const PhaseDates& c = schedule.phase_dates[2];
  EXPECT_EQ(c.end.moved_from, date("2023-04-23"));
  EXPECT_EQ(c.end.reason.en, "Sunday");
  EXPECT_EQ(dated(schedule, "timeline/c/end"),
            "2023-04-24 moved from 2023-04-23 (Sunday / zondag)");
  EXPECT_EQ(find(schedule, "timeline/c/end")->rule, DeadlineRule::next_working_day);
  // The day after the moved end (25 April) minus one day; 5 working days counting the start,
  // skipping King's Day and the weekend: 24, 25, 26, 28 April and 1 May.
  EXPECT_EQ(span(schedule, "d"), "2023-04-24..2023-05-01");
  // 2 May + 3 days = Friday 5 May, Liberation Day: the milestone is on Monday 8 May.
  EXPECT_EQ(dated(schedule, "timeline/e"),
            "2023-05-08 moved from 2023-05-05 (Liberation Day / "
            "Bevrijdingsdag)");
}

TEST(Timeline, StandstillIsTwentyCalendarDaysEndingOnAWorkingDay) {
  const Schedule schedule = build(tender_of(R"([[phase]]
id = "gunning"
start = 2023-03-20

[[phase]]
id = "alcatel"
kind = "standstill"
after = "gunning"

[[phase]]
id = "ondertekening"
after = "alcatel"
)"));
  // From the day after the award decision (Tuesday 21 March) 20 days end on Easter Sunday
  // 9 April; Easter Monday is off too, so the period ends on Tuesday 11 April.
  EXPECT_EQ(span(schedule, "alcatel"), "2023-03-21..2023-04-11");
  const PhaseDates& standstill = schedule.phase_dates[1];
  EXPECT_EQ(standstill.end.moved_from, date("2023-04-09"));
  EXPECT_EQ(standstill.end.reason.nl, "Eerste Paasdag");
  EXPECT_GE(calendar::days_between(date("2023-03-21"), standstill.end.date) + 1, 20);
  EXPECT_EQ(span(schedule, "ondertekening"), "2023-04-12..2023-04-12");
}

TEST(Timeline, ParseShift) {
  Result<Shift> forward = parse_shift("dialoog=+3m");
  ASSERT_TRUE(forward) << forward.error().message();
  EXPECT_EQ(forward->phase_id, "dialoog");
  EXPECT_EQ(forward->by, (Duration{3, DurationUnit::months}));
  EXPECT_EQ(forward->text, "dialoog=+3m");
  Result<Shift> back = parse_shift("gunning=-2w");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->by, (Duration{-2, DurationUnit::weeks}));
  Result<Shift> working = parse_shift("gunning=10wd");
  ASSERT_TRUE(working);
  EXPECT_EQ(working->by, (Duration{10, DurationUnit::working_days}));

  for (std::string_view bad :
       {"dialoog", "=3m", "dialoog=", "dialoog=3x", "dialoog=1.5m", "dialoog+3m", "dialoog=1y2m"}) {
    Result<Shift> shift = parse_shift(bad);
    ASSERT_FALSE(shift) << bad;
    EXPECT_EQ(shift.error().kind(), ErrorKind::usage);
    EXPECT_EQ(
        shift.error().message(),
        "--shift expects PHASE=DURATION such as dialogue=+3m (units y, m, w, d, wd), found '" +
            std::string(bad) + "'");
  }
}

TEST(Timeline, ShiftForAnUnknownPhaseSuggestsTheClosest) {
  Result<Tender> tender = input::load_tender(template_path("ijmond-zk", "tender.toml"));
  ASSERT_TRUE(tender) << describe(tender.error());
  ScheduleOptions options = as_of("2024-01-01");
  options.shifts = {*parse_shift("dialog=+3m")};
  Result<Schedule> schedule = build_schedule(*tender, {}, calendar::WorkingDayCalendar(), options);
  ASSERT_FALSE(schedule);
  EXPECT_EQ(schedule.error().kind(), ErrorKind::usage);
  EXPECT_EQ(schedule.error().message(),
            "--shift dialog=+3m: the tender's timeline has no phase 'dialog'");
  EXPECT_EQ(schedule.error().diagnostics()[0].hint.en, "did you mean 'dialoog'?");

  options.shifts = {*parse_shift("x=+3m")};
  Result<Schedule> no_timeline =
      build_schedule(tender_of(kMvsContract), {}, calendar::WorkingDayCalendar(), options);
  ASSERT_FALSE(no_timeline);
  EXPECT_EQ(no_timeline.error().message(),
            "--shift x=+3m: the tender's timeline has no phase 'x' (it has no [[phase]] at all)");
}

TEST(Timeline, ShiftMovesThePhaseAndWhatFollowsButNotWhatPrecedes) {
  Result<Tender> tender = input::load_tender(template_path("ijmond-zk", "tender.toml"));
  ASSERT_TRUE(tender) << describe(tender.error());
  ScheduleOptions options = as_of("2024-01-01");
  options.shifts = {*parse_shift("dialoog=+3m")};
  const Schedule schedule = build(*tender, {}, options);
  for (std::string_view before : {"strategie", "aankondiging", "aanmelden", "selectie"}) {
    const PhaseDates& dates = schedule.phase_dates[phase_index(schedule, before)];
    EXPECT_FALSE(dates.moved_by_shift) << before;
    EXPECT_FALSE(dates.shift) << before;
  }
  EXPECT_EQ(span(schedule, "selectie"), "2021-04-29..2021-05-31");
  // 2 June + 3 months = Thursday 2 September; 12 months end on Thursday 1 September 2022.
  EXPECT_EQ(span(schedule, "dialoog"), "2021-09-02..2022-09-01");
  const PhaseDates& dialoog = schedule.phase_dates[phase_index(schedule, "dialoog")];
  EXPECT_EQ(dialoog.shift, (Duration{3, DurationUnit::months}));
  EXPECT_TRUE(dialoog.moved_by_shift);
  EXPECT_EQ(span(schedule, "inschrijven"), "2022-09-02..2022-10-13");
  EXPECT_EQ(span(schedule, "beoordeling"), "2022-10-14..2022-11-03");
  EXPECT_EQ(span(schedule, "gunning"), "2022-11-04..2022-11-04");
  // The standstill now starts on a Saturday; its 20th day is Thursday 24 November.
  EXPECT_EQ(span(schedule, "alcatel"), "2022-11-05..2022-11-24");
  EXPECT_EQ(span(schedule, "ondertekening"), "2022-12-01..2022-12-01");
  EXPECT_EQ(span(schedule, "implementatie"), "2022-12-02..2023-04-01");
  EXPECT_EQ(span(schedule, "dienstverlening"), "2023-04-02..2023-04-02");
  for (std::string_view after : {"inschrijven", "beoordeling", "gunning", "alcatel",
                                 "ondertekening", "implementatie", "dienstverlening"}) {
    const PhaseDates& dates = schedule.phase_dates[phase_index(schedule, after)];
    EXPECT_TRUE(dates.moved_by_shift) << after;
    EXPECT_FALSE(dates.shift) << after;
  }
  EXPECT_EQ(schedule.shifts.size(), 1U);
}

TEST(Timeline, ShiftMovesAFixedEndAndReportsAStartAfterAFixedEnd) {
  const std::string timeline = R"([[phase]]
id = "a"
start = 2023-01-02
duration = "1m"

[[phase]]
id = "b"
after = "a"
end = 2023-03-31

[[phase]]
id = "c"
start = 2023-03-01
end = 2023-03-31
)";
  const Tender tender = tender_of(timeline);
  EXPECT_EQ(span(build(tender), "b"), "2023-02-02..2023-03-31");

  ScheduleOptions fixed = as_of("2024-01-01");
  fixed.shifts = {*parse_shift("c=+1m"), *parse_shift("a=-1d")};
  const Schedule shifted = build(tender, {}, fixed);
  // A fixed start and end both move: 31 March + 1 month = 30 April.
  EXPECT_EQ(span(shifted, "c"), "2023-04-01..2023-04-30");
  EXPECT_EQ(span(shifted, "a"), "2023-01-01..2023-01-31");
  EXPECT_EQ(span(shifted, "b"), "2023-02-01..2023-03-31");

  ScheduleOptions late = as_of("2024-01-01");
  late.shifts = {*parse_shift("a=+3m")};
  // a: 2 April to 1 May; b would start on 2 May, after its fixed end.
  Result<Schedule> schedule = build_schedule(tender, {}, calendar::WorkingDayCalendar(), late);
  expect_input_error(schedule, {{"t.toml:18:1",
                                 "phase 'b' would start on 2023-05-02, after its fixed end "
                                 "2023-03-31",
                                 "give it a duration instead of an end, or move the end"}});
}

TEST(Timeline, ShiftInWorkingDaysAndBackwards) {
  const Tender tender = tender_of(kUnitsTimeline);
  ScheduleOptions options = as_of("2024-01-01");
  // c starts on Friday 24 March; 2 working days later is Tuesday 28 March. One month ends on
  // Thursday 27 April, King's Day, so it ends on Friday the 28th. a moves a week back, to
  // 22 February - 3 March, but c follows the later b, so a's shift moves nothing else.
  options.shifts = {*parse_shift("c=2wd"), *parse_shift("a=-1w")};
  const Schedule schedule = build(tender, {}, options);
  EXPECT_EQ(span(schedule, "a"), "2023-02-22..2023-03-03");
  EXPECT_EQ(span(schedule, "b"), "2023-03-01..2023-03-21");
  EXPECT_EQ(span(schedule, "c"), "2023-03-28..2023-04-28");
  EXPECT_EQ(schedule.phase_dates[2].end.reason.en, "King's Day");
  EXPECT_TRUE(schedule.phase_dates[0].moved_by_shift);
  EXPECT_FALSE(schedule.phase_dates[1].moved_by_shift);
  EXPECT_TRUE(schedule.phase_dates[2].moved_by_shift);
  EXPECT_TRUE(schedule.phase_dates[3].moved_by_shift);  // d follows c
  EXPECT_EQ(schedule.phase_dates[0].shift, (Duration{-1, DurationUnit::weeks}));
  EXPECT_EQ(schedule.phase_dates[2].shift, (Duration{2, DurationUnit::working_days}));
  EXPECT_FALSE(schedule.phase_dates[3].shift);
}

// --- Baselines and changes -----------------------------------------------------------------------

TEST(Baseline, LoadsTheJsonOfAnEarlierRunAndListsTheChanges) {
  TempDir dir;
  Result<Tender> tender = input::load_tender(template_path("ijmond-zk", "tender.toml"));
  ASSERT_TRUE(tender) << describe(tender.error());
  const Schedule plan = build(*tender);
  std::ostringstream json;
  report::write_schedule_json(json, plan, report::ScheduleRenderOptions());
  const std::string file = dir.write("plan.json", json.str()).string();

  Result<Baseline> baseline = input::load_baseline(file);
  ASSERT_TRUE(baseline) << describe(baseline.error());
  EXPECT_EQ(baseline->file, file);
  EXPECT_EQ(baseline->dates.size(), plan.milestones.size());
  EXPECT_EQ(baseline->dates.at("timeline/dialoog/start"), date("2021-06-02"));

  ScheduleOptions options = as_of("2024-01-01");
  options.shifts = {*parse_shift("dialoog=+3m")};
  options.baseline = &*baseline;
  const Schedule replanned = build(*tender, {}, options);
  EXPECT_EQ(replanned.baseline_file, file);
  // Every milestone in milestone order, then those of the plan that are gone: the integral
  // contract starts with "dienstverlening", so its 2023 Q1 report, for one, is no longer due.
  ASSERT_GT(replanned.changes.size(), replanned.milestones.size());
  for (std::size_t i = 0; i < replanned.milestones.size(); ++i) {
    EXPECT_EQ(replanned.changes[i].id, replanned.milestones[i].id);
    EXPECT_EQ(replanned.changes[i].new_date, replanned.milestones[i].date);
  }
  for (std::size_t i = replanned.milestones.size(); i < replanned.changes.size(); ++i) {
    EXPECT_FALSE(replanned.changes[i].new_date) << replanned.changes[i].id;
    EXPECT_TRUE(replanned.changes[i].old_date) << replanned.changes[i].id;
  }
  const auto change = [&](std::string_view id) -> const Change& {
    for (const Change& c : replanned.changes) {
      if (c.id == id) {
        return c;
      }
    }
    ADD_FAILURE() << "no change for " << id;
    return replanned.changes.front();
  };
  EXPECT_EQ(change("timeline/strategie").old_date, date("2021-02-16"));
  EXPECT_EQ(change("timeline/strategie").days, 0);
  EXPECT_EQ(change("timeline/dialoog/start").old_date, date("2021-06-02"));
  EXPECT_EQ(change("timeline/dialoog/start").new_date, date("2021-09-02"));
  EXPECT_EQ(change("timeline/dialoog/start").days, 92);
  EXPECT_EQ(change("timeline/gunning").days, 92);  // 2022-08-04 -> 2022-11-04
  // 2023-01-01 -> 2023-04-02.
  EXPECT_EQ(change("timeline/dienstverlening").days, 91);
  // The contract starts with "dienstverlening", so it moves with the timeline: 2023-04-02.
  EXPECT_EQ(change("ijmond-zk-jeugdhulp-2023/start").new_date, date("2023-04-02"));
  EXPECT_EQ(change("ijmond-zk-jeugdhulp-2023/start").days, 91);
  EXPECT_EQ(change("ijmond-zk-jeugdhulp-2023/evaluation-3").days, 91);
  EXPECT_EQ(change("ijmond-zk-jeugdhulp-2023/report-2023-q1").new_date, std::nullopt);
  // A contract with a start date stays where it is.
  Result<ContractPortfolio> contracts =
      input::load_contracts(template_path("ijmond-zk", "contracts.toml"));
  ASSERT_TRUE(contracts) << describe(contracts.error());
  const Schedule with_portfolio = build(*tender, {*contracts}, options);
  ASSERT_FALSE(with_portfolio.contracts.empty());
  EXPECT_EQ(with_portfolio.contracts[1].start, date("2019-01-01"));
}

TEST(ContractStartPhase, StartsOnThePhasesFirstDayAsReplanned) {
  const Tender tender = tender_of(R"([contract]
start = "dienstverlening"
term = "2y"
evaluations = [1]

[[phase]]
id = "implementatie"
start = 2022-09-01
duration = "4m"

[[phase]]
id = "dienstverlening"
after = "implementatie"
start_rule = "next-working-day"
)");
  // 2023-01-01 is a Sunday and New Year's Day: the phase, and so the contract, starts on Monday.
  const Schedule plan = build(tender);
  ASSERT_EQ(plan.contracts.size(), 1U);
  EXPECT_EQ(plan.contracts[0].start, date("2023-01-02"));
  EXPECT_EQ(plan.dates[0].initial_end, date("2025-01-01"));
  ScheduleOptions options = as_of("2024-01-01");
  options.shifts = {*parse_shift("implementatie=+3m")};
  const Schedule replanned = build(tender, {}, options);
  EXPECT_EQ(replanned.contracts[0].start, date("2023-04-03"));  // 1 April 2023 is a Saturday
  const Milestone* start = find(replanned, "mvs/start");
  ASSERT_NE(start, nullptr);
  EXPECT_EQ(start->date, date("2023-04-03"));
  EXPECT_EQ(start->description.en, "Contract starts (with phase 'dienstverlening')");
}

TEST(ContractStartPhase, DateChecksRunOnceThePhaseHasItsDate) {
  const Tender tender = tender_of(R"([contract]
start = "award"
term = "9y"

[[phase]]
id = "award"
start = 2188-03-01
)");
  build(tender);  // ends in 2197: fine
  ScheduleOptions options = as_of("2024-01-01");
  options.shifts = {*parse_shift("award=+5y")};
  Result<Schedule> shifted = build_schedule(tender, {}, calendar::WorkingDayCalendar(), options);
  ASSERT_FALSE(shifted);
  ASSERT_EQ(shifted.error().diagnostics().size(), 1U);
  EXPECT_EQ(shifted.error().diagnostics()[0].message.en,
            "the term ends after 2200, beyond the years tenderkit handles (the contract starts "
            "with phase 'award', on 2193-03-01)");
  EXPECT_EQ(shifted.error().diagnostics()[0].where->to_string(), "t.toml:14:9");
}

TEST(Replanning, AShiftThatMakesAPhaseStartBeforeTheOneItFollowsEndsIsAWarning) {
  const Tender tender = tender_of(R"([[phase]]
id = "inschrijven"
start = 2022-06-01
duration = "6w"

[[phase]]
id = "beoordeling"
after = "inschrijven"
duration = "15wd"
)");
  EXPECT_TRUE(build(tender).warnings.empty());
  ScheduleOptions later = as_of("2024-01-01");
  later.shifts = {*parse_shift("beoordeling=+1m")};
  EXPECT_TRUE(build(tender, {}, later).warnings.empty());
  ScheduleOptions earlier = as_of("2024-01-01");
  earlier.shifts = {*parse_shift("beoordeling=-1m")};
  const Schedule overlapping = build(tender, {}, earlier);
  ASSERT_EQ(overlapping.warnings.size(), 1U);
  // inschrijven ends 2022-07-12; beoordeling would start 2022-07-13, a month earlier: 2022-06-13.
  // The dates in words, in each language.
  EXPECT_EQ(overlapping.warnings[0].message.en,
            "after --shift, phase 'beoordeling' starts on 13 June 2022, before 'inschrijven', "
            "which it follows, ends on 12 July 2022");
  EXPECT_EQ(overlapping.warnings[0].message.nl,
            "na --shift begint fase 'beoordeling' op 13 juni 2022, voordat 'inschrijven', waar zij "
            "op volgt, eindigt op 12 juli 2022");
  EXPECT_EQ(overlapping.phase_dates[1].overlaps, "inschrijven");
}

TEST(Baseline, NewAndRemovedMilestones) {
  TempDir dir;
  const std::string file = dir.write("old.json", R"({"schema": 1, "tool": "tender-schedule",
 "milestones": [
  {"id": "timeline/gunning", "date": "2023-03-27"},
  {"id": "timeline/zz-removed", "date": "2022-01-01"},
  {"id": "timeline/aa-removed", "date": "2022-01-02"}
 ]})")
                               .string();
  Result<Baseline> baseline = input::load_baseline(file);
  ASSERT_TRUE(baseline) << describe(baseline.error());
  ScheduleOptions options = as_of("2024-01-01");
  options.baseline = &*baseline;
  const Schedule schedule = build(tender_of(R"([[phase]]
id = "gunning"
start = 2023-03-20

[[phase]]
id = "alcatel"
kind = "standstill"
after = "gunning"
)"),
                                  {}, options);
  ASSERT_EQ(schedule.changes.size(), 5U);
  EXPECT_EQ(schedule.changes[0].id, "timeline/gunning");
  EXPECT_EQ(schedule.changes[0].old_date, date("2023-03-27"));
  EXPECT_EQ(schedule.changes[0].new_date, date("2023-03-20"));
  EXPECT_EQ(schedule.changes[0].days, -7);
  EXPECT_EQ(schedule.changes[1].id, "timeline/alcatel/start");
  EXPECT_FALSE(schedule.changes[1].old_date);  // new
  EXPECT_EQ(schedule.changes[2].id, "timeline/alcatel/end");
  // Removed ones last, by id.
  EXPECT_EQ(schedule.changes[3].id, "timeline/aa-removed");
  EXPECT_EQ(schedule.changes[3].old_date, date("2022-01-02"));
  EXPECT_FALSE(schedule.changes[3].new_date);
  EXPECT_EQ(schedule.changes[4].id, "timeline/zz-removed");
}

TEST(Baseline, RejectsWhatIsNoTenderScheduleJson) {
  TempDir dir;
  const std::string hint = "pass a JSON schedule written by tender-schedule --format json";
  const auto load = [&](std::string_view content) {
    return input::load_baseline(dir.write("b.json", content).string());
  };
  const std::string file = (dir.path() / "b.json").string();
  expect_input_error(
      load("{\"schema\": 1,\n  \"tool\": x}"),
      {{file + ":2:11",
        "the baseline is not valid JSON: syntax error while parsing value - invalid literal; "
        "last read: '\"tool\": x'",
        hint}});
  expect_input_error(
      load(R"({"schema": 2, "tool": "tender-schedule", "milestones": []})"),
      {{file, "the baseline is not a tender-schedule JSON output (schema 1)", hint}});
  expect_input_error(
      load(R"({"schema": 1, "tool": "tender-check", "milestones": []})"),
      {{file, "the baseline is not a tender-schedule JSON output (schema 1)", hint}});
  expect_input_error(
      load(R"([1, 2])"),
      {{file, "the baseline is not a tender-schedule JSON output (schema 1)", hint}});
  // Keys of the wrong type are the same error, not an exception.
  expect_input_error(
      load(R"({"schema": "1", "tool": "tender-schedule", "milestones": []})"),
      {{file, "the baseline is not a tender-schedule JSON output (schema 1)", hint}});
  expect_input_error(
      load(R"({"schema": 1, "tool": 7, "milestones": []})"),
      {{file, "the baseline is not a tender-schedule JSON output (schema 1)", hint}});
  expect_input_error(load(R"({"schema": 1, "tool": "tender-schedule"})"),
                     {{file, "the baseline has no \"milestones\" array", hint}});
  expect_input_error(
      load(R"({"schema": 1, "tool": "tender-schedule", "milestones": [
        {"id": "a", "date": "2023-01-01"}, {"id": "b", "date": "2023-02-30"}]})"),
      {{file, "milestone 2 of the baseline lacks a string \"id\" or a YYYY-MM-DD \"date\"", hint}});
  expect_input_error(
      load(R"({"schema": 1, "tool": "tender-schedule", "milestones": [{"date": "2023-01-01"}]})"),
      {{file, "milestone 1 of the baseline lacks a string \"id\" or a YYYY-MM-DD \"date\"", hint}});
  expect_input_error(
      load(R"({"schema": 1, "tool": "tender-schedule", "milestones": [5]})"),
      {{file, "milestone 1 of the baseline lacks a string \"id\" or a YYYY-MM-DD \"date\"", hint}});
  Result<Baseline> missing = input::load_baseline((dir.path() / "absent.json").string());
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message().find("absent.json"), std::string::npos);
}

// Positions of JSON errors count lines and columns from 1, in code points, wherever the parser
// stops: in the middle of a line, at the end of a truncated file, in an empty one.
TEST(Baseline, PlacesJsonErrorsAtColumnsCountedFromOne) {
  TempDir dir;
  const std::string file = (dir.path() / "cut.json").string();
  const auto where = [&](std::string_view content) {
    Result<Baseline> loaded = input::load_baseline(dir.write("cut.json", content).string());
    EXPECT_FALSE(loaded);
    return loaded ? std::string() : loaded.error().diagnostics().at(0).where->to_string();
  };
  EXPECT_EQ(where("{\"schema\": 1,\n"), file + ":2:1");  // cut after a line: its end
  EXPECT_EQ(where("{\"schema\": 1,\n  \"tool\": \"tender-sch"), file + ":2:22");
  EXPECT_EQ(where("{"), file + ":1:2");
  EXPECT_EQ(where(""), file + ":1:1");
  EXPECT_EQ(where("\n\n"), file + ":3:1");
  EXPECT_EQ(where("{\"naam\": \"Pré\", x"), file + ":1:17");       // é is one column
  EXPECT_EQ(where("\xEF\xBB\xBF{\"schema\": x"), file + ":1:12");  // so is no byte-order mark
  Result<Baseline> empty = input::load_baseline(dir.write("cut.json", " \n").string());
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().message(), "the baseline is empty, not a JSON schedule");
  Result<Baseline> cut = input::load_baseline(dir.write("cut.json", "{\"schema\": 1,\n").string());
  ASSERT_FALSE(cut);
  EXPECT_EQ(cut.error().message(),
            "the baseline is not valid JSON: syntax error while parsing object key - unexpected "
            "end of input; expected string literal");
}

// The baseline's messages and hint in both languages (tender-schedule --lang nl shows the Dutch).
TEST(Baseline, WordsItsErrorsInDutchAndEnglish) {
  TempDir dir;
  const auto load = [&](std::string_view content) {
    Result<Baseline> loaded = input::load_baseline(dir.write("b.json", content).string());
    EXPECT_FALSE(loaded);
    return loaded ? Diagnostic{} : loaded.error().diagnostics().at(0);
  };
  const Diagnostic empty = load("");
  EXPECT_EQ(empty.message.nl, "de vorige planning (--baseline) is leeg, geen planning in JSON");
  EXPECT_EQ(empty.hint.nl,
            "geef een planning in JSON, geschreven door tender-schedule --format json");
  EXPECT_EQ(empty.hint.en, "pass a JSON schedule written by tender-schedule --format json");
  // The parser's detail is its own English, inside the Dutch sentence.
  EXPECT_EQ(load("{\"schema\": x").message.nl,
            "de vorige planning (--baseline) is geen geldige JSON: syntax error while parsing "
            "value - invalid literal; last read: '\"schema\": x'");
  EXPECT_EQ(load(R"({"schema": 2, "tool": "tender-schedule", "milestones": []})").message.nl,
            "de vorige planning (--baseline) is geen JSON-uitvoer van tender-schedule (schema 1)");
  EXPECT_EQ(load(R"({"schema": 1, "tool": "tender-schedule"})").message.nl,
            "de vorige planning (--baseline) heeft geen lijst \"milestones\"");
  const Diagnostic milestone =
      load(R"({"schema": 1, "tool": "tender-schedule", "milestones": [{"id": "a"}]})");
  EXPECT_EQ(milestone.message.nl,
            "mijlpaal 1 van de vorige planning (--baseline) mist een tekst \"id\" of een \"date\" "
            "als JJJJ-MM-DD");
  EXPECT_EQ(milestone.hint.nl,
            "geef een planning in JSON, geschreven door tender-schedule --format json");
}

// --- Ids, order, per-contract views, clauses -----------------------------------------------------

TEST(ScheduleIds, AreStableAndUniqueAcrossRunsAndReplanning) {
  Result<Tender> tender = input::load_tender(template_path("ijmond-zk", "tender.toml"));
  ASSERT_TRUE(tender) << describe(tender.error());
  Result<ContractPortfolio> contracts =
      input::load_contracts(template_path("ijmond-zk", "contracts.toml"));
  ASSERT_TRUE(contracts) << describe(contracts.error());
  const Schedule first = build(*tender, {*contracts});
  const Schedule second = build(*tender, {*contracts});
  ScheduleOptions options = as_of("2024-01-01");
  options.shifts = {*parse_shift("dialoog=+3m")};
  const Schedule replanned = build(*tender, {*contracts}, options);

  std::vector<std::string> ids;
  std::set<std::string> unique;
  for (const Milestone& milestone : first.milestones) {
    ids.push_back(milestone.id);
    unique.insert(milestone.id);
    EXPECT_EQ(milestone.id.rfind(milestone.owner + "/", 0), 0U) << milestone.id;
  }
  EXPECT_EQ(unique.size(), ids.size());
  std::vector<std::string> again;
  for (const Milestone& milestone : second.milestones) {
    again.push_back(milestone.id);
  }
  EXPECT_EQ(again, ids);
  // Re-planning keeps every id, except that the integral contract, which starts with the
  // "dienstverlening" phase, moves: its periods (reports, intake moments) are those of its new
  // term.
  const auto without_integral = [](const std::set<std::string>& all) {
    std::set<std::string> rest;
    for (const std::string& id : all) {
      if (id.rfind("ijmond-zk-jeugdhulp-2023/", 0) != 0) {
        rest.insert(id);
      }
    }
    return rest;
  };
  std::set<std::string> replanned_ids;
  for (const Milestone& milestone : replanned.milestones) {
    replanned_ids.insert(milestone.id);
  }
  EXPECT_EQ(without_integral(replanned_ids), without_integral(unique));
  for (std::string_view id :
       {"ijmond-zk-jeugdhulp-2023/start", "ijmond-zk-jeugdhulp-2023/evaluation-3",
        "ijmond-zk-jeugdhulp-2023/notice-6", "ijmond-zk-jeugdhulp-2023/end-of-term"}) {
    EXPECT_EQ(replanned_ids.count(std::string(id)), 1U) << id;
    EXPECT_EQ(unique.count(std::string(id)), 1U) << id;
  }
  for (std::string_view id :
       {"ijmond-zk-jeugdhulp-2023/report-2024-q1", "ijmond-zk-jeugdhulp-2023/evaluation-3",
        "ijmond-zk-jeugdhulp-2023/notice-6", "ijmond-zk-jeugdhulp-2023/intake-2024-04-01",
        "ijmond-zk-jeugdhulp-2023/budget-2025", "ijmond-zk-jeugdhulp-2023/indexation-2024",
        "ambulant-2019/extension-decision-3", "crisis-2021/report-2023-06",
        "verblijf-2018/notice-2", "timeline/dialoog/start", "timeline/dialoog/end",
        "timeline/gunning"}) {
    EXPECT_NE(find(first, id), nullptr) << id;
  }
}

TEST(ScheduleOrder, ByDateThenTimelineThenContractsInInputOrderThenKind) {
  const Schedule schedule = build(tender_of(R"([contract]
start = 2023-04-01
term = "1y"
intake_moments = ["04-01"]

[[phase]]
id = "dienstverlening"
start = 2023-04-01
)"),
                                  {contracts_of(R"([[contract]]
id = "b"
start = 2023-04-01
end = 2024-03-31
)")});
  std::vector<std::string> first_day;
  for (const Milestone& milestone : schedule.milestones) {
    if (milestone.date == date("2023-04-01")) {
      first_day.push_back(milestone.id);
    }
  }
  EXPECT_EQ(first_day, (std::vector<std::string>{"timeline/dienstverlening", "mvs/start",
                                                 "mvs/intake-2023-04-01", "b/start"}));
  for (std::size_t i = 1; i < schedule.milestones.size(); ++i) {
    const Milestone& left = schedule.milestones[i - 1];
    const Milestone& right = schedule.milestones[i];
    const auto rank = [&](const Milestone& m) {
      return m.owner == kTimelineOwner ? 0 : m.owner == "mvs" ? 1 : 2;
    };
    EXPECT_LE(std::make_tuple(left.date, rank(left), left.kind),
              std::make_tuple(right.date, rank(right), right.kind))
        << left.id << " before " << right.id;
  }
}

TEST(ScheduleOrder, MilestonesByContractEqualsMilestonesOfEachContract) {
  Result<Tender> tender = input::load_tender(template_path("ijmond-zk", "tender.toml"));
  ASSERT_TRUE(tender) << describe(tender.error());
  Result<ContractPortfolio> contracts =
      input::load_contracts(template_path("ijmond-zk", "contracts.toml"));
  ASSERT_TRUE(contracts) << describe(contracts.error());
  const Schedule schedule = build(*tender, {*contracts});
  const std::vector<std::vector<std::size_t>> by_contract = schedule.milestones_by_contract();
  ASSERT_EQ(by_contract.size(), schedule.contracts.size());
  std::size_t total = schedule.milestones_of(kTimelineOwner).size();
  for (std::size_t i = 0; i < schedule.contracts.size(); ++i) {
    EXPECT_EQ(by_contract[i], schedule.milestones_of(schedule.contracts[i].id))
        << schedule.contracts[i].id;
    EXPECT_TRUE(std::is_sorted(by_contract[i].begin(), by_contract[i].end()));
    EXPECT_FALSE(by_contract[i].empty());
    total += by_contract[i].size();
  }
  EXPECT_EQ(total, schedule.milestones.size());
  EXPECT_TRUE(schedule.milestones_of("nobody").empty());
}

TEST(ScheduleClauses, TermClausesOfTheMvsContract) {
  const Schedule schedule = build(tender_of(kMvsContract));
  const std::vector<LocalizedText> clauses = term_clauses(schedule.contracts[0], schedule.dates[0]);
  std::vector<std::string> english;
  std::vector<std::string> dutch;
  for (const LocalizedText& clause : clauses) {
    english.push_back(clause.en);
    dutch.push_back(clause.nl);
  }
  EXPECT_EQ(
      english,
      (std::vector<std::string>{
          "The agreement takes effect on 1 January 2023 and runs for 9 years, up to and "
          "including 31 December 2031.",
          // A fact of the contract; re-tendering is the schedule's to-do, not a clause.
          "The agreement has no option to extend.",
          "The cooperation and each partner are evaluated after contract years 3 and 6 (on "
          "1 January 2026 and 1 January 2029). The authority may terminate the agreement as of "
          "an evaluation moment by giving written notice at least 6 months before it.",
          "New clients enter at the intake moments of 1 April and 1 October each year.",
          "The contractor reports every quarter, at the latest 30 days after the quarter ends.",
          "Each year, by 1 October, the parties agree the maximum budget for the next year.",
          "The rates are indexed each year as of 1 January.",
          "A date that falls on a Saturday, Sunday or public holiday moves: budget agreement to "
          "the previous working day, report due to the next working day and notice deadline to "
          "the previous working day."}));
  ASSERT_EQ(dutch.size(), 8U);
  EXPECT_EQ(dutch[0],
            "De overeenkomst gaat in op 1 januari 2023 en heeft een looptijd van 9 jaar, tot en "
            "met 31 december 2031.");
  EXPECT_EQ(dutch[3],
            "Nieuwe cliënten stromen in op de instroommomenten 1 april en 1 oktober van elk jaar.");
  EXPECT_EQ(dutch[7],
            "Valt een datum op een zaterdag, zondag of algemeen erkende feestdag, dan schuift "
            "deze: budgetafspraak naar de voorafgaande werkdag, rapportage naar de eerstvolgende "
            "werkdag en opzegtermijn naar de voorafgaande werkdag.");
}

TEST(ScheduleClauses, ExtensionClauseWithOptionsUsedAndLeft) {
  const Schedule schedule = build(tender_of(""), {contracts_of(R"([[contract]]
id = "ambulant-2019"
start = 2019-01-01
end = 2021-12-31
extension = { options = 3, used = 2, length = "1y", decide_before = "6m" }
deadline_rules = { extension-decision = "none", report = "none", notice = "none", budget = "none" }
)")});
  const std::vector<LocalizedText> clauses = term_clauses(schedule.contracts[0], schedule.dates[0]);
  // Term, extensions; no rules clause, since no kind this contract has moves.
  ASSERT_EQ(clauses.size(), 2U);
  EXPECT_EQ(clauses[0].en,
            "The agreement takes effect on 1 January 2019 and runs up to and including "
            "31 December 2021.");
  EXPECT_EQ(clauses[1].en,
            "The agreement may be extended 3 times by 1 year each. An extension is decided at "
            "least 6 months before the current term ends. 2 extensions have been used; the "
            "current term ends on 31 December 2023. With every remaining option it runs at most "
            "up to and including 31 December 2024.");
  EXPECT_EQ(clauses[1].nl,
            "De overeenkomst kan 3 maal met 1 jaar worden verlengd. Over een verlenging wordt "
            "uiterlijk 6 maanden voor het einde van de lopende termijn besloten. Er zijn 2 "
            "verlengingen gebruikt; de lopende termijn eindigt op 31 december 2023. Met alle "
            "resterende opties loopt de overeenkomst uiterlijk tot en met 31 december 2024.");
}

// A MM-DD day that a reader used to DD-MM reads otherwise is taken month first, and said so in
// words with its place; words, tables and MM-DD days that read one way pass in silence.
TEST(ScheduleWarnings, NameBothReadingsOfAnAmbiguousMonthDay) {
  const Schedule schedule = build(tender_of(R"([contract]
name = "Integrale jeugdhulp MVS"
start = 2023-01-01
term = "9y"
intake_moments = ["01-10", "1 oktober", { month = 4, day = 1 }, "12-25"]
budget_agreement = "11-01"
indexation = "01-01"
)"));
  EXPECT_EQ(warning_lines(schedule, Language::en),
            (std::vector<std::string>{
                "t.toml:17:19: intake_moments \"01-10\" is read as MM-DD, month first: 10 January, "
                "not 1 October; write \"10 January\" (or { month = 1, day = 10 }) to say so "
                "plainly",
                "t.toml:18:20: budget_agreement \"11-01\" is read as MM-DD, month first: 1 "
                "November, not 11 January; write \"1 November\" (or { month = 11, day = 1 }) to "
                "say so plainly"}));
  EXPECT_EQ(warning_lines(schedule, Language::nl)[0],
            "t.toml:17:19: intake_moments \"01-10\" wordt gelezen als MM-DD, maand eerst: 10 "
            "januari, niet 1 oktober; schrijf \"10 januari\" (of { month = 1, day = 10 }) om het "
            "ondubbelzinnig te zeggen");
  const Milestone* intake = find(schedule, "mvs/intake-2023-01-10");
  ASSERT_NE(intake, nullptr);  // 10 January, as MM-DD has always been read
  EXPECT_EQ(intake->date, date("2023-01-10"));
}

// One warning per text and file, however many contracts write it: a big file stays readable.
TEST(ScheduleWarnings, OneAmbiguousTextOncePerFile) {
  std::string text = "title = \"c\"\n";
  for (int i = 1; i <= 3; ++i) {
    text += fmt::format(
        "[[contract]]\nid = \"c{}\"\nstart = 2023-01-01\nterm = \"1y\"\nintake_moments = "
        "[\"10-01\"]\nbudget_agreement = \"10-01\"\nindexation = \"04-01\"\n",
        i);
  }
  const Schedule schedule = build(tender_of(""), {contracts_of(text)});
  EXPECT_EQ(warning_lines(schedule, Language::en),
            (std::vector<std::string>{
                "c.toml:6:19: intake_moments \"10-01\" is read as MM-DD, month first: 1 October, "
                "not 10 January; write \"1 October\" (or { month = 10, day = 1 }) to say so "
                "plainly (\"10-01\" comes 5 more times in this file)",
                "c.toml:8:14: indexation \"04-01\" is read as MM-DD, month first: 1 April, not 4 "
                "January; write \"1 April\" (or { month = 4, day = 1 }) to say so plainly "
                "(\"04-01\" comes 2 more times in this file)"}));
  EXPECT_EQ(warning_lines(schedule, Language::nl)[1],
            "c.toml:8:14: indexation \"04-01\" wordt gelezen als MM-DD, maand eerst: 1 april, niet "
            "4 januari; schrijf \"1 april\" (of { month = 4, day = 1 }) om het ondubbelzinnig te "
            "zeggen (\"04-01\" komt nog 2 keer voor in dit bestand)");
}

// Once more: one repetition is "1 more time", in the singular.
TEST(ScheduleWarnings, OneRepetitionIsCountedInTheSingular) {
  const std::string text =
      "title = \"c\"\n[[contract]]\nid = \"c1\"\nstart = 2023-01-01\nterm = \"1y\"\n"
      "intake_moments = [\"10-01\"]\nbudget_agreement = \"10-01\"\n";
  const Schedule schedule = build(tender_of(""), {contracts_of(text)});
  ASSERT_EQ(schedule.warnings.size(), 1U);
  EXPECT_TRUE(
      schedule.warnings[0].message.en.ends_with("(\"10-01\" comes 1 more time in this file)"))
      << schedule.warnings[0].message.en;
}

}  // namespace
}  // namespace tenderkit::schedule
