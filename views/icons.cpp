// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/icons.h"

#include "core/version.h"

using namespace Qt::StringLiterals;

namespace rd {

QIcon Icons::application()
{
    return QIcon::fromTheme(QString::fromLatin1(AppId), QIcon(u":/icons/retentiondesk.svg"_s));
}

QIcon Icons::action(const QString &themeName)
{
    return QIcon::fromTheme(themeName, QIcon(u":/icons/actions/"_s + themeName + u".svg"_s));
}

QIcon Icons::page(const QString &name)
{
    return QIcon(u":/icons/pages/"_s + name + u".svg"_s);
}

} // namespace rd
