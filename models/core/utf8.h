// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QByteArray>
#include <QStringView>

namespace rd {

// Appends the text as UTF-8. Most values an import stores are ASCII: those are copied unit by unit into
// the buffer, which keeps its capacity from call to call, instead of each getting a new QByteArray.
inline void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    const qsizetype size = text.size();
    out.resize(start + size);
    char *to = out.data() + start;
    const char16_t *from = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        if (from[i] >= 0x80) {
            out.truncate(start);
            out += text.toUtf8();
            return;
        }
        to[i] = char(from[i]);
    }
}

} // namespace rd
