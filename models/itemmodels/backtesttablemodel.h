// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QAbstractTableModel>

#include "risk/backtest.h"

namespace rd {

// The hindsight check as a table: a row per level (customers, share of the list, share that stopped
// buying), then a row per ordering (the light, and the naive orderings it must beat) with its AUC and the
// precision of its top 10 %. Empty without a result.
class BacktestTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { GroupColumn, CustomersColumn, ShareColumn, StoppedColumn, AucColumn, TopDecileColumn, ColumnCount };
    enum Row { RedRow, YellowRow, GreenRow, LightRow, RecencyRow, FrequencyRow, AliveRow, RowCount };
    enum Role {
        RawValueRole = Qt::UserRole, // double (shares and AUC as fractions) or qint64; invalid where empty
        LevelRole, // int(RiskLevel) on the level rows
    };

    explicit BacktestTableModel(QObject *parent = nullptr);

    void setResult(const BacktestResult &result);
    void clear();
    const std::optional<BacktestResult> &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;

    std::optional<BacktestResult> m_result;
};

} // namespace rd
