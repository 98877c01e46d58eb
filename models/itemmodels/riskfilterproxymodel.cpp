// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "itemmodels/riskfilterproxymodel.h"

#include <QLocale>

#include "itemmodels/risktablemodel.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

template<typename Enum> unsigned maskOf(const QSet<Enum> &values)
{
    unsigned mask = 0;
    for (Enum value : values)
        mask |= 1u << unsigned(value);
    return mask;
}

bool inMask(unsigned mask, int value)
{
    return mask == 0 || (value >= 0 && value < 32 && (mask & (1u << unsigned(value))) != 0);
}

} // namespace

RiskFilterProxyModel::RiskFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    // The C locale collates by code point ("Zoe" before "anna", "10" before "9"): names sort as English instead.
    , m_collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale())
{
    setSortRole(RiskTableModel::RawValueRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

RiskFilterProxyModel::~RiskFilterProxyModel() = default;

QString RiskFilterProxyModel::nobody()
{
    return u" "_s;
}

void RiskFilterProxyModel::setLevels(const QSet<RiskLevel> &levels)
{
    if (levels == m_levels)
        return;
    m_levels = levels;
    m_levelMask = maskOf(levels);
    // The counts leave the level filter out, so they stay.
    filtersChanged(false);
}

void RiskFilterProxyModel::setReviewStates(const QSet<ReviewState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    m_stateMask = maskOf(states);
    filtersChanged(true);
}

void RiskFilterProxyModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    filtersChanged(true);
}

void RiskFilterProxyModel::setCustomerIds(const std::optional<QSet<qint64>> &ids)
{
    if (ids == m_customerIds)
        return;
    m_customerIds = ids;
    filtersChanged(true);
}

void RiskFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = std::move(needle);
    filtersChanged(true);
}

QHash<RiskLevel, int> RiskFilterProxyModel::countsByLevel() const
{
    if (m_counts)
        return *m_counts;
    int counts[3] = {0, 0, 0};
    if (const QAbstractItemModel *source = sourceModel()) {
        const int rows = source->rowCount();
        for (int row = 0; row < rows; ++row) {
            if (!acceptsIgnoringLevel(row, {}))
                continue;
            const int level
                = source->index(row, RiskTableModel::StatusColumn).data(RiskTableModel::RiskLevelRole).toInt();
            if (level >= 0 && level < 3)
                ++counts[level];
        }
    }
    m_counts = QHash<RiskLevel, int> {{RiskLevel::Green, counts[int(RiskLevel::Green)]},
        {RiskLevel::Yellow, counts[int(RiskLevel::Yellow)]}, {RiskLevel::Red, counts[int(RiskLevel::Red)]}};
    return *m_counts;
}

void RiskFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        const auto invalidate = [this] { invalidateCounts(); };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::modelReset, this, invalidate),
            connect(model, &QAbstractItemModel::dataChanged, this, invalidate),
            connect(model, &QAbstractItemModel::rowsInserted, this, invalidate),
            connect(model, &QAbstractItemModel::rowsRemoved, this, invalidate),
            connect(model, &QAbstractItemModel::rowsMoved, this, invalidate),
            connect(model, &QAbstractItemModel::layoutChanged, this, invalidate),
        };
    }
    invalidateCounts();
}

bool RiskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_levelMask != 0) {
        const QModelIndex index = sourceModel()->index(sourceRow, RiskTableModel::StatusColumn, sourceParent);
        if (!inMask(m_levelMask, index.data(RiskTableModel::RiskLevelRole).toInt()))
            return false;
    }
    return acceptsIgnoringLevel(sourceRow, sourceParent);
}

// Reads only what the source keeps ready per row: ints and shared strings, no formatting.
bool RiskFilterProxyModel::acceptsIgnoringLevel(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_stateMask != 0) {
        const QModelIndex index = source->index(sourceRow, RiskTableModel::ReviewStateColumn, sourceParent);
        if (!inMask(m_stateMask, index.data(RiskTableModel::RawValueRole).toInt()))
            return false;
    }
    if (!m_owner.isEmpty()) {
        const QString owner = source->index(sourceRow, RiskTableModel::OwnerColumn, sourceParent)
                                  .data(RiskTableModel::RawValueRole)
                                  .toString();
        if (m_owner == nobody() ? !owner.isEmpty() : owner.compare(m_owner, Qt::CaseInsensitive) != 0)
            return false;
    }
    if (m_customerIds) {
        const qint64 id = source->index(sourceRow, RiskTableModel::StatusColumn, sourceParent)
                              .data(RiskTableModel::CustomerIdRole)
                              .toLongLong();
        if (!m_customerIds->contains(id))
            return false;
    }
    if (!m_needle.isEmpty()) {
        const QString text = source->index(sourceRow, RiskTableModel::StatusColumn, sourceParent)
                                 .data(RiskTableModel::SearchTextRole)
                                 .toString();
        if (!text.contains(m_needle))
            return false;
    }
    return true;
}

bool RiskFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (column == RiskTableModel::StatusColumn)
        return left.data(RiskTableModel::PriorityRole).toInt() < right.data(RiskTableModel::PriorityRole).toInt();
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    switch (column) {
    case RiskTableModel::NameColumn:
    case RiskTableModel::OwnerColumn:
        return m_collator.compare(a.toString(), b.toString()) < 0;
    case RiskTableModel::KeyAccountColumn:
        return int(a.toBool()) < int(b.toBool());
    case RiskTableModel::Value12mColumn:
        return a.toLongLong() < b.toLongLong();
    case RiskTableModel::PAliveColumn:
        return a.toDouble() < b.toDouble();
    case RiskTableModel::ScoreColumn:
    case RiskTableModel::MainReasonColumn:
    case RiskTableModel::ReviewStateColumn:
        return a.toInt() < b.toInt();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

// invalidate() rebuilds the mapping in one layout change; invalidateFilter() would announce every
// block of rows that comes or goes, which costs more than the filtering itself when matches are
// scattered over 100,000 rows. Neither is a model reset: selections and persistent indexes survive.
void RiskFilterProxyModel::filtersChanged(bool countsToo)
{
    invalidate();
    if (countsToo)
        invalidateCounts();
}

void RiskFilterProxyModel::invalidateCounts()
{
    m_counts.reset();
    emit countsByLevelChanged();
}

} // namespace rd
