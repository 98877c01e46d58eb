// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QAbstractTableModel>

#include "storage/database.h"

namespace rd {

// How many records each table of a database holds: one row per kind of data.
class TableCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole };

    explicit TableCountsModel(QObject *parent = nullptr);

    void setCounts(const TableCounts &counts);
    TableCounts counts() const { return m_counts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TableCounts m_counts;
};

} // namespace rd
