// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>

#include "core/result.h"
#include "metrics/lifetimes.h"
#include "risk/riskengine.h"

namespace rd {

// The data as it was known on a past day: every record after it left out, tickets still open then shown
// open, a cancellation after it unknown, and the next renewal (which the data knows only as of its
// export) unknown. Customer indexes stay the same, so outcomes after the day can be looked up in the full
// data. Scoring this dataset cannot see the future: the backtest's guarantee against leaks.
Dataset datasetAsOf(const Dataset &data, Day asOf);

// Whether the customer kept buying in (after, until]: a purchase day (see purchaseDays) or, for a contract
// customer, no cancellation in that time.
bool keptBuying(const Dataset &data, int customer, ChurnModel model, Day after, Day until);

// The area under the ROC curve of a score (higher: more likely to stop) against what happened (true:
// stopped); ties count half. Empty when either group is empty.
std::optional<double> areaUnderCurve(std::span<const double> scores, std::span<const bool> stopped);

struct BacktestOptions
{
    Day asOf = NoDay;
    int horizonDays = 180;
    LifetimeSettings settings;
    RiskThresholds thresholds;
};

struct BacktestLevel
{
    qint64 customers = 0;
    double share = 0; // of all customers scored
    double stopped = 0; // the share of these customers that stopped buying
};

// A naive ordering the light must beat, on the same customers.
struct BacktestBaseline
{
    std::optional<double> auc;
    std::optional<double> topDecilePrecision;
};

struct BacktestResult
{
    Day asOf = NoDay;
    int horizonDays = 0;
    bool wholeHorizon = true; // the data reaches the end of the horizon
    qint64 customers = 0; // scored as of the day: the at-risk list's customers then
    qint64 stopped = 0;
    double baseRate = 0; // stopped / customers
    std::array<BacktestLevel, 3> levels; // by RiskLevel: green, yellow, red
    std::optional<double> liftRedOverGreen; // stopped share among red / among green
    std::optional<double> auc; // the light's ordering: level, then score
    std::optional<double> levelAuc; // the levels alone, customers of one level tied
    std::optional<double> topDecilePrecision; // stopped share of the first tenth of the list by priority
    BacktestBaseline recency; // days since the last purchase
    BacktestBaseline frequency; // fewer purchase days first
    BacktestBaseline pAlive; // the purchase model's P(alive), lowest first
    QString aliveWarning; // why P(alive) was missing, if it was

    const BacktestLevel &level(RiskLevel risk) const { return levels[std::size_t(risk)]; }
};

// The history a hindsight check wants before its day: less, and the purchase model and lifetimes have
// too little to go on.
inline constexpr int MinimumBacktestHistoryDays = 90;

// The latest as-of day that leaves a whole horizon of data before the last day; NoDay when the history is
// too short (less than a horizon before it, or less than minimumHistoryDays of history up to it).
Day latestBacktestDay(const Dataset &data, int horizonDays, int minimumHistoryDays = MinimumBacktestHistoryDays);

// Scores every customer as of a past day with only the data known then, and compares with what each one did
// in the horizon after it. prepare() does what does not depend on the thresholds (the data as of the day,
// lifetimes, the purchase model's fit, the outcomes) once; evaluate() scores with one set of thresholds.
class Backtest
{
    Q_DECLARE_TR_FUNCTIONS(Backtest)

public:
    static Result<Backtest> prepare(const Dataset &data, Day asOf, int horizonDays, const LifetimeSettings &settings);
    BacktestResult evaluate(const RiskThresholds &thresholds) const;

    static Result<BacktestResult> run(const Dataset &data, const BacktestOptions &options);

private:
    Backtest() = default;

    Day m_asOf = NoDay;
    int m_horizonDays = 0;
    bool m_wholeHorizon = true;
    Day m_firstDay = NoDay;
    Dataset m_past;
    Lifetimes m_lifetimes;
    std::vector<AliveEstimate> m_alive;
    QString m_aliveWarning;
    std::vector<char> m_stopped; // by customer index: did not keep buying in the horizon
};

} // namespace rd
