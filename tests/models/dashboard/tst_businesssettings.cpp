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
            // Numbers and choices have a value; an empty text stands for built-in words or messages.
            if (info.isNumber() || info.kind == SettingKind::Choice || info.kind == SettingKind::Currency)
                QVERIFY2(!info.defaultValue.isEmpty(), qPrintable(info.key));
            else
                QVERIFY2(!BusinessSettings::builtInText(info).isEmpty(), qPrintable(info.key));
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

    void parsesTexts_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("stored"); // or the start of the message when refused
        QTest::newRow("keywords tidied") << u"reasons.price"_s << u" teuer ,, Preiserhöhung,  zu   viel "_s << true
                                         << u"teuer, Preiserhöhung, zu viel"_s;
        QTest::newRow("no keywords") << u"reasons.closed"_s << u" , "_s << true << QString();
        QTest::newRow("subject with placeholders") << u"winback.inactive.subject"_s << u" Wir vermissen Sie, {name} "_s
                                                   << true << u"Wir vermissen Sie, {name}"_s;
        QTest::newRow("unknown placeholder") << u"winback.inactive.subject"_s << u"Hi {nmae}"_s << false
                                             << u"winback.inactive.subject names the placeholder {nmae}"_s;
        QTest::newRow("braces around no word are text")
            << u"winback.complaint.subject"_s << u"{ } and {1}"_s << true << u"{ } and {1}"_s;
        QTest::newRow("no line break in a subject")
            << u"winback.inactive.subject"_s << u"a\nb"_s << false << u"winback.inactive.subject cannot hold"_s;
        QTest::newRow("a subject keeps a backslash")
            << u"winback.inactive.subject"_s << u"a\\nb"_s << true << u"a\\nb"_s;
        QTest::newRow("control character") << u"winback.inactive.subject"_s << u"a\u0007b"_s << false
                                           << u"winback.inactive.subject cannot hold control characters"_s;
        QTest::newRow("message line breaks typed as \\n")
            << u"winback.inactive.body"_s << u"Hallo {name},\\n\\nbis bald\\n{owner}"_s << true
            << u"Hallo {name},\n\nbis bald\n{owner}"_s;
        QTest::newRow("message with its line breaks")
            << u"winback.inactive.body"_s << u"Hallo\r\n\r\nbis bald"_s << true << u"Hallo\n\nbis bald"_s;
        QTest::newRow("escaped backslash") << u"winback.inactive.body"_s << u"C:\\\\n"_s << true << u"C:\\n"_s;
        QTest::newRow("a lone backslash stays") << u"winback.inactive.body"_s << u"a\\b"_s << true << u"a\\b"_s;
        QTest::newRow("too long") << u"winback.inactive.subject"_s << QString(201, u'x') << false
                                  << u"winback.inactive.subject takes at most 200 characters."_s;
    }

    void parsesTexts()
    {
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(QString, stored);
        const SettingInfo *info = BusinessSettings::find(key);
        QVERIFY(info);
        const auto parsed = BusinessSettings::parse(*info, typed);
        QCOMPARE(bool(parsed), accepted);
        if (!accepted) {
            QVERIFY2(parsed.error().message.startsWith(stored), qPrintable(parsed.error().message));
            return;
        }
        QCOMPARE(*parsed, stored);
        // What the command line shows reads back as the same value.
        const auto again = BusinessSettings::parse(*info, BusinessSettings::shown(*info, *parsed));
        QVERIFY(again);
        QCOMPARE(*again, *parsed);
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
