// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "itemmodels/rejectedrowsmodel.h"

namespace rd {

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RejectedRowsModel::setRejects(const QList<RejectedRow> &rejects)
{
    beginResetModel();
    m_rejects = rejects;
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejects.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRow &row = m_rejects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LineColumn:
            // As an editor shows line numbers: no thousands separator.
            return QString::number(row.line);
        case ColumnColumn:
            return row.column;
        case ValueColumn:
            return row.value;
        case ReasonColumn:
            return row.reason;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return int((index.column() == LineColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case LineRole:
        return row.line;
    default:
        return {};
    }
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line", "column header");
    case ColumnColumn:
        return tr("Column", "column header");
    case ValueColumn:
        return tr("Value", "column header");
    case ReasonColumn:
        return tr("Reason", "column header");
    default:
        return {};
    }
}

} // namespace rd
