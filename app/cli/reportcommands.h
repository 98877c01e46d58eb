// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QStringList>

namespace rd::cli {

// export-report: the window's printed report as a PDF, without a display.
int exportReportCommand(const QStringList &arguments);

} // namespace rd::cli
