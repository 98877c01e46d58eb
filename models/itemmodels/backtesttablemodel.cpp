// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "itemmodels/backtesttablemodel.h"

#include <QLocale>

namespace rd {

namespace {

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

BacktestTableModel::BacktestTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BacktestTableModel::setResult(const BacktestResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void BacktestTableModel::clear()
{
    beginResetModel();
    m_result.reset();
    endResetModel();
}

int BacktestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : RowCount;
}

int BacktestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BacktestTableModel::rawValue(int row, int column) const
{
    const BacktestResult &r = *m_result;
    if (row <= GreenRow) {
        const BacktestLevel &level = r.level(RiskLevel(GreenRow - row));
        switch (column) {
        case CustomersColumn:
            return level.customers;
        case ShareColumn:
            return level.share;
        case StoppedColumn:
            return level.customers > 0 ? QVariant(level.stopped) : QVariant();
        default:
            return {};
        }
    }
    const BacktestBaseline light {r.auc, r.topDecilePrecision};
    const BacktestBaseline &ordering = row == LightRow ? light
        : row == RecencyRow                            ? r.recency
        : row == FrequencyRow                          ? r.frequency
                                                       : r.pAlive;
    switch (column) {
    case CustomersColumn:
        return r.customers;
    case StoppedColumn:
        return r.baseRate;
    case AucColumn:
        return optional(ordering.auc);
    case TopDecileColumn:
        return optional(ordering.topDecilePrecision);
    default:
        return {};
    }
}

QVariant BacktestTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_result)
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == LevelRole)
        return row <= GreenRow ? QVariant(GreenRow - row) : QVariant();
    if (role == RawValueRole)
        return column == GroupColumn ? QVariant() : rawValue(row, column);
    if (role == Qt::TextAlignmentRole)
        return column == GroupColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == AucColumn) {
        return tr("The chance that a customer who stopped buying comes before one who kept buying in this order: "
                  "1 is perfect, 0.5 is chance.");
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == GroupColumn) {
        switch (row) {
        case RedRow:
            return RiskText::level(RiskLevel::Red);
        case YellowRow:
            return RiskText::level(RiskLevel::Yellow);
        case GreenRow:
            return RiskText::level(RiskLevel::Green);
        case LightRow:
            return tr("The light (level, then score)");
        case RecencyRow:
            return tr("Days since the last purchase");
        case FrequencyRow:
            return tr("Number of purchase days");
        case AliveRow:
            return tr("P(alive) of the purchase model");
        }
        return {};
    }
    const QVariant value = rawValue(row, column);
    if (!value.isValid())
        return {};
    const QLocale locale;
    if (column == CustomersColumn)
        return locale.toString(value.toLongLong());
    if (column == AucColumn)
        return locale.toString(value.toDouble(), 'f', 2);
    return QString(locale.toString(value.toDouble() * 100.0, 'f', 0) + QStringLiteral("\u00a0%"));
}

QVariant BacktestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return tr("Level or ordering");
    case CustomersColumn:
        return tr("Customers");
    case ShareColumn:
        return tr("Share of the list");
    case StoppedColumn:
        return tr("Stopped buying");
    case AucColumn:
        return tr("AUC");
    case TopDecileColumn:
        return tr("Stopped among the first 10 %");
    }
    return {};
}

} // namespace rd
