// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <optional>
#include <vector>

#include <QRegularExpression>
#include <QTest>

#include "../metrics/datasetbuilder.h"
#include "risk/backtest.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::DatasetBuilder;

namespace {

using Customer = DatasetBuilder::Customer;

const QDate AsOf(2024, 6, 30);

QDate at(int days)
{
    return AsOf.addDays(days);
}

// Every reason, level and score of a report, in list order: what scoring saw.
QString describe(const RiskReport &report, const Dataset &data)
{
    QStringList lines;
    for (const CustomerRisk &risk : report.customers) {
        QString line = data.customers.at(risk.customer).externalId + u' ' + riskLevelName(risk.level) + u' '
            + QString::number(risk.score);
        for (const Reason &reason : risk.reasons) {
            line += u' ' + reasonCodeName(reason.code) + u':' + riskLevelName(reason.level);
            for (double number : reason.numbers)
                line += u' ' + QString::number(number);
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}

// A business of shoppers who order every ten days: `keep` of them go on after the as-of day, `stop` stopped
// 100 days before it. Too few for the purchase model: the light uses its fixed days.
Dataset shoppers(int keep, int stop, int daysAfter = 200)
{
    DatasetBuilder builder;
    for (int i = 0; i < keep + stop; ++i) {
        Customer &customer = builder.add(u"S%1"_s.arg(i, 2, 10, QChar(u'0')), at(-400));
        const int last = i < keep ? daysAfter : -100;
        for (int day = -400 + i; day <= last; day += 10)
            DatasetBuilder::order(customer, at(day), 2000 + 100 * i);
    }
    return builder.build();
}

BacktestOptions optionsAt(int horizonDays = 180)
{
    BacktestOptions options;
    options.asOf = dayOf(AsOf);
    options.horizonDays = horizonDays;
    return options;
}

} // namespace

class TestBacktest : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    // The data as of the day: nothing after it, tickets and contracts as they stood then.
    void datasetAsOfKnowsOnlyThePast()
    {
        DatasetBuilder builder;
        Customer &c = builder.add(u"C"_s, at(-300), at(20), true);
        DatasetBuilder::order(c, at(-10), 4900);
        DatasetBuilder::order(c, at(5), 4900);
        DatasetBuilder::activity(c, at(-3));
        DatasetBuilder::activity(c, at(1));
        DatasetBuilder::contact(c, at(2));
        DatasetBuilder::failedPayment(c, at(3));
        DatasetBuilder::ticket(c, at(-5), at(4), MetricsSeverity::High, true); // open on the day
        DatasetBuilder::ticket(c, at(6));
        DatasetBuilder::survey(c, at(7), true, 2);
        DatasetBuilder::renewal(c, at(40));
        const Dataset data = builder.build();
        const Dataset past = datasetAsOf(data, dayOf(AsOf));
        QCOMPARE(past.customerCount(), 1);
        QCOMPARE(past.ordersOf(0).size(), std::size_t(1));
        QCOMPARE(past.activityOf(0).size(), std::size_t(1));
        QCOMPARE(past.engagementOf(0).size(), std::size_t(2)); // the order on day -10 and the activity
        QVERIFY(past.contactsOf(0).empty() || past.contactsOf(0).back() <= dayOf(AsOf));
        QVERIFY(past.failedPaymentsOf(0).empty());
        QCOMPARE(past.ticketsOf(0).size(), std::size_t(1));
        QCOMPARE(past.ticketsOf(0)[0].closed, NoDay);
        QVERIFY(past.surveysOf(0).empty());
        QCOMPARE(past.customers.at(0).cancel, NoDay);
        QCOMPARE(past.customers.at(0).renewal, NoDay);
        QCOMPARE(past.lastDay, dayOf(AsOf));
    }

    // Scoring the data as of the day gives exactly what scoring a business that never had the later records
    // gives: nothing after the day leaks in.
    void nothingLeaksIn()
    {
        const auto business = [](bool withFuture) {
            DatasetBuilder builder;
            for (int i = 0; i < 30; ++i) {
                Customer &c = builder.add(u"K%1"_s.arg(i, 2, 10, QChar(u'0')), at(-500), {}, i % 3 == 0);
                for (int day = -500 + 3 * i; day <= (withFuture ? 150 : 0); day += 7 + i)
                    DatasetBuilder::order(c, at(day), 1000 + 37 * i);
                DatasetBuilder::activityCount(c, at(-40 + i), 5);
                if (withFuture) {
                    DatasetBuilder::activityCount(c, at(10 + i), 9);
                    DatasetBuilder::survey(c, at(5), true, 1);
                    DatasetBuilder::ticket(c, at(3), {}, MetricsSeverity::Critical, true);
                }
                if (i % 5 == 0)
                    DatasetBuilder::ticket(c, at(-20), withFuture ? at(20) : QDate(), MetricsSeverity::High);
            }
            return builder.build();
        };
        const Dataset full = business(true);
        const Dataset pastOnly = business(false);
        LifetimeSettings settings;
        const Day day = dayOf(AsOf);
        const Dataset past = datasetAsOf(full, day);
        const auto scored = [&](const Dataset &data) {
            const Lifetimes lifetimes = computeLifetimes(data, settings, day);
            auto alive = estimateAlive(data, lifetimes);
            const std::vector<AliveEstimate> estimates = alive ? alive.value() : std::vector<AliveEstimate>();
            return describe(scoreCustomers(data, lifetimes, RiskThresholds(), estimates), data);
        };
        const QString expected = scored(pastOnly);
        QVERIFY(expected.contains(u"red"_s));
        QCOMPARE(scored(past), expected);
    }

    void knownOutcomes()
    {
        const Dataset data = shoppers(8, 8);
        auto result = Backtest::run(data, optionsAt());
        QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
        QVERIFY(!result->aliveWarning.isEmpty()); // 16 customers: too few for the purchase model
        QCOMPARE(result->asOf, dayOf(AsOf));
        QCOMPARE(result->horizonDays, 180);
        QVERIFY(result->wholeHorizon);
        QCOMPARE(result->customers, 16);
        QCOMPARE(result->stopped, 8);
        QCOMPARE(result->baseRate, 0.5);
        // The stopped ones have had no order for 100 days: red; the others ordered within ten days: green.
        QCOMPARE(result->level(RiskLevel::Red).customers, 8);
        QCOMPARE(result->level(RiskLevel::Red).share, 0.5);
        QCOMPARE(result->level(RiskLevel::Red).stopped, 1.0);
        QCOMPARE(result->level(RiskLevel::Yellow).customers, 0);
        QCOMPARE(result->level(RiskLevel::Green).stopped, 0.0);
        QVERIFY(!result->liftRedOverGreen); // nobody green stopped: no finite lift
        QCOMPARE(result->auc, 1.0);
        QCOMPARE(result->levelAuc, 1.0);
        QCOMPARE(result->topDecilePrecision, 1.0);
        QCOMPARE(result->recency.auc, 1.0);
        QCOMPARE(result->pAlive.auc, 0.5); // no estimates: all tied
    }

    // A contract customer stops by cancelling within the horizon; after it, or never, it kept buying.
    void contractOutcomes_data()
    {
        QTest::addColumn<int>("cancelDay"); // after the as-of day; 0: never
        QTest::addColumn<bool>("stopped");
        QTest::addRow("cancels within the horizon") << 30 << true;
        QTest::addRow("cancels on its last day") << 180 << true;
        QTest::addRow("cancels after it") << 181 << false;
        QTest::addRow("never cancels") << 0 << false;
    }

    void contractOutcomes()
    {
        QFETCH(int, cancelDay);
        QFETCH(bool, stopped);
        DatasetBuilder builder;
        Customer &c = builder.add(u"C"_s, at(-300), cancelDay > 0 ? at(cancelDay) : QDate(), true);
        DatasetBuilder::order(c, at(-20), 4900);
        DatasetBuilder::order(c, at(300), 4900);
        const Dataset data = builder.build();
        QCOMPARE(keptBuying(data, 0, ChurnModel::Auto, dayOf(AsOf), dayOf(AsOf) + 180), !stopped);
    }

    void areaUnderCurve_data()
    {
        QTest::addColumn<QList<double>>("scores");
        QTest::addColumn<QList<bool>>("stopped");
        QTest::addColumn<double>("expected"); // below 0: none
        QTest::addRow("perfect") << QList<double> {1, 2, 3, 4} << QList<bool> {false, false, true, true} << 1.0;
        QTest::addRow("reversed") << QList<double> {4, 3, 2, 1} << QList<bool> {false, false, true, true} << 0.0;
        QTest::addRow("all tied") << QList<double> {1, 1, 1, 1} << QList<bool> {false, true, false, true} << 0.5;
        // Pairs (stopped, kept): (3,1) (3,2) win, (2,2) ties, (2,1) wins: 3.5 of 4.
        QTest::addRow("a tie counts half")
            << QList<double> {1, 2, 2, 3} << QList<bool> {false, false, true, true} << 0.875;
        QTest::addRow("nobody stopped") << QList<double> {1, 2} << QList<bool> {false, false} << -1.0;
        QTest::addRow("everybody stopped") << QList<double> {1, 2} << QList<bool> {true, true} << -1.0;
        QTest::addRow("empty") << QList<double> {} << QList<bool> {} << -1.0;
    }

    void areaUnderCurve()
    {
        QFETCH(QList<double>, scores);
        QFETCH(QList<bool>, stopped);
        QFETCH(double, expected);
        const std::vector<double> s(scores.cbegin(), scores.cend());
        std::unique_ptr<bool[]> o(new bool[std::size_t(stopped.size()) + 1]);
        for (qsizetype i = 0; i < stopped.size(); ++i)
            o[std::size_t(i)] = stopped.at(i);
        const std::optional<double> auc = rd::areaUnderCurve(s, std::span<const bool>(o.get(), s.size()));
        QCOMPARE(auc.has_value(), expected >= 0);
        if (auc)
            QCOMPARE(*auc, expected);
    }

    void latestDay_data()
    {
        QTest::addColumn<int>("daysAfter"); // data after the as-of day
        QTest::addColumn<int>("horizon");
        QTest::addColumn<int>("expected"); // days after the as-of day; below -1000: none
        QTest::addRow("a whole horizon back") << 200 << 180 << 20;
        QTest::addRow("exactly") << 180 << 180 << 0;
        QTest::addRow("too little history before it") << 200 << 600 << -2000;
    }

    void latestDay()
    {
        QFETCH(int, daysAfter);
        QFETCH(int, horizon);
        QFETCH(int, expected);
        const Dataset data = shoppers(2, 0, daysAfter);
        const Day day = latestBacktestDay(data, horizon);
        if (expected < -1000)
            QCOMPARE(day, NoDay);
        else
            QCOMPARE(day, dayOf(AsOf) + expected);
    }

    void horizonBeyondTheData()
    {
        const Dataset data = shoppers(8, 8, 50);
        auto result = Backtest::run(data, optionsAt(180));
        QVERIFY(result);
        QVERIFY(!result->wholeHorizon);
    }

    void badInput()
    {
        const Dataset data = shoppers(2, 2);
        BacktestOptions options = optionsAt();
        options.asOf = dayOf(AsOf.addYears(-10));
        QVERIFY(!Backtest::run(data, options));
        options = optionsAt(0);
        QVERIFY(!Backtest::run(data, options));
        options = optionsAt();
        options.thresholds.rhythmYellowScore = 90;
        options.thresholds.rhythmRedScore = 50;
        const auto contradicting = Backtest::run(data, options);
        QVERIFY(!contradicting);
        QVERIFY(contradicting.error().text().contains(u"rhythm_yellow_score"_s));
    }
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
