// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QWidget>

#include "core/result.h"
#include "metrics/cohorts.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rd {

class CohortTableModel;
class HeatmapDelegate;
class HeatmapLegend;
struct DashboardSnapshot;

// The cohort heat map, by periods since each cohort started: the share still a customer, the share who
// came back (ordered or were active: for a shop the telling one, as "still a customer" holds everyone for
// the churn window), or revenue against the first period.
class CohortPage : public QWidget
{
    Q_OBJECT

public:
    enum Mode { Customers, Returning, Revenue };

    explicit CohortPage(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    Mode mode() const;
    void setMode(Mode mode);
    CohortTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    HeatmapLegend *legend() const { return m_legend; }
    // Writes the heat map as the file's suffix says: .png or .svg (the picture, with its legend), .xlsx or
    // .csv (the table, percentages as numbers, formula-safe).
    Result<void> exportTo(const QString &path) const;
    void chooseExportFile();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMatrix();

    CohortMatrix m_customers;
    CohortMatrix m_returning;
    CohortMatrix m_revenue;
    QString m_currency;
    QLabel *m_title;
    QComboBox *m_mode;
    QPushButton *m_export;
    CohortTableModel *m_model;
    QTableView *m_view;
    HeatmapDelegate *m_delegate;
    HeatmapLegend *m_legend;
};

} // namespace rd
