// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "metrics/survival.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QHash>

namespace rd {

namespace {

// The 97.5 % quantile of the standard normal distribution, as lifelines uses for a 95 % band.
constexpr double Z95 = 1.959963984540054;

struct Observation
{
    int duration;
    bool event;

    bool operator<(const Observation &other) const { return duration < other.duration; }
};

// The first lifetime of the customer as an observation; empty for customers without one.
std::optional<Observation> observe(const Lifetimes &lifetimes, int customer)
{
    const auto lives = lifetimes.of(customer);
    if (lives.empty())
        return std::nullopt;
    const Lifetime &first = lives.front();
    if (first.start == NoDay || first.start > lifetimes.asOf)
        return std::nullopt;
    if (first.end != NoDay && first.end <= lifetimes.asOf)
        return Observation {first.end - first.start, true};
    return Observation {lifetimes.asOf - first.start, false};
}

SurvivalCurve kaplanMeier(std::vector<Observation> observations)
{
    SurvivalCurve curve;
    std::sort(observations.begin(), observations.end());
    curve.customers = qint64(observations.size());

    qint64 atRisk = curve.customers;
    double survival = 1.0;
    double variance = 0.0; // Greenwood: sum of d / (n (n - d))
    for (size_t i = 0; i < observations.size();) {
        SurvivalPoint point;
        point.day = observations[i].duration;
        point.atRisk = atRisk;
        for (; i < observations.size() && observations[i].duration == point.day; ++i) {
            if (observations[i].event)
                ++point.events;
            else
                ++point.censored;
        }
        if (point.events > 0) {
            const double n = double(atRisk);
            const double d = double(point.events);
            survival *= 1.0 - d / n;
            if (atRisk > point.events)
                variance += d / (n * (n - d));
        }
        point.survival = survival;
        if (survival >= 1.0) {
            point.lower = point.upper = 1.0;
        } else if (survival <= 0.0) {
            point.survival = 0.0;
            point.lower = point.upper = 0.0;
        } else {
            const double logS = std::log(survival);
            const double theta = std::log(-logS);
            const double se = std::sqrt(variance) / std::abs(logS);
            point.lower = std::exp(-std::exp(theta + Z95 * se));
            point.upper = std::exp(-std::exp(theta - Z95 * se));
        }
        if (!curve.medianDays && survival <= 0.5)
            curve.medianDays = point.day;
        curve.events += point.events;
        curve.censored += point.censored;
        atRisk -= point.events + point.censored;
        curve.points.append(point);
    }
    curve.longestDuration = observations.empty() ? 0 : observations.back().duration;

    for (int months : {3, 6, 12, 24}) {
        SurvivalMilestone milestone;
        milestone.months = months;
        milestone.day = months * DaysPerMonth;
        if (!observations.empty() && milestone.day <= double(curve.longestDuration)) {
            milestone.survival = curve.survivalAt(milestone.day);
            const auto from = std::lower_bound(observations.begin(), observations.end(), milestone.day,
                [](const Observation &observation, double day) { return double(observation.duration) < day; });
            milestone.atRisk = qint64(observations.end() - from);
        }
        curve.milestones.append(milestone);
    }
    return curve;
}

} // namespace

double SurvivalCurve::survivalAt(double day) const
{
    const auto after = std::upper_bound(points.cbegin(), points.cend(), day,
        [](double t, const SurvivalPoint &point) { return t < double(point.day); });
    return after == points.cbegin() ? 1.0 : std::prev(after)->survival;
}

SurvivalCurve computeSurvival(const Dataset &data, const Lifetimes &lifetimes, const CustomerFilter &filter)
{
    std::vector<Observation> observations;
    observations.reserve(size_t(data.customerCount()));
    for (int i = 0; i < data.customerCount(); ++i) {
        if (!filter.matches(data.customers.at(i)))
            continue;
        if (const auto observation = observe(lifetimes, i))
            observations.push_back(*observation);
    }
    return kaplanMeier(std::move(observations));
}

QList<SurvivalCurve> computeSurvivalBySegment(
    const Dataset &data, const Lifetimes &lifetimes, const CustomerFilter &filter)
{
    QHash<QString, std::vector<Observation>> bySegment;
    for (int i = 0; i < data.customerCount(); ++i) {
        const MetricsCustomer &customer = data.customers.at(i);
        if (customer.segment.isEmpty() || !filter.matches(customer))
            continue;
        if (const auto observation = observe(lifetimes, i))
            bySegment[customer.segment].push_back(*observation);
    }
    QStringList segments = bySegment.keys();
    std::sort(segments.begin(), segments.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    QList<SurvivalCurve> curves;
    curves.reserve(segments.size());
    for (const QString &segment : std::as_const(segments)) {
        SurvivalCurve curve = kaplanMeier(std::move(bySegment[segment]));
        curve.group = segment;
        curves.append(std::move(curve));
    }
    return curves;
}

} // namespace rd
