// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QList>

#include "metrics/lifetimes.h"
#include "metrics/periods.h"
#include "risk/churnreasons.h"
#include "storage/reasonsrepository.h"

namespace rd {

struct ReasonsOptions
{
    std::optional<PeriodKind> kind = PeriodKind::Month; // nullopt: the whole range as one period ("all")
    QDate from; // default: the first day of the data
    QDate to; // default: the as-of day
    CustomerFilter filter;
};

// The customers lost in a period for one reason.
struct ReasonFigures
{
    ChurnReason reason = ChurnReason::Unknown;
    qint64 customers = 0;
    // What they brought: each one's revenue in the 365 days up to leaving, or 12 monthly amounts of a contract
    // where that is more (minor units).
    qint64 lostRevenueMinor = 0;
    std::optional<double> share; // percent of the period's lost customers; none when nobody was lost
    QList<int> customerIndexes; // into the dataset: the customers behind the bar
};

struct ReasonsPeriod
{
    Period period;
    qint64 lost = 0; // the period's lost customers, as the churn report counts them
    QList<ReasonFigures> reasons; // every category, in ChurnReasons order
};

struct ReasonsReport
{
    Day asOf = NoDay;
    QList<ReasonsPeriod> periods;
};

// A classifier with the user's keywords by category code (price, quality...; unknown codes are left out).
ReasonClassifier classifierWith(const QHash<QString, QStringList> &keywordsByCode);

// Why the customers lost in each period left. A lifetime ends as the churn report counts it (lost on its end
// day); its reason is the customer's cancellation reason when the lifetime ended by a cancellation and it is
// the customer's last, else the exit survey answered closest to the day of leaving (90 days before to 180 days
// after, not after the as-of day), classified by the classifier (the comment where the reason says nothing);
// Unknown when the customer said nothing: the silent ones.
ReasonsReport computeReasons(const Dataset &data, const Lifetimes &lifetimes, const LeavingWords &words,
    const ReasonClassifier &classifier, const ReasonsOptions &options);

} // namespace rd
