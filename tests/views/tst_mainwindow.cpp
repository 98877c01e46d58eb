// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "demo/demodatabase.h"
#include "storage/database.h"
#include "views/mainwindow.h"
#include "views/pages/kpitile.h"
#include "views/pages/overviewpage.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QString demoDatabase()
    {
        const QString path = m_dir.filePath(u"demo.sqlite"_s);
        if (QFile::exists(path))
            return path;
        auto db = Database::open(path);
        if (!db)
            return {};
        DemoOptions options;
        options.customers = 300;
        if (!DemoDatabase::write(**db, options))
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"RetentionDeskTests"_s);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void opensDatabaseAndComputesOffTheUiThread()
    {
        const QString path = demoDatabase();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(&window, &MainWindow::snapshotReady);
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.windowTitle().contains(u"demo.sqlite"_s));
        QVERIFY(ready.wait(30000));
        QVERIFY(!window.isBusy());
        QVERIFY(window.snapshot().has_value());
        QVERIFY(window.snapshot()->demoData);
        QCOMPARE(window.snapshot()->data->customerCount(), 300);

        const auto *overview = window.findChild<OverviewPage *>();
        QVERIFY(overview);
        QCOMPARE(overview->tiles().size(), 6);
        QVERIFY(!overview->tiles().at(0)->value().isEmpty());
        QVERIFY(overview->tiles().at(1)->toolTip().contains(u"churn rate ="_s));
    }

    void newerRequestSupersedesAStaleOne()
    {
        MainWindow window;
        QSignalSpy ready(&window, &MainWindow::snapshotReady);
        QVERIFY(window.openDatabase(demoDatabase()));
        DashboardRequest quarter = window.request();
        quarter.kind = PeriodKind::Quarter;
        window.setRequest(quarter); // while the first computation still runs
        DashboardRequest year = quarter;
        year.kind = PeriodKind::Year;
        window.setRequest(year);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 && !window.isBusy(), 30000);
        // Only the newest request is shown; stale results are dropped.
        QCOMPARE(window.snapshot()->request.kind, PeriodKind::Year);
        QVERIFY(window.snapshot()->report.periods.constLast().period.label.size() == 4);
    }

    void rendersScreenshots()
    {
        MainWindow window;
        window.resize(1280, 800);
        QSignalSpy ready(&window, &MainWindow::snapshotReady);
        QVERIFY(window.openDatabase(demoDatabase()));
        QVERIFY(ready.wait(30000));
        const QString directory = m_dir.filePath(u"shots"_s);
        QVERIFY(window.saveScreenshots(directory));
        for (int page = 0; page < MainWindow::PageCount; ++page)
            QVERIFY(
                QFileInfo(QDir(directory).filePath(MainWindow::pageFileName(MainWindow::Page(page)) + u".png"_s)).size()
                > 0);
    }

    void refusesBadFiles()
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
        QVERIFY(window.databasePath().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
