// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include "core/result.h"

namespace rd {

class Database;

enum class ReviewState { Open, Contacted, Resolved, Snoozed };

// The names as stored in the database and accepted on the command line: open, contacted, resolved, snoozed.
QString reviewStateName(ReviewState state);
std::optional<ReviewState> reviewStateFromName(QStringView name);

struct Review
{
    qint64 customerId = 0;
    ReviewState state = ReviewState::Open;
    QString owner; // empty: nobody
    QDate snoozedUntil; // valid only while Snoozed
    QDateTime updatedAt; // UTC; invalid for a customer nobody has reviewed yet
};

struct ReviewNote
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDateTime writtenAt; // UTC
    QString author;
    QString text;
};

// A review snoozed until a day counts as snoozed through that day and as open from the day after.
ReviewState effectiveState(const Review &review, const QDate &today);

// The review workflow of customer success staff: a state and an owner per customer, and notes.
// It lives in tables of its own keyed by the customer's id, which re-imports keep, so it survives them.
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    explicit ReviewRepository(Database &database);

    // Every stored review by customer id; a customer missing here is Open with no owner.
    Result<QHash<qint64, Review>> all() const;
    // The customer's review, Open with no owner when none is stored; an error for an unknown customer.
    Result<Review> review(qint64 customerId) const;
    // Snoozed needs a valid date (a past one is allowed and means open); other states clear the date.
    Result<void> setState(qint64 customerId, ReviewState state, const QDate &snoozedUntil = {});
    // The owner is stored trimmed; an empty one clears it.
    Result<void> setOwner(qint64 customerId, const QString &owner);
    // Returns the new note's id. A note without text (or only white space) is an error.
    Result<qint64> addNote(qint64 customerId, const QString &author, const QString &text);
    // Newest first.
    Result<QList<ReviewNote>> notes(qint64 customerId) const;
    // An error when no such note exists.
    Result<void> removeNote(qint64 noteId);

    // The id of the customer with this external id (the source system's), nullopt when there is none.
    Result<std::optional<qint64>> customerId(const QString &externalId) const;

private:
    Result<void> requireCustomer(qint64 customerId) const;

    Database &m_database;
};

} // namespace rd
