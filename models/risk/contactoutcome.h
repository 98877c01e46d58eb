// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include "metrics/lifetimes.h"
#include "risk/riskengine.h"

namespace rd {

// Did the win-back messages work? Of the customers contacted, how many bought again within the days after their
// first contact, against the customers the light had at risk (red or yellow) on the same days who were not
// contacted then. A comparison, not proof: whom one contacts is a choice.
struct ContactOutcome
{
    int days = 90;
    qint64 contacted = 0; // customers first contacted at least `days` before the data's last day
    qint64 contactedBought = 0; // of them, those with a paid order in the days after the contact
    qint64 others = 0; // red or yellow on one of those days, not contacted within `days` of it
    qint64 othersBought = 0;
    qint64 pending = 0; // contacted less than `days` before the data's last day: too early to tell
    int contactDays = 0; // the days of first contact compared (the latest MaxContactDays)

    static constexpr int MaxContactDays = 12; // each is a scoring of every customer as of that day, model fitted

    std::optional<double> contactedShare() const; // percent
    std::optional<double> othersShare() const;
};

// firstContact: each contacted customer's database id and the day of the first message prepared for it.
ContactOutcome contactOutcome(const Dataset &data, const LifetimeSettings &settings, const RiskThresholds &thresholds,
    const QHash<qint64, Day> &firstContact, int days = 90);

class ContactOutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(ContactOutcomeText)

public:
    // "Of the 40 customers contacted, 35 % bought again within 90 days, against 12 % of the 310 at risk on the same
    // days who were not contacted." Or why there is nothing to compare yet.
    static QString summary(const ContactOutcome &outcome, const QLocale &locale = {});
};

} // namespace rd
