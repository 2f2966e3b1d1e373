// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/report/match_workbook.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <fmt/format.h>

#include "match_wording.hpp"
#include "workbook_style.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace tenderkit::report {

namespace {

using detail::kAmberFill;
using detail::kAmberFont;
using detail::kCell;
using detail::kGoodFill;
using detail::kGoodFont;
using detail::kHeader;
using detail::kLabel;
using detail::kRedFill;
using detail::kRedFont;
using detail::kTitle;
using detail::kWrappedCell;
using detail::utc_date;
using detail::with_fill;

const xlsx::Format kCentered{.border = xlsx::Border::thin,
                             .align = xlsx::Align::center,
                             .vertical_align = xlsx::VerticalAlign::top};

// Registrations side by side: one block of columns per registration (a column per member), a row
// per service; a cell says whether the member delivers the service (with its role's word when it
// does so as a subcontractor). Members in `marked` get a green header (complete: the additions).
void write_matrices(xlsx::Worksheet& sheet, const Tender& tender,
                    const std::vector<const Registration*>& registrations,
                    const std::vector<std::string>& headings, const std::set<std::string>& marked,
                    Language language) {
  constexpr xlsx::Row kHeadingRow = 0;
  constexpr xlsx::Row kNameRow = 1;
  constexpr xlsx::Row kRoleRow = 2;
  constexpr xlsx::Row kKvkRow = 3;
  constexpr xlsx::Row kFirstService = 4;
  sheet.write_text(kNameRow, 0, std::string(match_words::service_column.in(language)), kHeader);
  sheet.write_text(kRoleRow, 0, std::string(match_words::role_column.in(language)), kHeader);
  sheet.write_text(kKvkRow, 0, "KvK", kHeader);
  for (std::size_t s = 0; s < tender.services.size(); ++s) {
    const Service& service = tender.services[s];
    sheet.write_text(static_cast<xlsx::Row>(kFirstService + s), 0,
                     service.name.empty() ? service.id : service.name, kCell);
  }
  sheet.set_column_width(0, 0, 36);
  xlsx::Column column = 1;
  for (std::size_t r = 0; r < registrations.size(); ++r) {
    const Registration& registration = *registrations[r];
    const xlsx::Column first = column;
    for (const Member& member : registration.members) {
      const bool added = marked.contains(member.kvk);
      const xlsx::Format header = added ? with_fill(kHeader, kGoodFill, kGoodFont) : kHeader;
      sheet.write_text(kNameRow, column, member.name, header);
      sheet.write_text(
          kRoleRow, column,
          std::string(display_name(member.role, language)) +
              (added ? fmt::format(" ({})", std::string(match_words::added_mark.in(language)))
                     : ""),
          header);
      sheet.write_text(kKvkRow, column, member.kvk, header);
      for (std::size_t s = 0; s < tender.services.size(); ++s) {
        const xlsx::Row row = static_cast<xlsx::Row>(kFirstService + s);
        if (member.delivers(tender.services[s].id)) {
          sheet.write_text(row, column, std::string(match_words::delivers.in(language)),
                           with_fill(kCentered, kGoodFill, kGoodFont));
        } else {
          sheet.write_blank(row, column, kCell);
        }
      }
      sheet.set_column_width(column, column, 18);
      ++column;
    }
    const xlsx::Column last = static_cast<xlsx::Column>(column - 1);
    sheet.merge_text(xlsx::Range{kHeadingRow, first, kHeadingRow, last}, headings[r], kHeader);
    ++column;  // an empty column between registrations
  }
  sheet.set_row_height(kNameRow, 45);
  sheet.freeze_panes(kFirstService, 1);
}

void write_summary(xlsx::Worksheet& sheet, const MatchReport& report, std::time_t created,
                   Language language) {
  sheet.write_text(0, 0,
                   wording::say(language, match_words::workbook_title,
                                {wording::text("command", std::string(to_string(report.question))),
                                 wording::text("title", std::string(report.tender.title))}),
                   kTitle);
  xlsx::Row row = 2;
  const auto line = [&](const wording::Phrase& label, const std::string& value) {
    sheet.write_text(row, 0, std::string(label.in(language)), kLabel);
    sheet.write_text(row, 1, value);
    ++row;
  };
  line(match_words::tender_label, report.tender.id);
  line(match_words::register_label, report.providers.file);
  sheet.write_text(row, 0, std::string(match_words::providers_label.in(language)), kLabel);
  sheet.write_number(row, 1, static_cast<double>(report.providers.providers.size()));
  ++row;
  line(match_words::question_label, std::string(to_string(report.question)));
  line(match_words::answer_label, match_detail::answer_sentence(report, language));
  sheet.write_text(row, 0, std::string(match_words::date_label.in(language)), kLabel);
  sheet.write_date(row, 1, utc_date(created), xlsx::Format{.number_format = "yyyy-mm-dd"});
  sheet.set_column_width(0, 0, 22);
  sheet.set_column_width(1, 1, 90);
}

void write_market_map(xlsx::Worksheet& sheet, const MatchReport& report, Language language) {
  const Tender& tender = report.tender;
  const match::MarketResult& market = *report.market;
  sheet.write_text(0, 0, std::string(match_words::count_legend.in(language)), kLabel);
  sheet.write_text(1, 0, std::string(match_words::service_column.in(language)), kHeader);
  for (std::size_t m = 0; m < tender.municipalities.size(); ++m) {
    const Municipality& municipality = tender.municipalities[m];
    sheet.write_text(1, static_cast<xlsx::Column>(m + 1),
                     municipality.name.empty() ? municipality.id : municipality.name, kHeader);
  }
  for (std::size_t s = 0; s < tender.services.size(); ++s) {
    const Service& service = tender.services[s];
    const xlsx::Row row = static_cast<xlsx::Row>(2 + s);
    sheet.write_text(row, 0, service.name.empty() ? service.id : service.name, kCell);
    for (std::size_t m = 0; m < tender.municipalities.size(); ++m) {
      int count = 0;
      for (const match::MarketCell& cell : market.cells) {
        if (cell.service_id == service.id && cell.municipality_id == tender.municipalities[m].id) {
          count = cell.providers;
        }
      }
      const xlsx::Format format = count == 0   ? with_fill(kCentered, kRedFill, kRedFont)
                                  : count == 1 ? with_fill(kCentered, kAmberFill, kAmberFont)
                                               : with_fill(kCentered, kGoodFill, kGoodFont);
      sheet.write_number(row, static_cast<xlsx::Column>(m + 1), count, format);
    }
  }
  sheet.set_column_width(0, 0, 40);
  sheet.set_column_width(
      1, static_cast<xlsx::Column>(std::max<std::size_t>(1, tender.municipalities.size())), 14);

  xlsx::Row row = static_cast<xlsx::Row>(3 + tender.services.size());
  sheet.write_text(row++, 0, std::string(match_words::essential_heading.in(language)), kLabel);
  if (market.essential.empty()) {
    sheet.write_text(row++, 0, std::string(match_words::no_essential.in(language)));
  }
  for (const std::string& kvk : market.essential) {
    const Provider* provider = report.providers.find(kvk);
    sheet.write_text(row, 0, provider == nullptr ? kvk : provider->name);
    sheet.write_text(row++, 1, kvk);
  }
  ++row;
  sheet.write_text(row++, 0, std::string(match_words::consortia_heading.in(language)), kLabel);
  sheet.write_text(row++, 0,
                   std::string((market.exclusivity == match::Exclusivity::participate_once
                                    ? match_words::participate_once
                                    : match_words::lead_once)
                                   .in(language)));
  sheet.write_text(row, 0, match_detail::answer_sentence(report, language));
  sheet.write_number(row, 1, market.consortia.best, kLabel);
  sheet.freeze_panes(2, 1);
}

void write_obstacles(xlsx::Workbook& book, const std::vector<match::Obstacle>& obstacles,
                     Language language) {
  if (obstacles.empty()) {
    return;
  }
  xlsx::Worksheet sheet =
      book.add_worksheet(std::string(match_words::obstacles_sheet.in(language)));
  sheet.write_text(0, 0, std::string(match_words::kind_column.in(language)), kHeader);
  sheet.write_text(0, 1, std::string(match_words::message_column.in(language)), kHeader);
  for (std::size_t i = 0; i < obstacles.size(); ++i) {
    const xlsx::Row row = static_cast<xlsx::Row>(i + 1);
    sheet.write_text(row, 0, match::to_string(obstacles[i].kind), kCell);
    sheet.write_text(row, 1, obstacles[i].message.in(language), kWrappedCell);
    sheet.set_row_height(row, xlsx::wrapped_row_height(obstacles[i].message.in(language), 90));
  }
  sheet.set_column_width(0, 0, 28);
  sheet.set_column_width(1, 1, 90);
}

}  // namespace

Result<std::vector<Warning>> write_match_workbook(const std::filesystem::path& target,
                                                  const MatchReport& report, std::time_t created) {
  const Language language = report.tender.language;
  Result<xlsx::Workbook> created_book = xlsx::Workbook::create(
      target,
      xlsx::DocumentProperties{
          .title = wording::say(language, match_words::workbook_title,
                                {wording::text("command", std::string(to_string(report.question))),
                                 wording::text("title", std::string(report.tender.title))}),
          .author = "tenderkit",
          .subject = report.tender.id,
          .created = created,
      });
  if (!created_book) {
    return created_book.error();
  }
  xlsx::Workbook& book = *created_book;
  xlsx::Worksheet summary =
      book.add_worksheet(std::string(match_words::summary_sheet.in(language)));
  write_summary(summary, report, created, language);

  std::vector<const Registration*> registrations;
  std::vector<std::string> headings;
  std::set<std::string> marked;
  std::vector<match::Obstacle> obstacles;
  if (report.compose) {
    for (std::size_t i = 0; i < report.compose->proposals.size(); ++i) {
      registrations.push_back(&report.compose->proposals[i].registration);
      headings.push_back(
          wording::say(language, match_words::proposal_heading,
                       {wording::integer("number", static_cast<std::int64_t>(i + 1))}));
    }
    if (!registrations.empty()) {
      xlsx::Worksheet sheet =
          book.add_worksheet(std::string(match_words::proposals_sheet.in(language)));
      write_matrices(sheet, report.tender, registrations, headings, marked, language);
    }
    obstacles = report.compose->obstacles;
  } else if (report.complete) {
    if (report.complete->completed) {
      for (const match::Addition& addition : report.complete->additions) {
        marked.insert(addition.kvk);
      }
      registrations.push_back(&*report.complete->completed);
      headings.push_back(std::string(match_words::completed_heading.in(language)));
      xlsx::Worksheet sheet =
          book.add_worksheet(std::string(match_words::completed_sheet.in(language)));
      write_matrices(sheet, report.tender, registrations, headings, marked, language);
    }
    obstacles = report.complete->obstacles;
  } else if (report.market) {
    xlsx::Worksheet map = book.add_worksheet(std::string(match_words::market_sheet.in(language)));
    write_market_map(map, report, language);
    for (std::size_t i = 0; i < report.market->partition.size(); ++i) {
      registrations.push_back(&report.market->partition[i].registration);
      headings.push_back(
          wording::say(language, match_words::consortium_heading,
                       {wording::integer("number", static_cast<std::int64_t>(i + 1))}));
    }
    if (!registrations.empty()) {
      xlsx::Worksheet sheet =
          book.add_worksheet(std::string(match_words::consortia_sheet.in(language)));
      write_matrices(sheet, report.tender, registrations, headings, marked, language);
    }
    obstacles = report.market->obstacles;
  }
  write_obstacles(book, obstacles, language);
  return book.close();
}

}  // namespace tenderkit::report
