// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/contracts_file.hpp>
#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/input/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>

namespace tenderkit::input {

namespace {

// The shortest standstill period the law allows (Aanbestedingswet 2012 art. 2.127).
constexpr std::int64_t kStandstillDays = 20;

SourceLocation location_of_node(const toml::node& node, const TableReader& reader) {
  return location_of(node.source(), reader.file());
}

LocalizedText month_name_in_both(unsigned month) {
  return {std::string(calendar::month_name(month, Language::en)),
          std::string(calendar::month_name(month, Language::nl))};
}

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
        reader.sink().error(
            wording::say(words::lacks_part, {wording::text("key", std::string(key)),
                                             wording::text("part", std::string(part))}),
            where, wording::label(words::month_day_example));
      }
    }
    fields.finish();
    if (reader.sink().size() != errors_before || !month || !day) {
      return std::nullopt;
    }
    std::optional<calendar::MonthDay> month_day = calendar::make_month_day(*month, *day);
    if (!month_day) {
      reader.sink().error(
          wording::say(
              words::no_such_day,
              {wording::text("key", std::string(key)), wording::integer("day", *day),
               wording::localized("month", month_name_in_both(static_cast<unsigned>(*month)))}),
          where);
    }
    return month_day;
  }
  const toml::value<std::string>* text = node.as_string();
  if (text == nullptr) {
    reader.sink().error(
        wording::say(words::must_hold, {wording::text("key", std::string(key)),
                                        wording::phrase("expected", words::days_of_year),
                                        wording::phrase("found", describe_type(node))}),
        where, wording::label(words::month_day_hint));
    return std::nullopt;
  }
  if (std::optional<calendar::MonthDay> in_words =
          calendar::parse_month_day_in_words(text->get())) {
    return in_words;
  }
  std::optional<calendar::MonthDay> month_day = calendar::parse_month_day(text->get());
  if (!month_day) {
    reader.sink().error(wording::say(words::bad_month_day, {wording::text("key", std::string(key)),
                                                            wording::text("found", text->get())}),
                        where, wording::label(words::month_day_hint));
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
    reader.sink().error(
        wording::say(words::required_key, {wording::text("what", "[contract.extension]"),
                                           wording::text("key", "options")}),
        reader.where(), wording::label(words::options_example));
  }
  contract.extensions.used =
      static_cast<int>(reader.optional_integer("used", 0, kMaxOptions).value_or(0));
  if (contract.extensions.used > contract.extensions.count) {
    reader.sink().error(wording::say(words::used_above_options,
                                     {wording::integer("used", contract.extensions.used),
                                      wording::integer("options", contract.extensions.count)}),
                        reader.where("used"));
  }
  if (auto length = optional_duration(reader, "length", false)) {
    if (length->amount <= 0) {
      reader.sink().error(wording::say(words::must_be_positive, {wording::text("key", "length")}),
                          reader.where("length"));
    } else {
      contract.extensions.length = *length;
    }
  }
  if (auto before = optional_duration(reader, "decide_before")) {
    if (before->amount < 0) {
      reader.sink().error(
          wording::say(words::not_negative, {wording::text("key", "decide_before")}),
          reader.where("decide_before"));
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
    reader.sink().error(
        wording::say(words::wrong_type,
                     {wording::text("key", "evaluations"),
                      wording::phrase("expected", words::an_array_of_contract_years),
                      wording::phrase("found", describe_type(*node))}),
        reader.where("evaluations"), wording::label(words::evaluations_example));
    return;
  }
  for (const toml::node& element : *array) {
    const std::optional<std::int64_t> year = element.value_exact<std::int64_t>();
    if (!element.is_integer() || !year || *year < 1 || *year > 100) {
      reader.sink().error(
          wording::say(words::contract_year_range,
                       {element.is_integer() ? wording::text("found", std::to_string(*year))
                                             : wording::phrase("found", describe_type(element))}),
          location_of_node(element, reader));
      continue;
    }
    if (!contract.evaluations_after_years.empty() &&
        *year <= contract.evaluations_after_years.back()) {
      reader.sink().error(wording::label(words::evaluations_ascending),
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
    reader.sink().error(
        wording::say(words::wrong_type, {wording::text("key", "intake_moments"),
                                         wording::phrase("expected", words::an_array_of_days),
                                         wording::phrase("found", describe_type(*node))}),
        reader.where("intake_moments"), wording::label(words::intake_example));
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
          wording::say(words::intake_twice,
                       {wording::localized("moment", {calendar::to_text(*moment, Language::en),
                                                      calendar::to_text(*moment, Language::nl)})}),
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
    reader.sink().error(
        wording::say(words::required_key, {wording::text("what", "[contract.reporting]"),
                                           wording::text("key", "cadence")}),
        reader.where(), wording::label(words::cadence_example));
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
    reader.sink().error(wording::label(words::term_or_end), reader.where("end"));
    return;
  }
  if (!contract.term && !contract.initial_end) {
    if (!reader.has("term") && !reader.has("end")) {
      reader.sink().error(wording::label(words::lacks_term), reader.where(),
                          wording::label(words::term_example));
    }
    return;
  }
  if (contract.term && contract.term->amount <= 0) {
    reader.sink().error(wording::say(words::must_be_positive, {wording::text("key", "term")}),
                        reader.where("term"));
    return;
  }
  if (contract.start_phase && contract.initial_end) {
    reader.sink().error(wording::label(words::phase_start_has_term), reader.where("end"),
                        wording::label(words::write_the_term));
    return;
  }
  // A phase's date is known only once the timeline is computed (build_schedule checks then).
  if (!contract.start_phase) {
    for (const ContractDateProblem& problem : contract_date_problems(contract)) {
      reader.sink().error(problem.message, reader.where(problem.key));
    }
  }
  if (contract.notice_period && contract.evaluations_after_years.empty()) {
    reader.sink().error(wording::label(words::notice_without_evaluations),
                        reader.where("notice_period"), wording::label(words::add_evaluations));
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
          wording::say(words::must_hold, {wording::text("key", "after"),
                                          wording::phrase("expected", words::phase_names),
                                          wording::phrase("found", describe_type(element))}),
          location_of_node(element, reader));
    }
  };
  if (const toml::array* array = node->as_array()) {
    if (array->empty()) {
      reader.sink().error(wording::label(words::after_empty), reader.where("after"),
                          wording::label(words::name_phases));
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
    check_id(reader.sink(), words::kind_phase, phase.id, reader.where("id"));
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
    sink.error(wording::label(words::start_or_after), reader.where("after"));
  } else if (!reader.has("start") && !reader.has("after")) {
    sink.error(wording::say(words::phase_no_start, {wording::text("phase", phase.id)}),
               reader.where(), wording::label(words::phase_start_example));
  }
  if (reader.has("lag") && !reader.has("after")) {
    sink.error(wording::label(words::lag_needs_after), reader.where("lag"));
  }
  switch (phase.kind) {
    case PhaseKind::milestone:
      if (reader.has("duration") || reader.has("end") || reader.has("end_rule")) {
        sink.error(wording::label(words::milestone_one_day),
                   reader.where(reader.has("duration") ? "duration"
                                : reader.has("end")    ? "end"
                                                       : "end_rule"),
                   wording::label(words::make_it_phase));
      }
      break;
    case PhaseKind::phase:
      if (reader.has("duration") && reader.has("end")) {
        sink.error(wording::label(words::duration_or_end), reader.where("end"));
      } else if (!reader.has("duration") && !reader.has("end")) {
        sink.error(wording::say(words::phase_no_length, {wording::text("phase", phase.id)}),
                   reader.where(), wording::label(words::phase_length_example));
      }
      break;
    case PhaseKind::standstill:
      if (reader.has("end")) {
        sink.error(wording::label(words::standstill_by_duration), reader.where("end"),
                   wording::label(words::standstill_twenty_days));
      }
      if (!phase.duration && !reader.has("duration")) {
        phase.duration = calendar::Duration{20, calendar::DurationUnit::days};
      }
      // Aanbestedingswet 2012 art. 2.127: at least 20 calendar days, in any calendar unit.
      if (phase.duration) {
        const std::optional<std::int64_t> days = calendar::fewest_calendar_days(*phase.duration);
        const std::string found = calendar::to_string(*phase.duration);
        if (!days) {
          sink.error(wording::say(words::standstill_calendar_days, {wording::text("found", found)}),
                     reader.where("duration"), wording::label(words::standstill_law_units));
        } else if (*days < kStandstillDays) {
          sink.error(
              phase.duration->unit == calendar::DurationUnit::days
                  ? wording::say(words::standstill_too_short,
                                 {wording::integer("minimum", kStandstillDays),
                                  wording::text("found", found)})
                  : wording::say(words::standstill_too_short_days,
                                 {wording::integer("minimum", kStandstillDays),
                                  wording::text("found", found), wording::integer("days", *days)}),
              reader.where("duration"), wording::label(words::standstill_law));
        }
      }
      if (end_rule && *end_rule != calendar::DeadlineRule::next_working_day) {
        sink.error(wording::label(words::standstill_end_rule), reader.where("end_rule"));
      }
      phase.end_rule = calendar::DeadlineRule::next_working_day;
      break;
  }
  if (phase.duration && phase.kind == PhaseKind::phase && phase.duration->amount <= 0) {
    sink.error(wording::say(words::must_be_positive, {wording::text("key", "duration")}),
               reader.where("duration"));
  }
  if (phase.fixed_start && phase.fixed_end && *phase.fixed_end < *phase.fixed_start) {
    sink.error(wording::say(words::end_before_start,
                            {wording::text("end", calendar::to_iso(*phase.fixed_end)),
                             wording::text("start", calendar::to_iso(*phase.fixed_start))}),
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
        sink.error(wording::say(words::phase_cycle, {wording::text("cycle", cycle)}),
                   SourceLocation(file, reference.where), wording::label(words::follow_earlier));
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
          wording::say(words::must_be_date, {wording::text("key", std::string(key)),
                                             wording::text("found", "\"" + text->get() + "\"")}),
          reader.where(key), wording::label(words::write_iso_date));
      return std::nullopt;
    }
  } else {
    reader.sink().error(
        wording::say(words::must_be_date, {wording::text("key", std::string(key)),
                                           wording::phrase("found", describe_type(*node))}),
        reader.where(key),
        node->is_date_time() ? wording::label(words::leave_out_time) : LocalizedText{});
    return std::nullopt;
  }
  if (!date || int(date->year()) < calendar::kFirstYear ||
      int(date->year()) > calendar::kLastYear) {
    reader.sink().error(wording::say(words::date_range,
                                     {wording::text("key", std::string(key)),
                                      wording::text("first", std::to_string(calendar::kFirstYear)),
                                      wording::text("last", std::to_string(calendar::kLastYear))}),
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
    reader.sink().error(
        wording::say(allow_working_days ? words::bad_duration_working : words::bad_duration,
                     {wording::text("key", std::string(key)), wording::text("found", *text)}),
        where,
        wording::label(allow_working_days ? words::duration_units_working : words::duration_units));
    return std::nullopt;
  }
  if (!allow_working_days && duration->unit == calendar::DurationUnit::working_days) {
    reader.sink().error(
        wording::say(words::no_working_days,
                     {wording::text("key", std::string(key)), wording::text("found", *text)}),
        where, wording::label(words::calendar_units));
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
      parent.sink().error(
          wording::say(words::unknown_milestone_kind, {wording::text("kind", kind_name)}), where,
          text::did_you_mean(kind_name, kinds));
      continue;
    }
    const auto* value = node.as_string();
    const std::optional<calendar::DeadlineRule> rule =
        value != nullptr ? calendar::parse_deadline_rule(value->get()) : std::nullopt;
    if (!rule) {
      const std::vector<std::string> names{"next-working-day", "previous-working-day", "none"};
      parent.sink().error(
          wording::say(words::bad_deadline_rule,
                       {wording::text("kind", kind_name),
                        value != nullptr ? wording::text("found", "'" + value->get() + "'")
                                         : wording::phrase("found", describe_type(node))}),
          location_of(node.source(), parent.file()),
          value != nullptr ? text::did_you_mean(value->get(), names) : LocalizedText{});
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
      check_id(reader.sink(), words::kind_contract, contract.id, reader.where("id"));
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
          wording::say(words::must_be_date, {wording::text("key", "start"),
                                             wording::text("found", "\"" + phase->value + "\"")}),
          reader.at(phase->where), wording::label(words::only_tender_phase));
    } else {
      contract.start_phase = PhaseReference{phase->value, phase->where};
    }
  } else if (const std::optional<calendar::Date> start = optional_date(reader, "start")) {
    contract.start = *start;
  } else if (!reader.has("start")) {
    reader.sink().error(
        wording::say(words::required_key,
                     {wording::phrase("what", words::the_contract), wording::text("key", "start")}),
        reader.where(), wording::label(words::contract_start_example));
  }
  contract.term = optional_duration(reader, "term", false);
  contract.initial_end = optional_date(reader, "end");
  read_extensions(reader, contract);
  read_evaluations(reader, contract);
  contract.notice_period = optional_duration(reader, "notice_period");
  if (contract.notice_period && contract.notice_period->amount < 0) {
    reader.sink().error(wording::say(words::not_negative, {wording::text("key", "notice_period")}),
                        reader.where("notice_period"));
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
      root.sink().error(
          wording::say(words::id_twice, {wording::phrase("what", words::kind_phase),
                                         wording::text("id", phase->id)}),
          reader.where("id"),
          wording::say(words::first_defined_at, {wording::text("where", it->second.to_string())}));
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
        root.sink().error(
            wording::say(words::phase_follows_itself, {wording::text("phase", phase.id)}),
            SourceLocation(root.file(), reference.where));
        references_ok = false;
      } else if (first_seen.find(reference.id) == first_seen.end()) {
        root.sink().error(
            wording::say(words::phase_follows_unknown,
                         {wording::text("phase", phase.id), wording::text("other", reference.id)}),
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
  TableReader root(*document, file, sink, wording::label(words::the_contracts_file));
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
      sink.error(
          wording::say(words::id_twice, {wording::phrase("what", words::kind_contract),
                                         wording::text("id", contract->id)}),
          reader.where("id"),
          wording::say(words::first_defined_at, {wording::text("where", it->second.to_string())}));
      continue;
    }
    portfolio.contracts.push_back(std::move(*contract));
  }
  if (root.absent_or_empty("contract") && sink.empty()) {
    sink.error(wording::label(words::no_contracts), root.where(),
               wording::label(words::one_contract_table));
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
