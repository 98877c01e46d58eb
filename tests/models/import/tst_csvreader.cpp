// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <algorithm>
#include <cstring>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include "core/sha256.h"
#include "import/csvreader.h"
#include "import/formatdetector.h"
#include "import/valueparser.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

using Records = QList<QStringList>;
using Lines = QList<qint64>;

// Hands out one to seven bytes per read, as a pipe might.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data)
        : m_data(std::move(data))
    { }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, qint64(m_reads++ % 7 + 1), qint64(m_data.size() - m_pos)});
        std::memcpy(data, m_data.constData() + m_pos, size_t(count));
        m_pos += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    qint64 m_reads = 0;
};

struct ReadResult
{
    Records records;
    Lines lines;
    QString error;
    qint64 bytesRead = 0;
};

ReadResult readAll(QIODevice *device, CsvFormat format, qint64 chunkSize = CsvReader::DefaultChunkSize, int skip = 0,
    Sha256 *hash = nullptr)
{
    ReadResult result;
    CsvReader reader(device, format);
    reader.setChunkSize(chunkSize);
    reader.setHash(hash);
    reader.skipLines(skip);
    QStringList fields;
    while (reader.readRecord(fields)) {
        result.records.append(fields);
        result.lines.append(reader.recordLine());
    }
    result.error = reader.errorString();
    result.bytesRead = reader.bytesRead();
    return result;
}

ReadResult readAll(const QByteArray &data, CsvFormat format, qint64 chunkSize = CsvReader::DefaultChunkSize,
    int skip = 0, Sha256 *hash = nullptr)
{
    QBuffer buffer;
    buffer.setData(data);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    return readAll(&buffer, format, chunkSize, skip, hash);
}

// Small chunks split multi-byte characters, CRLF pairs and doubled quotes at every position.
constexpr qint64 chunkSizes[] = {1, 2, 3, 4, 5, 7, 64, CsvReader::DefaultChunkSize};

} // namespace

class TestCsvReader : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void readsRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<Lines>("lines");

        const QChar comma = u',';
        const auto utf8 = TextEncoding::Utf8;
        QTest::addRow("simple") << QByteArray("a,b,c\n1,2,3\n") << comma << utf8
                                << Records {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}} << Lines {1, 2};
        QTest::addRow("no final line break")
            << QByteArray("a,b\n1,2") << comma << utf8 << Records {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << Lines {1, 2};
        QTest::addRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << comma << utf8
                              << Records {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << Lines {1, 2};
        QTest::addRow("cr") << QByteArray("a,b\r1,2\r") << comma << utf8 << Records {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                            << Lines {1, 2};
        QTest::addRow("mixed line ends") << QByteArray("a\r\nb\rc\nd") << comma << utf8
                                         << Records {{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}} << Lines {1, 2, 3, 4};
        QTest::addRow("quoted") << QByteArray("\"a\",\"b c\"\n") << comma << utf8 << Records {{u"a"_s, u"b c"_s}}
                                << Lines {1};
        QTest::addRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << comma << utf8
                                        << Records {{u"say \"hi\""_s, u"\""_s}} << Lines {1};
        QTest::addRow("delimiter in quotes")
            << QByteArray("\"1,5\",x\n") << comma << utf8 << Records {{u"1,5"_s, u"x"_s}} << Lines {1};
        QTest::addRow("line break in quotes")
            << QByteArray("h1,h2\n\"line 1\nline 2\",x\ny,z\n") << comma << utf8
            << Records {{u"h1"_s, u"h2"_s}, {u"line 1\nline 2"_s, u"x"_s}, {u"y"_s, u"z"_s}} << Lines {1, 2, 4};
        QTest::addRow("crlf in quotes") << QByteArray("\"a\r\nb\r\n\",c\r\nd,e\r\n") << comma << utf8
                                        << Records {{u"a\r\nb\r\n"_s, u"c"_s}, {u"d"_s, u"e"_s}} << Lines {1, 4};
        QTest::addRow("cr in quotes") << QByteArray("\"a\rb\",c\rd,e") << comma << utf8
                                      << Records {{u"a\rb"_s, u"c"_s}, {u"d"_s, u"e"_s}} << Lines {1, 3};
        QTest::addRow("empty fields") << QByteArray(",,\n") << comma << utf8
                                      << Records {{QString(), QString(), QString()}} << Lines {1};
        QTest::addRow("empty lines skipped") << QByteArray("\n\na,b\n\r\n\nc,d\n\n") << comma << utf8
                                             << Records {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << Lines {3, 6};
        QTest::addRow("only empty lines") << QByteArray("\r\n\n\r") << comma << utf8 << Records {} << Lines {};
        QTest::addRow("empty input") << QByteArray() << comma << utf8 << Records {} << Lines {};
        QTest::addRow("empty quoted field")
            << QByteArray("\"\",x\n") << comma << utf8 << Records {{QString(), u"x"_s}} << Lines {1};
        QTest::addRow("quote inside unquoted field") << QByteArray("12\" pipe,a\"b\"\n") << comma << utf8
                                                     << Records {{u"12\" pipe"_s, u"a\"b\""_s}} << Lines {1};
        QTest::addRow("text after closing quote")
            << QByteArray("\"abc\"def,\"x\" y\n") << comma << utf8 << Records {{u"abcdef"_s, u"x y"_s}} << Lines {1};
        QTest::addRow("trailing delimiter") << QByteArray("a,\nb,") << comma << utf8
                                            << Records {{u"a"_s, QString()}, {u"b"_s, QString()}} << Lines {1, 2};
        QTest::addRow("spaces kept") << QByteArray(" a , b \n") << comma << utf8 << Records {{u" a "_s, u" b "_s}}
                                     << Lines {1};
        QTest::addRow("whitespace line is a record")
            << QByteArray("a\n \nb\n") << comma << utf8 << Records {{u"a"_s}, {u" "_s}, {u"b"_s}} << Lines {1, 2, 3};
        QTest::addRow("semicolon") << QByteArray("a;\"b;c\";1,5\n") << QChar(u';') << utf8
                                   << Records {{u"a"_s, u"b;c"_s, u"1,5"_s}} << Lines {1};
        QTest::addRow("only delimiters") << QByteArray(";;\n") << QChar(u';') << utf8
                                         << Records {{QString(), QString(), QString()}} << Lines {1};
        QTest::addRow("tab") << QByteArray("a\tb c\t\"d\te\"\n") << QChar(u'\t') << utf8
                             << Records {{u"a"_s, u"b c"_s, u"d\te"_s}} << Lines {1};
        QTest::addRow("pipe") << QByteArray("a|b\n") << QChar(u'|') << utf8 << Records {{u"a"_s, u"b"_s}} << Lines {1};
        QTest::addRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF"
                                                 "a,b\n")
                                   << comma << utf8 << Records {{u"a"_s, u"b"_s}} << Lines {1};
        QTest::addRow("utf-8 multi-byte")
            << QByteArray("M\xC3\xBCller,\xE2\x82\xAC,\xF0\x9F\x98\x80\r\n\xC3\x9F\n") << comma << utf8
            << Records {{u"Müller"_s, u"€"_s, u"😀"_s}, {u"ß"_s}} << Lines {1, 2};
        QTest::addRow("zero width no-break space after the start")
            << QByteArray("a\n\xEF\xBB\xBF"
                          "b\n")
            << comma << utf8 << Records {{u"a"_s}, {u"\uFEFFb"_s}} << Lines {1, 2};
        QTest::addRow("windows-1252") << QByteArray(
            "M\xFCller,\x80,\x84x\x93y\x94,\x96\x97,\x9A\x8A\x9E\x8E,\xDF\xE9\n")
                                      << comma << TextEncoding::Windows1252
                                      << Records {{u"Müller"_s, u"€"_s, u"„x“y”"_s, u"–—"_s, u"šŠžŽ"_s, u"ßé"_s}}
                                      << Lines {1};
        QTest::addRow("windows-1252 leaves a bom alone")
            << QByteArray("\xEF\xBB\xBFx\n") << comma << TextEncoding::Windows1252 << Records {{u"ï»¿x"_s}}
            << Lines {1};
    }

    void readsRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QChar, delimiter);
        QFETCH(TextEncoding, encoding);
        QFETCH(Records, expected);
        QFETCH(Lines, lines);
        for (const qint64 chunkSize : chunkSizes) {
            const ReadResult result = readAll(input, {delimiter, encoding}, chunkSize);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.records, expected);
            QCOMPARE(result.lines, lines);
            QCOMPARE(result.bytesRead, input.size());
        }
    }

    void readsFromTrickle()
    {
        const QByteArray input(
            "\xEF\xBB\xBFKunde,Betrag\r\n\"M\xC3\xBCller, \"\"Hans\"\"\",\"12\r\n50\"\r\n\xE2\x82\xAC,x");
        TrickleDevice device(input);
        QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        Sha256 hash;
        CsvReader reader(&device);
        reader.setHash(&hash);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields, (QStringList {u"Kunde"_s, u"Betrag"_s}));
        QVERIFY2(reader.bytesRead() < input.size(), "the device should hand out a few bytes at a time");
        Records records;
        Lines lines;
        while (reader.readRecord(fields)) {
            records.append(fields);
            lines.append(reader.recordLine());
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(records, (Records {{u"Müller, \"Hans\""_s, u"12\r\n50"_s}, {u"€"_s, u"x"_s}}));
        QCOMPARE(lines, (Lines {2, 4}));
        QCOMPARE(reader.bytesRead(), input.size());
        QCOMPARE(hash.result(), QCryptographicHash::hash(input, QCryptographicHash::Sha256));
    }

    void reusesTheFieldList()
    {
        QBuffer buffer;
        buffer.setData("a,b,c,d\nx,y\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QStringList fields {u"stale"_s, u"stale"_s, u"stale"_s, u"stale"_s, u"stale"_s};
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields, (QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        const QStringList kept = fields;
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields, (QStringList {u"x"_s, u"y"_s}));
        QCOMPARE(kept, (QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(!reader.hasError());
        QVERIFY(!reader.readRecord(fields));
    }

    void skipsLines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("skip");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<Lines>("lines");

        QTest::addRow("datev metadata") << QByteArray(
            "\"EXTF\";700;21;\"Buchungsstapel\"\r\nUmsatz;Konto\r\n12,50;8400\r\n")
                                        << 1 << Records {{u"Umsatz"_s, u"Konto"_s}, {u"12,50"_s, u"8400"_s}}
                                        << Lines {2, 3};
        QTest::addRow("physical lines, not records")
            << QByteArray("\"a\nb\"\nh\nv\n") << 1 << Records {{u"b\""_s}, {u"h"_s}, {u"v"_s}} << Lines {2, 3, 4};
        QTest::addRow("empty lines count") << QByteArray("x\n\nh\n") << 2 << Records {{u"h"_s}} << Lines {3};
        QTest::addRow("cr line ends") << QByteArray("meta\rh\rv") << 1 << Records {{u"h"_s}, {u"v"_s}} << Lines {2, 3};
        QTest::addRow("more than there are") << QByteArray("a\nb") << 5 << Records {} << Lines {};
        QTest::addRow("none") << QByteArray("a\n") << 0 << Records {{u"a"_s}} << Lines {1};
    }

    void skipsLines()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, skip);
        QFETCH(Records, expected);
        QFETCH(Lines, lines);
        for (const qint64 chunkSize : chunkSizes) {
            const ReadResult result = readAll(input, {u';', TextEncoding::Utf8}, chunkSize, skip);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.records, expected);
            QCOMPARE(result.lines, lines);
        }
    }

    void hashesTheWholeInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("skip");

        QByteArray generated("\xEF\xBB\xBFmeta line\n");
        for (int i = 0; i < 5000; ++i)
            generated += "K-" + QByteArray::number(i)
                + ",\"Stra\xC3\x9F"
                  "e "
                + QByteArray::number(i * 7) + "\"\r\n";
        QTest::addRow("generated") << generated << 1;
        QTest::addRow("no final line break") << QByteArray("a,b\n1,2") << 0;
        QTest::addRow("only empty lines") << QByteArray("\n\n\r\n") << 0;
        QTest::addRow("empty") << QByteArray() << 0;
    }

    void hashesTheWholeInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, skip);
        const QByteArray expected = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
        for (const qint64 chunkSize : {qint64(3), qint64(1000), CsvReader::DefaultChunkSize}) {
            Sha256 hash;
            const ReadResult result = readAll(input, {}, chunkSize, skip, &hash);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(hash.result().toHex(), expected.toHex());
            QCOMPARE(result.bytesRead, input.size());
        }
    }

    void reportsErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<int>("recordsBefore");
        QTest::addColumn<QString>("message");

        QTest::addRow("unterminated quote") << QByteArray("a,b\nc,\"open\nmore\n\nlines") << TextEncoding::Utf8 << 1
                                            << u"begins on line 2 is not closed"_s;
        QTest::addRow("unterminated quote after a multi-line field")
            << QByteArray("\"x\ny\",z\n\"\"\"\n") << TextEncoding::Utf8 << 1 << u"begins on line 3 is not closed"_s;
    }

    // Bytes that are no text in the encoding, and NUL characters, flag their record instead of ending the
    // file: the importer rejects that one row and reads on.
    void flagsRecordsWithBadBytes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<QList<int>>("flaws"); // per record: 0 none, 1 invalid text, 2 NUL
        QTest::addColumn<QList<qint64>>("lines");

        QTest::addRow("windows-1252 byte in a utf-8 file")
            << QByteArray("Name,Ort\nx,y\n\"A\nB\",M\xFCnchen\nz,w\n") << TextEncoding::Utf8 << QList<int> {0, 0, 1, 0}
            << QList<qint64> {1, 2, 3, 5};
        QTest::addRow("truncated utf-8 at the end")
            << QByteArray("a\nb\xC3") << TextEncoding::Utf8 << QList<int> {0, 1} << QList<qint64> {1, 2};
        QTest::addRow("invalid utf-8 after an empty line")
            << QByteArray("a\n\n\xFF") << TextEncoding::Utf8 << QList<int> {0, 1} << QList<qint64> {1, 3};
        QTest::addRow("two bad rows among good ones")
            << QByteArray("K\xC3\xA4se,1\n\xFE,2\nok,3\n4,\xC0\xAF\nM\xC3\xBCller,5\n") << TextEncoding::Utf8
            << QList<int> {0, 1, 0, 1, 0} << QList<qint64> {1, 2, 3, 4, 5};
        // Found by fuzzing: a U+FFFD the file holds is text, also in a chunk that holds a bad byte too.
        QTest::addRow("replacement character beside a bad byte")
            << QByteArray(",2a,\xEF\xBF\xBD\nb,\xFF\n") << TextEncoding::Utf8 << QList<int> {0, 1}
            << QList<qint64> {1, 2};
        QTest::addRow("nul before a bad byte")
            << QByteArray("\0\n\xFF\n", 4) << TextEncoding::Utf8 << QList<int> {2, 1} << QList<qint64> {1, 2};
        QTest::addRow("nul byte") << QByteArray("a,b\nc,d\0e\nf,g\n", 14) << TextEncoding::Utf8 << QList<int> {0, 2, 0}
                                  << QList<qint64> {1, 2, 3};
        QTest::addRow("nul byte in windows-1252") << QByteArray("a;b\n\0;\xE4\n", 8) << TextEncoding::Windows1252
                                                  << QList<int> {0, 2} << QList<qint64> {1, 2};
        QTest::addRow("nul character in utf-16") << QByteArray("a\0,\0b\0\n\0\0\0,\0c\0\n\0", 16)
                                                 << TextEncoding::Utf16LE << QList<int> {0, 2} << QList<qint64> {1, 2};
    }

    void flagsRecordsWithBadBytes()
    {
        QFETCH(QByteArray, input);
        QFETCH(TextEncoding, encoding);
        QFETCH(QList<int>, flaws);
        QFETCH(QList<qint64>, lines);
        for (const qint64 chunkSize : chunkSizes) {
            QBuffer buffer;
            buffer.setData(input);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            CsvReader reader(&buffer, {u',', encoding});
            reader.setChunkSize(chunkSize);
            QStringList fields;
            QList<int> seen;
            QList<qint64> seenLines;
            while (reader.readRecord(fields)) {
                seen.append(int(reader.recordFlaw()));
                seenLines.append(reader.recordLine());
            }
            QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
            QCOMPARE(seen, flaws);
            QCOMPARE(seenLines, lines);
        }
    }

    // Found by fuzzing: a U+FEFF (the bytes of a byte order mark) in the middle of a line is a character of
    // the text, whether or not a bad byte comes just before it and however the file is cut into chunks.
    void keepsAByteOrderMarkInsideTheText()
    {
        const QByteArray input("a,\xFF\xEF\xBB\xBF"
                               "b\nc,\xEF\xBB\xBF"
                               "d\n");
        for (const qint64 chunkSize : chunkSizes) {
            QBuffer buffer;
            buffer.setData(input);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            CsvReader reader(&buffer);
            reader.setChunkSize(chunkSize);
            QStringList fields;
            QVERIFY(reader.readRecord(fields));
            QCOMPARE(fields, (QStringList {u"a"_s, u"\uFFFD\uFEFFb"_s}));
            QCOMPARE(reader.recordFlaw(), CsvReader::Flaw::InvalidText);
            QVERIFY(reader.readRecord(fields));
            QCOMPARE(fields, (QStringList {u"c"_s, u"\uFEFFd"_s}));
            QVERIFY(!reader.readRecord(fields));
            QVERIFY(!reader.hasError());
        }
    }

    void readsUtf16_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<TextEncoding>("encoding");
        const QString text = u"Kunde\tUmsatz\r\nMüller\t1.234,56 €\r\n\"Straße\"\t😀\r\n"_s;
        QByteArray little("\xFF\xFE");
        QByteArray big("\xFE\xFF");
        for (const QChar c : text) {
            little.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::addRow("little endian with BOM") << little << TextEncoding::Utf16LE;
        QTest::addRow("big endian with BOM") << big << TextEncoding::Utf16BE;
        QTest::addRow("little endian without BOM") << little.sliced(2) << TextEncoding::Utf16LE;
    }

    void readsUtf16()
    {
        QFETCH(QByteArray, input);
        QFETCH(TextEncoding, encoding);
        for (const qint64 chunkSize : chunkSizes) {
            const ReadResult result = readAll(input, {u'\t', encoding}, chunkSize);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            const Records expected {{u"Kunde"_s, u"Umsatz"_s}, {u"Müller"_s, u"1.234,56 €"_s}, {u"Straße"_s, u"😀"_s}};
            QCOMPARE(result.records, expected);
        }
    }

    // OWASP's CSV injection rule for every CSV meant for people.
    void neutralisesFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::addRow("formula") << u"=HYPERLINK(\"http://x\",\"click\")"_s
                                 << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""_s;
        QTest::addRow("phone number") << u"+49 170 1234567"_s << u"'+49 170 1234567"_s;
        QTest::addRow("minus formula") << u"-2+3"_s << u"'-2+3"_s;
        QTest::addRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::addRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::addRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::addRow("negative number stays a number") << u"-12.50"_s << u"-12.50"_s;
        QTest::addRow("signed whole number") << u"+49"_s << u"+49"_s;
        QTest::addRow("ordinary text") << u"Müller, Anna"_s << u"\"Müller, Anna\""_s;
        QTest::addRow("inner equals sign") << u"a=b"_s << u"a=b"_s;
        QTest::addRow("empty") << QString() << QString();
    }

    void neutralisesFormulas()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(csvTextCell(value), cell);
    }

    void reportsErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(TextEncoding, encoding);
        QFETCH(int, recordsBefore);
        QFETCH(QString, message);
        for (const qint64 chunkSize : chunkSizes) {
            const ReadResult result = readAll(input, {u',', encoding}, chunkSize);
            QCOMPARE(result.records.size(), recordsBefore);
            QVERIFY2(result.error.contains(message), qPrintable(result.error));
        }
    }

    void stopsAfterAnError()
    {
        QBuffer buffer;
        buffer.setData("\"open\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QStringList fields;
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(reader.hasError());
        const QString first = reader.errorString();
        QVERIFY(!reader.readRecord(fields));
        QCOMPARE(reader.errorString(), first);
    }

    void refusesAClosedDevice()
    {
        QFile file(u"/nonexistent/never-opened.csv"_s);
        CsvReader reader(&file);
        QStringList fields;
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(reader.hasError());
        QVERIFY(!reader.errorString().isEmpty());
    }

    void refusesEndlessQuotedField()
    {
        QByteArray input("a,b\n\"");
        input.append(CsvReader::MaxRecordLength + 4 * CsvReader::DefaultChunkSize, 'x');
        const ReadResult result = readAll(input, {});
        QCOMPARE(result.records.size(), 1);
        QVERIFY2(result.error.contains(u"Line 2 is longer than"_s), qPrintable(result.error));
        QVERIFY(result.bytesRead < input.size());
    }

    void readsManyRows()
    {
        constexpr int rows = 200'000;
        QByteArray input("customer_id,name,amount,date\r\n");
        input.reserve(rows * 48);
        for (int i = 1; i <= rows; ++i) {
            input += QByteArray::number(10000 + i) + ",\"Kunde " + QByteArray::number(i) + ", M\xC3\xBCnchen\","
                + QByteArray::number(i % 1000) + '.' + QByteArray::number(10 + i % 90) + ",2024-01-"
                + QByteArray::number(10 + i % 19) + "\r\n";
        }
        QBuffer buffer;
        buffer.setData(input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields, (QStringList {u"customer_id"_s, u"name"_s, u"amount"_s, u"date"_s}));
        int count = 0;
        QStringList last;
        qint64 previousBytes = 0;
        bool bytesGrow = true;
        while (reader.readRecord(fields)) {
            ++count;
            if (fields.size() != 4)
                QFAIL(qPrintable(u"Line %1 has %2 fields"_s.arg(reader.recordLine()).arg(fields.size())));
            bytesGrow = bytesGrow && reader.bytesRead() >= previousBytes;
            previousBytes = reader.bytesRead();
            if (count == rows)
                last = fields;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(bytesGrow);
        QCOMPARE(count, rows);
        QCOMPARE(reader.recordLine(), rows + 1);
        QCOMPARE(last, (QStringList {u"210000"_s, u"Kunde 200000, München"_s, u"0.30"_s, u"2024-01-16"_s}));
        QCOMPARE(reader.bytesRead(), input.size());
    }

    void readsAGermanExcelExport()
    {
        const QByteArray input("Kundennummer;Name;Betrag;Datum\r\n"
                               "10001;M\xFCller GmbH;1.234,56 \x80;31.01.2024\r\n"
                               "10002;\"B\xE4"
                               "ckerei \x84Zur M\xFChle\x93\";-12,50 \x80;01.02.2024\r\n");
        QBuffer buffer;
        buffer.setData(input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const DetectedFormat detected = detectFormat(&buffer);
        QCOMPARE(detected.encoding, TextEncoding::Windows1252);
        QCOMPARE(detected.delimiter, QChar(u';'));
        QCOMPARE(detected.headerLine, 0);
        QVERIFY(!detected.datev);

        CsvReader reader(&buffer, detected.csvFormat());
        QStringList header;
        QVERIFY(reader.readRecord(header));
        QCOMPARE(header, (QStringList {u"Kundennummer"_s, u"Name"_s, u"Betrag"_s, u"Datum"_s}));
        Records rows;
        QStringList fields;
        while (reader.readRecord(fields))
            rows.append(fields);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(normaliseId(rows[0][0]), u"10001"_s);
        QCOMPARE(rows[0][1], u"Müller GmbH"_s);
        QCOMPARE(rows[1][1], u"Bäckerei „Zur Mühle“"_s);

        const QStringList amounts {rows[0][2], rows[1][2]};
        const auto style = detectDecimalStyle(amounts);
        QVERIFY(style);
        QCOMPARE(*style, DecimalStyle::Comma);
        QCOMPARE(parseMoney(rows[0][2], *style), std::optional<qint64>(123456));
        QCOMPARE(parseMoney(rows[1][2], *style), std::optional<qint64>(-1250));

        const DateDetection dates = detectDateFormat({rows[0][3], rows[1][3]});
        QVERIFY(dates.format);
        QCOMPARE(*dates.format, DateFormat::DayMonthYearDot);
        QCOMPARE(parseDate(rows[0][3], *dates.format), QDate(2024, 1, 31));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
