// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <algorithm>

#include "metrics/dataset.h"

namespace rd::test {

// Builds a Dataset by hand for tests: add customers with their orders, activity and contacts.
class DatasetBuilder
{
public:
    struct Customer
    {
        MetricsCustomer info;
        std::vector<MetricsOrder> orders;
        std::vector<Day> activity;
        std::vector<Day> contacts;
    };

    Customer &add(const QString &id, const QDate &signup = {}, const QDate &cancel = {}, bool contract = false)
    {
        Customer customer;
        customer.info.id = qint64(m_customers.size()) + 1;
        customer.info.externalId = id;
        customer.info.signup = dayOf(signup);
        customer.info.cancel = dayOf(cancel);
        customer.info.hasContract = contract;
        m_customers.push_back(customer);
        return m_customers.back();
    }

    static void order(Customer &customer, const QDate &date, qint64 amountMinor)
    {
        customer.orders.push_back({dayOf(date), amountMinor});
    }
    static void activity(Customer &customer, const QDate &date) { customer.activity.push_back(dayOf(date)); }
    static void contact(Customer &customer, const QDate &date) { customer.contacts.push_back(dayOf(date)); }

    Dataset build() const
    {
        Dataset data;
        data.currency = QStringLiteral("EUR");
        data.orderOffsets.push_back(0);
        data.engagementOffsets.push_back(0);
        data.contactOffsets.push_back(0);
        const auto see = [&data](Day day) {
            if (day == NoDay)
                return;
            data.firstDay = data.firstDay == NoDay ? day : std::min(data.firstDay, day);
            data.lastDay = data.lastDay == NoDay ? day : std::max(data.lastDay, day);
        };
        for (const Customer &customer : m_customers) {
            data.customers.append(customer.info);
            see(customer.info.signup);
            see(customer.info.cancel);
            std::vector<MetricsOrder> orders = customer.orders;
            std::stable_sort(orders.begin(), orders.end(), [](auto a, auto b) { return a.day < b.day; });
            std::vector<Day> engagement = customer.activity;
            for (const MetricsOrder &order : orders) {
                data.orders.push_back(order);
                see(order.day);
                if (order.amountMinor > 0)
                    engagement.push_back(order.day);
            }
            std::sort(engagement.begin(), engagement.end());
            engagement.erase(std::unique(engagement.begin(), engagement.end()), engagement.end());
            for (Day day : engagement) {
                data.engagementDays.push_back(day);
                see(day);
            }
            std::vector<Day> contacts = customer.contacts;
            std::sort(contacts.begin(), contacts.end());
            contacts.erase(std::unique(contacts.begin(), contacts.end()), contacts.end());
            for (Day day : contacts) {
                data.contactDays.push_back(day);
                see(day);
            }
            data.orderOffsets.push_back(qint64(data.orders.size()));
            data.engagementOffsets.push_back(qint64(data.engagementDays.size()));
            data.contactOffsets.push_back(qint64(data.contactDays.size()));
        }
        return data;
    }

private:
    std::vector<Customer> m_customers;
};

} // namespace rd::test
