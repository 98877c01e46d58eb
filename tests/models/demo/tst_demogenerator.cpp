// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "demo/demogenerator.h"

using namespace Qt::StringLiterals;
using namespace rd;

Q_DECLARE_METATYPE(rd::DemoOptions)
Q_DECLARE_METATYPE(rd::DemoArchetype)

namespace {

QString text(const std::optional<QString> &value)
{
    return value ? *value : u"<none>"_s;
}

QString text(const std::optional<QDate> &value)
{
    return value ? value->toString(Qt::ISODate) : u"<none>"_s;
}

QString text(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : u"<none>"_s;
}

QString text(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"<open>"_s;
}

// Keeps every record, checks on the fly that records only name customers emitted before, and hashes
// every field of every record in stream order.
class RecordingSink : public DemoSink
{
public:
    bool customer(const CustomerRecord &record) override
    {
        if (m_index.contains(record.externalId))
            ++duplicateCustomers;
        m_index.insert(record.externalId, int(customers.size()));
        customers.push_back(record);
        feed({u"C"_s, record.externalId, text(record.name), text(record.email), text(record.segment), text(record.plan),
            text(record.country), text(record.signupDate), text(record.cancelDate), text(record.mrrMinor),
            text(record.currency), text(record.totalSpentMinor), text(record.totalOrders), text(record.lastActive)});
        return true;
    }
    bool order(const OrderRecord &record) override
    {
        checkKnown(record.customerExternalId);
        orders.push_back(record);
        feed({u"O"_s, record.customerExternalId, text(record.date), QString::number(record.amountMinor),
            record.currency, QString::number(int(record.status)), record.externalRef, record.dedupKey});
        return true;
    }
    bool activity(const ActivityRecord &record) override
    {
        checkKnown(record.customerExternalId);
        activities.push_back(record);
        feed({u"A"_s, record.customerExternalId, text(record.date), record.kind, QString::number(record.count)});
        return true;
    }
    bool ticket(const TicketRecord &record) override
    {
        checkKnown(record.customerExternalId);
        tickets.push_back(record);
        feed({u"T"_s, record.customerExternalId, text(record.opened), text(record.closed),
            QString::number(int(record.severity)), QString::number(record.complaint), record.subject,
            record.externalRef, record.dedupKey});
        return true;
    }
    bool survey(const SurveyRecord &record) override
    {
        checkKnown(record.customerExternalId);
        surveys.push_back(record);
        feed({u"S"_s, record.customerExternalId, text(record.date), QString::number(int(record.kind)),
            QString::number(record.score.value_or(-1))});
        return true;
    }

    QByteArray hash() const { return m_hash.result(); }
    const CustomerRecord &customerOf(const QString &externalId) const { return customers[m_index.value(externalId)]; }
    int indexOf(const QString &externalId) const { return m_index.value(externalId, -1); }

    std::vector<CustomerRecord> customers;
    std::vector<OrderRecord> orders;
    std::vector<ActivityRecord> activities;
    std::vector<TicketRecord> tickets;
    std::vector<SurveyRecord> surveys;
    int unknownCustomers = 0;
    int duplicateCustomers = 0;

private:
    void checkKnown(const QString &externalId)
    {
        if (!m_index.contains(externalId))
            ++unknownCustomers;
    }
    void feed(const QStringList &fields)
    {
        m_hash.addData(fields.join(u'\x1f').toUtf8());
        m_hash.addData(QByteArrayView("\x1e"));
    }

    QHash<QString, int> m_index;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
};

enum class RecordKind { Customer, Order, Activity, Ticket, Survey };

// Stops at the limit-th record of one kind and counts whatever still arrives after that.
class StoppingSink : public DemoSink
{
public:
    StoppingSink(RecordKind kind, int limit)
        : m_kind(kind)
        , m_limit(limit)
    { }
    bool customer(const CustomerRecord &) override { return next(RecordKind::Customer); }
    bool order(const OrderRecord &) override { return next(RecordKind::Order); }
    bool activity(const ActivityRecord &) override { return next(RecordKind::Activity); }
    bool ticket(const TicketRecord &) override { return next(RecordKind::Ticket); }
    bool survey(const SurveyRecord &) override { return next(RecordKind::Survey); }

    int seen = 0;
    int afterStop = 0;

private:
    bool next(RecordKind kind)
    {
        if (m_stopped) {
            ++afterStop;
            return false;
        }
        if (kind == m_kind && ++seen == m_limit) {
            m_stopped = true;
            return false;
        }
        return true;
    }

    RecordKind m_kind;
    int m_limit;
    bool m_stopped = false;
};

DemoOptions options(int customers, quint32 seed = 1, QDate start = QDate(2022, 1, 1), QDate end = QDate(2025, 12, 31))
{
    DemoOptions result;
    result.customers = customers;
    result.seed = seed;
    result.start = start;
    result.end = end;
    return result;
}

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

Q_DECLARE_METATYPE(RecordKind)

class TestDemoGenerator : public QObject
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

    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void customerIds_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("expected");
        QTest::addRow("first") << 0 << u"K-000001"_s;
        QTest::addRow("123rd") << 122 << u"K-000123"_s;
        QTest::addRow("widest padded") << 999998 << u"K-999999"_s;
        QTest::addRow("beyond six digits") << 999999 << u"K-1000000"_s;
    }

    void customerIds()
    {
        QFETCH(int, index);
        QFETCH(QString, expected);
        QCOMPARE(demoCustomerId(index), expected);
    }

    void deterministic_data() { addOptionRows(); }

    void deterministic()
    {
        QFETCH(DemoOptions, options);
        RecordingSink first;
        RecordingSink second;
        QVERIFY(generateDemo(options, first));
        QVERIFY(generateDemo(options, second));
        QCOMPARE(second.customers.size(), first.customers.size());
        QCOMPARE(second.orders.size(), first.orders.size());
        QCOMPARE(second.activities.size(), first.activities.size());
        QCOMPARE(second.hash(), first.hash());

        DemoOptions other = options;
        other.seed = options.seed + 1;
        RecordingSink different;
        QVERIFY(generateDemo(other, different));
        QVERIFY(different.hash() != first.hash());
    }

    void invariantsHold_data() { addOptionRows(); }

    // Customers first, dates inside the span and after signup, scores in range, nothing twice.
    void invariantsHold()
    {
        QFETCH(DemoOptions, options);
        RecordingSink sink;
        QVERIFY(generateDemo(options, sink));
        QCOMPARE(int(sink.customers.size()), options.customers);
        QCOMPARE(sink.unknownCustomers, 0);
        QCOMPARE(sink.duplicateCustomers, 0);

        const QSet<QString> segments {
            u"Privatkunde"_s, u"Gastronomie"_s, u"Einzelhandel"_s, u"Handwerk"_s, u"Dienstleistung"_s};
        const QSet<QString> countries {u"DE"_s, u"AT"_s, u"CH"_s, u"NL"_s};
        const QRegularExpression email(u"^[a-z0-9.-]+@[a-z0-9.-]+\\.[a-z]{2,3}$"_s);
        for (int i = 0; i < int(sink.customers.size()); ++i) {
            const CustomerRecord &customer = sink.customers[i];
            QCOMPARE(customer.externalId, demoCustomerId(i));
            QVERIFY(customer.name && !customer.name->isEmpty());
            QVERIFY2(customer.email && email.match(*customer.email).hasMatch(), qPrintable(text(customer.email)));
            QVERIFY(customer.segment && segments.contains(*customer.segment));
            QVERIFY(customer.country && countries.contains(*customer.country));
            QCOMPARE(customer.currency.value_or(QString()), u"EUR"_s);
            QVERIFY(customer.signupDate);
            QVERIFY(*customer.signupDate >= options.start && *customer.signupDate <= options.end);
            if (i > 0)
                QVERIFY(*customer.signupDate >= *sink.customers[i - 1].signupDate);
            if (customer.cancelDate) {
                QVERIFY(*customer.cancelDate >= *customer.signupDate);
                QVERIFY(*customer.cancelDate <= options.end);
            }
        }

        const auto signupOf = [&](const QString &id) { return *sink.customerOf(id).signupDate; };
        const auto inSpan = [&](const QString &id, QDate date) {
            return date.isValid() && date >= signupOf(id) && date >= options.start && date <= options.end;
        };

        QSet<QString> orderKeys;
        const QRegularExpression invoice(u"^INV-\\d{4}-\\d{6}$"_s);
        const QRegularExpression creditNote(u"^CN-\\d{4}-\\d{6}$"_s);
        for (std::size_t i = 0; i < sink.orders.size(); ++i) {
            const OrderRecord &order = sink.orders[i];
            QVERIFY2(inSpan(order.customerExternalId, order.date), qPrintable(order.externalRef));
            QCOMPARE(order.currency, u"EUR"_s);
            QVERIFY(order.amountMinor != 0);
            QCOMPARE(order.dedupKey, order.externalRef);
            QVERIFY2(!orderKeys.contains(order.dedupKey), qPrintable(order.dedupKey));
            orderKeys.insert(order.dedupKey);
            QCOMPARE(order.externalRef.mid(order.externalRef.indexOf(u'-') + 1, 4).toInt(), order.date.year());
            if (order.amountMinor < 0) {
                QVERIFY(creditNote.match(order.externalRef).hasMatch());
                QCOMPARE(order.status, OrderStatus::Paid);
            } else {
                QVERIFY(invoice.match(order.externalRef).hasMatch());
            }
            // A customer's orders come together and in date order.
            if (i > 0 && sink.orders[i - 1].customerExternalId == order.customerExternalId)
                QVERIFY(sink.orders[i - 1].date <= order.date);
        }

        const QSet<QString> kinds {u"login"_s, u"visit"_s, u"email_open"_s, u"feature_use"_s};
        std::set<std::tuple<QString, qint64, QString>> activityKeys;
        for (const ActivityRecord &activity : sink.activities) {
            QVERIFY(inSpan(activity.customerExternalId, activity.date));
            QVERIFY(kinds.contains(activity.kind));
            QVERIFY(activity.count >= 1);
            QVERIFY2(
                activityKeys.emplace(activity.customerExternalId, activity.date.toJulianDay(), activity.kind).second,
                qPrintable(activity.customerExternalId + u' ' + text(activity.date) + u' ' + activity.kind));
        }

        QSet<QString> ticketKeys;
        const QRegularExpression ticketRef(u"^T-\\d{6}$"_s);
        for (const TicketRecord &ticket : sink.tickets) {
            QVERIFY(inSpan(ticket.customerExternalId, ticket.opened));
            if (ticket.closed.isValid()) {
                QVERIFY(ticket.closed >= ticket.opened);
                QVERIFY(ticket.closed <= options.end);
            }
            QVERIFY(!ticket.subject.isEmpty());
            QVERIFY(ticketRef.match(ticket.externalRef).hasMatch());
            QCOMPARE(ticket.dedupKey, ticket.externalRef);
            QVERIFY2(!ticketKeys.contains(ticket.dedupKey), qPrintable(ticket.dedupKey));
            ticketKeys.insert(ticket.dedupKey);
        }

        std::set<std::tuple<QString, qint64, int>> surveyKeys;
        for (const SurveyRecord &survey : sink.surveys) {
            QVERIFY(inSpan(survey.customerExternalId, survey.date));
            if (survey.kind == SurveyKind::Nps)
                QVERIFY2(survey.score.value_or(-1) >= 0 && survey.score.value_or(-1) <= 10,
                    qPrintable(QString::number(survey.score.value_or(-1))));
            else
                QVERIFY2(survey.score.value_or(-1) >= 1 && survey.score.value_or(-1) <= 5,
                    qPrintable(QString::number(survey.score.value_or(-1))));
            QVERIFY(surveyKeys.emplace(survey.customerExternalId, survey.date.toJulianDay(), int(survey.kind)).second);
        }
    }

    void invalidOptionsGenerateNothing_data()
    {
        QTest::addColumn<DemoOptions>("options");
        QTest::addRow("no customers") << options(0);
        QTest::addRow("negative customers") << options(-5);
        QTest::addRow("end before start") << options(10, 1, QDate(2024, 1, 1), QDate(2023, 1, 1));
        QTest::addRow("invalid start") << options(10, 1, QDate(), QDate(2023, 1, 1));
    }

    void invalidOptionsGenerateNothing()
    {
        QFETCH(DemoOptions, options);
        RecordingSink sink;
        QVERIFY(generateDemo(options, sink));
        QVERIFY(sink.customers.empty());
        QVERIFY(sink.orders.empty());
        QVERIFY(sink.activities.empty());
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

    void sinkCanStop_data()
    {
        QTest::addColumn<RecordKind>("kind");
        QTest::addColumn<int>("limit");
        QTest::addRow("first customer") << RecordKind::Customer << 1;
        QTest::addRow("40th customer") << RecordKind::Customer << 40;
        QTest::addRow("25th order") << RecordKind::Order << 25;
        QTest::addRow("300th activity") << RecordKind::Activity << 300;
        QTest::addRow("3rd ticket") << RecordKind::Ticket << 3;
        QTest::addRow("5th survey") << RecordKind::Survey << 5;
    }

    void sinkCanStop()
    {
        QFETCH(RecordKind, kind);
        QFETCH(int, limit);
        StoppingSink sink(kind, limit);
        QVERIFY(!generateDemo(options(200), sink));
        QCOMPARE(sink.seen, limit);
        QCOMPARE(sink.afterStop, 0);
    }

private:
    static void addOptionRows()
    {
        QTest::addColumn<DemoOptions>("options");
        QTest::addRow("2,000 customers over four years") << options(2000);
        QTest::addRow("seed 7, 500 customers") << options(500, 7);
        QTest::addRow("two months") << options(300, 3, QDate(2025, 11, 1), QDate(2025, 12, 31));
        QTest::addRow("one day") << options(20, 4, QDate(2024, 2, 29), QDate(2024, 2, 29));
        QTest::addRow("one customer") << options(1, 5);
    }

    DemoOptions m_options;
    RecordingSink m_data;
    std::vector<DemoStory> m_stories;
    std::vector<DemoArchetype> m_archetypes;
    QHash<int, QList<const ActivityRecord *>> m_activityByCustomer;
    QHash<int, QList<const OrderRecord *>> m_ordersByCustomer;
    QHash<int, QList<const TicketRecord *>> m_ticketsByCustomer;
    QHash<int, QList<const SurveyRecord *>> m_surveysByCustomer;
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
