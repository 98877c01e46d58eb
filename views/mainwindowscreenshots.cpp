// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// MainWindow's screenshots (--screenshot): every page, a customer's detail, the reliability view and
// the settings.
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>

#include "views/charts/revenuechart.h"
#include "views/dialogs/reliabilitydialog.h"
#include "views/dialogs/settingsdialog.h"
#include "views/dialogs/winbackdialog.h"
#include "views/mainwindow.h"
#include "views/pages/riskpage.h"

using namespace Qt::StringLiterals;

namespace rd {

QString MainWindow::pageFileName(Page page)
{
    switch (page) {
    case Overview:
        return u"overview"_s;
    case Churn:
        return u"churn-retention"_s;
    case Cohorts:
        return u"cohorts"_s;
    case Survival:
        return u"survival"_s;
    case Risk:
        return u"at-risk-customers"_s;
    case Growing:
        return u"growing-customers"_s;
    case Reasons:
        return u"why-customers-leave"_s;
    case PageCount:
        break;
    }
    return {};
}

bool MainWindow::saveScreenshots(const QString &directory)
{
    if (!m_snapshot || !QDir().mkpath(directory))
        return false;
    bool saved = true;
    for (int page = 0; page < PageCount; ++page) {
        setPage(Page(page));
        QApplication::processEvents();
        saved = grab().save(QDir(directory).filePath(pageFileName(Page(page)) + u".png"_s)) && saved;
    }
    // The revenue charts below the churn chart (recurring revenue movements and the quick ratio), scrolled to.
    setPage(Churn);
    if (auto *scroll = qobject_cast<QScrollArea *>(m_stack->currentWidget())) {
        scroll->ensureWidgetVisible(m_revenue, 0, 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QApplication::processEvents();
        saved = grab().save(QDir(directory).filePath(u"churn-retention-revenue.png"_s)) && saved;
        scroll->verticalScrollBar()->setValue(0);
    }
    // The detail of the top red customer (the list's first row), as a reviewer would open it.
    setPage(Risk);
    m_risk->selectRow(0);
    QApplication::processEvents();
    saved = grab().save(QDir(directory).filePath(u"customer-detail.png"_s)) && saved;
    // "Prepare a message…" for the list as it shows (nothing is logged before a file is saved or a mail opened).
    if (WinBackDialog *dialog = m_risk->prepareMessages(false)) {
        QApplication::processEvents();
        saved = dialog->grab().save(QDir(directory).filePath(u"win-back.png"_s)) && saved;
        dialog->close();
    }
    // "How reliable is the light?", once its check is done.
    if (ReliabilityDialog *dialog = m_risk->showReliability()) {
        QEventLoop loop;
        const auto quitWhenDone = [dialog, &loop] {
            if (!dialog->isBusy())
                loop.quit();
        };
        connect(dialog, &ReliabilityDialog::checked, &loop, quitWhenDone);
        connect(dialog, &ReliabilityDialog::contactsChecked, &loop, quitWhenDone);
        if (dialog->isBusy())
            loop.exec();
        QApplication::processEvents();
        saved = dialog->grab().save(QDir(directory).filePath(u"reliability.png"_s)) && saved;
        dialog->close();
    }
    // Edit > Settings, on the database's first group, on the traffic light's list and on this computer's.
    if (SettingsDialog *dialog = showSettings()) {
        QApplication::processEvents();
        saved = dialog->grab().save(QDir(directory).filePath(u"settings.png"_s)) && saved;
        dialog->showGroup(SettingGroup::List);
        QApplication::processEvents();
        saved = dialog->grab().save(QDir(directory).filePath(u"settings-list.png"_s)) && saved;
        dialog->showGroup(SettingGroup::Reasons);
        QApplication::processEvents();
        saved = dialog->grab().save(QDir(directory).filePath(u"settings-reasons.png"_s)) && saved;
        dialog->showGroup(SettingGroup::Messages);
        QApplication::processEvents();
        saved = dialog->grab().save(QDir(directory).filePath(u"settings-messages.png"_s)) && saved;
        dialog->showComputerSettings();
        QApplication::processEvents();
        saved = dialog->grab().save(QDir(directory).filePath(u"settings-computer.png"_s)) && saved;
        dialog->close();
    }
    return saved;
}

} // namespace rd
