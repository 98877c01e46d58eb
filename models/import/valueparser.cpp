// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "import/valueparser.h"

#include <algorithm>
#include <array>
#include <charconv>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212);
}

bool isAllDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isDigit);
}

bool isAllZeros(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c == u'0'; });
}

// Separators that group thousands in either style: the kinds must not be mixed within one number.
enum class GroupKind { None, Mark, Space, Apostrophe };

GroupKind groupKind(QChar c, QChar groupMark)
{
    if (c == groupMark)
        return GroupKind::Mark;
    if (c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009))
        return GroupKind::Space;
    if (c == u'\'' || c == QChar(0x2019))
        return GroupKind::Apostrophe;
    return GroupKind::None;
}

constexpr std::array<QStringView, 3> currencySymbols = {u"€", u"$", u"£"};
constexpr std::array<QStringView, 4> currencyCodes = {u"EUR", u"USD", u"GBP", u"CHF"};

qsizetype currencyPrefix(QStringView text)
{
    for (const QStringView symbol : currencySymbols) {
        if (text.startsWith(symbol))
            return symbol.size();
    }
    for (const QStringView code : currencyCodes) {
        if (text.startsWith(code, Qt::CaseInsensitive))
            return code.size();
    }
    return 0;
}

qsizetype currencySuffix(QStringView text)
{
    for (const QStringView symbol : currencySymbols) {
        if (text.endsWith(symbol))
            return symbol.size();
    }
    for (const QStringView code : currencyCodes) {
        if (text.endsWith(code, Qt::CaseInsensitive))
            return code.size();
    }
    return 0;
}

struct Signed
{
    QStringView body;
    bool negative = false;
};

// Takes accounting parentheses, one sign (leading or trailing) and one currency off a number.
std::optional<Signed> stripAffixes(QStringView text)
{
    QStringView body = text.trimmed();
    int signs = 0;
    int currencies = 0;
    bool negative = false;
    if (body.size() >= 2 && body.front() == u'(' && body.back() == u')') {
        negative = true;
        ++signs;
        body = body.sliced(1, body.size() - 2).trimmed();
    }
    while (!body.isEmpty()) {
        if (body.front() == u'+' || isMinus(body.front())) {
            ++signs;
            negative = body.front() != u'+';
            body = body.sliced(1).trimmed();
        } else if (const qsizetype length = currencyPrefix(body)) {
            ++currencies;
            body = body.sliced(length).trimmed();
        } else {
            break;
        }
    }
    while (!body.isEmpty()) {
        if (isMinus(body.back())) {
            ++signs;
            negative = true;
            body = body.chopped(1).trimmed();
        } else if (const qsizetype length = currencySuffix(body)) {
            ++currencies;
            body = body.chopped(length).trimmed();
        } else {
            break;
        }
    }
    if (signs > 1 || currencies > 1 || body.isEmpty())
        return std::nullopt;
    return Signed {body, negative};
}

struct Number
{
    QStringView integer; // digits, possibly with group separators
    QStringView fraction; // digits only
    bool negative = false;
};

std::optional<Number> lexNumber(QStringView text, DecimalStyle style)
{
    const auto affixes = stripAffixes(text);
    if (!affixes)
        return std::nullopt;
    const QStringView body = affixes->body;
    const QChar decimalMark = style == DecimalStyle::Point ? u'.' : u',';
    const QChar groupMark = style == DecimalStyle::Point ? u',' : u'.';

    const qsizetype markAt = body.indexOf(decimalMark);
    if (markAt >= 0 && body.indexOf(decimalMark, markAt + 1) >= 0)
        return std::nullopt;
    const QStringView integer = markAt >= 0 ? body.first(markAt) : body;
    const QStringView fraction = markAt >= 0 ? body.sliced(markAt + 1) : QStringView();
    if (markAt >= 0 && fraction.isEmpty())
        return std::nullopt;
    if (!isAllDigits(fraction))
        return std::nullopt;

    // The first group has one to three digits, every later group exactly three.
    GroupKind kind = GroupKind::None;
    qsizetype groupDigits = 0;
    qsizetype groups = 0;
    for (const QChar c : integer) {
        if (isDigit(c)) {
            ++groupDigits;
            continue;
        }
        const GroupKind separator = groupKind(c, groupMark);
        if (separator == GroupKind::None || (kind != GroupKind::None && separator != kind))
            return std::nullopt;
        if (groupDigits == 0 || (groups == 0 ? groupDigits > 3 : groupDigits != 3))
            return std::nullopt;
        kind = separator;
        ++groups;
        groupDigits = 0;
    }
    if (groups > 0 && groupDigits != 3)
        return std::nullopt;
    return Number {integer, fraction, affixes->negative};
}

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
        while (count < maxDigits && !atEnd() && isDigit(m_text[m_pos])) {
            value = value * 10 + digitValue(m_text[m_pos++]);
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

constexpr std::array<DateFormat, 5> detectableDateFormats = {
    DateFormat::Iso,
    DateFormat::DayMonthYearDot,
    DateFormat::MonthDayYearSlash,
    DateFormat::DayMonthYearSlash,
    DateFormat::Compact,
};

} // namespace

std::optional<qint64> parseMoney(QStringView text, DecimalStyle style)
{
    const auto number = lexNumber(text, style);
    if (!number)
        return std::nullopt;
    constexpr qint64 limit = 10'000'000'000'000'000; // times 100 still fits into qint64
    qint64 units = 0;
    for (const QChar c : number->integer) {
        if (!isDigit(c))
            continue;
        if (units >= limit / 10)
            return std::nullopt;
        units = units * 10 + digitValue(c);
    }
    const QStringView fraction = number->fraction;
    qint64 minor = units * 100;
    if (fraction.size() >= 1)
        minor += digitValue(fraction[0]) * 10;
    if (fraction.size() >= 2)
        minor += digitValue(fraction[1]);
    if (fraction.size() >= 3 && digitValue(fraction[2]) >= 5)
        minor += 1; // half away from zero: the sign is applied afterwards
    return number->negative ? -minor : minor;
}

std::optional<double> parseDecimal(QStringView text, DecimalStyle style)
{
    const auto number = lexNumber(text, style);
    if (!number)
        return std::nullopt;
    std::array<char, 80> buffer;
    qsizetype size = 0;
    const auto append = [&](QChar c) {
        if (size == qsizetype(buffer.size()))
            return false;
        buffer[size++] = char(c.unicode());
        return true;
    };
    append(u'0');
    for (const QChar c : number->integer) {
        if (isDigit(c) && !append(c))
            return std::nullopt;
    }
    if (!number->fraction.isEmpty() && !append(u'.'))
        return std::nullopt;
    for (const QChar c : number->fraction) {
        if (!append(c))
            return std::nullopt;
    }
    double value = 0;
    const auto [end, error] = std::from_chars(buffer.data(), buffer.data() + size, value);
    if (error != std::errc() || end != buffer.data() + size)
        return std::nullopt;
    return number->negative && value != 0 ? -value : value;
}

std::optional<qint64> parseInteger(QStringView text)
{
    QStringView body = text.trimmed();
    bool negative = false;
    if (!body.isEmpty() && (body.front() == u'+' || isMinus(body.front()))) {
        negative = body.front() != u'+';
        body = body.sliced(1);
    }
    qsizetype markAt = body.indexOf(u'.');
    if (markAt < 0)
        markAt = body.indexOf(u',');
    if (markAt >= 0) {
        const QStringView fraction = body.sliced(markAt + 1);
        if (fraction.isEmpty() || fraction.size() == 3 || !isAllZeros(fraction))
            return std::nullopt;
        body = body.first(markAt);
    }
    if (body.isEmpty() || !isAllDigits(body))
        return std::nullopt;
    // At most 18 digits: 10^18 - 1 and every step towards it fit into 64 bits.
    constexpr qint64 limit = 1'000'000'000'000'000'000;
    qint64 value = 0;
    for (const QChar c : body) {
        if (value >= limit / 10)
            return std::nullopt;
        value = value * 10 + digitValue(c);
    }
    return negative ? -value : value;
}

std::optional<DecimalStyle> detectDecimalStyle(const QStringList &samples)
{
    int pointVotes = 0;
    int commaVotes = 0;
    const auto vote = [&](DecimalStyle style) { ++(style == DecimalStyle::Point ? pointVotes : commaVotes); };
    for (const QString &sample : samples) {
        const auto affixes = stripAffixes(sample);
        if (!affixes)
            continue;
        const QStringView body = affixes->body;
        const bool numeric = std::all_of(body.begin(), body.end(),
            [](QChar c) { return isDigit(c) || c == u'.' || c == u',' || groupKind(c, u'.') != GroupKind::None; });
        if (!numeric)
            continue;
        const qsizetype lastPoint = body.lastIndexOf(u'.');
        const qsizetype lastComma = body.lastIndexOf(u',');
        if (lastPoint >= 0 && lastComma >= 0) {
            vote(lastComma > lastPoint ? DecimalStyle::Comma : DecimalStyle::Point);
            continue;
        }
        const qsizetype at = std::max(lastPoint, lastComma);
        if (at < 0)
            continue;
        const DecimalStyle markStyle = lastPoint >= 0 ? DecimalStyle::Point : DecimalStyle::Comma;
        const DecimalStyle groupStyle = lastPoint >= 0 ? DecimalStyle::Comma : DecimalStyle::Point;
        if (body.count(body[at]) > 1) {
            vote(groupStyle); // repeated, so it groups thousands
            continue;
        }
        const QStringView before = body.first(at);
        const QStringView after = body.sliced(at + 1);
        if (after.isEmpty() || !isAllDigits(after))
            continue;
        // 1,234 may be either; 0,123, 1234,567 and 1 234,567 cannot be a grouping.
        const bool couldGroup = after.size() == 3 && !before.isEmpty() && before.size() <= 3 && isAllDigits(before)
            && before.front() != u'0';
        if (!couldGroup)
            vote(markStyle);
    }
    if (pointVotes == commaVotes)
        return std::nullopt;
    return pointVotes > commaVotes ? DecimalStyle::Point : DecimalStyle::Comma;
}

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
    }
    return {};
}

QString normaliseId(QStringView text)
{
    const QStringView id = text.trimmed();
    qsizetype integerEnd = 0;
    while (integerEnd < id.size() && isDigit(id[integerEnd]))
        ++integerEnd;
    if (integerEnd == 0 || integerEnd == id.size())
        return id.toString();
    const QStringView integer = id.first(integerEnd);
    QStringView rest = id.sliced(integerEnd);
    QStringView fraction;
    if (rest.front() == u'.' || rest.front() == u',') {
        qsizetype fractionEnd = 1;
        while (fractionEnd < rest.size() && isDigit(rest[fractionEnd]))
            ++fractionEnd;
        fraction = rest.sliced(1, fractionEnd - 1);
        rest = rest.sliced(fractionEnd);
    }
    if (rest.isEmpty()) // 17850.0
        return !fraction.isEmpty() && isAllZeros(fraction) ? integer.toString() : id.toString();

    // 1.785E+4: only when the notation names a whole number.
    if (rest.front() != u'e' && rest.front() != u'E')
        return id.toString();
    QStringView exponentText = rest.sliced(1);
    if (exponentText.startsWith(u'+'))
        exponentText = exponentText.sliced(1);
    if (exponentText.isEmpty() || exponentText.size() > 2 || !isAllDigits(exponentText))
        return id.toString();
    const qsizetype point = integer.size() + exponentText.toInt();
    QString digits = integer + fraction;
    if (point < digits.size()) {
        if (!isAllZeros(QStringView(digits).sliced(point)))
            return id.toString();
        digits.truncate(point);
    } else {
        digits.append(QString(point - digits.size(), u'0'));
    }
    qsizetype zeros = 0;
    while (zeros + 1 < digits.size() && digits[zeros] == u'0')
        ++zeros;
    return digits.sliced(zeros);
}

} // namespace rd
