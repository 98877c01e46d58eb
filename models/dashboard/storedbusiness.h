// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <span>

#include "core/result.h"
#include "dashboard/businesssettings.h"
#include "metrics/lifetimes.h"
#include "risk/leavingreasons.h"
#include "risk/riskengine.h"

namespace rd {

class Database;

// What every figure of one business is computed from, read from its database in one go: customers, orders
// and events, and the settings that read them. The window (DashboardEngine) and every command of
// retentiondesk-cli load a business here, and score it with assessRisk(), so that both show the same.
struct StoredBusiness
{
    Dataset data;
    LifetimeSettings settings;
    RiskThresholds thresholds;
    QList<ContextBand> bands;
    bool demo = false; // the made-up demo business

    static Result<StoredBusiness> load(Database &database);
};

// What the customers said when they left, and the classifier with the user's own keywords: what computeReasons()
// needs, read the same way for the window and the reasons command.
struct LeavingInput
{
    LeavingWords words;
    ReasonClassifier classifier;

    static Result<LeavingInput> load(Database &database);
};

// The light of every customer the filter keeps, as of the lifetimes' day, with red, yellow and green counted
// again over those. Without estimates (empty: not fitted, or not yet), no chance of no further order is used.
RiskReport assessRisk(const Dataset &data, const Lifetimes &lifetimes, const RiskThresholds &thresholds,
    std::span<const AliveEstimate> estimates, const CustomerFilter &filter);

} // namespace rd
