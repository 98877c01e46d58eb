// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "risk/contactoutcome.h"

#include <algorithm>
#include <map>
#include <vector>

#include <QSet>

#include "risk/backtest.h"

namespace rd {

namespace {

bool boughtWithin(const Dataset &data, int customer, Day after, Day until)
{
    for (const MetricsOrder &order : data.ordersOf(customer)) {
        if (order.day > until)
            break;
        if (order.day > after && order.amountMinor > 0)
            return true;
    }
    return false;
}

std::optional<double> share(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional<double>(100.0 * double(part) / double(whole)) : std::nullopt;
}

} // namespace

std::optional<double> ContactOutcome::contactedShare() const
{
    return share(contactedBought, contacted);
}

std::optional<double> ContactOutcome::othersShare() const
{
    return share(othersBought, others);
}

ContactOutcome contactOutcome(const Dataset &data, const LifetimeSettings &settings, const RiskThresholds &thresholds,
    const QHash<qint64, Day> &firstContact, int days)
{
    ContactOutcome outcome;
    outcome.days = days;
    if (data.lastDay == NoDay || firstContact.isEmpty())
        return outcome;
    QHash<qint64, int> indexById;
    indexById.reserve(data.customers.size());
    for (int i = 0; i < data.customerCount(); ++i)
        indexById.insert(data.customers.at(i).id, i);
    // The customers first contacted on each day whose window has passed, latest days first.
    std::map<Day, QList<int>, std::greater<>> byDay;
    for (auto it = firstContact.cbegin(); it != firstContact.cend(); ++it) {
        const int customer = indexById.value(it.key(), -1);
        if (customer < 0)
            continue; // erased since
        if (it.value() + days > data.lastDay)
            ++outcome.pending;
        else
            byDay[it.value()].append(customer);
    }
    // The contacted first, on the latest days whose window has passed: never counted among the others.
    std::vector<Day> compared;
    QSet<int> counted;
    for (const auto &[day, contacted] : byDay) {
        if (int(compared.size()) == ContactOutcome::MaxContactDays)
            break;
        compared.push_back(day);
        for (int customer : contacted) {
            counted.insert(customer);
            ++outcome.contacted;
            outcome.contactedBought += boughtWithin(data, customer, day, day + days) ? 1 : 0;
        }
    }
    outcome.contactDays = int(compared.size());
    // The others: whom the light had at risk on those days, with only what was known then; each once, on the
    // latest day, unless contacted within the window around it.
    for (const Day day : compared) {
        // Scored as the window scores, the purchase model included: the others are whom the list showed.
        const Dataset past = datasetAsOf(data, day);
        const Lifetimes lifetimes = computeLifetimes(past, settings, day);
        const auto alive = estimateAlive(past, lifetimes);
        const RiskReport report = scoreCustomers(past, lifetimes, thresholds,
            alive ? std::span<const AliveEstimate>(*alive) : std::span<const AliveEstimate>());
        for (const CustomerRisk &risk : report.customers) {
            if (risk.level == RiskLevel::Green || counted.contains(risk.customer))
                continue;
            const Day contact = firstContact.value(data.customers.at(risk.customer).id, NoDay);
            if (contact != NoDay && std::abs(contact - day) <= days)
                continue;
            counted.insert(risk.customer);
            ++outcome.others;
            outcome.othersBought += boughtWithin(data, risk.customer, day, day + days) ? 1 : 0;
        }
    }
    return outcome;
}

QString ContactOutcomeText::summary(const ContactOutcome &outcome, const QLocale &locale)
{
    const auto percent = [&locale](std::optional<double> value) {
        return value ? locale.toString(*value, 'f', 0) + QStringLiteral(" %") : tr("—", "no value");
    };
    if (outcome.contacted == 0) {
        if (outcome.pending > 0)
            return tr("%1 customers were contacted less than %2 days before the data's last day: too early to tell "
                      "whether they came back.")
                .arg(locale.toString(outcome.pending), locale.toString(outcome.days));
        return tr("No win-back message has been prepared yet: once some are, this says whether the contacted "
                  "customers came back more often than the others.");
    }
    QString text
        = tr("Of the %1 customers contacted, %2 bought again within %3 days, against %4 of the %5 the light "
             "had at risk on the same days who were not contacted.")
              .arg(locale.toString(outcome.contacted), percent(outcome.contactedShare()), locale.toString(outcome.days),
                  percent(outcome.othersShare()), locale.toString(outcome.others));
    if (outcome.pending > 0)
        text += u' ' + tr("%1 more were contacted too recently to tell.").arg(locale.toString(outcome.pending));
    // Below about 30 in a group, a difference of 15 points is chance as often as not.
    if (std::min(outcome.contacted, outcome.others) < 30)
        text += u' ' + tr("So few customers make it a hint, not a measure.");
    return text;
}

} // namespace rd
