// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QByteArrayView>
#include <QStringList>

#include "import/csvreader.h"

class QIODevice;

namespace rd {

// What the first bytes of a file say about how to read it. Every field is a guess the caller may
// override before building a CsvReader from csvFormat().
struct DetectedFormat
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasBom = false;
    QChar delimiter = u',';
    // The 0-based physical line that holds the column names; pass it to CsvReader::skipLines().
    int headerLine = 0;
    // A DATEV export ("EXTF"/"DTVF"): its first line is metadata, the header is on the second.
    bool datev = false;
    // The fields of the DATEV metadata line; field n of the DATEV documentation is datevMetadata[n - 1]
    // (13 "WJ-Beginn", 15 "Datum vom", 16 "Datum bis", all yyyyMMdd).
    QStringList datevMetadata;

    CsvFormat csvFormat() const { return {delimiter, encoding}; }
};

// How many bytes detectFormat(QIODevice *) looks at.
inline constexpr qint64 FormatSampleSize = 64 * 1024;

// Detects the format from the first bytes of a file; the last line may be cut off.
DetectedFormat detectFormat(QByteArrayView sample);
// Detects the format from the first FormatSampleSize bytes of device without consuming them.
DetectedFormat detectFormat(QIODevice *device);

} // namespace rd
