// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/dashboardengine.h"
#include "export/tableexport.h"
#include "itemmodels/riskfilterproxymodel.h"
#include "itemmodels/risktablemodel.h"
#include "support/demofixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

// Two customers: one with every kind of cell, one whose estimate is missing and whose name needs quoting.
ExportTable sampleTable()
{
    using K = ExportCell::Kind;
    ExportTable table;
    table.title = u"At-risk customers"_s;
    table.currency = u"EUR"_s;
    table.headers = {u"Customer"_s, u"Value"_s, u"Score"_s, u"Still active (%)"_s};
    table.rows = {
        {ExportCell::fromText(u"Müller; Söhne \"Nord\""_s), ExportCell::fromNumber(1234.5, K::Money),
            ExportCell::fromNumber(90), ExportCell::fromNumber(0.973, K::Percent)},
        {ExportCell::fromText(u"Anna, Café"_s), ExportCell::fromNumber(-12.0, K::Money), ExportCell::fromNumber(0),
            ExportCell::none(K::Percent)},
    };
    return table;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTableExport : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void csvAsExcelReadsItInEachLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany);
    }

    void csvAsExcelReadsItInEachLanguage()
    {
        QFETCH(QLocale, locale);
        const QString path = m_dir.filePath(u"list-%1.csv"_s.arg(locale.name()));
        QVERIFY(TableExport::writeCsv(sampleTable(), path, locale));
        const QByteArray content = readAll(path);
        QVERIFY(content.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with the byte order mark
        const QString text = QString::fromUtf8(content.mid(3));
        if (locale.language() == QLocale::German) {
            // Decimal commas: fields apart by semicolons, numbers with a comma and no thousands separator.
            QCOMPARE(text,
                u"Customer;Value;Score;Still active (%)\r\n"
                "\"Müller; Söhne \"\"Nord\"\"\";1234,50;90;97\r\n"
                "Anna, Café;-12,00;0;\r\n"_s);
        } else {
            QCOMPARE(text,
                u"Customer,Value,Score,Still active (%)\r\n"
                "\"Müller; Söhne \"\"Nord\"\"\",1234.50,90,97\r\n"
                "\"Anna, Café\",-12.00,0,\r\n"_s);
        }
    }

    void xlsxIsAWorkbook()
    {
        const QString path = m_dir.filePath(u"list.xlsx"_s);
        QVERIFY(TableExport::writeXlsx(sampleTable(), path));
        const QByteArray content = readAll(path);
        QVERIFY(content.startsWith("PK\x03\x04")); // a zip package
        // The parts of a workbook (names are stored uncompressed in the package's directory).
        for (const char *part : {"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
                 "xl/sharedStrings.xml", "xl/styles.xml"})
            QVERIFY2(content.contains(part), part);
        QVERIFY(!QFile::exists(path + u".part"_s));
    }

    void aFileThatCannotBeWrittenSaysWhichAndLeavesNothing_data()
    {
        QTest::addColumn<bool>("xlsx");
        QTest::addRow("csv") << false;
        QTest::addRow("xlsx") << true;
    }

    void aFileThatCannotBeWrittenSaysWhichAndLeavesNothing()
    {
        QFETCH(bool, xlsx);
        const QString path = m_dir.filePath(u"missing-folder/list"_s) + (xlsx ? u".xlsx"_s : u".csv"_s);
        const auto written = xlsx ? TableExport::writeXlsx(sampleTable(), path)
                                  : TableExport::writeCsv(sampleTable(), path, QLocale::c());
        QVERIFY(!written);
        QVERIFY2(written.error().text().contains(u"missing-folder"_s), qPrintable(written.error().text()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".part"_s));
    }

    void riskListFollowsTheView()
    {
        const QString database = test::demoDatabase(m_dir.path(), 300);
        QVERIFY(!database.isEmpty());
        DashboardEngine engine(database);
        auto snapshot = engine.compute({});
        QVERIFY(snapshot);
        RiskTableModel model;
        model.setSnapshot(snapshot->data, snapshot->risk, snapshot->reviews, snapshot->currency);
        RiskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setLevels({RiskLevel::Red});
        proxy.sort(RiskTableModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(proxy.rowCount() > 1);
        QList<int> rows;
        for (int row = 0; row < proxy.rowCount(); ++row)
            rows.append(proxy.mapToSource(proxy.index(row, 0)).row());

        const ExportTable table = TableExport::riskList(model, rows);
        QCOMPARE(table.rows.size(), proxy.rowCount());
        QCOMPARE(table.headers.size(), table.rows.constFirst().size());
        QCOMPARE(table.currency, snapshot->currency);
        QCOMPARE(table.headers.at(4), u"Value (12 months)"_s); // one line in a spreadsheet
        for (int i = 0; i < rows.size(); ++i) {
            const QList<ExportCell> &cells = table.rows.at(i);
            const QModelIndex source = model.index(rows.at(i), 0);
            const int customer = source.data(RiskTableModel::CustomerIndexRole).toInt();
            QCOMPARE(cells.at(0).text, snapshot->data->customers.at(customer).externalId);
            QCOMPARE(cells.at(1).text, proxy.index(i, RiskTableModel::NameColumn).data().toString());
            QCOMPARE(cells.at(2).text, u"Red"_s);
            QCOMPARE(cells.at(4).kind, ExportCell::Kind::Money);
            QCOMPARE(qRound64(cells.at(4).number * 100),
                model.index(rows.at(i), RiskTableModel::Value12mColumn)
                    .data(RiskTableModel::RawValueRole)
                    .toLongLong());
            const double alive
                = model.index(rows.at(i), RiskTableModel::PAliveColumn).data(RiskTableModel::RawValueRole).toDouble();
            QCOMPARE(cells.at(6).empty, alive < 0);
            QVERIFY(!cells.at(8).text.isEmpty()); // every red customer has its reasons
            QVERIFY(cells.at(8).text.contains(cells.at(7).text));
        }
        // In the view's order: by name.
        QVERIFY(
            QString::localeAwareCompare(table.rows.constFirst().at(1).text, table.rows.constLast().at(1).text) <= 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
