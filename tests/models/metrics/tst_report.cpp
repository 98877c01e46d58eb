// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "datasetbuilder.h"
#include "metrics/report.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::DatasetBuilder;

namespace {
// Contract customers in March 2024: `atStart` signed up before it, `lost` of them cancel in it,
// `joined` sign up during it.
Dataset textbook(int atStart, int lost, int joined)
{
    DatasetBuilder builder;
    for (int i = 0; i < atStart; ++i)
        builder.add(u"S%1"_s.arg(i), QDate(2023, 6, 1), i < lost ? QDate(2024, 3, 1 + i % 31) : QDate(), true);
    for (int i = 0; i < joined; ++i)
        builder.add(u"N%1"_s.arg(i), QDate(2024, 3, 1 + i % 31), {}, true);
    return builder.build();
}

PeriodFigures march(const Dataset &data)
{
    const Lifetimes lifetimes = computeLifetimes(data, {}, dayOf(QDate(2024, 3, 31)));
    ReportOptions options;
    options.from = QDate(2024, 3, 1);
    const Report report = computeReport(data, lifetimes, options);
    return report.periods.isEmpty() ? PeriodFigures() : report.periods.constFirst();
}
} // namespace

class TestReport : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void textbookExamples_data()
    {
        QTest::addColumn<int>("atStart");
        QTest::addColumn<int>("lost");
        QTest::addColumn<int>("joined");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("churn");
        QTest::addColumn<QString>("retention");
        QTest::addRow("500 at start, 15 lost") << 500 << 15 << 0 << qint64(485) << u"3.00"_s << u"97.00"_s;
        QTest::addRow("200 at start, 50 lost") << 200 << 50 << 0 << qint64(150) << u"25.00"_s << u"75.00"_s;
        QTest::addRow("130 at start, 9 lost, 23 new") << 130 << 9 << 23 << qint64(144) << u"6.92"_s << u"93.08"_s;
    }

    void textbookExamples()
    {
        QFETCH(int, atStart);
        QFETCH(int, lost);
        QFETCH(int, joined);
        QFETCH(qint64, end);
        QFETCH(QString, churn);
        QFETCH(QString, retention);
        const PeriodFigures figures = march(textbook(atStart, lost, joined));
        QCOMPARE(figures.period.label, u"2024-03"_s);
        QCOMPARE(figures.startCustomers, qint64(atStart));
        QCOMPARE(figures.lostCustomers, qint64(lost));
        QCOMPARE(figures.newCustomers, qint64(joined));
        QCOMPARE(figures.endCustomers, end);
        QCOMPARE(QString::number(*figures.churnRate(), 'f', 2), churn);
        QCOMPARE(QString::number(*figures.retentionRate(), 'f', 2), retention);
    }

    void explainsItself()
    {
        const PeriodFigures figures = march(textbook(500, 15, 0));
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ReportExplanation::churnRate(figures, english), u"churn rate = 15 lost / 500 at start = 3.00 %"_s);
        QCOMPARE(ReportExplanation::retentionRate(march(textbook(130, 9, 23)), english),
            u"retention rate = (144 at end − 23 new) / 130 at start = 93.08 %"_s);
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(ReportExplanation::churnRate(figures, german), u"churn rate = 15 lost / 500 at start = 3,00 %"_s);
    }

    void periodsChainAndEdgeCases()
    {
        DatasetBuilder builder;
        // Joins and is lost within March.
        builder.add(u"A"_s, QDate(2024, 3, 3), QDate(2024, 3, 20), true);
        // Cancels on the first day of April: a customer at the start of April, lost in April.
        builder.add(u"B"_s, QDate(2024, 2, 10), QDate(2024, 4, 1), true);
        // A shop customer who leaves (90 days after 2024-01-15: 2024-04-14) and comes back in June.
        auto &c = builder.add(u"C"_s);
        DatasetBuilder::order(c, QDate(2024, 1, 15), 5000);
        DatasetBuilder::order(c, QDate(2024, 6, 2), 2500);
        // Signs up on the leap day.
        builder.add(u"D"_s, QDate(2024, 2, 29), {}, true);
        const Dataset data = builder.build();
        const Lifetimes lifetimes = computeLifetimes(data, {}, dayOf(QDate(2024, 6, 30)));
        ReportOptions options;
        options.from = QDate(2023, 12, 1); // an empty month with S = 0 first
        const Report report = computeReport(data, lifetimes, options);
        QStringList rows;
        for (const PeriodFigures &f : report.periods) {
            rows.append(u"%1 S%2 N%3 R%4 L%5 E%6"_s.arg(f.period.label)
                            .arg(f.startCustomers)
                            .arg(f.newCustomers)
                            .arg(f.reactivatedCustomers)
                            .arg(f.lostCustomers)
                            .arg(f.endCustomers));
        }
        QCOMPARE(rows,
            (QStringList {u"2023-12 S0 N0 R0 L0 E0"_s, u"2024-01 S0 N1 R0 L0 E1"_s, u"2024-02 S1 N2 R0 L0 E3"_s,
                u"2024-03 S3 N1 R0 L1 E3"_s, u"2024-04 S3 N0 R0 L2 E1"_s, u"2024-05 S1 N0 R0 L0 E1"_s,
                u"2024-06 S1 N1 R1 L0 E2"_s}));
        for (int i = 0; i + 1 < report.periods.size(); ++i)
            QCOMPARE(report.periods.at(i).endCustomers, report.periods.at(i + 1).startCustomers);
        QVERIFY(!report.periods.constFirst().churnRate()); // S = 0: no rate, not a division by zero
        QCOMPARE(ReportExplanation::churnRate(report.periods.constFirst(), QLocale::c()),
            u"churn rate = 0 lost / 0 at start = —"_s);
        QCOMPARE(report.periods.at(4).lostCustomers, 2); // B on April 1st, C silently on April 14th
    }

    // The last period is partial when the data ends inside it; churn cannot be measured before the first day
    // of the data plus the churn window (nobody can be lost silently sooner), unless every customer counted
    // has a contract.
    void partialAndMeasurablePeriods_data()
    {
        QTest::addColumn<bool>("contracts");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QStringList>("expected"); // label, p(artial) or c(omplete), m(easurable) or u(nmeasurable)

        QTest::addRow("shop, data ends mid-June") << false << QDate(2024, 6, 20)
                                                  << QStringList {u"2024-01 c u"_s, u"2024-02 c u"_s, u"2024-03 c u"_s,
                                                         u"2024-04 c u"_s, u"2024-05 c m"_s, u"2024-06 p m"_s};
        QTest::addRow("shop, data ends with June") << false << QDate(2024, 6, 30)
                                                   << QStringList {u"2024-01 c u"_s, u"2024-02 c u"_s, u"2024-03 c u"_s,
                                                          u"2024-04 c u"_s, u"2024-05 c m"_s, u"2024-06 c m"_s};
        QTest::addRow("contracts only") << true << QDate(2024, 6, 1)
                                        << QStringList {u"2024-01 c m"_s, u"2024-02 c m"_s, u"2024-03 c m"_s,
                                               u"2024-04 c m"_s, u"2024-05 c m"_s, u"2024-06 p m"_s};
    }

    void partialAndMeasurablePeriods()
    {
        QFETCH(bool, contracts);
        QFETCH(QDate, asOf);
        QFETCH(QStringList, expected);
        DatasetBuilder builder;
        for (int i = 0; i < 4; ++i) {
            auto &customer = builder.add(u"K%1"_s.arg(i), contracts ? QDate(2024, 1, 15) : QDate(), {}, contracts);
            DatasetBuilder::order(customer, QDate(2024, 1, 15).addDays(i), 1000);
            if (i % 2 == 0)
                DatasetBuilder::order(customer, QDate(2024, 5, 20), 1000);
        }
        const Dataset data = builder.build();
        const Lifetimes lifetimes = computeLifetimes(data, {}, dayOf(asOf));
        const Report report = computeReport(data, lifetimes, {});
        QStringList rows;
        for (const PeriodFigures &f : report.periods) {
            rows.append(u"%1 %2 %3"_s.arg(f.period.label, f.partial ? u"p"_s : u"c"_s, f.measurable ? u"m"_s : u"u"_s));
            // Where churn cannot be measured there is no rate, not 0 %.
            QCOMPARE(f.churnRate().has_value(), f.measurable && f.startCustomers > 0);
            QCOMPARE(f.retentionRate().has_value(), f.measurable && f.startCustomers > 0);
        }
        QCOMPARE(rows, expected);
    }

    void revenueRetention()
    {
        DatasetBuilder builder;
        auto &a = builder.add(u"A"_s); // grows
        DatasetBuilder::order(a, QDate(2024, 1, 5), 10000);
        DatasetBuilder::order(a, QDate(2024, 2, 5), 15000);
        auto &b = builder.add(u"B"_s); // shrinks
        DatasetBuilder::order(b, QDate(2024, 1, 6), 10000);
        DatasetBuilder::order(b, QDate(2024, 2, 6), 5000);
        auto &c = builder.add(u"C"_s); // pays nothing in February
        DatasetBuilder::order(c, QDate(2024, 1, 7), 10000);
        DatasetBuilder::activity(c, QDate(2024, 2, 20));
        auto &d = builder.add(u"D"_s); // new in February, with a refund
        DatasetBuilder::order(d, QDate(2024, 2, 8), 8000);
        DatasetBuilder::order(d, QDate(2024, 2, 9), -1000);
        const Dataset data = builder.build();
        const Report report = computeReport(data, computeLifetimes(data, {}, dayOf(QDate(2024, 2, 29))), {});
        QCOMPARE(report.periods.size(), 2);
        const PeriodFigures &feb = report.periods.at(1);
        QCOMPARE(feb.revenueMinor, 15000 + 5000 + 8000 - 1000);
        QCOMPARE(feb.payingCustomers, 3);
        QCOMPARE(feb.previousRevenueMinor, 30000);
        QCOMPARE(feb.retainedRevenueMinor, 20000);
        QCOMPARE(feb.cappedRevenueMinor, 15000);
        QCOMPARE(QString::number(*feb.nrr(), 'f', 2), u"66.67"_s);
        QCOMPARE(QString::number(*feb.grr(), 'f', 2), u"50.00"_s);
        QCOMPARE(*feb.revenuePerCustomer(), 9000.0);
        QVERIFY(!report.periods.at(0).nrr()); // nothing before January
        QCOMPARE(ReportExplanation::nrr(feb, u"EUR"_s, QLocale::c()),
            u"net revenue retention = 200.00 EUR from last period's paying customers / 300.00 EUR they paid then"
            " = 66.67 %"_s);
        QVERIFY(
            ReportExplanation::grr(feb, u"EUR"_s, QLocale(QLocale::German, QLocale::Germany)).contains(u"50,00 %"_s));
    }

    void subscriptionMovements()
    {
        DatasetBuilder builder;
        auto &up = builder.add(u"up"_s, QDate(2024, 1, 1), {}, true);
        DatasetBuilder::order(up, QDate(2024, 1, 1), 1900);
        DatasetBuilder::order(up, QDate(2024, 2, 1), 4900);
        auto &down = builder.add(u"down"_s, QDate(2024, 1, 1), {}, true);
        DatasetBuilder::order(down, QDate(2024, 1, 2), 12900);
        DatasetBuilder::order(down, QDate(2024, 2, 2), 4900);
        auto &gone = builder.add(u"gone"_s, QDate(2024, 1, 1), QDate(2024, 2, 15), true);
        DatasetBuilder::order(gone, QDate(2024, 1, 3), 1900);
        auto &fresh = builder.add(u"new"_s, QDate(2024, 2, 10), {}, true);
        DatasetBuilder::order(fresh, QDate(2024, 2, 10), 1900);
        const Dataset data = builder.build();
        ReportOptions options;
        options.kind = PeriodKind::Month;
        const Report report = computeReport(data, computeLifetimes(data, {}, dayOf(QDate(2024, 2, 29))), options);
        const PeriodFigures &feb = report.periods.at(1);
        // February is shorter than the average month: its payments count as a little more per month.
        const auto monthly = [](qint64 amount) { return qint64(std::llround(amount * (365.25 / 12.0) / 29.0)); };
        QCOMPARE(feb.mrrNewMinor, monthly(1900));
        QCOMPARE(feb.mrrChurnedMinor, qint64(std::llround(1900 * (365.25 / 12.0) / 31.0)));
        QVERIFY(feb.mrrExpansionMinor > 0);
        QVERIFY(feb.mrrContractionMinor > 0);
        QCOMPARE(feb.mrrMinor, monthly(4900) + monthly(4900) + monthly(1900));
        QVERIFY(feb.quickRatio().has_value());
    }

    void filters()
    {
        DatasetBuilder builder;
        builder.add(u"A"_s, QDate(2024, 1, 1), QDate(2024, 3, 5), true).info.segment = u"Retail"_s;
        builder.add(u"B"_s, QDate(2024, 1, 1), {}, true).info.segment = u"Gastronomie"_s;
        const Dataset data = builder.build();
        ReportOptions options;
        options.from = QDate(2024, 3, 1);
        options.filter.segment = u"Retail"_s;
        const Report report = computeReport(data, computeLifetimes(data, {}, dayOf(QDate(2024, 3, 31))), options);
        QCOMPARE(report.periods.constFirst().startCustomers, 1);
        QCOMPARE(report.periods.constFirst().lostCustomers, 1);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
