// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/result.h"

namespace rd {

class Database;

// A copy of a database as it was before a change, in the folder "<database>.backups" beside it.
struct BackupInfo
{
    QString path;
    QDateTime created;
    QString reason; // what followed: "before importing orders.csv"
    qint64 bytes = 0;
};

// Copies of the database before each import (and before a restore), the newest Kept kept. A copy is
// written with SQLite's VACUUM INTO (consistent, with what still sits in the WAL) into a file created
// first with the database's own permissions, so a private database has private backups.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int Kept = 5;

    static QString folderFor(const QString &databasePath);
    // Writes a backup of the open database, unless it holds no records yet (there is nothing to lose);
    // returns the backup written, or an empty BackupInfo when none was needed. Not within a transaction.
    static Result<BackupInfo> create(Database &database, const QString &reason);
    // Whether create() would write one: a file database, writable, holding records.
    static bool needed(const Database &database);
    // Writes a copy of the database that connection has open at databasePath, whatever it holds, and keeps
    // the newest Kept: create() and the upgrade of an older file (Database::open) use it.
    static Result<BackupInfo> writeCopy(
        const QSqlDatabase &connection, const QString &databasePath, const QString &reason);
    // The backups of the database at databasePath, newest first.
    static QList<BackupInfo> list(const QString &databasePath);
    // Puts the backup in place of the database at databasePath, which no connection may hold open. The
    // database as it is now is backed up first, so a restore can itself be undone.
    static Result<void> restore(const QString &databasePath, const QString &backupPath);
};

} // namespace rd
