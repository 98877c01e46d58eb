// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QDate>
#include <QString>

#include "storage/records.h"

namespace rd {

// Receives the records of the demo business. Each customer comes before any record naming it, followed
// by its orders (in date order), activity, tickets and surveys. Returning false stops the generation
// (an error or a cancel).
class DemoSink
{
public:
    virtual ~DemoSink() = default;
    virtual bool customer(const CustomerRecord &record) = 0;
    virtual bool order(const OrderRecord &record) = 0;
    virtual bool activity(const ActivityRecord &record) = 0;
    virtual bool ticket(const TicketRecord &record) = 0;
    virtual bool survey(const SurveyRecord &record) = 0;
};

struct DemoOptions
{
    int customers = 10000;
    quint32 seed = 1;
    QDate start = QDate(2022, 1, 1);
    QDate end = QDate(2025, 12, 31);
};

// The story behind a generated customer. Subscribers pay a monthly plan; the others buy in the shop.
// Loud and silent churners can be either.
enum class DemoArchetype {
    LoyalSubscriber, // pays every month until the end, steady use
    CancellingSubscriber, // ends the contract (cancel date) without complaining
    LoyalShopper, // buys regularly until the end
    OccasionalShopper, // a few orders a year
    OneTimeBuyer, // a single order, then at most newsletter opens
    LoudChurner, // complaint tickets and bad scores, then cancels or stops buying
    SilentChurner, // no cancel date, no complaint: use, orders and order value fade, then stop
};

// The external id of the customer at the given 0-based index: K-000001 for index 0.
QString demoCustomerId(int customerIndex);

// What generateDemo() makes of the customer at the given index, as a pure function of the options: the
// ground truth that tests and documentation compare the product's findings with.
struct DemoStory
{
    DemoArchetype archetype = DemoArchetype::OccasionalShopper;
    bool subscriber = false;
    QDate signup;
    QDate cancel; // the contract's cancel date, if it ends by options.end
    QDate stop; // gone by options.end: from this day no use or orders (newsletters may still be opened)
    QDate trouble; // loud churners: the first complaint
    QDate fadeStart; // silent churners: use, orders and order value start to fade
    QDate quiet; // silent churners: the first silent day; after options.end while still fading
};

DemoStory demoStory(const DemoOptions &options, int customerIndex);
DemoArchetype demoArchetype(const DemoOptions &options, int customerIndex);

// Generates a German small business (subscriptions and shop, EUR) from options.seed alone: the same
// options always give the same records. Customers sign up between start and end in the order of their
// ids; nothing is dated after end. A customer's mrrMinor is its current plan price, for a cancelled
// contract the price at cancellation. Returns false if the sink stopped it.
bool generateDemo(const DemoOptions &options, DemoSink &sink);

} // namespace rd
