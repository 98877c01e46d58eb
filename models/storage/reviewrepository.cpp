// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/reviewrepository.h"

#include <QSqlQuery>

#include "storage/database.h"
#include "storage/sqlutil.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timestamp(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Columns: customer_id, state, owner, snoozed_until, updated_at.
Result<Review> reviewFromRow(const QSqlQuery &query)
{
    Review review;
    review.customerId = query.value(0).toLongLong();
    const QString stateName = query.value(1).toString();
    const auto state = reviewStateFromName(stateName);
    if (!state) {
        return Error {
            ReviewRepository::tr("The review of customer %1 has an unknown state.").arg(review.customerId), stateName};
    }
    review.state = *state;
    review.owner = query.value(2).toString();
    if (review.state == ReviewState::Snoozed)
        review.snoozedUntil = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    review.updatedAt = timestamp(query.value(4));
    return review;
}

} // namespace

QString reviewStateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Open:
        return u"open"_s;
    case ReviewState::Contacted:
        return u"contacted"_s;
    case ReviewState::Resolved:
        return u"resolved"_s;
    case ReviewState::Snoozed:
        return u"snoozed"_s;
    }
    return u"open"_s;
}

std::optional<ReviewState> reviewStateFromName(QStringView name)
{
    for (ReviewState state : {ReviewState::Open, ReviewState::Contacted, ReviewState::Resolved, ReviewState::Snoozed}) {
        if (name == reviewStateName(state))
            return state;
    }
    return std::nullopt;
}

ReviewState effectiveState(const Review &review, const QDate &today)
{
    if (review.state == ReviewState::Snoozed && (!review.snoozedUntil.isValid() || review.snoozedUntil < today))
        return ReviewState::Open;
    return review.state;
}

ReviewRepository::ReviewRepository(Database &database)
    : m_database(database)
{ }

Result<void> ReviewRepository::requireCustomer(qint64 customerId) const
{
    QSqlQuery query(m_database.connection());
    if (auto result = sql::prepare(query, u"SELECT 1 FROM customers WHERE id = :id"_s); !result)
        return result;
    query.bindValue(u":id"_s, customerId);
    if (auto result = sql::exec(query); !result)
        return result;
    if (!query.next())
        return Error {tr("There is no customer with the id %1.").arg(customerId), {}};
    return {};
}

Result<QHash<qint64, Review>> ReviewRepository::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto result = sql::exec(
            query, u"SELECT customer_id, state, owner, snoozed_until, updated_at FROM reviews ORDER BY customer_id"_s);
        !result)
        return result.error();
    QHash<qint64, Review> reviews;
    while (query.next()) {
        auto review = reviewFromRow(query);
        if (!review)
            return review.error();
        reviews.insert(review->customerId, review.value());
    }
    return reviews;
}

Result<Review> ReviewRepository::review(qint64 customerId) const
{
    if (auto known = requireCustomer(customerId); !known)
        return known.error();
    QSqlQuery query(m_database.connection());
    if (auto result = sql::prepare(query,
            u"SELECT customer_id, state, owner, snoozed_until, updated_at FROM reviews WHERE customer_id = :id"_s);
        !result)
        return result.error();
    query.bindValue(u":id"_s, customerId);
    if (auto result = sql::exec(query); !result)
        return result.error();
    if (!query.next()) {
        Review review;
        review.customerId = customerId;
        return review;
    }
    return reviewFromRow(query);
}

Result<void> ReviewRepository::setState(qint64 customerId, ReviewState state, const QDate &snoozedUntil)
{
    if (state == ReviewState::Snoozed && !snoozedUntil.isValid())
        return Error {tr("Choose the date until which the review is snoozed."), {}};
    if (auto known = requireCustomer(customerId); !known)
        return known;
    QSqlQuery query(m_database.connection());
    // A new row starts without an owner; an existing one keeps its owner.
    if (auto result = sql::prepare(query,
            u"INSERT INTO reviews (customer_id, state, snoozed_until, updated_at)"
            " VALUES (:id, :state, :until, :now)"
            " ON CONFLICT (customer_id) DO UPDATE SET"
            "  state = excluded.state, snoozed_until = excluded.snoozed_until, updated_at = excluded.updated_at"_s);
        !result)
        return result;
    query.bindValue(u":id"_s, customerId);
    query.bindValue(u":state"_s, reviewStateName(state));
    query.bindValue(
        u":until"_s, state == ReviewState::Snoozed ? QVariant(snoozedUntil.toString(Qt::ISODate)) : QVariant());
    query.bindValue(u":now"_s, nowUtc());
    if (auto result = sql::exec(query); !result)
        return Error {tr("Could not save the review of customer %1.").arg(customerId), result.error().detail};
    return {};
}

Result<void> ReviewRepository::setOwner(qint64 customerId, const QString &owner)
{
    if (auto known = requireCustomer(customerId); !known)
        return known;
    QSqlQuery query(m_database.connection());
    // A new row starts open; an existing one keeps its state.
    if (auto result = sql::prepare(query,
            u"INSERT INTO reviews (customer_id, owner, updated_at) VALUES (:id, :owner, :now)"
            " ON CONFLICT (customer_id) DO UPDATE SET owner = excluded.owner, updated_at = excluded.updated_at"_s);
        !result)
        return result;
    query.bindValue(u":id"_s, customerId);
    query.bindValue(u":owner"_s, textOrNull(owner.trimmed()));
    query.bindValue(u":now"_s, nowUtc());
    if (auto result = sql::exec(query); !result)
        return Error {tr("Could not save the owner of customer %1.").arg(customerId), result.error().detail};
    return {};
}

Result<qint64> ReviewRepository::addNote(qint64 customerId, const QString &author, const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error {tr("A note needs some text."), {}};
    if (auto known = requireCustomer(customerId); !known)
        return known.error();
    QSqlQuery query(m_database.connection());
    if (auto result = sql::prepare(query,
            u"INSERT INTO review_notes (customer_id, written_at, author, text) VALUES (:id, :now, :author, :text)"_s);
        !result)
        return result.error();
    query.bindValue(u":id"_s, customerId);
    query.bindValue(u":now"_s, nowUtc());
    query.bindValue(u":author"_s, textOrNull(author.trimmed()));
    query.bindValue(u":text"_s, text);
    if (auto result = sql::exec(query); !result)
        return Error {tr("Could not save the note on customer %1.").arg(customerId), result.error().detail};
    const QVariant id = query.lastInsertId();
    if (!id.isValid())
        return Error {tr("Could not save the note on customer %1.").arg(customerId), {}};
    return id.toLongLong();
}

Result<QList<ReviewNote>> ReviewRepository::notes(qint64 customerId) const
{
    if (auto known = requireCustomer(customerId); !known)
        return known.error();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Notes written within the same millisecond keep the order they were added in.
    if (auto result = sql::prepare(query,
            u"SELECT id, customer_id, written_at, author, text FROM review_notes WHERE customer_id = :id"
            " ORDER BY written_at DESC, id DESC"_s);
        !result)
        return result.error();
    query.bindValue(u":id"_s, customerId);
    if (auto result = sql::exec(query); !result)
        return result.error();
    QList<ReviewNote> notes;
    while (query.next()) {
        ReviewNote note;
        note.id = query.value(0).toLongLong();
        note.customerId = query.value(1).toLongLong();
        note.writtenAt = timestamp(query.value(2));
        note.author = query.value(3).toString();
        note.text = query.value(4).toString();
        notes.append(std::move(note));
    }
    return notes;
}

Result<void> ReviewRepository::removeNote(qint64 noteId)
{
    QSqlQuery query(m_database.connection());
    if (auto result = sql::prepare(query, u"DELETE FROM review_notes WHERE id = :id"_s); !result)
        return result;
    query.bindValue(u":id"_s, noteId);
    if (auto result = sql::exec(query); !result)
        return Error {tr("Could not remove the note."), result.error().detail};
    if (query.numRowsAffected() < 1)
        return Error {tr("There is no note with the id %1.").arg(noteId), {}};
    return {};
}

Result<std::optional<qint64>> ReviewRepository::customerId(const QString &externalId) const
{
    QSqlQuery query(m_database.connection());
    if (auto result = sql::prepare(query, u"SELECT id FROM customers WHERE external_id = :external"_s); !result)
        return result.error();
    query.bindValue(u":external"_s, externalId);
    if (auto result = sql::exec(query); !result)
        return result.error();
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

} // namespace rd
