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

// A customer lost, behind a bar: who, when, what they brought and what they said.
struct LostCustomer
{
    int customer = -1; // index into the dataset
    Day left = NoDay; // the day the lifetime ended
    qint64 lostRevenueMinor = 0;
    QString said; // the reason and the comment as given ("too_expensive: found it cheaper"); empty when silent
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
    QList<LostCustomer> lost; // the customers behind the bar, by the day they left
};

struct ReasonsPeriod
{
    Period period;
    qint64 lost = 0; // the period's lost customers, as the churn report counts them
    QList<ReasonFigures> reasons; // every category, in ChurnReasons order
    // False where the churn report cannot measure churn yet (the data does not reach back a churn window): its
    // lost customers are not known, not none. Set by whoever has the report (DashboardEngine).
    bool measurable = true;

    qint64 lostRevenueMinor() const; // of every reason
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

// How the window splits the lost customers: by period (the report as it is), or over the whole range as one
// row, one per segment or one per plan.
enum class ReasonsSplit { Period, Total, Segment, Plan };

// The report's rows split as asked: Period returns its periods; Total one row over the whole range (labelled
// "all"); Segment and Plan one row per value (the label; empty for customers without one), most lost first, then
// by label. Shares are of each row's lost customers.
QList<ReasonsPeriod> splitReasons(const ReasonsReport &report, const Dataset &data, ReasonsSplit split);

} // namespace rd
