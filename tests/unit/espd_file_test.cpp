// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/input/espd_file.hpp>
#include <tenderkit/input/registration_file.hpp>
#include <tenderkit/input/tender_file.hpp>
#include <tenderkit/integrality/check.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

namespace tenderkit::input {
namespace {

namespace fs = std::filesystem;

fs::path data(const std::string& name) {
  return fs::path(TENDERKIT_SOURCE_DIR) / "tests" / "data" / "espd" / name;
}

const EspdExclusion* find(const EspdResponse& response, std::string_view code) {
  const auto it = std::find_if(response.exclusions.begin(), response.exclusions.end(),
                               [&](const EspdExclusion& e) { return e.code == code; });
  return it == response.exclusions.end() ? nullptr : &*it;
}

// A minimal response: the operator, a version, and one exclusion ground with its answer and the
// self-cleaning question.
std::string response(std::string_view version, std::string_view code, std::string_view answer,
                     std::string_view self_cleaning = "false",
                     std::string_view role = "group-mem") {
  return fmt::format(R"(<?xml version="1.0" encoding="UTF-8"?>
<QualificationApplicationResponse xmlns="urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ContractFolderID>TN-1</cbc:ContractFolderID>
  <cbc:VersionID>{}</cbc:VersionID>
  <cac:EconomicOperatorParty>
    <cac:EconomicOperatorRole><cbc:RoleCode>{}</cbc:RoleCode></cac:EconomicOperatorRole>
    <cac:Party>
      <cac:PartyIdentification><cbc:ID>NL 3011.1111</cbc:ID></cac:PartyIdentification>
      <cac:PartyName><cbc:Name>Zorggroep Noord</cbc:Name></cac:PartyName>
    </cac:Party>
  </cac:EconomicOperatorParty>
  <cac:TenderingCriterion>
    <cbc:CriterionTypeCode>{}</cbc:CriterionTypeCode>
    <cbc:Name>Fraud as the file says it</cbc:Name>
    <cac:TenderingCriterionPropertyGroup>
      <cac:TenderingCriterionProperty>
        <cbc:ID>q-answer</cbc:ID><cbc:Description>Your answer</cbc:Description>
        <cbc:TypeCode>QUESTION</cbc:TypeCode><cbc:ValueDataTypeCode>INDICATOR</cbc:ValueDataTypeCode>
      </cac:TenderingCriterionProperty>
      <cac:SubsidiaryTenderingCriterionPropertyGroup>
        <cac:TenderingCriterionProperty>
          <cbc:ID>q-clean</cbc:ID>
          <cbc:Description>Have you taken measures to demonstrate your reliability (Self-Cleaning)?</cbc:Description>
          <cbc:TypeCode>QUESTION</cbc:TypeCode><cbc:ValueDataTypeCode>INDICATOR</cbc:ValueDataTypeCode>
        </cac:TenderingCriterionProperty>
      </cac:SubsidiaryTenderingCriterionPropertyGroup>
    </cac:TenderingCriterionPropertyGroup>
  </cac:TenderingCriterion>
  <cac:TenderingCriterionResponse>
    <cbc:ValidatedCriterionPropertyID>q-answer</cbc:ValidatedCriterionPropertyID>
    <cac:ResponseValue><cbc:ResponseIndicator>{}</cbc:ResponseIndicator></cac:ResponseValue>
  </cac:TenderingCriterionResponse>
  <cac:TenderingCriterionResponse>
    <cbc:ValidatedCriterionPropertyID>q-clean</cbc:ValidatedCriterionPropertyID>
    <cac:ResponseValue><cbc:ResponseIndicator>{}</cbc:ResponseIndicator></cac:ResponseValue>
  </cac:TenderingCriterionResponse>
</QualificationApplicationResponse>
)",
                     version, role, code, answer, self_cleaning);
}

// ---------------------------------------------------------------------------------------------
// The published ESPD-EDM examples (tests/data/espd/published, EUPL-1.2)

TEST(EspdFile, ReadsThePublishedVersion211Example) {
  const Result<EspdResponse> read = load_espd(data("published/espd-response-2.1.1-basic.xml"));
  ASSERT_TRUE(read) << read.error().message();
  EXPECT_EQ(read->version, "2.1.1");
  EXPECT_EQ(read->edition, EspdEdition::v2);
  EXPECT_EQ(read->operator_id, "DE153301871");
  EXPECT_EQ(read->operator_name, "__EoName");
  EXPECT_FALSE(read->role.has_value());  // the basic example states no role
  EXPECT_EQ(read->contract_folder_id, "PP.20170419.1024-9");
  ASSERT_EQ(read->exclusions.size(), 24u);
  for (const EspdExclusion& ground : read->exclusions) {
    EXPECT_TRUE(ground.code.starts_with("CRITERION.EXCLUSION.")) << ground.code;
    EXPECT_TRUE(ground.answered && ground.yes) << ground.code;  // the example answers all "yes"
  }
  const EspdExclusion* crime =
      find(*read, "CRITERION.EXCLUSION.CONVICTIONS.PARTICIPATION_IN_CRIMINAL_ORGANISATION");
  ASSERT_NE(crime, nullptr);
  EXPECT_EQ(crime->name.en, "participation in a criminal organisation");
  EXPECT_EQ(crime->name.nl, "deelneming aan een criminele organisatie");
  EXPECT_TRUE(crime->self_cleaning);
  EXPECT_GT(crime->where.line, 4000);  // the answer near the end, not the criterion
  EXPECT_FALSE(find(*read, "CRITERION.EXCLUSION.BUSINESS.BANKRUPTCY")->self_cleaning);
}

TEST(EspdFile, ReadsThePublishedVersion410Example) {
  const Result<EspdResponse> read = load_espd(data("published/espd-response-4.1.0.xml"));
  ASSERT_TRUE(read) << read.error().message();
  EXPECT_EQ(read->version, "4.1.0");
  EXPECT_EQ(read->edition, EspdEdition::v3_v4);
  EXPECT_EQ(read->operator_id, "AD123456789");
  EXPECT_EQ(read->operator_name, "__Procurer Official Name__");
  ASSERT_TRUE(read->role.has_value());
  EXPECT_EQ(*read->role, EspdRole::group_member);
  EXPECT_EQ(read->role_code, "group-mem");
  EXPECT_EQ(read->role_where, (TextPosition{49, 7}));
  EXPECT_EQ(read->operator_id_where, (TextPosition{55, 9}));
  EXPECT_EQ(read->contract_folder_id, "PP.20170419.1024-9");
  ASSERT_EQ(read->exclusions.size(), 24u);
  EXPECT_EQ(read->exclusions.front().code, "crime-org");
  EXPECT_EQ(read->exclusions.back().code, "nati-ground");
  const EspdExclusion* fraud = find(*read, "fraud");
  ASSERT_NE(fraud, nullptr);
  EXPECT_TRUE(fraud->yes);
  EXPECT_TRUE(fraud->self_cleaning);
  EXPECT_EQ(fraud->name.nl, "fraude");
  // The example leaves the tax ground's question unanswered; no answer is not "yes".
  EXPECT_FALSE(find(*read, "tax-pay")->answered);
  EXPECT_FALSE(find(*read, "tax-pay")->yes);
  // Selection criteria are not exclusion grounds.
  EXPECT_EQ(find(*read, "service-perform"), nullptr);
}

// ---------------------------------------------------------------------------------------------
// The criterion codes of the two editions

TEST(EspdFile, KnowsTheExclusionGroundsOfVersion2ByTheirOwnCodes) {
  const Result<EspdResponse> read = parse_espd(
      response("2.1.1", "CRITERION.EXCLUSION.CONVICTIONS.FRAUD", "true", "true", "GM"), "v2.xml");
  ASSERT_TRUE(read) << read.error().message();
  ASSERT_EQ(read->exclusions.size(), 1u);
  EXPECT_EQ(read->exclusions[0].name.en, "fraud");
  EXPECT_TRUE(read->exclusions[0].yes);
  EXPECT_TRUE(read->exclusions[0].self_cleaning);
  EXPECT_EQ(read->exclusions[0].where, (TextPosition{33, 24}));  // the answer
  EXPECT_EQ(read->role, EspdRole::group_member);
}

TEST(EspdFile, KnowsTheExclusionGroundsOfVersion4ByTheCriterionTable) {
  const Result<EspdResponse> read = parse_espd(response("4.1.0", "fraud", "false"), "v4.xml");
  ASSERT_TRUE(read) << read.error().message();
  ASSERT_EQ(read->exclusions.size(), 1u);
  EXPECT_EQ(read->exclusions[0].code, "fraud");
  EXPECT_TRUE(read->exclusions[0].answered);
  EXPECT_FALSE(read->exclusions[0].yes);
  EXPECT_EQ(read->contract_folder_id, "TN-1");
}

TEST(EspdFile, AnUnknownVersion2ExclusionCodeIsStillAnExclusionGroundWithItsOwnName) {
  const Result<EspdResponse> read =
      parse_espd(response("2.1.1", "CRITERION.EXCLUSION.NEW.GROUND", "true"), "v2.xml");
  ASSERT_TRUE(read) << read.error().message();
  ASSERT_EQ(read->exclusions.size(), 1u);
  EXPECT_EQ(read->exclusions[0].name.en, "Fraud as the file says it");
}

TEST(EspdFile, ACodeOfTheOtherEditionIsAnErrorWithTheRightCode) {
  const Result<EspdResponse> v4_code = parse_espd(response("2.1.1", "fraud", "true"), "a.xml");
  ASSERT_FALSE(v4_code);
  EXPECT_EQ(v4_code.error().message(),
            "criterion code 'fraud' belongs to ESPD-EDM 3.x/4.x, but this response is version "
            "2.1.1");
  EXPECT_EQ(v4_code.error().diagnostics()[0].hint.en,
            "in 2.1.x this ground is 'CRITERION.EXCLUSION.CONVICTIONS.FRAUD'");
  EXPECT_EQ(v4_code.error().diagnostics()[0].where->to_string(), "a.xml:15:5");

  const Result<EspdResponse> v2_code =
      parse_espd(response("4.1.0", "CRITERION.EXCLUSION.CONVICTIONS.FRAUD", "true"), "b.xml");
  ASSERT_FALSE(v2_code);
  EXPECT_EQ(v2_code.error().diagnostics()[0].hint.en, "in 3.x/4.x this ground is 'fraud'");
}

// ---------------------------------------------------------------------------------------------
// Errors

TEST(EspdFile, XmlThatIsNotWellFormedNamesTheLineAndColumn) {
  const Result<EspdResponse> read =
      parse_espd("<?xml version=\"1.0\"?>\n<a>\n  <b></c>\n</a>\n", "broken.xml");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().kind(), ErrorKind::input);
  EXPECT_TRUE(read.error().message().starts_with("not well-formed XML")) << read.error().message();
  EXPECT_EQ(read.error().diagnostics()[0].where->to_string(), "broken.xml:3:8");
}

TEST(EspdFile, ADocumentThatIsNoResponseIsRefused) {
  const Result<EspdResponse> read =
      parse_espd("<?xml version=\"1.0\"?>\n\n  <Invoice><ID>1</ID></Invoice>\n", "invoice.xml");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().message(),
            "not an ESPD response: the root element is <Invoice>, expected "
            "<QualificationApplicationResponse>");
  EXPECT_EQ(read.error().diagnostics()[0].where->to_string(), "invoice.xml:3:3");

  const Result<EspdResponse> request = load_espd(data("bad/request.xml"));
  ASSERT_FALSE(request);
  EXPECT_TRUE(request.error().diagnostics()[0].hint.en.starts_with("this is an ESPD request"));
}

TEST(EspdFile, AnUnknownVersionIsRefusedAtItsElement) {
  const Result<EspdResponse> read = parse_espd(response("1.0.2", "fraud", "true"), "old.xml");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().message(), "unknown ESPD-EDM version '1.0.2'");
  EXPECT_EQ(read.error().diagnostics()[0].where->to_string(), "old.xml:6:3");

  std::string without = response("4.1.0", "fraud", "true");
  without.replace(without.find("<cbc:VersionID>"),
                  std::string("<cbc:VersionID>4.1.0</cbc:VersionID>").size(), "");
  const Result<EspdResponse> none = parse_espd(without, "none.xml");
  ASSERT_FALSE(none);
  EXPECT_TRUE(none.error().message().starts_with("the ESPD response lacks <cbc:VersionID>"));
}

TEST(EspdFile, ErrorsAreWordedInDutchToo) {
  const Result<EspdResponse> read = parse_espd(response("1.0.2", "fraud", "true"), "old.xml");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().diagnostics()[0].message.nl, "onbekende ESPD-EDM-versie '1.0.2'");
  EXPECT_EQ(read.error().diagnostics()[0].hint.nl,
            "tenderkit leest UEA's in ESPD-EDM 2.1.0, 2.1.1, 3.x en 4.x");

  const Result<EspdResponse> answer = parse_espd(response("4.1.0", "fraud", "ja"), "ja.xml");
  ASSERT_FALSE(answer);
  EXPECT_EQ(answer.error().diagnostics()[0].message.nl,
            "een ja/nee-antwoord moet 'true' of 'false' zijn, gevonden is 'ja'");
}

TEST(EspdFile, AnUnknownRoleAndAnswerAreErrors) {
  const Result<EspdResponse> role =
      parse_espd(response("4.1.0", "fraud", "true", "false", "group-member"), "role.xml");
  ASSERT_FALSE(role);
  EXPECT_EQ(role.error().message(), "unknown economic operator role 'group-member'");
  EXPECT_EQ(role.error().diagnostics()[0].hint.en, "did you mean 'group-mem'?");

  const Result<EspdResponse> answer = parse_espd(response("4.1.0", "fraud", "ja"), "ja.xml");
  ASSERT_FALSE(answer);
  EXPECT_EQ(answer.error().message(), "a yes/no answer must be 'true' or 'false', found 'ja'");
}

TEST(EspdFile, KvkNumbersAreFoundWithPrefixesAndSeparators) {
  EXPECT_EQ(kvk_of("30111111"), "30111111");
  EXPECT_EQ(kvk_of("NL 3011.1111"), "30111111");
  EXPECT_EQ(kvk_of("kvk30111111"), "30111111");
  EXPECT_EQ(kvk_of("DE153301871"), std::nullopt);
  EXPECT_EQ(kvk_of("3011111"), std::nullopt);
}

// ---------------------------------------------------------------------------------------------
// The rules on ESPD responses

Tender espd_tender() {
  Result<Tender> tender = load_tender(data("tender.toml"));
  EXPECT_TRUE(tender) << tender.error().message();
  return *tender;
}

integrality::RegistrationCheck check_one(const std::string& registration_file,
                                         std::span<const fs::path> folder = {}) {
  const Tender tender = espd_tender();
  Result<Registration> registration = load_registration(data(registration_file), tender);
  EXPECT_TRUE(registration) << registration.error().message();
  std::vector<Registration> all{*registration};
  Result<std::vector<SkippedEntry>> attached = attach_espds(all, folder, !folder.empty());
  EXPECT_TRUE(attached) << attached.error().message();
  integrality::CheckReport report = integrality::check(tender, std::move(all));
  return report.registrations.front();
}

std::vector<std::string> rule_ids(const integrality::RegistrationCheck& check) {
  std::vector<std::string> ids;
  for (const integrality::Finding& finding : check.findings) {
    ids.push_back(finding.rule_id);
  }
  return ids;
}

TEST(EspdRules, MatchingResponsesGiveNoFindings) {
  const integrality::RegistrationCheck check = check_one("registrations/compliant.toml");
  EXPECT_TRUE(check.registration.espd_in_use);
  EXPECT_EQ(check.registration.espds.size(), 2u);
  EXPECT_TRUE(check.findings.empty()) << check.findings.front().message.en;
}

TEST(EspdRules, Esp001ComparesIdentifierNameAndRole) {
  const integrality::RegistrationCheck check = check_one("registrations/operator.toml");
  ASSERT_EQ(rule_ids(check), (std::vector<std::string>{"ESP-001", "ESP-001", "ESP-001"}));
  EXPECT_EQ(check.findings[0].where.file, data("responses/mismatch-role.xml").lexically_normal());
  EXPECT_NE(check.findings[0].message.en.find("'group member' (group-mem)"), std::string::npos);
  EXPECT_NE(check.findings[1].message.en.find("'30444445'"), std::string::npos);
  EXPECT_NE(check.findings[2].message.nl.find("op naam van 'Kinderpraktijk Zee'"),
            std::string::npos);
}

TEST(EspdRules, Esp002ReplacesTheHandSetDeclaration) {
  const integrality::RegistrationCheck check = check_one("registrations/missing.toml");
  // 'Stichting Oost' has declaration = true but no ESPD: ESP-002, and INT-007 is not applied.
  ASSERT_EQ(rule_ids(check), (std::vector<std::string>{"ESP-002"}));
  EXPECT_EQ(check.findings[0].message.en,
            "'Stichting Oost' (KvK 30333333) has no ESPD response ('declaration = true' does not "
            "replace it)");
}

TEST(EspdRules, WithoutResponsesInt007StillApplies) {
  const Tender tender = espd_tender();
  Result<Registration> registration = load_registration(data("registrations/folder.toml"), tender);
  ASSERT_TRUE(registration);
  std::vector<Registration> all{*registration};
  ASSERT_TRUE(attach_espds(all, {}, false));
  EXPECT_FALSE(all[0].espd_in_use);
  const integrality::CheckReport report = integrality::check(tender, std::move(all));
  EXPECT_EQ(rule_ids(report.registrations[0]), (std::vector<std::string>{"INT-007"}));
}

TEST(EspdRules, Esp003NamesTheGroundAndSelfCleaning) {
  const integrality::RegistrationCheck check = check_one("registrations/exclusion.toml");
  ASSERT_EQ(rule_ids(check), (std::vector<std::string>{"ESP-003", "ESP-003"}));
  EXPECT_EQ(check.findings[0].message.nl,
            "'Jeugdzorg Rijnmond B.V.' (KvK 30777777) antwoordt ja op de uitsluitingsgrond "
            "'fraude' (CRITERION.EXCLUSION.CONVICTIONS.FRAUD); herstelmaatregelen "
            "(self-cleaning) gemeld");
  EXPECT_EQ(check.findings[1].message.en,
            "'Gezinshuis De Linde' (KvK 30888888) answers yes to the exclusion ground "
            "'bankruptcy'; no self-cleaning measures are declared");
}

TEST(EspdRules, Esp004ComparesTheContractFolderWithTheTenders) {
  const integrality::RegistrationCheck check = check_one("registrations/procedure.toml");
  ASSERT_EQ(rule_ids(check), (std::vector<std::string>{"ESP-004"}));
  EXPECT_EQ(check.findings[0].where.line, 9);
}

TEST(EspdRules, AFolderIsMatchedByKvkAndStrayResponsesAreSkipped) {
  const EspdFiles found = *find_espd_files(data("folder"));
  ASSERT_EQ(found.files.size(), 2u);
  ASSERT_EQ(found.skipped.size(), 1u);  // notes.txt
  EXPECT_EQ(found.skipped[0].reason, SkipReason::not_an_espd);
  const Tender tender = espd_tender();
  std::vector<Registration> all{*load_registration(data("registrations/folder.toml"), tender)};
  const Result<std::vector<SkippedEntry>> unmatched = attach_espds(all, found.files, true);
  ASSERT_TRUE(unmatched);
  ASSERT_EQ(unmatched->size(), 1u);
  EXPECT_EQ((*unmatched)[0].path.filename(), "stray.xml");
  EXPECT_EQ((*unmatched)[0].reason, SkipReason::espd_of_no_member);
  ASSERT_EQ(all[0].espds.size(), 1u);
  EXPECT_EQ(all[0].espds[0].member, 0u);
}

}  // namespace
}  // namespace tenderkit::input
