// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QStringList>

namespace rd::cli {

int riskCommand(const QStringList &arguments);
int fitCommand(const QStringList &arguments);
int backtestCommand(const QStringList &arguments);
int tuneCommand(const QStringList &arguments);

} // namespace rd::cli
