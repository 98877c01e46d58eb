// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/charts/reasonschart.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace rd {

ReasonsChart::ReasonsChart(QWidget *parent)
    : ChartPanel(parent)
{
    refresh();
}

void ReasonsChart::setReasons(
    const QList<ReasonsPeriod> &rows, ReasonsSplit split, PeriodKind kind, Day asOf, const QString &currency)
{
    m_rows = rows;
    m_split = split;
    m_kind = kind;
    m_asOf = asOf;
    m_currency = currency;
    refresh();
}

void ReasonsChart::setMeasure(Measure measure)
{
    if (m_measure == measure)
        return;
    m_measure = measure;
    refresh();
}

void ReasonsChart::setShowSilent(bool show)
{
    if (m_showSilent == show)
        return;
    m_showSilent = show;
    refresh();
}

QColor ReasonsChart::reasonColour(ChurnReason reason, bool dark)
{
    switch (reason) {
    case ChurnReason::Price:
        return dark ? QColor(214, 120, 100) : QColor(190, 80, 60);
    case ChurnReason::Quality:
        return dark ? QColor(220, 170, 90) : QColor(215, 150, 50);
    case ChurnReason::Competitor:
        return dark ? QColor(160, 120, 190) : QColor(130, 90, 170);
    case ChurnReason::Usability:
        return dark ? QColor(100, 160, 200) : QColor(60, 120, 180);
    case ChurnReason::Service:
        return dark ? QColor(200, 120, 160) : QColor(180, 80, 130);
    case ChurnReason::NotNeeded:
        return dark ? QColor(110, 170, 130) : QColor(70, 140, 95);
    case ChurnReason::Closed:
        return dark ? QColor(130, 160, 160) : QColor(90, 130, 130);
    case ChurnReason::Other:
        return dark ? QColor(170, 150, 120) : QColor(150, 125, 90);
    case ChurnReason::Unknown:
        return dark ? QColor(105, 105, 105) : QColor(190, 190, 190);
    }
    return {};
}

QString ReasonsChart::rowCaption(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const ReasonsPeriod &reasons = m_rows.at(row);
    switch (m_split) {
    case ReasonsSplit::Period:
        if (reasons.period.end > m_asOf + 1)
            return tr("%1 (so far)", "a period the data ends inside").arg(periodCaption(reasons.period, m_kind));
        return periodCaption(reasons.period, m_kind);
    case ReasonsSplit::Total:
        return tr("All", "every lost customer of the range");
    case ReasonsSplit::Segment:
        return reasons.period.label.isEmpty() ? tr("(no segment)") : reasons.period.label;
    case ReasonsSplit::Plan:
        return reasons.period.label.isEmpty() ? tr("(no plan)") : reasons.period.label;
    }
    return {};
}

void ReasonsChart::rebuild()
{
    QChart *chart = this->chart();
    clearChart(chart);
    switch (m_split) {
    case ReasonsSplit::Period:
    case ReasonsSplit::Total:
        setTitle(m_measure == Measure::Customers ? tr("Lost customers by reason") : tr("Lost revenue by reason"));
        break;
    case ReasonsSplit::Segment:
        setTitle(m_measure == Measure::Customers ? tr("Lost customers by reason and segment")
                                                 : tr("Lost revenue by reason and segment"));
        break;
    case ReasonsSplit::Plan:
        setTitle(m_measure == Measure::Customers ? tr("Lost customers by reason and plan")
                                                 : tr("Lost revenue by reason and plan"));
        break;
    }
    const bool anyLost
        = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const ReasonsPeriod &row) { return row.lost > 0; });
    if (!anyLost) {
        showEmptyState(m_rows.isEmpty() ? tr("No data for this period. Import orders or choose a longer period.")
                                        : tr("No customer was lost in this range."));
        return;
    }
    showCharts();

    QStringList categories;
    for (int row = 0; row < m_rows.size(); ++row)
        categories.append(rowCaption(row));
    auto *stack = new QStackedBarSeries;
    stack->setBarWidth(0.6);
    double high = 0.0;
    QList<double> totals(m_rows.size(), 0.0);
    for (ChurnReason reason : ChurnReasons) {
        // A reason nobody gave in the range would only fill the legend.
        const bool given = std::any_of(m_rows.cbegin(), m_rows.cend(),
            [reason](const ReasonsPeriod &row) { return row.reasons.at(int(reason)).customers > 0; });
        if (!given || (reason == ChurnReason::Unknown && !m_showSilent))
            continue;
        auto *set = new QBarSet(ReasonClassifier::name(reason));
        set->setColor(reasonColour(reason, isDark()));
        set->setBorderColor(Qt::transparent);
        for (int row = 0; row < m_rows.size(); ++row) {
            const ReasonFigures &figures = m_rows.at(row).reasons.at(int(reason));
            const double value = m_measure == Measure::Customers ? double(figures.customers)
                                                                 : double(figures.lostRevenueMinor) / 100.0;
            set->append(value);
            totals[row] += value;
        }
        stack->append(set);
        connect(set, &QBarSet::hovered, this,
            [this, reason](bool state, int index) { state ? hoverBar(index, reason) : hideHover(); });
        connect(set, &QBarSet::clicked, this, [this, reason](int index) { emit barClicked(index, int(reason)); });
    }
    for (double total : std::as_const(totals))
        high = std::max(high, total);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    // The first periods of a file without contracts cannot have lost anyone yet: hatched, not an empty bar.
    int lastUnmeasurable = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).measurable)
            lastUnmeasurable = row;
    }
    if (m_split == ReasonsSplit::Period && lastUnmeasurable >= 0) {
        addNotMeasurableBand(chart, xAxis, valueAxis, lastUnmeasurable, 2.0 * std::max(high, 1.0),
            tr("Not measurable yet"),
            tr("Nobody can count as lost here yet: a customer without a contract counts as lost only after the churn "
               "window without a sign of life, and the data does not reach that far back."));
    }
    chart->addSeries(stack);
    stack->attachAxis(xAxis);
    stack->attachAxis(valueAxis);
    fitAxis(valueAxis, 0.0, high * 1.05, m_measure == Measure::Customers);
    styleAxis(xAxis, QString(), false);
    styleAxis(valueAxis,
        m_measure == Measure::Customers
            ? tr("Lost customers", "axis title")
            : tr("Lost revenue (%1, 12 months)", "axis title; %1 is the currency").arg(m_currency));
}

void ReasonsChart::hoverBar(int row, ChurnReason reason)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const ReasonsPeriod &reasons = m_rows.at(row);
    const ReasonFigures &figures = reasons.reasons.at(int(reason));
    showHover(tr("%1, %2: %3 of %4 lost customers (%5), who brought %6 in their last 12 months. Click to see them.")
                  .arg(ReasonClassifier::name(reason), rowCaption(row), countText(figures.customers),
                      countText(reasons.lost), figures.share ? percentText(*figures.share) : tr("—", "no value"),
                      moneyText(figures.lostRevenueMinor, m_currency)));
}

} // namespace rd
