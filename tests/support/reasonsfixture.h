// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// What the tests of "Why customers leave" share: a small business whose lost customers are known by name, its
// report of reasons by hand, and the snapshot the page is given.
#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QString>
#include <QStringList>

#include "dashboard/dashboardengine.h"
#include "metrics/dataset.h"
#include "metrics/periods.h"
#include "risk/leavingreasons.h"

namespace rd::test {

// Eight customers; seven of them lost over three months, three of them without a word:
//   January:  Anna (price), Carla (silent)
//   February: Bruno (price), Dieter (competitor), Eva (silent)
//   March:    Felix (service), Greta (silent)
// Segments: Retail Anna, Bruno, Felix; Wholesale Carla, Dieter, Greta; none Eva.
// Plans: Basic Anna, Carla, Eva; Pro Bruno, Dieter, Greta; none Felix. Hugo stays.
inline std::shared_ptr<Dataset> smallReasonsDataset()
{
    auto data = std::make_shared<Dataset>();
    struct Row
    {
        qint64 id;
        const char *name;
        const char *segment;
        const char *plan;
    };
    for (const Row &row : {Row {101, "Anna Bakery", "Retail", "Basic"}, Row {102, "Bruno Builders", "Retail", "Pro"},
             Row {103, "Carla Cafe", "Wholesale", "Basic"}, Row {104, "Dieter Druck", "Wholesale", "Pro"},
             Row {105, "Eva Events", "", "Basic"}, Row {106, "Felix Farm", "Retail", ""},
             Row {107, "Greta Glas", "Wholesale", "Pro"}, Row {108, "Hugo Haus", "Retail", "Basic"}}) {
        MetricsCustomer customer;
        customer.id = row.id;
        customer.externalId = QStringLiteral("C%1").arg(row.id);
        customer.name = QString::fromLatin1(row.name);
        customer.segment = QString::fromLatin1(row.segment);
        customer.plan = QString::fromLatin1(row.plan);
        data->customers.append(customer);
    }
    data->currency = QStringLiteral("EUR");
    return data;
}

inline void addLost(ReasonsReport &report, int period, int customer, ChurnReason reason, QDate left, qint64 revenue,
    const QString &said = {})
{
    ReasonsPeriod &row = report.periods[period];
    ++row.lost;
    ReasonFigures &figures = row.reasons[int(reason)];
    ++figures.customers;
    figures.lostRevenueMinor += revenue;
    figures.lost.append(LostCustomer {customer, dayOf(left), revenue, said});
}

// The three months of smallReasonsDataset(); with allSilent nobody gave a reason. 8,200.00 EUR lost in all.
inline ReasonsReport smallReasonsReport(bool allSilent = false)
{
    ReasonsReport report;
    report.asOf = dayOf(QDate(2024, 3, 31));
    for (const Period &period : periodsBetween(PeriodKind::Month, QDate(2024, 1, 1), QDate(2024, 3, 31))) {
        ReasonsPeriod row;
        row.period = period;
        for (ChurnReason reason : ChurnReasons)
            row.reasons.append(ReasonFigures {reason, 0, 0, std::nullopt, {}});
        report.periods.append(row);
    }
    const auto said = [allSilent](ChurnReason reason) { return allSilent ? ChurnReason::Unknown : reason; };
    addLost(report, 0, 0, said(ChurnReason::Price), QDate(2024, 1, 10), 120000, QStringLiteral("too expensive"));
    addLost(report, 0, 2, ChurnReason::Unknown, QDate(2024, 1, 20), 50000);
    addLost(report, 1, 1, said(ChurnReason::Price), QDate(2024, 2, 5), 240000, QStringLiteral("Preis"));
    addLost(report, 1, 3, said(ChurnReason::Competitor), QDate(2024, 2, 14), 300000, QStringLiteral("switched"));
    addLost(report, 1, 4, ChurnReason::Unknown, QDate(2024, 2, 20), 10000);
    addLost(report, 2, 5, said(ChurnReason::Service), QDate(2024, 3, 3), 80000, QStringLiteral("support slow"));
    addLost(report, 2, 6, ChurnReason::Unknown, QDate(2024, 3, 25), 20000);
    for (ReasonsPeriod &row : report.periods) {
        for (ReasonFigures &figures : row.reasons)
            figures.share = row.lost > 0 ? std::optional<double>(100.0 * double(figures.customers) / double(row.lost))
                                         : std::nullopt;
    }
    return report;
}

inline DashboardSnapshot smallSnapshot(bool allSilent = false)
{
    DashboardSnapshot snapshot;
    snapshot.data = smallReasonsDataset();
    snapshot.reasons = smallReasonsReport(allSilent);
    snapshot.asOf = snapshot.reasons.asOf;
    snapshot.currency = QStringLiteral("EUR");
    snapshot.request.kind = PeriodKind::Month;
    snapshot.segments = {QStringLiteral("Retail"), QStringLiteral("Wholesale")};
    snapshot.plans = {QStringLiteral("Basic"), QStringLiteral("Pro")};
    return snapshot;
}

// Nobody lost in the three months.
inline DashboardSnapshot nobodyLostSnapshot()
{
    DashboardSnapshot snapshot = smallSnapshot();
    for (ReasonsPeriod &row : snapshot.reasons.periods) {
        row.lost = 0;
        for (ReasonFigures &figures : row.reasons)
            figures = ReasonFigures {figures.reason, 0, 0, std::nullopt, {}};
    }
    return snapshot;
}

} // namespace rd::test
