// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// What the tests of the BG/NBD model share: the published CDNOW estimates and datasets of orders built by hand.
#pragma once

#include <algorithm>
#include <vector>

#include "metrics/dataset.h"
#include "risk/bgnbd.h"

namespace rd::test {

// Fader, Hardie and Lee (2005), table 1 (or lifetimes' documentation, r 0.24, alpha 4.41, a 0.79, b 2.43).
inline const BgNbdParameters Published {0.243, 4.414, 0.793, 2.426};
inline constexpr double PublishedLogLikelihood = -9582.4;

// A Dataset with orders only; each customer's orders are given as (day offset, amount in cents).
struct Fixture
{
    Dataset data;

    Fixture()
    {
        data.orderOffsets.push_back(0);
        data.engagementOffsets.push_back(0);
        data.contactOffsets.push_back(0);
    }

    void add(std::vector<MetricsOrder> orders)
    {
        std::stable_sort(
            orders.begin(), orders.end(), [](const MetricsOrder &l, const MetricsOrder &r) { return l.day < r.day; });
        MetricsCustomer customer;
        customer.id = data.customers.size() + 1;
        data.customers.append(customer);
        data.orders.insert(data.orders.end(), orders.cbegin(), orders.cend());
        data.orderOffsets.push_back(qint64(data.orders.size()));
        data.engagementOffsets.push_back(0);
        data.contactOffsets.push_back(0);
    }
};

} // namespace rd::test
