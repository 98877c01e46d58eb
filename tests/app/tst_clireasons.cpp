// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "support/clirunner.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd::test;

// retentiondesk-cli reasons on hand-made exports: why the customers lost in each period left.
class TestCliReasons : public rd::test::TestCase, private CliRunner
{
    Q_OBJECT

private:
    // A cancels for price (German header), B says nothing but comments on the support, C switched (Stripe's
    // feedback code), D answers an exit survey after leaving, E stays; F leaves in May without a word.
    QString business()
    {
        return importedDatabase({
            {u"customers"_s,
                "customer_id,name,plan,mrr,signup_date,cancel_date,Kündigungsgrund,Kommentar\n"
                "A,Alpha,Basic,100,2024-01-01,2024-03-10,Zu teuer,\n"
                "B,Beta,Basic,100,2024-01-01,2024-03-20,,Support war langsam\n"
                "D,Delta,Basic,100,2024-01-01,2024-04-15,,\n"
                "E,Echo,Basic,100,2024-01-01,,,\n"
                "F,Foxtrot,Pro,250,2024-01-01,2024-05-02,,\n"},
            {u"customers"_s,
                "Customer ID,Plan,Quantity,Interval,Amount,Start (UTC),Canceled At (UTC),Current Period End (UTC),"
                "cancellation_details.feedback\n"
                "C,Basic,1,month,100,2024-01-01,2024-04-05,2024-04-05,switched_service\n"},
            // An exit survey: reasons and no scores, so no kind column is needed.
            {u"surveys"_s, "Kundennummer,Datum,Grund,Anmerkung\nD,2024-04-20,Kein Bedarf mehr,\nE,2024-04-01,,\n"},
        });
    }

    static QStringList nonZero(const QString &csv)
    {
        QStringList rows;
        for (const QString &line : lines(csv)) {
            if (line.split(u',').value(2) != u"0")
                rows.append(line);
        }
        return rows;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void perMonth()
    {
        const QString db = business();
        QVERIFY(!db.isEmpty());
        const Run run = cli({u"reasons"_s, u"--db"_s, db});
        QCOMPARE(run.exitCode, 0);
        const QStringList all = lines(run.out);
        QCOMPARE(all.value(0), u"period,category,customers,lost_revenue,share"_s);
        QCOMPARE(all.size(), 1 + 5 * 9); // 2024-01 to 2024-05, every category
        QCOMPARE(all.value(1), u"2024-01,price,0,0.00,"_s); // nobody lost: no share
        QCOMPARE(nonZero(run.out),
            (QStringList {u"period,category,customers,lost_revenue,share"_s, u"2024-03,price,1,1200.00,50.00"_s,
                u"2024-03,service,1,1200.00,50.00"_s, u"2024-04,competitor,1,1200.00,50.00"_s,
                u"2024-04,not_needed,1,1200.00,50.00"_s, u"2024-05,unknown,1,3000.00,100.00"_s}));

        // The same customers as the churn report loses.
        const Run report = cli({u"report"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
        QCOMPARE(report.exitCode, 0);
        qint64 lost = 0;
        for (const QJsonValue &period : jsonOf(report).value(u"periods"_s).toArray())
            lost += period.toObject().value(u"lost_customers"_s).toInteger();
        QCOMPARE(lost, 5);
    }

    void overTheWholeRange()
    {
        const QString db = business();
        QVERIFY(!db.isEmpty());
        const Run run = cli({u"reasons"_s, u"--db"_s, db, u"--period"_s, u"all"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = jsonOf(run);
        QCOMPARE(object.value(u"as_of"_s).toString(), u"2024-05-02"_s);
        const QJsonArray rows = object.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 9);
        QStringList categories;
        for (const QJsonValue &value : rows)
            categories.append(value.toObject().value(u"category"_s).toString());
        QCOMPARE(categories,
            (QStringList {u"price"_s, u"quality"_s, u"competitor"_s, u"usability"_s, u"service"_s, u"not_needed"_s,
                u"closed"_s, u"other"_s, u"unknown"_s}));
        const QJsonObject unknown = rows.at(8).toObject();
        QCOMPARE(unknown.value(u"period"_s).toString(), u"all"_s);
        QCOMPARE(unknown.value(u"customers"_s).toInt(), 1);
        QCOMPARE(unknown.value(u"share"_s).toDouble(), 20.0);
        QCOMPARE(unknown.value(u"lost_revenue"_s).toDouble(), 3000.0);
        QCOMPARE(unknown.value(u"customer_ids"_s).toArray(), QJsonArray {u"F"_s});

        // A segment of customers and a range: only the Basic plan, from April.
        const Run basic = cli({u"reasons"_s, u"--db"_s, db, u"--period"_s, u"all"_s, u"--plan"_s, u"Basic"_s,
            u"--from"_s, u"2024-04-01"_s});
        QCOMPARE(basic.exitCode, 0);
        QCOMPARE(nonZero(basic.out),
            (QStringList {u"period,category,customers,lost_revenue,share"_s, u"all,competitor,1,1200.00,50.00"_s,
                u"all,not_needed,1,1200.00,50.00"_s}));
    }

    void ownKeywordsFromTheSettings()
    {
        const QString db = business();
        QVERIFY(!db.isEmpty());
        // The user's phrase is longer than the built-in "teuer": it decides.
        const Run set = cli({u"settings"_s, u"--db"_s, db, u"reasons.closed= zu  teuer ,Geschäftsaufgabe"_s});
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains(u"reasons.closed"_s) && set.out.contains(u"zu teuer, Geschäftsaufgabe"_s),
            qPrintable(set.out));
        const Run run = cli({u"reasons"_s, u"--db"_s, db, u"--period"_s, u"all"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(nonZero(run.out),
            (QStringList {u"period,category,customers,lost_revenue,share"_s, u"all,competitor,1,1200.00,20.00"_s,
                u"all,service,1,1200.00,20.00"_s, u"all,not_needed,1,1200.00,20.00"_s, u"all,closed,1,1200.00,20.00"_s,
                u"all,unknown,1,3000.00,20.00"_s}));
        QCOMPARE(cli({u"settings"_s, u"--db"_s, db, u"--reset"_s, u"reasons.closed"_s}).exitCode, 0);
        QVERIFY(cli({u"reasons"_s, u"--db"_s, db, u"--period"_s, u"all"_s}).out.contains(u"all,price,1,"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no database") << QStringList {u"reasons"_s};
        QTest::newRow("bad period") << QStringList {u"reasons"_s, u"--db"_s, u"x.sqlite"_s, u"--period"_s, u"day"_s};
        QTest::newRow("bad from") << QStringList {u"reasons"_s, u"--db"_s, u"x.sqlite"_s, u"--from"_s, u"May"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliReasons)
#include "tst_clireasons.moc"
