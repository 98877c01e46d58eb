// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include "metrics/benchmarks.h"
#include "metrics/report.h"
#include "views/charts/chartpanel.h"

namespace rd {

// The context bands to draw behind a report of the given period kind: one per metric and label, the one
// stated for that period kind where there is one, otherwise the first scaled to it.
QList<ContextBand> contextBandsFor(PeriodKind kind, const QList<ContextBand> &bands = contextBands());

// Churn rate per period (left axis) and retention rate (right axis) as lines, new and lost customers as
// bars on a count axis, the churn context bands as translucent areas behind them (context, not a verdict) and
// the retention target as a dotted line on the retention axis.
class ChurnChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit ChurnChart(QWidget *parent = nullptr);

    void setReport(const Report &report);
    const Report &report() const { return m_report; }
    // The bands and the retention target of the database's settings (by default the built-in ones).
    void setBands(const QList<ContextBand> &bands);

protected:
    void rebuild() override;

private:
    void hoverRate(int period, bool churn);
    void hoverCount(int period, bool lost);

    Report m_report;
    QList<ContextBand> m_bands = contextBands();
};

} // namespace rd
