// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "cli/backupcommands.h"

#include <QDir>
#include <QLocale>

#include "cli/common.h"
#include "storage/backups.h"

using namespace Qt::StringLiterals;

namespace rd::cli {

int backupsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the copies of a database kept before each import (the newest %1), "
                                             "newest first, numbered for restore.")
                                         .arg(Backups::Kept));
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(db))
        return usageError(Cli::tr("backups needs --db FILE."), parser);
    const QList<BackupInfo> backups = Backups::list(parser.value(db));
    if (backups.isEmpty()) {
        out() << Cli::tr("No backups of %1 yet: one is written before each import into a database that holds data.")
                     .arg(parser.value(db))
              << Qt::endl;
        return Success;
    }
    const QLocale locale;
    int number = 0;
    for (const BackupInfo &backup : backups) {
        out() << Cli::tr("%1. %2, %3, %4: %5")
                     .arg(QString::number(++number), backup.created.toString(u"yyyy-MM-dd HH:mm:ss"_s), backup.reason,
                         locale.formattedDataSize(backup.bytes), QDir::toNativeSeparators(backup.path))
              << u'\n';
    }
    out().flush();
    return Success;
}

int restoreCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Puts a backup in place of the database: give its number from \"backups\" or its file. The database "
                "as it is now is backed up first, so the restore can be undone the same way. No other program may use "
                "the database meanwhile."));
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    parser.addPositionalArgument(u"BACKUP"_s, Cli::tr("The backup's number (1 is the newest) or file."));
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(db) || parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("restore needs --db FILE and one BACKUP."), parser);
    const QString path = parser.value(db);
    if (!QFileInfo::exists(path))
        return failure(Cli::tr("%1 does not exist.").arg(path));
    QString backup = parser.positionalArguments().constFirst();
    bool numeric = false;
    const int number = backup.toInt(&numeric);
    if (numeric) {
        const QList<BackupInfo> backups = Backups::list(path);
        if (number < 1 || number > backups.size())
            return failure(backups.isEmpty()
                    ? Cli::tr("%1 has no backups yet.").arg(path)
                    : Cli::tr("There is no backup %1: \"backups\" lists 1 to %2.").arg(backup).arg(backups.size()));
        backup = backups.at(number - 1).path;
    }
    if (auto restored = Backups::restore(path, backup); !restored)
        return failure(restored.error());
    out() << Cli::tr("Restored %1 from %2; the state before is the newest backup now.")
                 .arg(path, QDir::toNativeSeparators(backup))
          << Qt::endl;
    return Success;
}

} // namespace rd::cli
