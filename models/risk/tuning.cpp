// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "risk/tuning.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr int MinimumHorizonDays = 30;
constexpr double AucTolerance = 0.002;

bool withinLimits(const BacktestResult &result, const RiskThresholds &t)
{
    constexpr double slack = 1e-9;
    return result.level(RiskLevel::Red).share <= t.redShareMax + slack
        && result.level(RiskLevel::Yellow).share <= t.yellowShareMax + slack;
}

// Whether a is the better result: a higher AUC, or about the same and levels that separate better on their
// own (a tiny red list with a high lift would leave the levels saying little).
bool better(const BacktestResult &a, const BacktestResult &b)
{
    const double aucA = a.auc.value_or(0);
    const double aucB = b.auc.value_or(0);
    if (std::abs(aucA - aucB) > AucTolerance)
        return aucA > aucB;
    return a.levelAuc.value_or(0) > b.levelAuc.value_or(0);
}

} // namespace

QStringList Tuning::keys()
{
    return {u"rhythm_yellow_score"_s, u"rhythm_red_score"_s, u"value_weight"_s};
}

Result<TuningResult> Tuning::tune(
    const Dataset &data, const LifetimeSettings &settings, const RiskThresholds &current, int horizonDays)
{
    if (const QString problem = current.problem(); !problem.isEmpty())
        return Error {problem, {}};
    if (data.firstDay == NoDay || data.lastDay == NoDay)
        return Error {tr("There is no data to tune the traffic light on."), {}};
    const int span = data.lastDay - data.firstDay;
    const int horizon = std::min(horizonDays, (span - MinimumBacktestHistoryDays) / 2);
    if (horizon < MinimumHorizonDays) {
        return Error {tr("Tuning needs %1 days of history and two horizons of at least %2 days after them; the "
                         "data covers %3 days.")
                          .arg(MinimumBacktestHistoryDays)
                          .arg(MinimumHorizonDays)
                          .arg(span),
            {}};
    }
    auto tuning = Backtest::prepare(data, data.lastDay - 2 * horizon, horizon, settings);
    if (!tuning)
        return tuning.error();
    auto check = Backtest::prepare(data, data.lastDay - horizon, horizon, settings);
    if (!check)
        return check.error();

    TuningResult result;
    result.horizonDays = horizon;
    result.before = current;
    result.tunedBefore = tuning->evaluate(current);
    RiskThresholds best = current;
    BacktestResult bestResult = result.tunedBefore;
    bool bestAdmissible = withinLimits(bestResult, current);
    result.candidates = 1;
    for (const double weight : {0.0, 0.5, 1.0, 1.5, 2.0, 3.0}) {
        for (const double yellow : {30.0, 40.0, 50.0}) {
            for (const double red : {50.0, 60.0, 70.0, 80.0}) {
                if (red <= yellow)
                    continue;
                RiskThresholds candidate = current;
                candidate.valueWeight = weight;
                candidate.rhythmYellowScore = yellow;
                candidate.rhythmRedScore = red;
                const BacktestResult outcome = tuning->evaluate(candidate);
                ++result.candidates;
                if (!withinLimits(outcome, candidate))
                    continue;
                if (!bestAdmissible || better(outcome, bestResult)) {
                    best = candidate;
                    bestResult = outcome;
                    bestAdmissible = true;
                }
            }
        }
    }
    result.after = best;
    result.tunedAfter = bestResult;
    result.checkedBefore = check->evaluate(current);
    result.checkedAfter = check->evaluate(best);
    result.changed = best.values() != current.values();
    return result;
}

} // namespace rd
