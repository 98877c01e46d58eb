// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "metrics/cohorts.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

Day day(int year, int month, int dayOfMonth)
{
    return dayOf(QDate(year, month, dayOfMonth));
}

struct CustomerSpec
{
    QString segment;
    bool contract = false;
    QList<Lifetime> lifetimes;
    QList<MetricsOrder> orders;
    QList<Day> engagement; // includes the days of positive orders, as the loader fills it
};

struct Fixture
{
    Dataset data;
    Lifetimes lifetimes;
};

Fixture build(const QList<CustomerSpec> &specs, Day asOf)
{
    Fixture fixture;
    Dataset &data = fixture.data;
    Lifetimes &lifetimes = fixture.lifetimes;
    lifetimes.asOf = asOf;
    lifetimes.settings.model = ChurnModel::Auto;
    data.orderOffsets.push_back(0);
    data.engagementOffsets.push_back(0);
    data.contactOffsets.push_back(0);
    lifetimes.offsets.push_back(0);
    for (const CustomerSpec &spec : specs) {
        MetricsCustomer customer;
        customer.id = data.customers.size() + 1;
        customer.segment = spec.segment;
        customer.hasContract = spec.contract;
        if (spec.contract)
            customer.plan = u"Basic"_s;
        data.customers.append(customer);
        data.orders.insert(data.orders.end(), spec.orders.cbegin(), spec.orders.cend());
        data.orderOffsets.push_back(qint64(data.orders.size()));
        data.engagementDays.insert(data.engagementDays.end(), spec.engagement.cbegin(), spec.engagement.cend());
        data.engagementOffsets.push_back(qint64(data.engagementDays.size()));
        data.contactOffsets.push_back(0);
        lifetimes.lifetimes.insert(lifetimes.lifetimes.end(), spec.lifetimes.cbegin(), spec.lifetimes.cend());
        lifetimes.offsets.push_back(qint64(lifetimes.lifetimes.size()));
    }
    return fixture;
}

Lifetime lifetime(Day start, Day end = NoDay)
{
    return Lifetime {start, end, end == NoDay ? LifetimeEnd::Open : LifetimeEnd::Silent, false};
}

// Monthly cohorts as of Monday 2024-04-15:
//  A  contract, joins 2024-01-10 (its first order only comes in March: a contract customer's cohort is its
//     lifetime start), lost 2024-02-05, back 2024-03-20; engaged Jan, Mar (twice), Apr.
//  B  contract, joins 2024-01-15 and is lost 2024-01-25, in the month it joined.
//  C  shop customer active since 2024-01-20 whose first order is on the leap day 2024-02-29: February
//     cohort. A refund in March; an order on 2024-04-20, after asOf, is not looked at.
//  D  shop customer (segment b), first order 2024-02-29, lost 2024-03-01 (last day as a customer: Feb 29).
//  -  No one joins in March: the matrix has no March row.
//  E  contract (segment b), joins 2024-04-01, order 2024-04-10.
//  G  shop customer (segment c) without orders: cohort by lifetime start 2024-04-12.
//  F  no lifetime at all, with an order in December 2023: left out (no 2023-12 row).
Fixture shopFixture()
{
    const QList<CustomerSpec> specs {
        {u"a"_s, true, {lifetime(day(2024, 1, 10), day(2024, 2, 5)), lifetime(day(2024, 3, 20))},
            {{day(2024, 3, 20), 10000}}, {day(2024, 1, 10), day(2024, 3, 20), day(2024, 3, 25), day(2024, 4, 2)}},
        {u"a"_s, true, {lifetime(day(2024, 1, 15), day(2024, 1, 25))}, {{day(2024, 1, 20), 5000}},
            {day(2024, 1, 15), day(2024, 1, 20)}},
        {u"a"_s, false, {lifetime(day(2024, 1, 20))},
            {{day(2024, 2, 29), 8000}, {day(2024, 3, 5), -2000}, {day(2024, 4, 10), 4000}, {day(2024, 4, 20), 9999}},
            {day(2024, 1, 20), day(2024, 2, 29), day(2024, 4, 10), day(2024, 4, 20)}},
        {u"b"_s, false, {lifetime(day(2024, 2, 29), day(2024, 3, 1))}, {{day(2024, 2, 29), 2000}}, {day(2024, 2, 29)}},
        {u"b"_s, true, {lifetime(day(2024, 4, 1))}, {{day(2024, 4, 10), 3000}}, {day(2024, 4, 1), day(2024, 4, 10)}},
        {u"c"_s, false, {lifetime(day(2024, 4, 12))}, {}, {day(2024, 4, 12)}},
        {u"a"_s, false, {}, {{day(2023, 12, 5), 1000}}, {day(2023, 12, 5)}},
    };
    return build(specs, day(2024, 4, 15));
}

} // namespace

struct ExpectedRow
{
    QString label;
    qint64 size;
    QList<qint64> counts;
    QList<std::optional<double>> percentages;
};
using ExpectedRows = QList<ExpectedRow>;
Q_DECLARE_METATYPE(ExpectedRows)

class TestCohorts : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void modeNamesRoundTrip()
    {
        for (CohortMode mode : {CohortMode::Active, CohortMode::Returning, CohortMode::Revenue})
            QCOMPARE(cohortModeFromName(cohortModeName(mode)), mode);
        QCOMPARE(cohortModeName(CohortMode::Returning), u"returning"_s);
        QCOMPARE(cohortModeFromName(u"Revenue"), CohortMode::Revenue);
        QVERIFY(!cohortModeFromName(u"retained"));
    }

    void matrix_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("segment");
        QTest::addColumn<ExpectedRows>("rows");

        const int month = int(PeriodKind::Month);
        // Active: A is a customer in Jan, Feb (1-4), Mar and Apr, B only in Jan; C throughout, D only in Feb.
        QTest::addRow("active") << month << int(CohortMode::Active) << QString()
                                << ExpectedRows {{u"2024-01"_s, 2, {2, 1, 1, 1}, {100.0, 50.0, 50.0, 50.0}},
                                       {u"2024-02"_s, 2, {2, 1, 1}, {100.0, 50.0, 50.0}},
                                       {u"2024-04"_s, 2, {2}, {100.0}}};
        // Returning: A is engaged in Jan, Mar and Apr (not Feb), B in Jan; C in Feb and Apr (its January activity
        // is before its cohort, its April 20 order after asOf), D in Feb.
        QTest::addRow("returning") << month << int(CohortMode::Returning) << QString()
                                   << ExpectedRows {{u"2024-01"_s, 2, {2, 0, 1, 1}, {100.0, 0.0, 50.0, 50.0}},
                                          {u"2024-02"_s, 2, {2, 0, 1}, {100.0, 0.0, 50.0}},
                                          {u"2024-04"_s, 2, {2}, {100.0}}};
        // Revenue: January 5000 (B), March 10000 (A): 200 %. February 8000 + 2000 = 10000, March a refund of
        // 2000 (-20 %), April 4000 (40 %). April 3000 (E; G has no orders).
        QTest::addRow("revenue") << month << int(CohortMode::Revenue) << QString()
                                 << ExpectedRows {{u"2024-01"_s, 2, {5000, 0, 10000, 0}, {100.0, 0.0, 200.0, 0.0}},
                                        {u"2024-02"_s, 2, {10000, -2000, 4000}, {100.0, -20.0, 40.0}},
                                        {u"2024-04"_s, 2, {3000}, {100.0}}};
        QTest::addRow("active, segment b")
            << month << int(CohortMode::Active) << u"b"_s
            << ExpectedRows {{u"2024-02"_s, 1, {1, 0, 0}, {100.0, 0.0, 0.0}}, {u"2024-04"_s, 1, {1}, {100.0}}};
        // G alone: no revenue in its first month, so no percentage.
        QTest::addRow("revenue without a base")
            << month << int(CohortMode::Revenue) << u"c"_s << ExpectedRows {{u"2024-04"_s, 1, {0}, {std::nullopt}}};
        QTest::addRow("no one matches") << month << int(CohortMode::Active) << u"z"_s << ExpectedRows {};
        // Quarters: A, B, C, D join in Q1; in Q2 A and C are still customers. E and G join in Q2.
        QTest::addRow("active by quarter")
            << int(PeriodKind::Quarter) << int(CohortMode::Active) << QString()
            << ExpectedRows {{u"2024-Q1"_s, 4, {4, 2}, {100.0, 50.0}}, {u"2024-Q2"_s, 2, {2}, {100.0}}};
        QTest::addRow("revenue by year") << int(PeriodKind::Year) << int(CohortMode::Revenue) << QString()
                                         << ExpectedRows {{u"2024"_s, 6, {30000}, {100.0}}};
    }

    void matrix()
    {
        QFETCH(int, kind);
        QFETCH(int, mode);
        QFETCH(QString, segment);
        QFETCH(ExpectedRows, rows);

        const Fixture fixture = shopFixture();
        CustomerFilter filter;
        filter.segment = segment;
        const CohortMatrix matrix
            = computeCohorts(fixture.data, fixture.lifetimes, PeriodKind(kind), CohortMode(mode), filter);
        QCOMPARE(int(matrix.kind), kind);
        QCOMPARE(int(matrix.mode), mode);
        QCOMPARE(matrix.rows.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const CohortRow &row = matrix.rows.at(i);
            const ExpectedRow &expected = rows.at(i);
            QCOMPARE(row.label, expected.label);
            QCOMPARE(row.start, dayOf(periodStart(PeriodKind(kind), dateOf(row.start))));
            QCOMPARE(row.size, expected.size);
            QCOMPARE(row.counts, expected.counts);
            QCOMPARE(row.percentages.size(), expected.percentages.size());
            for (qsizetype k = 0; k < expected.percentages.size(); ++k) {
                QCOMPARE(row.percentages.at(k).has_value(), expected.percentages.at(k).has_value());
                if (expected.percentages.at(k))
                    QVERIFY2(qAbs(*row.percentages.at(k) - *expected.percentages.at(k)) < 1e-9,
                        qPrintable(u"offset %1: %2"_s.arg(k).arg(*row.percentages.at(k))));
            }
        }
        QCOMPARE(matrix.maxOffsets(), rows.isEmpty() ? 0 : int(rows.first().counts.size()));
    }

    void weeksAroundTheLeapDay()
    {
        const Fixture fixture = shopFixture();
        const CohortMatrix matrix
            = computeCohorts(fixture.data, fixture.lifetimes, PeriodKind::Week, CohortMode::Active);
        // A joins in W02, B in W03, C and D on Thursday 2024-02-29 (W09), E in W14, G in W15; asOf is the
        // Monday of W16, so the oldest cohort has offsets 0 to 14.
        QStringList labels;
        for (const CohortRow &row : matrix.rows)
            labels.append(row.label);
        QCOMPARE(labels, (QStringList {u"2024-W02"_s, u"2024-W03"_s, u"2024-W09"_s, u"2024-W14"_s, u"2024-W15"_s}));
        QCOMPARE(matrix.maxOffsets(), 15);
        const CohortRow &leap = matrix.rows.at(2);
        QCOMPARE(leap.start, day(2024, 2, 26));
        QCOMPARE(leap.size, 2);
        // D's last day as a customer is Feb 29; C stays.
        QCOMPARE(leap.counts, (QList<qint64> {2, 1, 1, 1, 1, 1, 1, 1}));
        // B: W03 (15-21 Jan) and W04 (lost on the 25th), then nothing.
        const CohortRow &lost = matrix.rows.at(1);
        QCOMPARE(lost.counts.mid(0, 3), (QList<qint64> {1, 1, 0}));
    }

    void churnedAndBackCountsOncePerPeriod()
    {
        // Lost on Feb 10 and back on Feb 20: February counts the customer once.
        const Fixture fixture
            = build({{QString(), true, {lifetime(day(2024, 1, 31), day(2024, 2, 10)), lifetime(day(2024, 2, 20))}, {},
                        {day(2024, 1, 31), day(2024, 2, 20)}}},
                day(2024, 3, 1));
        const CohortMatrix active
            = computeCohorts(fixture.data, fixture.lifetimes, PeriodKind::Month, CohortMode::Active);
        QCOMPARE(active.rows.size(), 1);
        QCOMPARE(active.rows.first().counts, (QList<qint64> {1, 1, 1}));
        const CohortMatrix returning
            = computeCohorts(fixture.data, fixture.lifetimes, PeriodKind::Month, CohortMode::Returning);
        QCOMPARE(returning.rows.first().counts, (QList<qint64> {1, 1, 0}));
    }

    void emptyWithoutAsOf()
    {
        Fixture fixture = shopFixture();
        fixture.lifetimes.asOf = NoDay;
        QVERIFY(computeCohorts(fixture.data, fixture.lifetimes, PeriodKind::Month, CohortMode::Active).rows.isEmpty());
        const Fixture none = build({}, day(2024, 4, 15));
        const CohortMatrix matrix = computeCohorts(none.data, none.lifetimes, PeriodKind::Month, CohortMode::Active);
        QVERIFY(matrix.rows.isEmpty());
        QCOMPARE(matrix.maxOffsets(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCohorts)
#include "tst_cohorts.moc"
