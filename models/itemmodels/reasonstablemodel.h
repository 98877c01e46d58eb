// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QAbstractTableModel>

#include "risk/leavingreasons.h"

namespace rd {

// Why customers left, as a table: one row per reason category (in ChurnReasons order, the silent ones last) for
// one row of the reasons report (a period, a segment, or the whole range): how many, their share of the lost
// customers and the revenue they brought in their last 12 months.
class ReasonsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ReasonColumn, CustomersColumn, ShareColumn, LostRevenueColumn, ColumnCount };
    // RawValueRole per column: Reason int(ChurnReason), Customers qint64, Share double (invalid when nobody was
    // lost), LostRevenue qint64 (minor units). ReasonRole is the row's int(ChurnReason) on every column.
    enum Role { RawValueRole = Qt::UserRole, ReasonRole };

    explicit ReasonsTableModel(QObject *parent = nullptr);

    void setReasons(const ReasonsPeriod &reasons, const QString &currency);
    const ReasonsPeriod &reasons() const { return m_reasons; }
    // The texts in the current language and locale.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ReasonFigures &figures, int column) const;

    ReasonsPeriod m_reasons;
    QString m_currency;
};

} // namespace rd
