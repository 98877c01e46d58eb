// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QDate>
#include <QFileDevice>
#include <QSqlDatabase>
#include <QString>

#include "core/result.h"

namespace rd {

struct TableCounts
{
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 activity = 0;
    qint64 tickets = 0;
    qint64 surveys = 0;
    qint64 imports = 0;
};

// First and last day that any order, activity event, ticket or survey answer (or signup/cancel date) names.
struct DateRange
{
    QDate first;
    QDate last;
};

// One business's data: one SQLite file, opened through a named Qt Sql connection of its own.
// Opening creates a new file, migrates an older one (after writing a backup next to it) and
// refuses a file written by a newer program without touching it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int SchemaVersion = 8;
    static constexpr int ApplicationId = 0x52445331; // "RDS1" marks our files
    // New databases and their journal files: readable and writable by the user only (0600).
    static constexpr QFileDevice::Permissions PrivateFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Access { ReadWrite, ReadOnly };
    // Opens (or creates) the database file. An existing file that the user may not write, or one in a folder
    // the user may not write to, opens read-only: it can be read, and writing to it fails with a message.
    // A damaged file, a file that is no database and one that another program holds are told apart.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // The statement that creates the index of orders by customer and date (imports rebuild it).
    // Creates a new file at an older schema version; used by migration tests.
    static Result<void> createAtVersion(const QString &path, int version);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // The backup written before this open migrated the file; empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const;
    // Opened read-only (see open()): imports and changes are refused.
    bool isReadOnly() const { return m_readOnly; }

    Result<TableCounts> counts() const;
    Result<DateRange> dateRange() const;
    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Result<void> setSetting(const QString &key, const QString &value);
    Result<void> removeSetting(const QString &key);

    // For a bulk write (an import), outside its transaction: a large page cache for its index lookups
    // (reads scan whole tables, which SQLite's small default cache does faster), no foreign-key lookups,
    // sorts spilled to a file, and a rollback journal instead of the write-ahead log when no other
    // connection has the file open. Off puts each back as open() set it.
    Result<void> setBulkWriting(bool on);

    // Rewrites the file table by table (VACUUM). An import interleaves the pages of a table with those
    // of its indexes; reading such a file after a restart of the computer scatters over the disk, a
    // compacted one reads in order. Needs free disk space of the file's size; not within a transaction.
    Result<void> compact();

    Result<void> beginTransaction();
    Result<void> commit();
    void rollback();

private:
    Database(QString path, QString connectionName);
    static QString nextConnectionName();

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    bool m_readOnly = false;
};

} // namespace rd
