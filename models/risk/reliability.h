// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QLocale>

#include "risk/backtest.h"

namespace rd {

// "How reliable is the light?": the hindsight check as the window and the CLI run it by default, on the
// latest day that leaves a whole horizon of data after it, and its result in plain words.
struct ReliabilityCheck
{
    int horizonDays = 180;
    Day firstDay = NoDay; // of the data
    Day lastDay = NoDay;
    std::optional<BacktestResult> result; // empty when the history is too short or the check failed
    QString problem; // why there is no result, translated
};

class Reliability
{
    Q_DECLARE_TR_FUNCTIONS(Reliability)

public:
    // As of asOf, or (NoDay) the latest day with a whole horizon after it and MinimumBacktestHistoryDays before it.
    static ReliabilityCheck check(const Dataset &data, const LifetimeSettings &settings,
        const RiskThresholds &thresholds, int horizonDays = 180, Day asOf = NoDay);

    // "Of the customers this light marked red on 30 June 2011, 58 % stopped buying within 162 days; of the
    // green ones 18 %."
    static QString summary(const BacktestResult &result, const QLocale &locale = {});
    // The light's AUC beside the naive orderings', in words.
    static QString comparison(const BacktestResult &result, const QLocale &locale = {});
    // What was checked: the day, the customers, how many stopped, and whether the data covered the horizon.
    static QString basis(const BacktestResult &result, const QLocale &locale = {});
};

} // namespace rd
