// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "metrics/report.h"

#include <algorithm>
#include <cmath>

#include "core/checkedmath.h"
#include "core/money.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

std::optional<double> percent(double numerator, double denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return numerator / denominator * 100.0;
}

constexpr double DaysPerMonth = 365.25 / 12.0;

// Maps days to the index of the period that holds them: -1 before the first, size() after the last.
class PeriodIndex
{
public:
    explicit PeriodIndex(const QList<Period> &periods)
    {
        m_starts.reserve(periods.size());
        for (const Period &period : periods)
            m_starts.push_back(period.start);
        m_end = periods.isEmpty() ? NoDay : periods.constLast().end;
    }

    int of(Day day) const
    {
        if (m_starts.empty() || day < m_starts.front())
            return -1;
        if (day >= m_end)
            return int(m_starts.size());
        return int(std::upper_bound(m_starts.begin(), m_starts.end(), day) - m_starts.begin()) - 1;
    }
    int size() const { return int(m_starts.size()); }

private:
    std::vector<Day> m_starts;
    Day m_end = NoDay;
};

} // namespace

std::optional<double> PeriodFigures::churnRate() const
{
    if (!measurable)
        return std::nullopt;
    return percent(double(lostCustomers), double(startCustomers));
}

std::optional<double> PeriodFigures::retentionRate() const
{
    if (!measurable)
        return std::nullopt;
    return percent(double(endCustomers - newCustomers), double(startCustomers));
}

std::optional<double> PeriodFigures::nrr() const
{
    return percent(double(retainedRevenueMinor), double(previousRevenueMinor));
}

std::optional<double> PeriodFigures::grr() const
{
    return percent(double(cappedRevenueMinor), double(previousRevenueMinor));
}

std::optional<double> PeriodFigures::revenuePerCustomer() const
{
    if (payingCustomers == 0)
        return std::nullopt;
    return double(revenueMinor) / double(payingCustomers);
}

std::optional<double> PeriodFigures::quickRatio() const
{
    const double lost = double(mrrContractionMinor + mrrChurnedMinor);
    if (lost == 0)
        return std::nullopt;
    return double(mrrNewMinor + mrrExpansionMinor) / lost;
}

Report computeReport(const Dataset &data, const Lifetimes &lifetimes, const ReportOptions &options)
{
    Report report;
    report.options = options;
    report.asOf = lifetimes.asOf;
    report.currency = data.currency;
    const QDate asOf = dateOf(lifetimes.asOf);
    QDate from = options.from.isValid() ? options.from : dateOf(data.firstDay);
    QDate to = options.to.isValid() ? std::min(options.to, asOf) : asOf;
    QList<Period> periods = periodsBetween(options.kind, from, to);
    if (periods.isEmpty())
        return report;
    // One period before the first is computed but not reported: the first period's revenue retention and
    // MRR movements compare with it, whatever --from says.
    const QDate previousStart = periodStart(options.kind, dateOf(periods.constFirst().start).addDays(-1));
    periods.prepend(
        Period {dayOf(previousStart), periods.constFirst().start, periodLabel(options.kind, previousStart)});
    const int n = int(periods.size());
    const PeriodIndex index(periods);

    std::vector<qint64> startDelta(n + 1, 0);
    std::vector<PeriodFigures> figures(n);
    for (int p = 0; p < n; ++p) {
        figures[p].period = periods.at(p);
        figures[p].hasPrevious = true;
    }
    std::vector<std::pair<int, qint64>> runs; // one customer's revenue per period, in order
    bool silentLosses = false; // some customer counted can be lost without a contract ending

    for (int customer = 0; customer < data.customerCount(); ++customer) {
        const MetricsCustomer &info = data.customers.at(customer);
        if (!options.filter.matches(info))
            continue;
        silentLosses = silentLosses || !isContractCustomer(info, lifetimes.settings.model);
        for (const Lifetime &lifetime : lifetimes.of(customer)) {
            // S counts the lifetime in every period p with start < a_p <= end.
            const int startIndex = index.of(lifetime.start);
            const int first = startIndex + 1;
            const int last = lifetime.end == NoDay ? n - 1 : std::min(index.of(lifetime.end), n - 1);
            if (first <= last) {
                ++startDelta[std::max(first, 0)];
                --startDelta[last + 1];
            }
            if (startIndex >= 0 && startIndex < n) {
                ++figures[startIndex].newCustomers;
                if (lifetime.reactivation)
                    ++figures[startIndex].reactivatedCustomers;
            }
            if (lifetime.end != NoDay) {
                const int endIndex = index.of(lifetime.end);
                if (endIndex >= 0 && endIndex < n)
                    ++figures[endIndex].lostCustomers;
            }
        }

        runs.clear();
        for (const MetricsOrder &order : data.ordersOf(customer)) {
            if (order.day > lifetimes.asOf)
                break; // sorted by day: nothing after the as-of day counts
            const int p = index.of(order.day);
            if (p < 0 || p >= n)
                continue;
            addSaturating(figures[p].revenueMinor, order.amountMinor);
            if (!runs.empty() && runs.back().first == p)
                addSaturating(runs.back().second, order.amountMinor);
            else
                runs.push_back({p, order.amountMinor});
        }
        const bool contract = isContractCustomer(info, lifetimes.settings.model);
        const auto monthly = [&](int p, qint64 amount) {
            const double days = double(periods.at(p).end - periods.at(p).start);
            // Held below 2^63: a saturated sum must not overflow the conversion back.
            return amount > 0 ? qint64(std::llround(std::min(double(amount) * DaysPerMonth / days, 9.2e18)))
                              : qint64(0);
        };
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const auto [p, revenue] = runs[i];
            const bool nextIsAdjacent = i + 1 < runs.size() && runs[i + 1].first == p + 1;
            const qint64 nextRevenue = nextIsAdjacent ? runs[i + 1].second : 0;
            if (revenue > 0) {
                ++figures[p].payingCustomers;
                if (p + 1 < n) {
                    addSaturating(figures[p + 1].previousRevenueMinor, revenue);
                    addSaturating(figures[p + 1].retainedRevenueMinor, nextRevenue);
                    addSaturating(figures[p + 1].cappedRevenueMinor, std::clamp(nextRevenue, qint64(0), revenue));
                }
            }
            if (!contract)
                continue;
            const qint64 current = monthly(p, revenue);
            const bool previousIsAdjacent = i > 0 && runs[i - 1].first == p - 1;
            const qint64 previous = previousIsAdjacent ? monthly(p - 1, runs[i - 1].second) : 0;
            addSaturating(figures[p].mrrMinor, current);
            if (p > 0) {
                if (previous == 0 && current > 0) {
                    addSaturating(i == 0 ? figures[p].mrrNewMinor : figures[p].mrrReactivatedMinor, current);
                } else if (current > previous) {
                    addSaturating(figures[p].mrrExpansionMinor, current - previous);
                } else if (current < previous && current > 0) {
                    addSaturating(figures[p].mrrContractionMinor, previous - current);
                } else if (current == 0 && previous > 0) {
                    addSaturating(figures[p].mrrChurnedMinor, previous);
                }
            }
            if (current > 0 && !nextIsAdjacent && p + 1 < n)
                addSaturating(figures[p + 1].mrrChurnedMinor, current);
        }
    }

    // The first day on which a silent loss can show, and the last day the data covers.
    const Day measurableFrom = data.firstDay == NoDay ? NoDay : data.firstDay + lifetimes.settings.inactivityDays;
    qint64 running = 0;
    for (int p = 0; p < n; ++p) {
        running += startDelta[p];
        PeriodFigures &period = figures[p];
        period.partial = lifetimes.asOf < period.period.end - 1;
        period.measurable = !silentLosses || (measurableFrom != NoDay && period.period.start >= measurableFrom);
        period.startCustomers = running;
        period.endCustomers = period.startCustomers + period.newCustomers - period.lostCustomers;
        if (p > 0)
            report.periods.append(period);
    }
    return report;
}

namespace {
QString moneyText(qint64 minor, const QString &currency, const QLocale &locale)
{
    return formatMoney(minor, currency, locale);
}

QString percentText(const std::optional<double> &value, const QLocale &locale)
{
    return value ? locale.toString(*value, 'f', 2) + u" %"_s : u"—"_s;
}
} // namespace

QString ReportExplanation::churnRate(const PeriodFigures &figures, const QLocale &locale)
{
    return tr("churn rate = %1 lost / %2 at start = %3")
        .arg(locale.toString(figures.lostCustomers), locale.toString(figures.startCustomers),
            percentText(figures.churnRate(), locale));
}

QString ReportExplanation::retentionRate(const PeriodFigures &figures, const QLocale &locale)
{
    return tr("retention rate = (%1 at end − %2 new) / %3 at start = %4")
        .arg(locale.toString(figures.endCustomers), locale.toString(figures.newCustomers),
            locale.toString(figures.startCustomers), percentText(figures.retentionRate(), locale));
}

QString ReportExplanation::nrr(const PeriodFigures &figures, const QString &currency, const QLocale &locale)
{
    return tr("net revenue retention = %1 from last period's paying customers / %2 they paid then = %3")
        .arg(moneyText(figures.retainedRevenueMinor, currency, locale),
            moneyText(figures.previousRevenueMinor, currency, locale), percentText(figures.nrr(), locale));
}

QString ReportExplanation::grr(const PeriodFigures &figures, const QString &currency, const QLocale &locale)
{
    return tr("gross revenue retention = %1 (each customer capped at last period's amount) / %2 = %3")
        .arg(moneyText(figures.cappedRevenueMinor, currency, locale),
            moneyText(figures.previousRevenueMinor, currency, locale), percentText(figures.grr(), locale));
}

QString ReportExplanation::quickRatio(const PeriodFigures &figures, const QString &currency, const QLocale &locale)
{
    const std::optional<double> ratio = figures.quickRatio();
    return tr("quick ratio = (%1 new + %2 expansion) / (%3 contraction + %4 churned) = %5; above 1 the recurring "
              "revenue grows, 4 is healthy growth")
        .arg(moneyText(figures.mrrNewMinor, currency, locale), moneyText(figures.mrrExpansionMinor, currency, locale),
            moneyText(figures.mrrContractionMinor, currency, locale),
            moneyText(figures.mrrChurnedMinor, currency, locale),
            ratio ? locale.toString(*ratio, 'f', 2) : tr("none (nothing lost)"));
}

QString ReportExplanation::definitions()
{
    return tr("Churn rate = customers lost in the period / customers at its start x 100. Customers who join "
              "during the period are not in the denominator. Retention rate = (customers at the end - new "
              "customers) / customers at the start x 100.");
}

} // namespace rd
