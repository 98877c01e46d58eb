// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QList>
#include <QWidget>

#include "dashboard/dashboardengine.h"

class QLabel;
class QPushButton;

namespace rd {

class ChurnChart;
class KpiTile;

// The morning glance: this period's figures against the previous one, and what is at risk now.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    const QList<KpiTile *> &tiles() const { return m_tiles; }
    // When the data ends inside a period, the page shows the last complete one; this shows the one so far
    // instead (and back). The choice stays until the user makes another.
    void showPeriodSoFar(bool soFar);
    bool showsPeriodSoFar() const { return m_soFar; }
    QString noteText() const;
    // What the figures leave out (guest orders without a customer); empty when they leave out nothing.
    QString coverageText() const;
    // What changed since the last look at the light; empty when there has been no look.
    QString watchText() const;

protected:
    void changeEvent(QEvent *event) override;

signals:
    // The empty database's "Import a File…" button.
    void importRequested();
    // A click on the red, yellow or green tile: show those customers.
    void riskLevelRequested(RiskLevel level);
    // The link to the customers who turned red or yellow since the last look.
    void newWarningsRequested();

private:
    void showFigures();
    void showWatch(const DashboardSnapshot &snapshot);
    void retranslate();

    QLabel *m_heading;
    QLabel *m_note; // a period the data ends inside, and the link to switch
    QLabel *m_coverage; // rows the figures cannot count
    QLabel *m_watch; // new warnings since the last look
    QLabel *m_riskHeading = nullptr;
    OverviewFigures m_complete;
    std::optional<OverviewFigures> m_partial;
    QString m_currency;
    Day m_asOf = NoDay;
    bool m_soFar = false;
    QList<KpiTile *> m_tiles; // the period's figures
    KpiTile *m_red;
    KpiTile *m_yellow;
    KpiTile *m_green;
    QWidget *m_figures;
    QWidget *m_riskFigures;
    QPushButton *m_import;
    ChurnChart *m_trend;
};

} // namespace rd
