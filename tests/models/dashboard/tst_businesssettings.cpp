// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/businesssettings.h"
#include "dashboard/dashboardengine.h"
#include "storage/database.h"
#include "support/demofixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestBusinessSettings : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_copies = 0;

    QString demoCopy() { return test::demoCopy(m_dir.path(), 300, u"copy%1.sqlite"_s.arg(++m_copies)); }

private slots:
    void catalogIsComplete()
    {
        QSet<QString> keys;
        for (const SettingInfo &info : BusinessSettings::catalog()) {
            QVERIFY2(!keys.contains(info.key), qPrintable(info.key));
            keys.insert(info.key);
            QVERIFY2(!info.labelText().isEmpty() && !info.helpText().isEmpty(), qPrintable(info.key));
            QVERIFY2(!info.defaultValue.isEmpty(), qPrintable(info.key));
            // Every default passes its own check.
            QVERIFY2(
                BusinessSettings::parse(info, BusinessSettings::shown(info, info.defaultValue)), qPrintable(info.key));
            QCOMPARE(BusinessSettings::find(info.key), &info);
        }
        // Every threshold of the traffic light is there, and the churn settings, currency and benchmarks.
        for (const auto &[key, value] : RiskThresholds().values())
            QVERIFY2(keys.contains(u"risk."_s + key), qPrintable(key));
        for (const QString &key : {u"currency"_s, u"churn_model"_s, u"inactivity_days"_s, u"retention_target"_s,
                 u"band.established-yearly.low"_s, u"band.small-young-yearly.high"_s})
            QVERIFY2(keys.contains(key), qPrintable(key));
        QVERIFY(BusinessSettings::check(BusinessSettings::defaults()));
        QCOMPARE(BusinessSettings::find(u"risk.red_share_max"), BusinessSettings::find(u"risk.red_share_max"_s));
        QVERIFY(!BusinessSettings::find(u"risk.nonsense"));
    }

    void parsesWhatUsersType_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::addColumn<QString>("message");

        QTest::addRow("days") << u"risk.inactive_red_days"_s << u" 45 "_s << u"45"_s << QString();
        QTest::addRow("days not whole")
            << u"risk.inactive_red_days"_s << u"4.5"_s << QString()
            << u"risk.inactive_red_days takes a whole number from 1 to 3650 days, not \"4.5\"."_s;
        QTest::addRow("days negative") << u"inactivity_days"_s << u"-3"_s << QString() << u"from 1 to 3650 days"_s;
        QTest::addRow("share as percent") << u"risk.red_share_max"_s << u"10"_s << u"0.1"_s << QString();
        QTest::addRow("share with sign") << u"risk.red_share_max"_s << u"12,5 %"_s << u"0.125"_s << QString();
        QTest::addRow("share above 100") << u"risk.key_account_share"_s << u"120"_s << QString()
                                         << u"risk.key_account_share takes a number from 1 to 100 %, not \"120\"."_s;
        QTest::addRow("decimal comma") << u"risk.value_weight"_s << u"0,5"_s << u"0.5"_s << QString();
        QTest::addRow("not a number") << u"risk.value_weight"_s << u"viel"_s << QString() << u"not \"viel\""_s;
        QTest::addRow("infinite") << u"risk.value_weight"_s << u"inf"_s << QString() << u"not \"inf\""_s;
        QTest::addRow("model") << u"churn_model"_s << u"Activity"_s << u"activity"_s << QString();
        QTest::addRow("unknown model") << u"churn_model"_s << u"monthly"_s << QString()
                                       << u"churn_model takes auto, contract, activity, not \"monthly\"."_s;
        QTest::addRow("currency") << u"currency"_s << u"gbp"_s << u"GBP"_s << QString();
        QTest::addRow("currency symbol") << u"currency"_s << u"£"_s << QString() << u"three-letter currency code"_s;
        QTest::addRow("target") << u"retention_target"_s << u"90"_s << u"0.9"_s << QString();
        QTest::addRow("nps scale") << u"risk.nps_red"_s << u"11"_s << QString() << u"from 0 to 10 points"_s;
    }

    void parsesWhatUsersType()
    {
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, message);
        const SettingInfo *info = BusinessSettings::find(key);
        QVERIFY(info);
        const auto parsed = BusinessSettings::parse(*info, typed);
        if (stored.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
            return;
        }
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(*parsed, stored);
    }

    void shownInTheUnitsTyped()
    {
        const SettingInfo *share = BusinessSettings::find(u"risk.red_share_max");
        QCOMPARE(BusinessSettings::shown(*share, u"0.15"_s), u"15"_s);
        QCOMPARE(BusinessSettings::shownNumber(*share, u"0.15"_s), 15.0);
        QCOMPARE(BusinessSettings::storedNumber(*share, 7.5), u"0.075"_s);
        const SettingInfo *days = BusinessSettings::find(u"inactivity_days");
        QCOMPARE(BusinessSettings::storedNumber(*days, 30.4), u"30"_s);
    }

    void roundTripsThroughTheDatabase()
    {
        const QString path = m_dir.filePath(u"settings.sqlite"_s);
        auto database = Database::open(path);
        QVERIFY(database);
        auto values = BusinessSettings::read(**database);
        QVERIFY(values);
        QCOMPARE(*values, BusinessSettings::defaults());

        const BusinessSettings::Values changes {{u"risk.inactive_red_days"_s, u"45"_s},
            {u"risk.red_share_max"_s, u"0.1"_s}, {u"currency"_s, u"GBP"_s}, {u"churn_model"_s, u"activity"_s},
            {u"band.established-yearly.high"_s, u"0.08"_s}};
        QVERIFY(BusinessSettings::change(**database, changes));
        values = BusinessSettings::read(**database);
        QVERIFY(values);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            QCOMPARE(values->value(it.key()), it.value());
        QCOMPARE(values->value(u"risk.inactive_yellow_days"_s),
            BusinessSettings::find(u"risk.inactive_yellow_days")->defaultValue);
        // Stored under the keys the engine reads.
        QCOMPARE(*(*database)->setting(u"risk.inactive_red_days"_s), u"45"_s);

        // A default is not stored; a reset removes the value.
        QVERIFY(BusinessSettings::change(**database, {{u"risk.red_share_max"_s, QString()}}));
        QCOMPARE(*(*database)->setting(u"risk.red_share_max"_s, u"none"_s), u"none"_s);
        QVERIFY(BusinessSettings::reset(**database, {u"currency"_s}));
        QCOMPARE(BusinessSettings::read(**database)->value(u"currency"_s), u"EUR"_s);
        QCOMPARE(BusinessSettings::read(**database)->value(u"churn_model"_s), u"activity"_s);
        QVERIFY(BusinessSettings::reset(**database));
        QCOMPARE(*BusinessSettings::read(**database), BusinessSettings::defaults());
    }

    void refusesWhatDoesNotFitTogether_data()
    {
        QTest::addColumn<BusinessSettings::Values>("changes");
        QTest::addColumn<QString>("message");
        QTest::addRow("yellow after red") << BusinessSettings::Values {{u"risk.inactive_yellow_days"_s, u"90"_s}}
                                          << u"inactive_yellow_days is above inactive_red_days"_s;
        QTest::addRow("yellow decline beyond red")
            << BusinessSettings::Values {{u"risk.spending_decline_yellow"_s, u"90"_s}}
            << u"a yellow decline threshold is above its red one"_s;
        QTest::addRow("band upside down") << BusinessSettings::Values {{u"band.established-yearly.low"_s, u"0.5"_s}}
                                          << u"band.established-yearly.low is above band.established-yearly.high"_s;
        QTest::addRow("out of range") << BusinessSettings::Values {{u"risk.red_share_max"_s, u"2"_s}}
                                      << u"from 0 to 100 %, not \"200\""_s;
        QTest::addRow("unknown key") << BusinessSettings::Values {{u"risk.colour"_s, u"1"_s}}
                                     << u"There is no setting \"risk.colour\"."_s;
    }

    void refusesWhatDoesNotFitTogether()
    {
        QFETCH(BusinessSettings::Values, changes);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(
            u"refused-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        auto database = Database::open(path);
        QVERIFY(database);
        // Together with a change that fits: nothing is written.
        BusinessSettings::Values all = changes;
        all.insert(u"risk.many_tickets"_s, u"5"_s);
        const auto changed = BusinessSettings::change(**database, all);
        QVERIFY(!changed);
        QVERIFY2(changed.error().message.contains(message), qPrintable(changed.error().message));
        QCOMPARE(*BusinessSettings::read(**database), BusinessSettings::defaults());
    }

    // A change reaches what the engine computes the next time it reads the file.
    void engineUsesTheSettings()
    {
        const QString path = demoCopy();
        QVERIFY(!path.isEmpty());
        auto before = DashboardEngine(path).compute({});
        QVERIFY(before);
        QCOMPARE(before->thresholds.redShareMax, RiskThresholds().redShareMax);
        {
            auto database = Database::open(path);
            QVERIFY(database);
            QVERIFY(BusinessSettings::change(**database,
                {{u"risk.red_share_max"_s, u"0.05"_s}, {u"currency"_s, u"CHF"_s}, {u"retention_target"_s, u"0.9"_s},
                    {u"inactivity_days"_s, u"60"_s}}));
        }
        auto after = DashboardEngine(path).compute({});
        QVERIFY(after);
        QCOMPARE(after->thresholds.redShareMax, 0.05);
        QCOMPARE(after->settings.inactivityDays, 60);
        // The currency relabels: the amounts stay as they are.
        QCOMPARE(after->currency, u"CHF"_s);
        QCOMPARE(after->report.periods.constLast().revenueMinor, before->report.periods.constLast().revenueMinor);
        bool target = false;
        for (const ContextBand &band : after->bands) {
            if (band.metric == BandMetric::RetentionRate) {
                QCOMPARE(band.low, 0.9);
                target = true;
            }
        }
        QVERIFY(target);
        // Fewer red customers with a smaller red share (the demo lists more than 20).
        QVERIFY(after->risk.red < before->risk.red);
    }
};

QTEST_GUILESS_MAIN(TestBusinessSettings)
#include "tst_businesssettings.moc"
