// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 The tenderkit authors

#pragma once

#include <tenderkit/core/wording.hpp>

/// The calendar's words: the names of months, weekdays and public holidays (core/wording.hpp
/// explains the catalogue). Dates in words ("1 oktober 2025") and the reason a day is no working
/// day ("Koningsdag", "zaterdag") are built from them.
namespace tenderkit::calendar::words {

using wording::Phrase;

inline constexpr Phrase january{"calendar.month.1", "January", "januari"};
inline constexpr Phrase february{"calendar.month.2", "February", "februari"};
inline constexpr Phrase march{"calendar.month.3", "March", "maart"};
inline constexpr Phrase april{"calendar.month.4", "April", "april"};
inline constexpr Phrase may{"calendar.month.5", "May", "mei"};
inline constexpr Phrase june{"calendar.month.6", "June", "juni"};
inline constexpr Phrase july{"calendar.month.7", "July", "juli"};
inline constexpr Phrase august{"calendar.month.8", "August", "augustus"};
inline constexpr Phrase september{"calendar.month.9", "September", "september"};
inline constexpr Phrase october{"calendar.month.10", "October", "oktober"};
inline constexpr Phrase november{"calendar.month.11", "November", "november"};
inline constexpr Phrase december{"calendar.month.12", "December", "december"};
/// January first.
inline constexpr const Phrase* months[] = {&january,   &february, &march,    &april,
                                           &may,       &june,     &july,     &august,
                                           &september, &october,  &november, &december};

inline constexpr Phrase sunday{"calendar.weekday.sunday", "Sunday", "zondag"};
inline constexpr Phrase monday{"calendar.weekday.monday", "Monday", "maandag"};
inline constexpr Phrase tuesday{"calendar.weekday.tuesday", "Tuesday", "dinsdag"};
inline constexpr Phrase wednesday{"calendar.weekday.wednesday", "Wednesday", "woensdag"};
inline constexpr Phrase thursday{"calendar.weekday.thursday", "Thursday", "donderdag"};
inline constexpr Phrase friday{"calendar.weekday.friday", "Friday", "vrijdag"};
inline constexpr Phrase saturday{"calendar.weekday.saturday", "Saturday", "zaterdag"};
/// Sunday first, as std::chrono::weekday::c_encoding() counts.
inline constexpr const Phrase* weekdays[] = {&sunday,   &monday, &tuesday, &wednesday,
                                             &thursday, &friday, &saturday};

// Short weekdays for tables: Dutch writes two letters, English three.
inline constexpr Phrase sunday_short{"calendar.weekday-short.sunday", "Sun", "zo"};
inline constexpr Phrase monday_short{"calendar.weekday-short.monday", "Mon", "ma"};
inline constexpr Phrase tuesday_short{"calendar.weekday-short.tuesday", "Tue", "di"};
inline constexpr Phrase wednesday_short{"calendar.weekday-short.wednesday", "Wed", "wo"};
inline constexpr Phrase thursday_short{"calendar.weekday-short.thursday", "Thu", "do"};
inline constexpr Phrase friday_short{"calendar.weekday-short.friday", "Fri", "vr"};
inline constexpr Phrase saturday_short{"calendar.weekday-short.saturday", "Sat", "za"};
/// Sunday first.
inline constexpr const Phrase* short_weekdays[] = {
    &sunday_short,   &monday_short, &tuesday_short, &wednesday_short,
    &thursday_short, &friday_short, &saturday_short};

// The Dutch public holidays (calendar/working_days.cpp says when each falls).
inline constexpr Phrase new_years_day{"calendar.holiday.new-years-day", "New Year's Day",
                                      "Nieuwjaarsdag"};
inline constexpr Phrase good_friday{"calendar.holiday.good-friday", "Good Friday", "Goede Vrijdag"};
inline constexpr Phrase easter_sunday{"calendar.holiday.easter-sunday", "Easter Sunday",
                                      "Eerste Paasdag"};
inline constexpr Phrase easter_monday{"calendar.holiday.easter-monday", "Easter Monday",
                                      "Tweede Paasdag"};
inline constexpr Phrase kings_day{"calendar.holiday.kings-day", "King's Day", "Koningsdag"};
inline constexpr Phrase queens_day{"calendar.holiday.queens-day", "Queen's Day", "Koninginnedag"};
inline constexpr Phrase liberation_day{"calendar.holiday.liberation-day", "Liberation Day",
                                       "Bevrijdingsdag"};
inline constexpr Phrase ascension_day{"calendar.holiday.ascension-day", "Ascension Day",
                                      "Hemelvaartsdag"};
inline constexpr Phrase whit_sunday{"calendar.holiday.whit-sunday", "Whit Sunday",
                                    "Eerste Pinksterdag"};
inline constexpr Phrase whit_monday{"calendar.holiday.whit-monday", "Whit Monday",
                                    "Tweede Pinksterdag"};
inline constexpr Phrase christmas_day{"calendar.holiday.christmas-day", "Christmas Day",
                                      "Eerste Kerstdag"};
inline constexpr Phrase boxing_day{"calendar.holiday.boxing-day", "Boxing Day", "Tweede Kerstdag"};

inline constexpr const Phrase* catalogue[] = {
    &january,        &february,      &march,           &april,          &may,
    &june,           &july,          &august,          &september,      &october,
    &november,       &december,      &sunday,          &monday,         &tuesday,
    &wednesday,      &thursday,      &friday,          &saturday,       &sunday_short,
    &monday_short,   &tuesday_short, &wednesday_short, &thursday_short, &friday_short,
    &saturday_short, &new_years_day, &good_friday,     &easter_sunday,  &easter_monday,
    &kings_day,      &queens_day,    &liberation_day,  &ascension_day,  &whit_sunday,
    &whit_monday,    &christmas_day, &boxing_day};

}  // namespace tenderkit::calendar::words
