// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <algorithm>
#include <functional>
#include <set>

#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include "../metrics/datasetbuilder.h"
#include "demo/demodatabase.h"
#include "demo/demogenerator.h"
#include "risk/riskengine.h"
#include "storage/database.h"
#include "storage/metricsrepository.h"

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::DatasetBuilder;

namespace {

using Customer = DatasetBuilder::Customer;
// Adds to the customer under test what a row is about.
using CustomerSetup = std::function<void(Customer &)>;
// Adds whole customers, for rows about who is listed at all.
using BuilderSetup = std::function<void(DatasetBuilder &)>;

const QDate AsOf(2024, 6, 30);

QDate ago(int days)
{
    return AsOf.addDays(-days);
}

// The thresholds without share limits: the rule tests look at one signal at a time in lists of a few
// customers (shareLimits tests the limits).
RiskThresholds noLimits()
{
    RiskThresholds thresholds;
    thresholds.redShareMax = 1;
    thresholds.yellowShareMax = 1;
    return thresholds;
}

RiskReport score(
    const Dataset &data, const RiskThresholds &thresholds = noLimits(), std::span<const AliveEstimate> alive = {})
{
    return scoreCustomers(data, computeLifetimes(data, {}, dayOf(AsOf)), thresholds, alive);
}

const CustomerRisk *find(const RiskReport &report, const Dataset &data, const QString &id)
{
    for (const CustomerRisk &risk : report.customers) {
        if (data.customers.at(risk.customer).externalId == id)
            return &risk;
    }
    return nullptr;
}

// "open_tickets yellow 2; nps_low yellow 6": what the rows compare, numbers included.
QString describe(const QList<Reason> &reasons)
{
    QStringList parts;
    for (const Reason &reason : reasons) {
        QString part = reasonCodeName(reason.code) + u' ' + riskLevelName(reason.level);
        for (double number : reason.numbers)
            part += u' ' + QString::number(number);
        parts.append(part);
    }
    return parts.join(u"; "_s);
}

bool hasReason(const CustomerRisk &risk, const std::function<bool(const Reason &)> &test)
{
    return std::any_of(risk.reasons.cbegin(), risk.reasons.cend(), test);
}

bool hasReason(const CustomerRisk &risk, ReasonCode code)
{
    return hasReason(risk, [code](const Reason &reason) { return reason.code == code; });
}

// What every report must satisfy; empty when it does. A colour without a reason would be a bug.
QString inconsistencies(const RiskReport &report, const Dataset &data)
{
    QStringList problems;
    qint64 counts[3] = {0, 0, 0};
    for (qsizetype i = 0; i < report.customers.size(); ++i) {
        const CustomerRisk &risk = report.customers.at(i);
        const QString id = data.customers.at(risk.customer).externalId;
        ++counts[int(risk.level)];
        // A green customer may show signals that the share limits (or the rhythm score) left green.
        if (risk.level == RiskLevel::Green
            && hasReason(risk, [](const Reason &r) { return r.level != RiskLevel::Green; }))
            problems.append(id + u": green with reasons "_s + describe(risk.reasons));
        if (risk.level != RiskLevel::Green && risk.reasons.isEmpty())
            problems.append(id + u": "_s + riskLevelName(risk.level) + u" without a reason"_s);
        RiskLevel worst = RiskLevel::Green;
        for (qsizetype r = 0; r < risk.reasons.size(); ++r) {
            worst = std::max(worst, risk.reasons.at(r).level);
            if (r > 0 && risk.reasons.at(r).level > risk.reasons.at(r - 1).level)
                problems.append(id + u": reasons not worst first: "_s + describe(risk.reasons));
        }
        if (worst != risk.level)
            problems.append(id + u": level is not the worst reason's"_s);
        if (risk.score < 0 || risk.score > 100 || (risk.score == 0 && risk.level != RiskLevel::Green))
            problems.append(id + u": score "_s + QString::number(risk.score));
        const qint64 atRisk = risk.level == RiskLevel::Green ? 0 : std::max<qint64>(risk.value12mMinor, 0);
        if (risk.valueAtRiskMinor != atRisk)
            problems.append(id + u": value at risk "_s + QString::number(risk.valueAtRiskMinor));
        if (i > 0) {
            const CustomerRisk &before = report.customers.at(i - 1);
            const bool ordered = before.level != risk.level        ? before.level > risk.level
                : before.keyAccount != risk.keyAccount             ? before.keyAccount
                : before.valueAtRiskMinor != risk.valueAtRiskMinor ? before.valueAtRiskMinor > risk.valueAtRiskMinor
                                                                   : before.score >= risk.score;
            if (!ordered)
                problems.append(id + u": out of priority order"_s);
        }
    }
    if (report.green != counts[0] || report.yellow != counts[1] || report.red != counts[2])
        problems.append(u"level counts do not match the list"_s);
    return problems.join(u'\n');
}

#define VERIFY_CONSISTENT(report, data)                                                                                \
    do {                                                                                                               \
        const QString problems = inconsistencies(report, data);                                                        \
        QVERIFY2(problems.isEmpty(), qPrintable(problems));                                                            \
    } while (false)

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

DatasetBuilder::Customer &contractCustomer(DatasetBuilder &builder, const QString &id)
{
    return builder.add(id, QDate(2023, 1, 1), {}, true);
}

} // namespace

Q_DECLARE_METATYPE(CustomerSetup)
Q_DECLARE_METATYPE(BuilderSetup)
Q_DECLARE_METATYPE(rd::ReasonCode)

class TestRiskEngine : public QObject
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
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

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
        QTest::addRow("49 %%") << spent(100000, 51000) << u"green"_s << QString();
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
        };
        const auto answers = [](std::initializer_list<Answer> list) {
            const std::vector<Answer> all(list);
            return CustomerSetup([all](Customer &c) {
                for (const Answer &answer : all)
                    DatasetBuilder::survey(c, ago(answer.age), answer.nps, answer.score);
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
        QTest::addRow("CSAT 3") << answers({{10, false, 3}}) << u"yellow"_s << u"csat_low yellow 3"_s;
        QTest::addRow("CSAT 2") << answers({{10, false, 2}}) << u"red"_s << u"csat_low red 2"_s;
        QTest::addRow("CSAT 1") << answers({{10, false, 1}}) << u"red"_s << u"csat_low red 1"_s;
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

    // Red and yellow stay within their shares of the list; serious evidence counts but is never moved.
    void shareLimits_data()
    {
        QTest::addColumn<double>("redShare");
        QTest::addColumn<double>("yellowShare");
        QTest::addColumn<QString>("red"); // the customers' chances in percent, in list order
        QTest::addColumn<QString>("yellow");
        // 20 shoppers with chances 5 % to 100 % and a complaint (30 points, listed after higher scores): 21 listed,
        // 3 red places, 5 yellow ones.
        QTest::addRow("defaults") << 0.15 << 0.25 << u"100 95 complaint"_s << u"90 85 80 75 70"_s;
        QTest::addRow("no limits") << 1.0 << 1.0 << u"100 95 90 85 80 75 70 65 60 complaint"_s << u"55 50 45 40"_s;
        QTest::addRow("no red from the rhythm") << 0.0 << 0.25 << u"complaint"_s << u"100 95 90 85 80"_s;
    }

    void shareLimits()
    {
        QFETCH(double, redShare);
        QFETCH(double, yellowShare);
        QFETCH(QString, red);
        QFETCH(QString, yellow);
        DatasetBuilder builder;
        std::vector<AliveEstimate> alive;
        for (int i = 1; i <= 20; ++i) {
            Customer &shopper = builder.add(u"S%1"_s.arg(i, 2, 10, QChar(u'0')), QDate(2023, 1, 1));
            DatasetBuilder::order(shopper, ago(100), 0);
            DatasetBuilder::order(shopper, ago(50), 0);
            AliveEstimate estimate;
            estimate.noPurchase90 = i * 0.05;
            alive.push_back(estimate);
        }
        Customer &loud = contractCustomer(builder, u"X"_s);
        DatasetBuilder::contact(loud, AsOf);
        DatasetBuilder::ticket(loud, ago(5), {}, MetricsSeverity::Normal, true);
        const Dataset data = builder.build();
        RiskThresholds thresholds;
        thresholds.redShareMax = redShare;
        thresholds.yellowShareMax = yellowShare;
        const RiskReport report = score(data, thresholds, alive);
        VERIFY_CONSISTENT(report, data);
        QStringList lists[3];
        for (const CustomerRisk &risk : report.customers) {
            lists[int(risk.level)].append(risk.alive.noPurchase90
                    ? QString::number(std::lround(*risk.alive.noPurchase90 * 100))
                    : u"complaint"_s);
        }
        QCOMPARE(lists[int(RiskLevel::Red)].join(u' '), red);
        QCOMPARE(lists[int(RiskLevel::Yellow)].join(u' '), yellow);
        // A customer the limits left green still shows the signal, one level down.
        for (const CustomerRisk &risk : report.customers) {
            if (risk.level == RiskLevel::Green && risk.score >= thresholds.rhythmYellowScore)
                QVERIFY(hasReason(risk, ReasonCode::PurchaseRhythm));
        }
    }

    void levelAndScore_data()
    {
        QTest::addColumn<CustomerSetup>("setup");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("expectedScore");
        const auto openTicket = [](Customer &c) { DatasetBuilder::ticket(c, ago(5)); };
        const auto complaint
            = [](Customer &c) { DatasetBuilder::ticket(c, ago(5), {}, MetricsSeverity::Normal, true); };
        const auto detractor = [](Customer &c) { DatasetBuilder::survey(c, ago(5), true, 6); };
        QTest::addRow("nothing") << CustomerSetup([](Customer &) {}) << u"green"_s << 0;
        QTest::addRow("one yellow") << CustomerSetup(openTicket) << u"yellow"_s << 15;
        QTest::addRow("two yellow") << CustomerSetup([=](Customer &c) {
            openTicket(c);
            detractor(c);
        }) << u"yellow"_s << 30;
        QTest::addRow("one red") << CustomerSetup(complaint) << u"red"_s << 30;
        QTest::addRow("red and yellow") << CustomerSetup([=](Customer &c) {
            complaint(c);
            detractor(c);
        }) << u"red"_s << 45;
        QTest::addRow("yellow raised by a renewal") << CustomerSetup([=](Customer &c) {
            openTicket(c);
            DatasetBuilder::renewal(c, AsOf.addDays(7));
        }) << u"red"_s << 45;
        QTest::addRow("everything: capped at 100") << CustomerSetup([=](Customer &c) {
            complaint(c);
            for (int age : {20, 10})
                DatasetBuilder::ticket(c, ago(age));
            DatasetBuilder::survey(c, ago(4), true, 1);
            DatasetBuilder::survey(c, ago(3), false, 1);
            DatasetBuilder::failedPayment(c, ago(2));
        }) << u"red"_s << 100;
    }

    // The status is the worst signal's; the score counts 30 a red signal and 15 a yellow one, up to 100.
    void levelAndScore()
    {
        QFETCH(CustomerSetup, setup);
        QFETCH(QString, level);
        QFETCH(int, expectedScore);
        DatasetBuilder builder;
        Customer &customer = contractCustomer(builder, u"C"_s);
        DatasetBuilder::contact(customer, AsOf);
        setup(customer);
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        VERIFY_CONSISTENT(report, data);
        QCOMPARE(report.customers.size(), 1);
        QCOMPARE(riskLevelName(report.customers.constFirst().level), level);
        QCOMPARE(report.customers.constFirst().score, expectedScore);
    }

    void value12Months()
    {
        DatasetBuilder builder;
        for (const QString &id : {u"Green"_s, u"Yellow"_s}) {
            Customer &customer = contractCustomer(builder, id);
            DatasetBuilder::contact(customer, AsOf);
            DatasetBuilder::order(customer, AsOf, 10000);
            DatasetBuilder::order(customer, ago(364), 20000);
            DatasetBuilder::order(customer, ago(365), 40000); // a year ago: not in the last 12 months
            DatasetBuilder::order(customer, AsOf.addDays(1), 80000); // not yet
            DatasetBuilder::order(customer, ago(200), -5000); // a refund
            if (id == u"Yellow"_s)
                DatasetBuilder::ticket(customer, ago(3));
        }
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        VERIFY_CONSISTENT(report, data);
        const CustomerRisk *green = find(report, data, u"Green"_s);
        const CustomerRisk *yellow = find(report, data, u"Yellow"_s);
        QVERIFY(green && yellow);
        QCOMPARE(green->level, RiskLevel::Green);
        QCOMPARE(green->value12mMinor, qint64(25000));
        QCOMPARE(green->valueAtRiskMinor, qint64(0));
        QCOMPARE(yellow->level, RiskLevel::Yellow);
        QCOMPARE(yellow->value12mMinor, qint64(25000));
        QCOMPARE(yellow->valueAtRiskMinor, qint64(25000));
        QCOMPARE(report.yellow, qint64(1));
        QCOMPARE(report.green, qint64(1));
        QCOMPARE(report.red, qint64(0));
    }

    void keyAccounts_data()
    {
        QTest::addColumn<QList<qint64>>("revenues"); // customer K<i>'s 12-month revenue
        QTest::addColumn<QString>("keys");
        QTest::addRow("three make exactly 80 %%")
            << QList<qint64> {800, 5000, 50, 300, 2000, 100, 500, 1000, 200, 50} << u"K1 K4 K7"_s;
        QTest::addRow("three make more than 80 %%")
            << QList<qint64> {100, 400, 4000, 50, 1500, 300, 3000, 50, 500, 100} << u"K2 K4 K6"_s;
        QTest::addRow("two make 79.99 %%, a third is needed")
            << QList<qint64> {4999, 3000, 501, 500, 400, 300, 100, 100, 50, 50} << u"K0 K1 K2"_s;
        QTest::addRow("one whale") << QList<qint64> {1000, 1000, 1000, 91000, 1000, 1000, 1000, 1000, 1000, 1000}
                                   << u"K3"_s;
        QTest::addRow("refunds and no revenue never count")
            << QList<qint64> {0, -500, 8000, 2000, 0, 0, 0, 0, 0, 0} << u"K2"_s;
        QTest::addRow("nobody bought") << QList<qint64>(10, 0) << QString();
    }

    // Key accounts: the fewest customers who bring 80 % of the 12-month revenue.
    void keyAccounts()
    {
        QFETCH(QList<qint64>, revenues);
        QFETCH(QString, keys);
        DatasetBuilder builder;
        for (qsizetype i = 0; i < revenues.size(); ++i) {
            Customer &customer = contractCustomer(builder, u"K%1"_s.arg(i));
            DatasetBuilder::contact(customer, AsOf);
            if (revenues.at(i) != 0)
                DatasetBuilder::order(customer, ago(200), revenues.at(i) * 100);
        }
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        VERIFY_CONSISTENT(report, data);
        QCOMPARE(report.customers.size(), revenues.size());
        QStringList found;
        for (const CustomerRisk &risk : report.customers) {
            QCOMPARE(risk.value12mMinor, revenues.at(risk.customer) * 100);
            if (risk.keyAccount)
                found.append(data.customers.at(risk.customer).externalId);
        }
        found.sort();
        QCOMPARE(found.join(u' '), keys);
    }

    // Red before yellow before green; key accounts first within a level, then by value at risk, then by score.
    void priorityOrder()
    {
        DatasetBuilder builder;
        // Revenue 200 days ago (value, no spending signal) and a signal: y yellow (open ticket), r red (complaint),
        // R two red ones (complaint and a failed payment).
        const auto add = [&builder](const QString &id, qint64 revenue, char signal) {
            Customer &customer = contractCustomer(builder, id);
            DatasetBuilder::contact(customer, AsOf);
            DatasetBuilder::order(customer, ago(200), revenue);
            if (signal == 'y')
                DatasetBuilder::ticket(customer, ago(5));
            if (signal == 'r' || signal == 'R')
                DatasetBuilder::ticket(customer, ago(5), {}, MetricsSeverity::Normal, true);
            if (signal == 'R')
                DatasetBuilder::failedPayment(customer, ago(10));
        };
        // 12-month revenue 1,003,000: A, D and E bring 1,000,000, A and D 800,000 (< 80 %): A, D, E are key accounts.
        add(u"A"_s, 500000, 'g');
        add(u"B"_s, 1000, 'y');
        add(u"C"_s, 500, 'r');
        add(u"D"_s, 300000, 'r');
        add(u"E"_s, 200000, 'y');
        add(u"F"_s, 100, 'g');
        add(u"G"_s, 900, 'r');
        add(u"H"_s, 500, 'R');
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        VERIFY_CONSISTENT(report, data);
        QStringList order;
        QStringList keys;
        for (const CustomerRisk &risk : report.customers) {
            order.append(data.customers.at(risk.customer).externalId);
            if (risk.keyAccount)
                keys.append(order.constLast());
        }
        QCOMPARE(keys.join(u' '), u"D E A"_s);
        QCOMPARE(order.join(u' '), u"D G H C E B A F"_s);
        QCOMPARE(report.red, qint64(4));
        QCOMPARE(report.yellow, qint64(2));
        QCOMPARE(report.green, qint64(2));
    }

    void whoIsListed_data()
    {
        QTest::addColumn<BuilderSetup>("setup"); // adds customer X
        QTest::addColumn<bool>("listed");
        QTest::addColumn<QString>("reasons");
        // A shop customer (no contract) last seen the given days ago; lost silently 90 days later.
        const auto lastSeen = [](int days) {
            return BuilderSetup(
                [days](DatasetBuilder &b) { DatasetBuilder::activity(b.add(u"X"_s, QDate(2023, 1, 1)), ago(days)); });
        };
        const auto cancelled = [](QDate cancel) {
            return BuilderSetup([cancel](DatasetBuilder &b) {
                DatasetBuilder::contact(b.add(u"X"_s, QDate(2023, 1, 1), cancel, true), AsOf);
            });
        };
        QTest::addRow("contract, cancelled before") << cancelled(ago(10)) << false << QString();
        QTest::addRow("contract, cancelled on the as-of day") << cancelled(AsOf) << false << QString();
        QTest::addRow("contract, cancels later") << cancelled(AsOf.addDays(10)) << true << QString();
        QTest::addRow("shop, seen 89 days ago: still a customer") << lastSeen(89) << true << u"inactive red 89"_s;
        QTest::addRow("shop, seen 100 days ago: lost 10 days ago") << lastSeen(100) << true << u"inactive red 100"_s;
        QTest::addRow("shop, lost 90 days ago") << lastSeen(180) << true << u"inactive red 180"_s;
        QTest::addRow("shop, lost 91 days ago") << lastSeen(181) << false << QString();
        QTest::addRow("shop, lost long ago") << lastSeen(500) << false << QString();
        QTest::addRow("signs up after the as-of day")
            << BuilderSetup([](DatasetBuilder &b) { b.add(u"X"_s, AsOf.addDays(1), {}, true); }) << false << QString();
        QTest::addRow("lost, then back") << BuilderSetup([](DatasetBuilder &b) {
            Customer &customer = b.add(u"X"_s, QDate(2023, 1, 1));
            DatasetBuilder::activity(customer, ago(400));
            DatasetBuilder::activity(customer, ago(5));
        }) << true << QString();
    }

    // Cancelled customers and customers lost silently long before are not listed; those lost recently are.
    void whoIsListed()
    {
        QFETCH(BuilderSetup, setup);
        QFETCH(bool, listed);
        QFETCH(QString, reasons);
        DatasetBuilder builder;
        DatasetBuilder::contact(contractCustomer(builder, u"Other"_s), AsOf);
        setup(builder);
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        VERIFY_CONSISTENT(report, data);
        QVERIFY(find(report, data, u"Other"_s));
        const CustomerRisk *risk = find(report, data, u"X"_s);
        QCOMPARE(risk != nullptr, listed);
        QCOMPARE(report.customers.size(), listed ? 2 : 1);
        if (risk)
            QCOMPARE(describe(risk->reasons), reasons);
    }

    void restrictToRecounts_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QString>("listed"); // ids in list order
        QTest::addColumn<QString>("totals");
        QTest::addRow("everybody") << QString() << u"Red Yellow Green"_s << u"1 1 1"_s;
        QTest::addRow("B2B") << u"B2B"_s << u"Red Green"_s << u"1 0 1"_s;
        QTest::addRow("B2C") << u"B2C"_s << u"Yellow"_s << u"0 1 0"_s;
        QTest::addRow("nobody") << u"Gov"_s << QString() << u"0 0 0"_s;
    }

    void restrictToRecounts()
    {
        QFETCH(QString, segment);
        QFETCH(QString, listed);
        QFETCH(QString, totals);
        DatasetBuilder builder;
        Customer &red = contractCustomer(builder, u"Red"_s);
        red.info.segment = u"B2B"_s;
        DatasetBuilder::ticket(red, ago(5), {}, MetricsSeverity::Critical, true);
        Customer &yellow = contractCustomer(builder, u"Yellow"_s);
        yellow.info.segment = u"B2C"_s;
        DatasetBuilder::ticket(yellow, ago(5));
        Customer &green = contractCustomer(builder, u"Green"_s);
        green.info.segment = u"B2B"_s;
        for (Customer *c : {&red, &yellow, &green})
            DatasetBuilder::contact(*c, AsOf);
        const Dataset data = builder.build();
        RiskReport report = score(data);
        CustomerFilter filter;
        filter.segment = segment;
        restrictTo(report, data, filter);
        VERIFY_CONSISTENT(report, data);
        QStringList ids;
        for (const CustomerRisk &risk : report.customers)
            ids.append(data.customers.at(risk.customer).externalId);
        QCOMPARE(ids.join(u' '), listed);
        QCOMPARE(u"%1 %2 %3"_s.arg(report.red).arg(report.yellow).arg(report.green), totals);
    }

    void thresholdKeys()
    {
        const RiskThresholds defaults;
        const auto values = defaults.values();
        QCOMPARE(values.size(), 25);
        std::set<QString> keys;
        static const QRegularExpression snakeCase(u"^[a-z]+(_[a-z]+)*$"_s);
        for (const auto &[key, value] : values) {
            QVERIFY2(snakeCase.match(key).hasMatch(), qPrintable(key));
            QVERIFY2(keys.insert(key).second, qPrintable(u"twice: "_s + key));
        }
        const QHash<QString, double> byKey(values.cbegin(), values.cend());
        QCOMPARE(byKey.value(u"inactive_yellow_days"_s), 30.0);
        QCOMPARE(byKey.value(u"inactive_red_days"_s), 60.0);
        QCOMPARE(byKey.value(u"activity_baseline_min_events"_s), 20.0);
        QCOMPARE(byKey.value(u"spending_decline_red"_s), 80.0);
        QCOMPARE(byKey.value(u"rhythm_red_score"_s), 60.0);
        QCOMPARE(byKey.value(u"red_share_max"_s), 0.15);
        QCOMPARE(byKey.value(u"yellow_share_max"_s), 0.25);
        QCOMPARE(byKey.value(u"key_account_share"_s), 0.8);
        QCOMPARE(byKey.value(u"lost_recently_days"_s), 90.0);

        RiskThresholds changed;
        QVERIFY(!changed.set(u"no_such_key"_s, 1));
        QVERIFY(!changed.set(u"risk.inactive_red_days"_s, 1)); // keys come without the prefix
        QCOMPARE(changed.values(), values);
        QVERIFY(changed.set(u"inactive_red_days"_s, 44.6)); // whole days are rounded
        QCOMPARE(changed.inactiveRedDays, 45);
        QVERIFY(changed.set(u"key_account_share"_s, 0.65));
        QCOMPARE(changed.keyAccountShare, 0.65);
    }

    void thresholdRoundTrip_data()
    {
        QTest::addColumn<QString>("key");
        for (const auto &[key, value] : RiskThresholds().values())
            QTest::addRow("%s", qPrintable(key)) << key;
    }

    // Setting a key changes its value and no other.
    void thresholdRoundTrip()
    {
        QFETCH(QString, key);
        const auto before = RiskThresholds().values();
        RiskThresholds thresholds;
        double old = -1;
        for (const auto &[k, value] : before) {
            if (k == key)
                old = value;
        }
        const double changed = old + 7;
        QVERIFY(thresholds.set(key, changed));
        const auto after = thresholds.values();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).first, before.at(i).first);
            QCOMPARE(after.at(i).second, after.at(i).first == key ? changed : before.at(i).second);
        }
    }

    void thresholdsFromSettings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("inactiveRedDays");
        QTest::addColumn<QString>("level"); // of a customer silent for 50 days
        QTest::addRow("nothing stored") << QString() << QString() << true << 60 << u"yellow"_s;
        QTest::addRow("red after 45 days") << u"risk.inactive_red_days"_s << u"45"_s << true << 45 << u"red"_s;
        QTest::addRow("decimal days are rounded") << u"risk.inactive_red_days"_s << u"44.6"_s << true << 45 << u"red"_s;
        QTest::addRow("empty is the default") << u"risk.inactive_red_days"_s << u""_s << true << 60 << u"yellow"_s;
        QTest::addRow("another key") << u"risk.inactive_yellow_days"_s << u"51"_s << true << 60 << u"green"_s;
        QTest::addRow("unknown keys are ignored") << u"risk.no_such_key"_s << u"abc"_s << true << 60 << u"yellow"_s;
        QTest::addRow("text") << u"risk.inactive_red_days"_s << u"forty-five"_s << false << 0 << QString();
        QTest::addRow("negative") << u"risk.inactive_red_days"_s << u"-1"_s << false << 0 << QString();
        QTest::addRow("negative share") << u"risk.key_account_share"_s << u"-0.5"_s << false << 0 << QString();
    }

    void thresholdsFromSettings()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(int, inactiveRedDays);
        QFETCH(QString, level);
        auto opened = Database::open(u":memory:"_s);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        if (!key.isEmpty())
            QVERIFY((*opened)->setSetting(key, value));
        const auto thresholds = MetricsRepository::riskThresholds(**opened);
        QCOMPARE(thresholds.ok(), valid);
        if (!valid) {
            QVERIFY2(thresholds.error().message.contains(key), qPrintable(thresholds.error().message));
            QVERIFY2(thresholds.error().message.contains(value), qPrintable(thresholds.error().message));
            return;
        }
        QCOMPARE(thresholds->inactiveRedDays, inactiveRedDays);
        DatasetBuilder builder;
        DatasetBuilder::activity(contractCustomer(builder, u"C"_s), ago(50));
        const Dataset data = builder.build();
        const RiskReport report = score(data, thresholds.value());
        VERIFY_CONSISTENT(report, data);
        QCOMPARE(riskLevelName(report.customers.constFirst().level), level);
    }

    void reasonText_data()
    {
        QTest::addColumn<ReasonCode>("code");
        QTest::addColumn<QList<double>>("numbers");
        QTest::addColumn<QString>("text");
        using C = ReasonCode;
        QTest::addRow("inactive") << C::Inactive << QList<double> {45} << u"no activity for 45 days"_s;
        QTest::addRow("activity decline")
            << C::ActivityDecline << QList<double> {80, 4, 20}
            << u"activity down 80 % (events in the last 30 days: 4, before: 20.0 a month)"_s;
        QTest::addRow("activity decline, fractions")
            << C::ActivityDecline << QList<double> {85.04, 1, 6.6667}
            << u"activity down 85 % (events in the last 30 days: 1, before: 6.7 a month)"_s;
        QTest::addRow("spending decline: the issue's example")
            << C::SpendingDecline << QList<double> {80, 50000, 10000}
            << u"spending down 80 % (500.00 EUR → 100.00 EUR per 90 days)"_s;
        QTest::addRow("spending decline: no group separator in C")
            << C::SpendingDecline << QList<double> {62.4, 1234567, 463000}
            << u"spending down 62 % (12345.67 EUR → 4630.00 EUR per 90 days)"_s;
        QTest::addRow("open tickets") << C::OpenTickets << QList<double> {2} << u"unresolved tickets: 2"_s;
        QTest::addRow("open complaint") << C::OpenComplaint << QList<double> {1}
                                        << u"unresolved complaint or urgent ticket: 1"_s;
        QTest::addRow("many tickets") << C::ManyTickets << QList<double> {3, 30} << u"3 tickets in 30 days"_s;
        QTest::addRow("NPS low") << C::NpsLow << QList<double> {4} << u"NPS 4"_s;
        QTest::addRow("NPS drop") << C::NpsDrop << QList<double> {6, 9} << u"NPS 6, was 9"_s;
        QTest::addRow("CSAT low") << C::CsatLow << QList<double> {2} << u"CSAT 2 of 5"_s;
        QTest::addRow("surveys unanswered")
            << C::SurveysUnanswered << QList<double> {2} << u"last 2 surveys not answered"_s;
        QTest::addRow("renewal soon") << C::RenewalSoon << QList<double> {12} << u"renewal in 12 days"_s;
        QTest::addRow("renewal today") << C::RenewalSoon << QList<double> {0} << u"renewal today"_s;
        QTest::addRow("renewal tomorrow") << C::RenewalSoon << QList<double> {1} << u"renewal tomorrow"_s;
        QTest::addRow("failed payment") << C::FailedPayment << QList<double> {5} << u"payment failed 5 days ago"_s;
        QTest::addRow("failed payment today") << C::FailedPayment << QList<double> {0} << u"payment failed today"_s;
        QTest::addRow("failed payment yesterday")
            << C::FailedPayment << QList<double> {1} << u"payment failed yesterday"_s;
        QTest::addRow("purchase rhythm") << C::PurchaseRhythm << QList<double> {84.6, 95, 21}
                                         << u"no order for 95 days; usually orders every 21 days; 85 % likely to "
                                            u"order nothing in the next 90 days"_s;
        QTest::addRow("purchase rhythm, one order")
            << C::PurchaseRhythm << QList<double> {70, 40, 0}
            << u"one order so far, 40 days ago; 70 % likely to order nothing in the next 90 days"_s;
    }

    void reasonText()
    {
        QFETCH(ReasonCode, code);
        QFETCH(QList<double>, numbers);
        QFETCH(QString, text);
        QCOMPARE(RiskText::reason(Reason {code, RiskLevel::Yellow, numbers}, u"EUR"_s, QLocale::c()), text);
    }

    // The engine's own numbers for the example read as the sentence the user sees.
    void reasonTextFromEngine()
    {
        DatasetBuilder builder;
        Customer &customer = contractCustomer(builder, u"C"_s);
        DatasetBuilder::contact(customer, AsOf);
        for (int age : {155, 125, 95})
            DatasetBuilder::order(customer, ago(age), 50000);
        for (int age : {65, 35, 5})
            DatasetBuilder::order(customer, ago(age), 10000);
        const Dataset data = builder.build();
        const RiskReport report = score(data);
        QCOMPARE(report.customers.size(), 1);
        QCOMPARE(report.customers.constFirst().reasons.size(), 1);
        QCOMPARE(RiskText::reason(report.customers.constFirst().reasons.constFirst(), data.currency, QLocale::c()),
            u"spending down 80 % (1500.00 EUR → 300.00 EUR per 90 days)"_s);
    }

    void reasonNames()
    {
        std::set<QString> names;
        static const QRegularExpression snakeCase(u"^[a-z]+(_[a-z]+)*$"_s);
        for (int code = int(ReasonCode::Inactive); code <= int(ReasonCode::PurchaseRhythm); ++code) {
            const QString name = reasonCodeName(ReasonCode(code));
            QVERIFY2(snakeCase.match(name).hasMatch(), qPrintable(u"code %1: \"%2\""_s.arg(code).arg(name)));
            QVERIFY2(names.insert(name).second, qPrintable(u"twice: "_s + name));
            const QString text = RiskText::reason(Reason {ReasonCode(code), RiskLevel::Red, {1, 2, 3}}, u"EUR"_s);
            QVERIFY2(!text.isEmpty() && !text.contains(QRegularExpression(u"%\\d"_s)), qPrintable(text));
        }
        QCOMPARE(names.size(), std::size_t(13));
        QCOMPARE(riskLevelName(RiskLevel::Green), u"green"_s);
        QCOMPARE(riskLevelName(RiskLevel::Yellow), u"yellow"_s);
        QCOMPARE(riskLevelName(RiskLevel::Red), u"red"_s);
    }

    // The demo business: silent churners still fading at its end must show up, loyal customers must not.
    void demoBusiness()
    {
        DemoOptions options;
        options.customers = 1500; // and the default seed, as the application's demo
        auto opened = Database::open(u":memory:"_s);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        Database &db = **opened;
        const auto written = DemoDatabase::write(db, options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().text()));
        const auto loaded = MetricsRepository::load(db);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
        const Dataset &data = loaded.value();
        const auto settings = MetricsRepository::lifetimeSettings(db);
        QVERIFY(settings);
        const auto thresholds = MetricsRepository::riskThresholds(db);
        QVERIFY(thresholds);
        QVERIFY(data.lastDay != NoDay);
        const Lifetimes lifetimes = computeLifetimes(data, settings.value(), data.lastDay);
        const auto alive = estimateAlive(data, lifetimes);
        const std::vector<AliveEstimate> estimates = alive ? alive.value() : std::vector<AliveEstimate>();
        const RiskReport report = scoreCustomers(data, lifetimes, thresholds.value(), estimates);
        VERIFY_CONSISTENT(report, data);

        QHash<QString, const CustomerRisk *> byId;
        for (const CustomerRisk &risk : report.customers)
            byId.insert(data.customers.at(risk.customer).externalId, &risk);
        int fading = 0;
        int caught = 0;
        int loyal = 0;
        int loyalGreen = 0;
        QStringList missed;
        for (int i = 0; i < options.customers; ++i) {
            const DemoStory story = demoStory(options, i);
            const CustomerRisk *risk = byId.value(demoCustomerId(i));
            if (story.archetype == DemoArchetype::SilentChurner && story.quiet > options.end) {
                ++fading;
                const bool found = risk && risk->level != RiskLevel::Green
                    && (hasReason(*risk, ReasonCode::SpendingDecline) || hasReason(*risk, ReasonCode::ActivityDecline)
                        || hasReason(*risk, ReasonCode::Inactive) || hasReason(*risk, ReasonCode::PurchaseRhythm));
                if (found)
                    ++caught;
                else if (missed.size() < 10)
                    missed.append(demoCustomerId(i) + u": "_s
                        + (risk ? riskLevelName(risk->level) + u' ' + describe(risk->reasons) : u"not listed"_s));
            }
            if (story.archetype == DemoArchetype::LoyalSubscriber || story.archetype == DemoArchetype::LoyalShopper) {
                QVERIFY2(risk, qPrintable(demoCustomerId(i) + u" is loyal but not listed"_s));
                ++loyal;
                if (risk->level == RiskLevel::Green)
                    ++loyalGreen;
            }
        }
        qInfo("fit %s; silent churners still fading: %d of %d caught; loyal customers: %d of %d green",
            alive ? "made" : "failed", caught, fading, loyalGreen, loyal);
        QVERIFY2(fading >= 30, "too few fading silent churners for a share to mean anything");
        QVERIFY(loyal >= 200);
        // With red and yellow held to 15 % and 25 % of the list, the silent churners still fading compete for
        // those places with customers more certainly leaving (the hindsight check on the demo: 85 % of the red
        // ones stop within 180 days). At least 30 % are yellow or red for a fading signal (this seed 38 %; 70 %
        // before the share limits, when 28 % of the list was red).
        QVERIFY2(caught * 100 >= fading * 30,
            qPrintable(u"%1 of %2 caught; missed e.g. "_s.arg(caught).arg(fading) + missed.join(u", "_s)));
        // At least 90 % of the loyal customers are green (this seed 97 %).
        QVERIFY2(loyalGreen * 100 >= loyal * 90, qPrintable(u"%1 of %2 green"_s.arg(loyalGreen).arg(loyal)));
    }
};

QTEST_GUILESS_MAIN(TestRiskEngine)
#include "tst_riskengine.moc"
