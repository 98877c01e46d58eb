// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <vector>

#include <QString>

namespace rd {

// Numbers text ids in the order first seen (0, 1, 2, ...) and keeps each id once. The importer's reading
// thread numbers every row's customer with it, so that the writing thread finds the customer's database id
// in a vector (OrderRecord::customerSlot). A million rows look up a few thousand ids a million times:
// QHash<QString, qint32> compared the text of every key it probed (a cache miss each), which was a quarter
// of the reading thread (bench/import). Here each table entry keeps its id's hash beside the number, so the
// text is compared only when the hashes agree, and a short id's text (most customer numbers) is kept in
// the entry itself: one cache line read per lookup instead of three (the table slot, the QString, its
// text). The table is one flat array, open addressing with linear probing, at most half full.
class IdSlots
{
public:
    struct Slot
    {
        qint32 number = -1;
        bool added = false; // the id was not there before
    };

    // The id's number, given to it now when it is new.
    Slot insert(const QString &id) { return insert(id, hash(id)); }
    // The same with the id's hash as prefetch() returned it.
    Slot insert(const QString &id, quint64 idHash);
    // Starts loading the table entry where the id would be and returns its hash, for insert(). A row's
    // customer is known long before it is numbered: loading the entry meanwhile hides the cache miss a
    // table of many customers costs (half of IdSlots' time on a million orders of 50,000 customers).
    quint64 prefetch(const QString &id) const
    {
        const quint64 idHash = hash(id);
        if (!m_table.empty())
            __builtin_prefetch(&m_table[std::size_t(idHash) & (m_table.size() - 1)]);
        return idHash;
    }
    // The id as first given, for the slot number insert() returned; shares its text.
    const QString &id(qint32 number) const { return m_ids[std::size_t(number)]; }
    qsizetype size() const { return qsizetype(m_ids.size()); }
    void clear();

    // The 64-bit hash the table uses (exposed for the tests: equal text, equal hash).
    static quint64 hash(QStringView text);

private:
    static constexpr qsizetype InlineLength = 11;
    struct alignas(32) Entry
    {
        quint32 hash = 0; // the high half of the id's hash
        qint32 number = -1; // -1: empty
        quint16 length = 0; // of the id; InlineLength + 1 for any longer one
        char16_t text[InlineLength] = {}; // the id itself, when that short
    };
    static_assert(sizeof(Entry) == 32);

    bool matches(const Entry &entry, const QString &id) const;

    void grow();

    std::vector<Entry> m_table;
    std::vector<QString> m_ids;
};

} // namespace rd
