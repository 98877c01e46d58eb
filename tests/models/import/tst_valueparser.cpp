// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <cmath>

#include <QTest>

#include "import/valueparser.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
using OptionalMoney = std::optional<qint64>;
using OptionalStyle = std::optional<DecimalStyle>;
using OptionalFormat = std::optional<DateFormat>;
using Formats = QList<DateFormat>;

constexpr auto point = DecimalStyle::Point;
constexpr auto comma = DecimalStyle::Comma;
} // namespace

class TestValueParser : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void parsesMoney_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DecimalStyle>("style");
        QTest::addColumn<OptionalMoney>("expected");

        QTest::addRow("comma decimal") << u"12,50"_s << comma << OptionalMoney(1250);
        QTest::addRow("point decimal") << u"12.50"_s << point << OptionalMoney(1250);
        QTest::addRow("german thousands") << u"1.234,56"_s << comma << OptionalMoney(123456);
        QTest::addRow("english thousands") << u"1,234.56"_s << point << OptionalMoney(123456);
        QTest::addRow("millions") << u"1.234.567,89"_s << comma << OptionalMoney(123456789);
        QTest::addRow("euro after") << u"1.234,56 €"_s << comma << OptionalMoney(123456);
        QTest::addRow("euro after, no space") << u"12,50€"_s << comma << OptionalMoney(1250);
        QTest::addRow("euro before") << u"€12.50"_s << point << OptionalMoney(1250);
        QTest::addRow("code before") << u"EUR 12,50"_s << comma << OptionalMoney(1250);
        QTest::addRow("code after") << u"1,234.56 USD"_s << point << OptionalMoney(123456);
        QTest::addRow("lower-case code") << u"eur 5"_s << comma << OptionalMoney(500);
        QTest::addRow("dollar") << u"$1,234.56"_s << point << OptionalMoney(123456);
        QTest::addRow("pound") << u"£0.99"_s << point << OptionalMoney(99);
        QTest::addRow("swiss") << u"CHF 1'234.50"_s << point << OptionalMoney(123450);
        QTest::addRow("gbp") << u"GBP12"_s << point << OptionalMoney(1200);
        QTest::addRow("space thousands") << u"1 234,56"_s << comma << OptionalMoney(123456);
        QTest::addRow("no-break space thousands") << u"1\u00A0234\u00A0567,56"_s << comma << OptionalMoney(123456756);
        QTest::addRow("narrow no-break space") << u"1\u202F234,56"_s << comma << OptionalMoney(123456);
        QTest::addRow("apostrophe thousands") << u"1'234.56"_s << point << OptionalMoney(123456);
        QTest::addRow("typographic apostrophe") << u"1’234.56"_s << point << OptionalMoney(123456);
        QTest::addRow("integer") << u"42"_s << comma << OptionalMoney(4200);
        QTest::addRow("zero") << u"0"_s << point << OptionalMoney(0);
        QTest::addRow("thousands only, comma style") << u"1.234"_s << comma << OptionalMoney(123400);
        QTest::addRow("thousands only, point style") << u"1,234"_s << point << OptionalMoney(123400);
        QTest::addRow("one decimal") << u"0,5"_s << comma << OptionalMoney(50);
        QTest::addRow("no integer digits") << u",50"_s << comma << OptionalMoney(50);
        QTest::addRow("surrounding spaces") << u"  12,50  "_s << comma << OptionalMoney(1250);
        QTest::addRow("leading minus") << u"-12,50"_s << comma << OptionalMoney(-1250);
        QTest::addRow("leading plus") << u"+12,50"_s << comma << OptionalMoney(1250);
        QTest::addRow("trailing minus") << u"12,50-"_s << comma << OptionalMoney(-1250);
        QTest::addRow("trailing minus after currency") << u"1.190,00 €-"_s << comma << OptionalMoney(-119000);
        QTest::addRow("minus and currency, spaced") << u"- 12,50 €"_s << comma << OptionalMoney(-1250);
        QTest::addRow("minus before symbol") << u"-€12.50"_s << point << OptionalMoney(-1250);
        QTest::addRow("minus after symbol") << u"€-12.50"_s << point << OptionalMoney(-1250);
        QTest::addRow("unicode minus") << u"\u221212,50"_s << comma << OptionalMoney(-1250);
        QTest::addRow("parentheses") << u"(12.50)"_s << point << OptionalMoney(-1250);
        QTest::addRow("parentheses with currency") << u"(1.234,56 €)"_s << comma << OptionalMoney(-123456);
        QTest::addRow("half a cent rounds up") << u"0.005"_s << point << OptionalMoney(1);
        QTest::addRow("negative half a cent rounds away from zero") << u"-0.005"_s << point << OptionalMoney(-1);
        QTest::addRow("below half a cent") << u"0.0049"_s << point << OptionalMoney(0);
        QTest::addRow("three decimals up") << u"1.235"_s << point << OptionalMoney(124);
        QTest::addRow("three decimals down") << u"1,994"_s << comma << OptionalMoney(199);
        QTest::addRow("rounding carries") << u"2,995"_s << comma << OptionalMoney(300);
        QTest::addRow("many decimals") << u"12.3456789"_s << point << OptionalMoney(1235);
        QTest::addRow("largest") << u"999999999999999,99"_s << comma << OptionalMoney(99999999999999999);
        QTest::addRow("too large") << u"10000000000000000"_s << comma << OptionalMoney();
        QTest::addRow("empty") << QString() << comma << OptionalMoney();
        QTest::addRow("blank") << u"   "_s << comma << OptionalMoney();
        QTest::addRow("letters") << u"abc"_s << comma << OptionalMoney();
        QTest::addRow("currency only") << u"€"_s << comma << OptionalMoney();
        QTest::addRow("sign only") << u"-"_s << comma << OptionalMoney();
        QTest::addRow("two decimal commas") << u"12,34,56"_s << comma << OptionalMoney();
        QTest::addRow("two decimal points") << u"1.2.3"_s << point << OptionalMoney();
        QTest::addRow("german number read as point style") << u"1.234,56"_s << point << OptionalMoney();
        QTest::addRow("bad grouping") << u"1.23,45"_s << comma << OptionalMoney();
        QTest::addRow("group of four") << u"1,2345.00"_s << point << OptionalMoney();
        QTest::addRow("first group of four") << u"1234,567.00"_s << point << OptionalMoney();
        QTest::addRow("mixed group separators") << u"1.234 567,89"_s << comma << OptionalMoney();
        QTest::addRow("trailing decimal mark") << u"12."_s << point << OptionalMoney();
        QTest::addRow("trailing text") << u"12a"_s << point << OptionalMoney();
        QTest::addRow("two signs") << u"--12"_s << point << OptionalMoney();
        QTest::addRow("sign inside parentheses") << u"(-12)"_s << point << OptionalMoney();
        QTest::addRow("leading and trailing minus") << u"-12-"_s << point << OptionalMoney();
        QTest::addRow("two currencies") << u"EUR 12 USD"_s << point << OptionalMoney();
        QTest::addRow("inner space without grouping") << u"12 3"_s << point << OptionalMoney();
    }

    void parsesMoney()
    {
        QFETCH(QString, text);
        QFETCH(DecimalStyle, style);
        QFETCH(OptionalMoney, expected);
        const OptionalMoney actual = parseMoney(text, style);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*actual, *expected);
    }

    void parsesDecimals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DecimalStyle>("style");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("expected");

        QTest::addRow("unit price") << u"0,001"_s << comma << true << 0.001;
        QTest::addRow("point unit price") << u"0.001"_s << point << true << 0.001;
        QTest::addRow("grouped") << u"1.234,5678"_s << comma << true << 1234.5678;
        QTest::addRow("negative") << u"-2.5"_s << point << true << -2.5;
        QTest::addRow("parentheses") << u"(3.5)"_s << point << true << -3.5;
        QTest::addRow("currency") << u"€ 0.125"_s << point << true << 0.125;
        QTest::addRow("integer") << u"6"_s << comma << true << 6.0;
        QTest::addRow("negative zero is zero") << u"-0,0"_s << comma << true << 0.0;
        QTest::addRow("letters") << u"abc"_s << comma << false << 0.0;
        QTest::addRow("two decimal commas") << u"1,2,3"_s << comma << false << 0.0;
        QTest::addRow("empty") << QString() << point << false << 0.0;
        QTest::addRow("exponent") << u"1e3"_s << point << false << 0.0;
    }

    void parsesDecimals()
    {
        QFETCH(QString, text);
        QFETCH(DecimalStyle, style);
        QFETCH(bool, valid);
        QFETCH(double, expected);
        const auto actual = parseDecimal(text, style);
        QCOMPARE(actual.has_value(), valid);
        if (valid) {
            QCOMPARE(*actual, expected);
            QVERIFY(!std::signbit(*actual) || expected < 0);
        }
    }

    void parsesIntegers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<OptionalMoney>("expected");

        QTest::addRow("plain") << u"6"_s << OptionalMoney(6);
        QTest::addRow("negative") << u"-6"_s << OptionalMoney(-6);
        QTest::addRow("plus") << u"+6"_s << OptionalMoney(6);
        QTest::addRow("zero") << u"0"_s << OptionalMoney(0);
        QTest::addRow("point zero") << u"6.0"_s << OptionalMoney(6);
        QTest::addRow("comma zero") << u"6,0"_s << OptionalMoney(6);
        QTest::addRow("two zeros") << u"6,00"_s << OptionalMoney(6);
        QTest::addRow("four zeros") << u"6.0000"_s << OptionalMoney(6);
        QTest::addRow("spaces") << u" 17 "_s << OptionalMoney(17);
        QTest::addRow("leading zeros") << u"007"_s << OptionalMoney(7);
        QTest::addRow("large") << u"123456789012345678"_s << OptionalMoney(123456789012345678);
        QTest::addRow("too large") << u"9223372036854775807"_s << OptionalMoney();
        QTest::addRow("fraction") << u"6.5"_s << OptionalMoney();
        QTest::addRow("three zeros may be thousands") << u"6.000"_s << OptionalMoney();
        QTest::addRow("grouped") << u"1.234"_s << OptionalMoney();
        QTest::addRow("trailing mark") << u"6."_s << OptionalMoney();
        QTest::addRow("empty") << QString() << OptionalMoney();
        QTest::addRow("sign only") << u"-"_s << OptionalMoney();
        QTest::addRow("letters") << u"six"_s << OptionalMoney();
        QTest::addRow("exponent") << u"1e3"_s << OptionalMoney();
        QTest::addRow("inner space") << u"1 000"_s << OptionalMoney();
    }

    void parsesIntegers()
    {
        QFETCH(QString, text);
        QFETCH(OptionalMoney, expected);
        const OptionalMoney actual = parseInteger(text);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*actual, *expected);
    }

    void detectsDecimalStyle_data()
    {
        QTest::addColumn<QStringList>("samples");
        QTest::addColumn<OptionalStyle>("expected");

        QTest::addRow("german") << QStringList {u"1.234,56"_s} << OptionalStyle(comma);
        QTest::addRow("english") << QStringList {u"1,234.56"_s} << OptionalStyle(point);
        QTest::addRow("two comma decimals") << QStringList {u"12,50"_s} << OptionalStyle(comma);
        QTest::addRow("one point decimal") << QStringList {u"12.5"_s} << OptionalStyle(point);
        QTest::addRow("four decimals") << QStringList {u"12,3456"_s} << OptionalStyle(comma);
        QTest::addRow("three digits after a comma") << QStringList {u"1,234"_s} << OptionalStyle();
        QTest::addRow("three digits after a point") << QStringList {u"1.234"_s} << OptionalStyle();
        QTest::addRow("ambiguous and deciding") << QStringList {u"1.234"_s, u"12,5"_s} << OptionalStyle(comma);
        QTest::addRow("ambiguous and deciding, english") << QStringList {u"1,234"_s, u"0.5"_s} << OptionalStyle(point);
        QTest::addRow("leading zero") << QStringList {u"0,123"_s} << OptionalStyle(comma);
        QTest::addRow("long integer part") << QStringList {u"1234.567"_s} << OptionalStyle(point);
        QTest::addRow("space grouped") << QStringList {u"1 234,567"_s} << OptionalStyle(comma);
        QTest::addRow("repeated points") << QStringList {u"1.234.567"_s} << OptionalStyle(comma);
        QTest::addRow("repeated commas") << QStringList {u"1,234,567"_s} << OptionalStyle(point);
        QTest::addRow("with currency and sign") << QStringList {u"12,50 €"_s, u"-3,00 €"_s} << OptionalStyle(comma);
        QTest::addRow("dollars") << QStringList {u"$1,234.56"_s, u"($5.00)"_s} << OptionalStyle(point);
        QTest::addRow("integers only") << QStringList {u"42"_s, u""_s, u"7"_s} << OptionalStyle();
        QTest::addRow("not numbers") << QStringList {u"abc"_s, u"12,50 apples"_s} << OptionalStyle();
        QTest::addRow("no samples") << QStringList {} << OptionalStyle();
        QTest::addRow("tie") << QStringList {u"1,5"_s, u"2.5"_s} << OptionalStyle();
        QTest::addRow("majority") << QStringList {u"1,5"_s, u"2,5"_s, u"3.5"_s} << OptionalStyle(comma);
    }

    void detectsDecimalStyle()
    {
        QFETCH(QStringList, samples);
        QFETCH(OptionalStyle, expected);
        const OptionalStyle actual = detectDecimalStyle(samples);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*actual, *expected);
    }

    void parsesDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DateFormat>("format");
        QTest::addColumn<int>("defaultYear");
        QTest::addColumn<QDate>("expected");

        const auto iso = DateFormat::Iso;
        QTest::addRow("iso") << u"2024-03-01"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("iso short parts") << u"2024-3-1"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("iso date-time") << u"2024-03-01T10:00:00"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("iso utc") << u"2024-03-01T10:00:00Z"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("iso milliseconds") << u"2024-03-01T10:00:00.123Z"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("iso offset, date as written") << u"2024-03-01T23:30:00+01:00"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("iso negative offset, date as written")
            << u"2024-03-01T23:30:00-0500"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("iso hour offset") << u"2024-03-01T00:30:00+01"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("space and seconds") << u"2011-12-09 12:50:00"_s << iso << 0 << QDate(2011, 12, 9);
        QTest::addRow("space, no seconds") << u"2011-12-09 12:50"_s << iso << 0 << QDate(2011, 12, 9);
        QTest::addRow("shopify") << u"2024-03-01 00:15:00 +0100"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("stripe") << u"2024-03-01 10:00:00"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("utc word") << u"2024-03-01 10:00:00 UTC"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("iso leap day") << u"2024-02-29"_s << iso << 0 << QDate(2024, 2, 29);
        QTest::addRow("iso no leap day") << u"2023-02-29"_s << iso << 0 << QDate();
        QTest::addRow("iso invalid day") << u"2024-02-30"_s << iso << 0 << QDate();
        QTest::addRow("iso month 13") << u"2024-13-01"_s << iso << 0 << QDate();
        QTest::addRow("iso trailing text") << u"2024-03-01x"_s << iso << 0 << QDate();
        QTest::addRow("iso bad hour") << u"2024-03-01T25:00"_s << iso << 0 << QDate();
        QTest::addRow("iso hour only") << u"2024-03-01T10"_s << iso << 0 << QDate();
        QTest::addRow("iso bad zone") << u"2024-03-01T10:00:00 CET"_s << iso << 0 << QDate();
        QTest::addRow("iso two-digit year") << u"24-03-01"_s << iso << 0 << QDate();
        // Each format is a family: its order of fields, with either of its separators, the same one twice.
        QTest::addRow("iso slashes") << u"2024/03/01"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("iso dots") << u"2024.03.01"_s << iso << 0 << QDate(2024, 3, 1);
        QTest::addRow("iso mixed separators") << u"2024-03/01"_s << iso << 0 << QDate();
        QTest::addRow("iso empty") << QString() << iso << 0 << QDate();

        const auto dot = DateFormat::DayMonthYearDot;
        QTest::addRow("dot") << u"31.01.2024"_s << dot << 0 << QDate(2024, 1, 31);
        QTest::addRow("dot short parts") << u"1.2.2024"_s << dot << 0 << QDate(2024, 2, 1);
        QTest::addRow("dot two-digit year") << u"01.02.24"_s << dot << 0 << QDate(2024, 2, 1);
        QTest::addRow("dot year 69") << u"01.02.69"_s << dot << 0 << QDate(2069, 2, 1);
        QTest::addRow("dot year 70") << u"01.02.70"_s << dot << 0 << QDate(1970, 2, 1);
        QTest::addRow("dot with time") << u"01.02.2024 13:45:00"_s << dot << 0 << QDate(2024, 2, 1);
        QTest::addRow("dot with short time") << u"01.02.2024 13:45"_s << dot << 0 << QDate(2024, 2, 1);
        QTest::addRow("dot spaces around") << u" 31.01.2024 "_s << dot << 0 << QDate(2024, 1, 31);
        QTest::addRow("dot 31 february") << u"31.02.2024"_s << dot << 0 << QDate();
        QTest::addRow("dot day 32") << u"32.01.2024"_s << dot << 0 << QDate();
        QTest::addRow("dot month 13") << u"01.13.2024"_s << dot << 0 << QDate();
        QTest::addRow("dot three-digit year") << u"01.02.024"_s << dot << 0 << QDate();
        QTest::addRow("dot bad time") << u"01.02.2024 13:60"_s << dot << 0 << QDate();
        QTest::addRow("dot iso text") << u"2024-01-31"_s << dot << 0 << QDate();
        QTest::addRow("day first, slashes") << u"31/01/2024"_s << dot << 0 << QDate(2024, 1, 31);
        QTest::addRow("day first, dashes") << u"31-01-24"_s << dot << 0 << QDate(2024, 1, 31);
        QTest::addRow("day first, mixed separators") << u"31.01/2024"_s << dot << 0 << QDate();

        const auto us = DateFormat::MonthDayYearSlash;
        QTest::addRow("us") << u"03/01/2024"_s << us << 0 << QDate(2024, 3, 1);
        QTest::addRow("us online retail") << u"12/1/2010 8:26"_s << us << 0 << QDate(2010, 12, 1);
        QTest::addRow("us am") << u"3/1/2024 10:00 AM"_s << us << 0 << QDate(2024, 3, 1);
        QTest::addRow("us pm") << u"3/1/2024 10:00:59 pm"_s << us << 0 << QDate(2024, 3, 1);
        QTest::addRow("us pm with 24-hour time") << u"3/1/2024 13:00 PM"_s << us << 0 << QDate();
        QTest::addRow("us two-digit year") << u"12/31/99"_s << us << 0 << QDate(1999, 12, 31);
        QTest::addRow("us month 13") << u"13/01/2024"_s << us << 0 << QDate();
        QTest::addRow("us dashes, two-digit year") << u"11-08-16"_s << us << 0 << QDate(2016, 11, 8);
        QTest::addRow("us one-digit day") << u"11/8/2016"_s << us << 0 << QDate(2016, 11, 8);
        QTest::addRow("us never with dots") << u"03.01.2024"_s << us << 0 << QDate();
        QTest::addRow("us mixed separators") << u"11/08-16"_s << us << 0 << QDate();

        const auto uk = DateFormat::DayMonthYearSlash;
        QTest::addRow("uk") << u"13/01/2024"_s << uk << 0 << QDate(2024, 1, 13);
        QTest::addRow("uk day first") << u"01/03/2024"_s << uk << 0 << QDate(2024, 3, 1);
        QTest::addRow("uk with time") << u"1/3/2024 08:26"_s << uk << 0 << QDate(2024, 3, 1);
        QTest::addRow("uk 31 june") << u"31/06/2024"_s << uk << 0 << QDate();
        QTest::addRow("uk dots") << u"13.01.2024"_s << uk << 0 << QDate(2024, 1, 13);

        const auto compact = DateFormat::Compact;
        QTest::addRow("compact") << u"20240131"_s << compact << 0 << QDate(2024, 1, 31);
        QTest::addRow("compact seven digits") << u"2024013"_s << compact << 0 << QDate();
        QTest::addRow("compact nine digits") << u"202401311"_s << compact << 0 << QDate();
        QTest::addRow("compact invalid") << u"20240230"_s << compact << 0 << QDate();

        const auto dayMonth = DateFormat::DayMonth;
        QTest::addRow("ddMM") << u"3001"_s << dayMonth << 2024 << QDate(2024, 1, 30);
        QTest::addRow("dMM") << u"101"_s << dayMonth << 2024 << QDate(2024, 1, 1);
        QTest::addRow("ddMM tenth") << u"1001"_s << dayMonth << 2024 << QDate(2024, 1, 10);
        QTest::addRow("dMM december") << u"512"_s << dayMonth << 2024 << QDate(2024, 12, 5);
        QTest::addRow("leading zero") << u"0503"_s << dayMonth << 2025 << QDate(2025, 3, 5);
        QTest::addRow("leap day") << u"2902"_s << dayMonth << 2024 << QDate(2024, 2, 29);
        QTest::addRow("no leap day") << u"2902"_s << dayMonth << 2023 << QDate();
        QTest::addRow("month 13") << u"0113"_s << dayMonth << 2024 << QDate();
        QTest::addRow("no year") << u"3001"_s << dayMonth << 0 << QDate();
        QTest::addRow("five digits") << u"13001"_s << dayMonth << 2024 << QDate();
        QTest::addRow("two digits") << u"11"_s << dayMonth << 2024 << QDate();

        const auto named = DateFormat::MonthName;
        QTest::addRow("ebay seller hub") << u"Jul 1, 2024 10:00:00 AM"_s << named << 0 << QDate(2024, 7, 1);
        QTest::addRow("ebay file exchange") << u"Mar-04-24"_s << named << 0 << QDate(2024, 3, 4);
        QTest::addRow("name in full") << u"September 30, 2023"_s << named << 0 << QDate(2023, 9, 30);
        QTest::addRow("sept") << u"Sept 3, 2023"_s << named << 0 << QDate(2023, 9, 3);
        QTest::addRow("day first") << u"1 Jul 2024"_s << named << 0 << QDate(2024, 7, 1);
        QTest::addRow("day first, dashes") << u"04-Mar-24"_s << named << 0 << QDate(2024, 3, 4);
        QTest::addRow("german") << u"15. März 2024"_s << named << 0 << QDate(2024, 3, 15);
        QTest::addRow("german short") << u"3. Okt. 2024"_s << named << 0 << QDate(2024, 10, 3);
        QTest::addRow("mrz") << u"01-Mrz-2024"_s << named << 0 << QDate(2024, 3, 1);
        QTest::addRow("mai") << u"2. Mai 2024"_s << named << 0 << QDate(2024, 5, 2);
        QTest::addRow("lower case") << u"dec 24, 2024"_s << named << 0 << QDate(2024, 12, 24);
        QTest::addRow("no such month") << u"Foo 1, 2024"_s << named << 0 << QDate();
        QTest::addRow("two letters") << u"Ju 1, 2024"_s << named << 0 << QDate();
        QTest::addRow("february 30") << u"Feb 30, 2024"_s << named << 0 << QDate();
        QTest::addRow("no year") << u"Jul 1"_s << named << 0 << QDate();
        QTest::addRow("numbers only") << u"07/01/2024"_s << named << 0 << QDate();
        QTest::addRow("thirteen pm") << u"Jul 1, 2024 13:00 PM"_s << named << 0 << QDate();
    }

    void parsesDates()
    {
        QFETCH(QString, text);
        QFETCH(DateFormat, format);
        QFETCH(int, defaultYear);
        QFETCH(QDate, expected);
        QCOMPARE(parseDate(text, format, defaultYear), expected);
    }

    void detectsDateFormat_data()
    {
        QTest::addColumn<QStringList>("samples");
        QTest::addColumn<OptionalFormat>("expected");
        QTest::addColumn<Formats>("candidates");

        QTest::addRow("iso") << QStringList {u"2024-01-31"_s, u"2024-02-01T10:00:00Z"_s, u""_s}
                             << OptionalFormat(DateFormat::Iso) << Formats {DateFormat::Iso};
        QTest::addRow("german") << QStringList {u"31.01.2024"_s, u"1.2.2024"_s}
                                << OptionalFormat(DateFormat::DayMonthYearDot) << Formats {DateFormat::DayMonthYearDot};
        QTest::addRow("us") << QStringList {u"12/13/2024"_s, u"01/02/2024"_s}
                            << OptionalFormat(DateFormat::MonthDayYearSlash) << Formats {DateFormat::MonthDayYearSlash};
        QTest::addRow("uk") << QStringList {u"01/02/2024"_s, u"13/12/2024"_s}
                            << OptionalFormat(DateFormat::DayMonthYearSlash) << Formats {DateFormat::DayMonthYearSlash};
        QTest::addRow("ambiguous slashes") << QStringList {u"01/02/2024"_s, u"12/11/2024 10:00"_s} << OptionalFormat()
                                           << Formats {DateFormat::MonthDayYearSlash, DateFormat::DayMonthYearSlash};
        // A sample export's "Order Date": one column, month first, written three ways.
        QTest::addRow("month first, mixed")
            << QStringList {u"11/8/2016"_s, u"06/12/2016"_s, u"11-08-16"_s, u"12-31-17"_s}
            << OptionalFormat(DateFormat::MonthDayYearSlash) << Formats {DateFormat::MonthDayYearSlash};
        QTest::addRow("day first, mixed")
            << QStringList {u"31.01.2024"_s, u"1/2/2024"_s, u"13-12-24"_s}
            << OptionalFormat(DateFormat::DayMonthYearDot) << Formats {DateFormat::DayMonthYearDot};
        QTest::addRow("iso, slashes") << QStringList {u"2024/01/31"_s, u"2024/2/1"_s} << OptionalFormat(DateFormat::Iso)
                                      << Formats {DateFormat::Iso};
        QTest::addRow("ambiguous dashes") << QStringList {u"01-02-2024"_s, u"11-12-24"_s} << OptionalFormat()
                                          << Formats {DateFormat::DayMonthYearDot, DateFormat::MonthDayYearSlash};
        QTest::addRow("compact") << QStringList {u"20240131"_s} << OptionalFormat(DateFormat::Compact)
                                 << Formats {DateFormat::Compact};
        QTest::addRow("month names") << QStringList {u"Jul 1, 2024 10:00:00 AM"_s, u"Dec 12, 2024 9:15:00 PM"_s}
                                     << OptionalFormat(DateFormat::MonthName) << Formats {DateFormat::MonthName};
        QTest::addRow("mixed") << QStringList {u"2024-01-31"_s, u"31.01.2024"_s} << OptionalFormat() << Formats {};
        QTest::addRow("one bad value") << QStringList {u"2024-01-31"_s, u"2024-02-30"_s} << OptionalFormat()
                                       << Formats {};
        QTest::addRow("day and month never detected") << QStringList {u"3001"_s} << OptionalFormat() << Formats {};
        QTest::addRow("only empty") << QStringList {u""_s, u"  "_s} << OptionalFormat() << Formats {};
        QTest::addRow("no samples") << QStringList {} << OptionalFormat() << Formats {};
    }

    void detectsDateFormat()
    {
        QFETCH(QStringList, samples);
        QFETCH(OptionalFormat, expected);
        QFETCH(Formats, candidates);
        const DateDetection detection = detectDateFormat(samples);
        QCOMPARE(detection.format.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*detection.format, *expected);
        QCOMPARE(detection.candidates, candidates);
        QCOMPARE(detection.ambiguous(), candidates.size() > 1);
    }

    void readsDateFormatPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<OptionalFormat>("expected");

        QTest::addRow("german") << u"dd.MM.yyyy"_s << OptionalFormat(DateFormat::DayMonthYearDot);
        QTest::addRow("german short") << u"d.M.yyyy"_s << OptionalFormat(DateFormat::DayMonthYearDot);
        QTest::addRow("german two-digit year") << u"dd.MM.yy"_s << OptionalFormat(DateFormat::DayMonthYearDot);
        QTest::addRow("iso pattern") << u"yyyy-MM-dd"_s << OptionalFormat(DateFormat::Iso);
        QTest::addRow("iso word") << u"iso"_s << OptionalFormat(DateFormat::Iso);
        QTest::addRow("iso upper case") << u" ISO "_s << OptionalFormat(DateFormat::Iso);
        QTest::addRow("us") << u"MM/dd/yyyy"_s << OptionalFormat(DateFormat::MonthDayYearSlash);
        QTest::addRow("us short") << u"M/d/yyyy"_s << OptionalFormat(DateFormat::MonthDayYearSlash);
        QTest::addRow("uk") << u"dd/MM/yyyy"_s << OptionalFormat(DateFormat::DayMonthYearSlash);
        QTest::addRow("uk short") << u"d/M/yyyy"_s << OptionalFormat(DateFormat::DayMonthYearSlash);
        QTest::addRow("compact") << u"yyyyMMdd"_s << OptionalFormat(DateFormat::Compact);
        QTest::addRow("datev") << u"ddMM"_s << OptionalFormat(DateFormat::DayMonth);
        QTest::addRow("minutes are not months") << u"dd.mm.yyyy"_s << OptionalFormat();
        QTest::addRow("unknown") << u"yyyy.MM.dd"_s << OptionalFormat();
        QTest::addRow("empty") << QString() << OptionalFormat();
    }

    void readsDateFormatPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(OptionalFormat, expected);
        const OptionalFormat actual = dateFormatFromPattern(pattern);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*actual, *expected);
    }

    void patternsRoundTrip_data()
    {
        QTest::addColumn<DateFormat>("format");
        QTest::addColumn<QString>("pattern");
        QTest::addRow("iso") << DateFormat::Iso << u"yyyy-MM-dd"_s;
        QTest::addRow("german") << DateFormat::DayMonthYearDot << u"dd.MM.yyyy"_s;
        QTest::addRow("us") << DateFormat::MonthDayYearSlash << u"MM/dd/yyyy"_s;
        QTest::addRow("uk") << DateFormat::DayMonthYearSlash << u"dd/MM/yyyy"_s;
        QTest::addRow("compact") << DateFormat::Compact << u"yyyyMMdd"_s;
        QTest::addRow("datev") << DateFormat::DayMonth << u"ddMM"_s;
        QTest::addRow("month name") << DateFormat::MonthName << u"MMM d, yyyy"_s;
    }

    void patternsRoundTrip()
    {
        QFETCH(DateFormat, format);
        QFETCH(QString, pattern);
        QCOMPARE(dateFormatPattern(format), pattern);
        const OptionalFormat back = dateFormatFromPattern(pattern);
        QVERIFY(back);
        QCOMPARE(*back, format);
    }

    void normalisesIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::addRow("point zero") << u"17850.0"_s << u"17850"_s;
        QTest::addRow("comma zero") << u"17850,0"_s << u"17850"_s;
        QTest::addRow("two zeros") << u"17850.00"_s << u"17850"_s;
        QTest::addRow("spaces") << u" 17850 "_s << u"17850"_s;
        QTest::addRow("tab and zero") << u"\t17850.0\t"_s << u"17850"_s;
        QTest::addRow("scientific") << u"1.7850E+4"_s << u"17850"_s;
        QTest::addRow("scientific, short mantissa") << u"1.785E+4"_s << u"17850"_s;
        QTest::addRow("scientific, comma, two-digit exponent") << u"1,785E+04"_s << u"17850"_s;
        QTest::addRow("scientific, lower case") << u"4.5e+1"_s << u"45"_s;
        QTest::addRow("scientific, no fraction") << u"1E5"_s << u"100000"_s;
        QTest::addRow("scientific, not integral") << u"1.23456E+3"_s << u"1.23456E+3"_s;
        QTest::addRow("scientific, negative exponent") << u"1.5E-3"_s << u"1.5E-3"_s;
        QTest::addRow("scientific, leading zero") << u"0.5E+1"_s << u"5"_s;
        QTest::addRow("letters and digits") << u"C536379"_s << u"C536379"_s;
        QTest::addRow("leading zeros kept") << u"00123"_s << u"00123"_s;
        QTest::addRow("leading zeros kept, zero fraction") << u"00123.0"_s << u"00123"_s;
        QTest::addRow("hyphen") << u"K-1001"_s << u"K-1001"_s;
        QTest::addRow("real fraction") << u"17850.5"_s << u"17850.5"_s;
        QTest::addRow("trailing point") << u"17850."_s << u"17850."_s;
        QTest::addRow("version-like") << u"12.0.0"_s << u"12.0.0"_s;
        QTest::addRow("negative") << u"-17850.0"_s << u"-17850.0"_s;
        QTest::addRow("email") << u" a@example.com "_s << u"a@example.com"_s;
        QTest::addRow("empty") << QString() << QString();
    }

    void normalisesIds()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(normaliseId(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
