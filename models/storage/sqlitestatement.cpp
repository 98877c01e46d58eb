// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/sqlitestatement.h"

#include <sqlite3.h>

#include <QSqlDriver>
#include <QVariant>

#include "core/utf8.h"
#include "storage/sqlutil.h"

namespace rd {

SqliteStatement::~SqliteStatement()
{
    finalize();
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &database)
{
    const QVariant value = database.driver() ? database.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

Result<void> SqliteStatement::prepare(sqlite3 *db, const QString &statement)
{
    finalize();
    m_db = db;
    m_sql = statement;
    if (!db)
        return sql::failure(db, statement);
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
        return error();
    m_text.resize(sqlite3_bind_parameter_count(m_statement) + 1);
    return {};
}

void SqliteStatement::finalize()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    // The database is UTF-8: converted into the parameter's own buffer, which keeps its memory from row to row.
    QByteArray &buffer = m_text[index];
    buffer.resize(0);
    appendUtf8(buffer, text);
    sqlite3_bind_text(m_statement, index, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, QDate date)
{
    if (!date.isValid()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    // The Gregorian day from the day number by integer arithmetic (H. Hinnant's days-to-civil algorithm):
    // QDate::getDate() goes through the calendar system, a tenth of the writer's own time on a million
    // orders.
    const qint64 z = date.toJulianDay() - 2440588 + 719468; // days since 0000-03-01
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153; // from March
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    QByteArray &buffer = m_text[index];
    buffer.resize(10);
    char *out = buffer.data();
    const auto digits = [](char *at, int value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            at[i] = char('0' + value % 10);
            value /= 10;
        }
    };
    digits(out, int(year), 4);
    out[4] = '-';
    digits(out + 5, month, 2);
    out[7] = '-';
    digits(out + 8, day, 2);
    sqlite3_bind_text(m_statement, index, buffer.constData(), 10, SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView text)
{
    sqlite3_bind_text(m_statement, index, text.isEmpty() ? "" : text.data(), int(text.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.data(), int(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

Result<bool> SqliteStatement::step()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default: {
        Error failure = error();
        sqlite3_reset(m_statement);
        return failure;
    }
    }
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QByteArrayView SqliteStatement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

Error SqliteStatement::error() const
{
    return sql::failure(m_db, m_sql);
}

} // namespace rd
