// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The demo customer's activity (logins, visits, newsletter opens, feature use), its support tickets and
// its survey answers (NPS now and then, CSAT after a ticket).
#include "demo/demogenerator_p.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rd::demo {

namespace {

// Ticket subjects. Customer data, not user interface text.
const QString TicketSubjects[] = {u"Frage zur Rechnung"_s, u"Rechnung doppelt erhalten"_s, u"Passwort zurücksetzen"_s,
    u"Login funktioniert nicht"_s, u"Wo bleibt meine Lieferung?"_s, u"Lieferadresse ändern"_s, u"Zahlungsart ändern"_s,
    u"Rücksendung anmelden"_s, u"Umtausch gewünscht"_s, u"Frage zum Produkt"_s, u"Gutschein einlösen"_s,
    u"Export als CSV?"_s, u"Question about my invoice"_s, u"How do I add a second user?"_s,
    u"Feature request: calendar sync"_s, u"Change billing address"_s, u"Order status"_s};
const QString ComplaintSubjects[]
    = {u"Beschwerde: Lieferung zum dritten Mal verspätet"_s, u"Falsche Abbuchung – bitte sofort erstatten"_s,
        u"Ware beschädigt angekommen, keine Rückmeldung"_s, u"Service seit Tagen nicht erreichbar"_s,
        u"Ständige Ausfälle, so nicht akzeptabel"_s, u"Erstattung immer noch nicht erhalten"_s,
        u"Unfreundlicher Kundenservice"_s, u"Very disappointed with your support"_s, u"Refund still not processed"_s,
        u"Charged twice, need this fixed now"_s, u"Product broken after one week"_s};
const QString CancelSubjects[] = {u"Kündigung meines Abos"_s, u"Vertrag zum Monatsende kündigen"_s,
    u"Please cancel my subscription"_s, u"Kündigung – wir stellen den Betrieb um"_s};

} // namespace

void Generator::activeDay(int jd)
{
    const auto add = [this, jd](ActivityKind kind, int count) { m_activity.push_back({jd, kind, count}); };
    if (m_profile.subscriber) {
        add(Login, m_random.gap(0.5));
        if (m_random.chance(0.65))
            add(FeatureUse, m_random.integer(1, 12));
        if (m_random.chance(0.15))
            add(EmailOpen, 1);
    } else {
        add(Visit, m_random.integer(1, 3));
        if (m_random.chance(0.35))
            add(Login, 1);
        if (m_random.chance(0.25))
            add(EmailOpen, 1);
    }
}

void Generator::planActivity()
{
    const int signup = m_profile.signupJd;
    const auto process = [this](int from, int to, double rate) {
        // A day is active with probability rate * level, less at weekends for firms.
        const double peak = std::min(1.0, rate);
        const int last = std::min(m_endJd, to);
        for (int jd = from - 1 + m_random.gap(peak); jd <= last; jd += m_random.gap(peak)) {
            const double accept = level(jd) * (m_firm && weekend(jd) ? 0.4 : 1.0);
            if (accept >= 1.0 || m_random.chance(accept))
                activeDay(jd);
        }
    };
    const auto newsletter = [this](int from, double rate) {
        for (int jd = from - 1 + m_random.gap(rate); jd <= m_endJd; jd += m_random.gap(rate))
            m_activity.push_back({jd, EmailOpen, 1});
    };

    activeDay(signup);
    if (m_profile.archetype == DemoArchetype::OneTimeBuyer) {
        process(signup + 1, signup + 30, m_profile.activityRate);
        if (m_random.chance(0.5))
            newsletter(signup + 31, 1.0 / 40);
    } else {
        process(signup + 1, m_profile.stopJd - 1, m_profile.activityRate);
        if (m_profile.archetype == DemoArchetype::SilentChurner && m_random.chance(0.35))
            newsletter(m_profile.quietJd, 1.0 / 50);
    }
    // Shop orders are placed online: a visit on each order day.
    for (const PlannedOrder &order : m_orders) {
        if (!m_profile.subscriber && !order.refund)
            m_activity.push_back({order.jd, Visit, 1});
    }
    std::sort(m_activity.begin(), m_activity.end());
    // One record per day and kind: merge the duplicates by adding their counts.
    auto out = m_activity.begin();
    for (auto it = m_activity.begin(); it != m_activity.end(); ++it) {
        if (out != m_activity.begin() && *(out - 1) == *it)
            (out - 1)->count += it->count;
        else
            *out++ = *it;
    }
    m_activity.erase(out, m_activity.end());
}

void Generator::addTicket(int opened, bool complaint, const QString *subject, TicketSeverity severity)
{
    // Complaints take longer; everything still unresolved at the end stays open.
    const double median = complaint ? 1.6 : 0.9;
    const int duration = int(std::exp(median + 0.9 * m_random.normal()));
    const int closed = opened + duration;
    m_tickets.push_back({opened, closed <= m_endJd ? closed : 0, severity, complaint, subject});
}

void Generator::planTickets()
{
    const int signup = m_profile.signupJd;
    const DemoArchetype archetype = m_profile.archetype;
    int until = std::min(m_endJd, m_profile.stopJd - 1);
    if (archetype == DemoArchetype::OneTimeBuyer)
        until = std::min(m_endJd, signup + 60);
    else if (archetype == DemoArchetype::SilentChurner)
        until = m_profile.fadeStartJd - 1; // they do not bother to write
    else if (archetype == DemoArchetype::LoudChurner)
        until = m_profile.troubleJd - 1;

    const double daily = m_profile.ticketRate / 365.0;
    for (int jd = signup - 1 + m_random.gap(daily); jd <= until; jd += m_random.gap(daily)) {
        const double severityRoll = m_random.uniform();
        const TicketSeverity severity = severityRoll < 0.25 ? TicketSeverity::Low
            : severityRoll < 0.86                           ? TicketSeverity::Normal
            : severityRoll < 0.97                           ? TicketSeverity::High
                                                            : TicketSeverity::Critical;
        const bool complaint = archetype != DemoArchetype::SilentChurner && m_random.chance(0.04);
        addTicket(
            jd, complaint, complaint ? &m_random.pick(ComplaintSubjects) : &m_random.pick(TicketSubjects), severity);
    }

    if (archetype == DemoArchetype::LoudChurner) {
        int jd = m_profile.troubleJd;
        const int extra = m_random.integer(0, 3);
        for (int i = 0; i <= extra && jd <= m_endJd && jd < m_profile.stopJd; ++i) {
            const bool complaint = i == 0 || m_random.chance(0.65);
            const double severityRoll = m_random.uniform();
            const TicketSeverity severity = !complaint ? TicketSeverity::Normal
                : severityRoll < 0.2                   ? TicketSeverity::Normal
                : severityRoll < 0.7                   ? TicketSeverity::High
                                                       : TicketSeverity::Critical;
            addTicket(jd, complaint, complaint ? &m_random.pick(ComplaintSubjects) : &m_random.pick(TicketSubjects),
                severity);
            jd += m_random.integer(3, 25);
        }
    }
    if (m_profile.cancelJd && archetype == DemoArchetype::CancellingSubscriber && m_random.chance(0.4)) {
        const int jd = std::max(signup, m_profile.cancelJd - m_random.integer(0, 14));
        addTicket(jd, false, &m_random.pick(CancelSubjects), TicketSeverity::Low);
    }
    std::stable_sort(m_tickets.begin(), m_tickets.end(),
        [](const PlannedTicket &a, const PlannedTicket &b) { return a.opened < b.opened; });
    for (const PlannedTicket &ticket : m_tickets)
        addCsat(ticket);
}

void Generator::addCsat(const PlannedTicket &ticket)
{
    if (!ticket.closed)
        return;
    double response = ticket.complaint ? 0.7 : 0.4;
    if (m_profile.archetype == DemoArchetype::SilentChurner)
        response *= 0.6;
    if (!m_random.chance(response))
        return;
    int score = 0;
    if (ticket.complaint)
        score = m_random.chance(0.8) ? m_random.integer(1, 2) : 3;
    else if (loyal())
        score = m_random.chance(0.85) ? m_random.integer(4, 5) : 3;
    else {
        static constexpr int scores[] = {3, 4, 4, 4, 5, 5};
        score = m_random.pick(scores);
    }
    m_surveys.push_back({ticket.closed, SurveyKind::Csat, score});
}

int Generator::npsScore(int jd)
{
    const double roll = m_random.uniform();
    switch (m_profile.archetype) {
    case DemoArchetype::LoyalSubscriber:
    case DemoArchetype::LoyalShopper:
        return roll < 0.65 ? m_random.integer(9, 10) : roll < 0.95 ? m_random.integer(7, 8) : m_random.integer(5, 6);
    case DemoArchetype::LoudChurner:
        if (jd >= m_profile.troubleJd)
            return m_random.integer(0, 4);
        return m_random.integer(6, 9);
    case DemoArchetype::SilentChurner:
        return roll < 0.85 ? m_random.integer(5, 8) : m_random.integer(3, 9);
    case DemoArchetype::CancellingSubscriber:
        return roll < 0.8 ? m_random.integer(5, 8) : m_random.integer(2, 4);
    default:
        return roll < 0.5 ? m_random.integer(7, 8) : roll < 0.75 ? m_random.integer(9, 10) : m_random.integer(4, 6);
    }
}

void Generator::planSurveys()
{
    const DemoArchetype archetype = m_profile.archetype;
    const int until = std::min(m_endJd, m_profile.stopJd - 1);
    int jd = m_profile.signupJd + m_random.integer(60, 150);
    for (; jd <= until; jd += 365 + m_random.integer(-30, 30)) {
        double response = m_profile.npsResponse;
        if (archetype == DemoArchetype::SilentChurner)
            response *= level(jd); // they answer less and less
        if (m_random.chance(response))
            m_surveys.push_back({jd, SurveyKind::Nps, npsScore(jd)});
    }
    // Angry customers answer the survey that comes with their complaint.
    if (archetype == DemoArchetype::LoudChurner && m_profile.troubleJd + 7 <= until && m_random.chance(0.5))
        m_surveys.push_back({m_profile.troubleJd + 7, SurveyKind::Nps, m_random.integer(0, 3)});

    std::stable_sort(m_surveys.begin(), m_surveys.end(),
        [](const PlannedSurvey &a, const PlannedSurvey &b) { return a.jd != b.jd ? a.jd < b.jd : a.kind < b.kind; });
    m_surveys.erase(
        std::unique(m_surveys.begin(), m_surveys.end(),
            [](const PlannedSurvey &a, const PlannedSurvey &b) { return a.jd == b.jd && a.kind == b.kind; }),
        m_surveys.end());
}

} // namespace rd::demo
