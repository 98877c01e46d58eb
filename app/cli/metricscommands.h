// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QStringList>

namespace rd::cli {

int reportCommand(const QStringList &arguments);
int cohortsCommand(const QStringList &arguments);
int survivalCommand(const QStringList &arguments);

} // namespace rd::cli
