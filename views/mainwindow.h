// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QMainWindow>

#include "dashboard/dashboardengine.h"

class QAction;
class QLabel;
class QSystemTrayIcon;
class QTimer;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace rd {

class ChurnChart;
class CohortPage;
class DashboardToolBar;
class GrowingPage;
class ImportDialog;
class OverviewPage;
class ReasonsPage;
class RevenueChart;
class RiskPage;
class SettingsDialog;
class SurvivalChart;

// The dashboard: one database at a time, a period selector and customer filters driving every page.
// Computation runs on a worker thread; a newer request supersedes one still running.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Overview, Churn, Cohorts, Survival, Risk, Growing, Reasons, PageCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Checks that the file opens (refusing newer or foreign files) and starts computing its snapshot.
    Result<void> openDatabase(const QString &path);
    void closeDatabase();
    // File > Restore Backup…: puts a backup kept before an import in place of the open database.
    void restoreBackup();
    QString databasePath() const;

    void setPage(Page page);
    Page page() const;
    void setRequest(const DashboardRequest &request);
    DashboardRequest request() const { return m_request; }
    bool isBusy() const;
    // The snapshot the pages show; empty before the first computation finished.
    const std::optional<DashboardSnapshot> &snapshot() const { return m_snapshot; }
    // Renders every page at the window's size into DIR/<page>.png.
    bool saveScreenshots(const QString &directory);
    static QString pageFileName(Page page);
    static QString pageName(Page page);
    RiskPage *riskPage() const { return m_risk; }
    GrowingPage *growingPage() const { return m_growing; }
    ReasonsPage *reasonsPage() const { return m_reasons; }
    // File > Export Report…: the report of what the window shows (period, as-of day, customers) as a PDF;
    // a file dialog asks when path is empty. False when nothing was written (the reason was shown).
    bool exportReport(const QString &path = {});
    // File > Print…: the same report in a print preview, from which it prints.
    void printReport();
    // Edit > Settings: the user's own settings, and the open database's when one is open.
    SettingsDialog *showSettings();
    // File > Import: the import dialog for this file (a file dialog asks when empty) on the open database;
    // nullptr when the user chose no file or database. The demo database asks for a database of one's own.
    ImportDialog *importFile(const QString &path = {});

signals:
    void snapshotReady();
    void computeFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A new language: menus, pages and the figures' texts (computed again) in it.
    void changeEvent(QEvent *event) override;
    // A CSV file dropped on the window opens the import dialog.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void translateTexts(); // the texts the constructor sets
    void retranslate();
    void createToolBar();
    void chooseDatabase();
    void createDatabase();
    void showHelp();
    void updateRecentMenu();
    void compute();
    void computed();
    // completing: the whole picture after the quick one, which already shows every chart.
    void showSnapshot(bool completing = false);
    void requestFromToolBar();
    void updateTitle();
    // Reads the database again after an import (or an erasure) and shows it from the start of its data.
    void reloadAfterImport();
    void reloadSettings(); // the database's settings changed: the same request scored again
    // A new look at the light (mainwindowalerts.cpp): says in the status bar and, where the desktop has a
    // notification area, as a notification, who turned red or yellow since the look before.
    void announceWatch();
    QString watchStatus() const; // for the status bar: "3 new warnings since your last look"; empty if none
    void lookOncePerDay(); // the hourly check: a new day takes a new look

    std::shared_ptr<DashboardEngine> m_engine;
    DashboardRequest m_request;
    std::optional<DashboardSnapshot> m_snapshot;
    QFutureWatcher<Result<DashboardSnapshot>> m_watcher;
    bool m_pending = false; // a request came while the worker was busy
    // From compute() until computed() takes the result. Not the future's own state: a future that has just
    // finished has not been taken yet, and the window must not act on the snapshot it is about to replace.
    bool m_computing = false;
    bool m_reliabilityPending = false; // the hindsight check opens when the settings just applied are scored
    bool m_retranslating = false; // a retranslation is queued (one language switch sends several events)

    QListWidget *m_pages = nullptr;
    QStackedWidget *m_stack = nullptr;
    OverviewPage *m_overview = nullptr;
    ChurnChart *m_churn = nullptr;
    RevenueChart *m_revenue = nullptr;
    CohortPage *m_cohorts = nullptr;
    SurvivalChart *m_survival = nullptr;
    RiskPage *m_risk = nullptr;
    GrowingPage *m_growing = nullptr;
    ReasonsPage *m_reasons = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_empty = nullptr;
    DashboardToolBar *m_toolBar = nullptr;
    QProgressBar *m_busy = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    struct RiskShown
    {
        Day asOf;
        CustomerFilter filter;
        QString path;
        bool partial;
    };
    std::optional<RiskShown> m_riskShown;
    qint64 m_announcedLook = 0; // the look last announced, so that each is announced once
    QDate m_lookDay; // the day of the last look, local time
    QTimer *m_dailyLook = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // created for the first notification
};

} // namespace rd
