// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QObject>

#include "metrics/dataset.h"
#include "storage/reviewrepository.h"

namespace rd {

class RiskTableModel;

// A customer's last 24 months for the detail pane: spend and activity events per calendar month.
struct CustomerMonth
{
    QString label; // yyyy-MM
    qint64 revenueMinor = 0;
    qint64 events = 0;
};
QList<CustomerMonth> customerHistory(const Dataset &data, int customer, Day asOf, int months = 24);

// Saves review edits at once and keeps the list model in step; the last edit can be undone.
class ReviewController : public QObject
{
    Q_OBJECT

public:
    ReviewController(QString databasePath, RiskTableModel *model, QObject *parent = nullptr);

    Result<void> setState(qint64 customerId, ReviewState state, const QDate &snoozedUntil = {});
    Result<void> setOwner(qint64 customerId, const QString &owner);
    Result<qint64> addNote(qint64 customerId, const QString &author, const QString &text);
    Result<QList<ReviewNote>> notes(qint64 customerId) const;
    bool canUndo() const { return m_undo.has_value(); }
    Result<void> undo();

signals:
    void changed(qint64 customerId);

private:
    struct Undo
    {
        qint64 customerId = 0;
        std::optional<Review> review; // restore this review
        qint64 noteId = 0; // or remove this note
    };
    Result<void> remember(qint64 customerId);
    void refresh(qint64 customerId);

    QString m_path;
    RiskTableModel *m_model;
    std::optional<Undo> m_undo;
};

} // namespace rd
