// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// Files that importers misread, each in tests/data/misreads/: read whole and right, or stopped with the exact
// message and nothing stored.
#include <QDir>
#include <QTest>

#include "import/importer.h"
#include "support/importfixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
QString sample(const QString &name)
{
    return QString::fromUtf8(RD_TEST_DATA_DIR) + u"/misreads/"_s + name;
}
} // namespace

class TestMisreads : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void readsWhatOthersMisread_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("accepted");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        // Windows-1252 whose first £ lies past the first 64 KiB: the encoding comes from the whole file.
        QTest::addRow("late pound sign")
            << u"late_pound_cp1252.csv"_s << 1800
            << u"SELECT c.name || ' ' || o.amount_minor || ' ' || o.order_date FROM orders o"
               " JOIN customers c ON c.id = o.customer_id WHERE o.external_ref = 'INV01800'"_s
            << u"Café £ Crumb Ltd 9950 2024-03-15"_s;
        // 11/8/2016, 06/12/2016, 10-11-15 and 12-31-17 in one column: month first, all of them.
        QTest::addRow("month first, three ways")
            << u"mixed_us_dates.csv"_s << 5
            << u"SELECT group_concat(external_ref || ' ' || order_date || ' ' || amount_minor, ' | ') FROM"
               " (SELECT * FROM orders ORDER BY external_ref)"_s
            << u"CA-2016-138688 2016-06-12 1462 | CA-2016-152156 2016-11-08 26196 | "
               "CA-2016-161389 2016-12-06 40798 | CA-2017-114412 2017-12-31 1555 | US-2015-108966 2015-10-11 95758"_s;
        // Auftragsnummer, Auftragsdatum, Kunde, Kundennummer, Umsatz netto; Lieferdatum not read.
        QTest::addRow("german headers")
            << u"german_headers.csv"_s << 3
            << u"SELECT group_concat(line, ' | ') FROM (SELECT c.external_id || ' ' ||"
               " c.name || ' ' || o.order_date || ' ' || o.amount_minor AS line FROM"
               " orders o JOIN customers c ON c.id = o.customer_id ORDER BY o.external_ref)"_s
            << u"4711 Bäckerei Korn 2024-01-02 125000 | 4712 Blumen Rose 2024-01-15 8990 | "
               "4711 Bäckerei Korn 2024-02-01 98010"_s;
    }
    void readsWhatOthersMisread()
    {
        QFETCH(QString, file);
        QFETCH(int, accepted);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        auto db = test::memoryDatabase();
        ImportOptions options;
        options.kind = ImportKind::Orders;
        Importer importer;
        const ImportReport report = importer.run(*db, sample(file), options);
        QVERIFY2(report.committed, qPrintable(report.error ? report.error->message : QString()));
        QCOMPARE(report.accepted, accepted);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(test::sqlValue(*db, query).toString(), expected);
    }

    // 30 of 100 dates written day first in an ISO column: a misread, not 30 bad rows. Nothing is stored
    // unless told to import the valid rows.
    void aMisreadColumnStopsWithItsExamples_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::newRow("stopped") << false;
        QTest::newRow("valid rows anyway") << true;
    }
    void aMisreadColumnStopsWithItsExamples()
    {
        QFETCH(bool, accept);
        auto db = test::memoryDatabase();
        ImportOptions options;
        options.kind = ImportKind::Orders;
        options.acceptRejects = accept;
        Importer importer;
        const QString path = sample(u"misread_dates.csv"_s);
        const ImportReport report = importer.run(*db, path, options);
        QCOMPARE(report.rejected, 30);
        QCOMPARE(report.committed, accept);
        QCOMPARE(test::sqlValue(*db, u"SELECT count(*) FROM orders"_s).toInt(), accept ? 70 : 0);
        if (accept)
            return;
        QVERIFY(report.error);
        QCOMPARE(report.error->message,
            u"%1: column \"date\" could not be read in 30 of 100 rows (30.0 %): not a date in the form yyyy-MM-dd, "
            "for example \"03.04.2024\" (line 4) and \"06.04.2024\" (line 7). This looks like a format the import "
            "did not recognise rather than bad rows, so nothing was imported. Choose the column's format or field, "
            "or import the valid rows anyway."_s.arg(QDir::toNativeSeparators(path)));
    }
};

QTEST_GUILESS_MAIN(TestMisreads)
#include "tst_misreads.moc"
