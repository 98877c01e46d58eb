// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include "risk/leavingreasons.h"
#include "views/charts/chartpanel.h"

namespace rd {

// Why customers leave: the lost customers of each row (a period, a segment or a plan) as stacked bars, one colour
// per reason, the silent ones (no reason known) in grey on top. Counts customers or the revenue they brought.
// A click on a bar says which row and reason: the customers behind it.
class ReasonsChart : public ChartPanel
{
    Q_OBJECT

public:
    enum class Measure { Customers, LostRevenue };

    explicit ReasonsChart(QWidget *parent = nullptr);

    // The rows as splitReasons() gives them; kind names the periods of a Period split; a period that ends after
    // asOf is marked as so far.
    void setReasons(
        const QList<ReasonsPeriod> &rows, ReasonsSplit split, PeriodKind kind, Day asOf, const QString &currency);
    const QList<ReasonsPeriod> &rows() const { return m_rows; }
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    // Whether the customers who said nothing stack on top (they are most of them, and dwarf the reasons given).
    void setShowSilent(bool show);
    bool showsSilent() const { return m_showSilent; }
    // The caption of a row as the chart's axis shows it.
    QString rowCaption(int row) const;
    // The colour of a reason's bars, on a light or a dark background.
    static QColor reasonColour(ChurnReason reason, bool dark);

signals:
    void barClicked(int row, int reason); // reason: int(ChurnReason)

protected:
    void rebuild() override;

private:
    void hoverBar(int row, ChurnReason reason);

    QList<ReasonsPeriod> m_rows;
    ReasonsSplit m_split = ReasonsSplit::Period;
    PeriodKind m_kind = PeriodKind::Month;
    Day m_asOf = NoDay;
    QString m_currency;
    Measure m_measure = Measure::Customers;
    bool m_showSilent = true;
};

} // namespace rd
