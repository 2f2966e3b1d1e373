// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/input/contracts_file.hpp>
#include <tenderkit/input/tender_file.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::input {
namespace {

using calendar::DeadlineRule;
using calendar::Duration;
using calendar::DurationUnit;
using calendar::MonthDay;
using test_support::describe;
using test_support::expect_input_error;
using test_support::TempDir;

calendar::Date date(int year, unsigned month, unsigned day) {
  return std::chrono::year{year} / month / day;
}

std::string template_path(std::string_view region, std::string_view file) {
  return (std::filesystem::path(TENDERKIT_SOURCE_DIR) / "templates" / region / file).string();
}

DeadlineRule rule_of(const Contract& contract, MilestoneKind kind) {
  return contract.deadline_rules[static_cast<std::size_t>(kind)];
}

// A contracts file with one contract "c"; `body` starts on line 3.
std::string one_contract(std::string_view body) {
  return "[[contract]]\nid = \"c\"\n" + std::string(body);
}

// The one contract of a contracts file that must be valid.
Contract parse_one(std::string_view body) {
  Result<ContractPortfolio> portfolio = parse_contracts(one_contract(body), "c.toml");
  EXPECT_TRUE(portfolio) << describe(portfolio.error());
  if (!portfolio || portfolio->contracts.size() != 1) {
    ADD_FAILURE() << "expected one contract";
    return Contract{};
  }
  return portfolio->contracts.front();
}

// A tender with the keys tender_file requires; what follows starts on line 12.
constexpr std::string_view kTenderHead = R"(id = "t"
title = "T"

[[municipality]]
id = "m"
name = "M"

[[service]]
id = "s"
name = "S"

)";

Result<Tender> parse_tender_with(std::string_view rest) {
  return parse_tender(std::string(kTenderHead) + std::string(rest), "t.toml");
}

// --- Valid contracts ---------------------------------------------------------------------------

TEST(ContractsFile, ReadsTheIjmondTemplatePortfolio) {
  Result<ContractPortfolio> portfolio =
      load_contracts(template_path("ijmond-zk", "contracts.toml"));
  ASSERT_TRUE(portfolio) << describe(portfolio.error());
  ASSERT_EQ(portfolio->contracts.size(), 4U);
  EXPECT_EQ(portfolio->file, template_path("ijmond-zk", "contracts.toml"));

  const Contract& ambulant = portfolio->contracts[0];
  EXPECT_EQ(ambulant.id, "ambulant-2019");
  EXPECT_EQ(ambulant.name, "Ambulante jeugdhulp");
  EXPECT_EQ(ambulant.provider, "Raamovereenkomst ambulante aanbieders (27 aanbieders)");
  EXPECT_EQ(ambulant.care_type, CareType::ambulant);
  EXPECT_EQ(ambulant.start, date(2019, 1, 1));
  EXPECT_EQ(ambulant.term, (Duration{3, DurationUnit::years}));
  EXPECT_FALSE(ambulant.initial_end);
  EXPECT_EQ(ambulant.extensions.count, 3);
  EXPECT_EQ(ambulant.extensions.used, 2);
  EXPECT_EQ(ambulant.extensions.options_left(), 1);
  EXPECT_EQ(ambulant.extensions.length, (Duration{1, DurationUnit::years}));
  EXPECT_EQ(ambulant.extensions.decide_before, (Duration{6, DurationUnit::months}));
  EXPECT_EQ(ambulant.intake_moments, (std::vector<MonthDay>{{4, 1}, {10, 1}}));
  ASSERT_TRUE(ambulant.reporting);
  EXPECT_EQ(ambulant.reporting->cadence, ReportingCadence::quarterly);
  EXPECT_EQ(ambulant.reporting->due_after_days, 30);
  EXPECT_EQ(ambulant.indexation, (MonthDay{1, 1}));
  EXPECT_FALSE(ambulant.budget_agreement);
  EXPECT_TRUE(ambulant.evaluations_after_years.empty());
  // The first [[contract]] is on line 34 of the template.
  EXPECT_EQ(ambulant.where.line, 34);

  const Contract& residential = portfolio->contracts[2];
  EXPECT_EQ(residential.id, "verblijf-2018");
  EXPECT_EQ(residential.care_type, CareType::residential);
  EXPECT_EQ(residential.evaluations_after_years, std::vector<int>{2});
  EXPECT_EQ(residential.notice_period, (Duration{3, DurationUnit::months}));
  EXPECT_EQ(residential.extensions.options_left(), 0);
  EXPECT_EQ(residential.reporting->due_after_days, 45);
  EXPECT_EQ(residential.budget_agreement, (MonthDay{10, 1}));

  const Contract& crisis = portfolio->contracts[3];
  EXPECT_EQ(crisis.id, "crisis-2021");
  EXPECT_EQ(crisis.care_type, CareType::crisis);
  EXPECT_EQ(crisis.start, date(2021, 7, 1));
  EXPECT_FALSE(crisis.term);
  EXPECT_EQ(crisis.initial_end, date(2023, 6, 30));
  EXPECT_EQ(crisis.extensions.count, 0);
  EXPECT_EQ(crisis.reporting->cadence, ReportingCadence::monthly);
  EXPECT_EQ(crisis.reporting->due_after_days, 15);
}

TEST(ContractsFile, ReadsEveryKeyOfAContract) {
  const Contract contract = parse_one(R"(name = "Pleegzorg"
provider = "Combinatie Pleegzorg"
care_type = "foster-care"
start = "2020-03-01"
term = "2y"
extension = { options = 2, used = 1, length = "6m", decide_before = "3m" }
evaluations = [1, 2]
notice_period = "10wd"
intake_moments = ["10-01", "04-01"]
reporting = { cadence = "yearly", due_after_days = 90 }
budget_agreement = "11-15"
indexation = "07-01"
deadline_rules = { start = "next-working-day" }
)");
  EXPECT_EQ(contract.id, "c");
  EXPECT_EQ(contract.name, "Pleegzorg");
  EXPECT_EQ(contract.provider, "Combinatie Pleegzorg");
  EXPECT_EQ(contract.care_type, CareType::foster_care);
  EXPECT_EQ(contract.start, date(2020, 3, 1));  // a date written as a string
  EXPECT_EQ(contract.term, (Duration{2, DurationUnit::years}));
  EXPECT_EQ(contract.extensions.count, 2);
  EXPECT_EQ(contract.extensions.used, 1);
  EXPECT_EQ(contract.extensions.length, (Duration{6, DurationUnit::months}));
  EXPECT_EQ(contract.extensions.decide_before, (Duration{3, DurationUnit::months}));
  EXPECT_EQ(contract.evaluations_after_years, (std::vector<int>{1, 2}));
  EXPECT_EQ(contract.notice_period, (Duration{10, DurationUnit::working_days}));
  EXPECT_EQ(contract.intake_moments, (std::vector<MonthDay>{{4, 1}, {10, 1}}));  // sorted
  ASSERT_TRUE(contract.reporting);
  EXPECT_EQ(contract.reporting->cadence, ReportingCadence::yearly);
  EXPECT_EQ(contract.reporting->due_after_days, 90);
  EXPECT_EQ(contract.budget_agreement, (MonthDay{11, 15}));
  EXPECT_EQ(contract.indexation, (MonthDay{7, 1}));
  EXPECT_EQ(rule_of(contract, MilestoneKind::start), DeadlineRule::next_working_day);
  // The defaults for the kinds not named.
  EXPECT_EQ(rule_of(contract, MilestoneKind::notice), DeadlineRule::previous_working_day);
  EXPECT_EQ(rule_of(contract, MilestoneKind::report), DeadlineRule::next_working_day);
  EXPECT_EQ(rule_of(contract, MilestoneKind::evaluation), DeadlineRule::none);
  EXPECT_EQ(contract.where.to_string(), "c.toml:1:1");
}

// The contracting party by its legal name, for the annex; the provider stands in without it.
TEST(ContractsFile, ContractorNamesTheContractingParty) {
  EXPECT_EQ(
      parse_one("start = 2020-01-01\nterm = \"1y\"\ncontractor = \"Stichting X\"\n").contractor,
      "Stichting X");
  EXPECT_EQ(parse_one("start = 2020-01-01\nterm = \"1y\"\n").contractor, std::nullopt);
  const Result<ContractPortfolio> empty = parse_contracts(
      one_contract("start = 2020-01-01\nterm = \"1y\"\ncontractor = \"\"\n"), "c.toml");
  ASSERT_FALSE(empty.has_value());
  EXPECT_NE(describe(empty.error()).find("'contractor' must not be empty"), std::string::npos)
      << describe(empty.error());
}

TEST(ContractsFile, MinimalContractTakesTheDefaults) {
  const Contract contract = parse_one("start = 2023-01-01\nend = 2023-01-01\n");
  EXPECT_EQ(contract.name, "c");  // the id
  EXPECT_EQ(contract.provider, "");
  EXPECT_EQ(contract.care_type, CareType::other);     // `other` in a contracts file
  EXPECT_EQ(contract.initial_end, date(2023, 1, 1));  // a one-day contract is allowed
  EXPECT_EQ(contract.extensions.count, 0);
  EXPECT_EQ(contract.extensions.length, (Duration{1, DurationUnit::years}));
  EXPECT_FALSE(contract.extensions.decide_before);
  EXPECT_FALSE(contract.notice_period);
  EXPECT_FALSE(contract.reporting);
  EXPECT_EQ(contract.deadline_rules, default_deadline_rules());
}

TEST(ContractsFile, DefaultDeadlineRulesAreTheDocumentedOnes) {
  const DeadlineRules rules = default_deadline_rules();
  const auto rule = [&](MilestoneKind kind) { return rules[static_cast<std::size_t>(kind)]; };
  EXPECT_EQ(rule(MilestoneKind::notice), DeadlineRule::previous_working_day);
  EXPECT_EQ(rule(MilestoneKind::extension_decision), DeadlineRule::previous_working_day);
  EXPECT_EQ(rule(MilestoneKind::budget), DeadlineRule::previous_working_day);
  EXPECT_EQ(rule(MilestoneKind::report), DeadlineRule::next_working_day);
  for (MilestoneKind kind : {MilestoneKind::start, MilestoneKind::intake, MilestoneKind::indexation,
                             MilestoneKind::evaluation, MilestoneKind::end_of_term}) {
    EXPECT_EQ(rule(kind), DeadlineRule::none) << to_string(kind);
  }
}

// --- The term --------------------------------------------------------------------------------

TEST(ContractsFile, TermInYearsMonthsWeeksDaysOrAsAnEndDate) {
  EXPECT_EQ(parse_one("start = 2023-01-01\nterm = \"9y\"\n").term,
            (Duration{9, DurationUnit::years}));
  EXPECT_EQ(parse_one("start = 2023-01-01\nterm = \"9 jaar\"\n").term,
            (Duration{9, DurationUnit::years}));
  EXPECT_EQ(parse_one("start = 2023-01-01\nterm = \"18m\"\n").term,
            (Duration{18, DurationUnit::months}));
  EXPECT_EQ(parse_one("start = 2023-01-01\nterm = \"6 maanden\"\n").term,
            (Duration{6, DurationUnit::months}));
  EXPECT_EQ(parse_one("start = 2023-01-01\nterm = \"26w\"\n").term,
            (Duration{26, DurationUnit::weeks}));
  EXPECT_EQ(parse_one("start = 2023-01-01\nterm = \"100d\"\n").term,
            (Duration{100, DurationUnit::days}));
  const Contract by_end = parse_one("start = 2021-07-01\nend = 2023-06-30\n");
  EXPECT_FALSE(by_end.term);
  EXPECT_EQ(by_end.initial_end, date(2023, 6, 30));
}

TEST(ContractsFile, TermAndEndTogetherAreRejectedAtTheEnd) {
  expect_input_error(
      parse_contracts(one_contract("start = 2023-01-01\nterm = \"9y\"\nend = 2031-12-31\n"),
                      "c.toml"),
      {{"c.toml:5:7", "a contract has either 'term' or 'end', not both", ""}});
}

TEST(ContractsFile, AContractsFileContractCannotStartWithAPhase) {
  // Only the tender's own contract can: a contracts file has no timeline.
  expect_input_error(
      parse_contracts(one_contract("start = \"dienstverlening\"\nterm = \"9y\"\n"), "c.toml"),
      {{"c.toml:3:9", "'start' must be a date such as 2023-01-01, found \"dienstverlening\"",
        "only the tender's own [contract] can start with a phase of its timeline; write the first "
        "day here, e.g. start = 2023-01-01"}});
}

// The tender's contract starts with the phase "dienstverlening" of its timeline.
constexpr std::string_view kContractStartingWithAPhase = R"([contract]
start = "dienstverlening"
term = "9y"

[[phase]]
id = "dienstverlening"
start = 2023-01-01
)";

TEST(TenderContract, MayStartWithAPhaseOfTheTimeline) {
  Result<Tender> tender = parse_tender_with(kContractStartingWithAPhase);
  ASSERT_TRUE(tender) << describe(tender.error());
  ASSERT_TRUE(tender->contract->start_phase);
  EXPECT_EQ(tender->contract->start_phase->id, "dienstverlening");
  // A string that looks like a date stays a date, with the date error when it is none.
  expect_input_error(
      parse_tender_with("[contract]\nstart = \"2023-02-30\"\nterm = \"9y\"\n"),
      {{"t.toml:13:9", "'start' must be a date such as 2023-01-01, found \"2023-02-30\"",
        "write the year, month and day as YYYY-MM-DD"}});
}

TEST(TenderContract, APhaseWithAnErrorIsNotAlsoCalledMissing) {
  Result<Tender> tender =
      parse_tender_with(std::string(kContractStartingWithAPhase) + "bogus = 1\n");
  ASSERT_FALSE(tender);
  ASSERT_EQ(tender.error().diagnostics().size(), 1U) << describe(tender.error());
  EXPECT_NE(tender.error().diagnostics()[0].message.en.find("bogus"), std::string::npos);
}

TEST(TenderContract, AStartPhaseMustExist) {
  expect_input_error(parse_tender_with(R"([contract]
start = "dienstverleninq"
term = "9y"

[[phase]]
id = "dienstverlening"
start = 2023-01-01
)"),
                     {{"t.toml:13:9",
                       "the contract starts with phase 'dienstverleninq', which the timeline does "
                       "not have",
                       "did you mean 'dienstverlening'?"}});
  expect_input_error(
      parse_tender_with("[contract]\nstart = \"gunning\"\nterm = \"9y\"\n"),
      {{"t.toml:13:9", "the contract starts with phase 'gunning', which the timeline does not have",
        "the tender has no [[phase]]; write the first day as a date, e.g. start = "
        "2023-01-01"}});
}

TEST(ContractsFile, ExtensionsBeyondTheLastYearAreRejected) {
  expect_input_error(
      parse_contracts(one_contract("start = 2190-01-01\nterm = \"9y\"\n"
                                   "extension = { options = 2, used = 1, length = \"2y\" }\n"),
                      "c.toml"),
      {{"c.toml:5:13",
        "with extension option 2 the contract would run beyond 2200, the last year tenderkit "
        "handles",
        ""}});
}

TEST(ContractsFile, MissingTermIsRejectedAtTheContract) {
  expect_input_error(parse_contracts(one_contract("start = 2023-01-01\n"), "c.toml"),
                     {{"c.toml:1:1", "the contract lacks its term",
                       "add term = \"9y\" (or months: \"18m\"), or end = 2031-12-31"}});
}

TEST(ContractsFile, TermInWorkingDaysOrMalformedIsRejected) {
  expect_input_error(
      parse_contracts(one_contract("start = 2023-01-01\nterm = \"10wd\"\n"), "c.toml"),
      {{"c.toml:4:8", "'term' cannot be counted in working days, found \"10wd\"",
        "use calendar units: y, m, w or d"}});
  expect_input_error(
      parse_contracts(one_contract("start = 2023-01-01\nterm = \"9 jr\"\n"), "c.toml"),
      {{"c.toml:4:8",
        "'term' must be a duration such as \"9y\", \"6m\", \"2w\", \"20d\", found \"9 jr\"",
        "a whole number and a unit: y(ears), m(onths), w(eeks), d(ays)"}});
  expect_input_error(parse_contracts(one_contract("start = 2023-01-01\nterm = 9\n"), "c.toml"),
                     {{"c.toml:4:8", "'term' must be a string, found an integer", ""}});
}

TEST(ContractsFile, TermMustBePositiveAndEndNotBeforeStart) {
  expect_input_error(parse_contracts(one_contract("start = 2023-01-01\nterm = \"0y\"\n"), "c.toml"),
                     {{"c.toml:4:8", "'term' must be positive", ""}});
  expect_input_error(
      parse_contracts(one_contract("start = 2023-01-01\nend = 2022-12-31\n"), "c.toml"),
      {{"c.toml:4:7", "'end' (2022-12-31) is before 'start' (2023-01-01)", ""}});
  // 2195-01-01 + 9 years ends on 2203-12-31.
  expect_input_error(
      parse_contracts(one_contract("start = 2195-01-01\nterm = \"9y\"\n"), "c.toml"),
      {{"c.toml:4:8", "the term ends after 2200, beyond the years tenderkit handles", ""}});
}

TEST(ContractsFile, StartIsRequiredAndMustBeAPlainDate) {
  expect_input_error(parse_contracts(one_contract("term = \"9y\"\n"), "c.toml"),
                     {{"c.toml:1:1", "the contract lacks the required key 'start'",
                       "the first day of the contract, e.g. start = 2023-01-01"}});
  expect_input_error(
      parse_contracts(one_contract("start = 2023-01-01T09:00:00\nterm = \"9y\"\n"), "c.toml"),
      {{"c.toml:3:9", "'start' must be a date such as 2023-01-01, found a date-time",
        "leave out the time of day"}});
  expect_input_error(
      parse_contracts(one_contract("start = \"2023-02-30\"\nterm = \"9y\"\n"), "c.toml"),
      {{"c.toml:3:9", "'start' must be a date such as 2023-01-01, found \"2023-02-30\"",
        "write the year, month and day as YYYY-MM-DD"}});
  expect_input_error(parse_contracts(one_contract("start = 1899-12-31\nterm = \"9y\"\n"), "c.toml"),
                     {{"c.toml:3:9", "'start' must be a date from 1900 to 2200", ""}});
}

// --- Extensions, evaluations, notice -------------------------------------------------------------

TEST(ContractsFile, ExtensionOptionsAreChecked) {
  const std::string body =
      "start = 2023-01-01\nterm = \"4y\"\n"
      "extension = { used = 3, length = \"10wd\", decide_before = \"-1m\", "
      "optiens = 2 }\n";
  // Columns on line 5: the table at 13, used's value at 22, length's at 34, decide_before's at
  // 58, the misspelt key at 65.
  expect_input_error(parse_contracts(one_contract(body), "c.toml"),
                     {{"c.toml:5:13", "[contract.extension] lacks the required key 'options'",
                       "how many times the contract may be extended, e.g. options = 2"},
                      {"c.toml:5:22", "'used' (3) is more than 'options' (0)", ""},
                      {"c.toml:5:34", "'length' cannot be counted in working days, found \"10wd\"",
                       "use calendar units: y, m, w or d"},
                      {"c.toml:5:58", "'decide_before' must not be negative", ""},
                      {"c.toml:5:65", "unknown key 'optiens' in [contract.extension]",
                       "did you mean 'options'?"}});
  expect_input_error(
      parse_contracts(
          one_contract("start = 2023-01-01\nterm = \"4y\"\nextension = { options = 21 }\n"),
          "c.toml"),
      {{"c.toml:5:25", "'options' must be between 0 and 20, found 21", ""}});
  expect_input_error(parse_contracts(one_contract("start = 2023-01-01\nterm = \"4y\"\n"
                                                  "extension = { options = 1, length = \"0y\" }\n"),
                                     "c.toml"),
                     {{"c.toml:5:37", "'length' must be positive", ""}});
}

TEST(ContractsFile, EvaluationsAreAscendingContractYears) {
  expect_input_error(
      parse_contracts(one_contract("start = 2023-01-01\nterm = \"9y\"\nevaluations = 3\n"),
                      "c.toml"),
      {{"c.toml:5:15", "'evaluations' must be an array of contract years, found an integer",
        "e.g. evaluations = [3, 6]: after contract years 3 and 6"}});
  // Columns on line 5: 0 at 16, "4" at 19, 6 at 24, the repeated 6 at 27, 101 at 30.
  expect_input_error(
      parse_contracts(
          one_contract("start = 2023-01-01\nterm = \"9y\"\nevaluations = [0, \"4\", 6, 6, 101]\n"),
          "c.toml"),
      {{"c.toml:5:16", "'evaluations' must hold contract years from 1 to 100, found 0", ""},
       {"c.toml:5:19", "'evaluations' must hold contract years from 1 to 100, found a string", ""},
       {"c.toml:5:27", "'evaluations' must be in ascending order without repeats", ""},
       {"c.toml:5:30", "'evaluations' must hold contract years from 1 to 100, found 101", ""}});
}

TEST(ContractsFile, EvaluationMustFallWithinTheTermAsExtendedSoFar) {
  // After contract year 9 of a 9-year contract from 2023-01-01 is the day after its last day.
  expect_input_error(
      parse_contracts(one_contract("start = 2023-01-01\nterm = \"9y\"\nevaluations = [3, 9]\n"),
                      "c.toml"),
      {{"c.toml:5:15",
        "the evaluation after contract year 9 (2032-01-01) falls after the end of the term "
        "(2031-12-31)",
        ""}});
  // One extension used: the term runs to 2026-12-31, so an evaluation on 2026-01-01 fits.
  const Contract extended = parse_one(
      "start = 2023-01-01\nterm = \"3y\"\nextension = { options = 2, used = 1 }\n"
      "evaluations = [3]\n");
  EXPECT_EQ(extended.evaluations_after_years, std::vector<int>{3});
}

TEST(ContractsFile, NoticePeriodNeedsEvaluationsAndMustNotBeNegative) {
  expect_input_error(
      parse_contracts(one_contract("start = 2023-01-01\nterm = \"9y\"\nnotice_period = \"6m\"\n"),
                      "c.toml"),
      {{"c.toml:5:17",
        "'notice_period' is given, but the contract has no evaluations to give notice at",
        "add evaluations = [3, 6], or remove it"}});
  expect_input_error(
      parse_contracts(one_contract("start = 2023-01-01\nterm = \"9y\"\nevaluations = [3]\n"
                                   "notice_period = \"-6m\"\n"),
                      "c.toml"),
      {{"c.toml:6:17", "'notice_period' must not be negative", ""}});
}

// --- Intake moments, reporting -------------------------------------------------------------------

TEST(ContractsFile, IntakeMomentsAreSortedMonthDays) {
  const Contract contract = parse_one(
      "start = 2023-01-01\nterm = \"1y\"\nintake_moments = [\"10-01\", \"02-29\", "
      "\"04-01\"]\n");
  EXPECT_EQ(contract.intake_moments, (std::vector<MonthDay>{{2, 29}, {4, 1}, {10, 1}}));
}

const std::string kBadDay =
    "'intake_moments' must hold days of the year such as \"1 oktober\", \"October 1\" or "
    "\"10-01\" (MM-DD), found ";
const std::string kDayHint =
    "write the month in words, e.g. \"1 oktober\" or \"1 October\", or { month = 10, day = 1 }; "
    "MM-DD (\"10-01\") is read month first";

TEST(ContractsFile, IntakeMomentErrorsNameTheElement) {
  // Columns on line 5: "04-31" at 19, "4-1" at 28, the second "10-01" at 44, 5 at 53.
  expect_input_error(
      parse_contracts(
          one_contract("start = 2023-01-01\nterm = \"1y\"\n"
                       "intake_moments = [\"04-31\", \"4-1\", \"10-01\", \"10-01\", 5]\n"),
          "c.toml"),
      {{"c.toml:5:19", kBadDay + "'04-31'", kDayHint},
       {"c.toml:5:28", kBadDay + "'4-1'", kDayHint},
       {"c.toml:5:44", "intake moment 1 October is given twice", ""},
       {"c.toml:5:53", "'intake_moments' must hold days of the year, found an integer", kDayHint}});
}

TEST(ContractsFile, ReportingCadences) {
  const Contract monthly = parse_one(
      "start = 2023-01-01\nterm = \"1y\"\nreporting = { cadence = \"monthly\", due_after_days = "
      "15 }\n");
  EXPECT_EQ(monthly.reporting->cadence, ReportingCadence::monthly);
  EXPECT_EQ(monthly.reporting->due_after_days, 15);
  const Contract quarterly =
      parse_one("start = 2023-01-01\nterm = \"1y\"\nreporting = { cadence = \"quarterly\" }\n");
  EXPECT_EQ(quarterly.reporting->cadence, ReportingCadence::quarterly);
  EXPECT_EQ(quarterly.reporting->due_after_days, 0);
  const Contract yearly = parse_one(
      "start = 2023-01-01\nterm = \"1y\"\nreporting = { cadence = \"yearly\", due_after_days = 366 "
      "}\n");
  EXPECT_EQ(yearly.reporting->cadence, ReportingCadence::yearly);
  EXPECT_EQ(yearly.reporting->due_after_days, 366);
}

TEST(ContractsFile, ReportingErrorsSayWhatIsExpected) {
  expect_input_error(
      parse_contracts(one_contract("start = 2023-01-01\nterm = \"1y\"\n"
                                   "reporting = { cadence = \"kwartaal\" }\n"),
                      "c.toml"),
      {{"c.toml:5:25",
        "'cadence' must be one of 'monthly', 'quarterly', 'yearly', found 'kwartaal'",
        "did you mean 'quarterly'? ('kwartaal' is written 'quarterly' here)"}});
  expect_input_error(
      parse_contracts(one_contract("start = 2023-01-01\nterm = \"1y\"\n"
                                   "reporting = { cadense = \"monthly\", due_after_days = 400 }\n"),
                      "c.toml"),
      {{"c.toml:5:13", "[contract.reporting] lacks the required key 'cadence'",
        "cadence = \"monthly\", \"quarterly\" or \"yearly\""},
       {"c.toml:5:15", "unknown key 'cadense' in [contract.reporting]", "did you mean 'cadence'?"},
       {"c.toml:5:53", "'due_after_days' must be between 0 and 366, found 400", ""}});
}

// --- Deadline rules ------------------------------------------------------------------------------

TEST(ContractsFile, FileDeadlineRulesApplyAndAContractOverridesThem) {
  Result<ContractPortfolio> portfolio = parse_contracts(R"([deadline_rules]
report = "none"
notice = "next-working-day"

[[contract]]
id = "a"
start = 2023-01-01
term = "1y"

[[contract]]
id = "b"
start = 2023-01-01
term = "1y"
deadline_rules = { notice = "none", evaluation = "previous-working-day" }
)",
                                                        "c.toml");
  ASSERT_TRUE(portfolio) << describe(portfolio.error());
  const Contract& a = portfolio->contracts[0];
  EXPECT_EQ(rule_of(a, MilestoneKind::report), DeadlineRule::none);
  EXPECT_EQ(rule_of(a, MilestoneKind::notice), DeadlineRule::next_working_day);
  EXPECT_EQ(rule_of(a, MilestoneKind::budget), DeadlineRule::previous_working_day);
  EXPECT_EQ(rule_of(a, MilestoneKind::evaluation), DeadlineRule::none);
  const Contract& b = portfolio->contracts[1];
  EXPECT_EQ(rule_of(b, MilestoneKind::report), DeadlineRule::none);  // the file's
  EXPECT_EQ(rule_of(b, MilestoneKind::notice), DeadlineRule::none);  // its own
  EXPECT_EQ(rule_of(b, MilestoneKind::evaluation), DeadlineRule::previous_working_day);
  EXPECT_EQ(rule_of(b, MilestoneKind::extension_decision), DeadlineRule::previous_working_day);
}

TEST(ContractsFile, DeadlineRuleErrorsSuggestKindsAndRules) {
  // Columns on line 5: reports at 20, phase-start at 50, notice's value at 81, budget's at 106.
  const std::string body =
      "start = 2023-01-01\nterm = \"1y\"\n"
      "deadline_rules = { reports = \"next-working-day\", phase-start = \"none\", notice = "
      "\"next-workday\", budget = 3 }\n";
  expect_input_error(
      parse_contracts(one_contract(body), "c.toml"),
      {{"c.toml:5:20", "unknown milestone kind 'reports' in 'deadline_rules'",
        "did you mean 'report'?"},
       {"c.toml:5:50", "unknown milestone kind 'phase-start' in 'deadline_rules'", ""},
       {"c.toml:5:81",
        "deadline rule for 'notice' must be 'next-working-day', 'previous-working-day' or 'none', "
        "found 'next-workday'",
        "did you mean 'next-working-day'?"},
       {"c.toml:5:106",
        "deadline rule for 'budget' must be 'next-working-day', 'previous-working-day' or 'none', "
        "found an integer",
        ""}});
}

// --- Keys and ids --------------------------------------------------------------------------------

TEST(ContractsFile, UnknownKeysGetADidYouMean) {
  expect_input_error(
      parse_contracts("titel = \"x\"\n\n" + one_contract("start = 2023-01-01\n"
                                                         "term = \"9y\"\n"
                                                         "evaluation = [3]\n"),
                      "c.toml"),
      {{"c.toml:1:1", "unknown key 'titel' in the contracts file",
        "did you mean 'title'? ('titel' is written 'title' here)"},
       {"c.toml:7:1", "unknown key 'evaluation' in [[contract]]", "did you mean 'evaluations'?"}});
}

TEST(ContractsFile, DutchKeyNamesGetTheTenderkitKey) {
  expect_input_error(
      parse_contracts(one_contract("start = 2023-01-01\n"
                                   "looptijd = \"9y\"\n"
                                   "naam = \"Jeugdhulp\"\n"
                                   "opdrachtnemer = \"Zorg BV\"\n"
                                   "evaluatiemomenten = [3]\n"
                                   "opzegtermijn = \"6m\"\n"
                                   "[contract.verlenging]\n"
                                   "options = 1\n"),
                      "c.toml"),
      {{"c.toml:4:1", "unknown key 'looptijd' in [[contract]]",
        "did you mean 'term'? ('looptijd' is written 'term' here)"},
       {"c.toml:5:1", "unknown key 'naam' in [[contract]]",
        "did you mean 'name'? ('naam' is written 'name' here)"},
       {"c.toml:6:1", "unknown key 'opdrachtnemer' in [[contract]]",
        "did you mean 'provider'? ('opdrachtnemer' is written 'provider' here)"},
       {"c.toml:7:1", "unknown key 'evaluatiemomenten' in [[contract]]",
        "did you mean 'evaluations'? ('evaluatiemomenten' is written 'evaluations' here)"},
       {"c.toml:8:1", "unknown key 'opzegtermijn' in [[contract]]",
        "did you mean 'notice_period'? ('opzegtermijn' is written 'notice_period' here)"},
       {"c.toml:9:11", "unknown key 'verlenging' in [[contract]]",
        "did you mean [contract.extension]? ('verlenging' is written [contract.extension] here)"}});
  expect_input_error(
      parse_contracts("[[overeenkomst]]\nid = \"c\"\n", "c.toml"),
      {{"c.toml:1:1", "the contracts file holds no contracts",
        "add one [[contract]] table per contract"},
       {"c.toml:1:3", "unknown key 'overeenkomst' in the contracts file",
        "did you mean [[contract]]? ('overeenkomst' is written [[contract]] here)"}});
}

TEST(ContractsFile, ContractIdIsRequiredWellFormedAndUnique) {
  expect_input_error(parse_contracts("[[contract]]\nstart = 2023-01-01\nterm = \"1y\"\n", "c.toml"),
                     {{"c.toml:1:1", "[[contract]] lacks the required key 'id'", ""}});
  expect_input_error(
      parse_contracts("[[contract]]\nid = \"a b\"\nstart = 2023-01-01\nterm = \"1y\"\n", "c.toml"),
      {{"c.toml:2:6",
        "contract id 'a b' may hold only letters, digits, '.', '_' and '-', and must start with a "
        "letter or digit",
        ""}});
  expect_input_error(
      parse_contracts(R"([[contract]]
id = "a"
start = 2023-01-01
term = "1y"

[[contract]]
id = "a"
start = 2024-01-01
term = "1y"
)",
                      "c.toml"),
      {{"c.toml:7:6", "contract id 'a' is defined twice", "first defined at c.toml:2:6"}});
}

TEST(ContractsFile, AFileWithoutContractsIsRejected) {
  for (std::string_view content : {"", "title = \"x\"\n", "contract = []\n"}) {
    expect_input_error(parse_contracts(content, "c.toml"),
                       {{"c.toml:1:1", "the contracts file holds no contracts",
                         "add one [[contract]] table per contract"}});
  }
}

TEST(ContractsFile, ReportsEveryProblemOfEveryContractInFileOrder) {
  Result<ContractPortfolio> portfolio = parse_contracts(R"([[contract]]
id = "a"
start = 2023-01-01
term = "10wd"

[[contract]]
id = "b"
term = "1y"
intake_moments = ["13-01"]
)",
                                                        "c.toml");
  expect_input_error(portfolio,
                     {{"c.toml:4:8", "'term' cannot be counted in working days, found \"10wd\"",
                       "use calendar units: y, m, w or d"},
                      {"c.toml:6:1", "the contract lacks the required key 'start'",
                       "the first day of the contract, e.g. start = 2023-01-01"},
                      {"c.toml:9:19", kBadDay + "'13-01'", kDayHint}});
}

TEST(ContractsFile, LoadsFromDiskAndNamesTheFile) {
  TempDir dir;
  const std::filesystem::path path =
      dir.write("contracts.toml", one_contract("start = 2023-01-01\nterm = \"0m\"\n"));
  expect_input_error(load_contracts(path),
                     {{path.string() + ":4:8", "'term' must be positive", ""}});
  Result<ContractPortfolio> missing = load_contracts(dir.path() / "absent.toml");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message().find("absent.toml"), std::string::npos)
      << missing.error().message();
}

// --- The tender's [contract] ---------------------------------------------------------------------

TEST(TenderContract, TakesTheTendersIdAndIntegralCareByDefault) {
  Result<Tender> tender = parse_tender_with("[contract]\nstart = 2023-01-01\nterm = \"9y\"\n");
  ASSERT_TRUE(tender) << describe(tender.error());
  ASSERT_TRUE(tender->contract);
  EXPECT_EQ(tender->contract->id, "t");
  EXPECT_EQ(tender->contract->name, "t");
  EXPECT_EQ(tender->contract->care_type, CareType::integral);
  EXPECT_EQ(tender->contract->where.to_string(), "t.toml:12:1");

  Result<Tender> named = parse_tender_with(
      "[contract]\nid = \"integraal\"\nname = \"Integraal\"\nstart = 2023-01-01\nterm = \"9y\"\n");
  ASSERT_TRUE(named) << describe(named.error());
  EXPECT_EQ(named->contract->id, "integraal");
  EXPECT_EQ(named->contract->name, "Integraal");

  Result<Tender> none = parse_tender_with("");
  ASSERT_TRUE(none) << describe(none.error());
  EXPECT_FALSE(none->contract);
  EXPECT_TRUE(none->timeline.empty());
}

TEST(TenderContract, ReadsTheMvsTemplateContract) {
  Result<Tender> tender = load_tender(template_path("mvs", "tender.toml"));
  ASSERT_TRUE(tender) << describe(tender.error());
  ASSERT_TRUE(tender->contract);
  const Contract& contract = *tender->contract;
  EXPECT_EQ(contract.id, "mvs-jeugdhulp-2023");
  EXPECT_EQ(contract.start, date(2023, 1, 1));
  EXPECT_EQ(contract.term, (Duration{9, DurationUnit::years}));
  EXPECT_EQ(contract.extensions.count, 0);
  EXPECT_EQ(contract.evaluations_after_years, (std::vector<int>{3, 6}));
  EXPECT_EQ(contract.notice_period, (Duration{6, DurationUnit::months}));
  EXPECT_EQ(contract.budget_agreement, (MonthDay{10, 1}));
  EXPECT_EQ(contract.indexation, (MonthDay{1, 1}));
  EXPECT_EQ(rule_of(contract, MilestoneKind::report), DeadlineRule::next_working_day);
  EXPECT_EQ(rule_of(contract, MilestoneKind::notice), DeadlineRule::previous_working_day);
}

TEST(TenderContract, ErrorsNameTheTenderFileAndTheSection) {
  expect_input_error(
      parse_tender_with("[contract]\nstart = 2023-01-01\nterm = \"9y\"\ncare_type = "
                        "\"pleegzorg\"\nreporting = { cadence = \"monthly\", due = 5 }\n"),
      {{"t.toml:15:13",
        "'care_type' must be one of 'integral', 'ambulant', 'foster-care', 'residential', "
        "'crisis', 'youth-protection', 'other', found 'pleegzorg'",
        "did you mean 'foster-care'? ('pleegzorg' is written 'foster-care' here)"},
       {"t.toml:16:36", "unknown key 'due' in [contract.reporting]", ""}});
}

// --- The [[phase]] timeline ----------------------------------------------------------------------

TEST(TimelineFile, ReadsTheIjmondTemplateTimeline) {
  Result<Tender> tender = load_tender(template_path("ijmond-zk", "tender.toml"));
  ASSERT_TRUE(tender) << describe(tender.error());
  const std::vector<Phase>& phases = tender->timeline;
  std::vector<std::string> ids;
  for (const Phase& phase : phases) {
    ids.push_back(phase.id);
  }
  EXPECT_EQ(ids,
            (std::vector<std::string>{"strategie", "aankondiging", "aanmelden", "selectie",
                                      "dialoog", "inschrijven", "beoordeling", "gunning", "alcatel",
                                      "ondertekening", "implementatie", "dienstverlening"}));
  EXPECT_EQ(phases[0].kind, PhaseKind::milestone);
  EXPECT_EQ(phases[0].fixed_start, date(2021, 2, 16));
  EXPECT_TRUE(phases[0].after.empty());
  EXPECT_EQ(phases[1].lag, (Duration{4, DurationUnit::weeks}));
  EXPECT_EQ(phases[1].start_rule, DeadlineRule::next_working_day);
  EXPECT_EQ(phases[4].name, "Dialoogfase met de geselecteerde gegadigden");
  EXPECT_EQ(phases[4].kind, PhaseKind::phase);
  ASSERT_EQ(phases[4].after.size(), 1U);
  EXPECT_EQ(phases[4].after[0].id, "selectie");
  EXPECT_EQ(phases[4].after[0].where.line, 277);  // in templates/ijmond-zk/tender.toml
  EXPECT_EQ(phases[4].lag, (Duration{1, DurationUnit::working_days}));
  EXPECT_EQ(phases[4].duration, (Duration{12, DurationUnit::months}));
  EXPECT_EQ(phases[4].end_rule, DeadlineRule::previous_working_day);
  EXPECT_EQ(phases[8].kind, PhaseKind::standstill);
  EXPECT_EQ(phases[8].duration, (Duration{20, DurationUnit::days}));
  EXPECT_EQ(phases[8].end_rule, DeadlineRule::next_working_day);
  EXPECT_EQ(phases[9].kind, PhaseKind::milestone);
  EXPECT_EQ(phases[9].lag, (Duration{4, DurationUnit::working_days}));
}

TEST(TimelineFile, UnknownPhaseGetsTheClosestIdAndSelfReferenceIsRejected) {
  expect_input_error(parse_tender_with(R"([[phase]]
id = "selectie"
start = 2021-03-01
duration = "4w"

[[phase]]
id = "gunning"
after = ["selectei", "gunning"]
)"),
                     {{"t.toml:19:10", "phase 'gunning' follows an unknown phase 'selectei'",
                       "did you mean 'selectie'?"},
                      {"t.toml:19:22", "phase 'gunning' follows itself", ""}});
}

TEST(TimelineFile, DependencyCycleIsNamedInOrder) {
  expect_input_error(
      parse_tender_with(R"([[phase]]
id = "start"
start = 2021-03-01

[[phase]]
id = "a"
after = ["start", "b"]
duration = "1w"

[[phase]]
id = "b"
after = "c"
duration = "1w"

[[phase]]
id = "c"
after = "a"
duration = "1w"
)"),
      {{"t.toml:28:9", "the phases depend on each other in a cycle: a -> b -> c -> a",
        "a phase can only follow phases that end before it starts"}});
}

TEST(TimelineFile, DuplicatePhaseIdNamesTheFirst) {
  expect_input_error(
      parse_tender_with(R"([[phase]]
id = "gunning"
start = 2021-03-01

[[phase]]
id = "gunning"
start = 2021-04-01
)"),
      {{"t.toml:17:6", "phase id 'gunning' is defined twice", "first defined at t.toml:13:6"}});
}

TEST(TimelineFile, StartLagAndLengthAreChecked) {
  expect_input_error(
      parse_tender_with(R"([[phase]]
id = "a"
start = 2021-03-01
after = "b"

[[phase]]
id = "b"
duration = "1w"

[[phase]]
id = "c"
start = 2021-03-01
lag = "2w"

[[phase]]
id = "d"
kind = "milestone"
start = 2021-03-01
duration = "2w"

[[phase]]
id = "e"
kind = "phase"
start = 2021-03-01

[[phase]]
id = "f"
start = 2021-03-01
duration = "1w"
end = 2021-03-31
)"),
      {{"t.toml:15:9", "a phase has either a fixed 'start' or 'after', not both", ""},
       {"t.toml:17:1", "phase 'b' has no start",
        "give start = 2021-03-01, or after = \"other-phase\""},
       {"t.toml:24:7", "'lag' applies only to a phase that follows others ('after')", ""},
       {"t.toml:30:12",
        "a milestone is one day: it has no 'duration', 'end' or "
        "'end_rule'",
        "make it kind = \"phase\""},
       {"t.toml:32:1", "phase 'e' has no length",
        "give duration = \"6w\" (or \"3m\", \"20d\", \"10wd\"), or end = 2021-06-30"},
       {"t.toml:41:7", "a phase has either a 'duration' or an 'end', not both", ""}});
}

TEST(TimelineFile, StandstillLastsAtLeastTwentyCalendarDaysAndEndsOnAWorkingDay) {
  Result<Tender> defaulted = parse_tender_with(R"([[phase]]
id = "gunning"
start = 2023-03-20

[[phase]]
id = "alcatel"
kind = "standstill"
after = "gunning"
)");
  ASSERT_TRUE(defaulted) << describe(defaulted.error());
  const Phase& standstill = defaulted->timeline[1];
  EXPECT_EQ(standstill.kind, PhaseKind::standstill);
  EXPECT_EQ(standstill.duration, (Duration{20, DurationUnit::days}));
  EXPECT_EQ(standstill.end_rule, DeadlineRule::next_working_day);

  const std::string head =
      "[[phase]]\nid = \"gunning\"\nstart = 2023-03-20\n\n[[phase]]\n"
      "id = \"alcatel\"\nkind = \"standstill\"\nafter = \"gunning\"\n";
  // Every calendar unit counts, from 20 days up (a month is never under 28 days).
  for (const auto& [text, duration] :
       std::vector<std::pair<std::string, Duration>>{{"20d", {20, DurationUnit::days}},
                                                     {"21 dagen", {21, DurationUnit::days}},
                                                     {"3w", {3, DurationUnit::weeks}},
                                                     {"4 weken", {4, DurationUnit::weeks}},
                                                     {"1m", {1, DurationUnit::months}},
                                                     {"2 maanden", {2, DurationUnit::months}},
                                                     {"1y", {1, DurationUnit::years}}}) {
    SCOPED_TRACE(text);
    Result<Tender> accepted = parse_tender_with(head + "duration = \"" + text + "\"\n");
    ASSERT_TRUE(accepted) << describe(accepted.error());
    EXPECT_EQ(accepted->timeline[1].duration, duration);
  }
  const std::string hint =
      "Aanbestedingswet 2012 art. 2.127: duration = \"20d\" or more (or \"3w\", \"1m\")";
  expect_input_error(
      parse_tender_with(head + "duration = \"19d\"\n"),
      {{"t.toml:20:12", "the standstill period must last at least 20 calendar days, found '19d'",
        hint}});
  expect_input_error(parse_tender_with(head + "duration = \"2w\"\n"),
                     {{"t.toml:20:12",
                       "the standstill period must last at least 20 calendar days, found '2w' "
                       "(14 days)",
                       hint}});
  expect_input_error(parse_tender_with(head + "duration = \"0m\"\n"),
                     {{"t.toml:20:12",
                       "the standstill period must last at least 20 calendar days, found '0m' "
                       "(0 days)",
                       hint}});
  // Working days are refused whatever their number: the law counts calendar days.
  for (const std::string text : {"15wd", "20wd", "30 werkdagen"}) {
    SCOPED_TRACE(text);
    Result<Tender> refused = parse_tender_with(head + "duration = \"" + text + "\"\n");
    ASSERT_FALSE(refused);
    expect_input_error(
        refused, {{"t.toml:20:12",
                   "the standstill period is counted in calendar days, not working days: found '" +
                       calendar::to_string(*calendar::parse_duration(text)) + "'",
                   "Aanbestedingswet 2012 art. 2.127 counts at least 20 calendar days, weekends "
                   "and holidays included: duration = \"20d\" (or \"3w\", \"1m\")"}});
  }
  expect_input_error(parse_tender_with(head + "end_rule = \"previous-working-day\"\n"),
                     {{"t.toml:20:12",
                       "the standstill period ends on a working day: its 'end_rule' can only be "
                       "'next-working-day'",
                       ""}});
  expect_input_error(parse_tender_with(head + "end = 2023-04-30\n"),
                     {{"t.toml:20:7",
                       "the standstill period is given by its 'duration', not an "
                       "'end'",
                       "at least 20 calendar days from the day after the award decision is sent"}});
}

TEST(TimelineFile, DutchKindWordsGetAHint) {
  expect_input_error(
      parse_tender_with("[[phase]]\nid = \"a\"\nkind = \"alcatel\"\nstart = 2023-03-20\n"),
      {{"t.toml:14:8", "'kind' must be one of 'phase', 'milestone', 'standstill', found 'alcatel'",
        "did you mean 'standstill'? ('alcatel' is written 'standstill' here)"}});
}

// Days of the year in words, as a table, or MM-DD; a MM-DD that reads otherwise day first is kept
// for tender-schedule's warning, with its place.
TEST(ContractsFile, DaysOfTheYearInWordsAsATableOrMonthFirst) {
  Result<ContractPortfolio> portfolio = parse_contracts(
      one_contract("start = 2023-01-01\nterm = \"1y\"\n"
                   "intake_moments = [\"1 oktober\", { month = 4, day = 1 }, \"Jan 15\", "
                   "\"07-01\"]\n"
                   "budget_agreement = \"01-10\"\n"
                   "indexation = { day = 1, month = 1 }\n"),
      "c.toml");
  ASSERT_TRUE(portfolio) << describe(portfolio.error());
  const Contract& contract = portfolio->contracts.at(0);
  EXPECT_EQ(contract.intake_moments, (std::vector<MonthDay>{{1, 15}, {4, 1}, {7, 1}, {10, 1}}));
  EXPECT_EQ(contract.budget_agreement, (MonthDay{1, 10}));  // MM-DD: 10 January, as before
  EXPECT_EQ(contract.indexation, (MonthDay{1, 1}));
  ASSERT_EQ(contract.ambiguous_month_days.size(), 2U);
  EXPECT_EQ(contract.ambiguous_month_days[0].key, "intake_moments");
  EXPECT_EQ(contract.ambiguous_month_days[0].text, "07-01");
  EXPECT_EQ(contract.ambiguous_month_days[0].value, (MonthDay{7, 1}));
  EXPECT_EQ(contract.ambiguous_month_days[0].where.to_string(), "c.toml:5:66");
  EXPECT_EQ(contract.ambiguous_month_days[1].key, "budget_agreement");
  EXPECT_EQ(contract.ambiguous_month_days[1].text, "01-10");
  EXPECT_EQ(contract.ambiguous_month_days[1].where.to_string(), "c.toml:6:20");

  // "01-01", "12-25" and "10-10" read the same either way: nothing to warn about.
  Result<ContractPortfolio> plain = parse_contracts(
      one_contract("start = 2023-01-01\nterm = \"1y\"\nintake_moments = [\"01-01\", "
                   "\"10-10\", \"12-25\"]\n"),
      "c.toml");
  ASSERT_TRUE(plain) << describe(plain.error());
  EXPECT_TRUE(plain->contracts.at(0).ambiguous_month_days.empty());
}

TEST(ContractsFile, DayOfTheYearTablesNeedAMonthAndADayThatExist) {
  const std::string head = "start = 2023-01-01\nterm = \"1y\"\n";
  expect_input_error(
      parse_contracts(one_contract(head + "indexation = { month = 4, day = 31 }\n"), "c.toml"),
      {{"c.toml:5:14", "'indexation': day 31 does not exist in April", ""}});
  expect_input_error(parse_contracts(one_contract(head + "indexation = { month = 4 }\n"), "c.toml"),
                     {{"c.toml:5:14", "'indexation' lacks its 'day'",
                       "e.g. { month = 10, day = 1 } for 1 October"}});
  Result<ContractPortfolio> wrong = parse_contracts(
      one_contract(head + "budget_agreement = { month = 13, day = 1, year = 2023 }\n"), "c.toml");
  ASSERT_FALSE(wrong);
  const std::string described = describe(wrong.error());
  EXPECT_NE(described.find("'month'"), std::string::npos) << described;
  EXPECT_NE(described.find("year"), std::string::npos) << described;
  expect_input_error(
      parse_contracts(one_contract(head + "indexation = \"1 oktober 2023\"\n"), "c.toml"),
      {{"c.toml:5:14",
        "'indexation' must hold days of the year such as \"1 oktober\", \"October 1\" or "
        "\"10-01\" (MM-DD), found '1 oktober 2023'",
        kDayHint}});
}

}  // namespace
}  // namespace tenderkit::input
