// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The main window's menus, and its texts in the language the user chose.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>

#include "views/charts/chartpanel.h"
#include "views/dashboardtoolbar.h"
#include "views/icons.h"
#include "views/mainwindow.h"
#include "views/pages/riskpage.h"
#include "views/usersettings.h"

using namespace Qt::StringLiterals;

namespace rd {

QString MainWindow::pageName(Page page)
{
    switch (page) {
    case Overview:
        return tr("Overview");
    case Churn:
        return tr("Churn & Retention");
    case Cohorts:
        return tr("Cohorts");
    case Survival:
        return tr("Survival");
    case Growing:
        return tr("Growing customers");
    case Reasons:
        return tr("Why customers leave");
    case Risk:
    case PageCount:
        break;
    }
    return tr("At-risk customers");
}

void MainWindow::translateTexts()
{
    m_banner->setText(tr("This is demo data, made up to show what RetentionDesk does. To see your own business, "
                         "create a database of your own (File > New) and import your customers and orders into it "
                         "(File > Import, Ctrl+I, or drop a CSV file on this window)."));
    for (int page = 0; page < PageCount; ++page)
        m_pages->item(page)->setText(pageName(Page(page)));
    m_pages->setMaximumWidth(m_pages->sizeHintForColumn(0) + 2 * m_pages->frameWidth() + 16);
    if (!m_engine)
        m_empty->setText(tr("Open a database with File > Open."));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange || m_retranslating)
        return;
    // Replacing the translators sends one event per translator: the window retranslates once, after them.
    m_retranslating = true;
    QMetaObject::invokeMethod(this, &MainWindow::retranslate, Qt::QueuedConnection);
}

void MainWindow::retranslate()
{
    m_retranslating = false;
    translateTexts();
    // The menus anew: their titles, entries and shortcuts' names in the new language.
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->clear();
    for (QAction *action : menus)
        delete action->menu();
    createMenus();
    updateTitle();
    // The figures' titles and explanations come from the engine: computed again, in the new language.
    if (m_engine) {
        m_request.quick = false;
        compute();
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New…"), this, &MainWindow::createDatabase);
    create->setShortcut(QKeySequence::New);
    create->setIcon(Icons::action(u"document-new"_s));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(Icons::action(u"document-open"_s));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *import = file->addAction(tr("&Import…"), this, [this] { importFile(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setIcon(Icons::action(u"document-import"_s));
    file->addAction(Icons::action(u"document-revert"_s), tr("Restore &Backup…"), this, &MainWindow::restoreBackup);
    QAction *close = file->addAction(tr("&Close"), this, &MainWindow::closeDatabase);
    close->setShortcut(QKeySequence::Close);
    close->setIcon(Icons::action(u"window-close"_s));
    file->addSeparator();
    QAction *exportChart = file->addAction(tr("&Export Chart…"), this, [this] {
        QWidget *page = m_stack->currentWidget();
        auto *panel = qobject_cast<ChartPanel *>(page);
        if (!panel)
            panel = page->findChild<ChartPanel *>();
        if (panel && !panel->isEmpty())
            panel->saveAsPng();
    });
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportChart->setIcon(Icons::action(u"document-export"_s));
    QAction *exportList = file->addAction(tr("Export At-Risk &List…"), this, [this] {
        setPage(Risk);
        m_risk->chooseExportFile();
    });
    exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addAction(Icons::action(u"document-export"_s), tr("Export &Report…"), this, [this] { exportReport(); });
    QAction *print = file->addAction(Icons::action(u"document-print"_s), tr("&Print…"), this, &MainWindow::printReport);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setIcon(Icons::action(u"application-exit"_s));
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_settingsAction = edit->addAction(tr("&Settings…"), this, [this] { showSettings(); });
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setIcon(Icons::action(u"preferences-system"_s));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < PageCount; ++page) {
        QAction *action = view->addAction(m_pages->item(page)->text(), this, [this, page] { setPage(Page(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        action->setIcon(m_pages->item(page)->icon());
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find Customer…"), this, [this] {
        setPage(Risk);
        m_risk->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    find->setIcon(Icons::action(u"edit-find"_s));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About RetentionDesk"), this, &MainWindow::showHelp);
    about->setShortcut(QKeySequence::HelpContents);
    about->setIcon(Icons::action(u"help-about"_s));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = UserSettings::recentFiles();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (auto result = openDatabase(path); !result)
                QMessageBox::warning(this, tr("Could not open the database"), result.error().message);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}
} // namespace rd
