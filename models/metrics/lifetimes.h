// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QString>

#include "metrics/dataset.h"

namespace rd {

// How a customer is lost (database setting "churn_model"): by a cancel date only (contract), by
// silence (activity), or auto: customers with a plan or a recurring amount are contract customers,
// the rest activity customers.
enum class ChurnModel { Auto, Contract, Activity };

QString churnModelName(ChurnModel model);
std::optional<ChurnModel> churnModelFromName(QStringView name);

struct LifetimeSettings
{
    ChurnModel model = ChurnModel::Auto;
    int inactivityDays = 90; // the window W (database setting "inactivity_days")
};

enum class LifetimeEnd { Open, Cancelled, Silent };

// One stretch of being a customer: from its first day to the day it was lost. A lifetime that ends
// on day d counts as lost on day d; an open one has end == NoDay.
struct Lifetime
{
    Day start = NoDay;
    Day end = NoDay;
    LifetimeEnd ending = LifetimeEnd::Open;
    bool reactivation = false; // a later lifetime of a customer who had been lost
};

// Every customer's lifetimes as of a day, stored back to back like the dataset's lists.
struct Lifetimes
{
    Day asOf = NoDay;
    LifetimeSettings settings;
    std::vector<qint64> offsets; // customers + 1 entries
    std::vector<Lifetime> lifetimes;

    std::span<const Lifetime> of(int customer) const
    {
        return {lifetimes.data() + offsets[customer], lifetimes.data() + offsets[customer + 1]};
    }
};

bool isContractCustomer(const MetricsCustomer &customer, ChurnModel model);

// A customer's lifetime starts at the earliest of signup, first order and first activity (any sign of
// life). A cancel date always ends a lifetime. Contract customers are lost only that way; activity
// customers also when they show no sign of life for W days: lost on the last sign of life plus W, once
// that day is not after asOf. A lost customer who comes back starts a new lifetime (a reactivation).
// Nothing after asOf is looked at.
Lifetimes computeLifetimes(const Dataset &data, const LifetimeSettings &settings, Day asOf);

} // namespace rd
