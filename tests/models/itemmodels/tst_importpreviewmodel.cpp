// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/importpreviewmodel.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

// A German orders file: the customer number and the amount are read, the note is not; the last row is short.
ImportPreview germanPreview()
{
    ImportPreview preview;
    preview.kind = ImportKind::Orders;
    preview.headers = {u"Kundennummer"_s, u"Betrag"_s, u"Notiz"_s};
    preview.mapping.fields = {Field::CustomerId, Field::Amount, Field::Ignore};
    preview.rows = {{u"10001"_s, u"1.234,56"_s, u"Eilig"_s}, {u"10002"_s, u"99,90"_s}};
    preview.lines = {2, 4}; // a quoted line break puts the second row on line 4
    return preview;
}

} // namespace

class TestImportPreviewModel : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void showsRowsAsRead()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setPreview(germanPreview());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, 1).data().toString(), u"1.234,56"_s);
        QCOMPARE(model.index(1, 2).data().toString(), QString()); // the short row's missing cell
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), u"Line 4, column \"Kundennummer\""_s);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"4"_s);
        QCOMPARE(model.index(0, 0).data(ImportPreviewModel::FieldRole).toInt(), int(Field::CustomerId));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void headersSayWhatEachColumnFills_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("toolTip");
        QTest::addRow("customer number") << 0 << u"Kundennummer\n→ Customer number"_s
                                         << u"The column \"Kundennummer\" is read as Customer number (customer_id). "
                                            "Click to choose another field."_s;
        QTest::addRow("amount")
            << 1 << u"Betrag\n→ Amount"_s
            << u"The column \"Betrag\" is read as Amount (amount). Click to choose another field."_s;
        QTest::addRow("not imported") << 2 << u"Notiz\n(not imported)"_s
                                      << u"The column \"Notiz\" is not imported. Click to choose a field for it."_s;
    }

    void headersSayWhatEachColumnFills()
    {
        QFETCH(int, column);
        QFETCH(QString, header);
        QFETCH(QString, toolTip);
        ImportPreviewModel model;
        model.setPreview(germanPreview());
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), header);
        QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), toolTip);
        QCOMPARE(model.headerData(column, Qt::Horizontal, ImportPreviewModel::FieldRole).toInt(),
            int(germanPreview().mapping.fields.at(column)));
        QCOMPARE(model.field(column), germanPreview().mapping.fields.at(column));
    }
};

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"
