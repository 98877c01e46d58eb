// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <memory>

#include <QAbstractTableModel>

#include "itemmodels/risktablemodel.h"
#include "risk/growth.h"

namespace rd {

// The growing customers, beside the at-risk list: upsell candidates in findGrowing()'s order (key accounts
// first, then by the increase in revenue), each with its light and the reasons in numbers.
class GrowingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        NameColumn,
        KeyAccountColumn,
        IncreaseColumn,
        Value12mColumn,
        ReasonsColumn,
        SegmentColumn,
        ColumnCount
    };
    // RawValueRole per column: Status int(RiskLevel), Name QString, KeyAccount bool, Increase qint64 (the last 90
    // days' revenue minus the 90 before, minor units), Value12m qint64, Reasons int(GrowthCode) of the first,
    // Segment QString. The other roles are the same on every column of a row; RiskLevelRole is the at-risk list's,
    // so that its delegate paints the status here too.
    enum Role {
        RawValueRole = Qt::UserRole,
        RiskLevelRole = RiskTableModel::RiskLevelRole,
        CustomerIndexRole,
        CustomerIdRole,
        SearchTextRole, // QString: name, external id and reasons, lower-cased
    };

    explicit GrowingTableModel(QObject *parent = nullptr);

    void setGrowing(std::shared_ptr<const Dataset> data, QList<GrowingCustomer> growing, QString currency);
    const QList<GrowingCustomer> &growing() const { return m_growing; }
    // The reasons, headers and amounts in the current language and locale.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString reasons; // one per line
        QString searchText;
    };
    void describe(const GrowingCustomer &growing, Row &row) const;
    QVariant display(const GrowingCustomer &growing, const Row &row, int column) const;
    QVariant rawValue(const GrowingCustomer &growing, const Row &row, int column) const;

    std::shared_ptr<const Dataset> m_data;
    QList<GrowingCustomer> m_growing;
    QList<Row> m_rows;
    QString m_currency;
};

} // namespace rd
