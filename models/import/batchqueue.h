// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// Private to the importer: the hand-over from the thread that reads and checks rows to the one that stores
// them (ImportRun), in batches of records.
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <variant>
#include <vector>

#include "core/utf8.h"
#include "storage/records.h"

namespace rd::detail {

// An order in a batch: its text (UTF-8) lies in the batch's text buffer, one after the other, so that the
// reading thread allocates nothing per order and the writing thread frees nothing (bench/import: the
// QStrings of a million OrderRecords, made on one thread and freed on the other, cost the writer a third).
struct PackedOrder
{
    qint64 amountMinor = 0;
    QDate date;
    qsizetype textAt = 0;
    qint32 customerSize = 0;
    qint32 currencySize = 0;
    qint32 referenceSize = 0;
    qint32 keySize = 0;
    qint32 customerSlot = -1;
    OrderStatus status = OrderStatus::Paid;
};

// The bulk kinds (orders, activity) lie in the batch itself; the large records of the other kinds behind a
// pointer, so that a batch of orders is 2,048 small entries rather than 2,048 of a customer's size (about
// 330 bytes each), which the writing thread would read from the other core's cache and destroy again.
using StoreOp = std::variant<PackedOrder, ActivityRecord, std::unique_ptr<CustomerRecord>,
    std::unique_ptr<TicketRecord>, std::unique_ptr<SurveyRecord>>;

// Checked records on their way from the reading thread to the writing one, with how far reading had got.
struct Batch
{
    std::vector<StoreOp> ops;
    QByteArray text; // of the PackedOrders
    qint64 rowsRead = 0;
    qint64 bytesRead = 0;

    void add(const OrderRecord &order)
    {
        PackedOrder packed;
        packed.amountMinor = order.amountMinor;
        packed.date = order.date;
        packed.status = order.status;
        packed.customerSlot = order.customerSlot;
        packed.textAt = text.size();
        const auto append = [this](const QString &value) {
            const qsizetype before = text.size();
            appendUtf8(text, value);
            return qint32(text.size() - before);
        };
        packed.customerSize = append(order.customerExternalId);
        packed.currencySize = append(order.currency);
        packed.referenceSize = append(order.externalRef);
        packed.keySize = append(order.dedupKey);
        ops.emplace_back(packed);
    }

    OrderView order(const PackedOrder &packed) const
    {
        QByteArrayView rest = QByteArrayView(text).sliced(packed.textAt);
        const auto take = [&rest](qint32 size) {
            const QByteArrayView part = rest.first(size);
            rest = rest.sliced(size);
            return part;
        };
        OrderView view;
        view.customerExternalId = take(packed.customerSize);
        view.date = packed.date;
        view.amountMinor = packed.amountMinor;
        view.currency = take(packed.currencySize);
        view.status = packed.status;
        view.externalRef = take(packed.referenceSize);
        view.dedupKey = take(packed.keySize);
        view.customerSlot = packed.customerSlot;
        return view;
    }
};

// A bounded hand-over between one producer and one consumer. close() ends it after the last batch;
// abort() stops both sides at once.
class BatchQueue
{
public:
    bool push(Batch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_aborted || m_batches.size() < Capacity; });
        if (m_aborted)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    bool pop(Batch &batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_aborted || m_closed || !m_batches.empty(); });
        if (m_aborted || m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    void abort()
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_changed.notify_all();
    }

private:
    static constexpr std::size_t Capacity = 8;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace rd::detail
