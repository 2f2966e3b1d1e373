// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/sha256.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/registration_workbook.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/input/wording.hpp>
#include <tenderkit/xlsx/reader.hpp>

#include <fmt/format.h>

#include "references.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <vector>

namespace tenderkit::input {

namespace fs = std::filesystem;
using namespace registration_form_layout;

namespace registration_form_layout {

std::uint32_t member_rows(const Tender& tender) {
  if (!tender.integrality.max_members) {
    return kDefaultMemberRows;
  }
  return static_cast<std::uint32_t>(
      std::clamp<int>(*tender.integrality.max_members, 1, static_cast<int>(kMaxMemberRows)));
}

bool has_municipality_matrix(const Tender& tender) {
  return !tender.municipalities.empty() &&
         std::any_of(tender.services.begin(), tender.services.end(),
                     [](const Service& service) { return service.local; });
}

}  // namespace registration_form_layout

std::string registration_form_version(const Tender& tender) {
  // A canonical text of everything a form is made for, then its SHA-256.
  std::string canonical = "tenderkit registration form version 1\n";
  canonical += fmt::format("tender\t{}\nlanguage\t{}\n", tender.id, to_string(tender.language));
  for (LegalForm form : tender.integrality.legal_forms) {
    canonical += fmt::format("legal_form\t{}\n", to_string(form));
  }
  canonical += fmt::format("members\t{}\t{}\n", tender.integrality.min_members,
                           tender.integrality.max_members.value_or(0));
  for (const Service& service : tender.services) {
    canonical +=
        fmt::format("service\t{}\t{}\t{}\t{}\t{}\n", service.id, service.name, service.local,
                    service.subcontractors_only_allowed, text::join(service.certifications, ","));
  }
  for (const Municipality& municipality : tender.municipalities) {
    canonical += fmt::format("municipality\t{}\t{}\n", municipality.id, municipality.name);
  }
  for (const Certification& certification : tender.certifications) {
    canonical += fmt::format("certification\t{}\t{}\n", certification.id, certification.name);
  }
  return sha256_hex(canonical);
}

std::string_view yes_label(Language language) {
  return words::answer_yes.in(language);
}

std::string_view no_label(Language language) {
  return words::answer_no.in(language);
}

std::string_view display_name(ServiceAnswer answer, Language language) {
  switch (answer) {
    case ServiceAnswer::itself:
      return words::answer_itself.in(language);
    case ServiceAnswer::as_subcontractor:
      return words::answer_as_subcontractor.in(language);
    case ServiceAnswer::no:
      return no_label(language);
  }
  return no_label(language);
}

RegistrationFormSheets registration_form_sheets(Language language) {
  return RegistrationFormSheets{
      words::sheet_instructions.in(language), words::sheet_consortium.in(language),
      words::sheet_members.in(language), words::sheet_services.in(language),
      words::sheet_municipalities.in(language)};
}

bool is_registration_workbook(const fs::path& path) {
  return text::to_lower_ascii(path.extension().string()) == ".xlsx";
}

namespace {

// An integral number as its digits ("12345678" for 12345678.0); other numbers as the shortest
// text that reads back the same.
std::string number_text(double number) {
  if (std::nearbyint(number) == number && std::fabs(number) < 1e15) {
    return fmt::format("{:.0f}", number);
  }
  return fmt::format("{}", number);
}

// A cell's value as trimmed text; booleans as "TRUE"/"FALSE", errors as their code.
std::string cell_text(const xlsx::CellValue* value) {
  if (value == nullptr) {
    return {};
  }
  switch (value->kind) {
    case xlsx::CellValue::Kind::empty:
      return {};
    case xlsx::CellValue::Kind::text:
    case xlsx::CellValue::Kind::error:
      return std::string(text::trim_cell_text(value->text));
    case xlsx::CellValue::Kind::number:
      return number_text(value->number);
    case xlsx::CellValue::Kind::boolean:
      return value->number != 0 ? "TRUE" : "FALSE";
  }
  return {};
}

// "'a', 'b' or 'c'": the choices of a drop-down (written in the form's language), for hints.
LocalizedText one_of(const std::vector<std::string>& choices) {
  if (choices.empty()) {
    return {};
  }
  std::string first;
  for (std::size_t i = 0; i + 1 < choices.size(); ++i) {
    first += (i > 0 ? ", '" : "'") + choices[i] + "'";
  }
  const std::string last = "'" + choices.back() + "'";
  if (choices.size() == 1) {
    return LocalizedText{last, last};
  }
  return wording::say(words::form_choices,
                      {wording::text("first", first), wording::text("last", last)});
}

bool is_number(const xlsx::CellValue* value) {
  return value != nullptr && value->kind == xlsx::CellValue::Kind::number;
}

// The sheets a workbook registration's positions refer to, in Registration::sheets order.
enum SheetIndex : int { kConsortium = 0, kMembers = 1, kServices = 2, kMunicipalities = 3 };

TextPosition position(SheetIndex sheet, xlsx::Row row, xlsx::Column column) {
  return TextPosition{static_cast<int>(row) + 1,
                      sheet * kWorkbookSheetStride + static_cast<int>(column) + 1};
}

// The column of a metadata entry such as "F".
std::optional<xlsx::Column> column_of(std::string_view letters) {
  const bool only_letters =
      !letters.empty() && letters.size() <= 3 &&
      std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!only_letters) {
    return std::nullopt;
  }
  const std::optional<xlsx::CellPosition> at =
      xlsx::parse_cell_reference(std::string(letters) + "1");
  if (!at) {
    return std::nullopt;
  }
  return at->column;
}

std::optional<xlsx::Row> row_of(std::string_view number) {
  std::uint64_t value = 0;
  for (char c : number) {
    if (c < '0' || c > '9' || value > xlsx::kMaxRows) {
      return std::nullopt;
    }
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (number.empty() || value < 1 || value > xlsx::kMaxRows) {
    return std::nullopt;
  }
  return static_cast<xlsx::Row>(value - 1);
}

// An id of the tender with the column that holds its answers.
struct ChoiceColumn {
  std::string id;
  xlsx::Column column = 0;
};

// What the hidden sheet says.
struct FormMetadata {
  std::map<std::string, std::pair<std::string, xlsx::Row>> single;  // key -> value, row
  std::vector<std::string> sheets;  // consortium, members, services, municipalities
  xlsx::Row sheets_row = 0;
  std::optional<xlsx::Row> first_row;
  std::optional<xlsx::Row> last_row;
  xlsx::Row members_row = 0;
  std::vector<ChoiceColumn> services;
  std::vector<ChoiceColumn> municipalities;
  std::vector<ChoiceColumn> certifications;
};

class Reader {
 public:
  Reader(const xlsx::ReadWorkbook& book, const Tender& tender, std::string file)
      : book_(book), tender_(tender), file_(std::move(file)) {}

  Result<Registration> read() {
    const xlsx::ReadSheet* meta = book_.sheet(kRegistrationFormMetadataSheet);
    if (meta == nullptr) {
      return Error::input(
          wording::say(words::form_not_a_form,
                       {wording::text("sheet", std::string(kRegistrationFormMetadataSheet))}),
          SourceLocation(file_, 0, 0),
          wording::say(words::form_fill_in, {wording::text("tender", tender_.file)}));
    }
    meta_sheet_ = meta;
    read_metadata();
    if (!sink_.empty() || !check_identity()) {
      return sink_.to_error();
    }
    if (!find_sheets()) {
      return sink_.to_error();
    }
    read_consortium();
    read_members();
    if (!sink_.empty()) {
      return sink_.to_error();
    }
    return std::move(registration_);
  }

 private:
  // ---- the hidden sheet -----------------------------------------------------------------------

  SourceLocation meta_at(xlsx::Row row, xlsx::Column column) const {
    Registration where;
    where.file = file_;
    where.sheets = {meta_sheet_->name()};
    return where.at(position(kConsortium, row, column));
  }

  std::string meta_text(xlsx::Row row, xlsx::Column column) const {
    return cell_text(meta_sheet_->cell(row, column));
  }

  void damaged(xlsx::Row row, xlsx::Column column, LocalizedText problem) {
    sink_.error(
        wording::say(words::form_damaged, {wording::localized("problem", std::move(problem))}),
        meta_at(row, column), new_form_hint());
  }

  LocalizedText new_form_hint() const {
    return wording::say(words::form_make_new, {wording::text("tender", tender_.file)});
  }

  void read_choice(std::vector<ChoiceColumn>& list, xlsx::Row row) {
    const std::string id = meta_text(row, 1);
    const std::optional<xlsx::Column> column = column_of(meta_text(row, 2));
    if (id.empty() || !column) {
      damaged(row, id.empty() ? 1 : 2,
              wording::say(words::form_choice_without_column,
                           {wording::text("key", meta_text(row, 0))}));
      return;
    }
    list.push_back(ChoiceColumn{id, *column});
  }

  void read_metadata() {
    for (xlsx::Row row = 0; row < meta_sheet_->row_count(); ++row) {
      const std::string key = meta_text(row, 0);
      if (key == "format" || key == "tender" || key == "version" || key == "language") {
        if (!meta_.single.emplace(key, std::make_pair(meta_text(row, 1), row)).second) {
          damaged(row, 0, wording::say(words::form_given_twice, {wording::text("key", key)}));
        }
      } else if (key == "sheets") {
        meta_.sheets_row = row;
        for (xlsx::Column column = 1; column <= 4; ++column) {
          meta_.sheets.push_back(meta_text(row, column));
        }
      } else if (key == "members") {
        meta_.members_row = row;
        meta_.first_row = row_of(meta_text(row, 1));
        meta_.last_row = row_of(meta_text(row, 2));
        if (!meta_.first_row || !meta_.last_row || *meta_.last_row < *meta_.first_row ||
            *meta_.last_row - *meta_.first_row >= kMaxMemberRows) {
          damaged(row, 1, wording::label(words::form_bad_member_rows));
        }
      } else if (key == "service") {
        read_choice(meta_.services, row);
      } else if (key == "municipality") {
        read_choice(meta_.municipalities, row);
      } else if (key == "certification") {
        read_choice(meta_.certifications, row);
      }
    }
  }

  const std::string* single(std::string_view key) const {
    const auto it = meta_.single.find(std::string(key));
    return it == meta_.single.end() ? nullptr : &it->second.first;
  }

  xlsx::Row single_row(std::string_view key) const {
    const auto it = meta_.single.find(std::string(key));
    return it == meta_.single.end() ? 0 : it->second.second;
  }

  bool check_identity() {
    const std::string* format = single("format");
    if (format == nullptr || *format != kRegistrationFormFormat) {
      sink_.error(
          format != nullptr
              ? wording::say(words::form_other_format,
                             {wording::text("format", *format),
                              wording::text("expected", std::string(kRegistrationFormFormat))})
              : wording::say(words::form_no_format,
                             {wording::text("sheet", std::string(kRegistrationFormMetadataSheet))}),
          meta_at(single_row("format"), format != nullptr ? 1 : 0), new_form_hint());
      return false;
    }
    const std::string* tender = single("tender");
    if (tender == nullptr || *tender != tender_.id) {
      sink_.error(
          wording::say(words::form_other_tender,
                       {wording::text("tender", tender != nullptr ? *tender : std::string()),
                        wording::text("file", tender_.file), wording::text("actual", tender_.id)}),
          meta_at(single_row("tender"), 1), wording::label(words::form_fill_this_tender));
      return false;
    }
    const std::string* version = single("version");
    if (version == nullptr || *version != registration_form_version(tender_)) {
      sink_.error(wording::say(words::form_other_version, {wording::text("tender", tender_.id),
                                                           wording::text("file", tender_.file)}),
                  meta_at(single_row("version"), 1),
                  wording::say(words::form_publish_new, {wording::text("tender", tender_.file)}));
      return false;
    }
    if (!meta_.first_row) {
      damaged(0, 0, wording::label(words::form_no_members_row));
      return false;
    }
    // The version covers the tender's ids, so each must have its column.
    const auto complete = [&](const std::vector<ChoiceColumn>& columns, const auto& items,
                              const wording::Phrase& what) {
      for (const auto& item : items) {
        if (std::none_of(columns.begin(), columns.end(),
                         [&](const ChoiceColumn& c) { return c.id == item.id; })) {
          damaged(0, 0,
                  wording::say(words::form_no_column,
                               {wording::phrase("what", what), wording::text("id", item.id)}));
          return false;
        }
      }
      return true;
    };
    const bool municipalities =
        !has_municipality_matrix(tender_) ||
        complete(meta_.municipalities, tender_.municipalities, words::kind_municipality);
    return complete(meta_.services, tender_.services, words::kind_service) && municipalities &&
           complete(meta_.certifications, tender_.certifications, words::kind_certification);
  }

  bool find_sheets() {
    const std::size_t needed = has_municipality_matrix(tender_) ? 4 : 3;
    if (meta_.sheets.size() < needed) {
      damaged(meta_.sheets_row, 0, wording::label(words::form_no_sheet_names));
      return false;
    }
    for (std::size_t i = 0; i < needed; ++i) {
      const xlsx::ReadSheet* sheet = book_.sheet(meta_.sheets[i]);
      if (sheet == nullptr) {
        sink_.error(
            wording::say(words::form_sheet_missing, {wording::text("sheet", meta_.sheets[i])}),
            SourceLocation(file_, 0, 0),
            wording::say(words::form_rename_sheet, {wording::text("sheet", meta_.sheets[i])}));
        return false;
      }
      sheets_[i] = sheet;
      registration_.sheets.push_back(sheet->name());
    }
    registration_.file = file_;
    return true;
  }

  // ---- the visible sheets ---------------------------------------------------------------------

  SourceLocation at(SheetIndex sheet, xlsx::Row row, xlsx::Column column) const {
    return registration_.at(position(sheet, row, column));
  }

  std::string place(SheetIndex sheet, xlsx::Row row, xlsx::Column column) const {
    const std::string location = at(sheet, row, column).file;
    return location.substr(file_.size() + 1);  // "Leden!D5"
  }

  const xlsx::CellValue* cell(SheetIndex sheet, xlsx::Row row, xlsx::Column column) const {
    return sheets_[sheet] == nullptr ? nullptr : sheets_[sheet]->cell(row, column);
  }

  std::string text(SheetIndex sheet, xlsx::Row row, xlsx::Column column) const {
    return cell_text(cell(sheet, row, column));
  }

  Language language() const { return tender_.language; }

  // "choose 'a' or 'b' in Leden!D5"
  static LocalizedText choose_in(const std::vector<std::string>& offered, const std::string& cell) {
    return wording::say(words::form_choose_in, {wording::localized("choices", one_of(offered)),
                                                wording::text("cell", cell)});
  }

  static LocalizedText choose(const std::vector<std::string>& offered) {
    return wording::say(words::form_choose, {wording::localized("choices", one_of(offered))});
  }

  // Matches `given` against the labels of each value in both languages and its file ids, as
  // people read them; nothing when none matches.
  template <class T>
  static std::optional<T> match(std::string_view given,
                                const std::vector<std::pair<T, std::vector<std::string>>>& table) {
    const std::string folded = text::fold_case(given);
    for (const auto& [value, labels] : table) {
      for (const std::string& label : labels) {
        if (text::fold_case(label) == folded) {
          return value;
        }
      }
    }
    return std::nullopt;
  }

  void read_consortium() {
    Registration& r = registration_;
    r.tender_id = tender_.id;
    const std::string id = text(kConsortium, kIdRow, kValueColumn);
    if (!id.empty()) {
      r.id = id;
      r.id_position = position(kConsortium, kIdRow, kValueColumn);
      check_id(sink_, words::kind_registration, id, at(kConsortium, kIdRow, kValueColumn));
    } else {
      r.id = fs::path(file_).stem().string();
      if (!is_valid_id(r.id)) {
        sink_.error(
            wording::say(words::file_name_id, {wording::text("id", r.id)}),
            at(kConsortium, kIdRow, kValueColumn),
            wording::say(words::form_write_id,
                         {wording::text("cell", place(kConsortium, kIdRow, kValueColumn))}));
      }
    }
    r.name = text(kConsortium, kNameRow, kValueColumn);
    if (r.name.empty()) {
      sink_.error(
          wording::label(words::form_no_name), at(kConsortium, kNameRow, kValueColumn),
          wording::say(words::form_write_name,
                       {wording::text("cell", place(kConsortium, kNameRow, kValueColumn))}));
    }
    const std::string form = text(kConsortium, kLegalFormRow, kValueColumn);
    std::vector<std::pair<LegalForm, std::vector<std::string>>> forms;
    std::vector<std::string> offered;
    for (LegalForm value : {LegalForm::combination, LegalForm::main_contractor}) {
      forms.push_back(
          {value,
           {std::string(display_name(value, Language::nl)),
            std::string(display_name(value, Language::en)), std::string(to_string(value))}});
    }
    for (LegalForm value : tender_.integrality.legal_forms) {
      offered.emplace_back(display_name(value, language()));
    }
    if (form.empty()) {
      sink_.error(wording::label(words::form_no_legal_form),
                  at(kConsortium, kLegalFormRow, kValueColumn),
                  choose_in(offered, place(kConsortium, kLegalFormRow, kValueColumn)));
    } else if (const std::optional<LegalForm> value = match(form, forms)) {
      r.legal_form = *value;
    } else {
      LocalizedText hint = text::did_you_mean(form, offered);
      sink_.error(wording::say(words::form_unknown_legal_form, {wording::text("form", form)}),
                  at(kConsortium, kLegalFormRow, kValueColumn),
                  hint.en.empty() ? choose(offered) : hint);
    }
    r.contact.name = text(kConsortium, kContactNameRow, kValueColumn);
    r.contact.email = text(kConsortium, kContactEmailRow, kValueColumn);
    r.contact.phone = text(kConsortium, kContactPhoneRow, kValueColumn);
  }

  // A yes/no cell: nothing when blank, an error (and nothing) when it holds something else.
  std::optional<bool> yes_no(SheetIndex sheet, xlsx::Row row, xlsx::Column column,
                             LocalizedText what) {
    const xlsx::CellValue* value = cell(sheet, row, column);
    if (value != nullptr && value->kind == xlsx::CellValue::Kind::boolean) {
      return value->number != 0;
    }
    const std::string given = text(sheet, row, column);
    if (given.empty()) {
      return std::nullopt;
    }
    static const std::vector<std::pair<bool, std::vector<std::string>>> kAnswers{
        {true, {"ja", "yes", "j", "y", "true", "waar"}},
        {false, {"nee", "no", "n", "false", "onwaar"}}};
    if (const std::optional<bool> answer = match(given, kAnswers)) {
      return answer;
    }
    const std::string yes(yes_label(language()));
    const std::string no(no_label(language()));
    sink_.error(
        wording::say(words::form_yes_or_no,
                     {wording::localized("what", std::move(what)), wording::text("yes", yes),
                      wording::text("no", no), wording::text("found", given)}),
        at(sheet, row, column),
        wording::say(words::form_choose_yes_or_no,
                     {wording::text("yes", yes), wording::text("no", no)}));
    return std::nullopt;
  }

  // A KvK number or AGB code: 8 digits, as text or as a number.
  std::optional<std::string> eight_digits(xlsx::Row row, xlsx::Column column,
                                          const wording::Phrase& what, bool required,
                                          const std::string& member) {
    const std::string given = text(kMembers, row, column);
    if (given.empty()) {
      if (required) {
        sink_.error(wording::say(words::form_member_lacks,
                                 {wording::text("member", member), wording::phrase("what", what)}),
                    at(kMembers, row, column),
                    wording::say(words::form_write_digits,
                                 {wording::text("cell", place(kMembers, row, column))}));
      }
      return std::nullopt;
    }
    if (is_eight_digits(given)) {
      return given;
    }
    const bool number = is_number(cell(kMembers, row, column));
    sink_.error(wording::say(words::form_eight_digits,
                             {wording::phrase("what", what), wording::text("member", member),
                              wording::text("found", given)}),
                at(kMembers, row, column),
                wording::label(number && given.size() < 8 ? words::form_number_drops_zeros
                                                          : words::form_digits_only));
    return std::nullopt;
  }

  bool row_is_empty(xlsx::Row row) const {
    const auto blank = [&](SheetIndex sheet, xlsx::Column first, xlsx::Column last) {
      for (xlsx::Column column = first; column <= last; ++column) {
        if (!text(sheet, row, column).empty()) {
          return false;
        }
      }
      return true;
    };
    const auto last_of = [](const std::vector<ChoiceColumn>& columns, xlsx::Column fallback) {
      xlsx::Column last = fallback;
      for (const ChoiceColumn& c : columns) {
        last = std::max(last, c.column);
      }
      return last;
    };
    if (!blank(kMembers, kNameColumn, last_of(meta_.certifications, kDeclarationColumn))) {
      return false;
    }
    for (const ChoiceColumn& c : meta_.services) {
      if (!text(kServices, row, c.column).empty()) {
        return false;
      }
    }
    if (sheets_[kMunicipalities] != nullptr) {
      for (const ChoiceColumn& c : meta_.municipalities) {
        if (!text(kMunicipalities, row, c.column).empty()) {
          return false;
        }
      }
    }
    return true;
  }

  const ChoiceColumn& column_for(const std::vector<ChoiceColumn>& columns,
                                 const std::string& id) const {
    return *std::find_if(columns.begin(), columns.end(),
                         [&](const ChoiceColumn& c) { return c.id == id; });
  }

  void read_role(Member& member, xlsx::Row row, bool& known) {
    const std::string given = text(kMembers, row, kRoleColumn);
    std::vector<std::string> offered;
    for (LegalForm form : tender_.integrality.legal_forms) {
      const std::array<Role, 2> roles =
          form == LegalForm::combination ? std::array{Role::lead, Role::member}
                                         : std::array{Role::main_contractor, Role::subcontractor};
      for (Role role : roles) {
        offered.emplace_back(display_name(role, language()));
      }
    }
    if (given.empty()) {
      sink_.error(wording::say(words::form_no_role, {wording::text("member", member.name)}),
                  at(kMembers, row, kRoleColumn),
                  choose_in(offered, place(kMembers, row, kRoleColumn)));
      return;
    }
    std::vector<std::pair<Role, std::vector<std::string>>> roles;
    for (Role role : {Role::lead, Role::member, Role::main_contractor, Role::subcontractor}) {
      roles.push_back(
          {role,
           {std::string(display_name(role, Language::nl)),
            std::string(display_name(role, Language::en)), std::string(to_string(role))}});
    }
    roles[0].second.emplace_back("group-lead");
    roles[1].second.emplace_back("group-mem");
    roles[3].second.emplace_back("subcont");
    if (const std::optional<Role> role = match(given, roles)) {
      member.role = *role;
      known = true;
      return;
    }
    LocalizedText hint = text::did_you_mean(given, offered);
    sink_.error(wording::say(words::form_unknown_role,
                             {wording::text("role", given), wording::text("member", member.name)}),
                at(kMembers, row, kRoleColumn), hint.en.empty() ? choose(offered) : hint);
  }

  void read_services(Member& member, xlsx::Row row, bool role_known) {
    std::vector<std::pair<ServiceAnswer, std::vector<std::string>>> answers;
    std::vector<std::string> offered;
    for (ServiceAnswer answer :
         {ServiceAnswer::itself, ServiceAnswer::as_subcontractor, ServiceAnswer::no}) {
      answers.push_back({answer,
                         {std::string(display_name(answer, Language::nl)),
                          std::string(display_name(answer, Language::en))}});
      offered.emplace_back(display_name(answer, language()));
    }
    for (const Service& service : tender_.services) {
      const xlsx::Column column = column_for(meta_.services, service.id).column;
      const std::string given = text(kServices, row, column);
      if (given.empty()) {
        continue;
      }
      const std::optional<ServiceAnswer> answer = match(given, answers);
      if (!answer) {
        LocalizedText hint = text::did_you_mean(given, offered);
        sink_.error(
            wording::say(words::form_unknown_answer,
                         {wording::text("answer", given), wording::text("member", member.name),
                          wording::text("service", service.id)}),
            at(kServices, row, column), hint.en.empty() ? choose(offered) : hint);
        continue;
      }
      if (*answer == ServiceAnswer::no) {
        continue;
      }
      const bool subcontractor = member.role == Role::subcontractor;
      if (role_known && subcontractor != (*answer == ServiceAnswer::as_subcontractor)) {
        const ServiceAnswer fitting =
            subcontractor ? ServiceAnswer::as_subcontractor : ServiceAnswer::itself;
        sink_.error(
            wording::say(words::form_role_answer,
                         {wording::text("member", member.name),
                          wording::text("role", std::string(display_name(member.role, language()))),
                          wording::text("answer", std::string(display_name(*answer, language()))),
                          wording::text("service", service.id)}),
            at(kServices, row, column),
            wording::say(words::form_choose_here,
                         {wording::text("answer", std::string(display_name(fitting, language()))),
                          wording::text("cell", place(kMembers, row, kRoleColumn))}));
        continue;
      }
      member.services.push_back(IdRef{service.id, position(kServices, row, column)});
    }
  }

  void read_municipalities(Member& member, xlsx::Row row) {
    bool answered = false;
    if (sheets_[kMunicipalities] != nullptr) {
      for (const Municipality& municipality : tender_.municipalities) {
        const xlsx::Column column = column_for(meta_.municipalities, municipality.id).column;
        const std::optional<bool> serves =
            yes_no(kMunicipalities, row, column,
                   wording::say(words::form_whether_works_in,
                                {wording::text("member", member.name),
                                 wording::text("municipality", municipality.name)}));
        answered = answered || serves.has_value() || !text(kMunicipalities, row, column).empty();
        if (serves.value_or(false)) {
          member.municipalities.push_back(
              IdRef{municipality.id, position(kMunicipalities, row, column)});
        }
      }
    }
    // No answer at all means every municipality, as a TOML member without `municipalities`.
    member.all_municipalities = !answered;
    if (!answered) {
      for (const Municipality& municipality : tender_.municipalities) {
        member.municipalities.push_back(IdRef{municipality.id, member.where});
      }
    }
  }

  void read_members() {
    Registration& r = registration_;
    std::map<std::string, TextPosition> kvk_seen;
    for (xlsx::Row row = *meta_.first_row; row <= *meta_.last_row; ++row) {
      if (row_is_empty(row)) {
        continue;
      }
      Member member;
      member.where = position(kMembers, row, kNameColumn);
      member.name = text(kMembers, row, kNameColumn);
      if (member.name.empty()) {
        sink_.error(wording::label(words::form_row_without_name), at(kMembers, row, kNameColumn),
                    wording::say(words::form_write_member_name,
                                 {wording::text("cell", place(kMembers, row, kNameColumn))}));
        continue;
      }
      member.kvk =
          eight_digits(row, kKvkColumn, words::form_kvk_number, true, member.name).value_or("");
      member.agb = eight_digits(row, kAgbColumn, words::form_agb_code, false, member.name);
      bool role_known = false;
      read_role(member, row, role_known);
      member.declaration = yes_no(kMembers, row, kDeclarationColumn,
                                  wording::say(words::form_whether_declaration,
                                               {wording::text("member", member.name)}))
                               .value_or(false);
      read_services(member, row, role_known);
      read_municipalities(member, row);
      for (const Certification& certification : tender_.certifications) {
        const xlsx::Column column = column_for(meta_.certifications, certification.id).column;
        if (yes_no(kMembers, row, column,
                   wording::say(words::form_whether_holds,
                                {wording::text("member", member.name),
                                 wording::text("certification", certification.name)}))
                .value_or(false)) {
          member.certifications.push_back(IdRef{certification.id, position(kMembers, row, column)});
        }
      }
      if (!member.kvk.empty()) {
        const auto [it, inserted] = kvk_seen.emplace(member.kvk, member.where);
        if (!inserted) {
          sink_.error(wording::say(words::kvk_twice, {wording::text("kvk", member.kvk)}),
                      at(kMembers, row, kKvkColumn),
                      wording::say(words::first_at,
                                   {wording::text("where", r.at(it->second).to_string())}));
        }
      }
      r.members.push_back(std::move(member));
    }
    if (r.members.empty()) {
      sink_.error(
          wording::label(words::form_no_members), at(kMembers, *meta_.first_row, kNameColumn),
          wording::say(words::form_row_per_member,
                       {wording::text("cell", place(kMembers, *meta_.first_row, kNameColumn))}));
    }
  }

  const xlsx::ReadWorkbook& book_;
  const Tender& tender_;
  std::string file_;
  DiagnosticSink sink_;
  const xlsx::ReadSheet* meta_sheet_ = nullptr;
  FormMetadata meta_;
  std::array<const xlsx::ReadSheet*, 4> sheets_{};
  Registration registration_;
};

}  // namespace

Result<Registration> read_registration_workbook(const fs::path& path, const Tender& tender) {
  Result<xlsx::ReadWorkbook> book = xlsx::ReadWorkbook::open(path);
  if (!book) {
    // A file that is no (good) workbook is told in the tender's language too.
    Error error = book.error();
    return error.spoken_in(tender.language);
  }
  Result<Registration> read = Reader(*book, tender, path.string()).read();
  if (!read) {
    // As a TOML registration's: the form's mistakes are told in the tender's language.
    Error error = read.error();
    return error.spoken_in(tender.language);
  }
  return read;
}

}  // namespace tenderkit::input
