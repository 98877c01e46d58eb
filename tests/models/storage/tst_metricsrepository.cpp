// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTemporaryDir>
#include <QTest>

#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/metricsrepository.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
QList<QDate> dates(std::span<const Day> days)
{
    QList<QDate> result;
    for (Day day : days)
        result.append(dateOf(day));
    return result;
}
} // namespace

class TestMetricsRepository : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void loadsWhatTheEngineNeeds_data()
    {
        // A file's orders are read on a second connection meanwhile; an in-memory database has only one.
        QTest::addColumn<bool>("inMemory");
        QTest::addRow("file") << false;
        QTest::addRow("in memory") << true;
    }

    void loadsWhatTheEngineNeeds()
    {
        QFETCH(bool, inMemory);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = Database::open(inMemory ? u":memory:"_s : dir.filePath(u"shop.sqlite"_s));
        QVERIFY(opened);
        Database &db = **opened;
        {
            ImportStore store(db);
            QVERIFY(store.begin(u"test"_s, u"demo"_s));
            CustomerRecord pro;
            pro.externalId = u"K2"_s;
            pro.name = u"Pro GmbH"_s;
            pro.segment = u"B2B"_s;
            pro.plan = u"Pro"_s;
            pro.mrrMinor = 4900;
            pro.signupDate = QDate(2024, 1, 1);
            pro.cancelDate = QDate(2024, 6, 30);
            pro.renewalDate = QDate(2024, 7, 1);
            QVERIFY(store.upsertCustomer(pro));
            const auto order
                = [&](const QString &customer, QDate date, qint64 amount, OrderStatus status, const QString &ref) {
                      return store.addOrder({customer, date, amount, u"EUR"_s, status, ref, ref});
                  };
            QVERIFY(order(u"K1"_s, QDate(2024, 3, 5), 2500, OrderStatus::Paid, u"R3"_s));
            QVERIFY(order(u"K1"_s, QDate(2024, 1, 5), 1000, OrderStatus::Paid, u"R1"_s));
            QVERIFY(order(u"K1"_s, QDate(2024, 2, 5), 9999, OrderStatus::Failed, u"R2"_s)); // not revenue
            QVERIFY(order(u"K1"_s, QDate(2024, 3, 6), -500, OrderStatus::Paid, u"R4"_s)); // a refund
            QVERIFY(order(u"K1"_s, QDate(2024, 3, 20), 0, OrderStatus::Paid, u"R5"_s)); // free goods: engagement
            QVERIFY(store.addActivity({u"K1"_s, QDate(2024, 2, 10), u"login"_s, 2}));
            QVERIFY(store.addActivity({u"K1"_s, QDate(2024, 3, 5), u"visit"_s, 1})); // same day as an order
            QVERIFY(store.upsertTicket({u"K2"_s, QDate(2024, 4, 1), QDate(2024, 4, 3), TicketSeverity::Normal, false,
                u"Frage"_s, u"T1"_s, u"T1"_s}));
            QVERIFY(store.upsertSurvey({u"K2"_s, QDate(2024, 5, 2), SurveyKind::Nps, 9}));
            QVERIFY(store.upsertSurvey({u"K2"_s, QDate(2024, 5, 20), SurveyKind::Csat, std::nullopt})); // unanswered
            QVERIFY(store.upsertTicket(
                {u"K1"_s, QDate(2024, 3, 1), QDate(), TicketSeverity::High, true, u"Kaputt"_s, u"T2"_s, u"T2"_s}));
            QVERIFY(store.finish({}, {1, 0, 0}));
        }
        auto loaded = MetricsRepository::load(db);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
        const Dataset &data = *loaded;
        QCOMPARE(data.customerCount(), 2);
        const int k2 = data.customers.at(0).externalId == u"K2" ? 0 : 1;
        const int k1 = 1 - k2;
        const MetricsCustomer &pro = data.customers.at(k2);
        QCOMPARE(pro.name, u"Pro GmbH"_s);
        QCOMPARE(pro.segment, u"B2B"_s);
        QVERIFY(pro.hasContract);
        QCOMPARE(pro.mrrMinor, 4900);
        QCOMPARE(dateOf(pro.signup), QDate(2024, 1, 1));
        QCOMPARE(dateOf(pro.cancel), QDate(2024, 6, 30));
        QVERIFY(!data.customers.at(k1).hasContract);

        const auto orders = data.ordersOf(k1);
        QCOMPARE(orders.size(), std::size_t(4));
        QCOMPARE(dateOf(orders[0].day), QDate(2024, 1, 5));
        QCOMPARE(orders[2].amountMinor, -500);
        QCOMPARE(dates(data.engagementOf(k1)),
            (QList<QDate> {QDate(2024, 1, 5), QDate(2024, 2, 10), QDate(2024, 3, 5), QDate(2024, 3, 20)}));
        QCOMPARE(dates(data.contactsOf(k2)), (QList<QDate> {QDate(2024, 4, 1), QDate(2024, 4, 3), QDate(2024, 5, 2)}));
        QCOMPARE(dateOf(pro.renewal), QDate(2024, 7, 1));
        QCOMPARE(dates(data.failedPaymentsOf(k1)), QList<QDate> {QDate(2024, 2, 5)});
        const auto activity = data.activityOf(k1);
        QCOMPARE(activity.size(), std::size_t(2));
        QCOMPARE(activity[0].count, 2);
        QCOMPARE(dateOf(activity[1].day), QDate(2024, 3, 5));
        const auto tickets = data.ticketsOf(k1);
        QCOMPARE(tickets.size(), std::size_t(1));
        QVERIFY(tickets[0].complaint);
        QCOMPARE(tickets[0].severity, MetricsSeverity::High);
        QCOMPARE(tickets[0].closed, NoDay);
        const auto surveys = data.surveysOf(k2);
        QCOMPARE(surveys.size(), std::size_t(2));
        QCOMPARE(surveys[0].score, 9);
        QVERIFY(!surveys[1].nps);
        QCOMPARE(surveys[1].score, -1);
        QCOMPARE(dateOf(data.firstDay), QDate(2024, 1, 1));
        QCOMPARE(dateOf(data.lastDay), QDate(2024, 6, 30));
        QCOMPARE(data.currency, u"EUR"_s);
    }

    void settings_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("window");
        QTest::addColumn<bool>("valid");
        QTest::addRow("defaults") << QString() << QString() << true;
        QTest::addRow("activity, 60 days") << u"activity"_s << u"60"_s << true;
        QTest::addRow("unknown model") << u"maybe"_s << QString() << false;
        QTest::addRow("zero window") << QString() << u"0"_s << false;
        QTest::addRow("text window") << QString() << u"ninety"_s << false;
    }

    void settings()
    {
        QFETCH(QString, model);
        QFETCH(QString, window);
        QFETCH(bool, valid);
        auto opened = Database::open(u":memory:"_s);
        QVERIFY(opened);
        if (!model.isEmpty())
            QVERIFY((*opened)->setSetting(u"churn_model"_s, model));
        if (!window.isEmpty())
            QVERIFY((*opened)->setSetting(u"inactivity_days"_s, window));
        auto settings = MetricsRepository::lifetimeSettings(**opened);
        QCOMPARE(settings.ok(), valid);
        if (valid && model.isEmpty()) {
            QCOMPARE(settings->model, ChurnModel::Auto);
            QCOMPARE(settings->inactivityDays, 90);
        } else if (valid) {
            QCOMPARE(settings->model, ChurnModel::Activity);
            QCOMPARE(settings->inactivityDays, 60);
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricsRepository)
#include "tst_metricsrepository.moc"
