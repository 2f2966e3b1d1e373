// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/schedule/schedule.hpp>
#include <tenderkit/schedule/wording.hpp>

#include <cctype>
#include <string>
#include <vector>

namespace tenderkit::schedule {

namespace {

using calendar::DeadlineRule;
using wording::integer;
using wording::localized;
using wording::say;

template <class Make>
LocalizedText per_language(const Make& make) {
  return LocalizedText{make(Language::en), make(Language::nl)};
}

// "1 oktober 2025" / "1 October 2025".
LocalizedText long_date(const calendar::Date& date) {
  return per_language([&](Language language) { return calendar::to_long_text(date, language); });
}

// "1 april" / "1 April".
LocalizedText day_of_year(const calendar::MonthDay& moment) {
  return per_language([&](Language language) { return calendar::to_text(moment, language); });
}

LocalizedText duration(const calendar::Duration& length) {
  return per_language([&](Language language) { return calendar::to_text(length, language); });
}

LocalizedText sentences(const std::vector<LocalizedText>& parts) {
  LocalizedText text;
  for (const LocalizedText& part : parts) {
    for (Language language : {Language::en, Language::nl}) {
      std::string& into = language == Language::en ? text.en : text.nl;
      if (!into.empty()) {
        into += ' ';
      }
      into += part.in(language);
    }
  }
  return text;
}

}  // namespace

LocalizedText joined(const std::vector<LocalizedText>& parts) {
  LocalizedText first;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    if (i > 0) {
      first.en += ", ";
      first.nl += ", ";
    }
    first.en += parts[i].en;
    first.nl += parts[i].nl;
  }
  if (parts.empty()) {
    return {};
  }
  if (parts.size() == 1) {
    return parts.front();
  }
  return say(words::list_and, {localized("first", first), localized("last", parts.back())});
}

namespace {

LocalizedText term_clause(const Contract& contract, const ContractDates& dates) {
  if (contract.term) {
    return say(words::clause_term, {localized("start", long_date(contract.start)),
                                    localized("term", duration(*contract.term)),
                                    localized("end", long_date(dates.initial_end))});
  }
  return say(words::clause_term_until, {localized("start", long_date(contract.start)),
                                        localized("end", long_date(dates.initial_end))});
}

// Facts only: what to do about a contract without options (re-tender) is the schedule's, not the
// contract's, and shows in its milestones.
LocalizedText extension_clause(const Contract& contract, const ContractDates& dates) {
  const Extensions& extensions = contract.extensions;
  if (extensions.count == 0) {
    return wording::label(words::clause_no_extension);
  }
  std::vector<LocalizedText> parts;
  const LocalizedText length = duration(extensions.length);
  parts.push_back(extensions.count == 1
                      ? say(words::clause_extension_once, {localized("length", length)})
                      : say(words::clause_extension_times,
                            {integer("count", extensions.count), localized("length", length)}));
  if (extensions.decide_before) {
    parts.push_back(say(words::clause_decide_before,
                        {localized("before", duration(*extensions.decide_before))}));
  }
  if (extensions.used > 0) {
    parts.push_back(wording::say_count(extensions.used, words::clause_used_one,
                                       words::clause_used_many,
                                       {localized("end", long_date(dates.current_end))}));
  }
  parts.push_back(
      extensions.options_left() > 0
          ? say(words::clause_latest_end, {localized("end", long_date(dates.latest_end))})
          : wording::label(words::clause_no_option_left));
  return sentences(parts);
}

LocalizedText evaluation_clause(const Contract& contract) {
  std::vector<LocalizedText> years;
  std::vector<LocalizedText> moments;
  for (int year : contract.evaluations_after_years) {
    years.push_back(LocalizedText{std::to_string(year), std::to_string(year)});
    moments.push_back(long_date(calendar::add_years(contract.start, year)));
  }
  std::vector<LocalizedText> parts;
  parts.push_back(
      say(years.size() == 1 ? words::clause_evaluation_one : words::clause_evaluation_many,
          {localized("years", joined(years)), localized("dates", joined(moments))}));
  if (contract.notice_period) {
    parts.push_back(
        say(words::clause_notice, {localized("notice", duration(*contract.notice_period))}));
  }
  return sentences(parts);
}

const wording::Phrase& report_clause(ReportingCadence cadence) {
  switch (cadence) {
    case ReportingCadence::monthly:
      return words::clause_report_monthly;
    case ReportingCadence::quarterly:
      return words::clause_report_quarterly;
    case ReportingCadence::yearly:
      break;
  }
  return words::clause_report_yearly;
}

// The kind in lower case, as it reads inside a sentence ("ingangsdatum ...").
LocalizedText lower_first(LocalizedText text) {
  for (std::string* part : {&text.en, &text.nl}) {
    if (!part->empty()) {
      (*part)[0] = static_cast<char>(std::tolower(static_cast<unsigned char>((*part)[0])));
    }
  }
  return text;
}

}  // namespace

LocalizedText contractor_name(const Contract& contract) {
  if (contract.contractor) {
    return LocalizedText{*contract.contractor, *contract.contractor};
  }
  if (!contract.provider.empty()) {
    return LocalizedText{contract.provider, contract.provider};
  }
  return wording::label(words::annex_contractor_unknown);
}

std::vector<LocalizedText> term_clauses(const Contract& contract, const ContractDates& dates) {
  std::vector<LocalizedText> clauses;
  clauses.push_back(term_clause(contract, dates));
  clauses.push_back(extension_clause(contract, dates));
  if (!contract.evaluations_after_years.empty()) {
    clauses.push_back(evaluation_clause(contract));
  }
  if (!contract.intake_moments.empty()) {
    std::vector<LocalizedText> days;
    for (const calendar::MonthDay& moment : contract.intake_moments) {
      days.push_back(day_of_year(moment));
    }
    clauses.push_back(say(words::clause_intake, {localized("moments", joined(days))}));
  }
  if (contract.reporting) {
    const Reporting& reporting = *contract.reporting;
    clauses.push_back(
        say(report_clause(reporting.cadence),
            {localized("days", duration(calendar::Duration{reporting.due_after_days,
                                                           calendar::DurationUnit::days}))}));
  }
  if (contract.budget_agreement) {
    clauses.push_back(
        say(words::clause_budget, {localized("day", day_of_year(*contract.budget_agreement))}));
  }
  if (contract.indexation) {
    clauses.push_back(
        say(words::clause_indexation, {localized("day", day_of_year(*contract.indexation))}));
  }
  // How deadlines on days off move, for the kinds this contract has.
  std::vector<LocalizedText> moves;
  for (std::size_t kind = 0; kind < kMilestoneKindCount; ++kind) {
    const DeadlineRule rule = contract.deadline_rules[kind];
    const auto milestone_kind = static_cast<MilestoneKind>(kind);
    const bool present =
        (milestone_kind == MilestoneKind::notice && contract.notice_period) ||
        (milestone_kind == MilestoneKind::extension_decision &&
         contract.extensions.options_left() > 0 && contract.extensions.decide_before) ||
        (milestone_kind == MilestoneKind::report && contract.reporting) ||
        (milestone_kind == MilestoneKind::budget && contract.budget_agreement) ||
        (milestone_kind == MilestoneKind::intake && !contract.intake_moments.empty()) ||
        (milestone_kind == MilestoneKind::indexation && contract.indexation) ||
        milestone_kind == MilestoneKind::start || milestone_kind == MilestoneKind::evaluation ||
        milestone_kind == MilestoneKind::end_of_term;
    if (present && rule != DeadlineRule::none) {
      moves.push_back(
          say(rule == DeadlineRule::next_working_day ? words::move_next : words::move_previous,
              {localized("kind", lower_first(display_name(milestone_kind)))}));
    }
  }
  if (!moves.empty()) {
    clauses.push_back(say(words::clause_moving, {localized("moves", joined(moves))}));
  }
  return clauses;
}

}  // namespace tenderkit::schedule
