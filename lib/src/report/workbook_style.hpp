// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

// Private look of every tenderkit workbook (not installed; lib/src/report only), so that the
// check and ranking workbooks read alike.

#include <tenderkit/xlsx/workbook.hpp>

#include <chrono>
#include <ctime>

namespace tenderkit::report::detail {

// Colours of Excel's "Good", "Neutral" and "Bad" cell styles, which readers already know.
inline constexpr xlsx::Rgb kHeaderFill = 0xDDEBF7;
inline constexpr xlsx::Rgb kGoodFill = 0xC6EFCE;
inline constexpr xlsx::Rgb kGoodFont = 0x006100;
inline constexpr xlsx::Rgb kAmberFill = 0xFFEB9C;
inline constexpr xlsx::Rgb kAmberFont = 0x9C5700;
inline constexpr xlsx::Rgb kRedFill = 0xFFC7CE;
inline constexpr xlsx::Rgb kRedFont = 0x9C0006;

inline const xlsx::Format kTitle{.bold = true, .font_size = 14};
inline const xlsx::Format kLabel{.bold = true};
inline const xlsx::Format kHeader{.bold = true,
                                  .fill_color = kHeaderFill,
                                  .border = xlsx::Border::thin,
                                  .wrap = true,
                                  .vertical_align = xlsx::VerticalAlign::top};
inline const xlsx::Format kCell{.border = xlsx::Border::thin,
                                .vertical_align = xlsx::VerticalAlign::top};
inline const xlsx::Format kLinkCell{.underline = true,
                                    .font_color = 0x0563C1,  // Excel's hyperlink blue
                                    .border = xlsx::Border::thin,
                                    .vertical_align = xlsx::VerticalAlign::top};
inline const xlsx::Format kWrappedCell{
    .border = xlsx::Border::thin, .wrap = true, .vertical_align = xlsx::VerticalAlign::top};

/// The format with a fill and a font colour.
inline xlsx::Format with_fill(xlsx::Format format, xlsx::Rgb fill, xlsx::Rgb font) {
  format.fill_color = fill;
  format.font_color = font;
  return format;
}

/// The UTC calendar day of a timestamp.
inline std::chrono::year_month_day utc_date(std::time_t time) {
  return std::chrono::year_month_day{
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::from_time_t(time))};
}

}  // namespace tenderkit::report::detail
