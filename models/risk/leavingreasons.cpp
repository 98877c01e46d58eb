// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "risk/leavingreasons.h"

#include <algorithm>
#include <limits>

#include "core/checkedmath.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr int AnswerBefore = 90; // days an exit survey may come before the day of leaving
constexpr int AnswerAfter = 180; // and after it

ChurnReason classify(const ReasonClassifier &classifier, const LeavingWords::Said &said)
{
    const ChurnReason reason = classifier.classify(said.reason);
    if (reason != ChurnReason::Unknown && reason != ChurnReason::Other)
        return reason;
    const ChurnReason fromComment = classifier.classify(said.comment);
    return fromComment == ChurnReason::Unknown ? reason : fromComment;
}

qint64 lostRevenue(const Dataset &data, int customer, Day end)
{
    qint64 revenue = 0;
    for (const MetricsOrder &order : data.ordersOf(customer)) {
        if (order.day > end)
            break;
        if (order.day > end - 365)
            addSaturating(revenue, order.amountMinor);
    }
    const qint64 contract = data.customers.at(customer).mrrMinor;
    return std::max({revenue, checkedMul(contract, 12).value_or(std::numeric_limits<qint64>::max()), qint64(0)});
}

} // namespace

ReasonClassifier classifierWith(const QHash<QString, QStringList> &keywordsByCode)
{
    QHash<ChurnReason, QStringList> keywords;
    for (auto it = keywordsByCode.cbegin(); it != keywordsByCode.cend(); ++it) {
        if (const auto reason = churnReasonFromCode(it.key()))
            keywords[*reason] += it.value();
    }
    return ReasonClassifier(keywords);
}

ReasonsReport computeReasons(const Dataset &data, const Lifetimes &lifetimes, const LeavingWords &words,
    const ReasonClassifier &classifier, const ReasonsOptions &options)
{
    ReasonsReport report;
    report.asOf = lifetimes.asOf;
    if (lifetimes.asOf == NoDay || data.firstDay == NoDay)
        return report;
    const QDate asOf = dateOf(lifetimes.asOf);
    const QDate from = options.from.isValid() ? options.from : dateOf(data.firstDay);
    const QDate to = options.to.isValid() ? std::min(options.to, asOf) : asOf;
    QList<Period> periods;
    if (options.kind)
        periods = periodsBetween(*options.kind, from, to);
    else if (from <= to)
        periods.append(Period {dayOf(from), dayOf(to) + 1, u"all"_s});
    for (const Period &period : std::as_const(periods)) {
        ReasonsPeriod row;
        row.period = period;
        for (ChurnReason reason : ChurnReasons)
            row.reasons.append(ReasonFigures {reason, 0, 0, std::nullopt, {}});
        report.periods.append(row);
    }
    if (periods.isEmpty())
        return report;

    // Each customer's exit answers, by index.
    QHash<qint64, int> indexById;
    indexById.reserve(data.customers.size());
    for (int i = 0; i < data.customerCount(); ++i)
        indexById.insert(data.customers.at(i).id, i);
    QHash<int, QList<const LeavingWords::Answer *>> answers;
    for (const LeavingWords::Answer &answer : words.answers) {
        const int index = indexById.value(answer.customerId, -1);
        if (index >= 0 && answer.date.isValid() && dayOf(answer.date) <= lifetimes.asOf)
            answers[index].append(&answer);
    }

    for (int customer = 0; customer < data.customerCount(); ++customer) {
        const MetricsCustomer &info = data.customers.at(customer);
        if (!options.filter.matches(info))
            continue;
        const std::span<const Lifetime> own = lifetimes.of(customer);
        for (std::size_t i = 0; i < own.size(); ++i) {
            const Lifetime &lifetime = own[i];
            if (lifetime.end == NoDay || lifetime.end < periods.constFirst().start
                || lifetime.end >= periods.constLast().end)
                continue;
            const auto period = std::upper_bound(periods.cbegin(), periods.cend(), lifetime.end,
                                    [](Day day, const Period &p) { return day < p.end; })
                - periods.cbegin();
            ChurnReason reason = ChurnReason::Unknown;
            const auto cancellation = words.cancellations.constFind(info.id);
            if (lifetime.ending == LifetimeEnd::Cancelled && i + 1 == own.size()
                && cancellation != words.cancellations.cend())
                reason = classify(classifier, *cancellation);
            if (reason == ChurnReason::Unknown) {
                const LeavingWords::Answer *closest = nullptr;
                for (const LeavingWords::Answer *answer : answers.value(customer)) {
                    const Day day = dayOf(answer->date);
                    if (day < lifetime.end - AnswerBefore || day > lifetime.end + AnswerAfter)
                        continue;
                    if (!closest || std::abs(day - lifetime.end) < std::abs(dayOf(closest->date) - lifetime.end))
                        closest = answer;
                }
                if (closest)
                    reason = classify(classifier, closest->said);
            }
            ReasonsPeriod &row = report.periods[period];
            ++row.lost;
            ReasonFigures &figures = row.reasons[int(reason)];
            ++figures.customers;
            addSaturating(figures.lostRevenueMinor, lostRevenue(data, customer, lifetime.end));
            figures.customerIndexes.append(customer);
        }
    }
    for (ReasonsPeriod &row : report.periods) {
        for (ReasonFigures &figures : row.reasons) {
            if (row.lost > 0)
                figures.share = 100.0 * double(figures.customers) / double(row.lost);
        }
    }
    return report;
}

} // namespace rd
