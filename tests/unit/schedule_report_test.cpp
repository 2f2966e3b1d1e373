// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/calendar/working_days.hpp>
#include <tenderkit/input/contracts_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/report/schedule_report.hpp>
#include <tenderkit/schedule/schedule.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "input_test_support.hpp"

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace tenderkit::report {
namespace {

using test_support::describe;

constexpr std::time_t kCreated = 1'672'531'200;  // 2023-01-01T00:00:00Z

// A Dutch tender whose texts hold CSV, iCalendar and Markdown specials, with the MVS contract:
// 9 years from 2023-01-01, evaluations after years 3 and 6 (notice-6 moves from Saturday
// 2028-07-01 to Friday 2028-06-30).
constexpr std::string_view kTender = R"(id = "mvs"
title = "Jeugdhulp, MVS; regio\\Rijnmond"
language = "nl"

[[municipality]]
id = "maassluis"
name = "Maassluis"

[[service]]
id = "ambulant"
name = "Ambulant"

[contract]
name = "=Zorg | Jeugd_MVS, \"integraal\""
provider = "@Combinatie"
start = 2023-01-01
term = "9y"
extension = { options = 0 }
evaluations = [3, 6]
notice_period = "6m"
reporting = { cadence = "quarterly", due_after_days = 30 }
budget_agreement = "10-01"
indexation = "01-01"

[[phase]]
id = "gunning"
name = "Gunning | besluit"
start = 2022-08-04

[[phase]]
id = "alcatel"
kind = "standstill"
after = "gunning"
)";

schedule::Schedule make_schedule(std::string_view text, const Baseline* baseline = nullptr,
                                 std::vector<schedule::Shift> shifts = {}) {
  Result<Tender> tender = input::parse_tender(text, "tender.toml");
  EXPECT_TRUE(tender) << describe(tender.error());
  schedule::ScheduleOptions options;
  options.as_of = std::chrono::year{2024} / 1 / 1;
  options.baseline = baseline;
  options.shifts = std::move(shifts);
  Result<schedule::Schedule> built =
      schedule::build_schedule(*tender, {}, calendar::WorkingDayCalendar(), options);
  EXPECT_TRUE(built) << describe(built.error());
  return std::move(built).value();
}

std::string in_english(std::string_view tender) {
  std::string text(tender);
  text.replace(text.find("language = \"nl\""), 15, "language = \"en\"");
  return text;
}

ScheduleRenderOptions render_options() {
  ScheduleRenderOptions options;
  options.tool_version = "1.2.3";
  options.created = kCreated;
  return options;
}

template <class Writer>
std::string render(Writer writer, const schedule::Schedule& schedule,
                   const ScheduleRenderOptions& options = render_options()) {
  std::ostringstream out;
  writer(out, schedule, options);
  return out.str();
}

// Splits on CRLF; fails on a bare LF or CR outside a quoted CSV field when `csv`.
std::vector<std::string> crlf_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = text.find("\r\n", at);
    if (end == std::string::npos) {
      ADD_FAILURE() << "the text does not end with CRLF: " << text.substr(at);
      break;
    }
    lines.push_back(text.substr(at, end - at));
    at = end + 2;
  }
  return lines;
}

// A small RFC 4180 reader: records of fields, CRLF between records.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = records.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      EXPECT_TRUE(field.empty()) << "a quote inside an unquoted field at byte " << i;
      quoted = true;
    } else if (c == ',') {
      records.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      records.emplace_back(1);
      ++i;
    } else {
      EXPECT_TRUE(c != '\r' && c != '\n') << "a bare line break outside quotes at byte " << i;
      field += c;
    }
  }
  EXPECT_FALSE(quoted) << "an unterminated quoted field";
  EXPECT_EQ(records.back(), std::vector<std::string>(1)) << "the last record lacks its CRLF";
  records.pop_back();
  return records;
}

const std::vector<std::string>* row_of(const std::vector<std::vector<std::string>>& rows,
                                       std::string_view id) {
  for (const std::vector<std::string>& row : rows) {
    if (!row.empty() && row[0] == id) {
      return &row;
    }
  }
  ADD_FAILURE() << "no row " << id;
  return nullptr;
}

// --- CSV -----------------------------------------------------------------------------------------

TEST(ScheduleReportCsv, FieldsAreQuotedAsRfc4180Says) {
  EXPECT_EQ(csv_field(""), "");
  EXPECT_EQ(csv_field("plain text"), "plain text");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("\""), "\"\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(csv_field("Één; twee"), "Één; twee");  // a semicolon is no separator here
}

TEST(ScheduleReportCsv, FormulaLikeTextIsNeutralised) {
  EXPECT_EQ(csv_field("=SUM(A1:A9)"), "'=SUM(A1:A9)");
  EXPECT_EQ(csv_field("+31 10 123 4567"), "'+31 10 123 4567");
  EXPECT_EQ(csv_field("-2+3"), "'-2+3");
  EXPECT_EQ(csv_field("@Combinatie"), "'@Combinatie");
  EXPECT_EQ(csv_field("\tcmd"), "'\tcmd");
  EXPECT_EQ(csv_field("\rcmd"), "\"'\rcmd\"");  // neutralised, then quoted for the CR
  EXPECT_EQ(csv_field("=1,2"), "\"'=1,2\"");
  EXPECT_EQ(csv_field("=\"x\""), "\"'=\"\"x\"\"\"");
  // Only the first character counts.
  EXPECT_EQ(csv_field("a=b"), "a=b");
  EXPECT_EQ(csv_field(" =b"), " =b");
}

TEST(ScheduleReportCsv, OneCrlfRowPerMilestoneInTheTendersLanguage) {
  const schedule::Schedule schedule = make_schedule(kTender);
  const std::string csv = render(write_schedule_csv, schedule);
  // CRLF after every record, as docs/tender-schedule.md documents; no bare LF anywhere (no text
  // here holds a line break).
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), std::count(csv.begin(), csv.end(), '\r'));
  EXPECT_EQ(crlf_lines(csv).size(), schedule.milestones.size() + 1);

  const std::vector<std::vector<std::string>> rows = read_csv(csv);
  ASSERT_EQ(rows.size(), schedule.milestones.size() + 1);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "date", "weekday", "owner", "owner_name",
                                               "kind", "kind_name", "description", "contract_year",
                                               "rule", "moved_from", "reason"}));
  for (const std::vector<std::string>& row : rows) {
    EXPECT_EQ(row.size(), 12U) << row[0];
  }
  for (std::size_t i = 1; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i][0], schedule.milestones[i - 1].id);  // in milestone order
  }
  const std::vector<std::string>* notice = row_of(rows, "mvs/notice-6");
  ASSERT_NE(notice, nullptr);
  EXPECT_EQ(*notice,
            (std::vector<std::string>{
                "mvs/notice-6", "2028-06-30", "vrijdag", "mvs", "'=Zorg | Jeugd_MVS, \"integraal\"",
                "notice", "Opzegtermijn",
                "Uiterste datum opzegging bij de evaluatie na contractjaar 6 (opzegtermijn 6 "
                "maanden)",
                "6", "previous-working-day", "2028-07-01", "zaterdag"}));
  const std::vector<std::string>* gunning = row_of(rows, "timeline/gunning");
  ASSERT_NE(gunning, nullptr);
  EXPECT_EQ(*gunning,
            (std::vector<std::string>{"timeline/gunning", "2022-08-04", "donderdag", "timeline",
                                      "Planning aanbesteding", "milestone", "Mijlpaal",
                                      "Gunning | besluit", "", "none", "", ""}));
  // The raw line: the name neutralised and quoted, its quotes doubled.
  EXPECT_NE(csv.find(",mvs,\"'=Zorg | Jeugd_MVS, \"\"integraal\"\"\",notice,"), std::string::npos);
}

TEST(ScheduleReportCsv, BaselineColumnsHoldTheOldDateAndPlainSignedDays) {
  Baseline baseline;
  baseline.file = "old.json";
  baseline.dates["timeline/gunning"] = std::chrono::year{2022} / 8 / 11;  // a week later
  baseline.dates["mvs/start"] = std::chrono::year{2022} / 12 / 25;        // a week earlier
  const schedule::Schedule schedule = make_schedule(kTender, &baseline);
  const std::vector<std::vector<std::string>> rows = read_csv(render(write_schedule_csv, schedule));
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0].size(), 14U);
  EXPECT_EQ(rows[0][12], "baseline_date");
  EXPECT_EQ(rows[0][13], "days_moved");
  const std::vector<std::string>* gunning = row_of(rows, "timeline/gunning");
  ASSERT_NE(gunning, nullptr);
  EXPECT_EQ((*gunning)[12], "2022-08-11");
  // A number, not text a spreadsheet or script would have to unwrap: no apostrophe.
  EXPECT_EQ((*gunning)[13], "-7");
  const std::vector<std::string>* start = row_of(rows, "mvs/start");
  ASSERT_NE(start, nullptr);
  EXPECT_EQ((*start)[13], "7");
  const std::vector<std::string>* notice = row_of(rows, "mvs/notice-3");
  ASSERT_NE(notice, nullptr);
  EXPECT_EQ((*notice)[12], "");  // not in the baseline
  EXPECT_EQ((*notice)[13], "");
}

// --- iCalendar -----------------------------------------------------------------------------------

TEST(ScheduleReportIcs, TextIsEscaped) {
  EXPECT_EQ(ics_text("plain"), "plain");
  EXPECT_EQ(ics_text("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
  EXPECT_EQ(ics_text("Jeugdhulp, MVS; regio"), "Jeugdhulp\\, MVS\\; regio");
  EXPECT_EQ(ics_text("crlf\r\nend"), "crlf\\nend");  // CR is a control character: dropped
  EXPECT_EQ(ics_text(std::string("bell\x07\x7f!")), "bell!");
  EXPECT_EQ(ics_text("Één “quotes”"), "Één “quotes”");
}

// Lines of a folded content line, without their CRLF.
std::vector<std::string> physical_lines(const std::string& folded) {
  return crlf_lines(folded);
}

std::string unfold(const std::string& folded) {
  std::string text;
  for (const std::string& line : physical_lines(folded)) {
    text += text.empty() ? line : line.substr(1);
  }
  return text;
}

bool starts_inside_a_character(std::string_view text) {
  return !text.empty() && (static_cast<unsigned char>(text.front()) & 0xC0) == 0x80;
}

TEST(ScheduleReportIcs, LinesAreFoldedAtSeventyFiveOctets) {
  EXPECT_EQ(ics_line("BEGIN:VEVENT"), "BEGIN:VEVENT\r\n");
  const std::string exact(75, 'x');
  EXPECT_EQ(ics_line(exact), exact + "\r\n");
  const std::string longer(76, 'x');
  EXPECT_EQ(ics_line(longer), std::string(75, 'x') + "\r\n x\r\n");
  // 200 octets: 75, then 74 after each leading space.
  const std::string two_hundred(200, 'y');
  const std::vector<std::string> lines = physical_lines(ics_line(two_hundred));
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0].size(), 75U);
  EXPECT_EQ(lines[1], " " + std::string(74, 'y'));
  EXPECT_EQ(lines[2], " " + std::string(51, 'y'));
  EXPECT_EQ(unfold(ics_line(two_hundred)), two_hundred);
}

TEST(ScheduleReportIcs, FoldingNeverSplitsAUtf8Character) {
  // "SUMMARY:" is 8 octets and each "é" 2: 33 of them fill 74 octets, the 34th would end at 76.
  std::string summary = "SUMMARY:";
  for (int i = 0; i < 40; ++i) {
    summary += "é";
  }
  const std::string folded = ics_line(summary);
  const std::vector<std::string> lines = physical_lines(folded);
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[0].size(), 74U);
  EXPECT_EQ(lines[1].size(), 1U + 14U);
  EXPECT_EQ(unfold(folded), summary);

  // Every offset of 3- and 4-octet characters against the fold.
  for (std::string_view character : {"€", "😀"}) {
    for (std::size_t prefix = 0; prefix < 4; ++prefix) {
      std::string line = "X:" + std::string(prefix, 'a');
      for (int i = 0; i < 60; ++i) {
        line += character;
      }
      const std::string result = ics_line(line);
      for (const std::string& physical : physical_lines(result)) {
        EXPECT_LE(physical.size(), 75U);
        EXPECT_FALSE(starts_inside_a_character(physical.substr(physical[0] == ' ' ? 1 : 0)))
            << character << " prefix " << prefix;
      }
      EXPECT_EQ(unfold(result), line);
    }
  }
}

TEST(ScheduleReportIcs, OneAllDayEventPerMilestoneWithStableUids) {
  const schedule::Schedule schedule = make_schedule(kTender);
  const std::string ics = render(write_schedule_ics, schedule);
  // CRLF line ends only, and no physical line longer than 75 octets.
  EXPECT_EQ(std::count(ics.begin(), ics.end(), '\n'), std::count(ics.begin(), ics.end(), '\r'));
  const std::vector<std::string> lines = crlf_lines(ics);
  for (const std::string& line : lines) {
    EXPECT_LE(line.size(), 75U) << line;
  }
  ASSERT_GE(lines.size(), 7U);
  EXPECT_EQ(lines[0], "BEGIN:VCALENDAR");
  EXPECT_EQ(lines[1], "VERSION:2.0");
  EXPECT_EQ(lines[2], "PRODID:-//tenderkit//tender-schedule 1.2.3//NL");
  EXPECT_EQ(lines[5], "X-WR-CALNAME:Jeugdhulp\\, MVS\\; regio\\\\Rijnmond");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  EXPECT_EQ(static_cast<std::size_t>(std::count(lines.begin(), lines.end(), "BEGIN:VEVENT")),
            schedule.milestones.size());
  EXPECT_EQ(
      static_cast<std::size_t>(std::count(lines.begin(), lines.end(), "DTSTAMP:20230101T000000Z")),
      schedule.milestones.size());

  // The notice before the evaluation after year 6, moved from Saturday 1 July 2028.
  const std::string unfolded = [&] {
    std::string text = ics;
    for (std::size_t at = text.find("\r\n "); at != std::string::npos;
         at = text.find("\r\n ", at)) {
      text.erase(at, 3);
    }
    return text;
  }();
  const std::string event =
      "BEGIN:VEVENT\r\n"
      "UID:mvs/notice-6@mvs.tenderkit\r\n"
      "DTSTAMP:20230101T000000Z\r\n"
      "DTSTART;VALUE=DATE:20280630\r\n"
      "DTEND;VALUE=DATE:20280701\r\n"
      "SUMMARY:=Zorg | Jeugd_MVS\\, \"integraal\": Uiterste datum opzegging "
      "bij de evaluatie na contractjaar 6 (opzegtermijn 6 maanden)\r\n"
      "DESCRIPTION:Opzegtermijn: =Zorg | Jeugd_MVS\\, \"integraal\"\\n"
      "contractjaar 6\\nverschoven van 1 juli 2028 (zaterdag)\r\n"
      "CATEGORIES:Opzegtermijn\r\n"
      "TRANSP:TRANSPARENT\r\n"
      "END:VEVENT\r\n";
  EXPECT_NE(unfolded.find(event), std::string::npos) << unfolded.substr(0, 3000);
  // The timeline's events: DTEND is the next day; no contract year.
  EXPECT_NE(unfolded.find("UID:timeline/gunning@mvs.tenderkit\r\nDTSTAMP:20230101T000000Z\r\n"
                          "DTSTART;VALUE=DATE:20220804\r\nDTEND;VALUE=DATE:20220805\r\n"
                          "SUMMARY:Planning aanbesteding: Gunning | besluit\r\n"
                          "DESCRIPTION:Mijlpaal: Planning aanbesteding\r\n"),
            std::string::npos);
  // The end of the year rolls over in DTEND.
  EXPECT_NE(unfolded.find("DTSTART;VALUE=DATE:20311231\r\nDTEND;VALUE=DATE:20320101\r\n"),
            std::string::npos);

  // UIDs are unique, and the same after a re-planning that moves the dates.
  const auto uids = [](const std::string& text) {
    std::multiset<std::string> found;
    for (std::size_t at = text.find("\r\nUID:"); at != std::string::npos;
         at = text.find("\r\nUID:", at + 1)) {
      found.insert(text.substr(at + 2, text.find("\r\n", at + 2) - at - 2));
    }
    return found;
  };
  const std::multiset<std::string> first = uids(unfolded);
  EXPECT_EQ(first.size(), schedule.milestones.size());
  EXPECT_EQ(std::set<std::string>(first.begin(), first.end()).size(), first.size());
  const schedule::Schedule replanned =
      make_schedule(kTender, nullptr, {*schedule::parse_shift("gunning=+2m")});
  const std::string replanned_ics = render(write_schedule_ics, replanned);
  EXPECT_NE(replanned_ics, ics);
  EXPECT_EQ(uids(replanned_ics), first);
}

// --- JSON ----------------------------------------------------------------------------------------

TEST(ScheduleReportJson, SchemaOneDeterministicAndInTheDocumentedOrder) {
  const schedule::Schedule schedule = make_schedule(kTender);
  ScheduleRenderOptions options = render_options();
  options.bridging_day_files = {"templates/bridging-days.toml"};
  const std::string json = render(write_schedule_json, schedule, options);
  EXPECT_EQ(json, render(write_schedule_json, make_schedule(kTender), options));

  const nlohmann::ordered_json document = nlohmann::ordered_json::parse(json);
  std::vector<std::string> keys;
  for (const auto& [key, value] : document.items()) {
    keys.push_back(key);
  }
  EXPECT_EQ(keys, (std::vector<std::string>{"schema", "tool", "version", "tender", "authorities",
                                            "document", "as_of", "calendar", "contracts",
                                            "timeline", "milestones", "baseline", "summary"}));
  EXPECT_EQ(document["schema"], 1);
  EXPECT_EQ(document["tool"], "tender-schedule");
  EXPECT_EQ(document["version"], "1.2.3");
  EXPECT_EQ(document["tender"]["language"], "nl");
  EXPECT_EQ(document["as_of"], "2024-01-01");
  EXPECT_EQ(document["calendar"]["bridging_days"][0], "templates/bridging-days.toml");

  const auto& contract = document["contracts"][0];
  EXPECT_EQ(contract["id"], "mvs");
  EXPECT_EQ(contract["name"], "=Zorg | Jeugd_MVS, \"integraal\"");
  EXPECT_EQ(contract["care_type"], "integral");
  EXPECT_EQ(contract["start"], "2023-01-01");
  EXPECT_EQ(contract["initial_end"], "2031-12-31");
  EXPECT_EQ(contract["end_of_term"], "2031-12-31");
  EXPECT_EQ(contract["latest_end"], "2031-12-31");
  EXPECT_EQ(contract["options_left"], 0);
  EXPECT_EQ(contract["retender"], true);
  // The Q4 2023 report, due 30 January 2024, is the first deadline from 1 January 2024.
  EXPECT_EQ(contract["next_deadline"]["id"], "mvs/report-2023-q4");
  EXPECT_EQ(contract["next_deadline"]["date"], "2024-01-30");
  EXPECT_EQ(contract["file"], "tender.toml");

  const auto& standstill = document["timeline"][1];
  EXPECT_EQ(standstill["kind"], "standstill");
  EXPECT_EQ(standstill["start"], "2022-08-05");
  EXPECT_EQ(standstill["end"], "2022-08-24");
  EXPECT_EQ(standstill["after"], nlohmann::ordered_json::array({"gunning"}));
  EXPECT_TRUE(standstill["shift"].is_null());

  ASSERT_EQ(document["milestones"].size(), schedule.milestones.size());
  for (const auto& milestone : document["milestones"]) {
    if (milestone["id"] == "mvs/notice-6") {
      EXPECT_EQ(milestone["date"], "2028-06-30");
      EXPECT_EQ(milestone["weekday"], "vrijdag");  // texts in the tender's language
      EXPECT_EQ(milestone["contract_year"], 6);
      EXPECT_EQ(milestone["rule"], "previous-working-day");
      EXPECT_EQ(milestone["moved_from"], "2028-07-01");
      EXPECT_EQ(milestone["reason"], "zaterdag");
    }
    if (milestone["id"] == "timeline/gunning") {
      EXPECT_TRUE(milestone["contract_year"].is_null());
      EXPECT_TRUE(milestone["moved_from"].is_null());
      EXPECT_TRUE(milestone["reason"].is_null());
      EXPECT_EQ(milestone["owner"], "timeline");
    }
  }
  EXPECT_TRUE(document["baseline"].is_null());
  EXPECT_EQ(document["summary"]["contracts"], 1);
  EXPECT_EQ(document["summary"]["milestones"], schedule.milestones.size());
  EXPECT_EQ(document["summary"]["retender"], 1);
}

// --- Markdown and text ---------------------------------------------------------------------------

TEST(ScheduleReportMarkdown, EscapesPipesAndMarkupInCells) {
  Baseline baseline;
  baseline.file = "old.json";
  baseline.dates["mvs/removed|step"] = std::chrono::year{2022} / 1 / 1;
  const schedule::Schedule schedule = make_schedule(kTender, &baseline);
  const std::string markdown = render(write_schedule_markdown, schedule);
  EXPECT_NE(markdown.find("# Contractplanning: Jeugdhulp, MVS; regio\\\\Rijnmond\n"),
            std::string::npos);
  EXPECT_NE(markdown.find("| =Zorg \\| Jeugd\\_MVS, \"integraal\" | 1 januari 2023 | "
                          "31 december 2031 | 31 december 2031 | 0, **opnieuw aanbesteden** |"),
            std::string::npos)
      << markdown.substr(0, 1500);
  EXPECT_NE(markdown.find("| Gunning \\| besluit | 4 augustus 2022 | 4 augustus 2022 |  |\n"),
            std::string::npos);
  EXPECT_NE(markdown.find("## =Zorg \\| Jeugd\\_MVS, \"integraal\" (`mvs`)\n"), std::string::npos);
  EXPECT_NE(markdown.find("| 30 juni 2028 | vrijdag | Uiterste datum opzegging bij de evaluatie "
                          "na contractjaar 6 (opzegtermijn 6 maanden) | 6 | verschoven van "
                          "1 juli 2028 (zaterdag) |\n"),
            std::string::npos);
  // A removed milestone's id comes from the baseline file as it is: its pipe is escaped too.
  EXPECT_NE(markdown.find("| `mvs/removed\\|step` | 1 januari 2022 | - |  |\n"), std::string::npos);
  // Every table row has as many unescaped pipes as its header.
  std::istringstream lines(markdown);
  std::string line;
  std::size_t columns = 0;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] != '|') {
      columns = 0;
      continue;
    }
    std::size_t pipes = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) {
        ++pipes;
      }
    }
    if (columns == 0) {
      columns = pipes;
    }
    EXPECT_EQ(pipes, columns) << line;
  }
}

TEST(ScheduleReportText, SummarisesMovesAndRetenders) {
  const schedule::Schedule schedule = make_schedule(in_english(kTender));
  const std::string text = render(write_schedule_text, schedule);
  // 59 contract milestones (see schedule_test) and 3 of the timeline. Moved: 7 reports, the
  // budgets of 2023 and 2028 (1 October on a Sunday) and the notice before evaluation 6.
  EXPECT_NE(text.find("\n1 contract, 62 milestones; 10 moved to a working day; 1 to re-tender\n"),
            std::string::npos)
      << text.substr(text.size() > 200 ? text.size() - 200 : 0);
  EXPECT_NE(text.find("  2028-06-30 Fri  mvs       Last day to give notice of termination at the "
                      "evaluation after contract year 6 (6 months)  [moved from 1 July 2028 "
                      "(Saturday)]\n"),
            std::string::npos);
  EXPECT_EQ(text.find('\x1b'), std::string::npos);  // no colour unless asked for
}

// A Dutch tender gets Dutch text: words, dd-mm-jjjj in tables, dates in words in prose.
TEST(ScheduleReportText, InTheTendersLanguage) {
  const schedule::Schedule schedule = make_schedule(kTender);
  const std::string text = render(write_schedule_text, schedule);
  EXPECT_NE(text.find("\n1 contract, 62 mijlpalen; 10 verschoven naar een werkdag; 1 opnieuw aan "
                      "te besteden\n"),
            std::string::npos)
      << text.substr(text.size() > 200 ? text.size() - 200 : 0);
  EXPECT_NE(text.find("  30-06-2028 vr  mvs       Uiterste datum opzegging bij de evaluatie na "
                      "contractjaar 6 (opzegtermijn 6 maanden)  [verschoven van 1 juli 2028 "
                      "(zaterdag)]\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\nstand per 1 januari 2024 (maandag); "), std::string::npos) << text;
  // The clauses, as the annex has them.
  for (const LocalizedText& clause :
       schedule::term_clauses(schedule.contracts[0], schedule.dates[0])) {
    EXPECT_NE(text.find("\n  - " + clause.nl + "\n"), std::string::npos) << clause.nl;
  }
}

// The yearly days in words, so that a month read the wrong way round shows.
TEST(ScheduleReportText, ShowsTheYearlyDaysInWords) {
  std::string text_of_tender = in_english(kTender);
  text_of_tender.replace(text_of_tender.find("budget_agreement = \"10-01\""), 26,
                         "budget_agreement = \"01-10\"\nintake_moments = [\"1 april\", "
                         "{ month = 9, day = 15 }]");
  const schedule::Schedule schedule = make_schedule(text_of_tender);
  const std::string text = render(write_schedule_text, schedule);
  EXPECT_NE(text.find("\nyearly dates\n"
                      "  id   intake moments         budget agreed by  price indexation\n"
                      "  mvs  1 April, 15 September  10 January        1 January\n"),
            std::string::npos)
      << text;
}

}  // namespace
}  // namespace tenderkit::report
