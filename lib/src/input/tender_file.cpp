#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/input/toml_reader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace tenderkit::input {

bool is_valid_id(std::string_view id) {
  const auto is_alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  if (id.empty() || !is_alnum(id.front())) {
    return false;
  }
  return std::all_of(id.begin(), id.end(),
                     [&](char c) { return is_alnum(c) || c == '.' || c == '_' || c == '-'; });
}

bool check_id(DiagnosticSink& sink, std::string_view what, const std::string& id,
              const SourceLocation& where) {
  if (is_valid_id(id)) {
    return true;
  }
  sink.error(fmt::format("{} id '{}' may hold only letters, digits, '.', '_' and '-', and must "
                         "start with a letter or digit",
                         what, id),
             where);
  return false;
}

namespace {

// Checks an id's form and that it is not defined twice in the same list.
class IdRegistry {
 public:
  IdRegistry(std::string what, DiagnosticSink& sink) : what_(std::move(what)), sink_(&sink) {}

  bool add(const std::string& id, const SourceLocation& where) {
    if (!check_id(*sink_, what_, id, where)) {
      return false;
    }
    const auto [it, inserted] = first_seen_.emplace(id, where);
    if (!inserted) {
      sink_->error(fmt::format("{} id '{}' is defined twice", what_, id), where,
                   "first defined at " + it->second.to_string());
      return false;
    }
    return true;
  }

 private:
  std::string what_;
  DiagnosticSink* sink_;
  std::map<std::string, SourceLocation> first_seen_;
};

// A `name` that may be left out (the id stands in) but, when written, must say something.
std::optional<std::string> optional_name(TableReader& reader) {
  if (!reader.has("name")) {
    reader.accept("name");
    return std::nullopt;
  }
  return reader.required_string("name");
}

// Municipalities and certifications are both lists of id and optional name.
template <class Entry>
void read_named_entries(TableReader& root, std::string_view key, std::vector<Entry>& entries) {
  const std::string what = "[[" + std::string(key) + "]]";
  IdRegistry ids(std::string(key), root.sink());
  for (const toml::table* table : root.table_array(key)) {
    TableReader reader(*table, root.file(), root.sink(), what);
    Entry entry;
    entry.where = reader.where();
    entry.id = reader.required_string("id").value_or("");
    entry.name = optional_name(reader).value_or(entry.id);
    reader.finish();
    if (!entry.id.empty() && ids.add(entry.id, reader.where("id"))) {
      entries.push_back(std::move(entry));
    }
  }
}

void read_municipalities(TableReader& root, Tender& tender) {
  read_named_entries(root, "municipality", tender.municipalities);
  if (root.absent_or_empty("municipality")) {
    root.sink().error("the tender names no municipality; add at least one [[municipality]]",
                      root.where());
  }
}

std::vector<std::string> certification_ids(const Tender& tender) {
  std::vector<std::string> ids;
  for (const Certification& certification : tender.certifications) {
    ids.push_back(certification.id);
  }
  return ids;
}

void read_services(TableReader& root, Tender& tender) {
  IdRegistry ids("service", root.sink());
  const std::vector<std::string> known_certifications = certification_ids(tender);
  const std::vector<const toml::table*> tables = root.table_array("service");
  for (const toml::table* table : tables) {
    TableReader reader(*table, root.file(), root.sink(), "[[service]]");
    Service service;
    service.where = reader.where();
    service.id = reader.required_string("id").value_or("");
    service.name = reader.required_string("name").value_or(service.id);
    service.code = reader.optional_string("code");
    service.local = reader.optional_bool("local").value_or(false);
    service.subcontractors_only_allowed =
        reader.optional_bool("may_rest_on_subcontractors").value_or(true);
    for (const LocatedString& certification :
         reader.optional_string_array("certifications").value_or(std::vector<LocatedString>{})) {
      if (tender.find_certification(certification.value) == nullptr) {
        root.sink().error(
            fmt::format("service '{}' requires certification '{}', which no [[certification]] "
                        "defines",
                        service.id, certification.value),
            root.at(certification.where),
            known_certifications.empty()
                ? fmt::format("define it first: [[certification]] with id = \"{}\"",
                              certification.value)
                : text::did_you_mean(certification.value, known_certifications));
      } else if (std::find(service.certifications.begin(), service.certifications.end(),
                           certification.value) != service.certifications.end()) {
        root.sink().error(fmt::format("certification '{}' is listed twice", certification.value),
                          root.at(certification.where));
      } else {
        service.certifications.push_back(certification.value);
      }
    }
    reader.finish();
    if (!service.id.empty() && ids.add(service.id, reader.where("id"))) {
      tender.services.push_back(std::move(service));
    }
  }
  if (root.absent_or_empty("service")) {
    root.sink().error("the tender requires no service; add at least one [[service]]", root.where());
  }
}

void read_integrality(TableReader& root, Tender& tender) {
  const toml::table* table = root.optional_table("integrality");
  if (table == nullptr) {
    return;
  }
  TableReader reader(*table, root.file(), root.sink(), "[integrality]");
  IntegralityRules& rules = tender.integrality;
  rules.where = reader.where();
  if (auto forms = reader.optional_string_array("legal_forms")) {
    rules.legal_forms.clear();
    const std::vector<std::string> names{"combination", "main-contractor"};
    for (const LocatedString& form : *forms) {
      const auto it = std::find(names.begin(), names.end(), form.value);
      if (it == names.end()) {
        root.sink().error(
            fmt::format("legal form must be 'combination' or 'main-contractor', found '{}'",
                        form.value),
            root.at(form.where), text::did_you_mean(form.value, names));
        continue;
      }
      const LegalForm parsed =
          it == names.begin() ? LegalForm::combination : LegalForm::main_contractor;
      if (std::find(rules.legal_forms.begin(), rules.legal_forms.end(), parsed) !=
          rules.legal_forms.end()) {
        root.sink().error(fmt::format("legal form '{}' is listed twice", form.value),
                          root.at(form.where));
        continue;
      }
      rules.legal_forms.push_back(parsed);
    }
    if (forms->empty()) {
      root.sink().error("'legal_forms' must allow at least one legal form",
                        reader.where("legal_forms"));
    }
  }
  constexpr std::int64_t kMaxMembers = 10'000;
  rules.min_members =
      static_cast<int>(reader.optional_integer("min_members", 1, kMaxMembers).value_or(1));
  if (auto maximum = reader.optional_integer("max_members", 1, kMaxMembers)) {
    rules.max_members = static_cast<int>(*maximum);
    if (*rules.max_members < rules.min_members) {
      root.sink().error(fmt::format("'max_members' ({}) is less than 'min_members' ({})",
                                    *rules.max_members, rules.min_members),
                        reader.where("max_members"));
    }
  }
  rules.may_lead_several = reader.optional_bool("may_lead_several").value_or(false);
  rules.may_participate_several = reader.optional_bool("may_participate_several").value_or(true);
  reader.finish();
}

}  // namespace

Result<Tender> parse_tender(std::string_view content, const std::string& file) {
  Result<toml::table> document = parse_toml(content, file);
  if (!document) {
    return document.error();
  }
  DiagnosticSink sink;
  TableReader root(*document, file, sink, "the tender file");
  Tender tender;
  tender.file = file;
  tender.id = root.required_string("id").value_or("");
  if (!tender.id.empty()) {
    check_id(sink, "tender", tender.id, root.where("id"));
  }
  tender.title = root.required_string("title").value_or("");
  tender.language = root.optional_choice("language", {"nl", "en"},
                                         {{"nederlands", "nl"},
                                          {"dutch", "nl"},
                                          {"nl-nl", "nl"},
                                          {"engels", "en"},
                                          {"english", "en"},
                                          {"en-gb", "en"}})
                                .value_or("nl") == "en"
                        ? Language::en
                        : Language::nl;
  read_municipalities(root, tender);
  read_named_entries(root, "certification", tender.certifications);
  read_services(root, tender);
  read_integrality(root, tender);
  root.finish();
  if (!sink.empty()) {
    return sink.to_error();
  }
  return tender;
}

Result<Tender> load_tender(const std::filesystem::path& path) {
  Result<std::string> content = read_file(path);
  if (!content) {
    return content.error();
  }
  return parse_tender(*content, path.string());
}

}  // namespace tenderkit::input
