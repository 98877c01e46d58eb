// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors

// detectFormat() on the first bytes of a file, then what the importer does with the guess: notCsvReason(),
// the encoding of the whole file (scanUtf8(), decideEncoding()) and a CsvReader with that encoding and
// the detected delimiter that skips headerLine lines and reads the header and the first records.
// Checked: detection leaves the device where it was; a DATEV file is read with ';' from line 2; scanUtf8()
// counts the same when the device hands out a few bytes a read (as a pipe or a network share may).

#include <QBuffer>
#include <QStringList>

#include "fuzzcheck.h"
#include "import/formatdetector.h"

namespace {

// A device that returns at most step bytes a read.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArrayView bytes, qint64 step)
        : m_bytes(bytes)
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, m_step, qint64(m_bytes.size()) - m_pos});
        std::copy_n(m_bytes.data() + m_pos, count, data);
        m_pos += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArrayView m_bytes;
    qint64 m_step;
    qint64 m_pos = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const rd::DetectedFormat format = rd::detectFormat(&buffer);
    RD_FUZZ_CHECK(buffer.pos() == 0);

    RD_FUZZ_CHECK(format.headerLine >= 0);
    if (format.datev) {
        RD_FUZZ_CHECK(format.delimiter == u';');
        RD_FUZZ_CHECK(format.headerLine == 1);
    } else {
        RD_FUZZ_CHECK(format.datevMetadata.isEmpty());
    }

    (void)rd::notCsvReason(QByteArrayView(bytes), QStringLiteral("fuzz.csv"));

    // The same counts whether the device hands out everything or a few bytes a read (every second input:
    // each scan allocates a 1 MiB buffer, which is slow under ASan).
    QBuffer whole;
    whole.setData(bytes);
    whole.open(QIODevice::ReadOnly);
    const rd::Utf8Evidence evidence = rd::scanUtf8(&whole);
    RD_FUZZ_CHECK(evidence.multiByte >= 0 && evidence.invalid >= 0);
    RD_FUZZ_CHECK(evidence.multiByte * 2 + evidence.invalid <= qint64(size));
    if (size % 2 == 1) {
        TrickleDevice trickle(QByteArrayView(bytes), 1 + (size / 2) % 5);
        const rd::Utf8Evidence trickled = rd::scanUtf8(&trickle);
        RD_FUZZ_CHECK(trickled.multiByte == evidence.multiByte);
        RD_FUZZ_CHECK(trickled.invalid == evidence.invalid);
    }

    rd::CsvFormat csvFormat = format.csvFormat();
    csvFormat.encoding = rd::decideEncoding(format, evidence);
    rd::CsvReader reader(&buffer, csvFormat);
    reader.setChunkSize(bytes.size() + 1); // reads as the default does, without a 256 KiB buffer
    reader.skipLines(format.headerLine);
    QStringList fields;
    for (int record = 0; record < 50 && reader.readRecord(fields); ++record)
        RD_FUZZ_CHECK(!fields.isEmpty());
    return 0;
}
