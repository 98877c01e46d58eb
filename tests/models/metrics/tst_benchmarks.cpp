// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QSet>
#include <QTest>

#include "metrics/benchmarks.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

const ContextBand *bandById(const char *id)
{
    for (const ContextBand &band : contextBands()) {
        if (qstrcmp(band.id, id) == 0)
            return &band;
    }
    return nullptr;
}

} // namespace

class TestBenchmarks : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void bands_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("metric");
        QTest::addColumn<int>("per");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<QString>("label");
        const int churn = int(BandMetric::ChurnRate);
        QTest::addRow("established, yearly")
            << u"established-yearly"_s << churn << int(PeriodKind::Year) << 0.05 << 0.07 << u"Established businesses"_s;
        QTest::addRow("established, monthly") << u"established-monthly"_s << churn << int(PeriodKind::Month) << 0.0
                                              << 0.01 << u"Established businesses"_s;
        QTest::addRow("small and young") << u"small-young-yearly"_s << churn << int(PeriodKind::Year) << 0.10 << 0.15
                                         << u"Small and young businesses"_s;
        QTest::addRow("retention target") << u"retention-target"_s << int(BandMetric::RetentionRate)
                                          << int(PeriodKind::Year) << 0.85 << 1.0 << u"Common retention target"_s;
    }

    void bands()
    {
        QFETCH(QString, id);
        QFETCH(int, metric);
        QFETCH(int, per);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(QString, label);
        const ContextBand *band = bandById(qPrintable(id));
        QVERIFY(band);
        QCOMPARE(int(band->metric), metric);
        QCOMPARE(int(band->per), per);
        QCOMPARE(band->low, low);
        QCOMPARE(band->high, high);
        QCOMPARE(contextBandLabel(*band), label); // no translator installed: the source text
    }

    void bandsAreWellFormed()
    {
        QSet<QByteArray> ids;
        for (const ContextBand &band : contextBands()) {
            QVERIFY(!ids.contains(band.id));
            ids.insert(band.id);
            QVERIFY(qstrlen(band.label) > 0);
            QVERIFY(band.low >= 0.0 && band.low < band.high && band.high <= 1.0);
        }
        QCOMPARE(ids.size(), 4);
    }

    void scalesChurn_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<double>("expected");
        const int year = int(PeriodKind::Year);
        const int month = int(PeriodKind::Month);
        // 1 - (1 - y)^(1/12): 5 % a year is 0.4265 % a month, 7 % 0.6029 %, 15 % 1.3452 %.
        QTest::addRow("5 %% yearly to monthly") << 0.05 << year << month << 0.0042653;
        QTest::addRow("7 %% yearly to monthly") << 0.07 << year << month << 0.0060293;
        QTest::addRow("15 %% yearly to monthly") << 0.15 << year << month << 0.0134519;
        // 1 - (1 - y)^(1/4) and 1 - (1 - y)^(7/365.2425).
        QTest::addRow("10 %% yearly to quarterly") << 0.10 << year << int(PeriodKind::Quarter) << 0.0259963;
        QTest::addRow("10 %% yearly to weekly") << 0.10 << year << int(PeriodKind::Week) << 0.0020172;
        // The other way: 1 % a month compounds to 1 - 0.99^12 = 11.36 % a year.
        QTest::addRow("1 %% monthly to yearly") << 0.01 << month << year << 0.1136151;
        QTest::addRow("same period") << 0.3 << month << month << 0.3;
        QTest::addRow("no churn") << 0.0 << year << month << 0.0;
        QTest::addRow("all lost") << 1.0 << year << month << 1.0;
    }

    void scalesChurn()
    {
        QFETCH(double, rate);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(double, expected);
        const double scaled = scaleChurnRate(rate, PeriodKind(from), PeriodKind(to));
        QVERIFY2(qAbs(scaled - expected) < 1e-7, qPrintable(QString::number(scaled, 'g', 10)));
    }

    void scalesBands()
    {
        const ContextBand *established = bandById("established-yearly");
        QVERIFY(established);
        const ContextBand monthly = scaledBand(*established, PeriodKind::Month);
        QCOMPARE(monthly.per, PeriodKind::Month);
        QCOMPARE(qstrcmp(monthly.id, established->id), 0);
        QVERIFY(qAbs(monthly.low - 0.0042653) < 1e-7);
        QVERIFY(qAbs(monthly.high - 0.0060293) < 1e-7);
        // The yearly band agrees with the rule of thumb of under 1 % a month.
        QVERIFY(monthly.high < bandById("established-monthly")->high);

        // Retention scales as r^(1/12): 85 % a year keeps 98.655 % a month.
        const ContextBand target = scaledBand(*bandById("retention-target"), PeriodKind::Month);
        QVERIFY(qAbs(target.low - 0.9865481) < 1e-7);
        QCOMPARE(target.high, 1.0);
        QVERIFY(qAbs(scaleRetentionRate(0.9865481, PeriodKind::Month, PeriodKind::Year) - 0.85) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestBenchmarks)
#include "tst_benchmarks.moc"
