// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>
#include <QLocale>

#include "risk/tuning.h"

namespace rd {

// Tuning as the window and the CLI run it: Tuning::tune on the data, and the thresholds it found stored in
// the database file's risk.* settings (unless store is false, or nothing changed).
class LightTuning
{
    Q_DECLARE_TR_FUNCTIONS(LightTuning)

public:
    struct Outcome
    {
        TuningResult result;
        bool stored = false;
    };
    static Result<Outcome> run(const QString &databasePath, const Dataset &data, const LifetimeSettings &settings,
        const RiskThresholds &current, int horizonDays = 180, bool store = true);

    // In words, for the window: what changed and how the light did before and after on the days tuning did
    // not see.
    static QString summary(const Outcome &outcome, const QLocale &locale = {});
};

} // namespace rd
