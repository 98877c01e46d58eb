// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTest>

#include "support/clifixtures.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd::test;

namespace {

const QString SurvivalHeader = u"days,at_risk,events,censored,survival,lower,upper"_s;

// Survival CSV: the header and points, and the last line (the median); other comment lines left out.
QStringList survivalLines(const QString &text)
{
    const QStringList all = lines(text);
    QStringList kept;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!all.at(i).startsWith(u'#') || i == all.size() - 1)
            kept.append(all.at(i));
    }
    return kept;
}

} // namespace

// The metrics commands of the built retentiondesk-cli, run as a user would on the businesses of
// clifixtures.h: what report, cohorts and survival share, cohorts and survival (report in tst_clireport).
class TestCliMetrics : public rd::test::TestCase, private CliFixtures
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // report, cohorts and survival: what they share.

    void metricsUsageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments"); // --db and a new path are added unless noDb
        QTest::addColumn<bool>("noDb");
        QTest::addColumn<QString>("message");
        for (const QString &command : {u"report"_s, u"cohorts"_s, u"survival"_s}) {
            const auto row = [&command](const char *name) -> QTestData & {
                return QTest::addRow("%s: %s", qPrintable(command), name);
            };
            row("no --db") << QStringList {command} << true << command + u" needs --db FILE."_s;
            row("--db without a value") << QStringList {command, u"--db"_s} << true << u"Missing value after '--db'"_s;
            row("unknown --format") << QStringList {command, u"--format"_s, u"xml"_s} << false
                                    << u"Unknown format \"xml\": use csv or json."_s;
            row("--format text") << QStringList {command, u"--format"_s, u"text"_s} << false
                                 << u"Unknown format \"text\""_s;
            row("no such day") << QStringList {command, u"--as-of"_s, u"2024-02-30"_s} << false
                               << u"--as-of takes a date as yyyy-MM-dd, not \"2024-02-30\"."_s;
            row("German --as-of") << QStringList {command, u"--as-of"_s, u"31.03.2024"_s} << false
                                  << u"--as-of takes a date as yyyy-MM-dd, not \"31.03.2024\"."_s;
            row("unknown option") << QStringList {command, u"--sheet"_s, u"1"_s} << false << u"sheet"_s;
        }
        QTest::addRow("report: unknown --period") << QStringList {u"report"_s, u"--period"_s, u"day"_s} << false
                                                  << u"--period takes week, month, quarter or year, not \"day\"."_s;
        QTest::addRow("report: bad --from") << QStringList {u"report"_s, u"--from"_s, u"2024-13-01"_s} << false
                                            << u"--from takes a date as yyyy-MM-dd, not \"2024-13-01\"."_s;
        QTest::addRow("report: bad --to") << QStringList {u"report"_s, u"--to"_s, u"March"_s} << false
                                          << u"--to takes a date as yyyy-MM-dd, not \"March\"."_s;
        QTest::addRow("cohorts: --period week") << QStringList {u"cohorts"_s, u"--period"_s, u"week"_s} << false
                                                << u"--period takes month, quarter or year, not \"week\"."_s;
        QTest::addRow("cohorts: unknown --period") << QStringList {u"cohorts"_s, u"--period"_s, u"day"_s} << false
                                                   << u"--period takes month, quarter or year, not \"day\"."_s;
        QTest::addRow("cohorts: unknown --mode") << QStringList {u"cohorts"_s, u"--mode"_s, u"churned"_s} << false
                                                 << u"--mode takes active, returning or revenue, not \"churned\"."_s;
        QTest::addRow("survival: --period")
            << QStringList {u"survival"_s, u"--period"_s, u"month"_s} << false << u"Unknown option 'period'"_s;
    }

    void metricsUsageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, noDb);
        QFETCH(QString, message);
        const QString db = newPath(u".sqlite"_s);
        if (!noDb)
            arguments << u"--db"_s << db;
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"--as-of"_s), qPrintable(run.err)); // followed by the command's help
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        // Usage errors are found before the database is looked at, so none is created.
        QVERIFY(!QFile::exists(db));
    }

    void metricsOnMissingDatabaseIsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("report") << QStringList {u"report"_s, u"--period"_s, u"week"_s};
        QTest::addRow("cohorts") << QStringList {u"cohorts"_s, u"--mode"_s, u"revenue"_s};
        QTest::addRow("survival") << QStringList {u"survival"_s, u"--format"_s, u"json"_s};
    }

    void metricsOnMissingDatabaseIsBadInput()
    {
        QFETCH(QStringList, arguments);
        const QString db = newPath(u".sqlite"_s);
        const Run run = cli(arguments << u"--db"_s << db << u"--as-of"_s << u"2024-03-31"_s);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, u"error: %1 does not exist.\n"_s.arg(db));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QVERIFY2(!QFile::exists(db + suffix), qPrintable(db + suffix));
    }

    void metricsOnAnEmptyDatabase_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("report") << u"report"_s << QStringList {ReportHeader};
        QTest::addRow("cohorts") << u"cohorts"_s << QStringList {u"cohort"_s};
        QTest::addRow("survival") << u"survival"_s << QStringList {SurvivalHeader, u"# median_days=not reached"_s};
    }

    void metricsOnAnEmptyDatabase()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, expected);
        const QString db = newPath(u".sqlite"_s);
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run run = cli({command, u"--db"_s, db});
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(command == u"survival" ? survivalLines(run.out) : lines(run.out), expected);
    }

    // cohorts

    void cohorts_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        const QStringList march {u"--as-of"_s, u"2024-03-31"_s};
        const QStringList april {u"--as-of"_s, u"2024-04-30"_s};
        QTest::addRow("returning") << QStringList {u"--period"_s, u"month"_s, u"--mode"_s, u"returning"_s} + march
                                   << QStringList {u"cohort,0,1,2"_s, u"2024-01,100.00,50.00,25.00"_s,
                                          u"2024-02,100.00,0.00,"_s}; // K6's refund is no engagement
        QTest::addRow("returning, counts") << QStringList {u"--mode"_s, u"returning"_s, u"--counts"_s} + march
                                           << QStringList {u"cohort,0,1,2"_s, u"2024-01,4,2,1"_s, u"2024-02,2,0,"_s};
        QTest::addRow("returning, a month later")
            << QStringList {u"--mode"_s, u"returning"_s} + april
            << QStringList {u"cohort,0,1,2,3"_s, u"2024-01,100.00,50.00,25.00,0.00"_s, u"2024-02,100.00,0.00,0.00,"_s};
        // Within 90 days of their last order everyone is still a customer.
        QTest::addRow("active") << march
                                << QStringList {u"cohort,0,1,2"_s, u"2024-01,100.00,100.00,100.00"_s,
                                       u"2024-02,100.00,100.00,"_s};
        // K1 (last order 01-02) is lost on 04-01; K4 (01-31) on 04-30, still a customer on 04-29.
        QTest::addRow("active, a month later")
            << QStringList {u"--mode"_s, u"active"_s} + april
            << QStringList {
                   u"cohort,0,1,2,3"_s, u"2024-01,100.00,100.00,100.00,75.00"_s, u"2024-02,100.00,100.00,100.00,"_s};
        QTest::addRow("active, counts") << QStringList {u"--mode"_s, u"active"_s, u"--counts"_s} + april
                                        << QStringList {u"cohort,0,1,2,3"_s, u"2024-01,4,4,4,3"_s, u"2024-02,2,2,2,"_s};
        // January cohort: 140.00, then 35.00, then 40.00; February's: 160.00, then the refund of 30.00.
        QTest::addRow("revenue") << QStringList {u"--mode"_s, u"revenue"_s} + march
                                 << QStringList {u"cohort,0,1,2"_s, u"2024-01,100.00,25.00,28.57"_s,
                                        u"2024-02,100.00,-18.75,"_s};
        QTest::addRow("revenue, counts") << QStringList {u"--mode"_s, u"revenue"_s, u"--counts"_s} + march
                                         << QStringList {u"cohort,0,1,2"_s, u"2024-01,140.00,35.00,40.00"_s,
                                                u"2024-02,160.00,-30.00,"_s};
        QTest::addRow("quarter") << QStringList {u"--period"_s, u"quarter"_s, u"--mode"_s, u"returning"_s} + march
                                 << QStringList {u"cohort,0"_s, u"2024-Q1,100.00"_s};
        QTest::addRow("year, counts") << QStringList {u"--period"_s, u"year"_s, u"--counts"_s} + april
                                      << QStringList {u"cohort,0"_s, u"2024,6"_s};
        QTest::addRow("--mode is case-blind")
            << QStringList {u"--mode"_s, u"Revenue"_s, u"--counts"_s} + march
            << QStringList {u"cohort,0,1,2"_s, u"2024-01,140.00,35.00,40.00"_s, u"2024-02,160.00,-30.00,"_s};
        QTest::addRow("before the first order")
            << QStringList {u"--as-of"_s, u"2023-12-31"_s} << QStringList {u"cohort"_s};
    }

    void cohorts()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const QString db = fixture(u"cohorts"_s);
        QVERIFY2(!db.isEmpty(), qPrintable(m_fixtureError));
        const Run run = cli(QStringList {u"cohorts"_s, u"--db"_s, db} + arguments);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out), expected);
    }

    void cohortsAsJson()
    {
        const QString db = fixture(u"cohorts"_s);
        QVERIFY2(!db.isEmpty(), qPrintable(m_fixtureError));
        const auto cohorts = [&](const QString &mode) {
            return jsonOf(cli({u"cohorts"_s, u"--db"_s, db, u"--mode"_s, mode, u"--as-of"_s, u"2024-03-31"_s,
                u"--format"_s, u"json"_s, u"--counts"_s}));
        };
        const auto numbers = [](const QJsonValue &array) {
            QList<double> list;
            for (const QJsonValue &value : array.toArray())
                list.append(value.isDouble() ? value.toDouble() : -999.0);
            return list;
        };

        const QJsonObject returning = cohorts(u"returning"_s);
        QCOMPARE(returning.value(u"as_of"_s).toString(), u"2024-03-31"_s);
        QCOMPARE(returning.value(u"period"_s).toString(), u"month"_s);
        QCOMPARE(returning.value(u"mode"_s).toString(), u"returning"_s);
        QJsonArray rows = returning.value(u"cohorts"_s).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)[u"cohort"_s].toString(), u"2024-01"_s);
        QCOMPARE(rows.at(0)[u"size"_s].toInt(), 4);
        // JSON has both, whether --counts is given or not.
        QCOMPARE(numbers(rows.at(0)[u"percentages"_s]), QList<double>({100, 50, 25}));
        QCOMPARE(numbers(rows.at(0)[u"counts"_s]), QList<double>({4, 2, 1}));
        QCOMPARE(rows.at(1)[u"cohort"_s].toString(), u"2024-02"_s);
        QCOMPARE(rows.at(1)[u"size"_s].toInt(), 2);
        QCOMPARE(numbers(rows.at(1)[u"percentages"_s]), QList<double>({100, 0}));
        QCOMPARE(numbers(rows.at(1)[u"counts"_s]), QList<double>({2, 0}));

        const QJsonObject revenue = cohorts(u"revenue"_s);
        QCOMPARE(revenue.value(u"mode"_s).toString(), u"revenue"_s);
        rows = revenue.value(u"cohorts"_s).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)[u"size"_s].toInt(), 4); // customers, not money
        QCOMPARE(numbers(rows.at(0)[u"percentages"_s]), QList<double>({100, 25, 28.57}));
        QCOMPARE(numbers(rows.at(0)[u"counts"_s]), QList<double>({140, 35, 40}));
        QCOMPARE(numbers(rows.at(1)[u"percentages"_s]), QList<double>({100, -18.75}));
        QCOMPARE(numbers(rows.at(1)[u"counts"_s]), QList<double>({160, -30}));
    }

    // survival

    void survival_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected"); // after the header
        // S = 3/4 at day 10, 3/4 x 2/3 = 1/2 at day 20; Greenwood variance 1/12, then 1/12 + 1/6.
        QTest::addRow("median reached") << QStringList {u"--as-of"_s, u"2024-03-31"_s}
                                        << QStringList {u"10,4,1,0,0.7500,0.1279,0.9605"_s,
                                               u"20,3,1,0,0.5000,0.0578,0.8449"_s, u"90,2,0,2,0.5000,0.0578,0.8449"_s,
                                               u"# median_days=20"_s};
        // V2's cancellation on 01-21 lies after the as-of day: censored at 14 days like V3 and V4.
        QTest::addRow("median not reached") << QStringList {u"--as-of"_s, u"2024-01-15"_s}
                                            << QStringList {u"10,4,1,0,0.7500,0.1279,0.9605"_s,
                                                   u"14,3,0,3,0.7500,0.1279,0.9605"_s, u"# median_days=not reached"_s};
        // The last day in the data is V2's cancellation.
        QTest::addRow("default as-of") << QStringList {}
                                       << QStringList {u"10,4,1,0,0.7500,0.1279,0.9605"_s,
                                              u"20,3,1,2,0.5000,0.0578,0.8449"_s, u"# median_days=20"_s};
        QTest::addRow("before anyone left") << QStringList {u"--as-of"_s,
            u"2024-01-05"_s} << QStringList {u"4,4,0,4,1.0000,1.0000,1.0000"_s, u"# median_days=not reached"_s};
        QTest::addRow("plan nobody has") << QStringList {u"--plan"_s, u"pro"_s}
                                         << QStringList {u"# median_days=not reached"_s};
    }

    void survival()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const QString db = fixture(u"survival"_s);
        QVERIFY2(!db.isEmpty(), qPrintable(m_fixtureError));
        const Run run = cli(QStringList {u"survival"_s, u"--db"_s, db, u"--format"_s, u"csv"_s} + arguments);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(survivalLines(run.out), QStringList {SurvivalHeader} + expected);
    }

    void survivalAsJson_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QJsonValue>("median");
        QTest::addColumn<int>("events");
        QTest::addColumn<QList<double>>("survival");
        QTest::addRow("median reached") << u"2024-03-31"_s << QJsonValue(20) << 2 << QList<double> {0.75, 0.5, 0.5};
        QTest::addRow("median not reached") << u"2024-01-15"_s << QJsonValue() << 1 << QList<double> {0.75, 0.75};
    }

    void survivalAsJson()
    {
        QFETCH(QString, asOf);
        QFETCH(QJsonValue, median);
        QFETCH(int, events);
        QFETCH(QList<double>, survival);
        const QString db = fixture(u"survival"_s);
        QVERIFY2(!db.isEmpty(), qPrintable(m_fixtureError));
        const Run run = cli({u"survival"_s, u"--db"_s, db, u"--as-of"_s, asOf, u"--format"_s, u"json"_s});
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject object = jsonOf(run);
        QCOMPARE(object.value(u"as_of"_s).toString(), asOf);
        QVERIFY2(object.contains(u"median_days"_s), "median_days is there, null when not reached");
        QCOMPARE(object.value(u"median_days"_s), median);
        QCOMPARE(object.value(u"customers"_s).toInt(), 4);
        QCOMPARE(object.value(u"events"_s).toInt(), events);
        QCOMPARE(object.value(u"censored"_s).toInt(), 4 - events);
        QList<double> curve;
        for (const QJsonValue &point : object.value(u"points"_s).toArray())
            curve.append(point[u"survival"_s].toDouble(-1));
        QCOMPARE(curve, survival);
        const QJsonObject first = object.value(u"points"_s)[0].toObject();
        QCOMPARE(first.value(u"days"_s).toInt(), 10);
        QCOMPARE(first.value(u"at_risk"_s).toInt(), 4);
        QCOMPARE(first.value(u"events"_s).toInt(), 1);
        QCOMPARE(first.value(u"censored"_s).toInt(), 0);
        QCOMPARE(first.value(u"lower"_s).toDouble(), 0.1279);
        QCOMPARE(first.value(u"upper"_s).toDouble(), 0.9605);
    }

    // Machine-readable output is the same in every UI language: points as decimal marks, no grouping.
    void outputIgnoresTheUiLanguage_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("decimal"); // a number the output must hold
        QTest::addRow("report") << u"textbook"_s
                                << QStringList {u"report"_s, u"--from"_s, u"2024-02-01"_s, u"--as-of"_s,
                                       u"2024-03-31"_s}
                                << u"2024-03,20,4,0,3,21,15.00,85.00,245.00,92.00,76.00"_s;
        QTest::addRow("report as json") << u"textbook"_s
                                        << QStringList {u"report"_s, u"--from"_s, u"2024-02-01"_s, u"--as-of"_s,
                                               u"2024-03-31"_s, u"--format"_s, u"json"_s}
                                        << u"\"nrr\": 92,"_s;
        QTest::addRow("cohorts") << u"cohorts"_s
                                 << QStringList {u"cohorts"_s, u"--mode"_s, u"revenue"_s, u"--as-of"_s, u"2024-03-31"_s}
                                 << u"2024-01,100.00,25.00,28.57"_s;
        QTest::addRow("survival") << u"survival"_s << QStringList {u"survival"_s, u"--as-of"_s, u"2024-03-31"_s}
                                  << u"10,4,1,0,0.7500,0.1279,0.9605"_s;
        QTest::addRow("survival as json")
            << u"survival"_s << QStringList {u"survival"_s, u"--as-of"_s, u"2024-03-31"_s, u"--format"_s, u"json"_s}
            << u"\"lower\": 0.1279,"_s;
    }

    void outputIgnoresTheUiLanguage()
    {
        QFETCH(QString, database);
        QFETCH(QStringList, arguments);
        QFETCH(QString, decimal);
        const QString db = fixture(database);
        QVERIFY2(!db.isEmpty(), qPrintable(m_fixtureError));
        arguments << u"--db"_s << db;
        const Run english = cli(arguments, {{u"LANG"_s, u"C.UTF-8"_s}, {u"LC_ALL"_s, u"C.UTF-8"_s}});
        const Run german = cli(arguments, {{u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LC_ALL"_s, u"de_DE.UTF-8"_s}});
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.contains(decimal), qPrintable(german.out));
        QCOMPARE(german.out, english.out);
    }
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_climetrics.moc"
