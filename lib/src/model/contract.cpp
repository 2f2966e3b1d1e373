// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/model/contract.hpp>
#include <tenderkit/model/wording.hpp>

#include <fmt/format.h>

#include <cstddef>

namespace tenderkit {

namespace {

struct KindEntry {
  MilestoneKind kind;
  std::string_view id;
  LocalizedText name;
  bool contract_kind;
};

const std::array<KindEntry, kMilestoneKindCount>& kind_table() {
  static const std::array<KindEntry, kMilestoneKindCount> table{{
      {MilestoneKind::start, "start", {"Contract start", "Ingangsdatum"}, true},
      {MilestoneKind::intake, "intake", {"Intake moment", "Instroommoment"}, true},
      {MilestoneKind::indexation, "indexation", {"Price indexation", "Prijsindexatie"}, true},
      {MilestoneKind::budget, "budget", {"Budget agreement", "Budgetafspraak"}, true},
      {MilestoneKind::report, "report", {"Report due", "Rapportage"}, true},
      {MilestoneKind::notice, "notice", {"Notice deadline", "Opzegtermijn"}, true},
      {MilestoneKind::evaluation, "evaluation", {"Evaluation", "Evaluatie"}, true},
      {MilestoneKind::extension_decision,
       "extension-decision",
       {"Extension decision", "Besluit verlenging"},
       true},
      {MilestoneKind::end_of_term, "end-of-term", {"End of term", "Einde looptijd"}, true},
      {MilestoneKind::phase_start, "phase-start", {"Phase starts", "Start fase"}, false},
      {MilestoneKind::phase_end, "phase-end", {"Phase ends", "Einde fase"}, false},
      {MilestoneKind::timeline_milestone, "milestone", {"Milestone", "Mijlpaal"}, false},
  }};
  return table;
}

struct CareTypeEntry {
  CareType type;
  std::string_view id;
  LocalizedText name;
};

const std::array<CareTypeEntry, 7>& care_type_table() {
  static const std::array<CareTypeEntry, 7> table{{
      {CareType::integral, "integral", {"integral youth care", "integrale jeugdhulp"}},
      {CareType::ambulant, "ambulant", {"ambulant care", "ambulante jeugdhulp"}},
      {CareType::foster_care,
       "foster-care",
       {"foster and family care", "pleegzorg en gezinshuizen"}},
      {CareType::residential, "residential", {"residential care", "verblijf"}},
      {CareType::crisis, "crisis", {"crisis care", "crisishulp"}},
      {CareType::youth_protection,
       "youth-protection",
       {"youth protection and probation", "jeugdbescherming en jeugdreclassering"}},
      {CareType::other, "other", {"other", "overig"}},
  }};
  return table;
}

}  // namespace

std::string_view to_string(MilestoneKind kind) {
  return kind_table()[static_cast<std::size_t>(kind)].id;
}

const LocalizedText& display_name(MilestoneKind kind) {
  return kind_table()[static_cast<std::size_t>(kind)].name;
}

std::vector<std::string> contract_milestone_kind_names() {
  std::vector<std::string> names;
  for (const KindEntry& entry : kind_table()) {
    if (entry.contract_kind) {
      names.emplace_back(entry.id);
    }
  }
  return names;
}

std::optional<MilestoneKind> parse_milestone_kind(std::string_view text) {
  for (const KindEntry& entry : kind_table()) {
    if (entry.id == text) {
      return entry.kind;
    }
  }
  return std::nullopt;
}

DeadlineRules default_deadline_rules() {
  using calendar::DeadlineRule;
  DeadlineRules rules{};
  rules.fill(DeadlineRule::none);
  rules[static_cast<std::size_t>(MilestoneKind::notice)] = DeadlineRule::previous_working_day;
  rules[static_cast<std::size_t>(MilestoneKind::extension_decision)] =
      DeadlineRule::previous_working_day;
  rules[static_cast<std::size_t>(MilestoneKind::budget)] = DeadlineRule::previous_working_day;
  rules[static_cast<std::size_t>(MilestoneKind::report)] = DeadlineRule::next_working_day;
  return rules;
}

std::string_view to_string(CareType type) {
  return care_type_table()[static_cast<std::size_t>(type)].id;
}

const LocalizedText& display_name(CareType type) {
  return care_type_table()[static_cast<std::size_t>(type)].name;
}

std::vector<std::string> care_type_names() {
  std::vector<std::string> names;
  for (const CareTypeEntry& entry : care_type_table()) {
    names.emplace_back(entry.id);
  }
  return names;
}

std::string_view to_string(ReportingCadence cadence) {
  switch (cadence) {
    case ReportingCadence::monthly:
      return "monthly";
    case ReportingCadence::quarterly:
      return "quarterly";
    case ReportingCadence::yearly:
      return "yearly";
  }
  return "quarterly";
}

std::string_view to_string(PhaseKind kind) {
  switch (kind) {
    case PhaseKind::phase:
      return "phase";
    case PhaseKind::milestone:
      return "milestone";
    case PhaseKind::standstill:
      return "standstill";
  }
  return "phase";
}

calendar::Date Extensions::extend(calendar::Date last_day) const {
  // The loader refuses working days for an option's length; were one given, it would count the
  // general holidays only.
  return calendar::WorkingDayCalendar().last_day_of_period(calendar::add_days(last_day, 1), length);
}

std::optional<calendar::Date> last_day_of_initial_term(const Contract& contract) {
  if (contract.initial_end) {
    return contract.initial_end;
  }
  if (contract.term) {
    // As for an extension: never working days from the loader, general holidays only otherwise.
    return calendar::WorkingDayCalendar().last_day_of_period(contract.start, *contract.term);
  }
  return std::nullopt;
}

std::vector<ContractDateProblem> contract_date_problems(const Contract& contract) {
  std::vector<ContractDateProblem> problems;
  const std::optional<calendar::Date> last_day = last_day_of_initial_term(contract);
  if (!last_day) {
    return problems;
  }
  if (*last_day < contract.start) {
    problems.push_back({wording::say(model::words::end_before_start,
                                     {wording::text("end", calendar::to_iso(*last_day)),
                                      wording::text("start", calendar::to_iso(contract.start))}),
                        "end"});
    return problems;
  }
  if (int(last_day->year()) > calendar::kLastYear) {
    problems.push_back({wording::say(model::words::term_beyond_years,
                                     {wording::text("year", std::to_string(calendar::kLastYear))}),
                        contract.term ? "term" : "end"});
    return problems;
  }
  // Every extension option taken up ends within the years tenderkit handles.
  calendar::Date latest_end = *last_day;
  for (int option = 0; option < contract.extensions.count; ++option) {
    latest_end = contract.extensions.extend(latest_end);
    if (int(latest_end.year()) > calendar::kLastYear) {
      problems.push_back(
          {wording::say(model::words::extension_beyond_years,
                        {wording::integer("option", option + 1),
                         wording::text("year", std::to_string(calendar::kLastYear))}),
           "extension"});
      return problems;
    }
  }
  // An evaluation after year N must fall within the term as extended so far.
  calendar::Date current_end = *last_day;
  for (int option = 0; option < contract.extensions.used; ++option) {
    current_end = contract.extensions.extend(current_end);
  }
  for (int year : contract.evaluations_after_years) {
    const calendar::Date moment = calendar::add_years(contract.start, year);
    if (moment > current_end) {
      problems.push_back({wording::say(model::words::evaluation_after_term,
                                       {wording::integer("year", year),
                                        wording::text("date", calendar::to_iso(moment)),
                                        wording::text("end", calendar::to_iso(current_end))}),
                          "evaluations"});
    }
  }
  return problems;
}

}  // namespace tenderkit
