// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <memory>

#include <QDialog>
#include <QFutureWatcher>

#include "dashboard/lighttuning.h"
#include "risk/contactoutcome.h"
#include "risk/reliability.h"

class QChartView;
class QLabel;
class QPushButton;
class QTableView;

namespace rd {

class BacktestTableModel;

// "How reliable is the light?": the hindsight check on the business's own history, in plain words, one
// small chart (the share that stopped buying per level, beside all customers) and the figures beside the
// naive orderings. The check runs off the UI thread when the dialog opens. With a database path, "Tune"
// searches the thresholds on the same history (LightTuning), stores them and checks again.
class ReliabilityDialog : public QDialog
{
    Q_OBJECT

public:
    ReliabilityDialog(std::shared_ptr<const Dataset> data, const LifetimeSettings &settings,
        const RiskThresholds &thresholds, const QString &databasePath = {}, QWidget *parent = nullptr);

    bool isBusy() const { return m_watcher.isRunning() || m_tuning.isRunning() || m_contactsWatcher.isRunning(); }
    QPushButton *tuneButton() const { return m_tune; }
    QString tuningText() const;
    // Searches the thresholds and stores them (the Tune button).
    void tune();
    BacktestTableModel *model() const { return m_model; }
    QString headline() const;
    // "Of the 40 customers contacted, 35 % bought again within 90 days, against 12 % …"; empty without a
    // database path.
    QString contactsText() const;
    QChartView *chartView() const { return m_chart; }

signals:
    void checked();
    void contactsChecked(); // the win-back line is there
    void tuned();
    // The database's thresholds changed: what the window shows must be scored again.
    void thresholdsChanged();

private:
    void runCheck();
    void showCheck(const ReliabilityCheck &check);
    void showContacts(const Result<ContactOutcome> &contacts);
    void showTuning(const Result<LightTuning::Outcome> &outcome);
    void showChart(const BacktestResult &result);

    std::shared_ptr<const Dataset> m_data;
    LifetimeSettings m_settings;
    RiskThresholds m_thresholds;
    QString m_databasePath;
    QFutureWatcher<ReliabilityCheck> m_watcher;
    // With a database path, whether the win-back messages logged in it worked: beside the check, on its own (a
    // scoring per day of contact), so that the check shows as soon as it is done.
    QFutureWatcher<Result<ContactOutcome>> m_contactsWatcher;
    QFutureWatcher<Result<LightTuning::Outcome>> m_tuning;
    BacktestTableModel *m_model;
    QLabel *m_headline;
    QLabel *m_comparison;
    QLabel *m_basis;
    QLabel *m_tuningText;
    QLabel *m_contacts;
    QPushButton *m_tune;
    QChartView *m_chart;
    QTableView *m_table;
};

} // namespace rd
