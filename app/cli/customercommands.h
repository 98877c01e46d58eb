// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QStringList>

namespace rd::cli {

// customer export (GDPR Art. 15) and customer erase (Art. 17).
int customerCommand(const QStringList &arguments);

} // namespace rd::cli
