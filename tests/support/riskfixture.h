// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// What the tests of the risk engine share: customers built by hand around the as-of day 2024-06-30, the
// engine's report on them, and the checks that every report must pass (VERIFY_CONSISTENT).
#pragma once

#include <algorithm>
#include <functional>
#include <span>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/metrics/datasetbuilder.h"
#include "risk/riskengine.h"

namespace rd::test {

using Customer = DatasetBuilder::Customer;
// Adds to the customer under test what a row is about.
using CustomerSetup = std::function<void(Customer &)>;
// Adds whole customers, for rows about who is listed at all.
using BuilderSetup = std::function<void(DatasetBuilder &)>;

inline const QDate AsOf(2024, 6, 30);

inline QDate ago(int days)
{
    return AsOf.addDays(-days);
}

// The thresholds without share limits: the rule tests look at one signal at a time in lists of a few
// customers (shareLimits tests the limits).
inline RiskThresholds noLimits()
{
    RiskThresholds thresholds;
    thresholds.redShareMax = 1;
    thresholds.yellowShareMax = 1;
    return thresholds;
}

inline RiskReport score(
    const Dataset &data, const RiskThresholds &thresholds = noLimits(), std::span<const AliveEstimate> alive = {})
{
    return scoreCustomers(data, computeLifetimes(data, {}, dayOf(AsOf)), thresholds, alive);
}

inline const CustomerRisk *find(const RiskReport &report, const Dataset &data, const QString &id)
{
    for (const CustomerRisk &risk : report.customers) {
        if (data.customers.at(risk.customer).externalId == id)
            return &risk;
    }
    return nullptr;
}

// "open_tickets yellow 2; nps_low yellow 6": what the rows compare, numbers included.
inline QString describe(const QList<Reason> &reasons)
{
    QStringList parts;
    for (const Reason &reason : reasons) {
        QString part = reasonCodeName(reason.code) + u' ' + riskLevelName(reason.level);
        for (double number : reason.numbers)
            part += u' ' + QString::number(number);
        parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

inline bool hasReason(const CustomerRisk &risk, const std::function<bool(const Reason &)> &test)
{
    return std::any_of(risk.reasons.cbegin(), risk.reasons.cend(), test);
}

inline bool hasReason(const CustomerRisk &risk, ReasonCode code)
{
    return hasReason(risk, [code](const Reason &reason) { return reason.code == code; });
}

// What every report must satisfy; empty when it does. A colour without a reason would be a bug.
inline QString inconsistencies(const RiskReport &report, const Dataset &data)
{
    QStringList problems;
    qint64 counts[3] = {0, 0, 0};
    for (qsizetype i = 0; i < report.customers.size(); ++i) {
        const CustomerRisk &risk = report.customers.at(i);
        const QString id = data.customers.at(risk.customer).externalId;
        ++counts[int(risk.level)];
        // A green customer may show signals that the share limits (or the rhythm score) left green.
        if (risk.level == RiskLevel::Green
            && hasReason(risk, [](const Reason &r) { return r.level != RiskLevel::Green; }))
            problems.append(id + QStringLiteral(": green with reasons ") + describe(risk.reasons));
        if (risk.level != RiskLevel::Green && risk.reasons.isEmpty())
            problems.append(
                id + QStringLiteral(": ") + riskLevelName(risk.level) + QStringLiteral(" without a reason"));
        RiskLevel worst = RiskLevel::Green;
        for (qsizetype r = 0; r < risk.reasons.size(); ++r) {
            worst = std::max(worst, risk.reasons.at(r).level);
            if (r > 0 && risk.reasons.at(r).level > risk.reasons.at(r - 1).level)
                problems.append(id + QStringLiteral(": reasons not worst first: ") + describe(risk.reasons));
        }
        if (worst != risk.level)
            problems.append(id + QStringLiteral(": level is not the worst reason's"));
        if (risk.score < 0 || risk.score > 100 || (risk.score == 0 && risk.level != RiskLevel::Green))
            problems.append(id + QStringLiteral(": score ") + QString::number(risk.score));
        const qint64 atRisk = risk.level == RiskLevel::Green ? 0 : std::max<qint64>(risk.value12mMinor, 0);
        if (risk.valueAtRiskMinor != atRisk)
            problems.append(id + QStringLiteral(": value at risk ") + QString::number(risk.valueAtRiskMinor));
        if (i > 0) {
            const CustomerRisk &before = report.customers.at(i - 1);
            const bool ordered = before.level != risk.level        ? before.level > risk.level
                : before.keyAccount != risk.keyAccount             ? before.keyAccount
                : before.valueAtRiskMinor != risk.valueAtRiskMinor ? before.valueAtRiskMinor > risk.valueAtRiskMinor
                                                                   : before.score >= risk.score;
            if (!ordered)
                problems.append(id + QStringLiteral(": out of priority order"));
        }
    }
    if (report.green != counts[0] || report.yellow != counts[1] || report.red != counts[2])
        problems.append(QStringLiteral("level counts do not match the list"));
    return problems.join(u'\n');
}

#define VERIFY_CONSISTENT(report, data)                                                                                \
    do {                                                                                                               \
        const QString problems = rd::test::inconsistencies(report, data);                                              \
        QVERIFY2(problems.isEmpty(), qPrintable(problems));                                                            \
    } while (false)

inline DatasetBuilder::Customer &contractCustomer(DatasetBuilder &builder, const QString &id)
{
    return builder.add(id, QDate(2023, 1, 1), {}, true);
}

} // namespace rd::test

Q_DECLARE_METATYPE(rd::test::CustomerSetup)
Q_DECLARE_METATYPE(rd::test::BuilderSetup)
