// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "itemmodels/growingtablemodel.h"
#include "itemmodels/reasonstablemodel.h"
#include "itemmodels/riskfilterproxymodel.h"
#include "itemmodels/risktablemodel.h"
#include "storage/database.h"
#include "storage/lighthistory.h"
#include "support/demofixture.h"
#include "support/testcase.h"
#include "views/charts/chartpanel.h"
#include "views/charts/churnchart.h"
#include "views/dialogs/reliabilitydialog.h"
#include "views/mainwindow.h"
#include "views/pages/customerdetail.h"
#include "views/pages/growingpage.h"
#include "views/pages/kpitile.h"
#include "views/pages/overviewpage.h"
#include "views/pages/reasonspage.h"
#include "views/pages/riskpage.h"
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace rd;

class TestMainWindow : public rd::test::TestCase
{
    Q_OBJECT

private:
    QString demoDatabase() const { return test::demoDatabase(m_dir.path(), 300); }

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
        QVERIFY(window.windowTitle().contains(u"demo-300.sqlite"_s));
        // A first picture without the purchase model comes at once; the whole one follows.
        QVERIFY(ready.wait(30000));
        QVERIFY(window.snapshot()->partial);
        QCOMPARE(window.statusBar()->currentMessage(), u"Estimating which customers are still buying…"_s);
        auto *churnView = window.findChild<ChurnChart *>()->findChild<QChartView *>();
        QVERIFY(churnView && !churnView->chart()->series().isEmpty());
        const QPointer<QAbstractSeries> churnSeries = churnView->chart()->series().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && !window.snapshot()->partial, 30000);
        QCOMPARE(ready.count(), 2);
        // The whole picture only adds the purchase model: the period charts are not drawn again.
        QVERIFY(!churnSeries.isNull());
        QVERIFY(window.snapshot().has_value());
        QVERIFY(window.snapshot()->demoData);
        QCOMPARE(window.snapshot()->data->customerCount(), 300);

        const auto *overview = window.findChild<OverviewPage *>();
        QVERIFY(overview);
        QCOMPARE(overview->tiles().size(), 6);
        QVERIFY(!overview->tiles().at(0)->value().isEmpty());
        QVERIFY(overview->tiles().at(1)->toolTip().contains(u"churn rate ="_s));

        // Exported charts carry the file, the range and the as-of day.
        const QString asOf = QLocale().toString(dateOf(window.snapshot()->asOf), QLocale::ShortFormat);
        for (ChartPanel *panel : window.findChildren<ChartPanel *>()) {
            QVERIFY2(panel->exportContext().startsWith(u"demo-300.sqlite · "_s), qPrintable(panel->exportContext()));
            QVERIFY(panel->exportContext().endsWith(u" · as of "_s + asOf));
        }
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
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 && !window.isBusy() && !window.snapshot()->partial, 30000);
        // Only the newest request is shown; stale results are dropped.
        QCOMPARE(window.snapshot()->request.kind, PeriodKind::Year);
        QVERIFY(window.snapshot()->report.periods.constLast().period.label.size() == 4);
    }

    // Busy until the window has taken the result, not only until the worker is done: whatever waits for the
    // new figures (the hindsight check after Tune) must not run on the snapshot about to be replaced.
    void busyUntilTheResultIsTaken()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(demoDatabase()));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot() && !window.snapshot()->partial && !window.isBusy(), 30000);
        DashboardRequest quarter = window.request();
        quarter.kind = PeriodKind::Quarter;
        window.setRequest(quarter);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000)); // the worker is done; no event handled yet
        QVERIFY(window.isBusy());
        QCOMPARE(window.snapshot()->request.kind, PeriodKind::Month);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);
        QCOMPARE(window.snapshot()->request.kind, PeriodKind::Quarter);
    }

    void rendersScreenshots()
    {
        MainWindow window;
        window.resize(1280, 800);
        QSignalSpy ready(&window, &MainWindow::snapshotReady);
        QVERIFY(window.openDatabase(demoDatabase()));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot() && !window.snapshot()->partial && !window.isBusy(), 30000);
        const QString directory = m_dir.filePath(u"shots"_s);
        QVERIFY(window.saveScreenshots(directory));
        for (int page = 0; page < MainWindow::PageCount; ++page)
            QVERIFY(
                QFileInfo(QDir(directory).filePath(MainWindow::pageFileName(MainWindow::Page(page)) + u".png"_s)).size()
                > 0);
    }

    // File > Export Report… writes what the window shows as a PDF; File > Print… previews the same pages.
    void exportsAndPrintsTheReport()
    {
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(window.openDatabase(demoDatabase()));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot() && !window.snapshot()->partial && !window.isBusy(), 30000);
        const QString pdf = m_dir.filePath(u"window report.pdf"_s);
        QVERIFY(window.exportReport(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        QStringList fileMenu;
        for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
            fileMenu << action->text();
        QVERIFY(fileMenu.contains(u"Export &Report…"_s));
        QVERIFY(fileMenu.contains(u"&Print…"_s));

        int previewPages = -1;
        QTimer::singleShot(0, &window, [&previewPages] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            if (auto *pages = preview->findChild<QPrintPreviewWidget *>())
                previewPages = pages->pageCount();
            preview->reject();
        });
        window.printReport();
        QVERIFY2(previewPages >= 5, qPrintable(QString::number(previewPages)));
    }

    void clicksThroughPagesFiltersAndReviews()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy ready(&window, &MainWindow::snapshotReady);
        QVERIFY(window.openDatabase(demoDatabase()));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot() && !window.snapshot()->partial && !window.isBusy(), 30000);
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
            QCOMPARE(window.page(), MainWindow::Page(page));
        }

        // Ctrl+F goes to the risk list's filter; typing filters without resetting the model.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.page(), MainWindow::Risk);
        RiskPage *risk = window.riskPage();
        const int before = risk->proxy()->rowCount();
        QVERIFY(before > 0);
        QSignalSpy resets(risk->proxy(), &QAbstractItemModel::modelAboutToBeReset);
        auto *filter = risk->findChild<QLineEdit *>();
        QVERIFY(filter && filter->hasFocus());
        const QString firstName = risk->proxy()->index(0, RiskTableModel::NameColumn).data().toString();
        QTest::keyClicks(filter, firstName);
        QVERIFY(risk->proxy()->rowCount() >= 1);
        QVERIFY(risk->proxy()->rowCount() < before);
        QCOMPARE(resets.count(), 0);
        // The list exports as it shows: filtered and sorted.
        const QString exported = m_dir.filePath(u"list.csv"_s);
        QVERIFY(risk->exportList(exported));
        {
            QFile file(exported);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), risk->proxy()->rowCount() + 1);
            QVERIFY(lines.at(1).contains(risk->proxy()->index(0, RiskTableModel::NameColumn).data().toString()));
        }
        QVERIFY(risk->exportList(m_dir.filePath(u"list.xlsx"_s)));
        QVERIFY(QFileInfo(m_dir.filePath(u"list.xlsx"_s)).size() > 0);
        filter->clear();
        QCOMPARE(risk->proxy()->rowCount(), before);

        // Opening a customer shows every reason; a review edit is saved at once and can be undone.
        risk->selectRow(0);
        CustomerDetail *detail = risk->detail();
        QVERIFY(detail->customerId() > 0);
        const QString first = risk->proxy()->index(0, RiskTableModel::MainReasonColumn).data().toString();
        if (!first.isEmpty())
            QVERIFY2(detail->factsText().contains(first), qPrintable(detail->factsText()));
        // The 24-month chart has a bar per month, the last the month of the as-of day.
        {
            auto *view = detail->findChild<QChartView *>();
            QVERIFY(view && view->chart());
            QBarCategoryAxis *months = nullptr;
            for (QAbstractAxis *axis : view->chart()->axes(Qt::Horizontal))
                months = months ? months : qobject_cast<QBarCategoryAxis *>(axis);
            QVERIFY(months);
            QCOMPARE(months->count(), 24);
            QCOMPARE(
                months->categories().constLast(), periodLabel(PeriodKind::Month, dateOf(window.snapshot()->risk.asOf)));
            QCOMPARE(months->categories().constFirst(),
                periodLabel(PeriodKind::Month, dateOf(window.snapshot()->risk.asOf).addMonths(-23)));
        }
        auto *state = detail->findChild<QComboBox *>();
        QVERIFY(state);
        state->setCurrentIndex(state->findData(int(ReviewState::Contacted)));
        const int row = risk->model()->rowOfCustomer(detail->customerId());
        QCOMPARE(risk->model()->review(row).state, ReviewState::Contacted);
        {
            auto db = Database::open(window.databasePath());
            QVERIFY(db);
            QCOMPARE(ReviewRepository(**db).review(detail->customerId())->state, ReviewState::Contacted);
        }
        QPushButton *undo = nullptr;
        for (QPushButton *button : detail->findChildren<QPushButton *>()) {
            if (button->text() == u"Undo last edit"_s)
                undo = button;
        }
        QVERIFY(undo && undo->isEnabled());
        undo->click();
        QCOMPARE(risk->model()->review(row).state, ReviewState::Open);

        // "How reliable is the light?" opens from the at-risk page and checks the demo's own history.
        {
            QPushButton *button = nullptr;
            for (QPushButton *candidate : risk->findChildren<QPushButton *>()) {
                if (candidate->text() == u"How reliable is the light?"_s)
                    button = candidate;
            }
            QVERIFY(button && button->isEnabled());
            QPointer<ReliabilityDialog> dialog = risk->showReliability();
            QVERIFY(dialog);
            QSignalSpy checked(dialog.data(), &ReliabilityDialog::checked);
            QVERIFY(checked.wait(30000) || !dialog->isBusy());
            QVERIFY2(dialog->headline().startsWith(u"Of the customers this light marked red on"_s),
                qPrintable(dialog->headline()));
            dialog->close();
            QTRY_VERIFY(!dialog);
        }

        // Another period recomputes every page.
        DashboardRequest request = window.request();
        request.kind = PeriodKind::Quarter;
        window.setRequest(request);
        QVERIFY(ready.wait(30000));
        QVERIFY(window.snapshot()->report.periods.constLast().period.label.contains(u"-Q"_s));
    }

    // Each customer shown (or none) gets a chart of its own; the one before goes, with its series and axes.
    void theDetailKeepsOneChart_data()
    {
        QTest::addColumn<bool>("clearBetween");
        QTest::newRow("customer after customer") << false;
        QTest::newRow("customer, none, customer") << true;
    }

    void theDetailKeepsOneChart()
    {
        QFETCH(bool, clearBetween);
        MainWindow window;
        QVERIFY(window.openDatabase(demoDatabase()));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot() && !window.isBusy() && !window.snapshot()->partial, 30000);
        RiskPage *risk = window.riskPage();
        QVERIFY(risk->proxy()->rowCount() >= 3);
        auto *view = risk->detail()->findChild<QChartView *>();
        QVERIFY(view);
        for (int i = 0; i < 8; ++i) {
            const QPointer<QChart> chart = view->chart();
            QList<QPointer<QObject>> previous;
            for (QAbstractSeries *series : chart->series())
                previous.append(series);
            for (QAbstractAxis *axis : chart->axes())
                previous.append(axis);
            if (clearBetween && i % 2 == 1)
                risk->detail()->clear();
            else
                risk->selectRow(i % 3);
            QVERIFY(view->chart());
            QVERIFY2(chart.isNull() || chart == view->chart(), "the chart shown before is still alive");
            QCOMPARE(view->chart()->series().size(), risk->detail()->customerId() > 0 ? 2 : 0);
            for (const QPointer<QObject> &object : std::as_const(previous))
                QVERIFY2(object.isNull(), object ? object->metaObject()->className() : "");
        }
    }

    void riskTilesLeadToTheirCustomers()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openDatabase(demoDatabase()));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot() && !window.isBusy() && !window.snapshot()->partial, 30000);
        window.setPage(MainWindow::Overview);
        QList<KpiTile *> riskTiles;
        for (KpiTile *tile : window.findChild<OverviewPage *>()->findChildren<KpiTile *>()) {
            if (tile->isClickable())
                riskTiles.append(tile);
        }
        QCOMPARE(riskTiles.size(), 3); // red, yellow, green; the period's figures lead nowhere
        RiskPage *risk = window.riskPage();
        const auto onlyLevel = [risk](RiskLevel level) {
            for (int row = 0; row < risk->proxy()->rowCount(); ++row) {
                if (risk->proxy()->index(row, 0).data(RiskTableModel::RiskLevelRole).toInt() != int(level))
                    return false;
            }
            return risk->proxy()->rowCount() > 0;
        };
        QTest::mouseClick(riskTiles.at(0), Qt::LeftButton);
        QCOMPARE(window.page(), MainWindow::Risk);
        QVERIFY(onlyLevel(RiskLevel::Red));
        QCOMPARE(risk->proxy()->rowCount(), int(window.snapshot()->risk.red));

        // From the keyboard too.
        window.setPage(MainWindow::Overview);
        riskTiles.at(2)->setFocus();
        QTest::keyClick(riskTiles.at(2), Qt::Key_Space);
        QCOMPARE(window.page(), MainWindow::Risk);
        QVERIFY(onlyLevel(RiskLevel::Green));
    }

    // The growing customers and why customers leave are pages of their own; a growing customer opens in the
    // at-risk list's detail.
    void showsTheGrowingAndReasonsPages()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.growingPage());
        QVERIFY(window.reasonsPage());
        QCOMPARE(MainWindow::pageFileName(MainWindow::Growing), u"growing-customers"_s);
        QCOMPARE(MainWindow::pageFileName(MainWindow::Reasons), u"why-customers-leave"_s);
        QVERIFY(window.openDatabase(demoDatabase()));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot() && !window.isBusy() && !window.snapshot()->partial, 30000);
        window.setPage(MainWindow::Reasons);
        QCOMPARE(window.page(), MainWindow::Reasons);
        QVERIFY(window.reasonsPage()->isVisible());
        QVERIFY(window.reasonsPage()->reasonsModel()->reasons().lost > 0);
        window.setPage(MainWindow::Growing);
        QCOMPARE(window.page(), MainWindow::Growing);
        QVERIFY(window.growingPage()->isVisible());
        QVERIFY(!window.reasonsPage()->isVisible());
        QCOMPARE(window.growingPage()->model()->rowCount(), window.snapshot()->growing.size());
        QVERIFY(window.growingPage()->proxy()->rowCount() > 0);

        const QModelIndex first = window.growingPage()->proxy()->index(0, GrowingTableModel::NameColumn);
        const qint64 id = first.data(GrowingTableModel::CustomerIdRole).toLongLong();
        emit window.growingPage()->view()->activated(first);
        QCOMPARE(window.page(), MainWindow::Risk);
        QCOMPARE(window.riskPage()->detail()->customerId(), id);
    }

    // A look at which everyone was green: the window's own look finds the red and yellow ones new, says so on the
    // Overview and in the status bar, and lists only them a click away; the next window finds nothing new.
    void saysWhatTurnedRedSinceTheLastLook()
    {
        const QString path = test::demoCopy(m_dir.path(), 300, u"looked.sqlite"_s);
        QVERIFY(!path.isEmpty());
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"SELECT id FROM customers"_s));
            QList<LightLevel> green;
            while (query.next())
                green.append(LightLevel {query.value(0).toLongLong(), u"green"_s, u"none"_s, {}, 0, {}, {}});
            const LightLook look {
                0, QDateTime::currentDateTimeUtc().addDays(-1), QDate(2024, 1, 1), u"cli"_s, 0, 0, green.size()};
            QVERIFY(LightHistory(**db).record(look, green));
        }
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openDatabase(path));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot() && !window.isBusy() && !window.snapshot()->partial, 30000);
        const std::optional<LightWatch> &watch = window.snapshot()->watch;
        QVERIFY(watch && watch->since);
        QCOMPARE(watch->alerts.size(), window.snapshot()->risk.red + window.snapshot()->risk.yellow);
        QVERIFY(!watch->alerts.isEmpty());
        OverviewPage *overview = window.findChild<OverviewPage *>();
        QVERIFY2(overview->watchText().contains(u"turned red"_s), qPrintable(overview->watchText()));
        QVERIFY2(window.statusBar()->currentMessage().contains(u"new warning"_s),
            qPrintable(window.statusBar()->currentMessage()));

        emit overview->newWarningsRequested();
        QCOMPARE(window.page(), MainWindow::Risk);
        RiskPage *risk = window.riskPage();
        QVERIFY(risk->newOnlyButton()->isVisible());
        QVERIFY(risk->newOnlyButton()->isChecked());
        QCOMPARE(risk->proxy()->rowCount(), int(watch->alerts.size()));
        risk->newOnlyButton()->click();
        QCOMPARE(risk->proxy()->rowCount(), int(window.snapshot()->risk.red + window.snapshot()->risk.yellow));

        MainWindow second;
        QVERIFY(second.openDatabase(path));
        QTRY_VERIFY_WITH_TIMEOUT(second.snapshot() && !second.isBusy() && !second.snapshot()->partial, 30000);
        QVERIFY2(second.findChild<OverviewPage *>()->watchText().startsWith(u"Nothing new since your last look"_s),
            qPrintable(second.findChild<OverviewPage *>()->watchText()));
        QVERIFY(!second.riskPage()->newOnlyButton()->isVisibleTo(second.riskPage()));
    }

    void anEmptyDatabaseSaysWhatToDo()
    {
        const QString path = m_dir.filePath(u"empty.sqlite"_s);
        QVERIFY(Database::open(path));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openDatabase(path));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot() && !window.isBusy(), 30000);
        window.setPage(MainWindow::Overview);
        QPushButton *import = nullptr;
        for (QPushButton *button : window.findChild<OverviewPage *>()->findChildren<QPushButton *>()) {
            if (button->text() == u"Import a File…"_s)
                import = button;
        }
        QVERIFY(import && import->isVisible());
        QCOMPARE(window.statusBar()->currentMessage(), u"No data yet"_s);
        // No days to choose from: the date fields wait for data, showing a dash rather than a made-up day.
        for (QDateEdit *edit : window.findChild<QToolBar *>()->findChildren<QDateEdit *>()) {
            QVERIFY(!edit->isEnabled());
            QCOMPARE(edit->text(), u"—"_s);
        }
        const auto tiles = window.findChild<OverviewPage *>()->tiles();
        for (KpiTile *tile : tiles)
            QVERIFY(!tile->isVisible());

        // With data the button goes and the figures come.
        QVERIFY(window.openDatabase(demoDatabase()));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot() && !window.isBusy() && !window.snapshot()->partial, 30000);
        QVERIFY(!import->isVisible());
        QVERIFY(tiles.constFirst()->isVisible());
        for (QDateEdit *edit : window.findChild<QToolBar *>()->findChildren<QDateEdit *>()) {
            QVERIFY(edit->isEnabled());
            QCOMPARE(edit->date(),
                edit == window.findChild<QToolBar *>()->findChildren<QDateEdit *>().constLast()
                    ? dateOf(window.snapshot()->asOf)
                    : dateOf(window.snapshot()->report.periods.constFirst().period.start));
            QVERIFY(edit->text() != u"—"_s);
        }
    }

    void riskListColumnsCanBeHiddenAndStayHidden()
    {
        QSettings().remove(u"risk/hiddenColumns"_s);
        using M = RiskTableModel;
        {
            RiskPage page;
            QHeaderView *header = page.view()->horizontalHeader();
            // Who and why first: the main reason follows the value.
            QCOMPARE(header->visualIndex(M::MainReasonColumn), header->visualIndex(M::Value12mColumn) + 1);
            // Status and name always show; every other column can be switched off.
            const QList<QAction *> actions = page.columnMenu()->actions();
            QCOMPARE(actions.size(), M::ColumnCount - 2);
            QAction *score = nullptr;
            for (QAction *action : actions) {
                QVERIFY(action->isCheckable() && action->isChecked());
                if (action->text() == u"Score"_s)
                    score = action;
            }
            QVERIFY(score);
            QVERIFY(!header->isSectionHidden(M::ScoreColumn));
            score->setChecked(false);
            QVERIFY(header->isSectionHidden(M::ScoreColumn));
            QCOMPARE(header->hiddenSectionCount(), 1);
        }
        RiskPage again;
        QVERIFY(again.view()->horizontalHeader()->isSectionHidden(M::ScoreColumn));
        QVERIFY(!again.view()->horizontalHeader()->isSectionHidden(M::OwnerColumn));
        QSettings().remove(u"risk/hiddenColumns"_s);
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
