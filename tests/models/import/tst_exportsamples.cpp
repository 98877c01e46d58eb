// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The exports shop owners have, as the tools write them (header and first rows, names and addresses made up):
// each imports without a preset named, a column mapped or a format given, to exactly these orders.
#include <QTest>

#include "import/importer.h"
#include "support/importfixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
// The file imported unaided (only the kind of file given) into the database.
ImportReport importUnaided(Database &db, const QString &path, ImportKind kind)
{
    ImportOptions options;
    options.kind = kind;
    Importer importer;
    return importer.run(db, path, options);
}

QString sample(const QString &name)
{
    return QString::fromUtf8(RD_TEST_DATA_DIR) + u"/exports/"_s + name;
}
} // namespace

class TestExportSamples : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void importsUnaided_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("accepted");
        QTest::addColumn<int>("skipped");
        // Every order: customer, day, amount in cents, currency, order number; sorted by order number.
        QTest::addColumn<QString>("orders");
        QTest::addColumn<QString>("customers"); // customer: name, sorted

        QTest::addRow("amazon seller central order report")
            << u"amazon_order_report.txt"_s << u"amazon-orders"_s << 4 << 0
            << u"q1w2e3r4t5@marketplace.amazon.de 2024-03-01 1290 EUR 302-1111111-1000001 | "
               "y6u7i8o9p0@marketplace.amazon.de 2024-03-02 4830 EUR 302-1111111-1000002 | "
               "q1w2e3r4t5@marketplace.amazon.de 2024-04-11 2580 EUR 302-1111111-1000003"_s
            << u"q1w2e3r4t5@marketplace.amazon.de: Frank Meier | y6u7i8o9p0@marketplace.amazon.de: Greta Vogel"_s;
        // A line of commas above the header, an empty line and two notes below the data.
        QTest::addRow("ebay seller hub") << u"ebay_orders.csv"_s << u"ebay-orders"_s << 4 << 3
                                         << u"kaffeefan_84 2024-07-01 2998 EUR 01-11111-00001 | "
                                            "teatime-uk 2024-07-03 2200 EUR 01-11111-00002 | "
                                            "kaffeefan_84 2024-08-12 3500 EUR 01-11111-00003 | "
                                            "roaster_joe 2024-09-30 8196 EUR 01-11111-00004"_s
                                         << u"kaffeefan_84: Anna Schmidt | roaster_joe: Joe Brown | "
                                            "teatime-uk: Ben Miller"_s;
        // The cancelled order is skipped; dates are month first with two-digit years.
        QTest::addRow("etsy sold orders")
            << u"etsy_sold_orders.csv"_s << u"etsy-orders"_s << 3 << 1
            << u"100200301 2024-01-15 2250 USD 3100000001 | 100200302 2024-01-20 3690 USD 3100000002 | "
               "100200301 2024-02-03 2850 USD 3100000003"_s
            << u"100200301: Clara Jones | 100200302: David Lee"_s;
        // Customers by name; the refund is a negative order, the cancelled one skipped.
        QTest::addRow("woocommerce analytics")
            << u"woocommerce_analytics_orders.csv"_s << u"woocommerce-orders"_s << 4 << 1
            << u"Hanna Berg 2024-05-02 1490 EUR 1201 | Ivo Klein 2024-05-09 1940 EUR 1202 | "
               "Hanna Berg 2024-06-01 2200 EUR 1203 | Ivo Klein 2024-06-03 -1490 EUR 1204"_s
            << u"Hanna Berg: Hanna Berg | Ivo Klein: Ivo Klein"_s;
        // Payments received are sales of the sender, the refund a negative sale of its receiver; the
        // withdrawal, the currency conversion, the shop's own payment to a supplier and the pending payment
        // are skipped. E-mail addresses name the buyer whatever their case.
        QTest::addRow("paypal activity") << u"paypal_activity.csv"_s << u"paypal-activity"_s << 4 << 4
                                         << u"lena.park@example.com 2024-01-15 4500 USD 1AA00000AA0000001 | "
                                            "omar@example.net 2024-01-20 112000 USD 1AA00000AA0000003 | "
                                            "omar@example.net 2024-01-22 -2000 USD 1AA00000AA0000004 | "
                                            "lena.park@example.com 2024-02-15 999 USD 1AA00000AA0000006"_s
                                         << u"lena.park@example.com: Lena Park | omar@example.net: Omar Farouk"_s;
        // A German Excel sheet saved as CSV: Windows-1252, semicolons, "1.190,00 €", no preset.
        QTest::addRow("excel, german") << u"excel_rechnungen_de.csv"_s << QString() << 4 << 0
                                       << u"10001 2024-01-05 119000 EUR RE-2024-001 | "
                                          "10002 2024-01-12 23800 EUR RE-2024-002 | "
                                          "10001 2024-02-02 238050 EUR RE-2024-003 | "
                                          "10003 2024-02-15 5990 EUR RE-2024-004"_s
                                       << u"10001: Müller GmbH | 10002: Schulz & Partner | 10003: Café Sonne"_s;
    }

    void importsUnaided()
    {
        QFETCH(QString, file);
        QFETCH(QString, preset);
        QFETCH(int, accepted);
        QFETCH(int, skipped);
        QFETCH(QString, orders);
        QFETCH(QString, customers);
        auto db = test::memoryDatabase();
        const ImportReport report = importUnaided(*db, sample(file), ImportKind::Orders);
        QVERIFY2(report.committed, qPrintable(report.error ? report.error->message : QString()));
        QCOMPARE(report.presetId, preset);
        QCOMPARE(report.accepted, accepted);
        QCOMPARE(report.skipped, skipped);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(test::sqlValue(*db,
                     u"SELECT group_concat(line, ' | ') FROM (SELECT c.external_id || ' ' || o.order_date || ' ' ||"
                     " o.amount_minor || ' ' || o.currency || ' ' || o.external_ref AS line FROM orders o"
                     " JOIN customers c ON c.id = o.customer_id ORDER BY o.external_ref)"_s)
                     .toString(),
            orders);
        QCOMPARE(test::sqlValue(*db,
                     u"SELECT group_concat(line, ' | ') FROM (SELECT external_id || ': ' || name AS line"
                     " FROM customers ORDER BY external_id)"_s)
                     .toString(),
            customers);
    }

    // Address books: customers with their number, name, e-mail, country and since when; suppliers skipped
    // (a contact without a customer number in Lexware Office, the category "Lieferant" in sevdesk).
    void importsContactsUnaided_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("customers");
        QTest::addRow("lexware office") << u"lexoffice_kontakte.csv"_s << u"lexoffice-contacts"_s << 1
                                        << u"10001 Müller GmbH info@mueller.example Deutschland 2023-01-03 | "
                                           "10002 Sabine Schulz s.schulz@example.de Deutschland 2023-02-15 | "
                                           "10003 Café Sonne hallo@cafe-sonne.example Österreich 2024-03-01"_s;
        // Windows-1252, as sevdesk's Excel export writes it.
        QTest::addRow("sevdesk") << u"sevdesk_kontakte.csv"_s << u"sevdesk-contacts"_s << 1
                                 << u"1000 Schulz & Partner kontakt@schulz-partner.example Deutschland 2022-06-12 | "
                                    "1001 Jonas Weber j.weber@example.de Deutschland 2022-07-01"_s;
    }
    void importsContactsUnaided()
    {
        QFETCH(QString, file);
        QFETCH(QString, preset);
        QFETCH(int, skipped);
        QFETCH(QString, customers);
        auto db = test::memoryDatabase();
        const ImportReport report = importUnaided(*db, sample(file), ImportKind::Customers);
        QVERIFY2(report.committed, qPrintable(report.error ? report.error->message : QString()));
        QCOMPARE(report.presetId, preset);
        QCOMPARE(report.skipped, skipped);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(test::sqlValue(*db,
                     u"SELECT group_concat(line, ' | ') FROM (SELECT external_id || ' ' || name || ' ' || email || ' '"
                     " || country || ' ' || signup_date AS line FROM customers ORDER BY external_id)"_s)
                     .toString(),
            customers);
    }

    // Excel's "sep=;" line above the header names the delimiter; the header is the line after it.
    void excelSeparatorLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path
            = test::writeTestFile(dir, u"sep.csv"_s, "sep=;\r\nKundennummer;Datum;Betrag\r\nK1;01.02.2024;10,50\r\n");
        auto db = test::memoryDatabase();
        const ImportReport report = importUnaided(*db, path, ImportKind::Orders);
        QVERIFY(report.committed);
        QCOMPARE(report.accepted, 1);
        QCOMPARE(test::sqlValue(*db, u"SELECT amount_minor || ' ' || order_date FROM orders"_s).toString(),
            u"1050 2024-02-01"_s);
        auto preview = Importer::preview(path, ImportOptions {});
        QVERIFY(preview);
        QCOMPARE(preview->headers, (QStringList {u"Kundennummer"_s, u"Datum"_s, u"Betrag"_s}));
    }
};

QTEST_GUILESS_MAIN(TestExportSamples)
#include "tst_exportsamples.moc"
