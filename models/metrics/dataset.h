// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <limits>
#include <span>
#include <vector>

#include <QDate>
#include <QList>
#include <QString>

namespace rd {

// Days are Julian day numbers (QDate::toJulianDay) as int: compact, and a difference is a number of days.
using Day = int;
inline constexpr Day NoDay = std::numeric_limits<int>::min();

inline Day dayOf(const QDate &date)
{
    return date.isValid() ? Day(date.toJulianDay()) : NoDay;
}

inline QDate dateOf(Day day)
{
    return day == NoDay ? QDate() : QDate::fromJulianDay(day);
}

struct MetricsCustomer
{
    qint64 id = 0;
    QString externalId;
    QString name;
    QString segment;
    QString plan;
    QString country;
    Day signup = NoDay;
    Day cancel = NoDay;
    qint64 mrrMinor = 0;
    bool hasContract = false; // a plan or a monthly recurring amount
    Day renewal = NoDay; // the contract's next renewal, where the data has it
};

// One order as the metrics see it: a paid order's day and amount (refunds negative).
struct MetricsOrder
{
    Day day;
    qint64 amountMinor;
};

// Orders of one day make one purchase unless they are a refund: a positive net amount, or orders of zero
// amount only (free goods, vouchers: still a sign of a customer who buys). Calls f(day, net) for each such
// day of a customer's orders, sorted by day.
template<typename F> void forEachPurchaseDay(std::span<const MetricsOrder> orders, F &&f)
{
    for (std::size_t i = 0; i < orders.size();) {
        const Day day = orders[i].day;
        qint64 net = 0;
        bool refund = false;
        for (; i < orders.size() && orders[i].day == day; ++i) {
            net += orders[i].amountMinor;
            refund = refund || orders[i].amountMinor < 0;
        }
        if (net > 0 || (net == 0 && !refund))
            f(day, net);
    }
}

// A day with activity events, and how many.
struct ActivityDay
{
    Day day;
    int count;
};

enum class MetricsSeverity { Low, Normal, High, Critical };

struct MetricsTicket
{
    Day day; // opened
    Day closed = NoDay; // NoDay while unresolved
    MetricsSeverity severity = MetricsSeverity::Normal;
    bool complaint = false;
};

struct MetricsSurvey
{
    Day day;
    bool nps = true; // else CSAT
    int score = -1; // -1: sent, not answered
    int scale = 10; // the highest score: 10 for NPS, 5 or 10 for CSAT
    // A CSAT answer on the 1-5 scale the thresholds use (an answer of 1-10 mapped linearly: 10 -> 5, 1 -> 1).
    double csatOnFive() const { return scale == 5 ? score : 1.0 + (score - 1) * 4.0 / (scale - 1); }
};

// Everything the churn and retention engine reads from a database, loaded once: customers, and per
// customer its paid orders and its days with a sign of life, each sorted by day. Per-customer lists
// are stored back to back with offsets (customer i owns [offsets[i], offsets[i + 1])).
struct Dataset
{
    QList<MetricsCustomer> customers;

    std::vector<qint64> orderOffsets; // customers.size() + 1 entries
    std::vector<MetricsOrder> orders; // paid orders only; failed payments are not revenue

    // Days with an order that is no refund (zero amounts count) or an activity event: engagement.
    std::vector<qint64> engagementOffsets;
    std::vector<Day> engagementDays; // sorted, distinct per customer

    // Days with a ticket opened or closed or a survey answered: also signs of life, but not engagement.
    std::vector<qint64> contactOffsets;
    std::vector<Day> contactDays; // sorted, distinct per customer

    std::vector<qint64> activityOffsets; // activity events per day, sorted
    std::vector<ActivityDay> activity;
    std::vector<qint64> failedPaymentOffsets; // days of failed payments, sorted
    std::vector<Day> failedPayments;
    std::vector<qint64> ticketOffsets; // by opening day
    std::vector<MetricsTicket> tickets;
    std::vector<qint64> surveyOffsets; // by day, answered or not
    std::vector<MetricsSurvey> surveys;

    Day firstDay = NoDay; // first and last day any record names
    Day lastDay = NoDay;
    QString currency; // the most common currency of the orders
    // Order rows the imports found without a customer id (guest orders): not in any figure.
    qint64 guestOrderRows = 0;
    qint64 guestRevenueMinor = 0;

    int customerCount() const { return int(customers.size()); }
    std::span<const MetricsOrder> ordersOf(int customer) const
    {
        return {orders.data() + orderOffsets[customer], orders.data() + orderOffsets[customer + 1]};
    }
    std::span<const Day> engagementOf(int customer) const
    {
        return {engagementDays.data() + engagementOffsets[customer],
            engagementDays.data() + engagementOffsets[customer + 1]};
    }
    std::span<const Day> contactsOf(int customer) const
    {
        return {contactDays.data() + contactOffsets[customer], contactDays.data() + contactOffsets[customer + 1]};
    }
    // The lists below are empty for a dataset built without them (offsets left empty).
    std::span<const ActivityDay> activityOf(int customer) const { return slice(activity, activityOffsets, customer); }
    std::span<const Day> failedPaymentsOf(int customer) const
    {
        return slice(failedPayments, failedPaymentOffsets, customer);
    }
    std::span<const MetricsTicket> ticketsOf(int customer) const { return slice(tickets, ticketOffsets, customer); }
    std::span<const MetricsSurvey> surveysOf(int customer) const { return slice(surveys, surveyOffsets, customer); }

private:
    template<typename T>
    static std::span<const T> slice(const std::vector<T> &values, const std::vector<qint64> &offsets, int customer)
    {
        if (offsets.size() <= std::size_t(customer) + 1)
            return {};
        return {values.data() + offsets[customer], values.data() + offsets[customer + 1]};
    }
};

} // namespace rd
