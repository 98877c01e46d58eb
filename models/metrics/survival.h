// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "metrics/dataset.h"
#include "metrics/lifetimes.h"
#include "metrics/periods.h"

namespace rd {

// One distinct duration (in days) at which first lifetimes ended or were censored.
struct SurvivalPoint
{
    int day = 0;
    qint64 atRisk = 0; // customers whose duration is at least day (censored ones at day included)
    qint64 events = 0; // first lifetimes that ended after exactly day days
    qint64 censored = 0; // first lifetimes still open at asOf after exactly day days
    double survival = 1.0;
    double lower = 1.0; // 95 % band: Greenwood's variance on the log(-log) scale, as lifelines computes it
    double upper = 1.0;
};

struct SurvivalMilestone
{
    int months = 0;
    double day = 0.0; // months * 30.4375
    std::optional<double> survival; // empty beyond the longest observed duration
    qint64 atRisk = 0; // customers whose duration is at least day
};

struct SurvivalCurve
{
    QString group; // the segment, empty for a curve over all customers the filter admits
    qint64 customers = 0;
    qint64 events = 0;
    qint64 censored = 0;
    int longestDuration = 0;
    // One point per distinct duration, ascending; S only changes where events > 0. Before the first
    // point S is 1.
    QList<SurvivalPoint> points;
    std::optional<int> medianDays; // the first day with S <= 0.5; empty when not reached
    QList<SurvivalMilestone> milestones; // 3, 6, 12 and 24 months

    // S(t): the survival at the last point on or before t (1 before the first point).
    double survivalAt(double day) const;
};

inline constexpr double DaysPerMonth = 30.4375; // 365.25 / 12

// Kaplan-Meier survival of each matching customer's first lifetime: an event when it ended, censored at
// lifetimes.asOf while it is open.
SurvivalCurve computeSurvival(const Dataset &data, const Lifetimes &lifetimes, const CustomerFilter &filter = {});

// One curve per distinct non-empty segment among the customers the filter admits, sorted by segment name.
QList<SurvivalCurve> computeSurvivalBySegment(
    const Dataset &data, const Lifetimes &lifetimes, const CustomerFilter &filter = {});

} // namespace rd
