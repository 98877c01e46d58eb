// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "metrics/cohorts.h"

#include <algorithm>
#include <limits>
#include <vector>

#include "core/checkedmath.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// The index of the period that contains the day, or -1 before the first period.
int periodIndex(const std::vector<Day> &starts, Day day)
{
    return int(std::upper_bound(starts.begin(), starts.end(), day) - starts.begin()) - 1;
}

} // namespace

QString cohortModeName(CohortMode mode)
{
    switch (mode) {
    case CohortMode::Active:
        return u"active"_s;
    case CohortMode::Returning:
        return u"returning"_s;
    case CohortMode::Revenue:
        return u"revenue"_s;
    }
    return {};
}

std::optional<CohortMode> cohortModeFromName(QStringView name)
{
    for (CohortMode mode : {CohortMode::Active, CohortMode::Returning, CohortMode::Revenue}) {
        if (name.compare(cohortModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

int CohortMatrix::maxOffsets() const
{
    qsizetype most = 0;
    for (const CohortRow &row : rows)
        most = std::max(most, row.counts.size());
    return int(most);
}

CohortMatrix computeCohorts(
    const Dataset &data, const Lifetimes &lifetimes, PeriodKind kind, CohortMode mode, const CustomerFilter &filter)
{
    CohortMatrix matrix;
    matrix.kind = kind;
    matrix.mode = mode;
    matrix.asOf = lifetimes.asOf;
    const Day asOf = lifetimes.asOf;
    const int customerCount = data.customerCount();
    if (asOf == NoDay || customerCount == 0)
        return matrix;
    Q_ASSERT(lifetimes.offsets.size() == size_t(customerCount) + 1);

    // The day that puts each customer into a cohort, NoDay for customers left out.
    std::vector<Day> joined(size_t(customerCount), NoDay);
    Day first = NoDay;
    for (int i = 0; i < customerCount; ++i) {
        const MetricsCustomer &customer = data.customers.at(i);
        const auto lives = lifetimes.of(i);
        if (lives.empty() || !filter.matches(customer))
            continue;
        Day day = lives.front().start;
        if (!isContractCustomer(customer, lifetimes.settings.model)) {
            for (const MetricsOrder &order : data.ordersOf(i)) {
                if (order.day > asOf)
                    break;
                if (order.amountMinor > 0) {
                    day = order.day;
                    break;
                }
            }
        }
        if (day == NoDay || day > asOf)
            continue;
        joined[size_t(i)] = day;
        if (first == NoDay || day < first)
            first = day;
    }
    if (first == NoDay)
        return matrix;

    const QList<Period> periods = periodsBetween(kind, dateOf(first), dateOf(asOf));
    const int last = int(periods.size()) - 1; // the period that contains asOf
    std::vector<Day> starts;
    std::vector<Day> ends;
    starts.reserve(size_t(periods.size()));
    ends.reserve(size_t(periods.size()) + 1);
    for (const Period &period : periods) {
        starts.push_back(period.start);
        ends.push_back(period.end);
    }
    ends.push_back(std::numeric_limits<Day>::max()); // a sentinel, so that ends[period + 1] always exists

    std::vector<int> cohortOf(size_t(customerCount), -1);
    std::vector<qint64> sizes(size_t(periods.size()), 0);
    for (int i = 0; i < customerCount; ++i) {
        if (joined[size_t(i)] == NoDay)
            continue;
        const int cohort = periodIndex(starts, joined[size_t(i)]);
        cohortOf[size_t(i)] = cohort;
        ++sizes[size_t(cohort)];
    }

    // One row of cells per cohort with customers, indexed by offset; one spare cell for the difference
    // array of the active mode.
    std::vector<std::vector<qint64>> cells(size_t(periods.size()));
    for (int cohort = 0; cohort <= last; ++cohort) {
        if (sizes[size_t(cohort)] > 0)
            cells[size_t(cohort)].assign(size_t(last - cohort + 2), 0);
    }

    for (int i = 0; i < customerCount; ++i) {
        const int cohort = cohortOf[size_t(i)];
        if (cohort < 0)
            continue;
        std::vector<qint64> &row = cells[size_t(cohort)];
        switch (mode) {
        case CohortMode::Active: {
            // Lifetimes are sorted and do not overlap, but two of them can touch the same period (lost and
            // back within a month): count each period once. Ranges go into a difference array.
            int counted = cohort - 1;
            for (const Lifetime &life : lifetimes.of(i)) {
                if (life.start == NoDay || life.start > asOf)
                    break;
                const int startIndex = periodIndex(starts, life.start);
                const int from = std::max(startIndex, counted + 1);
                // [start, end): the last day as a customer is end - 1; a lifetime that ends on its first day
                // still counts in that period, so that offset 0 is the whole cohort.
                const int to = (life.end == NoDay || life.end > asOf)
                    ? last
                    : std::max(periodIndex(starts, life.end - 1), startIndex);
                if (to < from)
                    continue;
                ++row[size_t(from - cohort)];
                --row[size_t(to - cohort + 1)];
                counted = to;
            }
            break;
        }
        case CohortMode::Returning: {
            const auto days = data.engagementOf(i);
            int period = cohort;
            int counted = cohort - 1;
            for (auto it = std::lower_bound(days.begin(), days.end(), starts[size_t(cohort)]);
                 it != days.end() && *it <= asOf; ++it) {
                if (*it >= ends[size_t(period)])
                    period = *it < ends[size_t(period) + 1] ? period + 1 : periodIndex(starts, *it);
                if (period != counted) {
                    ++row[size_t(period - cohort)];
                    counted = period;
                }
            }
            break;
        }
        case CohortMode::Revenue: {
            const auto orders = data.ordersOf(i);
            auto it = std::lower_bound(orders.begin(), orders.end(), starts[size_t(cohort)],
                [](const MetricsOrder &order, Day day) { return order.day < day; });
            int period = cohort;
            for (; it != orders.end() && it->day <= asOf; ++it) {
                if (it->day >= ends[size_t(period)])
                    period = it->day < ends[size_t(period) + 1] ? period + 1 : periodIndex(starts, it->day);
                addSaturating(row[size_t(period - cohort)], it->amountMinor);
            }
            break;
        }
        }
    }

    // Periods in which no customer joined have no row: an empty cohort has no percentages to show.
    for (int cohort = 0; cohort <= last; ++cohort) {
        const qint64 size = sizes[size_t(cohort)];
        if (size == 0)
            continue;
        std::vector<qint64> &row = cells[size_t(cohort)];
        const int offsets = last - cohort + 1;
        if (mode == CohortMode::Active) {
            for (int k = 1; k < offsets; ++k)
                row[size_t(k)] += row[size_t(k - 1)];
        }
        CohortRow out;
        out.label = periods.at(cohort).label;
        out.start = periods.at(cohort).start;
        out.size = size;
        out.counts.reserve(offsets);
        out.percentages.reserve(offsets);
        for (int k = 0; k < offsets; ++k) {
            const qint64 count = row[size_t(k)];
            out.counts.append(count);
            if (mode == CohortMode::Revenue) {
                // A cohort whose first period nets to nothing (or to refunds) has no base to compare with.
                const qint64 base = row[0];
                out.percentages.append(
                    base > 0 ? std::optional<double>(100.0 * double(count) / double(base)) : std::nullopt);
            } else {
                out.percentages.append(100.0 * double(count) / double(size));
            }
        }
        matrix.rows.append(std::move(out));
    }
    return matrix;
}

} // namespace rd
