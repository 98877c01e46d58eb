// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/contactlog.h"

#include <QSqlQuery>

#include "storage/database.h"
#include "storage/sqlutil.h"

using namespace Qt::StringLiterals;

namespace rd {

ContactLog::ContactLog(Database &database)
    : m_database(database)
{ }

Result<void> ContactLog::log(const QList<ContactRecord> &contacts, const QString &author)
{
    if (auto begun = m_database.beginTransaction(); !begun)
        return begun;
    const auto fail = [this](const Error &error) -> Result<void> {
        m_database.rollback();
        return sql::orMessage(error, tr("Could not log the prepared messages; nothing was logged."));
    };
    QSqlQuery contact(m_database.connection());
    QSqlQuery note(m_database.connection());
    QSqlQuery review(m_database.connection());
    if (auto result = sql::prepare(contact,
            u"INSERT INTO contact_log (customer_id, prepared_at, template, channel)"
            " VALUES (:customer, :at, :template, :channel)"_s);
        !result)
        return fail(result.error());
    if (auto result = sql::prepare(note,
            u"INSERT INTO review_notes (customer_id, written_at, author, text) VALUES (:customer, :at, :author, :text)"_s);
        !result)
        return fail(result.error());
    // The review state follows: a customer with a message prepared is contacted (the owner stays).
    if (auto result = sql::prepare(review,
            u"INSERT INTO reviews (customer_id, state, updated_at) VALUES (:customer, 'contacted', :at)"
            " ON CONFLICT (customer_id) DO UPDATE SET"
            "  state = 'contacted', snoozed_until = NULL, updated_at = excluded.updated_at"_s);
        !result)
        return fail(result.error());
    for (const ContactRecord &record : contacts) {
        const QString at = record.preparedAt.toUTC().toString(Qt::ISODateWithMs);
        contact.bindValue(u":customer"_s, record.customerId);
        contact.bindValue(u":at"_s, at);
        contact.bindValue(u":template"_s, record.templateName);
        contact.bindValue(u":channel"_s, record.channel);
        if (auto result = sql::exec(contact); !result)
            return fail(result.error());
        note.bindValue(u":customer"_s, record.customerId);
        note.bindValue(u":at"_s, at);
        note.bindValue(u":author"_s, author.trimmed().isEmpty() ? QVariant() : QVariant(author.trimmed()));
        note.bindValue(u":text"_s, tr("Win-back message prepared (template %1)").arg(record.templateName));
        if (auto result = sql::exec(note); !result)
            return fail(result.error());
        review.bindValue(u":customer"_s, record.customerId);
        review.bindValue(u":at"_s, at);
        if (auto result = sql::exec(review); !result)
            return fail(result.error());
    }
    if (auto committed = m_database.commit(); !committed)
        return fail(committed.error());
    return {};
}

Result<QList<ContactRecord>> ContactLog::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto result
        = sql::exec(query, u"SELECT customer_id, prepared_at, template, channel FROM contact_log ORDER BY id"_s);
        !result)
        return result.error();
    QList<ContactRecord> records;
    while (query.next()) {
        records.append(
            {query.value(0).toLongLong(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC(),
                query.value(2).toString(), query.value(3).toString()});
    }
    return records;
}

Result<QHash<qint64, QDate>> ContactLog::firstContacts() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto result = sql::exec(query, u"SELECT customer_id, min(prepared_at) FROM contact_log GROUP BY customer_id"_s);
        !result)
        return result.error();
    QHash<qint64, QDate> first;
    while (query.next()) {
        const QDateTime at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        if (at.isValid())
            first.insert(query.value(0).toLongLong(), at.toUTC().date());
    }
    return first;
}

Result<QHash<qint64, QString>> ContactLog::emails() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto result = sql::exec(query, u"SELECT id, email FROM customers WHERE email IS NOT NULL"_s); !result)
        return result.error();
    QHash<qint64, QString> emails;
    while (query.next())
        emails.insert(query.value(0).toLongLong(), query.value(1).toString());
    return emails;
}

} // namespace rd
