// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/reasonstablemodel.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

struct Counted
{
    ChurnReason reason;
    qint64 customers;
    qint64 lostRevenueMinor;
};

// A row of the reasons report: every category, the given ones with their counts, shares of `lost`.
ReasonsPeriod periodWith(const QList<Counted> &counts, qint64 lost)
{
    ReasonsPeriod row;
    row.period = Period {dayOf(QDate(2024, 3, 1)), dayOf(QDate(2024, 4, 1)), u"2024-03"_s};
    row.lost = lost;
    for (ChurnReason reason : ChurnReasons) {
        ReasonFigures figures;
        figures.reason = reason;
        for (const Counted &count : counts) {
            if (count.reason == reason) {
                figures.customers = count.customers;
                figures.lostRevenueMinor = count.lostRevenueMinor;
            }
        }
        if (lost > 0)
            figures.share = 100.0 * double(figures.customers) / double(lost);
        row.reasons.append(figures);
    }
    return row;
}

// 9,600 lost: 1,200 for the price (12.5 %), 8,400 silent (87.5 %), nobody for the others.
ReasonsPeriod march()
{
    return periodWith({{ChurnReason::Price, 1200, 123456}, {ChurnReason::Unknown, 8400, 98765432}}, 9600);
}

} // namespace

// Why customers left, as a table: one row per reason category, counts, shares and lost revenue.
class TestReasonsTableModel : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void oneRowPerReason()
    {
        ReasonsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 4);
        model.setReasons(march(), u"EUR"_s);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.columnCount(), int(ReasonsTableModel::ColumnCount));
        QCOMPARE(model.reasons().lost, 9600);
        for (int row = 0; row < model.rowCount(); ++row) {
            const ChurnReason reason = ChurnReasons[row];
            QCOMPARE(
                model.index(row, ReasonsTableModel::ReasonColumn).data().toString(), ReasonClassifier::name(reason));
            for (int column = 0; column < model.columnCount(); ++column)
                QCOMPARE(model.index(row, column).data(ReasonsTableModel::ReasonRole).toInt(), int(reason));
        }
        QCOMPARE(model.index(0, ReasonsTableModel::ReasonColumn).data().toString(), u"Price"_s);
        QCOMPARE(model.index(8, ReasonsTableModel::ReasonColumn).data().toString(), u"No reason known"_s);
        // No index below a row: a flat table.
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    }

    void formatsWithTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        const int price = int(ChurnReason::Price);
        const int quality = int(ChurnReason::Quality);
        const int unknown = int(ChurnReason::Unknown);
        QTest::addRow("customers, English")
            << english << price << int(ReasonsTableModel::CustomersColumn) << u"1,200"_s;
        QTest::addRow("customers, German") << german << price << int(ReasonsTableModel::CustomersColumn) << u"1.200"_s;
        QTest::addRow("customers, machine")
            << QLocale::c() << unknown << int(ReasonsTableModel::CustomersColumn) << u"8400"_s;
        QTest::addRow("none, English") << english << quality << int(ReasonsTableModel::CustomersColumn) << u"0"_s;
        QTest::addRow("share, English") << english << price << int(ReasonsTableModel::ShareColumn) << u"12.5 %"_s;
        QTest::addRow("share, German") << german << price << int(ReasonsTableModel::ShareColumn) << u"12,5 %"_s;
        QTest::addRow("share of the silent, German")
            << german << unknown << int(ReasonsTableModel::ShareColumn) << u"87,5 %"_s;
        QTest::addRow("share of nobody") << english << quality << int(ReasonsTableModel::ShareColumn) << u"0.0 %"_s;
        QTest::addRow("revenue, English")
            << english << price << int(ReasonsTableModel::LostRevenueColumn) << u"€1,234.56"_s;
        QTest::addRow("revenue, German") << german << price << int(ReasonsTableModel::LostRevenueColumn)
                                         << u"1.234,56\u00a0€"_s;
        QTest::addRow("large revenue, German")
            << german << unknown << int(ReasonsTableModel::LostRevenueColumn) << u"987.654,32\u00a0€"_s;
        QTest::addRow("no revenue, English")
            << english << quality << int(ReasonsTableModel::LostRevenueColumn) << u"€0.00"_s;
        QTest::addRow("revenue, machine")
            << QLocale::c() << price << int(ReasonsTableModel::LostRevenueColumn) << u"1234.56 EUR"_s;
    }

    void formatsWithTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        ReasonsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReasons(march(), u"EUR"_s);
        QCOMPARE(model.index(row, column).data().toString(), expected);
        QCOMPARE(model.index(row, column).data(Qt::AccessibleTextRole).toString(), expected);
    }

    void rawValuePerColumn_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("expected");
        const int price = int(ChurnReason::Price);
        const int unknown = int(ChurnReason::Unknown);
        QTest::addRow("reason") << price << int(ReasonsTableModel::ReasonColumn) << QVariant(int(ChurnReason::Price));
        QTest::addRow("silent reason") << unknown << int(ReasonsTableModel::ReasonColumn)
                                       << QVariant(int(ChurnReason::Unknown));
        QTest::addRow("customers") << price << int(ReasonsTableModel::CustomersColumn) << QVariant(qint64(1200));
        QTest::addRow("share") << price << int(ReasonsTableModel::ShareColumn) << QVariant(12.5);
        QTest::addRow("share of the silent") << unknown << int(ReasonsTableModel::ShareColumn) << QVariant(87.5);
        QTest::addRow("share of nobody") << int(ChurnReason::Service) << int(ReasonsTableModel::ShareColumn)
                                         << QVariant(0.0);
        QTest::addRow("lost revenue") << unknown << int(ReasonsTableModel::LostRevenueColumn)
                                      << QVariant(qint64(98765432));
    }

    void rawValuePerColumn()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, expected);
        ReasonsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReasons(march(), u"EUR"_s);
        const QVariant value = model.index(row, column).data(ReasonsTableModel::RawValueRole);
        QCOMPARE(value.metaType(), expected.metaType());
        QCOMPARE(value, expected);
    }

    void noShareWhenNobodyWasLost()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ReasonsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReasons(periodWith({}, 0), u"EUR"_s);
        QCOMPARE(model.rowCount(), 9);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex share = model.index(row, ReasonsTableModel::ShareColumn);
            QVERIFY(!share.data(ReasonsTableModel::RawValueRole).isValid());
            QCOMPARE(share.data().toString(), u"—"_s);
            QCOMPARE(model.index(row, ReasonsTableModel::CustomersColumn).data().toString(), u"0"_s);
            QCOMPARE(model.index(row, ReasonsTableModel::CustomersColumn).data(ReasonsTableModel::RawValueRole),
                QVariant(qint64(0)));
        }
    }

    void alignsAndExplains()
    {
        ReasonsTableModel model;
        model.setReasons(march(), u"GBP"_s);
        QCOMPARE(model.index(0, ReasonsTableModel::ReasonColumn).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignLeft | Qt::AlignVCenter));
        for (int column = ReasonsTableModel::CustomersColumn; column < ReasonsTableModel::ColumnCount; ++column) {
            QCOMPARE(
                model.index(0, column).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
            QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
                int(Qt::AlignRight | Qt::AlignVCenter));
        }
        QCOMPARE(model.headerData(ReasonsTableModel::ReasonColumn, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignLeft | Qt::AlignVCenter));
        QCOMPARE(model.headerData(ReasonsTableModel::ReasonColumn, Qt::Horizontal).toString(), u"Reason"_s);
        QCOMPARE(model.headerData(ReasonsTableModel::CustomersColumn, Qt::Horizontal).toString(), u"Customers lost"_s);
        QCOMPARE(model.headerData(ReasonsTableModel::ShareColumn, Qt::Horizontal).toString(), u"Share"_s);
        QCOMPARE(model.headerData(ReasonsTableModel::LostRevenueColumn, Qt::Horizontal).toString(),
            u"Lost revenue\n(12 months)"_s);
        QCOMPARE(model.headerData(ReasonsTableModel::ShareColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
            u"Share of the lost customers"_s);
        QVERIFY(model.headerData(ReasonsTableModel::LostRevenueColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"What the customers lost"_s));
        QVERIFY(!model.headerData(ReasonsTableModel::ReasonColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());

        // The price row names its keywords; the silent and the unmatched ones say what they are.
        const QString priceTip = model.index(int(ChurnReason::Price), 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(priceTip.startsWith(u"Keywords: too expensive, expensive, price"_s), qPrintable(priceTip));
        QVERIFY(model.index(int(ChurnReason::Unknown), 2)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Lost customers who gave no reason"_s));
        QVERIFY(model.index(int(ChurnReason::Other), 1)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Lost customers whose reason matched no keyword"_s));
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    }

    void resetsAndRetranslates()
    {
        ReasonsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy headerChanged(&model, &QAbstractItemModel::headerDataChanged);

        // Empty: the headers change, there is no cell to change.
        model.retranslate();
        QCOMPARE(headerChanged.count(), 1);
        QCOMPARE(changed.count(), 0);

        model.setReasons(march(), u"EUR"_s);
        QCOMPARE(reset.count(), 1);
        model.setReasons(periodWith({{ChurnReason::Service, 3, 100}}, 3), u"GBP"_s);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.index(int(ChurnReason::Service), ReasonsTableModel::ShareColumn)
                     .data(ReasonsTableModel::RawValueRole)
                     .toDouble(),
            100.0);
        QCOMPARE(changed.count(), 0);

        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        headerChanged.clear();
        model.retranslate();
        QCOMPARE(headerChanged.count(), 1);
        QCOMPARE(headerChanged.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
        QCOMPARE(headerChanged.at(0).at(1).toInt(), 0);
        QCOMPARE(headerChanged.at(0).at(2).toInt(), int(ReasonsTableModel::ColumnCount) - 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(8, ReasonsTableModel::ColumnCount - 1));
        QCOMPARE(model.index(int(ChurnReason::Service), ReasonsTableModel::LostRevenueColumn).data().toString(),
            u"1,00\u00a0£"_s);
        QCOMPARE(reset.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReasonsTableModel)
#include "tst_reasonstablemodel.moc"
