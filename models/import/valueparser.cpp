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
