// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include "risk/riskengine.h"

namespace rd {

// When a customer counts as growing: the mirror of the light's decline signals, over the same windows.
struct GrowthThresholds
{
    double spendingUp = 50; // percent up: the last 90 days against the 90 before (which must hold an order)
    double activityUp = 50; // percent up: the last 30 days against the monthly average of the 90 before
    int activityBaselineMinEvents = 20; // in those 90 days, or a busy month is only chance
};

enum class GrowthCode {
    SpendingUp, // percent up, revenue of the 90 days before, of the last 90 days (minor units)
    ActivityUp, // percent up, events in the last 30 days, monthly average before
};

struct GrowthReason
{
    GrowthCode code;
    QList<double> numbers;
};

struct GrowingCustomer
{
    int customer = -1; // index into the dataset
    RiskLevel level = RiskLevel::Green; // the light's colour: growth does not make a complaint go away
    QList<GrowthReason> reasons; // spending first
    qint64 value12mMinor = 0;
    bool keyAccount = false;
    qint64 increaseMinor = 0; // the last 90 days' revenue minus the 90 before
};

// The customers of the report (the current ones, scored as of its day) whose spending or activity clearly
// rises: upsell candidates, key accounts first, then by the increase in revenue.
QList<GrowingCustomer> findGrowing(
    const Dataset &data, const RiskReport &report, const GrowthThresholds &thresholds = {});

class GrowthText
{
    Q_DECLARE_TR_FUNCTIONS(GrowthText)

public:
    // "spending up 140 % (210.00 EUR → 505.00 EUR per 90 days)"
    static QString reason(const GrowthReason &reason, const QString &currency, const QLocale &locale = {});
};

} // namespace rd
