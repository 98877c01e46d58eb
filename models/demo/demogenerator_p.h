// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// Private to the demo generator: what its three files share. demogenerator.cpp draws each customer's
// story (planProfile) and hands the records to the sink in order; democustomers.cpp plans a customer's
// identity, subscription and shop orders; demoactivity.cpp its activity, tickets and survey answers.
#pragma once

#include <algorithm>
#include <cmath>
#include <compare>
#include <cstddef>
#include <iterator>
#include <numbers>
#include <vector>

#include <QRandomGenerator>

#include "demo/demogenerator.h"

namespace rd::demo {

class Random
{
public:
    void seed(quint32 value) { m_rng.seed(value); }
    double uniform() { return m_rng.generateDouble(); }
    double between(double low, double high) { return low + (high - low) * uniform(); }
    int integer(int low, int high) { return m_rng.bounded(low, high + 1); } // both inclusive
    bool chance(double probability) { return uniform() < probability; }
    double normal()
    {
        // Box-Muller by hand: std::normal_distribution differs between standard libraries.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    // Days until the next event of a process that fires with the given probability per day (>= 1).
    int gap(double probability)
    {
        if (probability >= 1.0)
            return 1;
        const double days = std::log1p(-uniform()) / std::log1p(-probability);
        return 1 + int(std::min(days, 1e7));
    }
    template<typename T, std::size_t N> const T &pick(const T (&items)[N]) { return items[m_rng.bounded(int(N))]; }

private:
    QRandomGenerator m_rng;
};

// Relative weight of signups and of shop orders per month: spring and autumn signups, a Christmas peak
// and a summer dip in the shop.
inline constexpr double SignupSeason[12] = {0.9, 1.0, 1.3, 1.4, 1.3, 0.85, 0.75, 0.8, 1.3, 1.35, 1.1, 0.7};
inline constexpr double OrderSeason[12] = {0.85, 0.85, 1.0, 1.0, 1.0, 0.8, 0.7, 0.75, 1.0, 1.1, 1.5, 1.9};
inline constexpr double OrderSeasonMax = 1.9;

inline constexpr qint64 PlanPrice[3] = {1900, 4900, 12900};

class SignupSchedule
{
public:
    explicit SignupSchedule(const DemoOptions &options)
        : m_startJd(options.start.toJulianDay())
    {
        const int days = int(options.end.toJulianDay() - m_startJd) + 1;
        m_cumulative.resize(days);
        double total = 0;
        QDate date = options.start;
        for (int i = 0; i < days; ++i, date = date.addDays(1)) {
            const double growth = 1.0 + 2.0 * i / std::max(1, days - 1);
            total += growth * SignupSeason[date.month() - 1];
            m_cumulative[i] = total;
        }
    }

    // Customers are spread over the span by the quantiles of the weights, so ids follow signup order.
    qint64 signupJd(int index, int customers) const
    {
        const double target = (index + 0.5) / customers * m_cumulative.back();
        const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
        const qint64 offset = std::min<qint64>(std::distance(m_cumulative.cbegin(), it), m_cumulative.size() - 1);
        return m_startJd + offset;
    }

private:
    qint64 m_startJd;
    std::vector<double> m_cumulative;
};

// A customer's story: who it is and the days on which its story turns.
struct Profile
{
    DemoArchetype archetype = DemoArchetype::LoyalShopper;
    bool subscriber = false;
    int signupJd = 0;
    int span = 0; // days from signup to end
    int stopJd = 0; // first day without use or orders; after the end while the customer stays
    int cancelJd = 0;
    int troubleJd = 0;
    int fadeStartJd = 0;
    int quietJd = 0;
    double activityRate = 0; // probability of an active day
    double ticketRate = 0; // ordinary tickets per year
    double npsResponse = 0;
};

// Appends value in decimal, zero-padded to width digits.
void appendNumber(QString &out, qint64 value, int width);

enum ActivityKind : quint8 { Login, Visit, EmailOpen, FeatureUse };

struct PlannedOrder
{
    int jd;
    qint64 amount;
    OrderStatus status;
    bool refund;
};

struct PlannedActivity
{
    int jd;
    ActivityKind kind;
    int count;
    auto operator<=>(const PlannedActivity &other) const
    {
        if (jd != other.jd)
            return jd <=> other.jd;
        return kind <=> other.kind;
    }
    bool operator==(const PlannedActivity &other) const { return jd == other.jd && kind == other.kind; }
};

struct PlannedTicket
{
    int opened;
    int closed; // 0 while open at the end
    TicketSeverity severity;
    bool complaint;
    const QString *subject;
};

struct PlannedSurvey
{
    int jd;
    SurveyKind kind;
    int score;
};

// Plans each customer's records in full, then hands them to the sink: customer() in demogenerator.cpp.
class Generator
{
public:
    Generator(const DemoOptions &options, DemoSink &sink)
        : m_options(options)
        , m_sink(sink)
        , m_schedule(options)
        , m_startJd(int(options.start.toJulianDay()))
        , m_endJd(int(options.end.toJulianDay()))
        , m_firstYear(options.start.year())
    {
        const int years = options.end.year() - m_firstYear + 1;
        m_invoiceNumbers.assign(years, 0);
        m_creditNumbers.assign(years, 0);
        // Month and year per day, so that the per-day processes do not convert dates.
        for (QDate date = options.start; date <= options.end; date = date.addDays(1))
            m_months.push_back(quint8(date.month() - 1));
        m_orders.reserve(256);
        m_activity.reserve(1024);
    }

    bool run()
    {
        for (int index = 0; index < m_options.customers; ++index) {
            if (!customer(index))
                return false;
        }
        return true;
    }

private:
    bool customer(int index);
    void planIdentity(CustomerRecord &record);
    void planSubscription();
    void planShopOrders();
    void planActivity();
    void planTickets();
    void planSurveys();
    void planCancelReason(CustomerRecord &record);
    bool emitRecords(const QString &customerId);

    void addOrder(int jd, qint64 amount, OrderStatus status = OrderStatus::Paid)
    {
        m_orders.push_back({jd, amount, status, false});
    }
    void maybeRefund(int jd, qint64 amount, double probability);
    void activeDay(int jd);
    void addTicket(int opened, bool complaint, const QString *subject, TicketSeverity severity);
    void addCsat(const PlannedTicket &ticket);
    int npsScore(int jd);

    int month(int jd) const { return m_months[jd - m_startJd]; }
    static bool weekend(int jd) { return jd % 7 >= 5; } // Julian day 0 was a Monday

    // How engaged the customer is on a day, 1 = as usual, 0 = gone.
    double level(int jd) const
    {
        if (jd >= m_profile.stopJd)
            return 0;
        if (m_profile.archetype != DemoArchetype::SilentChurner || jd < m_profile.fadeStartJd)
            return 1;
        if (jd >= m_profile.quietJd)
            return 0;
        // Half after the first third of the fade, a quarter after the second, a tenth at its end; then silence.
        return std::exp2(-3.5 * fadeProgress(jd));
    }
    double valueLevel(int jd) const
    {
        if (m_profile.archetype != DemoArchetype::SilentChurner || jd < m_profile.fadeStartJd)
            return 1;
        return std::exp2(-2.0 * std::min(1.0, fadeProgress(jd)));
    }
    double fadeProgress(int jd) const
    {
        return double(jd - m_profile.fadeStartJd) / (m_profile.quietJd - m_profile.fadeStartJd);
    }
    int planAt(int jd) const { return m_planChangeJd && jd >= m_planChangeJd ? m_planAfter : m_plan; }
    bool loyal() const
    {
        return m_profile.archetype == DemoArchetype::LoyalSubscriber
            || m_profile.archetype == DemoArchetype::LoyalShopper;
    }

    const DemoOptions &m_options;
    DemoSink &m_sink;
    SignupSchedule m_schedule;
    Random m_random;
    const int m_startJd;
    const int m_endJd;
    const int m_firstYear;
    std::vector<quint8> m_months;
    std::vector<int> m_invoiceNumbers;
    std::vector<int> m_creditNumbers;
    int m_ticketNumber = 0;

    // The customer being generated.
    Profile m_profile;
    bool m_firm = false;
    int m_plan = 0;
    int m_planChangeJd = 0;
    int m_planAfter = 0;
    double m_spendMu = 0;
    std::vector<PlannedOrder> m_orders;
    std::vector<PlannedActivity> m_activity;
    std::vector<PlannedTicket> m_tickets;
    std::vector<PlannedSurvey> m_surveys;

    CustomerRecord m_customerRecord;
    OrderRecord m_orderRecord;
    ActivityRecord m_activityRecord;
    TicketRecord m_ticketRecord;
    SurveyRecord m_surveyRecord;
};

} // namespace rd::demo
