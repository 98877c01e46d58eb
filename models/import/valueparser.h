// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace rd {

// Point: 1,234.56 (English). Comma: 1.234,56 (German).
enum class DecimalStyle { Point, Comma };

// Money as integer minor units (cents). Accepts a currency symbol or code before or after the number
// (€ $ £ EUR USD GBP CHF), thousands grouped with the style's separator, spaces or apostrophes, a
// leading sign, a trailing minus (12,50-) and accounting parentheses ((12.50) is negative). More than
// two decimals are rounded half away from zero. Anything else, and empty text, gives nullopt.
std::optional<qint64> parseMoney(QStringView text, DecimalStyle style);
// The same notation as parseMoney() without rounding, for quantities and unit prices.
std::optional<double> parseDecimal(QStringView text, DecimalStyle style);
// A whole number, also written with a zero fraction ("6.0", "6,00"). "6.000" is refused because it may
// mean 6000; use parseDecimal() for grouped numbers.
std::optional<qint64> parseInteger(QStringView text);

// The style most sample values prove: the last of "." and "," is the decimal mark when both occur; a
// single separator decides when it cannot be a thousands separator (not followed by exactly three
// digits, or after a leading 0). nullopt when no value decides or the votes tie.
std::optional<DecimalStyle> detectDecimalStyle(const QStringList &samples);

// Each format is a family: the fields' order, with one- or two-digit days and months, two- or four-digit
// years and either separator of the family, the same one twice in a value ("11/8/2016", "06/12/2016" and
// "11-08-16" are all month first).
enum class DateFormat {
    Iso, // yyyy-MM-dd, optionally with a time and a zone; also yyyy/MM/dd and yyyy.MM.dd
    DayMonthYearDot, // dd.MM.yyyy, also d.M.yyyy, dd.MM.yy, dd/MM/yyyy and dd-MM-yyyy (day first)
    MonthDayYearSlash, // MM/dd/yyyy, also M/d/yyyy, MM/dd/yy and MM-dd-yyyy (month first; never with dots)
    DayMonthYearSlash, // dd/MM/yyyy, also d/M/yyyy, dd/MM/yy, dd.MM.yyyy and dd-MM-yyyy (day first)
    Compact, // yyyyMMdd
    DayMonth, // ddMM or dMM without a year (DATEV Belegdatum); never detected
    // The month as a word, in English or German, in full or shortened: Jul 1, 2024 (eBay), Mar-04-24,
    // 1 Jul 2024, 04-Mar-2024, 15. März 2024; never ambiguous.
    MonthName,
};

// The calendar date as the source wrote it. A time after the date is checked and ignored, and so is a
// time zone: the day a shop's or payment provider's export names is the business's day, and converting
// it to another zone would move late-evening orders to the next day. Two-digit years 00-69 are
// 2000-2069, 70-99 are 1970-1999. DayMonth takes the year from defaultYear. Invalid dates, such as
// 31.02.2024, give an invalid QDate.
QDate parseDate(QStringView text, DateFormat format, int defaultYear = 0);

struct DateDetection
{
    // Set when exactly one format reads every sample.
    std::optional<DateFormat> format;
    // Every format that reads every non-empty sample.
    QList<DateFormat> candidates;

    // True when day and month cannot be told apart (every day is 12 or less): ask, never guess.
    bool ambiguous() const { return candidates.size() > 1; }
};

DateDetection detectDateFormat(const QStringList &samples);

// For a user's --date-format: dd.MM.yyyy, d.M.yyyy, dd.MM.yy, yyyy-MM-dd, iso, MM/dd/yyyy, M/d/yyyy,
// dd/MM/yyyy, d/M/yyyy, yyyyMMdd, ddMM.
std::optional<DateFormat> dateFormatFromPattern(QStringView pattern);
// The canonical pattern, for messages: "dd.MM.yyyy", "yyyy-MM-dd", ...
QString dateFormatPattern(DateFormat format);

// Trims an id and undoes what a spreadsheet does to numeric ids: 17850.0 and 17850,0 become 17850, and
// 1.785E+4 becomes 17850 when the notation is exactly integral. Leading zeros are kept (00123), and ids
// such as C536379 or K-1001 are returned unchanged.
QString normaliseId(QStringView text);

} // namespace rd
