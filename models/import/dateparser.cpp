// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// Dates as exports write them (declared in valueparser.h): the date format families, their detection and
// their names.
#include <algorithm>
#include <array>

#include "import/valueparser.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    { }

    bool atEnd() const { return m_pos == m_text.size(); }

    // Reads minDigits to maxDigits digits; digitCount receives how many were read.
    std::optional<int> number(int minDigits, int maxDigits, int *digitCount = nullptr)
    {
        int value = 0;
        int count = 0;
        while (count < maxDigits && !atEnd() && m_text[m_pos].unicode() >= u'0' && m_text[m_pos].unicode() <= u'9') {
            value = value * 10 + (m_text[m_pos++].unicode() - u'0');
            ++count;
        }
        if (digitCount)
            *digitCount = count;
        if (count < minDigits)
            return std::nullopt;
        return value;
    }

    bool skip(QChar c)
    {
        if (atEnd() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }

    // One of the characters, which it returns; a null QChar when the next character is none of them.
    QChar skipAny(QStringView characters)
    {
        if (atEnd() || !characters.contains(m_text[m_pos]))
            return {};
        return m_text[m_pos++];
    }

    bool skipSpaces()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && m_text[m_pos].isSpace())
            ++m_pos;
        return m_pos > start;
    }

    // Letters up to the next character that is none; empty when there are none.
    QStringView word()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && m_text[m_pos].isLetter())
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

    bool skipWord(QStringView word)
    {
        if (!m_text.sliced(m_pos).startsWith(word, Qt::CaseInsensitive))
            return false;
        m_pos += word.size();
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// h:mm, h:mm:ss or h:mm:ss.fff; returns the hour.
std::optional<int> scanTime(Scanner &scanner)
{
    const auto hour = scanner.number(1, 2);
    if (!hour || *hour > 23 || !scanner.skip(u':'))
        return std::nullopt;
    const auto minute = scanner.number(2, 2);
    if (!minute || *minute > 59)
        return std::nullopt;
    if (scanner.skip(u':')) {
        const auto second = scanner.number(2, 2);
        if (!second || *second > 60)
            return std::nullopt;
        if ((scanner.skip(u'.') || scanner.skip(u',')) && !scanner.number(1, 9))
            return std::nullopt;
    }
    return hour;
}

// What may follow an ISO date: nothing, or a time after T or a space, then Z, UTC or an offset.
bool scanIsoTail(Scanner &scanner)
{
    if (scanner.atEnd())
        return true;
    if (!scanner.skip(u'T') && !scanner.skipSpaces())
        return false;
    if (!scanTime(scanner))
        return false;
    scanner.skipSpaces();
    if (scanner.atEnd())
        return true;
    if (scanner.skip(u'Z') || scanner.skipWord(u"UTC") || scanner.skipWord(u"GMT"))
        return scanner.atEnd();
    if (!scanner.skip(u'+') && !scanner.skip(u'-'))
        return false;
    const auto hours = scanner.number(2, 2);
    if (!hours || *hours > 23)
        return false;
    if (scanner.atEnd())
        return true;
    scanner.skip(u':');
    const auto minutes = scanner.number(2, 2);
    return minutes && *minutes <= 59 && scanner.atEnd();
}

// What may follow a dotted or slashed date: nothing, or a time with an optional AM/PM.
bool scanLocalTail(Scanner &scanner)
{
    if (scanner.atEnd())
        return true;
    if (!scanner.skipSpaces())
        return false;
    const auto hour = scanTime(scanner);
    if (!hour)
        return false;
    scanner.skipSpaces();
    if (scanner.skipWord(u"AM") || scanner.skipWord(u"PM")) {
        if (*hour < 1 || *hour > 12)
            return false;
    }
    return scanner.atEnd();
}

// A month's name in English or German, in full or shortened to three letters or more (Sep, Sept, Okt,
// Mär, and Mrz as German calendars write it); 1 to 12.
std::optional<int> monthFromName(QStringView word)
{
    static const std::array<std::array<QStringView, 2>, 12> names = {{{u"january", u"januar"},
        {u"february", u"februar"}, {u"march", u"märz"}, {u"april", u"april"}, {u"may", u"mai"}, {u"june", u"juni"},
        {u"july", u"juli"}, {u"august", u"august"}, {u"september", u"september"}, {u"october", u"oktober"},
        {u"november", u"november"}, {u"december", u"dezember"}}};
    if (word.compare(u"mrz", Qt::CaseInsensitive) == 0)
        return 3;
    if (word.size() < 3)
        return std::nullopt;
    for (int month = 0; month < 12; ++month) {
        for (QStringView name : names[std::size_t(month)]) {
            if (name.startsWith(word, Qt::CaseInsensitive))
                return month + 1;
        }
    }
    return std::nullopt;
}

std::optional<int> scanYear(Scanner &scanner)
{
    int digits = 0;
    const auto year = scanner.number(2, 4, &digits);
    if (!year || digits == 3)
        return std::nullopt;
    if (digits == 2)
        return *year < 70 ? 2000 + *year : 1900 + *year;
    return year;
}

constexpr std::array<DateFormat, 6> detectableDateFormats = {
    DateFormat::Iso,
    DateFormat::DayMonthYearDot,
    DateFormat::MonthDayYearSlash,
    DateFormat::DayMonthYearSlash,
    DateFormat::Compact,
    DateFormat::MonthName,
};

} // namespace

QDate parseDate(QStringView text, DateFormat format, int defaultYear)
{
    Scanner scanner(text.trimmed());
    std::optional<int> year;
    std::optional<int> month;
    std::optional<int> day;
    // Three numbers in the format's order, split twice by the same separator, one of those the family takes.
    const auto scanThree = [&scanner](std::optional<int> &first, std::optional<int> &second, QStringView separators,
                               bool yearFirst) -> std::optional<int> {
        const std::optional<int> leading = yearFirst ? scanner.number(4, 4) : scanner.number(1, 2);
        const QChar separator = scanner.skipAny(separators);
        if (!leading || separator.isNull() || !(second = scanner.number(1, 2)) || !scanner.skip(separator))
            return std::nullopt;
        first = leading;
        return yearFirst ? scanner.number(1, 2) : scanYear(scanner);
    };
    switch (format) {
    case DateFormat::Iso: {
        // Year, month, day: 2024-03-31, also 2024/03/31 and 2024.03.31.
        std::optional<int> leading;
        day = scanThree(leading, month, u"-/.", true);
        year = leading;
        if (!day || !scanIsoTail(scanner))
            return {};
        break;
    }
    case DateFormat::DayMonthYearDot:
    case DateFormat::DayMonthYearSlash: {
        // Day, month, year: 31.03.2024, 31/03/2024, 31-03-24, 1.3.24.
        year = scanThree(day, month, u"./-", false);
        if (!year || !scanLocalTail(scanner))
            return {};
        break;
    }
    case DateFormat::MonthDayYearSlash: {
        // Month, day, year: 03/31/2024, 3/31/24, 03-31-2024; never with dots, which are day first.
        year = scanThree(month, day, u"/-", false);
        if (!year || !scanLocalTail(scanner))
            return {};
        break;
    }
    case DateFormat::Compact:
        year = scanner.number(4, 4);
        if (!year || !(month = scanner.number(2, 2)) || !(day = scanner.number(2, 2)) || !scanner.atEnd())
            return {};
        break;
    case DateFormat::MonthName: {
        // Day first (1 Jul 2024, 04-Mar-24, 15. März 2024) or the name first (Jul 1, 2024, Mar-04-24).
        const auto gap = [&scanner] { return scanner.skipSpaces() || !scanner.skipAny(u"-").isNull(); };
        day = scanner.number(1, 2);
        if (day) {
            scanner.skip(u'.');
            if (!gap())
                return {};
        }
        month = monthFromName(scanner.word());
        if (!month)
            return {};
        scanner.skip(u'.');
        if (!gap())
            return {};
        if (!day) {
            day = scanner.number(1, 2);
            if (!day)
                return {};
            scanner.skip(u',');
            if (!gap())
                return {};
        }
        year = scanYear(scanner);
        if (!year || !scanLocalTail(scanner))
            return {};
        break;
    }
    case DateFormat::DayMonth: {
        // dMM or ddMM: the month is always the last two digits.
        const auto value = scanner.number(3, 4);
        if (!value || !scanner.atEnd())
            return {};
        day = *value / 100;
        month = *value % 100;
        year = defaultYear;
        break;
    }
    }
    return QDate(*year, *month, *day);
}

DateDetection detectDateFormat(const QStringList &samples)
{
    DateDetection detection;
    const bool anyValue = std::any_of(samples.cbegin(), samples.cend(),
        [](const QString &sample) { return !QStringView(sample).trimmed().isEmpty(); });
    if (!anyValue)
        return detection;
    for (const DateFormat format : detectableDateFormats) {
        const bool readsAll = std::all_of(samples.cbegin(), samples.cend(), [format](const QString &sample) {
            return QStringView(sample).trimmed().isEmpty() || parseDate(sample, format).isValid();
        });
        if (readsAll)
            detection.candidates.append(format);
    }
    // Day first with dots and day first with slashes read the same values: one family, named by the
    // separator the samples use most.
    if (detection.candidates.contains(DateFormat::DayMonthYearDot)
        && detection.candidates.contains(DateFormat::DayMonthYearSlash)) {
        qsizetype dots = 0;
        qsizetype slashes = 0;
        for (const QString &sample : samples) {
            dots += sample.count(u'.');
            slashes += sample.count(u'/');
        }
        detection.candidates.removeOne(dots >= slashes ? DateFormat::DayMonthYearSlash : DateFormat::DayMonthYearDot);
    }
    if (detection.candidates.size() == 1)
        detection.format = detection.candidates.constFirst();
    return detection;
}

std::optional<DateFormat> dateFormatFromPattern(QStringView pattern)
{
    const QStringView text = pattern.trimmed();
    if (text.compare(u"iso", Qt::CaseInsensitive) == 0 || text == u"yyyy-MM-dd")
        return DateFormat::Iso;
    if (text == u"dd.MM.yyyy" || text == u"d.M.yyyy" || text == u"dd.MM.yy")
        return DateFormat::DayMonthYearDot;
    if (text == u"MM/dd/yyyy" || text == u"M/d/yyyy")
        return DateFormat::MonthDayYearSlash;
    if (text == u"dd/MM/yyyy" || text == u"d/M/yyyy")
        return DateFormat::DayMonthYearSlash;
    if (text == u"yyyyMMdd")
        return DateFormat::Compact;
    if (text == u"ddMM")
        return DateFormat::DayMonth;
    if (text == u"MMM d, yyyy" || text == u"d MMM yyyy" || text == u"dd-MMM-yy" || text == u"MMM-dd-yy")
        return DateFormat::MonthName;
    return std::nullopt;
}

QString dateFormatPattern(DateFormat format)
{
    switch (format) {
    case DateFormat::Iso:
        return u"yyyy-MM-dd"_s;
    case DateFormat::DayMonthYearDot:
        return u"dd.MM.yyyy"_s;
    case DateFormat::MonthDayYearSlash:
        return u"MM/dd/yyyy"_s;
    case DateFormat::DayMonthYearSlash:
        return u"dd/MM/yyyy"_s;
    case DateFormat::Compact:
        return u"yyyyMMdd"_s;
    case DateFormat::DayMonth:
        return u"ddMM"_s;
    case DateFormat::MonthName:
        return u"MMM d, yyyy"_s;
    }
    return {};
}

} // namespace rd
