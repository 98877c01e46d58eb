// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QByteArrayView>

#include "metrics/dataset.h"

namespace rd {

// The day of a stored yyyy-MM-dd text; NoDay for anything else. Millions of rows: no QDate on the way.
Day parseIsoDay(QByteArrayView text);

} // namespace rd
