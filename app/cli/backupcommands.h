// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QStringList>

namespace rd::cli {

// backups: the copies kept before each import; restore: put one in place of the database.
int backupsCommand(const QStringList &arguments);
int restoreCommand(const QStringList &arguments);

} // namespace rd::cli
