// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "risk/riskengine.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/checkedmath.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

RiskLevel worse(RiskLevel a, RiskLevel b)
{
    return int(a) >= int(b) ? a : b;
}

RiskLevel raised(RiskLevel level)
{
    return level == RiskLevel::Green ? RiskLevel::Yellow : RiskLevel::Red;
}

double percentDown(double before, double now)
{
    return before > 0 ? (before - now) / before * 100.0 : 0.0;
}

// A customer's purchase rhythm as of the day: the model's chance of no order in 90 days (negative: none).
struct Rhythm
{
    double chance = -1;
    int silentDays = 0;
    double usualGapDays = 0; // 0: one purchase only
    double score = -1;
};

double medianOf(std::vector<double> &values)
{
    if (values.empty())
        return 0;
    auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

RiskLevel levelOf(const QList<Reason> &reasons)
{
    RiskLevel level = RiskLevel::Green;
    for (const Reason &reason : reasons)
        level = worse(level, reason.level);
    return level;
}

// Serious evidence keeps its colour whatever the share limits: an unresolved complaint or urgent ticket,
// many tickets at once, a failed payment (red); an unresolved ticket (yellow).
bool beyondLimits(ReasonCode code)
{
    return code == ReasonCode::OpenComplaint || code == ReasonCode::ManyTickets || code == ReasonCode::FailedPayment
        || code == ReasonCode::OpenTickets;
}

// Turns each rhythm into a score and a reason (by the score's thresholds), and gives every customer a
// score: the rhythm score, or 30 points a red signal and 15 a yellow one, whichever is higher.
void addPurchaseRhythm(RiskReport &report, std::vector<Rhythm> &rhythms, const RiskThresholds &t)
{
    // The median 12-month value and the clientele's usual gap (the median of the repeat buyers').
    std::vector<double> values;
    std::vector<double> gaps;
    for (qsizetype i = 0; i < report.customers.size(); ++i) {
        const Rhythm &rhythm = rhythms[std::size_t(i)];
        if (rhythm.chance >= 0 && report.customers.at(i).value12mMinor > 0)
            values.push_back(double(report.customers.at(i).value12mMinor));
        if (rhythm.chance >= 0 && rhythm.usualGapDays > 0)
            gaps.push_back(rhythm.usualGapDays);
    }
    const double median = medianOf(values);
    const double clienteleGap = medianOf(gaps);
    for (qsizetype i = 0; i < report.customers.size(); ++i) {
        CustomerRisk &risk = report.customers[i];
        Rhythm &rhythm = rhythms[std::size_t(i)];
        int points = 0;
        for (const Reason &reason : std::as_const(risk.reasons))
            points += reason.level == RiskLevel::Red ? 30 : reason.level == RiskLevel::Yellow ? 15 : 0;
        risk.score = std::min(100, points);
        if (rhythm.chance < 0)
            continue;
        const double p = std::clamp(rhythm.chance, 1e-9, 1 - 1e-9);
        const double value = median > 0 ? double(std::max<qint64>(risk.value12mMinor, 0)) / median : 0.0;
        const double z = std::log(p / (1 - p)) - t.valueWeight * std::log1p(value);
        rhythm.score = 100 / (1 + std::exp(-z));
        risk.score = std::max(risk.score, int(std::lround(rhythm.score)));
        // Only a customer past their own usual gap (or 90 days, for those who buy less often) is leaving: a
        // yearly buyer is not, a month after an order. After one order the clientele's usual gap stands in,
        // for red: a new customer who has not come back yet is worth a nudge (yellow), not yet a call.
        const bool ownRhythm = rhythm.usualGapDays > 0;
        const bool overdue = rhythm.silentDays >= std::min(ownRhythm ? rhythm.usualGapDays : clienteleGap, 90.0);
        if ((overdue || !ownRhythm) && rhythm.score >= t.rhythmYellowScore) {
            const RiskLevel level = rhythm.score >= t.rhythmRedScore && overdue ? RiskLevel::Red : RiskLevel::Yellow;
            risk.reasons.append(Reason {ReasonCode::PurchaseRhythm, level,
                {rhythm.chance * 100.0, double(rhythm.silentDays), std::round(rhythm.usualGapDays)}});
        }
    }
}

// Keeps red and yellow within their share limits: serious evidence always counts (beyondLimits); of the
// rest, the customers with the highest score (then the highest value) keep their colour, the others' signals
// are shown one level lower.
void keepWithinLimits(RiskReport &report, const RiskThresholds &t)
{
    // A list of a handful of customers is no flood: the limits start at 20.
    if (report.customers.size() < 20)
        return;
    const double listed = double(report.customers.size());
    std::vector<qsizetype> order(std::size_t(report.customers.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&report](qsizetype a, qsizetype b) {
        const CustomerRisk &l = report.customers.at(a);
        const CustomerRisk &r = report.customers.at(b);
        return l.score != r.score ? l.score > r.score : l.value12mMinor > r.value12mMinor;
    });
    for (const RiskLevel level : {RiskLevel::Red, RiskLevel::Yellow}) {
        const double share = level == RiskLevel::Red ? t.redShareMax : t.yellowShareMax;
        const auto fixedLevel = [level](const CustomerRisk &risk) {
            return std::any_of(risk.reasons.cbegin(), risk.reasons.cend(),
                [level](const Reason &r) { return r.level == level && beyondLimits(r.code); });
        };
        qint64 room = qint64(std::floor(share * listed));
        for (const CustomerRisk &risk : std::as_const(report.customers))
            room -= levelOf(risk.reasons) == level && fixedLevel(risk) ? 1 : 0;
        for (qsizetype index : order) {
            CustomerRisk &risk = report.customers[index];
            if (levelOf(risk.reasons) != level || fixedLevel(risk))
                continue;
            if (room > 0) {
                --room;
                continue;
            }
            for (Reason &reason : risk.reasons) {
                if (reason.level == level)
                    reason.level = level == RiskLevel::Red ? RiskLevel::Yellow : RiskLevel::Green;
            }
        }
    }
}

void countLevels(RiskReport &report)
{
    report.red = report.yellow = report.green = 0;
    for (const CustomerRisk &risk : std::as_const(report.customers)) {
        ++(risk.level == RiskLevel::Red ? report.red : risk.level == RiskLevel::Yellow ? report.yellow : report.green);
    }
}

} // namespace

void restrictTo(RiskReport &report, const Dataset &data, const CustomerFilter &filter)
{
    if (filter.isEmpty())
        return;
    report.customers.removeIf(
        [&](const CustomerRisk &risk) { return !filter.matches(data.customers.at(risk.customer)); });
    countLevels(report);
}

Result<std::vector<AliveEstimate>> estimateAlive(
    const Dataset &data, const Lifetimes &lifetimes, const BgNbdOptions &options)
{
    const TimeUnit unit = TimeUnit::Week;
    const BgNbdInput input = summariseForBgNbd(data, lifetimes.asOf, unit);
    std::vector<BgNbdCustomer> shoppers;
    std::vector<int> indexes;
    for (std::size_t i = 0; i < input.customers.size(); ++i) {
        const int customer = input.customerIndex[i];
        if (isContractCustomer(data.customers.at(customer), lifetimes.settings.model))
            continue;
        shoppers.push_back(input.customers[i]);
        indexes.push_back(customer);
    }
    auto fit = fitBgNbd(shoppers, options);
    if (!fit)
        return fit.error();
    std::vector<AliveEstimate> estimates(data.customerCount());
    const double horizon = 90.0 / daysPerUnit(unit);
    for (std::size_t i = 0; i < shoppers.size(); ++i) {
        AliveEstimate &estimate = estimates[indexes[i]];
        estimate.noPurchase90 = probabilityNoPurchase(fit->parameters, shoppers[i], horizon);
        if (historyState(shoppers[i], unit) != HistoryState::Enough) {
            estimate.notEnoughHistory = true;
            continue;
        }
        estimate.probability = probabilityAlive(fit->parameters, shoppers[i]);
        estimate.expectedPurchases90 = expectedPurchases(fit->parameters, shoppers[i], horizon);
    }
    return estimates;
}

int purchaseDays(const Dataset &data, int customer, Day after, Day until)
{
    int days = 0;
    forEachPurchaseDay(data.ordersOf(customer), [&](Day day, qint64) {
        if ((after == NoDay || day > after) && day <= until)
            ++days;
    });
    return days;
}

HoldoutComparison compareHoldout(const Dataset &data, const BgNbdInput &calibration, const BgNbdParameters &parameters,
    TimeUnit unit, Day calibrationEnd, Day holdoutEnd, int lastRow)
{
    HoldoutComparison comparison;
    for (int x = 0; x <= lastRow; ++x)
        comparison.rows.append(HoldoutRow {x, 0, 0.0, 0.0});
    const double length = double(holdoutEnd - calibrationEnd) / daysPerUnit(unit);
    for (std::size_t i = 0; i < calibration.customers.size(); ++i) {
        const BgNbdCustomer &customer = calibration.customers[i];
        const double predicted = expectedPurchases(parameters, customer, length);
        const double actual = purchaseDays(data, calibration.customerIndex[i], calibrationEnd, holdoutEnd);
        HoldoutRow &row = comparison.rows[std::min(int(customer.x), lastRow)];
        ++row.customers;
        row.predicted += predicted;
        row.actual += actual;
        comparison.predicted += predicted;
        comparison.actual += actual;
    }
    return comparison;
}

ActivityWindows activityWindows(const Dataset &data, int customer, Day asOf)
{
    ActivityWindows windows;
    for (const ActivityDay &day : data.activityOf(customer)) {
        if (day.day > asOf)
            break;
        const int age = asOf - day.day;
        if (age < 30)
            windows.recent += day.count;
        else if (age < 120)
            windows.baseline += day.count;
    }
    return windows;
}

RiskReport scoreCustomers(
    const Dataset &data, const Lifetimes &lifetimes, const RiskThresholds &t, std::span<const AliveEstimate> alive)
{
    RiskReport report;
    const Day asOf = lifetimes.asOf;
    report.asOf = asOf;
    const int count = data.customerCount();
    report.customers.reserve(count);
    std::vector<Rhythm> rhythms;

    for (int customer = 0; customer < count; ++customer) {
        const auto lifetimesOf = lifetimes.of(customer);
        if (lifetimesOf.empty() || lifetimesOf.back().ending == LifetimeEnd::Cancelled)
            continue; // never a customer yet, or cancelled: nobody to keep
        if (lifetimesOf.back().ending == LifetimeEnd::Silent && asOf - lifetimesOf.back().end > t.lostRecentlyDays)
            continue; // lost long ago: a win-back campaign's business, not today's calls
        const MetricsCustomer &info = data.customers.at(customer);
        CustomerRisk risk;
        risk.customer = customer;
        const auto add = [&risk](ReasonCode code, RiskLevel level, QList<double> numbers) {
            risk.reasons.append(Reason {code, level, std::move(numbers)});
        };

        // Value: revenue of the last 12 months; spending of the last 90 days and the 90 before.
        qint64 last90 = 0;
        qint64 previous90 = 0;
        Day lastPositiveOrder = NoDay;
        for (const MetricsOrder &order : data.ordersOf(customer)) {
            if (order.day > asOf)
                break;
            const int age = asOf - order.day;
            if (age < 365)
                addSaturating(risk.value12mMinor, order.amountMinor);
            if (age < 90)
                addSaturating(last90, order.amountMinor);
            else if (age < 180)
                addSaturating(previous90, order.amountMinor);
            if (order.amountMinor > 0)
                lastPositiveOrder = order.day;
        }

        // Inactivity: days since the last sign of life of any kind. A contract's payments come by themselves:
        // for contract customers only their own activity, tickets and answers count, and only where the
        // data records activity at all.
        const bool contract = isContractCustomer(info, lifetimes.settings.model);
        if (std::size_t(customer) < alive.size())
            risk.alive = alive[customer];
        // A shopper with a purchase rhythm is judged by it (below); fixed days then apply to activity only.
        const bool ownSignsOnly = contract || risk.alive.noPurchase90.has_value();
        Day last = NoDay;
        for (const auto days : {data.engagementOf(customer), data.contactsOf(customer)}) {
            const auto end = std::upper_bound(days.begin(), days.end(), asOf);
            if (end != days.begin())
                last = std::max(last, *(end - 1));
        }
        risk.lastSignOfLife = last;
        Day lastOwn = ownSignsOnly ? NoDay : last;
        if (ownSignsOnly) {
            for (const ActivityDay &day : data.activityOf(customer)) {
                if (day.day > asOf)
                    break;
                lastOwn = day.day;
            }
            const auto contacts = data.contactsOf(customer);
            const auto end = std::upper_bound(contacts.begin(), contacts.end(), asOf);
            if (lastOwn != NoDay && end != contacts.begin())
                lastOwn = std::max(lastOwn, *(end - 1));
        }
        if (lastOwn != NoDay) {
            last = lastOwn;
            const int silent = asOf - last;
            if (silent >= t.inactiveRedDays)
                add(ReasonCode::Inactive, RiskLevel::Red, {double(silent)});
            else if (silent >= t.inactiveYellowDays)
                add(ReasonCode::Inactive, RiskLevel::Yellow, {double(silent)});
        }

        // Activity decline: events in the last 30 days against the monthly average of the 90 before.
        const auto [recentEvents, baselineEvents] = activityWindows(data, customer, asOf);
        if (baselineEvents >= t.activityBaselineMinEvents) {
            const double monthly = double(baselineEvents) / 3.0;
            const double down = percentDown(monthly, double(recentEvents));
            if (down >= t.activityDeclineRed)
                add(ReasonCode::ActivityDecline, RiskLevel::Red, {down, double(recentEvents), monthly});
            else if (down >= t.activityDeclineYellow)
                add(ReasonCode::ActivityDecline, RiskLevel::Yellow, {down, double(recentEvents), monthly});
        }

        // Spending decline: the last 90 days against the 90 before. For a shopper with a purchase rhythm the
        // rhythm score weighs spending (its value) and the orders' pace instead.
        if (previous90 > 0 && !risk.alive.noPurchase90) {
            const double down = percentDown(double(previous90), double(std::max<qint64>(last90, 0)));
            if (down >= t.spendingDeclineRed)
                add(ReasonCode::SpendingDecline, RiskLevel::Red, {down, double(previous90), double(last90)});
            else if (down >= t.spendingDeclineYellow)
                add(ReasonCode::SpendingDecline, RiskLevel::Yellow, {down, double(previous90), double(last90)});
        }

        // Lower-value options: as many purchases as in the 90 days before, each worth less on average (a smaller
        // plan, cheaper goods). Where spending decline has said it already, it adds nothing. A note that explains,
        // not a colour: in hindsight on real histories these customers stopped no more often than green ones.
        const bool spendingSaid
            = !risk.reasons.isEmpty() && risk.reasons.constLast().code == ReasonCode::SpendingDecline;
        if (previous90 > 0 && last90 > 0 && !spendingSaid) {
            std::array<qint64, 2> sums {0, 0}; // the last 90 days, the 90 before
            std::array<int, 2> days {0, 0};
            forEachPurchaseDay(data.ordersOf(customer), [&](Day day, qint64 net) {
                const int age = asOf - day;
                if (day > asOf || age >= 180 || net <= 0)
                    return;
                addSaturating(sums[age < 90 ? 0 : 1], net);
                ++days[age < 90 ? 0 : 1];
            });
            if (days[1] > 0 && days[0] >= days[1]) {
                const double before = double(sums[1]) / days[1];
                const double now = double(sums[0]) / days[0];
                const double down = percentDown(before, now);
                if (down >= t.orderValueDecline)
                    add(ReasonCode::LowerOrderValue, RiskLevel::Green, {down, before, now}); // a note, no colour
            }
        }

        // Support: unresolved tickets, complaints and urgent ones, many tickets at once.
        int open = 0;
        int openSerious = 0;
        int recentTickets = 0;
        for (const MetricsTicket &ticket : data.ticketsOf(customer)) {
            if (ticket.day > asOf)
                break;
            const bool unresolved = ticket.closed == NoDay || ticket.closed > asOf;
            if (unresolved) {
                ++open;
                if (ticket.complaint || ticket.severity == MetricsSeverity::High
                    || ticket.severity == MetricsSeverity::Critical)
                    ++openSerious;
            }
            if (asOf - ticket.day < t.ticketWindowDays)
                ++recentTickets;
        }
        if (openSerious > 0)
            add(ReasonCode::OpenComplaint, RiskLevel::Red, {double(openSerious)});
        else if (open > 0)
            add(ReasonCode::OpenTickets, RiskLevel::Yellow, {double(open)});
        if (recentTickets >= t.manyTickets)
            add(ReasonCode::ManyTickets, RiskLevel::Red, {double(recentTickets), double(t.ticketWindowDays)});

        // Satisfaction: the latest answers, a fall since the previous one, and surveys left unanswered.
        int latestNps = -1;
        int previousNps = -1;
        const MetricsSurvey *latestCsat = nullptr;
        int unansweredInARow = 0;
        for (const MetricsSurvey &survey : data.surveysOf(customer)) {
            if (survey.day > asOf)
                break;
            if (asOf - survey.day > t.surveyMaxAgeDays)
                continue;
            if (survey.score < 0) {
                ++unansweredInARow;
                continue;
            }
            unansweredInARow = 0;
            if (survey.nps) {
                previousNps = latestNps;
                latestNps = survey.score;
            } else {
                latestCsat = &survey;
            }
        }
        if (latestNps >= 0 && latestNps <= t.npsRed)
            add(ReasonCode::NpsLow, RiskLevel::Red, {double(latestNps)});
        else if (latestNps >= 0 && latestNps <= t.npsYellow)
            add(ReasonCode::NpsLow, RiskLevel::Yellow, {double(latestNps)});
        if (latestNps >= 0 && previousNps >= 0 && previousNps - latestNps >= t.npsDrop)
            add(ReasonCode::NpsDrop, RiskLevel::Yellow, {double(latestNps), double(previousNps)});
        // The limits are on the 1-5 scale; an answer on 1-10 is compared on it and told on its own.
        if (latestCsat && latestCsat->csatOnFive() <= t.csatRed)
            add(ReasonCode::CsatLow, RiskLevel::Red, {double(latestCsat->score), double(latestCsat->scale)});
        else if (latestCsat && latestCsat->csatOnFive() <= t.csatYellow)
            add(ReasonCode::CsatLow, RiskLevel::Yellow, {double(latestCsat->score), double(latestCsat->scale)});
        if (unansweredInARow >= t.unansweredSurveys)
            add(ReasonCode::SurveysUnanswered, RiskLevel::Yellow, {double(unansweredInARow)});

        // Contract: a recent failed payment not paid since.
        const auto failed = data.failedPaymentsOf(customer);
        const auto failedEnd = std::upper_bound(failed.begin(), failed.end(), asOf);
        if (failedEnd != failed.begin()) {
            const Day lastFailed = *(failedEnd - 1);
            if (asOf - lastFailed < t.failedPaymentDays
                && (lastPositiveOrder == NoDay || lastPositiveOrder < lastFailed))
                add(ReasonCode::FailedPayment, RiskLevel::Red, {double(asOf - lastFailed)});
        }

        // The purchase rhythm's inputs: days since the last purchase and the usual days between purchases.
        Rhythm rhythm;
        if (risk.alive.noPurchase90) {
            const auto orders = data.ordersOf(customer);
            const auto known = std::upper_bound(
                orders.begin(), orders.end(), asOf, [](Day day, const MetricsOrder &order) { return day < order.day; });
            Day first = NoDay;
            Day latest = NoDay;
            int purchases = 0;
            forEachPurchaseDay(std::span(orders.begin(), known), [&](Day day, qint64) {
                first = first == NoDay ? day : first;
                latest = day;
                ++purchases;
            });
            if (latest != NoDay) {
                rhythm.chance = *risk.alive.noPurchase90;
                rhythm.silentDays = asOf - latest;
                rhythm.usualGapDays = purchases > 1 ? double(latest - first) / double(purchases - 1) : 0.0;
            }
        }
        rhythms.push_back(rhythm);
        report.customers.append(std::move(risk));
    }

    for (CustomerRisk &risk : report.customers) {
        // A renewal close ahead makes any other signal one level more urgent.
        const MetricsCustomer &info = data.customers.at(risk.customer);
        if (!risk.reasons.isEmpty() && info.renewal != NoDay && info.renewal >= asOf
            && info.renewal - asOf <= t.renewalDays) {
            risk.reasons.append(
                Reason {ReasonCode::RenewalSoon, raised(levelOf(risk.reasons)), {double(info.renewal - asOf)}});
        }
    }
    addPurchaseRhythm(report, rhythms, t);
    keepWithinLimits(report, t);
    for (CustomerRisk &risk : report.customers) {
        risk.level = levelOf(risk.reasons);
        std::stable_sort(risk.reasons.begin(), risk.reasons.end(),
            [](const Reason &a, const Reason &b) { return int(a.level) > int(b.level); });
        if (risk.level != RiskLevel::Green)
            risk.valueAtRiskMinor = std::max<qint64>(risk.value12mMinor, 0);
    }

    // Key accounts: the fewest customers who together bring keyAccountShare of the 12-month revenue.
    QList<int> byValue(report.customers.size());
    std::iota(byValue.begin(), byValue.end(), 0);
    std::sort(byValue.begin(), byValue.end(),
        [&](int a, int b) { return report.customers.at(a).value12mMinor > report.customers.at(b).value12mMinor; });
    qint64 total = 0;
    for (const CustomerRisk &risk : std::as_const(report.customers))
        addSaturating(total, std::max<qint64>(risk.value12mMinor, 0));
    qint64 running = 0;
    for (int index : std::as_const(byValue)) {
        CustomerRisk &risk = report.customers[index];
        if (total <= 0 || risk.value12mMinor <= 0 || double(running) >= t.keyAccountShare * double(total))
            break;
        risk.keyAccount = true;
        addSaturating(running, risk.value12mMinor);
    }

    // Priority: red before yellow before green, key accounts first, then by value at risk, then score.
    std::sort(report.customers.begin(), report.customers.end(), [&data](const CustomerRisk &a, const CustomerRisk &b) {
        if (a.level != b.level)
            return int(a.level) > int(b.level);
        if (a.keyAccount != b.keyAccount)
            return a.keyAccount;
        if (a.valueAtRiskMinor != b.valueAtRiskMinor)
            return a.valueAtRiskMinor > b.valueAtRiskMinor;
        if (a.score != b.score)
            return a.score > b.score;
        return data.customers.at(a.customer).externalId < data.customers.at(b.customer).externalId;
    });
    countLevels(report);
    return report;
}

} // namespace rd
