// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QAbstractTableModel>

#include "import/importer.h"

namespace rd {

// The rows an import turned away: line, column, value and the reason, in file order.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ColumnColumn, ValueColumn, ReasonColumn, ColumnCount };
    enum Role {
        LineRole = Qt::UserRole, // qint64: the physical line in the file
    };

    explicit RejectedRowsModel(QObject *parent = nullptr);

    void setRejects(const QList<RejectedRow> &rejects);
    const QList<RejectedRow> &rejects() const { return m_rejects; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRow> m_rejects;
};

} // namespace rd
