// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <utility>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace rd {

class Sha256;

// UTF-8 with or without a byte order mark (a BOM is skipped), the "ANSI" code page of German and
// Western European Windows, which Excel and DATEV still write, or UTF-16 (Excel's "Unicode text").
enum class TextEncoding { Utf8, Windows1252, Utf16LE, Utf16BE };

// "UTF-8", "Windows-1252", "UTF-16LE", "UTF-16BE": for messages and reports.
QString encodingName(TextEncoding encoding);

// The length of the well-formed UTF-8 sequence that starts at bytes[at] (strict: no overlong forms,
// surrogates or code points above U+10FFFF); 0 when none starts there, -1 when it is cut off by the end.
qsizetype utf8SequenceLength(QByteArrayView bytes, qsizetype at);

struct CsvFormat
{
    QChar delimiter = u',';
    TextEncoding encoding = TextEncoding::Utf8;
};

// How many bytes to read next from the device: at most limit, and no more than what is left of a file or
// buffer, so that reading a small file does not allocate a whole chunk.
qint64 nextReadSize(const QIODevice *device, qint64 limit);

// The value as an RFC 4180 field: quoted (with doubled quotes) where it holds the delimiter, a quote or a
// line break.
QString csvQuote(const QString &value, QChar delimiter = u',');
// A text cell of a CSV file meant for people: quoted as csvQuote() does, and neutralised against
// spreadsheet formulas (OWASP's CSV injection rule): text that begins with =, +, -, @, a tab or a
// carriage return gets a leading apostrophe, so that Excel and LibreOffice show it as text instead of
// running it (=HYPERLINK(...)) or misreading it (+49 170 ... as a formula). A plain number such as
// -12.50 or +49 cannot be a formula and is left as it is, so it stays a number.
QString csvTextCell(const QString &value, QChar delimiter = u',');

// Streams RFC 4180 records from a device in fixed-size chunks, so memory does not grow with the
// file. Lenient where spreadsheet programs are: a quote inside an unquoted field is kept, and text
// after a closing quote is appended to the field. Empty lines are skipped; a line of delimiters
// only is a record of empty fields.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 DefaultChunkSize = qint64(256) * 1024;
    // A record this long (in characters) is taken for a quoted field that never closes.
    static constexpr qsizetype MaxRecordLength = qsizetype(16) * 1024 * 1024;

    // Reads from the device's current position; the device is not owned and must stay open.
    explicit CsvReader(QIODevice *device, CsvFormat format = {});

    // Bytes requested from the device per read; tests use tiny chunks to split characters and line ends.
    void setChunkSize(qint64 bytes);
    // Every byte read from the device is also added to hash (not owned), so that once readRecord()
    // has returned false without an error the hash covers the whole input.
    void setHash(Sha256 *hash);
    // Skips the next count physical lines without parsing them, e.g. the metadata line of a DATEV file.
    void skipLines(int count);

    // Reads the next record into fields, reusing its strings. Returns false at the end of the input
    // and on an error.
    bool readRecord(QStringList &fields);

    // True when the last record read held bytes that are not text in the reader's encoding (a stray byte
    // in a UTF-8 file: read as U+FFFD) or a NUL character. The record is still returned, so that the
    // caller can reject that one row and read on; recordFlaw() says which.
    enum class Flaw { None, InvalidText, NulCharacter };
    Flaw recordFlaw() const { return m_recordFlaw; }

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

    QIODevice *m_device;
    CsvFormat m_format;
    Sha256 *m_hash = nullptr;
    qint64 m_chunkSize = DefaultChunkSize;
    QStringDecoder m_utf8;
    QStringDecoder m_utf16; // stateful: it carries a code unit cut off between chunks itself
    QByteArray m_chunk;
    qsizetype m_pendingBytes = 0; // an incomplete UTF-8 sequence at the start of m_chunk
    QString m_text;
    qsizetype m_pos = 0;
    // Where undecodable bytes (U+FFFD) and NUL characters landed in m_text, in order.
    std::vector<std::pair<qsizetype, Flaw>> m_flaws;
    Flaw m_recordFlaw = Flaw::None;
    qint64 m_line = 1; // the physical line at m_pos
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    int m_linesToSkip = 0;
    bool m_bomChecked = false;
    bool m_atEnd = false;
    QString m_errorString;
};

} // namespace rd
