// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include "metrics/survival.h"
#include "views/charts/chartpanel.h"

class QLabel;
class QStandardItemModel;
class QTableView;

namespace rd {

// Kaplan-Meier curves: how many customers are still customers how long after they started. The first
// curve gets its 95 % band and a mark at its median; below the chart a table gives survival and the
// number still at risk at the milestones (3, 6, 12 and 24 months) of every curve.
class SurvivalChart : public ChartPanel
{
    Q_OBJECT

public:
    // The milestone table is a plain QStandardItemModel: display text plus the raw number in RawValueRole.
    enum MilestoneColumn { GroupColumn, TimeColumn, SurvivalColumn, AtRiskColumn, MilestoneColumnCount };
    enum MilestoneRole { RawValueRole = Qt::UserRole };

    explicit SurvivalChart(QWidget *parent = nullptr);

    // The overall curve first, or one curve per segment.
    void setCurves(const QList<SurvivalCurve> &curves);
    // The churn window of customers without a contract (0: every customer has one). Nobody can be lost
    // sooner, so the curves cannot fall before it and drop at it: a note below the chart says so.
    void setChurnWindow(int days);
    QString noteText() const;
    const QList<SurvivalCurve> &curves() const { return m_curves; }
    QStandardItemModel *milestoneModel() const { return m_milestones; }
    QTableView *milestoneTable() const { return m_table; }

protected:
    void rebuild() override;

private:
    QString curveName(const SurvivalCurve &curve) const;
    void fillMilestones();
    void hoverCurve(int curve, double months);

    QList<SurvivalCurve> m_curves;
    QStandardItemModel *m_milestones = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace rd
