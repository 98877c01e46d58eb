// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>

#include "risk/backtest.h"

namespace rd {

// The thresholds of the purchase rhythm, searched on the business's own history with the hindsight check.
// Tuning sees only the data before the last horizon: it scores as of (last day - 2 horizons) and compares
// with the horizon after it. The last horizon stays unseen, for checking the result on the latest
// hindsight day (last day - 1 horizon).
struct TuningResult
{
    int horizonDays = 0; // shorter than asked where the history is too short for two horizons
    RiskThresholds before;
    RiskThresholds after;
    BacktestResult tunedBefore; // on the tuning day
    BacktestResult tunedAfter;
    BacktestResult checkedBefore; // on the latest hindsight day, with data tuning did not see
    BacktestResult checkedAfter;
    int candidates = 0; // threshold sets tried
    bool changed = false; // after differs from before
};

class Tuning
{
    Q_DECLARE_TR_FUNCTIONS(Tuning)

public:
    // The keys tune() may change (RiskThresholds::values() names).
    static QStringList keys();
    // The candidates keep red and yellow within the current share limits; of those, the best AUC wins, and
    // within 0.002 of it the best AUC of the levels alone. The current thresholds are a candidate too.
    static Result<TuningResult> tune(
        const Dataset &data, const LifetimeSettings &settings, const RiskThresholds &current, int horizonDays = 180);
};

} // namespace rd
