// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <memory>
#include <optional>

#include <QAbstractTableModel>

#include "risk/leavingreasons.h"

namespace rd {

// The customers behind a bar of "Why customers leave": who left, when, for which reason, in their own words,
// and what they brought. Holds a row of the reasons report and the dataset it names; data() only reads memory.
class LostCustomersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LostRevenueColumn, LeftColumn, ReasonColumn, SaidColumn, SegmentColumn, ColumnCount };
    // RawValueRole per column: Name QString, Left QDate, Reason int(ChurnReason), Said QString, LostRevenue qint64
    // (minor units), Segment QString. The other roles are the same on every column of a row.
    enum Role { RawValueRole = Qt::UserRole, CustomerIndexRole, CustomerIdRole };

    explicit LostCustomersModel(QObject *parent = nullptr);

    // The lost customers of one row, of one reason only or (nullopt) of all, by the day they left.
    void setCustomers(std::shared_ptr<const Dataset> data, const ReasonsPeriod &row, std::optional<ChurnReason> only,
        const QString &currency);
    std::optional<ChurnReason> reason() const { return m_only; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        LostCustomer lost;
        ChurnReason reason;
    };
    QVariant display(const Row &row, const MetricsCustomer &customer, int column) const;

    std::shared_ptr<const Dataset> m_data;
    QList<Row> m_rows;
    std::optional<ChurnReason> m_only;
    QString m_currency;
};

} // namespace rd
