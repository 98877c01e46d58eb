// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "risk/reliability.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString percent(double share, const QLocale &locale)
{
    return locale.toString(share * 100.0, 'f', 0) + u"\u00a0%"_s;
}

QString decimal(const std::optional<double> &value, const QLocale &locale)
{
    return value ? locale.toString(*value, 'f', 2) : Reliability::tr("not measurable");
}

QString longDate(Day day, const QLocale &locale)
{
    return locale.toString(dateOf(day), Reliability::tr("d MMMM yyyy", "date format of the reliability check"));
}

} // namespace

ReliabilityCheck Reliability::check(
    const Dataset &data, const LifetimeSettings &settings, const RiskThresholds &thresholds, int horizonDays, Day asOf)
{
    ReliabilityCheck check;
    check.horizonDays = horizonDays;
    check.firstDay = data.firstDay;
    check.lastDay = data.lastDay;
    const Day day = asOf != NoDay ? asOf : latestBacktestDay(data, horizonDays, MinimumBacktestHistoryDays);
    if (day == NoDay) {
        const int covered = data.firstDay == NoDay ? 0 : data.lastDay - data.firstDay + 1;
        check.problem = tr("The history is too short to tell yet: the check needs %1 days of data before the day "
                           "it looks back to and %2 days after it, %3 days in all; the data covers %4.")
                            .arg(MinimumBacktestHistoryDays)
                            .arg(horizonDays)
                            .arg(MinimumBacktestHistoryDays + horizonDays)
                            .arg(covered);
        return check;
    }
    BacktestOptions options;
    options.asOf = day;
    options.horizonDays = horizonDays;
    options.settings = settings;
    options.thresholds = thresholds;
    auto result = Backtest::run(data, options);
    if (!result)
        check.problem = result.error().text();
    else
        check.result = std::move(result.value());
    return check;
}

QString Reliability::summary(const BacktestResult &result, const QLocale &locale)
{
    const BacktestLevel &red = result.level(RiskLevel::Red);
    const BacktestLevel &green = result.level(RiskLevel::Green);
    if (red.customers == 0) {
        return tr("On %1 this light marked nobody red; of the green customers %2 stopped buying within %3 days.")
            .arg(longDate(result.asOf, locale), percent(green.stopped, locale))
            .arg(result.horizonDays);
    }
    return tr("Of the customers this light marked red on %1, %2 stopped buying within %3 days; of the green ones "
              "%4.")
        .arg(longDate(result.asOf, locale), percent(red.stopped, locale))
        .arg(result.horizonDays)
        .arg(percent(green.stopped, locale));
}

QString Reliability::comparison(const BacktestResult &result, const QLocale &locale)
{
    return tr("Ordered by the light, those who stopped come before those who kept buying with an AUC of %1 (1 is "
              "perfect, 0.5 is chance). Ordered by days since the last purchase: %2; by the number of purchase "
              "days: %3; by the purchase model's P(alive): %4.")
        .arg(decimal(result.auc, locale), decimal(result.recency.auc, locale), decimal(result.frequency.auc, locale),
            decimal(result.pAlive.auc, locale));
}

QString Reliability::basis(const BacktestResult &result, const QLocale &locale)
{
    QString text
        = tr("Scored with only the data known on %1: %2 customers, of whom %3 stopped buying in the %4 "
             "days after (no purchase, or a cancelled contract).")
              .arg(longDate(result.asOf, locale), locale.toString(result.customers), percent(result.baseRate, locale))
              .arg(result.horizonDays);
    if (!result.wholeHorizon)
        text += u' ' + tr("The data ends before those days do: some counted as stopped may still buy.");
    return text;
}

} // namespace rd
