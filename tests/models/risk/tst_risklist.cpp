// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <cmath>

#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include "demo/demodatabase.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/metricsrepository.h"
#include "support/riskfixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

// The engine's list: levels and scores, the share limits, the 12-month value and key accounts, the
// priority order, who is listed at all and the recount for a segment; and the list of the demo business.
class TestRiskList : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    // Red and yellow stay within their shares of the list; serious evidence counts but is never moved.
    void shareLimits_data()
    {
        QTest::addColumn<double>("redShare");
        QTest::addColumn<double>("yellowShare");
        QTest::addColumn<QString>("red"); // the customers' chances in percent, in list order
        QTest::addColumn<QString>("yellow");
        // 20 shoppers with chances 5 % to 100 % and a complaint (30 points, listed after higher scores): 21 listed,
        // 3 red places, 5 yellow ones.
        QTest::addRow("defaults") << 0.15 << 0.25 << u"100 95 complaint"_s << u"90 85 80 75 70"_s;
        QTest::addRow("no limits") << 1.0 << 1.0 << u"100 95 90 85 80 75 70 65 60 complaint"_s << u"55 50 45 40"_s;
        QTest::addRow("no red from the rhythm") << 0.0 << 0.25 << u"complaint"_s << u"100 95 90 85 80"_s;
    }

    void shareLimits()
    {
        QFETCH(double, redShare);
        QFETCH(double, yellowShare);
        QFETCH(QString, red);
        QFETCH(QString, yellow);
        DatasetBuilder builder;
        std::vector<AliveEstimate> alive;
        for (int i = 1; i <= 20; ++i) {
            Customer &shopper = builder.add(u"S%1"_s.arg(i, 2, 10, QChar(u'0')), QDate(2023, 1, 1));
            DatasetBuilder::order(shopper, ago(100), 0);
            DatasetBuilder::order(shopper, ago(50), 0);
            AliveEstimate estimate;
            estimate.noPurchase90 = i * 0.05;
            alive.push_back(estimate);
        }
        Customer &loud = contractCustomer(builder, u"X"_s);
        DatasetBuilder::contact(loud, AsOf);
        DatasetBuilder::ticket(loud, ago(5), {}, MetricsSeverity::Normal, true);
        const Dataset data = builder.build();
        RiskThresholds thresholds;
        thresholds.redShareMax = redShare;
        thresholds.yellowShareMax = yellowShare;
        const RiskReport report = score(data, thresholds, alive);
        VERIFY_CONSISTENT(report, data);
        QStringList lists[3];
        for (const CustomerRisk &risk : report.customers) {
            lists[int(risk.level)].append(risk.alive.noPurchase90
                    ? QString::number(std::lround(*risk.alive.noPurchase90 * 100))
                    : u"complaint"_s);
        }
        QCOMPARE(lists[int(RiskLevel::Red)].join(u' '), red);
        QCOMPARE(lists[int(RiskLevel::Yellow)].join(u' '), yellow);
        // A customer the limits left green still shows the signal, one level down.
        for (const CustomerRisk &risk : report.customers) {
            if (risk.level == RiskLevel::Green && risk.score >= thresholds.rhythmYellowScore)
                QVERIFY(hasReason(risk, ReasonCode::PurchaseRhythm));
        }
    }

    void levelAndScore_data()
    {
        QTest::addColumn<CustomerSetup>("setup");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("expectedScore");
        const auto openTicket = [](Customer &c) { DatasetBuilder::ticket(c, ago(5)); };
        const auto complaint
            = [](Customer &c) { DatasetBuilder::ticket(c, ago(5), {}, MetricsSeverity::Normal, true); };
        const auto detractor = [](Customer &c) { DatasetBuilder::survey(c, ago(5), true, 6); };
        QTest::addRow("nothing") << CustomerSetup([](Customer &) {}) << u"green"_s << 0;
        QTest::addRow("one yellow") << CustomerSetup(openTicket) << u"yellow"_s << 15;
        QTest::addRow("two yellow") << CustomerSetup([=](Customer &c) {
            openTicket(c);
            detractor(c);
        }) << u"yellow"_s << 30;
        QTest::addRow("one red") << CustomerSetup(complaint) << u"red"_s << 30;
        QTest::addRow("red and yellow") << CustomerSetup([=](Customer &c) {
            complaint(c);
            detractor(c);
        }) << u"red"_s << 45;
        QTest::addRow("yellow raised by a renewal") << CustomerSetup([=](Customer &c) {
            openTicket(c);
            DatasetBuilder::renewal(c, AsOf.addDays(7));
        }) << u"red"_s << 45;
        QTest::addRow("everything: capped at 100") << CustomerSetup([=](Customer &c) {
            complaint(c);
            for (int age : {20, 10})
                DatasetBuilder::ticket(c, ago(age));
            DatasetBuilder::survey(c, ago(4), true, 1);
            DatasetBuilder::survey(c, ago(3), false, 1);
            DatasetBuilder::failedPayment(c, ago(2));
        }) << u"red"_s << 100;
    }

    // The status is the worst signal's; the score counts 30 a red signal and 15 a yellow one, up to 100.
    void levelAndScore()
    {
        QFETCH(CustomerSetup, setup);
        QFETCH(QString, level);
        QFETCH(int, expectedScore);
        DatasetBuilder builder;
        Customer &customer = contractCustomer(builder, u"C"_s);
        DatasetBuilder::contact(customer, AsOf);
        setup(customer);
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        VERIFY_CONSISTENT(report, data);
        QCOMPARE(report.customers.size(), 1);
        QCOMPARE(riskLevelName(report.customers.constFirst().level), level);
        QCOMPARE(report.customers.constFirst().score, expectedScore);
    }

    void value12Months()
    {
        DatasetBuilder builder;
        for (const QString &id : {u"Green"_s, u"Yellow"_s}) {
            Customer &customer = contractCustomer(builder, id);
            DatasetBuilder::contact(customer, AsOf);
            DatasetBuilder::order(customer, AsOf, 10000);
            DatasetBuilder::order(customer, ago(364), 20000);
            DatasetBuilder::order(customer, ago(365), 40000); // a year ago: not in the last 12 months
            DatasetBuilder::order(customer, AsOf.addDays(1), 80000); // not yet
            DatasetBuilder::order(customer, ago(200), -5000); // a refund
            if (id == u"Yellow"_s)
                DatasetBuilder::ticket(customer, ago(3));
        }
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        VERIFY_CONSISTENT(report, data);
        const CustomerRisk *green = find(report, data, u"Green"_s);
        const CustomerRisk *yellow = find(report, data, u"Yellow"_s);
        QVERIFY(green && yellow);
        QCOMPARE(green->level, RiskLevel::Green);
        QCOMPARE(green->value12mMinor, qint64(25000));
        QCOMPARE(green->valueAtRiskMinor, qint64(0));
        QCOMPARE(yellow->level, RiskLevel::Yellow);
        QCOMPARE(yellow->value12mMinor, qint64(25000));
        QCOMPARE(yellow->valueAtRiskMinor, qint64(25000));
        QCOMPARE(report.yellow, qint64(1));
        QCOMPARE(report.green, qint64(1));
        QCOMPARE(report.red, qint64(0));
    }

    void keyAccounts_data()
    {
        QTest::addColumn<QList<qint64>>("revenues"); // customer K<i>'s 12-month revenue
        QTest::addColumn<QString>("keys");
        QTest::addRow("three make exactly 80 %%")
            << QList<qint64> {800, 5000, 50, 300, 2000, 100, 500, 1000, 200, 50} << u"K1 K4 K7"_s;
        QTest::addRow("three make more than 80 %%")
            << QList<qint64> {100, 400, 4000, 50, 1500, 300, 3000, 50, 500, 100} << u"K2 K4 K6"_s;
        QTest::addRow("two make 79.99 %%, a third is needed")
            << QList<qint64> {4999, 3000, 501, 500, 400, 300, 100, 100, 50, 50} << u"K0 K1 K2"_s;
        QTest::addRow("one whale") << QList<qint64> {1000, 1000, 1000, 91000, 1000, 1000, 1000, 1000, 1000, 1000}
                                   << u"K3"_s;
        QTest::addRow("refunds and no revenue never count")
            << QList<qint64> {0, -500, 8000, 2000, 0, 0, 0, 0, 0, 0} << u"K2"_s;
        QTest::addRow("nobody bought") << QList<qint64>(10, 0) << QString();
    }

    // Key accounts: the fewest customers who bring 80 % of the 12-month revenue.
    void keyAccounts()
    {
        QFETCH(QList<qint64>, revenues);
        QFETCH(QString, keys);
        DatasetBuilder builder;
        for (qsizetype i = 0; i < revenues.size(); ++i) {
            Customer &customer = contractCustomer(builder, u"K%1"_s.arg(i));
            DatasetBuilder::contact(customer, AsOf);
            if (revenues.at(i) != 0)
                DatasetBuilder::order(customer, ago(200), revenues.at(i) * 100);
        }
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        VERIFY_CONSISTENT(report, data);
        QCOMPARE(report.customers.size(), revenues.size());
        QStringList found;
        for (const CustomerRisk &risk : report.customers) {
            QCOMPARE(risk.value12mMinor, revenues.at(risk.customer) * 100);
            if (risk.keyAccount)
                found.append(data.customers.at(risk.customer).externalId);
        }
        found.sort();
        QCOMPARE(found.join(u' '), keys);
    }

    // Red before yellow before green; key accounts first within a level, then by value at risk, then by score.
    void priorityOrder()
    {
        DatasetBuilder builder;
        // Revenue 200 days ago (value, no spending signal) and a signal: y yellow (open ticket), r red (complaint),
        // R two red ones (complaint and a failed payment).
        const auto add = [&builder](const QString &id, qint64 revenue, char signal) {
            Customer &customer = contractCustomer(builder, id);
            DatasetBuilder::contact(customer, AsOf);
            DatasetBuilder::order(customer, ago(200), revenue);
            if (signal == 'y')
                DatasetBuilder::ticket(customer, ago(5));
            if (signal == 'r' || signal == 'R')
                DatasetBuilder::ticket(customer, ago(5), {}, MetricsSeverity::Normal, true);
            if (signal == 'R')
                DatasetBuilder::failedPayment(customer, ago(10));
        };
        // 12-month revenue 1,003,000: A, D and E bring 1,000,000, A and D 800,000 (< 80 %): A, D, E are key accounts.
        add(u"A"_s, 500000, 'g');
        add(u"B"_s, 1000, 'y');
        add(u"C"_s, 500, 'r');
        add(u"D"_s, 300000, 'r');
        add(u"E"_s, 200000, 'y');
        add(u"F"_s, 100, 'g');
        add(u"G"_s, 900, 'r');
        add(u"H"_s, 500, 'R');
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        VERIFY_CONSISTENT(report, data);
        QStringList order;
        QStringList keys;
        for (const CustomerRisk &risk : report.customers) {
            order.append(data.customers.at(risk.customer).externalId);
            if (risk.keyAccount)
                keys.append(order.constLast());
        }
        QCOMPARE(keys.join(u' '), u"D E A"_s);
        QCOMPARE(order.join(u' '), u"D G H C E B A F"_s);
        QCOMPARE(report.red, qint64(4));
        QCOMPARE(report.yellow, qint64(2));
        QCOMPARE(report.green, qint64(2));
    }

    void whoIsListed_data()
    {
        QTest::addColumn<BuilderSetup>("setup"); // adds customer X
        QTest::addColumn<bool>("listed");
        QTest::addColumn<QString>("reasons");
        // A shop customer (no contract) last seen the given days ago; lost silently 90 days later.
        const auto lastSeen = [](int days) {
            return BuilderSetup(
                [days](DatasetBuilder &b) { DatasetBuilder::activity(b.add(u"X"_s, QDate(2023, 1, 1)), ago(days)); });
        };
        const auto cancelled = [](QDate cancel) {
            return BuilderSetup([cancel](DatasetBuilder &b) {
                DatasetBuilder::contact(b.add(u"X"_s, QDate(2023, 1, 1), cancel, true), AsOf);
            });
        };
        QTest::addRow("contract, cancelled before") << cancelled(ago(10)) << false << QString();
        QTest::addRow("contract, cancelled on the as-of day") << cancelled(AsOf) << false << QString();
        QTest::addRow("contract, cancels later") << cancelled(AsOf.addDays(10)) << true << QString();
        QTest::addRow("shop, seen 89 days ago: still a customer") << lastSeen(89) << true << u"inactive red 89"_s;
        QTest::addRow("shop, seen 100 days ago: lost 10 days ago") << lastSeen(100) << true << u"inactive red 100"_s;
        QTest::addRow("shop, lost 90 days ago") << lastSeen(180) << true << u"inactive red 180"_s;
        QTest::addRow("shop, lost 91 days ago") << lastSeen(181) << false << QString();
        QTest::addRow("shop, lost long ago") << lastSeen(500) << false << QString();
        QTest::addRow("signs up after the as-of day")
            << BuilderSetup([](DatasetBuilder &b) { b.add(u"X"_s, AsOf.addDays(1), {}, true); }) << false << QString();
        QTest::addRow("lost, then back") << BuilderSetup([](DatasetBuilder &b) {
            Customer &customer = b.add(u"X"_s, QDate(2023, 1, 1));
            DatasetBuilder::activity(customer, ago(400));
            DatasetBuilder::activity(customer, ago(5));
        }) << true << QString();
    }

    // Cancelled customers and customers lost silently long before are not listed; those lost recently are.
    void whoIsListed()
    {
        QFETCH(BuilderSetup, setup);
        QFETCH(bool, listed);
        QFETCH(QString, reasons);
        DatasetBuilder builder;
        DatasetBuilder::contact(contractCustomer(builder, u"Other"_s), AsOf);
        setup(builder);
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        VERIFY_CONSISTENT(report, data);
        QVERIFY(find(report, data, u"Other"_s));
        const CustomerRisk *risk = find(report, data, u"X"_s);
        QCOMPARE(risk != nullptr, listed);
        QCOMPARE(report.customers.size(), listed ? 2 : 1);
        if (risk)
            QCOMPARE(describe(risk->reasons), reasons);
    }

    void restrictToRecounts_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QString>("listed"); // ids in list order
        QTest::addColumn<QString>("totals");
        QTest::addRow("everybody") << QString() << u"Red Yellow Green"_s << u"1 1 1"_s;
        QTest::addRow("B2B") << u"B2B"_s << u"Red Green"_s << u"1 0 1"_s;
        QTest::addRow("B2C") << u"B2C"_s << u"Yellow"_s << u"0 1 0"_s;
        QTest::addRow("nobody") << u"Gov"_s << QString() << u"0 0 0"_s;
    }

    void restrictToRecounts()
    {
        QFETCH(QString, segment);
        QFETCH(QString, listed);
        QFETCH(QString, totals);
        DatasetBuilder builder;
        Customer &red = contractCustomer(builder, u"Red"_s);
        red.info.segment = u"B2B"_s;
        DatasetBuilder::ticket(red, ago(5), {}, MetricsSeverity::Critical, true);
        Customer &yellow = contractCustomer(builder, u"Yellow"_s);
        yellow.info.segment = u"B2C"_s;
        DatasetBuilder::ticket(yellow, ago(5));
        Customer &green = contractCustomer(builder, u"Green"_s);
        green.info.segment = u"B2B"_s;
        for (Customer *c : {&red, &yellow, &green})
            DatasetBuilder::contact(*c, AsOf);
        const Dataset data = builder.build();
        RiskReport report = score(data);
        CustomerFilter filter;
        filter.segment = segment;
        restrictTo(report, data, filter);
        VERIFY_CONSISTENT(report, data);
        QStringList ids;
        for (const CustomerRisk &risk : report.customers)
            ids.append(data.customers.at(risk.customer).externalId);
        QCOMPARE(ids.join(u' '), listed);
        QCOMPARE(u"%1 %2 %3"_s.arg(report.red).arg(report.yellow).arg(report.green), totals);
    }

    // The demo business: silent churners still fading at its end must show up, loyal customers must not.
    void demoBusiness()
    {
        DemoOptions options;
        options.customers = 1500; // and the default seed, as the application's demo
        auto opened = Database::open(u":memory:"_s);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        Database &db = **opened;
        const auto written = DemoDatabase::write(db, options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().text()));
        const auto loaded = MetricsRepository::load(db);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
        const Dataset &data = loaded.value();
        const auto settings = MetricsRepository::lifetimeSettings(db);
        QVERIFY(settings);
        const auto thresholds = MetricsRepository::riskThresholds(db);
        QVERIFY(thresholds);
        QVERIFY(data.lastDay != NoDay);
        const Lifetimes lifetimes = computeLifetimes(data, settings.value(), data.lastDay);
        const auto alive = estimateAlive(data, lifetimes);
        const std::vector<AliveEstimate> estimates = alive ? alive.value() : std::vector<AliveEstimate>();
        const RiskReport report = scoreCustomers(data, lifetimes, thresholds.value(), estimates);
        VERIFY_CONSISTENT(report, data);

        QHash<QString, const CustomerRisk *> byId;
        for (const CustomerRisk &risk : report.customers)
            byId.insert(data.customers.at(risk.customer).externalId, &risk);
        int fading = 0;
        int caught = 0;
        int loyal = 0;
        int loyalGreen = 0;
        QStringList missed;
        for (int i = 0; i < options.customers; ++i) {
            const DemoStory story = demoStory(options, i);
            const CustomerRisk *risk = byId.value(demoCustomerId(i));
            if (story.archetype == DemoArchetype::SilentChurner && story.quiet > options.end) {
                ++fading;
                const bool found = risk && risk->level != RiskLevel::Green
                    && (hasReason(*risk, ReasonCode::SpendingDecline) || hasReason(*risk, ReasonCode::ActivityDecline)
                        || hasReason(*risk, ReasonCode::Inactive) || hasReason(*risk, ReasonCode::PurchaseRhythm));
                if (found)
                    ++caught;
                else if (missed.size() < 10)
                    missed.append(demoCustomerId(i) + u": "_s
                        + (risk ? riskLevelName(risk->level) + u' ' + describe(risk->reasons) : u"not listed"_s));
            }
            if (story.archetype == DemoArchetype::LoyalSubscriber || story.archetype == DemoArchetype::LoyalShopper) {
                QVERIFY2(risk, qPrintable(demoCustomerId(i) + u" is loyal but not listed"_s));
                ++loyal;
                if (risk->level == RiskLevel::Green)
                    ++loyalGreen;
            }
        }
        qInfo("fit %s; silent churners still fading: %d of %d caught; loyal customers: %d of %d green",
            alive ? "made" : "failed", caught, fading, loyalGreen, loyal);
        QVERIFY2(fading >= 30, "too few fading silent churners for a share to mean anything");
        QVERIFY(loyal >= 200);
        // With red and yellow held to 15 % and 25 % of the list, the silent churners still fading compete for
        // those places with customers more certainly leaving (the hindsight check on the demo: 85 % of the red
        // ones stop within 180 days). At least 30 % are yellow or red for a fading signal (this seed 38 %; 70 %
        // before the share limits, when 28 % of the list was red).
        QVERIFY2(caught * 100 >= fading * 30,
            qPrintable(u"%1 of %2 caught; missed e.g. "_s.arg(caught).arg(fading) + missed.join(u", "_s)));
        // At least 90 % of the loyal customers are green (this seed 97 %).
        QVERIFY2(loyalGreen * 100 >= loyal * 90, qPrintable(u"%1 of %2 green"_s.arg(loyalGreen).arg(loyal)));
    }
};

QTEST_GUILESS_MAIN(TestRiskList)
#include "tst_risklist.moc"
