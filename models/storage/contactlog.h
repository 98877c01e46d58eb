// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "core/result.h"

namespace rd {

class Database;

// A message prepared for a customer (the program sends nothing: the user's mail tool does).
struct ContactRecord
{
    qint64 customerId = 0;
    QDateTime preparedAt; // UTC
    QString templateName; // inactive, spending_down, complaint, failed_payment
    QString channel; // mail_merge or mailto
};

// Who was contacted when, so that the list can show it and the hindsight check can later tell whether they came
// back. Each contact also leaves a review note on the customer ("Win-back message prepared") and sets the
// customer's review state to contacted.
class ContactLog
{
    Q_DECLARE_TR_FUNCTIONS(ContactLog)

public:
    explicit ContactLog(Database &database);

    // Logs every contact and its note in one transaction, or nothing.
    Result<void> log(const QList<ContactRecord> &contacts, const QString &author = {});
    Result<QList<ContactRecord>> all() const; // oldest first
    // Each contacted customer's first contact, as a day (UTC).
    Result<QHash<qint64, QDate>> firstContacts() const;
    // The customers' e-mail addresses by id, where the data has one.
    Result<QHash<qint64, QString>> emails() const;

private:
    Database &m_database;
};

} // namespace rd
