// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The demo customer's identity (country, segment, name and e-mail address), its subscription with the
// monthly invoices, and its shop orders, refunds and failed payments included.
#include "demo/demogenerator_p.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rd::demo {

namespace {

// Names and addresses. Customer data, not user interface text.
const QString FirstNamesDe[] = {u"Anna"_s, u"Lena"_s, u"Sophie"_s, u"Marie"_s, u"Laura"_s, u"Julia"_s, u"Lea"_s,
    u"Hannah"_s, u"Katharina"_s, u"Sabine"_s, u"Petra"_s, u"Monika"_s, u"Claudia"_s, u"Ursula"_s, u"Jana"_s,
    u"Miriam"_s, u"Franziska"_s, u"Jürgen"_s, u"Lukas"_s, u"Jonas"_s, u"Leon"_s, u"Felix"_s, u"Paul"_s, u"Maximilian"_s,
    u"Tobias"_s, u"Michael"_s, u"Thomas"_s, u"Andreas"_s, u"Stefan"_s, u"Markus"_s, u"Christian"_s, u"Frank"_s,
    u"Uwe"_s, u"Klaus"_s, u"Dieter"_s, u"Sebastian"_s, u"Jörg"_s, u"Björn"_s, u"Günter"_s, u"Özlem"_s, u"Mehmet"_s,
    u"Ayşe"_s, u"Chiara"_s, u"Zoë"_s, u"René"_s, u"Käthe"_s};
const QString LastNamesDe[] = {u"Müller"_s, u"Schmidt"_s, u"Schneider"_s, u"Fischer"_s, u"Weber"_s, u"Meyer"_s,
    u"Wagner"_s, u"Becker"_s, u"Schulz"_s, u"Hoffmann"_s, u"Schäfer"_s, u"Koch"_s, u"Bauer"_s, u"Richter"_s, u"Klein"_s,
    u"Wolf"_s, u"Schröder"_s, u"Neumann"_s, u"Schwarz"_s, u"Zimmermann"_s, u"Braun"_s, u"Krüger"_s, u"Hofmann"_s,
    u"Hartmann"_s, u"Lange"_s, u"Schmitt"_s, u"Werner"_s, u"Schmitz"_s, u"Krause"_s, u"Meier"_s, u"Lehmann"_s,
    u"Köhler"_s, u"Herrmann"_s, u"König"_s, u"Walter"_s, u"Kaiser"_s, u"Fuchs"_s, u"Peters"_s, u"Scholz"_s, u"Möller"_s,
    u"Weiß"_s, u"Jung"_s, u"Hahn"_s, u"Vogel"_s, u"Keller"_s, u"Günther"_s, u"Berger"_s, u"Winkler"_s, u"Roth"_s,
    u"Lorenz"_s, u"Baumann"_s, u"Albrecht"_s, u"Böhm"_s, u"Winter"_s, u"Yılmaz"_s, u"Kaya"_s, u"Nowak"_s, u"Kowalski"_s,
    u"Engel"_s, u"Brandt"_s};
const QString LastNamesAt[] = {u"Gruber"_s, u"Huber"_s, u"Bauer"_s, u"Wagner"_s, u"Pichler"_s, u"Steiner"_s, u"Moser"_s,
    u"Mayer"_s, u"Hofer"_s, u"Leitner"_s, u"Berger"_s, u"Fuchs"_s, u"Eder"_s, u"Fischer"_s, u"Schmid"_s, u"Winkler"_s,
    u"Weber"_s, u"Reiter"_s, u"Egger"_s, u"Brunner"_s, u"Auer"_s, u"Wimmer"_s, u"Strauß"_s, u"Pöll"_s};
const QString LastNamesCh[] = {u"Müller"_s, u"Meier"_s, u"Schmid"_s, u"Keller"_s, u"Weber"_s, u"Huber"_s,
    u"Schneider"_s, u"Meyer"_s, u"Steiner"_s, u"Fischer"_s, u"Gerber"_s, u"Brunner"_s, u"Baumann"_s, u"Frei"_s,
    u"Widmer"_s, u"Wyss"_s, u"Graf"_s, u"Bühler"_s, u"Zürcher"_s, u"Lüthi"_s};
const QString FirstNamesNl[] = {u"Daan"_s, u"Sem"_s, u"Lucas"_s, u"Bram"_s, u"Thijs"_s, u"Emma"_s, u"Julia"_s,
    u"Sanne"_s, u"Lotte"_s, u"Fleur"_s, u"Anouk"_s, u"Ruben"_s, u"Jeroen"_s, u"Maaike"_s};
const QString LastNamesNl[] = {u"de Vries"_s, u"Jansen"_s, u"van den Berg"_s, u"Bakker"_s, u"Visser"_s, u"Smit"_s,
    u"Meijer"_s, u"de Jong"_s, u"Mulder"_s, u"de Boer"_s, u"Bos"_s, u"Vos"_s, u"Hendriks"_s, u"van Dijk"_s};
const QString TradesGastronomie[] = {u"Café"_s, u"Bäckerei"_s, u"Konditorei"_s, u"Restaurant"_s, u"Gasthaus"_s,
    u"Bistro"_s, u"Weinstube"_s, u"Metzgerei"_s, u"Eiscafé"_s, u"Hotel"_s};
const QString TradesEinzelhandel[] = {u"Blumen"_s, u"Buchhandlung"_s, u"Modehaus"_s, u"Feinkost"_s, u"Weinhandlung"_s,
    u"Optik"_s, u"Spielwaren"_s, u"Schuhhaus"_s, u"Fahrradladen"_s, u"Bioladen"_s, u"Geschenkeladen"_s};
const QString TradesHandwerk[] = {u"Schreinerei"_s, u"Malerbetrieb"_s, u"Elektro"_s, u"Sanitär"_s, u"Dachdeckerei"_s,
    u"Zimmerei"_s, u"Kfz-Werkstatt"_s, u"Fliesenleger"_s, u"Gartenbau"_s, u"Metallbau"_s};
const QString TradesDienstleistung[]
    = {u"Steuerbüro"_s, u"Friseursalon"_s, u"Fotostudio"_s, u"Kanzlei"_s, u"Werbeagentur"_s, u"Physiotherapie"_s,
        u"Reinigungsservice"_s, u"Fahrschule"_s, u"Yogastudio"_s, u"Architekturbüro"_s};
const QString Places[] = {u"am Markt"_s, u"am Dom"_s, u"am Rathaus"_s, u"am Hafen"_s, u"am See"_s, u"am Park"_s,
    u"am Ring"_s, u"an der Brücke"_s};
const QString LegalDe[] = {u"GmbH"_s, u"GmbH"_s, u"e.K."_s, u"UG (haftungsbeschränkt)"_s, u"GmbH & Co. KG"_s, u"OHG"_s};
const QString LegalAt[] = {u"GmbH"_s, u"KG"_s, u"OG"_s, u"e.U."_s};
const QString LegalCh[] = {u"AG"_s, u"GmbH"_s};
const QString LegalNl[] = {u"B.V."_s, u"V.O.F."_s};
const QString MailDe[] = {u"gmx.de"_s, u"web.de"_s, u"t-online.de"_s, u"gmail.com"_s, u"posteo.de"_s, u"outlook.de"_s,
    u"freenet.de"_s, u"mailbox.org"_s};
const QString MailAt[] = {u"gmx.at"_s, u"aon.at"_s, u"gmail.com"_s, u"chello.at"_s};
const QString MailCh[] = {u"bluewin.ch"_s, u"gmx.ch"_s, u"gmail.com"_s, u"hispeed.ch"_s};
const QString MailNl[] = {u"ziggo.nl"_s, u"kpnmail.nl"_s, u"gmail.com"_s, u"hotmail.nl"_s};
const QString FirmMailboxes[] = {u"info"_s, u"info"_s, u"kontakt"_s, u"hallo"_s, u"post"_s, u"buero"_s};

// Lower-case ASCII for e-mail addresses: umlauts spelt out, accents dropped, other characters become
// one separator.
QString asciiSlug(QStringView text, QChar separator)
{
    QString out;
    out.reserve(text.size() + 4);
    bool pendingSeparator = false;
    const auto put = [&](QStringView piece) {
        if (pendingSeparator && !out.isEmpty())
            out += separator;
        pendingSeparator = false;
        out += piece;
    };
    for (const QChar c : text) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            const QChar ascii(u);
            put(QStringView(&ascii, 1));
            continue;
        }
        switch (u) {
        case u'ä':
            put(u"ae");
            continue;
        case u'ö':
            put(u"oe");
            continue;
        case u'ü':
            put(u"ue");
            continue;
        case u'ß':
            put(u"ss");
            continue;
        case u'ı':
            put(u"i");
            continue;
        default:
            break;
        }
        if (u < 0x80) {
            pendingSeparator = true;
            continue;
        }
        const QString decomposed = QString(QChar(u)).normalized(QString::NormalizationForm_D);
        if (!decomposed.isEmpty() && decomposed.front().unicode() < 0x80 && decomposed.front().isLetter())
            put(QStringView(decomposed).first(1));
    }
    return out;
}

} // namespace

void Generator::planIdentity(CustomerRecord &record)
{
    const double countryRoll = m_random.uniform();
    const int country = countryRoll < 0.85 ? 0 : countryRoll < 0.93 ? 1 : countryRoll < 0.98 ? 2 : 3;
    static const QString countries[] = {u"DE"_s, u"AT"_s, u"CH"_s, u"NL"_s};
    static const QString tlds[] = {u"de"_s, u"at"_s, u"ch"_s, u"nl"_s};
    record.country = countries[country];

    const double segmentRoll = m_random.uniform();
    const int segment = segmentRoll < 0.55 ? 0
        : segmentRoll < 0.67               ? 1
        : segmentRoll < 0.80               ? 2
        : segmentRoll < 0.92               ? 3
                                           : 4;
    static const QString segments[]
        = {u"Privatkunde"_s, u"Gastronomie"_s, u"Einzelhandel"_s, u"Handwerk"_s, u"Dienstleistung"_s};
    record.segment = segments[segment];
    m_firm = segment != 0;
    // Firms buy bigger baskets; the spread between customers makes the revenue Pareto-like.
    m_spendMu = std::log(m_firm ? 84.0 : 42.0) + 0.55 * m_random.normal();

    const QString &first = country == 3 ? m_random.pick(FirstNamesNl) : m_random.pick(FirstNamesDe);
    const QString &last = country == 1 ? m_random.pick(LastNamesAt)
        : country == 2                 ? m_random.pick(LastNamesCh)
        : country == 3                 ? m_random.pick(LastNamesNl)
                                       : m_random.pick(LastNamesDe);
    if (!m_firm) {
        record.name = first + u' ' + last;
        const QString firstSlug = asciiSlug(first, u'-');
        const QString lastSlug = asciiSlug(last, u'-');
        QString local;
        switch (m_random.integer(0, 4)) {
        case 0:
            local = firstSlug + u'.' + lastSlug;
            break;
        case 1:
            local = firstSlug.left(1) + u'.' + lastSlug;
            break;
        case 2:
            local = firstSlug + lastSlug;
            break;
        case 3:
            local = lastSlug + u'.' + firstSlug;
            break;
        default:
            local = firstSlug + u'.' + lastSlug;
            appendNumber(local, m_random.integer(1, 99), 2);
            break;
        }
        const QString &domain = country == 1 ? m_random.pick(MailAt)
            : country == 2                   ? m_random.pick(MailCh)
            : country == 3                   ? m_random.pick(MailNl)
                                             : m_random.pick(MailDe);
        record.email = local + u'@' + domain;
        return;
    }

    const QString &trade = segment == 1 ? m_random.pick(TradesGastronomie)
        : segment == 2                  ? m_random.pick(TradesEinzelhandel)
        : segment == 3                  ? m_random.pick(TradesHandwerk)
                                        : m_random.pick(TradesDienstleistung);
    const QString &legal = country == 1 ? m_random.pick(LegalAt)
        : country == 2                  ? m_random.pick(LegalCh)
        : country == 3                  ? m_random.pick(LegalNl)
                                        : m_random.pick(LegalDe);
    QString base;
    QString name;
    const double pattern = m_random.uniform();
    if (pattern < 0.40) {
        base = trade + u' ' + last;
        name = base;
    } else if (pattern < 0.75) {
        base = trade + u' ' + last;
        name = base + u' ' + legal;
    } else if (pattern < 0.87) {
        const QString &partner = m_random.pick(LastNamesDe);
        base = last + u' ' + partner;
        name = last + u" & "_s + partner + u' ' + (country == 0 ? u"GbR"_s : legal);
    } else {
        base = trade + u' ' + m_random.pick(Places);
        name = base;
    }
    record.name = name;
    const QString mailbox = m_random.chance(0.2) ? asciiSlug(first, u'-') : m_random.pick(FirmMailboxes);
    record.email = mailbox + u'@' + asciiSlug(base, u'-') + u'.' + tlds[country];
}

void Generator::planSubscription()
{
    const int signup = m_profile.signupJd;
    const double planRoll = m_random.uniform();
    m_plan = m_firm ? (planRoll < 0.35 ? 0 : planRoll < 0.8 ? 1 : 2) : (planRoll < 0.65 ? 0 : planRoll < 0.95 ? 1 : 2);
    m_planChangeJd = 0;
    m_planAfter = m_plan;
    const int lastJd = std::min(m_endJd, m_profile.stopJd - 1);
    const double changeRoll = m_random.uniform();
    const int changeJd = signup + int((lastJd - signup) * m_random.between(0.2, 0.9));
    switch (m_profile.archetype) {
    case DemoArchetype::LoyalSubscriber:
        if (changeRoll < 0.2 && m_plan < 2)
            m_planAfter = m_plan + 1;
        else if (changeRoll > 0.94 && m_plan > 0)
            m_planAfter = m_plan - 1;
        break;
    case DemoArchetype::CancellingSubscriber:
        if (changeRoll < 0.15 && m_plan > 0)
            m_planAfter = m_plan - 1;
        break;
    default:
        break;
    }
    if (m_planAfter != m_plan && changeJd > signup)
        m_planChangeJd = changeJd;
    else
        m_planAfter = m_plan;
    if (m_profile.archetype == DemoArchetype::SilentChurner && m_plan > 0 && changeRoll < 0.7) {
        // Saving money before leaving: a downgrade halfway through the fade.
        m_planChangeJd = (m_profile.fadeStartJd + m_profile.quietJd) / 2;
        m_planAfter = m_plan - 1;
    }

    const QDate signupDate = QDate::fromJulianDay(signup);
    const int billingDay = std::min(signupDate.day(), 28);
    const bool loud = m_profile.archetype == DemoArchetype::LoudChurner;
    for (int k = 0;; ++k) {
        int jd = signup;
        if (k > 0) {
            const int monthIndex = signupDate.month() - 1 + k;
            jd = int(QDate(signupDate.year() + monthIndex / 12, monthIndex % 12 + 1, billingDay).toJulianDay());
        }
        if (jd > m_endJd || (m_profile.cancelJd && jd >= m_profile.cancelJd))
            break;
        if (m_profile.archetype == DemoArchetype::SilentChurner && jd >= m_profile.quietJd) {
            // The card expires and nobody cares: two failed attempts, no cancellation.
            addOrder(jd, PlanPrice[planAt(jd)], OrderStatus::Failed);
            if (jd + 5 <= m_endJd)
                addOrder(jd + 5, PlanPrice[planAt(jd)], OrderStatus::Failed);
            break;
        }
        if (m_profile.archetype == DemoArchetype::LoudChurner && jd >= m_profile.stopJd)
            break;
        const qint64 amount = PlanPrice[planAt(jd)];
        if (m_random.chance(0.025)) {
            addOrder(jd, amount, OrderStatus::Failed);
            int retryJd = jd + 3;
            if (m_random.chance(0.15)) {
                if (retryJd <= m_endJd)
                    addOrder(retryJd, amount, OrderStatus::Failed);
                retryJd += 4;
            }
            if (retryJd <= m_endJd && (!m_profile.cancelJd || retryJd < m_profile.cancelJd))
                addOrder(retryJd, amount);
            continue;
        }
        addOrder(jd, amount);
        maybeRefund(jd, amount, loud && jd >= m_profile.troubleJd ? 0.3 : 0.007);
    }
}

void Generator::maybeRefund(int jd, qint64 amount, double probability)
{
    if (!m_random.chance(probability))
        return;
    const int refundJd = jd + m_random.integer(2, 30);
    const qint64 refund
        = m_random.chance(0.7) ? amount : std::max<qint64>(100, amount * m_random.integer(20, 60) / 100);
    if (refundJd <= m_endJd)
        m_orders.push_back({refundJd, -refund, OrderStatus::Paid, true});
}

void Generator::planShopOrders()
{
    const int signup = m_profile.signupJd;
    const auto orderAmount = [this](int jd) {
        double euros = 0;
        for (int attempt = 0; attempt < 4; ++attempt) {
            euros = std::exp(m_spendMu + 0.45 * m_random.normal()) * valueLevel(jd);
            if (month(jd) == 11)
                euros *= 1.15; // Christmas baskets
            if (euros >= 15 && euros <= 400)
                break;
        }
        // Shop prices end in ,99 or ,90 or ,50 or are round.
        static constexpr int cents[] = {1, 1, 10, 50, 0};
        const qint64 whole = std::clamp<qint64>(qint64(std::lround(euros)), 16, 400);
        return whole * 100 - m_random.pick(cents);
    };
    const bool loud = m_profile.archetype == DemoArchetype::LoudChurner;
    const auto placeOrder = [&](int jd) {
        if (m_random.chance(0.012)) {
            addOrder(jd, orderAmount(jd), OrderStatus::Failed);
            if (!m_random.chance(0.6))
                return;
        }
        const qint64 amount = orderAmount(jd);
        addOrder(jd, amount);
        maybeRefund(jd, amount, loud && jd >= m_profile.troubleJd ? 0.3 : 0.04);
    };

    placeOrder(signup); // signing up is the first purchase
    double meanGap = 0;
    switch (m_profile.archetype) {
    case DemoArchetype::LoyalShopper:
        meanGap = m_random.between(12, 45);
        break;
    case DemoArchetype::OccasionalShopper:
        meanGap = m_random.between(90, 240);
        break;
    case DemoArchetype::LoudChurner:
        meanGap = m_random.between(30, 90);
        break;
    case DemoArchetype::SilentChurner:
        meanGap = m_random.between(20, 60);
        break;
    default:
        return;
    }
    // Thinning: candidates at the peak rate, accepted by season and engagement.
    const double peak = std::min(1.0, OrderSeasonMax / meanGap);
    const int last = std::min(m_endJd, m_profile.stopJd - 1);
    for (int jd = signup + m_random.gap(peak); jd <= last; jd += m_random.gap(peak)) {
        double accept = OrderSeason[month(jd)] / OrderSeasonMax * level(jd);
        if (loud && jd >= m_profile.troubleJd)
            accept *= 0.3;
        if (m_random.chance(accept))
            placeOrder(jd);
    }
}

} // namespace rd::demo
