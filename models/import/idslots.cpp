// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "import/idslots.h"

#include <algorithm>
#include <cstring>

namespace rd {

namespace {

constexpr quint64 Multiplier = 0x9E3779B97F4A7C15ull;

quint64 mix(quint64 value)
{
    value ^= value >> 31;
    value *= 0xBF58476D1CE4E5B9ull;
    value ^= value >> 29;
    return value;
}

} // namespace

quint64 IdSlots::hash(QStringView text)
{
    // Four UTF-16 code units at a time, each word stirred in by a multiply and a shift.
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.utf16());
    std::size_t left = std::size_t(text.size()) * sizeof(char16_t);
    quint64 value = Multiplier ^ left;
    while (left >= sizeof(quint64)) {
        quint64 word;
        std::memcpy(&word, bytes, sizeof word);
        value = mix((value ^ word) * Multiplier);
        bytes += sizeof word;
        left -= sizeof word;
    }
    if (left > 0) {
        quint64 word = 0;
        std::memcpy(&word, bytes, left);
        value = mix((value ^ word) * Multiplier);
    }
    return mix(value);
}

IdSlots::Slot IdSlots::insert(const QString &id, quint64 full)
{
    if (2 * (m_ids.size() + 1) > m_table.size())
        grow();
    const auto tag = quint32(full >> 32);
    const std::size_t mask = m_table.size() - 1;
    for (std::size_t at = std::size_t(full) & mask;; at = (at + 1) & mask) {
        Entry &entry = m_table[at];
        if (entry.number < 0) {
            entry.hash = tag;
            entry.number = qint32(m_ids.size());
            // A longer id is marked by a length no short one has, and compared in m_ids.
            entry.length = quint16(std::min(id.size(), InlineLength + 1));
            if (id.size() <= InlineLength)
                std::memcpy(entry.text, id.utf16(), std::size_t(id.size()) * sizeof(char16_t));
            m_ids.push_back(id);
            return {entry.number, true};
        }
        if (entry.hash == tag && matches(entry, id))
            return {entry.number, false};
    }
}

bool IdSlots::matches(const Entry &entry, const QString &id) const
{
    if (id.size() <= InlineLength) {
        return entry.length == id.size()
            && std::memcmp(entry.text, id.utf16(), std::size_t(id.size()) * sizeof(char16_t)) == 0;
    }
    return m_ids[std::size_t(entry.number)] == id;
}

void IdSlots::clear()
{
    m_table.clear();
    m_ids.clear();
}

void IdSlots::grow()
{
    std::vector<Entry> old(std::max<std::size_t>(m_table.size() * 2, 1024));
    old.swap(m_table);
    const std::size_t mask = m_table.size() - 1;
    for (const Entry &entry : old) {
        if (entry.number < 0)
            continue;
        // The low half of the hash placed it; recompute it from the text, which the table does not keep.
        std::size_t at = std::size_t(hash(m_ids[std::size_t(entry.number)])) & mask;
        while (m_table[at].number >= 0)
            at = (at + 1) & mask;
        m_table[at] = entry;
    }
}

} // namespace rd
