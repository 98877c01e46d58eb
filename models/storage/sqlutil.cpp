// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/sqlutil.h"

#include <sqlite3.h>

#include <QDir>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace rd::sql {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

sqlite3 *handleOf(const QSqlDriver *driver)
{
    const QVariant value = driver ? driver->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

Error queryFailure(const QSqlQuery &query, const QString &statement)
{
    return failure(query.lastError(), statement, databaseFile(handleOf(query.driver())));
}
} // namespace

QString userMessage(int sqliteCode, const QString &databaseFile)
{
    const QString file = QDir::toNativeSeparators(databaseFile);
    const bool named = !file.isEmpty();
    // Extended codes (SQLITE_IOERR_WRITE...) carry the primary code in their low byte.
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return named ? Tr::tr("The disk is full, so the changes to %1 could not be written; nothing was changed. "
                              "Free some space and try again.")
                           .arg(file)
                     : Tr::tr("The disk is full, so the changes could not be written; nothing was changed. Free "
                              "some space and try again.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return named ? Tr::tr("Another program is using %1 (perhaps a second RetentionDesk window or a database "
                              "tool); nothing was changed. Close it and try again.")
                           .arg(file)
                     : Tr::tr("Another program is using the database; nothing was changed. Close it and try again.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return named ? Tr::tr("%1 cannot be written to (it is read-only, or on a read-only disk); nothing was "
                              "changed. Check the file's permissions, or copy it to a folder you may write to.")
                           .arg(file)
                     : Tr::tr("The database cannot be written to (it is read-only); nothing was changed.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return named ? Tr::tr("%1 is damaged and cannot be used. Restore it from a backup.").arg(file)
                     : Tr::tr("The database is damaged and cannot be used. Restore it from a backup.");
    case SQLITE_IOERR:
        return named ? Tr::tr("Reading or writing %1 failed (an error of the disk or the network drive); nothing "
                              "was changed. Check the disk and try again.")
                           .arg(file)
                     : Tr::tr("Reading or writing the database failed (an error of the disk or the network drive); "
                              "nothing was changed. Check the disk and try again.");
    case SQLITE_CANTOPEN:
        return named
            ? Tr::tr("%1 could not be opened. Check that its folder exists and that you may write to it.").arg(file)
            : Tr::tr("A file of the database could not be opened. Check that its folder exists and that "
                     "you may write to it.");
    default:
        return Tr::tr("The database could not carry out a request.");
    }
}

Error failure(int sqliteCode, const QString &sqliteText, const QString &statement, const QString &databaseFile)
{
    QString detail = sqliteText.trimmed();
    if (sqliteCode != SQLITE_OK)
        detail += u" (SQLite %1)"_s.arg(sqliteCode);
    if (!statement.isEmpty())
        detail += u" ["_s + statement.simplified() + u']';
    return Error {userMessage(sqliteCode, databaseFile), detail};
}

Error failure(const QSqlError &error, const QString &statement, const QString &databaseFile)
{
    return failure(resultCode(error), error.text(), statement, databaseFile);
}

Error failure(const QSqlDatabase &db, const QString &statement)
{
    const QSqlError error = db.lastError();
    // QSQLITE leaves SQLite's code out of the errors of BEGIN, COMMIT and ROLLBACK; the connection still has it.
    if (sqlite3 *handle = handleOf(db.driver()); handle && db.isOpen() && resultCode(error) == SQLITE_OK)
        return failure(sqlite3_extended_errcode(handle), error.text(), statement, databaseFile(handle));
    return failure(error, statement, databaseFile(db));
}

Error failure(sqlite3 *db, const QString &statement)
{
    if (!db)
        return failure(SQLITE_MISUSE, u"no SQLite connection"_s, statement);
    return failure(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), statement, databaseFile(db));
}

int resultCode(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return numeric ? code : SQLITE_OK;
}

bool hasSpecificMessage(int sqliteCode)
{
    return userMessage(sqliteCode) != userMessage(SQLITE_ERROR);
}

Error orMessage(const Error &error, const QString &message)
{
    if (error.message != userMessage(SQLITE_ERROR))
        return error;
    return Error {message, error.detail};
}

QString databaseFile(sqlite3 *db)
{
    const char *name = db ? sqlite3_db_filename(db, "main") : nullptr;
    return name ? QString::fromUtf8(name) : QString();
}

QString databaseFile(const QSqlDatabase &db)
{
    // Before the connection is open there is no handle yet: the name it will open is the file.
    if (sqlite3 *handle = handleOf(db.driver()); handle && db.isOpen())
        return databaseFile(handle);
    return db.databaseName() == u":memory:" ? QString() : db.databaseName();
}

Result<void> prepare(QSqlQuery &query, const QString &statement)
{
    if (!query.prepare(statement))
        return queryFailure(query, statement);
    return {};
}

Result<void> exec(QSqlQuery &query)
{
    if (!query.exec())
        return queryFailure(query, query.lastQuery());
    return {};
}

Result<void> exec(QSqlQuery &query, const QString &statement)
{
    if (!query.exec(statement))
        return queryFailure(query, statement);
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return queryFailure(query, statement);
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace rd::sql
