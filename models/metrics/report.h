// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include "metrics/lifetimes.h"
#include "metrics/periods.h"

namespace rd {

// The figures of one period P = [a, b).
struct PeriodFigures
{
    Period period;
    qint64 startCustomers = 0; // S: lifetimes begun before a and not ended before a
    qint64 newCustomers = 0; // N: lifetimes that begin in P (first ones and reactivations)
    qint64 reactivatedCustomers = 0; //    of those, the reactivations
    qint64 lostCustomers = 0; // L: lifetimes that end in P
    qint64 endCustomers = 0; // E = S + N - L, the next period's S

    qint64 revenueMinor = 0; // paid orders in P, refunds subtracted
    qint64 payingCustomers = 0; // customers whose orders in P add up to more than 0
    qint64 previousRevenueMinor = 0; // in the previous period, from the customers who paid then
    qint64 retainedRevenueMinor = 0; // in P, from those same customers
    qint64 cappedRevenueMinor = 0; // the same, each capped at what the customer paid in the previous period

    // Monthly recurring revenue of contract customers (their payments per month of P) and its movements
    // against the previous period.
    qint64 mrrMinor = 0;
    qint64 mrrNewMinor = 0;
    qint64 mrrExpansionMinor = 0;
    qint64 mrrContractionMinor = 0;
    qint64 mrrChurnedMinor = 0;
    qint64 mrrReactivatedMinor = 0;
    bool hasPrevious = false; // the figures against the previous period are known
    // The data ends inside the period (the as-of day is before its last day): its figures cover only the
    // days up to the as-of day, and must not be compared with a whole period as they are.
    bool partial = false;
    // Whether churn can be measured in the period. A customer without a contract is lost only after the
    // churn window without a sign of life, so nobody can be lost before the first day of the data plus the
    // window: churn there would read 0 % for want of history. Always true when every customer counted has
    // a contract.
    bool measurable = true;

    // Percentages; empty where the denominator is 0, and churn and retention rates where not measurable.
    std::optional<double> churnRate() const; // L / S x 100
    std::optional<double> retentionRate() const; // (E - N) / S x 100
    std::optional<double> nrr() const; // retained / previous x 100
    std::optional<double> grr() const; // capped / previous x 100
    std::optional<double> revenuePerCustomer() const; // revenue / paying customers, in minor units
    std::optional<double> quickRatio() const; // (new + expansion) / (contraction + churned)
};

struct ReportOptions
{
    PeriodKind kind = PeriodKind::Month;
    QDate from; // default: the first day of the data
    QDate to; // default: the as-of day
    CustomerFilter filter;
};

struct Report
{
    ReportOptions options;
    Day asOf = NoDay;
    QString currency;
    QList<PeriodFigures> periods;
};

Report computeReport(const Dataset &data, const Lifetimes &lifetimes, const ReportOptions &options);

// Every figure can say how it was computed, with its numbers, in the user's language:
// "churn rate = 15 lost / 500 at start = 3.00 %".
class ReportExplanation
{
    Q_DECLARE_TR_FUNCTIONS(ReportExplanation)

public:
    static QString churnRate(const PeriodFigures &figures, const QLocale &locale = {});
    static QString retentionRate(const PeriodFigures &figures, const QLocale &locale = {});
    static QString nrr(const PeriodFigures &figures, const QString &currency, const QLocale &locale = {});
    static QString grr(const PeriodFigures &figures, const QString &currency, const QLocale &locale = {});
    static QString quickRatio(const PeriodFigures &figures, const QString &currency, const QLocale &locale = {});
    // The definitions this program uses, for a "how is this calculated?" text.
    static QString definitions();
};

} // namespace rd
