// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "itemmodels/growingtablemodel.h"

#include <QLocale>

#include "core/money.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QVariant alignment(int column)
{
    switch (column) {
    case GrowingTableModel::KeyAccountColumn:
        return int(Qt::AlignCenter);
    case GrowingTableModel::IncreaseColumn:
    case GrowingTableModel::Value12mColumn:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

} // namespace

GrowingTableModel::GrowingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GrowingTableModel::setGrowing(
    std::shared_ptr<const Dataset> data, QList<GrowingCustomer> growing, QString currency)
{
    beginResetModel();
    m_data = std::move(data);
    m_growing = std::move(growing);
    m_currency = std::move(currency);
    m_rows.clear();
    if (!m_data)
        m_growing.clear();
    m_growing.removeIf([this](const GrowingCustomer &found) {
        return found.customer < 0 || found.customer >= m_data->customerCount();
    });
    m_rows.resize(m_growing.size());
    for (qsizetype i = 0; i < m_growing.size(); ++i) {
        const MetricsCustomer &customer = m_data->customers.at(m_growing.at(i).customer);
        m_rows[i].name = customer.name.isEmpty() ? customer.externalId : customer.name;
        describe(m_growing.at(i), m_rows[i]);
    }
    endResetModel();
}

void GrowingTableModel::describe(const GrowingCustomer &growing, Row &row) const
{
    const QLocale locale;
    QStringList texts;
    for (const GrowthReason &reason : growing.reasons)
        texts.append(GrowthText::reason(reason, m_currency, locale));
    row.reasons = texts.join(u'\n');
    row.searchText
        = QString(row.name + u'\n' + m_data->customers.at(growing.customer).externalId + u'\n' + row.reasons).toLower();
}

void GrowingTableModel::retranslate()
{
    for (qsizetype i = 0; i < m_growing.size(); ++i)
        describe(m_growing.at(i), m_rows[i]);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GrowingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_growing.size());
}

int GrowingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GrowingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GrowingCustomer &growing = m_growing.at(index.row());
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(growing, row, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == KeyAccountColumn)
            return growing.keyAccount ? tr("Key account") : QString();
        return display(growing, row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == KeyAccountColumn)
            return growing.keyAccount ? RiskTableModel::keyAccountExplanation() : QVariant();
        if (index.column() == StatusColumn)
            return tr("The traffic light's colour: growing spending does not make an open complaint go away.");
        return row.reasons;
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case RawValueRole:
        return rawValue(growing, row, index.column());
    case RiskLevelRole:
        return int(growing.level);
    case CustomerIndexRole:
        return growing.customer;
    case CustomerIdRole:
        return m_data->customers.at(growing.customer).id;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant GrowingTableModel::display(const GrowingCustomer &growing, const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case StatusColumn:
        return RiskText::level(growing.level);
    case NameColumn:
        return row.name;
    case KeyAccountColumn:
        return growing.keyAccount ? u"\u2605"_s : QString();
    case IncreaseColumn:
        return growing.increaseMinor > 0 ? formatMoney(growing.increaseMinor, m_currency, locale) : tr("—", "no value");
    case Value12mColumn:
        return formatMoney(growing.value12mMinor, m_currency, locale);
    case ReasonsColumn:
        return QString(row.reasons).replace(u'\n', u"; "_s);
    case SegmentColumn:
        return m_data->customers.at(growing.customer).segment;
    default:
        return {};
    }
}

QVariant GrowingTableModel::rawValue(const GrowingCustomer &growing, const Row &row, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(growing.level);
    case NameColumn:
        return row.name;
    case KeyAccountColumn:
        return growing.keyAccount;
    case IncreaseColumn:
        return growing.increaseMinor;
    case Value12mColumn:
        return growing.value12mMinor;
    case ReasonsColumn:
        return growing.reasons.isEmpty() ? -1 : int(growing.reasons.constFirst().code);
    case SegmentColumn:
        return m_data->customers.at(growing.customer).segment;
    default:
        return {};
    }
}

QVariant GrowingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role == Qt::ToolTipRole && section == KeyAccountColumn)
        return RiskTableModel::keyAccountExplanation();
    if (role == Qt::ToolTipRole && section == IncreaseColumn)
        return tr("Revenue of the last 90 days minus that of the 90 days before");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status", "column header");
    case NameColumn:
        return tr("Customer", "column header");
    case KeyAccountColumn:
        return u"\u2605"_s;
    case IncreaseColumn:
        return tr("More revenue\n(90 days)", "column header, two lines");
    case Value12mColumn:
        return tr("Value\n(12 months)", "column header, two lines");
    case ReasonsColumn:
        return tr("Why", "column header: why the customer counts as growing");
    case SegmentColumn:
        return tr("Segment", "column header");
    default:
        return {};
    }
}

} // namespace rd
