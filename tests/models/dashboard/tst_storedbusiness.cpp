// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "dashboard/storedbusiness.h"
#include "storage/importstore.h"
#include "storage/metricsrepository.h"
#include "support/importfixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestStoredBusiness : public rd::test::TestCase
{
    Q_OBJECT

private:
    // Customers in two countries, some buying lately and some long ago.
    static std::unique_ptr<Database> business()
    {
        auto db = test::memoryDatabase();
        ImportStore store(*db);
        if (!store.begin(u"orders.csv"_s, u"orders"_s))
            qFatal("cannot begin");
        for (int customer = 0; customer < 12; ++customer) {
            const QString id = u"K%1"_s.arg(customer);
            CustomerRecord record;
            record.externalId = id;
            record.country = customer % 3 == 0 ? u"DE"_s : u"AT"_s;
            if (!store.upsertCustomer(record))
                qFatal("cannot store a customer");
            const int orders = customer % 4 + 2;
            for (int order = 0; order < orders; ++order) {
                OrderRecord o;
                o.customerExternalId = id;
                o.date = QDate(2024, 1, 1).addDays(customer * 20 + order * 45);
                o.amountMinor = 1000 * (customer + 1);
                o.currency = u"EUR"_s;
                o.dedupKey = u"%1-%2"_s.arg(id).arg(order);
                if (!store.addOrder(o))
                    qFatal("cannot store an order");
            }
        }
        if (!store.finish({}, {}))
            qFatal("cannot commit");
        return db;
    }

private slots:
    void loadsWhatTheDatabaseHolds()
    {
        auto db = business();
        RiskThresholds thresholds;
        thresholds.spendingDeclineRed = 65;
        QVERIFY(MetricsRepository::storeRiskThresholds(*db, thresholds, {u"spending_decline_red"_s}));
        auto loaded = StoredBusiness::load(*db);
        QVERIFY(loaded);
        QCOMPARE(loaded->data.customers.size(), std::size_t(12));
        QCOMPARE(loaded->thresholds.spendingDeclineRed, 65.0);
        QVERIFY(!loaded->demo);
        QCOMPARE(loaded->data.currency, u"EUR"_s);
    }

    void assessRiskKeepsTheFilteredCustomersAndCountsThem()
    {
        auto db = business();
        auto loaded = StoredBusiness::load(*db);
        QVERIFY(loaded);
        const Lifetimes lifetimes = computeLifetimes(loaded->data, loaded->settings, loaded->data.lastDay);
        const RiskReport everyone = assessRisk(loaded->data, lifetimes, loaded->thresholds, {}, {});
        QVERIFY(!everyone.customers.isEmpty());
        QCOMPARE(everyone.red + everyone.yellow + everyone.green, qint64(everyone.customers.size()));
        qsizetype shown = 0;
        for (const QString &country : {u"DE"_s, u"AT"_s, u"CH"_s}) {
            CustomerFilter filter;
            filter.country = country;
            const RiskReport report = assessRisk(loaded->data, lifetimes, loaded->thresholds, {}, filter);
            qsizetype expected = 0;
            qint64 red = 0;
            for (const CustomerRisk &risk : everyone.customers) {
                if (loaded->data.customers.at(risk.customer).country == country) {
                    ++expected;
                    red += risk.level == RiskLevel::Red ? 1 : 0;
                }
            }
            QCOMPARE(report.customers.size(), expected);
            QCOMPARE(report.red, red);
            QCOMPARE(report.red + report.yellow + report.green, qint64(expected));
            for (const CustomerRisk &risk : report.customers)
                QCOMPARE(loaded->data.customers.at(risk.customer).country, country);
            shown += report.customers.size();
        }
        QCOMPARE(shown, everyone.customers.size());
    }
};

QTEST_GUILESS_MAIN(TestStoredBusiness)
#include "tst_storedbusiness.moc"
