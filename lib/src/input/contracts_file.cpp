// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/contracts_file.hpp>
#include <tenderkit/input/toml_reader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>

namespace tenderkit::input {

namespace {

constexpr std::string_view kDateExample = "a date such as 2023-01-01";
// The shortest standstill period the law allows (Aanbestedingswet 2012 art. 2.127).
constexpr std::int64_t kStandstillDays = 20;

SourceLocation location_of_node(const toml::node& node, const TableReader& reader) {
  return location_of(node.source(), reader.file());
}

constexpr std::string_view kMonthDayHint =
    "write the month in words, e.g. \"1 oktober\" or \"1 October\", or { month = 10, day = 1 }; "
    "MM-DD (\"10-01\") is read month first";

// A day of the year at a known place: "1 oktober" / "October 1" (month in words), { month = 10,
// day = 1 }, or "MM-DD" ("10-01"), which is kept for a warning when DD-MM would read otherwise.
std::optional<calendar::MonthDay> month_day_of(const toml::node& node, TableReader& reader,
                                               std::string_view key, Contract& contract) {
  const SourceLocation where = location_of_node(node, reader);
  if (const toml::table* table = node.as_table()) {
    TableReader fields(*table, reader.file(), reader.sink(), fmt::format("'{}'", key));
    const std::size_t errors_before = reader.sink().size();
    const std::optional<std::int64_t> month = fields.optional_integer("month", 1, 12);
    const std::optional<std::int64_t> day = fields.optional_integer("day", 1, 31);
    for (const std::string_view part : {"month", "day"}) {
      if (!fields.has(part)) {
        reader.sink().error(fmt::format("'{}' lacks its '{}'", key, part), where,
                            "e.g. { month = 10, day = 1 } for 1 October");
      }
    }
    fields.finish();
    if (reader.sink().size() != errors_before || !month || !day) {
      return std::nullopt;
    }
    std::optional<calendar::MonthDay> month_day = calendar::make_month_day(*month, *day);
    if (!month_day) {
      reader.sink().error(
          fmt::format("'{}': day {} does not exist in {}", key, *day,
                      calendar::month_name(static_cast<unsigned>(*month), Language::en)),
          where);
    }
    return month_day;
  }
  const toml::value<std::string>* text = node.as_string();
  if (text == nullptr) {
    reader.sink().error(
        fmt::format("'{}' must hold days of the year, found {}", key, describe_type(node)), where,
        std::string(kMonthDayHint));
    return std::nullopt;
  }
  if (std::optional<calendar::MonthDay> in_words =
          calendar::parse_month_day_in_words(text->get())) {
    return in_words;
  }
  std::optional<calendar::MonthDay> month_day = calendar::parse_month_day(text->get());
  if (!month_day) {
    reader.sink().error(fmt::format("'{}' must hold days of the year such as \"1 oktober\", "
                                    "\"October 1\" or \"10-01\" (MM-DD), found '{}'",
                                    key, text->get()),
                        where, std::string(kMonthDayHint));
  } else if (calendar::day_month_reading(*month_day)) {
    contract.ambiguous_month_days.push_back(
        AmbiguousMonthDay{std::string(key), text->get(), *month_day, where});
  }
  return month_day;
}

std::optional<calendar::MonthDay> optional_month_day(TableReader& reader, std::string_view key,
                                                     Contract& contract) {
  const toml::node* node = reader.node(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  return month_day_of(*node, reader, key, contract);
}

std::optional<calendar::DeadlineRule> optional_rule(TableReader& reader, std::string_view key) {
  std::optional<std::string> rule =
      reader.optional_choice(key, {"next-working-day", "previous-working-day", "none"},
                             {{"volgende-werkdag", "next-working-day"},
                              {"next", "next-working-day"},
                              {"vorige-werkdag", "previous-working-day"},
                              {"previous", "previous-working-day"},
                              {"geen", "none"}});
  if (!rule) {
    return std::nullopt;
  }
  return calendar::parse_deadline_rule(*rule);
}

void read_extensions(TableReader& contract_reader, Contract& contract) {
  const toml::table* table = contract_reader.optional_table("extension");
  if (table == nullptr) {
    return;
  }
  TableReader reader(*table, contract_reader.file(), contract_reader.sink(),
                     "[contract.extension]");
  constexpr std::int64_t kMaxOptions = 20;
  contract.extensions.count =
      static_cast<int>(reader.optional_integer("options", 0, kMaxOptions).value_or(0));
  if (!reader.has("options")) {
    reader.sink().error("[contract.extension] lacks the required key 'options'", reader.where(),
                        "how many times the contract may be extended, e.g. options = 2");
  }
  contract.extensions.used =
      static_cast<int>(reader.optional_integer("used", 0, kMaxOptions).value_or(0));
  if (contract.extensions.used > contract.extensions.count) {
    reader.sink().error(fmt::format("'used' ({}) is more than 'options' ({})",
                                    contract.extensions.used, contract.extensions.count),
                        reader.where("used"));
  }
  if (auto length = optional_duration(reader, "length", false)) {
    if (length->amount <= 0) {
      reader.sink().error("'length' must be positive", reader.where("length"));
    } else {
      contract.extensions.length = *length;
    }
  }
  if (auto before = optional_duration(reader, "decide_before")) {
    if (before->amount < 0) {
      reader.sink().error("'decide_before' must not be negative", reader.where("decide_before"));
    } else {
      contract.extensions.decide_before = before;
    }
  }
  reader.finish();
}

void read_evaluations(TableReader& reader, Contract& contract) {
  const toml::node* node = reader.node("evaluations");
  if (node == nullptr) {
    return;
  }
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    reader.sink().error(fmt::format("'evaluations' must be an array of contract years, found {}",
                                    describe_type(*node)),
                        reader.where("evaluations"),
                        "e.g. evaluations = [3, 6]: after contract years 3 and 6");
    return;
  }
  for (const toml::node& element : *array) {
    const std::optional<std::int64_t> year = element.value_exact<std::int64_t>();
    if (!element.is_integer() || !year || *year < 1 || *year > 100) {
      reader.sink().error(
          fmt::format(
              "'evaluations' must hold contract years from 1 to 100, found {}",
              element.is_integer() ? std::to_string(*year) : std::string(describe_type(element))),
          location_of_node(element, reader));
      continue;
    }
    if (!contract.evaluations_after_years.empty() &&
        *year <= contract.evaluations_after_years.back()) {
      reader.sink().error("'evaluations' must be in ascending order without repeats",
                          location_of_node(element, reader));
      continue;
    }
    contract.evaluations_after_years.push_back(static_cast<int>(*year));
  }
}

void read_intake_moments(TableReader& reader, Contract& contract) {
  const toml::node* node = reader.node("intake_moments");
  if (node == nullptr) {
    return;
  }
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    reader.sink().error(fmt::format("'intake_moments' must be an array of days of the year, found "
                                    "{}",
                                    describe_type(*node)),
                        reader.where("intake_moments"),
                        "e.g. intake_moments = [\"1 april\", \"1 oktober\"]");
    return;
  }
  for (const toml::node& element : *array) {
    std::optional<calendar::MonthDay> moment =
        month_day_of(element, reader, "intake_moments", contract);
    if (!moment) {
      continue;
    }
    if (std::find(contract.intake_moments.begin(), contract.intake_moments.end(), *moment) !=
        contract.intake_moments.end()) {
      reader.sink().error(
          fmt::format("intake moment {} is given twice", calendar::to_text(*moment, Language::en)),
          location_of_node(element, reader));
      continue;
    }
    contract.intake_moments.push_back(*moment);
  }
  std::sort(contract.intake_moments.begin(), contract.intake_moments.end());
}

void read_reporting(TableReader& contract_reader, Contract& contract) {
  const toml::table* table = contract_reader.optional_table("reporting");
  if (table == nullptr) {
    return;
  }
  TableReader reader(*table, contract_reader.file(), contract_reader.sink(),
                     "[contract.reporting]");
  Reporting reporting;
  const std::optional<std::string> cadence =
      reader.optional_choice("cadence", {"monthly", "quarterly", "yearly"},
                             {{"maandelijks", "monthly"},
                              {"maand", "monthly"},
                              {"kwartaal", "quarterly"},
                              {"per-kwartaal", "quarterly"},
                              {"jaarlijks", "yearly"},
                              {"annual", "yearly"},
                              {"annually", "yearly"}});
  if (!reader.has("cadence")) {
    reader.sink().error("[contract.reporting] lacks the required key 'cadence'", reader.where(),
                        "cadence = \"monthly\", \"quarterly\" or \"yearly\"");
  }
  reporting.cadence = cadence == "monthly"  ? ReportingCadence::monthly
                      : cadence == "yearly" ? ReportingCadence::yearly
                                            : ReportingCadence::quarterly;
  reporting.due_after_days =
      static_cast<int>(reader.optional_integer("due_after_days", 0, 366).value_or(0));
  reader.finish();
  contract.reporting = reporting;
}

// The contract checks that need the dates together.
void check_contract_dates(TableReader& reader, const Contract& contract) {
  if (contract.term && contract.initial_end) {
    reader.sink().error("a contract has either 'term' or 'end', not both", reader.where("end"));
    return;
  }
  if (!contract.term && !contract.initial_end) {
    if (!reader.has("term") && !reader.has("end")) {
      reader.sink().error("the contract lacks its term", reader.where(),
                          "add term = \"9y\" (or months: \"18m\"), or end = 2031-12-31");
    }
    return;
  }
  if (contract.term && contract.term->amount <= 0) {
    reader.sink().error("'term' must be positive", reader.where("term"));
    return;
  }
  if (contract.start_phase && contract.initial_end) {
    reader.sink().error("a contract that starts with a phase has a 'term', not an 'end'",
                        reader.where("end"),
                        "the phase's date moves when the timeline is re-planned; write the "
                        "term, e.g. term = \"9y\"");
    return;
  }
  // A phase's date is known only once the timeline is computed (build_schedule checks then).
  if (!contract.start_phase) {
    for (const ContractDateProblem& problem : contract_date_problems(contract)) {
      reader.sink().error(problem.message, reader.where(problem.key));
    }
  }
  if (contract.notice_period && contract.evaluations_after_years.empty()) {
    reader.sink().error(
        "'notice_period' is given, but the contract has no evaluations to give "
        "notice at",
        reader.where("notice_period"), "add evaluations = [3, 6], or remove it");
  }
}

PhaseKind kind_of(const std::optional<std::string>& kind, bool has_length) {
  if (kind == "standstill") {
    return PhaseKind::standstill;
  }
  if (kind == "milestone") {
    return PhaseKind::milestone;
  }
  if (kind == "phase") {
    return PhaseKind::phase;
  }
  return has_length ? PhaseKind::phase : PhaseKind::milestone;
}

std::vector<PhaseReference> read_after(TableReader& reader) {
  std::vector<PhaseReference> after;
  const toml::node* node = reader.node("after");
  if (node == nullptr) {
    return after;
  }
  const auto add = [&](const toml::node& element) {
    if (const auto* id = element.as_string()) {
      after.push_back(PhaseReference{id->get(), location_of_node(element, reader).position()});
    } else {
      reader.sink().error(
          fmt::format("'after' must name phases (strings), found {}", describe_type(element)),
          location_of_node(element, reader));
    }
  };
  if (const toml::array* array = node->as_array()) {
    if (array->empty()) {
      reader.sink().error("'after' is empty", reader.where("after"),
                          "name the phases this one follows, or give a fixed 'start'");
    }
    for (const toml::node& element : *array) {
      add(element);
    }
  } else {
    add(*node);
  }
  return after;
}

std::optional<Phase> read_phase(TableReader& reader) {
  Phase phase;
  phase.where = reader.where();
  const std::size_t errors_before = reader.sink().size();
  phase.id = reader.required_string("id").value_or("");
  if (!phase.id.empty()) {
    check_id(reader.sink(), "phase", phase.id, reader.where("id"));
  }
  phase.name = reader.has("name") ? reader.required_string("name").value_or(phase.id) : phase.id;
  reader.accept("name");
  const std::optional<std::string> kind =
      reader.optional_choice("kind", {"phase", "milestone", "standstill"},
                             {{"fase", "phase"},
                              {"mijlpaal", "milestone"},
                              {"opschortingstermijn", "standstill"},
                              {"alcatel", "standstill"},
                              {"alcatel-termijn", "standstill"},
                              {"alcateltermijn", "standstill"}});
  phase.fixed_start = optional_date(reader, "start");
  phase.after = read_after(reader);
  if (auto lag = optional_duration(reader, "lag")) {
    phase.lag = *lag;
  }
  phase.duration = optional_duration(reader, "duration");
  phase.fixed_end = optional_date(reader, "end");
  phase.kind = kind_of(kind, reader.has("duration") || reader.has("end"));
  if (auto rule = optional_rule(reader, "start_rule")) {
    phase.start_rule = *rule;
  }
  const std::optional<calendar::DeadlineRule> end_rule = optional_rule(reader, "end_rule");
  if (end_rule) {
    phase.end_rule = *end_rule;
  }
  reader.finish();

  DiagnosticSink& sink = reader.sink();
  if (reader.has("start") && reader.has("after")) {
    sink.error("a phase has either a fixed 'start' or 'after', not both", reader.where("after"));
  } else if (!reader.has("start") && !reader.has("after")) {
    sink.error(fmt::format("phase '{}' has no start", phase.id), reader.where(),
               "give start = 2021-03-01, or after = \"other-phase\"");
  }
  if (reader.has("lag") && !reader.has("after")) {
    sink.error("'lag' applies only to a phase that follows others ('after')", reader.where("lag"));
  }
  switch (phase.kind) {
    case PhaseKind::milestone:
      if (reader.has("duration") || reader.has("end") || reader.has("end_rule")) {
        sink.error("a milestone is one day: it has no 'duration', 'end' or 'end_rule'",
                   reader.where(reader.has("duration") ? "duration"
                                : reader.has("end")    ? "end"
                                                       : "end_rule"),
                   "make it kind = \"phase\"");
      }
      break;
    case PhaseKind::phase:
      if (reader.has("duration") && reader.has("end")) {
        sink.error("a phase has either a 'duration' or an 'end', not both", reader.where("end"));
      } else if (!reader.has("duration") && !reader.has("end")) {
        sink.error(fmt::format("phase '{}' has no length", phase.id), reader.where(),
                   "give duration = \"6w\" (or \"3m\", \"20d\", \"10wd\"), or end = 2021-06-30");
      }
      break;
    case PhaseKind::standstill:
      if (reader.has("end")) {
        sink.error("the standstill period is given by its 'duration', not an 'end'",
                   reader.where("end"),
                   "at least 20 calendar days from the day after the award decision is sent");
      }
      if (!phase.duration && !reader.has("duration")) {
        phase.duration = calendar::Duration{20, calendar::DurationUnit::days};
      }
      // Aanbestedingswet 2012 art. 2.127: at least 20 calendar days, in any calendar unit.
      if (phase.duration) {
        const std::optional<std::int64_t> days = calendar::fewest_calendar_days(*phase.duration);
        const std::string found = calendar::to_string(*phase.duration);
        if (!days) {
          sink.error(fmt::format("the standstill period is counted in calendar days, not working "
                                 "days: found '{}'",
                                 found),
                     reader.where("duration"),
                     "Aanbestedingswet 2012 art. 2.127 counts at least 20 calendar days, "
                     "weekends and holidays included: duration = \"20d\" (or \"3w\", \"1m\")");
        } else if (*days < kStandstillDays) {
          sink.error(
              fmt::format("the standstill period must last at least {} calendar days, found "
                          "'{}'{}",
                          kStandstillDays, found,
                          phase.duration->unit == calendar::DurationUnit::days
                              ? std::string()
                              : fmt::format(" ({} days)", *days)),
              reader.where("duration"),
              "Aanbestedingswet 2012 art. 2.127: duration = \"20d\" or more (or \"3w\", \"1m\")");
        }
      }
      if (end_rule && *end_rule != calendar::DeadlineRule::next_working_day) {
        sink.error(
            "the standstill period ends on a working day: its 'end_rule' can only be "
            "'next-working-day'",
            reader.where("end_rule"));
      }
      phase.end_rule = calendar::DeadlineRule::next_working_day;
      break;
  }
  if (phase.duration && phase.kind == PhaseKind::phase && phase.duration->amount <= 0) {
    sink.error("'duration' must be positive", reader.where("duration"));
  }
  if (phase.fixed_start && phase.fixed_end && *phase.fixed_end < *phase.fixed_start) {
    sink.error(fmt::format("'end' ({}) is before 'start' ({})", calendar::to_iso(*phase.fixed_end),
                           calendar::to_iso(*phase.fixed_start)),
               reader.where("end"));
  }
  if (sink.size() != errors_before) {
    return std::nullopt;
  }
  return phase;
}

// Reports each dependency cycle once, naming its phases in order.
void check_cycles(const std::vector<Phase>& phases, const std::string& file, DiagnosticSink& sink) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < phases.size(); ++i) {
    index.emplace(phases[i].id, i);
  }
  enum class Mark { unvisited, in_progress, done };
  std::vector<Mark> marks(phases.size(), Mark::unvisited);
  std::vector<std::size_t> path;
  std::function<void(std::size_t)> visit = [&](std::size_t current) {
    marks[current] = Mark::in_progress;
    path.push_back(current);
    for (const PhaseReference& reference : phases[current].after) {
      const auto found = index.find(reference.id);
      if (found == index.end()) {
        continue;
      }
      const std::size_t next = found->second;
      if (marks[next] == Mark::in_progress) {
        std::string cycle;
        const auto start = std::find(path.begin(), path.end(), next);
        for (auto it = start; it != path.end(); ++it) {
          cycle += phases[*it].id + " -> ";
        }
        cycle += phases[next].id;
        sink.error("the phases depend on each other in a cycle: " + cycle,
                   SourceLocation(file, reference.where),
                   "a phase can only follow phases that end before it starts");
      } else if (marks[next] == Mark::unvisited) {
        visit(next);
      }
    }
    path.pop_back();
    marks[current] = Mark::done;
  };
  for (std::size_t i = 0; i < phases.size(); ++i) {
    if (marks[i] == Mark::unvisited) {
      visit(i);
    }
  }
}

}  // namespace

std::optional<calendar::Date> optional_date(TableReader& reader, std::string_view key) {
  const toml::node* node = reader.node(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  std::optional<calendar::Date> date;
  if (const auto* toml_date = node->as_date()) {
    const toml::date& value = toml_date->get();
    date = calendar::Date{std::chrono::year(value.year), std::chrono::month(value.month),
                          std::chrono::day(value.day)};
    if (!date->ok()) {
      date.reset();
    }
  } else if (const auto* text = node->as_string()) {
    date = calendar::parse_iso_date(text->get());
    if (!date) {
      reader.sink().error(
          fmt::format("'{}' must be {}, found \"{}\"", key, kDateExample, text->get()),
          reader.where(key), "write the year, month and day as YYYY-MM-DD");
      return std::nullopt;
    }
  } else {
    reader.sink().error(
        fmt::format("'{}' must be {}, found {}", key, kDateExample, describe_type(*node)),
        reader.where(key), node->is_date_time() ? "leave out the time of day" : std::string());
    return std::nullopt;
  }
  if (!date || int(date->year()) < calendar::kFirstYear ||
      int(date->year()) > calendar::kLastYear) {
    reader.sink().error(fmt::format("'{}' must be a date from {} to {}", key, calendar::kFirstYear,
                                    calendar::kLastYear),
                        reader.where(key));
    return std::nullopt;
  }
  return date;
}

std::optional<calendar::Duration> optional_duration(TableReader& reader, std::string_view key,
                                                    bool allow_working_days) {
  const SourceLocation where = reader.where(key);
  std::optional<std::string> text = reader.optional_string(key);
  if (!text) {
    return std::nullopt;
  }
  std::optional<calendar::Duration> duration = calendar::parse_duration(*text);
  if (!duration) {
    reader.sink().error(fmt::format("'{}' must be a duration such as \"9y\", \"6m\", \"2w\", "
                                    "\"20d\"{}, found \"{}\"",
                                    key, allow_working_days ? " or \"10wd\"" : "", *text),
                        where,
                        allow_working_days
                            ? "a whole number and a unit: y(ears), m(onths), w(eeks), d(ays), "
                              "wd (working days)"
                            : "a whole number and a unit: y(ears), m(onths), w(eeks), d(ays)");
    return std::nullopt;
  }
  if (!allow_working_days && duration->unit == calendar::DurationUnit::working_days) {
    reader.sink().error(
        fmt::format("'{}' cannot be counted in working days, found \"{}\"", key, *text), where,
        "use calendar units: y, m, w or d");
    return std::nullopt;
  }
  return duration;
}

void read_deadline_rules(TableReader& parent, DeadlineRules& rules) {
  const toml::table* table = parent.optional_table("deadline_rules");
  if (table == nullptr) {
    return;
  }
  const std::vector<std::string> kinds = contract_milestone_kind_names();
  for (const auto& [key, node] : *table) {
    const std::string kind_name(key.str());
    const std::optional<MilestoneKind> kind = parse_milestone_kind(kind_name);
    const SourceLocation where = location_of(key.source(), parent.file());
    if (!kind || std::find(kinds.begin(), kinds.end(), kind_name) == kinds.end()) {
      parent.sink().error(fmt::format("unknown milestone kind '{}' in 'deadline_rules'", kind_name),
                          where, text::did_you_mean(kind_name, kinds));
      continue;
    }
    const auto* value = node.as_string();
    const std::optional<calendar::DeadlineRule> rule =
        value != nullptr ? calendar::parse_deadline_rule(value->get()) : std::nullopt;
    if (!rule) {
      const std::vector<std::string> names{"next-working-day", "previous-working-day", "none"};
      parent.sink().error(
          fmt::format(
              "deadline rule for '{}' must be 'next-working-day', "
              "'previous-working-day' or 'none', found {}",
              kind_name,
              value != nullptr ? "'" + value->get() + "'" : std::string(describe_type(node))),
          location_of(node.source(), parent.file()),
          value != nullptr ? text::did_you_mean(value->get(), names) : std::string());
      continue;
    }
    rules[static_cast<std::size_t>(*kind)] = *rule;
  }
}

namespace {

// The tender's own contract may start with a phase: `start = "dienstverlening"`. A string that
// looks like a date stays a date (and a wrong one gets the date error).
std::optional<LocatedString> phase_named_by_start(TableReader& reader) {
  if (!reader.has("start")) {
    return std::nullopt;
  }
  const toml::node* node = reader.node("start");
  const auto* text = node->as_string();
  if (text == nullptr) {
    return std::nullopt;
  }
  const std::string& value = text->get();
  const bool looks_like_date =
      value.size() >= 5 && std::isdigit(static_cast<unsigned char>(value[0])) != 0 &&
      std::isdigit(static_cast<unsigned char>(value[1])) != 0 &&
      std::isdigit(static_cast<unsigned char>(value[2])) != 0 &&
      std::isdigit(static_cast<unsigned char>(value[3])) != 0 && value[4] == '-';
  if (looks_like_date) {
    return std::nullopt;
  }
  return LocatedString{value, location_of_node(*node, reader).position()};
}

}  // namespace

std::optional<Contract> read_contract(TableReader& reader, const DeadlineRules& defaults,
                                      const std::string& tender_id) {
  Contract contract;
  contract.where = reader.where();
  contract.deadline_rules = defaults;
  const std::size_t errors_before = reader.sink().size();
  if (tender_id.empty() || reader.has("id")) {
    contract.id = reader.required_string("id").value_or("");
    if (!contract.id.empty()) {
      check_id(reader.sink(), "contract", contract.id, reader.where("id"));
    }
  } else {
    contract.id = tender_id;
    reader.accept("id");
  }
  contract.name =
      reader.has("name") ? reader.required_string("name").value_or(contract.id) : contract.id;
  reader.accept("name");
  contract.provider = reader.optional_string("provider").value_or("");
  if (reader.has("contractor")) {
    contract.contractor = reader.required_string("contractor");  // when written, not empty
  } else {
    reader.accept("contractor");
  }
  const std::optional<std::string> care_type = reader.optional_choice(
      "care_type",
      {"integral", "ambulant", "foster-care", "residential", "crisis", "youth-protection", "other"},
      {{"integraal", "integral"},
       {"integrale-jeugdhulp", "integral"},
       {"ambulante-jeugdhulp", "ambulant"},
       {"pleegzorg", "foster-care"},
       {"gezinshuizen", "foster-care"},
       {"verblijf", "residential"},
       {"residentieel", "residential"},
       {"crisishulp", "crisis"},
       {"jeugdbescherming", "youth-protection"},
       {"jeugdreclassering", "youth-protection"},
       {"overig", "other"}});
  if (care_type) {
    const std::vector<std::string> names = care_type_names();
    contract.care_type =
        static_cast<CareType>(std::find(names.begin(), names.end(), *care_type) - names.begin());
  } else if (!reader.has("care_type")) {
    contract.care_type = tender_id.empty() ? CareType::other : CareType::integral;
  }
  if (const std::optional<LocatedString> phase = phase_named_by_start(reader)) {
    if (tender_id.empty()) {  // a contracts file has no timeline of its own
      reader.sink().error(
          fmt::format("'start' must be {}, found \"{}\"", kDateExample, phase->value),
          reader.at(phase->where),
          "only the tender's own [contract] can start with a phase of its timeline; write the "
          "first day here, e.g. start = 2023-01-01");
    } else {
      contract.start_phase = PhaseReference{phase->value, phase->where};
    }
  } else if (const std::optional<calendar::Date> start = optional_date(reader, "start")) {
    contract.start = *start;
  } else if (!reader.has("start")) {
    reader.sink().error("the contract lacks the required key 'start'", reader.where(),
                        "the first day of the contract, e.g. start = 2023-01-01");
  }
  contract.term = optional_duration(reader, "term", false);
  contract.initial_end = optional_date(reader, "end");
  read_extensions(reader, contract);
  read_evaluations(reader, contract);
  contract.notice_period = optional_duration(reader, "notice_period");
  if (contract.notice_period && contract.notice_period->amount < 0) {
    reader.sink().error("'notice_period' must not be negative", reader.where("notice_period"));
  }
  read_intake_moments(reader, contract);
  read_reporting(reader, contract);
  contract.budget_agreement = optional_month_day(reader, "budget_agreement", contract);
  contract.indexation = optional_month_day(reader, "indexation", contract);
  read_deadline_rules(reader, contract.deadline_rules);
  reader.finish();
  if (reader.sink().size() != errors_before) {
    return std::nullopt;
  }
  check_contract_dates(reader, contract);
  if (reader.sink().size() != errors_before) {
    return std::nullopt;
  }
  return contract;
}

std::vector<Phase> read_timeline(TableReader& root) {
  std::vector<Phase> phases;
  std::map<std::string, SourceLocation> first_seen;
  for (const toml::table* table : root.table_array("phase")) {
    TableReader reader(*table, root.file(), root.sink(), "[[phase]]");
    std::optional<Phase> phase = read_phase(reader);
    if (!phase) {
      continue;
    }
    const auto [it, inserted] = first_seen.emplace(phase->id, reader.where("id"));
    if (!inserted) {
      root.sink().error(fmt::format("phase id '{}' is defined twice", phase->id),
                        reader.where("id"), "first defined at " + it->second.to_string());
      continue;
    }
    phases.push_back(std::move(*phase));
  }
  std::vector<std::string> ids;
  for (const Phase& phase : phases) {
    ids.push_back(phase.id);
  }
  bool references_ok = true;
  for (const Phase& phase : phases) {
    for (const PhaseReference& reference : phase.after) {
      if (reference.id == phase.id) {
        root.sink().error(fmt::format("phase '{}' follows itself", phase.id),
                          SourceLocation(root.file(), reference.where));
        references_ok = false;
      } else if (first_seen.find(reference.id) == first_seen.end()) {
        root.sink().error(
            fmt::format("phase '{}' follows an unknown phase '{}'", phase.id, reference.id),
            SourceLocation(root.file(), reference.where), text::did_you_mean(reference.id, ids));
        references_ok = false;
      }
    }
  }
  if (references_ok) {
    check_cycles(phases, root.file(), root.sink());
  }
  return phases;
}

Result<ContractPortfolio> parse_contracts(std::string_view content, const std::string& file) {
  Result<toml::table> document = parse_toml(content, file);
  if (!document) {
    return document.error();
  }
  DiagnosticSink sink;
  TableReader root(*document, file, sink, "the contracts file");
  ContractPortfolio portfolio;
  portfolio.file = file;
  root.optional_string("title");
  DeadlineRules defaults = default_deadline_rules();
  read_deadline_rules(root, defaults);
  std::map<std::string, SourceLocation> first_seen;
  for (const toml::table* table : root.table_array("contract")) {
    TableReader reader(*table, file, sink, "[[contract]]");
    std::optional<Contract> contract = read_contract(reader, defaults, "");
    if (!contract) {
      continue;
    }
    const auto [it, inserted] = first_seen.emplace(contract->id, reader.where("id"));
    if (!inserted) {
      sink.error(fmt::format("contract id '{}' is defined twice", contract->id), reader.where("id"),
                 "first defined at " + it->second.to_string());
      continue;
    }
    portfolio.contracts.push_back(std::move(*contract));
  }
  if (root.absent_or_empty("contract") && sink.empty()) {
    sink.error("the contracts file holds no contracts", root.where(),
               "add one [[contract]] table per contract");
  }
  root.finish();
  if (!sink.empty()) {
    return sink.to_error();
  }
  return portfolio;
}

Result<ContractPortfolio> load_contracts(const std::filesystem::path& path) {
  Result<std::string> content = read_file(path);
  if (!content) {
    return content.error();
  }
  return parse_contracts(*content, path.string());
}

}  // namespace tenderkit::input
