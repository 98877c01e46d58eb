// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "itemmodels/cohorttablemodel.h"

#include <cmath>
#include <limits>

#include <QLocale>

#include "core/money.h"

using namespace Qt::StringLiterals;

namespace rd {

CohortTableModel::CohortTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CohortTableModel::setMatrix(const CohortMatrix &matrix, const QString &currency)
{
    beginResetModel();
    m_matrix = matrix;
    m_currency = currency;
    m_columns = matrix.maxOffsets();
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const CohortRow &row : matrix.rows) {
        for (qsizetype offset = 1; offset < row.percentages.size(); ++offset) {
            if (const std::optional<double> &value = row.percentages.at(offset); value && std::isfinite(*value)) {
                low = std::min(low, *value);
                high = std::max(high, *value);
            }
        }
    }
    if (low > high)
        m_range = {0.0, 100.0};
    else if (high - low < 1.0)
        m_range = {std::max(0.0, high - 1.0), std::max(high, 1.0)}; // one value: still a range to scale on
    else
        m_range = {low, high};
    endResetModel();
}

int CohortTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int CohortTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CohortTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CohortRow &row = m_matrix.rows.at(index.row());
    const int offset = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (offset >= row.counts.size())
        return {}; // the period has not begun by the as-of day
    const std::optional<double> percentage
        = offset < row.percentages.size() ? row.percentages.at(offset) : std::optional<double>();
    switch (role) {
    case Qt::DisplayRole:
        if (!percentage)
            return {};
        return tr("%1 %", "percentage").arg(QLocale().toString(*percentage, 'f', 1));
    case RawValueRole:
        return percentage ? QVariant(*percentage) : QVariant();
    case CountRole:
        return QVariant(row.counts.at(offset));
    case Qt::ToolTipRole:
        return cellToolTip(row, offset);
    default:
        return {};
    }
}

QString CohortTableModel::cellToolTip(const CohortRow &row, int offset) const
{
    const QLocale locale;
    const qint64 count = row.counts.at(offset);
    switch (m_matrix.mode) {
    case CohortMode::Active:
        return tr("%1 of %2 customers", "cohort cell: still customers")
            .arg(locale.toString(count), locale.toString(row.size));
    case CohortMode::Returning:
        return tr("%1 of %2 customers ordered or were active", "cohort cell")
            .arg(locale.toString(count), locale.toString(row.size));
    case CohortMode::Revenue:
        return tr("%1 revenue from %2 customers", "cohort cell")
            .arg(formatMoney(count, m_currency, locale), locale.toString(row.size));
    }
    return {};
}

QString CohortTableModel::offsetToolTip(int offset) const
{
    switch (m_matrix.kind) {
    case PeriodKind::Week:
        return tr("%n week(s) after the cohort's first week", nullptr, offset);
    case PeriodKind::Month:
        return tr("%n month(s) after the cohort's first month", nullptr, offset);
    case PeriodKind::Quarter:
        return tr("%n quarter(s) after the cohort's first quarter", nullptr, offset);
    case PeriodKind::Year:
        return tr("%n year(s) after the cohort's first year", nullptr, offset);
    }
    return {};
}

QVariant CohortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QLocale locale;
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return locale.toString(section);
        case Qt::ToolTipRole:
            return offsetToolTip(section);
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_matrix.rows.size())
        return {};
    const CohortRow &row = m_matrix.rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)", "cohort label and size").arg(row.label, locale.toString(row.size));
    case Qt::ToolTipRole:
        return tr("Cohort %1: %n customer(s)", nullptr, int(qMin<qint64>(row.size, std::numeric_limits<int>::max())))
            .arg(row.label);
    default:
        return {};
    }
}

} // namespace rd
