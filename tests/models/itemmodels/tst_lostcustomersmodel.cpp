// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/lostcustomersmodel.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

struct Person
{
    QString externalId;
    QString name;
    QString segment;
};

std::shared_ptr<Dataset> datasetOf(const QList<Person> &people)
{
    auto data = std::make_shared<Dataset>();
    data->currency = u"EUR"_s;
    data->orderOffsets = {0};
    for (const Person &person : people) {
        MetricsCustomer customer;
        customer.id = 100 + data->customers.size() + 1;
        customer.externalId = person.externalId;
        customer.name = person.name;
        customer.segment = person.segment;
        data->customers.append(customer);
        data->orderOffsets.push_back(0);
    }
    return data;
}

// Anna, an unnamed customer, Carl and Dora.
std::shared_ptr<Dataset> shop()
{
    return datasetOf({{u"C-101"_s, u"Anna Berg"_s, u"SMB"_s}, {u"C-102"_s, QString(), u"Enterprise"_s},
        {u"C-103"_s, u"Carl"_s, QString()}, {u"C-104"_s, u"Dora"_s, u"SMB"_s}});
}

Day march(int day)
{
    return dayOf(QDate(2024, 3, day));
}

// March: Carl and Anna left for the price, the unnamed customer, Dora and two customers the dataset does not
// hold said nothing. The lists are not in the order of the day on purpose.
ReasonsPeriod marchRow()
{
    ReasonsPeriod row;
    row.period = Period {march(1), dayOf(QDate(2024, 4, 1)), u"2024-03"_s};
    for (ChurnReason reason : ChurnReasons)
        row.reasons.append(ReasonFigures {reason, 0, 0, std::nullopt, {}});
    row.reasons[int(ChurnReason::Price)].lost = {
        {2, march(20), 5000, u"too_expensive: found it cheaper"_s},
        {0, march(5), 12000, u"price"_s},
    };
    row.reasons[int(ChurnReason::Unknown)].lost = {
        {1, march(10), 0, QString()}, {7, march(1), 999, QString()}, // beyond the dataset: dropped
        {3, march(5), 2500, QString()}, // the same day as Anna: by index, after her
        {-1, march(2), 1, QString()}, // dropped
    };
    for (ReasonFigures &figures : row.reasons) {
        figures.customers = figures.lost.size();
        row.lost += figures.customers;
    }
    return row;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, LostCustomersModel::NameColumn).data().toString());
    return result;
}

} // namespace

// The customers behind a bar of "Why customers leave".
class TestLostCustomersModel : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void filtersByReason_data()
    {
        QTest::addColumn<int>("only"); // -1: all
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QList<int>>("indexes");
        QTest::addRow("all, by the day they left")
            << -1 << QStringList {u"Anna Berg"_s, u"Dora"_s, u"C-102"_s, u"Carl"_s} << QList<int> {0, 3, 1, 2};
        QTest::addRow("price") << int(ChurnReason::Price) << QStringList {u"Anna Berg"_s, u"Carl"_s}
                               << QList<int> {0, 2};
        QTest::addRow("silent") << int(ChurnReason::Unknown) << QStringList {u"Dora"_s, u"C-102"_s}
                                << QList<int> {3, 1};
        QTest::addRow("nobody for quality") << int(ChurnReason::Quality) << QStringList() << QList<int>();
    }

    void filtersByReason()
    {
        QFETCH(int, only);
        QFETCH(QStringList, expected);
        QFETCH(QList<int>, indexes);
        const std::optional<ChurnReason> reason = only < 0 ? std::nullopt : std::optional(ChurnReason(only));
        LostCustomersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCustomers(shop(), marchRow(), reason, u"EUR"_s);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.reason(), reason);
        QCOMPARE(model.columnCount(), int(LostCustomersModel::ColumnCount));
        QCOMPARE(names(model), expected);
        QList<int> found;
        for (int row = 0; row < model.rowCount(); ++row) {
            found.append(model.index(row, 0).data(LostCustomersModel::CustomerIndexRole).toInt());
            if (reason) {
                QCOMPARE(model.index(row, LostCustomersModel::ReasonColumn).data(LostCustomersModel::RawValueRole),
                    QVariant(only));
            }
        }
        QCOMPARE(found, indexes);
    }

    void showsACustomer_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        // Rows of all reasons: Anna (5 March), Dora (5 March), the unnamed customer (10 March), Carl (20 March).
        QTest::addRow("name") << english << 0 << int(LostCustomersModel::NameColumn) << u"Anna Berg"_s;
        QTest::addRow("no name: the external id") << english << 2 << int(LostCustomersModel::NameColumn) << u"C-102"_s;
        QTest::addRow("left, English") << english << 0 << int(LostCustomersModel::LeftColumn) << u"3/5/24"_s;
        QTest::addRow("left, German") << german << 3 << int(LostCustomersModel::LeftColumn) << u"20.03.24"_s;
        QTest::addRow("reason") << english << 3 << int(LostCustomersModel::ReasonColumn) << u"Price"_s;
        QTest::addRow("silent reason") << english << 1 << int(LostCustomersModel::ReasonColumn) << u"No reason known"_s;
        QTest::addRow("said") << english << 3 << int(LostCustomersModel::SaidColumn)
                              << u"too_expensive: found it cheaper"_s;
        QTest::addRow("said nothing") << english << 2 << int(LostCustomersModel::SaidColumn) << u"(said nothing)"_s;
        QTest::addRow("lost revenue, English")
            << english << 0 << int(LostCustomersModel::LostRevenueColumn) << u"€120.00"_s;
        QTest::addRow("lost revenue, German")
            << german << 1 << int(LostCustomersModel::LostRevenueColumn) << u"25,00\u00a0€"_s;
        QTest::addRow("no lost revenue") << english << 2 << int(LostCustomersModel::LostRevenueColumn) << u"€0.00"_s;
        QTest::addRow("segment") << english << 2 << int(LostCustomersModel::SegmentColumn) << u"Enterprise"_s;
        QTest::addRow("no segment") << english << 3 << int(LostCustomersModel::SegmentColumn) << QString();
    }

    void showsACustomer()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        LostCustomersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomers(shop(), marchRow(), std::nullopt, u"EUR"_s);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(row, column).data().toString(), expected);
        QCOMPARE(model.index(row, column).data(Qt::AccessibleTextRole).toString(), expected);
    }

    void rawValuesAndRoles_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("expected");
        QTest::addRow("name") << 0 << int(LostCustomersModel::NameColumn) << QVariant(u"Anna Berg"_s);
        QTest::addRow("no name") << 2 << int(LostCustomersModel::NameColumn) << QVariant(u"C-102"_s);
        QTest::addRow("left") << 3 << int(LostCustomersModel::LeftColumn) << QVariant(QDate(2024, 3, 20));
        QTest::addRow("reason") << 3 << int(LostCustomersModel::ReasonColumn) << QVariant(int(ChurnReason::Price));
        QTest::addRow("silent") << 1 << int(LostCustomersModel::ReasonColumn) << QVariant(int(ChurnReason::Unknown));
        QTest::addRow("said") << 0 << int(LostCustomersModel::SaidColumn) << QVariant(u"price"_s);
        QTest::addRow("said nothing") << 1 << int(LostCustomersModel::SaidColumn) << QVariant(QString());
        QTest::addRow("lost revenue") << 3 << int(LostCustomersModel::LostRevenueColumn) << QVariant(qint64(5000));
        QTest::addRow("segment") << 1 << int(LostCustomersModel::SegmentColumn) << QVariant(u"SMB"_s);
    }

    void rawValuesAndRoles()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, expected);
        LostCustomersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomers(shop(), marchRow(), std::nullopt, u"EUR"_s);
        const QVariant value = model.index(row, column).data(LostCustomersModel::RawValueRole);
        QCOMPARE(value.metaType(), expected.metaType());
        QCOMPARE(value, expected);
    }

    void identifiesTheCustomer()
    {
        const std::shared_ptr<Dataset> data = shop();
        LostCustomersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomers(data, marchRow(), std::nullopt, u"EUR"_s);
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex cell = model.index(row, column);
                const int index = cell.data(LostCustomersModel::CustomerIndexRole).toInt();
                QCOMPARE(cell.data(LostCustomersModel::CustomerIndexRole).metaType(), QMetaType::fromType<int>());
                QCOMPARE(cell.data(LostCustomersModel::CustomerIdRole), QVariant(data->customers.at(index).id));
            }
        }
        QCOMPARE(model.index(0, 0).data(LostCustomersModel::CustomerIdRole).toLongLong(), 101);
        QCOMPARE(model.index(2, 4).data(LostCustomersModel::CustomerIdRole).toLongLong(), 102);
        QCOMPARE(model.index(3, 0).data(LostCustomersModel::CustomerIndexRole).toInt(), 2);

        // What they said in full as the tooltip, and the name (elided in a narrow column); nothing for the silent
        // ones and the other columns.
        QCOMPARE(model.index(3, LostCustomersModel::SaidColumn).data(Qt::ToolTipRole).toString(),
            u"too_expensive: found it cheaper"_s);
        QVERIFY(!model.index(2, LostCustomersModel::SaidColumn).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.index(3, LostCustomersModel::NameColumn).data(Qt::ToolTipRole),
            model.index(3, LostCustomersModel::NameColumn).data());
        QVERIFY(!model.index(3, LostCustomersModel::LeftColumn).data(Qt::ToolTipRole).isValid());
    }

    void alignsAndNamesColumns()
    {
        LostCustomersModel model;
        model.setCustomers(shop(), marchRow(), std::nullopt, u"EUR"_s);
        const int left = int(Qt::AlignLeft | Qt::AlignVCenter);
        const int right = int(Qt::AlignRight | Qt::AlignVCenter);
        const QList<int> alignments {left, right, right, left, left, left};
        const QStringList headers {u"Customer"_s, u"Lost revenue\n(12 months)"_s, u"Left on"_s, u"Reason"_s,
            u"What they said"_s, u"Segment"_s};
        for (int column = 0; column < model.columnCount(); ++column) {
            QCOMPARE(model.index(0, column).data(Qt::TextAlignmentRole).toInt(), alignments.at(column));
            QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).toInt(), alignments.at(column));
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
        }
    }

    void withoutADatasetNothing()
    {
        LostCustomersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomers(shop(), marchRow(), std::nullopt, u"EUR"_s);
        QCOMPARE(model.rowCount(), 4);
        model.setCustomers(nullptr, marchRow(), std::nullopt, u"EUR"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setCustomers(shop(), ReasonsPeriod(), std::nullopt, u"EUR"_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void retranslates()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        LostCustomersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy headerChanged(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headerChanged.count(), 1);
        QCOMPARE(changed.count(), 0);

        model.setCustomers(shop(), marchRow(), ChurnReason::Price, u"EUR"_s);
        QCOMPARE(model.index(1, LostCustomersModel::LostRevenueColumn).data().toString(), u"€50.00"_s);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        model.retranslate();
        QCOMPARE(headerChanged.count(), 2);
        QCOMPARE(headerChanged.at(1).at(1).toInt(), 0);
        QCOMPARE(headerChanged.at(1).at(2).toInt(), int(LostCustomersModel::ColumnCount) - 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, LostCustomersModel::ColumnCount - 1));
        QCOMPARE(model.index(1, LostCustomersModel::LostRevenueColumn).data().toString(), u"50,00\u00a0€"_s);
    }
};

QTEST_GUILESS_MAIN(TestLostCustomersModel)
#include "tst_lostcustomersmodel.moc"
