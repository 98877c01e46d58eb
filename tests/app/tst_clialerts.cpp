// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "support/clirunner.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd::test;

// retentiondesk-cli alerts as a daily job runs it: what turned red or yellow since the last look, nothing twice,
// exit status 3 only when something new is there.
class TestCliAlerts : public rd::test::TestCase, private CliRunner
{
    Q_OBJECT

private:
    static constexpr auto Header = "customer_id,name,change,status,previous,changed_at,key_account,value_12m,reasons";

    // A spends 500 a month, then 100 (spending down 80 %: red); B is steady (green); D has an open complaint (red).
    QString business()
    {
        return importedDatabase({
            {u"customers"_s, "customer_id,name\nA,Alpha GmbH\nB,Beta KG\nD,Delta OHG\n"},
            {u"orders"_s,
                "customer_id,date,amount\n"
                "A,2024-01-05,500\nA,2024-02-05,500\nA,2024-03-05,500\nA,2024-04-05,100\nA,2024-05-05,100\n"
                "A,2024-06-05,100\n"
                "B,2024-01-10,50\nB,2024-02-10,50\nB,2024-03-10,50\nB,2024-04-10,50\nB,2024-05-10,50\n"
                "B,2024-06-10,50\n"
                "D,2024-01-01,80\nD,2024-02-01,80\nD,2024-03-01,80\nD,2024-04-01,80\nD,2024-05-01,80\n"
                "D,2024-06-01,80\n"},
            {u"tickets"_s,
                "ticket_id,customer_id,opened,closed,severity,complaint,subject\n"
                "T1,D,2024-06-20,,normal,yes,Lieferung kaputt\n"},
        });
    }

    bool import(const QString &db, const QString &kind, const QByteArray &csv)
    {
        return cli({u"import"_s, u"--db"_s, db, u"--kind"_s, kind, writeFile(csv)}).exitCode == 0;
    }

    // Each row's customer, change, status and previous colour.
    static QStringList changes(const Run &run)
    {
        QStringList rows;
        const QStringList all = lines(run.out);
        for (qsizetype i = 1; i < all.size(); ++i)
            rows.append(all.at(i).split(u',').mid(0, 5).join(u','));
        return rows;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newAlertsOnceThenNothing()
    {
        const QString db = business();
        QVERIFY(!db.isEmpty());
        const Run first = cli({u"alerts"_s, u"--db"_s, db, u"--format"_s, u"csv"_s});
        QCOMPARE(first.exitCode, 3);
        QCOMPARE(lines(first.out).value(0), QString::fromLatin1(Header));
        QCOMPARE(changes(first), (QStringList {u"A,Alpha GmbH,alert,red,none"_s, u"D,Delta OHG,alert,red,none"_s}));
        QVERIFY2(first.out.contains(u"spending down 80 %"_s), qPrintable(first.out));

        // The same data looked at again: nothing new, and a job mails nothing.
        const Run second = cli({u"alerts"_s, u"--db"_s, db, u"--format"_s, u"csv"_s, u"--since-last"_s});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(lines(second.out), QStringList {QString::fromLatin1(Header)});
    }

    void recoveryAndNewAlert()
    {
        const QString db = business();
        QVERIFY(!db.isEmpty());
        QCOMPARE(cli({u"alerts"_s, u"--db"_s, db}).exitCode, 3);

        // D's complaint is resolved: green again, which is no alert.
        QVERIFY(import(db, u"tickets"_s,
            "ticket_id,customer_id,opened,closed,severity,complaint,subject\n"
            "T1,D,2024-06-20,2024-06-24,normal,yes,Lieferung kaputt\n"));
        const Run recovered = cli({u"alerts"_s, u"--db"_s, db, u"--format"_s, u"csv"_s});
        QCOMPARE(recovered.exitCode, 0);
        QCOMPARE(changes(recovered), QStringList {u"D,Delta OHG,recovered,green,red"_s});
        QVERIFY2(recovered.out.contains(u"complaint"_s), qPrintable(recovered.out)); // what it was red for

        // B complains: B alone is new.
        QVERIFY(import(db, u"tickets"_s,
            "ticket_id,customer_id,opened,closed,severity,complaint,subject\n"
            "T2,B,2024-06-26,,high,yes,Rechnung falsch\n"));
        const Run json = cli({u"alerts"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 3);
        const QJsonObject object = jsonOf({0, json.out, json.err});
        QCOMPARE(object.value(u"new_alerts"_s).toInt(), 1);
        QCOMPARE(object.value(u"as_of"_s).toString(), u"2024-06-26"_s);
        const QJsonArray customers = object.value(u"customers"_s).toArray();
        QCOMPARE(customers.size(), 1);
        const QJsonObject b = customers.at(0).toObject();
        QCOMPARE(b.value(u"customer_id"_s).toString(), u"B"_s);
        QCOMPARE(b.value(u"status"_s).toString(), u"red"_s);
        QCOMPARE(b.value(u"previous"_s).toString(), u"green"_s);
        QCOMPARE(b.value(u"reasons"_s).toArray().at(0).toObject().value(u"code"_s).toString(), u"open_complaint"_s);

        // Since a day before every look: everything red now counts as new against no look at all.
        const Run since = cli({u"alerts"_s, u"--db"_s, db, u"--since"_s, u"2000-01-01"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(since.exitCode, 3);
        QCOMPARE(changes(since), (QStringList {u"A,Alpha GmbH,alert,red,none"_s, u"B,Beta KG,alert,red,none"_s}));
    }

    void textNamesTheLookCompared()
    {
        const QString db = business();
        QVERIFY(!db.isEmpty());
        const Run first = cli({u"alerts"_s, u"--db"_s, db});
        QCOMPARE(first.exitCode, 3);
        QVERIFY2(first.out.startsWith(u"First look (nothing to compare with yet): 2 turned red or yellow"_s),
            qPrintable(first.out));
        QVERIFY2(first.out.contains(u"Alpha GmbH (A)"_s), qPrintable(first.out));
        const Run second = cli({u"alerts"_s, u"--db"_s, db});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.startsWith(u"Since the look of "_s), qPrintable(second.out));
        QVERIFY2(second.out.contains(u"0 turned red or yellow, 0 green again."_s), qPrintable(second.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no database") << QStringList {u"alerts"_s};
        QTest::newRow("both since options")
            << QStringList {u"alerts"_s, u"--db"_s, u"x.sqlite"_s, u"--since"_s, u"2024-01-01"_s, u"--since-last"_s};
        QTest::newRow("since no date") << QStringList {
            u"alerts"_s, u"--db"_s, u"x.sqlite"_s, u"--since"_s, u"yesterday"_s};
        QTest::newRow("unknown format") << QStringList {u"alerts"_s, u"--db"_s, u"x.sqlite"_s, u"--format"_s, u"xml"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAlerts)
#include "tst_clialerts.moc"
