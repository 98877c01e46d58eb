// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <memory>

#include <QDialog>
#include <QFutureWatcher>

#include "risk/reliability.h"

class QChartView;
class QLabel;
class QTableView;

namespace rd {

class BacktestTableModel;

// "How reliable is the light?": the hindsight check on the business's own history, in plain words, one
// small chart (the share that stopped buying per level, beside all customers) and the figures beside the
// naive orderings. The check runs off the UI thread when the dialog opens.
class ReliabilityDialog : public QDialog
{
    Q_OBJECT

public:
    ReliabilityDialog(std::shared_ptr<const Dataset> data, const LifetimeSettings &settings,
        const RiskThresholds &thresholds, QWidget *parent = nullptr);

    bool isBusy() const { return m_watcher.isRunning(); }
    BacktestTableModel *model() const { return m_model; }
    QString headline() const;
    QChartView *chartView() const { return m_chart; }

signals:
    void checked();

private:
    void showCheck(const ReliabilityCheck &check);
    void showChart(const BacktestResult &result);

    QFutureWatcher<ReliabilityCheck> m_watcher;
    BacktestTableModel *m_model;
    QLabel *m_headline;
    QLabel *m_comparison;
    QLabel *m_basis;
    QChartView *m_chart;
    QTableView *m_table;
};

} // namespace rd
