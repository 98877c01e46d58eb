// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QWidget>

#include "metrics/cohorts.h"

class QComboBox;
class QLabel;
class QTableView;

namespace rd {

class CohortTableModel;
struct DashboardSnapshot;

// The cohort heat map: each cohort's share of customers (or of revenue) still there, by periods since it
// started, with a choice between the two.
class CohortPage : public QWidget
{
    Q_OBJECT

public:
    enum Mode { Customers, Revenue };

    explicit CohortPage(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    Mode mode() const;
    void setMode(Mode mode);
    CohortTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void showMatrix();

    CohortMatrix m_customers;
    CohortMatrix m_revenue;
    QString m_currency;
    QLabel *m_title;
    QComboBox *m_mode;
    CohortTableModel *m_model;
    QTableView *m_view;
};

} // namespace rd
