// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractBarSeries>
#include <QAction>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFileInfo>
#include <QHash>
#include <QLineSeries>
#include <QPointer>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include "metrics/benchmarks.h"
#include "views/charts/churnchart.h"
#include "views/charts/heatmapdelegate.h"
#include "views/charts/revenuechart.h"
#include "views/charts/survivalchart.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

// Three months: 200 customers at the start, 10 lost and 20 new in the first month, and so on.
Report smallReport(bool withMrr = false)
{
    Report report;
    report.options.kind = PeriodKind::Month;
    report.currency = u"EUR"_s;
    const QList<Period> periods = periodsBetween(PeriodKind::Month, QDate(2024, 1, 1), QDate(2024, 3, 31));
    qint64 start = 200;
    const std::array<qint64, 3> lost {10, 4, 8};
    const std::array<qint64, 3> gained {20, 6, 2};
    for (int i = 0; i < periods.size(); ++i) {
        PeriodFigures figures;
        figures.period = periods.at(i);
        figures.startCustomers = start;
        figures.lostCustomers = lost[std::size_t(i)];
        figures.newCustomers = gained[std::size_t(i)];
        figures.endCustomers = start + figures.newCustomers - figures.lostCustomers;
        start = figures.endCustomers;
        figures.revenueMinor = 1'000'000 + i * 150'000;
        figures.payingCustomers = 150;
        figures.previousRevenueMinor = 900'000;
        figures.retainedRevenueMinor = 950'000 - i * 100'000;
        figures.cappedRevenueMinor = 850'000 - i * 100'000;
        figures.hasPrevious = true;
        if (withMrr) {
            figures.mrrMinor = 500'000;
            figures.mrrNewMinor = 40'000;
            figures.mrrExpansionMinor = 10'000;
            figures.mrrContractionMinor = 5'000;
            figures.mrrChurnedMinor = 20'000 + i * 1'000;
            figures.mrrReactivatedMinor = 3'000;
        }
        report.periods.append(figures);
    }
    return report;
}

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

SurvivalCurve curve(const QString &group)
{
    SurvivalCurve curve;
    curve.group = group;
    curve.customers = 100;
    curve.events = 60;
    curve.longestDuration = 800;
    curve.points = {
        {30, 100, 10, 0, 0.90, 0.83, 0.94},
        {90, 90, 0, 5, 0.90, 0.83, 0.94},
        {200, 85, 30, 0, 0.5824, 0.48, 0.67},
        {400, 50, 20, 10, 0.3494, 0.25, 0.45},
        {800, 20, 0, 20, 0.3494, 0.25, 0.45},
    };
    curve.medianDays = 200;
    curve.milestones = {{3, 3 * DaysPerMonth, 0.90, 85}, {6, 6 * DaysPerMonth, 0.90, 85},
        {12, 12 * DaysPerMonth, 0.5824, 50}, {24, 24 * DaysPerMonth, 0.3494, 20}};
    return curve;
}

template<typename Series> QList<Series *> seriesOf(QChart *chart)
{
    QList<Series *> result;
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *series : all) {
        if (auto *typed = qobject_cast<Series *>(series))
            result.append(typed);
    }
    return result;
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

// What the panel's last build made: every series, the lines bounding an area, the bar sets and the axes.
QList<QPointer<QObject>> builtObjects(const ChartPanel &panel)
{
    QList<QPointer<QObject>> result;
    for (QChart *chart : panel.charts()) {
        for (QAbstractSeries *series : chart->series()) {
            result.append(series);
            if (auto *area = qobject_cast<QAreaSeries *>(series))
                result << area->upperSeries() << area->lowerSeries();
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets())
                    result.append(set);
            }
        }
        for (QAbstractAxis *axis : chart->axes())
            result.append(axis);
    }
    return result;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(45, 45, 48));
    palette.setColor(QPalette::WindowText, QColor(230, 230, 230));
    palette.setColor(QPalette::Base, QColor(30, 30, 32));
    palette.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    palette.setColor(QPalette::Text, QColor(225, 225, 225));
    palette.setColor(QPalette::Button, QColor(50, 50, 54));
    palette.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(239, 239, 239));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    // Any warning fails a test, except the offscreen platform's note that it cannot raise the tooltip.
    void init() { QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support raise\\(\\)).*"_s)); }

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
        QCOMPARE(chart.chart()->series().size(), 5);

        // Axes carry their units.
        const auto leftAxes = chart.chart()->axes(Qt::Vertical, churn);
        QCOMPARE(leftAxes.size(), 1);
        QCOMPARE(leftAxes.constFirst()->titleText(), u"Churn rate (%)"_s);
        auto *valueAxis = qobject_cast<QValueAxis *>(leftAxes.constFirst());
        QVERIFY(valueAxis->max() >= 5.0);
        QCOMPARE(valueAxis->min(), 0.0);
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
        for (QLineSeries *line : seriesOf<QLineSeries>(chart.chart()))
            QCOMPARE(line->pointsVisible(), all.size() <= ChartPanel::MaxMarkedPeriods);
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

    void themeFollowsThePalette()
    {
        ChurnChart chart;
        chart.setPalette(lightPalette());
        chart.setReport(smallReport());
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
        chart.setPalette(darkPalette());
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart.chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
        // The series are built again after the theme change.
        QCOMPARE(chart.chart()->series().size(), 5);
    }

    // A rebuild (new data, or a palette change) deletes everything the last one made: nothing piles up.
    void rebuildsFreeTheLastBuild_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::newRow("churn, with context bands") << u"churn"_s;
        QTest::newRow("revenue, with movements") << u"revenue"_s;
        QTest::newRow("survival, with a band") << u"survival"_s;
    }

    void rebuildsFreeTheLastBuild()
    {
        QFETCH(QString, panel);
        ChurnChart churn;
        RevenueChart revenue;
        SurvivalChart survival;
        const QHash<QString, ChartPanel *> panels {
            {u"churn"_s, &churn}, {u"revenue"_s, &revenue}, {u"survival"_s, &survival}};
        ChartPanel *chart = panels.value(panel);
        QVERIFY(chart);
        const auto setData = [&] {
            churn.setReport(smallReport());
            revenue.setReport(smallReport(true));
            survival.setCurves({curve(QString())});
        };
        setData();
        const QList<QPointer<QObject>> first = builtObjects(*chart);
        const qsizetype seriesCount = chart->chart()->series().size();
        QVERIFY(seriesCount >= 3);
        QVERIFY(panel == u"revenue"_s || !seriesOf<QAreaSeries>(chart->chart()).isEmpty());
        QList<QPointer<QObject>> last = first;
        for (int i = 0; i < 6; ++i) {
            if (i % 2 == 0)
                setData();
            else
                chart->setPalette(i % 4 == 1 ? darkPalette() : lightPalette());
            for (const QPointer<QObject> &object : std::as_const(last))
                QVERIFY2(object.isNull(), object ? object->metaObject()->className() : "");
            last = builtObjects(*chart);
            QCOMPARE(chart->chart()->series().size(), seriesCount);
            QCOMPARE(last.size(), first.size());
        }
    }

    void savesImages_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addRow("png") << u"png"_s;
        QTest::addRow("svg") << u"svg"_s;
    }

    void savesImages()
    {
        QFETCH(QString, suffix);
        ChurnChart churn;
        churn.setReport(smallReport());
        RevenueChart revenue;
        revenue.setReport(smallReport(true));
        SurvivalChart survival;
        survival.setCurves({curve(QString())});
        const QList<ChartPanel *> panels {&churn, &revenue, &survival};
        for (ChartPanel *panel : panels) {
            panel->resize(900, 450);
            panel->show();
            QVERIFY(QTest::qWaitForWindowExposed(panel));
            const QString path = m_dir.filePath(
                QString::fromLatin1(panel->metaObject()->className()).section(u"::"_s, -1) + u'.' + suffix);
            QVERIFY(panel->saveImage(path));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        QVERIFY(!churn.saveImage(m_dir.filePath(u"chart.unknown"_s)));
    }

    void exportedImagesSayWhereTheFiguresComeFrom()
    {
        ChurnChart churn;
        churn.setReport(smallReport());
        churn.resize(900, 450);
        churn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&churn));
        const int plain = churn.toPixmap().height();
        const QString context = u"shop.sqlite · 1/1/24 to 3/31/24 · as of 3/31/24"_s;
        churn.setExportContext(context);
        QCOMPARE(churn.exportContext(), context);
        // A line more for the context below the title; the chart itself keeps its size.
        QCOMPARE(churn.toPixmap().height(), plain + QFontMetrics(churn.font()).height());
        const QString svg = m_dir.filePath(u"context.svg"_s);
        QVERIFY(churn.saveImage(svg));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(u"as of 3/31/24"_s));
    }

    void heatmapColorGrowsAwayFromTheBase_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addRow("light") << lightPalette();
        QTest::addRow("dark") << darkPalette();
    }

    void heatmapColorGrowsAwayFromTheBase()
    {
        QFETCH(QPalette, palette);
        const QColor base = palette.color(QPalette::Base);
        QCOMPARE(heatmapColor(0.0, palette), base.toRgb());
        QCOMPARE(heatmapColor(-5.0, palette), heatmapColor(0.0, palette));
        QCOMPARE(heatmapColor(140.0, palette), heatmapColor(100.0, palette));
        const auto distance = [&base](const QColor &color) {
            return std::abs(color.redF() - base.redF()) + std::abs(color.greenF() - base.greenF())
                + std::abs(color.blueF() - base.blueF());
        };
        double previous = -1.0;
        for (int percent = 0; percent <= 100; percent += 5) {
            const QColor color = heatmapColor(percent, palette);
            QVERIFY2(distance(color) > previous, qPrintable(QString::number(percent)));
            previous = distance(color);
            const QColor text = heatmapTextColor(color, palette);
            QVERIFY2(contrastRatio(color, text) >= 4.5, qPrintable(QString::number(percent)));
        }
        // Readable text stays in the palette's text colour where that works, at the low end at least.
        QCOMPARE(heatmapTextColor(heatmapColor(10.0, palette), palette), palette.color(QPalette::Text));
    }

    void contrastRatioMatchesWcag_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        QTest::addRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::addRow("same") << QColor(120, 60, 30) << QColor(120, 60, 30) << 1.0;
        QTest::addRow("grey 767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    }

    void contrastRatioMatchesWcag()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        QVERIFY(std::abs(contrastRatio(a, b) - ratio) < 0.01);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
