// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "support/clifixtures.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd::test;

// The report command of the built retentiondesk-cli, run as a user would on the businesses of
// clifixtures.h; what it shares with cohorts and survival is in tst_climetrics.
class TestCliReport : public rd::test::TestCase, private CliFixtures
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void report_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected"); // after the header
        const QStringList march {
            u"--from"_s, u"2024-03-01,0,1"_s, u"--to"_s, u"2024-03-31,0,1"_s, u"--as-of"_s, u"2024-03-31,0,1"_s};
        const QStringList februaryAndMarch {u"--period"_s, u"month"_s, u"--from"_s, u"2024-02-01,0,1"_s, u"--to"_s,
            u"2024-03-31,0,1"_s, u"--as-of"_s, u"2024-03-31,0,1"_s};

        // S 20, N 4, L 3, E = 20 + 4 - 3 = 21; churn 3 / 20, retention (21 - 4) / 20. The last two columns:
        // partial (the as-of day before the period's last day) and measurable (contract customers always;
        // shop customers from the first day of the data, 2023-10-01, plus the 90-day window).
        QTest::addRow("textbook, months") << u"textbook"_s << februaryAndMarch
                                          << QStringList {u"2024-02,20,0,0,0,20,0.00,100.00,250.00,,,0,1"_s,
                                                 u"2024-03,20,4,0,3,21,15.00,85.00,245.00,92.00,76.00,0,1"_s};
        QTest::addRow("textbook, weeks") << u"textbook"_s << QStringList {u"--period"_s, u"week"_s} + march
                                         << QStringList {u"2024-W09,20,0,0,0,20,0.00,100.00,0.00,,,0,1"_s,
                                                // N1 in on 03-04, C01 out on 03-05; N1 pays 25.00 and C04 120.00
                                                u"2024-W10,20,1,0,1,20,5.00,95.00,145.00,,,0,1"_s,
                                                // neither N1 nor C04 pays again: NRR 0
                                                u"2024-W11,20,1,0,1,20,5.00,95.00,110.00,0.00,0.00,0,1"_s,
                                                u"2024-W12,20,1,0,1,20,5.00,95.00,-10.00,0.00,0.00,0,1"_s,
                                                // nobody paid in W12 (a refund is no payment): no NRR
                                                u"2024-W13,20,1,0,0,21,0.00,100.00,0.00,,,0,1"_s};
        QTest::addRow("textbook, quarter") << u"textbook"_s << QStringList {u"--period"_s, u"quarter"_s} + march
                                           << QStringList {u"2024-Q1,20,4,0,3,21,15.00,85.00,495.00,,,0,1"_s};
        QTest::addRow("textbook, year") << u"textbook"_s
                                        << QStringList {u"--period"_s, u"year"_s, u"--from"_s, u"2024-03-01,0,1"_s,
                                               u"--as-of"_s, u"2024-04-15,0,1"_s}
                                        << QStringList {u"2024,20,4,0,3,21,15.00,85.00,594.00,,,1,1"_s};
        QTest::addRow("--period is case-blind") << u"textbook"_s << QStringList {u"--period"_s, u"Quarter"_s} + march
                                                << QStringList {u"2024-Q1,20,4,0,3,21,15.00,85.00,495.00,,,0,1"_s};

        // C01-C03 and N1, N2 are smb; C04 120.00 + C05 30.00 of February's 190.00 (C01 40.00 pays nothing).
        QTest::addRow("--segment smb") << u"textbook"_s << februaryAndMarch + QStringList {u"--segment"_s, u"smb"_s}
                                       << QStringList {u"2024-02,10,0,0,0,10,0.00,100.00,190.00,,,0,1"_s,
                                              u"2024-03,10,2,0,3,9,30.00,70.00,165.00,78.95,68.42,0,1"_s};
        QTest::addRow("--segment enterprise")
            << u"textbook"_s << februaryAndMarch + QStringList {u"--segment"_s, u"enterprise"_s}
            << QStringList {u"2024-02,10,0,0,0,10,0.00,100.00,60.00,,,0,1"_s,
                   u"2024-03,10,2,0,0,12,0.00,100.00,80.00,133.33,100.00,0,1"_s};
        QTest::addRow("--plan pro") << u"textbook"_s << februaryAndMarch + QStringList {u"--plan"_s, u"pro"_s}
                                    << QStringList {u"2024-02,10,0,0,0,10,0.00,100.00,60.00,,,0,1"_s,
                                           u"2024-03,10,2,0,0,12,0.00,100.00,80.00,133.33,100.00,0,1"_s};
        QTest::addRow("--segment nobody has: rates undefined")
            << u"textbook"_s << march + QStringList {u"--segment"_s, u"consumer"_s}
            << QStringList {u"2024-03,0,0,0,0,0,,,0.00,,,0,1"_s};

        // January: S1 (lost 02-13) at start, S3 new. February: S1 lost, S2 back. S2 pays 40.00, then 50.00.
        QTest::addRow("shop customers, months") << u"shop"_s
                                                << QStringList {u"--from"_s, u"2024-01-01,0,1"_s, u"--to"_s,
                                                       u"2024-03-31,0,1"_s, u"--as-of"_s, u"2024-03-31,0,1"_s}
                                                << QStringList {u"2024-01,1,1,0,0,2,0.00,100.00,10.00,,,0,1"_s,
                                                       u"2024-02,2,1,1,1,2,50.00,50.00,40.00,0.00,0.00,0,1"_s,
                                                       u"2024-03,2,0,0,0,2,0.00,100.00,65.00,125.00,100.00,0,1"_s};
        // Nobody can be lost silently before 2023-10-01 + 90 days = 2023-12-30: no rates there, not 0 % (S2's
        // loss on 2023-12-30 is counted, but December as a whole could not have shown the others).
        QTest::addRow("shop customers, before the churn window")
            << u"shop"_s
            << QStringList {u"--from"_s, u"2023-10-01"_s, u"--to"_s, u"2024-01-31"_s, u"--as-of"_s, u"2024-03-31"_s}
            << QStringList {u"2023-10,0,1,0,0,1,,,20.00,,,0,0"_s, u"2023-11,1,1,0,0,2,,,30.00,0.00,0.00,0,0"_s,
                   u"2023-12,2,0,0,1,1,,,0.00,0.00,0.00,0,0"_s, u"2024-01,1,1,0,0,2,0.00,100.00,10.00,,,0,1"_s};
        QTest::addRow("shop customers, weeks")
            << u"shop"_s
            << QStringList {u"--period"_s, u"week"_s, u"--from"_s, u"2024-02-05,0,1"_s, u"--to"_s, u"2024-02-25,0,1"_s,
                   u"--as-of"_s, u"2024-03-31,0,1"_s}
            << QStringList {u"2024-W06,2,0,0,0,2,0.00,100.00,0.00,,,0,1"_s,
                   u"2024-W07,2,0,0,1,1,50.00,50.00,0.00,,,0,1"_s, // 2024-02-13 is the Tuesday of week 7
                   u"2024-W08,1,1,1,0,2,0.00,100.00,40.00,,,0,1"_s};
    }

    void report()
    {
        QFETCH(QString, database);
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const QString db = fixture(database);
        QVERIFY2(!db.isEmpty(), qPrintable(m_fixtureError));
        const Run run = cli(QStringList {u"report"_s, u"--db"_s, db} + arguments);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out), QStringList {ReportHeader} + expected);
    }

    void reportOfTheTextbookMonth()
    {
        const QString db = fixture(u"textbook"_s);
        QVERIFY2(!db.isEmpty(), qPrintable(m_fixtureError));
        const Run run = cli({u"report"_s, u"--db"_s, db, u"--period"_s, u"month"_s, u"--from"_s, u"2024-03-01"_s,
            u"--to"_s, u"2024-03-31"_s, u"--as-of"_s, u"2024-03-31"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.section(u'\n', 0, 0), ReportHeader);
        const QStringList rows = lines(run.out).mid(1);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).section(u',', 0, 8), u"2024-03,20,4,0,3,21,15.00,85.00,245.00"_s);
        // February is the period before March whatever --from says: the same March row as in the
        // two-month report (see report(), "textbook, months").
        QCOMPARE(rows.at(0), u"2024-03,20,4,0,3,21,15.00,85.00,245.00,92.00,76.00,0,1"_s);
    }

    void reportDefaultsToAllTheData()
    {
        const QString db = fixture(u"textbook"_s);
        QVERIFY2(!db.isEmpty(), qPrintable(m_fixtureError));
        // Months from the first day in the data (signup 2023-01-10) to the last (the order of 2024-04-15).
        const Run run = cli({u"report"_s, u"--db"_s, db});
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        const QStringList rows = lines(run.out);
        QCOMPARE(rows.size(), 1 + 16);
        QCOMPARE(rows.at(0), ReportHeader);
        QCOMPARE(rows.at(1), u"2023-01,0,2,0,0,2,,,0.00,,,0,1"_s);
        QCOMPARE(rows.at(15), u"2024-03,20,4,0,3,21,15.00,85.00,245.00,92.00,76.00,0,1"_s);
        // The data ends on 2024-04-15: April is partial.
        QCOMPARE(rows.at(16), u"2024-04,21,0,0,0,21,0.00,100.00,99.00,0.00,0.00,1,1"_s);
        QCOMPARE(jsonOf(cli({u"report"_s, u"--db"_s, db, u"--format"_s, u"json"_s})).value(u"as_of"_s).toString(),
            u"2024-04-15"_s);
    }

    // A shop customer is lost on the last order + W; the database default W is 90 days (the CLI cannot
    // change it). S1's last order is on 2023-11-15; S2 comes back on 2024-02-20.
    void silentShopCustomerIsLostAfterNinetyDays_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("expected"); // February's customer columns
        QTest::addRow("day 89") << u"2024-02-12"_s << u"2024-02,2,0,0,0,2,0.00,100.00"_s;
        QTest::addRow("day 90") << u"2024-02-13"_s << u"2024-02,2,0,0,1,1,50.00,50.00"_s;
        QTest::addRow("before the return") << u"2024-02-19"_s << u"2024-02,2,0,0,1,1,50.00,50.00"_s;
        QTest::addRow("on the return") << u"2024-02-20"_s << u"2024-02,2,1,1,1,2,50.00,50.00"_s;
    }

    void silentShopCustomerIsLostAfterNinetyDays()
    {
        QFETCH(QString, asOf);
        QFETCH(QString, expected);
        const QString db = fixture(u"shop"_s);
        QVERIFY2(!db.isEmpty(), qPrintable(m_fixtureError));
        const Run run = cli(
            {u"report"_s, u"--db"_s, db, u"--from"_s, u"2024-02-01"_s, u"--to"_s, u"2024-02-29"_s, u"--as-of"_s, asOf});
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        const QStringList rows = lines(run.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).section(u',', 0, 7), expected);
    }

    void ordersAfterTheAsOfDayAreNoRevenue_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected"); // the last row
        // As of 2024-03-15 N1, N2 joined and C01, C02 left; C06's refund of 03-20 has not happened yet.
        QTest::addRow("refund after the as-of day") << QStringList {u"--from"_s, u"2024-02-01"_s, u"--as-of"_s,
            u"2024-03-15"_s} << u"2024-03,20,2,0,2,20,10.00,90.00,255.00,92.00,76.00,1,1"_s;
        // The year 2024 as of 2024-03-31: C07's order of 2024-04-15 has not happened yet.
        QTest::addRow("order after the as-of day")
            << QStringList {u"--period"_s, u"year"_s, u"--from"_s, u"2024-01-01"_s, u"--as-of"_s, u"2024-03-31"_s}
            << u"2024,20,4,0,3,21,15.00,85.00,495.00,,,1,1"_s;
    }

    void ordersAfterTheAsOfDayAreNoRevenue()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString db = fixture(u"textbook"_s);
        QVERIFY2(!db.isEmpty(), qPrintable(m_fixtureError));
        const Run run = cli(QStringList {u"report"_s, u"--db"_s, db} + arguments);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        const QStringList rows = lines(run.out);
        QVERIFY(rows.size() > 1);
        QCOMPARE(rows.constLast().section(u',', 0, 7), expected.section(u',', 0, 7));
        QCOMPARE(rows.constLast(), expected);
    }

    void reportAsJson_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("periods");
        QTest::addRow("textbook") << u"textbook"_s
                                  << QStringList {u"--from"_s, u"2024-02-01"_s, u"--to"_s, u"2024-03-31"_s,
                                         u"--as-of"_s, u"2024-03-31"_s}
                                  << 2;
        QTest::addRow("textbook, weeks") << u"textbook"_s
                                         << QStringList {u"--period"_s, u"week"_s, u"--from"_s, u"2024-03-01"_s,
                                                u"--to"_s, u"2024-03-31"_s, u"--as-of"_s, u"2024-03-31"_s}
                                         << 5;
        QTest::addRow("no one in the segment")
            << u"textbook"_s
            << QStringList {u"--segment"_s, u"consumer"_s, u"--from"_s, u"2024-03-01"_s, u"--as-of"_s, u"2024-03-31"_s}
            << 1;
        QTest::addRow("shop") << u"shop"_s
                              << QStringList {u"--from"_s, u"2024-01-01"_s, u"--to"_s, u"2024-03-31"_s, u"--as-of"_s,
                                     u"2024-03-31"_s}
                              << 3;
    }

    // The same numbers as the CSV, null where the CSV field is empty, and the as-of day.
    void reportAsJson()
    {
        QFETCH(QString, database);
        QFETCH(QStringList, arguments);
        QFETCH(int, periods);
        const QString db = fixture(database);
        QVERIFY2(!db.isEmpty(), qPrintable(m_fixtureError));
        const QStringList common = QStringList {u"report"_s, u"--db"_s, db} + arguments;
        const Run csv = cli(common);
        QCOMPARE(csv.exitCode, 0);
        const QStringList rows = lines(csv.out);
        QCOMPARE(rows.size(), 1 + periods);
        const Run run = cli(common + QStringList {u"--format"_s, u"json"_s});
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject object = jsonOf(run);
        QCOMPARE(object.value(u"as_of"_s).toString(), arguments.at(arguments.indexOf(u"--as-of"_s) + 1));
        QCOMPARE(object.value(u"period"_s).toString(),
            arguments.contains(u"week"_s) ? u"week"_s : u"month"_s); // month by default
        QCOMPARE(object.value(u"inactivity_days"_s).toInt(), 90);
        QCOMPARE(object.value(u"churn_model"_s).toString(), u"auto"_s);
        const QJsonArray array = object.value(u"periods"_s).toArray();
        QCOMPARE(array.size(), periods);
        const QStringList names = ReportHeader.split(u',');
        for (int p = 0; p < periods; ++p) {
            const QStringList fields = rows.at(1 + p).split(u',');
            QCOMPARE(fields.size(), names.size());
            const QJsonObject figures = array.at(p).toObject();
            QCOMPARE(figures.value(u"period"_s).toString(), fields.at(0));
            for (int i = 1; i < names.size(); ++i) {
                const QJsonValue value = figures.value(names.at(i));
                const QString where = u"%1 %2: %3"_s.arg(fields.at(0), names.at(i), fields.at(i));
                if (names.at(i) == u"partial" || names.at(i) == u"measurable") {
                    // 0 or 1 in CSV, false or true in JSON.
                    QVERIFY2(value.isBool(), qPrintable(where));
                    QCOMPARE(value.toBool(), fields.at(i) == u"1");
                } else if (fields.at(i).isEmpty()) {
                    QVERIFY2(value.isNull(), qPrintable(where));
                } else {
                    QVERIFY2(value.isDouble(), qPrintable(where));
                    QCOMPARE(value.toDouble(), fields.at(i).toDouble());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
