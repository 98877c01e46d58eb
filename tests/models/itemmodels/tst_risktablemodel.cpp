// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/risktablemodel.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

const QDate Today(2024, 3, 15);

MetricsCustomer customer(qint64 id, const QString &externalId, const QString &name)
{
    MetricsCustomer result;
    result.id = id;
    result.externalId = externalId;
    result.name = name;
    return result;
}

// Four customers (ids 1 to 4); the item model reads only the customer list.
std::shared_ptr<const Dataset> makeDataset()
{
    auto data = std::make_shared<Dataset>();
    data->customers = {customer(1, u"C-001"_s, u"Alpha GmbH"_s), customer(2, u"C-002"_s, u"Bakery 10"_s),
        customer(3, u"C-003"_s, u"Café Zebra"_s), customer(4, u"C-004"_s, QString())};
    data->currency = u"EUR"_s;
    return data;
}

CustomerRisk risk(int customer, RiskLevel level, int score, qint64 value, QList<Reason> reasons)
{
    CustomerRisk result;
    result.customer = customer;
    result.level = level;
    result.score = score;
    result.value12mMinor = value;
    result.reasons = std::move(reasons);
    return result;
}

// In priority order: Café Zebra (red), Alpha (yellow), Bakery 10 (yellow), the unnamed C-004 (green).
RiskReport makeReport()
{
    RiskReport report;
    report.asOf = dayOf(Today);
    CustomerRisk zebra = risk(2, RiskLevel::Red, 90, 123456,
        {{ReasonCode::Inactive, RiskLevel::Red, {75}}, {ReasonCode::NpsLow, RiskLevel::Yellow, {5}}});
    zebra.keyAccount = true;
    zebra.alive.notEnoughHistory = true;
    CustomerRisk alpha = risk(0, RiskLevel::Yellow, 10, 900, {{ReasonCode::OpenTickets, RiskLevel::Yellow, {2}}});
    alpha.alive.probability = 0.09;
    CustomerRisk bakery = risk(1, RiskLevel::Yellow, 9, 1000, {{ReasonCode::FailedPayment, RiskLevel::Yellow, {12}}});
    bakery.alive.probability = 0.104;
    bakery.alive.expectedPurchases90 = 0.42;
    CustomerRisk unnamed = risk(3, RiskLevel::Green, 0, 0, {});
    report.customers = {zebra, alpha, bakery, unnamed};
    report.red = 1;
    report.yellow = 2;
    report.green = 1;
    return report;
}

Review review(qint64 customerId, ReviewState state, const QString &owner = {}, const QDate &snoozedUntil = {})
{
    Review result;
    result.customerId = customerId;
    result.state = state;
    result.owner = owner;
    result.snoozedUntil = snoozedUntil;
    return result;
}

// Zebra contacted by Anna; Alpha snoozed for five more days; Bakery's snooze ran out yesterday; C-004 unreviewed.
QHash<qint64, Review> makeReviews()
{
    return {{3, review(3, ReviewState::Contacted, u"Anna"_s)},
        {1, review(1, ReviewState::Snoozed, {}, Today.addDays(5))},
        {2, review(2, ReviewState::Snoozed, u"Ben"_s, Today.addDays(-1))}};
}

QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestRiskTableModel : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void init()
    {
        TestCase::init();
        QLocale::setDefault(QLocale::c());
    }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void startsEmpty()
    {
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(RiskTableModel::ColumnCount));
        QCOMPARE(model.headerData(RiskTableModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
        QCOMPARE(model.headerData(RiskTableModel::OwnerColumn, Qt::Horizontal).toString(), u"Owner"_s);
        for (int column = 0; column < RiskTableModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void rowsInPriorityOrder()
    {
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(makeDataset(), makeReport(), makeReviews(), u"EUR"_s, Today);
        QCOMPARE(model.rowCount(), 4);
        const QStringList names = {u"Café Zebra"_s, u"Alpha GmbH"_s, u"Bakery 10"_s, u"C-004"_s};
        const QList<int> indexes = {2, 0, 1, 3};
        const QList<RiskLevel> levels = {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Yellow, RiskLevel::Green};
        for (int row = 0; row < 4; ++row) {
            for (int column = 0; column < RiskTableModel::ColumnCount; ++column) {
                const QModelIndex index = model.index(row, column);
                QCOMPARE(index.data(RiskTableModel::PriorityRole).toInt(), row);
                QCOMPARE(index.data(RiskTableModel::CustomerIndexRole).toInt(), indexes[row]);
                QCOMPARE(index.data(RiskTableModel::CustomerIdRole).toLongLong(), qint64(indexes[row]) + 1);
                QCOMPARE(index.data(RiskTableModel::RiskLevelRole).toInt(), int(levels[row]));
                QVERIFY(!index.data(Qt::DecorationRole).isValid());
            }
            QCOMPARE(text(model, row, RiskTableModel::NameColumn), names[row]);
            QCOMPARE(model.rowOfCustomer(indexes[row] + 1), row);
        }
        QCOMPARE(model.rowOfCustomer(99), -1);
        QCOMPARE(model.review(0).owner, u"Anna"_s);
        QCOMPARE(model.review(3).state, ReviewState::Open);
        QCOMPARE(model.review(3).customerId, 4);
    }

    void displayTexts()
    {
        RiskTableModel model;
        model.setSnapshot(makeDataset(), makeReport(), makeReviews(), u"EUR"_s, Today);
        using M = RiskTableModel;
        QCOMPARE(text(model, 0, M::StatusColumn), u"Red"_s);
        QCOMPARE(text(model, 1, M::StatusColumn), u"Yellow"_s);
        QCOMPARE(text(model, 3, M::StatusColumn), u"Green"_s);
        // A narrow mark on screen, the word for screen readers, and what it means in the tooltip.
        QCOMPARE(text(model, 0, M::KeyAccountColumn), u"\u2605"_s);
        QCOMPARE(text(model, 1, M::KeyAccountColumn), QString());
        QCOMPARE(model.index(0, M::KeyAccountColumn).data(Qt::AccessibleTextRole).toString(), u"Key account"_s);
        QCOMPARE(model.index(1, M::KeyAccountColumn).data(Qt::AccessibleTextRole).toString(), QString());
        QCOMPARE(model.index(0, M::KeyAccountColumn).data(Qt::ToolTipRole).toString(), M::keyAccountExplanation());
        QVERIFY(!model.index(1, M::KeyAccountColumn).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.headerData(M::KeyAccountColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
            M::keyAccountExplanation());
        QCOMPARE(model.index(0, M::NameColumn).data(Qt::AccessibleTextRole), model.index(0, M::NameColumn).data());
        QCOMPARE(text(model, 0, M::Value12mColumn), u"1234.56 EUR"_s);
        QVERIFY(text(model, 0, M::Value12mColumn).contains(u"1234.56"_s));
        QCOMPARE(text(model, 1, M::ScoreColumn), u"10"_s);
        QCOMPARE(text(model, 0, M::PAliveColumn), u"not enough history"_s);
        QCOMPARE(text(model, 1, M::PAliveColumn), u"9 %"_s);
        QCOMPARE(text(model, 2, M::PAliveColumn), u"10 %"_s);
        QCOMPARE(text(model, 3, M::PAliveColumn), u"—"_s);
        QCOMPARE(text(model, 0, M::MainReasonColumn), u"no activity for 75 days"_s);
        QCOMPARE(text(model, 2, M::MainReasonColumn), u"payment failed 12 days ago"_s);
        QCOMPARE(text(model, 3, M::MainReasonColumn), QString());
        QCOMPARE(text(model, 0, M::ReviewStateColumn), u"Contacted"_s);
        QCOMPARE(text(model, 1, M::ReviewStateColumn),
            u"Snoozed until "_s + QLocale::c().toString(Today.addDays(5), QLocale::ShortFormat));
        QCOMPARE(text(model, 2, M::ReviewStateColumn), u"Open"_s); // the snooze ran out
        QCOMPARE(text(model, 3, M::ReviewStateColumn), u"Open"_s);
        QCOMPARE(text(model, 0, M::OwnerColumn), u"Anna"_s);
        QCOMPARE(text(model, 3, M::OwnerColumn), QString());
    }

    void germanTexts()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        RiskTableModel model;
        model.setSnapshot(makeDataset(), makeReport(), makeReviews(), u"EUR"_s, Today);
        using M = RiskTableModel;
        QCOMPARE(text(model, 0, M::Value12mColumn), u"1.234,56\u00a0€"_s);
        QCOMPARE(text(model, 1, M::ReviewStateColumn), u"Snoozed until 20.03.24"_s);
        QCOMPARE(text(model, 2, M::PAliveColumn), u"10 %"_s);
        QCOMPARE(model.index(2, M::PAliveColumn).data(Qt::ToolTipRole).toString(),
            u"Estimated from the purchase history. Expected purchases in the next 90 days: 0,4"_s);
    }

    void rawValues()
    {
        RiskTableModel model;
        model.setSnapshot(makeDataset(), makeReport(), makeReviews(), u"EUR"_s, Today);
        using M = RiskTableModel;
        const auto raw = [&](int row, int column) { return model.index(row, column).data(M::RawValueRole); };
        QCOMPARE(raw(0, M::StatusColumn).toInt(), int(RiskLevel::Red));
        QCOMPARE(raw(3, M::NameColumn).toString(), u"C-004"_s);
        QCOMPARE(raw(0, M::KeyAccountColumn).typeId(), QMetaType::Bool);
        QCOMPARE(raw(0, M::KeyAccountColumn).toBool(), true);
        QCOMPARE(raw(1, M::KeyAccountColumn).toBool(), false);
        QCOMPARE(raw(0, M::Value12mColumn).typeId(), QMetaType::LongLong);
        QCOMPARE(raw(0, M::Value12mColumn).toLongLong(), 123456);
        QCOMPARE(raw(0, M::ScoreColumn).typeId(), QMetaType::Int);
        QCOMPARE(raw(0, M::ScoreColumn).toInt(), 90);
        QCOMPARE(raw(0, M::PAliveColumn).toDouble(), -1.0);
        QCOMPARE(raw(1, M::PAliveColumn).typeId(), QMetaType::Double);
        QCOMPARE(raw(1, M::PAliveColumn).toDouble(), 0.09);
        QCOMPARE(raw(3, M::PAliveColumn).toDouble(), -1.0);
        QCOMPARE(raw(0, M::MainReasonColumn).toInt(), int(ReasonCode::Inactive));
        QCOMPARE(raw(3, M::MainReasonColumn).toInt(), -1);
        QCOMPARE(raw(0, M::ReviewStateColumn).toInt(), int(ReviewState::Contacted));
        QCOMPARE(raw(1, M::ReviewStateColumn).toInt(), int(ReviewState::Snoozed));
        QCOMPARE(raw(2, M::ReviewStateColumn).toInt(), int(ReviewState::Open));
        QCOMPARE(raw(2, M::OwnerColumn).toString(), u"Ben"_s);
    }

    void alignment()
    {
        RiskTableModel model;
        model.setSnapshot(makeDataset(), makeReport(), makeReviews(), u"EUR"_s, Today);
        for (int column = 0; column < RiskTableModel::ColumnCount; ++column) {
            const bool numeric = column == RiskTableModel::Value12mColumn || column == RiskTableModel::ScoreColumn
                || column == RiskTableModel::PAliveColumn;
            // The key-account mark sits in the middle of its narrow column.
            const Qt::Alignment expected = column == RiskTableModel::KeyAccountColumn
                ? Qt::Alignment(Qt::AlignCenter)
                : (numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            QCOMPARE(Qt::Alignment(model.index(0, column).data(Qt::TextAlignmentRole).toInt()), expected);
            QCOMPARE(Qt::Alignment(model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).toInt()), expected);
        }
    }

    void toolTips()
    {
        RiskTableModel model;
        model.setSnapshot(makeDataset(), makeReport(), makeReviews(), u"EUR"_s, Today);
        using M = RiskTableModel;
        QCOMPARE(text(model, 0, M::MainReasonColumn, Qt::ToolTipRole), u"no activity for 75 days\nNPS 5"_s);
        QCOMPARE(text(model, 1, M::MainReasonColumn, Qt::ToolTipRole), u"unresolved tickets: 2"_s);
        QVERIFY(!model.index(3, M::MainReasonColumn).data(Qt::ToolTipRole).isValid());
        QCOMPARE(text(model, 0, M::StatusColumn, Qt::ToolTipRole), u"Red\nno activity for 75 days\nNPS 5"_s);
        QCOMPARE(text(model, 3, M::StatusColumn, Qt::ToolTipRole), u"Green"_s);
        QVERIFY(!text(model, 0, M::PAliveColumn, Qt::ToolTipRole).isEmpty());
        QVERIFY(!text(model, 3, M::PAliveColumn, Qt::ToolTipRole).isEmpty());
    }

    void searchText()
    {
        RiskTableModel model;
        model.setSnapshot(makeDataset(), makeReport(), makeReviews(), u"EUR"_s, Today);
        const QString zebra = text(model, 0, RiskTableModel::NameColumn, RiskTableModel::SearchTextRole);
        QVERIFY(zebra.contains(u"café zebra"_s));
        QVERIFY(zebra.contains(u"c-003"_s));
        QVERIFY(zebra.contains(u"no activity for 75 days"_s));
        QVERIFY(zebra.contains(u"nps 5"_s));
        QCOMPARE(zebra, zebra.toLower());
        // The same on every column: a filter may read any.
        QCOMPARE(text(model, 0, RiskTableModel::OwnerColumn, RiskTableModel::SearchTextRole), zebra);
    }

    void resetsThroughTheTester()
    {
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(makeDataset(), makeReport(), makeReviews(), u"EUR"_s, Today);
        QCOMPARE(reset.count(), 1);
        RiskReport smaller = makeReport();
        smaller.customers.remove(0, 2);
        model.setSnapshot(makeDataset(), smaller, {}, u"USD"_s, Today);
        QCOMPARE(aboutToReset.count(), 2);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 0, RiskTableModel::NameColumn), u"Bakery 10"_s);
        QCOMPARE(model.index(1, 0).data(RiskTableModel::PriorityRole).toInt(), 1);
        QCOMPARE(model.rowOfCustomer(3), -1);
        QCOMPARE(model.rowOfCustomer(2), 0);
        QCOMPARE(text(model, 0, RiskTableModel::ReviewStateColumn), u"Open"_s); // no reviews this time
        QCOMPARE(model.currency(), u"USD"_s);
        // Without a dataset there is nothing to show.
        model.setSnapshot(nullptr, makeReport(), {}, u"EUR"_s, Today);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 3);
    }

    void setReviewUpdatesOneRow()
    {
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(makeDataset(), makeReport(), makeReviews(), u"EUR"_s, Today);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(model.setReview(4, review(4, ReviewState::Resolved, u"Chris"_s)));
        QCOMPARE(changed.count(), 1);
        const auto from = changed.at(0).at(0).value<QModelIndex>();
        const auto to = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(from, model.index(3, RiskTableModel::ReviewStateColumn));
        QCOMPARE(to, model.index(3, RiskTableModel::OwnerColumn));
        QCOMPARE(text(model, 3, RiskTableModel::ReviewStateColumn), u"Resolved"_s);
        QCOMPARE(text(model, 3, RiskTableModel::OwnerColumn), u"Chris"_s);
        QCOMPARE(model.index(3, RiskTableModel::ReviewStateColumn).data(RiskTableModel::RawValueRole).toInt(),
            int(ReviewState::Resolved));
        QCOMPARE(model.review(3).owner, u"Chris"_s);

        // A snooze that already ran out shows as open.
        QVERIFY(model.setReview(3, review(0, ReviewState::Snoozed, {}, Today.addDays(-3))));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(text(model, 0, RiskTableModel::ReviewStateColumn), u"Open"_s);
        QCOMPARE(model.review(0).customerId, 3);
        QVERIFY(model.setReview(3, review(3, ReviewState::Snoozed, {}, Today)));
        QCOMPARE(text(model, 0, RiskTableModel::ReviewStateColumn),
            u"Snoozed until "_s + QLocale::c().toString(Today, QLocale::ShortFormat));

        // A customer who is not listed changes nothing.
        QVERIFY(!model.setReview(99, review(99, ReviewState::Resolved)));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(reset.count(), 0);
    }

    void removeCustomerTakesOutOneRow()
    {
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(makeDataset(), makeReport(), makeReviews(), u"EUR"_s, Today);
        QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Alpha (id 1) is the second row; Bakery 10 and C-004 move up, their reviews with them.
        QVERIFY(model.removeCustomer(1));
        QCOMPARE(aboutToRemove.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.report().customers.size(), 3);
        QCOMPARE(model.report().yellow, 1);
        QCOMPARE(model.report().red, 1);
        QCOMPARE(model.rowOfCustomer(1), -1);
        QCOMPARE(model.rowOfCustomer(3), 0);
        QCOMPARE(model.rowOfCustomer(2), 1);
        QCOMPARE(model.rowOfCustomer(4), 2);
        QCOMPARE(text(model, 1, RiskTableModel::NameColumn), u"Bakery 10"_s);
        QCOMPARE(text(model, 1, RiskTableModel::OwnerColumn), u"Ben"_s);
        QCOMPARE(model.index(2, 0).data(RiskTableModel::CustomerIdRole).toLongLong(), 4);

        // The last row, then one that is not listed.
        QVERIFY(model.removeCustomer(4));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.report().green, 0);
        QVERIFY(!model.removeCustomer(4));
        QVERIFY(!model.removeCustomer(99));
        QCOMPARE(removed.count(), 2);
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRiskTableModel)
#include "tst_risktablemodel.moc"
