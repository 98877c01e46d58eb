// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <optional>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/dashboardengine.h"
#include "support/chartfixture.h"
#include "support/demofixture.h"
#include "support/reasonsfixture.h"
#include "support/testcase.h"
#include "views/charts/reasonschart.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

// The chart given a snapshot's rows in a split, as the page gives them: no rows without data.
void showSnapshot(ReasonsChart &chart, const DashboardSnapshot &snapshot, ReasonsSplit split)
{
    const QList<ReasonsPeriod> rows
        = snapshot.data ? splitReasons(snapshot.reasons, *snapshot.data, split) : QList<ReasonsPeriod>();
    chart.setReasons(rows, split, snapshot.request.kind, snapshot.reasons.asOf, snapshot.currency);
}

QStackedBarSeries *stackOf(ReasonsChart *chart)
{
    const QList<QStackedBarSeries *> stacks = seriesOf<QStackedBarSeries>(chart->chart());
    return stacks.size() == 1 ? stacks.constFirst() : nullptr;
}

QStringList barSetLabels(ReasonsChart *chart)
{
    QStringList labels;
    if (QStackedBarSeries *stack = stackOf(chart)) {
        const QList<QBarSet *> sets = stack->barSets();
        for (QBarSet *set : sets)
            labels.append(set->label());
    }
    return labels;
}

QAreaSeries *notMeasurableBand(ReasonsChart *chart)
{
    const QList<QAreaSeries *> areas = seriesOf<QAreaSeries>(chart->chart());
    for (QAreaSeries *area : areas) {
        if (area->name() == u"Not measurable yet"_s)
            return area;
    }
    return nullptr;
}

} // namespace

// The chart of "Why customers leave": a category and a bar per reason for each row, the silent ones on and off,
// the lost revenue, the hatched periods that cannot be measured yet and the empty state.
class TestReasonsChart : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<DashboardSnapshot> m_demo;

    const DashboardSnapshot &snapshotNamed(const QString &source) const
    {
        static const DashboardSnapshot small = smallSnapshot();
        return source == u"demo"_s ? *m_demo : small;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        auto snapshot = demoSnapshot(m_dir.path(), 300);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().text()));
        m_demo = std::move(snapshot.value());
        QVERIFY(m_demo->data);
        QVERIFY(!m_demo->reasons.periods.isEmpty());
    }

    void barsFollowTheRows_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<ReasonsSplit>("split");
        QTest::addColumn<bool>("withoutLabel"); // whether the last row is of those without a segment or plan
        QTest::newRow("small, by period") << u"small"_s << ReasonsSplit::Period << false;
        QTest::newRow("small, by segment") << u"small"_s << ReasonsSplit::Segment << true;
        QTest::newRow("small, by plan") << u"small"_s << ReasonsSplit::Plan << true;
        QTest::newRow("demo, by period") << u"demo"_s << ReasonsSplit::Period << false;
        QTest::newRow("demo, by segment") << u"demo"_s << ReasonsSplit::Segment << false;
        QTest::newRow("demo, by plan") << u"demo"_s << ReasonsSplit::Plan << false;
    }

    void barsFollowTheRows()
    {
        QFETCH(QString, source);
        QFETCH(ReasonsSplit, split);
        QFETCH(bool, withoutLabel);
        const DashboardSnapshot &snapshot = snapshotNamed(source);
        const QList<ReasonsPeriod> rows = splitReasons(snapshot.reasons, *snapshot.data, split);
        QVERIFY(!rows.isEmpty());
        ReasonsChart chart;
        showSnapshot(chart, snapshot, split);
        QCOMPARE(chart.rows().size(), rows.size());

        // One category per row, captioned as the chart names its rows, and a bar per reason given.
        QVERIFY(!chart.isEmpty());
        QStackedBarSeries *stack = stackOf(&chart);
        QVERIFY(stack);
        const auto axes = chart.chart()->axes(Qt::Horizontal, stack);
        QCOMPARE(axes.size(), 1);
        auto *axis = qobject_cast<QBarCategoryAxis *>(axes.constFirst());
        QVERIFY(axis);
        const QStringList captions = ChartPanel::allCategoryLabels(axis);
        QCOMPARE(captions.size(), rows.size());
        for (int row = 0; row < rows.size(); ++row)
            QCOMPARE(captions.at(row), chart.rowCaption(row));
        if (split == ReasonsSplit::Segment && withoutLabel)
            QCOMPARE(captions.constLast(), u"(no segment)"_s);
        if (split == ReasonsSplit::Plan && withoutLabel)
            QCOMPARE(captions.constLast(), u"(no plan)"_s);
        const QList<QBarSet *> sets = stack->barSets();
        QVERIFY(!sets.isEmpty());
        for (QBarSet *set : sets) {
            std::optional<ChurnReason> reason;
            for (ChurnReason candidate : ChurnReasons) {
                if (ReasonClassifier::name(candidate) == set->label())
                    reason = candidate;
            }
            QVERIFY2(reason, qPrintable(set->label()));
            QCOMPARE(qsizetype(set->count()), rows.size());
            for (int row = 0; row < rows.size(); ++row)
                QCOMPARE(set->at(row), double(rows.at(row).reasons.at(int(*reason)).customers));
        }
    }

    void theSilentOnesCanBeLeftOut()
    {
        ReasonsChart chart;
        showSnapshot(chart, smallSnapshot(), ReasonsSplit::Period);
        QVERIFY(chart.showsSilent());
        const QString unknown = ReasonClassifier::name(ChurnReason::Unknown);
        const QStringList given {ReasonClassifier::name(ChurnReason::Price),
            ReasonClassifier::name(ChurnReason::Competitor), ReasonClassifier::name(ChurnReason::Service)};
        QCOMPARE(barSetLabels(&chart), given + QStringList {unknown});

        chart.setShowSilent(false);
        QVERIFY(!chart.showsSilent());
        QCOMPARE(barSetLabels(&chart), given);
        // The figures behind the chart stay: only the bars go.
        QCOMPARE(chart.rows().at(0).reasons.at(int(ChurnReason::Unknown)).customers, qint64(1));

        chart.setShowSilent(true);
        QVERIFY(chart.showsSilent());
        QCOMPARE(barSetLabels(&chart), given + QStringList {unknown});
    }

    void unmeasurablePeriodsAreHatched_data()
    {
        QTest::addColumn<ReasonsSplit>("split");
        QTest::addColumn<QList<int>>("unmeasurable");
        QTest::addColumn<double>("bandEnd"); // where the band ends on the category axis; 0 for no band
        QTest::newRow("first period") << ReasonsSplit::Period << QList<int> {0} << 0.5;
        QTest::newRow("first two periods") << ReasonsSplit::Period << QList<int> {0, 1} << 1.5;
        QTest::newRow("every period measurable") << ReasonsSplit::Period << QList<int> {} << 0.0;
        QTest::newRow("not by segment") << ReasonsSplit::Segment << QList<int> {0} << 0.0;
    }

    void unmeasurablePeriodsAreHatched()
    {
        QFETCH(ReasonsSplit, split);
        QFETCH(QList<int>, unmeasurable);
        QFETCH(double, bandEnd);
        QList<ReasonsPeriod> rows = smallReasonsReport().periods;
        for (int row : std::as_const(unmeasurable))
            rows[row].measurable = false;
        ReasonsChart chart;
        chart.setReasons(rows, split, PeriodKind::Month, dayOf(QDate(2024, 3, 31)), u"EUR"_s);
        QVERIFY(!chart.isEmpty());
        QAreaSeries *band = notMeasurableBand(&chart);
        if (bandEnd == 0.0) {
            QVERIFY(!band);
            return;
        }
        QVERIFY(band);
        QCOMPARE(band->brush().style(), Qt::BDiagPattern);
        QCOMPARE(band->upperSeries()->count(), 2);
        QCOMPARE(band->upperSeries()->at(0).x(), -0.5);
        QCOMPARE(band->upperSeries()->at(1).x(), bandEnd);
        QCOMPARE(band->lowerSeries()->at(0).y(), 0.0);
        // The bars are still drawn beside it.
        QVERIFY(stackOf(&chart));

        // Measurable again: the band goes.
        chart.setReasons(smallReasonsReport().periods, split, PeriodKind::Month, dayOf(QDate(2024, 3, 31)), u"EUR"_s);
        QVERIFY(!notMeasurableBand(&chart));
    }

    void measuresLostRevenue()
    {
        ReasonsChart chart;
        showSnapshot(chart, smallSnapshot(), ReasonsSplit::Segment);
        QCOMPARE(chart.measure(), ReasonsChart::Measure::Customers);
        QCOMPARE(chart.title(), u"Lost customers by reason and segment"_s);
        chart.setMeasure(ReasonsChart::Measure::LostRevenue);
        QCOMPARE(chart.measure(), ReasonsChart::Measure::LostRevenue);
        QCOMPARE(chart.title(), u"Lost revenue by reason and segment"_s);
        QStackedBarSeries *stack = stackOf(&chart);
        QVERIFY(stack);
        QBarSet *price = stack->barSets().constFirst();
        QCOMPARE(price->label(), ReasonClassifier::name(ChurnReason::Price));
        QCOMPARE(price->at(0), 3600.0); // Anna and Bruno, Retail: 1,200.00 and 2,400.00 EUR
        QCOMPARE(price->at(1), 0.0);
    }

    void saysWhenNobodyWasLost_data()
    {
        QTest::addColumn<bool>("withSnapshot");
        QTest::addColumn<QString>("emptyText");
        QTest::newRow("nobody lost") << true << u"No customer was lost in this range."_s;
        QTest::newRow("no data yet") << false << u"No data for this period. Import orders or choose a longer period."_s;
    }

    void saysWhenNobodyWasLost()
    {
        QFETCH(bool, withSnapshot);
        QFETCH(QString, emptyText);
        ReasonsChart chart;
        // Rows with lost customers first: the empty ones must replace what it showed.
        showSnapshot(chart, smallSnapshot(), ReasonsSplit::Period);
        QVERIFY(!chart.isEmpty());
        showSnapshot(chart, withSnapshot ? nobodyLostSnapshot() : DashboardSnapshot {}, ReasonsSplit::Period);
        QVERIFY(chart.isEmpty());
        QCOMPARE(chart.emptyText(), emptyText);
        QVERIFY(seriesOf<QStackedBarSeries>(chart.chart()).isEmpty());
    }
};

QTEST_MAIN(TestReasonsChart)
#include "tst_reasonschart.moc"
