// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The main window's warnings: each look at the light announced once, in the status bar and as a desktop
// notification where there is a notification area, and a new look once a day while the window is open.
#include <QApplication>
#include <QLocale>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

#include "views/mainwindow.h"
#include "views/pages/riskpage.h"

using namespace Qt::StringLiterals;

namespace rd {

QString MainWindow::watchStatus() const
{
    if (!m_snapshot || !m_snapshot->watch || !m_snapshot->watch->since || m_snapshot->watch->alerts.isEmpty())
        return {};
    return tr("%n new warning(s) since your last look", nullptr, int(m_snapshot->watch->alerts.size()));
}

void MainWindow::announceWatch()
{
    if (!m_dailyLook) {
        // Hourly: a window left open overnight looks again on the new day.
        m_dailyLook = new QTimer(this);
        m_dailyLook->setInterval(60 * 60 * 1000);
        connect(m_dailyLook, &QTimer::timeout, this, &MainWindow::lookOncePerDay);
        m_dailyLook->start();
    }
    if (!m_snapshot || !m_snapshot->watch || m_snapshot->watch->look.id == m_announcedLook)
        return;
    const LightWatch &watch = *m_snapshot->watch;
    m_announcedLook = watch.look.id;
    m_lookDay = watch.look.lookedAt.toLocalTime().date();
    if (!watch.since || watch.alerts.isEmpty())
        return;
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // the status bar says it
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
            m_risk->showNewSinceLastLook();
            setPage(Risk);
        });
    }
    m_tray->show();
    const int red = int(watch.newRed());
    m_tray->showMessage(tr("RetentionDesk: new warnings"),
        tr("%n customer(s) turned red", nullptr, red) + u", "_s
            + tr("%n yellow since your last look.", nullptr, int(watch.alerts.size()) - red),
        QSystemTrayIcon::Warning);
}

void MainWindow::lookOncePerDay()
{
    if (!m_engine || isBusy() || !m_lookDay.isValid() || QDate::currentDate() <= m_lookDay)
        return;
    m_engine->lookAgain();
    compute();
}

} // namespace rd
