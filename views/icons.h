// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QIcon>

namespace rd {

// The program's icons: the desktop theme's where it has one (Freedesktop names), ours otherwise
// (resources/icons, compiled in).
class Icons
{
public:
    // RetentionDesk's own icon: the installed theme's (hicolor) or the compiled-in SVG.
    static QIcon application();
    // An action by its Freedesktop name ("document-open", "document-print", …).
    static QIcon action(const QString &themeName);
    // A page of the main window by our name ("overview", "churn", "cohorts", "survival", "atrisk").
    static QIcon page(const QString &name);
};

} // namespace rd
