// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <vector>

#include "core/result.h"
#include "storage/records.h"
#include "storage/sqlitestatement.h"

namespace rd {

class Database;

// Writes one import (a file, or a generated demo business) as one transaction: begin(), any
// number of records, then finish() to commit or rollback() to leave the database as it was.
// Everything is an upsert, so writing the same records again changes nothing:
// customers by external id, orders and tickets by their dedup key, activity by
// (customer, day, kind), survey answers by (customer, day, kind). Records of one import that share
// a key add up (line items folding into one order, several activity rows of one day).
class ImportStore
{
    Q_DECLARE_TR_FUNCTIONS(ImportStore)

public:
    explicit ImportStore(Database &database);
    ~ImportStore();
    ImportStore(const ImportStore &) = delete;
    ImportStore &operator=(const ImportStore &) = delete;

    Result<void> begin(const QString &fileName, const QString &kind);
    Result<void> upsertCustomer(const CustomerRecord &record);
    Result<void> addOrder(const OrderRecord &record);
    Result<void> addOrder(const OrderView &order);
    // Starts loading what addOrder() will look up for a customer slot (OrderRecord::customerSlot) a few
    // orders ahead: a random read in the slots of many customers, otherwise a cache miss an order.
    void prefetchCustomer(qint32 slot) const
    {
        // One unsigned comparison for both bounds (-1 becomes 2^32 - 1): GCC 12 dropped the prefetch
        // behind two.
        if (std::size_t(quint32(slot)) < m_slotIds.size())
            __builtin_prefetch(m_slotIds.data() + slot);
    }
    Result<void> addActivity(const ActivityRecord &record);
    Result<void> upsertTicket(const TicketRecord &record);
    Result<void> upsertSurvey(const SurveyRecord &record);

    struct Summary
    {
        qint64 accepted = 0;
        qint64 rejected = 0;
        qint64 skipped = 0;
        // Order rows without a customer (guest orders): not imported, and their revenue not attributed.
        qint64 guestRows = 0;
        qint64 guestRevenueMinor = 0;
    };
    // Logs the import (file hash and row counts) and commits. Returns whether a file with the
    // same SHA-256 had been imported before.
    Result<bool> finish(const QString &sha256, const Summary &summary);
    void rollback();

    qint64 importId() const { return m_importId; }
    // Customers the finished import added (new ids in customer files, or named by orders and events).
    qint64 customersCreated() const { return m_customersCreated; }

private:
    Result<qint64> customerId(const QString &externalId, qint32 slot = -1);
    Result<qint64> customerId(QByteArrayView externalId, qint32 slot);
    Result<void> run(SqliteStatement &statement);
    Result<qint64> customerCount();
    Result<void> updateActivitySummaries();
    void finishStatements();
    void endBulkWriting();

    Database &m_database;
    bool m_active = false;
    qint64 m_importId = 0;
    qint64 m_customersBefore = 0;
    qint64 m_customersCreated = 0;
    QHash<QString, qint64> m_customerIds;
    std::vector<qint64> m_slotIds; // by the records' customerSlot; 0 where not known yet
    QSet<qint64> m_activityCustomers; // whose activity summary finish() rewrites
    SqliteStatement m_findCustomer;
    SqliteStatement m_createCustomer;
    SqliteStatement m_upsertCustomer;
    // Orders and activity rows go to SQLite in chunks of one multi-row upsert each: per statement
    // SQLite has a fixed cost that one row a statement would pay a million times.
    static constexpr int ChunkRows = 64;
    // An order waiting for its chunk, its text in m_pendingOrderText (currency, reference, key in a row).
    struct PendingOrder
    {
        qint64 customerId;
        qint64 amountMinor;
        QDate date;
        OrderStatus status;
        qsizetype textAt;
        qsizetype currencySize;
        qsizetype referenceSize;
        qsizetype keySize;
    };
    struct PendingActivity
    {
        qint64 customerId;
        ActivityRecord record;
    };
    Result<void> flushOrders();
    Result<void> flushActivity();
    Result<void> flush();
    std::vector<PendingOrder> m_pendingOrders;
    QByteArray m_pendingOrderText;
    QByteArray m_recordText; // addOrder(OrderRecord)'s UTF-8 copy
    QList<PendingActivity> m_pendingActivity;
    SqliteStatement m_orderChunk;
    SqliteStatement m_activityChunk;
    SqliteStatement m_upsertTicket;
    SqliteStatement m_upsertSurvey;
    SqliteStatement m_upsertExitAnswer;
    SqliteStatement m_findImport;
    SqliteStatement m_logImport;
};

} // namespace rd
