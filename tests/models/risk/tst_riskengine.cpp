// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QRegularExpression>
#include <QTest>

#include "support/riskfixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

// Spreads `events` over three days of the 90-day baseline (30 to 119 days before the as-of day).
void baselineEvents(Customer &customer, int events)
{
    const int ages[] = {30, 75, 119};
    for (int i = 0; i < 3; ++i) {
        const int share = events / 3 + (i < events % 3 ? 1 : 0);
        if (share > 0)
            DatasetBuilder::activityCount(customer, ago(ages[i]), share);
    }
}

} // namespace

// The engine's rules one signal at a time: each row a contract customer with the records of one story,
// and the level and reasons the engine gives it. The list as a whole is in tst_risklist, the thresholds
// and the reasons' words in tst_riskthresholds.
class TestRiskEngine : public rd::test::TestCase
{
    Q_OBJECT

private:
    static void addRuleColumns()
    {
        QTest::addColumn<CustomerSetup>("setup");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("reasons");
    }

    // One contract customer since 2023, seen on the as-of day unless `seenToday` is false, plus the row's setup:
    // its level and reasons (with their numbers) must be the row's.
    static void checkRule(bool seenToday = true)
    {
        QFETCH(CustomerSetup, setup);
        QFETCH(QString, level);
        QFETCH(QString, reasons);
        DatasetBuilder builder;
        Customer &customer = contractCustomer(builder, u"C"_s);
        if (seenToday)
            DatasetBuilder::contact(customer, AsOf);
        setup(customer);
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        VERIFY_CONSISTENT(report, data);
        QCOMPARE(report.asOf, dayOf(AsOf));
        QCOMPARE(report.customers.size(), 1);
        const CustomerRisk &risk = report.customers.constFirst();
        QCOMPARE(describe(risk.reasons), reasons);
        QCOMPARE(riskLevelName(risk.level), level);
    }

private slots:

    void inactivity_data()
    {
        addRuleColumns();
        const auto seen
            = [](int days) { return CustomerSetup([days](Customer &c) { DatasetBuilder::activity(c, ago(days)); }); };
        QTest::addRow("seen today") << seen(0) << u"green"_s << QString();
        QTest::addRow("29 days") << seen(29) << u"green"_s << QString();
        QTest::addRow("30 days") << seen(30) << u"yellow"_s << u"inactive yellow 30"_s;
        QTest::addRow("31 days") << seen(31) << u"yellow"_s << u"inactive yellow 31"_s;
        QTest::addRow("59 days") << seen(59) << u"yellow"_s << u"inactive yellow 59"_s;
        QTest::addRow("60 days") << seen(60) << u"red"_s << u"inactive red 60"_s;
        QTest::addRow("61 days") << seen(61) << u"red"_s << u"inactive red 61"_s;
        // A contract's payments come by themselves: they say nothing about whether the customer still uses it.
        QTest::addRow("a contract payment is no sign of use") << CustomerSetup([](Customer &c) {
            DatasetBuilder::activity(c, ago(70));
            DatasetBuilder::order(c, ago(10), 4900);
        }) << u"red"_s << u"inactive red 70"_s;
        QTest::addRow("the latest sign of any kind counts: a ticket") << CustomerSetup([](Customer &c) {
            DatasetBuilder::activity(c, ago(70));
            DatasetBuilder::ticket(c, ago(40), ago(12));
        }) << u"green"_s << QString();
        QTest::addRow("a refund is no sign of life") << CustomerSetup([](Customer &c) {
            DatasetBuilder::activity(c, ago(40));
            DatasetBuilder::order(c, ago(5), -4900);
        }) << u"yellow"_s << u"inactive yellow 40"_s;
        QTest::addRow("an unanswered survey is no sign of life") << CustomerSetup([](Customer &c) {
            DatasetBuilder::activity(c, ago(40));
            DatasetBuilder::survey(c, ago(5), true);
        }) << u"yellow"_s << u"inactive yellow 40"_s;
        QTest::addRow("a failed payment is no sign of life") << CustomerSetup([](Customer &c) {
            DatasetBuilder::activity(c, ago(65));
            DatasetBuilder::failedPayment(c, ago(70));
        }) << u"red"_s << u"inactive red 65"_s;
        QTest::addRow("activity after the as-of day is not looked at") << CustomerSetup([](Customer &c) {
            DatasetBuilder::activity(c, ago(45));
            DatasetBuilder::activity(c, AsOf.addDays(3));
        }) << u"yellow"_s << u"inactive yellow 45"_s;
    }

    void inactivity() { checkRule(false); }

    // For a customer without a contract an order is a sign of life like any other.
    void shopOrdersAreSignsOfLife()
    {
        DatasetBuilder builder;
        Customer &shop = builder.add(u"S"_s, QDate(2023, 1, 1));
        DatasetBuilder::activity(shop, ago(70));
        DatasetBuilder::order(shop, ago(10), 4900);
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        QCOMPARE(report.customers.size(), 1);
        QVERIFY2(!describe(report.customers.constFirst().reasons).contains(u"inactive"_s),
            qPrintable(describe(report.customers.constFirst().reasons)));
    }

    void activityDecline_data()
    {
        addRuleColumns();
        // Events in the 90-day baseline, events in the last 30 days (on the as-of day).
        const auto counts = [](int baseline, int recent) {
            return CustomerSetup([=](Customer &c) {
                baselineEvents(c, baseline);
                if (recent > 0)
                    DatasetBuilder::activityCount(c, AsOf, recent);
            });
        };
        // A baseline of 300 events is 100 a month: the events of the last 30 days are the percent kept.
        QTest::addRow("steady") << counts(300, 100) << u"green"_s << QString();
        QTest::addRow("more than before") << counts(300, 180) << u"green"_s << QString();
        QTest::addRow("49 %%") << counts(300, 51) << u"green"_s << QString();
        QTest::addRow("50 %%") << counts(300, 50) << u"yellow"_s << u"activity_decline yellow 50 50 100"_s;
        QTest::addRow("51 %%") << counts(300, 49) << u"yellow"_s << u"activity_decline yellow 51 49 100"_s;
        QTest::addRow("74 %%") << counts(300, 26) << u"yellow"_s << u"activity_decline yellow 74 26 100"_s;
        QTest::addRow("75 %%") << counts(300, 25) << u"red"_s << u"activity_decline red 75 25 100"_s;
        QTest::addRow("76 %%") << counts(300, 24) << u"red"_s << u"activity_decline red 76 24 100"_s;
        QTest::addRow("baseline one below the minimum") << counts(19, 1) << u"green"_s << QString();
        QTest::addRow("baseline at the minimum") << counts(20, 1) << u"red"_s << u"activity_decline red 85 1 6.66667"_s;
        QTest::addRow("several calls on one day add up") << CustomerSetup([](Customer &c) {
            baselineEvents(c, 300);
            DatasetBuilder::activityCount(c, AsOf, 20);
            DatasetBuilder::activityCount(c, AsOf, 30);
        }) << u"yellow"_s << u"activity_decline yellow 50 50 100"_s;
        QTest::addRow("29 days ago is recent") << CustomerSetup([](Customer &c) {
            baselineEvents(c, 300);
            DatasetBuilder::activityCount(c, ago(29), 50);
        }) << u"yellow"_s << u"activity_decline yellow 50 50 100"_s;
        QTest::addRow("120 days ago is before the baseline") << CustomerSetup([](Customer &c) {
            DatasetBuilder::activityCount(c, ago(120), 300);
            DatasetBuilder::activityCount(c, AsOf, 1);
        }) << u"green"_s << QString();
    }

    void activityDecline() { checkRule(); }

    void lowerOrderValue_data()
    {
        addRuleColumns();
        // Orders (minor units) on the days before the as-of day.
        const auto orders = [](const QList<std::pair<int, qint64>> &list) {
            return CustomerSetup([=](Customer &c) {
                for (const auto &[age, amount] : list)
                    DatasetBuilder::order(c, ago(age), amount);
            });
        };
        // Noted, never coloured: in hindsight these customers left no more often than green ones.
        QTest::addRow("as many orders, each 30 %% less") << orders({{150, 10000}, {120, 10000}, {60, 7000}, {30, 7000}})
                                                         << u"green"_s << u"lower_order_value green 30 10000 7000"_s;
        QTest::addRow("more orders, each 40 %% less") << orders({{150, 10000}, {50, 6000}, {30, 6000}, {10, 6000}})
                                                      << u"green"_s << u"lower_order_value green 40 10000 6000"_s;
        QTest::addRow("29 %% less") << orders({{150, 10000}, {30, 7100}}) << u"green"_s << QString();
        QTest::addRow("fewer orders: spending, not value")
            << orders({{150, 10000}, {120, 10000}, {100, 10000}, {30, 6000}}) << u"red"_s
            << u"spending_decline red 80 30000 6000"_s;
        QTest::addRow("said by spending decline already")
            << orders({{150, 10000}, {30, 4000}}) << u"yellow"_s << u"spending_decline yellow 60 10000 4000"_s;
        QTest::addRow("a refund is no cheaper order")
            << orders({{150, 10000}, {30, 10000}, {20, -3000}}) << u"green"_s << QString();
        QTest::addRow("orders of one day are one purchase")
            << orders({{150, 10000}, {30, 6000}, {30, 4000}}) << u"green"_s << QString();
        QTest::addRow("nothing before") << orders({{30, 1000}, {20, 1000}}) << u"green"_s << QString();
    }

    void lowerOrderValue() { checkRule(); }

    void lowerOrderValueCanBeTurnedOff()
    {
        DatasetBuilder builder;
        Customer &customer = contractCustomer(builder, u"C"_s);
        DatasetBuilder::contact(customer, AsOf);
        DatasetBuilder::order(customer, ago(150), 10000);
        DatasetBuilder::order(customer, ago(30), 1000);
        RiskThresholds thresholds = noLimits();
        thresholds.spendingDeclineYellow = 95;
        thresholds.spendingDeclineRed = 95;
        const Dataset data = builder.build();
        QCOMPARE(describe(score(data, thresholds).customers.constFirst().reasons),
            u"lower_order_value green 90 10000 1000"_s);
        thresholds.orderValueDecline = 100;
        QCOMPARE(describe(score(data, thresholds).customers.constFirst().reasons), QString());
    }

    void spendingDecline_data()
    {
        addRuleColumns();
        // Revenue (minor units) 120 days and 10 days before the as-of day.
        const auto spent = [](qint64 previous, qint64 last) {
            return CustomerSetup([=](Customer &c) {
                if (previous != 0)
                    DatasetBuilder::order(c, ago(120), previous);
                if (last != 0)
                    DatasetBuilder::order(c, ago(10), last);
            });
        };
        QTest::addRow("steady") << spent(100000, 100000) << u"green"_s << QString();
        // Not spending decline: one order each, the later worth 49 % less, is lower-value options, noted (below).
        QTest::addRow("49 %%") << spent(100000, 51000) << u"green"_s << u"lower_order_value green 49 100000 51000"_s;
        QTest::addRow("50 %%") << spent(100000, 50000) << u"yellow"_s << u"spending_decline yellow 50 100000 50000"_s;
        QTest::addRow("51 %%") << spent(100000, 49000) << u"yellow"_s << u"spending_decline yellow 51 100000 49000"_s;
        QTest::addRow("79 %%") << spent(100000, 21000) << u"yellow"_s << u"spending_decline yellow 79 100000 21000"_s;
        QTest::addRow("80 %%") << spent(100000, 20000) << u"red"_s << u"spending_decline red 80 100000 20000"_s;
        QTest::addRow("81 %%") << spent(100000, 19000) << u"red"_s << u"spending_decline red 81 100000 19000"_s;
        QTest::addRow("nothing in the last 90 days")
            << spent(100000, 0) << u"red"_s << u"spending_decline red 100 100000 0"_s;
        QTest::addRow("nothing before: a new customer") << spent(0, 50000) << u"green"_s << QString();
        QTest::addRow("issue example: 500 a month, then 100 a month") << CustomerSetup([](Customer &c) {
            for (int age : {155, 125, 95})
                DatasetBuilder::order(c, ago(age), 50000);
            for (int age : {65, 35, 5})
                DatasetBuilder::order(c, ago(age), 10000);
        }) << u"red"_s << u"spending_decline red 80 150000 30000"_s;
        QTest::addRow("90 days ago is the previous window") << CustomerSetup([](Customer &c) {
            DatasetBuilder::order(c, ago(90), 100000);
            DatasetBuilder::order(c, ago(89), 50000);
        }) << u"yellow"_s << u"spending_decline yellow 50 100000 50000"_s;
        QTest::addRow("180 days ago is before both windows") << CustomerSetup([](Customer &c) {
            DatasetBuilder::order(c, ago(180), 100000);
            DatasetBuilder::order(c, ago(10), 10000);
        }) << u"green"_s << QString();
        QTest::addRow("a refund lowers the last 90 days") << CustomerSetup([](Customer &c) {
            DatasetBuilder::order(c, ago(120), 100000);
            DatasetBuilder::order(c, ago(20), 60000);
            DatasetBuilder::order(c, ago(10), -40000);
        }) << u"red"_s << u"spending_decline red 80 100000 20000"_s;
        QTest::addRow("refunded in full before: no baseline") << CustomerSetup([](Customer &c) {
            DatasetBuilder::order(c, ago(120), 100000);
            DatasetBuilder::order(c, ago(110), -100000);
        }) << u"green"_s << QString();
        QTest::addRow("orders after the as-of day are not looked at") << CustomerSetup([](Customer &c) {
            DatasetBuilder::order(c, ago(120), 100000);
            DatasetBuilder::order(c, ago(10), 40000);
            DatasetBuilder::order(c, AsOf.addDays(1), 100000);
        }) << u"yellow"_s << u"spending_decline yellow 60 100000 40000"_s;
    }

    void spendingDecline() { checkRule(); }

    void support_data()
    {
        addRuleColumns();
        using S = MetricsSeverity;
        const auto open = [](S severity, bool complaint) {
            return CustomerSetup([=](Customer &c) { DatasetBuilder::ticket(c, ago(5), {}, severity, complaint); });
        };
        // Resolved tickets opened the given days ago.
        const auto resolved = [](std::initializer_list<int> ages) {
            const std::vector<int> list(ages);
            return CustomerSetup([list](Customer &c) {
                for (int age : list)
                    DatasetBuilder::ticket(c, ago(age), ago(age).addDays(1));
            });
        };
        QTest::addRow("no tickets") << CustomerSetup([](Customer &) {}) << u"green"_s << QString();
        QTest::addRow("one unresolved ticket") << open(S::Normal, false) << u"yellow"_s << u"open_tickets yellow 1"_s;
        QTest::addRow("unresolved low ticket") << open(S::Low, false) << u"yellow"_s << u"open_tickets yellow 1"_s;
        QTest::addRow("two unresolved tickets") << CustomerSetup([](Customer &c) {
            DatasetBuilder::ticket(c, ago(50));
            DatasetBuilder::ticket(c, ago(40));
        }) << u"yellow"_s << u"open_tickets yellow 2"_s;
        QTest::addRow("unresolved complaint") << open(S::Normal, true) << u"red"_s << u"open_complaint red 1"_s;
        QTest::addRow("unresolved high ticket") << open(S::High, false) << u"red"_s << u"open_complaint red 1"_s;
        QTest::addRow("unresolved critical ticket")
            << open(S::Critical, false) << u"red"_s << u"open_complaint red 1"_s;
        QTest::addRow("resolved complaint")
            << CustomerSetup([](Customer &c) { DatasetBuilder::ticket(c, ago(10), ago(3), S::Critical, true); })
            << u"green"_s << QString();
        QTest::addRow("complaint resolved after the as-of day")
            << CustomerSetup([](Customer &c) { DatasetBuilder::ticket(c, ago(10), AsOf.addDays(2), S::Normal, true); })
            << u"red"_s << u"open_complaint red 1"_s;
        QTest::addRow("ticket opened after the as-of day")
            << CustomerSetup([](Customer &c) { DatasetBuilder::ticket(c, AsOf.addDays(1), {}, S::Critical, true); })
            << u"green"_s << QString();
        QTest::addRow("2 tickets within 30 days") << resolved({29, 5}) << u"green"_s << QString();
        QTest::addRow("3 tickets within 30 days") << resolved({29, 15, 5}) << u"red"_s << u"many_tickets red 3 30"_s;
        QTest::addRow("3 tickets, one 30 days ago") << resolved({30, 15, 5}) << u"green"_s << QString();
        QTest::addRow("3 unresolved tickets") << CustomerSetup([](Customer &c) {
            for (int age : {20, 10, 2})
                DatasetBuilder::ticket(c, ago(age));
        }) << u"red"_s << u"many_tickets red 3 30; open_tickets yellow 3"_s;
    }

    void support() { checkRule(); }

    void satisfaction_data()
    {
        addRuleColumns();
        // Answers (NPS when nps, else CSAT) on the given days ago, oldest first; a score of -1 is no answer.
        struct Answer
        {
            int age;
            bool nps;
            int score;
            int scale = 0; // 0: NPS 10, CSAT 5
        };
        const auto answers = [](std::initializer_list<Answer> list) {
            const std::vector<Answer> all(list);
            return CustomerSetup([all](Customer &c) {
                for (const Answer &answer : all)
                    DatasetBuilder::survey(c, ago(answer.age), answer.nps, answer.score, answer.scale);
            });
        };
        QTest::addRow("no surveys") << answers({}) << u"green"_s << QString();
        QTest::addRow("NPS 7") << answers({{10, true, 7}}) << u"green"_s << QString();
        QTest::addRow("NPS 6") << answers({{10, true, 6}}) << u"yellow"_s << u"nps_low yellow 6"_s;
        QTest::addRow("NPS 4") << answers({{10, true, 4}}) << u"yellow"_s << u"nps_low yellow 4"_s;
        QTest::addRow("NPS 3") << answers({{10, true, 3}}) << u"red"_s << u"nps_low red 3"_s;
        QTest::addRow("NPS 0") << answers({{10, true, 0}}) << u"red"_s << u"nps_low red 0"_s;
        QTest::addRow("only the latest NPS counts")
            << answers({{100, true, 2}, {10, true, 9}}) << u"green"_s << QString();
        QTest::addRow("NPS fall of 2") << answers({{100, true, 10}, {10, true, 8}}) << u"green"_s << QString();
        QTest::addRow("NPS fall of 3") << answers({{100, true, 10}, {10, true, 7}}) << u"yellow"_s
                                       << u"nps_drop yellow 7 10"_s;
        QTest::addRow("NPS fall to a detractor")
            << answers({{100, true, 9}, {10, true, 6}}) << u"yellow"_s << u"nps_low yellow 6; nps_drop yellow 6 9"_s;
        QTest::addRow("NPS fall across the age limit")
            << answers({{366, true, 10}, {10, true, 7}}) << u"green"_s << QString();
        QTest::addRow("NPS 2 answered 365 days ago") << answers({{365, true, 2}}) << u"red"_s << u"nps_low red 2"_s;
        QTest::addRow("NPS 2 answered 366 days ago") << answers({{366, true, 2}}) << u"green"_s << QString();
        QTest::addRow("NPS after the as-of day") << answers({{-1, true, 0}}) << u"green"_s << QString();
        QTest::addRow("CSAT 4") << answers({{10, false, 4}}) << u"green"_s << QString();
        QTest::addRow("CSAT 3") << answers({{10, false, 3}}) << u"yellow"_s << u"csat_low yellow 3 5"_s;
        QTest::addRow("CSAT 2") << answers({{10, false, 2}}) << u"red"_s << u"csat_low red 2 5"_s;
        QTest::addRow("CSAT 1") << answers({{10, false, 1}}) << u"red"_s << u"csat_low red 1 5"_s;
        // On 1-10, compared on 1-5 (3 of 10 is 1.9, 5 of 10 is 2.8, 6 of 10 is 3.2) and told on its own scale.
        QTest::addRow("CSAT 3 of 10") << answers({{10, false, 3, 10}}) << u"red"_s << u"csat_low red 3 10"_s;
        QTest::addRow("CSAT 5 of 10") << answers({{10, false, 5, 10}}) << u"yellow"_s << u"csat_low yellow 5 10"_s;
        QTest::addRow("CSAT 6 of 10") << answers({{10, false, 6, 10}}) << u"green"_s << QString();
        QTest::addRow("CSAT does not hide a low NPS")
            << answers({{20, true, 3}, {10, false, 5}}) << u"red"_s << u"nps_low red 3"_s;
        QTest::addRow("one survey unanswered") << answers({{100, true, 9}, {10, true, -1}}) << u"green"_s << QString();
        QTest::addRow("last two surveys unanswered") << answers({{100, true, 9}, {50, false, -1}, {10, true, -1}})
                                                     << u"yellow"_s << u"surveys_unanswered yellow 2"_s;
        QTest::addRow("last three surveys unanswered") << answers({{90, true, -1}, {50, false, -1}, {10, true, -1}})
                                                       << u"yellow"_s << u"surveys_unanswered yellow 3"_s;
        QTest::addRow("two unanswered, then an answer")
            << answers({{90, true, -1}, {50, true, -1}, {10, false, 5}}) << u"green"_s << QString();
        QTest::addRow("two unanswered, one too old")
            << answers({{400, true, -1}, {10, true, -1}}) << u"green"_s << QString();
    }

    void satisfaction() { checkRule(); }

    void contract_data()
    {
        addRuleColumns();
        const auto renewalIn = [](int days, bool openTicket, bool complaint = false) {
            return CustomerSetup([=](Customer &c) {
                DatasetBuilder::renewal(c, AsOf.addDays(days));
                if (openTicket)
                    DatasetBuilder::ticket(c, ago(5), {}, MetricsSeverity::Normal, complaint);
            });
        };
        QTest::addRow("renewal in 10 days alone") << renewalIn(10, false) << u"green"_s << QString();
        QTest::addRow("renewal in 10 days, open ticket")
            << renewalIn(10, true) << u"red"_s << u"renewal_soon red 10; open_tickets yellow 1"_s;
        QTest::addRow("renewal in 30 days, open ticket")
            << renewalIn(30, true) << u"red"_s << u"renewal_soon red 30; open_tickets yellow 1"_s;
        QTest::addRow("renewal in 31 days, open ticket")
            << renewalIn(31, true) << u"yellow"_s << u"open_tickets yellow 1"_s;
        QTest::addRow("renewal today, open ticket")
            << renewalIn(0, true) << u"red"_s << u"renewal_soon red 0; open_tickets yellow 1"_s;
        QTest::addRow("renewal yesterday, open ticket")
            << renewalIn(-1, true) << u"yellow"_s << u"open_tickets yellow 1"_s;
        QTest::addRow("renewal with a red signal stays red")
            << renewalIn(10, true, true) << u"red"_s << u"open_complaint red 1; renewal_soon red 10"_s;

        const auto failedAgo = [](int days) {
            return CustomerSetup([days](Customer &c) { DatasetBuilder::failedPayment(c, ago(days)); });
        };
        QTest::addRow("failed payment 10 days ago") << failedAgo(10) << u"red"_s << u"failed_payment red 10"_s;
        QTest::addRow("failed payment 59 days ago") << failedAgo(59) << u"red"_s << u"failed_payment red 59"_s;
        QTest::addRow("failed payment 60 days ago") << failedAgo(60) << u"green"_s << QString();
        QTest::addRow("failed payment after the as-of day") << failedAgo(-1) << u"green"_s << QString();
        QTest::addRow("failed payment, paid since") << CustomerSetup([](Customer &c) {
            DatasetBuilder::failedPayment(c, ago(10));
            DatasetBuilder::order(c, ago(5), 4900);
        }) << u"green"_s << QString();
        QTest::addRow("failed payment, paid before only") << CustomerSetup([](Customer &c) {
            DatasetBuilder::order(c, ago(20), 4900);
            DatasetBuilder::failedPayment(c, ago(10));
        }) << u"red"_s << u"failed_payment red 10"_s;
        QTest::addRow("failed payment, a refund since is no payment") << CustomerSetup([](Customer &c) {
            DatasetBuilder::failedPayment(c, ago(10));
            DatasetBuilder::order(c, ago(5), -4900);
        }) << u"red"_s << u"failed_payment red 10"_s;
        QTest::addRow("failed payment, paid after the as-of day") << CustomerSetup([](Customer &c) {
            DatasetBuilder::failedPayment(c, ago(10));
            DatasetBuilder::order(c, AsOf.addDays(1), 4900);
        }) << u"red"_s << u"failed_payment red 10"_s;
    }

    void contract() { checkRule(); }

    void noDataNoSignal_data()
    {
        addRuleColumns();
        QTest::addRow("no records at all") << CustomerSetup([](Customer &) {}) << u"green"_s << QString();
        QTest::addRow("only steady orders") << CustomerSetup([](Customer &c) {
            for (int age = 5; age < 400; age += 30)
                DatasetBuilder::order(c, ago(age), 4900);
        }) << u"green"_s << QString();
        QTest::addRow("only steady activity") << CustomerSetup([](Customer &c) {
            for (int age = 0; age < 200; age += 7)
                DatasetBuilder::activityCount(c, ago(age), 10);
        }) << u"green"_s << QString();
        QTest::addRow("only resolved tickets")
            << CustomerSetup([](Customer &c) { DatasetBuilder::ticket(c, ago(20), ago(18)); }) << u"green"_s
            << QString();
        QTest::addRow("only a good survey")
            << CustomerSetup([](Customer &c) { DatasetBuilder::survey(c, ago(3), true, 9); }) << u"green"_s
            << QString();
        QTest::addRow("only a renewal") << CustomerSetup([](Customer &c) { DatasetBuilder::renewal(c, AsOf); })
                                        << u"green"_s << QString();
    }

    // A customer without records of a kind gets no reason of that kind; here, with no sign of life either.
    void noDataNoSignal()
    {
        checkRule(false);
        if (QTest::currentTestFailed())
            return;
        // Also within a report of customers who do have signals.
        DatasetBuilder builder;
        contractCustomer(builder, u"Silent"_s);
        Customer &loud = contractCustomer(builder, u"Loud"_s);
        DatasetBuilder::ticket(loud, ago(3), {}, MetricsSeverity::Critical, true);
        DatasetBuilder::survey(loud, ago(3), true, 1);
        DatasetBuilder::activity(loud, ago(45));
        Customer &shopper = contractCustomer(builder, u"Shopper"_s);
        DatasetBuilder::order(shopper, ago(100), 100000);
        DatasetBuilder::order(shopper, ago(1), 1000);
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        VERIFY_CONSISTENT(report, data);
        const CustomerRisk *silentRisk = find(report, data, u"Silent"_s);
        QVERIFY(silentRisk);
        QCOMPARE(silentRisk->level, RiskLevel::Green);
        QVERIFY(silentRisk->reasons.isEmpty());
        QCOMPARE(silentRisk->lastSignOfLife, NoDay);
        const CustomerRisk *shopperRisk = find(report, data, u"Shopper"_s);
        QVERIFY(shopperRisk);
        QCOMPARE(describe(shopperRisk->reasons), u"spending_decline red 99 100000 1000"_s);
        const CustomerRisk *loudRisk = find(report, data, u"Loud"_s);
        QVERIFY(loudRisk);
        QVERIFY(!hasReason(*loudRisk, ReasonCode::SpendingDecline));
        QVERIFY(!hasReason(*loudRisk, ReasonCode::ActivityDecline));
        QVERIFY(!hasReason(*loudRisk, ReasonCode::FailedPayment));
    }

    void purchaseRhythm_data()
    {
        QTest::addColumn<double>("chance"); // of no order in 90 days; below 0: no model estimate
        QTest::addColumn<int>("orders"); // on 100 and 79 days before the as-of day, or only the first; 3: 30, 10
        QTest::addColumn<qint64>("amount"); // of each order
        QTest::addColumn<double>("valueWeight");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("expectedScore");
        QTest::addColumn<QString>("reasons");
        // Alone in the list the customer's value is the median: without orders' value the score is the chance.
        QTest::addRow("likely to buy") << 0.3 << 2 << qint64(0) << 1.0 << u"green"_s << 30 << QString();
        QTest::addRow("just below yellow") << 0.399 << 2 << qint64(0) << 1.0 << u"green"_s << 40 << QString();
        QTest::addRow("yellow") << 0.41 << 2 << qint64(0) << 1.0 << u"yellow"_s << 41
                                << u"purchase_rhythm yellow 41 79 21"_s;
        QTest::addRow("just below red") << 0.599 << 2 << qint64(0) << 1.0 << u"yellow"_s << 60
                                        << u"purchase_rhythm yellow 59.9 79 21"_s;
        QTest::addRow("red") << 0.61 << 2 << qint64(0) << 1.0 << u"red"_s << 61 << u"purchase_rhythm red 61 79 21"_s;
        QTest::addRow("one order") << 0.9 << 1 << qint64(0) << 1.0 << u"red"_s << 90
                                   << u"purchase_rhythm red 90 100 0"_s;
        // With a value, the customer is the median: z = logit(0.8) - ln 2, a score of 66.7.
        QTest::addRow("value lowers the score")
            << 0.8 << 2 << qint64(5000) << 1.0 << u"red"_s << 67 << u"purchase_rhythm red 80 79 21"_s;
        QTest::addRow("value weight 2") << 0.8 << 2 << qint64(5000) << 2.0 << u"yellow"_s << 50
                                        << u"purchase_rhythm yellow 80 79 21"_s;
        QTest::addRow("value weight 0") << 0.8 << 2 << qint64(5000) << 0.0 << u"red"_s << 80
                                        << u"purchase_rhythm red 80 79 21"_s;
        // Not overdue: ten days after an order, usually every 20 days. The score stands, the colour waits.
        QTest::addRow("not overdue") << 0.9 << 3 << qint64(0) << 1.0 << u"green"_s << 90 << QString();
        // Without an estimate (no model fit), the fixed days apply to the orders.
        QTest::addRow("no estimate") << -1.0 << 2 << qint64(5000) << 1.0 << u"red"_s << 30 << u"inactive red 79"_s;
    }

    void purchaseRhythm()
    {
        QFETCH(double, chance);
        QFETCH(int, orders);
        QFETCH(qint64, amount);
        QFETCH(double, valueWeight);
        QFETCH(QString, level);
        QFETCH(int, expectedScore);
        QFETCH(QString, reasons);
        DatasetBuilder builder;
        Customer &buyer = builder.add(u"Buyer"_s, QDate(2023, 1, 1));
        if (orders == 3) {
            DatasetBuilder::order(buyer, ago(30), amount);
            DatasetBuilder::order(buyer, ago(10), amount);
        } else {
            DatasetBuilder::order(buyer, ago(100), amount);
            if (orders > 1)
                DatasetBuilder::order(buyer, ago(79), amount);
        }
        const Dataset data = builder.build();
        AliveEstimate estimate;
        if (chance >= 0)
            estimate.noPurchase90 = chance;
        const std::vector<AliveEstimate> alive {estimate};
        RiskThresholds thresholds = noLimits();
        thresholds.valueWeight = valueWeight;
        const RiskReport report = score(data, thresholds, alive);
        VERIFY_CONSISTENT(report, data);
        QCOMPARE(report.customers.size(), 1);
        const CustomerRisk &risk = report.customers.constFirst();
        QCOMPARE(describe(risk.reasons), reasons);
        QCOMPARE(riskLevelName(risk.level), level);
        QCOMPARE(risk.score, expectedScore);
    }
};

QTEST_GUILESS_MAIN(TestRiskEngine)
#include "tst_riskengine.moc"
