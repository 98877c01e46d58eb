// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "import/formatdetector.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr qsizetype MaxSampleRecords = 200;

struct FormatText
{
    Q_DECLARE_TR_FUNCTIONS(FormatDetector)
};

// UTF-16 without a byte order mark: text of mostly ASCII characters has a zero in every other byte.
std::optional<TextEncoding> utf16WithoutBom(QByteArrayView bytes)
{
    const qsizetype pairs = std::min<qsizetype>(bytes.size() / 2, 4096);
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += bytes[2 * i] == 0;
        oddZeros += bytes[2 * i + 1] == 0;
    }
    if (oddZeros * 10 >= pairs * 6 && evenZeros * 10 < pairs)
        return TextEncoding::Utf16LE;
    if (evenZeros * 10 >= pairs * 6 && oddZeros * 10 < pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

// Counts well-formed multi-byte sequences and bad bytes; a sequence cut off at the end of bytes is left
// for the next call (its length is returned in pending).
void countUtf8(QByteArrayView bytes, Utf8Evidence &evidence, qsizetype &pending, bool atEnd)
{
    const qsizetype size = bytes.size();
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype i = 0;
    pending = 0;
    while (i < size) {
        // ASCII runs, eight bytes at a time.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, data + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i == size)
            break;
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const qsizetype length = utf8SequenceLength(bytes, i);
        if (length < 0 && !atEnd) {
            pending = size - i;
            return;
        }
        if (length <= 0) {
            ++evidence.invalid;
            ++i;
            continue;
        }
        ++evidence.multiByte;
        i += length;
    }
}

// Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF), except that a
// sequence cut off by the end of the sample counts as valid.
bool isUtf8(QByteArrayView bytes)
{
    Utf8Evidence evidence;
    qsizetype cutOff = 0;
    countUtf8(bytes, evidence, cutOff, false);
    return evidence.invalid == 0;
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
    const QByteArray bytes = sample.toByteArray();
    std::optional<TextEncoding> utf16;
    if (sample.startsWith("\xFF\xFE"))
        utf16 = TextEncoding::Utf16LE;
    else if (sample.startsWith("\xFE\xFF"))
        utf16 = TextEncoding::Utf16BE;
    if (utf16)
        result.hasBom = true;
    else
        utf16 = utf16WithoutBom(sample);
    if (utf16) {
        // Excel's "Unicode text": tab-separated as a rule, but measured like any other file.
        result.encoding = *utf16;
        Consistency best;
        for (const QChar candidate : {u'\t', u';', u',', u'|'}) {
            const Consistency consistency = measure(bytes, {candidate, result.encoding}, 0);
            if (consistency.fields >= 2 && consistency.share > best.share) {
                best = consistency;
                result.delimiter = candidate;
            }
        }
        return result;
    }
    result.hasBom = sample.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = result.hasBom ? sample.sliced(3) : sample;
    result.encoding = result.hasBom || isUtf8(body) ? TextEncoding::Utf8 : TextEncoding::Windows1252;

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

    // Lines before the header that hold no value, only delimiters or quotes (eBay's order report begins
    // with ",,,,"): the header is the first line with something in it.
    for (qsizetype start = 0; result.headerLine < 10 && start < body.size();) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArrayView line = body.sliced(start, end - start);
        const bool empty = std::all_of(line.cbegin(), line.cend(),
            [](char c) { return c == ',' || c == ';' || c == '\t' || c == '|' || c == '"' || c == ' ' || c == '\r'; });
        if (!empty)
            break;
        ++result.headerLine;
        start = end + 1;
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

QString notCsvReason(QByteArrayView head, const QString &fileName)
{
    const QString name = QDir::toNativeSeparators(fileName);
    if (head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return FormatText::tr("%1 is not a CSV file but a workbook or an archive (an Excel file?). Open it in "
                              "Excel or LibreOffice and save it as CSV (\"CSV UTF-8\"), then import that file.")
            .arg(name);
    if (head.startsWith("%PDF"))
        return FormatText::tr("%1 is a PDF document, not a CSV file. Export the data as CSV from the program that "
                              "made it.")
            .arg(name);
    if (head.startsWith("\x1F\x8B") || head.startsWith("7z\xBC\xAF") || head.startsWith("Rar!"))
        return FormatText::tr("%1 is a compressed archive, not a CSV file. Unpack it and import the CSV file inside.")
            .arg(name);
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || utf16WithoutBom(head);
    // A stray NUL in a text file rejects its row; binary formats are full of them.
    const auto nuls = std::count(head.begin(), head.end(), '\0');
    if (!utf16 && (nuls >= 4 || nuls * 10 > head.size()))
        return FormatText::tr("%1 holds binary data, not text: it is not a CSV file. Save the data as CSV and "
                              "import that file.")
            .arg(name);
    return {};
}

Utf8Evidence scanUtf8(QIODevice *device)
{
    Utf8Evidence evidence;
    if (!device || !device->isReadable())
        return evidence;
    constexpr qint64 ChunkSize = 1024 * 1024;
    QByteArray buffer;
    qsizetype kept = 0;
    while (true) {
        const qint64 size = nextReadSize(device, ChunkSize);
        buffer.resize(kept + size);
        const qint64 count = device->read(buffer.data() + kept, size);
        if (count < 0)
            break;
        const bool atEnd = count == 0;
        qsizetype pending = 0;
        countUtf8(QByteArrayView(buffer.constData(), kept + count), evidence, pending, atEnd);
        if (atEnd)
            break;
        std::memmove(buffer.data(), buffer.constData() + kept + count - pending, std::size_t(pending));
        kept = pending;
    }
    return evidence;
}

TextEncoding decideEncoding(const DetectedFormat &detected, const Utf8Evidence &evidence)
{
    if (detected.encoding == TextEncoding::Utf16LE || detected.encoding == TextEncoding::Utf16BE)
        return detected.encoding;
    if (detected.hasBom || evidence.invalid == 0)
        return TextEncoding::Utf8;
    return evidence.multiByte >= evidence.invalid ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

TextEncoding detectFileEncoding(const QString &path, const DetectedFormat &detected)
{
    if (detected.hasBom)
        return detected.encoding;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return detected.encoding;
    return decideEncoding(detected, scanUtf8(&file));
}

} // namespace rd
