// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QCryptographicHash;
class QIODevice;

namespace rd {

// UTF-8 with or without a byte order mark (a BOM is skipped), or the "ANSI" code page of
// German and Western European Windows, which Excel and DATEV still write.
enum class TextEncoding { Utf8, Windows1252 };

struct CsvFormat
{
    QChar delimiter = u',';
    TextEncoding encoding = TextEncoding::Utf8;
};

// Streams RFC 4180 records from a device in fixed-size chunks, so memory does not grow with the
// file. Lenient where spreadsheet programs are: a quote inside an unquoted field is kept, and text
// after a closing quote is appended to the field. Empty lines are skipped; a line of delimiters
// only is a record of empty fields.
// The value as an RFC 4180 field: quoted (with doubled quotes) where it holds the delimiter, a quote or a
// line break.
QString csvQuote(const QString &value, QChar delimiter = u',');

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 DefaultChunkSize = 256 * 1024;
    // A record this long (in characters) is taken for a quoted field that never closes.
    static constexpr qsizetype MaxRecordLength = 16 * 1024 * 1024;

    // Reads from the device's current position; the device is not owned and must stay open.
    explicit CsvReader(QIODevice *device, CsvFormat format = {});

    // Bytes requested from the device per read; tests use tiny chunks to split characters and line ends.
    void setChunkSize(qint64 bytes);
    // Every byte read from the device is also added to hash (not owned), so that once readRecord()
    // has returned false without an error the hash covers the whole input.
    void setHash(QCryptographicHash *hash);
    // Skips the next count physical lines without parsing them, e.g. the metadata line of a DATEV file.
    void skipLines(int count);

    // Reads the next record into fields, reusing its strings. Returns false at the end of the input
    // and on an error.
    bool readRecord(QStringList &fields);

    // The 1-based physical line on which the last record read began.
    qint64 recordLine() const { return m_recordLine; }
    // Bytes read from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }
    bool hasError() const { return !m_errorString.isEmpty(); }
    // A translated message naming the line, for the user.
    QString errorString() const { return m_errorString; }

private:
    enum class Step { Record, Skipped, NeedMore, End, Error };

    Step parseRecord(QStringList &fields);
    Step skipLine();
    void fill();
    void decode(QByteArrayView bytes);
    qint64 lineAt(qsizetype from, qint64 line, qsizetype to) const;

    QIODevice *m_device;
    CsvFormat m_format;
    QCryptographicHash *m_hash = nullptr;
    qint64 m_chunkSize = DefaultChunkSize;
    QStringDecoder m_utf8;
    QByteArray m_chunk;
    qsizetype m_pendingBytes = 0; // an incomplete UTF-8 sequence at the start of m_chunk
    QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_invalidPos = -1; // where the first invalid UTF-8 sequence landed in m_text
    qint64 m_line = 1; // the physical line at m_pos
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    int m_linesToSkip = 0;
    bool m_bomChecked = false;
    bool m_atEnd = false;
    QString m_errorString;
};

} // namespace rd
