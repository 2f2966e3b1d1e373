// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#include <tenderkit/commands/tender_init.hpp>
#include <tenderkit/core/error.hpp>
#include <tenderkit/core/resources.hpp>

#include <gtest/gtest.h>

#include "input_test_support.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace tenderkit::commands {
namespace {

namespace fs = std::filesystem;
using test_support::slurp;
using test_support::TempDir;

const fs::path kTemplates = fs::path(TENDERKIT_SOURCE_DIR) / "templates";

void write(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

// Sets an environment variable for one scope.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) {
      previous_ = old;
      had_ = true;
    }
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (had_) {
      ::setenv(name_, previous_.c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::string previous_;
  bool had_ = false;
};

TEST(InitTemplates, TheShippedTemplatesAreListedInOrder) {
  EXPECT_EQ(available_templates(kTemplates),
            (std::vector<std::string>{"blank", "ijmond-zk", "mvs"}));
}

TEST(InitTemplates, EachShippedTemplateHasEveryFile) {
  for (const std::string& name : available_templates(kTemplates)) {
    const Result<std::vector<InitFile>> planned = plan_init(kTemplates, name);
    ASSERT_TRUE(planned.has_value()) << name << ": " << planned.error().message();
    ASSERT_EQ(planned->size(), 4U) << name;
    EXPECT_EQ((*planned)[0].destination, "tender.toml");
    EXPECT_EQ((*planned)[1].destination.parent_path(), "registrations");
    EXPECT_EQ((*planned)[2].destination, "contracts.toml");
    EXPECT_EQ((*planned)[3].destination, "bridging-days.toml");
    EXPECT_EQ((*planned)[3].source, kTemplates / "bridging-days.toml");
  }
}

TEST(InitTemplates, TheFirstRegistrationByNameIsTheExample) {
  const Result<std::vector<InitFile>> planned = plan_init(kTemplates, "mvs");
  ASSERT_TRUE(planned.has_value());
  EXPECT_EQ((*planned)[1].destination,
            fs::path("registrations") / "01-combinatie-samen-voor-jeugd.toml");
}

TEST(InitTemplates, ExamplesAddEveryRegistrationAndScoresFileByName) {
  const Result<std::vector<InitFile>> planned = plan_init(kTemplates, "mvs", true);
  ASSERT_TRUE(planned.has_value());
  std::vector<std::string> destinations;
  for (const InitFile& file : *planned) {
    destinations.push_back(file.destination.generic_string());
  }
  EXPECT_EQ(destinations, (std::vector<std::string>{
                              "tender.toml",
                              "registrations/01-combinatie-samen-voor-jeugd.toml",
                              "contracts.toml",
                              "bridging-days.toml",
                              "registrations/02-hoofdaannemer-jeugdhulp-delta.toml",
                              "registrations/03-combinatie-zonder-flexibel-team.toml",
                              "registrations/04-combinatie-poh-niet-in-maassluis.toml",
                              "registrations/05-combinatie-jeugdnetwerk-schiedam.toml",
                              "registrations/06-combinatie-kind-en-gezin-maasland.toml",
                              "scores/bakker.toml",
                              "scores/devries.toml",
                              "scores/ozturk.toml",
                              "providers.toml",
                          }));
  EXPECT_EQ(planned->back().source, kTemplates / "mvs" / "providers.toml");
}

TEST(InitTemplates, AnUnknownTemplateIsAUsageErrorWithTheClosestName) {
  const Result<std::vector<InitFile>> planned = plan_init(kTemplates, "ijmond");
  ASSERT_FALSE(planned.has_value());
  EXPECT_EQ(planned.error().kind(), ErrorKind::usage);
  EXPECT_EQ(planned.error().message(), "--template: unknown template 'ijmond'");
  EXPECT_NE(planned.error().diagnostics().front().hint.en.find("did you mean 'ijmond-zk'?"),
            std::string::npos);
  EXPECT_NE(
      planned.error().diagnostics().front().hint.en.find("The templates are blank, ijmond-zk, mvs"),
      std::string::npos);
  // In Dutch too, the closest name and the list.
  EXPECT_EQ(planned.error().diagnostics().front().message.nl,
            "--template: onbekend sjabloon 'ijmond'");
  EXPECT_EQ(planned.error().diagnostics().front().hint.nl,
            "bedoelt u 'ijmond-zk'? De sjablonen zijn blank, ijmond-zk, mvs");
}

TEST(InitTemplates, AFarOffTemplateNameGetsTheListInBothLanguages) {
  const Result<std::vector<InitFile>> planned = plan_init(kTemplates, "rotterdam");
  ASSERT_FALSE(planned.has_value());
  EXPECT_EQ(planned.error().diagnostics().front().hint.en,
            "the templates are blank, ijmond-zk, mvs");
  EXPECT_EQ(planned.error().diagnostics().front().hint.nl,
            "de sjablonen zijn blank, ijmond-zk, mvs");
}

TEST(InitTemplates, ATemplateWithoutARegistrationIsReported) {
  TempDir dir;
  write(dir.path() / "bare" / "tender.toml", "id = \"x\"\n");
  write(dir.path() / "bridging-days.toml", "");
  const Result<std::vector<InitFile>> planned = plan_init(dir.path(), "bare");
  ASSERT_FALSE(planned.has_value());
  EXPECT_EQ(planned.error().kind(), ErrorKind::input);
  EXPECT_NE(planned.error().message().find("has no registration"), std::string::npos);
  EXPECT_EQ(planned.error().diagnostics().front().message.nl,
            "sjabloon 'bare' heeft geen inschrijving in " +
                (dir.path() / "bare" / "registrations").string());
}

TEST(InitTemplates, ADirectoryWithoutTemplatesSaysWhereItLooked) {
  TempDir dir;
  const Result<std::vector<InitFile>> planned = plan_init(dir.path(), "mvs");
  ASSERT_FALSE(planned.has_value());
  EXPECT_NE(planned.error().message().find("no templates found in"), std::string::npos);
  EXPECT_EQ(planned.error().diagnostics().front().message.nl,
            "geen sjablonen gevonden in " + dir.path().string());
  EXPECT_EQ(planned.error().diagnostics().front().hint.nl,
            "zet TENDERKIT_TEMPLATES op de map met de sjablonen van tenderkit");
}

TEST(InitRun, WritesCopiesOfTheTemplateAndListsThem) {
  TempDir dir;
  const fs::path folder = dir.path() / "nieuw" / "aanbesteding";
  std::ostringstream out;
  const Result<int> ran = run_init(
      {.template_name = "ijmond-zk", .directory = folder, .force = false, .templates = kTemplates},
      out);
  ASSERT_TRUE(ran.has_value()) << ran.error().message();
  EXPECT_EQ(*ran, 0);
  EXPECT_EQ(slurp(folder / "tender.toml"), slurp(kTemplates / "ijmond-zk" / "tender.toml"));
  EXPECT_EQ(slurp(folder / "contracts.toml"), slurp(kTemplates / "ijmond-zk" / "contracts.toml"));
  EXPECT_EQ(slurp(folder / "bridging-days.toml"), slurp(kTemplates / "bridging-days.toml"));
  const fs::path registration =
      folder / "registrations" / "01-combinatie-jeugdzorg-kennemerland.toml";
  EXPECT_EQ(slurp(registration), slurp(kTemplates / "ijmond-zk" / "registrations" /
                                       "01-combinatie-jeugdzorg-kennemerland.toml"));
  const std::string listing = out.str();
  EXPECT_NE(listing.find("geschreven " + (folder / "tender.toml").string()), std::string::npos);
  EXPECT_NE(listing.find("tender-check " + folder.string() + "/tender.toml"), std::string::npos);
}

// The next steps follow the tender: tender-score forms refuses a tender without [preselection]
// (ijmond-zk), so it is suggested only for one that has it.
TEST(InitRun, SuggestsFormsOnlyForATenderWithAPreselection) {
  for (const std::string name : {"mvs", "ijmond-zk", "blank"}) {
    TempDir dir;
    std::ostringstream out;
    const Result<int> ran = run_init({.template_name = name,
                                      .directory = dir.path() / "t",
                                      .force = false,
                                      .templates = kTemplates},
                                     out);
    ASSERT_TRUE(ran.has_value()) << name << ": " << ran.error().message();
    const bool forms = out.str().find("tender-score forms") != std::string::npos;
    EXPECT_EQ(forms, name != "ijmond-zk") << name << ":\n" << out.str();
    EXPECT_NE(out.str().find("tender-schedule "), std::string::npos) << name;
  }
}

TEST(InitRun, NextStepsQuoteAFolderNameForTheShell) {
  EXPECT_EQ(next_steps("mijn aanbesteding", false),
            (std::vector<std::string>{
                "tender-check 'mijn aanbesteding/tender.toml' 'mijn aanbesteding/registrations'",
                "tender-schedule 'mijn aanbesteding/tender.toml' "
                "'mijn aanbesteding/contracts.toml' --xlsx 'mijn aanbesteding/schedule.xlsx'"}));
  EXPECT_EQ(
      next_steps("regio/2025", true)[1],
      "tender-score forms regio/2025/tender.toml regio/2025/registrations --dir regio/2025/forms");
  EXPECT_EQ(next_steps("it's", false)[0],
            "tender-check 'it'\\''s/tender.toml' 'it'\\''s/registrations'");
}

TEST(InitRun, RefusesBeforeWritingAnythingWhenAFileExists) {
  TempDir dir;
  write(dir.path() / "contracts.toml", "# mine\n");
  std::ostringstream out;
  const Result<int> ran = run_init(
      {.template_name = "blank", .directory = dir.path(), .force = false, .templates = kTemplates},
      out);
  ASSERT_FALSE(ran.has_value());
  EXPECT_EQ(ran.error().kind(), ErrorKind::output);
  EXPECT_EQ(ran.error().diagnostics().size(), 1U);
  EXPECT_NE(ran.error().message().find("contracts.toml exists"), std::string::npos);
  EXPECT_EQ(ran.error().diagnostics().front().hint.en, "use --force to replace it");
  EXPECT_EQ(slurp(dir.path() / "contracts.toml"), "# mine\n");
  EXPECT_FALSE(fs::exists(dir.path() / "tender.toml"));  // nothing written
  EXPECT_TRUE(out.str().empty());
}

TEST(InitRun, ForceReplacesAndSaysSo) {
  TempDir dir;
  write(dir.path() / "tender.toml", "# old\n");
  std::ostringstream out;
  const Result<int> ran = run_init(
      {.template_name = "blank", .directory = dir.path(), .force = true, .templates = kTemplates},
      out);
  ASSERT_TRUE(ran.has_value()) << ran.error().message();
  EXPECT_EQ(slurp(dir.path() / "tender.toml"), slurp(kTemplates / "blank" / "tender.toml"));
  EXPECT_NE(out.str().find("vervangen  " + (dir.path() / "tender.toml").string()),
            std::string::npos);
  EXPECT_NE(out.str().find("geschreven " + (dir.path() / "contracts.toml").string()),
            std::string::npos);
}

TEST(InitRun, ForceNeverReplacesADirectory) {
  TempDir dir;
  fs::create_directories(dir.path() / "tender.toml");
  std::ostringstream out;
  const Result<int> ran = run_init(
      {.template_name = "blank", .directory = dir.path(), .force = true, .templates = kTemplates},
      out);
  ASSERT_FALSE(ran.has_value());
  EXPECT_EQ(ran.error().kind(), ErrorKind::output);
  EXPECT_TRUE(fs::is_directory(dir.path() / "tender.toml"));
}

TEST(InitRun, AFileWhereTheFolderShouldBeIsAnOutputError) {
  TempDir dir;
  write(dir.path() / "folder", "x");
  std::ostringstream out;
  const Result<int> ran = run_init({.template_name = "mvs",
                                    .directory = dir.path() / "folder",
                                    .force = false,
                                    .templates = kTemplates},
                                   out);
  ASSERT_FALSE(ran.has_value());
  EXPECT_EQ(ran.error().kind(), ErrorKind::output);
  EXPECT_EQ(slurp(dir.path() / "folder"), "x");
}

TEST(InitResources, TheEnvironmentOverridesTheLookup) {
  TempDir dir;
  const ScopedEnv env("TENDERKIT_TEMPLATES", dir.path().string());
  EXPECT_EQ(shipped_templates_dir(), dir.path());
  std::ostringstream out;
  const Result<int> ran = run_init(
      {.template_name = "mvs", .directory = dir.path() / "t", .force = false, .templates = {}},
      out);
  ASSERT_FALSE(ran.has_value());  // that directory holds no templates
  EXPECT_NE(ran.error().message().find("no templates found in " + dir.path().string()),
            std::string::npos);
}

TEST(InitResources, ABuildTreeFindsTheSourceTemplates) {
  const char* overridden = std::getenv("TENDERKIT_TEMPLATES");
  if (overridden != nullptr && *overridden != '\0') {
    GTEST_SKIP() << "TENDERKIT_TEMPLATES is set";
  }
  const std::optional<fs::path> found = shipped_templates_dir();
  ASSERT_TRUE(found.has_value());
  EXPECT_TRUE(fs::is_regular_file(*found / "bridging-days.toml"));
  EXPECT_TRUE(fs::is_regular_file(*found / "mvs" / "tender.toml"));
}

}  // namespace
}  // namespace tenderkit::commands
