// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The demo business: the story of each customer (planProfile), drawn from a generator of its own, and
// the records of all customers handed to the sink in order. The Generator plans a customer's identity,
// subscription and shop orders in democustomers.cpp and its activity, tickets and surveys in
// demoactivity.cpp; what they share is in demogenerator_p.h.
#include "demo/demogenerator.h"

#include <algorithm>
#include <vector>

#include "demo/demogenerator_p.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace demo {

namespace {

// Every customer draws from its own generator, seeded from the options' seed and its index, so that
// demoStory() can replay the first draws of one customer without generating the others.
quint32 customerSeed(quint32 seed, int index)
{
    quint64 x = (quint64(seed) << 32) ^ quint64(quint32(index));
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    x ^= x >> 31;
    return quint32(x ^ (x >> 32));
}

QString planName(int plan)
{
    switch (plan) {
    case 0:
        return u"Basic"_s;
    case 1:
        return u"Pro"_s;
    default:
        return u"Business"_s;
    }
}

// Shares of the archetypes before customers who signed up too late for their story are given
// another one.
struct ArchetypeShare
{
    DemoArchetype archetype;
    double share;
};
constexpr ArchetypeShare ArchetypeShares[] = {
    {DemoArchetype::LoyalSubscriber, 0.21},
    {DemoArchetype::CancellingSubscriber, 0.07},
    {DemoArchetype::LoyalShopper, 0.12},
    {DemoArchetype::OccasionalShopper, 0.175},
    {DemoArchetype::OneTimeBuyer, 0.18},
    {DemoArchetype::LoudChurner, 0.08},
    {DemoArchetype::SilentChurner, 0.165},
};
constexpr int SilentMinDays = 260;
constexpr int ChurnMinDays = 60;

bool validOptions(const DemoOptions &options)
{
    return options.customers > 0 && options.start.isValid() && options.end.isValid() && options.start <= options.end;
}

// The first draws of a customer, its story: generateDemo() and demoStory() share them.
Profile planProfile(Random &random, const SignupSchedule &schedule, const DemoOptions &options, int index)
{
    random.seed(customerSeed(options.seed, index));
    Profile profile;
    profile.signupJd = int(schedule.signupJd(index, options.customers));
    profile.span = int(options.end.toJulianDay() - profile.signupJd);
    double roll = random.uniform();
    const double subscriberRoll = random.uniform();
    for (const ArchetypeShare &entry : ArchetypeShares) {
        profile.archetype = entry.archetype;
        roll -= entry.share;
        if (roll < 0)
            break;
    }
    switch (profile.archetype) {
    case DemoArchetype::SilentChurner:
        if (profile.span < SilentMinDays)
            profile.archetype = DemoArchetype::OccasionalShopper;
        break;
    case DemoArchetype::LoudChurner:
        if (profile.span < ChurnMinDays)
            profile.archetype = DemoArchetype::OccasionalShopper;
        break;
    case DemoArchetype::CancellingSubscriber:
        if (profile.span < ChurnMinDays)
            profile.archetype = DemoArchetype::LoyalSubscriber;
        break;
    default:
        break;
    }
    switch (profile.archetype) {
    case DemoArchetype::LoyalSubscriber:
    case DemoArchetype::CancellingSubscriber:
        profile.subscriber = true;
        break;
    case DemoArchetype::LoudChurner:
        profile.subscriber = subscriberRoll < 0.4;
        break;
    case DemoArchetype::SilentChurner:
        profile.subscriber = subscriberRoll < 0.3;
        break;
    default:
        profile.subscriber = false;
        break;
    }

    const int endJd = int(options.end.toJulianDay());
    const int signup = profile.signupJd;
    const int span = profile.span;
    profile.stopJd = endJd + 1;
    switch (profile.archetype) {
    case DemoArchetype::LoyalSubscriber:
        profile.activityRate = random.between(0.06, 0.2);
        profile.ticketRate = 0.6;
        profile.npsResponse = 0.6;
        break;
    case DemoArchetype::CancellingSubscriber:
        profile.activityRate = random.between(0.04, 0.12);
        profile.ticketRate = 0.6;
        profile.npsResponse = 0.4;
        profile.cancelJd = signup + 45 + random.integer(0, span - 45);
        profile.stopJd = profile.cancelJd;
        break;
    case DemoArchetype::LoyalShopper:
        profile.activityRate = random.between(0.05, 0.12);
        profile.ticketRate = 0.5;
        profile.npsResponse = 0.55;
        break;
    case DemoArchetype::OccasionalShopper:
        profile.activityRate = random.between(0.015, 0.05);
        profile.ticketRate = 0.3;
        profile.npsResponse = 0.3;
        break;
    case DemoArchetype::OneTimeBuyer:
        profile.activityRate = 0.1;
        profile.ticketRate = 1.0; // only in the weeks after the purchase
        profile.npsResponse = 0.15;
        break;
    case DemoArchetype::LoudChurner: {
        profile.activityRate = random.between(0.05, 0.15);
        profile.ticketRate = 0.6;
        profile.npsResponse = 0.5;
        profile.troubleJd = signup + int(span * random.between(0.3, 1.0));
        profile.stopJd = std::min(endJd + 1, profile.troubleJd + random.integer(14, 75));
        if (profile.subscriber && profile.stopJd <= endJd)
            profile.cancelJd = profile.stopJd;
        break;
    }
    case DemoArchetype::SilentChurner: {
        profile.activityRate = random.between(0.08, 0.18);
        profile.ticketRate = 0.5;
        profile.npsResponse = 0.45;
        const int fade = std::min(random.integer(120, 180), span - 130);
        if (random.chance(0.4)) {
            // Still fading at the end: the product must notice these in time.
            profile.quietJd = endJd + random.integer(-15, 30);
        } else {
            profile.quietJd = random.integer(signup + 90 + fade, endJd - 30);
        }
        profile.fadeStartJd = profile.quietJd - fade;
        profile.stopJd = profile.quietJd;
        break;
    }
    }
    return profile;
}

// PREFIX-YYYY-NNNNNN without the allocations of QString::arg().
QString reference(QStringView prefix, int year, int number)
{
    QString out;
    out.reserve(prefix.size() + 12);
    out += prefix;
    out += u'-';
    appendNumber(out, year, 4);
    out += u'-';
    appendNumber(out, number, 6);
    return out;
}

QString activityKindName(ActivityKind kind)
{
    switch (kind) {
    case Login:
        return u"login"_s;
    case Visit:
        return u"visit"_s;
    case EmailOpen:
        return u"email_open"_s;
    case FeatureUse:
        return u"feature_use"_s;
    }
    return {};
}

} // namespace

void appendNumber(QString &out, qint64 value, int width)
{
    char16_t digits[20];
    int count = 0;
    do {
        digits[count++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = count; i < width; ++i)
        out += u'0';
    while (count > 0)
        out += QChar(digits[--count]);
}

bool Generator::customer(int index)
{
    m_profile = planProfile(m_random, m_schedule, m_options, index);
    m_orders.clear();
    m_activity.clear();
    m_tickets.clear();
    m_surveys.clear();

    CustomerRecord &record = m_customerRecord;
    record = CustomerRecord();
    record.externalId = demoCustomerId(index);
    record.signupDate = QDate::fromJulianDay(m_profile.signupJd);
    record.currency = u"EUR"_s;
    planIdentity(record);
    if (m_profile.subscriber) {
        planSubscription();
        const int currentJd = std::min(m_endJd, m_profile.cancelJd ? m_profile.cancelJd - 1 : m_endJd);
        const int plan = planAt(std::max(currentJd, m_profile.signupJd));
        record.plan = planName(plan);
        record.mrrMinor = PlanPrice[plan];
    } else {
        planShopOrders();
    }
    if (m_profile.cancelJd)
        record.cancelDate = QDate::fromJulianDay(m_profile.cancelJd);
    planActivity();
    planTickets();
    planSurveys();
    planCancelReason(record);

    if (!m_sink.customer(record))
        return false;
    return emitRecords(record.externalId);
}

void Generator::planCancelReason(CustomerRecord &record)
{
    // Drawn last, so that the rest of the customer's story is the same with or without it. About a third of
    // those who cancel say nothing; a complaint before cancelling makes it service or quality.
    if (!m_profile.cancelJd || m_profile.cancelJd > m_endJd || !m_random.chance(0.65))
        return;
    static const QString troubled[]
        = {u"Support antwortet nicht"_s, u"poor customer service"_s, u"low_quality"_s, u"Qualität hat nachgelassen"_s};
    static const QString other[] = {u"too_expensive"_s, u"Zu teuer"_s, u"Preiserhöhung"_s, u"switched_service"_s,
        u"Wechsel zu einem anderen Anbieter"_s, u"unused"_s, u"Brauchen wir nicht mehr"_s, u"too_complex"_s,
        u"Geschäftsaufgabe"_s, u"moved abroad"_s, u"budget cuts"_s};
    if (m_profile.troubleJd && m_profile.troubleJd <= m_profile.cancelJd)
        record.cancelReason = m_random.pick(troubled);
    else
        record.cancelReason = m_random.pick(other);
    if (m_random.chance(0.3))
        record.cancelComment = u"Cancelled via the customer portal"_s;
}

bool Generator::emitRecords(const QString &customerId)
{
    std::stable_sort(
        m_orders.begin(), m_orders.end(), [](const PlannedOrder &a, const PlannedOrder &b) { return a.jd < b.jd; });
    OrderRecord &order = m_orderRecord;
    order.customerExternalId = customerId;
    order.currency = u"EUR"_s;
    for (const PlannedOrder &planned : m_orders) {
        const QDate date = QDate::fromJulianDay(planned.jd);
        const int year = date.year();
        int &number = (planned.refund ? m_creditNumbers : m_invoiceNumbers)[year - m_firstYear];
        order.date = date;
        order.amountMinor = planned.amount;
        order.status = planned.status;
        order.externalRef = reference(planned.refund ? u"CN" : u"INV", year, ++number);
        order.dedupKey = order.externalRef;
        if (!m_sink.order(order))
            return false;
    }

    ActivityRecord &activity = m_activityRecord;
    activity.customerExternalId = customerId;
    for (const PlannedActivity &planned : m_activity) {
        activity.date = QDate::fromJulianDay(planned.jd);
        activity.kind = activityKindName(planned.kind);
        activity.count = planned.count;
        if (!m_sink.activity(activity))
            return false;
    }

    TicketRecord &ticket = m_ticketRecord;
    ticket.customerExternalId = customerId;
    for (const PlannedTicket &planned : m_tickets) {
        ticket.opened = QDate::fromJulianDay(planned.opened);
        ticket.closed = planned.closed ? QDate::fromJulianDay(planned.closed) : QDate();
        ticket.severity = planned.severity;
        ticket.complaint = planned.complaint;
        ticket.subject = *planned.subject;
        ticket.externalRef = u"T-"_s;
        appendNumber(ticket.externalRef, ++m_ticketNumber, 6);
        ticket.dedupKey = ticket.externalRef;
        if (!m_sink.ticket(ticket))
            return false;
    }

    SurveyRecord &survey = m_surveyRecord;
    survey.customerExternalId = customerId;
    for (const PlannedSurvey &planned : m_surveys) {
        survey.date = QDate::fromJulianDay(planned.jd);
        survey.kind = planned.kind;
        survey.score = planned.score;
        if (!m_sink.survey(survey))
            return false;
    }
    return true;
}

} // namespace demo

QString demoCustomerId(int customerIndex)
{
    QString id;
    id.reserve(8);
    id += u"K-";
    demo::appendNumber(id, qint64(customerIndex) + 1, 6);
    return id;
}

DemoStory demoStory(const DemoOptions &options, int customerIndex)
{
    DemoStory story;
    if (!demo::validOptions(options) || customerIndex < 0 || customerIndex >= options.customers)
        return story;
    demo::Random random;
    const demo::Profile profile = demo::planProfile(random, demo::SignupSchedule(options), options, customerIndex);
    const int endJd = int(options.end.toJulianDay());
    const auto date = [](int jd) { return jd ? QDate::fromJulianDay(jd) : QDate(); };
    story.archetype = profile.archetype;
    story.subscriber = profile.subscriber;
    story.signup = date(profile.signupJd);
    story.cancel = date(profile.cancelJd);
    story.trouble = date(profile.troubleJd);
    story.fadeStart = date(profile.fadeStartJd);
    story.quiet = date(profile.quietJd);
    if (profile.stopJd <= endJd)
        story.stop = date(profile.stopJd);
    return story;
}

DemoArchetype demoArchetype(const DemoOptions &options, int customerIndex)
{
    return demoStory(options, customerIndex).archetype;
}

bool generateDemo(const DemoOptions &options, DemoSink &sink)
{
    if (!demo::validOptions(options))
        return true;
    demo::Generator generator(options, sink);
    return generator.run();
}

} // namespace rd
