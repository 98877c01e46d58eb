// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "import/formatdetector.h"

#include <map>

#include <QBuffer>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr qsizetype MaxSampleRecords = 200;

// Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF), except that a
// sequence cut off by the end of the sample counts as valid.
bool isUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<uchar>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            codePoint = lead & 0x1F;
            minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            codePoint = lead & 0x0F;
            minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        for (qsizetype k = 1; k < length; ++k) {
            if (i + k == size)
                return true;
            const auto next = static_cast<uchar>(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

struct Consistency
{
    double share = 0; // of the sample's records that have the most common field count
    qsizetype fields = 0; // that field count
};

Consistency measure(const QByteArray &sample, CsvFormat format, int headerLine)
{
    QBuffer buffer;
    buffer.setData(sample);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, format);
    reader.skipLines(headerLine);
    QList<qsizetype> counts;
    QStringList fields;
    while (counts.size() < MaxSampleRecords && reader.readRecord(fields))
        counts.append(fields.size());
    // The sample may end in the middle of a line.
    const bool cut = !sample.endsWith('\n') && !sample.endsWith('\r');
    if (cut && counts.size() > 1 && counts.size() < MaxSampleRecords && !reader.hasError())
        counts.removeLast();
    if (counts.isEmpty())
        return {};

    std::map<qsizetype, qsizetype> frequency;
    for (const qsizetype count : std::as_const(counts))
        ++frequency[count];
    Consistency best;
    qsizetype bestFrequency = 0;
    for (const auto &[count, times] : frequency) {
        if (times >= bestFrequency) { // ascending keys: a tie goes to the larger field count
            bestFrequency = times;
            best.fields = count;
        }
    }
    best.share = double(bestFrequency) / double(counts.size());
    return best;
}

bool startsWithDatevMarker(QByteArrayView text)
{
    for (const char *marker : {"EXTF;", "\"EXTF\"", "DTVF;", "\"DTVF\""}) {
        if (text.startsWith(marker))
            return true;
    }
    return false;
}

} // namespace

DetectedFormat detectFormat(QByteArrayView sample)
{
    DetectedFormat result;
    result.hasBom = sample.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = result.hasBom ? sample.sliced(3) : sample;
    result.encoding = result.hasBom || isUtf8(body) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    const QByteArray bytes = sample.toByteArray();

    if (startsWithDatevMarker(body)) {
        result.datev = true;
        result.delimiter = u';';
        result.headerLine = 1;
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, result.csvFormat());
        reader.readRecord(result.datevMetadata);
        return result;
    }

    // Excel's "sep=;" line names the delimiter and comes before the header.
    if (body.size() >= 5 && body.startsWith("sep=") && (body.size() == 5 || body[5] == '\r' || body[5] == '\n')) {
        result.delimiter = QChar::fromLatin1(body[4]);
        result.headerLine = 1;
        return result;
    }

    // The delimiter that splits the lines into the most consistent number of fields wins; on a
    // tie the one that gives more fields, so that decimal commas in a semicolon file lose.
    Consistency best;
    for (const QChar candidate : {u';', u',', u'\t', u'|'}) {
        const Consistency consistency = measure(bytes, {candidate, result.encoding}, result.headerLine);
        if (consistency.fields < 2)
            continue;
        if (consistency.share > best.share || (consistency.share == best.share && consistency.fields > best.fields)) {
            best = consistency;
            result.delimiter = candidate;
        }
    }
    return result;
}

DetectedFormat detectFormat(QIODevice *device)
{
    if (!device || !device->isReadable())
        return {};
    return detectFormat(device->peek(FormatSampleSize));
}

} // namespace rd
