// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "itemmodels/backuplistmodel.h"
#include "storage/database.h"
#include "support/testcase.h"
#include "views/dialogs/restorebackupdialog.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestRestoreBackupDialog : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void choosesABackup()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"shop.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"INSERT INTO customers (external_id) VALUES ('A')"_s));
            QVERIFY(Backups::create(**db, u"before importing orders.csv"_s));
        }
        RestoreBackupDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QPushButton *restore = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == u"&Restore"_s)
                restore = button;
        }
        QVERIFY(restore);
        QVERIFY(!restore->isEnabled());
        QCOMPARE(dialog.chosenRow(), -1);
        dialog.choose(0);
        QCOMPARE(dialog.chosenRow(), 0);
        QVERIFY(restore->isEnabled());
        if (const QByteArray folder = qgetenv("RD_SCREENSHOT_DIR"); !folder.isEmpty())
            dialog.grab().save(QString::fromLocal8Bit(folder) + u"/restorebackup.png"_s);
    }

    void saysWhenThereAreNone()
    {
        QTemporaryDir dir;
        RestoreBackupDialog dialog(dir.filePath(u"none.sqlite"_s));
        QCOMPARE(dialog.model()->rowCount(), 0);
        QCOMPARE(dialog.chosenRow(), -1);
    }
};

QTEST_MAIN(TestRestoreBackupDialog)
#include "tst_restorebackupdialog.moc"
