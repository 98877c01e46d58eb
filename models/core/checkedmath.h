// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

// Money arithmetic that cannot overflow: amounts are 64-bit integer minor units (cents), and a hostile or
// broken file must never wrap them round to -92,233,720,368,547,758.08.

#include <limits>
#include <optional>

#include <QtGlobal>

namespace rd {

// The largest amount one row (or one order, or one monthly recurring revenue) may carry: 10^12 currency
// units. No small business books a trillion on one line; a value beyond it is a misread or an attack.
inline constexpr qint64 MaxPlausibleAmountMinor = 100'000'000'000'000;

inline bool isPlausibleAmount(qint64 minor)
{
    return minor >= -MaxPlausibleAmountMinor && minor <= MaxPlausibleAmountMinor;
}

// a + b, or nullopt where it would not fit into 64 bits.
inline std::optional<qint64> checkedAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

// a * b, or nullopt where it would not fit into 64 bits.
inline std::optional<qint64> checkedMul(qint64 a, qint64 b)
{
    qint64 product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return std::nullopt;
    return product;
}

// total += value, held at the limits of 64 bits instead of wrapping round: for the engine's sums over
// many stored amounts, which each are plausible but together need not fit.
inline void addSaturating(qint64 &total, qint64 value)
{
    if (__builtin_add_overflow(total, value, &total))
        total = value > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
}

} // namespace rd
