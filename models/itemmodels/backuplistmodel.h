// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QAbstractListModel>

#include "core/result.h"
#include "storage/backups.h"

namespace rd {

// The backups of one database, newest first: "2 Dec 2026 05:58 · before importing orders.csv · 1.2 MB".
// restore() puts one in place of the database, which the caller must have closed.
class BackupListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PathRole = Qt::UserRole, CreatedRole, ReasonRole };

    explicit BackupListModel(QObject *parent = nullptr);

    // Reads the list of the database at databasePath again.
    void load(const QString &databasePath);
    QString databasePath() const { return m_databasePath; }
    Result<void> restore(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_databasePath;
    QList<BackupInfo> m_backups;
};

} // namespace rd
