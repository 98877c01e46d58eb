// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "metrics/dataset.h"

namespace rd {

// The day of a stored yyyy-MM-dd text; NoDay for anything else. Millions of rows: no QDate on the way.
Day parseIsoDay(QByteArrayView text);

// Days with a count, packed as pairs of little-endian 32-bit numbers (the activity summary's blobs).
void appendPackedDay(QByteArray &packed, Day day, qint64 count);
template<typename OnDay> void forEachPackedDay(QByteArrayView packed, OnDay &&onDay)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(packed.data());
    const auto number = [bytes](qsizetype at) {
        return quint32(bytes[at]) | quint32(bytes[at + 1]) << 8 | quint32(bytes[at + 2]) << 16
            | quint32(bytes[at + 3]) << 24;
    };
    for (qsizetype at = 0; at + 8 <= packed.size(); at += 8)
        onDay(Day(number(at)), int(number(at + 4)));
}

} // namespace rd
