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
};

// One order as the metrics see it: a paid order's day and amount (refunds negative).
struct MetricsOrder
{
    Day day;
    qint64 amountMinor;
};

// Everything the churn and retention engine reads from a database, loaded once: customers, and per
// customer its paid orders and its days with a sign of life, each sorted by day. Per-customer lists
// are stored back to back with offsets (customer i owns [offsets[i], offsets[i + 1])).
struct Dataset
{
    QList<MetricsCustomer> customers;

    std::vector<qint64> orderOffsets; // customers.size() + 1 entries
    std::vector<MetricsOrder> orders; // paid orders only; failed payments are not revenue

    // Days with an order of positive amount or an activity event: engagement, as shops count it.
    std::vector<qint64> engagementOffsets;
    std::vector<Day> engagementDays; // sorted, distinct per customer

    // Days with a ticket opened or a survey answered: also signs of life, but not engagement.
    std::vector<qint64> contactOffsets;
    std::vector<Day> contactDays; // sorted, distinct per customer

    Day firstDay = NoDay; // first and last day any record names
    Day lastDay = NoDay;
    QString currency; // the most common currency of the orders

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
};

} // namespace rd
