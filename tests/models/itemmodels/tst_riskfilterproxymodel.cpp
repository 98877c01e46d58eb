// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/riskfilterproxymodel.h"
#include "itemmodels/risktablemodel.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

const QDate Today(2024, 3, 15);

struct Entry
{
    QString name;
    QString externalId;
    RiskLevel level;
    int score;
    qint64 value;
    bool key;
    double alive; // -2: not enough history, -1: no estimate (a contract)
    QList<Reason> reasons;
    ReviewState state;
    QString owner;
};

// Six customers in priority order, chosen so that each column sorts differently and numbers sort as numbers.
QList<Entry> entries()
{
    return {
        {u"Delta"_s, u"D1"_s, RiskLevel::Red, 95, 500000, true, -2, {{ReasonCode::Inactive, RiskLevel::Red, {70}}},
            ReviewState::Open, u"Anna"_s},
        {u"alpha"_s, u"A1"_s, RiskLevel::Red, 80, 900, false, 0.10, {{ReasonCode::FailedPayment, RiskLevel::Red, {5}}},
            ReviewState::Contacted, u"Ben"_s},
        {u"Charlie 10"_s, u"C10"_s, RiskLevel::Yellow, 60, 1000, true, 0.09,
            {{ReasonCode::NpsLow, RiskLevel::Yellow, {4}}}, ReviewState::Open, QString()},
        {u"Charlie 9"_s, u"C9"_s, RiskLevel::Yellow, 9, 20000, false, 0.5,
            {{ReasonCode::OpenTickets, RiskLevel::Yellow, {2}}}, ReviewState::Resolved, u"anna"_s},
        {u"Bravo"_s, u"B1"_s, RiskLevel::Green, 10, 200000, false, 0.9, {}, ReviewState::Snoozed, QString()},
        {u"Echo"_s, u"E1"_s, RiskLevel::Green, 0, 0, false, -1, {}, ReviewState::Open, u"Ben"_s},
    };
}

struct Snapshot
{
    std::shared_ptr<const Dataset> data;
    RiskReport report;
    QHash<qint64, Review> reviews;
};

// The dataset lists the customers in reverse so that dataset index, id and priority all differ.
Snapshot makeSnapshot(const QList<Entry> &list)
{
    Snapshot snapshot;
    auto data = std::make_shared<Dataset>();
    const int count = int(list.size());
    data->customers.resize(count);
    for (int row = 0; row < count; ++row) {
        const Entry &entry = list[row];
        const int index = count - 1 - row;
        MetricsCustomer &customer = data->customers[index];
        customer.id = 100 + index;
        customer.externalId = entry.externalId;
        customer.name = entry.name;

        CustomerRisk risk;
        risk.customer = index;
        risk.level = entry.level;
        risk.score = entry.score;
        risk.value12mMinor = entry.value;
        risk.keyAccount = entry.key;
        if (entry.alive == -2)
            risk.alive.notEnoughHistory = true;
        else if (entry.alive >= 0)
            risk.alive.probability = entry.alive;
        risk.reasons = entry.reasons;
        snapshot.report.customers.append(risk);

        Review review;
        review.customerId = customer.id;
        review.state = entry.state;
        review.owner = entry.owner;
        if (entry.state == ReviewState::Snoozed)
            review.snoozedUntil = Today.addDays(7);
        snapshot.reviews.insert(customer.id, review);
    }
    data->currency = u"EUR"_s;
    snapshot.data = std::move(data);
    return snapshot;
}

void load(RiskTableModel &model, const QList<Entry> &list = entries())
{
    Snapshot snapshot = makeSnapshot(list);
    model.setSnapshot(snapshot.data, snapshot.report, snapshot.reviews, u"EUR"_s, Today);
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, RiskTableModel::NameColumn).data().toString());
    return result;
}

QHash<RiskLevel, int> counts(int red, int yellow, int green)
{
    return {{RiskLevel::Red, red}, {RiskLevel::Yellow, yellow}, {RiskLevel::Green, green}};
}

} // namespace

class TestRiskFilterProxyModel : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void init()
    {
        TestCase::init();
        QLocale::setDefault(QLocale::c());
    }

    void unfilteredIsPriorityOrder()
    {
        RiskTableModel model;
        load(model);
        RiskFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.sortRole(), int(RiskTableModel::RawValueRole));
        const QStringList priority = {u"Delta"_s, u"alpha"_s, u"Charlie 10"_s, u"Charlie 9"_s, u"Bravo"_s, u"Echo"_s};
        QCOMPARE(names(proxy), priority);
        proxy.sort(RiskTableModel::ScoreColumn);
        proxy.sort(RiskTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy), priority);
        QCOMPARE(proxy.countsByLevel(), counts(2, 2, 2));
    }

    void sorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        using M = RiskTableModel;
        const auto asc = Qt::AscendingOrder;
        const auto desc = Qt::DescendingOrder;
        QTest::addRow("status") << int(M::StatusColumn) << asc
                                << QStringList {
                                       u"Delta"_s, u"alpha"_s, u"Charlie 10"_s, u"Charlie 9"_s, u"Bravo"_s, u"Echo"_s};
        QTest::addRow("status descending")
            << int(M::StatusColumn) << desc
            << QStringList {u"Echo"_s, u"Bravo"_s, u"Charlie 9"_s, u"Charlie 10"_s, u"alpha"_s, u"Delta"_s};
        // Case-insensitive, and numbers in names as numbers.
        QTest::addRow("name") << int(M::NameColumn) << asc
                              << QStringList {
                                     u"alpha"_s, u"Bravo"_s, u"Charlie 9"_s, u"Charlie 10"_s, u"Delta"_s, u"Echo"_s};
        // Ties keep the priority order.
        QTest::addRow("key account") << int(M::KeyAccountColumn) << asc
                                     << QStringList {u"alpha"_s, u"Charlie 9"_s, u"Bravo"_s, u"Echo"_s, u"Delta"_s,
                                            u"Charlie 10"_s};
        // 9.00 < 10.00 < 200.00 < 2,000.00, which text would order otherwise.
        QTest::addRow("value") << int(M::Value12mColumn) << asc
                               << QStringList {
                                      u"Echo"_s, u"alpha"_s, u"Charlie 10"_s, u"Charlie 9"_s, u"Bravo"_s, u"Delta"_s};
        QTest::addRow("score") << int(M::ScoreColumn) << asc
                               << QStringList {
                                      u"Echo"_s, u"Charlie 9"_s, u"Bravo"_s, u"Charlie 10"_s, u"alpha"_s, u"Delta"_s};
        QTest::addRow("score descending")
            << int(M::ScoreColumn) << desc
            << QStringList {u"Delta"_s, u"alpha"_s, u"Charlie 10"_s, u"Bravo"_s, u"Charlie 9"_s, u"Echo"_s};
        // Without an estimate first; then 9 % < 10 %.
        QTest::addRow("p alive") << int(M::PAliveColumn) << asc
                                 << QStringList {
                                        u"Delta"_s, u"Echo"_s, u"Charlie 10"_s, u"alpha"_s, u"Charlie 9"_s, u"Bravo"_s};
        // By reason code; without a reason first.
        QTest::addRow("main reason") << int(M::MainReasonColumn) << asc
                                     << QStringList {u"Bravo"_s, u"Echo"_s, u"Delta"_s, u"Charlie 9"_s, u"Charlie 10"_s,
                                            u"alpha"_s};
        QTest::addRow("review state") << int(M::ReviewStateColumn) << asc
                                      << QStringList {u"Delta"_s, u"Charlie 10"_s, u"Echo"_s, u"alpha"_s,
                                             u"Charlie 9"_s, u"Bravo"_s};
        // Nobody first; "Anna" and "anna" are one owner.
        QTest::addRow("owner") << int(M::OwnerColumn) << asc
                               << QStringList {
                                      u"Charlie 10"_s, u"Bravo"_s, u"Delta"_s, u"Charlie 9"_s, u"alpha"_s, u"Echo"_s};
    }

    void sorts()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        RiskTableModel model;
        load(model);
        RiskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(column, order);
        QCOMPARE(names(proxy), expected);
    }

    void filtersByLevel()
    {
        RiskTableModel model;
        load(model);
        RiskFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QSignalSpy aboutToReset(&proxy, &QAbstractItemModel::modelAboutToBeReset);
        // A filter change is one layout change, never a reset.
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy countsChanged(&proxy, &RiskFilterProxyModel::countsByLevelChanged);

        proxy.setLevels({RiskLevel::Red});
        QCOMPARE(names(proxy), (QStringList {u"Delta"_s, u"alpha"_s}));
        QCOMPARE(layout.count(), 1);
        proxy.setLevels({RiskLevel::Red, RiskLevel::Green});
        QCOMPARE(names(proxy), (QStringList {u"Delta"_s, u"alpha"_s, u"Bravo"_s, u"Echo"_s}));
        QCOMPARE(layout.count(), 2);
        // The counts leave the level filter out: the buttons keep their numbers.
        QCOMPARE(proxy.countsByLevel(), counts(2, 2, 2));
        QCOMPARE(countsChanged.count(), 0);

        // The same filter again changes nothing.
        const qsizetype layouts = layout.count();
        proxy.setLevels({RiskLevel::Green, RiskLevel::Red});
        QCOMPARE(layout.count(), layouts);

        proxy.setLevels({});
        QCOMPARE(proxy.rowCount(), 6);
        QCOMPARE(aboutToReset.count(), 0);
    }

    void filtersByReviewState()
    {
        RiskTableModel model;
        load(model);
        RiskFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QSignalSpy aboutToReset(&proxy, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy countsChanged(&proxy, &RiskFilterProxyModel::countsByLevelChanged);

        proxy.setReviewStates({ReviewState::Open});
        QCOMPARE(names(proxy), (QStringList {u"Delta"_s, u"Charlie 10"_s, u"Echo"_s}));
        QCOMPARE(proxy.countsByLevel(), counts(1, 1, 1));
        QCOMPARE(countsChanged.count(), 1);
        proxy.setReviewStates({ReviewState::Snoozed, ReviewState::Resolved});
        QCOMPARE(names(proxy), (QStringList {u"Charlie 9"_s, u"Bravo"_s}));
        QCOMPARE(proxy.countsByLevel(), counts(0, 1, 1));
        proxy.setReviewStates({ReviewState::Snoozed, ReviewState::Resolved});
        QCOMPARE(countsChanged.count(), 2);
        QCOMPARE(aboutToReset.count(), 0);
    }

    void filtersByOwner()
    {
        RiskTableModel model;
        load(model);
        RiskFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QSignalSpy aboutToReset(&proxy, &QAbstractItemModel::modelAboutToBeReset);

        proxy.setOwner(u"ANNA"_s);
        QCOMPARE(names(proxy), (QStringList {u"Delta"_s, u"Charlie 9"_s}));
        QCOMPARE(proxy.countsByLevel(), counts(1, 1, 0));
        proxy.setOwner(u"Ben"_s);
        QCOMPARE(names(proxy), (QStringList {u"alpha"_s, u"Echo"_s}));
        proxy.setOwner(RiskFilterProxyModel::nobody());
        QCOMPARE(names(proxy), (QStringList {u"Charlie 10"_s, u"Bravo"_s}));
        QCOMPARE(proxy.countsByLevel(), counts(0, 1, 1));
        proxy.setOwner(u"Nobody here"_s);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.countsByLevel(), counts(0, 0, 0));
        proxy.setOwner({});
        QCOMPARE(proxy.rowCount(), 6);
        QCOMPARE(aboutToReset.count(), 0);
    }

    // The new warnings since the last look: only these customers, whatever else the filters say.
    void filtersByCustomerIds()
    {
        RiskTableModel model;
        load(model);
        RiskFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QSignalSpy aboutToReset(&proxy, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy countsChanged(&proxy, &RiskFilterProxyModel::countsByLevelChanged);
        // Ids of the rows Delta and Bravo, read from the model as the window reads them.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, RiskTableModel::NameColumn);
            if (index.data().toString() == u"Delta" || index.data().toString() == u"Bravo")
                ids.insert(
                    model.index(row, RiskTableModel::StatusColumn).data(RiskTableModel::CustomerIdRole).toLongLong());
        }
        QCOMPARE(ids.size(), 2);
        proxy.setCustomerIds(ids);
        QCOMPARE(names(proxy), (QStringList {u"Delta"_s, u"Bravo"_s}));
        QCOMPARE(proxy.countsByLevel().value(RiskLevel::Red) + proxy.countsByLevel().value(RiskLevel::Yellow)
                + proxy.countsByLevel().value(RiskLevel::Green),
            2);
        QVERIFY(countsChanged.count() > 0);
        proxy.setCustomerIds(QSet<qint64> {});
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setCustomerIds(std::nullopt);
        QCOMPARE(proxy.rowCount(), 6);
        QCOMPARE(aboutToReset.count(), 0);
    }

    void filtersBySearchText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("name") << u"charlie"_s << QStringList {u"Charlie 10"_s, u"Charlie 9"_s};
        QTest::addRow("name, other case") << u"ALPHA"_s << QStringList {u"alpha"_s};
        QTest::addRow("external id") << u"c9"_s << QStringList {u"Charlie 9"_s};
        QTest::addRow("external id, other case") << u"d1"_s << QStringList {u"Delta"_s};
        QTest::addRow("reason") << u"payment failed"_s << QStringList {u"alpha"_s};
        QTest::addRow("reason with white space") << u"  NPS "_s << QStringList {u"Charlie 10"_s};
        QTest::addRow("reason number") << u"70 days"_s << QStringList {u"Delta"_s};
        QTest::addRow("nothing") << u"zzz"_s << QStringList {};
        QTest::addRow("empty") << QString()
                               << QStringList {
                                      u"Delta"_s, u"alpha"_s, u"Charlie 10"_s, u"Charlie 9"_s, u"Bravo"_s, u"Echo"_s};
    }

    void filtersBySearchText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        RiskTableModel model;
        load(model);
        RiskFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QSignalSpy aboutToReset(&proxy, &QAbstractItemModel::modelAboutToBeReset);
        proxy.setSearchText(text);
        QCOMPARE(proxy.searchText(), text);
        QCOMPARE(names(proxy), expected);
        QCOMPARE(aboutToReset.count(), 0);
    }

    void combinesFilters()
    {
        RiskTableModel model;
        load(model);
        RiskFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QSignalSpy aboutToReset(&proxy, &QAbstractItemModel::modelAboutToBeReset);

        proxy.setLevels({RiskLevel::Yellow});
        proxy.setOwner(u"anna"_s);
        QCOMPARE(names(proxy), (QStringList {u"Charlie 9"_s}));
        QCOMPARE(proxy.countsByLevel(), counts(1, 1, 0));

        proxy.setOwner({});
        proxy.setSearchText(u"charlie"_s);
        proxy.setReviewStates({ReviewState::Open, ReviewState::Resolved});
        QCOMPARE(names(proxy), (QStringList {u"Charlie 10"_s, u"Charlie 9"_s}));
        proxy.sort(RiskTableModel::ScoreColumn);
        QCOMPARE(names(proxy), (QStringList {u"Charlie 9"_s, u"Charlie 10"_s}));
        proxy.setReviewStates({ReviewState::Open});
        QCOMPARE(names(proxy), (QStringList {u"Charlie 10"_s}));
        QCOMPARE(proxy.countsByLevel(), counts(0, 1, 0));

        proxy.setLevels({RiskLevel::Red});
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.countsByLevel(), counts(0, 1, 0));

        proxy.setLevels({});
        proxy.setSearchText({});
        proxy.setReviewStates({});
        QCOMPARE(proxy.rowCount(), 6);
        QCOMPARE(proxy.countsByLevel(), counts(2, 2, 2));
        QCOMPARE(aboutToReset.count(), 0);
    }

    void followsReviewChanges()
    {
        RiskTableModel model;
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model);
        RiskFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setReviewStates({ReviewState::Open});
        QCOMPARE(proxy.countsByLevel(), counts(1, 1, 1));
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        QSignalSpy countsChanged(&proxy, &RiskFilterProxyModel::countsByLevelChanged);
        QSignalSpy aboutToReset(&proxy, &QAbstractItemModel::modelAboutToBeReset);

        // Delta (id 105) is contacted: it leaves the open list.
        Review review = model.review(0);
        QCOMPARE(review.customerId, 105);
        review.state = ReviewState::Contacted;
        QVERIFY(model.setReview(105, review));
        QCOMPARE(names(proxy), (QStringList {u"Charlie 10"_s, u"Echo"_s}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(countsChanged.count(), 1);
        QCOMPARE(proxy.countsByLevel(), counts(0, 1, 1));

        // Bravo's snooze is lifted: it joins, in priority order.
        Review bravo = model.review(4);
        bravo.state = ReviewState::Open;
        bravo.owner = u"Dora"_s;
        QVERIFY(model.setReview(bravo.customerId, bravo));
        QCOMPARE(names(proxy), (QStringList {u"Charlie 10"_s, u"Bravo"_s, u"Echo"_s}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(proxy.countsByLevel(), counts(0, 1, 2));

        // A change that keeps the row in reaches the view as dataChanged.
        Review echo = model.review(5);
        echo.owner = u"Eve"_s;
        QVERIFY(model.setReview(echo.customerId, echo));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(proxy.index(2, RiskTableModel::OwnerColumn).data().toString(), u"Eve"_s);

        // Sorted by owner, the proxy re-sorts.
        proxy.setReviewStates({});
        proxy.sort(RiskTableModel::OwnerColumn);
        QCOMPARE(names(proxy).first(), u"Charlie 10"_s);
        Review charlie = model.review(2);
        charlie.owner = u"Zoe"_s;
        QVERIFY(model.setReview(charlie.customerId, charlie));
        QCOMPARE(names(proxy).last(), u"Charlie 10"_s);
        QCOMPARE(aboutToReset.count(), 0);
    }

    void followsSourceResets()
    {
        RiskTableModel model;
        load(model);
        RiskFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setOwner(u"Ben"_s);
        QCOMPARE(proxy.countsByLevel(), counts(1, 0, 1));
        QSignalSpy countsChanged(&proxy, &RiskFilterProxyModel::countsByLevelChanged);

        QList<Entry> list = entries();
        list[2].owner = u"Ben"_s;
        list.removeLast();
        load(model, list);
        QCOMPARE(countsChanged.count(), 1);
        QCOMPARE(names(proxy), (QStringList {u"alpha"_s, u"Charlie 10"_s}));
        QCOMPARE(proxy.countsByLevel(), counts(1, 1, 0));
        load(model, list);
        QCOMPARE(countsChanged.count(), 2);

        RiskTableModel other;
        proxy.setSourceModel(&other);
        QCOMPARE(proxy.countsByLevel(), counts(0, 0, 0));
        // The old source no longer reaches the proxy.
        const qsizetype before = countsChanged.count();
        load(model);
        QCOMPARE(countsChanged.count(), before);
    }

    // 100,000 rows: filtering, counting and sorting read prepared per-row data.
    void manyRows()
    {
        const QList<Entry> base = entries();
        QList<Entry> list;
        constexpr int Count = 100000;
        list.reserve(Count);
        for (int i = 0; i < Count; ++i) {
            Entry entry = base[i % base.size()];
            entry.externalId = u"X"_s + QString::number(i);
            list.append(entry);
        }
        RiskTableModel model;
        load(model, list);
        RiskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), Count);
        // Six customers repeated: the first four of them once more than the last two.
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(u"charlie"_s);
        QCOMPARE(proxy.rowCount(), 33334);
        proxy.setOwner(u"anna"_s);
        QCOMPARE(proxy.rowCount(), 16667);
        QCOMPARE(proxy.countsByLevel(), counts(0, 16667, 0));
        proxy.setOwner({});
        proxy.setSearchText(u"x4242"_s); // X4242 and X42420 to X42429
        QCOMPARE(proxy.rowCount(), 11);
        proxy.setSearchText({});
        proxy.setLevels({RiskLevel::Red});
        QCOMPARE(proxy.rowCount(), 33334);
        QCOMPARE(proxy.countsByLevel(), counts(33334, 33334, 33332));
        proxy.sort(RiskTableModel::ScoreColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, RiskTableModel::ScoreColumn).data(RiskTableModel::RawValueRole).toInt(), 95);
        qInfo("filtered, counted and sorted 100,000 rows in %lld ms", qint64(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestRiskFilterProxyModel)
#include "tst_riskfilterproxymodel.moc"
