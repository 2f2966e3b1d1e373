// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// Private helpers shared by the tender-match reports and workbook (lib/src/report only). The words
// themselves are in report/match_wording.hpp, the catalogue of core/wording.hpp.

#include <tenderkit/core/language.hpp>
#include <tenderkit/core/wording.hpp>
#include <tenderkit/report/match_wording.hpp>

#include <cstdint>
#include <string>

namespace tenderkit::report {
struct MatchReport;
namespace match_detail {
/// The answer in one sentence, in a language: proven optimal, the best found with its bound, or
/// that there is none (shared by the reports and the workbook; defined in match_report.cpp).
std::string answer_sentence(const MatchReport& report, Language language);
}  // namespace match_detail
}  // namespace tenderkit::report
