// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QDate>
#include <QToolBar>

#include "metrics/periods.h"

class QComboBox;
class QDateEdit;
class QLabel;

namespace rd {

struct DashboardSnapshot;

// What the window shows: the period length, the first day of the charts, the as-of day and the customers
// (by segment, plan and country; a filter shows only where the data has values for it). The user's choices
// come out as signals; what a snapshot was computed for goes in quietly.
class DashboardToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit DashboardToolBar(QWidget *parent = nullptr);

    PeriodKind period() const;
    QDate from() const;
    QDate asOf() const;
    CustomerFilter filter() const;
    // Shows the days and segments of a computed snapshot, without emitting anything.
    void showSnapshot(const DashboardSnapshot &snapshot);

protected:
    void changeEvent(QEvent *event) override;

signals:
    // The period, the as-of day or the customers were chosen.
    void changed();
    void fromChanged(const QDate &from);

private:
    void retranslate();

    QComboBox *m_period;
    QLabel *m_periodLabel;
    QLabel *m_fromLabel;
    QLabel *m_asOfLabel;
    QDateEdit *m_from;
    QDateEdit *m_asOf;
    struct Filter
    {
        QComboBox *combo;
        QLabel *text;
        QAction *label; // the toolbar's actions for the label and the combo box, hidden together
        QAction *field;
    };
    Filter addFilter();
    void showChoices(const Filter &filter, const QStringList &values);

    Filter m_segment;
    Filter m_plan;
    Filter m_country;
    bool m_updating = false;
};

} // namespace rd
