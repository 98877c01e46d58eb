// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "risk/backtest.h"

#include <algorithm>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// Copies the per-customer lists of `values` whose entries `keep` accepts, with new offsets.
template<typename T, typename Keep>
void copyUntil(const std::vector<T> &values, const std::vector<qint64> &offsets, std::vector<T> &outValues,
    std::vector<qint64> &outOffsets, Keep keep)
{
    outValues.clear();
    outOffsets.clear();
    if (offsets.empty())
        return;
    outOffsets.reserve(offsets.size());
    outOffsets.push_back(0);
    for (std::size_t customer = 0; customer + 1 < offsets.size(); ++customer) {
        for (qint64 i = offsets[customer]; i < offsets[customer + 1]; ++i) {
            if (keep(values[std::size_t(i)]))
                outValues.push_back(values[std::size_t(i)]);
        }
        outOffsets.push_back(qint64(outValues.size()));
    }
}

// Positions 0..n-1 ordered by score, highest first; ties keep their order.
std::optional<double> topDecile(std::span<const double> scores, std::span<const bool> stopped)
{
    if (scores.empty())
        return std::nullopt;
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    const std::size_t top = std::max<std::size_t>(1, (scores.size() + 9) / 10);
    std::size_t hits = 0;
    for (std::size_t i = 0; i < top; ++i)
        hits += stopped[order[i]] ? 1 : 0;
    return double(hits) / double(top);
}

BacktestBaseline baseline(std::span<const double> scores, std::span<const bool> stopped)
{
    return {areaUnderCurve(scores, stopped), topDecile(scores, stopped)};
}

} // namespace

Dataset datasetAsOf(const Dataset &data, Day asOf)
{
    Dataset past;
    past.customers = data.customers;
    for (MetricsCustomer &customer : past.customers) {
        if (customer.cancel != NoDay && customer.cancel > asOf)
            customer.cancel = NoDay;
        customer.renewal = NoDay;
    }
    const auto known = [asOf](Day day) { return day <= asOf; };
    copyUntil(data.orders, data.orderOffsets, past.orders, past.orderOffsets,
        [asOf](const MetricsOrder &order) { return order.day <= asOf; });
    copyUntil(data.engagementDays, data.engagementOffsets, past.engagementDays, past.engagementOffsets, known);
    copyUntil(data.contactDays, data.contactOffsets, past.contactDays, past.contactOffsets, known);
    copyUntil(data.activity, data.activityOffsets, past.activity, past.activityOffsets,
        [asOf](const ActivityDay &day) { return day.day <= asOf; });
    copyUntil(data.failedPayments, data.failedPaymentOffsets, past.failedPayments, past.failedPaymentOffsets, known);
    copyUntil(data.tickets, data.ticketOffsets, past.tickets, past.ticketOffsets,
        [asOf](const MetricsTicket &ticket) { return ticket.day <= asOf; });
    for (MetricsTicket &ticket : past.tickets) {
        if (ticket.closed != NoDay && ticket.closed > asOf)
            ticket.closed = NoDay;
    }
    copyUntil(data.surveys, data.surveyOffsets, past.surveys, past.surveyOffsets,
        [asOf](const MetricsSurvey &survey) { return survey.day <= asOf; });
    past.firstDay = data.firstDay == NoDay || data.firstDay > asOf ? NoDay : data.firstDay;
    past.lastDay = past.firstDay == NoDay ? NoDay : std::min(data.lastDay, asOf);
    past.currency = data.currency;
    return past;
}

bool keptBuying(const Dataset &data, int customer, ChurnModel model, Day after, Day until)
{
    const MetricsCustomer &info = data.customers.at(customer);
    if (isContractCustomer(info, model))
        return info.cancel == NoDay || info.cancel <= after || info.cancel > until;
    return purchaseDays(data, customer, after, until) > 0;
}

std::optional<double> areaUnderCurve(std::span<const double> scores, std::span<const bool> stopped)
{
    const std::size_t n = scores.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    // Mann-Whitney: the rank sum of the stopped customers, tied scores sharing their mean rank.
    double rankSum = 0;
    double positives = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        double tiedPositives = 0;
        for (; j < n && scores[order[j]] == scores[order[i]]; ++j)
            tiedPositives += stopped[order[j]] ? 1 : 0;
        const double meanRank = (double(i + 1) + double(j)) / 2.0;
        rankSum += tiedPositives * meanRank;
        positives += tiedPositives;
        i = j;
    }
    const double negatives = double(n) - positives;
    if (positives == 0 || negatives == 0)
        return std::nullopt;
    return (rankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
}

Day latestBacktestDay(const Dataset &data, int horizonDays, int minimumHistoryDays)
{
    if (data.firstDay == NoDay || data.lastDay == NoDay)
        return NoDay;
    const Day day = data.lastDay - horizonDays;
    return day - data.firstDay >= minimumHistoryDays ? day : NoDay;
}

Result<Backtest> Backtest::prepare(const Dataset &data, Day asOf, int horizonDays, const LifetimeSettings &settings)
{
    if (asOf == NoDay || data.firstDay == NoDay || asOf < data.firstDay)
        return Error {tr("The hindsight check needs a day within the data."), {}};
    if (horizonDays < 1)
        return Error {tr("The hindsight check needs a horizon of at least one day."), {}};
    Backtest backtest;
    const Day until = asOf + horizonDays;
    backtest.m_asOf = asOf;
    backtest.m_horizonDays = horizonDays;
    backtest.m_wholeHorizon = data.lastDay >= until;
    backtest.m_firstDay = data.firstDay;
    backtest.m_past = datasetAsOf(data, asOf);
    backtest.m_lifetimes = computeLifetimes(backtest.m_past, settings, asOf);
    auto alive = estimateAlive(backtest.m_past, backtest.m_lifetimes);
    if (alive)
        backtest.m_alive = std::move(alive.value());
    else
        backtest.m_aliveWarning = alive.error().text();
    backtest.m_stopped.resize(std::size_t(data.customerCount()));
    for (int customer = 0; customer < data.customerCount(); ++customer)
        backtest.m_stopped[std::size_t(customer)] = keptBuying(data, customer, settings.model, asOf, until) ? 0 : 1;
    return backtest;
}

Result<BacktestResult> Backtest::run(const Dataset &data, const BacktestOptions &options)
{
    const QString problem = options.thresholds.problem();
    if (!problem.isEmpty())
        return Error {problem, {}};
    auto backtest = prepare(data, options.asOf, options.horizonDays, options.settings);
    if (!backtest)
        return backtest.error();
    return backtest->evaluate(options.thresholds);
}

BacktestResult Backtest::evaluate(const RiskThresholds &thresholds) const
{
    BacktestResult result;
    result.asOf = m_asOf;
    result.horizonDays = m_horizonDays;
    result.wholeHorizon = m_wholeHorizon;
    result.aliveWarning = m_aliveWarning;
    const RiskReport report = scoreCustomers(m_past, m_lifetimes, thresholds, m_alive);

    const std::size_t n = std::size_t(report.customers.size());
    std::vector<double> light(n), levels(n), priority(n), recency(n), frequency(n), probability(n);
    std::unique_ptr<bool[]> stopped(new bool[n]);
    for (std::size_t i = 0; i < n; ++i) {
        const CustomerRisk &risk = report.customers.at(qsizetype(i));
        const int customer = risk.customer;
        stopped[i] = m_stopped[std::size_t(customer)] != 0;
        levels[i] = double(int(risk.level));
        light[i] = levels[i] * 1000.0 + risk.score;
        priority[i] = -double(i); // the list's own order
        const auto orders = m_past.ordersOf(customer);
        Day lastPurchase = NoDay;
        for (auto order = orders.rbegin(); order != orders.rend(); ++order) {
            if (order->amountMinor >= 0) {
                lastPurchase = order->day;
                break;
            }
        }
        const Day last = lastPurchase != NoDay ? lastPurchase : risk.lastSignOfLife;
        recency[i] = last != NoDay ? double(m_asOf - last) : double(m_asOf - m_firstDay);
        frequency[i] = -double(purchaseDays(m_past, customer, NoDay, m_asOf));
        probability[i]
            = -(std::size_t(customer) < m_alive.size() && m_alive[customer].probability ? *m_alive[customer].probability
                                                                                        : 0.0);

        BacktestLevel &level = result.levels[std::size_t(risk.level)];
        ++level.customers;
        level.stopped += stopped[i] ? 1 : 0;
        result.stopped += stopped[i] ? 1 : 0;
    }
    const std::span<const bool> outcome(stopped.get(), n);
    result.customers = qint64(n);
    result.baseRate = n > 0 ? double(result.stopped) / double(n) : 0.0;
    for (BacktestLevel &level : result.levels) {
        level.share = n > 0 ? double(level.customers) / double(n) : 0.0;
        level.stopped = level.customers > 0 ? level.stopped / double(level.customers) : 0.0;
    }
    const BacktestLevel &red = result.level(RiskLevel::Red);
    const BacktestLevel &green = result.level(RiskLevel::Green);
    if (red.customers > 0 && green.customers > 0 && green.stopped > 0)
        result.liftRedOverGreen = red.stopped / green.stopped;
    result.auc = areaUnderCurve(light, outcome);
    result.levelAuc = areaUnderCurve(levels, outcome);
    result.topDecilePrecision = topDecile(priority, outcome);
    result.recency = baseline(recency, outcome);
    result.frequency = baseline(frequency, outcome);
    result.pAlive = baseline(probability, outcome);
    return result;
}

} // namespace rd
