// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString testData(const QString &name)
{
    return QString::fromUtf8(RD_TEST_DATA_DIR) + u'/' + name;
}

// Orders with dates that read as day/month and as month/day alike (no day above 12).
constexpr auto AmbiguousDates = "customer_id,date,amount\n"
                                "A,03/04/2024,10.00\n"
                                "B,05/06/2024,20.00\n"
                                "C,12/11/2024,5.00\n";

const QString ReportHeader = u"period,start_customers,new_customers,reactivated_customers,lost_customers,"
                             u"end_customers,churn_rate,retention_rate,revenue,nrr,grr"_s;
const QString SurvivalHeader = u"days,at_risk,events,censored,survival,lower,upper"_s;

// The textbook case: 20 contract customers who signed up in 2023 (C01-C10 segment smb on plan basic,
// C11-C20 enterprise on pro), C01-C03 cancelling in March 2024, N1-N4 signing up in March 2024.
constexpr auto TextbookCustomers = "customer_id,segment,plan,signup_date,cancel_date\n"
                                   "C01,smb,basic,2023-01-10,2024-03-05\n"
                                   "C02,smb,basic,2023-02-10,2024-03-12\n"
                                   "C03,smb,basic,2023-03-10,2024-03-20\n"
                                   "C04,smb,basic,2023-04-10,\n"
                                   "C05,smb,basic,2023-05-10,\n"
                                   "C06,smb,basic,2023-06-10,\n"
                                   "C07,smb,basic,2023-07-10,\n"
                                   "C08,smb,basic,2023-08-10,\n"
                                   "C09,smb,basic,2023-09-10,\n"
                                   "C10,smb,basic,2023-10-10,\n"
                                   "C11,enterprise,pro,2023-01-20,\n"
                                   "C12,enterprise,pro,2023-02-20,\n"
                                   "C13,enterprise,pro,2023-03-20,\n"
                                   "C14,enterprise,pro,2023-04-20,\n"
                                   "C15,enterprise,pro,2023-05-20,\n"
                                   "C16,enterprise,pro,2023-06-20,\n"
                                   "C17,enterprise,pro,2023-07-20,\n"
                                   "C18,enterprise,pro,2023-08-20,\n"
                                   "C19,enterprise,pro,2023-09-20,\n"
                                   "C20,enterprise,pro,2023-12-20,\n"
                                   "N1,smb,basic,2024-03-04,\n"
                                   "N2,smb,basic,2024-03-11,\n"
                                   "N3,enterprise,pro,2024-03-18,\n"
                                   "N4,enterprise,pro,2024-03-25,\n";
// February: 250.00 from C04, C05, C01 and C15. March: 245.00 (C06's refund of 10.00 included); of
// February's payers, C04, C05 and C15 pay 230.00 in March, or 190.00 each capped at February's amount:
// NRR 92.00, GRR 76.00. One order after the as-of day 2024-03-31 of most tests.
constexpr auto TextbookOrders = "customer_id,date,amount,status\n"
                                "C04,2024-02-10,100.00,paid\n"
                                "C05,2024-02-12,50.00,paid\n"
                                "C01,2024-02-14,40.00,paid\n"
                                "C15,2024-02-15,60.00,paid\n"
                                "N1,2024-03-06,25.00,paid\n"
                                "C04,2024-03-10,120.00,paid\n"
                                "C05,2024-03-12,30.00,paid\n"
                                "C15,2024-03-15,80.00,paid\n"
                                "C06,2024-03-20,10.00,refunded\n"
                                "C07,2024-04-15,99.00,paid\n";

// Shop customers (no plan, orders only) are lost after W = 90 days of silence: S1 on 2023-11-15 + 90 =
// 2024-02-13; S2 on 2023-10-01 + 90 = 2023-12-30, back on 2024-02-20 (a reactivation); S3 stays.
constexpr auto ShopOrders = "customer_id,date,amount\n"
                            "S1,2023-11-15,30.00\n"
                            "S2,2023-10-01,20.00\n"
                            "S2,2024-02-20,40.00\n"
                            "S2,2024-03-10,50.00\n"
                            "S3,2024-01-10,10.00\n"
                            "S3,2024-03-05,15.00\n";

// Shop cohorts: K1-K4 first order in January, K2 and K3 again in February, K3 in March; K5 and K6 in
// February, K6 refunded 30.00 in March.
constexpr auto CohortOrders = "customer_id,date,amount,status\n"
                              "K1,2024-01-02,20.00,paid\n"
                              "K2,2024-01-10,30.00,paid\n"
                              "K2,2024-02-05,10.00,paid\n"
                              "K3,2024-01-15,50.00,paid\n"
                              "K3,2024-02-20,25.00,paid\n"
                              "K3,2024-03-10,40.00,paid\n"
                              "K4,2024-01-31,40.00,paid\n"
                              "K5,2024-02-14,60.00,paid\n"
                              "K6,2024-02-01,100.00,paid\n"
                              "K6,2024-03-03,30.00,refunded\n";

// Four contract customers from 2024-01-01: one cancels after 10 days, one after 20.
constexpr auto SurvivalCustomers = "customer_id,plan,signup_date,cancel_date\n"
                                   "V1,basic,2024-01-01,2024-01-11\n"
                                   "V2,basic,2024-01-01,2024-01-21\n"
                                   "V3,basic,2024-01-01,\n"
                                   "V4,basic,2024-01-01,\n";

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

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

// Runs the built retentiondesk-cli as a user would: no display, exit codes and output checked.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments, const QList<std::pair<QString, QString>> &environment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        for (const auto &[name, value] : environment)
            env.insert(name, value);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(RD_CLI_PATH), arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    // `info --format json`; on failure an object holding only the error, which no expectation matches.
    QJsonObject info(const QString &db)
    {
        const Run run = cli({u"info"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
        if (run.exitCode != 0)
            return {{u"cli_failed"_s, run.err}};
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    // A fresh path in the temporary directory, unique over the whole run.
    QString newPath(const QString &suffix) { return m_dir.filePath(u"f%1%2"_s.arg(++m_files).arg(suffix)); }

    QString writeFile(const QByteArray &content)
    {
        const QString path = newPath(u".csv"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    // A database built the way a user would: CSV files imported with the CLI, each (kind, content) in
    // turn. Built once per name; empty when an import failed or rejected a row (m_fixtureError says why).
    QString fixture(const QString &name)
    {
        if (const auto it = m_fixtures.constFind(name); it != m_fixtures.cend())
            return *it;
        QList<std::pair<QString, QByteArray>> files;
        if (name == u"textbook")
            files = {{u"customers"_s, TextbookCustomers}, {u"orders"_s, TextbookOrders}};
        else if (name == u"shop")
            files = {{u"orders"_s, ShopOrders}};
        else if (name == u"cohorts")
            files = {{u"orders"_s, CohortOrders}};
        else if (name == u"survival")
            files = {{u"customers"_s, SurvivalCustomers}};
        QString db = newPath(u".sqlite"_s);
        m_fixtureError = files.isEmpty() ? u"no fixture "_s + name : QString();
        for (const auto &[kind, content] : std::as_const(files)) {
            const QString csv = writeFile(content);
            const Run run = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, kind, csv});
            if (csv.isEmpty() || run.exitCode != 0 || !run.out.contains(u", 0 rejected, 0 skipped."_s)) {
                m_fixtureError = u"importing %1 into %2 failed:\n%3%4"_s.arg(kind, name, run.out, run.err);
                break;
            }
        }
        if (!m_fixtureError.isEmpty())
            db.clear();
        m_fixtures.insert(name, db);
        return db;
    }

    // The output as a JSON object; on failure an object holding only the error, which no expectation
    // matches.
    static QJsonObject jsonOf(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (run.exitCode != 0 || error.error != QJsonParseError::NoError || !document.isObject())
            return {{u"cli_failed"_s, QString(run.err + error.errorString())}};
        return document.object();
    }

    Run importGerman(const QString &db, const QStringList &extra = {})
    {
        return cli(QStringList {u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s} + extra
            + QStringList {testData(u"german_invoices_cp1252.csv"_s)});
    }

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

    // A new database with each (kind, CSV content) imported in turn; empty when an import fails.
    QString importedDatabase(const QList<std::pair<QString, QByteArray>> &files)
    {
        const QString db = newPath(u".sqlite"_s);
        for (const auto &[kind, content] : files) {
            if (cli({u"import"_s, u"--db"_s, db, u"--kind"_s, kind, writeFile(content)}).exitCode != 0)
                return {};
        }
        return db;
    }

private slots:
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

    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no command") << QStringList {};
        QTest::addRow("unknown command") << QStringList {u"frobnicate"_s};
        QTest::addRow("info without db") << QStringList {u"info"_s};
        QTest::addRow("unknown option") << QStringList {u"info"_s, u"--nonsense"_s};
        QTest::addRow("bad format") << QStringList {u"info"_s, u"--db"_s, u"x.sqlite"_s, u"--format"_s, u"xml"_s};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void helpExitsWithZero()
    {
        const Run run = cli({u"info"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"--db"_s));
    }

    void overviewHelpListsCommands()
    {
        const Run run = cli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const QString &command : {u"cohorts"_s, u"demo"_s, u"import"_s, u"info"_s, u"report"_s, u"survival"_s})
            QVERIFY2(run.out.contains(command), qPrintable(run.out));
    }

    void subcommandHelpNamesItsOptions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::addRow("info") << u"info"_s << QStringList {u"--db"_s, u"--format"_s};
        QTest::addRow("demo") << u"demo"_s << QStringList {u"--db"_s, u"--customers"_s, u"--seed"_s};
        QTest::addRow("import") << u"import"_s
                                << QStringList {u"--db"_s, u"--kind"_s, u"--preset"_s, u"--map"_s, u"--delimiter"_s,
                                       u"--encoding"_s, u"--date-format"_s, u"--decimal"_s, u"--rejects"_s,
                                       u"--currency"_s, u"CSVFILE"_s};
        const QStringList metrics {u"--db"_s, u"--as-of"_s, u"--segment"_s, u"--plan"_s, u"--country"_s, u"--format"_s};
        QTest::addRow("report") << u"report"_s << metrics + QStringList {u"--period"_s, u"--from"_s, u"--to"_s};
        QTest::addRow("cohorts") << u"cohorts"_s << metrics + QStringList {u"--period"_s, u"--mode"_s, u"--counts"_s};
        QTest::addRow("survival") << u"survival"_s << metrics;
    }

    void subcommandHelpNamesItsOptions()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        const Run run = cli({command, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        for (const QString &option : options)
            QVERIFY2(run.out.contains(option), qPrintable(option + u" is not in:\n"_s + run.out));
        const QString usage = run.out.section(u'\n', 0, 0);
        QVERIFY2(usage.contains(u"retentiondesk-cli "_s + command + u" [options]"_s), qPrintable(usage));
    }

    void compactKeepsWhatTheDatabaseHolds()
    {
        const QString db = newPath(u".sqlite"_s);
        QCOMPARE(cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, testData(u"german_invoices_cp1252.csv"_s)})
                     .exitCode,
            0);
        const QJsonObject before = info(db);
        const Run run = cli({u"compact"_s, u"--db"_s, db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"Compacted "_s), qPrintable(run.out));
        QCOMPARE(info(db), before);

        QCOMPARE(cli({u"compact"_s, u"--db"_s, m_dir.filePath(u"nowhere.sqlite"_s)}).exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"nowhere.sqlite"_s)));
        QCOMPARE(cli({u"compact"_s}).exitCode, 2);
    }

    void infoOnMissingFileIsBadInput()
    {
        const Run run = cli({u"info"_s, u"--db"_s, m_dir.filePath(u"missing.sqlite"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"missing.sqlite"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_s)));
    }

    void infoAsJson()
    {
        const QString path = m_dir.filePath(u"empty.sqlite"_s);
        QFile::remove(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run run = cli({u"info"_s, u"--db"_s, path, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(u"schema_version"_s).toInt(), 2);
        QCOMPARE(object.value(u"customers"_s).toInt(), 0);
        QVERIFY(object.value(u"first_date"_s).isNull());
    }

    void importUsageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("message");
        const QStringList csv {testData(u"german_invoices_cp1252.csv"_s)};
        const QStringList orders {u"--kind"_s, u"orders"_s};
        QTest::addRow("missing --kind") << QStringList {} << csv << u"import needs --kind"_s;
        QTest::addRow("unknown --kind") << QStringList {u"--kind"_s, u"invoices"_s} << csv << u"import needs --kind"_s;
        QTest::addRow("unknown --preset")
            << orders + QStringList {u"--preset"_s, u"sap-r3"_s} << csv << u"Unknown preset \"sap-r3\""_s;
        QTest::addRow("--map without =") << orders + QStringList {u"--map"_s, u"Kundennummer"_s} << csv
                                         << u"--map takes COLUMN=field, not \"Kundennummer\""_s;
        QTest::addRow("--map without column") << orders + QStringList {u"--map"_s, u"=customer_id"_s} << csv
                                              << u"--map takes COLUMN=field, not \"=customer_id\""_s;
        QTest::addRow("--map without field") << orders + QStringList {u"--map"_s, u"Kundennummer="_s} << csv
                                             << u"--map takes COLUMN=field, not \"Kundennummer=\""_s;
        QTest::addRow("bad --delimiter") << orders + QStringList {u"--delimiter"_s, u"::"_s} << csv
                                         << u"--delimiter takes , ; | or tab, not \"::\""_s;
        QTest::addRow("bad --encoding") << orders + QStringList {u"--encoding"_s, u"ebcdic"_s} << csv
                                        << u"--encoding takes utf-8 or windows-1252, not \"ebcdic\""_s;
        QTest::addRow("bad --decimal") << orders + QStringList {u"--decimal"_s, u"dot"_s} << csv
                                       << u"--decimal takes comma or point, not \"dot\""_s;
        QTest::addRow("unknown --date-format")
            << orders + QStringList {u"--date-format"_s, u"yy/dd/MM"_s} << csv << u"Unknown date format \"yy/dd/MM\""_s;
        QTest::addRow("bad --currency") << orders + QStringList {u"--currency"_s, u"euro"_s} << csv
                                        << u"--currency takes a three-letter code such as EUR, not \"euro\""_s;
        QTest::addRow("no CSVFILE") << orders << QStringList {} << u"import needs exactly one CSVFILE"_s;
        QTest::addRow("two CSVFILEs") << orders << csv + csv << u"import needs exactly one CSVFILE"_s;
        QTest::addRow("unknown option") << orders + QStringList {u"--sheet"_s, u"1"_s} << csv << u"sheet"_s;
    }

    void importUsageErrorsExitWithTwo()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, files);
        QFETCH(QString, message);
        const QString db = newPath(u".sqlite"_s);
        const Run run = cli(QStringList {u"import"_s, u"--db"_s, db} + options + files);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"Imported"_s), qPrintable(run.out));
        // A usage error stops before the database is opened, so none is created.
        QVERIFY(!QFile::exists(db));
    }

    void importReportsRejectsAndCommitsTheRest()
    {
        const QString db = newPath(u".sqlite"_s);
        const QString rejects = newPath(u"-rejects.csv"_s);
        const Run run = importGerman(db, {u"--rejects"_s, rejects});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"7 read, 4 accepted, 3 rejected, 0 skipped"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(rejects), qPrintable(run.out));

        // Each reject on stderr with file, line and column; nothing else is reported there.
        const QString file = testData(u"german_invoices_cp1252.csv"_s);
        const QStringList errLines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(errLines.size(), 3);
        QVERIFY2(errLines.at(0).startsWith(file + u":6: column \"Kundennummer\""), qPrintable(run.err));
        QVERIFY2(errLines.at(1).startsWith(file + u":7: column \"Rechnungsdatum\", value \"31.02.2024\""),
            qPrintable(run.err));
        QVERIFY2(errLines.at(2).startsWith(file + u":8: column \"Betrag\", value \"zehn Euro\""), qPrintable(run.err));

        QFile rejectsFile(rejects);
        QVERIFY(rejectsFile.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(rejectsFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), u"line,column,value,reason"_s);
        QVERIFY2(lines.at(1).startsWith(u"6,Kundennummer,,"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(u"7,Rechnungsdatum,31.02.2024,"_s), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(u"8,Betrag,zehn Euro,"_s), qPrintable(lines.at(3)));

        const QJsonObject object = info(db);
        QCOMPARE(object.value(u"schema_version"_s).toInt(), 2);
        QCOMPARE(object.value(u"orders"_s).toInt(), 4);
        QCOMPARE(object.value(u"customers"_s).toInt(), 3);
        QCOMPARE(object.value(u"imports"_s).toInt(), 1);
        QCOMPARE(object.value(u"first_date"_s).toString(), u"2024-01-31"_s);
        QCOMPARE(object.value(u"last_date"_s).toString(), u"2024-02-29"_s);
    }

    void importingTwiceWarnsAndChangesNothing()
    {
        const QString db = newPath(u".sqlite"_s);
        const Run first = importGerman(db);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(!QString(first.out + first.err).contains(u"imported before"_s), qPrintable(first.out));
        QJsonObject before = info(db);
        QCOMPARE(before.value(u"orders"_s).toInt(), 4);

        const Run second = importGerman(db);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains(u"warning: This file was imported before"_s), qPrintable(second.err));
        QJsonObject after = info(db);
        // The import log may record the second run; the data must not change.
        before.remove(u"imports"_s);
        after.remove(u"imports"_s);
        QCOMPARE(after, before);
    }

    void failedImportExitsWithOneAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content"); // written to a new file; empty: use `path`
        QTest::addColumn<QString>("path");
        QTest::addRow("no valid row") << QByteArray("customer_id,date,amount\n"
                                                    ",2024-01-01,10.00\n"
                                                    "K1,not a date,10.00\n"
                                                    "K2,2024-01-02,ten\n")
                                      << QString();
        QTest::addRow("header only") << QByteArray("customer_id,date,amount\n") << QString();
        QTest::addRow("unterminated quote") << QByteArray("customer_id,date,amount\n"
                                                          "K1,2024-01-01,10.00\n"
                                                          "\"K2,2024-01-02,20.00\n"
                                                          "K3,2024-01-03,30.00\n")
                                            << QString();
        QTest::addRow("no column for the date") << QByteArray("customer_id,amount\nK1,10.00\n") << QString();
        QTest::addRow("missing file") << QByteArray() << m_dir.filePath(u"no-such-file.csv"_s);
        QTest::addRow("directory") << QByteArray() << m_dir.path();
        // Permissions keep nobody but root out: the case only exists where they take effect.
        const QString locked = writeFile("customer_id,date,amount\nK1,2024-01-01,10.00\n");
        QFile::setPermissions(locked, QFileDevice::Permissions());
        if (QFile probe(locked); !probe.open(QIODevice::ReadOnly))
            QTest::addRow("unreadable file") << QByteArray() << locked;
    }

    void failedImportExitsWithOneAndChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, path);
        if (!content.isEmpty())
            path = writeFile(content);
        QVERIFY(!path.isEmpty());

        const QString db = newPath(u".sqlite"_s);
        QCOMPARE(importGerman(db).exitCode, 0);
        const QJsonObject before = info(db);
        QCOMPARE(before.value(u"orders"_s).toInt(), 4);

        const QString rejects = newPath(u"-rejects.csv"_s);
        const Run run = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, u"--rejects"_s, rejects, path});
        QCOMPARE(run.exitCode, 1);
        const QStringList errLines = run.err.split(u'\n', Qt::SkipEmptyParts);
        const QString last = errLines.isEmpty() ? QString() : errLines.constLast();
        QVERIFY2(last.startsWith(u"error: "_s), qPrintable(run.err));
        QVERIFY2(last.contains(QDir::toNativeSeparators(path)), qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"Imported"_s), qPrintable(run.out));
        QCOMPARE(info(db), before);
        // The rejects of a failed import are not left behind either.
        QVERIFY(!QFile::exists(rejects));

        // Nor is a database file that the failed import would have created.
        const QString fresh = newPath(u".sqlite"_s);
        QCOMPARE(cli({u"import"_s, u"--db"_s, fresh, u"--kind"_s, u"orders"_s, path}).exitCode, 1);
        QVERIFY(!QFile::exists(fresh));
        QVERIFY(!QFile::exists(fresh + u"-wal"_s));
    }

    void ambiguousDatesNeedADateFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("firstDate");
        QTest::addColumn<QString>("lastDate");
        QTest::addRow("not given") << QString() << 1 << QString() << QString();
        QTest::addRow("day first") << u"dd/MM/yyyy"_s << 0 << u"2024-04-03"_s << u"2024-11-12"_s;
        QTest::addRow("month first") << u"MM/dd/yyyy"_s << 0 << u"2024-03-04"_s << u"2024-12-11"_s;
    }

    void ambiguousDatesNeedADateFormat()
    {
        QFETCH(QString, format);
        QFETCH(int, exitCode);
        QFETCH(QString, firstDate);
        QFETCH(QString, lastDate);
        const QString csv = writeFile(AmbiguousDates);
        QVERIFY(!csv.isEmpty());
        const QString db = newPath(u".sqlite"_s);
        QStringList arguments {u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s};
        if (!format.isEmpty())
            arguments << u"--date-format"_s << format;
        const Run run = cli(arguments << csv);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY2(run.err.contains(u"--date-format"_s), qPrintable(run.err));
            QVERIFY2(run.err.contains(QDir::toNativeSeparators(csv)), qPrintable(run.err));
            QVERIFY(!QFile::exists(db)); // the failed import created nothing
            return;
        }
        const QJsonObject object = info(db);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(object.value(u"orders"_s).toInt(), 3);
        QCOMPARE(object.value(u"first_date"_s).toString(), firstDate);
        QCOMPARE(object.value(u"last_date"_s).toString(), lastDate);
    }

    void presets_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("orders");
        QTest::addRow("shopify") << u"shopify-orders"_s << u"shopify_orders.csv"_s << 3;
        QTest::addRow("datev") << u"datev-extf"_s << u"datev_extf_cp1252.csv"_s << 3;
    }

    void presets()
    {
        QFETCH(QString, preset);
        QFETCH(QString, file);
        QFETCH(int, orders);
        const QString db = newPath(u".sqlite"_s);
        const Run run
            = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, u"--preset"_s, preset, testData(file)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"(preset %1)"_s.arg(preset)), qPrintable(run.out));
        QCOMPARE(info(db).value(u"orders"_s).toInt(), orders);
    }

    void presetOfAnotherKindIsBadInput()
    {
        const QString db = newPath(u".sqlite"_s);
        const Run run = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"customers"_s, u"--preset"_s,
            u"shopify-orders"_s, testData(u"shopify_orders.csv"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"shopify-orders"_s), qPrintable(run.err));
        QCOMPARE(info(db).value(u"customers"_s).toInt(), 0);
    }

    void mapOverridesHeaders_data()
    {
        QTest::addColumn<QStringList>("maps");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("unmapped") << QStringList {} << 1;
        QTest::addRow("by header") << QStringList {u"Kd=customer_id"_s, u"Wann=date"_s, u"Wert=amount"_s} << 0;
        QTest::addRow("by number") << QStringList {u"1=customer_id"_s, u"2=date"_s, u"3=amount"_s} << 0;
    }

    void mapOverridesHeaders()
    {
        QFETCH(QStringList, maps);
        QFETCH(int, exitCode);
        const QString csv = writeFile("Kd,Wann,Wert\n"
                                      "K1,2024-05-01,10.00\n"
                                      "K2,2024-05-02,20.00\n"
                                      "K1,2024-05-20,30.00\n");
        QVERIFY(!csv.isEmpty());
        const QString db = newPath(u".sqlite"_s);
        QStringList arguments {u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s};
        for (const QString &map : maps)
            arguments << u"--map"_s << map;
        const Run run = cli(arguments << csv);
        QCOMPARE(run.exitCode, exitCode);
        const QJsonObject object = info(db);
        if (exitCode != 0) {
            // Unknown headers: the message says which field is missing and how to map it.
            QVERIFY2(run.err.contains(u"--map"_s), qPrintable(run.err));
            QVERIFY2(run.err.contains(u"Kd, Wann, Wert"_s), qPrintable(run.err));
            QCOMPARE(object.value(u"orders"_s).toInt(), 0);
            return;
        }
        QVERIFY2(run.out.contains(u"3 read, 3 accepted, 0 rejected"_s), qPrintable(run.out));
        QCOMPARE(object.value(u"orders"_s).toInt(), 3);
        QCOMPARE(object.value(u"customers"_s).toInt(), 2);
        QCOMPARE(object.value(u"first_date"_s).toString(), u"2024-05-01"_s);
        QCOMPARE(object.value(u"last_date"_s).toString(), u"2024-05-20"_s);
    }

    void demoWritesOnlyIntoAnEmptyDatabase()
    {
        const QString db = newPath(u".sqlite"_s);
        const QStringList arguments {u"demo"_s, u"--db"_s, db, u"--customers"_s, u"300"_s, u"--seed"_s, u"7"_s};
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"300 customers"_s), qPrintable(run.out));
        const QJsonObject before = info(db);
        QCOMPARE(before.value(u"customers"_s).toInt(), 300);
        QVERIFY(before.value(u"orders"_s).toInt() > 0);
        QVERIFY(before.value(u"first_date"_s).isString());

        const Run again = cli(arguments);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.startsWith(u"error: "_s), qPrintable(again.err));
        QCOMPARE(info(db), before);
    }

    void demoIntoAnImportedDatabaseIsRefused()
    {
        const QString db = newPath(u".sqlite"_s);
        QCOMPARE(importGerman(db).exitCode, 0);
        const QJsonObject before = info(db);
        QCOMPARE(before.value(u"customers"_s).toInt(), 3);
        const Run run = cli({u"demo"_s, u"--db"_s, db, u"--customers"_s, u"10"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(info(db), before);
    }

    void demoUsageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addRow("no customers") << QStringList {u"--customers"_s, u"0"_s};
        QTest::addRow("negative customers") << QStringList {u"--customers"_s, u"-5"_s};
        QTest::addRow("customers not a number") << QStringList {u"--customers"_s, u"abc"_s};
        QTest::addRow("too many customers") << QStringList {u"--customers"_s, u"10000001"_s};
        QTest::addRow("seed not a number") << QStringList {u"--seed"_s, u"abc"_s};
        QTest::addRow("negative seed") << QStringList {u"--seed"_s, u"-1"_s};
        QTest::addRow("unknown option") << QStringList {u"--shops"_s, u"3"_s};
    }

    void demoUsageErrorsExitWithTwo()
    {
        QFETCH(QStringList, options);
        const QString db = newPath(u".sqlite"_s);
        const Run run = cli(QStringList {u"demo"_s, u"--db"_s, db} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(db));
    }

    void demoWithoutDbIsUsageError()
    {
        const Run run = cli({u"demo"_s, u"--customers"_s, u"10"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"demo needs --db FILE"_s), qPrintable(run.err));
    }

    void demoIsDeterministic()
    {
        const auto demo = [this](const QString &seed) {
            const QString db = newPath(u".sqlite"_s);
            const Run run = cli({u"demo"_s, u"--db"_s, db, u"--customers"_s, u"300"_s, u"--seed"_s, seed});
            return run.exitCode == 0 ? info(db) : QJsonObject {{u"demo_failed"_s, run.err}};
        };
        const QJsonObject first = demo(u"7"_s);
        const QJsonObject second = demo(u"7"_s);
        const QJsonObject other = demo(u"8"_s);
        QCOMPARE(first.value(u"customers"_s).toInt(), 300);
        QCOMPARE(second, first);
        QCOMPARE(other.value(u"customers"_s).toInt(), 300);
        QVERIFY(first.value(u"orders"_s).toInt() > 0);
        QVERIFY(other.value(u"orders"_s).toInt() != first.value(u"orders"_s).toInt());
    }

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

    // report

    void report_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected"); // after the header
        const QStringList march {
            u"--from"_s, u"2024-03-01"_s, u"--to"_s, u"2024-03-31"_s, u"--as-of"_s, u"2024-03-31"_s};
        const QStringList februaryAndMarch {u"--period"_s, u"month"_s, u"--from"_s, u"2024-02-01"_s, u"--to"_s,
            u"2024-03-31"_s, u"--as-of"_s, u"2024-03-31"_s};

        // S 20, N 4, L 3, E = 20 + 4 - 3 = 21; churn 3 / 20, retention (21 - 4) / 20.
        QTest::addRow("textbook, months") << u"textbook"_s << februaryAndMarch
                                          << QStringList {u"2024-02,20,0,0,0,20,0.00,100.00,250.00,,"_s,
                                                 u"2024-03,20,4,0,3,21,15.00,85.00,245.00,92.00,76.00"_s};
        QTest::addRow("textbook, weeks") << u"textbook"_s << QStringList {u"--period"_s, u"week"_s} + march
                                         << QStringList {u"2024-W09,20,0,0,0,20,0.00,100.00,0.00,,"_s,
                                                // N1 in on 03-04, C01 out on 03-05; N1 pays 25.00 and C04 120.00
                                                u"2024-W10,20,1,0,1,20,5.00,95.00,145.00,,"_s,
                                                // neither N1 nor C04 pays again: NRR 0
                                                u"2024-W11,20,1,0,1,20,5.00,95.00,110.00,0.00,0.00"_s,
                                                u"2024-W12,20,1,0,1,20,5.00,95.00,-10.00,0.00,0.00"_s,
                                                // nobody paid in W12 (a refund is no payment): no NRR
                                                u"2024-W13,20,1,0,0,21,0.00,100.00,0.00,,"_s};
        QTest::addRow("textbook, quarter") << u"textbook"_s << QStringList {u"--period"_s, u"quarter"_s} + march
                                           << QStringList {u"2024-Q1,20,4,0,3,21,15.00,85.00,495.00,,"_s};
        QTest::addRow("textbook, year") << u"textbook"_s
                                        << QStringList {u"--period"_s, u"year"_s, u"--from"_s, u"2024-03-01"_s,
                                               u"--as-of"_s, u"2024-04-15"_s}
                                        << QStringList {u"2024,20,4,0,3,21,15.00,85.00,594.00,,"_s};
        QTest::addRow("--period is case-blind") << u"textbook"_s << QStringList {u"--period"_s, u"Quarter"_s} + march
                                                << QStringList {u"2024-Q1,20,4,0,3,21,15.00,85.00,495.00,,"_s};

        // C01-C03 and N1, N2 are smb; C04 120.00 + C05 30.00 of February's 190.00 (C01 40.00 pays nothing).
        QTest::addRow("--segment smb") << u"textbook"_s << februaryAndMarch + QStringList {u"--segment"_s, u"smb"_s}
                                       << QStringList {u"2024-02,10,0,0,0,10,0.00,100.00,190.00,,"_s,
                                              u"2024-03,10,2,0,3,9,30.00,70.00,165.00,78.95,68.42"_s};
        QTest::addRow("--segment enterprise")
            << u"textbook"_s << februaryAndMarch + QStringList {u"--segment"_s, u"enterprise"_s}
            << QStringList {u"2024-02,10,0,0,0,10,0.00,100.00,60.00,,"_s,
                   u"2024-03,10,2,0,0,12,0.00,100.00,80.00,133.33,100.00"_s};
        QTest::addRow("--plan pro") << u"textbook"_s << februaryAndMarch + QStringList {u"--plan"_s, u"pro"_s}
                                    << QStringList {u"2024-02,10,0,0,0,10,0.00,100.00,60.00,,"_s,
                                           u"2024-03,10,2,0,0,12,0.00,100.00,80.00,133.33,100.00"_s};
        QTest::addRow("--segment nobody has: rates undefined")
            << u"textbook"_s << march + QStringList {u"--segment"_s, u"consumer"_s}
            << QStringList {u"2024-03,0,0,0,0,0,,,0.00,,"_s};

        // January: S1 (lost 02-13) at start, S3 new. February: S1 lost, S2 back. S2 pays 40.00, then 50.00.
        QTest::addRow("shop customers, months")
            << u"shop"_s
            << QStringList {u"--from"_s, u"2024-01-01"_s, u"--to"_s, u"2024-03-31"_s, u"--as-of"_s, u"2024-03-31"_s}
            << QStringList {u"2024-01,1,1,0,0,2,0.00,100.00,10.00,,"_s,
                   u"2024-02,2,1,1,1,2,50.00,50.00,40.00,0.00,0.00"_s,
                   u"2024-03,2,0,0,0,2,0.00,100.00,65.00,125.00,100.00"_s};
        QTest::addRow("shop customers, weeks")
            << u"shop"_s
            << QStringList {u"--period"_s, u"week"_s, u"--from"_s, u"2024-02-05"_s, u"--to"_s, u"2024-02-25"_s,
                   u"--as-of"_s, u"2024-03-31"_s}
            << QStringList {u"2024-W06,2,0,0,0,2,0.00,100.00,0.00,,"_s,
                   u"2024-W07,2,0,0,1,1,50.00,50.00,0.00,,"_s, // 2024-02-13 is the Tuesday of week 7
                   u"2024-W08,1,1,1,0,2,0.00,100.00,40.00,,"_s};
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
        QCOMPARE(rows.at(0), u"2024-03,20,4,0,3,21,15.00,85.00,245.00,92.00,76.00"_s);
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
        QCOMPARE(rows.at(1), u"2023-01,0,2,0,0,2,,,0.00,,"_s);
        QCOMPARE(rows.at(15), u"2024-03,20,4,0,3,21,15.00,85.00,245.00,92.00,76.00"_s);
        QCOMPARE(rows.at(16), u"2024-04,21,0,0,0,21,0.00,100.00,99.00,0.00,0.00"_s);
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
            u"2024-03-15"_s} << u"2024-03,20,2,0,2,20,10.00,90.00,255.00,92.00,76.00"_s;
        // The year 2024 as of 2024-03-31: C07's order of 2024-04-15 has not happened yet.
        QTest::addRow("order after the as-of day")
            << QStringList {u"--period"_s, u"year"_s, u"--from"_s, u"2024-01-01"_s, u"--as-of"_s, u"2024-03-31"_s}
            << u"2024,20,4,0,3,21,15.00,85.00,495.00,,"_s;
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
                if (fields.at(i).isEmpty()) {
                    QVERIFY2(value.isNull(), qPrintable(where));
                } else {
                    QVERIFY2(value.isDouble(), qPrintable(where));
                    QCOMPARE(value.toDouble(), fields.at(i).toDouble());
                }
            }
        }
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

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QHash<QString, QString> m_fixtures;
    QString m_fixtureError;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
