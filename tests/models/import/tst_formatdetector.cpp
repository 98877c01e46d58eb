// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QBuffer>
#include <QTest>

#include "import/formatdetector.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestFormatDetector : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void detectsEncoding_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<bool>("bom");

        QTest::addRow("ascii") << QByteArray("id,name\n1,Smith\n") << TextEncoding::Utf8 << false;
        QTest::addRow("empty") << QByteArray() << TextEncoding::Utf8 << false;
        QTest::addRow("utf-8") << QByteArray("id,name\n1,M\xC3\xBCller \xE2\x82\xAC\n") << TextEncoding::Utf8 << false;
        QTest::addRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBFid,name\n") << TextEncoding::Utf8 << true;
        QTest::addRow("bom and invalid bytes") << QByteArray("\xEF\xBB\xBFM\xFCller\n") << TextEncoding::Utf8 << true;
        QTest::addRow("windows-1252 umlaut")
            << QByteArray("id;name\n1;M\xFCller\n") << TextEncoding::Windows1252 << false;
        QTest::addRow("windows-1252 euro") << QByteArray("12,50 \x80\n") << TextEncoding::Windows1252 << false;
        QTest::addRow("utf-8 cut off by the sample")
            << QByteArray("a,b\nM\xC3\xBCller,\xE2\x82") << TextEncoding::Utf8 << false;
        QTest::addRow("overlong utf-8") << QByteArray("a\xC0\xAF") << TextEncoding::Windows1252 << false;
        QTest::addRow("utf-16 surrogate in utf-8")
            << QByteArray("a\xED\xA0\x80z") << TextEncoding::Windows1252 << false;
        QTest::addRow("lone continuation byte") << QByteArray("a\x80z") << TextEncoding::Windows1252 << false;
        QTest::addRow("four-byte utf-8") << QByteArray("\xF0\x9F\x98\x80,x\n") << TextEncoding::Utf8 << false;
    }

    void detectsEncoding()
    {
        QFETCH(QByteArray, sample);
        QFETCH(TextEncoding, encoding);
        QFETCH(bool, bom);
        const DetectedFormat detected = detectFormat(sample);
        QCOMPARE(detected.encoding, encoding);
        QCOMPARE(detected.hasBom, bom);
    }

    void detectsDelimiter_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<int>("headerLine");

        QTest::addRow("comma") << QByteArray("id,name,amount\n1,Smith,12.50\n2,Jones,3.00\n") << QChar(u',') << 0;
        QTest::addRow("semicolon with decimal commas")
            << QByteArray("Kundennummer;Betrag;Notiz\n1;12,50;x\n2;3,00;y\n") << QChar(u';') << 0;
        QTest::addRow("semicolon, one decimal comma per line")
            << QByteArray("a;b\n1;12,50\n2;3,10\n3;4,20\n4;5,30\n") << QChar(u';') << 0;
        QTest::addRow("german single row") << QByteArray("1;12,50;x\n") << QChar(u';') << 0;
        QTest::addRow("tab with commas in text")
            << QByteArray("name\tnote\nSmith\tlate, again\nJones\tok\n") << QChar(u'\t') << 0;
        QTest::addRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << QChar(u'|') << 0;
        QTest::addRow("commas in quotes")
            << QByteArray("name;note\n\"Smith, J.\";\"a, b, c\"\n\"Doe, J.\";x\n") << QChar(u';') << 0;
        QTest::addRow("semicolons in quotes") << QByteArray("name,note\n\"a;b;c\",x\n\"d;e\",y\n") << QChar(u',') << 0;
        QTest::addRow("line break in quotes")
            << QByteArray("name,note\n\"Smith\",\"line 1\nline 2; more\"\n\"Jones\",x\n") << QChar(u',') << 0;
        QTest::addRow("comma beats a ragged semicolon")
            << QByteArray("a,b,c\n1,x;y,2\n3,z,4\n5,w,6\n") << QChar(u',') << 0;
        QTest::addRow("single column") << QByteArray("email\na@example.com\n") << QChar(u',') << 0;
        QTest::addRow("cut-off last line") << QByteArray("a;b;c\n1;2;3\n4;5;6\n7;8") << QChar(u';') << 0;
        QTest::addRow("excel sep line") << QByteArray("sep=;\r\na;b,c\r\n1;2\r\n") << QChar(u';') << 1;
        QTest::addRow("excel sep line with bom") << QByteArray("\xEF\xBB\xBFsep=|\na|b\n") << QChar(u'|') << 1;
        QTest::addRow("windows-1252") << QByteArray("Name;Ort\nM\xFCller;K\xF6ln\n") << QChar(u';') << 0;
    }

    void detectsDelimiter()
    {
        QFETCH(QByteArray, sample);
        QFETCH(QChar, delimiter);
        QFETCH(int, headerLine);
        const DetectedFormat detected = detectFormat(sample);
        QCOMPARE(detected.delimiter, delimiter);
        QCOMPARE(detected.headerLine, headerLine);
        QVERIFY(!detected.datev);
        QCOMPARE(detected.csvFormat().delimiter, delimiter);
        QCOMPARE(detected.csvFormat().encoding, detected.encoding);
    }

    void detectsDatev_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<TextEncoding>("encoding");

        const QByteArray metadata(
            "\"EXTF\";700;21;\"Buchungsstapel\";13;20240130140440439;;\"RE\";\"\";\"\";29098;55003;"
            "20240101;4;20240101;20240831;\"Buchungsstapel "
            "M\xE4rz\";\"WD\";1;0;0;\"EUR\";;\"\";;;\"03\";;;\"\";\"\"\r\n");
        const QByteArray header(
            "Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Kurs;Basis-Umsatz;"
            "WKZ Basis-Umsatz;Konto;Gegenkonto (ohne BU-Schl\xFCssel);BU-Schl\xFCssel;Belegdatum\r\n");
        const QByteArray row("1.190,00;S;EUR;;;;10001;8400;;3001\r\n119,00;H;EUR;;;;10002;8400;;101\r\n");
        QTest::addRow("quoted EXTF") << metadata + header + row << TextEncoding::Windows1252;
        QByteArray plain = metadata;
        plain.replace("\"EXTF\"", "EXTF");
        QTest::addRow("plain EXTF") << plain + header + row << TextEncoding::Windows1252;
        QByteArray utf8 = "\xEF\xBB\xBF" + metadata + header + row;
        utf8.replace("\xE4", "\xC3\xA4").replace("\xFC", "\xC3\xBC");
        QTest::addRow("utf-8 with bom") << utf8 << TextEncoding::Utf8;
        QByteArray dtvf = metadata;
        dtvf.replace("\"EXTF\"", "\"DTVF\"");
        QTest::addRow("DTVF") << dtvf + header + row << TextEncoding::Windows1252;
    }

    void detectsDatev()
    {
        QFETCH(QByteArray, sample);
        QFETCH(TextEncoding, encoding);
        const DetectedFormat detected = detectFormat(sample);
        QVERIFY(detected.datev);
        QCOMPARE(detected.delimiter, QChar(u';'));
        QCOMPARE(detected.headerLine, 1);
        QCOMPARE(detected.encoding, encoding);
        QCOMPARE(detected.datevMetadata.size(), 31);
        QVERIFY(detected.datevMetadata.at(0) == u"EXTF"_s || detected.datevMetadata.at(0) == u"DTVF"_s);
        QCOMPARE(detected.datevMetadata.at(3), u"Buchungsstapel"_s);
        QCOMPARE(detected.datevMetadata.at(12), u"20240101"_s); // 13: WJ-Beginn
        QCOMPARE(detected.datevMetadata.at(14), u"20240101"_s); // 15: Datum vom
        QCOMPARE(detected.datevMetadata.at(15), u"20240831"_s); // 16: Datum bis
        QCOMPARE(detected.datevMetadata.at(16), u"Buchungsstapel März"_s);

        QBuffer buffer;
        buffer.setData(sample);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, detected.csvFormat());
        reader.skipLines(detected.headerLine);
        QStringList header;
        QVERIFY(reader.readRecord(header));
        QCOMPARE(reader.recordLine(), 2);
        QCOMPARE(header.size(), 10);
        QCOMPARE(header.at(7), u"Gegenkonto (ohne BU-Schlüssel)"_s);
        QStringList row;
        QVERIFY(reader.readRecord(row));
        QCOMPARE(row.at(0), u"1.190,00"_s);
        QCOMPARE(row.at(9), u"3001"_s);
    }

    void notDatev_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addRow("word in a header") << QByteArray("EXTFoo;b\n1;2\n");
        QTest::addRow("later line") << QByteArray("a;b\n\"EXTF\";700\n");
        QTest::addRow("lower case") << QByteArray("\"extf\";700\na;b\n");
    }

    void notDatev()
    {
        QFETCH(QByteArray, sample);
        const DetectedFormat detected = detectFormat(sample);
        QVERIFY(!detected.datev);
        QCOMPARE(detected.headerLine, 0);
        QVERIFY(detected.datevMetadata.isEmpty());
    }

    void peeksWithoutConsuming()
    {
        QByteArray content("a;b\n");
        for (int i = 0; i < 10000; ++i)
            content += QByteArray::number(i) + ";x,y\n";
        QVERIFY(content.size() > FormatSampleSize);
        QBuffer buffer;
        buffer.setData(content);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const DetectedFormat detected = detectFormat(&buffer);
        QCOMPARE(detected.delimiter, QChar(u';'));
        QCOMPARE(buffer.pos(), 0);
        QCOMPARE(buffer.readAll(), content);
    }

    // The encoding of a whole file: one stray byte among many good UTF-8 sequences stays UTF-8 (that row is
    // rejected); a Windows-1252 file whose first umlaut comes late is Windows-1252.
    void decidesTheEncodingFromTheWholeFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<qint64>("multiByte");
        QTest::addColumn<qint64>("invalid");

        const QByteArray ascii = QByteArray("id,name\n") + QByteArray("1,Smith\n").repeated(20000);
        QTest::addRow("ascii") << ascii << TextEncoding::Utf8 << qint64(0) << qint64(0);
        QTest::addRow("stray byte early in utf-8")
            << QByteArray("id,name\n1,M\xFC\n") + QByteArray("2,M\xC3\xBCller Caf\xC3\xA9\n").repeated(50)
            << TextEncoding::Utf8 << qint64(100) << qint64(1);
        QTest::addRow("windows-1252 umlaut after 64 KB")
            << ascii + QByteArray("3,M\xFCller \x80\n") << TextEncoding::Windows1252 << qint64(0) << qint64(2);
        QTest::addRow("mostly windows-1252")
            << QByteArray("a,\xE4\xF6\xFC\n\xC3\xA4\n") << TextEncoding::Windows1252 << qint64(1) << qint64(3);
        QTest::addRow("utf-8 across chunk boundaries")
            << QByteArray("\xE2\x82\xAC").repeated(700000) << TextEncoding::Utf8 << qint64(700000) << qint64(0);
        QTest::addRow("truncated at the end")
            << QByteArray("a\xC3\xA4\xC3") << TextEncoding::Utf8 << qint64(1) << qint64(1);
    }

    void decidesTheEncodingFromTheWholeFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(TextEncoding, encoding);
        QFETCH(qint64, multiByte);
        QFETCH(qint64, invalid);
        QBuffer buffer;
        buffer.setData(content);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const Utf8Evidence evidence = scanUtf8(&buffer);
        QCOMPARE(evidence.multiByte, multiByte);
        QCOMPARE(evidence.invalid, invalid);
        QCOMPARE(decideEncoding(detectFormat(content.first(std::min<qsizetype>(content.size(), 65536))), evidence),
            encoding);
    }

    void detectsUtf16()
    {
        const QString text = u"Kunde\tUmsatz\r\nMüller\t12,50\r\nSchmidt\t3,00\r\n"_s;
        QByteArray little("\xFF\xFE");
        for (const QChar c : text)
            little.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        DetectedFormat detected = detectFormat(little);
        QCOMPARE(detected.encoding, TextEncoding::Utf16LE);
        QCOMPARE(detected.delimiter, QChar(u'\t'));
        QVERIFY(notCsvReason(little, u"x.txt"_s).isEmpty());
        detected = detectFormat(little.sliced(2));
        QCOMPARE(detected.encoding, TextEncoding::Utf16LE);
        QCOMPARE(detected.delimiter, QChar(u'\t'));
    }

    void recognisesFilesThatAreNoCsv_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("message"); // empty: may be a CSV file
        QTest::addRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << u"workbook or an archive"_s;
        QTest::addRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10) << u"workbook or an archive"_s;
        QTest::addRow("pdf") << QByteArray("%PDF-1.7\n") << u"PDF document"_s;
        QTest::addRow("gzip") << QByteArray("\x1F\x8B\x08\0", 4) << u"compressed archive"_s;
        QTest::addRow("binary") << QByteArray("\x7F"
                                              "ELF\x02\x01\x01\0\0\0",
            10) << u"binary data"_s;
        QTest::addRow("csv") << QByteArray("id,name\n1,x\n") << QString();
        QTest::addRow("empty") << QByteArray() << QString();
    }

    void recognisesFilesThatAreNoCsv()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, message);
        const QString reason = notCsvReason(head, u"/tmp/export.csv"_s);
        if (message.isEmpty()) {
            QVERIFY2(reason.isEmpty(), qPrintable(reason));
        } else {
            QVERIFY2(reason.contains(message), qPrintable(reason));
            QVERIFY2(reason.startsWith(u"/tmp/export.csv "_s), qPrintable(reason));
        }
    }

    void closedDeviceGivesDefaults()
    {
        QBuffer buffer;
        const DetectedFormat detected = detectFormat(&buffer);
        QCOMPARE(detected.delimiter, QChar(u','));
        QCOMPARE(detected.encoding, TextEncoding::Utf8);
        QCOMPARE(detected.headerLine, 0);
        QVERIFY(!detected.datev);
    }
};

QTEST_GUILESS_MAIN(TestFormatDetector)
#include "tst_formatdetector.moc"
