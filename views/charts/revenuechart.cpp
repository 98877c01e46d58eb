// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/charts/revenuechart.h"

#include <algorithm>
#include <array>
#include <utility>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace rd {

RevenueChart::RevenueChart(QWidget *parent)
    : ChartPanel(parent)
{
    m_movements = addChartView()->chart();
    refresh();
}

bool RevenueChart::showsMovements() const
{
    return m_hasMovements && !isEmpty();
}

void RevenueChart::setReport(const Report &report)
{
    m_report = report;
    refresh();
}

QString RevenueChart::revenueAxisTitle(const QString &what) const
{
    if (m_report.currency.isEmpty())
        return what;
    return tr("%1 (%2)", "axis title and currency").arg(what, m_report.currency);
}

void RevenueChart::rebuild()
{
    clearChart(chart());
    clearChart(m_movements);
    switch (m_report.options.kind) {
    case PeriodKind::Week:
        setTitle(tr("Revenue and revenue retention per week"));
        break;
    case PeriodKind::Month:
        setTitle(tr("Revenue and revenue retention per month"));
        break;
    case PeriodKind::Quarter:
        setTitle(tr("Revenue and revenue retention per quarter"));
        break;
    case PeriodKind::Year:
        setTitle(tr("Revenue and revenue retention per year"));
        break;
    }
    m_hasMovements = std::any_of(m_report.periods.cbegin(), m_report.periods.cend(),
        [](const PeriodFigures &figures) { return figures.mrrMinor > 0; });
    if (m_report.periods.isEmpty()) {
        showEmptyState(tr("No data for this period. Import orders or choose a longer period."));
        return;
    }
    showCharts();
    buildRevenue();
    setChartViewVisible(m_movements, m_hasMovements);
    if (m_hasMovements)
        buildMovements();
}

void RevenueChart::buildRevenue()
{
    QChart *chart = this->chart();
    const QList<PeriodFigures> &periods = m_report.periods;
    QStringList categories;
    auto *revenue = new QBarSet(tr("Revenue"));
    auto *nrr = new QLineSeries;
    nrr->setName(tr("Net revenue retention"));
    auto *grr = new QLineSeries;
    grr->setName(tr("Gross revenue retention"));
    double revenueLow = 0.0;
    double revenueHigh = 0.0;
    double rateLow = 100.0;
    double rateHigh = 100.0;
    for (int i = 0; i < periods.size(); ++i) {
        const PeriodFigures &figures = periods.at(i);
        categories.append(periodCaption(figures.period, m_report.options.kind));
        const double major = double(figures.revenueMinor) / 100.0;
        revenue->append(major);
        revenueLow = std::min(revenueLow, major); // refunds can outweigh sales
        revenueHigh = std::max(revenueHigh, major);
        for (const auto &[series, rate] : {std::pair {nrr, figures.nrr()}, std::pair {grr, figures.grr()}}) {
            if (rate) {
                series->append(i, *rate);
                rateLow = std::min(rateLow, *rate);
                rateHigh = std::max(rateHigh, *rate);
            }
        }
    }
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto *moneyAxis = new QValueAxis;
    auto *rateAxis = new QValueAxis;
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(moneyAxis, Qt::AlignLeft);
    chart->addAxis(rateAxis, Qt::AlignRight);

    auto *bars = new QBarSeries;
    bars->append(revenue);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    bars->attachAxis(xAxis);
    bars->attachAxis(moneyAxis);
    revenue->setColor(isDark() ? QColor(90, 120, 150) : QColor(160, 185, 210));
    revenue->setBorderColor(Qt::transparent);

    const QPen nrrPen(isDark() ? QColor(230, 170, 90) : QColor(170, 100, 20), 2.5);
    QPen grrPen(isDark() ? QColor(170, 200, 140) : QColor(60, 120, 60), 2.0);
    grrPen.setStyle(Qt::DashLine);
    for (const auto &[series, pen] : {std::pair {nrr, nrrPen}, std::pair {grr, grrPen}}) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(rateAxis);
        series->setPen(pen);
        series->setPointsVisible(m_report.periods.size() <= MaxMarkedPeriods);
    }

    fitAxis(moneyAxis, revenueLow * 1.1, revenueHigh * 1.1);
    fitAxis(rateAxis, std::max(0.0, rateLow - (rateHigh - rateLow) * 0.1), rateHigh + (rateHigh - rateLow) * 0.1);
    styleAxis(xAxis, QString(), false);
    styleAxis(moneyAxis, revenueAxisTitle(tr("Revenue", "axis title")));
    styleAxis(rateAxis, tr("Revenue retention (%)", "axis title"), false);

    connect(
        revenue, &QBarSet::hovered, this, [this](bool state, int index) { state ? hoverRevenue(index) : hideHover(); });
    connect(nrr, &QLineSeries::hovered, this,
        [this](const QPointF &point, bool state) { state ? hoverRetention(qRound(point.x()), true) : hideHover(); });
    connect(grr, &QLineSeries::hovered, this,
        [this](const QPointF &point, bool state) { state ? hoverRetention(qRound(point.x()), false) : hideHover(); });
}

void RevenueChart::buildMovements()
{
    switch (m_report.options.kind) {
    case PeriodKind::Week:
        m_movements->setTitle(tr("Changes in recurring revenue per week"));
        break;
    case PeriodKind::Month:
        m_movements->setTitle(tr("Changes in recurring revenue per month"));
        break;
    case PeriodKind::Quarter:
        m_movements->setTitle(tr("Changes in recurring revenue per quarter"));
        break;
    case PeriodKind::Year:
        m_movements->setTitle(tr("Changes in recurring revenue per year"));
        break;
    }
    const bool dark = isDark();
    struct Kind
    {
        Movement movement;
        QString name;
        QColor color;
        qint64 PeriodFigures::*field;
        int sign;
    };
    const std::array kinds {
        Kind {Movement::New, tr("New", "recurring revenue from new customers"),
            dark ? QColor(100, 160, 110) : QColor(90, 150, 100), &PeriodFigures::mrrNewMinor, 1},
        Kind {Movement::Expansion, tr("Expansion", "recurring revenue"),
            dark ? QColor(150, 200, 150) : QColor(160, 205, 165), &PeriodFigures::mrrExpansionMinor, 1},
        Kind {Movement::Reactivated, tr("Reactivated", "recurring revenue"),
            dark ? QColor(100, 170, 190) : QColor(120, 180, 200), &PeriodFigures::mrrReactivatedMinor, 1},
        Kind {Movement::Contraction, tr("Contraction", "recurring revenue"),
            dark ? QColor(220, 170, 110) : QColor(225, 175, 110), &PeriodFigures::mrrContractionMinor, -1},
        Kind {Movement::Churned, tr("Churned", "recurring revenue"), dark ? QColor(210, 110, 100) : QColor(180, 70, 60),
            &PeriodFigures::mrrChurnedMinor, -1},
    };
    const QList<PeriodFigures> &periods = m_report.periods;
    auto *stack = new QStackedBarSeries;
    stack->setBarWidth(0.6);
    double low = 0.0;
    double high = 0.0;
    QStringList categories;
    for (const PeriodFigures &figures : periods)
        categories.append(periodCaption(figures.period, m_report.options.kind));
    for (const Kind &kind : kinds) {
        auto *set = new QBarSet(kind.name);
        set->setColor(kind.color);
        set->setBorderColor(Qt::transparent);
        for (const PeriodFigures &figures : periods)
            set->append(kind.sign * double(figures.*kind.field) / 100.0);
        stack->append(set);
        connect(set, &QBarSet::hovered, this, [this, movement = kind.movement](bool state, int index) {
            state ? hoverMovement(index, movement) : hideHover();
        });
    }
    for (const PeriodFigures &figures : periods) {
        high = std::max(
            high, double(figures.mrrNewMinor + figures.mrrExpansionMinor + figures.mrrReactivatedMinor) / 100.0);
        low = std::min(low, -double(figures.mrrContractionMinor + figures.mrrChurnedMinor) / 100.0);
    }
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto *moneyAxis = new QValueAxis;
    m_movements->addAxis(xAxis, Qt::AlignBottom);
    m_movements->addAxis(moneyAxis, Qt::AlignLeft);
    m_movements->addSeries(stack);
    stack->attachAxis(xAxis);
    stack->attachAxis(moneyAxis);
    fitAxis(moneyAxis, low * 1.1, high * 1.1);
    styleAxis(xAxis, QString(), false);
    styleAxis(moneyAxis, revenueAxisTitle(tr("Change", "axis title: change in recurring revenue")));

    // The quick ratio on its own axis: what came in against what went out; a period that lost nothing has none.
    auto *quick = new QLineSeries;
    quick->setName(tr("Quick ratio (right axis)"));
    double quickHigh = 4.0;
    for (int i = 0; i < periods.size(); ++i) {
        if (const std::optional<double> ratio = periods.at(i).quickRatio()) {
            quick->append(i, *ratio);
            quickHigh = std::max(quickHigh, *ratio);
        }
    }
    auto *ratioAxis = new QValueAxis;
    m_movements->addAxis(ratioAxis, Qt::AlignRight);
    m_movements->addSeries(quick);
    quick->attachAxis(xAxis);
    quick->attachAxis(ratioAxis);
    quick->setPen(QPen(isDark() ? QColor(230, 230, 230) : QColor(40, 40, 40), 2.0));
    quick->setPointsVisible(true);
    fitAxis(ratioAxis, 0.0, std::min(quickHigh * 1.1, 50.0));
    styleAxis(ratioAxis, tr("Quick ratio", "axis title"), false);
    connect(quick, &QLineSeries::hovered, this,
        [this](const QPointF &point, bool state) { state ? hoverQuickRatio(qRound(point.x())) : hideHover(); });
}

void RevenueChart::hoverQuickRatio(int period)
{
    if (period < 0 || period >= m_report.periods.size())
        return;
    const PeriodFigures &figures = m_report.periods.at(period);
    showHover(tr("%1 (%2)\n%3", "period, dates, how the quick ratio was computed")
                  .arg(periodCaption(figures.period, m_report.options.kind), periodRange(figures.period),
                      ReportExplanation::quickRatio(figures, m_report.currency, locale())));
}

void RevenueChart::hoverRevenue(int period)
{
    if (period < 0 || period >= m_report.periods.size())
        return;
    const PeriodFigures &figures = m_report.periods.at(period);
    showHover(tr("%1 (%2)\nRevenue: %3\nfrom %Ln paying customer(s)", nullptr, int(figures.payingCustomers))
                  .arg(periodCaption(figures.period, m_report.options.kind), periodRange(figures.period),
                      moneyText(figures.revenueMinor, m_report.currency)));
}

void RevenueChart::hoverRetention(int period, bool net)
{
    if (period < 0 || period >= m_report.periods.size())
        return;
    const PeriodFigures &figures = m_report.periods.at(period);
    const std::optional<double> rate = net ? figures.nrr() : figures.grr();
    if (!rate)
        return;
    const QString name = net ? tr("Net revenue retention") : tr("Gross revenue retention");
    const QString how = net ? ReportExplanation::nrr(figures, m_report.currency, locale())
                            : ReportExplanation::grr(figures, m_report.currency, locale());
    showHover(tr("%1 (%2)\n%3: %4\n%5", "period, dates, figure name, value, how it was computed")
                  .arg(periodCaption(figures.period, m_report.options.kind), periodRange(figures.period), name,
                      percentText(*rate), how));
}

void RevenueChart::hoverMovement(int period, Movement movement)
{
    if (period < 0 || period >= m_report.periods.size())
        return;
    const PeriodFigures &figures = m_report.periods.at(period);
    QString line;
    switch (movement) {
    case Movement::New:
        line = tr("New recurring revenue: %1").arg(moneyText(figures.mrrNewMinor, m_report.currency));
        break;
    case Movement::Expansion:
        line = tr("Expansion: %1").arg(moneyText(figures.mrrExpansionMinor, m_report.currency));
        break;
    case Movement::Reactivated:
        line = tr("Reactivated: %1").arg(moneyText(figures.mrrReactivatedMinor, m_report.currency));
        break;
    case Movement::Contraction:
        line = tr("Contraction: %1").arg(moneyText(figures.mrrContractionMinor, m_report.currency));
        break;
    case Movement::Churned:
        line = tr("Churned: %1").arg(moneyText(figures.mrrChurnedMinor, m_report.currency));
        break;
    }
    showHover(tr("%1 (%2)\n%3\nMonthly recurring revenue: %4", "period, dates, movement, MRR")
                  .arg(periodCaption(figures.period, m_report.options.kind), periodRange(figures.period), line,
                      moneyText(figures.mrrMinor, m_report.currency)));
}

} // namespace rd
