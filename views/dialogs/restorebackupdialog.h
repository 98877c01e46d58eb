// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QDialog>

class QListView;
class QPushButton;

namespace rd {

class BackupListModel;

// File > Restore Backup…: the copies kept before each import, newest first, with what followed each. The
// window closes the database, restores the chosen one and opens it again.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    BackupListModel *model() const { return m_model; }
    // The chosen row; -1 when none is.
    int chosenRow() const;
    void choose(int row);

private:
    BackupListModel *m_model;
    QListView *m_list;
    QPushButton *m_restore;
};

} // namespace rd
