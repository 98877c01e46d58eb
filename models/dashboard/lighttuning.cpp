// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "dashboard/lighttuning.h"

#include "storage/database.h"
#include "storage/metricsrepository.h"

namespace rd {

Result<LightTuning::Outcome> LightTuning::run(const QString &databasePath, const Dataset &data,
    const LifetimeSettings &settings, const RiskThresholds &current, int horizonDays, bool store)
{
    auto tuned = Tuning::tune(data, settings, current, horizonDays);
    if (!tuned)
        return tuned.error();
    Outcome outcome {std::move(tuned.value()), false};
    if (!store || !outcome.result.changed)
        return outcome;
    auto database = Database::open(databasePath);
    if (!database)
        return database.error();
    if (auto saved = MetricsRepository::storeRiskThresholds(**database, outcome.result.after, Tuning::keys()); !saved)
        return saved.error();
    outcome.stored = true;
    return outcome;
}

QString LightTuning::summary(const Outcome &outcome, const QLocale &locale)
{
    const TuningResult &r = outcome.result;
    const auto number = [&locale](double value, int decimals) { return locale.toString(value, 'f', decimals); };
    const auto lift = [&](const BacktestResult &result) {
        return result.liftRedOverGreen ? number(*result.liftRedOverGreen, 2) : tr("none");
    };
    QString text;
    if (!r.changed) {
        text = tr("The current thresholds are the best of %1 tried; nothing changed.").arg(r.candidates);
    } else {
        text = tr("Tried %1 sets of thresholds. Red now from a score of %2 (was %3), yellow from %4 (was %5), "
                  "weight of a customer's value %6 (was %7).")
                   .arg(r.candidates)
                   .arg(number(r.after.rhythmRedScore, 0), number(r.before.rhythmRedScore, 0),
                       number(r.after.rhythmYellowScore, 0), number(r.before.rhythmYellowScore, 0),
                       number(r.after.valueWeight, 1), number(r.before.valueWeight, 1));
    }
    text += u' '
        + tr("Tuning used only the data up to %1; on the %2 days after, which it did not see, the AUC went from %3 "
             "to %4 and the lift of red over green from %5 to %6.")
              .arg(locale.toString(dateOf(r.tunedBefore.asOf + r.horizonDays), QLocale::ShortFormat))
              .arg(r.horizonDays)
              .arg(r.checkedBefore.auc ? number(*r.checkedBefore.auc, 3) : tr("none"),
                  r.checkedAfter.auc ? number(*r.checkedAfter.auc, 3) : tr("none"), lift(r.checkedBefore),
                  lift(r.checkedAfter));
    if (outcome.stored)
        text += u' ' + tr("The new thresholds are stored with this database.");
    return text;
}

} // namespace rd
