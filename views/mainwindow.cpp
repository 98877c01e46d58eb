// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/mainwindow.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include "itemmodels/tablecountsmodel.h"

using namespace Qt::StringLiterals;

namespace rd {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_counts(new TableCountsModel(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_heading = new QLabel(central);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_range = new QLabel(central);
    m_range->setWordWrap(true);
    m_table = new QTableView(central);
    m_table->setModel(m_counts);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TableCountsModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TableCountsModel::CountColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_heading);
    layout->addWidget(m_range);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseDatabase);
    openAction->setShortcut(QKeySequence::Open);
    QAction *closeAction = fileMenu->addAction(tr("&Close"), this, &MainWindow::closeDatabase);
    closeAction->setShortcut(QKeySequence::Close);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);

    resize(900, 600);
    refresh();
}

MainWindow::~MainWindow() = default;

Result<void> MainWindow::openDatabase(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    m_database = std::move(opened.value());
    QSettings().setValue(u"lastDatabase"_s, QFileInfo(path).absoluteFilePath());
    refresh();
    return {};
}

void MainWindow::closeDatabase()
{
    m_database.reset();
    refresh();
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                                      tr("RetentionDesk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto result = openDatabase(path); !result)
        QMessageBox::warning(this, tr("Could not open the database"), result.error().text());
}

void MainWindow::refresh()
{
    if (!m_database) {
        setWindowTitle(tr("RetentionDesk"));
        m_heading->setText(tr("No database open"));
        m_range->setText(tr("Open a database with File > Open (Ctrl+O)."));
        m_counts->setCounts({});
        m_table->setEnabled(false);
        return;
    }
    const QString fileName = QFileInfo(m_database->path()).fileName();
    setWindowTitle(tr("%1 – RetentionDesk").arg(fileName));
    m_heading->setText(fileName);
    m_table->setEnabled(true);
    if (auto counts = m_database->counts(); counts)
        m_counts->setCounts(*counts);
    else
        statusBar()->showMessage(counts.error().text());
    auto range = m_database->dateRange();
    if (range && range->first.isValid()) {
        const QLocale locale;
        m_range->setText(tr("Data from %1 to %2")
                             .arg(locale.toString(range->first, QLocale::ShortFormat),
                                  locale.toString(range->last, QLocale::ShortFormat)));
    } else {
        m_range->setText(tr("This database holds no dated records yet."));
    }
}

} // namespace rd
