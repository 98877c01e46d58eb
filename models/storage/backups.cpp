// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/backups.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "storage/database.h"
#include "storage/sqlutil.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr auto ReasonKey = "backup.reason";
constexpr auto CreatedKey = "backup.created";

QString quoted(const QString &path)
{
    QString text = path;
    text.replace(u'\'', u"''"_s);
    return u'\'' + text + u'\'';
}

// Reads what a backup file says about itself through a read-only connection.
std::optional<BackupInfo> describe(const QString &path)
{
    const QString connection = u"rd-backup-%1"_s.arg(quintptr(&path));
    std::optional<BackupInfo> info;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA application_id"_s) && query.next()
                && query.value(0).toInt() == Database::ApplicationId) {
                info = BackupInfo {path, QFileInfo(path).lastModified(), {}, QFileInfo(path).size()};
                if (query.exec(u"SELECT key, value FROM settings WHERE key LIKE 'backup.%'"_s)) {
                    while (query.next()) {
                        if (query.value(0).toString() == QLatin1StringView(ReasonKey))
                            info->reason = query.value(1).toString();
                        else if (query.value(0).toString() == QLatin1StringView(CreatedKey))
                            info->created = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return info;
}

} // namespace

QString Backups::folderFor(const QString &databasePath)
{
    return databasePath + u".backups"_s;
}

bool Backups::needed(const Database &database)
{
    const QString path = database.path();
    if (path.isEmpty() || path == u":memory:" || database.isReadOnly())
        return false;
    const auto counts = database.counts();
    // A database whose records cannot be counted is backed up all the more.
    return !counts || counts->customers > 0 || counts->orders > 0 || counts->activity > 0 || counts->tickets > 0
        || counts->surveys > 0;
}

Result<BackupInfo> Backups::create(Database &database, const QString &reason)
{
    if (!needed(database))
        return BackupInfo {};
    return writeCopy(database.connection(), database.path(), reason);
}

Result<BackupInfo> Backups::writeCopy(const QSqlDatabase &connection, const QString &path, const QString &reason)
{
    const QString folder = folderFor(path);
    const QString nativeFolder = QDir::toNativeSeparators(folder);
    if (!QDir().mkpath(folder))
        return Error {tr("Could not create the backup folder %1.").arg(nativeFolder), {}};
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QDateTime now = QDateTime::currentDateTime();
    QString target = folder + u'/' + now.toString(u"yyyyMMdd-HHmmss-zzz"_s) + u".sqlite"_s;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = folder + u'/' + now.toString(u"yyyyMMdd-HHmmss-zzz"_s) + u"-%1.sqlite"_s.arg(n);
    {
        QFile created(target);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !created.setPermissions(QFile::permissions(path)))
            return Error {
                tr("Could not write the backup %1: %2").arg(QDir::toNativeSeparators(target), created.errorString()),
                {}};
    }
    QSqlQuery query(connection);
    if (auto copied = sql::exec(query, u"VACUUM INTO "_s + quoted(target)); !copied) {
        QFile::remove(target);
        return sql::orMessage(copied.error(),
            tr("Could not write the backup %1; nothing was changed.").arg(QDir::toNativeSeparators(target)));
    }
    // The backup says what followed it and when it was made.
    const QString noteConnection = u"rd-backup-write"_s;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, noteConnection);
        copy.setDatabaseName(target);
        if (copy.open()) {
            QSqlQuery note(copy);
            note.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?), (?, ?)"_s);
            note.addBindValue(QString::fromLatin1(ReasonKey));
            note.addBindValue(reason);
            note.addBindValue(QString::fromLatin1(CreatedKey));
            note.addBindValue(now.toString(Qt::ISODate));
            note.exec();
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(noteConnection);

    // The newest Kept stay.
    const QList<BackupInfo> all = list(path);
    for (qsizetype i = Kept; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return BackupInfo {target, now, reason, QFileInfo(target).size()};
}

QList<BackupInfo> Backups::list(const QString &databasePath)
{
    QList<BackupInfo> backups;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo &file : folder.entryInfoList({u"*.sqlite"_s}, QDir::Files)) {
        if (auto info = describe(file.filePath()))
            backups.append(*info);
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.created != b.created ? a.created > b.created : a.path > b.path;
    });
    return backups;
}

Result<void> Backups::restore(const QString &databasePath, const QString &backupPath)
{
    const QString nativeBackup = QDir::toNativeSeparators(backupPath);
    const auto info = describe(backupPath);
    if (!info)
        return Error {tr("%1 is not a backup of a RetentionDesk database.").arg(nativeBackup), {}};
    {
        auto database = Database::open(databasePath);
        if (!database)
            return database.error();
        if ((*database)->isReadOnly())
            return Error {
                tr("%1 is read-only: it cannot be replaced by a backup.").arg(QDir::toNativeSeparators(databasePath)),
                {}};
        auto before = create(**database,
            tr("before restoring the backup of %1").arg(QLocale().toString(info->created, QLocale::ShortFormat)));
        if (!before)
            return before.error();
        // The database is closed here: its WAL is folded back and removed.
    }
    const QString staging = databasePath + u".restoring"_s;
    QFile::remove(staging);
    if (!QFile::copy(backupPath, staging))
        return Error {tr("Could not copy the backup %1 beside the database.").arg(nativeBackup), {}};
    QFile::setPermissions(staging, QFile::permissions(databasePath));
    QFile::remove(databasePath + u"-wal"_s);
    QFile::remove(databasePath + u"-shm"_s);
    // rename(2) replaces the file in one step: a crash leaves the old or the restored database, never half.
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(databasePath).constData()) != 0) {
        QFile::remove(staging);
        return Error {tr("Could not put the backup in place of %1.").arg(QDir::toNativeSeparators(databasePath)), {}};
    }
    return {};
}

} // namespace rd
