// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "itemmodels/backuplistmodel.h"
#include "storage/database.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestBackupListModel : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void listsAndRestores()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"shop.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery query((*db)->connection());
            for (const QString &id : {u"A"_s, u"B"_s}) {
                QVERIFY(query.exec(u"INSERT INTO customers (external_id) VALUES ('%1')"_s.arg(id)));
                QVERIFY(Backups::create(**db, u"before importing %1.csv"_s.arg(id)));
            }
        }
        BackupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.load(path);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(BackupListModel::ReasonRole).toString(), u"before importing B.csv"_s);
        QVERIFY(model.index(0).data().toString().contains(u" · before importing B.csv · "_s));
        QVERIFY(model.index(1).data(BackupListModel::CreatedRole).toDateTime().isValid());
        QVERIFY(!model.restore(5));
        QVERIFY(model.restore(1)); // the state before A's import was recorded... after A: one customer
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE((*db)->counts()->customers, 1);
        model.load({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupListModel)
#include "tst_backuplistmodel.moc"
