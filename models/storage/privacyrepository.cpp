// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/privacyrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

#include "storage/database.h"
#include "storage/isoday.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

struct CustomerTable
{
    const char16_t *name;
    const char16_t *orderBy; // a stable order for the export
};

// Children before the customers table, which is deleted last.
constexpr CustomerTable CustomerTables[] = {
    {u"orders", u"order_date, id"},
    {u"activity", u"event_date, kind, id"},
    {u"customer_activity_days", u"customer_id"},
    {u"tickets", u"opened_date, id"},
    {u"surveys", u"survey_date, kind, id"},
    {u"reviews", u"customer_id"},
    {u"review_notes", u"written_at, id"},
    {u"exit_answers", u"answer_date, id"},
    {u"contact_log", u"prepared_at, id"},
    // The traffic light's history of the customer: profiling, so theirs to see.
    {u"light_changes", u"look_id"},
};

// The activity summary's blob as the days and counts it packs.
QJsonArray packedDays(const QByteArray &packed)
{
    QJsonArray days;
    forEachPackedDay(packed, [&days](Day day, int count) {
        days.append(QJsonObject {{u"date"_s, dateOf(day).toString(Qt::ISODate)}, {u"count"_s, count}});
    });
    return days;
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()));
    default:
        return QJsonValue(value.toString());
    }
}

// The current row, column by column; the activity summary's days are spelled out.
QJsonObject rowObject(const QSqlQuery &query)
{
    const QSqlRecord record = query.record();
    QJsonObject row;
    for (int i = 0; i < record.count(); ++i) {
        const QString column = record.fieldName(i);
        const QVariant value = query.value(i);
        if (column == u"days" && value.typeId() == QMetaType::QByteArray)
            row.insert(column, packedDays(value.toByteArray()));
        else
            row.insert(column, jsonValue(value));
    }
    return row;
}

Result<QJsonArray> rows(const QSqlDatabase &db, const QString &statement, qint64 customerId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto result = sql::prepare(query, statement); !result)
        return result.error();
    query.bindValue(u":id"_s, customerId);
    if (auto result = sql::exec(query); !result)
        return result.error();
    QJsonArray array;
    while (query.next())
        array.append(rowObject(query));
    return array;
}

} // namespace

qint64 ErasureReport::rowsOf(const QString &table) const
{
    for (const ErasedRows &entry : rows) {
        if (entry.table == table)
            return entry.rows;
    }
    return 0;
}

PrivacyRepository::PrivacyRepository(Database &database)
    : m_database(database)
{ }

QStringList PrivacyRepository::customerTables()
{
    QStringList names;
    for (const CustomerTable &table : CustomerTables)
        names.append(QString::fromUtf16(table.name));
    return names;
}

Result<PrivacyRepository::Customer> PrivacyRepository::customer(const QString &externalId) const
{
    QSqlQuery query(m_database.connection());
    if (auto result = sql::prepare(query, u"SELECT id, name FROM customers WHERE external_id = :external"_s); !result)
        return result.error();
    query.bindValue(u":external"_s, externalId);
    if (auto result = sql::exec(query); !result)
        return result.error();
    if (!query.next())
        return Error {tr("There is no customer with the id \"%1\".").arg(externalId), {}};
    return Customer {query.value(0).toLongLong(), query.value(1).toString()};
}

Result<QJsonObject> PrivacyRepository::exportCustomer(const QString &externalId) const
{
    auto found = customer(externalId);
    if (!found)
        return found.error();
    const QSqlDatabase db = m_database.connection();
    auto customerRows = rows(db, u"SELECT * FROM customers WHERE id = :id"_s, found->id);
    if (!customerRows)
        return customerRows.error();
    if (customerRows->isEmpty())
        return Error {tr("There is no customer with the id \"%1\".").arg(externalId), {}};

    QJsonObject object {
        {u"format"_s, u"retentiondesk-personal-data"_s},
        {u"format_version"_s, 1},
        {u"exported_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"external_id"_s, externalId},
        {u"customer"_s, customerRows->first()},
    };
    for (const CustomerTable &table : CustomerTables) {
        const QString name = QString::fromUtf16(table.name);
        auto tableRows = rows(db,
            u"SELECT * FROM "_s + name + u" WHERE customer_id = :id ORDER BY "_s + QString::fromUtf16(table.orderBy),
            found->id);
        if (!tableRows)
            return tableRows.error();
        object.insert(name, *tableRows);
    }
    // Where the data came from (Art. 15 (1) g): the imports that brought this customer's rows.
    auto sources = rows(db,
        u"SELECT id, file_name, kind, imported_at FROM imports WHERE id IN ("
        "  SELECT import_id FROM orders WHERE customer_id = :id UNION"
        "  SELECT import_id FROM activity WHERE customer_id = :id UNION"
        "  SELECT import_id FROM tickets WHERE customer_id = :id UNION"
        "  SELECT import_id FROM surveys WHERE customer_id = :id UNION"
        "  SELECT import_id FROM exit_answers WHERE customer_id = :id)"
        " ORDER BY id"_s,
        found->id);
    if (!sources)
        return sources.error();
    object.insert(u"sources"_s, *sources);
    return object;
}

Result<ErasureReport> PrivacyRepository::eraseCustomer(const QString &externalId)
{
    auto found = customer(externalId);
    if (!found)
        return found.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    const Error failed {tr("Could not erase the customer \"%1\"; nothing was deleted.").arg(externalId), {}};
    const auto fail = [&failed](const Error &error) { return Error {failed.message, error.detail}; };

    // Deleted content is overwritten with zeros instead of staying in the free space of its pages.
    auto secureDelete = sql::scalar(db, u"PRAGMA secure_delete"_s);
    if (!secureDelete)
        return fail(secureDelete.error());
    if (auto on = sql::exec(query, u"PRAGMA secure_delete = ON"_s); !on)
        return fail(on.error());
    const QString restore = u"PRAGMA secure_delete = "_s + QString::number(secureDelete->toInt());

    ErasureReport report;
    report.customerId = found->id;
    report.externalId = externalId;
    report.name = found->name;
    const auto deleteRows = [&](const QString &table, const QString &key) -> Result<qint64> {
        if (auto result = sql::prepare(query, u"DELETE FROM "_s + table + u" WHERE "_s + key + u" = :id"_s); !result)
            return result.error();
        query.bindValue(u":id"_s, found->id);
        if (auto result = sql::exec(query); !result)
            return result.error();
        return qint64(query.numRowsAffected());
    };
    const auto erase = [&]() -> Result<void> {
        if (auto begun = m_database.beginTransaction(); !begun)
            return begun;
        for (const CustomerTable &table : CustomerTables) {
            const QString name = QString::fromUtf16(table.name);
            auto deleted = deleteRows(name, u"customer_id"_s);
            if (!deleted) {
                m_database.rollback();
                return deleted.error();
            }
            report.rows.append({name, *deleted});
        }
        auto deleted = deleteRows(u"customers"_s, u"id"_s);
        if (!deleted || *deleted != 1) {
            m_database.rollback();
            return deleted ? Error {{}, u"customers: %1 rows deleted"_s.arg(*deleted)} : deleted.error();
        }
        report.rows.append({u"customers"_s, *deleted});
        return m_database.commit();
    };
    if (auto erased = erase(); !erased) {
        Error error = fail(erased.error());
        if (auto restored = sql::exec(query, restore); !restored)
            error.detail += u"; "_s + restored.error().detail;
        return error;
    }
    query.finish(); // no statement may be running during VACUUM
    if (auto freed = freePages(); !freed)
        report.cleanupError = freed.error();
    // Other deletes on this connection need not pay for the zeros.
    if (auto restored = sql::exec(query, restore); !restored && !report.cleanupError)
        report.cleanupError = restored.error();
    return report;
}

Result<void> PrivacyRepository::freePages()
{
    QSqlDatabase db = m_database.connection();
    auto autoVacuum = sql::scalar(db, u"PRAGMA auto_vacuum"_s);
    if (!autoVacuum)
        return autoVacuum.error();
    switch (autoVacuum->toInt()) {
    case 1: // full: the commit gave the free pages back already
        break;
    case 2: // incremental: SQLite frees one page per step, and QSqlQuery steps a statement without columns once
        if (auto result = SqliteStatement::forEachRow(
                SqliteStatement::handle(db), u"PRAGMA incremental_vacuum"_s, [](const SqliteStatement &) {});
            !result)
            return result;
        break;
    default:
        if (auto compacted = m_database.compact(); !compacted)
            return compacted;
        break;
    }
    // The log may still hold the pages as they were; fold it into the file and cut it to nothing. Another
    // connection reading an older state keeps the checkpoint from finishing (busy = 1).
    auto busy = sql::scalar(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (!busy)
        return busy.error();
    if (busy->toInt() != 0)
        return Error {tr("Another program is reading the database, so its log could not be folded back."), {}};
    return {};
}

} // namespace rd
