// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

#include "core/result.h"

class QSqlError;
struct sqlite3;

namespace rd::sql {

// Every prepare/exec in storage goes through these, so no failure goes unchecked.
Result<void> prepare(QSqlQuery &query, const QString &statement);
Result<void> exec(QSqlQuery &query);
Result<void> exec(QSqlQuery &query, const QString &statement);
// Runs a query that yields one value (a count, a pragma).
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement);

// The one place that turns an SQLite failure into words for the user. The message depends on SQLite's
// primary result code (a full disk, a file another program holds, a damaged file...) and names the
// database file when one is given; SQLite's own text and the statement go only into the detail, which
// is for a log or a bug report, never for the user.
QString userMessage(int sqliteCode, const QString &databaseFile = {});
Error failure(int sqliteCode, const QString &sqliteText, const QString &statement, const QString &databaseFile = {});
// For Qt SQL: the code is the error's nativeErrorCode(), which the QSQLITE driver fills with SQLite's.
Error failure(const QSqlError &error, const QString &statement, const QString &databaseFile = {});
// The connection's last error (a failed open, transaction or commit), naming the file it has open.
Error failure(const QSqlDatabase &db, const QString &statement);
// For the raw sqlite3 API: the connection's last error, and the file the connection has open.
Error failure(sqlite3 *db, const QString &statement);

// SQLite's result code behind a QSQLITE error (its nativeErrorCode()); 0 when it holds none.
int resultCode(const QSqlError &error);
// Whether userMessage() has words of its own for this code, rather than the general message.
bool hasSpecificMessage(int sqliteCode);
// A failure as the caller words it: keeps a specific message (a full disk, a lock...) and puts `message`
// ("Could not compact the database X.") in place of the general one.
Error orMessage(const Error &error, const QString &message);
// The file an SQLite connection has open; empty for an in-memory or temporary database.
QString databaseFile(sqlite3 *db);
QString databaseFile(const QSqlDatabase &db);

} // namespace rd::sql
