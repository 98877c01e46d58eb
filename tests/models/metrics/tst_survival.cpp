// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "metrics/survival.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

const Day AsOf = dayOf(QDate(2024, 6, 30));

struct Observed
{
    int duration;
    bool event;
};

// Customers whose first lifetime lasts the given days: ended (an event) or still open at AsOf (censored).
// Lifetimes are filled by hand, independent of computeLifetimes.
struct Fixture
{
    Dataset data;
    Lifetimes lifetimes;

    Fixture()
    {
        lifetimes.asOf = AsOf;
        data.orderOffsets.push_back(0);
        data.engagementOffsets.push_back(0);
        data.contactOffsets.push_back(0);
        lifetimes.offsets.push_back(0);
    }

    void addLifetimes(const QString &segment, const QList<Lifetime> &lives)
    {
        MetricsCustomer customer;
        customer.id = data.customers.size() + 1;
        customer.segment = segment;
        data.customers.append(customer);
        data.orderOffsets.push_back(0);
        data.engagementOffsets.push_back(0);
        data.contactOffsets.push_back(0);
        lifetimes.lifetimes.insert(lifetimes.lifetimes.end(), lives.cbegin(), lives.cend());
        lifetimes.offsets.push_back(qint64(lifetimes.lifetimes.size()));
    }

    void addObserved(const QString &segment, const QList<Observed> &observations)
    {
        for (const Observed &observed : observations) {
            // Open lifetimes start so that they are observed for exactly duration days at AsOf.
            if (observed.event) {
                const Day start = AsOf - 1000;
                addLifetimes(segment, {Lifetime {start, start + observed.duration, LifetimeEnd::Silent, false}});
            } else {
                addLifetimes(segment, {Lifetime {AsOf - observed.duration, NoDay, LifetimeEnd::Open, false}});
            }
        }
    }
};

// The textbook sample: 1, 1, 2+, 3, 3, 3+, 5, 8+ (+ = censored).
const QList<Observed> Textbook {
    {1, true}, {1, true}, {2, false}, {3, true}, {3, true}, {3, false}, {5, true}, {8, false}};
// Events at 50, 100, 200 and 400 days, censored at 300 and 800.
const QList<Observed> Longer {{50, true}, {100, true}, {200, true}, {300, false}, {400, true}, {800, false}};

bool near(double a, double b)
{
    return qAbs(a - b) < 0.00005; // four decimals
}

} // namespace

class TestSurvival : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void textbook_data()
    {
        QTest::addColumn<int>("point");
        QTest::addColumn<int>("day");
        QTest::addColumn<qint64>("atRisk");
        QTest::addColumn<qint64>("events");
        QTest::addColumn<qint64>("censored");
        QTest::addColumn<double>("survival");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        // By hand, V = Greenwood's sum d / (n (n - d)), theta = log(-log S), se = sqrt(V) / |log S|,
        // lower = exp(-exp(theta + 1.96 se)), upper = exp(-exp(theta - 1.96 se)):
        // t=1: S = 6/8 = 0.75; V = 2/48 = 0.041667; log S = -0.287682; theta = -1.245899; se = 0.204124 /
        //      0.287682 = 0.709548; theta + 1.96 se = 0.144814, exp = 1.155825, lower = exp(-1.155825) = 0.3148;
        //      theta - 1.96 se = -2.636613, exp = 0.071603, upper = exp(-0.071603) = 0.9309.
        QTest::addRow("t=1") << 0 << 1 << qint64(8) << qint64(2) << qint64(0) << 0.75 << 0.3148 << 0.9309;
        // t=2: only a censoring: S, V and the band stay.
        QTest::addRow("t=2") << 1 << 2 << qint64(6) << qint64(0) << qint64(1) << 0.75 << 0.3148 << 0.9309;
        // t=3: n = 5 (the customer censored at 3 is at risk at 3), S = 0.75 * 3/5 = 0.45; V = 0.041667 + 2/15 =
        //      0.175; log S = -0.798508; theta = -0.225011; se = 0.418330 / 0.798508 = 0.523890;
        //      theta + 1.96 se = 0.801813, exp = 2.229580, lower = 0.1076;
        //      theta - 1.96 se = -1.251835, exp = 0.285980, upper = 0.7513.
        QTest::addRow("t=3") << 2 << 3 << qint64(5) << qint64(2) << qint64(1) << 0.45 << 0.1076 << 0.7513;
        // t=5: n = 2, S = 0.45 * 1/2 = 0.225; V = 0.175 + 1/2 = 0.675; log S = -1.491655; theta = 0.399886;
        //      se = 0.821584 / 1.491655 = 0.550787; theta + 1.96 se = 1.479428, exp = 4.390435, lower = 0.0124;
        //      theta - 1.96 se = -0.679656, exp = 0.506791, upper = 0.6024.
        QTest::addRow("t=5") << 3 << 5 << qint64(2) << qint64(1) << qint64(0) << 0.225 << 0.0124 << 0.6024;
        QTest::addRow("t=8") << 4 << 8 << qint64(1) << qint64(0) << qint64(1) << 0.225 << 0.0124 << 0.6024;
    }

    void textbook()
    {
        QFETCH(int, point);
        QFETCH(int, day);
        QFETCH(qint64, atRisk);
        QFETCH(qint64, events);
        QFETCH(qint64, censored);
        QFETCH(double, survival);
        QFETCH(double, lower);
        QFETCH(double, upper);

        Fixture fixture;
        fixture.addObserved(u"retail"_s, Textbook);
        const SurvivalCurve curve = computeSurvival(fixture.data, fixture.lifetimes);
        QCOMPARE(curve.points.size(), 5);
        const SurvivalPoint &p = curve.points.at(point);
        QCOMPARE(p.day, day);
        QCOMPARE(p.atRisk, atRisk);
        QCOMPARE(p.events, events);
        QCOMPARE(p.censored, censored);
        QVERIFY2(near(p.survival, survival), qPrintable(QString::number(p.survival)));
        QVERIFY2(near(p.lower, lower), qPrintable(QString::number(p.lower)));
        QVERIFY2(near(p.upper, upper), qPrintable(QString::number(p.upper)));
    }

    void textbookSummary()
    {
        Fixture fixture;
        fixture.addObserved(u"retail"_s, Textbook);
        const SurvivalCurve curve = computeSurvival(fixture.data, fixture.lifetimes);
        QCOMPARE(curve.customers, 8);
        QCOMPARE(curve.events, 5);
        QCOMPARE(curve.censored, 3);
        QCOMPARE(curve.longestDuration, 8);
        QCOMPARE(curve.group, QString());
        QCOMPARE(curve.medianDays, 3); // S(1) = 0.75, S(3) = 0.45
        QCOMPARE(curve.survivalAt(0), 1.0);
        QCOMPARE(curve.survivalAt(2.5), 0.75);
        QCOMPARE(curve.survivalAt(100), 0.225);
        // Every milestone (91 days and more) is beyond the longest duration.
        QCOMPARE(curve.milestones.size(), 4);
        for (const SurvivalMilestone &milestone : curve.milestones) {
            QVERIFY(!milestone.survival);
            QCOMPARE(milestone.atRisk, 0);
        }
    }

    void milestones_data()
    {
        QTest::addColumn<bool>("withLongest");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("months");
        QTest::addColumn<double>("day");
        QTest::addColumn<double>("survival"); // -1: beyond the longest duration
        QTest::addColumn<qint64>("atRisk");
        // S: 50 -> 5/6, 100 -> 4/6, 200 -> 3/6, 400 -> 3/6 * 1/2 = 1/4 (300 and 800 censored).
        QTest::addRow("3 months") << true << 0 << 3 << 91.3125 << 5.0 / 6 << qint64(5); // 100, 200, 300, 400, 800
        QTest::addRow("6 months") << true << 1 << 6 << 182.625 << 4.0 / 6 << qint64(4);
        QTest::addRow("12 months") << true << 2 << 12 << 365.25 << 0.5 << qint64(2);
        QTest::addRow("24 months") << true << 3 << 24 << 730.5 << 0.25 << qint64(1);
        // Without the customer observed for 800 days: five customers, S: 50 -> 4/5, 100 -> 3/5, 200 -> 2/5, and the
        // longest duration is 400.
        QTest::addRow("12 months, shorter") << false << 2 << 12 << 365.25 << 0.4 << qint64(1);
        QTest::addRow("24 months, shorter") << false << 3 << 24 << 730.5 << -1.0 << qint64(0);
    }

    void milestones()
    {
        QFETCH(bool, withLongest);
        QFETCH(int, index);
        QFETCH(int, months);
        QFETCH(double, day);
        QFETCH(double, survival);
        QFETCH(qint64, atRisk);

        Fixture fixture;
        fixture.addObserved(u"Enterprise"_s, withLongest ? Longer : Longer.mid(0, 5));
        const SurvivalCurve curve = computeSurvival(fixture.data, fixture.lifetimes);
        QCOMPARE(curve.medianDays, 200); // S(200) = 0.5 exactly (2/5 without the longest)
        const SurvivalMilestone &milestone = curve.milestones.at(index);
        QCOMPARE(milestone.months, months);
        QCOMPARE(milestone.day, day);
        QCOMPARE(milestone.survival.has_value(), survival >= 0);
        if (milestone.survival)
            QVERIFY2(near(*milestone.survival, survival), qPrintable(QString::number(*milestone.survival)));
        QCOMPARE(milestone.atRisk, atRisk);
    }

    void medianNotReached()
    {
        Fixture fixture;
        fixture.addObserved(QString(), {{10, true}, {20, false}, {30, false}});
        const SurvivalCurve curve = computeSurvival(fixture.data, fixture.lifetimes);
        QCOMPARE(curve.points.first().survival, 2.0 / 3);
        QVERIFY(!curve.medianDays);
    }

    void survivalDownToZero()
    {
        Fixture fixture;
        fixture.addObserved(QString(), {{2, true}, {4, true}});
        const SurvivalCurve curve = computeSurvival(fixture.data, fixture.lifetimes);
        QCOMPARE(curve.points.size(), 2);
        QCOMPARE(curve.medianDays, 2);
        const SurvivalPoint &last = curve.points.last();
        QCOMPARE(last.survival, 0.0);
        QCOMPARE(last.lower, 0.0);
        QCOMPARE(last.upper, 0.0);
        const SurvivalPoint &first = curve.points.first();
        QVERIFY(first.lower > 0.0 && first.lower < 0.5 && first.upper > 0.5 && first.upper < 1.0);
    }

    void onlyTheFirstLifetimeCounts()
    {
        Fixture fixture;
        // Lost after 30 days, back for a long second lifetime: one event at 30.
        fixture.addLifetimes(QString(),
            {Lifetime {AsOf - 400, AsOf - 370, LifetimeEnd::Silent, false},
                Lifetime {AsOf - 300, NoDay, LifetimeEnd::Open, true}});
        fixture.addLifetimes(QString(), {}); // no lifetime: not observed
        // A lifetime ending after asOf has not ended as of asOf: censored.
        fixture.addLifetimes(QString(), {Lifetime {AsOf - 45, AsOf + 5, LifetimeEnd::Cancelled, false}});
        const SurvivalCurve curve = computeSurvival(fixture.data, fixture.lifetimes);
        QCOMPARE(curve.customers, 2);
        QCOMPARE(curve.points.size(), 2);
        QCOMPARE(curve.points.at(0).day, 30);
        QCOMPARE(curve.points.at(0).events, 1);
        QCOMPARE(curve.points.at(1).day, 45);
        QCOMPARE(curve.points.at(1).censored, 1);
        QCOMPARE(curve.survivalAt(40), 0.5);
    }

    void bySegmentAndFilter()
    {
        Fixture fixture;
        fixture.addObserved(u"retail"_s, Textbook);
        fixture.addObserved(u"Enterprise"_s, Longer);
        fixture.addObserved(QString(), {{5, true}, {6, true}}); // no segment: in the whole curve only

        const QList<SurvivalCurve> curves = computeSurvivalBySegment(fixture.data, fixture.lifetimes);
        QCOMPARE(curves.size(), 2);
        QCOMPARE(curves.at(0).group, u"Enterprise"_s); // by name, ignoring case
        QCOMPARE(curves.at(0).customers, 6);
        QCOMPARE(curves.at(0).medianDays, 200);
        QCOMPARE(curves.at(1).group, u"retail"_s);
        QCOMPARE(curves.at(1).customers, 8);
        QCOMPARE(curves.at(1).medianDays, 3);
        QVERIFY(near(curves.at(1).points.at(2).lower, 0.1076));

        QCOMPARE(computeSurvival(fixture.data, fixture.lifetimes).customers, 16);

        CustomerFilter filter;
        filter.segment = u"retail"_s;
        const SurvivalCurve retail = computeSurvival(fixture.data, fixture.lifetimes, filter);
        QCOMPARE(retail.customers, 8);
        QCOMPARE(retail.medianDays, 3);
        const QList<SurvivalCurve> filtered = computeSurvivalBySegment(fixture.data, fixture.lifetimes, filter);
        QCOMPARE(filtered.size(), 1);
        QCOMPARE(filtered.first().group, u"retail"_s);
    }

    void empty()
    {
        Fixture fixture;
        const SurvivalCurve curve = computeSurvival(fixture.data, fixture.lifetimes);
        QCOMPARE(curve.customers, 0);
        QVERIFY(curve.points.isEmpty());
        QVERIFY(!curve.medianDays);
        QCOMPARE(curve.survivalAt(10), 1.0);
        QCOMPARE(curve.milestones.size(), 4);
        QVERIFY(!curve.milestones.first().survival);
        QVERIFY(computeSurvivalBySegment(fixture.data, fixture.lifetimes).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSurvival)
#include "tst_survival.moc"
