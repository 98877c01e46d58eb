// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <memory>
#include <vector>

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include "metrics/dataset.h"
#include "risk/riskengine.h"
#include "storage/reviewrepository.h"

namespace rd {

// The at-risk list: one row per scored customer, in the report's priority order. It holds a finished
// snapshot (dataset, risk report, reviews); data() only reads memory.
class RiskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        NameColumn,
        KeyAccountColumn,
        Value12mColumn,
        ScoreColumn,
        PAliveColumn,
        MainReasonColumn,
        ReviewStateColumn,
        OwnerColumn,
        ColumnCount
    };
    // RawValueRole per column: Status int(RiskLevel), Name QString, KeyAccount bool, Value12m qint64 (minor units),
    // Score int, PAlive double (-1 without an estimate), MainReason int(ReasonCode) (-1 without a reason),
    // ReviewState int(ReviewState) as of today (an expired snooze is Open), Owner QString.
    // The other roles are the same on every column of a row.
    enum Role {
        RawValueRole = Qt::UserRole,
        RiskLevelRole, // int(RiskLevel)
        CustomerIndexRole, // int: index into the dataset
        CustomerIdRole, // qint64: the database id
        PriorityRole, // int: the row in the report's priority order
        SearchTextRole, // QString: name, external id and reasons, lower-cased, for free-text filtering
    };

    explicit RiskTableModel(QObject *parent = nullptr);
    ~RiskTableModel() override;

    // Customers missing from `reviews` are Open with no owner. `today` decides whether a snooze is still on.
    void setSnapshot(std::shared_ptr<const Dataset> data, RiskReport report, QHash<qint64, Review> reviews,
        QString currency, const QDate &today = QDate::currentDate());
    // The texts in the current language and locale (reasons, headers, amounts), rows and selection kept.
    void retranslate();
    // Updates the review of one listed customer in place; false when the customer is not in the list.
    bool setReview(qint64 customerId, const Review &review);
    // Takes an erased customer out of the list until the next snapshot; false when the customer is not listed.
    bool removeCustomer(qint64 customerId);

    std::shared_ptr<const Dataset> dataset() const { return m_data; }
    const RiskReport &report() const { return m_report; }
    QString currency() const { return m_currency; }
    QDate today() const { return m_today; }
    // The row of a customer by database id, -1 when the customer is not listed.
    int rowOfCustomer(qint64 customerId) const { return m_rowById.value(customerId, -1); }
    Review review(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // What the key-account mark (a star) means: the tooltip of its column and of every mark.
    static QString keyAccountExplanation();

private:
    // What data() needs beyond the report, computed once per snapshot so that filtering and painting
    // 100,000 rows allocates nothing.
    struct Row
    {
        qint64 customerId = 0;
        QString name;
        QString mainReason;
        QString reasons; // all of them, one per line: the tooltip
        QString searchText;
        Review review;
        ReviewState state = ReviewState::Open; // effective as of m_today
    };

    // The reasons and the search text of a row.
    void describe(const CustomerRisk &risk, Row &row, const QLocale &locale) const;
    QVariant display(const CustomerRisk &risk, const Row &row, int column) const;
    QVariant rawValue(const CustomerRisk &risk, const Row &row, int column) const;
    QVariant toolTip(const CustomerRisk &risk, const Row &row, int column) const;

    std::shared_ptr<const Dataset> m_data;
    RiskReport m_report;
    QString m_currency;
    QDate m_today;
    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowById;
};

} // namespace rd
