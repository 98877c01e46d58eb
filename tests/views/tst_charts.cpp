// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <cmath>

#include <QAction>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTest>
#include <QValueAxis>

#include "metrics/benchmarks.h"
#include "support/chartfixture.h"
#include "support/testcase.h"
#include "views/charts/churnchart.h"
#include "views/charts/revenuechart.h"
#include "views/charts/survivalchart.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

// Three years of weeks or months with steady figures: a long range for the axis labels.
Report longReport(PeriodKind kind)
{
    Report report;
    report.options.kind = kind;
    report.currency = u"EUR"_s;
    for (const Period &period : periodsBetween(kind, QDate(2023, 1, 2), QDate(2025, 12, 28))) {
        PeriodFigures figures;
        figures.period = period;
        figures.startCustomers = 1000;
        figures.lostCustomers = 10;
        figures.newCustomers = 12;
        figures.endCustomers = 1002;
        report.periods.append(figures);
    }
    return report;
}

template<typename Series> Series *seriesNamed(QChart *chart, const QString &name)
{
    const QList<Series *> all = seriesOf<Series>(chart);
    for (Series *series : all) {
        if (series->name().startsWith(name))
            return series;
    }
    return nullptr;
}

} // namespace

// What the churn, revenue and survival charts draw: series, bands, axes, labels, hover texts and the
// empty state. What every chart panel shares (theme, rebuilds, images, colours) is in tst_chartpanel.
class TestCharts : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // Any warning fails a test, except the offscreen platform's note that it cannot raise the tooltip.

    void bandsForThePeriodKind()
    {
        const QList<ContextBand> monthly = contextBandsFor(PeriodKind::Month);
        QCOMPARE(monthly.size(), 3);
        // The monthly rule of thumb is used as stated, the yearly ones are scaled to a month.
        QCOMPARE(QByteArray(monthly.at(0).id), "established-monthly");
        QCOMPARE(monthly.at(0).high, 0.01);
        QCOMPARE(QByteArray(monthly.at(1).id), "small-young-yearly");
        QCOMPARE(monthly.at(1).per, PeriodKind::Month);
        QVERIFY(monthly.at(1).high < 0.15 / 10);
        const QList<ContextBand> yearly = contextBandsFor(PeriodKind::Year);
        QCOMPARE(QByteArray(yearly.at(0).id), "established-yearly");
        QCOMPARE(yearly.at(0).low, 0.05);
    }

    void churnChartDrawsRatesCountsAndBands()
    {
        ChurnChart chart;
        chart.setReport(smallReport());
        QVERIFY(!chart.isEmpty());
        QCOMPARE(chart.title(), u"Churn and retention per month"_s);

        auto *churn = seriesNamed<QLineSeries>(chart.chart(), u"Churn rate"_s);
        auto *retention = seriesNamed<QLineSeries>(chart.chart(), u"Retention rate"_s);
        QVERIFY(churn);
        QVERIFY(retention);
        QCOMPARE(churn->count(), 3);
        QCOMPARE(churn->at(0), QPointF(0, 5.0)); // 10 of 200
        QCOMPARE(churn->at(1), QPointF(1, 400.0 / 210.0)); // 4 of 210
        QCOMPARE(retention->at(0), QPointF(0, 95.0));

        const QList<QBarSeries *> bars = seriesOf<QBarSeries>(chart.chart());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.constFirst()->count(), 2);
        QBarSet *newSet = bars.constFirst()->barSets().at(0);
        QBarSet *lostSet = bars.constFirst()->barSets().at(1);
        QCOMPARE(newSet->label(), u"New customers"_s);
        QCOMPARE(newSet->at(0), 20.0);
        QCOMPARE(lostSet->at(2), 8.0);

        const QList<QAreaSeries *> bands = seriesOf<QAreaSeries>(chart.chart());
        QCOMPARE(bands.size(), 2);
        QCOMPARE(bands.at(0)->name(), u"Context: Established businesses"_s);
        QCOMPARE(bands.at(1)->name(), u"Context: Small and young businesses"_s);
        QCOMPARE(bands.at(0)->upperSeries()->at(0).y(), 1.0);
        QCOMPARE(bands.at(0)->lowerSeries()->at(0).y(), 0.0);
        // The retention target (85 % a year), scaled to the month, as a line on the retention axis.
        QLineSeries *target = nullptr;
        for (QLineSeries *line : seriesOf<QLineSeries>(chart.chart())) {
            if (line->name().startsWith(u"Retention target"_s))
                target = line;
        }
        QVERIFY(target);
        QCOMPARE(target->count(), 2);
        QCOMPARE(target->at(0).y(), target->at(1).y());
        QVERIFY2(qAbs(target->at(0).y() - 100.0 * std::pow(0.85, 1.0 / 12.0)) < 1e-9, qPrintable(target->name()));
        QVERIFY2(target->name().contains(u"85"_s), qPrintable(target->name()));
        QCOMPARE(chart.chart()->axes(Qt::Vertical, target), chart.chart()->axes(Qt::Vertical, retention));
        QCOMPARE(chart.chart()->series().size(), 6);

        // Axes carry their units.
        const auto leftAxes = chart.chart()->axes(Qt::Vertical, churn);
        QCOMPARE(leftAxes.size(), 1);
        QCOMPARE(leftAxes.constFirst()->titleText(), u"Churn rate (%)"_s);
        auto *valueAxis = qobject_cast<QValueAxis *>(leftAxes.constFirst());
        QVERIFY(valueAxis->max() >= 5.0);
        QCOMPARE(valueAxis->min(), 0.0);
    }

    // Periods where churn cannot be measured yet lie under a hatched band and have no rate (not 0 %); a
    // period the data ends inside says so on the axis.
    void unmeasurableAndPartialPeriodsSaySo()
    {
        Report report = smallReport();
        report.periods[0].measurable = false;
        report.periods[2].partial = true;
        ChurnChart chart;
        chart.setReport(report);
        const QList<QLineSeries *> lines = seriesOf<QLineSeries>(chart.chart());
        QCOMPARE(lines.at(0)->name(), u"Churn rate"_s);
        QCOMPARE(lines.at(0)->count(), 2); // none for January
        QCOMPARE(lines.at(0)->at(0).x(), 1.0);
        QAreaSeries *hatched = nullptr;
        for (QAreaSeries *area : seriesOf<QAreaSeries>(chart.chart())) {
            if (area->name() == u"Churn not measurable yet"_s)
                hatched = area;
        }
        QVERIFY(hatched);
        QCOMPARE(hatched->brush().style(), Qt::BDiagPattern);
        QCOMPARE(hatched->upperSeries()->at(0).x(), -0.5);
        QCOMPARE(hatched->upperSeries()->at(1).x(), 0.5);
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).constFirst());
        QVERIFY(axis);
        const QStringList captions = ChartPanel::allCategoryLabels(axis);
        QVERIFY2(captions.constLast().endsWith(u"(so far)"_s), qPrintable(captions.constLast()));
        QVERIFY(!captions.at(1).contains(u"so far"_s));

        // Every period measurable: no band.
        chart.setReport(smallReport());
        for (QAreaSeries *area : seriesOf<QAreaSeries>(chart.chart()))
            QVERIFY(area->name() != u"Churn not measurable yet"_s);
    }

    void labelStepKeepsToTheCalendar_data()
    {
        QTest::addColumn<double>("room");
        QTest::addColumn<double>("needed");
        QTest::addColumn<int>("step");
        QTest::addRow("fits") << 60.0 << 50.0 << 1;
        QTest::addRow("every other") << 30.0 << 50.0 << 2;
        QTest::addRow("quarterly months") << 20.0 << 50.0 << 3;
        QTest::addRow("not five but six") << 11.0 << 50.0 << 6;
        QTest::addRow("a quarter of weeks") << 5.0 << 62.0 << 13;
        QTest::addRow("half a year of weeks") << 2.5 << 62.0 << 26;
        QTest::addRow("beyond a year") << 0.5 << 62.0 << 124;
    }

    void labelStepKeepsToTheCalendar()
    {
        QFETCH(double, room);
        QFETCH(double, needed);
        QFETCH(int, step);
        QCOMPARE(ChartPanel::labelStep(room, needed), step);
    }

    void longRangesLabelEveryNthPeriod_data()
    {
        QTest::addColumn<PeriodKind>("kind");
        QTest::addRow("weeks") << PeriodKind::Week;
        QTest::addRow("months") << PeriodKind::Month;
    }

    void longRangesLabelEveryNthPeriod()
    {
        QFETCH(PeriodKind, kind);
        ChurnChart chart;
        chart.resize(1000, 560);
        const Report report = longReport(kind);
        chart.setReport(report);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).constFirst());
        QVERIFY(axis);
        const QStringList all = ChartPanel::allCategoryLabels(axis);
        QCOMPARE(all.size(), report.periods.size());
        QVERIFY(all.size() > 30);
        // Every period keeps its bar; only every n-th is labelled, and each label is its period's caption.
        QCOMPARE(axis->count(), all.size());
        const QStringList shown = axis->categories();
        QList<int> labelled;
        for (int i = 0; i < shown.size(); ++i) {
            if (!shown.at(i).trimmed().remove(QChar(0x200B)).isEmpty()) {
                QCOMPARE(shown.at(i), all.at(i));
                labelled.append(i);
            }
        }
        QVERIFY(labelled.size() >= 2);
        QVERIFY(labelled.size() < all.size());
        const int step = labelled.at(1) - labelled.at(0);
        QCOMPARE(labelled.constFirst(), 0);
        for (int i = 1; i < labelled.size(); ++i)
            QCOMPARE(labelled.at(i) - labelled.at(i - 1), step);
        // The labels that show have room: side by side their width, upright their height.
        const QFontMetrics metrics(axis->labelsFont());
        const double room = chart.chart()->plotArea().width() / all.size() * step;
        double needed = metrics.height();
        if (axis->labelsAngle() == 0) {
            for (int i : std::as_const(labelled))
                needed = std::max(needed, double(metrics.horizontalAdvance(all.at(i))));
        }
        QVERIFY2(room >= needed, qPrintable(u"room %1, needed %2"_s.arg(room).arg(needed)));
        // Dots on every period would hide a long line (three years of weeks), not a short one.
        // (The retention target is a straight line without dots.)
        for (QLineSeries *line : seriesOf<QLineSeries>(chart.chart())) {
            if (!line->name().startsWith(u"Retention target"_s))
                QCOMPARE(line->pointsVisible(), all.size() <= ChartPanel::MaxMarkedPeriods);
        }
    }

    void churnChartTitleFollowsThePeriod()
    {
        Report report = smallReport();
        report.options.kind = PeriodKind::Quarter;
        ChurnChart chart;
        chart.setReport(report);
        QCOMPARE(chart.title(), u"Churn and retention per quarter"_s);
    }

    void hoverShowsExactValues()
    {
        ChurnChart chart;
        chart.setReport(smallReport());
        auto *churn = seriesNamed<QLineSeries>(chart.chart(), u"Churn rate"_s);
        emit churn->hovered(QPointF(0.1, 5.0), true);
        QVERIFY2(chart.hoverText().contains(u"5.0 %"_s), qPrintable(chart.hoverText()));
        QVERIFY(chart.hoverText().contains(u"Jan '24"_s));
        emit churn->hovered(QPointF(0.1, 5.0), false);
        QVERIFY(chart.hoverText().isEmpty());
        QBarSet *lostSet = seriesOf<QBarSeries>(chart.chart()).constFirst()->barSets().at(1);
        emit lostSet->hovered(true, 2);
        QVERIFY2(chart.hoverText().contains(u"8 customer"_s) && chart.hoverText().contains(u"lost"_s),
            qPrintable(chart.hoverText()));
    }

    void emptyStateSaysWhatToDo()
    {
        ChurnChart churn;
        churn.setReport({});
        QVERIFY(churn.isEmpty());
        QVERIFY(churn.emptyText().startsWith(u"No data for this period."_s));
        QVERIFY(churn.chart()->series().isEmpty());
        QVERIFY(!churn.exportActions().constFirst()->isEnabled());
        churn.setReport(smallReport());
        QVERIFY(!churn.isEmpty());
        QVERIFY(churn.exportActions().constFirst()->isEnabled());

        RevenueChart revenue;
        QVERIFY(revenue.isEmpty());
        SurvivalChart survival;
        survival.setCurves({});
        QVERIFY(survival.isEmpty());
        QVERIFY(!survival.emptyText().isEmpty());
    }

    void revenueChartDrawsRevenueAndRetention()
    {
        RevenueChart chart;
        chart.setReport(smallReport());
        QVERIFY(!chart.isEmpty());
        QCOMPARE(chart.title(), u"Revenue and revenue retention per month"_s);
        const QList<QBarSeries *> bars = seriesOf<QBarSeries>(chart.chart());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.constFirst()->barSets().constFirst()->at(1), 11'500.0);
        auto *nrr = seriesNamed<QLineSeries>(chart.chart(), u"Net revenue retention"_s);
        QVERIFY(nrr);
        QCOMPARE(nrr->count(), 3);
        QCOMPARE(nrr->at(0).y(), 950'000.0 / 900'000.0 * 100.0);
        const auto moneyAxes = chart.chart()->axes(Qt::Vertical, bars.constFirst());
        QCOMPARE(moneyAxes.constFirst()->titleText(), u"Revenue (EUR)"_s);
        // No contracts, no recurring revenue chart.
        QVERIFY(!chart.showsMovements());
        QVERIFY(chart.movementsChart()->series().isEmpty());
    }

    void revenueChartShowsRecurringMovements()
    {
        RevenueChart chart;
        chart.setReport(smallReport(true));
        QVERIFY(chart.showsMovements());
        const QList<QStackedBarSeries *> stacks = seriesOf<QStackedBarSeries>(chart.movementsChart());
        QCOMPARE(stacks.size(), 1);
        QCOMPARE(stacks.constFirst()->count(), 5);
        const QList<QBarSet *> sets = stacks.constFirst()->barSets();
        QCOMPARE(sets.at(0)->at(0), 400.0); // new
        QCOMPARE(sets.at(4)->label(), u"Churned"_s);
        QCOMPARE(sets.at(4)->at(2), -220.0); // losses below zero
        // The quick ratio on the right: (new + expansion) / (contraction + churned), 500 / 250 = 2 in January.
        const QList<QLineSeries *> lines = seriesOf<QLineSeries>(chart.movementsChart());
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.constFirst()->name(), u"Quick ratio (right axis)"_s);
        QCOMPARE(lines.constFirst()->count(), 3);
        QCOMPARE(lines.constFirst()->at(0).y(), 2.0);
        QVERIFY(qAbs(lines.constFirst()->at(2).y() - 500.0 / 270.0) < 1e-9);
        const QString how = ReportExplanation::quickRatio(smallReport(true).periods.at(0), u"EUR"_s, QLocale::c());
        QVERIFY2(how.startsWith(u"quick ratio = (400.00 EUR new + 100.00 EUR expansion) / (50.00 EUR contraction + "
                                "200.00 EUR churned) = 2.00"_s),
            qPrintable(how));
        chart.setReport(smallReport());
        QVERIFY(!chart.showsMovements());
    }

    void survivalChartDrawsStepsBandAndMedian()
    {
        SurvivalChart chart;
        chart.setCurves({curve(QString())});
        QVERIFY(!chart.isEmpty());
        auto *line = seriesNamed<QLineSeries>(chart.chart(), u"All customers"_s);
        QVERIFY(line);
        // Without a translation loaded, the source text of the plural stays.
        QVERIFY(line->name().startsWith(u"All customers (median 200 day"_s));
        // 100 % until day 30, then down: horizontal, then vertical.
        QCOMPARE(line->at(0), QPointF(0.0, 100.0));
        QCOMPARE(line->at(1), QPointF(30 / DaysPerMonth, 100.0));
        QCOMPARE(line->at(2), QPointF(30 / DaysPerMonth, 90.0));
        QCOMPARE(line->at(3), QPointF(200 / DaysPerMonth, 90.0));
        QCOMPARE(line->at(4), QPointF(200 / DaysPerMonth, 58.24));
        QCOMPARE(line->at(line->count() - 1), QPointF(800 / DaysPerMonth, 34.94));

        const QList<QAreaSeries *> bands = seriesOf<QAreaSeries>(chart.chart());
        QCOMPARE(bands.size(), 1);
        QCOMPARE(bands.constFirst()->name(), u"95 % band"_s);
        QCOMPARE(bands.constFirst()->lowerSeries()->at(2).y(), 83.0);

        auto *median = seriesNamed<QLineSeries>(chart.chart(), u"Median"_s);
        QVERIFY(median);
        QCOMPARE(median->at(0), QPointF(200 / DaysPerMonth, 0.0));
        QCOMPARE(median->at(1), QPointF(200 / DaysPerMonth, 50.0));

        const auto yAxes = chart.chart()->axes(Qt::Vertical);
        auto *yAxis = qobject_cast<QValueAxis *>(yAxes.constFirst());
        QCOMPARE(yAxis->min(), 0.0);
        QCOMPARE(yAxis->max(), 100.0);

        QStandardItemModel *model = chart.milestoneModel();
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(model->index(2, SurvivalChart::TimeColumn).data().toString().startsWith(u"12 month"_s));
        QCOMPARE(model->index(2, SurvivalChart::SurvivalColumn).data().toString(), u"58.2 %"_s);
        QCOMPARE(model->index(2, SurvivalChart::AtRiskColumn).data().toString(), u"50"_s);
        QCOMPARE(model->index(2, SurvivalChart::AtRiskColumn).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));

        emit line->hovered(QPointF(250 / DaysPerMonth, 58.0), true);
        QVERIFY2(chart.hoverText().contains(u"58.2 %"_s), qPrintable(chart.hoverText()));
    }

    // Customers without a contract can only be lost after the churn window: the survival page says why its
    // curves start flat and drop there.
    void survivalChartExplainsTheChurnWindow()
    {
        SurvivalChart chart;
        QVERIFY(chart.noteText().isEmpty());
        chart.setChurnWindow(90);
        // (Without the English translation loaded, the plural reads "day(s)".)
        QVERIFY2(chart.noteText().contains(u"only after 90 day"_s), qPrintable(chart.noteText()));
        QVERIFY(chart.noteText().contains(u"drop at 90 day"_s));
        chart.setChurnWindow(0); // contracts only
        QVERIFY(chart.noteText().isEmpty());
    }

    void survivalChartDrawsOneCurvePerSegment()
    {
        SurvivalChart chart;
        chart.setCurves({curve(u"Retail"_s), curve(u"Wholesale"_s)});
        QCOMPARE(seriesOf<QAreaSeries>(chart.chart()).size(), 1);
        QVERIFY(seriesNamed<QLineSeries>(chart.chart(), u"Retail"_s));
        QVERIFY(seriesNamed<QLineSeries>(chart.chart(), u"Wholesale"_s));
        QCOMPARE(chart.milestoneModel()->rowCount(), 8);
        QCOMPARE(chart.milestoneModel()->index(4, SurvivalChart::GroupColumn).data().toString(), u"Wholesale"_s);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
