// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors

// The value parsers on every line of the input (UTF-8 text, one value per line, as a column's cells):
// parseMoney and parseDecimal in both styles, parseInteger, parseDate in every format (DayMonth with the
// year 2024 and with a year taken from the input), normaliseId; then detectDecimalStyle and
// detectDateFormat on all lines as the samples of one column.
// Checked: money and decimal agree (money is the decimal rounded to cents); an integer reads as the same
// money; a date but DayMonth has a year of 1-9999; a detected date format reads every sample; normaliseId
// is idempotent.

#include <cmath>

#include <QStringList>

#include "fuzzcheck.h"
#include "import/valueparser.h"

using namespace Qt::StringLiterals;

namespace {

constexpr rd::DateFormat dateFormats[]
    = {rd::DateFormat::Iso, rd::DateFormat::DayMonthYearDot, rd::DateFormat::MonthDayYearSlash,
        rd::DateFormat::DayMonthYearSlash, rd::DateFormat::Compact, rd::DateFormat::DayMonth};

void checkValue(const QString &value, int defaultYear)
{
    for (const rd::DecimalStyle style : {rd::DecimalStyle::Point, rd::DecimalStyle::Comma}) {
        const auto money = rd::parseMoney(value, style);
        const auto decimal = rd::parseDecimal(value, style);
        // parseDecimal() refuses more than 80 digits, which parseMoney() takes (leading zeros, long fractions).
        if (money && value.size() <= 64) {
            RD_FUZZ_CHECK(decimal.has_value());
            // Half away from zero to cents, up to the precision of a double.
            const double cents = *decimal * 100.0;
            RD_FUZZ_CHECK(std::fabs(cents - double(*money)) <= 0.5 + std::fabs(cents) * 1e-12);
        }
    }
    if (const auto integer = rd::parseInteger(value)) {
        const bool comma = value.contains(u',');
        const auto money = rd::parseMoney(value, comma ? rd::DecimalStyle::Comma : rd::DecimalStyle::Point);
        if (std::llabs(*integer) < 10'000'000'000'000'000)
            RD_FUZZ_CHECK(money && *money == *integer * 100);
    }
    for (const rd::DateFormat format : dateFormats) {
        const QDate date = rd::parseDate(value, format, defaultYear);
        if (date.isValid())
            RD_FUZZ_CHECK(format == rd::DateFormat::DayMonth || (date.year() >= 1 && date.year() <= 9999));
    }
    const QString id = rd::normaliseId(value);
    RD_FUZZ_CHECK(rd::normaliseId(id) == id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList samples = text.split(u'\n');
    // A year for DayMonth from the input, any int: DATEV's metadata line names it, so it is file content.
    int inputYear = 0;
    for (size_t i = 0; i < size && i < 4; ++i)
        inputYear = int(unsigned(inputYear) << 8 | data[i]);
    for (const QString &sample : samples) {
        checkValue(sample, 2024);
        for (const rd::DateFormat format : dateFormats)
            (void)rd::parseDate(sample, format, inputYear);
        (void)rd::dateFormatFromPattern(sample);
    }
    (void)rd::detectDecimalStyle(samples);
    const rd::DateDetection detection = rd::detectDateFormat(samples);
    if (detection.format) {
        RD_FUZZ_CHECK(detection.candidates == QList<rd::DateFormat> {*detection.format});
        for (const QString &sample : samples)
            RD_FUZZ_CHECK(
                QStringView(sample).trimmed().isEmpty() || rd::parseDate(sample, *detection.format).isValid());
    }
    RD_FUZZ_CHECK(detection.ambiguous() == (detection.candidates.size() > 1));
    return 0;
}
