// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "risk/growth.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
const QDate AsOf(2024, 6, 30);

// One customer whose orders of the 90 days before (days 90-179 ago) and of the last 90 days add up to these
// amounts (minor units), and whose activity has these events in the 90 days before the last 30 and in them.
struct Shape
{
    qint64 before = 0;
    qint64 recent = 0;
    int eventsBefore = 0;
    int eventsRecent = 0;
};

Dataset datasetOf(const QList<Shape> &shapes)
{
    Dataset data;
    data.currency = u"EUR"_s;
    data.orderOffsets = {0};
    data.activityOffsets = {0};
    for (const Shape &shape : shapes) {
        MetricsCustomer customer;
        customer.id = data.customers.size() + 1;
        customer.externalId = u"C%1"_s.arg(customer.id);
        data.customers.append(customer);
        if (shape.before > 0)
            data.orders.push_back({dayOf(AsOf) - 120, shape.before});
        if (shape.recent > 0)
            data.orders.push_back({dayOf(AsOf) - 10, shape.recent});
        data.orderOffsets.push_back(qint64(data.orders.size()));
        if (shape.eventsBefore > 0)
            data.activity.push_back({dayOf(AsOf) - 60, shape.eventsBefore});
        if (shape.eventsRecent > 0)
            data.activity.push_back({dayOf(AsOf) - 5, shape.eventsRecent});
        data.activityOffsets.push_back(qint64(data.activity.size()));
    }
    return data;
}

RiskReport reportOf(const Dataset &data, const QList<bool> &keyAccounts = {})
{
    RiskReport report;
    report.asOf = dayOf(AsOf);
    for (int i = 0; i < data.customerCount(); ++i) {
        CustomerRisk risk;
        risk.customer = i;
        risk.keyAccount = keyAccounts.value(i);
        report.customers.append(risk);
    }
    return report;
}
} // namespace

// Who is growing: spending or activity clearly up, over the same windows the light's decline signals use.
class TestGrowth : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void thresholds_data()
    {
        QTest::addColumn<qint64>("before");
        QTest::addColumn<qint64>("recent");
        QTest::addColumn<int>("eventsBefore");
        QTest::addColumn<int>("eventsRecent");
        QTest::addColumn<QStringList>("codes");
        const QStringList none;
        QTest::newRow("spending up 140 %") << qint64(21000) << qint64(50400) << 0 << 0 << QStringList {u"spending"_s};
        QTest::newRow("spending up exactly 50 %")
            << qint64(20000) << qint64(30000) << 0 << 0 << QStringList {u"spending"_s};
        QTest::newRow("spending up 49 %") << qint64(20000) << qint64(29800) << 0 << 0 << none;
        QTest::newRow("no order before: new, not growing") << qint64(0) << qint64(50000) << 0 << 0 << none;
        QTest::newRow("spending down") << qint64(50000) << qint64(10000) << 0 << 0 << none;
        QTest::newRow("activity doubled") << qint64(0) << qint64(0) << 30 << 20 << QStringList {u"activity"_s};
        QTest::newRow("activity up, too little before") << qint64(0) << qint64(0) << 15 << 40 << none;
        QTest::newRow("both") << qint64(10000) << qint64(20000) << 60 << 40
                              << QStringList {u"spending"_s, u"activity"_s};
    }

    void thresholds()
    {
        QFETCH(qint64, before);
        QFETCH(qint64, recent);
        QFETCH(int, eventsBefore);
        QFETCH(int, eventsRecent);
        QFETCH(QStringList, codes);
        const Dataset data = datasetOf({{before, recent, eventsBefore, eventsRecent}});
        const QList<GrowingCustomer> growing = findGrowing(data, reportOf(data));
        QStringList found;
        for (const GrowingCustomer &customer : growing) {
            for (const GrowthReason &reason : customer.reasons)
                found.append(reason.code == GrowthCode::SpendingUp ? u"spending"_s : u"activity"_s);
        }
        QCOMPARE(found, codes);
    }

    void explainsInNumbers()
    {
        const Dataset data = datasetOf({{21000, 50400, 30, 20}});
        const QList<GrowingCustomer> growing = findGrowing(data, reportOf(data));
        QCOMPARE(growing.size(), 1);
        QCOMPARE(growing.at(0).increaseMinor, 29400);
        QCOMPARE(GrowthText::reason(growing.at(0).reasons.at(0), u"EUR"_s, QLocale::c()),
            u"spending up 140 % (210.00 EUR → 504.00 EUR per 90 days)"_s);
        QCOMPARE(GrowthText::reason(growing.at(0).reasons.at(1), u"EUR"_s, QLocale::c()),
            u"activity up 100 % (20 events in the last 30 days, 10.0 a month before)"_s);
    }

    void keyAccountsFirstThenTheIncrease()
    {
        const Dataset data = datasetOf({{10000, 20000, 0, 0}, {10000, 40000, 0, 0}, {10000, 15000, 0, 0}});
        const QList<GrowingCustomer> growing = findGrowing(data, reportOf(data, {false, false, true}));
        QCOMPARE(growing.size(), 3);
        QCOMPARE(growing.at(0).customer, 2); // the key account, though it grew least
        QCOMPARE(growing.at(1).customer, 1);
        QCOMPARE(growing.at(2).customer, 0);
    }
};

QTEST_GUILESS_MAIN(TestGrowth)
#include "tst_growth.moc"
