// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "risk/growth.h"

#include <algorithm>
#include <cmath>

#include "core/checkedmath.h"
#include "core/money.h"

namespace rd {

QList<GrowingCustomer> findGrowing(const Dataset &data, const RiskReport &report, const GrowthThresholds &t)
{
    QList<GrowingCustomer> growing;
    const Day asOf = report.asOf;
    for (const CustomerRisk &risk : report.customers) {
        const int customer = risk.customer;
        qint64 last90 = 0;
        qint64 previous90 = 0;
        for (const MetricsOrder &order : data.ordersOf(customer)) {
            if (order.day > asOf)
                break;
            const int age = asOf - order.day;
            if (age < 90)
                addSaturating(last90, order.amountMinor);
            else if (age < 180)
                addSaturating(previous90, order.amountMinor);
        }
        GrowingCustomer found;
        found.customer = customer;
        found.level = risk.level;
        found.value12mMinor = risk.value12mMinor;
        found.keyAccount = risk.keyAccount;
        if (previous90 > 0 && last90 > previous90) {
            const double up = 100.0 * (double(last90) - double(previous90)) / double(previous90);
            if (up >= t.spendingUp) {
                found.reasons.append({GrowthCode::SpendingUp, {up, double(previous90), double(last90)}});
                found.increaseMinor = last90 - previous90;
            }
        }
        const auto [recentEvents, baselineEvents] = activityWindows(data, customer, asOf);
        if (baselineEvents >= t.activityBaselineMinEvents) {
            const double monthly = double(baselineEvents) / 3.0;
            const double up = 100.0 * (double(recentEvents) - monthly) / monthly;
            if (up >= t.activityUp)
                found.reasons.append({GrowthCode::ActivityUp, {up, double(recentEvents), monthly}});
        }
        if (!found.reasons.isEmpty())
            growing.append(found);
    }
    std::stable_sort(growing.begin(), growing.end(), [](const GrowingCustomer &a, const GrowingCustomer &b) {
        if (a.keyAccount != b.keyAccount)
            return a.keyAccount;
        return a.increaseMinor > b.increaseMinor;
    });
    return growing;
}

QString GrowthText::reason(const GrowthReason &reason, const QString &currency, const QLocale &locale)
{
    const auto percent = [&] { return locale.toString(std::round(reason.numbers.value(0))); };
    switch (reason.code) {
    case GrowthCode::SpendingUp:
        return tr("spending up %1 % (%2 → %3 per 90 days)")
            .arg(percent(), formatMoney(qint64(std::llround(reason.numbers.value(1))), currency, locale),
                formatMoney(qint64(std::llround(reason.numbers.value(2))), currency, locale));
    case GrowthCode::ActivityUp:
        return tr("activity up %1 % (%2 events in the last 30 days, %3 a month before)")
            .arg(percent(), locale.toString(qint64(reason.numbers.value(1))),
                locale.toString(reason.numbers.value(2), 'f', 1));
    }
    return {};
}

} // namespace rd
