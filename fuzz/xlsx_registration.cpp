// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

// Fuzz harness: the registration form reader of `tender-check` (input/registration_workbook),
// against the MVS tender. The first byte picks what the rest of the input is:
//   0: a whole .xlsx file (the zip container itself);
//   1-3: the XML of one part of a filled MVS registration form, put into that form in place of
//        its members sheet (1), its hidden identity sheet (2) or workbook.xml (3), so that
//        mutations reach the XML, the cells and the form's checks behind an intact zip.
// Reading must give a registration or an error with a message; never crash, hang or leak.
#include <tenderkit/input/registration_workbook.hpp>

#include "fuzz_support.hpp"
#include <unistd.h>
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>

namespace {

namespace fs = std::filesystem;

const fs::path& scratch() {
  static const fs::path directory = [] {
    const fs::path base = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    fs::path path = base / ("tenderkit-fuzz-registration-" + std::to_string(::getpid()));
    fs::create_directories(path);
    return path;
  }();
  return directory;
}

void write_file(const fs::path& path, std::string_view content) {
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(content.data(), static_cast<std::streamsize>(content.size()));
}

// The parts of a filled MVS registration form, the shipped example written by openpyxl into the
// form tender-check writes (templates/mvs/registration-forms/).
const std::map<std::string, std::string>& form_parts() {
  static const std::map<std::string, std::string> parts = [] {
    const std::string form = std::string(TENDERKIT_SOURCE_DIR) +
                             "/templates/mvs/registration-forms/"
                             "07-combinatie-jeugdteams-waterweg.xlsx";
    std::map<std::string, std::string> read;
    int error = 0;
    zip_t* archive = zip_open(form.c_str(), ZIP_RDONLY, &error);
    if (archive == nullptr) {
      std::abort();  // the harness is broken, not the input
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
      zip_stat_t stat;
      zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
      std::string content(stat.size, '\0');
      zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
      zip_fread(file, content.data(), stat.size);
      zip_fclose(file);
      read.emplace(stat.name, std::move(content));
    }
    zip_close(archive);
    return read;
  }();
  return parts;
}

void write_zip(const fs::path& path, const std::map<std::string, std::string>& parts) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    std::abort();
  }
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  if (zip_close(archive) != 0) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tenderkit;
  using fuzz::expect_sane;
  if (size == 0) {
    return 0;
  }
  const std::string_view content(reinterpret_cast<const char*>(data) + 1, size - 1);
  const fs::path file = scratch() / "registration.xlsx";
  const unsigned mode = data[0] % 4;
  if (mode == 0) {
    write_file(file, content);
  } else {
    std::map<std::string, std::string> parts = form_parts();
    const char* replaced = mode == 1   ? "xl/worksheets/sheet3.xml"
                           : mode == 2 ? "xl/worksheets/sheet6.xml"
                                       : "xl/workbook.xml";
    parts[replaced] = std::string(content);
    write_zip(file, parts);
  }
  expect_sane(input::read_registration_workbook(file, fuzz::mvs_tender()));
  return 0;
}
