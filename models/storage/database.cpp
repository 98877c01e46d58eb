// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/database.h"

#include <atomic>
#include <optional>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include "storage/backups.h"
#include "storage/schema.h"
#include "storage/sqlutil.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

Error openError(const QString &path, const QSqlDatabase &db)
{
    return sql::orMessage(
        sql::failure(db, {}), Database::tr("Could not open the database %1.").arg(QDir::toNativeSeparators(path)));
}

Result<void> applyMigrations(QSqlDatabase &db, int from, int to)
{
    if (!db.transaction())
        return sql::orMessage(sql::failure(db, u"BEGIN"_s), Database::tr("Could not start a transaction."));
    QSqlQuery query(db);
    for (const Migration &step : schemaMigrations()) {
        if (step.version <= from || step.version > to)
            continue;
        for (const QString &statement : step.statements) {
            if (auto result = sql::exec(query, statement); !result) {
                db.rollback();
                return sql::orMessage(
                    result.error(), Database::tr("Could not upgrade the database to version %1.").arg(step.version));
            }
        }
    }
    // user_version and application_id are part of the transaction in SQLite.
    if (auto result = sql::exec(query, u"PRAGMA user_version = %1"_s.arg(to)); !result) {
        db.rollback();
        return result;
    }
    if (auto result = sql::exec(query, u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId)); !result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const Error error
            = sql::orMessage(sql::failure(db, u"COMMIT"_s), Database::tr("Could not upgrade the database."));
        db.rollback();
        return error;
    }
    return {};
}

struct FileState
{
    int version = 0;
    int applicationId = 0;
    bool hasTables = false;
    QString backupPath; // written before an upgrade
};

// Reads the version of an existing file through a read-only connection, so that a file we
// refuse is never modified (not even by switching it to WAL).
// Why a file that exists could not be read as a database. Opening says more than sqlutil's general words:
// a file that is no database at all, or one that is cut off, is named as such.
Error unreadable(const QString &path, const QSqlError &error)
{
    const QString name = QDir::toNativeSeparators(path);
    const Error failure = sql::failure(error, {}, path);
    switch (sql::resultCode(error) & 0xff) {
    case SQLITE_NOTADB:
        return Error {Database::tr("%1 is not a RetentionDesk database: it is no database file at all. It was not "
                                   "changed.")
                          .arg(name),
            failure.detail};
    case SQLITE_CORRUPT:
        return Error {Database::tr("%1 is damaged (cut off or overwritten): its records cannot be read. It was not "
                                   "changed; open a backup copy of it instead.")
                          .arg(name),
            failure.detail};
    default:
        return sql::orMessage(failure, Database::tr("Could not open the database %1.").arg(name));
    }
}

// Points the connection at path. A read-only connection to a file in a folder we may not write to cannot
// create the -shm file that WAL needs: SQLite reads such a file as immutable (nothing can change it meanwhile).
void setTarget(QSqlDatabase &db, const QString &path, Database::Access access)
{
    if (access == Database::Access::ReadWrite) {
        db.setDatabaseName(path);
        return;
    }
    if (QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        return;
    }
    db.setDatabaseName(
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
}

Result<FileState> inspect(const QString &path, const QString &connectionName, bool backUp, Database::Access access)
{
    FileState state;
    std::optional<Error> failed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        setTarget(db, path, access == Database::Access::ReadWrite ? Database::Access::ReadOnly : access);
        if (!db.open()) {
            failed = unreadable(path, db.lastError());
        } else {
            QSqlQuery query(db);
            for (const auto &[statement, target] : {std::pair {u"PRAGMA user_version"_s, &state.version},
                     std::pair {u"PRAGMA application_id"_s, &state.applicationId}}) {
                if (!failed && query.exec(statement) && query.next())
                    *target = query.value(0).toInt();
                else if (!failed)
                    failed = unreadable(path, query.lastError());
            }
            if (!failed && query.exec(u"SELECT count(*) FROM sqlite_master"_s) && query.next())
                state.hasTables = query.value(0).toInt() > 0;
            else if (!failed)
                failed = unreadable(path, query.lastError());
        }
        if (failed) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return *failed;
        }
        if (backUp && state.version > 0 && state.version < Database::SchemaVersion
            && state.applicationId == Database::ApplicationId) {
            // A consistent copy among the backups (with what still sits in the WAL), private where the file is.
            auto copied = Backups::writeCopy(
                db, path, Database::tr("before upgrading to data format %1").arg(Database::SchemaVersion));
            if (!copied) {
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(connectionName);
                return Error {Database::tr("Could not write a backup before upgrading the database: %1")
                                  .arg(copied.error().message),
                    copied.error().detail};
            }
            state.backupPath = copied->path;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return state;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::nextConnectionName()
{
    static std::atomic<int> counter {0};
    return u"retentiondesk-%1"_s.arg(counter.fetch_add(1));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const bool inMemory = path == u":memory:";
    const QString connectionName = nextConnectionName();
    const QString nativePath = QDir::toNativeSeparators(path);
    QString backup;
    int version = 0;
    Access access = Access::ReadWrite;

    if (!inMemory && QFileInfo::exists(path)) {
        const QFileInfo info(path);
        if (!info.isFile())
            return Error {tr("%1 is not a file.").arg(nativePath), {}};
        // A file we may not write, or one in a folder we may not write to (where SQLite cannot keep its
        // journal), is opened for reading: its figures can still be looked at.
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            access = Access::ReadOnly;
        auto probe = inspect(path, connectionName, false, access);
        if (!probe)
            return probe.error();
        const FileState &state = *probe;
        if (state.version > SchemaVersion) {
            return Error {tr("%1 was written by a newer version of RetentionDesk (data format %2; this program "
                             "reads up to %3). Update RetentionDesk to open it; the file was not changed.")
                              .arg(nativePath, QString::number(state.version), QString::number(SchemaVersion)),
                {}};
        }
        if ((state.version > 0 || state.hasTables) && state.applicationId != ApplicationId)
            return Error {
                tr("%1 is an SQLite file, but not a RetentionDesk database; it was not changed.").arg(nativePath), {}};
        version = state.version;
        if (access == Access::ReadOnly && version < SchemaVersion)
            return Error {tr("%1 is read-only (or lies in a folder you may not write to), and it must be upgraded "
                             "to this version of RetentionDesk before it can be read. Copy it to a folder of your "
                             "own and open the copy.")
                              .arg(nativePath),
                {}};
        if (version > 0 && version < SchemaVersion) {
            auto copied = inspect(path, connectionName, true, access);
            if (!copied)
                return copied.error();
            backup = copied->backupPath;
        }
    }

    // A new database holds customers' data from its first import: readable by the user only, and so are
    // its -wal and -shm files, which SQLite creates with the database's mode.
    if (!inMemory && !QFileInfo::exists(path)) {
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !created.setPermissions(PrivateFilePermissions))
            return Error {tr("Could not create the database %1: %2").arg(nativePath, created.errorString()), {}};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    setTarget(db, path, access);
    if (!db.open()) {
        Error error = unreadable(path, db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return error;
    }
    std::unique_ptr<Database> database(new Database(path, connectionName));
    database->m_backupPath = backup;
    database->m_readOnly = access == Access::ReadOnly;

    QSqlQuery query(db);
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
             u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA temp_store = MEMORY"_s}) {
        if ((inMemory || access == Access::ReadOnly) && pragma.contains(u"journal_mode"))
            continue;
        if (auto result = sql::exec(query, pragma); !result)
            return sql::orMessage(result.error(), tr("Could not open the database %1.").arg(nativePath));
    }
    if (version < SchemaVersion) {
        if (auto result = applyMigrations(db, version, SchemaVersion); !result)
            return Error {result.error().message + u' '
                    + tr("The file was left as it was%1.")
                          .arg(backup.isEmpty() ? QString()
                                                : tr("; a backup is at %1").arg(QDir::toNativeSeparators(backup))),
                result.error().detail};
    }
    return database;
}

Result<void> Database::createAtVersion(const QString &path, int version)
{
    const QString connectionName = nextConnectionName();
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(path);
        if (!db.open())
            result = openError(path, db);
        else
            result = applyMigrations(db, 0, version);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto version = sql::scalar(connection(), u"PRAGMA user_version"_s);
    return version ? version->toInt() : -1;
}

Result<TableCounts> Database::counts() const
{
    TableCounts counts;
    const QList<std::pair<QString, qint64 *>> tables = {
        {u"customers"_s, &counts.customers},
        {u"orders"_s, &counts.orders},
        {u"activity"_s, &counts.activity},
        {u"tickets"_s, &counts.tickets},
        {u"surveys"_s, &counts.surveys},
        {u"imports"_s, &counts.imports},
    };
    for (const auto &[table, target] : tables) {
        auto value = sql::scalar(connection(), u"SELECT count(*) FROM "_s + table);
        if (!value)
            return value.error();
        *target = value->toLongLong();
    }
    return counts;
}

Result<DateRange> Database::dateRange() const
{
    auto value = sql::scalar(connection(),
        u"SELECT min(d) || '|' || max(d) FROM ("
        "  SELECT min(order_date) AS d FROM orders UNION ALL"
        "  SELECT max(order_date) FROM orders UNION ALL"
        "  SELECT min(event_date) FROM activity UNION ALL"
        "  SELECT max(event_date) FROM activity UNION ALL"
        "  SELECT min(opened_date) FROM tickets UNION ALL"
        "  SELECT max(coalesce(closed_date, opened_date)) FROM tickets UNION ALL"
        "  SELECT min(survey_date) FROM surveys UNION ALL"
        "  SELECT max(survey_date) FROM surveys UNION ALL"
        "  SELECT min(answer_date) FROM exit_answers UNION ALL"
        "  SELECT max(answer_date) FROM exit_answers UNION ALL"
        "  SELECT min(signup_date) FROM customers UNION ALL"
        "  SELECT max(cancel_date) FROM customers)"_s);
    if (!value)
        return value.error();
    DateRange range;
    const QStringList parts = value->toString().split(u'|');
    if (parts.size() == 2) {
        range.first = QDate::fromString(parts.at(0), Qt::ISODate);
        range.last = QDate::fromString(parts.at(1), Qt::ISODate);
    }
    return range;
}

Result<QString> Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(connection());
    if (auto result = sql::prepare(query, u"SELECT value FROM settings WHERE key = :key"_s); !result)
        return result.error();
    query.bindValue(u":key"_s, key);
    if (auto result = sql::exec(query); !result)
        return result.error();
    return query.next() ? query.value(0).toString() : fallback;
}

Result<void> Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(connection());
    if (auto result = sql::prepare(query,
            u"INSERT INTO settings (key, value) VALUES (:key, :value)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        !result)
        return result;
    query.bindValue(u":key"_s, key);
    query.bindValue(u":value"_s, value);
    return sql::exec(query);
}

Result<void> Database::removeSetting(const QString &key)
{
    QSqlQuery query(connection());
    if (auto result = sql::prepare(query, u"DELETE FROM settings WHERE key = :key"_s); !result)
        return result;
    query.bindValue(u":key"_s, key);
    return sql::exec(query);
}

Result<void> Database::setBulkWriting(bool on)
{
    // 16 MiB while writing in bulk, else SQLite's default of 2 MiB. Pages beyond it are written to the file
    // (the operating system's cache) during the transaction. A cache as large as the import (256 MiB held
    // all 85 MB of a million orders) took no less time: every new page of it was memory the kernel had to
    // clear first, up to a sixth of the writing thread (bench/import, paired with sqlite3: median ratio 1.14
    // with 256 MiB, 1.08 with 32 MiB; 16 MiB took 0.94 of the time of 32 MiB with order numbers in file
    // order and as long with shuffled ones, where 8 MiB took 1.15 of it; peak memory 145 -> 83 MiB).
    QSqlQuery query(connection());
    if (auto result = sql::exec(query, on ? u"PRAGMA cache_size = -16384"_s : u"PRAGMA cache_size = -2000"_s); !result)
        return result;
    // An import names only customers it has just found or created in the same transaction (ImportStore),
    // so checking every order's customer again would look up a million rows for nothing.
    if (auto result = sql::exec(query, on ? u"PRAGMA foreign_keys = OFF"_s : u"PRAGMA foreign_keys = ON"_s); !result)
        return result;
    // A sort while writing in bulk spills to a temporary file beyond the page cache instead of growing in
    // memory without bound (with an index built at the end, ten million orders took 913 MiB, 593 MiB so).
    if (auto result = sql::exec(query, on ? u"PRAGMA temp_store = FILE"_s : u"PRAGMA temp_store = MEMORY"_s); !result)
        return result;
    if (m_path == u":memory:" || m_readOnly)
        return {};
    // A write-ahead log holds every page an import writes, and a checkpoint writes it all again. A
    // rollback journal holds only the pages the file had before, which an import into a young file
    // seldom changes: its new pages are written once. Just as crash-safe, with a synchronous commit.
    // The switch needs the file to itself: while another connection has it open, SQLite refuses it at
    // once and the import writes through the log as before.
    if (on) {
        const auto mode = sql::scalar(connection(), u"PRAGMA journal_mode = DELETE"_s);
        if (!mode || mode->toString() != u"delete")
            return {};
        return sql::exec(query, u"PRAGMA synchronous = FULL"_s);
    }
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s}) {
        if (auto result = sql::exec(query, pragma); !result)
            return result;
    }
    return {};
}

Result<void> Database::compact()
{
    QSqlQuery query(connection());
    // The copy VACUUM builds goes to a temporary file, not into memory; the log is folded back after.
    for (const QString &statement : {u"PRAGMA temp_store = DEFAULT"_s, u"VACUUM"_s,
             u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"PRAGMA temp_store = MEMORY"_s}) {
        if (auto result = sql::exec(query, statement); !result)
            return sql::orMessage(
                result.error(), tr("Could not compact the database %1.").arg(QDir::toNativeSeparators(m_path)));
    }
    return {};
}

Result<void> Database::beginTransaction()
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return sql::orMessage(sql::failure(db, u"BEGIN"_s), tr("Could not start a transaction."));
    return {};
}

Result<void> Database::commit()
{
    QSqlDatabase db = connection();
    if (!db.commit()) {
        // SQLite's reason, before the rollback replaces it (after a full disk SQLite has already rolled back).
        const Error error = sql::orMessage(sql::failure(db, u"COMMIT"_s), tr("Could not save the changes."));
        db.rollback();
        return error;
    }
    return {};
}

void Database::rollback()
{
    connection().rollback();
}

} // namespace rd
