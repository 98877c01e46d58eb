// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "itemmodels/tablecountsmodel.h"

#include <array>

#include <QLocale>

namespace rd {

namespace {
enum Row { CustomersRow, OrdersRow, ActivityRow, TicketsRow, SurveysRow, ImportsRow, RowCount };
}

TableCountsModel::TableCountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TableCountsModel::setCounts(const TableCounts &counts)
{
    m_counts = counts;
    emit dataChanged(index(0, CountColumn), index(RowCount - 1, CountColumn));
}

int TableCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int TableCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<Row>(index.row());
    const qint64 count = std::array{m_counts.customers, m_counts.orders,  m_counts.activity,
                                    m_counts.tickets,   m_counts.surveys, m_counts.imports}[row];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn)
            return QLocale().toString(count);
        switch (row) {
        case CustomersRow:
            return tr("Customers");
        case OrdersRow:
            return tr("Orders and payments");
        case ActivityRow:
            return tr("Activity events");
        case TicketsRow:
            return tr("Support tickets");
        case SurveysRow:
            return tr("Survey answers");
        case ImportsRow:
            return tr("Imported files");
        case RowCount:
            break;
        }
        return {};
    case RawValueRole:
        return index.column() == CountColumn ? QVariant(count) : QVariant(index.row());
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant TableCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Data", "column header");
    case CountColumn:
        return tr("Records", "column header");
    default:
        return {};
    }
}

} // namespace rd
