// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QCollator>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

#include "risk/riskengine.h"
#include "storage/reviewrepository.h"

namespace rd {

// Qt 6.4 has no qHash for enums; these let RiskLevel and ReviewState key a QSet or QHash.
inline size_t qHash(RiskLevel level, size_t seed = 0) noexcept
{
    return ::qHash(int(level), seed);
}
inline size_t qHash(ReviewState state, size_t seed = 0) noexcept
{
    return ::qHash(int(state), seed);
}

// Sorts and filters a RiskTableModel (or any model with its columns and roles). Sorting reads
// RawValueRole, except the Status column, which sorts by PriorityRole: ascending is the report's order.
// Filters combine with AND; an empty one lets everything through. Changing a filter re-filters, never resets.
class RiskFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RiskFilterProxyModel(QObject *parent = nullptr);
    ~RiskFilterProxyModel() override;

    // Owners are stored trimmed, so this value never names a real one: setOwner(nobody()) keeps the
    // customers nobody owns.
    static QString nobody();

    void setLevels(const QSet<RiskLevel> &levels);
    QSet<RiskLevel> levels() const { return m_levels; }
    void setReviewStates(const QSet<ReviewState> &states);
    QSet<ReviewState> reviewStates() const { return m_states; }
    // Matches the owner case-insensitively; empty: any owner.
    void setOwner(const QString &owner);
    QString owner() const { return m_owner; }
    // A case-insensitive substring of the name, the external id or a reason; surrounding white space ignored.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Only the customers with these database ids (the new warnings since the last look); nullopt: anyone.
    void setCustomerIds(const std::optional<QSet<qint64>> &ids);
    std::optional<QSet<qint64>> customerIds() const { return m_customerIds; }

    // Source rows per level that pass every filter but the level filter, for "Red (123)" buttons. Every level
    // is a key. Computed in one pass over the source and kept until a filter or the source changes.
    QHash<RiskLevel, int> countsByLevel() const;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

signals:
    // The numbers countsByLevel() returns may have changed.
    void countsByLevelChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool acceptsIgnoringLevel(int sourceRow, const QModelIndex &sourceParent) const;
    void filtersChanged(bool countsToo);
    void invalidateCounts();

    QSet<RiskLevel> m_levels;
    QSet<ReviewState> m_states;
    unsigned m_levelMask = 0; // bit per level, 0: all; what filterAcceptsRow reads
    unsigned m_stateMask = 0;
    QString m_owner;
    std::optional<QSet<qint64>> m_customerIds;
    QString m_searchText;
    QString m_needle; // m_searchText trimmed and lower-cased
    QCollator m_collator;
    mutable std::optional<QHash<RiskLevel, int>> m_counts;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace rd
