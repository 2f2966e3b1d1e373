// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// Random tenders and provider registers for the matching engine's tests, its oracle comparison
// (tests/scripts/verify_match_oracle.py) and its benchmark (bench/match_bench.cpp). The same seed
// gives the same instance on every platform (splitmix64, no standard distributions).

#include <tenderkit/model/register.hpp>
#include <tenderkit/model/registration.hpp>
#include <tenderkit/model/tender.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace tenderkit::match_test {

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  /// 0 .. n-1
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }

 private:
  std::uint64_t state_;
};

struct Shape {
  int providers = 12;
  int services = 4;
  int municipalities = 3;
  int certifications = 2;
  int scarce_services = 1;  ///< services only 1-4 providers deliver
  bool small = true;        ///< random rules (legal forms, caps, minimum) as well
};

struct Instance {
  Tender tender;
  ProviderRegister providers;
};

inline Instance generate(std::uint64_t seed, const Shape& shape) {
  Random random(seed);
  Instance instance;
  Tender& tender = instance.tender;
  tender.id = fmt::format("generated-{}", seed);
  tender.title = "Generated tender";
  tender.language = Language::en;
  for (int m = 0; m < shape.municipalities; ++m) {
    tender.municipalities.push_back(
        Municipality{fmt::format("m{}", m), fmt::format("Municipality {}", m), {}});
  }
  for (int c = 0; c < shape.certifications; ++c) {
    tender.certifications.push_back(
        Certification{fmt::format("c{}", c), fmt::format("Certification {}", c), {}});
  }
  for (int s = 0; s < shape.services; ++s) {
    Service service;
    service.id = fmt::format("s{}", s);
    service.name = fmt::format("Service {}", s);
    service.local = random.chance(35);
    service.subcontractors_only_allowed = !random.chance(25);
    if (shape.certifications > 0 && random.chance(30)) {
      service.certifications.push_back(fmt::format("c{}", random.below(shape.certifications)));
    }
    tender.services.push_back(std::move(service));
  }
  if (shape.small) {
    const int forms = random.below(4);
    if (forms == 1) {
      tender.integrality.legal_forms = {LegalForm::combination};
    } else if (forms == 2) {
      tender.integrality.legal_forms = {LegalForm::main_contractor};
    }
    tender.integrality.min_members = 1 + random.below(2);
    tender.integrality.max_members = 3 + random.below(3);
    tender.integrality.may_participate_several = random.chance(30);
  } else {
    tender.integrality.min_members = 2;
    tender.integrality.max_members = 15;
    tender.integrality.may_participate_several = false;
  }
  // Scarce services: delivered by few providers (a certified one, or one local somewhere).
  std::vector<int> scarce;
  for (int k = 0; k < shape.scarce_services && k < shape.services; ++k) {
    scarce.push_back(random.below(shape.services));
  }
  const auto is_scarce = [&](int s) {
    return std::find(scarce.begin(), scarce.end(), s) != scarce.end();
  };
  for (int p = 0; p < shape.providers; ++p) {
    Provider provider;
    provider.kvk = fmt::format("{:08}", 10000000 + p);
    provider.name = fmt::format("Provider {}", p);
    // A long tail of small providers and a few large ones.
    const bool large = random.chance(shape.small ? 25 : 6);
    for (int s = 0; s < shape.services; ++s) {
      int percent = large ? 60 : (shape.small ? 30 : 15);
      if (is_scarce(s)) {
        percent = shape.small ? 15 : 1;
      }
      if (random.chance(percent)) {
        provider.services.push_back(IdRef{fmt::format("s{}", s), {}});
      } else if (random.chance(shape.small ? 8 : 3)) {
        provider.subcontract_services.push_back(IdRef{fmt::format("s{}", s), {}});
      }
    }
    if (!large && random.chance(55)) {
      provider.all_municipalities = false;
      for (int m = 0; m < shape.municipalities; ++m) {
        if (random.chance(45)) {
          provider.municipalities.push_back(IdRef{fmt::format("m{}", m), {}});
        }
      }
    }
    for (int c = 0; c < shape.certifications; ++c) {
      if (random.chance(large ? 60 : 35)) {
        provider.certifications.push_back(IdRef{fmt::format("c{}", c), {}});
      }
    }
    provider.declaration = !random.chance(shape.small ? 10 : 3);
    provider.may_lead = !random.chance(shape.small ? 20 : 40);
    if (shape.small && random.chance(10)) {
      provider.legal_forms = {random.chance(50) ? LegalForm::combination
                                                : LegalForm::main_contractor};
    }
    if (random.chance(30)) {
      provider.tags.push_back("vrijgevestigde");
    }
    instance.providers.providers.push_back(std::move(provider));
  }
  instance.providers.file = "register.toml";
  return instance;
}

}  // namespace tenderkit::match_test
