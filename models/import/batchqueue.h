// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// Private to the importer: the hand-over from the thread that reads and checks rows to the one that stores
// them (ImportRun), in batches of records.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <variant>
#include <vector>

#include "storage/records.h"

namespace rd::detail {

using StoreOp = std::variant<CustomerRecord, OrderRecord, ActivityRecord, TicketRecord, SurveyRecord>;

// Checked records on their way from the reading thread to the writing one, with how far reading had got.
struct Batch
{
    std::vector<StoreOp> ops;
    qint64 rowsRead = 0;
    qint64 bytesRead = 0;
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
