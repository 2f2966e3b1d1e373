// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/register_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/input/wording.hpp>

#include "references.hpp"

#include <algorithm>
#include <map>

namespace tenderkit::input {

namespace {

using detail::KnownIds;
using detail::read_eight_digits;
using detail::read_references;

std::vector<LegalForm> read_legal_forms(TableReader& reader) {
  std::vector<LegalForm> forms;
  const auto values = reader.optional_string_array("legal_forms");
  if (!values) {
    return forms;
  }
  const std::vector<std::string> names{"combination", "main-contractor"};
  for (const LocatedString& value : *values) {
    const auto it = std::find(names.begin(), names.end(), value.value);
    if (it == names.end()) {
      reader.sink().error(
          wording::say(words::bad_legal_form, {wording::text("found", value.value)}),
          reader.at(value.where), text::did_you_mean(value.value, names));
      continue;
    }
    const LegalForm form =
        it == names.begin() ? LegalForm::combination : LegalForm::main_contractor;
    if (std::find(forms.begin(), forms.end(), form) != forms.end()) {
      reader.sink().error(
          wording::say(words::legal_form_twice, {wording::text("form", value.value)}),
          reader.at(value.where));
      continue;
    }
    forms.push_back(form);
  }
  if (values->empty()) {
    reader.sink().error(
        wording::say(words::must_not_be_empty, {wording::text("key", "legal_forms")}),
        reader.where("legal_forms"), wording::label(words::register_either_legal_form));
  }
  return forms;
}

std::vector<std::string> read_tags(TableReader& reader) {
  std::vector<std::string> tags;
  const auto values = reader.optional_string_array("tags");
  if (!values) {
    return tags;
  }
  for (const LocatedString& value : *values) {
    if (!check_id(reader.sink(), words::kind_tag, value.value, reader.at(value.where))) {
      continue;
    }
    if (std::find(tags.begin(), tags.end(), value.value) != tags.end()) {
      reader.sink().error(wording::say(words::listed_twice,
                                       {wording::localized("what", wording::label(words::kind_tag)),
                                        wording::text("id", value.value)}),
                          reader.at(value.where));
      continue;
    }
    tags.push_back(value.value);
  }
  return tags;
}

Provider read_provider(const toml::table& table, TableReader& root, const KnownIds& known,
                       const Tender& tender) {
  TableReader reader(table, root.file(), root.sink(), "[[provider]]");
  Provider provider;
  provider.where = reader.where().position();
  provider.name = reader.required_string("name").value_or("");
  provider.kvk = read_eight_digits(reader, "kvk", words::a_kvk_number, true).value_or("");
  provider.agb = read_eight_digits(reader, "agb", words::an_agb_code, false);
  provider.legal_forms = read_legal_forms(reader);
  provider.may_lead = reader.optional_bool("may_lead").value_or(true);
  std::vector<IdRef> services = read_references(reader, "services", words::kind_service,
                                                words::kind_services, known.services, tender.file);
  if (reader.absent_or_empty("services")) {
    reader.sink().error(wording::label(words::register_no_services), reader.where(),
                        wording::label(words::register_add_services));
  }
  const std::vector<IdRef> subcontract_only =
      read_references(reader, "subcontractor_only", words::kind_service, words::kind_services,
                      known.services, tender.file);
  // `services` lists everything the provider delivers; `subcontractor_only` marks those it
  // delivers only as a subcontractor (Provider keeps the two apart).
  for (const IdRef& ref : subcontract_only) {
    const auto it = std::find_if(services.begin(), services.end(),
                                 [&](const IdRef& service) { return service.id == ref.id; });
    if (it == services.end()) {
      reader.sink().error(
          wording::say(words::register_subcontract_not_in_services,
                       {wording::text("service", ref.id)}),
          reader.at(ref.where),
          wording::say(words::register_add_to_services, {wording::text("service", ref.id)}));
      continue;
    }
    provider.subcontract_services.push_back(*it);
    services.erase(it);
  }
  provider.services = std::move(services);
  provider.all_municipalities = !reader.has("municipalities");
  provider.municipalities =
      read_references(reader, "municipalities", words::kind_municipality,
                      words::kind_municipalities, known.municipalities, tender.file);
  if (!provider.all_municipalities && provider.municipalities.empty() &&
      reader.absent_or_empty("municipalities")) {
    reader.sink().error(
        wording::say(words::must_not_be_empty, {wording::text("key", "municipalities")}),
        reader.where("municipalities"), wording::label(words::register_every_municipality));
  }
  provider.certifications =
      read_references(reader, "certifications", words::kind_certification,
                      words::kind_certifications, known.certifications, tender.file);
  provider.declaration = reader.optional_bool("declaration").value_or(false);
  provider.tags = read_tags(reader);
  reader.finish();
  return provider;
}

}  // namespace

Result<ProviderRegister> parse_register(std::string_view content, const std::string& file,
                                        const Tender& tender) {
  Result<toml::table> document = parse_toml(content, file);
  if (!document) {
    return document.error();
  }
  const KnownIds known(tender);
  DiagnosticSink sink;
  TableReader root(*document, file, sink, wording::label(words::the_register_file));
  ProviderRegister result;
  result.file = file;
  if (auto tender_id = root.optional_string("tender"); tender_id && *tender_id != tender.id) {
    sink.error(wording::say(words::register_other_tender, {wording::text("tender", *tender_id),
                                                           wording::text("file", tender.file),
                                                           wording::text("actual", tender.id)}),
               root.where("tender"), wording::label(words::register_name_the_tender));
  }
  std::map<std::string, TextPosition> kvk_seen;
  for (const toml::table* table : root.table_array("provider")) {
    Provider provider = read_provider(*table, root, known, tender);
    if (!provider.kvk.empty()) {
      const auto [it, inserted] = kvk_seen.emplace(provider.kvk, provider.where);
      if (!inserted) {
        sink.error(wording::say(words::register_kvk_twice, {wording::text("kvk", provider.kvk)}),
                   result.at(provider.where),
                   wording::say(words::register_one_provider,
                                {wording::text("where", result.at(it->second).to_string())}));
      }
    }
    result.providers.push_back(std::move(provider));
  }
  if (root.absent_or_empty("provider")) {
    sink.error(wording::label(words::register_no_providers), root.where());
  }
  root.finish();
  if (!sink.empty()) {
    // As a registration's: the register's mistakes are told in the run's language (tender-match
    // sets the tender's language to --lang when given).
    return sink.to_error().spoken_in(tender.language);
  }
  return result;
}

Result<ProviderRegister> load_register(const std::filesystem::path& path, const Tender& tender) {
  Result<std::string> content = read_file(path);
  if (!content) {
    return content.error();
  }
  return parse_register(*content, path.string(), tender);
}

}  // namespace tenderkit::input
