// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/isoday.h"

#include <algorithm>
#include <climits>

namespace rd {

Day parseIsoDay(QByteArrayView text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return NoDay;
    int digits[8];
    const int positions[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        const char c = text[positions[i]];
        if (c < '0' || c > '9')
            return NoDay;
        digits[i] = c - '0';
    }
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int month = digits[4] * 10 + digits[5];
    const int day = digits[6] * 10 + digits[7];
    static constexpr int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > monthDays[month - 1])
        return NoDay;
    if (month == 2 && day == 29 && !QDate::isLeapYear(year))
        return NoDay;
    // Days from the civil calendar (proleptic Gregorian), shifted to the Julian day number.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra + 1721120;
}

void appendPackedDay(QByteArray &packed, Day day, qint64 count)
{
    for (const quint32 value : {quint32(day), quint32(std::clamp<qint64>(count, 0, INT_MAX))}) {
        const char bytes[4]
            = {char(value & 0xff), char((value >> 8) & 0xff), char((value >> 16) & 0xff), char((value >> 24) & 0xff)};
        packed.append(bytes, 4);
    }
}

} // namespace rd
