// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "itemmodels/tablecountsmodel.h"
#include "storage/database.h"
#include "views/mainwindow.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"RetentionDeskTests"_s);
        QVERIFY(m_dir.isValid());
    }

    void opensDatabaseAndShowsCounts()
    {
        const QString path = m_dir.filePath(u"shop.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"INSERT INTO customers (external_id) VALUES ('A'), ('B'), ('C')"_s));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.windowTitle().contains(u"shop.sqlite"_s));
        QCOMPARE(window.countsModel()->counts().customers, 3);
        window.closeDatabase();
        QCOMPARE(window.countsModel()->counts().customers, 0);
    }

    void reportsBadFile()
    {
        MainWindow window;
        const QString path = m_dir.filePath(u"notes.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just text, no database\n");
        file.close();
        auto result = window.openDatabase(path);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(u"notes.txt"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
