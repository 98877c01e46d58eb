// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/growingtablemodel.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

// Anna (SMB), an unnamed customer and Carl (Enterprise).
std::shared_ptr<Dataset> shop()
{
    auto data = std::make_shared<Dataset>();
    data->currency = u"EUR"_s;
    data->orderOffsets = {0};
    const QList<std::pair<QString, QString>> people {
        {u"Anna Berg"_s, u"SMB"_s}, {QString(), QString()}, {u"Carl Ölz"_s, u"Enterprise"_s}};
    for (const auto &[name, segment] : people) {
        MetricsCustomer customer;
        customer.id = 200 + data->customers.size() + 1;
        customer.externalId = u"G-%1"_s.arg(customer.id);
        customer.name = name;
        customer.segment = segment;
        data->customers.append(customer);
        data->orderOffsets.push_back(0);
    }
    return data;
}

GrowthReason spending()
{
    return {GrowthCode::SpendingUp, {140, 21000, 50400}};
}

GrowthReason activity()
{
    return {GrowthCode::ActivityUp, {100, 20, 10}};
}

// In findGrowing()'s order: Carl, a key account, then the unnamed customer and Anna; and one the dataset does
// not hold, which the model drops.
QList<GrowingCustomer> growing()
{
    GrowingCustomer carl;
    carl.customer = 2;
    carl.level = RiskLevel::Yellow;
    carl.reasons = {spending(), activity()};
    carl.value12mMinor = 150000;
    carl.keyAccount = true;
    carl.increaseMinor = 29400;
    GrowingCustomer unnamed;
    unnamed.customer = 1;
    unnamed.level = RiskLevel::Red;
    unnamed.reasons = {spending()};
    unnamed.value12mMinor = 123456789;
    unnamed.increaseMinor = 5000;
    GrowingCustomer anna;
    anna.customer = 0;
    anna.level = RiskLevel::Green;
    anna.reasons = {activity()};
    anna.value12mMinor = 80000;
    anna.increaseMinor = 0; // busier, not spending more
    GrowingCustomer stranger;
    stranger.customer = 3;
    stranger.reasons = {spending()};
    return {carl, unnamed, anna, stranger};
}

} // namespace

// The growing customers beside the at-risk list.
class TestGrowingTableModel : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void keepsTheOrder()
    {
        GrowingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        model.setGrowing(shop(), growing(), u"EUR"_s);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3); // the customer beyond the dataset is dropped
        QCOMPARE(model.columnCount(), int(GrowingTableModel::ColumnCount));
        QCOMPARE(model.growing().size(), 3);
        const QList<int> customers {2, 1, 0};
        const QStringList names {u"Carl Ölz"_s, u"G-202"_s, u"Anna Berg"_s};
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex cell = model.index(row, column);
                QCOMPARE(cell.data(GrowingTableModel::CustomerIndexRole).toInt(), customers.at(row));
                QCOMPARE(cell.data(GrowingTableModel::CustomerIdRole), QVariant(qint64(201 + customers.at(row))));
            }
            QCOMPARE(model.index(row, GrowingTableModel::NameColumn).data().toString(), names.at(row));
            QCOMPARE(model.growing().at(row).customer, customers.at(row));
        }
    }

    void showsTheFigures_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::addRow("status") << english << 0 << int(GrowingTableModel::StatusColumn) << u"Yellow"_s;
        QTest::addRow("red status") << english << 1 << int(GrowingTableModel::StatusColumn) << u"Red"_s;
        QTest::addRow("name") << english << 0 << int(GrowingTableModel::NameColumn) << u"Carl Ölz"_s;
        QTest::addRow("no name: the external id") << english << 1 << int(GrowingTableModel::NameColumn) << u"G-202"_s;
        QTest::addRow("key account") << english << 0 << int(GrowingTableModel::KeyAccountColumn) << u"★"_s;
        QTest::addRow("no key account") << english << 1 << int(GrowingTableModel::KeyAccountColumn) << QString();
        QTest::addRow("increase, English") << english << 0 << int(GrowingTableModel::IncreaseColumn) << u"€294.00"_s;
        QTest::addRow("increase, German")
            << german << 0 << int(GrowingTableModel::IncreaseColumn) << u"294,00\u00a0€"_s;
        QTest::addRow("no increase") << english << 2 << int(GrowingTableModel::IncreaseColumn) << u"—"_s;
        QTest::addRow("value, English") << english << 1 << int(GrowingTableModel::Value12mColumn) << u"€1,234,567.89"_s;
        QTest::addRow("value, German") << german << 1 << int(GrowingTableModel::Value12mColumn)
                                       << u"1.234.567,89\u00a0€"_s;
        QTest::addRow("two reasons, one line")
            << english << 0 << int(GrowingTableModel::ReasonsColumn)
            << u"spending up 140 % (€210.00 → €504.00 per 90 days); "
               u"activity up 100 % (20 events in the last 30 days, 10.0 a month before)"_s;
        QTest::addRow("one reason, German")
            << german << 2 << int(GrowingTableModel::ReasonsColumn)
            << u"activity up 100 % (20 events in the last 30 days, 10,0 a month before)"_s;
        QTest::addRow("segment") << english << 0 << int(GrowingTableModel::SegmentColumn) << u"Enterprise"_s;
        QTest::addRow("no segment") << english << 1 << int(GrowingTableModel::SegmentColumn) << QString();
    }

    void showsTheFigures()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        GrowingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrowing(shop(), growing(), u"EUR"_s);
        QCOMPARE(model.index(row, column).data().toString(), expected);
    }

    void rawValues_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("expected");
        QTest::addRow("status") << 0 << int(GrowingTableModel::StatusColumn) << QVariant(int(RiskLevel::Yellow));
        QTest::addRow("name") << 1 << int(GrowingTableModel::NameColumn) << QVariant(u"G-202"_s);
        QTest::addRow("key account") << 0 << int(GrowingTableModel::KeyAccountColumn) << QVariant(true);
        QTest::addRow("no key account") << 2 << int(GrowingTableModel::KeyAccountColumn) << QVariant(false);
        QTest::addRow("increase") << 0 << int(GrowingTableModel::IncreaseColumn) << QVariant(qint64(29400));
        QTest::addRow("no increase") << 2 << int(GrowingTableModel::IncreaseColumn) << QVariant(qint64(0));
        QTest::addRow("value") << 1 << int(GrowingTableModel::Value12mColumn) << QVariant(qint64(123456789));
        QTest::addRow("first reason: spending")
            << 0 << int(GrowingTableModel::ReasonsColumn) << QVariant(int(GrowthCode::SpendingUp));
        QTest::addRow("first reason: activity")
            << 2 << int(GrowingTableModel::ReasonsColumn) << QVariant(int(GrowthCode::ActivityUp));
        QTest::addRow("segment") << 2 << int(GrowingTableModel::SegmentColumn) << QVariant(u"SMB"_s);
    }

    void rawValues()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, expected);
        GrowingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrowing(shop(), growing(), u"EUR"_s);
        const QVariant value = model.index(row, column).data(GrowingTableModel::RawValueRole);
        QCOMPARE(value.metaType(), expected.metaType());
        QCOMPARE(value, expected);
    }

    void paintsTheLightAsTheRiskList()
    {
        QCOMPARE(int(GrowingTableModel::RiskLevelRole), int(RiskTableModel::RiskLevelRole));
        GrowingTableModel model;
        model.setGrowing(shop(), growing(), u"EUR"_s);
        const QList<RiskLevel> levels {RiskLevel::Yellow, RiskLevel::Red, RiskLevel::Green};
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                QCOMPARE(model.index(row, column).data(RiskTableModel::RiskLevelRole).toInt(), int(levels.at(row)));
        }
    }

    void tellsWhatItShows()
    {
        GrowingTableModel model;
        model.setGrowing(shop(), growing(), u"EUR"_s);
        const QModelIndex key = model.index(0, GrowingTableModel::KeyAccountColumn);
        QCOMPARE(key.data(Qt::AccessibleTextRole).toString(), u"Key account"_s);
        QCOMPARE(key.data(Qt::ToolTipRole).toString(), RiskTableModel::keyAccountExplanation());
        QCOMPARE(key.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignCenter));
        QCOMPARE(
            model.index(1, GrowingTableModel::KeyAccountColumn).data(Qt::AccessibleTextRole).toString(), QString());
        QVERIFY(!model.index(1, GrowingTableModel::KeyAccountColumn).data(Qt::ToolTipRole).isValid());
        // The reasons one per line as the tooltip.
        QCOMPARE(model.index(0, GrowingTableModel::NameColumn).data(Qt::ToolTipRole).toString(),
            u"spending up 140 % (210.00 EUR → 504.00 EUR per 90 days)\n"
            u"activity up 100 % (20 events in the last 30 days, 10.0 a month before)"_s);
        QCOMPARE(model.index(0, GrowingTableModel::IncreaseColumn).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(0, GrowingTableModel::NameColumn).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignLeft | Qt::AlignVCenter));
        QCOMPARE(model.headerData(GrowingTableModel::KeyAccountColumn, Qt::Horizontal).toString(), u"★"_s);
        QCOMPARE(model.headerData(GrowingTableModel::IncreaseColumn, Qt::Horizontal).toString(),
            u"More revenue\n(90 days)"_s);
        QCOMPARE(model.headerData(GrowingTableModel::ReasonsColumn, Qt::Horizontal).toString(), u"Why"_s);
        QCOMPARE(model.headerData(GrowingTableModel::Value12mColumn, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void searchesLowerCase()
    {
        GrowingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrowing(shop(), growing(), u"EUR"_s);
        const QString carl = model.index(0, 0).data(GrowingTableModel::SearchTextRole).toString();
        QCOMPARE(carl,
            u"carl ölz\ng-203\nspending up 140 % (210.00 eur → 504.00 eur per 90 days)\n"
            u"activity up 100 % (20 events in the last 30 days, 10.0 a month before)"_s);
        QCOMPARE(carl, carl.toLower());
        QCOMPARE(model.index(1, 3).data(GrowingTableModel::SearchTextRole).toString(),
            u"g-202\ng-202\nspending up 140 % (210.00 eur → 504.00 eur per 90 days)"_s);
    }

    void retranslates()
    {
        GrowingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy headerChanged(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headerChanged.count(), 1);
        QCOMPARE(changed.count(), 0);

        model.setGrowing(shop(), growing(), u"EUR"_s);
        const QString before = model.index(1, GrowingTableModel::ReasonsColumn).data().toString();
        QCOMPARE(before, u"spending up 140 % (210.00 EUR → 504.00 EUR per 90 days)"_s);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        model.retranslate();
        QCOMPARE(headerChanged.count(), 2);
        QCOMPARE(headerChanged.at(1).at(2).toInt(), int(GrowingTableModel::ColumnCount) - 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(2, GrowingTableModel::ColumnCount - 1));
        // The reasons are written anew in the locale, for the display and the search.
        QCOMPARE(model.index(1, GrowingTableModel::ReasonsColumn).data().toString(),
            u"spending up 140 % (210,00\u00a0€ → 504,00\u00a0€ per 90 days)"_s);
        QVERIFY(model.index(1, 0).data(GrowingTableModel::SearchTextRole).toString().contains(u"210,00\u00a0€"_s));
    }

    void nothingWithoutADataset()
    {
        GrowingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrowing(shop(), growing(), u"EUR"_s);
        QCOMPARE(model.rowCount(), 3);
        model.setGrowing(nullptr, growing(), u"EUR"_s);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.growing().isEmpty());
        model.retranslate();
        model.setGrowing(shop(), {}, u"EUR"_s);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGrowingTableModel)
#include "tst_growingtablemodel.moc"
