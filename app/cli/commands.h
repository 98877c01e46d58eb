// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QStringList>

namespace rd::cli {

// Exit codes of retentiondesk-cli.
// NewAlerts: alerts found customers who turned red or yellow since the last look.
enum ExitCode { Success = 0, BadInput = 1, UsageError = 2, NewAlerts = 3 };

// Runs one subcommand; arguments as QCoreApplication::arguments() gives them.
int run(const QStringList &arguments);

} // namespace rd::cli
