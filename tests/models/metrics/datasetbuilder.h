// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <algorithm>
#include <deque>

#include "metrics/dataset.h"

namespace rd::test {

// Builds a Dataset by hand for tests: add customers with their orders, activity, contacts, failed payments,
// tickets and surveys. Like MetricsRepository::load, activity and orders that are no refund are engagement, and tickets
// (opened and closed) and answered surveys are contacts.
class DatasetBuilder
{
public:
    struct Customer
    {
        MetricsCustomer info;
        std::vector<MetricsOrder> orders;
        std::vector<Day> activity; // days with activity events; the events are in activityCounts
        std::vector<Day> contacts;
        std::vector<ActivityDay> activityCounts;
        std::vector<Day> failedPayments;
        std::vector<MetricsTicket> tickets;
        std::vector<MetricsSurvey> surveys;
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
    // A day with one activity event.
    static void activity(Customer &customer, const QDate &date) { activityCount(customer, date, 1); }
    // A day with `count` activity events; several calls for one day add up.
    static void activityCount(Customer &customer, const QDate &date, int count)
    {
        customer.activity.push_back(dayOf(date));
        customer.activityCounts.push_back({dayOf(date), count});
    }
    // A ticket or an answered survey that is only known as a day (not in the ticket or survey lists).
    static void contact(Customer &customer, const QDate &date) { customer.contacts.push_back(dayOf(date)); }
    static void failedPayment(Customer &customer, const QDate &date) { customer.failedPayments.push_back(dayOf(date)); }
    // An invalid `closed` leaves the ticket unresolved.
    static void ticket(Customer &customer, const QDate &opened, const QDate &closed = {},
        MetricsSeverity severity = MetricsSeverity::Normal, bool complaint = false)
    {
        customer.tickets.push_back({dayOf(opened), dayOf(closed), severity, complaint});
        customer.contacts.push_back(dayOf(opened));
        if (closed.isValid())
            customer.contacts.push_back(dayOf(closed));
    }
    // A score of -1: sent, not answered. The scale: 10 for NPS, 5 for CSAT unless given.
    static void survey(Customer &customer, const QDate &date, bool nps, int score = -1, int scale = 0)
    {
        customer.surveys.push_back({dayOf(date), nps, score, scale > 0 ? scale : nps ? 10 : 5});
        if (score >= 0)
            customer.contacts.push_back(dayOf(date));
    }
    static void renewal(Customer &customer, const QDate &date) { customer.info.renewal = dayOf(date); }

    Dataset build() const
    {
        Dataset data;
        data.currency = QStringLiteral("EUR");
        data.orderOffsets.push_back(0);
        data.engagementOffsets.push_back(0);
        data.contactOffsets.push_back(0);
        data.activityOffsets.push_back(0);
        data.failedPaymentOffsets.push_back(0);
        data.ticketOffsets.push_back(0);
        data.surveyOffsets.push_back(0);
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
                if (order.amountMinor >= 0)
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
            std::vector<ActivityDay> counts = customer.activityCounts;
            std::stable_sort(counts.begin(), counts.end(), [](auto a, auto b) { return a.day < b.day; });
            for (const ActivityDay &day : counts) {
                if (data.activity.size() > std::size_t(data.activityOffsets.back())
                    && data.activity.back().day == day.day)
                    data.activity.back().count += day.count;
                else
                    data.activity.push_back(day);
            }
            std::vector<Day> failed = customer.failedPayments;
            std::sort(failed.begin(), failed.end());
            failed.erase(std::unique(failed.begin(), failed.end()), failed.end());
            for (Day day : failed) {
                data.failedPayments.push_back(day);
                see(day);
            }
            std::vector<MetricsTicket> tickets = customer.tickets;
            std::stable_sort(tickets.begin(), tickets.end(), [](auto a, auto b) { return a.day < b.day; });
            data.tickets.insert(data.tickets.end(), tickets.begin(), tickets.end());
            std::vector<MetricsSurvey> surveys = customer.surveys;
            std::stable_sort(surveys.begin(), surveys.end(), [](auto a, auto b) { return a.day < b.day; });
            for (const MetricsSurvey &survey : surveys) {
                data.surveys.push_back(survey);
                see(survey.day);
            }
            data.orderOffsets.push_back(qint64(data.orders.size()));
            data.engagementOffsets.push_back(qint64(data.engagementDays.size()));
            data.contactOffsets.push_back(qint64(data.contactDays.size()));
            data.activityOffsets.push_back(qint64(data.activity.size()));
            data.failedPaymentOffsets.push_back(qint64(data.failedPayments.size()));
            data.ticketOffsets.push_back(qint64(data.tickets.size()));
            data.surveyOffsets.push_back(qint64(data.surveys.size()));
        }
        return data;
    }

private:
    std::deque<Customer> m_customers; // a deque: add() hands out references that later adds keep valid
};

} // namespace rd::test
