// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/terminal_text.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/report/check_report.hpp>
#include <tenderkit/report/json_writer.hpp>
#include <tenderkit/report/wording.hpp>

#include <fmt/format.h>

#include "text_support.hpp"

#include <algorithm>
#include <string>

namespace tenderkit::report {

using integrality::CheckReport;
using integrality::Finding;
using integrality::RegistrationCheck;
using integrality::Severity;

using detail::kBold;
using detail::kGreen;
using detail::kRed;
using detail::kYellow;
using detail::markdown_cell;
using detail::markdown_code_cell;
using detail::Painter;
using wording::say;
using wording::say_count;

namespace {

std::int64_t as_count(std::size_t count) {
  return static_cast<std::int64_t>(count);
}

LocalizedText errors_phrase(std::size_t count) {
  return say_count(as_count(count), words::errors_one, words::errors_many);
}

LocalizedText warnings_phrase(std::size_t count) {
  return say_count(as_count(count), words::warnings_one, words::warnings_many);
}

// "compliant", "compliant, 1 warning", "NOT COMPLIANT: 2 errors, 1 warning".
std::string verdict(const RegistrationCheck& check, bool strict, Language language) {
  const std::size_t errors = check.count(Severity::error);
  const std::size_t warnings = check.count(Severity::warning);
  LocalizedText counts;
  if (errors > 0 && warnings > 0) {
    counts = say(words::two_counts, {wording::localized("first", errors_phrase(errors)),
                                     wording::localized("second", warnings_phrase(warnings))});
  } else if (errors > 0) {
    counts = errors_phrase(errors);
  } else if (warnings > 0) {
    counts = warnings_phrase(warnings);
  }
  if (check.compliant(strict)) {
    return counts.en.empty() ? say(language, words::verdict_compliant)
                             : say(language, words::verdict_compliant_with,
                                   {wording::localized("counts", counts)});
  }
  return say(language, words::verdict_not_compliant, {wording::localized("counts", counts)});
}

// A legal form as the language names it: the id in English (as in the input), in words in Dutch.
LocalizedText legal_form_name(LegalForm form) {
  return LocalizedText{std::string(to_string(form)), std::string(display_name(form, Language::nl))};
}

std::string members_phrase(const RegistrationCheck& check, Language language) {
  return say_count(as_count(check.registration.members.size()), words::members_one,
                   words::members_many,
                   {wording::localized("form", legal_form_name(check.registration.legal_form))})
      .in(language);
}

std::string severity_name(Severity severity, Language language) {
  return say(language,
             severity == Severity::error ? words::severity_error : words::severity_warning);
}

// "2 of 3 registrations compliant; 1 error, 0 warnings; 3 entries skipped (strict: ...)".
std::string summary(const CheckReport& report, bool strict, Language language) {
  const std::size_t skipped = report.skipped.size();
  return say_count(
             as_count(report.registrations.size()), words::check_summary_one, words::check_summary,
             {wording::integer("compliant", as_count(report.compliant_count(strict))),
              wording::localized("errors", errors_phrase(report.count(Severity::error))),
              wording::localized("warnings", warnings_phrase(report.count(Severity::warning))),
              wording::localized(
                  "skipped", skipped == 0 ? LocalizedText{}
                                          : say_count(as_count(skipped), words::summary_skipped_one,
                                                      words::summary_skipped_many)),
              wording::localized("strict",
                                 strict ? wording::label(words::summary_strict) : LocalizedText{})})
      .in(language);
}

std::string skipped_reason(const SkippedEntry& entry, Language language) {
  return describe(entry.reason, input::kRegistrationFileKinds).in(language);
}

std::string skipped_because(const SkippedEntry& entry, Language language) {
  return say(language, words::skipped_because,
             {wording::text("reason", skipped_reason(entry, language))});
}

}  // namespace

void write_skipped_warnings(std::ostream& err, std::span<const SkippedEntry> skipped,
                            std::string_view expected, Language language) {
  for (const SkippedEntry& entry : skipped) {
    err << fmt::format(
        "{}: {}: {}\n", text::terminal_safe(entry.path.string()),
        say(language, words::severity_warning),
        say(language, words::skipped_because,
            {wording::text("reason", describe(entry.reason, expected).in(language))}));
  }
}

void write_check_text(std::ostream& target, const CheckReport& report,
                      const CheckRenderOptions& options) {
  text::TerminalSafeStream out(target, options.colour);
  const Painter paint(options.colour);
  const Language language = options.language;
  out << say(language, words::check_heading,
             {wording::text("id", report.tender.id),
              wording::text("title", text::one_line(report.tender.title))})
      << "\n";
  for (const RegistrationCheck& check : report.registrations) {
    const bool compliant = check.compliant(options.strict);
    out << fmt::format("\n{}: {} ({})\n", paint(check.registration.id, kBold),
                       text::one_line(check.registration.name), members_phrase(check, language));
    out << "  " << paint(verdict(check, options.strict, language), compliant ? kGreen : kRed)
        << "\n";
    for (const Finding& finding : check.findings) {
      const bool is_error = finding.severity == Severity::error;
      const std::string label =
          fmt::format("{}[{}]", severity_name(finding.severity, language), finding.rule_id);
      out << fmt::format("  {}: {}: {}\n", finding.where.to_string(),
                         paint(label, is_error ? kRed : kYellow),
                         text::one_line(finding.message.in(language)));
    }
  }
  if (!report.skipped.empty()) {
    out << "\n" << say(language, words::not_read_heading) << "\n";
    for (const SkippedEntry& entry : report.skipped) {
      out << fmt::format(
          "  {}: {}: {}\n", text::one_line(entry.path.string()),
          paint(severity_name(Severity::warning, language), options.strict ? kRed : kYellow),
          skipped_because(entry, language));
    }
  }
  out << "\n" << summary(report, options.strict, language) << "\n";
}

void write_check_json(std::ostream& out, const CheckReport& report,
                      const CheckRenderOptions& options) {
  JsonWriter json(out);
  const auto string_array = [&](std::string_view name, const std::vector<IdRef>& refs) {
    json.key(name).begin_array();
    for (const IdRef& ref : refs) {
      json.value(ref.id);
    }
    json.end_array();
  };
  json.begin_object();
  json.field("schema", 1).field("tool", "tender-check").field("version", options.tool_version);
  json.key("tender").begin_object();
  json.field("id", report.tender.id)
      .field("title", report.tender.title)
      .field("file", report.tender.file);
  json.end_object();
  json.field("strict", options.strict);
  const std::size_t compliant = report.compliant_count(options.strict);
  json.key("summary").begin_object();
  json.field("registrations", report.registrations.size())
      .field("compliant", compliant)
      .field("not_compliant", report.registrations.size() - compliant)
      .field("errors", report.count(Severity::error))
      .field("warnings", report.count(Severity::warning))
      .field("skipped", report.skipped.size());
  json.end_object();
  json.key("registrations").begin_array();
  for (const RegistrationCheck& check : report.registrations) {
    const Registration& registration = check.registration;
    json.begin_object();
    json.field("id", registration.id)
        .field("name", registration.name)
        .field("file", registration.file)
        .field("legal_form", to_string(registration.legal_form))
        .field("compliant", check.compliant(options.strict))
        .field("errors", check.count(Severity::error))
        .field("warnings", check.count(Severity::warning));
    json.key("members").begin_array();
    for (std::size_t m = 0; m < registration.members.size(); ++m) {
      const Member& member = registration.members[m];
      json.begin_object();
      json.field("name", member.name)
          .field("kvk", member.kvk)
          .field("agb", member.agb)
          .field("role", to_string(member.role));
      string_array("services", member.services);
      if (member.all_municipalities) {
        json.key("municipalities").begin_array();
        for (const Municipality& municipality : report.tender.municipalities) {
          json.value(municipality.id);
        }
        json.end_array();
      } else {
        string_array("municipalities", member.municipalities);
      }
      string_array("certifications", member.certifications);
      json.field("declaration", member.declaration);
      // The ESPD responses read for this member (named, or from --espd DIR); null when the
      // registration does not use ESPD responses.
      if (registration.espd_in_use) {
        json.key("espd").begin_array();
        for (const Registration::MemberEspd& espd : registration.espds) {
          if (espd.member == m) {
            json.value(espd.response.file);
          }
        }
        json.end_array();
      } else {
        json.key("espd").null();
      }
      json.end_object();
    }
    json.end_array();
    json.key("findings").begin_array();
    for (const Finding& finding : check.findings) {
      json.begin_object();
      json.field("rule", finding.rule_id)
          .field("severity", to_string(finding.severity))
          .field("message", finding.message.in(options.language))
          .field("file", finding.where.file);
      if (finding.where.line > 0) {
        json.field("line", finding.where.line).field("column", finding.where.column);
      } else {
        json.key("line").null().key("column").null();
      }
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.key("skipped").begin_array();
  for (const SkippedEntry& entry : report.skipped) {
    json.begin_object();
    json.field("path", entry.path.string())
        .field("reason", skipped_reason(entry, options.language));
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.finish();
}

void write_check_junit(std::ostream& out, const CheckReport& report,
                       const CheckRenderOptions& options) {
  using text::xml_escape;
  const auto rules = integrality::rules();
  const auto fails = [&](const Finding& finding) {
    return finding.severity == Severity::error || options.strict;
  };
  std::size_t total_failures = 0;
  std::string suites;
  for (const RegistrationCheck& check : report.registrations) {
    std::size_t failures = 0;
    std::string cases;
    for (const integrality::Rule& rule : rules) {
      const std::vector<const Finding*> findings = check.findings_of(rule.id);
      std::string failing_text;
      std::string passing_text;
      for (const Finding* finding : findings) {
        std::string& target = fails(*finding) ? failing_text : passing_text;
        target += fmt::format("{}: {}: {}\n", finding->where.to_string(),
                              severity_name(finding->severity, options.language),
                              finding->message.in(options.language));
      }
      cases += fmt::format("    <testcase classname=\"tender-check.{}\" name=\"{} {}\" file=\"{}\"",
                           xml_escape(check.registration.id), rule.id, rule.name,
                           xml_escape(check.registration.file));
      if (failing_text.empty() && passing_text.empty()) {
        cases += "/>\n";
        continue;
      }
      cases += ">\n";
      if (!failing_text.empty()) {
        ++failures;
        const Finding* first = *std::find_if(findings.begin(), findings.end(),
                                             [&](const Finding* f) { return fails(*f); });
        cases += fmt::format(
            "      <failure type=\"{}\" message=\"{}\">{}</failure>\n", to_string(rule.severity),
            xml_escape(first->message.in(options.language)), xml_escape(failing_text));
      }
      if (!passing_text.empty()) {
        cases += fmt::format("      <system-out>{}</system-out>\n", xml_escape(passing_text));
      }
      cases += "    </testcase>\n";
    }
    total_failures += failures;
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\" "
        "file=\"{}\">\n",
        xml_escape(check.registration.id + ": " + check.registration.name), rules.size(), failures,
        xml_escape(check.registration.file));
    suites += fmt::format(
        "    <properties>\n      <property name=\"tender\" value=\"{}\"/>\n"
        "      <property name=\"legal_form\" value=\"{}\"/>\n    </properties>\n",
        xml_escape(report.tender.id), to_string(check.registration.legal_form));
    suites += cases;
    suites += "  </testsuite>\n";
  }
  // Entries of the registration folders that were not read: one suite, a skipped test case
  // each, a failure with --strict.
  if (!report.skipped.empty()) {
    const std::size_t count = report.skipped.size();
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
        "skipped=\"{}\">\n",
        xml_escape(say(options.language, words::skipped_entries_suite)), count,
        options.strict ? count : 0, options.strict ? 0 : count);
    for (const SkippedEntry& entry : report.skipped) {
      const std::string path = xml_escape(entry.path.string());
      const std::string reason = xml_escape(skipped_because(entry, options.language));
      suites +=
          fmt::format("    <testcase classname=\"tender-check.skipped\" name=\"{}\" file=\"{}\">\n",
                      path, path);
      suites +=
          options.strict
              ? fmt::format("      <failure type=\"warning\" message=\"{}\">{}: {}</failure>\n",
                            reason, path, reason)
              : fmt::format("      <skipped message=\"{}\"/>\n", reason);
      suites += "    </testcase>\n";
    }
    suites += "  </testsuite>\n";
    if (options.strict) {
      total_failures += count;
    }
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format(
      "<testsuites name=\"tender-check {}\" tests=\"{}\" failures=\"{}\" "
      "errors=\"0\">\n",
      xml_escape(report.tender.id),
      rules.size() * report.registrations.size() + report.skipped.size(), total_failures);
  out << suites << "</testsuites>\n";
}

void write_check_markdown(std::ostream& target, const CheckReport& report,
                          const CheckRenderOptions& options) {
  text::TerminalSafeStream out(target, false);
  const Language language = options.language;
  const auto column = [&](const wording::Phrase& phrase) { return say(language, phrase); };
  out << "# "
      << say(language, words::check_title,
             {wording::text("title", markdown_cell(report.tender.title)),
              wording::text("id", markdown_code_cell(report.tender.id))})
      << "\n\n";
  out << summary(report, options.strict, language) << ".\n\n";
  out << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", column(words::column_registration),
                     column(words::column_name), column(words::column_legal_form),
                     column(words::column_members), column(words::column_result),
                     column(words::column_errors), column(words::column_warnings));
  out << "|---|---|---|---:|---|---:|---:|\n";
  for (const RegistrationCheck& check : report.registrations) {
    out << fmt::format(
        "| {} | {} | {} | {} | {} | {} | {} |\n", markdown_code_cell(check.registration.id),
        markdown_cell(check.registration.name),
        legal_form_name(check.registration.legal_form).in(language),
        check.registration.members.size(),
        check.compliant(options.strict) ? say(language, words::verdict_compliant)
                                        : "**" + say(language, words::not_compliant) + "**",
        check.count(Severity::error), check.count(Severity::warning));
  }
  for (const RegistrationCheck& check : report.registrations) {
    out << fmt::format("\n## {} ({})\n\n", markdown_cell(check.registration.name),
                       markdown_code_cell(check.registration.id));
    out << say(language, words::registration_line,
               {wording::text("members", members_phrase(check, language)),
                wording::text("verdict", verdict(check, options.strict, language))})
        << "\n";
    if (check.findings.empty()) {
      continue;
    }
    out << fmt::format("\n| {} | {} | {} | {} |\n|---|---|---|---|\n", column(words::column_rule),
                       column(words::column_severity), column(words::column_where),
                       column(words::column_finding));
    for (const Finding& finding : check.findings) {
      out << fmt::format("| {} | {} | {} | {} |\n", finding.rule_id,
                         severity_name(finding.severity, language),
                         markdown_code_cell(finding.where.to_string()),
                         markdown_cell(finding.message.in(language)));
    }
  }
  if (!report.skipped.empty()) {
    out << "\n## " << say(language, words::not_read_title) << "\n\n";
    out << say(language, options.strict ? words::each_a_warning_strict : words::each_a_warning)
        << "\n\n";
    out << fmt::format("| {} | {} |\n|---|---|\n", column(words::column_entry),
                       column(words::column_reason));
    for (const SkippedEntry& entry : report.skipped) {
      out << fmt::format("| {} | {} |\n", markdown_code_cell(entry.path.string()),
                         markdown_cell(skipped_because(entry, language)));
    }
  }
}

}  // namespace tenderkit::report
