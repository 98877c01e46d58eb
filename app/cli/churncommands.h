// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QStringList>

namespace rd::cli {

// Acting on churn: the warnings since the last look, and why customers leave.
int alertsCommand(const QStringList &arguments);
// Why customers leave: lost customers per period and reason.
int reasonsCommand(const QStringList &arguments);
// Win-back: a mail-merge file for the at-risk customers, each contact logged.
int winbackCommand(const QStringList &arguments);
// Upsell: the customers whose spending or activity clearly rises.
int growingCommand(const QStringList &arguments);

} // namespace rd::cli
