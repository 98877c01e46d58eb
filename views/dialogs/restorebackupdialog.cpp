// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/dialogs/restorebackupdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include "itemmodels/backuplistmodel.h"

namespace rd {

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_model(new BackupListModel(this))
    , m_list(new QListView(this))
{
    setWindowTitle(tr("Restore Backup"));
    m_model->load(databasePath);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(m_model->rowCount() == 0
            ? tr("There are no backups of %1 yet. One is written before each import into a database that holds data.")
                  .arg(QFileInfo(databasePath).fileName())
            : tr("A copy of %1 is kept before each import (the newest five). Restoring one replaces the database "
                 "as it is now, which is kept as the newest backup, so this can be undone the same way.")
                  .arg(QFileInfo(databasePath).fileName()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_restore->setEnabled(chosenRow() >= 0); });
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    resize(560, 320);
}

int RestoreBackupDialog::chosenRow() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void RestoreBackupDialog::choose(int row)
{
    m_list->setCurrentIndex(m_model->index(row));
}

} // namespace rd
