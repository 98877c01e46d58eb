// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "itemmodels/lostcustomersmodel.h"

#include <algorithm>

#include <QLocale>

#include "core/money.h"

namespace rd {

namespace {

Qt::Alignment alignment(int column)
{
    const bool right = column == LostCustomersModel::LostRevenueColumn || column == LostCustomersModel::LeftColumn;
    return (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

} // namespace

LostCustomersModel::LostCustomersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LostCustomersModel::setCustomers(std::shared_ptr<const Dataset> data, const ReasonsPeriod &row,
    std::optional<ChurnReason> only, const QString &currency)
{
    beginResetModel();
    m_data = std::move(data);
    m_only = only;
    m_currency = currency;
    m_rows.clear();
    if (m_data) {
        for (const ReasonFigures &figures : row.reasons) {
            if (only && figures.reason != *only)
                continue;
            for (const LostCustomer &lost : figures.lost) {
                if (lost.customer >= 0 && lost.customer < m_data->customerCount())
                    m_rows.append({lost, figures.reason});
            }
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return a.lost.left != b.lost.left ? a.lost.left < b.lost.left : a.lost.customer < b.lost.customer;
        });
    }
    endResetModel();
}

void LostCustomersModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LostCustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LostCustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LostCustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const MetricsCustomer &customer = m_data->customers.at(row.lost.customer);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, customer, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SaidColumn && !row.lost.said.isEmpty())
            return row.lost.said;
        if (index.column() == NameColumn) // elided in a narrow column
            return display(row, customer, NameColumn);
        return {};
    case Qt::TextAlignmentRole:
        return int(alignment(index.column()));
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return customer.name.isEmpty() ? customer.externalId : customer.name;
        case LeftColumn:
            return dateOf(row.lost.left);
        case ReasonColumn:
            return int(row.reason);
        case SaidColumn:
            return row.lost.said;
        case LostRevenueColumn:
            return row.lost.lostRevenueMinor;
        case SegmentColumn:
            return customer.segment;
        default:
            return {};
        }
    case CustomerIndexRole:
        return row.lost.customer;
    case CustomerIdRole:
        return customer.id;
    default:
        return {};
    }
}

QVariant LostCustomersModel::display(const Row &row, const MetricsCustomer &customer, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return customer.name.isEmpty() ? customer.externalId : customer.name;
    case LeftColumn:
        return locale.toString(dateOf(row.lost.left), QLocale::ShortFormat);
    case ReasonColumn:
        return ReasonClassifier::name(row.reason);
    case SaidColumn:
        return row.lost.said.isEmpty() ? tr("(said nothing)") : row.lost.said;
    case LostRevenueColumn:
        return formatMoney(row.lost.lostRevenueMinor, m_currency, locale);
    case SegmentColumn:
        return customer.segment;
    default:
        return {};
    }
}

QVariant LostCustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int(alignment(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Customer", "column header");
    case LeftColumn:
        return tr("Left on", "column header");
    case ReasonColumn:
        return tr("Reason", "column header");
    case SaidColumn:
        return tr("What they said", "column header");
    case LostRevenueColumn:
        return tr("Lost revenue\n(12 months)", "column header, two lines");
    case SegmentColumn:
        return tr("Segment", "column header");
    default:
        return {};
    }
}

} // namespace rd
