// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "import/csvreader.h"

#include <algorithm>
#include <cstring>

#include <QIODevice>
#include <QLocale>

#include "core/sha256.h"

using namespace Qt::StringLiterals;

namespace rd {

QString csvQuote(const QString &value, QChar delimiter)
{
    if (!value.contains(delimiter) && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Windows1252:
        return u"Windows-1252"_s;
    case TextEncoding::Utf16LE:
        return u"UTF-16LE"_s;
    case TextEncoding::Utf16BE:
        return u"UTF-16BE"_s;
    }
    return {};
}

qsizetype utf8SequenceLength(QByteArrayView bytes, qsizetype at)
{
    const auto lead = static_cast<uchar>(bytes[at]);
    if (lead < 0x80)
        return 1;
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
        return 0;
    }
    for (qsizetype k = 1; k < length; ++k) {
        if (at + k == bytes.size())
            return -1;
        const auto next = static_cast<uchar>(bytes[at + k]);
        if ((next & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

QString csvTextCell(const QString &value, QChar delimiter)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    const bool risky
        = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    if (!risky)
        return csvQuote(value, delimiter);
    // A plain number (sign, digits, at most one decimal mark) is no formula: keep it a number.
    if (first == u'+' || first == u'-') {
        const QStringView body = QStringView(value).sliced(1);
        qsizetype marks = 0;
        bool digits = false;
        bool plain = !body.isEmpty();
        for (const QChar c : body) {
            if (c.isDigit() && c.unicode() < 0x80)
                digits = true;
            else if (c == u'.' || c == u',')
                ++marks;
            else
                plain = false;
        }
        if (plain && digits && marks <= 1)
            return csvQuote(value, delimiter);
    }
    return csvQuote(u'\'' + value, delimiter);
}

namespace {

// Windows-1252 is Latin-1 except for 0x80-0x9F. The five unassigned bytes map to the C1 controls
// of the same value, as Windows itself and the WHATWG encoding standard do.
constexpr char16_t windows1252High[32] = {
    0x20AC,
    0x0081,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x008D,
    0x017D,
    0x008F,
    0x0090,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0x009D,
    0x017E,
    0x0178,
};

// The length of a UTF-8 sequence cut off at the end of bytes, to be decoded with the next chunk.
// The decoder runs stateless so that a sequence truncated at the very end of the input is
// reported instead of silently dropped.
qsizetype incompleteUtf8Tail(QByteArrayView bytes)
{
    for (qsizetype k = 1; k <= std::min<qsizetype>(3, bytes.size()); ++k) {
        const auto byte = static_cast<uchar>(bytes[bytes.size() - k]);
        if ((byte & 0xC0) == 0x80)
            continue;
        if (byte < 0xC0)
            return 0;
        const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        return length > k ? k : 0;
    }
    return 0;
}

QString &nextField(QStringList &fields, qsizetype index)
{
    if (index == fields.size())
        fields.append(QString());
    QString &field = fields[index];
    field.resize(0); // keeps the capacity when the caller did not keep a copy
    return field;
}

} // namespace

CsvReader::CsvReader(QIODevice *device, CsvFormat format)
    : m_device(device)
    , m_format(format)
    , m_utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
    , m_utf16(format.encoding == TextEncoding::Utf16BE ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE)
{ }

qint64 nextReadSize(const QIODevice *device, qint64 limit)
{
    if (!device || device->isSequential())
        return limit;
    // At the end (or for a file whose size the system does not know, as in /proc) a small read finds out.
    const qint64 left = device->bytesAvailable();
    return std::min(limit, left > 0 ? left : qint64(4096));
}

void CsvReader::setChunkSize(qint64 bytes)
{
    m_chunkSize = std::max<qint64>(1, bytes);
}

void CsvReader::setHash(Sha256 *hash)
{
    m_hash = hash;
}

void CsvReader::skipLines(int count)
{
    m_linesToSkip += std::max(0, count);
}

bool CsvReader::readRecord(QStringList &fields)
{
    while (!hasError()) {
        const Step step = m_linesToSkip > 0 ? skipLine() : parseRecord(fields);
        if (step == Step::Record || step == Step::Skipped) {
            // The flaws that lie in what was just consumed belong to this record (or to a skipped line).
            m_recordFlaw = Flaw::None;
            auto consumed = m_flaws.begin();
            while (consumed != m_flaws.end() && consumed->first < m_pos) {
                if (m_recordFlaw == Flaw::None && step == Step::Record)
                    m_recordFlaw = consumed->second;
                ++consumed;
            }
            m_flaws.erase(m_flaws.begin(), consumed);
        }
        switch (step) {
        case Step::Record:
            return true;
        case Step::Skipped:
            break;
        case Step::NeedMore:
            if (m_text.size() - m_pos > MaxRecordLength) {
                m_errorString = tr("Line %1 is longer than %2 characters. A quoted field is probably not closed.")
                                    .arg(m_line)
                                    .arg(QLocale().toString(MaxRecordLength));
                return false;
            }
            fill();
            break;
        case Step::End:
        case Step::Error:
            return false;
        }
    }
    return false;
}

CsvReader::Step CsvReader::parseRecord(QStringList &fields)
{
    const auto *d = reinterpret_cast<const char16_t *>(m_text.constData());
    const qsizetype end = m_text.size();
    const char16_t delimiter = m_format.delimiter.unicode();
    qsizetype i = m_pos;
    qint64 line = m_line;

    // Empty lines are not records.
    while (i < end) {
        if (d[i] == u'\n') {
            ++i;
            ++line;
        } else if (d[i] == u'\r') {
            if (i + 1 == end && !m_atEnd)
                break; // an LF may follow in the next chunk
            i += (i + 1 < end && d[i + 1] == u'\n') ? 2 : 1;
            ++line;
        } else {
            break;
        }
    }
    m_pos = i;
    m_line = line;
    if (i == end)
        return m_atEnd ? Step::End : Step::NeedMore;
    if (d[i] == u'\r')
        return Step::NeedMore;

    // A record that runs past the decoded text is parsed again from its start once more text is there.
    const qint64 recordLine = line;
    qsizetype count = 0;
    for (;;) {
        QString &field = nextField(fields, count++);
        if (i < end && d[i] == u'"') {
            const qint64 fieldLine = line;
            qsizetype segment = ++i;
            for (;;) {
                while (i < end && d[i] != u'"') {
                    if (d[i] == u'\n' || (d[i] == u'\r' && (i + 1 == end || d[i + 1] != u'\n')))
                        ++line;
                    ++i;
                }
                if (i == end) {
                    if (!m_atEnd)
                        return Step::NeedMore;
                    m_errorString = tr("The quoted field that begins on line %1 is not closed.").arg(fieldLine);
                    return Step::Error;
                }
                field.append(QStringView(d + segment, i - segment));
                if (i + 1 < end && d[i + 1] == u'"') {
                    field.append(u'"');
                    i += 2;
                    segment = i;
                    continue;
                }
                ++i; // a closing quote, or the first of a pair cut off by the chunk: the scan below asks for more
                break;
            }
        }
        // An unquoted field, or what follows a closing quote: both are taken literally.
        const qsizetype start = i;
        while (i < end && d[i] != delimiter && d[i] != u'\n' && d[i] != u'\r')
            ++i;
        field.append(QStringView(d + start, i - start));

        if (i == end) {
            if (!m_atEnd)
                return Step::NeedMore;
            break; // the last line has no line break
        }
        if (d[i] == delimiter) {
            ++i;
            continue;
        }
        if (d[i] == u'\r') {
            if (i + 1 == end && !m_atEnd)
                return Step::NeedMore;
            if (i + 1 < end && d[i + 1] == u'\n')
                ++i;
        }
        ++i;
        ++line;
        break;
    }
    fields.resize(count);
    m_recordLine = recordLine;
    m_pos = i;
    m_line = line;
    return Step::Record;
}

CsvReader::Step CsvReader::skipLine()
{
    const auto *d = reinterpret_cast<const char16_t *>(m_text.constData());
    const qsizetype end = m_text.size();
    qsizetype i = m_pos;
    while (i < end && d[i] != u'\n' && d[i] != u'\r')
        ++i;
    if (i == end) {
        m_pos = i;
        if (!m_atEnd)
            return Step::NeedMore;
        m_linesToSkip = 0;
        return Step::End;
    }
    if (d[i] == u'\r') {
        if (i + 1 == end && !m_atEnd) {
            m_pos = i;
            return Step::NeedMore;
        }
        if (i + 1 < end && d[i + 1] == u'\n')
            ++i;
    }
    m_pos = i + 1;
    ++m_line;
    --m_linesToSkip;
    return Step::Skipped;
}

void CsvReader::fill()
{
    // Drop what has been parsed; the rest is at most one partial record.
    if (m_pos > 0) {
        QChar *text = m_text.data();
        std::copy(text + m_pos, text + m_text.size(), text);
        m_text.truncate(m_text.size() - m_pos);
        for (auto &flaw : m_flaws)
            flaw.first -= m_pos;
        m_pos = 0;
    }
    if (!m_device || !m_device->isReadable()) {
        m_errorString = tr("The file is not open for reading.");
        return;
    }
    const qint64 size = nextReadSize(m_device, m_chunkSize);
    m_chunk.resize(m_pendingBytes + size);
    char *out = m_chunk.data() + m_pendingBytes;
    qint64 count = m_device->read(out, size);
    while (count == 0 && m_device->isSequential() && m_device->waitForReadyRead(-1))
        count = m_device->read(out, size);
    if (count < 0) {
        m_errorString = tr("Could not read the file: %1").arg(m_device->errorString());
        return;
    }
    if (count == 0) {
        m_atEnd = true;
        decode(QByteArrayView(m_chunk.constData(), m_pendingBytes));
        m_pendingBytes = 0;
        return;
    }
    if (m_hash)
        m_hash->addData(QByteArrayView(out, count));
    m_bytesRead += count;
    const qsizetype total = m_pendingBytes + count;
    const qsizetype tail
        = m_format.encoding == TextEncoding::Utf8 ? incompleteUtf8Tail(QByteArrayView(m_chunk.constData(), total)) : 0;
    decode(QByteArrayView(m_chunk.constData(), total - tail));
    std::memmove(m_chunk.data(), m_chunk.constData() + total - tail, tail);
    m_pendingBytes = tail;
}

void CsvReader::decode(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype old = m_text.size();
    const std::size_t flawsBefore = m_flaws.size();
    bool invalid = false;
    bool mayHoldNul = false;
    switch (m_format.encoding) {
    case TextEncoding::Windows1252: {
        m_text.resize(old + bytes.size());
        auto *out = reinterpret_cast<char16_t *>(m_text.data()) + old;
        for (const char c : bytes) {
            const auto byte = static_cast<uchar>(c);
            *out++ = (byte >= 0x80 && byte < 0xA0) ? windows1252High[byte - 0x80] : char16_t(byte);
        }
        mayHoldNul = std::memchr(bytes.data(), 0, std::size_t(bytes.size())) != nullptr;
        break;
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        // The decoder skips the byte order mark and keeps a code unit cut off between chunks itself.
        m_text.resize(old + m_utf16.requiredSpace(bytes.size()));
        const QChar *end = m_utf16.appendToBuffer(m_text.data() + old, bytes);
        m_text.truncate(end - m_text.constData());
        invalid = m_utf16.hasError();
        mayHoldNul = true; // every ASCII character has a zero byte here: look at the characters
        break;
    }
    case TextEncoding::Utf8: {
        if (!m_bomChecked) {
            m_bomChecked = true;
            if (bytes.startsWith("\xEF\xBB\xBF"))
                bytes = bytes.sliced(3);
        }
        m_text.resize(old + m_utf8.requiredSpace(bytes.size()));
        const QChar *end = m_utf8.appendToBuffer(m_text.data() + old, bytes);
        m_text.truncate(end - m_text.constData());
        if (m_utf8.hasError()) {
            // Rare: decode again, byte by byte where it matters, so that exactly the bad bytes are flagged
            // (a U+FFFD that the file itself holds is text, whatever else the chunk holds).
            m_utf8.resetState();
            m_text.truncate(old);
            qsizetype at = 0;
            while (at < bytes.size()) {
                qsizetype run = at;
                qsizetype length = 0;
                while (run < bytes.size() && (length = utf8SequenceLength(bytes, run)) > 0)
                    run += length;
                // The decoder keeps a U+FEFF where QString::fromUtf8() would drop it as a byte order mark
                // at the start of the run (found by fuzzing: chunks of one byte kept it, the whole dropped it).
                m_text.append(m_utf8.decode(bytes.sliced(at, run - at)));
                if (run < bytes.size()) {
                    m_text.append(QChar(QChar::ReplacementCharacter));
                    m_flaws.push_back({m_text.size() - 1, Flaw::InvalidText});
                    ++run;
                }
                at = run;
            }
        }
        mayHoldNul = std::memchr(bytes.data(), 0, std::size_t(bytes.size())) != nullptr;
        break;
    }
    }
    if (invalid)
        m_utf16.resetState();
    if (!invalid && !mayHoldNul)
        return;
    // Rare: note where each replacement character and NUL landed, so that the records holding them can
    // be rejected one by one while the rest of the file is read.
    const auto *d = reinterpret_cast<const char16_t *>(m_text.constData());
    for (qsizetype i = old; i < m_text.size(); ++i) {
        if (invalid && d[i] == u'\uFFFD')
            m_flaws.push_back({i, Flaw::InvalidText});
        else if (d[i] == u'\0')
            m_flaws.push_back({i, Flaw::NulCharacter});
    }
    // The bad bytes of this chunk were noted while decoding, its NULs just now: readRecord() needs them in
    // the order of their positions (found by fuzzing: a NUL before a bad byte went unflagged).
    std::sort(m_flaws.begin() + std::ptrdiff_t(flawsBefore), m_flaws.end());
}

} // namespace rd
