// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors

// CsvReader on a QBuffer. Input: byte 0 is the delimiter (Latin-1, so also '"' or a line break, as an
// Excel "sep=" line may name), byte 1 holds flags, the rest is the file:
//   bits 0 and 6 the encoding (UTF-8, Windows-1252, UTF-16LE, UTF-16BE); bits 1-2 the chunk size
//   (the whole input, 1, 7 or 64 bytes, to split characters and line ends); bit 3 skip the first line (DATEV);
//   bit 4 hash the input; bit 7 write the records back with csvTextCell() instead of csvQuote().
// Seeds write the flags as a character: '0' UTF-8, '1' Windows-1252, '2' one-byte chunks, '8' skip a line
// (every digit also sets bit 4), '@' UTF-16LE, 'A' UTF-16BE.
// Checked: the records, their lines and flaws and the error do not depend on the chunk size; the hash
// covers the input when reading ends without an error; records written back with csvQuote() read back
// the same, and with csvTextCell() the same or with an apostrophe before a would-be formula.

#include <QBuffer>
#include <QCryptographicHash>
#include <QList>
#include <QStringList>

#include "core/sha256.h"
#include "fuzzcheck.h"
#include "import/csvreader.h"

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    QList<QStringList> records;
    QList<qint64> lines;
    QList<rd::CsvReader::Flaw> flaws;
    bool error = false;
    QString errorString;
};

Outcome readAll(const QByteArray &bytes, rd::CsvFormat format, qint64 chunkSize, int skip, bool hash)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    rd::CsvReader reader(&buffer, format);
    // 0: the whole input in one chunk, as the default chunk size reads any input this short (without
    // allocating 256 KiB per reader, which costs an mmap under ASan).
    reader.setChunkSize(chunkSize > 0 ? chunkSize : bytes.size() + 1);
    reader.skipLines(skip);
    rd::Sha256 digest;
    if (hash)
        reader.setHash(&digest);

    Outcome outcome;
    QStringList fields;
    qint64 previousLine = 0;
    while (reader.readRecord(fields)) {
        RD_FUZZ_CHECK(!fields.isEmpty());
        RD_FUZZ_CHECK(reader.recordLine() > previousLine);
        previousLine = reader.recordLine();
        RD_FUZZ_CHECK(reader.bytesRead() <= bytes.size());
        outcome.records.append(fields);
        outcome.lines.append(reader.recordLine());
        outcome.flaws.append(reader.recordFlaw());
    }
    outcome.error = reader.hasError();
    outcome.errorString = reader.errorString();
    RD_FUZZ_CHECK(outcome.error == !outcome.errorString.isEmpty());
    RD_FUZZ_CHECK(reader.bytesRead() <= bytes.size());
    if (!outcome.error) {
        RD_FUZZ_CHECK(reader.bytesRead() == bytes.size());
        if (hash)
            RD_FUZZ_CHECK(digest.result() == QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }
    // The end and an error are final.
    RD_FUZZ_CHECK(!reader.readRecord(fields));
    RD_FUZZ_CHECK(reader.hasError() == outcome.error);
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QChar delimiter = QChar::fromLatin1(char(data[0]));
    const uint8_t flags = data[1];
    constexpr rd::TextEncoding encodings[]
        = {rd::TextEncoding::Utf8, rd::TextEncoding::Windows1252, rd::TextEncoding::Utf16LE, rd::TextEncoding::Utf16BE};
    const rd::CsvFormat format {delimiter, encodings[(flags & 1) | ((flags >> 5) & 2)]};
    constexpr qint64 chunkSizes[] = {0, 1, 7, 64};
    const qint64 chunkSize = chunkSizes[(flags >> 1) & 3];
    const int skip = (flags & 8) ? 1 : 0;
    const bool hash = flags & 16;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const Outcome outcome = readAll(bytes, format, chunkSize, skip, hash);
    if (chunkSize > 0) {
        const Outcome whole = readAll(bytes, format, 0, skip, false);
        RD_FUZZ_CHECK(outcome.records == whole.records);
        RD_FUZZ_CHECK(outcome.lines == whole.lines);
        RD_FUZZ_CHECK(outcome.flaws == whole.flaws);
        RD_FUZZ_CHECK(outcome.error == whole.error);
        RD_FUZZ_CHECK(outcome.errorString == whole.errorString);
    }

    // What tableexport writes (a BOM, csvQuote()d or csvTextCell()ed fields) reads back field for field;
    // csvTextCell() only puts an apostrophe before text that a spreadsheet would take for a formula. A
    // record of one empty field is an empty line, which readers skip, so such records are left out.
    const bool plainDelimiter = delimiter == u',' || delimiter == u';' || delimiter == u'\t' || delimiter == u'|';
    const bool textCells = flags & 128;
    if (!outcome.error && plainDelimiter) {
        QList<QStringList> expected;
        QString text;
        for (const QStringList &record : outcome.records) {
            if (record.size() == 1 && record.constFirst().isEmpty())
                continue;
            expected.append(record);
            for (qsizetype i = 0; i < record.size(); ++i) {
                if (i > 0)
                    text += delimiter;
                text += textCells ? rd::csvTextCell(record.at(i), delimiter) : rd::csvQuote(record.at(i), delimiter);
            }
            text += u"\r\n"_s;
        }
        const QByteArray utf8 = text.toUtf8();
        if (QString::fromUtf8(utf8) != text)
            return 0; // a lone surrogate from UTF-16 has no UTF-8 form
        const QByteArray written = "\xEF\xBB\xBF" + utf8;
        const Outcome reread = readAll(written, {delimiter, rd::TextEncoding::Utf8}, chunkSize, 0, false);
        RD_FUZZ_CHECK(!reread.error);
        if (!textCells) {
            RD_FUZZ_CHECK(reread.records == expected);
            return 0;
        }
        RD_FUZZ_CHECK(reread.records.size() == expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            RD_FUZZ_CHECK(reread.records.at(r).size() == expected.at(r).size());
            for (qsizetype i = 0; i < expected.at(r).size(); ++i) {
                const QString &value = expected.at(r).at(i);
                const QString &cell = reread.records.at(r).at(i);
                const bool risky = value.startsWith(u'=') || value.startsWith(u'+') || value.startsWith(u'-')
                    || value.startsWith(u'@') || value.startsWith(u'\t') || value.startsWith(u'\r');
                RD_FUZZ_CHECK(cell == value || (risky && cell == u'\'' + value));
            }
        }
    }
    return 0;
}
