// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QAbstractTableModel>

#include "metrics/cohorts.h"

namespace rd {

// A cohort matrix as a table: one row per cohort (oldest first), one column per period since the cohort's
// start. Cells after the as-of day are empty. A heat map delegate colours the cells from RawValueRole.
class CohortTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole, // double percentage; invalid where there is none
        CountRole, // qint64: customers, or revenue in minor units in revenue mode
    };

    explicit CohortTableModel(QObject *parent = nullptr);

    // The currency only matters in revenue mode, where counts are amounts of money.
    void setMatrix(const CohortMatrix &matrix, const QString &currency = QString());
    const CohortMatrix &matrix() const { return m_matrix; }
    // The lowest and highest percentage after each cohort's first period (which is 100 % by definition), for
    // a colour scale spread over the values shown; {0, 100} when there are none, never an empty range.
    std::pair<double, double> percentRange() const { return m_range; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellToolTip(const CohortRow &row, int offset) const;
    QString offsetToolTip(int offset) const;

    CohortMatrix m_matrix;
    QString m_currency;
    int m_columns = 0;
    std::pair<double, double> m_range {0.0, 100.0};
};

} // namespace rd
