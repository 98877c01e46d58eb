// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "dashboard/reviewcontroller.h"

#include "core/checkedmath.h"
#include "itemmodels/risktablemodel.h"
#include "metrics/periods.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace rd {

QList<CustomerMonth> customerHistory(const Dataset &data, int customer, Day asOf, int months)
{
    QList<CustomerMonth> history;
    if (customer < 0 || customer >= data.customerCount() || asOf == NoDay)
        return history;
    const QDate last = periodStart(PeriodKind::Month, dateOf(asOf));
    const QDate first = last.addMonths(1 - months);
    for (QDate month = first; month <= last; month = month.addMonths(1))
        history.append(CustomerMonth {periodLabel(PeriodKind::Month, month), 0, 0});
    const auto index = [&](Day day) {
        const QDate date = dateOf(day);
        return (date.year() - first.year()) * 12 + date.month() - first.month();
    };
    for (const MetricsOrder &order : data.ordersOf(customer)) {
        const int i = index(order.day);
        if (order.day <= asOf && i >= 0 && i < history.size())
            addSaturating(history[i].revenueMinor, order.amountMinor);
    }
    for (const ActivityDay &day : data.activityOf(customer)) {
        const int i = index(day.day);
        if (day.day <= asOf && i >= 0 && i < history.size())
            history[i].events += day.count;
    }
    return history;
}

ReviewController::ReviewController(QString databasePath, RiskTableModel *model, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_model(model)
{ }

Result<void> ReviewController::remember(qint64 customerId)
{
    auto database = Database::open(m_path);
    if (!database)
        return database.error();
    auto review = ReviewRepository(**database).review(customerId);
    if (!review)
        return review.error();
    m_undo = Undo {customerId, *review, 0};
    return {};
}

void ReviewController::refresh(qint64 customerId)
{
    auto database = Database::open(m_path);
    if (!database)
        return;
    if (auto review = ReviewRepository(**database).review(customerId); review && m_model)
        m_model->setReview(customerId, *review);
    emit changed(customerId);
}

Result<void> ReviewController::setState(qint64 customerId, ReviewState state, const QDate &snoozedUntil)
{
    if (auto remembered = remember(customerId); !remembered)
        return remembered;
    auto database = Database::open(m_path);
    if (!database)
        return database.error();
    if (auto saved = ReviewRepository(**database).setState(customerId, state, snoozedUntil); !saved)
        return saved;
    refresh(customerId);
    return {};
}

Result<void> ReviewController::setOwner(qint64 customerId, const QString &owner)
{
    if (auto remembered = remember(customerId); !remembered)
        return remembered;
    auto database = Database::open(m_path);
    if (!database)
        return database.error();
    if (auto saved = ReviewRepository(**database).setOwner(customerId, owner); !saved)
        return saved;
    refresh(customerId);
    return {};
}

Result<qint64> ReviewController::addNote(qint64 customerId, const QString &author, const QString &text)
{
    auto database = Database::open(m_path);
    if (!database)
        return database.error();
    auto note = ReviewRepository(**database).addNote(customerId, author, text);
    if (!note)
        return note.error();
    m_undo = Undo {customerId, std::nullopt, *note};
    emit changed(customerId);
    return *note;
}

Result<QList<ReviewNote>> ReviewController::notes(qint64 customerId) const
{
    auto database = Database::open(m_path);
    if (!database)
        return database.error();
    return ReviewRepository(**database).notes(customerId);
}

Result<void> ReviewController::undo()
{
    if (!m_undo)
        return {};
    const Undo undo = *m_undo;
    m_undo.reset();
    auto database = Database::open(m_path);
    if (!database)
        return database.error();
    ReviewRepository reviews(**database);
    if (undo.noteId > 0) {
        if (auto removed = reviews.removeNote(undo.noteId); !removed)
            return removed;
    } else if (undo.review) {
        if (auto state = reviews.setState(undo.customerId, undo.review->state, undo.review->snoozedUntil); !state)
            return state;
        if (auto owner = reviews.setOwner(undo.customerId, undo.review->owner); !owner)
            return owner;
    }
    refresh(undo.customerId);
    return {};
}

} // namespace rd
