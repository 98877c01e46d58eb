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

QString saidText(const LeavingWords::Said &said)
{
    if (said.reason.isEmpty() || said.comment.isEmpty())
        return said.reason.isEmpty() ? said.comment : said.reason;
    return said.reason + u": "_s + said.comment;
}

void setShares(ReasonsPeriod &row)
{
    for (ReasonFigures &figures : row.reasons) {
        figures.share
            = row.lost > 0 ? std::optional<double>(100.0 * double(figures.customers) / double(row.lost)) : std::nullopt;
    }
}

void sortByDay(QList<LostCustomer> &lost)
{
    std::stable_sort(lost.begin(), lost.end(), [](const LostCustomer &a, const LostCustomer &b) {
        return a.left != b.left ? a.left < b.left : a.customer < b.customer;
    });
}

} // namespace

qint64 ReasonsPeriod::lostRevenueMinor() const
{
    qint64 revenue = 0;
    for (const ReasonFigures &figures : reasons)
        addSaturating(revenue, figures.lostRevenueMinor);
    return revenue;
}

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
            const LeavingWords::Said *said = nullptr;
            const auto cancellation = words.cancellations.constFind(info.id);
            if (lifetime.ending == LifetimeEnd::Cancelled && i + 1 == own.size()
                && cancellation != words.cancellations.cend()) {
                reason = classify(classifier, *cancellation);
                said = &*cancellation;
            }
            if (reason == ChurnReason::Unknown) {
                const LeavingWords::Answer *closest = nullptr;
                for (const LeavingWords::Answer *answer : answers.value(customer)) {
                    const Day day = dayOf(answer->date);
                    if (day < lifetime.end - AnswerBefore || day > lifetime.end + AnswerAfter)
                        continue;
                    if (!closest || std::abs(day - lifetime.end) < std::abs(dayOf(closest->date) - lifetime.end))
                        closest = answer;
                }
                if (closest) {
                    reason = classify(classifier, closest->said);
                    said = &closest->said;
                }
            }
            ReasonsPeriod &row = report.periods[period];
            ++row.lost;
            ReasonFigures &figures = row.reasons[int(reason)];
            ++figures.customers;
            const qint64 revenue = lostRevenue(data, customer, lifetime.end);
            addSaturating(figures.lostRevenueMinor, revenue);
            figures.lost.append({customer, lifetime.end, revenue, said ? saidText(*said) : QString()});
        }
    }
    for (ReasonsPeriod &row : report.periods) {
        setShares(row);
        for (ReasonFigures &figures : row.reasons)
            sortByDay(figures.lost);
    }
    return report;
}

QList<ReasonsPeriod> splitReasons(const ReasonsReport &report, const Dataset &data, ReasonsSplit split)
{
    if (split == ReasonsSplit::Period || report.periods.isEmpty())
        return report.periods;
    QList<ReasonsPeriod> rows;
    QHash<QString, qsizetype> rowOf;
    const Period range {report.periods.constFirst().period.start, report.periods.constLast().period.end, u"all"_s};
    for (const ReasonsPeriod &period : report.periods) {
        for (const ReasonFigures &figures : period.reasons) {
            for (const LostCustomer &lost : figures.lost) {
                const MetricsCustomer &customer = data.customers.at(lost.customer);
                const QString label = split == ReasonsSplit::Segment ? customer.segment
                    : split == ReasonsSplit::Plan                    ? customer.plan
                                                                     : range.label;
                auto at = rowOf.constFind(label);
                if (at == rowOf.cend()) {
                    ReasonsPeriod row;
                    row.period = Period {range.start, range.end, label};
                    for (ChurnReason reason : ChurnReasons)
                        row.reasons.append(ReasonFigures {reason, 0, 0, std::nullopt, {}});
                    at = rowOf.insert(label, rows.size());
                    rows.append(row);
                }
                ReasonsPeriod &row = rows[*at];
                ++row.lost;
                ReasonFigures &into = row.reasons[int(figures.reason)];
                ++into.customers;
                addSaturating(into.lostRevenueMinor, lost.lostRevenueMinor);
                into.lost.append(lost);
            }
        }
    }
    if (rows.isEmpty()) // nobody lost: one empty row over the range
        rows.append(ReasonsPeriod {range, 0, report.periods.constFirst().reasons});
    for (ReasonsPeriod &row : rows) {
        setShares(row);
        for (ReasonFigures &figures : row.reasons)
            sortByDay(figures.lost);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ReasonsPeriod &a, const ReasonsPeriod &b) {
        return a.lost != b.lost ? a.lost > b.lost : a.period.label.localeAwareCompare(b.period.label) < 0;
    });
    return rows;
}

} // namespace rd
