// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QString>
#include <QStringList>

namespace rd {

// What each user keeps on this computer (QSettings), apart from the language (Language): the page the
// window opens on and the databases opened recently.
class UserSettings
{
public:
    static constexpr int MaxRecentFiles = 8;

    // A page of the main window (MainWindow::Page), or -1 for the page shown last (the default).
    static int startPage();
    static void setStartPage(int page);
    // Most recent first, as absolute paths.
    static QStringList recentFiles();
    static void addRecentFile(const QString &absolutePath);
    static void forgetRecentFiles();
};

} // namespace rd
