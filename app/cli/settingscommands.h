// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QStringList>

namespace rd::cli {

// settings: lists a database's settings with value, default and unit; KEY=VALUE... changes them with the
// same checks as the window's settings dialog; --reset KEY or --all restores defaults.
int settingsCommand(const QStringList &arguments);

} // namespace rd::cli
