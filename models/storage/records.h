// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace rd {

// Plain records as the importer and the demo generator hand them to storage. Customers are named
// by their external id (the id of the source system); storage resolves it and creates customers
// that orders, events, tickets or answers name but no customer file has introduced yet.
// Money is in integer minor units (cents). An unset optional leaves the stored value as it is.

struct CustomerRecord
{
    QString externalId;
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> segment;
    std::optional<QString> plan;
    std::optional<QString> country;
    std::optional<QDate> signupDate;
    std::optional<QDate> cancelDate;
    std::optional<qint64> mrrMinor; // monthly recurring amount
    std::optional<QString> currency;
    std::optional<qint64> totalSpentMinor; // lifetime figures some tools export (Shopify, WooCommerce)
    std::optional<qint64> totalOrders;
    std::optional<QDate> lastActive;
    std::optional<QDate> renewalDate; // the next renewal of the contract
    std::optional<QString> cancelReason; // why the customer cancelled: free text or a code (too_expensive)
    std::optional<QString> cancelComment;
};

enum class OrderStatus { Paid, Failed };

struct OrderRecord
{
    QString customerExternalId;
    QDate date;
    qint64 amountMinor = 0; // negative for refunds and credit notes
    QString currency; // ISO 4217, e.g. EUR
    OrderStatus status = OrderStatus::Paid;
    QString externalRef; // order, invoice or payment number; empty when the source has none
    // Identifies the order across re-imports: the external reference where there is one,
    // otherwise a key the importer derives from the row's content.
    QString dedupKey;
    // A shortcut for the writer (ImportStore): the number the producer gives this customer's external id,
    // counting from 0 in the order first seen within one import. -1: the writer looks the id up itself.
    qint32 customerSlot = -1;
};

// An order as the importer hands it over in bulk: its text as UTF-8 bytes that the caller owns, which
// ImportStore::addOrder copies before it returns. A million orders so need no allocation each.
struct OrderView
{
    QByteArrayView customerExternalId;
    QDate date;
    qint64 amountMinor = 0;
    QByteArrayView currency;
    OrderStatus status = OrderStatus::Paid;
    QByteArrayView externalRef; // empty when the source has none
    QByteArrayView dedupKey;
    qint32 customerSlot = -1;
};

struct ActivityRecord
{
    QString customerExternalId;
    QDate date;
    QString kind; // login, visit, email_open, feature_use, ...
    qint64 count = 1;
    // A shortcut for the writer (ImportStore): the number the producer gives this customer's external id,
    // counting from 0 in the order first seen within one import. -1: the writer looks the id up itself.
    qint32 customerSlot = -1;
};

enum class TicketSeverity { Low, Normal, High, Critical };

struct TicketRecord
{
    QString customerExternalId;
    QDate opened;
    QDate closed; // invalid while unresolved
    TicketSeverity severity = TicketSeverity::Normal;
    bool complaint = false;
    QString subject;
    QString externalRef;
    QString dedupKey;
};

enum class SurveyKind { Nps, Csat, Exit };

struct SurveyRecord
{
    QString customerExternalId;
    QDate date;
    SurveyKind kind = SurveyKind::Nps;
    std::optional<int> score; // NPS 0-10, CSAT 1 to the scale; empty: sent and not answered
    int scale = 5; // CSAT: the highest score of the survey (5 or 10); NPS is always 0-10
    // Exit: why the customer left (free text or a code) and their comment; both empty when unanswered.
    QString reason = {};
    QString comment = {};
};

} // namespace rd
