// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/report/json_writer.hpp>
#include <tenderkit/report/match_report.hpp>

#include <fmt/format.h>

#include "match_wording.hpp"
#include "text_support.hpp"

#include <algorithm>
#include <set>

namespace tenderkit::report {

std::string_view to_string(MatchQuestion question) {
  switch (question) {
    case MatchQuestion::compose:
      return "compose";
    case MatchQuestion::complete:
      return "complete";
    case MatchQuestion::market:
      return "market";
  }
  return "compose";
}

bool MatchReport::answered() const {
  switch (question) {
    case MatchQuestion::compose:
      return compose && !compose->proposals.empty();
    case MatchQuestion::complete:
      return complete && complete->completed.has_value();
    case MatchQuestion::market:
      return market && market->consortia.best > 0;
  }
  return false;
}

namespace {

using detail::kBold;
using detail::kGreen;
using detail::kRed;
using detail::kYellow;
using detail::markdown_cell;
using detail::Painter;

// The names a report shows for the ids of the tender and the register.
class Names {
 public:
  explicit Names(const MatchReport& report) : report_(report) {}

  std::string service(std::string_view id) const {
    const Service* service = report_.tender.find_service(id);
    return service == nullptr || service->name.empty() ? std::string(id) : service->name;
  }
  std::string municipality(std::string_view id) const {
    const Municipality* municipality = report_.tender.find_municipality(id);
    return municipality == nullptr || municipality->name.empty() ? std::string(id)
                                                                 : municipality->name;
  }
  std::string provider(std::string_view kvk) const {
    const Provider* provider = report_.providers.find(kvk);
    return provider == nullptr ? std::string(kvk) : provider->name;
  }
  const Provider* find(std::string_view kvk) const { return report_.providers.find(kvk); }

 private:
  const MatchReport& report_;
};

std::string seconds(std::chrono::milliseconds limit) {
  return fmt::format("{:g}", static_cast<double>(limit.count()) / 1000.0);
}

// Complete's objective packs additions and role changes in one number (match.hpp).
int additions_of(int value) {
  return value / 1000;
}
int changes_of(int value) {
  return value % 1000;
}

// One sentence on how good the answer is: proven optimal, or the best found with its bound.
std::string optimality_sentence(const MatchReport& report, const match::Optimality& optimality,
                                Language language) {
  const std::string limit = seconds(report.time_limit);
  switch (report.question) {
    case MatchQuestion::compose:
      if (optimality.proven_optimal) {
        return wording::say(
            language, match_words::compose_proven,
            {wording::integer("members", static_cast<std::int64_t>(optimality.best))});
      }
      return wording::say(language, match_words::compose_best_found,
                          {wording::integer("best", static_cast<std::int64_t>(optimality.best)),
                           wording::integer("bound", static_cast<std::int64_t>(optimality.bound)),
                           wording::number("seconds", limit)});
    case MatchQuestion::complete:
      if (optimality.proven_optimal) {
        return wording::say(
            language, match_words::complete_proven,
            {wording::integer("additions",
                              static_cast<std::int64_t>(additions_of(optimality.best))),
             wording::integer("changes", static_cast<std::int64_t>(changes_of(optimality.best)))});
      }
      return wording::say(
          language, match_words::complete_best_found,
          {wording::integer("additions", static_cast<std::int64_t>(additions_of(optimality.best))),
           wording::integer("changes", static_cast<std::int64_t>(changes_of(optimality.best))),
           wording::integer("bound", static_cast<std::int64_t>(additions_of(optimality.bound))),
           wording::number("seconds", limit)});
    case MatchQuestion::market:
      if (optimality.proven_optimal) {
        return wording::say(
            language, match_words::market_proven,
            {wording::integer("consortia", static_cast<std::int64_t>(optimality.best))});
      }
      return wording::say(language, match_words::market_best_found,
                          {wording::integer("best", static_cast<std::int64_t>(optimality.best)),
                           wording::integer("bound", static_cast<std::int64_t>(optimality.bound)),
                           wording::number("seconds", limit)});
  }
  return {};
}

const match::Optimality* optimality_of(const MatchReport& report) {
  if (report.compose) {
    return &report.compose->optimality;
  }
  if (report.complete) {
    return &report.complete->optimality;
  }
  if (report.market) {
    return &report.market->consortia;
  }
  return nullptr;
}

const std::vector<match::Obstacle>& obstacles_of(const MatchReport& report) {
  static const std::vector<match::Obstacle> none;
  if (report.compose) {
    return report.compose->obstacles;
  }
  if (report.complete) {
    return report.complete->obstacles;
  }
  if (report.market) {
    return report.market->obstacles;
  }
  return none;
}

// The services of a member as a list of ids, and where it works when not everywhere.
std::string member_line(const Member& member, Language language) {
  std::vector<std::string> services;
  for (const IdRef& ref : member.services) {
    services.push_back(ref.id);
  }
  std::string line = fmt::format("{} ({}): {}", text::one_line(member.name), member.kvk,
                                 text::join(services, ", "));
  if (!member.all_municipalities) {
    std::vector<std::string> municipalities;
    for (const IdRef& ref : member.municipalities) {
      municipalities.push_back(ref.id);
    }
    line += wording::say(
        language, match_words::only_in,
        {wording::text("municipalities", std::string(text::join(municipalities, ", ")))});
  }
  return line;
}

std::string written_at(const MatchReport& report, std::size_t index) {
  return index < report.written.size() ? report.written[index] : std::string();
}

// --- text -------------------------------------------------------------------------------------

void text_proposal(std::ostream& out, const MatchReport& report, const Registration& registration,
                   std::string_view heading, std::size_t index, const Painter& paint,
                   Language language) {
  std::size_t subcontractors = 0;
  for (const Member& member : registration.members) {
    subcontractors += member.role == Role::subcontractor ? 1 : 0;
  }
  out << "\n"
      << paint(heading, kBold) << ": " << display_name(registration.legal_form, language) << ", "
      << wording::say(
             language, match_words::members_count,
             {wording::integer("count", static_cast<std::int64_t>(registration.members.size()))})
      << ", "
      << wording::say(language, match_words::subcontractors_count,
                      {wording::integer("count", static_cast<std::int64_t>(subcontractors))})
      << "\n";
  std::size_t width = 0;
  for (const Member& member : registration.members) {
    width = std::max(width, text::utf8_length(display_name(member.role, language)));
  }
  for (const Member& member : registration.members) {
    const std::string_view role = display_name(member.role, language);
    out << "  " << role << std::string(width - text::utf8_length(role) + 2, ' ')
        << member_line(member, language) << "\n";
  }
  if (const std::string file = written_at(report, index); !file.empty()) {
    out << "  "
        << wording::say(language, match_words::written_to,
                        {wording::text("file", std::string(file))})
        << "\n";
  }
}

void text_obstacles(std::ostream& out, const std::vector<match::Obstacle>& obstacles,
                    const Painter& paint, Language language) {
  if (obstacles.empty()) {
    return;
  }
  out << "\n" << paint(std::string(match_words::why_not.in(language)), kBold) << "\n";
  for (const match::Obstacle& obstacle : obstacles) {
    out << "  - " << text::one_line(obstacle.message.in(language)) << "\n";
  }
}

void text_market_map(std::ostream& out, const MatchReport& report, const Names& names,
                     const Painter& paint, Language language) {
  const match::MarketResult& market = *report.market;
  const Tender& tender = report.tender;
  out << "\n" << paint(std::string(match_words::market_map_heading.in(language)), kBold) << "\n";
  std::size_t label = 0;
  for (const Service& service : tender.services) {
    label = std::max(label, text::utf8_length(service.id));
  }
  std::vector<std::size_t> widths;
  out << "  " << std::string(label, ' ');
  for (const Municipality& municipality : tender.municipalities) {
    widths.push_back(std::max<std::size_t>(3, text::utf8_length(municipality.id)));
    out << "  " << municipality.id;
  }
  out << "\n";
  for (const Service& service : tender.services) {
    out << "  " << service.id << std::string(label - text::utf8_length(service.id), ' ');
    for (std::size_t m = 0; m < tender.municipalities.size(); ++m) {
      int count = 0;
      for (const match::MarketCell& cell : market.cells) {
        if (cell.service_id == service.id && cell.municipality_id == tender.municipalities[m].id) {
          count = cell.providers;
        }
      }
      const std::string number = std::to_string(count);
      const std::string padded = std::string(widths[m] - number.size(), ' ') + number;
      out << "  " << (count <= 1 ? paint(padded, count == 0 ? kRed : kYellow) : padded);
    }
    out << (service.local ? "" : std::string(match_words::not_local_mark.in(language))) << "\n";
  }
  std::vector<std::string> single;
  for (const match::MarketCell& cell : market.cells) {
    if (cell.single_point_of_failure() && !cell.kvks.empty()) {
      single.push_back(wording::say(
          language, match_words::single_cell,
          {wording::text("service", std::string(names.service(cell.service_id))),
           wording::text("municipality", std::string(names.municipality(cell.municipality_id))),
           wording::text("provider",
                         std::string(text::one_line(names.provider(cell.kvks.front()))))}));
    }
  }
  out << "\n" << paint(std::string(match_words::single_points_heading.in(language)), kBold) << "\n";
  if (single.empty()) {
    out << "  " << std::string(match_words::none.in(language)) << "\n";
  }
  for (const std::string& line : single) {
    out << "  - " << line << "\n";
  }
  out << "\n" << paint(std::string(match_words::essential_heading.in(language)), kBold) << "\n";
  if (market.essential.empty()) {
    out << "  " << std::string(match_words::no_essential.in(language)) << "\n";
  }
  for (const std::string& kvk : market.essential) {
    out << "  - " << text::one_line(names.provider(kvk)) << " (" << kvk << ")\n";
  }
}

void write_text(std::ostream& out, const MatchReport& report, const Painter& paint) {
  const Language language = report.tender.language;
  const Names names(report);
  out << wording::say(language, match_words::tender_line,
                      {wording::text("id", std::string(report.tender.id)),
                       wording::text("title", std::string(text::one_line(report.tender.title)))})
      << "\n";
  out << wording::say(language, match_words::register_line,
                      {wording::text("file", std::string(report.providers.file)),
                       wording::integer(
                           "count", static_cast<std::int64_t>(report.providers.providers.size()))})
      << "\n";
  const match::Optimality* optimality = optimality_of(report);
  if (report.question == MatchQuestion::complete && report.registration) {
    out << wording::say(
               language, match_words::complete_line,
               {wording::text("id", std::string(report.registration->id)),
                wording::text("name", std::string(text::one_line(report.registration->name)))})
        << "\n";
  }
  if (report.question == MatchQuestion::market) {
    if (!report.received.empty()) {
      out << wording::say(
                 language, match_words::received_line,
                 {wording::integer("registrations",
                                   static_cast<std::int64_t>(report.received.size())),
                  wording::integer("providers", static_cast<std::int64_t>(report.left_out.size()))})
          << "\n";
    }
    text_market_map(out, report, names, paint, language);
    const match::MarketResult& market = *report.market;
    out << "\n" << paint(std::string(match_words::consortia_heading.in(language)), kBold) << "\n";
    out << "  "
        << std::string((market.exclusivity == match::Exclusivity::participate_once
                            ? match_words::participate_once
                            : match_words::lead_once)
                           .in(language))
        << "\n";
    out << "  "
        << paint(optimality_sentence(report, *optimality, language),
                 optimality->proven_optimal ? kGreen : kYellow)
        << "\n";
    if (!market.scarcest_service_id.empty()) {
      out << "  "
          << (market.scarcest_municipality_id.empty()
                  ? wording::say(language, match_words::scarcest,
                                 {wording::text("service", std::string(names.service(
                                                               market.scarcest_service_id)))})
                  : wording::say(
                        language, match_words::scarcest_in,
                        {wording::text("service",
                                       std::string(names.service(market.scarcest_service_id))),
                         wording::text("municipality", std::string(names.municipality(
                                                           market.scarcest_municipality_id)))}))
          << "\n";
    }
    for (std::size_t i = 0; i < market.partition.size(); ++i) {
      text_proposal(out, report, market.partition[i].registration,
                    wording::say(language, match_words::consortium_heading,
                                 {wording::integer("number", static_cast<std::int64_t>(i + 1))}),
                    i, paint, language);
    }
    text_obstacles(out, market.obstacles, paint, language);
    return;
  }
  if (report.question == MatchQuestion::compose) {
    const match::ComposeResult& result = *report.compose;
    if (!result.proposals.empty()) {
      out << "\n"
          << paint(optimality_sentence(report, *optimality, language),
                   optimality->proven_optimal ? kGreen : kYellow)
          << "\n";
    } else {
      out << "\n" << paint(std::string(match_words::no_composition.in(language)), kRed) << "\n";
    }
    for (std::size_t i = 0; i < result.proposals.size(); ++i) {
      text_proposal(out, report, result.proposals[i].registration,
                    wording::say(language, match_words::proposal_heading,
                                 {wording::integer("number", static_cast<std::int64_t>(i + 1))}),
                    i, paint, language);
    }
    if (result.alternatives_exhausted && !result.proposals.empty()) {
      out << "\n"
          << wording::say(
                 language, match_words::alternatives_exhausted,
                 {wording::integer("count", static_cast<std::int64_t>(result.proposals.size()))})
          << "\n";
    }
    text_obstacles(out, result.obstacles, paint, language);
    return;
  }
  const match::CompleteResult& result = *report.complete;
  if (result.already_compliant) {
    out << "\n" << paint(std::string(match_words::already_compliant.in(language)), kGreen) << "\n";
  } else if (result.completed) {
    out << "\n"
        << paint(optimality_sentence(report, *optimality, language),
                 optimality->proven_optimal ? kGreen : kYellow)
        << "\n";
  } else {
    out << "\n" << paint(std::string(match_words::cannot_complete.in(language)), kRed) << "\n";
  }
  if (result.legal_form_change) {
    out << "  ~ "
        << wording::say(language, match_words::legal_form_change,
                        {wording::text("form", std::string(display_name(*result.legal_form_change,
                                                                        language)))})
        << "\n";
  }
  for (const match::Addition& addition : result.additions) {
    out << "  + "
        << wording::say(
               language, match_words::addition_line,
               {wording::text("name", std::string(text::one_line(names.provider(addition.kvk)))),
                wording::text("kvk", std::string(addition.kvk)),
                wording::text("role", std::string(display_name(addition.role, language))),
                wording::text("reason", std::string(text::one_line(addition.reason.in(language))))})
        << "\n";
  }
  for (const match::RoleChange& change : result.role_changes) {
    out << "  ~ "
        << wording::say(
               language, match_words::role_change_line,
               {wording::text("name", std::string(text::one_line(names.provider(change.kvk)))),
                wording::text("kvk", std::string(change.kvk)),
                wording::text("from", std::string(display_name(change.from, language))),
                wording::text("to", std::string(display_name(change.to, language))),
                wording::text("reason", std::string(text::one_line(change.reason.in(language))))})
        << "\n";
  }
  for (const auto& [kvk, service] : result.dropped_services) {
    out << "  - "
        << wording::say(
               language, match_words::dropped_line,
               {wording::text("provider",
                              fmt::format("{} ({})", text::one_line(names.provider(kvk)), kvk)),
                wording::text("service", std::string(service))})
        << "\n";
  }
  if (result.completed && !result.already_compliant) {
    text_proposal(out, report, *result.completed,
                  std::string(match_words::completed_heading.in(language)), 0, paint, language);
  }
  text_obstacles(out, result.obstacles, paint, language);
}

// --- JSON -------------------------------------------------------------------------------------

void json_localized(JsonWriter& json, std::string_view key, const LocalizedText& text) {
  json.key(key).begin_object();
  json.field("en", text.en).field("nl", text.nl);
  json.end_object();
}

void json_optimality(JsonWriter& json, const match::Optimality& optimality) {
  json.key("optimality").begin_object();
  json.field("status", optimality.proven_optimal ? "proven-optimal" : "best-found");
  json.field("timed_out", optimality.timed_out);
  json.field("best", optimality.best);
  json.field("bound", optimality.bound);
  json.end_object();
}

void json_string_list(JsonWriter& json, std::string_view key,
                      const std::vector<std::string>& values) {
  json.key(key).begin_array();
  for (const std::string& value : values) {
    json.value(value);
  }
  json.end_array();
}

void json_ids(JsonWriter& json, std::string_view key, const std::vector<IdRef>& refs) {
  json.key(key).begin_array();
  for (const IdRef& ref : refs) {
    json.value(ref.id);
  }
  json.end_array();
}

std::optional<std::string> optional_text(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

void json_registration(JsonWriter& json, const Registration& registration, const Names& names,
                       const std::string& file) {
  json.begin_object();
  json.field("id", registration.id);
  json.field("name", registration.name);
  json.field("legal_form", to_string(registration.legal_form));
  json.field("file", optional_text(file));
  std::size_t subcontractors = 0;
  for (const Member& member : registration.members) {
    subcontractors += member.role == Role::subcontractor ? 1 : 0;
  }
  json.field("member_count", registration.members.size());
  json.field("subcontractor_count", subcontractors);
  json.key("members").begin_array();
  for (const Member& member : registration.members) {
    json.begin_object();
    json.field("kvk", member.kvk);
    json.field("name", member.name);
    json.field("role", to_string(member.role));
    json_ids(json, "services", member.services);
    if (member.all_municipalities) {
      json.key("municipalities").null();
    } else {
      json_ids(json, "municipalities", member.municipalities);
    }
    const Provider* provider = names.find(member.kvk);
    json_string_list(json, "tags",
                     provider == nullptr ? std::vector<std::string>{} : provider->tags);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

void json_obstacles(JsonWriter& json, const std::vector<match::Obstacle>& obstacles) {
  json.key("obstacles").begin_array();
  for (const match::Obstacle& obstacle : obstacles) {
    json.begin_object();
    json.field("kind", match::to_string(obstacle.kind));
    json.field("service", optional_text(obstacle.service_id));
    json.field("municipality", optional_text(obstacle.municipality_id));
    json.field("certification", optional_text(obstacle.certification_id));
    json_string_list(json, "providers", obstacle.kvks);
    json_localized(json, "message", obstacle.message);
    json.end_object();
  }
  json.end_array();
}

void write_json(std::ostream& out, const MatchReport& report, const MatchRenderOptions& options) {
  const Names names(report);
  JsonWriter json(out);
  json.begin_object();
  json.field("schema", 1);
  json.field("tool", "tender-match");
  json.field("version", options.tool_version);
  json.field("command", to_string(report.question));
  json.key("tender").begin_object();
  json.field("id", report.tender.id);
  json.field("title", report.tender.title);
  json.field("file", report.tender.file);
  json.field("language", to_string(report.tender.language));
  json.end_object();
  json.key("register").begin_object();
  json.field("file", report.providers.file);
  json.field("providers", report.providers.providers.size());
  json.end_object();
  json.field("time_limit_ms", static_cast<std::int64_t>(report.time_limit.count()));
  json.field("answered", report.answered());
  if (report.question == MatchQuestion::compose) {
    const match::ComposeResult& result = *report.compose;
    json_optimality(json, result.optimality);
    json.field("alternatives_exhausted", result.alternatives_exhausted);
    json.key("proposals").begin_array();
    for (std::size_t i = 0; i < result.proposals.size(); ++i) {
      json_registration(json, result.proposals[i].registration, names, written_at(report, i));
    }
    json.end_array();
    json_obstacles(json, result.obstacles);
  } else if (report.question == MatchQuestion::complete) {
    const match::CompleteResult& result = *report.complete;
    json.key("registration").begin_object();
    json.field("id", report.registration->id);
    json.field("name", report.registration->name);
    json.field("file", report.registration->file);
    json.end_object();
    json_optimality(json, result.optimality);
    json.field("already_compliant", result.already_compliant);
    if (result.legal_form_change) {
      json.field("legal_form_change", to_string(*result.legal_form_change));
    } else {
      json.key("legal_form_change").null();
    }
    json.key("additions").begin_array();
    for (const match::Addition& addition : result.additions) {
      json.begin_object();
      json.field("kvk", addition.kvk);
      json.field("name", names.provider(addition.kvk));
      json.field("role", to_string(addition.role));
      json_string_list(json, "rules", addition.rule_ids);
      json_localized(json, "reason", addition.reason);
      json.end_object();
    }
    json.end_array();
    json.key("role_changes").begin_array();
    for (const match::RoleChange& change : result.role_changes) {
      json.begin_object();
      json.field("kvk", change.kvk);
      json.field("name", names.provider(change.kvk));
      json.field("from", to_string(change.from));
      json.field("to", to_string(change.to));
      json_string_list(json, "rules", change.rule_ids);
      json_localized(json, "reason", change.reason);
      json.end_object();
    }
    json.end_array();
    json.key("dropped_services").begin_array();
    for (const auto& [kvk, service] : result.dropped_services) {
      json.begin_object();
      json.field("kvk", kvk);
      json.field("service", service);
      json.end_object();
    }
    json.end_array();
    json.key("completed");
    if (result.completed) {
      json_registration(json, *result.completed, names, written_at(report, 0));
    } else {
      json.null();
    }
    json_obstacles(json, result.obstacles);
  } else {
    const match::MarketResult& market = *report.market;
    json_string_list(json, "received", report.received);
    json_string_list(json, "left_out", report.left_out);
    json.key("cells").begin_array();
    for (const match::MarketCell& cell : market.cells) {
      json.begin_object();
      json.field("service", cell.service_id);
      json.field("municipality", cell.municipality_id);
      json.field("providers", cell.providers);
      json.field("non_subcontractors", cell.non_subcontractors);
      json.field("single_point_of_failure", cell.single_point_of_failure());
      json_string_list(json, "kvks", cell.kvks);
      json.end_object();
    }
    json.end_array();
    json_string_list(json, "essential", market.essential);
    json.field("exclusivity", market.exclusivity == match::Exclusivity::participate_once
                                  ? "participate-once"
                                  : "lead-once");
    json_optimality(json, market.consortia);
    json.field("scarcest_service", optional_text(market.scarcest_service_id));
    json.field("scarcest_municipality", optional_text(market.scarcest_municipality_id));
    json.key("partition").begin_array();
    for (std::size_t i = 0; i < market.partition.size(); ++i) {
      json_registration(json, market.partition[i].registration, names, written_at(report, i));
    }
    json.end_array();
    json_obstacles(json, market.obstacles);
  }
  json.end_object();
  json.finish();
}

// --- Markdown ---------------------------------------------------------------------------------

void markdown_proposal(std::ostream& out, const MatchReport& report,
                       const Registration& registration, std::string_view heading,
                       std::size_t index, Language language) {
  out << "\n## " << heading << "\n\n"
      << display_name(registration.legal_form, language) << ", "
      << wording::say(
             language, match_words::members_count,
             {wording::integer("count", static_cast<std::int64_t>(registration.members.size()))})
      << ".";
  if (const std::string file = written_at(report, index); !file.empty()) {
    out << " "
        << wording::say(language, match_words::written_to,
                        {wording::text("file", std::string("`" + file + "`"))});
  }
  out << "\n\n| " << std::string(match_words::role_column.in(language)) << " | "
      << std::string(match_words::provider_column.in(language)) << " | KvK | "
      << std::string(match_words::services_column.in(language)) << " | "
      << std::string(match_words::municipalities_column.in(language))
      << " |\n|---|---|---|---|---|\n";
  for (const Member& member : registration.members) {
    std::vector<std::string> services;
    for (const IdRef& ref : member.services) {
      services.push_back(ref.id);
    }
    std::vector<std::string> municipalities;
    for (const IdRef& ref : member.municipalities) {
      municipalities.push_back(ref.id);
    }
    out << "| " << display_name(member.role, language) << " | " << markdown_cell(member.name)
        << " | " << member.kvk << " | " << markdown_cell(text::join(services, ", ")) << " | "
        << (member.all_municipalities ? std::string(match_words::all.in(language))
                                      : markdown_cell(text::join(municipalities, ", ")))
        << " |\n";
  }
}

void markdown_obstacles(std::ostream& out, const std::vector<match::Obstacle>& obstacles,
                        Language language) {
  if (obstacles.empty()) {
    return;
  }
  out << "\n## " << std::string(match_words::why_not.in(language)) << "\n\n";
  for (const match::Obstacle& obstacle : obstacles) {
    out << "- " << markdown_cell(obstacle.message.in(language)) << "\n";
  }
}

void write_markdown(std::ostream& out, const MatchReport& report) {
  const Language language = report.tender.language;
  const Names names(report);
  out << "# "
      << wording::say(language, match_words::markdown_title,
                      {wording::text("command", std::string(to_string(report.question)))})
      << ": " << markdown_cell(report.tender.title) << " (`" << report.tender.id << "`)\n\n";
  out << wording::say(language, match_words::register_line,
                      {wording::text("file", std::string("`" + report.providers.file + "`")),
                       wording::integer(
                           "count", static_cast<std::int64_t>(report.providers.providers.size()))})
      << ".\n";
  const match::Optimality* optimality = optimality_of(report);
  if (report.question == MatchQuestion::compose) {
    const match::ComposeResult& result = *report.compose;
    out << "\n**"
        << (result.proposals.empty() ? std::string(match_words::no_composition.in(language))
                                     : optimality_sentence(report, *optimality, language))
        << "**\n";
    for (std::size_t i = 0; i < result.proposals.size(); ++i) {
      markdown_proposal(
          out, report, result.proposals[i].registration,
          wording::say(language, match_words::proposal_heading,
                       {wording::integer("number", static_cast<std::int64_t>(i + 1))}),
          i, language);
    }
  } else if (report.question == MatchQuestion::complete) {
    const match::CompleteResult& result = *report.complete;
    out << "\n"
        << wording::say(
               language, match_words::complete_line,
               {wording::text("id", std::string("`" + report.registration->id + "`")),
                wording::text("name", std::string(markdown_cell(report.registration->name)))})
        << "\n\n**"
        << (result.already_compliant ? std::string(match_words::already_compliant.in(language))
            : result.completed       ? optimality_sentence(report, *optimality, language)
                                     : std::string(match_words::cannot_complete.in(language)))
        << "**\n";
    if (!result.additions.empty() || !result.role_changes.empty() ||
        !result.dropped_services.empty() || result.legal_form_change) {
      out << "\n| " << std::string(match_words::change_column.in(language)) << " | "
          << std::string(match_words::provider_column.in(language)) << " | KvK | "
          << std::string(match_words::reason_column.in(language)) << " |\n|---|---|---|---|\n";
      if (result.legal_form_change) {
        out << "| ~ | | | "
            << wording::say(language, match_words::legal_form_change,
                            {wording::text("form", std::string(display_name(
                                                       *result.legal_form_change, language)))})
            << " |\n";
      }
      for (const match::Addition& addition : result.additions) {
        out << "| + " << display_name(addition.role, language) << " | "
            << markdown_cell(names.provider(addition.kvk)) << " | " << addition.kvk << " | "
            << markdown_cell(addition.reason.in(language)) << " |\n";
      }
      for (const match::RoleChange& change : result.role_changes) {
        out << "| ~ " << display_name(change.from, language) << " → "
            << display_name(change.to, language) << " | "
            << markdown_cell(names.provider(change.kvk)) << " | " << change.kvk << " | "
            << markdown_cell(change.reason.in(language)) << " |\n";
      }
      for (const auto& [kvk, service] : result.dropped_services) {
        out << "| − | " << markdown_cell(names.provider(kvk)) << " | " << kvk << " | "
            << markdown_cell(wording::say(language, match_words::dropped_line,
                                          {wording::text("provider", names.provider(kvk)),
                                           wording::text("service", std::string(service))}))
            << " |\n";
      }
    }
    if (result.completed && !result.already_compliant) {
      markdown_proposal(out, report, *result.completed,
                        std::string(match_words::completed_heading.in(language)), 0, language);
    }
  } else {
    const match::MarketResult& market = *report.market;
    if (!report.received.empty()) {
      out << "\n"
          << wording::say(
                 language, match_words::received_line,
                 {wording::integer("registrations",
                                   static_cast<std::int64_t>(report.received.size())),
                  wording::integer("providers", static_cast<std::int64_t>(report.left_out.size()))})
          << "\n";
    }
    out << "\n## " << std::string(match_words::market_map_heading.in(language)) << "\n\n| "
        << std::string(match_words::service_column.in(language));
    for (const Municipality& municipality : report.tender.municipalities) {
      out << " | " << markdown_cell(names.municipality(municipality.id));
    }
    out << " |\n|---";
    for (std::size_t m = 0; m < report.tender.municipalities.size(); ++m) {
      out << "|---:";
    }
    out << "|\n";
    for (const Service& service : report.tender.services) {
      out << "| " << markdown_cell(service.name.empty() ? service.id : service.name);
      for (const Municipality& municipality : report.tender.municipalities) {
        int count = 0;
        for (const match::MarketCell& cell : market.cells) {
          if (cell.service_id == service.id && cell.municipality_id == municipality.id) {
            count = cell.providers;
          }
        }
        out << " | " << (count <= 1 ? fmt::format("**{}**", count) : std::to_string(count));
      }
      out << " |\n";
    }
    out << "\n## " << std::string(match_words::essential_heading.in(language)) << "\n\n";
    if (market.essential.empty()) {
      out << std::string(match_words::no_essential.in(language)) << "\n";
    }
    for (const std::string& kvk : market.essential) {
      out << "- " << markdown_cell(names.provider(kvk)) << " (" << kvk << ")\n";
    }
    out << "\n## " << std::string(match_words::consortia_heading.in(language)) << "\n\n"
        << std::string((market.exclusivity == match::Exclusivity::participate_once
                            ? match_words::participate_once
                            : match_words::lead_once)
                           .in(language))
        << "\n\n**" << optimality_sentence(report, *optimality, language) << "**\n";
    for (std::size_t i = 0; i < market.partition.size(); ++i) {
      markdown_proposal(
          out, report, market.partition[i].registration,
          wording::say(language, match_words::consortium_heading,
                       {wording::integer("number", static_cast<std::int64_t>(i + 1))}),
          i, language);
    }
  }
  markdown_obstacles(out, obstacles_of(report), language);
}

}  // namespace

std::string match_detail::answer_sentence(const MatchReport& report, Language language) {
  const match::Optimality* optimality = optimality_of(report);
  if (report.complete && report.complete->already_compliant) {
    return std::string(match_words::already_compliant.in(language));
  }
  if (!report.answered() || optimality == nullptr) {
    return std::string((report.question == MatchQuestion::complete ? match_words::cannot_complete
                                                                   : match_words::no_composition)
                           .in(language));
  }
  return optimality_sentence(report, *optimality, language);
}

void write_match_text(std::ostream& target, const MatchReport& report,
                      const MatchRenderOptions& options) {
  text::TerminalSafeStream out(target, options.colour);
  write_text(out, report, Painter(options.colour));
}

void write_match_json(std::ostream& out, const MatchReport& report,
                      const MatchRenderOptions& options) {
  write_json(out, report, options);
}

void write_match_markdown(std::ostream& target, const MatchReport& report,
                          const MatchRenderOptions&) {
  text::TerminalSafeStream out(target, false);
  write_markdown(out, report);
}

}  // namespace tenderkit::report
