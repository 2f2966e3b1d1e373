// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/schedule/schedule.hpp>

#include <fmt/format.h>

#include <cctype>
#include <functional>
#include <string>
#include <vector>

namespace tenderkit::schedule {

namespace {

using calendar::DeadlineRule;

std::string long_date(const calendar::Date& date, Language language) {
  return calendar::to_long_text(date, language);
}

// "1 april" / "1 April".
std::string day_of_year(const calendar::MonthDay& moment, Language language) {
  return calendar::to_text(moment, language);
}

// "a, b en c" / "a, b and c".
std::string joined(const std::vector<std::string>& parts, Language language) {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      text += i + 1 == parts.size() ? (language == Language::nl ? " en " : " and ") : ", ";
    }
    text += parts[i];
  }
  return text;
}

LocalizedText both(const std::function<std::string(Language)>& make) {
  return LocalizedText{make(Language::en), make(Language::nl)};
}

LocalizedText term_clause(const Contract& contract, const ContractDates& dates) {
  return both([&](Language language) {
    const std::string start = long_date(contract.start, language);
    const std::string end = long_date(dates.initial_end, language);
    if (contract.term) {
      const std::string term = calendar::to_text(*contract.term, language);
      return language == Language::nl
                 ? fmt::format(
                       "De overeenkomst gaat in op {} en heeft een looptijd van {}, tot "
                       "en met {}.",
                       start, term, end)
                 : fmt::format(
                       "The agreement takes effect on {} and runs for {}, up to and "
                       "including {}.",
                       start, term, end);
    }
    return language == Language::nl
               ? fmt::format("De overeenkomst gaat in op {} en loopt tot en met {}.", start, end)
               : fmt::format("The agreement takes effect on {} and runs up to and including {}.",
                             start, end);
  });
}

LocalizedText extension_clause(const Contract& contract, const ContractDates& dates) {
  const Extensions& extensions = contract.extensions;
  return both([&](Language language) {
    const bool nl = language == Language::nl;
    if (extensions.count == 0) {
      return std::string(nl ? "De overeenkomst kent geen verlengingsoptie; na afloop wordt "
                              "opnieuw aanbesteed."
                            : "The agreement has no option to extend; when it ends, the "
                              "authority tenders again.");
    }
    const std::string length = calendar::to_text(extensions.length, language);
    std::string text =
        nl ? fmt::format("De overeenkomst kan {} maal met {} worden verlengd.", extensions.count,
                         length)
           : fmt::format("The agreement may be extended {} by {} each.",
                         extensions.count == 1 ? std::string("once")
                                               : fmt::format("{} times", extensions.count),
                         length);
    if (extensions.decide_before) {
      const std::string before = calendar::to_text(*extensions.decide_before, language);
      text += nl ? fmt::format(
                       " Over een verlenging wordt uiterlijk {} voor het einde van de "
                       "lopende termijn besloten.",
                       before)
                 : fmt::format(
                       " An extension is decided at least {} before the current term "
                       "ends.",
                       before);
    }
    if (extensions.used > 0) {
      text +=
          nl ? fmt::format(" Er {} {} gebruikt; de lopende termijn eindigt op {}.",
                           extensions.used == 1 ? "is" : "zijn",
                           extensions.used == 1 ? std::string("één verlenging")
                                                : fmt::format("{} verlengingen", extensions.used),
                           long_date(dates.current_end, language))
             : fmt::format(" {} been used; the current term ends on {}.",
                           extensions.used == 1
                               ? std::string("One extension has")
                               : fmt::format("{} extensions have", extensions.used),
                           long_date(dates.current_end, language));
    }
    if (extensions.options_left() > 0) {
      text += nl ? fmt::format(
                       " Met alle resterende opties loopt de overeenkomst uiterlijk tot "
                       "en met {}.",
                       long_date(dates.latest_end, language))
                 : fmt::format(
                       " With every remaining option it runs at most up to and including "
                       "{}.",
                       long_date(dates.latest_end, language));
    } else {
      text += nl ? " Er is geen verlengingsoptie meer over; na afloop wordt opnieuw aanbesteed."
                 : " No option to extend is left; when it ends, the authority tenders again.";
    }
    return text;
  });
}

LocalizedText evaluation_clause(const Contract& contract) {
  return both([&](Language language) {
    const bool nl = language == Language::nl;
    std::vector<std::string> years;
    std::vector<std::string> moments;
    for (int year : contract.evaluations_after_years) {
      years.push_back(std::to_string(year));
      moments.push_back(long_date(calendar::add_years(contract.start, year), language));
    }
    std::string text =
        nl ? fmt::format(
                 "De samenwerking en elke partner worden geëvalueerd na contractjaar {} "
                 "(op {}).",
                 joined(years, language), joined(moments, language))
           : fmt::format(
                 "The cooperation and each partner are evaluated after contract year{} "
                 "{} (on {}).",
                 years.size() == 1 ? "" : "s", joined(years, language), joined(moments, language));
    if (contract.notice_period) {
      const std::string notice = calendar::to_text(*contract.notice_period, language);
      text += nl ? fmt::format(
                       " De opdrachtgever kan de overeenkomst met ingang van een "
                       "evaluatiemoment beëindigen door uiterlijk {} daarvoor schriftelijk "
                       "op te zeggen.",
                       notice)
                 : fmt::format(
                       " The authority may terminate the agreement as of an evaluation "
                       "moment by giving written notice at least {} before it.",
                       notice);
    }
    return text;
  });
}

std::string rule_text(DeadlineRule rule, Language language) {
  const bool nl = language == Language::nl;
  switch (rule) {
    case DeadlineRule::next_working_day:
      return nl ? "naar de eerstvolgende werkdag" : "to the next working day";
    case DeadlineRule::previous_working_day:
      return nl ? "naar de voorafgaande werkdag" : "to the previous working day";
    case DeadlineRule::none:
      break;
  }
  return nl ? "niet" : "not at all";
}

}  // namespace

std::vector<LocalizedText> term_clauses(const Contract& contract, const ContractDates& dates) {
  std::vector<LocalizedText> clauses;
  clauses.push_back(term_clause(contract, dates));
  clauses.push_back(extension_clause(contract, dates));
  if (!contract.evaluations_after_years.empty()) {
    clauses.push_back(evaluation_clause(contract));
  }
  if (!contract.intake_moments.empty()) {
    clauses.push_back(both([&](Language language) {
      std::vector<std::string> days;
      for (const calendar::MonthDay& moment : contract.intake_moments) {
        days.push_back(day_of_year(moment, language));
      }
      return language == Language::nl
                 ? fmt::format("Nieuwe cliënten stromen in op de instroommomenten {} van elk jaar.",
                               joined(days, language))
                 : fmt::format("New clients enter at the intake moments of {} each year.",
                               joined(days, language));
    }));
  }
  if (contract.reporting) {
    const Reporting& reporting = *contract.reporting;
    clauses.push_back(both([&](Language language) {
      const bool nl = language == Language::nl;
      const std::string_view period =
          reporting.cadence == ReportingCadence::monthly     ? (nl ? "maand" : "month")
          : reporting.cadence == ReportingCadence::quarterly ? (nl ? "kwartaal" : "quarter")
                                                             : (nl ? "jaar" : "year");
      const std::string days = calendar::to_text(
          calendar::Duration{reporting.due_after_days, calendar::DurationUnit::days}, language);
      // "de maand", but "het kwartaal" and "het jaar".
      const std::string_view article =
          reporting.cadence == ReportingCadence::monthly ? "de" : "het";
      return nl ? fmt::format(
                      "De opdrachtnemer rapporteert per {}, uiterlijk {} na afloop van "
                      "{} {}.",
                      period, days, article, period)
                : fmt::format(
                      "The contractor reports every {}, at the latest {} after the {} "
                      "ends.",
                      period, days, period);
    }));
  }
  if (contract.budget_agreement) {
    clauses.push_back(both([&](Language language) {
      const std::string day = day_of_year(*contract.budget_agreement, language);
      return language == Language::nl
                 ? fmt::format(
                       "Partijen spreken jaarlijks uiterlijk op {} het maximale budget "
                       "voor het volgende jaar af.",
                       day)
                 : fmt::format(
                       "Each year, by {}, the parties agree the maximum budget for the "
                       "next year.",
                       day);
    }));
  }
  if (contract.indexation) {
    clauses.push_back(both([&](Language language) {
      const std::string day = day_of_year(*contract.indexation, language);
      return language == Language::nl
                 ? fmt::format("De tarieven worden jaarlijks per {} geïndexeerd.", day)
                 : fmt::format("The rates are indexed each year as of {}.", day);
    }));
  }
  // How deadlines on days off move, for the kinds this contract has.
  std::vector<std::pair<MilestoneKind, DeadlineRule>> moving;
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
      moving.emplace_back(milestone_kind, rule);
    }
  }
  if (!moving.empty()) {
    clauses.push_back(both([&](Language language) {
      std::vector<std::string> parts;
      for (const auto& [kind, rule] : moving) {
        std::string name = display_name(kind).in(language);
        name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
        parts.push_back(fmt::format("{} {}", name, rule_text(rule, language)));
      }
      return language == Language::nl
                 ? fmt::format(
                       "Valt een datum op een zaterdag, zondag of algemeen erkende "
                       "feestdag, dan schuift deze: {}.",
                       joined(parts, language))
                 : fmt::format(
                       "A date that falls on a Saturday, Sunday or public holiday "
                       "moves: {}.",
                       joined(parts, language));
    }));
  }
  return clauses;
}

}  // namespace tenderkit::schedule
