// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "dashboard/settingscontroller.h"
#include "itemmodels/backuplistmodel.h"
#include "views/charts/chartpanel.h"
#include "views/charts/churnchart.h"
#include "views/charts/revenuechart.h"
#include "views/charts/survivalchart.h"
#include "views/dashboardtoolbar.h"
#include "views/dialogs/importdialog.h"
#include "views/dialogs/restorebackupdialog.h"
#include "views/dialogs/settingsdialog.h"
#include "views/icons.h"
#include "views/pages/cohortpage.h"
#include "views/pages/growingpage.h"
#include "views/pages/overviewpage.h"
#include "views/pages/reasonspage.h"
#include "views/pages/riskpage.h"
#include "views/usersettings.h"

using namespace Qt::StringLiterals;

namespace rd {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(central);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::ToolTipText));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(6, 6, 6, 6);
    m_pages = new QListWidget(central);
    for (const char *icon : {"overview", "churn", "cohorts", "survival", "atrisk", "growing", "reasons"})
        m_pages->addItem(new QListWidgetItem(Icons::page(QString::fromLatin1(icon)), QString()));
    m_pages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(central);
    m_overview = new OverviewPage(m_stack);
    connect(m_overview, &OverviewPage::importRequested, this, [this] { importFile(); });
    connect(m_overview, &OverviewPage::riskLevelRequested, this, [this](RiskLevel level) {
        m_risk->showLevel(level);
        setPage(Risk);
    });
    connect(m_overview, &OverviewPage::newWarningsRequested, this, [this] {
        m_risk->showNewSinceLastLook();
        setPage(Risk);
    });
    m_stack->addWidget(m_overview);

    // Three charts need more height than a small window has: they scroll rather than squeeze their labels.
    auto *churnPage = new QScrollArea(m_stack);
    churnPage->setWidgetResizable(true);
    churnPage->setFrameShape(QFrame::NoFrame);
    auto *churnCharts = new QWidget(churnPage);
    auto *churnLayout = new QVBoxLayout(churnCharts);
    churnLayout->setContentsMargins(0, 0, 0, 0);
    m_churn = new ChurnChart(churnCharts);
    m_revenue = new RevenueChart(churnCharts);
    m_churn->setMinimumHeight(360);
    m_revenue->setMinimumHeight(620);
    churnLayout->addWidget(m_churn);
    churnLayout->addWidget(m_revenue);
    churnPage->setWidget(churnCharts);
    m_stack->addWidget(churnPage);

    m_cohorts = new CohortPage(m_stack);
    m_stack->addWidget(m_cohorts);

    m_survival = new SurvivalChart(m_stack);
    m_stack->addWidget(m_survival);
    m_risk = new RiskPage(m_stack);
    connect(m_risk, &RiskPage::thresholdsChanged, this, &MainWindow::reloadSettings);
    connect(m_risk, &RiskPage::customerErased, this, &MainWindow::reloadAfterImport);
    m_stack->addWidget(m_risk);
    m_growing = new GrowingPage(m_stack);
    connect(m_growing, &GrowingPage::customerRequested, this, [this](qint64 customerId) {
        setPage(Risk);
        m_risk->showCustomer(customerId);
    });
    m_stack->addWidget(m_growing);
    m_reasons = new ReasonsPage(m_stack);
    m_stack->addWidget(m_reasons);
    m_empty = new QLabel(central);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);
    setAcceptDrops(true);
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_snapshot)
            m_stack->setCurrentIndex(row);
        QSettings().setValue(u"window/page"_s, row);
    });

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);

    translateTexts();
    createMenus();
    createToolBar();
    connect(&m_watcher, &QFutureWatcher<Result<DashboardSnapshot>>::finished, this, &MainWindow::computed);

    QSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    const int start = UserSettings::startPage();
    m_pages->setCurrentRow(
        start >= 0 ? start : std::clamp(settings.value(u"window/page"_s, 0).toInt(), 0, PageCount - 1));
    m_stack->setCurrentWidget(m_empty);
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_watcher.waitForFinished();
}

void MainWindow::createToolBar()
{
    m_toolBar = new DashboardToolBar(this);
    addToolBar(m_toolBar);
    m_request.kind = m_toolBar->period();
    connect(m_toolBar, &DashboardToolBar::changed, this, &MainWindow::requestFromToolBar);
    connect(m_toolBar, &DashboardToolBar::fromChanged, this, [this](const QDate &date) {
        DashboardRequest request = m_request;
        request.from = date;
        setRequest(request);
    });
}

void MainWindow::requestFromToolBar()
{
    DashboardRequest request = m_request;
    request.kind = m_toolBar->period();
    request.filter = m_toolBar->filter();
    if (m_snapshot && m_toolBar->asOf() != dateOf(m_snapshot->asOf))
        request.asOf = m_toolBar->asOf();
    setRequest(request);
}

Result<void> MainWindow::openDatabase(const QString &path)
{
    // Opening once here refuses newer and foreign files at once, with the store's message.
    if (auto checked = DashboardEngine::checkDatabase(path); !checked)
        return checked;
    m_watcher.waitForFinished();
    m_computing = false; // what it computed was for the file before
    m_engine = std::make_shared<DashboardEngine>(QFileInfo(path).absoluteFilePath());
    m_snapshot.reset();
    m_riskShown.reset();
    m_request.asOf = QDate();
    m_request.from = QDate();
    m_request.quick = true;
    m_request.filter = {};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    UserSettings::addRecentFile(absolute);
    QSettings().setValue(u"lastDatabase"_s, absolute);
    updateRecentMenu();
    updateTitle();
    m_empty->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_stack->setCurrentWidget(m_empty);
    compute();
    return {};
}

void MainWindow::closeDatabase()
{
    m_watcher.waitForFinished();
    m_computing = false;
    m_pending = false;
    m_engine.reset();
    m_snapshot.reset();
    m_riskShown.reset();
    m_banner->hide();
    m_empty->setText(tr("Open a database with File > Open."));
    m_stack->setCurrentWidget(m_empty);
    updateTitle();
}

void MainWindow::restoreBackup()
{
    const QString path = databasePath();
    if (path.isEmpty())
        return;
    RestoreBackupDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenRow() < 0)
        return;
    closeDatabase();
    const auto restored = dialog.model()->restore(dialog.chosenRow());
    if (!restored)
        QMessageBox::warning(this, tr("Restore Backup"), restored.error().message);
    if (auto opened = openDatabase(path); !opened)
        QMessageBox::warning(this, tr("Restore Backup"), opened.error().message);
}

QString MainWindow::databasePath() const
{
    return m_engine ? m_engine->databasePath() : QString();
}

void MainWindow::setPage(Page page)
{
    m_pages->setCurrentRow(page);
}

MainWindow::Page MainWindow::page() const
{
    return Page(std::max(0, m_pages->currentRow()));
}

void MainWindow::setRequest(const DashboardRequest &request)
{
    m_request = request;
    compute();
}

bool MainWindow::isBusy() const
{
    return m_computing;
}

void MainWindow::compute()
{
    if (!m_engine)
        return;
    if (m_computing) {
        m_pending = true; // the running one is stale: start again when it ends
        return;
    }
    m_computing = true;
    m_pending = false;
    m_busy->show();
    // After the first picture only the purchase model is missing: say what the wait is for.
    statusBar()->showMessage(
        m_snapshot && m_snapshot->partial ? tr("Estimating which customers are still buying…") : tr("Computing…"));
    const std::shared_ptr<DashboardEngine> engine = m_engine;
    const DashboardRequest request = m_request;
    m_watcher.setFuture(QtConcurrent::run([engine, request] { return engine->compute(request); }));
}

void MainWindow::computed()
{
    if (!m_computing)
        return; // a result the window no longer waits for (its database was closed or replaced)
    m_computing = false;
    if (m_pending) {
        compute();
        return;
    }
    m_busy->hide();
    statusBar()->clearMessage();
    Result<DashboardSnapshot> result = m_watcher.result();
    if (!result) {
        m_empty->setText(result.error().message);
        m_stack->setCurrentWidget(m_empty);
        emit computeFailed(result.error().message);
        return;
    }
    const bool completing
        = m_snapshot && m_snapshot->partial && !result->partial && m_snapshot->request.asksForSameAs(result->request);
    m_snapshot = std::move(result.value());
    showSnapshot(completing);
    announceWatch();
    if (m_reliabilityPending && !m_snapshot->partial) {
        m_reliabilityPending = false;
        m_risk->showReliability();
    }
    emit snapshotReady();
    // The first picture came without the purchase model: ask for the whole, in the background.
    if (m_snapshot->partial) {
        m_request.quick = false;
        compute();
    }
}

void MainWindow::showSnapshot(bool completing)
{
    const DashboardSnapshot &snapshot = *m_snapshot;
    m_banner->setVisible(snapshot.demoData);
    const QDate asOf = dateOf(snapshot.asOf);
    m_toolBar->showSnapshot(snapshot);

    // The overview counts the value at stake, which the purchase model changes; the period charts stay.
    m_overview->setSnapshot(snapshot);
    if (!completing) {
        m_churn->setBands(snapshot.bands);
        m_churn->setReport(snapshot.report);
        m_revenue->setReport(snapshot.report);
        m_cohorts->setSnapshot(snapshot);
        m_reasons->setSnapshot(snapshot);
        QList<SurvivalCurve> curves {snapshot.survival};
        curves.append(snapshot.survivalBySegment);
        m_survival->setChurnWindow(
            snapshot.settings.model == ChurnModel::Contract ? 0 : snapshot.settings.inactivityDays);
        m_survival->setCurves(snapshot.request.filter.isEmpty() ? curves : QList<SurvivalCurve> {snapshot.survival});
    }
    // The risk list depends on the as-of day and the customers, not on the period: keep it (and the
    // selection) when only the period changed.
    const bool riskChanged = !m_riskShown || m_riskShown->asOf != snapshot.asOf
        || m_riskShown->filter != snapshot.request.filter || m_riskShown->path != databasePath()
        || m_riskShown->partial != snapshot.partial;
    if (riskChanged) {
        m_risk->setSnapshot(snapshot, databasePath());
        m_riskShown = RiskShown {snapshot.asOf, snapshot.request.filter, databasePath(), snapshot.partial};
        m_growing->setSnapshot(snapshot); // the same customers, scored the same: as the risk list
    }
    m_risk->setWatch(snapshot.watch);
    // Exported charts say where their figures come from.
    QString context;
    if (!snapshot.report.periods.isEmpty()) {
        const QLocale locale;
        context
            = tr("%1 · %2 to %3 · as of %4")
                  .arg(QFileInfo(databasePath()).fileName(),
                      locale.toString(dateOf(snapshot.report.periods.constFirst().period.start), QLocale::ShortFormat),
                      locale.toString(
                          dateOf(snapshot.report.periods.constLast().period.end).addDays(-1), QLocale::ShortFormat),
                      locale.toString(asOf, QLocale::ShortFormat));
        const CustomerFilter &filter = snapshot.request.filter;
        if (!filter.segment.isEmpty())
            context += tr(" · segment %1").arg(filter.segment);
        if (!filter.plan.isEmpty())
            context += tr(" · plan %1").arg(filter.plan);
        if (!filter.country.isEmpty())
            context += tr(" · country %1").arg(filter.country);
    }
    for (ChartPanel *panel : findChildren<ChartPanel *>())
        panel->setExportContext(context);
    m_stack->setCurrentIndex(std::max(0, m_pages->currentRow()));
    if (!asOf.isValid()) {
        statusBar()->showMessage(tr("No data yet"));
        return;
    }
    QString status = tr("%1 customers · as of %2")
                         .arg(QLocale().toString(snapshot.data ? snapshot.data->customerCount() : 0),
                             QLocale().toString(asOf, QLocale::ShortFormat));
    if (const QString watch = watchStatus(); !watch.isEmpty())
        status += u" · "_s + watch;
    statusBar()->showMessage(status);
}

void MainWindow::createDatabase()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New database"), QString(), tr("RetentionDesk databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (auto result = openDatabase(path); !result)
        QMessageBox::warning(this, tr("Could not create the database"), result.error().message);
}

void MainWindow::showHelp()
{
    QMessageBox::about(this, tr("About RetentionDesk"),
        tr("<p><b>RetentionDesk %1</b> shows how many customers you keep and lose, and who is about to leave.</p>"
           "<p>Churn rate = customers lost in the period / customers at its start × 100. Retention rate = "
           "(customers at the end − new customers) / customers at the start × 100. Hover over a figure to see "
           "how it was computed with its numbers.</p>"
           "<p>Import your data with File > Import (or <tt>retentiondesk-cli import</tt>); everything stays on this "
           "computer.</p>"
           "<p>Keys: Ctrl+O open, Ctrl+I import, Ctrl+1…5 pages, Ctrl+F filter the at-risk list, Ctrl+E export "
           "the chart, Ctrl+Shift+E export the at-risk list for Excel.</p>")
            .arg(QApplication::applicationVersion()));
}

ImportDialog *MainWindow::importFile(const QString &path)
{
    if (!m_engine || DashboardEngine::isDemoDatabase(databasePath())) {
        // Own data does not belong among the made-up customers: a database of one's own first.
        QMessageBox question(QMessageBox::Question, tr("Import"),
            m_engine ? tr("This is the demo database. Your own customers belong in a database of their own.")
                     : tr("No database is open. Your data goes into a database file of its own."),
            QMessageBox::Cancel, this);
        question.setInformativeText(tr("Create a new database and import into it?"));
        QPushButton *create = question.addButton(tr("New Database…"), QMessageBox::AcceptRole);
        question.setDefaultButton(create);
        question.exec();
        if (question.clickedButton() != create)
            return nullptr;
        createDatabase();
        if (!m_engine || DashboardEngine::isDemoDatabase(databasePath()))
            return nullptr;
    }
    QString file = path;
    if (file.isEmpty()) {
        file = ImportDialog::askForFile(this);
        if (file.isEmpty())
            return nullptr;
    }
    auto *dialog = new ImportDialog(databasePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::reloadAfterImport);
    dialog->setFilePath(file);
    dialog->open();
    return dialog;
}

SettingsDialog *MainWindow::showSettings()
{
    auto *controller = m_engine ? new SettingsController(databasePath()) : nullptr;
    auto *dialog = new SettingsDialog(controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (controller) {
        controller->setParent(dialog);
        // Each change scores and draws again at once, in the worker; a newer change supersedes a running one.
        connect(controller, &SettingsController::changed, this, &MainWindow::reloadSettings);
    }
    connect(dialog, &SettingsDialog::recentFilesForgotten, this, &MainWindow::updateRecentMenu);
    connect(dialog, &SettingsDialog::tuneRequested, this, [this] {
        setPage(Risk);
        // With the values just applied: once the light is scored with them.
        if (isBusy())
            m_reliabilityPending = true;
        else
            m_risk->showReliability();
    });
    dialog->open();
    return dialog;
}

void MainWindow::reloadSettings()
{
    if (!m_engine)
        return;
    // The same request on a fresh engine, which reads the settings (and the data) again.
    m_engine = std::make_shared<DashboardEngine>(m_engine->databasePath());
    m_riskShown.reset();
    m_request.quick = true;
    compute();
}

void MainWindow::reloadAfterImport()
{
    if (!m_engine)
        return;
    // A fresh engine reads the file again; a computation still running on the old one is superseded.
    m_engine = std::make_shared<DashboardEngine>(m_engine->databasePath());
    m_riskShown.reset();
    m_request.asOf = QDate();
    m_request.from = QDate();
    m_request.quick = true;
    compute();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.constFirst().toLocalFile();
    // A database opens; anything else is taken for a file to import.
    if (path.endsWith(u".sqlite"_s, Qt::CaseInsensitive) || path.endsWith(u".db"_s, Qt::CaseInsensitive)) {
        if (auto result = openDatabase(path); !result)
            QMessageBox::warning(this, tr("Could not open the database"), result.error().message);
        return;
    }
    importFile(path);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), QString(), tr("RetentionDesk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto result = openDatabase(path); !result)
        QMessageBox::warning(this, tr("Could not open the database"), result.error().message);
}

void MainWindow::updateTitle()
{
    if (!m_engine) {
        setWindowTitle(tr("RetentionDesk"));
        return;
    }
    setWindowTitle(tr("%1 – RetentionDesk").arg(QFileInfo(m_engine->databasePath()).fileName()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace rd
