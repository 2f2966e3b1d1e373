// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/report/json_writer.hpp>
#include <tenderkit/report/schedule_report.hpp>
#include <tenderkit/schedule/wording.hpp>

#include <fmt/format.h>

#include "text_support.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>

namespace tenderkit::report {

namespace {

using calendar::Date;
using detail::kBold;
using detail::kYellow;
using detail::markdown_cell;
using detail::Painter;
using detail::plural;
using detail::write_text_table;
using schedule::Change;
using schedule::ContractDates;
using schedule::Milestone;
using schedule::Schedule;
using wording::localized;
using wording::say;
namespace words = schedule::words;

std::string iso(const Date& date) {
  return calendar::to_iso(date);
}

// A date in a table: dd-mm-jjjj in Dutch, ISO in English.
std::string table_date(const Date& date, Language language) {
  return calendar::to_table_text(date, language);
}

std::string_view in(Language language, const wording::Phrase& phrase) {
  return phrase.in(language);
}

std::string signed_days(std::int64_t days) {
  return days > 0 ? fmt::format("+{}", days) : std::to_string(days);
}

// The name of a milestone's owner in a language: the contract's name, or "procurement timeline".
class OwnerNames {
 public:
  explicit OwnerNames(const Schedule& schedule) {
    for (const Contract& contract : schedule.contracts) {
      names_.emplace(contract.id, &contract.name);
    }
  }
  std::string operator()(const std::string& owner, Language language) const {
    const auto found = names_.find(owner);
    if (found != names_.end()) {
      return *found->second;
    }
    return std::string(words::report_timeline_owner.in(language));
  }

 private:
  std::map<std::string_view, const std::string*> names_;
};

std::string moved_text(const Milestone& milestone, Language language) {
  if (!milestone.moved_from) {
    return {};
  }
  return say(language, words::report_moved_from,
             {wording::text("date", calendar::to_long_text(*milestone.moved_from, language)),
              localized("reason", milestone.move_reason)});
}

std::string next_deadline_text(const Schedule& schedule, const ContractDates& dates,
                               Language language) {
  if (!dates.next_deadline) {
    return "-";
  }
  const Milestone& milestone = schedule.milestones[*dates.next_deadline];
  return fmt::format("{} {}", table_date(milestone.date, language),
                     display_name(milestone.kind).in(language));
}

std::size_t moved_count(const Schedule& schedule) {
  return static_cast<std::size_t>(
      std::count_if(schedule.milestones.begin(), schedule.milestones.end(),
                    [](const Milestone& milestone) { return milestone.moved_from.has_value(); }));
}

std::size_t retender_count(const Schedule& schedule) {
  return static_cast<std::size_t>(
      std::count_if(schedule.dates.begin(), schedule.dates.end(),
                    [](const ContractDates& dates) { return dates.retender; }));
}

std::string shift_text(const schedule::PhaseDates& dates) {
  return dates.shift ? calendar::to_string(*dates.shift, true) : std::string();
}

}  // namespace

void write_schedule_text(std::ostream& target, const Schedule& schedule,
                         const ScheduleRenderOptions& options) {
  text::TerminalSafeStream out(target, options.colour);
  const Painter paint(options.colour);
  const Language language = schedule.language;
  const auto date = [language](const Date& day) { return table_date(day, language); };
  const auto heading = [&](const wording::Phrase& phrase) {
    return paint(std::string(phrase.in(language)), kBold);
  };
  out << say(language, words::report_text_tender,
             {wording::text("id", schedule.tender_id),
              wording::text("title", text::one_line(schedule.tender_title))})
      << "\n";
  out << say(language, words::report_text_as_of,
             {wording::text("date", calendar::to_long_text(schedule.as_of, language)),
              wording::text("weekday",
                            std::string(calendar::weekday_name(schedule.as_of, language)))})
      << "\n";

  if (!schedule.contracts.empty()) {
    out << "\n" << heading(words::report_text_contracts) << "\n";
    std::vector<std::vector<std::string>> rows{{
        std::string(in(language, words::report_column_id)),
        std::string(in(language, words::report_column_start)),
        std::string(in(language, words::report_column_end_of_term)),
        std::string(in(language, words::report_column_latest_end)),
        std::string(in(language, words::report_column_options_left)),
        std::string(in(language, words::report_column_next_deadline)),
    }};
    std::vector<std::vector<std::string>> painted = rows;
    for (std::size_t i = 0; i < schedule.contracts.size(); ++i) {
      const Contract& contract = schedule.contracts[i];
      const ContractDates& dates = schedule.dates[i];
      std::vector<std::string> row{
          contract.id,
          date(contract.start),
          date(dates.current_end),
          date(dates.latest_end),
          dates.retender ? std::string(in(language, words::report_retender_options))
                         : std::to_string(contract.extensions.options_left()),
          next_deadline_text(schedule, dates, language),
      };
      std::vector<std::string> colours = row;
      if (dates.retender) {
        colours[4] = paint(row[4], kYellow);
      }
      rows.push_back(std::move(row));
      painted.push_back(std::move(colours));
    }
    write_text_table(out, rows, painted);
  }

  // The yearly days in words, so that a month read the wrong way ("10-01") is plain to see.
  const auto in_words = [language](calendar::MonthDay day) {
    return calendar::to_text(day, language);
  };
  std::vector<std::vector<std::string>> yearly{{
      std::string(in(language, words::report_column_id)),
      std::string(in(language, words::report_column_intake)),
      std::string(in(language, words::report_column_budget)),
      std::string(in(language, words::report_column_indexation)),
  }};
  for (const Contract& contract : schedule.contracts) {
    if (contract.intake_moments.empty() && !contract.budget_agreement && !contract.indexation) {
      continue;
    }
    std::vector<std::string> moments;
    for (const calendar::MonthDay& moment : contract.intake_moments) {
      moments.push_back(in_words(moment));
    }
    yearly.push_back({contract.id, moments.empty() ? "-" : text::join(moments, ", "),
                      contract.budget_agreement ? in_words(*contract.budget_agreement) : "-",
                      contract.indexation ? in_words(*contract.indexation) : "-"});
  }
  if (yearly.size() > 1) {
    out << "\n" << heading(words::report_text_yearly) << "\n";
    write_text_table(out, yearly, yearly);
  }

  // The term clauses, worded by schedule::term_clauses() as in every other format.
  for (std::size_t i = 0; i < schedule.contracts.size(); ++i) {
    const Contract& contract = schedule.contracts[i];
    out << "\n"
        << paint(say(language, words::report_text_terms, {wording::text("id", contract.id)}), kBold)
        << "\n";
    for (const LocalizedText& clause : schedule::term_clauses(contract, schedule.dates[i])) {
      out << "  - " << clause.in(language) << "\n";
    }
  }

  if (!schedule.phases.empty()) {
    out << "\n" << heading(words::report_text_timeline) << "\n";
    std::vector<std::vector<std::string>> rows{{
        std::string(in(language, words::report_column_id)),
        std::string(in(language, words::report_column_kind)),
        std::string(in(language, words::report_column_start)),
        std::string(in(language, words::report_column_end)),
        std::string(in(language, words::report_column_shift)),
        std::string(in(language, words::report_column_name)),
    }};
    for (std::size_t i = 0; i < schedule.phases.size(); ++i) {
      const Phase& phase = schedule.phases[i];
      const schedule::PhaseDates& dates = schedule.phase_dates[i];
      rows.push_back({phase.id, std::string(to_string(phase.kind)), date(dates.start.date),
                      date(dates.end.date),
                      dates.shift ? shift_text(dates)
                      : dates.moved_by_shift
                          ? std::string(in(language, words::report_phase_follows))
                          : "-",
                      phase.name});
    }
    write_text_table(out, rows, rows);
  }

  out << "\n" << heading(words::report_text_milestones) << "\n";
  // The owner column padded to the widest owner, measured once per owner as a table cell is.
  std::map<std::string_view, std::size_t> owner_widths;
  for (const Contract& contract : schedule.contracts) {
    owner_widths.emplace(contract.id, detail::shown_width(contract.id));
  }
  if (!schedule.phases.empty()) {
    owner_widths.emplace(schedule::kTimelineOwner, detail::shown_width(schedule::kTimelineOwner));
  }
  std::size_t owner_width = 0;
  for (const auto& [owner, width] : owner_widths) {
    owner_width = std::max(owner_width, width);
  }
  std::string line;
  for (const Milestone& milestone : schedule.milestones) {
    const std::size_t shown = owner_widths.at(milestone.owner);
    line = fmt::format("  {} {}  {}{}  {}", date(milestone.date),
                       calendar::short_weekday_name(milestone.date, language), milestone.owner,
                       std::string(owner_width - shown, ' '),
                       text::one_line(milestone.description.in(language)));
    if (milestone.moved_from) {
      line += "  [" + moved_text(milestone, language) + "]";
    }
    line += '\n';
    out << line;
  }

  if (schedule.baseline_file) {
    out << "\n"
        << paint(say(language, words::report_text_changes,
                     {wording::text("file", *schedule.baseline_file)}),
                 kBold)
        << "\n";
    std::vector<std::vector<std::string>> rows{{
        std::string(in(language, words::report_column_old)),
        std::string(in(language, words::report_column_new)),
        std::string(in(language, words::report_column_days)),
        std::string(in(language, words::report_column_milestone)),
    }};
    std::size_t changed = 0;
    for (const Change& change : schedule.changes) {
      if (change.old_date && change.new_date && change.days == 0) {
        continue;
      }
      ++changed;
      rows.push_back({change.old_date ? date(*change.old_date)
                                      : std::string(in(language, words::report_change_new)),
                      change.new_date ? date(*change.new_date)
                                      : std::string(in(language, words::report_change_removed)),
                      change.old_date && change.new_date ? signed_days(change.days) : "",
                      change.id});
    }
    if (changed == 0) {
      out << "  " << in(language, words::report_text_no_change) << "\n";
    } else {
      write_text_table(out, rows, rows);
    }
  }

  const auto count = [](std::size_t n) { return static_cast<std::int64_t>(n); };
  out << "\n"
      << say(language, words::report_summary,
             {localized("contracts", wording::say_count(count(schedule.contracts.size()),
                                                        words::report_summary_contract_one,
                                                        words::report_summary_contract_many)),
              localized("milestones", wording::say_count(count(schedule.milestones.size()),
                                                         words::report_summary_milestone_one,
                                                         words::report_summary_milestone_many)),
              wording::integer("moved", count(moved_count(schedule))),
              wording::integer("retender", count(retender_count(schedule)))})
      << "\n";
}

void write_schedule_json(std::ostream& out, const Schedule& schedule,
                         const ScheduleRenderOptions& options) {
  JsonWriter json(out);
  json.begin_object();
  json.field("schema", 1).field("tool", "tender-schedule").field("version", options.tool_version);
  json.key("tender")
      .begin_object()
      .field("id", schedule.tender_id)
      .field("title", schedule.tender_title)
      .field("language", to_string(schedule.language))
      .end_object();
  json.key("authorities").begin_array();
  for (const schedule::Party& party : schedule.authorities) {
    json.begin_object().field("name", party.name).field("signatory", party.signatory).end_object();
  }
  json.end_array();
  json.key("document")
      .begin_object()
      .field("date", iso(schedule.document.date))
      .field("version", schedule.document.version)
      .end_object();
  json.field("as_of", iso(schedule.as_of));
  json.key("calendar").begin_object().key("bridging_days").begin_array();
  for (const std::string& file : options.bridging_day_files) {
    json.value(file);
  }
  json.end_array().end_object();

  json.key("contracts").begin_array();
  for (std::size_t i = 0; i < schedule.contracts.size(); ++i) {
    const Contract& contract = schedule.contracts[i];
    const ContractDates& dates = schedule.dates[i];
    json.begin_object()
        .field("id", contract.id)
        .field("name", contract.name)
        .field("provider", contract.provider)
        .field("contractor", contract.contractor)
        .field("care_type", to_string(contract.care_type))
        .field("start", iso(contract.start))
        .field("start_phase", contract.start_phase
                                  ? std::optional<std::string>(contract.start_phase->id)
                                  : std::nullopt)
        .field("initial_end", iso(dates.initial_end))
        .field("end_of_term", iso(dates.current_end))
        .field("latest_end", iso(dates.latest_end))
        .field("options", contract.extensions.count)
        .field("options_used", contract.extensions.used)
        .field("options_left", contract.extensions.options_left())
        .field("retender", dates.retender);
    json.key("next_deadline");
    if (dates.next_deadline) {
      const Milestone& milestone = schedule.milestones[*dates.next_deadline];
      json.begin_object()
          .field("id", milestone.id)
          .field("date", iso(milestone.date))
          .field("kind", to_string(milestone.kind))
          .end_object();
    } else {
      json.null();
    }
    json.key("clauses").begin_array();
    for (const LocalizedText& clause : schedule::term_clauses(contract, dates)) {
      json.value(clause.in(schedule.language));
    }
    json.end_array();
    json.field("file", contract.where.file);
    json.end_object();
  }
  json.end_array();

  json.key("timeline").begin_array();
  for (std::size_t i = 0; i < schedule.phases.size(); ++i) {
    const Phase& phase = schedule.phases[i];
    const schedule::PhaseDates& dates = schedule.phase_dates[i];
    json.begin_object()
        .field("id", phase.id)
        .field("name", phase.name)
        .field("kind", to_string(phase.kind))
        .field("start", iso(dates.start.date))
        .field("end", iso(dates.end.date));
    json.key("after").begin_array();
    for (const PhaseReference& reference : phase.after) {
      json.value(reference.id);
    }
    json.end_array();
    json.key("shift");
    if (dates.shift) {
      json.value(shift_text(dates));
    } else {
      json.null();
    }
    json.field("moved_by_shift", dates.moved_by_shift);
    json.end_object();
  }
  json.end_array();

  json.key("milestones").begin_array();
  for (const Milestone& milestone : schedule.milestones) {
    json.begin_object()
        .field("id", milestone.id)
        .field("owner", milestone.owner)
        .field("kind", to_string(milestone.kind))
        .field("date", iso(milestone.date))
        .field("weekday", calendar::weekday_name(milestone.date, schedule.language))
        .field("description", milestone.description.in(schedule.language));
    json.key("contract_year");
    if (milestone.contract_year > 0) {
      json.value(milestone.contract_year);
    } else {
      json.null();
    }
    json.field("rule", calendar::to_string(milestone.rule));
    json.key("moved_from");
    if (milestone.moved_from) {
      json.value(iso(*milestone.moved_from));
    } else {
      json.null();
    }
    json.key("reason");
    if (milestone.moved_from) {
      json.value(milestone.move_reason.in(schedule.language));
    } else {
      json.null();
    }
    json.end_object();
  }
  json.end_array();

  json.key("baseline");
  if (schedule.baseline_file) {
    json.begin_object().field("file", *schedule.baseline_file).key("changes").begin_array();
    for (const Change& change : schedule.changes) {
      json.begin_object().field("id", change.id);
      json.key("old");
      change.old_date ? json.value(iso(*change.old_date)) : json.null();
      json.key("new");
      change.new_date ? json.value(iso(*change.new_date)) : json.null();
      json.key("days");
      change.old_date&& change.new_date ? json.value(change.days) : json.null();
      json.end_object();
    }
    json.end_array().end_object();
  } else {
    json.null();
  }
  json.key("summary")
      .begin_object()
      .field("contracts", schedule.contracts.size())
      .field("milestones", schedule.milestones.size())
      .field("moved", moved_count(schedule))
      .field("retender", retender_count(schedule))
      .end_object();
  json.end_object();
  json.finish();
}

std::string csv_field(std::string_view given) {
  const std::string text = text::escape_invalid_utf8(given);  // the CSV is UTF-8
  std::string field;
  if (!text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' ||
                        text.front() == '@' || text.front() == '\t' || text.front() == '\r')) {
    field += '\'';
  }
  field += text;
  if (field.find_first_of(",\"\r\n") == std::string::npos) {
    return field;
  }
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') {
      quoted += '"';
    }
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

void write_schedule_csv(std::ostream& out, const Schedule& schedule,
                        const ScheduleRenderOptions& /*options*/) {
  const Language language = schedule.language;
  const OwnerNames owners(schedule);
  const bool with_baseline = schedule.baseline_file.has_value();
  std::map<std::string_view, const Change*> changes;
  for (const Change& change : schedule.changes) {
    changes.emplace(change.id, &change);
  }
  std::string line =
      "id,date,weekday,owner,owner_name,kind,kind_name,description,contract_year,rule,moved_from,"
      "reason";
  if (with_baseline) {
    line += ",baseline_date,days_moved";
  }
  out << line << "\r\n";
  for (const Milestone& milestone : schedule.milestones) {
    const auto add = [&](std::string_view field) {
      line += ',';
      line += csv_field(field);
    };
    line = csv_field(milestone.id);
    add(iso(milestone.date));
    add(calendar::weekday_name(milestone.date, language));
    add(milestone.owner);
    add(owners(milestone.owner, language));
    add(to_string(milestone.kind));
    add(display_name(milestone.kind).in(language));
    add(milestone.description.in(language));
    add(milestone.contract_year > 0 ? std::to_string(milestone.contract_year) : std::string());
    add(calendar::to_string(milestone.rule));
    add(milestone.moved_from ? iso(*milestone.moved_from) : std::string());
    add(milestone.moved_from ? milestone.move_reason.in(language) : std::string());
    if (with_baseline) {
      const auto found = changes.find(milestone.id);
      const Change* change = found == changes.end() ? nullptr : found->second;
      add(change != nullptr && change->old_date ? iso(*change->old_date) : std::string());
      // A number, not text: written as is, so "-31" stays a number (the formula guard of
      // csv_field would make it "'-31").
      line += ',';
      if (change != nullptr && change->old_date) {
        line += std::to_string(change->days);
      }
    }
    line += "\r\n";
    out << line;
  }
}

std::string ics_text(std::string_view given) {
  const std::string valid = text::escape_invalid_utf8(given);  // iCalendar is UTF-8 (RFC 5545)
  const std::string_view text = valid;
  // Most text needs no escape: copy it whole instead of byte by byte.
  if (std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte != 0x7f && c != '\\' && c != ';' && c != ',';
      })) {
    return std::string(text);
  }
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\':
        escaped += "\\\\";
        break;
      case ';':
        escaped += "\\;";
        break;
      case ',':
        escaped += "\\,";
        break;
      case '\n':
        escaped += "\\n";
        break;
      default:
        // TEXT allows tab (WSP) but no other control character (RFC 5545 3.3.11).
        if (c == '\t' || (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f)) {
          escaped += c;
        }
    }
  }
  return escaped;
}

std::string ics_line(std::string_view line) {
  constexpr std::size_t kMaxOctets = 75;
  std::string folded;
  folded.reserve(line.size() + line.size() / kMaxOctets * 3 + 2);
  std::size_t in_line = 0;
  std::size_t copied = 0;  // line[0, copied) is in `folded`
  for (std::size_t i = 0; i < line.size();) {
    // A whole UTF-8 sequence at a time, so a fold never splits a character.
    std::size_t length = 1;
    const auto lead = static_cast<unsigned char>(line[i]);
    if (lead >= 0xF0) {
      length = 4;
    } else if (lead >= 0xE0) {
      length = 3;
    } else if (lead >= 0xC0) {
      length = 2;
    }
    length = std::min(length, line.size() - i);
    if (in_line + length > kMaxOctets) {
      // Copied in runs up to each fold, not a character at a time.
      folded.append(line.substr(copied, i - copied));
      copied = i;
      folded += "\r\n ";
      in_line = 1;
    }
    in_line += length;
    i += length;
  }
  folded.append(line.substr(copied));
  folded += "\r\n";
  return folded;
}

void write_schedule_ics(std::ostream& out, const Schedule& schedule,
                        const ScheduleRenderOptions& options) {
  const Language language = schedule.language;
  const OwnerNames owners(schedule);
  const auto compact = [](const Date& date) {
    return fmt::format("{:04}{:02}{:02}", int(date.year()), unsigned(date.month()),
                       unsigned(date.day()));
  };
  std::string language_code(to_string(language));  // "NL", "EN"
  std::transform(language_code.begin(), language_code.end(), language_code.begin(), [](char c) {
    return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  });
  const std::chrono::sys_seconds stamp{std::chrono::seconds(options.created)};
  const auto stamp_day = std::chrono::floor<std::chrono::days>(stamp);
  const std::chrono::hh_mm_ss time_of_day{stamp - stamp_day};
  const std::string dtstamp =
      fmt::format("{}T{:02}{:02}{:02}Z", compact(Date{stamp_day}), time_of_day.hours().count(),
                  time_of_day.minutes().count(), time_of_day.seconds().count());

  out << ics_line("BEGIN:VCALENDAR") << ics_line("VERSION:2.0")
      << ics_line(fmt::format("PRODID:-//tenderkit//tender-schedule {}//{}", options.tool_version,
                              language_code))
      << ics_line("CALSCALE:GREGORIAN") << ics_line("METHOD:PUBLISH")
      << ics_line("X-WR-CALNAME:" + ics_text(schedule.tender_title));
  for (const Milestone& milestone : schedule.milestones) {
    std::string description = fmt::format("{}: {}", display_name(milestone.kind).in(language),
                                          owners(milestone.owner, language));
    if (milestone.contract_year > 0) {
      description += '\n';
      description += say(language, words::report_contract_year,
                         {wording::text("year", std::to_string(milestone.contract_year))});
    }
    if (milestone.moved_from) {
      description += '\n';  // not "\n" + ...: g++ 12 -O3 warns falsely (-Wrestrict) on that
      description += moved_text(milestone, language);
    }
    out << ics_line("BEGIN:VEVENT")
        << ics_line(fmt::format("UID:{}@{}.tenderkit", ics_text(milestone.id),
                                ics_text(schedule.tender_id)))
        << ics_line("DTSTAMP:" + dtstamp)
        << ics_line("DTSTART;VALUE=DATE:" + compact(milestone.date))
        << ics_line("DTEND;VALUE=DATE:" + compact(calendar::add_days(milestone.date, 1)))
        << ics_line(fmt::format("SUMMARY:{}", ics_text(owners(milestone.owner, language) + ": " +
                                                       milestone.description.in(language))))
        << ics_line("DESCRIPTION:" + ics_text(description))
        << ics_line("CATEGORIES:" + ics_text(display_name(milestone.kind).in(language)))
        << ics_line("TRANSP:TRANSPARENT") << ics_line("END:VEVENT");
  }
  out << ics_line("END:VCALENDAR");
}

void write_schedule_markdown(std::ostream& target, const Schedule& schedule,
                             const ScheduleRenderOptions& /*options*/) {
  text::TerminalSafeStream out(target, false);
  const Language language = schedule.language;
  const auto label = [language](const wording::Phrase& phrase) { return phrase.in(language); };
  const auto long_date = [&](const Date& date) { return calendar::to_long_text(date, language); };
  out << "# "
      << say(language, words::report_md_title,
             {wording::text("title", markdown_cell(schedule.tender_title))})
      << "\n\n";
  out << say(language, words::report_md_as_of,
             {wording::text("id", schedule.tender_id),
              wording::text("date", long_date(schedule.as_of))})
      << "\n";

  if (!schedule.contracts.empty()) {
    out << "\n## " << label(words::report_md_overview) << "\n\n";
    out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", label(words::report_md_contract),
                       label(words::report_md_start), label(words::report_md_end_of_term),
                       label(words::report_md_latest_end), label(words::report_md_options_left),
                       label(words::report_md_next_deadline));
    out << "|---|---|---|---|---:|---|\n";
    for (std::size_t i = 0; i < schedule.contracts.size(); ++i) {
      const Contract& contract = schedule.contracts[i];
      const ContractDates& dates = schedule.dates[i];
      std::string next = "-";
      if (dates.next_deadline) {
        const Milestone& milestone = schedule.milestones[*dates.next_deadline];
        next = long_date(milestone.date) + ": " + markdown_cell(milestone.description.in(language));
      }
      out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", markdown_cell(contract.name),
                         long_date(contract.start), long_date(dates.current_end),
                         long_date(dates.latest_end),
                         dates.retender ? std::string(label(words::report_md_retender))
                                        : std::to_string(contract.extensions.options_left()),
                         next);
    }
  }

  if (!schedule.phases.empty()) {
    out << "\n## " << label(words::report_md_timeline) << "\n\n";
    out << fmt::format("| {} | {} | {} | {} |\n", label(words::report_md_phase),
                       label(words::report_md_phase_start), label(words::report_md_phase_end),
                       label(words::report_md_shifted));
    out << "|---|---|---|---|\n";
    for (std::size_t i = 0; i < schedule.phases.size(); ++i) {
      const schedule::PhaseDates& dates = schedule.phase_dates[i];
      out << fmt::format("| {} | {} | {} | {} |\n", markdown_cell(schedule.phases[i].name),
                         long_date(dates.start.date), long_date(dates.end.date),
                         dates.shift            ? shift_text(dates)
                         : dates.moved_by_shift ? std::string(label(words::report_phase_follows))
                                                : std::string());
    }
  }

  // Per contract its annex: the parties, the document's date and version, the clauses, the
  // milestones and a block for signatures.
  std::vector<LocalizedText> authority_names;
  for (const schedule::Party& party : schedule.authorities) {
    authority_names.push_back(LocalizedText{party.name, party.name});
  }
  const std::string authority = schedule::joined(authority_names).in(language);
  const std::vector<std::vector<std::size_t>> by_contract = schedule.milestones_by_contract();
  for (std::size_t i = 0; i < schedule.contracts.size(); ++i) {
    const Contract& contract = schedule.contracts[i];
    const std::string contractor = schedule::contractor_name(contract).in(language);
    out << "\n## " << markdown_cell(contract.name) << " (`" << contract.id << "`)\n\n";
    out << label(words::annex_authority) << ": " << markdown_cell(authority) << "  \n";
    out << label(words::annex_contractor) << ": " << markdown_cell(contractor) << "  \n";
    out << label(words::report_md_care) << ": " << display_name(contract.care_type).in(language)
        << "  \n";
    out << label(words::annex_document_date) << ": " << long_date(schedule.document.date) << "  \n";
    out << label(words::annex_version) << ": `" << schedule.document.version << "`\n\n";
    for (const LocalizedText& clause : schedule::term_clauses(contract, schedule.dates[i])) {
      out << "- " << markdown_cell(clause.in(language)) << "\n";
    }
    out << "\n"
        << fmt::format("| {} | {} | {} | {} | {} |\n", label(words::report_md_date),
                       label(words::report_md_day), label(words::report_md_milestone),
                       label(words::report_md_contract_year), label(words::report_md_note))
        << "|---|---|---|---:|---|\n";
    for (std::size_t index : by_contract[i]) {
      const Milestone& milestone = schedule.milestones[index];
      out << fmt::format("| {} | {} | {} | {} | {} |\n", long_date(milestone.date),
                         calendar::weekday_name(milestone.date, language),
                         markdown_cell(milestone.description_in_annex().in(language)),
                         milestone.contract_year, markdown_cell(moved_text(milestone, language)));
    }
    out << "\n**" << label(words::annex_signatures) << "**\n\n";
    out << fmt::format("| {} | {} | {} | {} |\n", label(words::annex_party),
                       label(words::annex_signed_by), label(words::annex_place_date),
                       label(words::annex_signature))
        << "|---|---|---|---|\n";
    for (const schedule::Party& party : schedule.authorities) {
      out << fmt::format("| {} | {} | | |\n", markdown_cell(party.name),
                         markdown_cell(party.signatory.value_or("")));
    }
    out << fmt::format("| {} | | | |\n", markdown_cell(contractor));
  }

  if (schedule.baseline_file) {
    out << "\n## "
        << say(language, words::report_md_changes, {wording::text("file", *schedule.baseline_file)})
        << "\n\n";
    out << fmt::format("| {} | {} | {} | {} |\n", label(words::report_md_milestone),
                       label(words::report_md_old), label(words::report_md_new),
                       label(words::report_md_days))
        << "|---|---|---|---:|\n";
    for (const Change& change : schedule.changes) {
      if (change.old_date && change.new_date && change.days == 0) {
        continue;
      }
      // A removed milestone's id comes from the baseline file: any text, pipes included.
      out << fmt::format("| {} | {} | {} | {} |\n", detail::markdown_code_cell(change.id),
                         change.old_date ? long_date(*change.old_date) : "-",
                         change.new_date ? long_date(*change.new_date) : "-",
                         change.old_date && change.new_date ? signed_days(change.days) : "");
    }
  }
}

}  // namespace tenderkit::report
