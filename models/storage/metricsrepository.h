// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>

#include "core/result.h"
#include "metrics/dataset.h"
#include "metrics/lifetimes.h"
#include "risk/riskengine.h"

namespace rd {

class Database;

// Reads what the churn and retention engine needs from a database in one pass per table.
class MetricsRepository
{
    Q_DECLARE_TR_FUNCTIONS(MetricsRepository)

public:
    static Result<Dataset> load(const Database &database);
    // The lifetime settings stored in the database ("churn_model", "inactivity_days"), defaults where unset.
    static Result<LifetimeSettings> lifetimeSettings(const Database &database);
    // The at-risk thresholds: defaults, overridden by the settings "risk.<key>" (RiskThresholds::values()).
    static Result<RiskThresholds> riskThresholds(const Database &database);
    // Stores the thresholds named by keys as "risk.<key>" settings, all or none.
    static Result<void> storeRiskThresholds(
        Database &database, const RiskThresholds &thresholds, const QStringList &keys);
};

} // namespace rd
