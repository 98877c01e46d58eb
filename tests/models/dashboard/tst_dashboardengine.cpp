// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <algorithm>
#include <tuple>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/dashboardengine.h"
#include "storage/database.h"
#include "support/demofixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestDashboardEngine : public rd::test::TestCase
{
    Q_OBJECT

private:
    QString demoDatabase() const { return test::demoDatabase(m_dir.path(), 400); }

    static int withProbability(const DashboardSnapshot &snapshot)
    {
        return int(std::count_if(snapshot.risk.customers.cbegin(), snapshot.risk.customers.cend(),
            [](const CustomerRisk &risk) { return risk.alive.probability.has_value(); }));
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        QVERIFY(!demoDatabase().isEmpty());
    }

    void defaultRange_data()
    {
        QTest::addColumn<PeriodKind>("kind");
        QTest::addColumn<int>("periods");
        QTest::newRow("months") << PeriodKind::Month << DefaultPeriods;
        QTest::newRow("quarters") << PeriodKind::Quarter << DefaultPeriods;
        QTest::newRow("weeks") << PeriodKind::Week << DefaultPeriods;
        // Years: every year of the data (the demo runs from 2022 to 2025).
        QTest::newRow("years") << PeriodKind::Year << 4;
    }
    void defaultRange()
    {
        QFETCH(PeriodKind, kind);
        QFETCH(int, periods);
        DashboardEngine engine(demoDatabase());
        DashboardRequest request;
        request.kind = kind;
        auto snapshot = engine.compute(request);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        QCOMPARE(dateOf(snapshot->asOf), QDate(2025, 12, 31));
        QCOMPARE(snapshot->report.periods.size(), periods);
        QVERIFY(snapshot->report.periods.constLast().period.start <= snapshot->asOf);
        QVERIFY(snapshot->report.periods.constLast().period.end > snapshot->asOf);
        QVERIFY(snapshot->demoData);
        QCOMPARE(snapshot->data->customerCount(), 400);
    }

    void quickRequestLeavesOutThePurchaseModel()
    {
        DashboardEngine engine(demoDatabase());
        DashboardRequest request;
        request.quick = true;
        auto quick = engine.compute(request);
        QVERIFY(quick);
        QVERIFY(quick->partial);
        QCOMPARE(withProbability(*quick), 0);
        QVERIFY(!quick->report.periods.isEmpty());

        request.quick = false;
        auto whole = engine.compute(request);
        QVERIFY(whole);
        QVERIFY(!whole->partial);
        QVERIFY(withProbability(*whole) > 0);
        // The same figures, apart from the purchase model.
        QCOMPARE(whole->report.periods.size(), quick->report.periods.size());
        QCOMPARE(whole->report.periods.constLast().lostCustomers, quick->report.periods.constLast().lostCustomers);
        QCOMPARE(whole->risk.customers.size(), quick->risk.customers.size());

        // Once fitted for the as-of day, a quick request has no reason to leave it out.
        request.quick = true;
        auto again = engine.compute(request);
        QVERIFY(again);
        QVERIFY(!again->partial);
        QCOMPARE(withProbability(*again), withProbability(*whole));

        // Another as-of day needs another fit.
        request.asOf = QDate(2025, 6, 30);
        auto earlier = engine.compute(request);
        QVERIFY(earlier);
        QVERIFY(earlier->partial);
        QCOMPARE(withProbability(*earlier), 0);
    }

    void keptFiguresMatchFreshOnes_data()
    {
        // What the engine keeps between requests (lifetimes, risk, survival, cohorts) must give what a
        // fresh engine computes: each row changes one thing after a first monthly request.
        QTest::addColumn<PeriodKind>("kind");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("segment");
        QTest::addRow("another period") << PeriodKind::Quarter << QDate() << QString();
        QTest::addRow("weeks") << PeriodKind::Week << QDate() << QString();
        QTest::addRow("another day") << PeriodKind::Month << QDate(2025, 6, 30) << QString();
        QTest::addRow("a segment") << PeriodKind::Month << QDate() << u"first segment"_s;
    }

    void keptFiguresMatchFreshOnes()
    {
        QFETCH(PeriodKind, kind);
        QFETCH(QDate, asOf);
        QFETCH(QString, segment);
        DashboardEngine kept(demoDatabase());
        auto first = kept.compute({});
        QVERIFY(first);
        DashboardRequest request;
        request.kind = kind;
        request.asOf = asOf;
        if (!segment.isEmpty())
            request.filter.segment = first->segments.constFirst();
        auto reused = kept.compute(request);
        DashboardEngine fresh(demoDatabase());
        auto computed = fresh.compute(request);
        QVERIFY(reused);
        QVERIFY(computed);
        QCOMPARE(reused->partial, computed->partial);
        QCOMPARE(reused->report.periods.size(), computed->report.periods.size());
        for (int i = 0; i < computed->report.periods.size(); ++i) {
            QCOMPARE(reused->report.periods.at(i).period.label, computed->report.periods.at(i).period.label);
            QCOMPARE(reused->report.periods.at(i).lostCustomers, computed->report.periods.at(i).lostCustomers);
        }
        QCOMPARE(reused->cohorts.rows.size(), computed->cohorts.rows.size());
        QCOMPARE(reused->cohorts.rows.constLast().counts, computed->cohorts.rows.constLast().counts);
        QCOMPARE(reused->revenueCohorts.rows.constFirst().counts, computed->revenueCohorts.rows.constFirst().counts);
        QCOMPARE(reused->survival.customers, computed->survival.customers);
        QCOMPARE(reused->survival.points.size(), computed->survival.points.size());
        QCOMPARE(reused->survivalBySegment.size(), computed->survivalBySegment.size());
        QCOMPARE(reused->risk.red, computed->risk.red);
        QCOMPARE(reused->risk.yellow, computed->risk.yellow);
        QCOMPARE(reused->risk.customers.size(), computed->risk.customers.size());
        QCOMPARE(withProbability(*reused), withProbability(*computed));
        QCOMPARE(reused->overview.redValueMinor, computed->overview.redValueMinor);
    }

    void segmentNarrowsEveryFigure()
    {
        DashboardEngine engine(demoDatabase());
        auto all = engine.compute({});
        QVERIFY(all);
        QVERIFY(all->segments.size() >= 2);
        const QString segment = all->segments.constFirst();

        DashboardRequest request;
        request.filter.segment = segment;
        auto some = engine.compute(request);
        QVERIFY(some);
        QVERIFY(!some->risk.customers.isEmpty());
        QVERIFY(some->risk.customers.size() < all->risk.customers.size());
        for (const CustomerRisk &risk : std::as_const(some->risk.customers))
            QCOMPARE(some->data->customers.at(risk.customer).segment, segment);
        QCOMPARE(some->risk.red + some->risk.yellow + some->risk.green, qint64(some->risk.customers.size()));
        QVERIFY(some->report.periods.constLast().endCustomers < all->report.periods.constLast().endCustomers);
        // The segment list stays whole, so the user can switch to another one.
        QCOMPARE(some->segments, all->segments);
    }

    void overviewAddsUpTheValueAtStake()
    {
        DashboardEngine engine(demoDatabase());
        auto snapshot = engine.compute({});
        QVERIFY(snapshot);
        qint64 red = 0;
        qint64 yellow = 0;
        for (const CustomerRisk &risk : std::as_const(snapshot->risk.customers)) {
            if (risk.level == RiskLevel::Red)
                red += risk.valueAtRiskMinor;
            else if (risk.level == RiskLevel::Yellow)
                yellow += risk.valueAtRiskMinor;
        }
        QVERIFY(red > 0);
        QCOMPARE(snapshot->overview.redValueMinor, red);
        QCOMPARE(snapshot->overview.yellowValueMinor, yellow);
        QVERIFY(!snapshot->overview.kpis.isEmpty());
        QCOMPARE(snapshot->overview.period, snapshot->report.periods.constLast().period.label);
    }

    // A period the data ends inside is not compared with a whole one: the Overview shows the last complete
    // period, and the one so far on request.
    void overviewShowsTheLastCompletePeriod()
    {
        Report report;
        report.options.kind = PeriodKind::Month;
        for (const auto &[start, end, label, revenue] :
            {std::tuple {QDate(2011, 10, 1), QDate(2011, 11, 1), "2011-10", 500},
                std::tuple {QDate(2011, 11, 1), QDate(2011, 12, 1), "2011-11", 800},
                std::tuple {QDate(2011, 12, 1), QDate(2012, 1, 1), "2011-12", 100}}) {
            PeriodFigures figures;
            figures.period = {dayOf(start), dayOf(end), QString::fromLatin1(label)};
            figures.revenueMinor = revenue;
            report.periods.append(figures);
        }
        report.periods.last().partial = true;
        const OverviewFigures complete = DashboardEngine::overview(report, {});
        QCOMPARE(complete.period, u"2011-11"_s);
        QCOMPARE(complete.previousPeriod, u"2011-10"_s);
        QCOMPARE(complete.shown.start, dayOf(QDate(2011, 11, 1)));
        QVERIFY(!complete.partial);
        const auto revenue = [](const OverviewFigures &figures) {
            for (const Kpi &kpi : figures.kpis) {
                if (kpi.kind == Kpi::Kind::Money)
                    return kpi.current.value_or(-1);
            }
            return -1.0;
        };
        QCOMPARE(revenue(complete), 800.0);
        const OverviewFigures soFar = DashboardEngine::overview(report, {}, false);
        QCOMPARE(soFar.period, u"2011-12"_s);
        QCOMPARE(soFar.previousPeriod, u"2011-11"_s);
        QVERIFY(soFar.partial);
        QCOMPARE(revenue(soFar), 100.0);
        const auto offered = DashboardEngine::overviewSoFar(report, {});
        QVERIFY(offered);
        QCOMPARE(offered->period, u"2011-12"_s);
        // A single period, partial: nothing earlier to show instead, and no second view of the same period.
        report.periods.removeFirst();
        report.periods.removeFirst();
        QCOMPARE(DashboardEngine::overview(report, {}).period, u"2011-12"_s);
        QVERIFY(DashboardEngine::overview(report, {}).partial);
        QVERIFY(!DashboardEngine::overviewSoFar(report, {}));
        // Complete data: nothing so far to offer.
        report.periods.last().partial = false;
        QVERIFY(!DashboardEngine::overviewSoFar(report, {}));
    }

    // A rate the overview cannot give says why: no customers at the start, or churn not measurable yet.
    void overviewSaysWhyARateIsMissing_data()
    {
        QTest::addColumn<bool>("measurable");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<QString>("churn");
        QTest::addRow("nobody at the start") << true << qint64(0) << u"no customers at the start"_s;
        QTest::addRow("within the churn window") << false << qint64(40) << u"not measurable yet"_s;
        QTest::addRow("measured") << true << qint64(40) << QString();
    }

    void overviewSaysWhyARateIsMissing()
    {
        QFETCH(bool, measurable);
        QFETCH(qint64, start);
        QFETCH(QString, churn);
        Report report;
        PeriodFigures figures;
        figures.period = {dayOf(QDate(2011, 1, 1)), dayOf(QDate(2011, 2, 1)), u"2011-01"_s};
        figures.measurable = measurable;
        figures.startCustomers = start;
        figures.endCustomers = start + 5;
        figures.newCustomers = 5;
        report.periods.append(figures);
        const OverviewFigures overview = DashboardEngine::overview(report, {});
        const Kpi &rate = overview.kpis.at(1);
        QCOMPARE(rate.current.has_value(), churn.isEmpty());
        if (!churn.isEmpty())
            QCOMPARE(rate.missing, churn);
        QCOMPARE(overview.kpis.at(5).missing, u"no revenue in the period before"_s);
        QVERIFY(!overview.kpis.at(5).current);
    }

    void emptyDatabaseGivesAnEmptyPicture()
    {
        const QString path = m_dir.filePath(u"empty.sqlite"_s);
        QVERIFY(Database::open(path));
        DashboardEngine engine(path);
        auto snapshot = engine.compute({});
        QVERIFY(snapshot);
        QCOMPARE(snapshot->asOf, NoDay);
        QVERIFY(snapshot->report.periods.isEmpty());
        QVERIFY(snapshot->risk.customers.isEmpty());
    }

    void tellsTheDemoFromOwnData()
    {
        QVERIFY(DashboardEngine::isDemoDatabase(demoDatabase()));
        const QString own = m_dir.filePath(u"own.sqlite"_s);
        QVERIFY(Database::open(own));
        QVERIFY(!DashboardEngine::isDemoDatabase(own));
        const QString missing = m_dir.filePath(u"missing.sqlite"_s);
        QVERIFY(!DashboardEngine::isDemoDatabase(missing));
        QVERIFY(!QFileInfo::exists(missing)); // asking does not create it
    }

    void refusesAFileThatIsNoDatabase()
    {
        const QString path = m_dir.filePath(u"notes.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer_id;name\n1;Anna\n");
        file.close();
        QVERIFY(!DashboardEngine::checkDatabase(path));
        DashboardEngine engine(path);
        QVERIFY(!engine.compute({}));
        // Refused, untouched.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("customer_id;name\n1;Anna\n"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDashboardEngine)
#include "tst_dashboardengine.moc"
