// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// What the tests of the demo generator share: a sink that keeps and hashes every record, and the options.
#pragma once

#include <optional>
#include <vector>

#include <QCryptographicHash>
#include <QDate>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "demo/demogenerator.h"

namespace rd::test {

inline QString text(const std::optional<QString> &value)
{
    return value ? *value : QStringLiteral("<none>");
}

inline QString text(const std::optional<QDate> &value)
{
    return value ? value->toString(Qt::ISODate) : QStringLiteral("<none>");
}

inline QString text(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("<none>");
}

inline QString text(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("<open>");
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
        feed({QStringLiteral("C"), record.externalId, text(record.name), text(record.email), text(record.segment),
            text(record.plan), text(record.country), text(record.signupDate), text(record.cancelDate),
            text(record.mrrMinor), text(record.currency), text(record.totalSpentMinor), text(record.totalOrders),
            text(record.lastActive)});
        return true;
    }
    bool order(const OrderRecord &record) override
    {
        checkKnown(record.customerExternalId);
        orders.push_back(record);
        feed({QStringLiteral("O"), record.customerExternalId, text(record.date), QString::number(record.amountMinor),
            record.currency, QString::number(int(record.status)), record.externalRef, record.dedupKey});
        return true;
    }
    bool activity(const ActivityRecord &record) override
    {
        checkKnown(record.customerExternalId);
        activities.push_back(record);
        feed({QStringLiteral("A"), record.customerExternalId, text(record.date), record.kind,
            QString::number(record.count)});
        return true;
    }
    bool ticket(const TicketRecord &record) override
    {
        checkKnown(record.customerExternalId);
        tickets.push_back(record);
        feed({QStringLiteral("T"), record.customerExternalId, text(record.opened), text(record.closed),
            QString::number(int(record.severity)), QString::number(record.complaint), record.subject,
            record.externalRef, record.dedupKey});
        return true;
    }
    bool survey(const SurveyRecord &record) override
    {
        checkKnown(record.customerExternalId);
        surveys.push_back(record);
        feed({QStringLiteral("S"), record.customerExternalId, text(record.date), QString::number(int(record.kind)),
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

inline DemoOptions options(
    int customers, quint32 seed = 1, QDate start = QDate(2022, 1, 1), QDate end = QDate(2025, 12, 31))
{
    DemoOptions result;
    result.customers = customers;
    result.seed = seed;
    result.start = start;
    result.end = end;
    return result;
}

} // namespace rd::test

Q_DECLARE_METATYPE(rd::test::RecordKind)
