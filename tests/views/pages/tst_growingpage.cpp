// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/dashboardengine.h"
#include "itemmodels/growingtablemodel.h"
#include "support/demofixture.h"
#include "support/testcase.h"
#include "views/pages/growingpage.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

// Four customers scored as of 31 March 2024; three of them growing, in findGrowing()'s order: Beta (a key
// account), Alpha, Gamma. Delta is not growing.
DashboardSnapshot smallSnapshot()
{
    auto data = std::make_shared<Dataset>();
    struct Row
    {
        qint64 id;
        const char *externalId;
        const char *name;
        const char *segment;
    };
    for (const Row &row : {Row {201, "A-1", "Alpha Bakery", "Retail"}, Row {202, "B-2", "Beta Builders", "Wholesale"},
             Row {203, "C-3", "Gamma Gardens", "Retail"}, Row {204, "D-4", "Delta Print", "Retail"}}) {
        MetricsCustomer customer;
        customer.id = row.id;
        customer.externalId = QString::fromLatin1(row.externalId);
        customer.name = QString::fromLatin1(row.name);
        customer.segment = QString::fromLatin1(row.segment);
        data->customers.append(customer);
    }
    DashboardSnapshot snapshot;
    snapshot.data = data;
    snapshot.currency = u"EUR"_s;
    snapshot.asOf = dayOf(QDate(2024, 3, 31));
    snapshot.segments = {u"Retail"_s, u"Wholesale"_s};
    for (int customer = 0; customer < data->customerCount(); ++customer) {
        CustomerRisk risk;
        risk.customer = customer;
        snapshot.risk.customers.append(risk);
    }
    snapshot.risk.asOf = snapshot.asOf;

    GrowingCustomer beta;
    beta.customer = 1;
    beta.keyAccount = true;
    beta.increaseMinor = 295000;
    beta.value12mMinor = 2000000;
    beta.reasons = {GrowthReason {GrowthCode::SpendingUp, {140.0, 210000.0, 505000.0}}};
    GrowingCustomer alpha;
    alpha.customer = 0;
    alpha.increaseMinor = 120000;
    alpha.value12mMinor = 800000;
    alpha.reasons = {GrowthReason {GrowthCode::ActivityUp, {80.0, 45.0, 25.0}}};
    GrowingCustomer gamma;
    gamma.customer = 2;
    gamma.level = RiskLevel::Yellow;
    gamma.increaseMinor = 30000;
    gamma.value12mMinor = 300000;
    gamma.reasons = {GrowthReason {GrowthCode::SpendingUp, {60.0, 50000.0, 80000.0}}};
    snapshot.growing = {beta, alpha, gamma};
    return snapshot;
}

QStringList namesShown(const QSortFilterProxyModel &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, GrowingTableModel::NameColumn).data().toString());
    return names;
}

} // namespace

// The growing customers beside the at-risk list: the rows, the summary, the filter, the segment column and a
// double click that asks for the customer's detail.
class TestGrowingPage : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<DashboardSnapshot> m_demo;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        auto snapshot = test::demoSnapshot(m_dir.path(), 300);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().text()));
        m_demo = std::move(snapshot.value());
        QVERIFY(m_demo->data);
        QVERIFY(!m_demo->growing.isEmpty());
    }

    void showsTheGrowingCustomers_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("small") << u"small"_s;
        QTest::newRow("demo") << u"demo"_s;
    }

    void showsTheGrowingCustomers()
    {
        QFETCH(QString, source);
        const DashboardSnapshot snapshot = source == u"demo"_s ? *m_demo : smallSnapshot();
        GrowingPage page;
        QAbstractItemModelTester modelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.view()->model(), page.proxy());
        QCOMPARE(page.proxy()->sourceModel(), page.model());
        QVERIFY(page.summary().isEmpty()); // nothing to say before a snapshot
        QSignalSpy reset(page.model(), &QAbstractItemModel::modelReset);

        page.setSnapshot(snapshot);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(page.model()->rowCount(), snapshot.growing.size());
        QCOMPARE(page.proxy()->rowCount(), snapshot.growing.size());
        // In findGrowing()'s order until a header is clicked.
        for (int row = 0; row < page.proxy()->rowCount(); ++row)
            QCOMPARE(page.proxy()->index(row, 0).data(GrowingTableModel::CustomerIndexRole).toInt(),
                snapshot.growing.at(row).customer);

        const QString counts
            = u"%1 of %2 customers are growing as of %3"_s.arg(QLocale().toString(qint64(snapshot.growing.size())),
                QLocale().toString(qint64(snapshot.risk.customers.size())),
                QLocale().toString(dateOf(snapshot.asOf), QLocale::ShortFormat));
        QVERIFY2(page.summary().startsWith(counts), qPrintable(page.summary() + u" / "_s + counts));
        if (source == u"small"_s)
            QVERIFY2(page.summary().startsWith(u"3 of 4 customers are growing as of 3/31/24:"_s),
                qPrintable(page.summary()));
        bool shown = false;
        for (const QLabel *label : page.findChildren<QLabel *>())
            shown = shown || label->text() == page.summary();
        QVERIFY(shown);
    }

    void theFilterNarrowsTheList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        const QStringList all {u"Beta Builders"_s, u"Alpha Bakery"_s, u"Gamma Gardens"_s};
        QTest::newRow("nothing") << QString() << all;
        QTest::newRow("part of a name") << u"build"_s << QStringList {u"Beta Builders"_s};
        QTest::newRow("any case") << u"GAMMA"_s << QStringList {u"Gamma Gardens"_s};
        QTest::newRow("in two names") << u"a b"_s << QStringList {u"Beta Builders"_s, u"Alpha Bakery"_s};
        QTest::newRow("spaces around") << u"  alpha "_s << QStringList {u"Alpha Bakery"_s};
        QTest::newRow("customer number") << u"c-3"_s << QStringList {u"Gamma Gardens"_s};
        QTest::newRow("a reason") << u"activity up"_s << QStringList {u"Alpha Bakery"_s};
        QTest::newRow("not growing") << u"delta"_s << QStringList();
        QTest::newRow("nobody") << u"zzz"_s << QStringList();
    }

    void theFilterNarrowsTheList()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        GrowingPage page;
        QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setSnapshot(smallSnapshot());
        QCOMPARE(page.proxy()->rowCount(), 3);
        auto *filter = page.findChild<QLineEdit *>();
        QVERIFY(filter);
        QTest::keyClicks(filter, text);
        QCOMPARE(filter->text(), text);
        QCOMPARE(namesShown(*page.proxy()), names);
        // The summary counts every growing customer, filtered or not; clearing the filter shows them again.
        QVERIFY2(page.summary().startsWith(u"3 of 4"_s), qPrintable(page.summary()));
        filter->clear();
        QCOMPARE(page.proxy()->rowCount(), 3);
    }

    // The demo business: a name typed narrows the list to the rows whose name contains it.
    void theFilterFindsADemoCustomer()
    {
        GrowingPage page;
        page.setSnapshot(*m_demo);
        const int all = page.proxy()->rowCount();
        QVERIFY(all > 0);
        const QString name = page.proxy()->index(all - 1, GrowingTableModel::NameColumn).data().toString();
        QVERIFY(!name.isEmpty());
        int named = 0; // the rows whose name contains it
        for (int row = 0; row < all; ++row)
            named += page.proxy()
                         ->index(row, GrowingTableModel::NameColumn)
                         .data()
                         .toString()
                         .contains(name, Qt::CaseInsensitive);
        QTest::keyClicks(page.findChild<QLineEdit *>(), name);
        QCOMPARE(page.proxy()->rowCount(), named);
        for (const QString &shown : namesShown(*page.proxy()))
            QVERIFY2(shown.contains(name, Qt::CaseInsensitive), qPrintable(shown));
    }

    void theSegmentColumnNeedsSegments_data()
    {
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<bool>("hidden");
        QTest::newRow("no segments") << QStringList() << true;
        QTest::newRow("segments") << QStringList {u"Retail"_s, u"Wholesale"_s} << false;
    }

    void theSegmentColumnNeedsSegments()
    {
        QFETCH(QStringList, segments);
        QFETCH(bool, hidden);
        GrowingPage page;
        // The other way first: the column follows each snapshot.
        DashboardSnapshot snapshot = smallSnapshot();
        snapshot.segments = hidden ? QStringList {u"Retail"_s} : QStringList();
        page.setSnapshot(snapshot);
        QCOMPARE(page.view()->isColumnHidden(GrowingTableModel::SegmentColumn), !hidden);
        snapshot.segments = segments;
        page.setSnapshot(snapshot);
        QCOMPARE(page.view()->isColumnHidden(GrowingTableModel::SegmentColumn), hidden);
        QVERIFY(!page.view()->isColumnHidden(GrowingTableModel::NameColumn));
    }

    void aRowAsksForItsCustomer_data()
    {
        QTest::addColumn<bool>("doubleClick");
        QTest::addColumn<int>("row");
        QTest::addColumn<qint64>("customerId");
        // Sorted by name, descending: Gamma, Beta, Alpha (not the model's order, Beta, Alpha, Gamma).
        QTest::newRow("activated, first row") << false << 0 << qint64(203);
        QTest::newRow("activated, last row") << false << 2 << qint64(201);
        QTest::newRow("double click, first row") << true << 0 << qint64(203);
        QTest::newRow("double click, middle row") << true << 1 << qint64(202);
    }

    void aRowAsksForItsCustomer()
    {
        QFETCH(bool, doubleClick);
        QFETCH(int, row);
        QFETCH(qint64, customerId);
        GrowingPage page;
        page.resize(900, 500);
        page.setSnapshot(smallSnapshot());
        page.view()->sortByColumn(GrowingTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(namesShown(*page.proxy()), (QStringList {u"Gamma Gardens"_s, u"Beta Builders"_s, u"Alpha Bakery"_s}));
        QSignalSpy requested(&page, &GrowingPage::customerRequested);
        const QModelIndex index = page.proxy()->index(row, GrowingTableModel::NameColumn);
        QCOMPARE(index.data(GrowingTableModel::CustomerIdRole).toLongLong(), customerId);
        if (doubleClick) {
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            const QRect rect = page.view()->visualRect(index);
            QVERIFY(rect.isValid());
            // A double click as the window system delivers it: a click, then the double click.
            QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(requested.count(), 0); // one click only selects
            QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, rect.center());
        } else {
            emit page.view()->activated(index);
        }
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.constFirst().constFirst().toLongLong(), customerId);
    }

    void saysWhenNobodyIsGrowing()
    {
        GrowingPage page;
        QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setSnapshot(smallSnapshot());
        QCOMPARE(page.proxy()->rowCount(), 3);
        DashboardSnapshot snapshot = smallSnapshot();
        snapshot.growing.clear();
        page.setSnapshot(snapshot);
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.proxy()->rowCount(), 0);
        QVERIFY2(
            page.summary().startsWith(u"No customer is clearly growing as of 3/31/24:"_s), qPrintable(page.summary()));
    }
};

QTEST_MAIN(TestGrowingPage)
#include "tst_growingpage.moc"
