// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include "metrics/report.h"
#include "views/charts/chartpanel.h"

namespace rd {

// Revenue per period as bars with net and gross revenue retention as lines; below it, when the data has
// contracts with recurring revenue, the movements of that revenue as stacked bars (gains above zero,
// losses below).
class RevenueChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit RevenueChart(QWidget *parent = nullptr);

    void setReport(const Report &report);
    const Report &report() const { return m_report; }
    QChart *movementsChart() const { return m_movements; }
    bool showsMovements() const; // the report has recurring revenue and its chart is shown

protected:
    void rebuild() override;

private:
    enum class Movement { New, Expansion, Reactivated, Contraction, Churned };

    void buildRevenue();
    void buildMovements();
    void hoverRevenue(int period);
    void hoverRetention(int period, bool net);
    void hoverMovement(int period, Movement movement);
    void hoverQuickRatio(int period);
    QString revenueAxisTitle(const QString &what) const;

    Report m_report;
    QChart *m_movements = nullptr;
    bool m_hasMovements = false;
};

} // namespace rd
