// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <algorithm>
#include <functional>
#include <map>
#include <vector>

#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include "demo/demogenerator.h"
#include "support/demorecording.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

Q_DECLARE_METATYPE(rd::DemoArchetype)

namespace {

bool isSubscriberArchetype(DemoArchetype archetype)
{
    return archetype == DemoArchetype::LoyalSubscriber || archetype == DemoArchetype::CancellingSubscriber;
}

bool isShopArchetype(DemoArchetype archetype)
{
    return archetype == DemoArchetype::LoyalShopper || archetype == DemoArchetype::OccasionalShopper
        || archetype == DemoArchetype::OneTimeBuyer;
}

qint64 planPrice(const QString &plan)
{
    if (plan == u"Basic"_s)
        return 1900;
    if (plan == u"Pro"_s)
        return 4900;
    if (plan == u"Business"_s)
        return 12900;
    return -1;
}

} // namespace

// The business the generator makes, 2,000 customers over four years: its size, archetypes, plans and
// prices, refunds, seasons and Pareto revenue, and records that tell each customer's story.
class TestDemoBusiness : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_options = options(2000);
        QVERIFY(generateDemo(m_options, m_data));
        QCOMPARE(int(m_data.customers.size()), 2000);
        for (int i = 0; i < m_options.customers; ++i) {
            m_stories.push_back(demoStory(m_options, i));
            m_archetypes.push_back(m_stories.back().archetype);
        }
        for (const ActivityRecord &record : m_data.activities)
            m_activityByCustomer[m_data.indexOf(record.customerExternalId)].push_back(&record);
        for (const OrderRecord &record : m_data.orders)
            m_ordersByCustomer[m_data.indexOf(record.customerExternalId)].push_back(&record);
        for (const TicketRecord &record : m_data.tickets)
            m_ticketsByCustomer[m_data.indexOf(record.customerExternalId)].push_back(&record);
        for (const SurveyRecord &record : m_data.surveys)
            m_surveysByCustomer[m_data.indexOf(record.customerExternalId)].push_back(&record);
    }

    void countsScaleWithCustomers_data()
    {
        QTest::addColumn<RecordKind>("kind");
        QTest::addRow("customers") << RecordKind::Customer;
        QTest::addRow("orders") << RecordKind::Order;
        QTest::addRow("activity") << RecordKind::Activity;
        QTest::addRow("tickets") << RecordKind::Ticket;
        QTest::addRow("surveys") << RecordKind::Survey;
    }

    void countsScaleWithCustomers()
    {
        QFETCH(RecordKind, kind);
        RecordingSink small;
        QVERIFY(generateDemo(options(200), small));
        const auto count = [kind](const RecordingSink &sink) -> double {
            switch (kind) {
            case RecordKind::Customer:
                return double(sink.customers.size());
            case RecordKind::Order:
                return double(sink.orders.size());
            case RecordKind::Activity:
                return double(sink.activities.size());
            case RecordKind::Ticket:
                return double(sink.tickets.size());
            case RecordKind::Survey:
                return double(sink.surveys.size());
            }
            return 0;
        };
        QVERIFY(count(small) > 0);
        const double ratio = count(m_data) / count(small);
        QVERIFY2(ratio > 7 && ratio < 13, qPrintable(QString::number(ratio)));
    }

    void archetypeShares_data()
    {
        QTest::addColumn<DemoArchetype>("archetype");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<double>("maximum");
        QTest::addRow("loyal subscriber") << DemoArchetype::LoyalSubscriber << 0.17 << 0.26;
        QTest::addRow("cancelling subscriber") << DemoArchetype::CancellingSubscriber << 0.04 << 0.09;
        QTest::addRow("loyal shopper") << DemoArchetype::LoyalShopper << 0.09 << 0.15;
        QTest::addRow("occasional shopper") << DemoArchetype::OccasionalShopper << 0.18 << 0.29;
        QTest::addRow("one-time buyer") << DemoArchetype::OneTimeBuyer << 0.15 << 0.22;
        QTest::addRow("loud churner") << DemoArchetype::LoudChurner << 0.05 << 0.10;
        QTest::addRow("silent churner") << DemoArchetype::SilentChurner << 0.10 << 0.15;
    }

    void archetypeShares()
    {
        QFETCH(DemoArchetype, archetype);
        QFETCH(double, minimum);
        QFETCH(double, maximum);
        const double share
            = double(std::count(m_archetypes.cbegin(), m_archetypes.cend(), archetype)) / m_options.customers;
        QVERIFY2(share >= minimum && share <= maximum, qPrintable(QString::number(share)));
    }

    void subscribersHaveMrrAndPlan()
    {
        int subscribers = 0;
        for (int i = 0; i < m_options.customers; ++i) {
            const CustomerRecord &customer = m_data.customers[i];
            const DemoArchetype archetype = m_archetypes[i];
            if (isShopArchetype(archetype)) {
                QVERIFY(!customer.plan);
                QVERIFY(!customer.mrrMinor);
                QVERIFY(!customer.cancelDate);
                continue;
            }
            if (isSubscriberArchetype(archetype))
                QVERIFY(customer.plan);
            if (!customer.plan) {
                QVERIFY(!customer.mrrMinor);
                continue;
            }
            ++subscribers;
            QVERIFY(customer.mrrMinor);
            QCOMPARE(*customer.mrrMinor, planPrice(*customer.plan));
            for (const OrderRecord *order : m_ordersByCustomer.value(i)) {
                if (order->amountMinor > 0)
                    QVERIFY(planPrice(u"Basic"_s) == order->amountMinor || planPrice(u"Pro"_s) == order->amountMinor
                        || planPrice(u"Business"_s) == order->amountMinor);
            }
            if (archetype == DemoArchetype::CancellingSubscriber)
                QVERIFY(customer.cancelDate);
            if (archetype == DemoArchetype::LoyalSubscriber) {
                QVERIFY(!customer.cancelDate);
                // Still paying: an invoice within the last five weeks.
                const auto &orders = m_ordersByCustomer.value(i);
                QVERIFY(!orders.isEmpty());
                QVERIFY(orders.last()->date.daysTo(m_options.end) < 35);
            }
            if (customer.cancelDate) {
                for (const OrderRecord *order : m_ordersByCustomer.value(i)) {
                    if (order->amountMinor > 0)
                        QVERIFY(order->date < *customer.cancelDate);
                }
            }
        }
        const double share = double(subscribers) / m_options.customers;
        QVERIFY2(share > 0.30 && share < 0.40, qPrintable(QString::number(share)));
    }

    void refundsAndFailedPaymentsExist()
    {
        int refunds = 0;
        int failedSubscriptionPayments = 0;
        for (const OrderRecord &order : m_data.orders) {
            if (order.amountMinor < 0)
                ++refunds;
            if (order.status == OrderStatus::Failed && m_data.customerOf(order.customerExternalId).plan)
                ++failedSubscriptionPayments;
        }
        QVERIFY(refunds > 20);
        QVERIFY(failedSubscriptionPayments > 20);
        QVERIFY(refunds < int(m_data.orders.size()) / 10);
        QVERIFY(failedSubscriptionPayments < int(m_data.orders.size()) / 10);
    }

    void shopOrdersHaveShopPrices()
    {
        for (const OrderRecord &order : m_data.orders) {
            if (m_data.customerOf(order.customerExternalId).plan || order.amountMinor < 0)
                continue;
            QVERIFY2(order.amountMinor >= 1500 && order.amountMinor <= 40000,
                qPrintable(QString::number(order.amountMinor)));
        }
    }

    // About 20 % of the customers bring most of the revenue.
    void revenueFollowsPareto()
    {
        std::vector<qint64> revenue(m_options.customers, 0);
        for (const OrderRecord &order : m_data.orders) {
            if (order.status == OrderStatus::Paid)
                revenue[m_data.indexOf(order.customerExternalId)] += order.amountMinor;
        }
        std::sort(revenue.begin(), revenue.end(), std::greater<>());
        qint64 total = 0;
        qint64 top = 0;
        for (int i = 0; i < int(revenue.size()); ++i) {
            total += revenue[i];
            if (i < int(revenue.size()) / 5)
                top += revenue[i];
        }
        QVERIFY(total > 0);
        const double share = double(top) / total;
        QVERIFY2(share >= 0.55 && share <= 0.90, qPrintable(QString::number(share)));
    }

    void shopPeaksBeforeChristmas()
    {
        std::map<int, qint64> revenueByMonth;
        for (const OrderRecord &order : m_data.orders) {
            if (order.status == OrderStatus::Paid && order.amountMinor > 0
                && !m_data.customerOf(order.customerExternalId).plan && order.date.year() == 2024)
                revenueByMonth[order.date.month()] += order.amountMinor;
        }
        const double winter = double(revenueByMonth[11] + revenueByMonth[12]) / 61;
        const double summer = double(revenueByMonth[6] + revenueByMonth[7] + revenueByMonth[8]) / 92;
        QVERIFY2(winter > 1.4 * summer, qPrintable(u"%1 vs %2"_s.arg(winter).arg(summer)));
    }

    void activityVolumeIsReasonable()
    {
        // Records per customer and week between the first and the last activity.
        double weeks = 0;
        for (const auto &records : std::as_const(m_activityByCustomer))
            weeks += (records.first()->date.daysTo(records.last()->date) + 1) / 7.0;
        const double perWeek = m_data.activities.size() / weeks;
        QVERIFY2(perWeek > 0.5 && perWeek < 2.0, qPrintable(QString::number(perWeek)));
    }

    // The records tell each customer's story: signup, cancel date, plan, complaints and silence.
    void storiesMatchRecords()
    {
        for (int i = 0; i < m_options.customers; ++i) {
            const DemoStory &story = m_stories[i];
            const CustomerRecord &customer = m_data.customers[i];
            QCOMPARE(story.archetype, demoArchetype(m_options, i));
            QCOMPARE(customer.signupDate.value_or(QDate()), story.signup);
            QCOMPARE(customer.cancelDate.value_or(QDate()), story.cancel);
            QCOMPARE(customer.plan.has_value(), story.subscriber);
            if (story.cancel.isValid())
                QCOMPARE(story.stop, story.cancel);
            if (story.archetype == DemoArchetype::LoudChurner) {
                QVERIFY(story.trouble >= story.signup && story.trouble <= m_options.end);
                const auto &tickets = m_ticketsByCustomer.value(i);
                QVERIFY(std::any_of(tickets.cbegin(), tickets.cend(),
                    [&](const TicketRecord *ticket) { return ticket->complaint && ticket->opened == story.trouble; }));
            } else {
                QVERIFY(!story.trouble.isValid());
            }
            if (story.archetype == DemoArchetype::SilentChurner) {
                QVERIFY(story.fadeStart > story.signup.addDays(90));
                QVERIFY(story.quiet >= story.fadeStart.addDays(90));
                QCOMPARE(story.stop, story.quiet <= m_options.end ? story.quiet : QDate());
            } else {
                QVERIFY(!story.fadeStart.isValid());
                QVERIFY(!story.quiet.isValid());
            }
            if (!story.stop.isValid())
                continue;
            // Gone: at most newsletters are opened, and nothing is bought.
            for (const ActivityRecord *activity : m_activityByCustomer.value(i)) {
                if (activity->date >= story.stop)
                    QCOMPARE(activity->kind, u"email_open"_s);
            }
            for (const OrderRecord *order : m_ordersByCustomer.value(i)) {
                if (order->date >= story.stop)
                    QVERIFY(order->amountMinor < 0 || order->status == OrderStatus::Failed);
            }
        }
    }

    // Use in the last 90 days before silence, against the rate before the fade.
    void silentChurnersFade()
    {
        double before = 0;
        double beforeDays = 0;
        double recent = 0;
        double recentDays = 0;
        int silent = 0;
        for (int i = 0; i < m_options.customers; ++i) {
            const DemoStory &story = m_stories[i];
            if (story.archetype != DemoArchetype::SilentChurner)
                continue;
            ++silent;
            const QDate quiet = std::min(story.quiet, m_options.end.addDays(1));
            const QDate recentFrom = std::max(story.fadeStart, quiet.addDays(-90));
            for (const ActivityRecord *activity : m_activityByCustomer.value(i)) {
                if (activity->date < story.fadeStart)
                    before += 1;
                else if (activity->date >= recentFrom && activity->date < quiet)
                    recent += 1;
            }
            beforeDays += story.signup.daysTo(story.fadeStart);
            recentDays += recentFrom.daysTo(quiet);
        }
        QVERIFY2(silent > 150, qPrintable(QString::number(silent)));
        const double beforeRate = before / beforeDays;
        const double recentRate = recent / recentDays;
        QVERIFY2(recentRate < 0.4 * beforeRate, qPrintable(u"%1 vs %2"_s.arg(recentRate).arg(beforeRate)));
    }

    // Silent churners still fading at the end: less use in the last 30 days than in the 90 days before,
    // and less spending in the last 90 days than in the 90 before, in spite of Christmas.
    void silentChurnersStillFadingAtEnd()
    {
        const QDate end = m_options.end;
        int fadingAtEnd = 0;
        int detectable = 0;
        double last30 = 0;
        double before90 = 0;
        qint64 spendRecent = 0;
        qint64 spendBefore = 0;
        for (int i = 0; i < m_options.customers; ++i) {
            const DemoStory &story = m_stories[i];
            if (story.archetype != DemoArchetype::SilentChurner || story.quiet <= end)
                continue;
            ++fadingAtEnd;
            int recent = 0;
            int before = 0;
            for (const ActivityRecord *activity : m_activityByCustomer.value(i)) {
                const qint64 age = activity->date.daysTo(end);
                if (age < 30)
                    ++recent;
                else if (age < 120)
                    ++before;
            }
            if (recent * 3 < before * 0.5)
                ++detectable;
            last30 += recent;
            before90 += before;
            for (const OrderRecord *order : m_ordersByCustomer.value(i)) {
                if (order->status != OrderStatus::Paid || story.subscriber)
                    continue;
                const qint64 age = order->date.daysTo(end);
                if (age < 90)
                    spendRecent += order->amountMinor;
                else if (age < 180)
                    spendBefore += order->amountMinor;
            }
        }
        QVERIFY2(fadingAtEnd >= 30, qPrintable(QString::number(fadingAtEnd)));
        QVERIFY2(detectable >= fadingAtEnd * 0.5, qPrintable(u"%1 of %2"_s.arg(detectable).arg(fadingAtEnd)));
        QVERIFY2(last30 * 3 < 0.5 * before90, qPrintable(u"%1 vs %2"_s.arg(last30).arg(before90)));
        QVERIFY2(spendRecent < 0.7 * spendBefore, qPrintable(u"%1 vs %2"_s.arg(spendRecent).arg(spendBefore)));
    }

    void silentChurnersNeitherCancelNorComplain()
    {
        for (int i = 0; i < m_options.customers; ++i) {
            if (m_archetypes[i] != DemoArchetype::SilentChurner)
                continue;
            QVERIFY(!m_data.customers[i].cancelDate);
            for (const TicketRecord *ticket : m_ticketsByCustomer.value(i))
                QVERIFY(!ticket->complaint);
        }
    }

    void loudChurnersComplain()
    {
        int loud = 0;
        int severe = 0;
        for (int i = 0; i < m_options.customers; ++i) {
            if (m_archetypes[i] != DemoArchetype::LoudChurner)
                continue;
            ++loud;
            bool complained = false;
            bool severeComplaint = false;
            for (const TicketRecord *ticket : m_ticketsByCustomer.value(i)) {
                complained = complained || ticket->complaint;
                severeComplaint = severeComplaint
                    || (ticket->complaint
                        && (ticket->severity == TicketSeverity::High || ticket->severity == TicketSeverity::Critical));
            }
            bool lowScore = false;
            for (const SurveyRecord *survey : m_surveysByCustomer.value(i))
                lowScore = lowScore
                    || (survey->kind == SurveyKind::Nps ? survey->score.value_or(99) <= 4
                                                        : survey->score.value_or(99) <= 2);
            QVERIFY2(complained || lowScore, qPrintable(m_data.customers[i].externalId));
            severe += severeComplaint;
        }
        QVERIFY(loud > 80);
        QVERIFY2(severe > loud * 0.6, qPrintable(u"%1 of %2"_s.arg(severe).arg(loud)));
    }

    void scoresFollowTheStory()
    {
        const auto meanNps = [this](DemoArchetype archetype) {
            double sum = 0;
            int count = 0;
            for (int i = 0; i < m_options.customers; ++i) {
                if (m_archetypes[i] != archetype)
                    continue;
                for (const SurveyRecord *survey : m_surveysByCustomer.value(i)) {
                    if (survey->kind == SurveyKind::Nps) {
                        sum += survey->score.value_or(0);
                        ++count;
                    }
                }
            }
            return count ? sum / count : -1.0;
        };
        const double loyal = meanNps(DemoArchetype::LoyalSubscriber);
        const double silent = meanNps(DemoArchetype::SilentChurner);
        const double loud = meanNps(DemoArchetype::LoudChurner);
        QVERIFY2(loyal > 8 && silent > 5 && loud >= 0, qPrintable(u"%1 %2 %3"_s.arg(loyal).arg(silent).arg(loud)));
        QVERIFY2(loyal > silent + 1 && silent > loud + 1, qPrintable(u"%1 %2 %3"_s.arg(loyal).arg(silent).arg(loud)));
    }

private:
    DemoOptions m_options;
    RecordingSink m_data;
    std::vector<DemoStory> m_stories;
    std::vector<DemoArchetype> m_archetypes;
    QHash<int, QList<const ActivityRecord *>> m_activityByCustomer;
    QHash<int, QList<const OrderRecord *>> m_ordersByCustomer;
    QHash<int, QList<const TicketRecord *>> m_ticketsByCustomer;
    QHash<int, QList<const SurveyRecord *>> m_surveysByCustomer;
};

QTEST_GUILESS_MAIN(TestDemoBusiness)
#include "tst_demobusiness.moc"
