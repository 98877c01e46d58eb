// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <cmath>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "support/clirunner.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd::test;

// The risk commands of the built retentiondesk-cli, run as a user would: risk, review, fit, backtest and tune.
class TestCliRisk : public rd::test::TestCase, private CliRunner
{
    Q_OBJECT

private:
    // The traffic light end to end, as of 2024-06-30: A spends 500 a month, then 100 (spending down
    // 80 %: red); B is steady (green); C cancelled (not listed); D has an open complaint (red).
    QString riskDatabase()
    {
        const QList<std::pair<QString, QByteArray>> files = {
            {u"customers"_s,
                "customer_id,name,plan,signup_date,cancel_date\n"
                "A,Alpha GmbH,,2024-01-01,\nB,Beta KG,,2024-01-01,\nC,Gamma AG,Basic,2024-01-01,2024-05-15\n"
                "D,Delta OHG,,2024-01-01,\n"},
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
        };
        return importedDatabase(files);
    }

    // The CDNOW sample (2,357 customers, 1997-01 to 1998-06) as an orders database; empty on failure.
    QString cdnowDatabase()
    {
        QFile sample(testData(u"cdnow_sample.txt"_s));
        if (!sample.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        QByteArray csv = "customer_id,date,amount\n";
        for (const QByteArray &line : sample.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() == 5)
                csv += fields.at(1) + ',' + fields.at(2) + ',' + fields.at(4) + '\n';
        }
        return importedDatabase({{u"orders"_s, csv}});
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void riskListsCustomersInPriorityOrder()
    {
        const QString db = riskDatabase();
        QVERIFY(!db.isEmpty());
        const Run run = cli({u"risk"_s, u"--db"_s, db, u"--as-of"_s, u"2024-06-30"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"warning: no probability alive"_s), qPrintable(run.err)); // four customers
        QCOMPARE(lines(run.out),
            (QStringList {u"customer_id,name,status,score,key_account,value_12m,p_alive,reasons"_s,
                u"A,Alpha GmbH,red,30,yes,1800.00,,spending down 80 % (1500.00 EUR → 300.00 EUR per 90 days)"_s,
                u"D,Delta OHG,red,30,yes,480.00,,unresolved complaint or urgent ticket: 1"_s,
                u"B,Beta KG,green,0,no,300.00,,"_s}));

        const Run red = cli({u"risk"_s, u"--db"_s, db, u"--as-of"_s, u"2024-06-30"_s, u"--status"_s, u"red"_s});
        QCOMPARE(red.exitCode, 0);
        QCOMPARE(lines(red.out).size(), 3);
        QCOMPARE(cli({u"risk"_s, u"--db"_s, db, u"--status"_s, u"purple"_s}).exitCode, 2);

        const QJsonObject json
            = jsonOf(cli({u"risk"_s, u"--db"_s, db, u"--as-of"_s, u"2024-06-30"_s, u"--format"_s, u"json"_s}));
        QCOMPARE(json.value(u"red"_s).toInt(), 2);
        QCOMPARE(json.value(u"green"_s).toInt(), 1);
        const QJsonObject first = json.value(u"customers"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"customer_id"_s).toString(), u"A"_s);
        const QJsonObject reason = first.value(u"reasons"_s).toArray().at(0).toObject();
        QCOMPARE(reason.value(u"code"_s).toString(), u"spending_decline"_s);
        QCOMPARE(reason.value(u"numbers"_s).toArray().at(0).toDouble(), 80.0);
        QCOMPARE(first.value(u"review"_s).toObject().value(u"state"_s).toString(), u"open"_s);
    }

    // The totals are the segment's: the same filter and recount as the window's.
    void riskTotalsAreTheSegments()
    {
        const QString db = importedDatabase({
            {u"customers"_s,
                "customer_id,name,segment,signup_date\n"
                "A,Alpha GmbH,B2B,2024-01-01\nB,Beta KG,B2B,2024-01-01\nD,Delta OHG,B2C,2024-01-01\n"
                "E,Epsilon UG,B2C,2024-01-01\n"},
            {u"orders"_s,
                "customer_id,date,amount\nA,2024-06-01,80\nB,2024-06-10,50\nD,2024-06-01,80\nE,2024-06-20,10\n"},
            {u"tickets"_s,
                "ticket_id,customer_id,opened,closed,severity,complaint,subject\n"
                "T1,D,2024-06-20,,normal,yes,Lieferung kaputt\nT2,E,2024-06-21,,normal,no,Frage\n"},
        });
        QVERIFY(!db.isEmpty());
        const auto totals = [&](const QStringList &extra) {
            const QJsonObject json = jsonOf(
                cli(QStringList {u"risk"_s, u"--db"_s, db, u"--as-of"_s, u"2024-06-30"_s, u"--format"_s, u"json"_s}
                    + extra));
            return u"%1 red, %2 yellow, %3 green, %4 listed"_s.arg(json.value(u"red"_s).toInt())
                .arg(json.value(u"yellow"_s).toInt())
                .arg(json.value(u"green"_s).toInt())
                .arg(json.value(u"customers"_s).toArray().size());
        };
        QCOMPARE(totals({}), u"1 red, 1 yellow, 2 green, 4 listed"_s);
        QCOMPARE(totals({u"--segment"_s, u"B2C"_s}), u"1 red, 1 yellow, 0 green, 2 listed"_s);
        QCOMPARE(totals({u"--segment"_s, u"B2B"_s}), u"0 red, 0 yellow, 2 green, 2 listed"_s);
        // --status narrows the rows, not the totals.
        QCOMPARE(totals({u"--segment"_s, u"B2C"_s, u"--status"_s, u"red"_s}), u"1 red, 1 yellow, 0 green, 1 listed"_s);
    }

    void reviewStateIsSavedAndShown()
    {
        const QString db = riskDatabase();
        QVERIFY(!db.isEmpty());
        const Run set = cli({u"review"_s, u"--db"_s, db, u"--customer"_s, u"A"_s, u"--state"_s, u"contacted"_s,
            u"--owner"_s, u"Eva"_s, u"--note"_s, u"Angerufen, ruft zurück"_s, u"--author"_s, u"Eva"_s});
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(
            set.out.contains(u"contacted"_s) && set.out.contains(u"Angerufen, ruft zurück"_s), qPrintable(set.out));
        const QJsonObject json
            = jsonOf(cli({u"risk"_s, u"--db"_s, db, u"--as-of"_s, u"2024-06-30"_s, u"--format"_s, u"json"_s}));
        const QJsonObject review = json.value(u"customers"_s).toArray().at(0).toObject().value(u"review"_s).toObject();
        QCOMPARE(review.value(u"state"_s).toString(), u"contacted"_s);
        QCOMPARE(review.value(u"owner"_s).toString(), u"Eva"_s);
        QCOMPARE(cli({u"review"_s, u"--db"_s, db, u"--customer"_s, u"Z"_s}).exitCode, 1);
        QCOMPARE(cli({u"review"_s, u"--db"_s, db, u"--customer"_s, u"A"_s, u"--state"_s, u"snoozed"_s}).exitCode, 2);
        QCOMPARE(cli({u"review"_s, u"--db"_s, db, u"--customer"_s, u"A"_s, u"--state"_s, u"snoozed"_s, u"--until"_s,
                         u"2024-07-15"_s})
                     .exitCode,
            0);
    }

    // The CDNOW sample of the BG/NBD literature, fitted through the CLI as the paper does: 39 weeks of
    // calibration from 1997-01-01, the rest to 1998-06-30 as the holdout.
    void fitReproducesThePublishedEstimates()
    {
        const QString db = cdnowDatabase();
        QVERIFY(!db.isEmpty());
        const QJsonObject fit = jsonOf(cli({u"fit"_s, u"--db"_s, db, u"--calibration-end"_s, u"1997-09-30"_s,
            u"--as-of"_s, u"1998-06-30"_s, u"--format"_s, u"json"_s}));
        QCOMPARE(fit.value(u"unit"_s).toString(), u"week"_s);
        QCOMPARE(fit.value(u"customers"_s).toInt(), 2357);
        // Fader, Hardie and Lee (2005): r = 0.2426, alpha = 4.4137, a = 0.7930, b = 2.4262. Free CDs are
        // purchases, as in the paper, so the default fit lands within 1 %.
        const auto near = [&fit](const QString &name, double published) {
            const double value = fit.value(name).toDouble();
            return std::abs(value - published) <= 0.01 * published;
        };
        QVERIFY2(near(u"r"_s, 0.2426) && near(u"alpha"_s, 4.4137) && near(u"a"_s, 0.7930) && near(u"b"_s, 2.4262),
            QJsonDocument(fit).toJson().constData());
        const QJsonObject holdout = fit.value(u"holdout"_s).toObject();
        const double predicted = holdout.value(u"predicted"_s).toDouble();
        const double actual = holdout.value(u"actual"_s).toDouble();
        QVERIFY(actual > 0);
        QVERIFY2(std::abs(predicted - actual) <= 0.15 * actual, QJsonDocument(holdout).toJson().constData());
        QCOMPARE(holdout.value(u"by_calibration_purchases"_s).toArray().size(), 8);

        QCOMPARE(cli({u"fit"_s, u"--db"_s, db, u"--unit"_s, u"fortnight"_s}).exitCode, 2);
        const Run text = cli({u"fit"_s, u"--db"_s, db, u"--calibration-end"_s, u"1997-09-30"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"alpha"_s));
    }

    void backtestReportsTheLightBesideTheBaselines()
    {
        const QString db = cdnowDatabase();
        QVERIFY(!db.isEmpty());
        const Run run = cli({u"backtest"_s, u"--db"_s, db, u"--as-of"_s, u"1997-12-31"_s, u"--horizon"_s, u"180"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(u"as_of"_s).toString(), u"1997-12-31"_s);
        QCOMPARE(json.value(u"horizon_days"_s).toInt(), 180);
        const int customers = json.value(u"customers"_s).toInt();
        QVERIFY2(customers > 500, qPrintable(run.out));
        const QJsonObject levels = json.value(u"levels"_s).toObject();
        int listed = 0;
        for (const QString &level : {u"red"_s, u"yellow"_s, u"green"_s}) {
            const QJsonObject figures = levels.value(level).toObject();
            QVERIFY2(figures.contains(u"share"_s) && figures.contains(u"stopped"_s), qPrintable(level));
            listed += figures.value(u"customers"_s).toInt();
        }
        QCOMPARE(listed, customers);
        QVERIFY(levels.value(u"red"_s).toObject().value(u"share"_s).toDouble() <= 0.15);
        QVERIFY(levels.value(u"yellow"_s).toObject().value(u"share"_s).toDouble() <= 0.25);
        const double auc = json.value(u"auc"_s).toDouble();
        QVERIFY(auc > 0.5 && auc < 1);
        QVERIFY(json.value(u"lift_red_over_green"_s).toDouble() > 1);
        QVERIFY(json.value(u"top_decile_precision"_s).isDouble());
        QVERIFY(json.value(u"base_rate"_s).isDouble());
        const QJsonObject baselines = json.value(u"baselines"_s).toObject();
        for (const QString &name : {u"recency"_s, u"frequency"_s, u"p_alive"_s})
            QVERIFY2(baselines.value(name).toObject().value(u"auc"_s).isDouble(), qPrintable(name));
        // No message prepared yet: nothing to compare, and no share rather than 0 %.
        const QJsonObject winBack = json.value(u"win_back"_s).toObject();
        QCOMPARE(winBack.value(u"days"_s).toInt(), 90);
        QCOMPARE(winBack.value(u"contacted"_s).toInt(), 0);
        QCOMPARE(winBack.value(u"others"_s).toInt(), 0);
        QVERIFY(winBack.value(u"contacted_share"_s).isNull());

        // Without --as-of: the latest day that leaves a whole horizon (the data ends 1998-06-30).
        const QJsonObject latest = jsonOf(cli({u"backtest"_s, u"--db"_s, db}));
        QCOMPARE(latest.value(u"as_of"_s).toString(), u"1998-01-01"_s);
        const Run csv = cli({u"backtest"_s, u"--db"_s, db, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(lines(csv.out).size(), 8); // header, three levels, the light, three baselines
        QCOMPARE(cli({u"backtest"_s, u"--db"_s, db, u"--horizon"_s, u"5000"_s}).exitCode, 2);
        QCOMPARE(cli({u"backtest"_s, u"--db"_s, db, u"--horizon"_s, u"1000"_s}).exitCode, 1); // too short a history
    }

    void tuneStoresWhatItFound()
    {
        const QString db = cdnowDatabase();
        QVERIFY(!db.isEmpty());
        const Run dry = cli({u"tune"_s, u"--db"_s, db, u"--dry-run"_s, u"--format"_s, u"json"_s});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject report = jsonOf(dry);
        QVERIFY(!report.value(u"stored"_s).toBool());
        QCOMPARE(report.value(u"horizon_days"_s).toInt(), 180);
        QCOMPARE(report.value(u"checked_as_of"_s).toString(), u"1998-01-01"_s);
        QCOMPARE(report.value(u"tuned_as_of"_s).toString(), u"1997-07-05"_s);
        const QJsonObject after = report.value(u"check"_s).toObject().value(u"after"_s).toObject();
        QVERIFY(after.value(u"levels"_s).toObject().value(u"red"_s).toObject().value(u"share"_s).toDouble() <= 0.15);
        const QJsonObject tuned = report.value(u"after"_s).toObject();
        QCOMPARE(tuned.keys(), (QStringList {u"rhythm_red_score"_s, u"rhythm_yellow_score"_s, u"value_weight"_s}));

        const Run text = cli({u"tune"_s, u"--db"_s, db});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"was not used for tuning"_s), qPrintable(text.out));
        // Stored: a second run starts from the tuned thresholds and finds nothing better.
        const QJsonObject again = jsonOf(cli({u"tune"_s, u"--db"_s, db, u"--format"_s, u"json"_s}));
        QCOMPARE(again.value(u"before"_s).toObject(), tuned);
        QVERIFY(!again.value(u"changed"_s).toBool());
        QCOMPARE(cli({u"tune"_s, u"--db"_s, db, u"--format"_s, u"xml"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliRisk)
#include "tst_clirisk.moc"
