// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <set>

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include "storage/database.h"
#include "storage/metricsrepository.h"
#include "support/riskfixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

Q_DECLARE_METATYPE(rd::ReasonCode)

// The engine's thresholds (their keys, and the values stored in a database's settings) and the words
// that its reasons are read in.
class TestRiskThresholds : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void thresholdKeys()
    {
        const RiskThresholds defaults;
        const auto values = defaults.values();
        QCOMPARE(values.size(), 26);
        std::set<QString> keys;
        static const QRegularExpression snakeCase(u"^[a-z]+(_[a-z]+)*$"_s);
        for (const auto &[key, value] : values) {
            QVERIFY2(snakeCase.match(key).hasMatch(), qPrintable(key));
            QVERIFY2(keys.insert(key).second, qPrintable(u"twice: "_s + key));
        }
        const QHash<QString, double> byKey(values.cbegin(), values.cend());
        QCOMPARE(byKey.value(u"inactive_yellow_days"_s), 30.0);
        QCOMPARE(byKey.value(u"inactive_red_days"_s), 60.0);
        QCOMPARE(byKey.value(u"activity_baseline_min_events"_s), 20.0);
        QCOMPARE(byKey.value(u"spending_decline_red"_s), 80.0);
        QCOMPARE(byKey.value(u"rhythm_red_score"_s), 60.0);
        QCOMPARE(byKey.value(u"red_share_max"_s), 0.15);
        QCOMPARE(byKey.value(u"yellow_share_max"_s), 0.25);
        QCOMPARE(byKey.value(u"key_account_share"_s), 0.8);
        QCOMPARE(byKey.value(u"lost_recently_days"_s), 90.0);

        RiskThresholds changed;
        QVERIFY(!changed.set(u"no_such_key"_s, 1));
        QVERIFY(!changed.set(u"risk.inactive_red_days"_s, 1)); // keys come without the prefix
        QCOMPARE(changed.values(), values);
        QVERIFY(changed.set(u"inactive_red_days"_s, 44.6)); // whole days are rounded
        QCOMPARE(changed.inactiveRedDays, 45);
        QVERIFY(changed.set(u"key_account_share"_s, 0.65));
        QCOMPARE(changed.keyAccountShare, 0.65);
    }

    void thresholdRoundTrip_data()
    {
        QTest::addColumn<QString>("key");
        for (const auto &[key, value] : RiskThresholds().values())
            QTest::addRow("%s", qPrintable(key)) << key;
    }

    // Setting a key changes its value and no other.
    void thresholdRoundTrip()
    {
        QFETCH(QString, key);
        const auto before = RiskThresholds().values();
        RiskThresholds thresholds;
        double old = -1;
        for (const auto &[k, value] : before) {
            if (k == key)
                old = value;
        }
        const double changed = old + 7;
        QVERIFY(thresholds.set(key, changed));
        const auto after = thresholds.values();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).first, before.at(i).first);
            QCOMPARE(after.at(i).second, after.at(i).first == key ? changed : before.at(i).second);
        }
    }

    void thresholdsFromSettings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("inactiveRedDays");
        QTest::addColumn<QString>("level"); // of a customer silent for 50 days
        QTest::addRow("nothing stored") << QString() << QString() << true << 60 << u"yellow"_s;
        QTest::addRow("red after 45 days") << u"risk.inactive_red_days"_s << u"45"_s << true << 45 << u"red"_s;
        QTest::addRow("decimal days are rounded") << u"risk.inactive_red_days"_s << u"44.6"_s << true << 45 << u"red"_s;
        QTest::addRow("empty is the default") << u"risk.inactive_red_days"_s << u""_s << true << 60 << u"yellow"_s;
        QTest::addRow("another key") << u"risk.inactive_yellow_days"_s << u"51"_s << true << 60 << u"green"_s;
        QTest::addRow("unknown keys are ignored") << u"risk.no_such_key"_s << u"abc"_s << true << 60 << u"yellow"_s;
        QTest::addRow("text") << u"risk.inactive_red_days"_s << u"forty-five"_s << false << 0 << QString();
        QTest::addRow("negative") << u"risk.inactive_red_days"_s << u"-1"_s << false << 0 << QString();
        QTest::addRow("negative share") << u"risk.key_account_share"_s << u"-0.5"_s << false << 0 << QString();
    }

    void thresholdsFromSettings()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(int, inactiveRedDays);
        QFETCH(QString, level);
        auto opened = Database::open(u":memory:"_s);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        if (!key.isEmpty())
            QVERIFY((*opened)->setSetting(key, value));
        const auto thresholds = MetricsRepository::riskThresholds(**opened);
        QCOMPARE(thresholds.ok(), valid);
        if (!valid) {
            QVERIFY2(thresholds.error().message.contains(key), qPrintable(thresholds.error().message));
            QVERIFY2(thresholds.error().message.contains(value), qPrintable(thresholds.error().message));
            return;
        }
        QCOMPARE(thresholds->inactiveRedDays, inactiveRedDays);
        DatasetBuilder builder;
        DatasetBuilder::activity(contractCustomer(builder, u"C"_s), ago(50));
        const Dataset data = builder.build();
        const RiskReport report = score(data, thresholds.value());
        VERIFY_CONSISTENT(report, data);
        QCOMPARE(riskLevelName(report.customers.constFirst().level), level);
    }

    void reasonText_data()
    {
        QTest::addColumn<ReasonCode>("code");
        QTest::addColumn<QList<double>>("numbers");
        QTest::addColumn<QString>("text");
        using C = ReasonCode;
        QTest::addRow("inactive") << C::Inactive << QList<double> {45} << u"no activity for 45 days"_s;
        QTest::addRow("activity decline")
            << C::ActivityDecline << QList<double> {80, 4, 20}
            << u"activity down 80 % (events in the last 30 days: 4, before: 20.0 a month)"_s;
        QTest::addRow("activity decline, fractions")
            << C::ActivityDecline << QList<double> {85.04, 1, 6.6667}
            << u"activity down 85 % (events in the last 30 days: 1, before: 6.7 a month)"_s;
        QTest::addRow("spending decline: the issue's example")
            << C::SpendingDecline << QList<double> {80, 50000, 10000}
            << u"spending down 80 % (500.00 EUR → 100.00 EUR per 90 days)"_s;
        QTest::addRow("spending decline: no group separator in C")
            << C::SpendingDecline << QList<double> {62.4, 1234567, 463000}
            << u"spending down 62 % (12345.67 EUR → 4630.00 EUR per 90 days)"_s;
        QTest::addRow("open tickets") << C::OpenTickets << QList<double> {2} << u"unresolved tickets: 2"_s;
        QTest::addRow("open complaint") << C::OpenComplaint << QList<double> {1}
                                        << u"unresolved complaint or urgent ticket: 1"_s;
        QTest::addRow("many tickets") << C::ManyTickets << QList<double> {3, 30} << u"3 tickets in 30 days"_s;
        QTest::addRow("NPS low") << C::NpsLow << QList<double> {4} << u"NPS 4"_s;
        QTest::addRow("NPS drop") << C::NpsDrop << QList<double> {6, 9} << u"NPS 6, was 9"_s;
        QTest::addRow("CSAT low") << C::CsatLow << QList<double> {2, 5} << u"CSAT 2 of 5"_s;
        QTest::addRow("CSAT low, of ten") << C::CsatLow << QList<double> {3, 10} << u"CSAT 3 of 10"_s;
        QTest::addRow("surveys unanswered")
            << C::SurveysUnanswered << QList<double> {2} << u"last 2 surveys not answered"_s;
        QTest::addRow("renewal soon") << C::RenewalSoon << QList<double> {12} << u"renewal in 12 days"_s;
        QTest::addRow("renewal today") << C::RenewalSoon << QList<double> {0} << u"renewal today"_s;
        QTest::addRow("renewal tomorrow") << C::RenewalSoon << QList<double> {1} << u"renewal tomorrow"_s;
        QTest::addRow("failed payment") << C::FailedPayment << QList<double> {5} << u"payment failed 5 days ago"_s;
        QTest::addRow("failed payment today") << C::FailedPayment << QList<double> {0} << u"payment failed today"_s;
        QTest::addRow("failed payment yesterday")
            << C::FailedPayment << QList<double> {1} << u"payment failed yesterday"_s;
        QTest::addRow("purchase rhythm") << C::PurchaseRhythm << QList<double> {84.6, 95, 21}
                                         << u"no order for 95 days; usually orders every 21 days; 85 % likely to "
                                            u"order nothing in the next 90 days"_s;
        QTest::addRow("purchase rhythm, one order")
            << C::PurchaseRhythm << QList<double> {70, 40, 0}
            << u"one order so far, 40 days ago; 70 % likely to order nothing in the next 90 days"_s;
    }

    void reasonText()
    {
        QFETCH(ReasonCode, code);
        QFETCH(QList<double>, numbers);
        QFETCH(QString, text);
        QCOMPARE(RiskText::reason(Reason {code, RiskLevel::Yellow, numbers}, u"EUR"_s, QLocale::c()), text);
    }

    // The engine's own numbers for the example read as the sentence the user sees.
    void reasonTextFromEngine()
    {
        DatasetBuilder builder;
        Customer &customer = contractCustomer(builder, u"C"_s);
        DatasetBuilder::contact(customer, AsOf);
        for (int age : {155, 125, 95})
            DatasetBuilder::order(customer, ago(age), 50000);
        for (int age : {65, 35, 5})
            DatasetBuilder::order(customer, ago(age), 10000);
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        QCOMPARE(report.customers.size(), 1);
        QCOMPARE(report.customers.constFirst().reasons.size(), 1);
        QCOMPARE(RiskText::reason(report.customers.constFirst().reasons.constFirst(), data.currency, QLocale::c()),
            u"spending down 80 % (1500.00 EUR → 300.00 EUR per 90 days)"_s);
    }

    void reasonNames()
    {
        std::set<QString> names;
        static const QRegularExpression snakeCase(u"^[a-z]+(_[a-z]+)*$"_s);
        for (int code = int(ReasonCode::Inactive); code <= int(ReasonCode::PurchaseRhythm); ++code) {
            const QString name = reasonCodeName(ReasonCode(code));
            QVERIFY2(snakeCase.match(name).hasMatch(), qPrintable(u"code %1: \"%2\""_s.arg(code).arg(name)));
            QVERIFY2(names.insert(name).second, qPrintable(u"twice: "_s + name));
            const QString text = RiskText::reason(Reason {ReasonCode(code), RiskLevel::Red, {1, 2, 3}}, u"EUR"_s);
            QVERIFY2(!text.isEmpty() && !text.contains(QRegularExpression(u"%\\d"_s)), qPrintable(text));
        }
        QCOMPARE(names.size(), std::size_t(13));
        QCOMPARE(riskLevelName(RiskLevel::Green), u"green"_s);
        QCOMPARE(riskLevelName(RiskLevel::Yellow), u"yellow"_s);
        QCOMPARE(riskLevelName(RiskLevel::Red), u"red"_s);
    }
};

QTEST_GUILESS_MAIN(TestRiskThresholds)
#include "tst_riskthresholds.moc"
