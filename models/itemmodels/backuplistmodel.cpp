// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "itemmodels/backuplistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rd {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void BackupListModel::load(const QString &databasePath)
{
    beginResetModel();
    m_databasePath = databasePath;
    m_backups = databasePath.isEmpty() ? QList<BackupInfo>() : Backups::list(databasePath);
    endResetModel();
}

Result<void> BackupListModel::restore(int row) const
{
    if (row < 0 || row >= m_backups.size())
        return Error {tr("Choose a backup to restore."), {}};
    return Backups::restore(m_databasePath, m_backups.at(row).path);
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupInfo &backup = m_backups.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        return tr("%1 · %2 · %3")
            .arg(locale.toString(backup.created, QLocale::ShortFormat), backup.reason,
                locale.formattedDataSize(backup.bytes));
    }
    case Qt::ToolTipRole:
        return backup.path;
    case PathRole:
        return backup.path;
    case CreatedRole:
        return backup.created;
    case ReasonRole:
        return backup.reason;
    default:
        return {};
    }
}

} // namespace rd
