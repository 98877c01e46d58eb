// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The importer's defences against files made to break it: values that would overflow or cannot be right,
// bytes that are no text, paths that must not be written, files that are no CSV files.
#include <sys/stat.h>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/checkedmath.h"
#include "import/importer.h"
#include "storage/database.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

QVariant value(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

QString errorOf(const ImportReport &report)
{
    return report.error ? report.error->text() : QString();
}

} // namespace

class TestHostileImport : public rd::test::TestCase
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    std::unique_ptr<Database> openDatabase(const QString &path = u":memory:"_s)
    {
        auto db = Database::open(path);
        if (!db)
            qFatal("cannot open database: %s", qPrintable(db.error().text()));
        return std::move(db.value());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Each file holds one good row (line 2) and one hostile row (line 3): the hostile one is rejected with its
    // line, column and reason, the good one stored, nothing overflows.
    void rejectsImpossibleValues_data()
    {
        QTest::addColumn<ImportKind>("kind");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");

        QTest::addRow("20-digit amount") << ImportKind::Orders
                                         << QByteArray("customer_id,date,amount\nA,2024-01-02,10.00\n"
                                                       "B,2024-01-03,12345678901234567890\n")
                                         << u"amount"_s << u"not an amount"_s;
        QTest::addRow("implausible amount")
            << ImportKind::Orders
            << QByteArray("customer_id,date,amount\nA,2024-01-02,10.00\n"
                          "B,2024-01-03,2000000000000.00\n")
            << u"amount"_s << u"beyond ±%1"_s.arg(QLocale().toString(MaxPlausibleAmountMinor / 100));
        QTest::addRow("implausible refund")
            << ImportKind::Orders
            << QByteArray("customer_id,date,amount,refunded_amount\n"
                          "A,2024-01-02,10.00,\nB,2024-01-03,5.00,-9999999999999\n")
            << u"refunded_amount"_s << u"beyond ±%1"_s.arg(QLocale().toString(MaxPlausibleAmountMinor / 100));
        QTest::addRow("quantity times price")
            << ImportKind::Orders
            << QByteArray("customer_id,date,quantity,unit_price\n"
                          "A,2024-01-02,2,5.00\nB,2024-01-03,9999999999,99999999999\n")
            << u"quantity"_s << u"quantity × unit price"_s;
        QTest::addRow("line items add up") << ImportKind::Orders
                                           << QByteArray("order_id,customer_id,date,amount\n"
                                                         "1,A,2024-01-02,900000000000\n1,A,2024-01-02,900000000000\n")
                                           << u"amount"_s << u"line items add up"_s;
        QTest::addRow("order in the year 9999") << ImportKind::Orders
                                                << QByteArray("customer_id,date,amount\nA,2024-01-02,10.00\n"
                                                              "B,9999-12-31,5.00\n")
                                                << u"date"_s << u"a date before 1900-01-01 or after"_s;
        QTest::addRow("order before 1900") << ImportKind::Orders
                                           << QByteArray("customer_id,date,amount\nA,2024-01-02,10.00\n"
                                                         "B,1850-06-01,5.00\n")
                                           << u"date"_s << u"a date before 1900-01-01 or after"_s;
        QTest::addRow("monthly amount times seats") << ImportKind::Customers
                                                    << QByteArray("customer_id,mrr,quantity,interval\nA,10,1,month\n"
                                                                  "B,999999999999,999999,week\n")
                                                    << u"quantity"_s << u"the monthly amount"_s;
        QTest::addRow("signup in the year 9999")
            << ImportKind::Customers << QByteArray("customer_id,signup_date\nA,2024-01-02\nB,9999-12-31\n")
            << u"signup_date"_s << u"a date before 1900-01-01 or after"_s;
        QTest::addRow("million events a day")
            << ImportKind::Activity
            << QByteArray("customer_id,date,count\nA,2024-01-02,3\n"
                          "B,2024-01-03,5000000\n")
            << u"count"_s << u"more than %1 events"_s.arg(QLocale().toString(1000000));
        QTest::addRow("ticket closed in 9999") << ImportKind::Tickets
                                               << QByteArray("customer_id,opened,closed\nA,2024-01-02,\n"
                                                             "B,2024-01-03,9999-01-01\n")
                                               << u"closed"_s << u"a date before 1900-01-01 or after"_s;
        QTest::addRow("nul in a name") << ImportKind::Customers
                                       << QByteArray("customer_id,name\nA,Anna\nB,Bad\0Name\n", 35) << u"name"_s
                                       << u"NUL character"_s;
    }

    void rejectsImpossibleValues()
    {
        QFETCH(ImportKind, kind);
        QFETCH(QByteArray, content);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        auto db = openDatabase();
        Importer importer;
        ImportOptions options;
        options.kind = kind;
        if (kind == ImportKind::Customers && content.contains("quantity"))
            options.mappings.append({u"quantity"_s, u"quantity"_s}); // seats: mapped by presets, here by hand
        const ImportReport report = importer.run(*db, writeFile(u"hostile.csv"_s, content), options);
        QVERIFY2(report.committed, qPrintable(errorOf(report)));
        QCOMPARE(report.accepted, 1);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.rejects.constFirst().line, 3);
        QCOMPARE(report.rejects.constFirst().column, column);
        QVERIFY2(report.rejects.constFirst().reason.contains(reason), qPrintable(report.rejects.constFirst().reason));
        // Nothing impossible was stored.
        QVERIFY(value(*db, u"SELECT count(*) FROM orders WHERE abs(amount_minor) > %1"_s.arg(MaxPlausibleAmountMinor))
                    .toInt()
            == 0);
        QCOMPARE(value(*db, u"SELECT count(*) FROM orders WHERE order_date > '9000'"_s).toInt(), 0);
    }

    // A stray byte in the first 64 KB of a UTF-8 file used to switch the whole file to Windows-1252.
    void strayByteKeepsUtf8()
    {
        QByteArray content("customer_id,name,date,amount\n");
        content += "1,Bad \xFC byte,2024-01-01,1.00\n";
        for (int i = 2; i <= 40; ++i)
            content += QByteArray::number(i) + ",M\xC3\xBCller Caf\xC3\xA9,2024-01-02,2.00\n";
        auto db = openDatabase();
        Importer importer;
        const ImportReport report = importer.run(*db, writeFile(u"stray.csv"_s, content), {});
        QVERIFY2(report.committed, qPrintable(errorOf(report)));
        QCOMPARE(report.encoding, TextEncoding::Utf8);
        QCOMPARE(report.accepted, 39);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.rejects.constFirst().line, 2);
        QCOMPARE(report.rejects.constFirst().column, u"name"_s);
        QVERIFY2(report.rejects.constFirst().reason.contains(u"not UTF-8 text"_s),
            qPrintable(report.rejects.constFirst().reason));
        QCOMPARE(value(*db, u"SELECT name FROM customers WHERE external_id = '7'"_s).toString(), u"Müller Café"_s);
    }

    // A Windows-1252 file whose first umlaut comes after the first 64 KB is read as Windows-1252 throughout.
    void lateWindows1252Umlaut()
    {
        QByteArray content("customer_id;name;date;amount\n");
        for (int i = 1; i < 3000; ++i)
            content += QByteArray::number(i) + ";Smith;01.02.2024;2,00\n";
        content += "3000;M\xFCller \x80;01.02.2024;3,00\n";
        QVERIFY(content.size() > 64 * 1024);
        auto db = openDatabase();
        Importer importer;
        const ImportReport report = importer.run(*db, writeFile(u"late.csv"_s, content), {});
        QVERIFY2(report.committed, qPrintable(errorOf(report)));
        QCOMPARE(report.encoding, TextEncoding::Windows1252);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(value(*db, u"SELECT name FROM customers WHERE external_id = '3000'"_s).toString(), u"Müller €"_s);
    }

    void readsUtf16()
    {
        const QString text = u"Kundennummer\tName\tDatum\tBetrag\r\nK1\tMüller\t31.01.2024\t1.234,56\r\n"_s;
        QByteArray content("\xFF\xFE");
        for (const QChar c : text)
            content.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        auto db = openDatabase();
        Importer importer;
        const ImportReport report = importer.run(*db, writeFile(u"unicode.txt"_s, content), {});
        QVERIFY2(report.committed, qPrintable(errorOf(report)));
        QCOMPARE(report.encoding, TextEncoding::Utf16LE);
        QCOMPARE(value(*db, u"SELECT name FROM customers"_s).toString(), u"Müller"_s);
        QCOMPARE(value(*db, u"SELECT amount_minor FROM orders"_s).toLongLong(), 123456);
    }

    // The rejects file replaces what is at its path: never the database, its own files or the input.
    void refusesDangerousRejectsPaths_data()
    {
        QTest::addColumn<QString>("target"); // relative to the test folder; "input" is the CSV file itself
        QTest::addColumn<QString>("message");
        QTest::addRow("the database") << u"shop.sqlite"_s << u"is the database or one of its own files"_s;
        QTest::addRow("its journal") << u"shop.sqlite-wal"_s << u"is the database or one of its own files"_s;
        QTest::addRow("its backup") << u"shop.sqlite.backups/20261202-060000-000.sqlite"_s
                                    << u"is the database or one of its own files"_s;
        QTest::addRow("the database by another name")
            << u"sub/../shop.sqlite"_s << u"is the database or one of its own files"_s;
        QTest::addRow("the input") << u"input"_s << u"is the file being imported"_s;
        QTest::addRow("a folder") << u"sub"_s << u"is a folder"_s;
    }

    void refusesDangerousRejectsPaths()
    {
        QFETCH(QString, target);
        QFETCH(QString, message);
        QVERIFY(QDir(m_dir.path()).mkpath(u"sub"_s));
        const QByteArray content("customer_id,date,amount\nA,2024-01-02,10.00\nB,bad,1\n");
        const QString input = writeFile(u"orders-%1.csv"_s.arg(QString::fromLatin1(QTest::currentDataTag())), content);
        const QString databasePath = m_dir.filePath(u"shop.sqlite"_s);
        QFile::remove(databasePath);
        auto db = openDatabase(databasePath);
        const QByteArray databaseBefore = [&] {
            QFile file(databasePath);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        ImportOptions options;
        options.rejectsPath = target == u"input" ? input : m_dir.filePath(target);
        Importer importer;
        const ImportReport report = importer.run(*db, input, options);
        QVERIFY(!report.committed);
        QVERIFY2(errorOf(report).contains(message), qPrintable(errorOf(report)));
        QCOMPARE(value(*db, u"SELECT count(*) FROM orders"_s).toInt(), 0);
        QFile source(input);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(source.readAll(), content);
        QFile database(databasePath);
        QVERIFY(database.open(QIODevice::ReadOnly));
        QCOMPARE(database.readAll(), databaseBefore);
    }

    // What the rejects file holds is for people: formulas neutralised, readable by the user only.
    void rejectsFileIsSafe()
    {
        const QByteArray content("customer_id,name,date,amount\nA,Anna,2024-01-02,10.00\n"
                                 "B,\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",2024-01-03,=1+1\n");
        auto db = openDatabase();
        ImportOptions options;
        options.rejectsPath = m_dir.filePath(u"rejects-safe.csv"_s);
        ::umask(022);
        Importer importer;
        const ImportReport report = importer.run(*db, writeFile(u"formula.csv"_s, content), options);
        QVERIFY2(report.committed, qPrintable(errorOf(report)));
        QFile rejects(options.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QByteArray written = rejects.readAll();
        QVERIFY2(written.contains("3,amount,'=1+1,"), written.constData());
        QCOMPARE(rejects.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
    }

    // A pipe with no writer would block reading forever; a folder or a device is no CSV file either.
    void refusesWhatIsNoRegularFile()
    {
        const QString fifo = m_dir.filePath(u"pipe.csv"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        auto db = openDatabase();
        for (const QString &path : {fifo, m_dir.path(), u"/dev/zero"_s}) {
            Importer importer;
            const ImportReport report = importer.run(*db, path, {});
            QVERIFY(!report.committed);
            QVERIFY2(errorOf(report).contains(u"not a regular file"_s) || errorOf(report).contains(u"is a folder"_s),
                qPrintable(errorOf(report)));
            QVERIFY(!Importer::preview(path, {}));
        }
    }

    void refusesWorkbooks()
    {
        auto db = openDatabase();
        Importer importer;
        const ImportReport report = importer.run(
            *db, writeFile(u"orders.xlsx"_s, QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 14)), {});
        QVERIFY(!report.committed);
        QVERIFY2(errorOf(report).contains(u"save it as CSV"_s), qPrintable(errorOf(report)));
    }

    // Found by fuzzing: a column number of INT_MIN overflowed when made 0-based.
    void refusesImpossibleColumnNumbers()
    {
        auto db = openDatabase();
        for (const QString &number : {u"-2147483648"_s, u"2147483647"_s, u"0"_s}) {
            ImportOptions options;
            options.mappings = {{number, u"customer_id"_s}};
            Importer importer;
            const ImportReport report
                = importer.run(*db, writeFile(u"numbers.csv"_s, "a,date,amount\nA,2024-01-02,1\n"), options);
            QVERIFY(!report.committed);
            QVERIFY2(errorOf(report).contains(u"has no column \"%1\""_s.arg(number)), qPrintable(errorOf(report)));
        }
    }

    void warnsAboutDuplicateHeaders()
    {
        auto db = openDatabase();
        Importer importer;
        const ImportReport report = importer.run(
            *db, writeFile(u"twice.csv"_s, "customer_id,date,amount,amount\nA,2024-01-02,10.00,99.00\n"), {});
        QVERIFY2(report.committed, qPrintable(errorOf(report)));
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings.constFirst().contains(u"\"amount\" appears twice (columns 3 and 4): column 3"_s),
            qPrintable(report.warnings.constFirst()));
        QCOMPARE(value(*db, u"SELECT amount_minor FROM orders"_s).toLongLong(), 1000);
    }

    // A column that rejects many rows for one reason was misread: the import stops before anything is
    // stored and says which column, why and with two examples; told to, it imports the valid rows.
    void aMisreadColumnStopsTheImport_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("bad");
        QTest::addColumn<bool>("accept");
        QTest::addColumn<bool>("committed");
        QTest::newRow("a third misread") << 200 << 67 << false << false;
        QTest::newRow("a third misread, accepted") << 200 << 67 << true << true;
        QTest::newRow("21 of 400: just over both limits") << 400 << 21 << false << false;
        QTest::newRow("20 of 200: not more than 20 rows") << 200 << 20 << false << true;
        QTest::newRow("50 of 1000: not more than 5 %") << 1000 << 50 << false << true;
    }
    void aMisreadColumnStopsTheImport()
    {
        QFETCH(int, rows);
        QFETCH(int, bad);
        QFETCH(bool, accept);
        QFETCH(bool, committed);
        QByteArray content = "order_id,customer_id,date,amount\n";
        for (int i = 0; i < rows; ++i) {
            // The bad rows carry a date in another form, spread over the file.
            const bool misread = i * bad / rows != (i + 1) * bad / rows;
            const QByteArray date = misread ? QByteArray("03/%1/2024").replace("%1", QByteArray::number(i % 20 + 10))
                                            : QByteArray("2024-03-%1").replace("%1", QByteArray::number(i % 20 + 10));
            content += "O" + QByteArray::number(i) + ",C" + QByteArray::number(i % 40) + ',' + date + ",10.00\n";
        }
        auto db = openDatabase();
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        options.acceptRejects = accept;
        const ImportReport report = importer.run(*db, writeFile(u"misread.csv"_s, content), options);
        QCOMPARE(report.committed, committed);
        QCOMPARE(report.rejected, qint64(bad));
        QCOMPARE(value(*db, u"SELECT COUNT(*) FROM orders"_s).toInt(), committed ? rows - bad : 0);
        QCOMPARE(report.misread.has_value(), !committed);
        if (!committed) {
            QCOMPARE(report.misread->column, u"date"_s);
            QCOMPARE(report.misread->rows, qint64(bad));
            QCOMPARE(report.misread->examples.size(), 2);
            QVERIFY(report.error);
            QVERIFY2(report.error->message.contains(u"column \"date\""_s), qPrintable(report.error->message));
            QVERIFY2(
                report.error->message.contains(u"\"" + report.misread->examples.constFirst().second + u"\" (line "),
                qPrintable(report.error->message));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHostileImport)
#include "tst_hostileimport.moc"
