// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/usersettings.h"

#include <QSettings>

#include "views/mainwindow.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
const QString StartPageKey = u"user/startPage"_s;
const QString RecentKey = u"recentDatabases"_s;
} // namespace

int UserSettings::startPage()
{
    const int page = QSettings().value(StartPageKey, -1).toInt();
    return page >= 0 && page < MainWindow::PageCount ? page : -1;
}

void UserSettings::setStartPage(int page)
{
    QSettings settings;
    if (page >= 0 && page < MainWindow::PageCount)
        settings.setValue(StartPageKey, page);
    else
        settings.remove(StartPageKey);
}

QStringList UserSettings::recentFiles()
{
    return QSettings().value(RecentKey).toStringList();
}

void UserSettings::addRecentFile(const QString &absolutePath)
{
    QStringList recent = recentFiles();
    recent.removeAll(absolutePath);
    recent.prepend(absolutePath);
    QSettings().setValue(RecentKey, recent.mid(0, MaxRecentFiles));
}

void UserSettings::forgetRecentFiles()
{
    QSettings().remove(RecentKey);
}

} // namespace rd
