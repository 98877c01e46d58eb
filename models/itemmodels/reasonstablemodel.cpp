// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "itemmodels/reasonstablemodel.h"

#include <QLocale>

#include "core/money.h"

namespace rd {

ReasonsTableModel::ReasonsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReasonsTableModel::setReasons(const ReasonsPeriod &reasons, const QString &currency)
{
    beginResetModel();
    m_reasons = reasons;
    m_currency = currency;
    endResetModel();
}

void ReasonsTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReasonsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reasons.reasons.size());
}

int ReasonsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReasonsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReasonFigures &figures = m_reasons.reasons.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(figures, index.column());
    case Qt::TextAlignmentRole:
        return int((index.column() == ReasonColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (figures.reason == ChurnReason::Unknown)
            return tr("Lost customers who gave no reason: no cancellation reason and no exit survey near the day "
                      "they left. Most customers who leave say nothing.");
        if (figures.reason == ChurnReason::Other)
            return tr("Lost customers whose reason matched no keyword. Add words to a category in the settings.");
        return tr("Keywords: %1").arg(ReasonClassifier::builtInKeywords(figures.reason).join(u", "));
    case RawValueRole:
        switch (index.column()) {
        case ReasonColumn:
            return int(figures.reason);
        case CustomersColumn:
            return figures.customers;
        case ShareColumn:
            return figures.share ? QVariant(*figures.share) : QVariant();
        case LostRevenueColumn:
            return figures.lostRevenueMinor;
        default:
            return {};
        }
    case ReasonRole:
        return int(figures.reason);
    default:
        return {};
    }
}

QVariant ReasonsTableModel::display(const ReasonFigures &figures, int column) const
{
    const QLocale locale;
    switch (column) {
    case ReasonColumn:
        return ReasonClassifier::name(figures.reason);
    case CustomersColumn:
        return locale.toString(figures.customers);
    case ShareColumn:
        return figures.share ? tr("%1 %", "percentage").arg(locale.toString(*figures.share, 'f', 1))
                             : tr("—", "no value");
    case LostRevenueColumn:
        return formatMoney(figures.lostRevenueMinor, m_currency, locale);
    default:
        return {};
    }
}

QVariant ReasonsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section == ReasonColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == LostRevenueColumn)
        return tr("What the customers lost for this reason brought in the 12 months before they left (12 monthly "
                  "amounts of a contract where that is more)");
    if (role == Qt::ToolTipRole && section == ShareColumn)
        return tr("Share of the lost customers");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReasonColumn:
        return tr("Reason", "column header");
    case CustomersColumn:
        return tr("Customers lost", "column header");
    case ShareColumn:
        return tr("Share", "column header");
    case LostRevenueColumn:
        return tr("Lost revenue\n(12 months)", "column header, two lines");
    default:
        return {};
    }
}

} // namespace rd
