// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "risk/riskengine.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rd {

QString riskLevelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Green:
        return u"green"_s;
    case RiskLevel::Yellow:
        return u"yellow"_s;
    case RiskLevel::Red:
        return u"red"_s;
    }
    return {};
}

QString reasonCodeName(ReasonCode code)
{
    switch (code) {
    case ReasonCode::Inactive:
        return u"inactive"_s;
    case ReasonCode::ActivityDecline:
        return u"activity_decline"_s;
    case ReasonCode::SpendingDecline:
        return u"spending_decline"_s;
    case ReasonCode::OpenTickets:
        return u"open_tickets"_s;
    case ReasonCode::OpenComplaint:
        return u"open_complaint"_s;
    case ReasonCode::ManyTickets:
        return u"many_tickets"_s;
    case ReasonCode::NpsLow:
        return u"nps_low"_s;
    case ReasonCode::NpsDrop:
        return u"nps_drop"_s;
    case ReasonCode::CsatLow:
        return u"csat_low"_s;
    case ReasonCode::SurveysUnanswered:
        return u"surveys_unanswered"_s;
    case ReasonCode::RenewalSoon:
        return u"renewal_soon"_s;
    case ReasonCode::FailedPayment:
        return u"failed_payment"_s;
    case ReasonCode::LowProbabilityAlive:
        return u"low_probability_alive"_s;
    }
    return {};
}

namespace {

struct ThresholdField
{
    const char16_t *key;
    double RiskThresholds::*real = nullptr;
    int RiskThresholds::*whole = nullptr;
};

const ThresholdField thresholdFields[] = {
    {u"inactive_yellow_days", nullptr, &RiskThresholds::inactiveYellowDays},
    {u"inactive_red_days", nullptr, &RiskThresholds::inactiveRedDays},
    {u"activity_decline_yellow", &RiskThresholds::activityDeclineYellow},
    {u"activity_decline_red", &RiskThresholds::activityDeclineRed},
    {u"activity_baseline_min_events", nullptr, &RiskThresholds::activityBaselineMinEvents},
    {u"spending_decline_yellow", &RiskThresholds::spendingDeclineYellow},
    {u"spending_decline_red", &RiskThresholds::spendingDeclineRed},
    {u"many_tickets", nullptr, &RiskThresholds::manyTickets},
    {u"ticket_window_days", nullptr, &RiskThresholds::ticketWindowDays},
    {u"nps_yellow", nullptr, &RiskThresholds::npsYellow},
    {u"nps_red", nullptr, &RiskThresholds::npsRed},
    {u"nps_drop", nullptr, &RiskThresholds::npsDrop},
    {u"csat_yellow", nullptr, &RiskThresholds::csatYellow},
    {u"csat_red", nullptr, &RiskThresholds::csatRed},
    {u"unanswered_surveys", nullptr, &RiskThresholds::unansweredSurveys},
    {u"survey_max_age_days", nullptr, &RiskThresholds::surveyMaxAgeDays},
    {u"renewal_days", nullptr, &RiskThresholds::renewalDays},
    {u"failed_payment_days", nullptr, &RiskThresholds::failedPaymentDays},
    {u"alive_yellow", &RiskThresholds::aliveYellow},
    {u"alive_red", &RiskThresholds::aliveRed},
    {u"key_account_share", &RiskThresholds::keyAccountShare},
    {u"lost_recently_days", nullptr, &RiskThresholds::lostRecentlyDays},
};

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

} // namespace

QList<std::pair<QString, double>> RiskThresholds::values() const
{
    QList<std::pair<QString, double>> list;
    for (const ThresholdField &field : thresholdFields)
        list.append({QString::fromUtf16(field.key), field.real ? this->*field.real : double(this->*field.whole)});
    return list;
}

bool RiskThresholds::set(const QString &key, double value)
{
    for (const ThresholdField &field : thresholdFields) {
        if (key != QStringView(field.key))
            continue;
        if (field.real)
            this->*field.real = value;
        else
            this->*field.whole = int(std::lround(value));
        return true;
    }
    return false;
}

QString RiskThresholds::problem() const
{
    if (inactiveYellowDays > inactiveRedDays)
        return RiskText::tr("inactive_yellow_days is above inactive_red_days");
    if (activityDeclineYellow > activityDeclineRed || spendingDeclineYellow > spendingDeclineRed)
        return RiskText::tr("a yellow decline threshold is above its red one");
    if (npsRed > npsYellow || csatRed > csatYellow || aliveRed > aliveYellow)
        return RiskText::tr("a red satisfaction or probability threshold is above its yellow one");
    if (keyAccountShare <= 0 || keyAccountShare > 1)
        return RiskText::tr("key_account_share must be above 0 and at most 1");
    return {};
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

RiskReport scoreCustomers(
    const Dataset &data, const Lifetimes &lifetimes, const RiskThresholds &t, std::span<const AliveEstimate> alive)
{
    RiskReport report;
    const Day asOf = lifetimes.asOf;
    report.asOf = asOf;
    const int count = data.customerCount();
    report.customers.reserve(count);

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
                risk.value12mMinor += order.amountMinor;
            if (age < 90)
                last90 += order.amountMinor;
            else if (age < 180)
                previous90 += order.amountMinor;
            if (order.amountMinor > 0)
                lastPositiveOrder = order.day;
        }

        // Inactivity: days since the last sign of life of any kind. A contract's payments come by themselves:
        // for contract customers only their own activity, tickets and answers count, and only where the
        // data records activity at all.
        const bool contract = isContractCustomer(info, lifetimes.settings.model);
        Day last = NoDay;
        for (const auto days : {data.engagementOf(customer), data.contactsOf(customer)}) {
            const auto end = std::upper_bound(days.begin(), days.end(), asOf);
            if (end != days.begin())
                last = std::max(last, *(end - 1));
        }
        risk.lastSignOfLife = last;
        Day lastOwn = contract ? NoDay : last;
        if (contract) {
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
        qint64 recentEvents = 0;
        qint64 baselineEvents = 0;
        for (const ActivityDay &day : data.activityOf(customer)) {
            if (day.day > asOf)
                break;
            const int age = asOf - day.day;
            if (age < 30)
                recentEvents += day.count;
            else if (age < 120)
                baselineEvents += day.count;
        }
        if (baselineEvents >= t.activityBaselineMinEvents) {
            const double monthly = double(baselineEvents) / 3.0;
            const double down = percentDown(monthly, double(recentEvents));
            if (down >= t.activityDeclineRed)
                add(ReasonCode::ActivityDecline, RiskLevel::Red, {down, double(recentEvents), monthly});
            else if (down >= t.activityDeclineYellow)
                add(ReasonCode::ActivityDecline, RiskLevel::Yellow, {down, double(recentEvents), monthly});
        }

        // Spending decline: the last 90 days against the 90 before.
        if (previous90 > 0) {
            const double down = percentDown(double(previous90), double(std::max<qint64>(last90, 0)));
            if (down >= t.spendingDeclineRed)
                add(ReasonCode::SpendingDecline, RiskLevel::Red, {down, double(previous90), double(last90)});
            else if (down >= t.spendingDeclineYellow)
                add(ReasonCode::SpendingDecline, RiskLevel::Yellow, {down, double(previous90), double(last90)});
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
        int latestCsat = -1;
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
                latestCsat = survey.score;
            }
        }
        if (latestNps >= 0 && latestNps <= t.npsRed)
            add(ReasonCode::NpsLow, RiskLevel::Red, {double(latestNps)});
        else if (latestNps >= 0 && latestNps <= t.npsYellow)
            add(ReasonCode::NpsLow, RiskLevel::Yellow, {double(latestNps)});
        if (latestNps >= 0 && previousNps >= 0 && previousNps - latestNps >= t.npsDrop)
            add(ReasonCode::NpsDrop, RiskLevel::Yellow, {double(latestNps), double(previousNps)});
        if (latestCsat >= 0 && latestCsat <= t.csatRed)
            add(ReasonCode::CsatLow, RiskLevel::Red, {double(latestCsat)});
        else if (latestCsat >= 0 && latestCsat <= t.csatYellow)
            add(ReasonCode::CsatLow, RiskLevel::Yellow, {double(latestCsat)});
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

        // Probability alive, for customers who buy without a contract.
        if (std::size_t(customer) < alive.size()) {
            risk.alive = alive[customer];
            if (risk.alive.probability) {
                const double p = *risk.alive.probability;
                const QList<double> numbers {p * 100.0, risk.alive.expectedPurchases90.value_or(0.0)};
                if (p < t.aliveRed)
                    add(ReasonCode::LowProbabilityAlive, RiskLevel::Red, numbers);
                else if (p < t.aliveYellow)
                    add(ReasonCode::LowProbabilityAlive, RiskLevel::Yellow, numbers);
            }
        }

        for (const Reason &reason : std::as_const(risk.reasons))
            risk.level = worse(risk.level, reason.level);
        // A renewal close ahead makes any other signal one level more urgent.
        if (!risk.reasons.isEmpty() && info.renewal != NoDay && info.renewal >= asOf
            && info.renewal - asOf <= t.renewalDays) {
            risk.level = raised(risk.level);
            add(ReasonCode::RenewalSoon, risk.level, {double(info.renewal - asOf)});
        }
        std::stable_sort(risk.reasons.begin(), risk.reasons.end(),
            [](const Reason &a, const Reason &b) { return int(a.level) > int(b.level); });

        // The score orders customers within a level: 30 points a red signal, 15 a yellow one, up to 100.
        int points = 0;
        for (const Reason &reason : std::as_const(risk.reasons))
            points += reason.level == RiskLevel::Red ? 30 : reason.level == RiskLevel::Yellow ? 15 : 0;
        risk.score = std::min(100, points);
        if (risk.level != RiskLevel::Green)
            risk.valueAtRiskMinor = std::max<qint64>(risk.value12mMinor, 0);
        report.customers.append(std::move(risk));
    }

    // Key accounts: the fewest customers who together bring keyAccountShare of the 12-month revenue.
    QList<int> byValue(report.customers.size());
    std::iota(byValue.begin(), byValue.end(), 0);
    std::sort(byValue.begin(), byValue.end(),
        [&](int a, int b) { return report.customers.at(a).value12mMinor > report.customers.at(b).value12mMinor; });
    qint64 total = 0;
    for (const CustomerRisk &risk : std::as_const(report.customers))
        total += std::max<qint64>(risk.value12mMinor, 0);
    qint64 running = 0;
    for (int index : std::as_const(byValue)) {
        CustomerRisk &risk = report.customers[index];
        if (total <= 0 || risk.value12mMinor <= 0 || double(running) >= t.keyAccountShare * double(total))
            break;
        risk.keyAccount = true;
        running += risk.value12mMinor;
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
    for (const CustomerRisk &risk : std::as_const(report.customers)) {
        switch (risk.level) {
        case RiskLevel::Red:
            ++report.red;
            break;
        case RiskLevel::Yellow:
            ++report.yellow;
            break;
        case RiskLevel::Green:
            ++report.green;
            break;
        }
    }
    return report;
}

QString RiskText::level(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Green:
        return tr("Green", "risk level");
    case RiskLevel::Yellow:
        return tr("Yellow", "risk level");
    case RiskLevel::Red:
        return tr("Red", "risk level");
    }
    return {};
}

QString RiskText::reason(const Reason &reason, const QString &currency, const QLocale &locale)
{
    const auto number
        = [&](int i, int decimals = 0) { return locale.toString(reason.numbers.value(i), 'f', decimals); };
    const auto money = [&](int i) {
        const double value = reason.numbers.value(i) / 100.0;
        return locale.language() == QLocale::C ? QString::number(value, 'f', 2) + u' ' + currency
                                               : locale.toCurrencyString(value, currency);
    };
    switch (reason.code) {
    case ReasonCode::Inactive:
        return tr("no activity for %1 days").arg(number(0));
    case ReasonCode::ActivityDecline:
        // Counts as labels: "1 events" reads wrong, and the CLI prints English without a translator.
        return tr("activity down %1 % (events in the last 30 days: %2, before: %3 a month)")
            .arg(number(0), number(1), number(2, 1));
    case ReasonCode::SpendingDecline:
        return tr("spending down %1 % (%2 → %3 per 90 days)").arg(number(0), money(1), money(2));
    case ReasonCode::OpenTickets:
        return tr("unresolved tickets: %1").arg(number(0));
    case ReasonCode::OpenComplaint:
        return tr("unresolved complaint or urgent ticket: %1").arg(number(0));
    case ReasonCode::ManyTickets:
        return tr("%1 tickets in %2 days").arg(number(0), number(1));
    case ReasonCode::NpsLow:
        return tr("NPS %1").arg(number(0));
    case ReasonCode::NpsDrop:
        return tr("NPS %1, was %2").arg(number(0), number(1));
    case ReasonCode::CsatLow:
        return tr("CSAT %1 of 5").arg(number(0));
    case ReasonCode::SurveysUnanswered:
        return tr("last %1 surveys not answered").arg(number(0));
    // Days as words where a number would read wrong ("in 1 days"; the CLI has no plural forms).
    case ReasonCode::RenewalSoon:
        if (reason.numbers.value(0) == 0)
            return tr("renewal today");
        if (reason.numbers.value(0) == 1)
            return tr("renewal tomorrow");
        return tr("renewal in %1 days").arg(number(0));
    case ReasonCode::FailedPayment:
        if (reason.numbers.value(0) == 0)
            return tr("payment failed today");
        if (reason.numbers.value(0) == 1)
            return tr("payment failed yesterday");
        return tr("payment failed %1 days ago").arg(number(0));
    case ReasonCode::LowProbabilityAlive:
        return tr("probability alive %1 % (expected purchases in 90 days: %2)").arg(number(0), number(1, 1));
    }
    return {};
}

} // namespace rd
