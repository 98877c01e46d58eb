// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "dashboard/storedbusiness.h"

#include "demo/demodatabase.h"
#include "storage/database.h"
#include "storage/metricsrepository.h"

namespace rd {

Result<StoredBusiness> StoredBusiness::load(Database &database)
{
    StoredBusiness business;
    auto data = MetricsRepository::load(database);
    if (!data)
        return data.error();
    auto settings = MetricsRepository::lifetimeSettings(database);
    if (!settings)
        return settings.error();
    auto thresholds = MetricsRepository::riskThresholds(database);
    if (!thresholds)
        return thresholds.error();
    auto values = BusinessSettings::read(database);
    if (!values)
        return values.error();
    business.data = std::move(data.value());
    business.settings = *settings;
    business.thresholds = *thresholds;
    business.bands = BusinessSettings::bands(*values);
    business.demo = DemoDatabase::holdsDemo(database);
    return business;
}

Result<LeavingInput> LeavingInput::load(Database &database)
{
    auto words = loadLeavingWords(database);
    if (!words)
        return words.error();
    auto keywords = loadReasonKeywords(database);
    if (!keywords)
        return keywords.error();
    return LeavingInput {std::move(words.value()), classifierWith(*keywords)};
}

RiskReport assessRisk(const Dataset &data, const Lifetimes &lifetimes, const RiskThresholds &thresholds,
    std::span<const AliveEstimate> estimates, const CustomerFilter &filter)
{
    RiskReport report = scoreCustomers(data, lifetimes, thresholds, estimates);
    restrictTo(report, data, filter);
    return report;
}

} // namespace rd
