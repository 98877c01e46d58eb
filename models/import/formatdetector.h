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

// Why the first bytes of a file show that it is no CSV file at all (an Excel workbook or another archive,
// a PDF, binary data), as a translated sentence naming fileName; empty when it may be text.
QString notCsvReason(QByteArrayView head, const QString &fileName);

// What all of a file's bytes say about UTF-8: the well-formed multi-byte sequences (ä, €, ...) and the
// bytes that cannot be UTF-8.
struct Utf8Evidence
{
    qint64 multiByte = 0;
    qint64 invalid = 0;
};
Utf8Evidence scanUtf8(QIODevice *device);
// The encoding of a whole file: a byte order mark or UTF-16 decide at once; otherwise valid UTF-8 is UTF-8,
// and so is UTF-8 with no more bad bytes than good multi-byte sequences (the rows holding them are rejected);
// bytes that are mostly not UTF-8 are Windows-1252. The sample's guess alone would switch a file to
// Windows-1252 for one stray byte near its start, or refuse one whose first umlaut comes late.
TextEncoding decideEncoding(const DetectedFormat &detected, const Utf8Evidence &evidence);
// Reads the file at path once to decide (a separate handle: nothing else's position moves).
TextEncoding detectFileEncoding(const QString &path, const DetectedFormat &detected);

} // namespace rd
