// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// Amounts as the user's locale writes money, with the currency's sign.
#include <QTest>

#include "core/money.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestMoney : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void formatsAsTheLocaleWritesMoney_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        const QLocale british(QLocale::English, QLocale::UnitedKingdom);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::addRow("pounds") << british << qint64(113240774) << u"GBP"_s << u"£1,132,407.74"_s;
        QTest::addRow("euros in English") << british << qint64(123456) << u"EUR"_s << u"€1,234.56"_s;
        QTest::addRow("euros in German") << german << qint64(123456) << u"EUR"_s << u"1.234,56\u00a0€"_s;
        QTest::addRow("pounds in German") << german << qint64(-50) << u"GBP"_s << u"-0,50\u00a0£"_s;
        QTest::addRow("code without a sign") << british << qint64(100) << u"CHF"_s << u"CHF\u00a01.00"_s;
        QTest::addRow("code, negative") << british << qint64(-100) << u"CHF"_s << u"(CHF\u00a01.00)"_s;
        QTest::addRow("code in German") << german << qint64(100) << u"CHF"_s << u"1,00\u00a0CHF"_s;
        QTest::addRow("machine output") << QLocale::c() << qint64(123456) << u"GBP"_s << u"1234.56 GBP"_s;
    }

    void formatsAsTheLocaleWritesMoney()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(formatMoney(minor, currency, locale), expected);
    }

    void knowsTheCommonSigns()
    {
        QCOMPARE(currencySign(u"eur"_s), u"€"_s);
        QCOMPARE(currencySign(u"GBP"_s), u"£"_s);
        QCOMPARE(currencySign(u"SEK"_s), u"SEK"_s);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
