// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "metrics/dataset.h"
#include "metrics/lifetimes.h"
#include "metrics/periods.h"

namespace rd {

// What a cohort cell measures in period c + k of cohort c: the share of the cohort that is a customer
// (a lifetime overlaps the period), the share that shows engagement (an order of positive amount or an
// activity event), or the cohort's revenue as a percentage of its revenue in its first period.
enum class CohortMode { Active, Returning, Revenue };

QString cohortModeName(CohortMode mode); // active, returning, revenue
std::optional<CohortMode> cohortModeFromName(QStringView name);

struct CohortRow
{
    QString label; // the cohort period's label, never translated
    Day start = NoDay;
    qint64 size = 0; // customers in the cohort, in every mode
    // One entry per offset k = 0, 1, ... whose period starts on or before asOf: customers (active,
    // returning) or revenue in minor units (revenue).
    QList<qint64> counts;
    // Percentages (100 = the whole cohort, or the revenue of offset 0), beside the counts; empty in
    // revenue mode when the revenue of offset 0 is not positive.
    QList<std::optional<double>> percentages;
};

struct CohortMatrix
{
    PeriodKind kind = PeriodKind::Month;
    CohortMode mode = CohortMode::Active;
    Day asOf = NoDay;
    QList<CohortRow> rows; // oldest cohort first

    int maxOffsets() const;
};

// Customers are grouped by the period of their first lifetime start; customers without a contract who
// have an order of positive amount by the period of their first such order instead (the classic shop
// cohort). Customers without a lifetime are left out, and so is everything after lifetimes.asOf.
CohortMatrix computeCohorts(const Dataset &data, const Lifetimes &lifetimes, PeriodKind kind, CohortMode mode,
    const CustomerFilter &filter = {});

} // namespace rd
