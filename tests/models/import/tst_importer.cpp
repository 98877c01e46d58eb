// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "import/importer.h"
#include "storage/database.h"
#include "support/importfixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

QString testData(const QString &name)
{
    return QString::fromUtf8(RD_TEST_DATA_DIR) + u'/' + name;
}

// A summary of everything stored, to prove that a failed import changed nothing.
QString snapshot(Database &db)
{
    QSqlQuery query(db.connection());
    QString result;
    for (const QString &statement : {u"SELECT count(*), coalesce(sum(amount_minor), 0) FROM orders"_s,
             u"SELECT count(*) FROM customers"_s, u"SELECT count(*), coalesce(sum(count), 0) FROM activity"_s,
             u"SELECT count(*) FROM tickets"_s, u"SELECT count(*) FROM surveys"_s, u"SELECT count(*) FROM imports"_s,
             u"SELECT group_concat(external_id || ':' || coalesce(name, ''), '|') FROM customers"_s}) {
        if (!query.exec(statement) || !query.next())
            return u"query failed"_s;
        for (int i = 0; i < query.record().count(); ++i)
            result += query.value(i).toString() + u';';
    }
    return result;
}

QVariant value(Database &db, const QString &statement)
{
    return test::sqlValue(db, statement);
}

} // namespace

class TestImporter : public rd::test::TestCase
{
    Q_OBJECT

private:
    static std::unique_ptr<Database> openDatabase() { return test::memoryDatabase(); }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        return test::writeTestFile(m_dir, name, content);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void germanFormatFile()
    {
        auto db = openDatabase();
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        options.rejectsPath = m_dir.filePath(u"german-rejects.csv"_s);
        const ImportReport report = importer.run(*db, testData(u"german_invoices_cp1252.csv"_s), options);
        QVERIFY2(report.committed, qPrintable(report.error ? report.error->text() : QString()));
        QCOMPARE(report.encoding, TextEncoding::Windows1252);
        QCOMPARE(report.delimiter, QChar(u';'));
        QCOMPARE(report.decimal, DecimalStyle::Comma);
        QCOMPARE(report.rowsRead, 7);
        QCOMPARE(report.customersCreated, 3);
        QCOMPARE(report.accepted, 4);
        QCOMPARE(report.rejected, 3);
        // The invoice without a customer number is counted as a guest order, not listed.
        QCOMPARE(report.guestRows, 1);
        QCOMPARE(report.guestFirstLine, 6);
        QCOMPARE(report.rejects.size(), 2);
        QCOMPARE(report.rejects.at(0).line, 7);
        QCOMPARE(report.rejects.at(0).column, u"Rechnungsdatum"_s);
        QCOMPARE(report.rejects.at(0).value, u"31.02.2024"_s);
        QCOMPARE(report.rejects.at(1).line, 8);
        QCOMPARE(report.rejects.at(1).column, u"Betrag"_s);
        QCOMPARE(report.rejects.at(1).value, u"zehn Euro"_s);

        QCOMPARE(value(*db, u"SELECT name FROM customers WHERE external_id = '10001'"_s).toString(),
            u"Müller Bäckerei GmbH"_s);
        QCOMPARE(value(*db, u"SELECT name FROM customers WHERE external_id = '10003'"_s).toString(),
            u"Weiß; Partner \"Nord\""_s);
        QCOMPARE(
            value(*db, u"SELECT amount_minor FROM orders WHERE external_ref = 'RE-2024-001'"_s).toLongLong(), 123456);
        QCOMPARE(value(*db, u"SELECT order_date FROM orders WHERE external_ref = 'RE-2024-001'"_s).toString(),
            u"2024-01-31"_s);
        QCOMPARE(
            value(*db, u"SELECT amount_minor FROM orders WHERE external_ref = 'RE-2024-003'"_s).toLongLong(), -5000);
        QCOMPARE(value(*db, u"SELECT order_date FROM orders WHERE external_ref = 'RE-2024-004'"_s).toString(),
            u"2024-02-29"_s);
        QCOMPARE(value(*db, u"SELECT sum(amount_minor) FROM orders"_s).toLongLong(), 123456 + 9990 - 5000 + 200000);
        QCOMPARE(value(*db, u"SELECT count(*) FROM customers"_s).toInt(), 3);
        QCOMPARE(value(*db, u"SELECT rows_rejected FROM imports"_s).toInt(), 3);

        QFile rejects(options.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(rejects.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), u"line,column,value,reason"_s);
        QVERIFY2(lines.at(3).startsWith(u"8,Betrag,zehn Euro,"_s), qPrintable(lines.at(3)));
    }

    void previewReadsLikeTheImport()
    {
        ImportOptions options;
        options.kind = ImportKind::Orders;
        const auto preview = Importer::preview(testData(u"german_invoices_cp1252.csv"_s), options, 3);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().text()));
        QCOMPARE(preview->encoding, TextEncoding::Windows1252);
        QCOMPARE(preview->delimiter, QChar(u';'));
        QCOMPARE(preview->headers.constFirst(), u"Kundennummer"_s);
        QCOMPARE(preview->headers.constLast(), u"Währung"_s);
        QCOMPARE(preview->mapping.fields.size(), preview->headers.size());
        QCOMPARE(preview->mapping.column(Field::CustomerId), 0);
        QCOMPARE(preview->mapping.column(Field::Amount), 4);
        QVERIFY(preview->missing.isEmpty());
        QVERIFY(preview->presetId.isEmpty());
        QCOMPARE(preview->rows.size(), 3); // no more than asked for
        QCOMPARE(preview->rows.at(0).at(1), u"Müller Bäckerei GmbH"_s);
        QCOMPARE(preview->lines, (QList<qint64> {2, 3, 4}));
    }

    void previewNamesWhatIsMissing()
    {
        ImportOptions options;
        options.kind = ImportKind::Orders;
        const QString path = writeFile(u"unnamed-customer.csv"_s, "Kd;Datum;Betrag\nK1;01.02.2024;5,00\n");
        auto preview = Importer::preview(path, options);
        QVERIFY(preview);
        QCOMPARE(preview->missing, QList<Field> {Field::CustomerId});
        QCOMPARE(preview->mapping.fields.at(0), Field::Ignore);
        // A mapping override fills the gap, as it would in the import.
        options.mappings = {{u"Kd"_s, u"customer_id"_s}};
        preview = Importer::preview(path, options);
        QVERIFY(preview);
        QVERIFY(preview->missing.isEmpty());
        QCOMPARE(preview->mapping.column(Field::CustomerId), 0);
        QCOMPARE(preview->mapping.column(Field::Amount), 2);
    }

    void previewOfAPresetAndOfBadFiles()
    {
        ImportOptions options;
        options.kind = ImportKind::Orders;
        const auto shopify = Importer::preview(testData(u"shopify_orders.csv"_s), options);
        QVERIFY(shopify);
        QVERIFY(shopify->presetId.startsWith(u"shopify"_s));
        const auto datev = Importer::preview(testData(u"datev_extf_cp1252.csv"_s), options);
        QVERIFY(datev);
        QVERIFY2(datev->headers.constFirst().startsWith(u"Umsatz"_s), qPrintable(datev->headers.constFirst()));

        const auto missing = Importer::preview(m_dir.filePath(u"no-such-file.csv"_s), options);
        QVERIFY(!missing);
        QVERIFY(missing.error().text().contains(u"no-such-file.csv"_s));
        const auto empty = Importer::preview(writeFile(u"empty-preview.csv"_s, QByteArray()), options);
        QVERIFY(!empty);
        QVERIFY(empty.error().text().contains(u"empty-preview.csv is empty"_s));
        options.preset = u"stripe-customers"_s;
        const auto wrongKind = Importer::preview(testData(u"shopify_orders.csv"_s), options);
        QVERIFY(!wrongKind);
    }

    void guessesWhatAFileHolds_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<ImportKind>("kind");
        QTest::addRow("orders") << QByteArray("Kundennummer;Datum;Betrag\nK1;01.02.2024;5,00\n") << ImportKind::Orders;
        QTest::addRow("customers") << QByteArray("customer_id,name,email,signup_date\nK1,Anna,a@b.de,2024-01-01\n")
                                   << ImportKind::Customers;
        QTest::addRow("tickets") << QByteArray("customer_id,opened,closed,severity,subject\nK1,2024-01-01,,high,x\n")
                                 << ImportKind::Tickets;
        QTest::addRow("surveys") << QByteArray("customer_id,date,NPS\nK1,2024-03-10,9\n") << ImportKind::Surveys;
    }

    void guessesWhatAFileHolds()
    {
        QFETCH(QByteArray, content);
        QFETCH(ImportKind, kind);
        QCOMPARE(
            Importer::guessKind(writeFile(u"guess-%1.csv"_s.arg(QString::fromUtf8(QTest::currentDataTag())), content)),
            kind);
    }

    void shopifyOrdersFoldLineItems()
    {
        auto db = openDatabase();
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        const ImportReport report = importer.run(*db, testData(u"shopify_orders.csv"_s), options);
        QVERIFY2(report.committed, qPrintable(report.error ? report.error->text() : QString()));
        QCOMPARE(report.presetId, u"shopify-orders"_s);
        QCOMPARE(report.rowsRead, 6);
        QCOMPARE(report.accepted, 4);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.skipped, 1);
        // #1004 has no email: a guest checkout, counted with its total.
        QVERIFY(report.rejects.isEmpty());
        QCOMPARE(report.guestRows, 1);
        QCOMPARE(report.guestRevenueMinor, 1200);
        QCOMPARE(report.guestCurrency, u"EUR"_s);
        QCOMPARE(value(*db, u"SELECT count(*) FROM orders"_s).toInt(), 3);
        QCOMPARE(value(*db, u"SELECT amount_minor FROM orders WHERE external_ref = '#1001'"_s).toLongLong(), 4990);
        QCOMPARE(
            value(*db, u"SELECT order_date FROM orders WHERE external_ref = '#1001'"_s).toString(), u"2024-03-01"_s);
        QCOMPARE(value(*db, u"SELECT amount_minor FROM orders WHERE external_ref = '#1002'"_s).toLongLong(), 0);
        QCOMPARE(value(*db, u"SELECT amount_minor FROM orders WHERE external_ref = '#1003'"_s).toLongLong(), 123450);
        QCOMPARE(value(*db, u"SELECT name || '/' || country FROM customers WHERE external_id = 'anna@example.com'"_s)
                     .toString(),
            u"Anna Schmidt/DE"_s);
        QCOMPARE(value(*db, u"SELECT count(*) FROM customers"_s).toInt(), 2);
    }

    // The currency given with the first orders becomes the business's; later files do not change it.
    void adoptsTheFirstCurrency()
    {
        const QString path = m_dir.filePath(u"adopt.sqlite"_s);
        QVERIFY(Importer::needsCurrency(path));
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(Importer::needsCurrency(path));
        QFile file(m_dir.filePath(u"adopt.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer_id,date,amount\nA1,2024-01-31,12.50\n");
        file.close();
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        options.currency = u"GBP"_s;
        QVERIFY(importer.run(**db, file.fileName(), options).committed);
        QCOMPARE((*db)->setting(u"currency"_s).value_or(QString()), u"GBP"_s);
        QVERIFY(!Importer::needsCurrency(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer_id,date,amount\nA2,2024-02-01,3.00\n");
        file.close();
        options.currency = u"USD"_s;
        Importer second;
        QVERIFY(second.run(**db, file.fileName(), options).committed);
        QCOMPARE((*db)->setting(u"currency"_s).value_or(QString()), u"GBP"_s);
        QCOMPARE(value(**db, u"SELECT currency FROM orders ORDER BY order_date DESC LIMIT 1"_s).toString(), u"USD"_s);
    }

    void onlineRetailLineItems()
    {
        auto db = openDatabase();
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        options.currency = u"GBP"_s;
        options.rejectsPath = m_dir.filePath(u"retail-rejects.csv"_s);
        const ImportReport report = importer.run(*db, testData(u"online_retail_head.csv"_s), options);
        QVERIFY2(report.committed, qPrintable(report.error ? report.error->text() : QString()));
        QCOMPARE(report.rowsRead, 1500);
        QCOMPARE(report.rejected, 58); // lines without a customer id: guest orders
        // Counted with their revenue (quantity × price, summed independently), not listed one by one.
        QCOMPARE(report.guestRows, 58);
        QCOMPARE(report.guestRevenueMinor, 32367);
        QCOMPARE(report.guestCurrency, u"GBP"_s);
        QVERIFY(report.rejects.isEmpty());
        QCOMPARE(
            value(*db, u"SELECT guest_rows || ' ' || guest_revenue_minor FROM imports"_s).toString(), u"58 32367"_s);
        QFile rejects(options.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(rejects.readAll()).count(u"no customer id (guest order)"_s), 58);
        const QString summary = Importer::guestOrderSummary(report, QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY2(summary.startsWith(u"58 row"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"(guest orders, the first on line 624): £323.67 of revenue"_s), qPrintable(summary));
        QCOMPARE(value(*db, u"SELECT count(*) FROM orders"_s).toInt(), 88);
        QCOMPARE(value(*db, u"SELECT count(*) FROM customers"_s).toInt(), 70);
        QCOMPARE(value(*db, u"SELECT sum(amount_minor) FROM orders"_s).toLongLong(), 3234923);
        QCOMPARE(value(*db, u"SELECT count(*) FROM orders WHERE amount_minor < 0"_s).toInt(), 5);
        QCOMPARE(value(*db, u"SELECT amount_minor FROM orders WHERE external_ref = 'C536379'"_s).toLongLong(), -2750);
        QCOMPARE(value(*db,
                     u"SELECT c.external_id || ' ' || o.amount_minor || ' ' || o.order_date || ' ' || o.currency"
                     " FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.external_ref = '536365'"_s)
                     .toString(),
            u"17850 13912 2010-12-01 GBP"_s);
    }

    void datevBookingBatch()
    {
        auto db = openDatabase();
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        options.preset = u"datev-extf"_s;
        const ImportReport report = importer.run(*db, testData(u"datev_extf_cp1252.csv"_s), options);
        QVERIFY2(report.committed, qPrintable(report.error ? report.error->text() : QString()));
        QCOMPARE(report.rowsRead, 5);
        QCOMPARE(report.accepted, 4);
        QCOMPARE(report.skipped, 1); // the payment booked against the bank account
        QCOMPARE(value(*db, u"SELECT count(*) FROM orders"_s).toInt(), 3);
        QCOMPARE(value(*db,
                     u"SELECT c.external_id || ' ' || o.amount_minor || ' ' || o.order_date FROM orders o"
                     " JOIN customers c ON c.id = o.customer_id WHERE o.external_ref = 'RE-1001'"_s)
                     .toString(),
            u"10000 22600 2024-01-30"_s);
        QCOMPARE(value(*db, u"SELECT amount_minor || ' ' || order_date FROM orders WHERE external_ref = 'GS-2001'"_s)
                     .toString(),
            u"-5950 2024-02-15"_s);
        QCOMPARE(value(*db,
                     u"SELECT c.external_id || ' ' || o.amount_minor || ' ' || o.order_date FROM orders o"
                     " JOIN customers c ON c.id = o.customer_id WHERE o.external_ref = 'RE-1002'"_s)
                     .toString(),
            u"10002 23800 2024-01-01"_s); // Belegdatum 101 is 0101 without its leading zero
    }

    void reimportChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("german") << u"german_invoices_cp1252.csv"_s;
        QTest::addRow("shopify") << u"shopify_orders.csv"_s;
        QTest::addRow("online retail") << u"online_retail_head.csv"_s;
    }

    void reimportChangesNothing()
    {
        QFETCH(QString, file);
        auto db = openDatabase();
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        const ImportReport first = importer.run(*db, testData(file), options);
        QVERIFY(first.committed);
        QVERIFY(!first.seenBefore);
        const QString before = snapshot(*db);
        const ImportReport second = importer.run(*db, testData(file), options);
        QVERIFY(second.committed);
        QVERIFY(second.seenBefore);
        QVERIFY(!second.warnings.isEmpty());
        QCOMPARE(second.sha256, first.sha256);
        QCOMPARE(value(*db, u"SELECT count(*) FROM imports"_s).toInt(), 2);
        // Everything but the count of logged imports (field 7 of the snapshot) stays as it was.
        const QString after = snapshot(*db);
        QCOMPARE(after.section(u';', 0, 6), before.section(u';', 0, 6));
        QCOMPARE(after.section(u';', 8), before.section(u';', 8));
    }

    void rowsWithoutOrderNumberAreIdempotentToo()
    {
        auto db = openDatabase();
        const QString path = writeFile(u"no-ids.csv"_s,
            "customer_id,date,amount\n"
            "A,2024-01-05,10.00\n"
            "A,2024-01-05,10.00\n" // a second, identical purchase
            "B,2024-01-06,5.50\n");
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        QVERIFY(importer.run(*db, path, options).committed);
        QVERIFY(importer.run(*db, path, options).committed);
        QCOMPARE(value(*db, u"SELECT count(*) FROM orders"_s).toInt(), 3);
        QCOMPARE(value(*db, u"SELECT sum(amount_minor) FROM orders"_s).toLongLong(), 2550);
    }

    void unreadableFileChangesNothing()
    {
        auto db = openDatabase();
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        QVERIFY(importer.run(*db, testData(u"german_invoices_cp1252.csv"_s), options).committed);
        const QString before = snapshot(*db);

        // 3,000 good rows, then a quoted field that never closes: nothing of this file may remain.
        QByteArray content = "customer_id,date,amount,order_id\n";
        for (int i = 0; i < 3000; ++i)
            content += "N" + QByteArray::number(i) + ",2024-05-01,1.00,X" + QByteArray::number(i) + '\n';
        content += "N9,2024-05-02,\"1.00,broken\n";
        const QString path = writeFile(u"broken.csv"_s, content);
        const ImportReport report = importer.run(*db, path, options);
        QVERIFY(!report.committed);
        QVERIFY(report.error);
        QVERIFY2(report.error->message.contains(u"3002"_s), qPrintable(report.error->message));
        QCOMPARE(snapshot(*db), before);
    }

    void cancelBeforeTheRunStopsItToo()
    {
        // A stop button pressed before the worker thread has begun must not be lost.
        auto db = openDatabase();
        const QString before = snapshot(*db);
        Importer importer;
        importer.cancel();
        ImportOptions options;
        options.kind = ImportKind::Orders;
        const ImportReport report
            = importer.run(*db, writeFile(u"early.csv"_s, "customer_id,date,amount\nC1,2024-05-01,1.00\n"), options);
        QVERIFY(!report.committed);
        QVERIFY(report.error);
        QCOMPARE(snapshot(*db), before);
    }

    void cancelledImportChangesNothing()
    {
        auto db = openDatabase();
        const QString before = snapshot(*db);
        QByteArray content = "customer_id,date,amount\n";
        for (int i = 0; i < 40000; ++i)
            content += "C" + QByteArray::number(i % 500) + ",2024-05-01," + QByteArray::number(i) + ".00\n";
        const QString path = writeFile(u"large.csv"_s, content);
        Importer importer;
        QSignalSpy progress(&importer, &Importer::progress);
        connect(&importer, &Importer::progress, &importer, [&importer](qint64 rows) {
            if (rows >= 30000)
                importer.cancel();
        });
        ImportOptions options;
        options.kind = ImportKind::Orders;
        const ImportReport report = importer.run(*db, path, options);
        QVERIFY(!report.committed);
        QVERIFY(report.error);
        QVERIFY(progress.count() >= 2);
        QVERIFY(progress.first().at(0).toLongLong() > 0);
        QVERIFY(progress.first().at(1).toLongLong() > 0);
        QCOMPARE(progress.first().at(2).toLongLong(), qint64(content.size()));
        QCOMPARE(snapshot(*db), before);
    }

    void noValidRowChangesNothing()
    {
        auto db = openDatabase();
        const QString before = snapshot(*db);
        const QString path = writeFile(u"bad.csv"_s, "customer_id,date,amount\n,2024-01-01,1\nA,not a date,2\n");
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        options.rejectsPath = m_dir.filePath(u"bad-rejects.csv"_s);
        const ImportReport report = importer.run(*db, path, options);
        QVERIFY(!report.committed);
        QCOMPARE(report.rejected, 2);
        QCOMPARE(snapshot(*db), before);
        QVERIFY(!QFile::exists(options.rejectsPath));
    }

    void missingColumnIsReported()
    {
        auto db = openDatabase();
        const QString path = writeFile(u"nocustomer.csv"_s, "Datum;Betrag\n01.02.2024;5,00\n");
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        const ImportReport report = importer.run(*db, path, options);
        QVERIFY(!report.committed);
        QVERIFY(report.error->message.contains(u"customer_id"_s));
        QVERIFY(report.error->message.contains(u"nocustomer.csv"_s));

        options.mappings = {{u"Betrag"_s, u"customer_id"_s}};
        const ImportReport mapped = importer.run(*db, path, options);
        QVERIFY(!mapped.committed); // now the amount is missing
        QVERIFY(mapped.error->message.contains(u"amount"_s));
    }

    void mappingOverridesWin()
    {
        auto db = openDatabase();
        const QString path = writeFile(u"custom.csv"_s, "Kd,Wann,Wert,Nummer\nK1,2024-02-01,12.50,9\n");
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        options.mappings = {{u"Kd"_s, u"customer_id"_s}, {u"2"_s, u"date"_s}, {u"wert"_s, u"amount"_s}};
        const ImportReport report = importer.run(*db, path, options);
        QVERIFY2(report.committed, qPrintable(report.error ? report.error->text() : QString()));
        QCOMPARE(value(*db, u"SELECT amount_minor FROM orders"_s).toLongLong(), 1250);

        options.mappings = {{u"Kd"_s, u"no_such_field"_s}};
        const ImportReport bad = importer.run(*db, path, options);
        QVERIFY(!bad.committed);
        QVERIFY(bad.error->message.contains(u"no_such_field"_s));
    }

    void ambiguousDatesAreReported()
    {
        auto db = openDatabase();
        QByteArray content = "customer_id,date,amount\n";
        for (int i = 1; i <= 12; ++i)
            content += "A,0" + QByteArray::number(i % 9 + 1) + "/0" + QByteArray::number(i % 9 + 1) + "/2024,1.00\n";
        const QString ambiguousPath = writeFile(u"ambiguous.csv"_s, content);
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Orders;
        const ImportReport report = importer.run(*db, ambiguousPath, options);
        QVERIFY(!report.committed);
        QVERIFY2(report.error->message.contains(u"no day is above 12"_s), qPrintable(report.error->message));
        QCOMPARE(report.ambiguousDateColumn, u"date"_s);
        QCOMPARE(value(*db, u"SELECT count(*) FROM orders"_s).toInt(), 0);

        options.dateFormat = DateFormat::MonthDayYearSlash;
        QVERIFY(importer.run(*db, ambiguousPath, options).committed);

        // A day above 12 far past the sample settles it.
        auto db2 = openDatabase();
        QByteArray settled = "customer_id,date,amount\n";
        for (int i = 0; i < 3000; ++i)
            settled += "B" + QByteArray::number(i) + ",02/03/2024,1.00\n";
        settled += "Z,25/03/2024,1.00\n";
        options.dateFormat.reset();
        const ImportReport late = importer.run(*db2, writeFile(u"settled.csv"_s, settled), options);
        QVERIFY2(late.committed, qPrintable(late.error ? late.error->text() : QString()));
        QCOMPARE(value(*db2, u"SELECT min(order_date) FROM orders"_s).toString(), u"2024-03-02"_s);
    }

    void customersWithSubscriptions()
    {
        auto db = openDatabase();
        const QString path = writeFile(u"subs.csv"_s,
            "id,Customer ID,Customer Email,Plan,Quantity,Currency,Interval,Amount,Status,"
            "Created (UTC),Start (UTC),Current Period Start (UTC),Current Period End (UTC),"
            "Canceled At (UTC),Ended At (UTC)\n"
            "sub_1,cus_A,a@example.com,Pro,1,eur,month,49.00,active,2023-01-05 10:00,"
            "2023-01-05 10:00,2024-05-05 10:00,2024-06-05 10:00,,\n"
            "sub_2,cus_B,b@example.com,Team,2,eur,year,1200.00,canceled,2022-03-01 09:00,"
            "2022-03-01 09:00,2024-03-01 09:00,2025-03-01 09:00,2024-04-15 12:00,\n");
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Customers;
        const ImportReport report = importer.run(*db, path, options);
        QVERIFY2(report.committed, qPrintable(report.error ? report.error->text() : QString()));
        QCOMPARE(report.presetId, u"stripe-subscriptions"_s);
        QCOMPARE(value(*db,
                     u"SELECT mrr_minor || ' ' || plan || ' ' || signup_date || ' ' || currency FROM customers"
                     " WHERE external_id = 'cus_A'"_s)
                     .toString(),
            u"4900 Pro 2023-01-05 EUR"_s);
        QCOMPARE(value(*db, u"SELECT mrr_minor || ' ' || cancel_date FROM customers WHERE external_id = 'cus_B'"_s)
                     .toString(),
            u"20000 2024-04-15"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
