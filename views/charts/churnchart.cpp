// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/charts/churnchart.h"

#include <algorithm>
#include <array>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace rd {

QList<ContextBand> contextBandsFor(PeriodKind kind, const QList<ContextBand> &bands)
{
    QList<ContextBand> result;
    for (const ContextBand &band : bands) {
        const auto same = std::find_if(result.begin(), result.end(), [&band](const ContextBand &chosen) {
            return chosen.metric == band.metric && qstrcmp(chosen.label, band.label) == 0;
        });
        if (same == result.end())
            result.append(scaledBand(band, kind));
        else if (band.per == kind)
            *same = band;
    }
    return result;
}

ChurnChart::ChurnChart(QWidget *parent)
    : ChartPanel(parent)
{
    refresh();
}

void ChurnChart::setReport(const Report &report)
{
    m_report = report;
    refresh();
}

void ChurnChart::setBands(const QList<ContextBand> &bands)
{
    m_bands = bands;
    refresh();
}

void ChurnChart::rebuild()
{
    QChart *chart = this->chart();
    clearChart(chart);
    const PeriodKind kind = m_report.options.kind;
    switch (kind) {
    case PeriodKind::Week:
        setTitle(tr("Churn and retention per week"));
        break;
    case PeriodKind::Month:
        setTitle(tr("Churn and retention per month"));
        break;
    case PeriodKind::Quarter:
        setTitle(tr("Churn and retention per quarter"));
        break;
    case PeriodKind::Year:
        setTitle(tr("Churn and retention per year"));
        break;
    }
    const QList<PeriodFigures> &periods = m_report.periods;
    if (periods.isEmpty()) {
        showEmptyState(tr("No data for this period. Import orders or choose a longer period."));
        return;
    }
    showCharts();

    QStringList categories;
    auto *newSet = new QBarSet(tr("New customers"));
    auto *lostSet = new QBarSet(tr("Lost customers"));
    auto *churn = new QLineSeries;
    churn->setName(tr("Churn rate"));
    auto *retention = new QLineSeries;
    retention->setName(tr("Retention rate"));
    double churnHigh = 0.0;
    double retentionLow = 100.0;
    qint64 countHigh = 0;
    int lastUnmeasurable = -1;
    for (int i = 0; i < periods.size(); ++i) {
        const PeriodFigures &figures = periods.at(i);
        // A period the data ends inside says so, wherever it appears.
        categories.append(figures.partial
                ? tr("%1 (so far)", "a period the data ends inside").arg(periodCaption(figures.period, kind))
                : periodCaption(figures.period, kind));
        if (!figures.measurable)
            lastUnmeasurable = i;
        newSet->append(double(figures.newCustomers));
        lostSet->append(double(figures.lostCustomers));
        countHigh = std::max({countHigh, figures.newCustomers, figures.lostCustomers});
        // Periods without customers at their start have no rate: the line skips them.
        if (const auto rate = figures.churnRate()) {
            churn->append(i, *rate);
            churnHigh = std::max(churnHigh, *rate);
        }
        if (const auto rate = figures.retentionRate()) {
            retention->append(i, *rate);
            retentionLow = std::min(retentionLow, *rate);
        }
    }

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto *churnAxis = new QValueAxis;
    auto *retentionAxis = new QValueAxis;
    auto *countAxis = new QValueAxis;
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(churnAxis, Qt::AlignLeft);
    chart->addAxis(countAxis, Qt::AlignRight);
    chart->addAxis(retentionAxis, Qt::AlignRight);

    // Context first, so that it lies behind the figures.
    const double left = -0.5;
    const double right = double(periods.size()) - 0.5;
    // Where churn cannot be measured yet, a hatched band instead of a rate of 0 %.
    if (lastUnmeasurable >= 0) {
        // Far above any churn rate: the plot area clips it to the axis' top, whatever that is.
        addNotMeasurableBand(chart, xAxis, churnAxis, lastUnmeasurable, 1e6, tr("Churn not measurable yet"),
            tr("Churn cannot be measured here yet: a customer without a contract counts as lost only after the churn "
               "window without a sign of life, and the data does not reach that far back. The rate would read 0 % "
               "for want of history."));
    }
    int bandIndex = 0;
    // The churn bands as areas on the churn axis; the retention target as a line on the retention axis (an
    // area there would be read against the left-hand axis).
    QLineSeries *target = nullptr;
    for (const ContextBand &band : contextBandsFor(kind, m_bands)) {
        if (band.metric == BandMetric::RetentionRate) {
            target = new QLineSeries;
            // The target as the settings state it (per year), and scaled to the period shown.
            const auto stated = std::find_if(m_bands.cbegin(), m_bands.cend(),
                [&band](const ContextBand &candidate) { return qstrcmp(candidate.id, band.id) == 0; });
            target->setName(stated == m_bands.cend() || stated->per == kind
                    ? tr("Retention target: %1").arg(percentText(band.low * 100.0))
                    : tr("Retention target: %1 (%2 a year)")
                          .arg(percentText(band.low * 100.0), percentText(stated->low * 100.0)));
            target->append({QPointF(left, band.low * 100.0), QPointF(right, band.low * 100.0)});
            retentionLow = std::min(retentionLow, band.low * 100.0);
            continue;
        }
        if (band.metric != BandMetric::ChurnRate)
            continue;
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append({QPointF(left, band.high * 100.0), QPointF(right, band.high * 100.0)});
        lower->append({QPointF(left, band.low * 100.0), QPointF(right, band.low * 100.0)});
        auto *area = new QAreaSeries(upper, lower);
        // QAreaSeries does not own its boundary lines: as its children they go when clearChart() deletes it.
        upper->setParent(area);
        lower->setParent(area);
        area->setName(tr("Context: %1", "background band in a chart").arg(contextBandLabel(band)));
        chart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(churnAxis);
        // Greys and a muted green, each faint enough that the lines stay in front.
        static const std::array<QColor, 2> tones {QColor(120, 150, 120), QColor(150, 130, 100)};
        QColor fill = tones[std::size_t(bandIndex++) % tones.size()];
        fill.setAlphaF(isDark() ? 0.30f : 0.22f);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        churnHigh = std::max(churnHigh, band.high * 100.0);
    }

    auto *bars = new QBarSeries;
    bars->append(newSet);
    bars->append(lostSet);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    bars->attachAxis(xAxis);
    bars->attachAxis(countAxis);
    newSet->setColor(isDark() ? QColor(96, 140, 110) : QColor(150, 190, 160));
    lostSet->setColor(isDark() ? QColor(150, 100, 90) : QColor(215, 160, 150));
    newSet->setBorderColor(Qt::transparent);
    lostSet->setBorderColor(Qt::transparent);

    for (QLineSeries *line : {churn, retention}) {
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->setPointsVisible(m_report.periods.size() <= MaxMarkedPeriods);
    }
    churn->attachAxis(churnAxis);
    retention->attachAxis(retentionAxis);
    if (target) {
        chart->addSeries(target);
        target->attachAxis(xAxis);
        target->attachAxis(retentionAxis);
        QPen targetPen(isDark() ? QColor(120, 170, 230) : QColor(40, 90, 160), 1.5, Qt::DotLine);
        target->setPen(targetPen);
    }
    QPen churnPen(isDark() ? QColor(240, 130, 100) : QColor(180, 60, 40), 2.5);
    churn->setPen(churnPen);
    QPen retentionPen(isDark() ? QColor(120, 170, 230) : QColor(40, 90, 160), 2.0);
    retentionPen.setStyle(Qt::DashLine);
    retention->setPen(retentionPen);

    fitAxis(churnAxis, 0.0, churnHigh * 1.1);
    fitAxis(retentionAxis, std::max(0.0, retentionLow - (100.0 - retentionLow) * 0.1), 100.0);
    fitAxis(countAxis, 0.0, double(countHigh) * 1.1, true);
    styleAxis(xAxis, QString(), false);
    styleAxis(churnAxis, tr("Churn rate (%)", "axis title"));
    styleAxis(retentionAxis, tr("Retention rate (%)", "axis title"), false);
    styleAxis(countAxis, tr("Customers", "axis title: number of customers"), false);
    churnAxis->setLinePenColor(churnPen.color());
    retentionAxis->setLinePenColor(retentionPen.color());

    connect(churn, &QLineSeries::hovered, this,
        [this](const QPointF &point, bool state) { state ? hoverRate(qRound(point.x()), true) : hideHover(); });
    connect(retention, &QLineSeries::hovered, this,
        [this](const QPointF &point, bool state) { state ? hoverRate(qRound(point.x()), false) : hideHover(); });
    connect(newSet, &QBarSet::hovered, this,
        [this](bool state, int index) { state ? hoverCount(index, false) : hideHover(); });
    connect(lostSet, &QBarSet::hovered, this,
        [this](bool state, int index) { state ? hoverCount(index, true) : hideHover(); });
}

void ChurnChart::hoverRate(int period, bool churn)
{
    if (period < 0 || period >= m_report.periods.size())
        return;
    const PeriodFigures &figures = m_report.periods.at(period);
    const std::optional<double> rate = churn ? figures.churnRate() : figures.retentionRate();
    if (!rate)
        return;
    const QString name = churn ? tr("Churn rate") : tr("Retention rate");
    const QString how
        = churn ? ReportExplanation::churnRate(figures, locale()) : ReportExplanation::retentionRate(figures, locale());
    showHover(tr("%1 (%2)\n%3: %4\n%5", "period, dates, figure name, value, how it was computed")
                  .arg(periodCaption(figures.period, m_report.options.kind), periodRange(figures.period), name,
                      percentText(*rate), how));
}

void ChurnChart::hoverCount(int period, bool lost)
{
    if (period < 0 || period >= m_report.periods.size())
        return;
    const PeriodFigures &figures = m_report.periods.at(period);
    const QString value = lost ? tr("%Ln customer(s) lost", nullptr, int(figures.lostCustomers))
                               : tr("%Ln new customer(s)", nullptr, int(figures.newCustomers));
    showHover(tr("%1 (%2)\n%3", "period, dates, value")
                  .arg(periodCaption(figures.period, m_report.options.kind), periodRange(figures.period), value));
}

} // namespace rd
