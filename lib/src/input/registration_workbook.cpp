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

// Transitional: a message not yet worded in Dutch shows its English text in both languages.
LocalizedText english(std::string text) {
  return LocalizedText{text, text};
}

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

std::string_view trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n";
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (kSpace.find(s.front()) != std::string_view::npos) {
      s.remove_prefix(1);
      changed = true;
    } else if (s.starts_with(kNoBreakSpace)) {
      s.remove_prefix(kNoBreakSpace.size());
      changed = true;
    }
    if (s.empty()) {
      break;
    }
    if (kSpace.find(s.back()) != std::string_view::npos) {
      s.remove_suffix(1);
      changed = true;
    } else if (s.ends_with(kNoBreakSpace)) {
      s.remove_suffix(kNoBreakSpace.size());
      changed = true;
    }
  }
  return s;
}

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
      return std::string(trim(value->text));
    case xlsx::CellValue::Kind::number:
      return number_text(value->number);
    case xlsx::CellValue::Kind::boolean:
      return value->number != 0 ? "TRUE" : "FALSE";
  }
  return {};
}

// "'a', 'b' or 'c'": the choices of a drop-down, for hints.
std::string one_of(const std::vector<std::string>& choices) {
  std::string out;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) {
      out += i + 1 == choices.size() ? " or " : ", ";
    }
    out += "'" + choices[i] + "'";
  }
  return out;
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
          fmt::format("not a tenderkit registration form: the workbook has no sheet '{}'",
                      kRegistrationFormMetadataSheet),
          SourceLocation(file_, 0, 0),
          fmt::format("fill in the form that 'tender-check --registration-form FILE {}' writes, "
                      "or write the registration in TOML",
                      tender_.file));
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

  void damaged(xlsx::Row row, xlsx::Column column, const std::string& problem) {
    sink_.error(fmt::format("the form's hidden sheet is damaged: {}", problem),
                meta_at(row, column), new_form_hint());
  }

  std::string new_form_hint() const {
    return fmt::format(
        "make a new form with 'tender-check --registration-form FILE {}' and copy the answers "
        "into it",
        tender_.file);
  }

  void read_choice(std::vector<ChoiceColumn>& list, xlsx::Row row) {
    const std::string id = meta_text(row, 1);
    const std::optional<xlsx::Column> column = column_of(meta_text(row, 2));
    if (id.empty() || !column) {
      damaged(row, id.empty() ? 1 : 2,
              fmt::format("'{}' without an id or a column", meta_text(row, 0)));
      return;
    }
    list.push_back(ChoiceColumn{id, *column});
  }

  void read_metadata() {
    for (xlsx::Row row = 0; row < meta_sheet_->row_count(); ++row) {
      const std::string key = meta_text(row, 0);
      if (key == "format" || key == "tender" || key == "version" || key == "language") {
        if (!meta_.single.emplace(key, std::make_pair(meta_text(row, 1), row)).second) {
          damaged(row, 0, fmt::format("'{}' is given twice", key));
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
          damaged(row, 1, "the member rows are not valid row numbers");
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
      sink_.error(format != nullptr
                      ? fmt::format("the form has format '{}'; this tenderkit reads '{}'", *format,
                                    kRegistrationFormFormat)
                      : std::string("the workbook's sheet 'tenderkit' has no 'format' row: not a "
                                    "tenderkit registration form"),
                  meta_at(single_row("format"), format != nullptr ? 1 : 0), new_form_hint());
      return false;
    }
    const std::string* tender = single("tender");
    if (tender == nullptr || *tender != tender_.id) {
      sink_.error(
          fmt::format("this registration form is for tender '{}', but {} is tender '{}'",
                      tender != nullptr ? *tender : std::string(), tender_.file, tender_.id),
          meta_at(single_row("tender"), 1),
          "check the form against the tender it was published with; a provider who "
          "filled in another tender's form must fill in this tender's form");
      return false;
    }
    const std::string* version = single("version");
    if (version == nullptr || *version != registration_form_version(tender_)) {
      sink_.error(fmt::format("this registration form was made for another version of tender "
                              "'{}': the services, municipalities, certifications or composition "
                              "rules in {} have changed since",
                              tender_.id, tender_.file),
                  meta_at(single_row("version"), 1),
                  fmt::format("publish a new form with 'tender-check --registration-form FILE "
                              "{}' and have it filled in again, or check with the tender file "
                              "the form was made from",
                              tender_.file));
      return false;
    }
    if (!meta_.first_row) {
      damaged(0, 0, "it has no 'members' row");
      return false;
    }
    // The version covers the tender's ids, so each must have its column.
    const auto complete = [&](const std::vector<ChoiceColumn>& columns, const auto& items,
                              std::string_view what) {
      for (const auto& item : items) {
        if (std::none_of(columns.begin(), columns.end(),
                         [&](const ChoiceColumn& c) { return c.id == item.id; })) {
          damaged(0, 0, fmt::format("it has no column for {} '{}'", what, item.id));
          return false;
        }
      }
      return true;
    };
    const bool municipalities =
        !has_municipality_matrix(tender_) ||
        complete(meta_.municipalities, tender_.municipalities, "municipality");
    return complete(meta_.services, tender_.services, "service") && municipalities &&
           complete(meta_.certifications, tender_.certifications, "certification");
  }

  bool find_sheets() {
    const std::size_t needed = has_municipality_matrix(tender_) ? 4 : 3;
    if (meta_.sheets.size() < needed) {
      damaged(meta_.sheets_row, 0, "it does not name the form's sheets");
      return false;
    }
    for (std::size_t i = 0; i < needed; ++i) {
      const xlsx::ReadSheet* sheet = book_.sheet(meta_.sheets[i]);
      if (sheet == nullptr) {
        sink_.error(
            fmt::format("the form has no sheet '{}': was it renamed or deleted?", meta_.sheets[i]),
            SourceLocation(file_, 0, 0), fmt::format("name the sheet '{}' again", meta_.sheets[i]));
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
        sink_.error(wording::say(words::file_name_id, {wording::text("id", r.id)}),
                    at(kConsortium, kIdRow, kValueColumn),
                    english(fmt::format("write an id in {}, or rename the file",
                                        place(kConsortium, kIdRow, kValueColumn))));
      }
    }
    r.name = text(kConsortium, kNameRow, kValueColumn);
    if (r.name.empty()) {
      sink_.error("the registration has no name", at(kConsortium, kNameRow, kValueColumn),
                  fmt::format("write the consortium's name in {}",
                              place(kConsortium, kNameRow, kValueColumn)));
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
      sink_.error("the registration does not say its legal form",
                  at(kConsortium, kLegalFormRow, kValueColumn),
                  fmt::format("choose {} in {}", one_of(offered),
                              place(kConsortium, kLegalFormRow, kValueColumn)));
    } else if (const std::optional<LegalForm> value = match(form, forms)) {
      r.legal_form = *value;
    } else {
      LocalizedText hint = text::did_you_mean(form, offered);
      sink_.error(fmt::format("unknown legal form '{}'", form),
                  at(kConsortium, kLegalFormRow, kValueColumn),
                  hint.en.empty() ? english(fmt::format("choose {}", one_of(offered))) : hint);
    }
    r.contact.name = text(kConsortium, kContactNameRow, kValueColumn);
    r.contact.email = text(kConsortium, kContactEmailRow, kValueColumn);
    r.contact.phone = text(kConsortium, kContactPhoneRow, kValueColumn);
  }

  // A yes/no cell: nothing when blank, an error (and nothing) when it holds something else.
  std::optional<bool> yes_no(SheetIndex sheet, xlsx::Row row, xlsx::Column column,
                             std::string_view what) {
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
    sink_.error(fmt::format("{} must be '{}' or '{}', found '{}'", what, yes_label(language()),
                            no_label(language()), given),
                at(sheet, row, column),
                fmt::format("choose '{}' or '{}' from the drop-down list", yes_label(language()),
                            no_label(language())));
    return std::nullopt;
  }

  // A KvK number or AGB code: 8 digits, as text or as a number.
  std::optional<std::string> eight_digits(xlsx::Row row, xlsx::Column column, std::string_view what,
                                          bool required, const std::string& member) {
    const std::string given = text(kMembers, row, column);
    if (given.empty()) {
      if (required) {
        sink_.error(fmt::format("member '{}' has no {}", member, what), at(kMembers, row, column),
                    fmt::format("write the 8 digits in {}", place(kMembers, row, column)));
      }
      return std::nullopt;
    }
    if (is_eight_digits(given)) {
      return given;
    }
    const bool number = is_number(cell(kMembers, row, column));
    sink_.error(
        fmt::format("{} of member '{}' must be exactly 8 digits, found '{}'", what, member, given),
        at(kMembers, row, column),
        number && given.size() < 8
            ? std::string("the cell holds a number, which drops leading zeros: type the "
                          "number as text, starting with an apostrophe ('01234567)")
            : std::string("write the 8 digits without spaces or dots, leading zeros "
                          "included"));
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
      sink_.error(
          fmt::format("member '{}' has no role", member.name), at(kMembers, row, kRoleColumn),
          fmt::format("choose {} in {}", one_of(offered), place(kMembers, row, kRoleColumn)));
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
    sink_.error(fmt::format("unknown role '{}' of member '{}'", given, member.name),
                at(kMembers, row, kRoleColumn),
                hint.en.empty() ? english(fmt::format("choose {}", one_of(offered))) : hint);
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
        sink_.error(fmt::format("unknown answer '{}' for member '{}' and service '{}'", given,
                                member.name, service.id),
                    at(kServices, row, column),
                    hint.en.empty() ? english(fmt::format("choose {}", one_of(offered))) : hint);
        continue;
      }
      if (*answer == ServiceAnswer::no) {
        continue;
      }
      const bool subcontractor = member.role == Role::subcontractor;
      if (role_known && subcontractor != (*answer == ServiceAnswer::as_subcontractor)) {
        sink_.error(fmt::format("member '{}' has the role '{}' but is marked '{}' for service '{}'",
                                member.name, display_name(member.role, language()),
                                display_name(*answer, language()), service.id),
                    at(kServices, row, column),
                    fmt::format("choose '{}' here, or change the role in {}",
                                display_name(subcontractor ? ServiceAnswer::as_subcontractor
                                                           : ServiceAnswer::itself,
                                             language()),
                                place(kMembers, row, kRoleColumn)));
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
                   fmt::format("whether '{}' works in '{}'", member.name, municipality.name));
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
        sink_.error("a member row without a name", at(kMembers, row, kNameColumn),
                    fmt::format("write the member's name in {}, or clear the row",
                                place(kMembers, row, kNameColumn)));
        continue;
      }
      member.kvk = eight_digits(row, kKvkColumn, "KvK number", true, member.name).value_or("");
      member.agb = eight_digits(row, kAgbColumn, "AGB code", false, member.name);
      bool role_known = false;
      read_role(member, row, role_known);
      member.declaration =
          yes_no(kMembers, row, kDeclarationColumn,
                 fmt::format("whether '{}' handed in the declaration", member.name))
              .value_or(false);
      read_services(member, row, role_known);
      read_municipalities(member, row);
      for (const Certification& certification : tender_.certifications) {
        const xlsx::Column column = column_for(meta_.certifications, certification.id).column;
        if (yes_no(kMembers, row, column,
                   fmt::format("whether '{}' holds '{}'", member.name, certification.name))
                .value_or(false)) {
          member.certifications.push_back(IdRef{certification.id, position(kMembers, row, column)});
        }
      }
      if (!member.kvk.empty()) {
        const auto [it, inserted] = kvk_seen.emplace(member.kvk, member.where);
        if (!inserted) {
          sink_.error(fmt::format("KvK number {} appears twice in this registration", member.kvk),
                      at(kMembers, row, kKvkColumn), "first at " + r.at(it->second).to_string());
        }
      }
      r.members.push_back(std::move(member));
    }
    if (r.members.empty()) {
      sink_.error("the registration has no members", at(kMembers, *meta_.first_row, kNameColumn),
                  fmt::format("fill in a row per member from {}",
                              place(kMembers, *meta_.first_row, kNameColumn)));
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
    return book.error();
  }
  return Reader(*book, tender, path.string()).read();
}

}  // namespace tenderkit::input
