// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "../metrics/datasetbuilder.h"
#include "risk/tuning.h"
#include "storage/database.h"
#include "storage/metricsrepository.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::DatasetBuilder;

namespace {

const QDate Start(2022, 1, 1);

// 400 shoppers over `days` days: each orders at its own pace (every 7 to 90 days, with jitter), spends its
// own amount, and stops at a random point, most of them before the end.
Dataset business(int days, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    DatasetBuilder builder;
    for (int i = 0; i < 400; ++i) {
        DatasetBuilder::Customer &c = builder.add(u"K%1"_s.arg(i, 3, 10, QChar(u'0')), Start);
        const int gap = 7 + int(random.bounded(84));
        const int first = int(random.bounded(days / 2));
        const int stop = first + int(random.bounded(days + days / 2));
        const qint64 amount = 1000 + qint64(random.bounded(20000));
        for (int day = first; day <= std::min(stop, days); day += std::max(1, gap + int(random.bounded(11)) - 5))
            DatasetBuilder::order(c, Start.addDays(day), amount);
    }
    return builder.build();
}

} // namespace

class TestTuning : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void keepsTheShareLimits_data()
    {
        QTest::addColumn<double>("redShare");
        QTest::addColumn<double>("yellowShare");
        QTest::addRow("defaults") << 0.15 << 0.25;
        QTest::addRow("tight") << 0.05 << 0.10;
        QTest::addRow("no red") << 0.0 << 0.2;
    }

    void keepsTheShareLimits()
    {
        QFETCH(double, redShare);
        QFETCH(double, yellowShare);
        const Dataset data = business(900);
        RiskThresholds current;
        current.redShareMax = redShare;
        current.yellowShareMax = yellowShare;
        auto tuned = Tuning::tune(data, {}, current, 180);
        QVERIFY2(tuned, qPrintable(tuned ? QString() : tuned.error().text()));
        QCOMPARE(tuned->horizonDays, 180);
        // Tuned on the data before the last horizon, checked on the last one.
        QCOMPARE(tuned->tunedBefore.asOf, data.lastDay - 360);
        QCOMPARE(tuned->checkedBefore.asOf, data.lastDay - 180);
        QVERIFY(tuned->tunedAfter.wholeHorizon);
        QVERIFY(tuned->candidates > 50);
        for (const BacktestResult *result : {&tuned->tunedAfter, &tuned->checkedAfter}) {
            QVERIFY2(result->level(RiskLevel::Red).share <= redShare + 1e-9,
                qPrintable(QString::number(result->level(RiskLevel::Red).share)));
            QVERIFY2(result->level(RiskLevel::Yellow).share <= yellowShare + 1e-9,
                qPrintable(QString::number(result->level(RiskLevel::Yellow).share)));
        }
        // Never worse than what it started from, on the day it tuned on.
        QVERIFY(tuned->tunedAfter.auc.value() >= tuned->tunedBefore.auc.value() - 0.002);
        // Only the rhythm's thresholds move; the limits stay.
        QCOMPARE(tuned->after.redShareMax, redShare);
        QCOMPARE(tuned->after.yellowShareMax, yellowShare);
        QCOMPARE(tuned->after.inactiveRedDays, current.inactiveRedDays);
        QCOMPARE(tuned->changed, tuned->after.values() != current.values());
    }

    void shortHistoryShortensTheHorizon()
    {
        const Dataset data = business(400);
        auto tuned = Tuning::tune(data, {}, RiskThresholds(), 180);
        QVERIFY2(tuned, qPrintable(tuned ? QString() : tuned.error().text()));
        QCOMPARE(tuned->horizonDays, (data.lastDay - data.firstDay - 90) / 2);
        QVERIFY(tuned->tunedBefore.asOf - data.firstDay >= 90);
    }

    void tooShortHistory()
    {
        const Dataset data = business(140);
        const auto tuned = Tuning::tune(data, {}, RiskThresholds(), 180);
        QVERIFY(!tuned);
        QVERIFY2(tuned.error().text().contains(u"days"_s), qPrintable(tuned.error().text()));
    }

    // What tune stores reads back as the database's thresholds; the other keys keep their defaults.
    void storedThresholdsReadBack()
    {
        auto opened = Database::open(u":memory:"_s);
        QVERIFY(opened);
        RiskThresholds tuned;
        tuned.rhythmYellowScore = 35;
        tuned.rhythmRedScore = 65;
        tuned.valueWeight = 1.5;
        tuned.inactiveRedDays = 99; // not a tuning key: not stored
        QVERIFY(MetricsRepository::storeRiskThresholds(**opened, tuned, Tuning::keys()));
        const auto read = MetricsRepository::riskThresholds(**opened);
        QVERIFY(read);
        QCOMPARE(read->rhythmYellowScore, 35.0);
        QCOMPARE(read->rhythmRedScore, 65.0);
        QCOMPARE(read->valueWeight, 1.5);
        QCOMPARE(read->inactiveRedDays, RiskThresholds().inactiveRedDays);
        // An unknown key stores nothing at all.
        tuned.valueWeight = 3;
        QVERIFY(!MetricsRepository::storeRiskThresholds(**opened, tuned, {u"value_weight"_s, u"no_such_key"_s}));
        QCOMPARE(MetricsRepository::riskThresholds(**opened)->valueWeight, 1.5);
    }
};

QTEST_GUILESS_MAIN(TestTuning)
#include "tst_tuning.moc"
