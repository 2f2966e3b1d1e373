// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/text.hpp>
#include <tenderkit/input/registration_workbook.hpp>
#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/report/registration_form.hpp>
#include <tenderkit/report/wording.hpp>
#include <tenderkit/xlsx/workbook.hpp>

#include <fmt/format.h>

#include "workbook_style.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace tenderkit::report {

namespace {

using namespace input::registration_form_layout;
using detail::kHeader;
using detail::kTitle;
using input::ServiceAnswer;

// Every fixed text of the form, in one language.
struct Labels {
  std::string_view title;  // "{title}" is the tender's title
  std::string_view tender;
  std::string_view version;
  std::string_view how_to;
  std::string_view steps[7];
  std::string_view requirements;
  std::string_view service_id;
  std::string_view service;
  std::string_view local;
  std::string_view subcontractors_alone;
  std::string_view certifications_required;
  std::string_view municipalities;
  std::string_view certifications;
  std::string_view legal_forms;
  std::string_view members_allowed;
  std::string_view none;
  std::string_view consortium_title;
  std::string_view consortium_hint;
  std::string_view id;
  std::string_view name;
  std::string_view legal_form;
  std::string_view contact_name;
  std::string_view contact_email;
  std::string_view contact_phone;
  std::string_view members_title;
  std::string_view members_hint;
  std::string_view member_name;
  std::string_view kvk;
  std::string_view agb;
  std::string_view role;
  std::string_view declaration;
  std::string_view services_title;
  std::string_view services_hint;
  std::string_view member;
  std::string_view local_suffix;
  std::string_view municipalities_title;
  std::string_view municipalities_hint;
  std::string_view kvk_error;
  std::string_view choice_error;
  std::string_view page;
};

// The form's labels in one language, from the wording catalogue (report/wording.hpp).
Labels make_labels(Language language) {
  using namespace words;
  Labels labels{};
  labels.title = form_title.in(language);
  labels.tender = form_tender.in(language);
  labels.version = form_version.in(language);
  labels.how_to = form_how_to.in(language);
  labels.steps[0] = form_step_1.in(language);
  labels.steps[1] = form_step_2.in(language);
  labels.steps[2] = form_step_3.in(language);
  labels.steps[3] = form_step_4.in(language);
  labels.steps[4] = form_step_5.in(language);
  labels.steps[5] = form_step_6.in(language);
  labels.steps[6] = form_step_7.in(language);
  labels.requirements = form_requirements.in(language);
  labels.service_id = form_service_id.in(language);
  labels.service = form_service.in(language);
  labels.local = form_local.in(language);
  labels.subcontractors_alone = form_subcontractors_alone.in(language);
  labels.certifications_required = form_certifications_required.in(language);
  labels.municipalities = form_municipalities.in(language);
  labels.certifications = form_certifications.in(language);
  labels.legal_forms = form_legal_forms.in(language);
  labels.members_allowed = form_members_allowed.in(language);
  labels.none = form_none.in(language);
  labels.consortium_title = form_consortium_title.in(language);
  labels.consortium_hint = form_consortium_hint.in(language);
  labels.id = form_id.in(language);
  labels.name = form_name.in(language);
  labels.legal_form = form_legal_form.in(language);
  labels.contact_name = form_contact_name.in(language);
  labels.contact_email = form_contact_email.in(language);
  labels.contact_phone = form_contact_phone.in(language);
  labels.members_title = form_members_title.in(language);
  labels.members_hint = form_members_hint.in(language);
  labels.member_name = form_member_name.in(language);
  labels.kvk = form_kvk.in(language);
  labels.agb = form_agb.in(language);
  labels.role = form_role.in(language);
  labels.declaration = form_declaration.in(language);
  labels.services_title = form_services_title.in(language);
  labels.services_hint = form_services_hint.in(language);
  labels.member = form_member.in(language);
  labels.local_suffix = form_local_suffix.in(language);
  labels.municipalities_title = form_municipalities_title.in(language);
  labels.municipalities_hint = form_municipalities_hint.in(language);
  labels.kvk_error = form_kvk_error.in(language);
  labels.choice_error = form_choice_error.in(language);
  labels.page = form_page.in(language);
  return labels;
}

constexpr xlsx::Rgb kInputFill = 0xFFF2CC;  // light yellow: "fill me in", as the score forms

const xlsx::Format kLabel{.bold = true, .vertical_align = xlsx::VerticalAlign::top};
const xlsx::Format kNote{.italic = true, .wrap = true, .vertical_align = xlsx::VerticalAlign::top};
const xlsx::Format kWrapped{.wrap = true, .vertical_align = xlsx::VerticalAlign::top};
const xlsx::Format kInput{.fill_color = kInputFill,
                          .border = xlsx::Border::thin,
                          .vertical_align = xlsx::VerticalAlign::top,
                          .unlocked = true};
const xlsx::Format kTextInput{.fill_color = kInputFill,
                              .border = xlsx::Border::thin,
                              .vertical_align = xlsx::VerticalAlign::top,
                              .number_format = "@",  // text: KvK numbers keep leading zeros
                              .unlocked = true};
const xlsx::Format kMemberCell{.border = xlsx::Border::thin,
                               .vertical_align = xlsx::VerticalAlign::top};

constexpr double kNameWidth = 36;
constexpr double kDigitsWidth = 12;
constexpr double kRoleWidth = 18;
constexpr double kChoiceWidth = 16;

std::string column_letters(xlsx::Column column) {
  std::string reference = xlsx::cell_reference(0, column);
  reference.pop_back();  // the row number "1"
  return reference;
}

std::string yes_no(bool value, Language language) {
  return std::string(value ? input::yes_label(language) : input::no_label(language));
}

void set_page_layout(xlsx::Worksheet& sheet, const Labels& labels, const Tender& tender,
                     xlsx::Range print_area, bool landscape) {
  if (landscape) {
    sheet.set_landscape();
  }
  sheet.fit_to_width();
  sheet.set_print_area(print_area);
  sheet.set_header(
      fmt::format("&L{}&R&A", xlsx::header_footer_text(text::utf8_prefix(tender.id, 80))));
  sheet.set_footer(fmt::format("&C{}", labels.page));
}

// The ranges of the hidden choice lists, for the drop-downs.
struct Lists {
  std::string legal_forms;
  std::string roles;  // a formula choosing the roles of the legal form chosen
  std::string yes_no;
  std::string answers;
};

Lists store_lists(xlsx::Workbook& workbook, const Tender& tender, const std::string& consortium) {
  const Language language = tender.language;
  Lists lists;
  std::vector<std::string> forms;
  for (LegalForm form : tender.integrality.legal_forms) {
    forms.emplace_back(display_name(form, language));
  }
  lists.legal_forms = workbook.store_list(forms);
  const auto roles_of = [&](LegalForm form) {
    return form == LegalForm::combination
               ? std::vector<std::string>{std::string(display_name(Role::lead, language)),
                                          std::string(display_name(Role::member, language))}
               : std::vector<std::string>{
                     std::string(display_name(Role::main_contractor, language)),
                     std::string(display_name(Role::subcontractor, language))};
  };
  if (tender.integrality.legal_forms.size() == 1) {
    lists.roles = workbook.store_list(roles_of(tender.integrality.legal_forms.front()));
  } else {
    // The roles of the legal form chosen on the consortium sheet; all four before it is chosen.
    std::vector<std::string> all;
    std::vector<std::string> branches;
    const std::string chosen =
        xlsx::quoted_sheet_name(consortium) + "!" + xlsx::cell_reference(kLegalFormRow, 1, true);
    std::string formula;
    for (LegalForm form : tender.integrality.legal_forms) {
      const std::vector<std::string> roles = roles_of(form);
      all.insert(all.end(), roles.begin(), roles.end());
      formula += fmt::format("IF({}=\"{}\",{},", chosen, display_name(form, language),
                             workbook.store_list(roles));
    }
    formula += workbook.store_list(all);
    formula += std::string(tender.integrality.legal_forms.size(), ')');
    lists.roles = formula;
  }
  lists.yes_no = workbook.store_list(
      std::vector<std::string>{yes_no(true, language), yes_no(false, language)});
  std::vector<std::string> answers;
  for (ServiceAnswer answer :
       {ServiceAnswer::itself, ServiceAnswer::as_subcontractor, ServiceAnswer::no}) {
    answers.emplace_back(input::display_name(answer, language));
  }
  lists.answers = workbook.store_list(answers);
  return lists;
}

std::string certification_names(const Tender& tender, const Service& service,
                                const Labels& labels) {
  std::vector<std::string> names;
  for (const std::string& id : service.certifications) {
    const Certification* certification = tender.find_certification(id);
    names.push_back(certification != nullptr && !certification->name.empty() ? certification->name
                                                                             : id);
  }
  return names.empty() ? std::string(labels.none) : text::join(names, "; ");
}

void write_instructions(xlsx::Worksheet& sheet, const Tender& tender, const Labels& labels) {
  constexpr xlsx::Column kLast = 4;
  constexpr double kWidths[] = {24, 36, 14, 16, 40};
  double total_width = 0;
  for (double width : kWidths) {
    total_width += width;
  }
  sheet.merge_text(
      {0, 0, 0, kLast},
      wording::say(tender.language, words::form_title, {wording::text("title", tender.title)}),
      kTitle);
  xlsx::Row row = 1;
  const auto info = [&](std::string_view label, const std::string& value) {
    sheet.write_text(row, 0, label, kLabel);
    sheet.merge_text({row, 1, row, kLast}, value, kWrapped);
    sheet.set_row_height(row, xlsx::wrapped_row_height(value, total_width - kWidths[0]));
    ++row;
  };
  info(labels.tender, fmt::format("{}: {}", tender.id, tender.title));
  info(labels.version, input::registration_form_version(tender).substr(0, 16));
  std::vector<std::string> forms;
  for (LegalForm form : tender.integrality.legal_forms) {
    forms.emplace_back(display_name(form, tender.language));
  }
  info(labels.legal_forms, text::join(forms, ", "));
  const IntegralityRules& rules = tender.integrality;
  info(labels.members_allowed, rules.max_members
                                   ? fmt::format("{}-{}", rules.min_members, *rules.max_members)
                                   : fmt::format("≥ {}", rules.min_members));
  ++row;
  sheet.write_text(row++, 0, labels.how_to, kLabel);
  for (std::string_view step : labels.steps) {
    sheet.merge_text({row, 0, row, kLast}, step, kWrapped);
    sheet.set_row_height(row, xlsx::wrapped_row_height(step, total_width));
    ++row;
  }
  ++row;
  sheet.write_text(row++, 0, labels.requirements, kLabel);
  const xlsx::Row header_row = row;
  const std::string_view headers[] = {labels.service_id, labels.service, labels.local,
                                      labels.subcontractors_alone, labels.certifications_required};
  for (xlsx::Column column = 0; column <= kLast; ++column) {
    sheet.write_text(row, column, headers[column], kHeader);
  }
  ++row;
  for (const Service& service : tender.services) {
    const std::string certifications = certification_names(tender, service, labels);
    sheet.write_text(row, 0, service.id, detail::kWrappedCell);
    sheet.write_text(row, 1, service.name, detail::kWrappedCell);
    sheet.write_text(row, 2, yes_no(service.local, tender.language), detail::kCell);
    sheet.write_text(row, 3, yes_no(service.subcontractors_only_allowed, tender.language),
                     detail::kCell);
    sheet.write_text(row, 4, certifications, detail::kWrappedCell);
    sheet.set_row_height(row, std::max({xlsx::wrapped_row_height(service.name, kWidths[1]),
                                        xlsx::wrapped_row_height(certifications, kWidths[4]),
                                        xlsx::wrapped_row_height(service.id, kWidths[0])}));
    ++row;
  }
  ++row;
  std::vector<std::string> municipalities;
  for (const Municipality& municipality : tender.municipalities) {
    municipalities.push_back(municipality.name.empty() ? municipality.id : municipality.name);
  }
  info(labels.municipalities,
       municipalities.empty() ? std::string(labels.none) : text::join(municipalities, ", "));
  std::vector<std::string> certifications;
  for (const Certification& certification : tender.certifications) {
    certifications.push_back(certification.name.empty() ? certification.id : certification.name);
  }
  info(labels.certifications,
       certifications.empty() ? std::string(labels.none) : text::join(certifications, "; "));
  for (xlsx::Column column = 0; column <= kLast; ++column) {
    sheet.set_column_width(column, column, kWidths[column]);
  }
  set_page_layout(sheet, labels, tender, {0, 0, row - 1, kLast}, false);
  sheet.repeat_rows(header_row, header_row);
  sheet.protect();
}

void write_consortium(xlsx::Worksheet& sheet, const Tender& tender, const Labels& labels,
                      const Lists& lists) {
  sheet.merge_text({0, 0, 0, 1}, labels.consortium_title, kTitle);
  sheet.merge_text({1, 0, 1, 1}, labels.consortium_hint, kNote);
  sheet.set_row_height(1, xlsx::wrapped_row_height(labels.consortium_hint, 80));
  const std::pair<xlsx::Row, std::string_view> rows[] = {{kIdRow, labels.id},
                                                         {kNameRow, labels.name},
                                                         {kLegalFormRow, labels.legal_form},
                                                         {kContactNameRow, labels.contact_name},
                                                         {kContactEmailRow, labels.contact_email},
                                                         {kContactPhoneRow, labels.contact_phone}};
  for (const auto& [row, label] : rows) {
    sheet.write_text(row, 0, label, kLabel);
    sheet.write_blank(row, kValueColumn, row == kContactPhoneRow ? kTextInput : kInput);
  }
  sheet.add_list_validation_source({kLegalFormRow, kValueColumn, kLegalFormRow, kValueColumn},
                                   lists.legal_forms, labels.choice_error);
  sheet.set_column_width(0, 0, 28);
  sheet.set_column_width(1, 1, 52);
  set_page_layout(sheet, labels, tender, {0, 0, kContactPhoneRow, 1}, false);
  sheet.protect();
}

void write_members(xlsx::Worksheet& sheet, const Tender& tender, const Labels& labels,
                   const Lists& lists) {
  const xlsx::Row last_row = kFirstMemberRow + member_rows(tender) - 1;
  const auto last_column =
      static_cast<xlsx::Column>(kFirstCertificationColumn + tender.certifications.size() - 1);
  const xlsx::Column last = std::max<xlsx::Column>(kDeclarationColumn, last_column);
  sheet.merge_text({0, 0, 0, last}, labels.members_title, kTitle);
  sheet.merge_text({1, 0, 1, last}, labels.members_hint, kNote);
  sheet.set_row_height(1, xlsx::wrapped_row_height(labels.members_hint, 100));
  sheet.write_text(kHeaderRow, kNameColumn, labels.member_name, kHeader);
  sheet.write_text(kHeaderRow, kKvkColumn, labels.kvk, kHeader);
  sheet.write_text(kHeaderRow, kAgbColumn, labels.agb, kHeader);
  sheet.write_text(kHeaderRow, kRoleColumn, labels.role, kHeader);
  sheet.write_text(kHeaderRow, kDeclarationColumn, labels.declaration, kHeader);
  double header_height = xlsx::wrapped_row_height(labels.declaration, kChoiceWidth);
  for (std::size_t i = 0; i < tender.certifications.size(); ++i) {
    const Certification& certification = tender.certifications[i];
    const std::string& name = certification.name.empty() ? certification.id : certification.name;
    const auto column = static_cast<xlsx::Column>(kFirstCertificationColumn + i);
    sheet.write_text(kHeaderRow, column, name, kHeader);
    header_height = std::max(header_height, xlsx::wrapped_row_height(name, kChoiceWidth));
  }
  sheet.set_row_height(kHeaderRow, header_height);
  for (xlsx::Row row = kFirstMemberRow; row <= last_row; ++row) {
    sheet.write_blank(row, kNameColumn, kInput);
    sheet.write_blank(row, kKvkColumn, kTextInput);
    sheet.write_blank(row, kAgbColumn, kTextInput);
    for (xlsx::Column column = kRoleColumn; column <= last; ++column) {
      sheet.write_blank(row, column, kInput);
    }
  }
  // 8 digits: the length, a number, and none of what a number may hold besides digits.
  const auto eight_digits = [](xlsx::Column column) {
    return fmt::format(
        "AND(LEN({0})=8,ISNUMBER(--{0}),ISERROR(SEARCH(\"e\",{0})),ISERROR(FIND(\".\",{0})),"
        "ISERROR(FIND(\",\",{0})),ISERROR(FIND(\" \",{0})),ISERROR(FIND(\"-\",{0})),"
        "ISERROR(FIND(\"+\",{0})))",
        xlsx::cell_reference(kFirstMemberRow, column));
  };
  sheet.add_custom_validation({kFirstMemberRow, kKvkColumn, last_row, kKvkColumn},
                              eight_digits(kKvkColumn), labels.kvk_error);
  sheet.add_custom_validation({kFirstMemberRow, kAgbColumn, last_row, kAgbColumn},
                              eight_digits(kAgbColumn), labels.kvk_error);
  sheet.add_list_validation_source({kFirstMemberRow, kRoleColumn, last_row, kRoleColumn},
                                   lists.roles, labels.choice_error);
  sheet.add_list_validation_source({kFirstMemberRow, kDeclarationColumn, last_row, last},
                                   lists.yes_no, labels.choice_error);
  sheet.set_column_width(kNameColumn, kNameColumn, kNameWidth);
  sheet.set_column_width(kKvkColumn, kAgbColumn, kDigitsWidth);
  sheet.set_column_width(kRoleColumn, kRoleColumn, kRoleWidth);
  sheet.set_column_width(kDeclarationColumn, last, kChoiceWidth);
  sheet.freeze_panes(kFirstMemberRow, 1);
  set_page_layout(sheet, labels, tender, {0, 0, last_row, last}, true);
  sheet.repeat_rows(kHeaderRow, kHeaderRow);
  sheet.protect();
}

// A matrix of members (rows as on the members sheet) by choices (columns), each cell restricted
// to `source`.
void write_matrix(xlsx::Worksheet& sheet, const Tender& tender, const Labels& labels,
                  std::string_view title, std::string_view hint,
                  const std::vector<std::string>& headers, const std::string& members_sheet,
                  const std::string& source) {
  const xlsx::Row last_row = kFirstMemberRow + member_rows(tender) - 1;
  const auto last = static_cast<xlsx::Column>(kFirstChoiceColumn + headers.size() - 1);
  sheet.merge_text({0, 0, 0, last}, title, kTitle);
  sheet.merge_text({1, 0, 1, last}, hint, kNote);
  sheet.set_row_height(1, xlsx::wrapped_row_height(hint, 100));
  sheet.write_text(kHeaderRow, 0, labels.member, kHeader);
  double header_height = 15;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    sheet.write_text(kHeaderRow, static_cast<xlsx::Column>(kFirstChoiceColumn + i), headers[i],
                     kHeader);
    header_height = std::max(header_height, xlsx::wrapped_row_height(headers[i], kChoiceWidth));
  }
  sheet.set_row_height(kHeaderRow, header_height);
  const std::string members = xlsx::quoted_sheet_name(members_sheet);
  for (xlsx::Row row = kFirstMemberRow; row <= last_row; ++row) {
    // The member's name as typed on the members sheet; blank for an empty row.
    const std::string name = members + "!" + xlsx::cell_reference(row, kNameColumn);
    sheet.write_formula_text(row, 0, fmt::format("IF({0}=\"\",\"\",{0})", name), "", kMemberCell);
    for (xlsx::Column column = kFirstChoiceColumn; column <= last; ++column) {
      sheet.write_blank(row, column, kInput);
    }
  }
  sheet.add_list_validation_source({kFirstMemberRow, kFirstChoiceColumn, last_row, last}, source,
                                   labels.choice_error);
  sheet.set_column_width(0, 0, kNameWidth);
  sheet.set_column_width(kFirstChoiceColumn, last, kChoiceWidth);
  sheet.freeze_panes(kFirstMemberRow, 1);
  set_page_layout(sheet, labels, tender, {0, 0, last_row, last}, true);
  sheet.repeat_rows(kHeaderRow, kHeaderRow);
  sheet.protect();
}

// The hidden key/value rows the reader goes by (docs/tender-check.md).
void write_metadata(xlsx::Worksheet& sheet, const Tender& tender,
                    const input::RegistrationFormSheets& names) {
  xlsx::Row row = 0;
  const auto entry = [&](std::string_view key, std::initializer_list<std::string_view> values) {
    sheet.write_text(row, 0, key);
    xlsx::Column column = 1;
    for (std::string_view value : values) {
      sheet.write_text(row, column++, value);
    }
    ++row;
  };
  entry("format", {input::kRegistrationFormFormat});
  entry("tender", {tender.id});
  entry("version", {input::registration_form_version(tender)});
  entry("language", {to_string(tender.language)});
  entry("sheets",
        {names.consortium, names.members, names.services,
         input::registration_form_layout::has_municipality_matrix(tender) ? names.municipalities
                                                                          : std::string_view()});
  entry("members", {std::to_string(kFirstMemberRow + 1),
                    std::to_string(kFirstMemberRow + member_rows(tender))});
  for (std::size_t i = 0; i < tender.services.size(); ++i) {
    entry("service", {tender.services[i].id,
                      column_letters(static_cast<xlsx::Column>(kFirstChoiceColumn + i))});
  }
  if (input::registration_form_layout::has_municipality_matrix(tender)) {
    for (std::size_t i = 0; i < tender.municipalities.size(); ++i) {
      entry("municipality", {tender.municipalities[i].id,
                             column_letters(static_cast<xlsx::Column>(kFirstChoiceColumn + i))});
    }
  }
  for (std::size_t i = 0; i < tender.certifications.size(); ++i) {
    entry("certification",
          {tender.certifications[i].id,
           column_letters(static_cast<xlsx::Column>(kFirstCertificationColumn + i))});
  }
  sheet.set_column_width(0, 0, 16);
  sheet.set_column_width(1, 4, 40);
  sheet.hide();
  sheet.protect();
}

}  // namespace

Result<std::vector<Warning>> write_registration_form(const std::filesystem::path& target,
                                                     const Tender& tender, std::time_t created) {
  const Labels labels = make_labels(tender.language);
  const input::RegistrationFormSheets names = input::registration_form_sheets(tender.language);
  Result<xlsx::Workbook> workbook =
      xlsx::Workbook::create(target, {.title = wording::say(tender.language, words::form_title,
                                                            {wording::text("title", tender.id)}),
                                      .author = "tenderkit tender-check",
                                      .subject = tender.title,
                                      .created = created});
  if (!workbook) {
    return workbook.error();
  }
  // Every sheet is added before the choice lists, so each keeps its exact name.
  xlsx::Worksheet instructions = workbook->add_worksheet(names.instructions);
  xlsx::Worksheet consortium = workbook->add_worksheet(names.consortium);
  xlsx::Worksheet members = workbook->add_worksheet(names.members);
  xlsx::Worksheet services = workbook->add_worksheet(names.services);
  const bool municipalities = input::registration_form_layout::has_municipality_matrix(tender);
  std::optional<xlsx::Worksheet> municipality_sheet;
  if (municipalities) {
    municipality_sheet = workbook->add_worksheet(names.municipalities);
  }
  xlsx::Worksheet metadata = workbook->add_worksheet(input::kRegistrationFormMetadataSheet);
  const Lists lists = store_lists(*workbook, tender, consortium.name());

  write_instructions(instructions, tender, labels);
  write_consortium(consortium, tender, labels, lists);
  write_members(members, tender, labels, lists);
  std::vector<std::string> service_headers;
  for (const Service& service : tender.services) {
    service_headers.push_back(service.name.empty() ? service.id : service.name);
    if (service.local) {
      service_headers.back() += labels.local_suffix;
    }
  }
  write_matrix(services, tender, labels, labels.services_title, labels.services_hint,
               service_headers, members.name(), lists.answers);
  if (municipality_sheet) {
    std::vector<std::string> headers;
    for (const Municipality& municipality : tender.municipalities) {
      headers.push_back(municipality.name.empty() ? municipality.id : municipality.name);
    }
    write_matrix(*municipality_sheet, tender, labels, labels.municipalities_title,
                 labels.municipalities_hint, headers, members.name(), lists.yes_no);
  }
  write_metadata(metadata, tender, names);
  return workbook->close();
}

}  // namespace tenderkit::report
