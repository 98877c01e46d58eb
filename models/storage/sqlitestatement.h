// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace rd {

// A prepared SQLite statement on the connection of a QSqlDatabase, for the bulk writes of an import:
// QSqlQuery's per-call binding costs about ten times what SQLite itself spends on a row. The SQL
// stays in storage; only the binding is SQLite's own.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The SQLite handle behind a QSQLITE connection; nullptr for any other driver.
    static sqlite3 *handle(const QSqlDatabase &database);

    Result<void> prepare(sqlite3 *db, const QString &statement);
    void finalize();

    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, const QString &text); // a null QString binds NULL
    void bind(int index, QDate date); // yyyy-MM-dd; NULL for an invalid date or a year outside 1-9999
    // UTF-8 text the caller keeps unchanged until the statement has run (not copied).
    void bindUtf8(int index, QByteArrayView text);
    void bindNull(int index);
    void bindBlob(int index, QByteArrayView bytes); // copied
    // Runs the statement; true when it produced a row (read it with columnInt64), false when done.
    Result<bool> step();
    qint64 columnInt64(int column) const;
    bool columnIsNull(int column) const;
    // The column's UTF-8 text, valid until the next step or reset.
    QByteArrayView columnText(int column) const;
    QByteArrayView columnBlob(int column) const;
    // The rowid of the row the last INSERT on this connection added.
    qint64 lastInsertId() const;
    // Makes the statement ready for the next row; the bindings are replaced one by one.
    void reset();

    // Runs a query and calls onRow(statement) for each row it yields.
    template<typename OnRow> static Result<void> forEachRow(sqlite3 *db, const QString &sql, OnRow &&onRow)
    {
        SqliteStatement query;
        if (auto prepared = query.prepare(db, sql); !prepared)
            return prepared;
        for (;;) {
            auto row = query.step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            onRow(query);
        }
    }

private:
    Error error() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    // UTF-8 copies of bound text, kept until the next bind of the same parameter (SQLITE_STATIC).
    QList<QByteArray> m_text;
};

} // namespace rd
