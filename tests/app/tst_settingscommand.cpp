// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// retentiondesk-cli settings as a user runs it: list, change with the engine's checks, reset.
#include <QJsonArray>
#include <QTest>

#include "support/clirunner.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;

class TestSettingsCommand : public rd::test::TestCase, public rd::test::CliRunner
{
    Q_OBJECT

private:
    QString m_db;

    // The messages are checked in English, whatever the machine's language.
    Run cli(const QStringList &arguments) { return CliRunner::cli(arguments, {{u"LC_ALL"_s, u"C.UTF-8"_s}}); }

    // key -> the setting's JSON object, as `settings --format json` lists it.
    QHash<QString, QJsonObject> listed(const QString &db)
    {
        const QJsonObject json = jsonOf(cli({u"settings"_s, u"--db"_s, db, u"--format"_s, u"json"_s}));
        QHash<QString, QJsonObject> settings;
        for (const QJsonValue &value : json.value(u"settings"_s).toArray())
            settings.insert(value[u"key"_s].toString(), value.toObject());
        return settings;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = newPath(u".sqlite"_s);
        const Run created = cli({u"demo"_s, u"--db"_s, m_db, u"--customers"_s, u"200"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    }

    void listsEverySettingWithDefaultAndUnit()
    {
        const Run run = cli({u"settings"_s, u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"risk.inactive_red_days"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"No sign of life"_s));
        QVERIFY(run.out.contains(u"risk.red_share_max"_s));
        const auto settings = listed(m_db);
        QVERIFY(settings.size() >= 30);
        const QJsonObject share = settings.value(u"risk.red_share_max"_s);
        QCOMPARE(share[u"value"_s].toDouble(), 15.0);
        QCOMPARE(share[u"default"_s].toDouble(), 15.0);
        QCOMPARE(share[u"unit"_s].toString(), u"%"_s);
        QCOMPARE(settings.value(u"churn_model"_s)[u"choices"_s].toArray().size(), 3);
        QCOMPARE(settings.value(u"inactivity_days"_s)[u"unit"_s].toString(), u"days"_s);
    }

    void changesAndResets()
    {
        Run run = cli({u"settings"_s, u"--db"_s, m_db, u"risk.inactive_red_days=45"_s, u"risk.red_share_max=10"_s,
            u"currency=gbp"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Red after (default 60 days)"_s), qPrintable(run.out));
        auto settings = listed(m_db);
        QCOMPARE(settings.value(u"risk.inactive_red_days"_s)[u"value"_s].toDouble(), 45.0);
        QCOMPARE(settings.value(u"risk.red_share_max"_s)[u"value"_s].toDouble(), 10.0);
        QCOMPARE(settings.value(u"currency"_s)[u"value"_s].toString(), u"GBP"_s);

        // The risk list uses them at once, and so does its currency.
        run = cli({u"risk"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"currency"_s).toString(), u"GBP"_s);

        run = cli({u"settings"_s, u"--db"_s, m_db, u"--reset"_s, u"currency"_s});
        QCOMPARE(run.exitCode, 0);
        settings = listed(m_db);
        QCOMPARE(settings.value(u"currency"_s)[u"value"_s].toString(), u"EUR"_s);
        QCOMPARE(settings.value(u"risk.inactive_red_days"_s)[u"value"_s].toDouble(), 45.0);

        run = cli({u"settings"_s, u"--db"_s, m_db, u"--reset"_s, u"--all"_s});
        QCOMPARE(run.exitCode, 0);
        settings = listed(m_db);
        QCOMPARE(settings.value(u"risk.inactive_red_days"_s)[u"value"_s].toDouble(), 60.0);
        QCOMPARE(settings.value(u"risk.red_share_max"_s)[u"value"_s].toDouble(), 15.0);
    }

    void refusesWithTheEnginesMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("contradiction") << QStringList {u"risk.inactive_yellow_days=90"_s} << 1
                                       << u"error: The risk settings do not fit together: inactive_yellow_days is "
                                          "above inactive_red_days.\n"_s;
        QTest::addRow("range") << QStringList {u"risk.red_share_max=150"_s} << 1
                               << u"error: risk.red_share_max takes a number from 0 to 100 %, not \"150\".\n"_s;
        QTest::addRow("unknown") << QStringList {u"colour=red"_s} << 1
                                 << u"error: There is no setting \"colour\": settings --db FILE lists them.\n"_s;
        QTest::addRow("no equals") << QStringList {u"risk.nps_red"_s} << 2 << u"KEY=VALUE"_s;
        QTest::addRow("reset without keys") << QStringList {u"--reset"_s} << 2 << u"--reset needs the KEYs"_s;
        QTest::addRow("reset unknown") << QStringList {u"--reset"_s, u"risk.colour"_s} << 1
                                       << u"There is no setting \"risk.colour\""_s;
        QTest::addRow("all without reset") << QStringList {u"--all"_s} << 2 << u"--all goes with --reset."_s;
        QTest::addRow("both") << QStringList {u"--reset"_s, u"currency"_s, u"risk.nps_red=2"_s} << 2
                              << u"not both at once"_s;
    }

    void refusesWithTheEnginesMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto before = listed(m_db);
        const Run run = cli(QStringList {u"settings"_s, u"--db"_s, m_db} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.out, QString());
        QCOMPARE(listed(m_db), before);
    }

    void refusesAMissingDatabase()
    {
        const QString missing = newPath(u".sqlite"_s);
        const Run run = cli({u"settings"_s, u"--db"_s, missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestSettingsCommand)
#include "tst_settingscommand.moc"
