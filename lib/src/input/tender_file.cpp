// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/core/atomic_file.hpp>
#include <tenderkit/core/text.hpp>
#include <tenderkit/input/contracts_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/input/toml_reader.hpp>
#include <tenderkit/input/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <type_traits>

namespace tenderkit::input {

namespace {

// Checks an id's form and that it is not defined twice in the same list.
class IdRegistry {
 public:
  IdRegistry(const wording::Phrase& what, DiagnosticSink& sink) : what_(&what), sink_(&sink) {}

  bool add(const std::string& id, const SourceLocation& where) {
    if (!check_id(*sink_, *what_, id, where)) {
      return false;
    }
    const auto [it, inserted] = first_seen_.emplace(id, where);
    if (!inserted) {
      sink_->error(
          wording::say(words::id_twice, {wording::phrase("what", *what_), wording::text("id", id)}),
          where,
          wording::say(words::first_defined_at, {wording::text("where", it->second.to_string())}));
      return false;
    }
    return true;
  }

 private:
  const wording::Phrase* what_;
  DiagnosticSink* sink_;
  std::map<std::string, SourceLocation> first_seen_;
};

// A text that may be left out but, when written, must say something.
std::optional<std::string> optional_text(TableReader& reader, std::string_view key) {
  if (!reader.has(key)) {
    reader.accept(key);
    return std::nullopt;
  }
  return reader.required_string(key);
}

// A `name` that may be left out (the id stands in).
std::optional<std::string> optional_name(TableReader& reader) {
  return optional_text(reader, "name");
}

// Municipalities and certifications are both lists of id and optional name.
template <class Entry>
void read_named_entries(TableReader& root, std::string_view key, const wording::Phrase& kind,
                        std::vector<Entry>& entries, std::string_view table_path = {}) {
  const std::string what = "[[" + std::string(table_path.empty() ? key : table_path) + "]]";
  IdRegistry ids(kind, root.sink());
  for (const toml::table* table : root.table_array(key)) {
    TableReader reader(*table, root.file(), root.sink(), what);
    Entry entry;
    entry.where = reader.where();
    entry.id = reader.required_string("id").value_or("");
    entry.name = optional_name(reader).value_or(entry.id);
    if constexpr (std::is_same_v<Entry, Municipality>) {
      entry.legal_name = optional_text(reader, "legal_name").value_or(entry.name);
      entry.signatory = optional_text(reader, "signatory");
    }
    reader.finish();
    if (!entry.id.empty() && ids.add(entry.id, reader.where("id"))) {
      entries.push_back(std::move(entry));
    }
  }
}

void read_municipalities(TableReader& root, Tender& tender) {
  read_named_entries(root, "municipality", words::kind_municipality, tender.municipalities);
  if (root.absent_or_empty("municipality")) {
    root.sink().error(wording::label(words::no_municipality), root.where());
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
  IdRegistry ids(words::kind_service, root.sink());
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
        root.sink().error(wording::say(words::unknown_service_certification,
                                       {wording::text("service", service.id),
                                        wording::text("certification", certification.value)}),
                          root.at(certification.where),
                          known_certifications.empty()
                              ? wording::say(words::define_certification_first,
                                             {wording::text("id", certification.value)})
                              : text::did_you_mean(certification.value, known_certifications));
      } else if (std::find(service.certifications.begin(), service.certifications.end(),
                           certification.value) != service.certifications.end()) {
        root.sink().error(
            wording::say(words::certification_twice, {wording::text("id", certification.value)}),
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
    root.sink().error(wording::label(words::no_service), root.where());
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
        root.sink().error(wording::say(words::bad_legal_form, {wording::text("found", form.value)}),
                          root.at(form.where), text::did_you_mean(form.value, names));
        continue;
      }
      const LegalForm parsed =
          it == names.begin() ? LegalForm::combination : LegalForm::main_contractor;
      if (std::find(rules.legal_forms.begin(), rules.legal_forms.end(), parsed) !=
          rules.legal_forms.end()) {
        root.sink().error(
            wording::say(words::legal_form_twice, {wording::text("form", form.value)}),
            root.at(form.where));
        continue;
      }
      rules.legal_forms.push_back(parsed);
    }
    if (forms->empty()) {
      root.sink().error(wording::label(words::no_legal_form), reader.where("legal_forms"));
    }
  }
  constexpr std::int64_t kMaxMembers = 10'000;
  rules.min_members =
      static_cast<int>(reader.optional_integer("min_members", 1, kMaxMembers).value_or(1));
  if (auto maximum = reader.optional_integer("max_members", 1, kMaxMembers)) {
    rules.max_members = static_cast<int>(*maximum);
    if (*rules.max_members < rules.min_members) {
      root.sink().error(wording::say(words::maximum_below_minimum,
                                     {wording::text("maximum_key", "max_members"),
                                      wording::integer("maximum", *rules.max_members),
                                      wording::text("minimum_key", "min_members"),
                                      wording::integer("minimum", rules.min_members)}),
                        reader.where("max_members"));
    }
  }
  rules.may_lead_several = reader.optional_bool("may_lead_several").value_or(false);
  rules.may_participate_several = reader.optional_bool("may_participate_several").value_or(true);
  reader.finish();
}

// [preselection.scale]: either `values = [...]` or `min`, `max` and `step`.
ScoreScale read_scale(TableReader& section) {
  ScoreScale scale;
  const toml::table* table = section.optional_table("scale");
  if (table == nullptr) {
    if (!section.has("scale")) {
      section.sink().error(wording::label(words::no_scale), section.where());
    }
    return scale;
  }
  TableReader reader(*table, section.file(), section.sink(), "[preselection.scale]");
  const toml::node* values = reader.node("values");
  const bool has_range = reader.has("min") || reader.has("max") || reader.has("step");
  if (values != nullptr && has_range) {
    reader.sink().error(wording::label(words::values_or_range), reader.where("values"));
    for (std::string_view key : {"min", "max", "step"}) {
      reader.accept(key);  // known keys, only misused: no "unknown key" on top
    }
  }
  const std::size_t errors_before = reader.sink().size();
  if (values != nullptr) {
    const toml::array* array = values->as_array();
    if (array == nullptr) {
      reader.sink().error(
          wording::say(words::wrong_type, {wording::text("key", "values"),
                                           wording::phrase("expected", words::an_array_of_numbers),
                                           wording::phrase("found", describe_type(*values))}),
          reader.where("values"));
    } else {
      for (const toml::node& element : *array) {
        const std::optional<Rational> value =
            reader.number_of(element, wording::label(words::a_scale_value));
        if (!value) {
          continue;
        }
        if (!scale.values.empty() && *value <= scale.values.back()) {
          reader.sink().error(
              wording::say(words::scale_not_ascending,
                           {wording::number("value", value->to_decimal()),
                            wording::number("previous", scale.values.back().to_decimal())}),
              location_of(element.source(), reader.file()));
          continue;
        }
        scale.values.push_back(*value);
      }
    }
  } else {
    const std::optional<Rational> minimum = reader.optional_number("min");
    const std::optional<Rational> maximum = reader.optional_number("max");
    const std::optional<Rational> step = reader.optional_number("step");
    if (!minimum || !maximum || !step) {
      if (!reader.has("min") || !reader.has("max") || !reader.has("step")) {
        reader.sink().error(wording::label(words::scale_needs_values), reader.where());
      }
    } else if (*step <= Rational(0) || *maximum <= *minimum) {
      reader.sink().error(wording::label(words::scale_range), reader.where("step"));
    } else {
      const Rational count = (*maximum - *minimum) / *step;
      constexpr std::int64_t kMaxScaleValues = 1000;
      if (!count.is_integer()) {
        reader.sink().error(
            wording::say(words::step_uneven,
                         {wording::number("step", step->to_decimal()),
                          wording::number("range", (*maximum - *minimum).to_decimal())}),
            reader.where("step"));
      } else if (count.numerator() + 1 > kMaxScaleValues) {
        reader.sink().error(
            wording::say(words::scale_too_long, {wording::integer("limit", kMaxScaleValues),
                                                 wording::integer("count", count.numerator() + 1)}),
            reader.where("step"));
      } else {
        for (Rational value = *minimum; value <= *maximum; value += *step) {
          scale.values.push_back(value);
        }
      }
    }
  }
  reader.finish();
  if (scale.values.size() == 1 && reader.sink().size() == errors_before) {
    reader.sink().error(wording::label(words::scale_two_values), reader.where());
    scale.values.clear();
  }
  return scale;
}

std::vector<GuidanceLevel> read_guidance(TableReader& criterion_reader, const ScoreScale& scale,
                                         const std::string& criterion_id) {
  std::vector<GuidanceLevel> guidance;
  for (const toml::table* table : criterion_reader.table_array("guidance")) {
    TableReader reader(*table, criterion_reader.file(), criterion_reader.sink(),
                       "[[preselection.criterion.guidance]]");
    const std::optional<Rational> score = reader.optional_number("score");
    std::string text = reader.required_string("text").value_or("");
    if (!score) {
      if (!reader.has("score")) {
        reader.sink().error(wording::label(words::guidance_no_score), reader.where());
      }
    } else if (!scale.values.empty() && !scale.allows(*score)) {
      reader.sink().error(
          wording::say(words::guidance_off_scale, {wording::number("score", score->to_decimal()),
                                                   wording::text("criterion", criterion_id),
                                                   wording::text("scale", scale.describe())}),
          reader.where("score"));
    } else if (std::any_of(guidance.begin(), guidance.end(),
                           [&](const GuidanceLevel& level) { return level.score == *score; })) {
      reader.sink().error(
          wording::say(words::guidance_twice, {wording::text("criterion", criterion_id),
                                               wording::number("score", score->to_decimal())}),
          reader.where("score"));
    } else {
      guidance.push_back(GuidanceLevel{*score, std::move(text)});
    }
    reader.finish();
  }
  std::sort(guidance.begin(), guidance.end(),
            [](const GuidanceLevel& a, const GuidanceLevel& b) { return a.score < b.score; });
  return guidance;
}

void read_criteria(TableReader& section, Preselection& preselection) {
  IdRegistry ids(words::kind_criterion, section.sink());
  for (const toml::table* table : section.table_array("criterion")) {
    TableReader reader(*table, section.file(), section.sink(), "[[preselection.criterion]]");
    Criterion criterion;
    criterion.where = reader.where();
    criterion.id = reader.required_string("id").value_or("");
    criterion.title = reader.required_string("title").value_or(criterion.id);
    if (const std::optional<Rational> weight = reader.optional_number("weight")) {
      if (*weight <= Rational(0)) {
        reader.sink().error(wording::label(words::weight_positive), reader.where("weight"));
      }
      criterion.weight = *weight;
    } else if (!reader.has("weight")) {
      reader.sink().error(
          wording::say(words::required_key, {wording::text("what", "[[preselection.criterion]]"),
                                             wording::text("key", "weight")}),
          reader.where());
    }
    criterion.guidance = read_guidance(reader, preselection.scale, criterion.id);
    reader.finish();
    if (!criterion.id.empty() && ids.add(criterion.id, reader.where("id"))) {
      preselection.criteria.push_back(std::move(criterion));
    }
  }
  if (section.absent_or_empty("criterion")) {
    section.sink().error(wording::label(words::no_criteria), section.where());
    return;
  }
  if (preselection.weight_kind == WeightKind::percentage) {
    Rational total;
    for (const Criterion& criterion : preselection.criteria) {
      total += criterion.weight;
    }
    if (total != Rational(100)) {
      section.sink().error(
          wording::say(words::percentages_not_100, {wording::number("total", total.to_decimal())}),
          section.where("weight_kind"), wording::label(words::correct_weights));
    }
  }
}

void read_tie_break(TableReader& section, Preselection& preselection) {
  const auto steps = section.optional_string_array("tie_break");
  if (!steps) {
    return;
  }
  std::vector<std::string> known{"lot"};
  for (const Criterion& criterion : preselection.criteria) {
    known.push_back(criterion.id);
  }
  for (const LocatedString& step : *steps) {
    const bool seen_lot = !preselection.tie_break.empty() && preselection.tie_break.back().is_lot;
    if (seen_lot) {
      section.sink().error(wording::label(words::lot_last), section.at(step.where));
      continue;
    }
    if (step.value == "lot") {
      preselection.tie_break.push_back(TieBreakStep{true, {}});
      continue;
    }
    if (preselection.find_criterion(step.value) == nullptr) {
      section.sink().error(wording::say(words::bad_tie_break, {wording::text("step", step.value)}),
                           section.at(step.where), text::did_you_mean(step.value, known));
      continue;
    }
    const bool repeated =
        std::any_of(preselection.tie_break.begin(), preselection.tie_break.end(),
                    [&](const TieBreakStep& other) { return other.criterion_id == step.value; });
    if (repeated) {
      section.sink().error(
          wording::say(words::tie_break_twice, {wording::text("step", step.value)}),
          section.at(step.where));
      continue;
    }
    preselection.tie_break.push_back(TieBreakStep{false, step.value});
  }
}

void read_preselection(TableReader& root, Tender& tender) {
  const toml::table* table = root.optional_table("preselection");
  if (table == nullptr) {
    return;
  }
  TableReader section(*table, root.file(), root.sink(), "[preselection]");
  Preselection preselection;
  preselection.where = section.where();
  constexpr std::int64_t kMaxCandidates = 100'000;
  preselection.min_candidates =
      static_cast<int>(section.optional_integer("min_candidates", 1, kMaxCandidates).value_or(1));
  if (auto maximum = section.optional_integer("max_candidates", 1, kMaxCandidates)) {
    preselection.max_candidates = static_cast<int>(*maximum);
  } else if (!section.has("max_candidates")) {
    section.sink().error(
        wording::say(words::required_key, {wording::text("what", "[preselection]"),
                                           wording::text("key", "max_candidates")}),
        section.where(), wording::label(words::max_candidates_example));
  }
  if (section.has("max_candidates") && preselection.max_candidates < preselection.min_candidates) {
    section.sink().error(wording::say(words::maximum_below_minimum,
                                      {wording::text("maximum_key", "max_candidates"),
                                       wording::integer("maximum", preselection.max_candidates),
                                       wording::text("minimum_key", "min_candidates"),
                                       wording::integer("minimum", preselection.min_candidates)}),
                         section.where("max_candidates"));
  }
  preselection.weight_kind = section.optional_choice("weight_kind", {"percentage", "points"},
                                                     {{"percentages", "percentage"},
                                                      {"procent", "percentage"},
                                                      {"per-exa", "percentage"},
                                                      {"punten", "points"},
                                                      {"poi-exa", "points"}})
                                         .value_or("percentage") == "points"
                                 ? WeightKind::points
                                 : WeightKind::percentage;
  const std::string consensus =
      section
          .optional_choice("consensus", {"mean", "median", "explicit"},
                           {{"average", "mean"}, {"gemiddelde", "mean"}, {"mediaan", "median"}})
          .value_or("mean");
  preselection.consensus = consensus == "median"     ? ConsensusMethod::median
                           : consensus == "explicit" ? ConsensusMethod::explicit_scores
                                                     : ConsensusMethod::mean;
  if (auto threshold = section.optional_number("spread_threshold")) {
    if (*threshold < Rational(0)) {
      section.sink().error(
          wording::say(words::not_negative, {wording::text("key", "spread_threshold")}),
          section.where("spread_threshold"));
    }
    preselection.spread_threshold = threshold;
  }
  preselection.lot_seed = section.optional_string("lot_seed").value_or("");
  preselection.scale = read_scale(section);

  IdRegistry knockout_ids(words::kind_knockout, section.sink());
  for (const toml::table* knockout_table : section.table_array("knockout")) {
    TableReader reader(*knockout_table, section.file(), section.sink(),
                       "[[preselection.knockout]]");
    KnockOutRequirement knockout{reader.required_string("id").value_or(""),
                                 reader.required_string("text").value_or("")};
    reader.finish();
    if (!knockout.id.empty() && knockout_ids.add(knockout.id, reader.where("id"))) {
      preselection.knockouts.push_back(std::move(knockout));
    }
  }
  read_named_entries(section, "evaluator", words::kind_evaluator, preselection.evaluators,
                     "preselection.evaluator");
  if (section.absent_or_empty("evaluator")) {
    section.sink().error(wording::label(words::no_evaluators), section.where());
  }
  read_criteria(section, preselection);
  read_tie_break(section, preselection);
  const bool draws_lots = std::any_of(preselection.tie_break.begin(), preselection.tie_break.end(),
                                      [](const TieBreakStep& step) { return step.is_lot; });
  if (draws_lots && preselection.lot_seed.empty()) {
    section.sink().error(wording::label(words::lot_without_seed), section.where("tie_break"),
                         wording::label(words::publish_seed));
  }
  section.finish();
  tender.preselection = std::move(preselection);
}

}  // namespace

Result<Tender> parse_tender(std::string_view content, const std::string& file) {
  Result<toml::table> document = parse_toml(content, file);
  if (!document) {
    return document.error();
  }
  DiagnosticSink sink;
  TableReader root(*document, file, sink, wording::label(words::the_tender_file));
  Tender tender;
  tender.file = file;
  tender.id = root.required_string("id").value_or("");
  if (!tender.id.empty()) {
    check_id(sink, words::kind_tender, tender.id, root.where("id"));
  }
  tender.title = root.required_string("title").value_or("");
  const std::optional<std::string> language = root.optional_choice("language", {"nl", "en"},
                                                                   {{"nederlands", "nl"},
                                                                    {"dutch", "nl"},
                                                                    {"nl-nl", "nl"},
                                                                    {"engels", "en"},
                                                                    {"english", "en"},
                                                                    {"en-gb", "en"}});
  tender.language = language.value_or("nl") == "en" ? Language::en : Language::nl;
  tender.contract_folder_id = root.optional_string("contract_folder_id");
  if (tender.contract_folder_id && tender.contract_folder_id->empty()) {
    sink.error(wording::label(words::contract_folder_id_empty), root.where("contract_folder_id"),
               wording::label(words::contract_folder_id_hint));
  }
  read_municipalities(root, tender);
  read_named_entries(root, "certification", words::kind_certification, tender.certifications);
  read_services(root, tender);
  read_integrality(root, tender);
  read_preselection(root, tender);
  if (const toml::table* contract = root.optional_table("contract")) {
    TableReader reader(*contract, file, sink, "[contract]");
    tender.contract = read_contract(reader, default_deadline_rules(), tender.id);
  }
  const std::size_t errors_before_timeline = sink.size();
  tender.timeline = read_timeline(root);
  // A phase with errors of its own is left out of the timeline; do not call it missing too.
  if (tender.contract && tender.contract->start_phase && sink.size() == errors_before_timeline) {
    const PhaseReference& reference = *tender.contract->start_phase;
    std::vector<std::string> ids;
    for (const Phase& phase : tender.timeline) {
      ids.push_back(phase.id);
    }
    if (std::find(ids.begin(), ids.end(), reference.id) == ids.end()) {
      const LocalizedText suggestion = text::did_you_mean(reference.id, ids);
      sink.error(wording::say(words::unknown_start_phase, {wording::text("phase", reference.id)}),
                 root.at(reference.where),
                 ids.empty() ? wording::label(words::no_phases_write_date)
                 : !suggestion.en.empty()
                     ? suggestion
                     : wording::say(words::the_phases_are,
                                    {wording::text("phases", text::quoted_list(ids))}));
    }
  }
  root.finish();
  if (!sink.empty()) {
    Error error = sink.to_error();
    if (language)
      error.spoken_in(tender.language);  // the reader asked for it
    return error;
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
