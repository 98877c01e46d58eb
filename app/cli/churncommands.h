// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QStringList>

namespace rd::cli {

// Acting on churn: the warnings since the last look.
int alertsCommand(const QStringList &arguments);

} // namespace rd::cli
